/*
 * train.c — `sift train pos|ner|parse`: train a model from annotated corpora.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <unistd.h>

#include "cli.h"
#include "conllu/conllu.h"
#include "lex/lexicon.h"
#include "parse/parser.h"
#include "tag/ner.h"
#include "tag/tagger.h"

#define MAX_TRAIN 8

static void usage(FILE *f)
{
    fprintf(f,
            "usage: sift train pos|ner|parse --train FILE [--train FILE...] --dev FILE --out MODEL\n"
            "                  [--epochs N] [--seed N] [--pos MODEL] [--lexicon FILE] [--refit]\n"
            "                  [--word-classes FILE] [--clusters FILE]\n"
            "  FILE is CoNLL-U, or UNER IOB2 when it ends in .iob2 (ner only).\n"
            "  --refit (pos, ner): after choosing the number of passes on --dev, train\n"
            "  again on the --train files and --dev together for that many passes.\n"
            "  --word-classes (pos): form TAB bits, the parts of speech a word may have\n"
            "  (build/wnpos.tsv from tools/mkwnpos.c); stored in the model.\n"
            "  --clusters (pos, ner): word clusters (models/clusters.bin, tools/mkclusters.c);\n"
            "  the model then needs them to load. ner also loads --pos with them.\n"
            "  ner uses the POS model --pos (default models/pos.model) and the lexicon\n"
            "  --lexicon (default models/lexicon.tsv; 'none' trains without it).\n");
}

static void on_progress(void *ctx, int epoch, size_t done, size_t total)
{
    (void)ctx;
    fprintf(stderr, "\r  pass %d: %zu/%zu sentences", epoch, done, total);
    if (done == total)
        fprintf(stderr, "\r%60s\r", "");
}

static void on_log(void *ctx, const char *line)
{
    const clock_t *start = ctx;
    fprintf(stderr, "%s (%.0f s)\n", line, (double)(clock() - *start) / CLOCKS_PER_SEC);
}

static sift_corpus *read_corpus(const char *path)
{
    sift_corpus *c = NULL;
    sift_error err;
    size_t n = strlen(path);
    int iob2 = n > 5 && strcmp(path + n - 5, ".iob2") == 0;
    int rc = iob2 ? sift_iob2_read(path, &c, &err) : sift_conllu_read(path, &c, &err);
    if (rc != SIFT_OK) {
        fprintf(stderr, "sift: %s\n", err.msg);
        return NULL;
    }
    return c;
}

/* The sentences of several corpora as one (borrowing their sentences). */
static int join(sift_corpus **parts, int n, sift_corpus *out)
{
    size_t total = 0;
    for (int i = 0; i < n; i++)
        total += parts[i]->n;
    memset(out, 0, sizeof *out);
    out->s = malloc((total ? total : 1) * sizeof *out->s);
    if (!out->s)
        return -1;
    for (int i = 0; i < n; i++) {
        memcpy(out->s + out->n, parts[i]->s, parts[i]->n * sizeof *out->s);
        out->n += parts[i]->n;
    }
    return 0;
}

