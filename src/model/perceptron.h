/*
 * perceptron.h — feature hashing for every model, and the hashed weight
 * table the parser trains in (the tagger and the recognizer train in
 * tag/weights.h's rows instead).
 *
 * Features are 64-bit hashes (see sift_feat_*). The parser addresses its
 * weights by hashing (feature, class) into one table of 2^bits floats, so
 * the model size is fixed up front and no feature is ever interned as a
 * string. Training keeps a second table for lazy averaging (w - u/c, Daumé
 * 2006): an update at time c adds delta to w and c*delta to u, so
 * averaging costs nothing per step.
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
} sift_ap;

/* A model for training: zero weights. Returns 0, or -1 when out of memory. */
int sift_ap_init(sift_ap *ap, uint32_t n_classes, uint32_t bits);
void sift_ap_free(sift_ap *ap);

/* Count one example (call once per prediction made in training). */
void sift_ap_tick(sift_ap *ap);
/* Replace the weights by their averages and drop the training table. */
void sift_ap_average(sift_ap *ap);

/* Feature hashing: a template id mixed with a string, or with integers.
 * The integer forms are inline: the tagger and the recognizer hash some
 * fifty features per token with them. */
uint64_t sift_feat_str(uint32_t tmpl, const char *s, size_t n);

/* A strong 64-bit mixer (the splitmix64 finaliser). */
static inline uint64_t sift_mix64(uint64_t x)
{
    x ^= x >> 30;
    x *= 0xbf58476d1ce4e5b9ULL;
    x ^= x >> 27;
    x *= 0x94d049bb133111ebULL;
    x ^= x >> 31;
    return x;
}

static inline uint64_t sift_feat_u64(uint32_t tmpl, uint64_t a)
{
    return sift_mix64(((uint64_t)tmpl << 40) ^ sift_mix64(a + tmpl));
}

static inline uint64_t sift_feat_mix(uint64_t h, uint64_t v)
{
    return sift_mix64(h ^ (v + 0x9e3779b97f4a7c15ULL + (h << 6) + (h >> 2)));
}

#endif
