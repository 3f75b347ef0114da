/*
 * parser.h — the greedy transition-based dependency parser (UD relations),
 * trained with the shared averaged perceptron (model/perceptron.h).
 * (Interface fixed here; implemented in parse/.)
 */
#ifndef SIFT_PARSER_H
#define SIFT_PARSER_H

#include <stddef.h>

#include "conllu/conllu.h"
#include "sift.h"

typedef struct sift_parser sift_parser;

/* Load a parse model (model/modelfile.h container, kind SIFT_MODEL_PARSE). */
int sift_parser_load(const char *path, sift_parser **out, sift_error *err);
void sift_parser_free(sift_parser *p);

/*
 * Parse one sentence in place: w[i].form and w[i].upos (and xpos when the
 * model uses it) must be set; fills w[i].head (0 = root) and w[i].deprel
 * (a string owned by the model). Read-only on the model: any number of
 * threads may parse at once. Returns 0, or -1 when out of memory.
 */
int sift_parser_parse(const sift_parser *p, sift_cword *w, size_t n);

typedef struct sift_parse_train_opts {
    int epochs;           /* passes over the training data */
    unsigned seed;        /* shuffling seed: same data + seed = same model bytes */
    int progress;         /* print a progress line to stderr (the CLI sets it on a TTY) */
    void (*log)(void *ctx, const char *line); /* dev accuracy after each pass, or NULL */
    void *log_ctx;
} sift_parse_train_opts;

/* Train on `train`, report UAS/LAS on `dev` after each pass, write the model. */
int sift_parser_train(const sift_corpus *train, const sift_corpus *dev,
                      const sift_parse_train_opts *opts, const char *out_path, sift_error *err);

#endif