int sift_cli_train(int argc, char **argv)
{
    const char *what = NULL, *dev_path = NULL, *out = NULL, *pos_path = "models/pos.model";
    const char *lex_path = "models/lexicon.tsv", *train_paths[MAX_TRAIN], *word_classes = NULL;
    const char *clusters_path = NULL;
    int ntrain = 0, epochs = 0, refit = 0;
    unsigned seed = 1;
    for (int i = 1; i < argc; i++) {
        const char *a = argv[i];
        const char *v = i + 1 < argc ? argv[i + 1] : NULL;
        if (strcmp(a, "--help") == 0 || strcmp(a, "-h") == 0) {
            usage(stdout);
            return 0;
        }
        if (a[0] != '-' && !what) {
            what = a;
            continue;
        }
        if (strcmp(a, "--refit") == 0) {
            refit = 1;
            continue;
        }
        if (!v) {
            fprintf(stderr, "sift train: %s needs a value\n", a);
            return 2;
        }
        i++;
        if (strcmp(a, "--train") == 0) {
            if (ntrain == MAX_TRAIN) {
                fprintf(stderr, "sift train: at most %d --train files\n", MAX_TRAIN);
                return 2;
            }
            train_paths[ntrain++] = v;
        } else if (strcmp(a, "--dev") == 0) {
            dev_path = v;
        } else if (strcmp(a, "--out") == 0) {
            out = v;
        } else if (strcmp(a, "--epochs") == 0) {
            epochs = atoi(v);
        } else if (strcmp(a, "--seed") == 0) {
            seed = (unsigned)strtoul(v, NULL, 10);
        } else if (strcmp(a, "--pos") == 0) {
            pos_path = v;
        } else if (strcmp(a, "--lexicon") == 0) {
            lex_path = v;
        } else if (strcmp(a, "--word-classes") == 0) {
            word_classes = v;
        } else if (strcmp(a, "--clusters") == 0) {
            clusters_path = v;
        } else {
            fprintf(stderr, "sift train: unknown option %s\n", a);
            usage(stderr);
            return 2;
        }
    }
    if (!what || !ntrain || !out ||
        (strcmp(what, "pos") && strcmp(what, "ner") && strcmp(what, "parse"))) {
        usage(stderr);
        return 2;
    }
    if (clusters_path && strcmp(what, "parse") == 0) {
        fprintf(stderr, "sift train: --clusters is for pos and ner (the parser does not use them)\n");
        return 2;
    }
    if (refit && (!dev_path || strcmp(what, "parse") == 0 || ntrain == MAX_TRAIN)) {
        fprintf(stderr, "sift train: --refit needs --dev, at most %d --train files, and pos or ner\n",
                MAX_TRAIN - 1);
        return 2;
    }
    int rc = 1;
    sift_corpus *parts[MAX_TRAIN] = {0}, *dev = NULL, train = {0};
    sift_tagger *tagger = NULL;
    sift_lexicon *lex = NULL;
    sift_clusters *clusters = NULL;
    sift_error err;
    int nread = 0;
    for (; nread < ntrain; nread++)
        if (!(parts[nread] = read_corpus(train_paths[nread])))
            goto done;
    if (dev_path && !(dev = read_corpus(dev_path)))
        goto done;
    if (refit)
        parts[ntrain] = dev; /* joined only for the second round */
    if (join(parts, ntrain, &train)) {
        fprintf(stderr, "sift train: out of memory\n");
        goto done;
    }
    if (clusters_path && sift_clusters_load(clusters_path, &clusters, &err) != SIFT_OK) {
        fprintf(stderr, "sift train: %s\n", err.msg);
        goto done;
    }
    clock_t start = clock();
    int chosen = 0;
    sift_tag_train_opts opts = {epochs, seed, isatty(2) ? on_progress : NULL, on_log, &start,
                                &chosen, word_classes, clusters};
    int trc;
    if (strcmp(what, "ner") == 0) {
        if (sift_tagger_load(pos_path, clusters, &tagger, &err) != SIFT_OK) {
            fprintf(stderr, "sift train: %s\n", err.msg);
            goto done;
        }
        if (strcmp(lex_path, "none") != 0 && sift_lex_load(lex_path, &lex, &err) != SIFT_OK) {
            fprintf(stderr, "sift train: %s\n", err.msg);
            goto done;
        }
    }
    if (strcmp(what, "pos") == 0 || strcmp(what, "ner") == 0) {
        int pos = strcmp(what, "pos") == 0;
        trc = pos ? sift_tagger_train(&train, dev, &opts, out, &err)
                  : sift_ner_train(&train, dev, tagger, lex, &opts, out, &err);
        if (trc == SIFT_OK && refit) {
            fprintf(stderr, "refit: %d passes over the training files and %s\n", chosen, dev_path);
            free(train.s);
            if (join(parts, ntrain + 1, &train)) {
                fprintf(stderr, "sift train: out of memory\n");
                goto done;
            }
            opts.epochs = chosen;
            trc = pos ? sift_tagger_train(&train, NULL, &opts, out, &err)
                      : sift_ner_train(&train, NULL, tagger, lex, &opts, out, &err);
        }
    } else {
        sift_parse_train_opts po = {epochs, seed, isatty(2), on_log, &start};
        trc = sift_parser_train(&train, dev, &po, out, &err);
    }
    if (trc != SIFT_OK) {
        fprintf(stderr, "sift train: %s\n", err.msg);
        goto done;
    }
    fprintf(stderr, "wrote %s\n", out);
    rc = 0;
done:
    for (int i = 0; i < nread; i++)
        sift_corpus_free(parts[i]);
    sift_corpus_free(dev);
    free(train.s);
    sift_tagger_free(tagger);
    sift_lex_free(lex);
    sift_clusters_free(clusters);
    return rc;
}
