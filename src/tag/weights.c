/* weights.c — the row-addressed perceptron for training and its sparse
 * quantised export for inference (see weights.h). */
#include "weights.h"

#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>


#define QMAX ((1 << 23) - 1)
#define QBIAS (1u << 23)

static inline int32_t entry_weight(uint32_t e)
{
    return (int32_t)(e >> 8) - (int32_t)QBIAS;
}

/* Scoring is bound by cache misses on the slots and then on the rows, so it
 * runs in three sweeps over a block of features: prefetch every slot, find
 * each row and prefetch it, then add the rows. The misses of a block
 * overlap instead of coming one after another. */
#define SCORE_BLOCK 32

/* sc[0..n) += w[0..n), four lanes at a time where the compiler has vectors. */
static inline void add_dense(int32_t *restrict sc, const int32_t *restrict w, uint32_t n)
{
    uint32_t k = 0;
#if defined(__GNUC__) || defined(__clang__)
    typedef int32_t v4 __attribute__((vector_size(16)));
    for (; k + 4 <= n; k += 4) {
        v4 a, b;
        memcpy(&a, sc + k, sizeof a);
        memcpy(&b, w + k, sizeof b);
        a += b;
        memcpy(sc + k, &a, sizeof a);
    }
#endif
    for (; k < n; k++)
        sc[k] += w[k];
}

void sift_wtab_scores(const sift_wtab *t, const uint64_t *feats, size_t nf, int32_t *scores)
{
    uint32_t nc = t->n_classes;
    int32_t *restrict sc = scores;
    memset(sc, 0, nc * sizeof *sc);
    const uint32_t *rows[SCORE_BLOCK];
    uint32_t cnts[SCORE_BLOCK];
    for (size_t b = 0; b < nf; b += SCORE_BLOCK) {
        size_t m = nf - b < SCORE_BLOCK ? nf - b : SCORE_BLOCK;
        for (size_t i = 0; i < m; i++)
            __builtin_prefetch(t->slots + 2 * (feats[b + i] & t->mask));
        size_t nr = 0;
        for (size_t i = 0; i < m; i++) {
            uint64_t f = feats[b + i];
            uint32_t key = (uint32_t)(f >> 32);
            for (uint64_t h = f & t->mask;; h = (h + 1) & t->mask) {
                const uint32_t *s = t->slots + 2 * h;
                uint32_t cnt = s[1] & 0xff;
                if (cnt == 0)
                    break;
                if (s[0] == key) {
                    rows[nr] = t->entries + (s[1] >> 8);
                    cnts[nr++] = cnt;
                    __builtin_prefetch(rows[nr - 1]);
                    break;
                }
            }
        }
        for (size_t r = 0; r < nr; r++) {
            const uint32_t *e = rows[r];
            if (cnts[r] == SIFT_WTAB_DENSE) {
                add_dense(sc, (const int32_t *)e, nc);
            } else {
                for (uint32_t k = 0; k < cnts[r]; k++)
                    sc[e[k] & 0xff] += entry_weight(e[k]);
            }
        }
    }
}

uint32_t sift_wtab_best(const sift_wtab *t, const int32_t *scores)
{
    uint32_t best = 0;
    for (uint32_t k = 1; k < t->n_classes; k++)
        if (scores[k] > scores[best])
            best = k;
    return best;
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
    /* Every row inside the entries, every class and dense weight in range,
     * and at least one empty slot so that a probe always ends. */
    size_t empty = 0;
    for (size_t s = 0; s < nslots; s++) {
        uint32_t cnt = t->slots[2 * s + 1] & 0xff, off = t->slots[2 * s + 1] >> 8;
        if (cnt == 0) {
            empty++;
            continue;
        }
        uint32_t len = cnt == SIFT_WTAB_DENSE ? t->n_classes : cnt;
        if ((uint64_t)off + len > t->n_entries)
            return -1;
        const uint32_t *e = t->entries + off;
        for (uint32_t k = 0; k < len; k++) {
            int32_t v = (int32_t)e[k];
            if (cnt == SIFT_WTAB_DENSE ? v > QMAX || v < -QMAX : (e[k] & 0xff) >= t->n_classes)
                return -1;
        }
    }
    return empty ? 0 : -1;
}

void sift_wtab_free(sift_wtab *t)
{
    if (!t)
        return;
    free(t->owned);
    memset(t, 0, sizeof *t);
}

