/* modelfile.c — the verified container for trained models (see modelfile.h). */
#include "modelfile.h"

#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "../lex/lexicon.h"
#include "../util/file.h"

#define HEADER 40

static int fail(sift_error *err, int code, const char *name, const char *what)
{
    if (err) {
        snprintf(err->msg, sizeof err->msg, "%.300s: %.200s", name, what);
        err->offset = SIZE_MAX;
    }
    return code;
}

static uint32_t get32(const unsigned char *p)
{
    return (uint32_t)p[0] | (uint32_t)p[1] << 8 | (uint32_t)p[2] << 16 | (uint32_t)p[3] << 24;
}

static uint64_t get64(const unsigned char *p)
{
    return (uint64_t)get32(p) | (uint64_t)get32(p + 4) << 32;
}

int sift_modelfile_parse(const unsigned char *data, size_t size, const char *name, uint32_t kind,
                         sift_modelfile *mf, sift_error *err)
{
    memset(mf, 0, sizeof *mf);
    if (size < HEADER || memcmp(data, "SIFTMODL", 8) != 0)
        return fail(err, SIFT_ERR_FORMAT, name, "not a sift model file (bad magic or too short)");
    if (get32(data + 8) != 1)
        return fail(err, SIFT_ERR_FORMAT, name, "unsupported model container version (this sift reads 1)");
    if (get32(data + 12) != kind)
        return fail(err, SIFT_ERR_FORMAT, name, "wrong kind of model for this use");
    uint64_t len = get64(data + 24);
    if (len != size - HEADER)
        return fail(err, SIFT_ERR_FORMAT, name,
                    len > size - HEADER ? "truncated model file" : "trailing bytes after the model");
    if (sift_fnv1a64(data + HEADER, (size_t)len, SIFT_FNV_OFFSET) != get64(data + 32))
        return fail(err, SIFT_ERR_FORMAT, name, "checksum mismatch (model file corrupt)");
    mf->kind = kind;
    mf->kind_version = get32(data + 16);
    mf->checksum = get64(data + 32);
    mf->payload = data + HEADER;
    mf->payload_len = (size_t)len;
    return SIFT_OK;
}

int sift_modelfile_load(const char *path, uint32_t kind, sift_modelfile *mf, sift_error *err)
{
    memset(mf, 0, sizeof *mf);
    char *data = NULL;
    size_t size = 0;
    int rc = sift_file_read(path, &data, &size, err);
    if (rc != SIFT_OK)
        return rc;
    rc = sift_modelfile_parse((unsigned char *)data, size, path, kind, mf, err);
    if (rc != SIFT_OK) {
        free(data);
        return rc;
    }
    mf->data = (unsigned char *)data;
    mf->size = size;
    return SIFT_OK;
}

void sift_modelfile_free(sift_modelfile *mf)
{
    if (!mf)
        return;
    free(mf->data);
    memset(mf, 0, sizeof *mf);
}

static void put32(unsigned char *p, uint32_t v)
{
    for (int i = 0; i < 4; i++)
        p[i] = (unsigned char)(v >> (8 * i));
}

static void put64(unsigned char *p, uint64_t v)
{
    put32(p, (uint32_t)v);
    put32(p + 4, (uint32_t)(v >> 32));
}

/* The payload's length and checksum into header h. */
static void put_sum(unsigned char *h, const void *payload, size_t len)
{
    put64(h + 24, len);
    put64(h + 32, sift_fnv1a64(payload, len, SIFT_FNV_OFFSET));
}

void sift_modelfile_seal(unsigned char *img, size_t size)
{
    if (size >= HEADER)
        put_sum(img, img + HEADER, size - HEADER);
}

int sift_modelfile_write(const char *path, uint32_t kind, uint32_t kind_version,
                         const void *payload, size_t len, sift_error *err)
{
    unsigned char h[HEADER];
    memcpy(h, "SIFTMODL", 8);
    put32(h + 8, 1);
    put32(h + 12, kind);
    put32(h + 16, kind_version);
    put32(h + 20, 0);
    put_sum(h, payload, len);
    char tmp[4096];
    snprintf(tmp, sizeof tmp, "%s.tmp", path);
    FILE *f = fopen(tmp, "wb");
    if (!f)
        return fail(err, SIFT_ERR_IO, tmp, strerror(errno)), -1;
    int ok = fwrite(h, 1, HEADER, f) == HEADER && fwrite(payload, 1, len, f) == len;
    if (fclose(f) != 0 || !ok) {
        remove(tmp);
        return fail(err, SIFT_ERR_IO, tmp, "write error"), -1;
    }
    if (rename(tmp, path) != 0) {
        remove(tmp);
        return fail(err, SIFT_ERR_IO, path, strerror(errno)), -1;
    }
    return 0;
}

uint32_t sift_rd_u32(sift_rd *r)
{
    if (r->failed || r->len - r->pos < 4) {
        r->failed = 1;
        return 0;
    }
    uint32_t v = get32(r->p + r->pos);
    r->pos += 4;
    return v;
}

float sift_rd_f32(sift_rd *r)
{
    uint32_t v = sift_rd_u32(r);
    float f;
    memcpy(&f, &v, sizeof f);
    return f;
}

const void *sift_rd_bytes(sift_rd *r, size_t n)
{
    size_t padded = (n + 3) & ~(size_t)3;
    if (r->failed || padded < n || r->len - r->pos < padded) {
        r->failed = 1;
        return NULL;
    }
    const void *p = r->p + r->pos;
    r->pos += padded;
    return p;
}

const char *sift_rd_str(sift_rd *r, uint32_t *len)
{
    uint32_t n = sift_rd_u32(r);
    if (r->failed || n == UINT32_MAX)
        return NULL;
    const char *s = sift_rd_bytes(r, (size_t)n + 1);
    if (!s || s[n] != '\0' || memchr(s, '\0', n)) {
        r->failed = 1;
        return NULL;
    }
    if (len)
        *len = n;
    return s;
}

static void wr_reserve(sift_wr *w, size_t n)
{
    if (w->failed || w->cap - w->len >= n)
        return;
    size_t cap = w->cap ? w->cap : 4096;
    while (cap - w->len < n)
        cap *= 2;
    unsigned char *p = realloc(w->p, cap);
    if (!p) {
        w->failed = 1;
        return;
    }
    w->p = p;
    w->cap = cap;
}

void sift_wr_u32(sift_wr *w, uint32_t v)
{
    wr_reserve(w, 4);
    if (w->failed)
        return;
    put32(w->p + w->len, v);
    w->len += 4;
}

void sift_wr_f32(sift_wr *w, float v)
{
    uint32_t u;
    memcpy(&u, &v, sizeof u);
    sift_wr_u32(w, u);
}

void sift_wr_bytes(sift_wr *w, const void *b, size_t n)
{
    size_t padded = (n + 3) & ~(size_t)3;
    wr_reserve(w, padded);
    if (w->failed)
        return;
    memcpy(w->p + w->len, b, n);
    memset(w->p + w->len + n, 0, padded - n);
    w->len += padded;
}

void sift_wr_str(sift_wr *w, const char *s)
{
    size_t n = strlen(s);
    sift_wr_u32(w, (uint32_t)n);
    sift_wr_bytes(w, s, n + 1);
}

void sift_wr_free(sift_wr *w)
{
    free(w->p);
    memset(w, 0, sizeof *w);
}
