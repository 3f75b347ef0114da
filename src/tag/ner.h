/*
 * ner.h — the statistical entity recognizer: people, organisations and
 * places (PER, ORG, LOC) as BIO labels over tokens.
 *
 * A structured averaged perceptron over BILOU labels: Viterbi decoding over
 * label pairs, with emission features (word, shape, affixes, context, the
 * part-of-speech tags from tag/tagger.h, gazetteer classes from the
 * compiled lexicon, lex/lexicon.h, and word clusters) and transition features (the previous
 * label, with the token's UPOS and case class). Decoding only allows
 * well-formed label sequences. Punctuation and lower-case words that the
 * lexicon knows as ordinary words are O without being scored, unless they
 * follow a token that is not such a word or sit inside a name-like run
 * ("Bank of the West"); training applies the same rule.
 *
 * Threads: a loaded model is read-only and may be shared; each thread
 * brings its own sift_tag_scratch. Arguments are borrowed.
 */
#ifndef SIFT_NER_H
#define SIFT_NER_H

#include <stddef.h>
#include <stdint.h>

#include "conllu/conllu.h"
#include "lex/lexicon.h"
#include "sift.h"
#include "tag/tagger.h"

/* Entity types, and BIO labels: 0 = O, 2*type-1 = B-type, 2*type = I-type. */
enum { SIFT_NER_PER = 1, SIFT_NER_ORG = 2, SIFT_NER_LOC = 3, SIFT_NER_NTYPES = 3 };
#define SIFT_NER_B(type) ((uint8_t)(2 * (type) - 1))
#define SIFT_NER_I(type) ((uint8_t)(2 * (type)))
#define SIFT_NER_TYPE(bio) ((bio) ? ((bio) + 1) / 2 : 0)
#define SIFT_NER_IS_B(bio) ((bio) & 1)

/* "O", "B-PER", "I-LOC", ... for a BIO label; and back (0 for anything else). */
const char *sift_ner_label(uint8_t bio);
uint8_t sift_ner_label_id(const char *name);

typedef struct sift_ner sift_ner;

/* Load an entity model (kind SIFT_MODEL_NER). The lexicon and the word
 * clusters are borrowed for the model's lifetime; each may be NULL only if
 * the model was trained without it (see sift_clusters_bind). */
int sift_ner_load(const char *path, const sift_lexicon *lex, const sift_clusters *clusters,
                  sift_ner **out, sift_error *err);
/* The same from a file image in memory (borrowed: it must outlive the model). */
int sift_ner_load_mem(const unsigned char *data, size_t size, const char *name,
                      const sift_lexicon *lex, const sift_clusters *clusters, sift_ner **out,
                      sift_error *err);
void sift_ner_free(sift_ner *m);

/*
 * Label words[0..n) with BIO labels into bio[0..n), given their POS tags
 * from sift_tagger_tag(). When ws was last used by sift_tagger_tag() on the
 * same words array, the word facts it computed are reused.
 * SIFT_OK, or SIFT_ERR_NOMEM when the scratch cannot grow.
 */
int sift_ner_tag(const sift_ner *m, sift_tag_scratch *ws, const sift_tag_word *words,
                 const sift_postag *pos, size_t n, uint8_t *bio);

/* Train on the `ner` column of `train` (POS tags come from `pos`), measure
 * entity F1 on `dev` (may be NULL) after each pass, write the model. */
int sift_ner_train(const sift_corpus *train, const sift_corpus *dev, const sift_tagger *pos,
                   const sift_lexicon *lex, const sift_tag_train_opts *opts,
                   const char *out_path, sift_error *err);

/* Exact-match entity counts (span and type) of predicted against gold BIO labels. */
typedef struct sift_ner_score {
    size_t gold, pred, correct;
} sift_ner_score;
void sift_ner_count(const uint8_t *gold, const uint8_t *pred, size_t n, sift_ner_score *sc);

#endif
