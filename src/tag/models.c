/*
 * models.c — loading a model directory's statistical models (see models.h).
 */
#include "tag/models.h"

#include <stdio.h>
#include <string.h>
#include <unistd.h>

int sift_models_load(const char *dir, unsigned flags, const sift_lexicon *lex, sift_models *m,
                     sift_error *err)
{
    char path[4096];
    int rc = SIFT_OK;
    memset(m, 0, sizeof *m);
    snprintf(path, sizeof path, "%s/clusters.bin", dir);
    if (access(path, F_OK) == 0)
        rc = sift_clusters_load(path, &m->clusters, err);
    snprintf(path, sizeof path, "%s/pos.model", dir);
    if (rc == SIFT_OK)
        rc = sift_tagger_load(path, m->clusters, &m->tagger, err);
    snprintf(path, sizeof path, "%s/lemma.tsv", dir);
    if (rc == SIFT_OK && access(path, F_OK) == 0)
        rc = sift_lemma_load(path, &m->lemma, err);
    snprintf(path, sizeof path, "%s/ner.model", dir);
    if (rc == SIFT_OK && !(flags & SIFT_MODELS_NO_NER) && access(path, F_OK) == 0)
        rc = sift_ner_load(path, lex, m->clusters, &m->ner, err);
    snprintf(path, sizeof path, "%s/parse.model", dir);
    if (rc == SIFT_OK && !(flags & SIFT_MODELS_NO_PARSER) && access(path, F_OK) == 0)
        rc = sift_parser_load(path, &m->parser, err);
    if (rc != SIFT_OK)
        sift_models_free(m);
    return rc;
}

void sift_models_free(sift_models *m)
{
    sift_parser_free(m->parser);
    sift_ner_free(m->ner);
    sift_lemma_free(m->lemma);
    sift_tagger_free(m->tagger);
    sift_clusters_free(m->clusters);
    memset(m, 0, sizeof *m);
}
