/*
 * models.h — the statistical models of one model directory, loaded
 * together: the word clusters they share, the tagger, the lemmas, the
 * entity recognizer and the parser. Both the analysis (sift_resources) and
 * `sift parse` load them through here, so they agree on which files are
 * optional and what a damaged one means.
 *
 * Ownership: sift_models_load fills a caller's struct; sift_models_free
 * frees what it holds (and is a no-op on a zeroed struct).
 */
#ifndef SIFT_TAG_MODELS_H
#define SIFT_TAG_MODELS_H

#include "lex/lexicon.h"
#include "parse/parser.h"
#include "sift.h"
#include "tag/ner.h"
#include "tag/tagger.h"

typedef struct sift_models {
    sift_clusters *clusters;  /* clusters.bin, or NULL when the directory has none */
    sift_tagger *tagger;      /* pos.model */
    sift_lemmatizer *lemma;   /* lemma.tsv, or NULL when the directory has none */
    sift_ner *ner;            /* ner.model, or NULL (absent or not wanted) */
    sift_parser *parser;      /* parse.model, or NULL (absent or not wanted) */
} sift_models;

enum { SIFT_MODELS_NO_NER = 1, SIFT_MODELS_NO_PARSER = 2 };

/*
 * Load the models of `dir` into *m: pos.model must be there; clusters.bin,
 * lemma.tsv, ner.model and parse.model are read when present (and, for the last two,
 * not switched off by flags). The recognizer borrows `lex` (NULL only for
 * a recognizer trained without a lexicon). A file that is there but
 * damaged, of the wrong version, or without the clusters it was trained
 * with is an error. SIFT_OK, or an error code with err naming the file; on
 * error *m holds nothing.
 */
int sift_models_load(const char *dir, unsigned flags, const sift_lexicon *lex, sift_models *m,
                     sift_error *err);
void sift_models_free(sift_models *m);

#endif
