/* cli.h — subcommands of the sift command line and their shared helpers. */
#ifndef SIFT_CLI_H
#define SIFT_CLI_H

#include <stddef.h>

#include "sift.h"

int sift_cli_analyze(int argc, char **argv);

/*
 * More subcommands: each area adds its entries here, one line each, as
 *   {"name", "ARGS", "one-line help", function},
 * and declares its function below.
 */
#define SIFT_CLI_MORE_COMMANDS                                                               \
    {"train", "pos|ner|parse --train FILE --dev FILE --out MODEL", "train a model",            \
     sift_cli_train},                                                                          \
    {"parse", "[--input conllu|iob2|text] [--models DIR] FILE",                                \
     "tag, parse and find entities, CoNLL-U out", sift_cli_parse},                           \
    {"ingest", "[--db PATH] SOURCE...", "store reports: files, folders, feeds, URLs, JSONL, WARC", \
     sift_cli_ingest},                                                                         \
    {"stats", "[--json]", "counts of the store", sift_cli_stats},                              \
    {"quotes", "[--by NAME] [--about TEXT] [--since DATE]", "quotes in the store",           \
     sift_cli_quotes},                                                                         \
    {"claims", "[--about TEXT]", "a timeline of figures", sift_cli_claims},                    \
    {"conflicts", "", "figures that disagree, widest spread first", sift_cli_conflicts},      \
    {"entities", "[--type T]", "entities across reports, with aliases", sift_cli_entities},   \
    {"stories", "", "stories carried by several reports", sift_cli_stories},                   \
    {"search", "QUERY", "full-text search with snippets", sift_cli_search},                    \
    {"export", "--format jsonl|csv|geojson", "the store for other tools", sift_cli_export},

/* Declarations of the functions named in SIFT_CLI_MORE_COMMANDS. */
int sift_cli_ingest(int argc, char **argv);
int sift_cli_stats(int argc, char **argv);
int sift_cli_quotes(int argc, char **argv);
int sift_cli_claims(int argc, char **argv);
int sift_cli_conflicts(int argc, char **argv);
int sift_cli_entities(int argc, char **argv);
int sift_cli_stories(int argc, char **argv);
int sift_cli_search(int argc, char **argv);
int sift_cli_export(int argc, char **argv);
/* The store path: opt, else $SIFT_DB, else "sift.db". */
const char *sift_cli_db_path(const char *opt);
int sift_cli_train(int argc, char **argv);
int sift_cli_parse(int argc, char **argv);

/* The models folder: given (--models), else $SIFT_MODELS, else models/ beside
 * or above the program (or ../share/sift/models), else ./models. buf holds
 * the found path when it is one of those. */
const char *sift_cli_models_dir(const char *given, char *buf, size_t cap);
/* Load the resources from sift_cli_models_dir(models_dir) with
 * sift_resources_open() flags; NULL after printing why not. */
sift_resources *sift_cli_load_resources(const char *models_dir, unsigned flags);

/* Read a whole file ("-" = stdin) of at most max bytes into a malloc'd
 * buffer. On failure prints "sift: FILE: why" and returns NULL. */
char *sift_cli_read_file(const char *path, size_t max, size_t *len);

#endif
