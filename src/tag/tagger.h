/*
 * tagger.h — part-of-speech tags (UPOS and Penn XPOS) and lemmas.
 *
 * The tagger is a greedy left-to-right averaged perceptron (trained with
 * tag/weights.h) over one joint class per UPOS+XPOS pair seen in the
 * training data, so the two tags never disagree. Frequent words that always
 * carry one tag are tagged from a dictionary without scoring. A second table
 * in the model, the word classes, says which parts of speech WordNet allows
 * for a form ("dazzling": adjective, verb -ing form); they are features, and
 * they help most with words the treebank never shows. So are the word
 * clusters (sift_clusters below), learnt from word vectors trained on
 * billions of words of news and encyclopedia text.
 *
 * Threads: a loaded tagger or lemmatizer is read-only; any number of
 * threads may use one at once, each with its own sift_tag_scratch.
 * Ownership: arguments are borrowed; _new/_load results are freed with the
 * matching _free, and _free(NULL) is a no-op.
 */
#ifndef SIFT_TAGGER_H
#define SIFT_TAGGER_H

#include <stddef.h>
#include <stdint.h>

#include "conllu/conllu.h"
#include "sift.h"

/* A token's text: s[0..n), not NUL-terminated. */
typedef struct sift_tag_word {
    const char *s;
    size_t n;
} sift_tag_word;

/* The tags of one token: a joint class of the tagger, and its UPOS as
 * a universal tag id (SIFT_UPOS_*). */
typedef struct sift_postag {
    uint16_t cls;
    uint8_t upos;
} sift_postag;

enum sift_upos {
    SIFT_UPOS_X, SIFT_UPOS_ADJ, SIFT_UPOS_ADP, SIFT_UPOS_ADV, SIFT_UPOS_AUX, SIFT_UPOS_CCONJ,
    SIFT_UPOS_DET, SIFT_UPOS_INTJ, SIFT_UPOS_NOUN, SIFT_UPOS_NUM, SIFT_UPOS_PART, SIFT_UPOS_PRON,
    SIFT_UPOS_PROPN, SIFT_UPOS_PUNCT, SIFT_UPOS_SCONJ, SIFT_UPOS_SYM, SIFT_UPOS_VERB,
    SIFT_UPOS_COUNT
};

/* The name of a universal tag id ("NOUN"), and the id of a name (X if unknown). */
const char *sift_upos_name(int upos);
int sift_upos_id(const char *name);

/* Per-thread working memory for tagging and entity recognition; grows to
 * the longest sentence seen, so tagging does not allocate per token. */
typedef struct sift_tag_scratch sift_tag_scratch;
sift_tag_scratch *sift_tag_scratch_new(void);
void sift_tag_scratch_free(sift_tag_scratch *ws);

/*
 * Word clusters (models/clusters.bin, built by tools/mkclusters.c from
 * pre-trained word vectors): three nested clusters of each lower-cased
 * form, a feature of the tagger and the entity recognizer. One
 * loaded copy is shared, read-only, by every model trained with it; a model
 * records the checksum of the clusters it was trained with and refuses to
 * load with any other.
 */
typedef struct sift_clusters sift_clusters;

/* Load a clusters file (kind SIFT_MODEL_CLUSTERS). On error *out is NULL. */
int sift_clusters_load(const char *path, sift_clusters **out, sift_error *err);
/* The same from a file image in memory (borrowed: it must outlive the result). */
int sift_clusters_load_mem(const unsigned char *data, size_t size, const char *name,
                           sift_clusters **out, sift_error *err);
void sift_clusters_free(sift_clusters *c);
/* What names these clusters (their payload checksum); 0 for NULL. */
uint64_t sift_clusters_id(const sift_clusters *c);
/* The cluster code of a form given its sift_tag_lower_hash (0 when the form
 * has none): fine | middle << 11 | coarse << 20, each counted from 1. */
