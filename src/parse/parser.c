/*
 * parser.c — greedy parsing with a trained model, and the model file.
 *
 * Payload (kind SIFT_MODEL_PARSE, version P_KIND_VERSION), little-endian:
 *   u32 tbits, u32 lbits, u32 nlab, u32 root_lab
 *   f32 tscale, f32 lscale          int16 weight * scale = weight
 *   nlab label strings              (sift_wr_str)
 *   i16[(1 << tbits) * 3]           transition rows
 *   i16[(1 << lbits) * nlab]        label rows
 * Nothing may follow. Weights are quantised to int16 against the largest
 * magnitude of their table; the loaded model scores with them as they are.
 */
#include "parse_int.h"

#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#ifdef __SSE2__
#include <emmintrin.h>
#endif
#ifdef __linux__
#include <sys/mman.h>
#endif

void sift_parse_tscores(const sift_parser *p, const uint64_t *f, size_t nf, float *sc)
{
    uint64_t mask = ((uint64_t)1 << p->tbits) - 1;
    /* The rows are scattered over a table larger than the caches: ask for
     * all of them first so their loads overlap, then add. */
    if (p->tq) {
        const int16_t *tq = p->tq;
        for (size_t i = 0; i < nf; i++)
            __builtin_prefetch(tq + (f[i] & mask) * P_TSTRIDE);
        int32_t a = 0, b = 0, c = 0;
        for (size_t i = 0; i < nf; i++) {
            const int16_t *r = tq + (f[i] & mask) * P_TSTRIDE;
            a += r[0];
            b += r[1];
            c += r[2];
        }
        sc[0] = (float)a * p->tscale;
        sc[1] = (float)b * p->tscale;
        sc[2] = (float)c * p->tscale;
        return;
    }
    float a = 0, b = 0, c = 0;
    for (size_t i = 0; i < nf; i++) {
        const float *r = p->tw + (f[i] & mask) * P_TSTRIDE;
        a += r[0];
        b += r[1];
        c += r[2];
    }
    sc[0] = a;
    sc[1] = b;
    sc[2] = c;
}

void sift_parse_lscores(const sift_parser *p, const uint64_t *f, size_t nf, float *sc)
{
    uint64_t mask = ((uint64_t)1 << p->lbits) - 1;
    uint32_t m = p->lstride; /* a multiple of 8 */
    if (p->lq) {
        for (size_t i = 0; i < nf; i++) {
            const char *r = (const char *)(p->lq + (f[i] & mask) * m);
            for (uint32_t k = 0; k < m * sizeof(int16_t); k += 64)
                __builtin_prefetch(r + k);
        }
#ifdef __SSE2__
        /* Eight int16 weights at a time, widened to two int32 lanes of four. */
        __m128i acc[P_MAXLAB / 4];
        for (uint32_t k = 0; k < m / 4; k++)
            acc[k] = _mm_setzero_si128();
        for (size_t i = 0; i < nf; i++) {
            const int16_t *r = p->lq + (f[i] & mask) * m;
            for (uint32_t k = 0; k < m; k += 8) {
                __m128i x = _mm_loadu_si128((const __m128i *)(const void *)(r + k));
                __m128i lo = _mm_srai_epi32(_mm_unpacklo_epi16(x, x), 16);
                __m128i hi = _mm_srai_epi32(_mm_unpackhi_epi16(x, x), 16);
                acc[k / 4] = _mm_add_epi32(acc[k / 4], lo);
                acc[k / 4 + 1] = _mm_add_epi32(acc[k / 4 + 1], hi);
            }
        }
        int32_t sum[P_MAXLAB];
        for (uint32_t k = 0; k < m / 4; k++)
            _mm_storeu_si128((__m128i *)(void *)(sum + 4 * k), acc[k]);
#else
        int32_t sum[P_MAXLAB] = {0};
        for (size_t i = 0; i < nf; i++) {
            const int16_t *r = p->lq + (f[i] & mask) * m;
            for (uint32_t k = 0; k < m; k++)
                sum[k] += r[k];
        }
#endif
        for (uint32_t k = 0; k < m; k++)
            sc[k] = (float)sum[k] * p->lscale;
        return;
    }
    float acc[P_MAXLAB] = {0};
    for (size_t i = 0; i < nf; i++) {
        const float *restrict r = p->lw + (f[i] & mask) * m;
        for (uint32_t k = 0; k < m; k += 8)
            for (uint32_t j = 0; j < 8; j++)
                acc[k + j] += r[k + j];
    }
    memcpy(sc, acc, m * sizeof(float));
}

