/* weights.c — sparse quantised perceptron weights for inference (see weights.h). */
#include "weights.h"

#include <math.h>
#include <stdlib.h>
#include <string.h>

#define QMAX ((1 << 23) - 1)
#define QBIAS (1u << 23)

static inline int32_t entry_weight(uint32_t e)
{
    return (int32_t)(e >> 8) - (int32_t)QBIAS;
}

void sift_wtab_scores(const sift_wtab *t, const uint64_t *feats, size_t nf, int32_t *scores)
{
    memset(scores, 0, t->n_classes * sizeof *scores);
    for (size_t i = 0; i < nf; i++) {
        uint64_t f = feats[i];
        uint32_t key = (uint32_t)(f >> 32);
        uint64_t h = f & t->mask;
        for (;;) {
            const uint32_t *s = t->slots + 2 * h;
            uint32_t cnt = s[1] & 0xff;
            if (cnt == 0)
                break;
            if (s[0] == key) {
                const uint32_t *e = t->entries + (s[1] >> 8);
                for (uint32_t k = 0; k < cnt; k++)
                    scores[e[k] & 0xff] += entry_weight(e[k]);
                break;
            }
            h = (h + 1) & t->mask;
        }
    }
}

uint32_t sift_wtab_best(const sift_wtab *t, const int32_t *scores, const uint8_t *allowed)
{
    uint32_t best = UINT32_MAX;
    for (uint32_t k = 0; k < t->n_classes; k++) {
        if (allowed && !allowed[k])
            continue;
        if (best == UINT32_MAX || scores[k] > scores[best])
            best = k;
    }
    return best == UINT32_MAX ? 0 : best;
}

void sift_wtab_write(const sift_wtab *t, sift_wr *w)
{
    sift_wr_u32(w, t->n_classes);
    sift_wr_u32(w, t->slot_bits);
    sift_wr_u32(w, t->n_entries);
    sift_wr_f32(w, t->scale);
    sift_wr_bytes(w, t->slots, ((size_t)2 << t->slot_bits) * sizeof *t->slots);
    sift_wr_bytes(w, t->entries, (size_t)t->n_entries * sizeof *t->entries);
}

int sift_wtab_read(sift_wtab *t, sift_rd *r)
{
    memset(t, 0, sizeof *t);
    t->n_classes = sift_rd_u32(r);
    t->slot_bits = sift_rd_u32(r);
    t->n_entries = sift_rd_u32(r);
    t->scale = sift_rd_f32(r);
    if (r->failed || t->n_classes == 0 || t->n_classes > SIFT_WTAB_MAX_CLASSES ||
        t->slot_bits < 4 || t->slot_bits > 26 || t->n_entries >= (1u << 24) ||
        !isfinite(t->scale))
        return -1;
    size_t nslots = (size_t)1 << t->slot_bits;
    t->mask = nslots - 1;
    t->slots = sift_rd_bytes(r, 2 * nslots * sizeof *t->slots);
    t->entries = t->n_entries ? sift_rd_bytes(r, (size_t)t->n_entries * sizeof *t->entries)
                              : NULL;
    if (!t->slots || (t->n_entries && !t->entries))
        return -1;
    /* Every row inside the entries, every class in range, and at least one
     * empty slot so that a probe always ends. */
    size_t empty = 0;
    for (size_t s = 0; s < nslots; s++) {
        uint32_t cnt = t->slots[2 * s + 1] & 0xff, off = t->slots[2 * s + 1] >> 8;
        if (cnt == 0) {
            empty++;
            continue;
        }
        if ((uint64_t)off + cnt > t->n_entries)
            return -1;
    }
    if (empty == 0)
        return -1;
    for (uint32_t i = 0; i < t->n_entries; i++)
        if ((t->entries[i] & 0xff) >= t->n_classes)
            return -1;
    return 0;
}

void sift_wtab_free(sift_wtab *t)
{
    if (!t)
        return;
    free(t->owned);
    memset(t, 0, sizeof *t);
}

void sift_featset_add(sift_featset *s, const uint64_t *feats, size_t nf)
{
    if (s->failed)
        return;
    if ((s->n + nf) * 2 > s->cap) {
        size_t ncap = s->cap ? s->cap * 2 : (1 << 16);
        while ((s->n + nf) * 2 > ncap)
            ncap *= 2;
        uint64_t *nk = calloc(ncap, sizeof *nk);
        if (!nk) {
            s->failed = 1;
            return;
        }
        for (size_t i = 0; i < s->cap; i++) {
            uint64_t k = s->keys[i];
            if (!k)
                continue;
            size_t h = k & (ncap - 1);
            while (nk[h])
                h = (h + 1) & (ncap - 1);
            nk[h] = k;
        }
        free(s->keys);
        s->keys = nk;
        s->cap = ncap;
    }
    for (size_t i = 0; i < nf; i++) {
        uint64_t k = feats[i] ? feats[i] : 1;
        size_t h = k & (s->cap - 1);
        while (s->keys[h] && s->keys[h] != k)
            h = (h + 1) & (s->cap - 1);
        if (!s->keys[h]) {
            s->keys[h] = k;
            s->n++;
        }
    }
}