int sift_rows_init(sift_rows *a, uint32_t n_classes)
{
    memset(a, 0, sizeof *a);
    a->nc = n_classes;
    a->c = 1;
    a->cap = 1 << 16;
    a->rcap = 1 << 14;
    a->keys = calloc(a->cap, sizeof *a->keys);
    a->row = malloc(a->cap * sizeof *a->row);
    a->w = calloc(a->rcap * n_classes, sizeof *a->w);
    a->u = calloc(a->rcap * n_classes, sizeof *a->u);
    if (!a->keys || !a->row || !a->w || !a->u) {
        sift_rows_free(a);
        return -1;
    }
    return 0;
}

void sift_rows_free(sift_rows *a)
{
    free(a->keys);
    free(a->row);
    free(a->w);
    free(a->u);
    memset(a, 0, sizeof *a);
}

static inline uint64_t row_key(uint64_t f)
{
    return f ? f : 1;
}

/* The row of feature f, or -1. */
static long find_row(const sift_rows *a, uint64_t f)
{
    uint64_t k = row_key(f);
    size_t m = a->cap - 1;
    for (size_t h = k & m;; h = (h + 1) & m) {
        if (a->keys[h] == k)
            return a->row[h];
        if (!a->keys[h])
            return -1;
    }
}

static int grow_slots(sift_rows *a)
{
    size_t ncap = a->cap * 2, m = ncap - 1;
    uint64_t *nk = calloc(ncap, sizeof *nk);
    uint32_t *nr = malloc(ncap * sizeof *nr);
    if (!nk || !nr) {
        free(nk);
        free(nr);
        return -1;
    }
    for (size_t i = 0; i < a->cap; i++) {
        if (!a->keys[i])
            continue;
        size_t h = a->keys[i] & m;
        while (nk[h])
            h = (h + 1) & m;
        nk[h] = a->keys[i];
        nr[h] = a->row[i];
    }
    free(a->keys);
    free(a->row);
    a->keys = nk;
    a->row = nr;
    a->cap = ncap;
    return 0;
}

/* The row of feature f, created (zero) when new; SIZE_MAX when out of memory. */
static size_t make_row(sift_rows *a, uint64_t f)
{
    if ((a->n + 1) * 2 > a->cap && grow_slots(a))
        return SIZE_MAX;
    if (a->n == a->rcap) {
        size_t nc = a->nc, ncap = a->rcap * 2;
        float *nw = realloc(a->w, ncap * nc * sizeof *nw);
        if (nw)
            a->w = nw;
        float *nu = realloc(a->u, ncap * nc * sizeof *nu);
        if (nu)
            a->u = nu;
        if (!nw || !nu)
            return SIZE_MAX;
        memset(a->w + a->rcap * nc, 0, a->rcap * nc * sizeof *nw);
        memset(a->u + a->rcap * nc, 0, a->rcap * nc * sizeof *nu);
        a->rcap = ncap;
    }
    uint64_t k = row_key(f);
    size_t m = a->cap - 1, h = k & m;
    while (a->keys[h] && a->keys[h] != k)
        h = (h + 1) & m;
    if (!a->keys[h]) {
        a->keys[h] = k;
        a->row[h] = (uint32_t)a->n++;
    }
    return a->row[h];
}

void sift_rows_scores(const sift_rows *a, const uint64_t *feats, size_t nf, float *scores)
{
    uint32_t nc = a->nc;
    for (uint32_t k = 0; k < nc; k++)
        scores[k] = 0;
    for (size_t i = 0; i < nf; i++) {
        long r = find_row(a, feats[i]);
        if (r < 0)
            continue;
        const float *w = a->w + (size_t)r * nc;
        for (uint32_t k = 0; k < nc; k++)
            scores[k] += w[k];
    }
}

uint32_t sift_rows_best(const sift_rows *a, const float *scores)
{
    uint32_t best = 0;
    for (uint32_t k = 1; k < a->nc; k++)
        if (scores[k] > scores[best])
            best = k;
    return best;
}

void sift_rows_add(sift_rows *a, const uint64_t *feats, size_t nf, uint32_t cls, float delta)
{
    if (a->failed)
        return;
    float c = (float)a->c;
    for (size_t i = 0; i < nf; i++) {
        size_t r = make_row(a, feats[i]);
        if (r == SIZE_MAX) {
            a->failed = 1;
            return;
        }
        a->w[r * a->nc + cls] += delta;
        a->u[r * a->nc + cls] += delta * c;
    }
}

void sift_rows_tick(sift_rows *a)
{
    a->c++;
}

void sift_rows_learn(sift_rows *a, const uint64_t *feats, size_t nf, uint32_t truth,
                     uint32_t guess)
{
    if (truth != guess) {
        sift_rows_add(a, feats, nf, truth, 1.0f);
        sift_rows_add(a, feats, nf, guess, -1.0f);
    }
    sift_rows_tick(a);
}