int sift_parse_best_trans(const float *sc, const uint8_t ok[P_NTRANS])
{
    int best = -1;
    for (int t = 0; t < P_NTRANS; t++)
        if (ok[t] && (best < 0 || sc[t] > sc[best]))
            best = t;
    return best < 0 ? P_SHIFT : best;
}

int sift_parse_best_label(const sift_parser *p, const float *sc, int h)
{
    if (h == 0)
        return (int)p->root_lab;
    int best = -1;
    for (uint32_t k = 0; k < p->nlab; k++)
        if (k != p->root_lab && (best < 0 || sc[k] > sc[best]))
            best = (int)k;
    return best < 0 ? 0 : best;
}

/* Scratch for one sentence: on the C stack when short, else one malloc. */
#define SMALL_N 160

int sift_parse_run(const sift_parser *p, sift_cword *w, size_t n, int *heads, int *labs)
{
    if (n == 0)
        return 0;
    if (n > (size_t)1 << 20)
        return -1;
    _Alignas(16) unsigned char small[SMALL_N * (sizeof(sift_ptok) + 100) + 4096];
    size_t need = sift_pstate_size((int)n) + (n + 1) * sizeof(sift_ptok) + 16;
    unsigned char *mem = small, *heap = NULL;
    if (need > sizeof small) {
        heap = malloc(need);
        if (!heap)
            return -1;
        mem = heap;
    }
    sift_ptok *tok = (sift_ptok *)mem;
    size_t off = ((n + 1) * sizeof(sift_ptok) + 15) & ~(size_t)15;
    sift_pstate st;
    sift_pstate_init(&st, (int)n, mem + off);
    sift_parse_hash_words(w, n, tok);

    uint64_t f[P_NTFEAT > P_NLFEAT ? P_NTFEAT : P_NLFEAT];
    float sc[P_MAXLAB + 4];
    uint8_t ok[P_NTRANS];
    while (!sift_pstate_terminal(&st)) {
        size_t nf = sift_parse_tfeats(&st, tok, f);
        sift_parse_tscores(p, f, nf, sc);
        sift_pstate_legal(&st, ok);
        int t = sift_parse_best_trans(sc, ok);
        int lab = P_NOLAB;
        if (t != P_SHIFT) {
            int h, d;
            sift_pstate_arc(&st, t, &h, &d);
            nf = sift_parse_lfeats(&st, tok, h, d, f);
            sift_parse_lscores(p, f, nf, sc);
            lab = sift_parse_best_label(p, sc, h);
        }
        sift_pstate_apply(&st, t, lab);
    }
    for (size_t i = 1; i <= n; i++) {
        heads[i - 1] = st.head[i];
        labs[i - 1] = st.lab[i];
    }
    free(heap);
    return 0;
}

int sift_parser_parse(const sift_parser *p, sift_cword *w, size_t n)
{
    if (!p || (!w && n))
        return -1;
    int small_h[SMALL_N], small_l[SMALL_N];
    int *h = small_h, *l = small_l, *heap = NULL;
    if (n > SMALL_N) {
        heap = malloc(2 * n * sizeof *heap);
        if (!heap)
            return -1;
        h = heap;
        l = heap + n;
    }
    int rc = sift_parse_run(p, w, n, h, l);
    if (rc == 0) {
        for (size_t i = 0; i < n; i++) {
            w[i].head = h[i];
            w[i].deprel = (uint32_t)l[i] < p->nlab ? p->labels[l[i]] : "dep";
        }
    }
    free(heap);
    return rc;
}

/* ---- The model file -------------------------------------------------- */

#define HUGE_PAGE ((size_t)2 << 20)

