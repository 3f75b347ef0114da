/*
 * minhash.c — exact and near-duplicate detection.
 *
 * Words are folded to lower-case alphanumerics; every run of four words is a
 * shingle, hashed once (FNV-1a). Hash i of the signature is the minimum over
 * shingles of a cheap permutation of the shingle hash (xor with a per-slot
 * seed, then a 32-bit finaliser), so the fraction of equal slots between two
 * signatures estimates the Jaccard similarity of the shingle sets.
 */
#include <ctype.h>
#include <string.h>

#include "corpus.h"

static uint64_t fnv(uint64_t h, const char *s, size_t n)
{
    for (size_t i = 0; i < n; i++) {
        h ^= (unsigned char)s[i];
        h *= 1099511628211ull;
    }
    return h;
}

static uint32_t mix32(uint32_t x)
{
    x ^= x >> 16;
    x *= 0x7feb352du;
    x ^= x >> 15;
    x *= 0x846ca68bu;
    x ^= x >> 16;
    return x;
}

uint64_t sift_corpus_text_hash(const char *text, size_t len)
{
    uint64_t h = 1469598103934665603ull;
    int space = 1;
    for (size_t i = 0; i < len; i++) {
        unsigned char c = (unsigned char)text[i];
        if (c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v') {
            space = 1;
            continue;
        }
        if (space && h != 1469598103934665603ull)
            h = fnv(h, " ", 1);
        space = 0;
        h = fnv(h, (const char *)&c, 1);
    }
    return h;
}

size_t sift_corpus_minhash(const char *text, size_t len, uint32_t sig[SIFT_MINHASH_N])
{
    uint32_t seeds[SIFT_MINHASH_N];
    for (int i = 0; i < SIFT_MINHASH_N; i++) {
        sig[i] = UINT32_MAX;
        seeds[i] = mix32(0x9e3779b9u * (uint32_t)(i + 1));
    }
    uint64_t w[4] = {0};
    size_t nw = 0, shingles = 0, i = 0;
    while (i < len) {
        while (i < len && !isalnum((unsigned char)text[i]) && (unsigned char)text[i] < 0x80)
            i++;
        if (i >= len)
            break;
        uint64_t h = 1469598103934665603ull;
        while (i < len && (isalnum((unsigned char)text[i]) || (unsigned char)text[i] >= 0x80)) {
            char c = (char)tolower((unsigned char)text[i++]);
            h = fnv(h, &c, 1);
        }
        w[nw % 4] = h;
        nw++;
        if (nw < 4)
            continue;
        uint64_t s = 0;
        for (size_t k = 0; k < 4; k++)
            s = s * 0x100000001b3ull + w[(nw + k) % 4];
        uint32_t base = (uint32_t)(s ^ (s >> 32));
        for (int k = 0; k < SIFT_MINHASH_N; k++) {
            uint32_t v = mix32(base ^ seeds[k]);
            if (v < sig[k])
                sig[k] = v;
        }
        shingles++;
    }
    if (shingles == 0 && nw > 0) { /* a text under four words: one shingle of all */
        uint64_t s = 0;
        for (size_t k = 0; k < nw; k++)
            s = s * 0x100000001b3ull + w[k];
        for (int k = 0; k < SIFT_MINHASH_N; k++)
            sig[k] = mix32((uint32_t)(s ^ (s >> 32)) ^ seeds[k]);
        shingles = 1;
    }
    return shingles;
}

double sift_corpus_minhash_similarity(const uint32_t *a, const uint32_t *b)
{
    int same = 0;
    for (int i = 0; i < SIFT_MINHASH_N; i++)
        same += a[i] == b[i];
    return (double)same / SIFT_MINHASH_N;
}

void sift_corpus_minhash_bands(const uint32_t sig[SIFT_MINHASH_N],
                               int64_t bands[SIFT_MINHASH_BANDS])
{
    const int rows = SIFT_MINHASH_N / SIFT_MINHASH_BANDS;
    for (int b = 0; b < SIFT_MINHASH_BANDS; b++) {
        uint64_t h = 1469598103934665603ull ^ (uint64_t)b;
        for (int r = 0; r < rows; r++)
            h = fnv(h, (const char *)&sig[b * rows + r], sizeof sig[0]);
        bands[b] = (int64_t)(h >> 1); /* non-negative, fits SQLite's INTEGER */
    }
}
