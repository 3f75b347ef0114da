/*
 * weights.h — the inference form of a trained averaged perceptron, shared by
 * the tagger and the entity recognizer, and the pieces both need around it.
 *
 * Training uses sift_ap (model/perceptron.h): one big hashed table where
 * each (feature, class) weight sits in its own random slot. Scoring that
 * table costs one cache miss per feature *and* class, which is too slow to
 * tag half a million tokens a second. So after averaging, the weights are
 * exported per feature: a sparse row of (class, weight) pairs, int24-
 * quantised, found through one open-addressing probe. Only features that
 * were ever updated in training have rows; weights that round to zero are
 * dropped. Scores equal those of sift_ap up to quantisation, and scoring
 * costs one probe per feature plus the few classes it speaks for.
 *
 * Payload layout (inside a model/modelfile.h container, little-endian):
 *   u32 n_classes, u32 slot_bits, u32 n_entries, f32 scale,
 *   u32 slots[2 << slot_bits]   (key high 32 bits, off << 8 | count)
 *   u32 entries[n_entries]      (class | (weight + 2^23) << 8)
 */
#ifndef SIFT_TAG_WEIGHTS_H
#define SIFT_TAG_WEIGHTS_H

#include <stddef.h>
#include <stdint.h>

#include "model/modelfile.h"
#include "model/perceptron.h"

#define SIFT_WTAB_MAX_CLASSES 255

typedef struct sift_wtab {
    uint32_t n_classes;
    uint32_t slot_bits;
    uint64_t mask;
    const uint32_t *slots;    /* 2 words per slot: key, off << 8 | count (0 = empty) */
    const uint32_t *entries;  /* class | (weight + 2^23) << 8 */
    uint32_t n_entries;
    float scale;              /* weight = quantised * scale */
    void *owned;              /* memory owned by this table (built, not loaded) */
} sift_wtab;

/* Add the weights of feats[0..nf) into scores[0..n_classes), zeroed first. */
void sift_wtab_scores(const sift_wtab *t, const uint64_t *feats, size_t nf, int32_t *scores);
/* The best class among those with allowed[k] != 0 (all when allowed is NULL). */
uint32_t sift_wtab_best(const sift_wtab *t, const int32_t *scores, const uint8_t *allowed);

/* Append the table to a payload. */
void sift_wtab_write(const sift_wtab *t, sift_wr *w);
/* Read a table from a payload, borrowing its bytes; checks every slot and
 * entry so scoring can never leave the arrays. 0, or -1 when malformed. */
int sift_wtab_read(sift_wtab *t, sift_rd *r);
/* Free a table built by sift_wtab_build (loaded tables own nothing). */
void sift_wtab_free(sift_wtab *t);

/* The set of features that were ever updated in training (grows as needed). */
typedef struct sift_featset {
    uint64_t *keys;  /* 0 = empty */
    size_t n, cap;
    int failed;
} sift_featset;

void sift_featset_add(sift_featset *s, const uint64_t *feats, size_t nf);
void sift_featset_free(sift_featset *s);

/* Export averaged weights: the rows of every feature in fs, read from ap
 * (which must already be averaged). 0, or -1 when out of memory. */
int sift_wtab_build(sift_wtab *t, const sift_ap *ap, const sift_featset *fs);

/* Train with the perceptron: update on a mistake and remember the features. */
void sift_train_update(sift_ap *ap, sift_featset *fs, const uint64_t *feats, size_t nf,
                       uint32_t truth, uint32_t guess);

/* A copy of a training model with averaged weights (the original keeps
 * training). 0, or -1 when out of memory. */
int sift_tag_avg_copy(const sift_ap *ap, sift_ap *out);

/* A deterministic shuffle of idx[0..n) from *state (splitmix64). */
void sift_tag_shuffle(size_t *idx, size_t n, uint64_t *state);

#endif
