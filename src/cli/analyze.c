/*
 * analyze.c — `sift analyze`: one report in, entities, quotes, dates and
 * claims out, as JSON (one object per line per file) or a text report.
 */
#include <getopt.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "cli.h"

static void usage(FILE *f)
{
    fprintf(f,
            "usage: sift analyze [options] FILE...   ('-' reads standard input)\n"
            "  --published YYYY-MM-DD  publication date, to resolve 'Thursday', 'last week'\n"
            "  --id ID                 document id (default: the file name without extension)\n"
            "  --title TEXT            document title\n"
            "  --format json|text      JSON Lines per the contract (default) or a readable report\n"
            "  --lenient               analyse invalid UTF-8 (bad bytes print as U+FFFD)\n"
            "  --no-models             rules and lexicons only (skip the trained models)\n"
            "  --no-parser             the tagger and entity model without the parser (faster)\n"
            "  --max-bytes N           refuse inputs larger than N bytes (default 64 MiB)\n"
            "  --models DIR            where lexicon.tsv lives (default: the models/ folder\n"
            "                          next to the program, or $SIFT_MODELS)\n");
}

/* The file name without folders and extension, for the default id. */
static char *default_id(const char *path)
{
    if (strcmp(path, "-") == 0)
        return strdup("stdin");
    const char *b = strrchr(path, '/');
    b = b ? b + 1 : path;
    char *id = strdup(b);
    if (id) {
        char *dot = strrchr(id, '.');
        if (dot && dot != id)
            *dot = '\0';
    }
    return id;
}

int sift_cli_analyze(int argc, char **argv)
{
    static const struct option opts[] = {
        {"published", required_argument, NULL, 'p'}, {"id", required_argument, NULL, 'i'},
        {"title", required_argument, NULL, 't'},     {"format", required_argument, NULL, 'f'},
        {"lenient", no_argument, NULL, 'l'},         {"max-bytes", required_argument, NULL, 'm'},
        {"models", required_argument, NULL, 'M'},    {"help", no_argument, NULL, 'h'},
        {"no-models", no_argument, NULL, 'N'},     {"no-parser", no_argument, NULL, 'P'},
        {NULL, 0, NULL, 0}};
    sift_doc_options dopt = {0};
    const char *format = "json", *models = NULL;
    unsigned load = 0;
    size_t max = (size_t)64 << 20;
    int c;
    optind = 1;
    while ((c = getopt_long(argc, argv, "p:i:t:f:lm:M:h", opts, NULL)) != -1) {
        switch (c) {
        case 'p': dopt.published = optarg; break;
        case 'i': dopt.id = optarg; break;
        case 't': dopt.title = optarg; break;
        case 'f': format = optarg; break;
        case 'l': dopt.lenient = 1; break;
        case 'm': {
            char *end;
            unsigned long long v = strtoull(optarg, &end, 10);
            if (*end || v == 0) {
                fprintf(stderr, "sift analyze: --max-bytes takes a positive number, not '%s'\n", optarg);
                return 2;
            }
            max = (size_t)v;
            break;
        }
        case 'M': models = optarg; break;
        case 'N': dopt.no_models = 1; load |= SIFT_LOAD_NO_MODELS; break;
        case 'P': load |= SIFT_LOAD_NO_PARSER; break;
        case 'h': usage(stdout); return 0;
        default: usage(stderr); return 2;
        }
    }
    if (strcmp(format, "json") != 0 && strcmp(format, "text") != 0) {
        fprintf(stderr, "sift analyze: unknown format '%s' (json or text)\n", format);
        return 2;
    }
    if (optind >= argc) {
        fprintf(stderr, "sift analyze: no input files\n");
        usage(stderr);
        return 2;
    }
    if (dopt.published && (strlen(dopt.published) != 10 || dopt.published[4] != '-' ||
                           dopt.published[7] != '-')) {
        fprintf(stderr, "sift analyze: invalid --published '%s' (expected YYYY-MM-DD)\n",
                dopt.published);
        return 2;
    }
    sift_resources *res = sift_cli_load_resources(models, load);
    if (!res)
        return 1;
    int failed = 0;
    for (int a = optind; a < argc; a++) {
        const char *path = argv[a];
        size_t len = 0;
        char *text = sift_cli_read_file(path, max, &len);
        if (!text) {
            failed = 1;
            continue;
        }
        if (len == 0) {
            fprintf(stderr, "sift: %s: empty file, nothing to analyse\n", path);
            free(text);
            failed = 1;
            continue;
        }
        sift_doc_options o = dopt;
        char *id = dopt.id ? NULL : default_id(path);
        if (!dopt.id)
            o.id = id ? id : "doc";
        sift_analysis *an = NULL;
        sift_error err;
        int rc = sift_analyze(res, text, len, &o, &an, &err);
        if (rc != SIFT_OK) {
            /* the library names the document by its id; the path says it already */
            const char *msg = err.msg;
            size_t idl = strlen(o.id);
            if (strncmp(msg, o.id, idl) == 0 && msg[idl] == ':' && msg[idl + 1] == ' ')
                msg += idl + 2;
            fprintf(stderr, "sift: %s: %s\n", path, msg);
            failed = 1;
            if (rc == SIFT_ERR_ARG) {
                free(id);
                free(text);
                break;
            }
        } else {
            size_t n = 0;
            const char *out = strcmp(format, "json") == 0 ? sift_analysis_json(an, &n)
                                                          : sift_analysis_report(an, &n);
            if (!out) {
                fprintf(stderr, "sift: %s: out of memory writing the output\n", path);
                failed = 1;
            } else {
                fwrite(out, 1, n, stdout);
                fputc('\n', stdout);
            }
            sift_analysis_free(an);
        }
        free(id);
        free(text);
    }
    sift_resources_free(res);
    if (fflush(stdout) != 0) {
        perror("sift: writing output");
        return 1;
    }
    return failed;
}