/* The feature of each row (rows are numbered in order of creation). */
static uint64_t *row_features(const sift_rows *a)
{
    uint64_t *f = malloc((a->n ? a->n : 1) * sizeof *f);
    if (!f)
        return NULL;
    for (size_t i = 0; i < a->cap; i++)
        if (a->keys[i])
            f[a->row[i]] = a->keys[i];
    return f;
}

int sift_wtab_build(sift_wtab *t, const sift_rows *a)
{
    memset(t, 0, sizeof *t);
    uint32_t nc = a->nc;
    if (nc == 0 || nc > SIFT_WTAB_MAX_CLASSES || a->failed)
        return -1;
    double c = (double)a->c;
    float *avg = malloc((a->n ? a->n : 1) * nc * sizeof *avg);
    uint64_t *feat = row_features(a);
    uint32_t *slots = NULL, *entries = NULL;
    int32_t *qrow = malloc(nc * sizeof *qrow);
    if (!avg || !feat || !qrow)
        goto fail;
    /* The averaged weights, the largest of them (for the scale), and the
     * number of rows that keep a weight. */
    float maxw = 0;
    for (size_t i = 0; i < a->n * nc; i++) {
        avg[i] = (float)((double)a->w[i] - (double)a->u[i] / c);
        if (fabsf(avg[i]) > maxw)
            maxw = fabsf(avg[i]);
    }
    t->scale = maxw > 0 ? maxw / (float)QMAX : 1.0f;
    size_t rows = 0;
    for (size_t r = 0; r < a->n; r++) {
        int any = 0;
        for (uint32_t k = 0; k < nc && !any; k++)
            any = lrintf(avg[r * nc + k] / t->scale) != 0;
        rows += any;
    }
    uint32_t bits = 4;
    while (((size_t)1 << bits) < rows + rows / 2 + 1)
        bits++;
    t->n_classes = nc;
    t->slot_bits = bits;
    t->mask = ((uint64_t)1 << bits) - 1;
    size_t nslots = (size_t)1 << bits, n = 0;
    slots = calloc(2 * nslots, sizeof *slots);
    entries = malloc((a->n * nc + 1) * sizeof *entries);
    if (!slots || !entries)
        goto fail;
    /* Quantise each row and keep its non-zero weights: as (class, weight)
     * pairs, or as all n_classes weights when at least half are non-zero
     * (a dense row costs no more room, and adds up without scattering). */
    for (size_t r = 0; r < a->n; r++) {
        uint64_t f = feat[r];
        size_t start = n;
        uint32_t nz = 0;
        for (uint32_t k = 0; k < nc; k++) {
            long q = lrintf(avg[r * nc + k] / t->scale);
            if (q > QMAX)
                q = QMAX;
            if (q < -QMAX)
                q = -QMAX;
            qrow[k] = (int32_t)q;
            nz += q != 0;
        }
        if (nz == 0)
            continue;
        uint32_t cnt = nz;
        if (nz * 2 >= nc) {
            for (uint32_t k = 0; k < nc; k++)
                entries[n++] = (uint32_t)qrow[k];
            cnt = SIFT_WTAB_DENSE;
        } else {
            for (uint32_t k = 0; k < nc; k++)
                if (qrow[k])
                    entries[n++] = k | (uint32_t)(qrow[k] + (int32_t)QBIAS) << 8;
        }
        if (n >= (1u << 24))
            goto fail;
        uint64_t h = f & t->mask;
        while (slots[2 * h + 1] & 0xff)
            h = (h + 1) & t->mask;
        slots[2 * h] = (uint32_t)(f >> 32);
        slots[2 * h + 1] = (uint32_t)start << 8 | cnt;
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
    free(avg);
    free(feat);
    free(qrow);
    t->owned = block;
    t->slots = (const uint32_t *)block;
    t->entries = (const uint32_t *)(block + sbytes);
    t->n_entries = (uint32_t)n;
    return 0;
fail:
    free(slots);
    free(entries);
    free(avg);
    free(feat);
    free(qrow);
    memset(t, 0, sizeof *t);
    return -1;
}

void *sift_tag_open(const char *name, int from_mem, const unsigned char *data, size_t size,
                    uint32_t kind, size_t struct_size, int *rc, sift_error *err)
{
    sift_modelfile *mf = calloc(1, struct_size);
    if (!mf) {
        snprintf(err->msg, sizeof err->msg, "%.400s: out of memory", name);
        *rc = SIFT_ERR_NOMEM;
        return NULL;
    }
    *rc = from_mem ? sift_modelfile_parse(data, size, name, kind, mf, err)
                   : sift_modelfile_load(name, kind, mf, err);
    if (*rc != SIFT_OK) {
        free(mf);
        return NULL;
    }
    return mf;
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
