/*
 * wordmap.c — a table from lower-cased word forms to small numbers, stored
 * inside a model: the tagger's word classes (WordNet) and the word clusters
 * of both the tagger and the entity recognizer.
 *
 * Layout: u32 bits (0 = no table), then 2 << bits u32 words, two per slot:
 * the high 32 bits of the form's hash (sift_tag_lower_hash) and
 * 1 << 31 | value (0 = empty slot). Open addressing with linear probing,
 * at most 70% full, so a probe always meets an empty slot and ends.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "tag/tag_int.h"
#include "util/file.h"

uint32_t sift_tag_map_get(const sift_tag_map *m, uint64_t lower)
{
    if (!m->slots)
        return 0;
    uint32_t key = (uint32_t)(lower >> 32);
    for (uint64_t h = lower & m->mask;; h = (h + 1) & m->mask) {
        const uint32_t *s = m->slots + 2 * h;
        if (!(s[1] >> 31))
            return 0;
        if (s[0] == key)
            return s[1] & 0x7fffffffu;
    }
}

int sift_tag_map_read(sift_tag_map *m, sift_rd *r, uint32_t max_value)
{
    m->slots = NULL;
    m->bits = sift_rd_u32(r);
    if (r->failed)
        return -1;
    if (m->bits == 0)
        return 0;
    if (m->bits < 4 || m->bits > 24)
        return -1;
    size_t nslots = (size_t)1 << m->bits, empty = 0;
    m->mask = nslots - 1;
    const uint32_t *slots = sift_rd_bytes(r, 2 * nslots * sizeof *slots);
    if (!slots)
        return -1;
    for (size_t s = 0; s < nslots; s++) {
        uint32_t v = slots[2 * s + 1];
        if (!(v >> 31))
            empty++;
        else if ((v & 0x7fffffffu) > max_value)
            return -1;
    }
    if (!empty)
        return -1;
    m->slots = slots;
    return 0;
}

int sift_tag_map_put(sift_wr *w, const char *path, uint32_t max_value, int merge_bits,
                     sift_error *err)
{
    if (!path) {
        sift_wr_u32(w, 0);
        return SIFT_OK;
    }
    char *text;
    size_t len;
    int rc = sift_file_read(path, &text, &len, err);
    if (rc != SIFT_OK)
        return rc;
    size_t lines = 0;
    for (size_t i = 0; i < len; i++)
        lines += text[i] == '\n';
    uint32_t bits = 4; /* at most 70% full */
    while (((size_t)7 << bits) < lines * 10 + 10)
        bits++;
    size_t nslots = (size_t)1 << bits, lineno = 0;
    uint32_t *slots = bits <= 24 ? calloc(2 * nslots, sizeof *slots) : NULL;
    if (!slots) {
        free(text);
        snprintf(err->msg, sizeof err->msg, "%.400s: too large or out of memory", path);
        return SIFT_ERR_NOMEM;
    }
    for (char *line = text, *next; line < text + len; line = next) {
        char *nl = memchr(line, '\n', (size_t)(text + len - line));
        next = nl ? nl + 1 : text + len;
        lineno++;
        char *tab = memchr(line, '\t', (size_t)(next - line));
        char *end = NULL;
        unsigned long v = tab ? strtoul(tab + 1, &end, 10) : 0;
        if (!tab || tab == line || end == tab + 1 || v == 0 || v > max_value) {
            snprintf(err->msg, sizeof err->msg, "%.400s:%zu: expected form TAB number (1..%u)",
                     path, lineno, (unsigned)max_value);
            free(slots);
            free(text);
            return SIFT_ERR_FORMAT;
        }
        uint64_t k = sift_tag_lower_hash(line, (size_t)(tab - line));
        uint64_t h = k & (nslots - 1);
        while ((slots[2 * h + 1] >> 31) && slots[2 * h] != (uint32_t)(k >> 32))
            h = (h + 1) & (nslots - 1);
        if (merge_bits || !(slots[2 * h + 1] >> 31)) {
            slots[2 * h] = (uint32_t)(k >> 32);
            slots[2 * h + 1] |= 1u << 31 | (uint32_t)v;
        }
    }
    sift_wr_u32(w, bits);
    sift_wr_bytes(w, slots, 2 * nslots * sizeof *slots);
    free(slots);
    free(text);
    return SIFT_OK;
}