/*
 * Ask for 2 MB pages over the 2 MB-aligned part of [p, p + n). Scoring reads
 * one row per feature at random over many megabytes; with 4 KB pages most of
 * those reads also miss the TLB. Only a hint: nothing changes without it.
 */
void sift_parse_huge_pages(void *p, size_t n)
{
#if defined(__linux__) && defined(MADV_HUGEPAGE)
    uintptr_t a = ((uintptr_t)p + HUGE_PAGE - 1) & ~(uintptr_t)(HUGE_PAGE - 1);
    uintptr_t e = ((uintptr_t)p + n) & ~(uintptr_t)(HUGE_PAGE - 1);
    if (e > a)
        madvise((void *)a, e - a, MADV_HUGEPAGE);
#else
    (void)p;
    (void)n;
#endif
}

static float table_scale(const float *t, size_t rows, uint32_t stride, uint32_t used)
{
    float mx = 0;
    for (size_t r = 0; r < rows; r++)
        for (uint32_t k = 0; k < used; k++) {
            float a = fabsf(t[r * stride + k]);
            if (a > mx)
                mx = a;
        }
    return mx > 0 ? mx / 32767.0f : 1.0f;
}

static void put_table(sift_wr *wr, const float *t, size_t rows, uint32_t stride, uint32_t used,
                      float scale)
{
    size_t cnt = rows * used;
    unsigned char *buf = malloc(cnt * 2 + 1);
    if (!buf) {
        wr->failed = 1;
        return;
    }
    size_t j = 0;
    for (size_t r = 0; r < rows; r++)
        for (uint32_t k = 0; k < used; k++) {
            long q = lrintf(t[r * stride + k] / scale);
            q = q > 32767 ? 32767 : q < -32767 ? -32767 : q;
            uint16_t u = (uint16_t)(int16_t)q;
            buf[j++] = (unsigned char)(u & 0xff);
            buf[j++] = (unsigned char)(u >> 8);
        }
    sift_wr_bytes(wr, buf, cnt * 2);
    free(buf);
}

int sift_parse_write(const sift_parser *p, const char *path, sift_error *err)
{
    sift_wr wr = {0};
    size_t trows = (size_t)1 << p->tbits, lrows = (size_t)1 << p->lbits;
    float ts = table_scale(p->tw, trows, P_TSTRIDE, P_NTRANS);
    float ls = table_scale(p->lw, lrows, p->lstride, p->nlab);
    sift_wr_u32(&wr, p->tbits);
    sift_wr_u32(&wr, p->lbits);
    sift_wr_u32(&wr, p->nlab);
    sift_wr_u32(&wr, p->root_lab);
    sift_wr_f32(&wr, ts);
    sift_wr_f32(&wr, ls);
    for (uint32_t k = 0; k < p->nlab; k++)
        sift_wr_str(&wr, p->labels[k]);
    put_table(&wr, p->tw, trows, P_TSTRIDE, P_NTRANS, ts);
    put_table(&wr, p->lw, lrows, p->lstride, p->nlab, ls);
    if (wr.failed) {
        sift_wr_free(&wr);
        if (err) {
            snprintf(err->msg, sizeof err->msg, "%.400s: out of memory writing the parse model", path);
            err->offset = SIZE_MAX;
        }
        return SIFT_ERR_NOMEM;
    }
    int rc = sift_modelfile_write(path, SIFT_MODEL_PARSE, P_KIND_VERSION, wr.p, wr.len, err);
    sift_wr_free(&wr);
    return rc == 0 ? SIFT_OK : SIFT_ERR_IO;
}

static int bad(sift_error *err, const char *name, const char *what)
{
    if (err) {
        snprintf(err->msg, sizeof err->msg, "%.300s: %.200s", name, what);
        err->offset = SIZE_MAX;
    }
    return SIFT_ERR_FORMAT;
}

static void get_table(const unsigned char *src, int16_t *dst, size_t rows, uint32_t stride,
                      uint32_t used)
{
    size_t j = 0;
    for (size_t r = 0; r < rows; r++) {
        int16_t *row = dst + r * stride;
        for (uint32_t k = 0; k < used; k++, j += 2)
            row[k] = (int16_t)(uint16_t)(src[j] | src[j + 1] << 8);
        for (uint32_t k = used; k < stride; k++)
            row[k] = 0;
    }
}

