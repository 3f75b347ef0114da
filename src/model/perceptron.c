/* perceptron.c — averaged perceptron over hashed features (see perceptron.h). */
#include "perceptron.h"

#include <stdlib.h>
#include <string.h>

/* A strong 64-bit mixer (the splitmix64 finaliser). */
static inline uint64_t mix64(uint64_t x)
{
    x ^= x >> 30;
    x *= 0xbf58476d1ce4e5b9ULL;
    x ^= x >> 27;
    x *= 0x94d049bb133111ebULL;
    x ^= x >> 31;
    return x;
}

uint64_t sift_feat_mix(uint64_t h, uint64_t v)
{
    return mix64(h ^ (v + 0x9e3779b97f4a7c15ULL + (h << 6) + (h >> 2)));
}

uint64_t sift_feat_str(uint32_t tmpl, const char *s, size_t n)
{
    uint64_t h = 0xcbf29ce484222325ULL ^ ((uint64_t)tmpl << 32);
    for (size_t i = 0; i < n; i++) {
        h ^= (unsigned char)s[i];
        h *= 0x100000001b3ULL;
    }
    return mix64(h ^ tmpl);
}

uint64_t sift_feat_u64(uint32_t tmpl, uint64_t a)
{
    return mix64(((uint64_t)tmpl << 40) ^ mix64(a + tmpl));
}

static inline uint64_t slot(const sift_ap *ap, uint64_t f, uint32_t k)
{
    return (f + (uint64_t)k * 0x9e3779b97f4a7c15ULL) & ap->mask;
}

int sift_ap_init(sift_ap *ap, uint32_t n_classes, uint32_t bits)
{
    memset(ap, 0, sizeof *ap);
    ap->n_classes = n_classes;
    ap->bits = bits;
    ap->mask = ((uint64_t)1 << bits) - 1;
    ap->w = calloc((size_t)1 << bits, sizeof *ap->w);
    ap->u = calloc((size_t)1 << bits, sizeof *ap->u);
    ap->c = 1;
    ap->owns_w = 1;
    if (!ap->w || !ap->u) {
        sift_ap_free(ap);
        return -1;
    }
    return 0;
}

void sift_ap_borrow(sift_ap *ap, uint32_t n_classes, uint32_t bits, float *weights)
{
    memset(ap, 0, sizeof *ap);
    ap->n_classes = n_classes;
    ap->bits = bits;
    ap->mask = ((uint64_t)1 << bits) - 1;
    ap->w = weights;
}

void sift_ap_free(sift_ap *ap)
{
    if (!ap)
        return;
    if (ap->owns_w)
        free(ap->w);
    free(ap->u);
    memset(ap, 0, sizeof *ap);
}

void sift_ap_scores(const sift_ap *ap, const uint64_t *feats, size_t nf, float *scores)
{
    uint32_t nc = ap->n_classes;
    for (uint32_t k = 0; k < nc; k++)
        scores[k] = 0;
    for (size_t i = 0; i < nf; i++) {
        uint64_t f = feats[i];
        for (uint32_t k = 0; k < nc; k++)
            scores[k] += ap->w[slot(ap, f, k)];
    }
}

uint32_t sift_ap_best(const sift_ap *ap, const float *scores, const uint8_t *allowed)
{
    uint32_t best = UINT32_MAX;
    for (uint32_t k = 0; k < ap->n_classes; k++) {
        if (allowed && !allowed[k])
            continue;
        if (best == UINT32_MAX || scores[k] > scores[best])
            best = k;
    }
    return best == UINT32_MAX ? 0 : best;
}

void sift_ap_update(sift_ap *ap, const uint64_t *feats, size_t nf, uint32_t truth, uint32_t guess)
{
    if (truth == guess || !ap->u)
        return;
    float c = (float)ap->c;
    for (size_t i = 0; i < nf; i++) {
        uint64_t a = slot(ap, feats[i], truth), b = slot(ap, feats[i], guess);
        ap->w[a] += 1.0f;
        ap->u[a] += c;
        ap->w[b] -= 1.0f;
        ap->u[b] -= c;
    }
}

void sift_ap_tick(sift_ap *ap)
{
    ap->c++;
}

void sift_ap_average(sift_ap *ap)
{
    if (!ap->u)
        return;
    double c = (double)ap->c;
    size_t n = (size_t)1 << ap->bits;
    for (size_t i = 0; i < n; i++)
        ap->w[i] = (float)((double)ap->w[i] - (double)ap->u[i] / c);
    free(ap->u);
    ap->u = NULL;
}
