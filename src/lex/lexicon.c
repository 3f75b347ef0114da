/* lexicon.c — loading and querying the compiled gazetteer (see lexicon.h). */
#include "lexicon.h"

#include <errno.h>
#include <inttypes.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "../util/file.h"

struct sift_lexicon {
    char *data;         /* the whole file, fields NUL-terminated in place */
    lex_entry *entries; /* in file order, so equal forms are adjacent */
    size_t n;
    uint32_t *slots;    /* open addressing: index+1 of the first entry of a form */
    size_t nslots;
};

uint64_t sift_fnv1a64(const void *data, size_t n, uint64_t h)
{
    const unsigned char *p = data;
    for (size_t i = 0; i < n; i++) {
        h ^= p[i];
        h *= 0x100000001b3ULL;
    }
    return h;
}

static int class_of(const char *s)
{
    static const char *names[LX_NCLASS] = {"GPE", "LOC", "NORP", "ORG", "FIRST", "LAST", "WORD", "PER"};
    for (int i = 0; i < LX_NCLASS; i++)
        if (strcmp(s, names[i]) == 0)
            return i;
    return -1;
}

static int fail(sift_error *err, int code, const char *path, size_t line, const char *what)
{
    if (err) {
        if (line)
            snprintf(err->msg, sizeof err->msg, "%s:%zu: %s", path, line, what);
        else
            snprintf(err->msg, sizeof err->msg, "%s: %s", path, what);
        err->offset = SIZE_MAX;
    }
    return code;
}

/* Split the line at p (NUL-terminated) into 4 tab-separated fields. */
static int split4(char *p, char **f)
{
    for (int i = 0; i < 4; i++) {
        f[i] = p;
        if (i < 3) {
            p = strchr(p, '\t');
            if (!p)
                return -1;
            *p++ = '\0';
        }
    }
    return strchr(f[3], '\t') ? -1 : 0;
}

static void index_entries(sift_lexicon *lx)
{
    for (size_t i = 0; i < lx->n; i++) {
        if (i > 0 && strcmp(lx->entries[i].form, lx->entries[i - 1].form) == 0)
            continue;
        const char *f = lx->entries[i].form;
        size_t h = sift_fnv1a64(f, strlen(f), SIFT_FNV_OFFSET) & (lx->nslots - 1);
        while (lx->slots[h])
            h = (h + 1) & (lx->nslots - 1);
        lx->slots[h] = (uint32_t)i + 1;
    }
}

int sift_lex_load(const char *path, sift_lexicon **out, sift_error *err)
{
    int code = SIFT_OK;
    size_t len = 0, line = 1;
    sift_lexicon *lx = NULL;
    *out = NULL;
    char *data = NULL;
    code = sift_file_read(path, &data, &len, err);
    if (code != SIFT_OK)
        return code;
    if (memchr(data, '\0', len)) {
        code = fail(err, SIFT_ERR_FORMAT, path, 0, "binary data in a text lexicon");
        goto fail;
    }
    char *body = strchr(data, '\n');
    unsigned version = 0;
    size_t count = 0;
    uint64_t sum = 0;
    if (!body || sscanf(data, "#sift-lexicon\t%u\t%zu\t%" SCNx64, &version, &count, &sum) != 3) {
        code = fail(err, SIFT_ERR_FORMAT, path, 1, "not a sift lexicon (bad header)");
        goto fail;
    }
    if (version != 1) {
        code = fail(err, SIFT_ERR_FORMAT, path, 1, "unsupported lexicon version (this sift reads 1)");
        goto fail;
    }
    body++;
    if (sift_fnv1a64(body, len - (size_t)(body - data), SIFT_FNV_OFFSET) != sum) {
        code = fail(err, SIFT_ERR_FORMAT, path, 0, "checksum mismatch (file corrupt or truncated)");
        goto fail;
    }
    if (count > len) {
        code = fail(err, SIFT_ERR_FORMAT, path, 1, "entry count larger than the file");
        goto fail;
    }
    lx = calloc(1, sizeof *lx);
    if (!lx || !(lx->entries = calloc(count ? count : 1, sizeof *lx->entries))) {
        code = fail(err, SIFT_ERR_NOMEM, path, 0, "out of memory");
        goto fail;
    }
    lx->data = data;
    char *p = body;
    while (*p) {
        line++;
        char *nl = strchr(p, '\n');
        if (nl)
            *nl = '\0';
        char *f[4];
        int cls;
        if (lx->n >= count || split4(p, f) != 0 || (cls = class_of(f[1])) < 0 || !*f[0]) {
            code = fail(err, SIFT_ERR_FORMAT, path, line, "malformed entry");
            goto fail;
        }
        lex_entry *e = &lx->entries[lx->n++];
        e->form = f[0];
        e->canon = f[2];
        e->info = f[3];
        e->cls = (uint8_t)cls;
        if (cls == LX_FIRST) {
            const char *g = strstr(f[3], "g=");
            e->gender = g ? (uint8_t)g[2] : 'U';
        }
        if (lx->n > 1 && strcmp(lx->entries[lx->n - 2].form, e->form) > 0) {
            code = fail(err, SIFT_ERR_FORMAT, path, line, "entries not sorted");
            goto fail;
        }
        if (!nl)
            break;
        p = nl + 1;
    }
    if (lx->n != count) {
        code = fail(err, SIFT_ERR_FORMAT, path, line, "fewer entries than the header says");
        goto fail;
    }
    lx->nslots = 1024;
    while (lx->nslots < lx->n * 2)
        lx->nslots *= 2;
    lx->slots = calloc(lx->nslots, sizeof *lx->slots);
    if (!lx->slots) {
        code = fail(err, SIFT_ERR_NOMEM, path, 0, "out of memory");
        goto fail;
    }
    index_entries(lx);
    *out = lx;
    return SIFT_OK;
fail:
    if (lx) {
        lx->data = NULL;
        sift_lex_free(lx);
    }
    free(data);
    return code;
}

void sift_lex_free(sift_lexicon *lx)
{
    if (!lx)
        return;
    free(lx->slots);
    free(lx->entries);
    free(lx->data);
    free(lx);
}

const lex_entry *sift_lex_find(const sift_lexicon *lx, const char *s, size_t n, size_t *count)
{
    if (!lx || n == 0)
        return NULL;
    size_t h = sift_fnv1a64(s, n, SIFT_FNV_OFFSET) & (lx->nslots - 1);
    while (lx->slots[h]) {
        const lex_entry *e = &lx->entries[lx->slots[h] - 1];
        if (strncmp(e->form, s, n) == 0 && e->form[n] == '\0') {
            size_t k = 1;
            const lex_entry *end = lx->entries + lx->n;
            while (e + k < end && strcmp(e[k].form, e->form) == 0)
                k++;
            if (count)
                *count = k;
            return e;
        }
        h = (h + 1) & (lx->nslots - 1);
    }
    return NULL;
}

const lex_entry *sift_lex_find_class(const sift_lexicon *lx, const char *s, size_t n, int cls)
{
    size_t k = 0;
    const lex_entry *e = sift_lex_find(lx, s, n, &k);
    for (size_t i = 0; e && i < k; i++)
        if (e[i].cls == cls)
            return &e[i];
    return NULL;
}

size_t sift_lex_size(const sift_lexicon *lx)
{
    return lx ? lx->n : 0;
}

int sift_lex_small_town(const lex_entry *e)
{
    const char *p = e && e->info && strstr(e->info, "kind=city") ? strstr(e->info, "pop=") : NULL;
    return p && strtol(p + 4, NULL, 10) < 100000;
}