int sift_parse_from_file(sift_modelfile *mf, const char *name, sift_parser **out, sift_error *err)
{
    *out = NULL;
    if (mf->kind_version != P_KIND_VERSION) {
        sift_modelfile_free(mf);
        return bad(err, name, "unsupported parse model version");
    }
    sift_parser *p = calloc(1, sizeof *p);
    if (!p) {
        sift_modelfile_free(mf);
        return bad(err, name, "out of memory"), SIFT_ERR_NOMEM;
    }
    p->mf = *mf;
    memset(mf, 0, sizeof *mf);
    sift_rd rd = {p->mf.payload, p->mf.payload_len, 0, 0};
    p->tbits = sift_rd_u32(&rd);
    p->lbits = sift_rd_u32(&rd);
    p->nlab = sift_rd_u32(&rd);
    p->root_lab = sift_rd_u32(&rd);
    float ts = sift_rd_f32(&rd), ls = sift_rd_f32(&rd);
    const char *why = NULL;
    if (rd.failed)
        why = "truncated header";
    else if (p->tbits < 4 || p->tbits > 26 || p->lbits < 4 || p->lbits > 24)
        why = "table size out of range";
    else if (p->nlab < 1 || p->nlab > P_MAXLAB || p->root_lab >= p->nlab)
        why = "bad label count";
    else if (!isfinite(ts) || !isfinite(ls) || ts <= 0 || ls <= 0)
        why = "bad weight scale";
    for (uint32_t k = 0; !why && k < p->nlab; k++) {
        uint32_t len = 0;
        p->labels[k] = sift_rd_str(&rd, &len);
        if (!p->labels[k] || len == 0)
            why = "bad label string";
    }
    size_t trows = (size_t)1 << p->tbits, lrows = (size_t)1 << p->lbits;
    const unsigned char *tsrc = NULL, *lsrc = NULL;
    if (!why) {
        tsrc = sift_rd_bytes(&rd, trows * P_NTRANS * 2);
        lsrc = sift_rd_bytes(&rd, lrows * p->nlab * 2);
        if (rd.failed)
            why = "weight tables truncated";
        else if (rd.pos != rd.len)
            why = "unexpected bytes after the weight tables";
    }
    if (why) {
        sift_parser_free(p);
        return bad(err, name, why);
    }
    p->lstride = (p->nlab + 7) & ~7u;
    size_t bytes = (trows * P_TSTRIDE + lrows * p->lstride) * sizeof(int16_t);
    bytes = (bytes + HUGE_PAGE - 1) & ~(HUGE_PAGE - 1);
    p->owned = aligned_alloc(HUGE_PAGE, bytes);
    if (!p->owned) {
        sift_parser_free(p);
        return bad(err, name, "out of memory"), SIFT_ERR_NOMEM;
    }
    sift_parse_huge_pages(p->owned, bytes);
    get_table(tsrc, p->owned, trows, P_TSTRIDE, P_NTRANS);
    get_table(lsrc, p->owned + trows * P_TSTRIDE, lrows, p->lstride, p->nlab);
    p->tq = p->owned;
    p->lq = p->owned + trows * P_TSTRIDE;
    p->tscale = ts;
    p->lscale = ls;
    *out = p;
    return SIFT_OK;
}

int sift_parser_load(const char *path, sift_parser **out, sift_error *err)
{
    if (!out)
        return SIFT_ERR_ARG;
    *out = NULL;
    if (!path)
        return bad(err, "(null)", "no model path"), SIFT_ERR_ARG;
    sift_modelfile mf;
    int rc = sift_modelfile_load(path, SIFT_MODEL_PARSE, &mf, err);
    if (rc != SIFT_OK)
        return rc;
    return sift_parse_from_file(&mf, path, out, err);
}

void sift_parser_free(sift_parser *p)
{
    if (!p)
        return;
    free(p->owned);
    sift_modelfile_free(&p->mf);
    free(p);
}