void sift_featset_free(sift_featset *s)
{
    free(s->keys);
    memset(s, 0, sizeof *s);
}

void sift_train_update(sift_ap *ap, sift_featset *fs, const uint64_t *feats, size_t nf,
                       uint32_t truth, uint32_t guess)
{
    if (truth == guess)
        return;
    sift_ap_update(ap, feats, nf, truth, guess);
    sift_featset_add(fs, feats, nf);
}

int sift_tag_avg_copy(const sift_ap *ap, sift_ap *out)
{
    size_t n = (size_t)1 << ap->bits;
    *out = *ap;
    out->w = malloc(n * sizeof *out->w);
    out->u = malloc(n * sizeof *out->u);
    out->owns_w = 1;
    if (!out->w || !out->u) {
        sift_ap_free(out);
        return -1;
    }
    memcpy(out->w, ap->w, n * sizeof *out->w);
    memcpy(out->u, ap->u, n * sizeof *out->u);
    sift_ap_average(out);
    return 0;
}

int sift_wtab_build(sift_wtab *t, const sift_ap *ap, const sift_featset *fs)
{
    memset(t, 0, sizeof *t);
    uint32_t nc = ap->n_classes;
    if (nc == 0 || nc > SIFT_WTAB_MAX_CLASSES || fs->failed)
        return -1;
    float *row = malloc(nc * sizeof *row);
    if (!row)
        return -1;
    /* Pass 1: the largest weight (for the scale) and the number of rows. */
    float maxw = 0;
    size_t rows = 0;
    for (size_t i = 0; i < fs->cap; i++) {
        if (!fs->keys[i])
            continue;
        sift_ap_scores(ap, &fs->keys[i], 1, row);
        int any = 0;
        for (uint32_t k = 0; k < nc; k++) {
            if (fabsf(row[k]) > maxw)
                maxw = fabsf(row[k]);
            any |= row[k] != 0;
        }
        rows += any;
    }
    uint32_t bits = 4;
    while (((size_t)1 << bits) < rows * 2 + 1)
        bits++;
    t->n_classes = nc;
    t->slot_bits = bits;
    t->mask = ((uint64_t)1 << bits) - 1;
    t->scale = maxw > 0 ? maxw / (float)QMAX : 1.0f;
    size_t nslots = (size_t)1 << bits;
    size_t cap = rows * 4 + 16, n = 0;
    uint32_t *slots = calloc(2 * nslots, sizeof *slots);
    uint32_t *entries = malloc(cap * sizeof *entries);
    if (!slots || !entries)
        goto fail;
    /* Pass 2: quantise each row, keep the non-zero weights. */
    for (size_t i = 0; i < fs->cap; i++) {
        uint64_t f = fs->keys[i];
        if (!f)
            continue;
        sift_ap_scores(ap, &f, 1, row);
        size_t start = n;
        for (uint32_t k = 0; k < nc; k++) {
            long q = lrintf(row[k] / t->scale);
            if (q == 0)
                continue;
            if (q > QMAX)
                q = QMAX;
            if (q < -QMAX)
                q = -QMAX;
            if (n == cap) {
                uint32_t *ne = realloc(entries, cap * 2 * sizeof *ne);
                if (!ne)
                    goto fail;
                entries = ne;
                cap *= 2;
            }
            entries[n++] = k | (uint32_t)(q + (long)QBIAS) << 8;
        }
        if (n == start)
            continue;
        if (n >= (1u << 24))
            goto fail;
        uint64_t h = f & t->mask;
        while (slots[2 * h + 1] & 0xff)
            h = (h + 1) & t->mask;
        slots[2 * h] = (uint32_t)(f >> 32);
        slots[2 * h + 1] = (uint32_t)start << 8 | (uint32_t)(n - start);
    }
    /* One block: the slots, then the entries. */
    size_t sbytes = 2 * nslots * sizeof *slots;
    unsigned char *block = malloc(sbytes + (n ? n : 1) * sizeof *entries);
    if (!block)
        goto fail;
    memcpy(block, slots, sbytes);
    memcpy(block + sbytes, entries, n * sizeof *entries);
    free(slots);
    free(entries);
    free(row);
    t->owned = block;
    t->slots = (const uint32_t *)block;
    t->entries = (const uint32_t *)(block + sbytes);
    t->n_entries = (uint32_t)n;
    return 0;
fail:
    free(slots);
    free(entries);
    free(row);
    memset(t, 0, sizeof *t);
    return -1;
}

void sift_tag_shuffle(size_t *idx, size_t n, uint64_t *state)
{
    for (size_t i = n; i > 1; i--) {
        uint64_t z = (*state += 0x9e3779b97f4a7c15ULL);
        z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9ULL;
        z = (z ^ (z >> 27)) * 0x94d049bb133111ebULL;
        z ^= z >> 31;
        size_t j = (size_t)(z % i);
        size_t tmp = idx[i - 1];
        idx[i - 1] = idx[j];
        idx[j] = tmp;
    }
}