uint32_t sift_clusters_get(const sift_clusters *c, uint64_t lower);
/* Write a clusters file from a "form TAB code" file (tools/mkclusters.c). */
int sift_clusters_write(const char *tsv, const char *out_path, sift_error *err);
/* For model loaders: the clusters a model trained with clusters `id` (0 =
 * none) should use, into *use. SIFT_OK, or SIFT_ERR_ARG with err naming
 * the model `name` when `given` is not those clusters. */
int sift_clusters_bind(uint64_t id, const sift_clusters *given, const sift_clusters **use,
                       const char *name, sift_error *err);

typedef struct sift_tagger sift_tagger;

/* Load a POS model (kind SIFT_MODEL_POS). `clusters` (borrowed for the
 * tagger's lifetime) must be the word clusters the model was trained with,
 * or may be NULL for a model trained without. On error *out is NULL and err
 * names the file. */
int sift_tagger_load(const char *path, const sift_clusters *clusters, sift_tagger **out,
                     sift_error *err);
/* The same from a file image in memory (borrowed: it must outlive the tagger). */
int sift_tagger_load_mem(const unsigned char *data, size_t size, const char *name,
                         const sift_clusters *clusters, sift_tagger **out, sift_error *err);
void sift_tagger_free(sift_tagger *t);

/* Tag words[0..n) into tags[0..n). SIFT_OK, or SIFT_ERR_NOMEM when the
 * scratch cannot grow. */
int sift_tagger_tag(const sift_tagger *t, sift_tag_scratch *ws, const sift_tag_word *words,
                    size_t n, sift_postag *tags);
/* The UPOS and XPOS names of a joint class (strings owned by the model). */
const char *sift_tagger_upos(const sift_tagger *t, uint16_t cls);
const char *sift_tagger_xpos(const sift_tagger *t, uint16_t cls);
/* The class with these tags, or -1 if the model has none. */
int sift_tagger_class(const sift_tagger *t, const char *upos, const char *xpos);

/* Options of the trainers (tagger, entity recognizer). */
typedef struct sift_tag_train_opts {
    int epochs;          /* passes over the training data (the best on dev is kept) */
    unsigned seed;       /* shuffling seed: same data + seed = same model bytes */
    /* After each training sentence, or NULL: done of total sentences of this pass. */
    void (*progress)(void *ctx, int epoch, size_t done, size_t total);
    /* One line per pass (dev accuracy), or NULL. */
    void (*log)(void *ctx, const char *line);
    void *ctx;
    int *chosen;         /* when not NULL: set to the pass whose model was written */
    /* Tagger only, may be NULL: a "form TAB bits" file of the parts of speech
     * each English word form may have (tools/mkwnpos.c, from WordNet). It is
     * stored in the model and its bits are features, which helps most with
     * words the treebank never shows. */
    const char *word_classes;
    /* May be NULL: word clusters; the clusters of the word and its neighbours
     * are features, and the model then needs the same clusters to load. */
    const sift_clusters *clusters;
} sift_tag_train_opts;

/* Train on the UPOS/XPOS columns of `train`, measure on `dev` (may be
 * NULL) after each pass, and write the model to out_path. */
int sift_tagger_train(const sift_corpus *train, const sift_corpus *dev,
                      const sift_tag_train_opts *opts, const char *out_path, sift_error *err);

/* Lemmas: a table of exceptions (models/lemma.tsv, from WordNet and the
 * treebank) over suffix rules per UPOS. */
typedef struct sift_lemmatizer sift_lemmatizer;

int sift_lemma_load(const char *path, sift_lemmatizer **out, sift_error *err);
void sift_lemma_free(sift_lemmatizer *lm);
/* Write the lemma of word[0..n) with tag upos (a SIFT_UPOS_* id) and xpos
 * (may be NULL) into out (NUL-terminated, truncated to cap); returns its length. */
size_t sift_lemma(const sift_lemmatizer *lm, const char *word, size_t n, int upos,
                  const char *xpos, char *out, size_t cap);
/* The singular WordNet gives an irregular plural noun ("knives" -> knife,
 * "species" -> species), written as sift_lemma does; 0 when it has none. */
size_t sift_lemma_irregular_noun(const sift_lemmatizer *lm, const char *word, size_t n, char *out,
                                 size_t cap);

#endif
