/*
 * weights.h — the inference form of a trained averaged perceptron, shared by
 * the tagger and the entity recognizer, and the pieces both need around it.
 *
 * Training (sift_rows below) keeps a dense row of float weights per
 * feature. After averaging, the weights are exported per feature as a
 * sparse row of (class, weight) pairs, int24-quantised, found through one
 * open-addressing probe; weights that round to zero are dropped. Scores
 * equal the averaged training scores up to quantisation, and scoring costs
 * one probe per feature plus the few classes it speaks for.
 *
 * Payload layout (inside a model/modelfile.h container, little-endian):
 *   u32 n_classes, u32 slot_bits, u32 n_entries, f32 scale,
 *   u32 slots[2 << slot_bits]   (key high 32 bits, off << 8 | count)
 *   u32 entries[n_entries]      (class | (weight + 2^23) << 8), or for a
 *                               dense row (count 255) n_classes i32 weights
 */
#ifndef SIFT_TAG_WEIGHTS_H
#define SIFT_TAG_WEIGHTS_H

#include <stddef.h>
#include <stdint.h>

#include "model/modelfile.h"

#define SIFT_WTAB_MAX_CLASSES 254
#define SIFT_WTAB_DENSE 0xff  /* the count of a dense row */

typedef struct sift_wtab {
    uint32_t n_classes;
    uint32_t slot_bits;
    uint64_t mask;
    const uint32_t *slots;    /* 2 words per slot: key, off << 8 | count (0 = empty) */
    const uint32_t *entries;  /* class | (weight + 2^23) << 8, or dense rows */
    uint32_t n_entries;
    float scale;              /* weight = quantised * scale */
    void *owned;              /* memory owned by this table (built, not loaded) */
} sift_wtab;

/* Add the weights of feats[0..nf) into scores[0..n_classes), zeroed first. */
void sift_wtab_scores(const sift_wtab *t, const uint64_t *feats, size_t nf, int32_t *scores);
/* The best class (the first of equal scores). */
uint32_t sift_wtab_best(const sift_wtab *t, const int32_t *scores);

/* Append the table to a payload. */
void sift_wtab_write(const sift_wtab *t, sift_wr *w);
/* Read a table from a payload, borrowing its bytes; checks every slot and
 * entry so scoring can never leave the arrays. 0, or -1 when malformed. */
int sift_wtab_read(sift_wtab *t, sift_rd *r);
/* Free a table built by sift_wtab_build (loaded tables own nothing). */
void sift_wtab_free(sift_wtab *t);

/*
 * The training form: an averaged perceptron with one dense row of n_classes
 * weights per feature, created on the feature's first update (features that
 * were never updated have no row and score nothing). Unlike sift_ap's one
 * hashed slot per (feature, class), rows never collide and a feature costs
 * one probe plus a contiguous row, so training is fast and exact. Lazy
 * averaging as in sift_ap: the average of a weight is w - u / c.
 */
typedef struct sift_rows {
    uint32_t nc;
    uint64_t *keys;      /* open addressing, 0 = empty */
    uint32_t *row;       /* row index of keys[i] */
    size_t cap, n;       /* slots, rows */
    float *w, *u;        /* n rows of nc weights; time-weighted updates */
    size_t rcap;
    uint64_t c;          /* examples seen + 1 */
    int failed;          /* out of memory at some update */
} sift_rows;

/* 0, or -1 when out of memory. */
int sift_rows_init(sift_rows *a, uint32_t n_classes);
void sift_rows_free(sift_rows *a);
/* scores[k] = current (not averaged) weights of feats for class k. */
void sift_rows_scores(const sift_rows *a, const uint64_t *feats, size_t nf, float *scores);
/* The best class (the first of equal scores). */
uint32_t sift_rows_best(const sift_rows *a, const float *scores);
/* One example: when guess != truth, reward truth and punish guess; then count it. */
void sift_rows_learn(sift_rows *a, const uint64_t *feats, size_t nf, uint32_t truth,
                     uint32_t guess);
/* Structured updates: add delta to the weights of feats for class cls (no
 * count); then sift_rows_tick once per example. */
void sift_rows_add(sift_rows *a, const uint64_t *feats, size_t nf, uint32_t cls, float delta);
void sift_rows_tick(sift_rows *a);
/* Export the averaged weights. 0, or -1 when out of memory. */
int sift_wtab_build(sift_wtab *t, const sift_rows *a);

/* A new zeroed model struct of struct_size bytes whose first member is the
 * sift_modelfile it is read from: the container of a model of `kind` in
 * the file `name`, or when from_mem in the file image data[0..size)
 * (borrowed; name is for messages). NULL with *rc and err set on error. */
void *sift_tag_open(const char *name, int from_mem, const unsigned char *data, size_t size,
                    uint32_t kind, size_t struct_size, int *rc, sift_error *err);

/* A deterministic shuffle of idx[0..n) from *state (splitmix64). */
void sift_tag_shuffle(size_t *idx, size_t n, uint64_t *state);

#endif
