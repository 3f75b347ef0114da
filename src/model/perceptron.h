/*
 * perceptron.h — the averaged perceptron shared by sift's tagger, entity
 * recognizer and parser.
 *
 * Features are 64-bit hashes (see sift_feat_*). A weight is addressed by
 * hashing (feature, class) into one table of 2^bits floats, so the model
 * size is fixed up front and no feature is ever interned as a string.
 * Training keeps a second table for lazy averaging (w - u/c, Daumé 2006):
 * an update at time c adds delta to w and c*delta to u, so averaging costs
 * nothing per step. After sift_ap_average() the model is read-only and may
 * be shared by any number of threads.
 */
#ifndef SIFT_PERCEPTRON_H
#define SIFT_PERCEPTRON_H

#include <stddef.h>
#include <stdint.h>

typedef struct sift_ap {
    uint32_t n_classes;
    uint32_t bits;      /* the table has 1 << bits weights */
    uint64_t mask;
    float *w;           /* weights; averaged after sift_ap_average() */
    float *u;           /* training only: time-weighted updates; NULL otherwise */
    uint64_t c;         /* training only: examples seen + 1 */
    int owns_w;         /* w was allocated here (not borrowed from a mapped file) */
} sift_ap;

/* A model for training: zero weights. Returns 0, or -1 when out of memory. */
int sift_ap_init(sift_ap *ap, uint32_t n_classes, uint32_t bits);
/* A read-only model over weights that live elsewhere (a loaded file). */
void sift_ap_borrow(sift_ap *ap, uint32_t n_classes, uint32_t bits, float *weights);
void sift_ap_free(sift_ap *ap);

/* scores[k] = sum of the weights of (feats[i], k), for every class k. */
void sift_ap_scores(const sift_ap *ap, const uint64_t *feats, size_t nf, float *scores);
/* The best class among those with allowed[k] != 0 (all when allowed is NULL). */
uint32_t sift_ap_best(const sift_ap *ap, const float *scores, const uint8_t *allowed);
/* One training example: when guess != truth, reward truth and punish guess. */
void sift_ap_update(sift_ap *ap, const uint64_t *feats, size_t nf, uint32_t truth, uint32_t guess);
/* Count one example (call once per prediction made in training). */
void sift_ap_tick(sift_ap *ap);
/* Replace the weights by their averages and drop the training table. */
void sift_ap_average(sift_ap *ap);

/* Feature hashing: a template id mixed with a string, or with integers. */
uint64_t sift_feat_str(uint32_t tmpl, const char *s, size_t n);
uint64_t sift_feat_u64(uint32_t tmpl, uint64_t a);
uint64_t sift_feat_mix(uint64_t h, uint64_t v);

#endif
