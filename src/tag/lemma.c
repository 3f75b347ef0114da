/*
 * lemma.c — lemmas from a table of exceptions over suffix rules (see tagger.h).
 *
 * models/lemma.tsv (built by tools/mklemma.c) has a header line
 *   #sift-lemma TAB 1 TAB <entries> TAB <fnv1a64 of the rest, 16 hex>
 * then lines  form TAB key TAB lemma, where key is a UPOS name (the
 * treebank's own exceptions), or n/v/a/r (WordNet's irregular forms), or
 * V (a WordNet verb base form, lemma "-"). Forms are lower case.
 * Lookup order: form+UPOS, form+WordNet class, then the suffix rules,
 * which check verb candidates against the V entries ("hoped" -> "hope",
 * "stopped" -> "stop").
 */
#include <inttypes.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "lex/lexicon.h"
#include "tag/tagger.h"
#include "util/file.h"

typedef struct lslot {
    uint64_t key;      /* hash of form, TAB, key; 0 = empty */
    const char *lemma;
} lslot;

struct sift_lemmatizer {
    char *data;
    lslot *slots;
    size_t mask;
};

#define MAXW 128

static uint64_t key_hash(const char *form, size_t n, const char *key)
{
    uint64_t h = sift_fnv1a64(form, n, SIFT_FNV_OFFSET);
    h = sift_fnv1a64("\t", 1, h);
    h = sift_fnv1a64(key, strlen(key), h);
    return h ? h : 1;
}

static const char *find(const sift_lemmatizer *lm, const char *form, size_t n, const char *key)
{
    uint64_t h = key_hash(form, n, key);
    for (size_t i = h & lm->mask; lm->slots[i].key; i = (i + 1) & lm->mask)
        if (lm->slots[i].key == h)
            return lm->slots[i].lemma;
    return NULL;
}

static int fail(sift_error *err, int code, const char *path, size_t line, const char *what)
{
    if (line)
        snprintf(err->msg, sizeof err->msg, "%.300s:%zu: %.150s", path, line, what);
    else
        snprintf(err->msg, sizeof err->msg, "%.300s: %.150s", path, what);
    err->offset = SIZE_MAX;
    return code;
}

int sift_lemma_load(const char *path, sift_lemmatizer **out, sift_error *err)
{
    *out = NULL;
    char *buf = NULL;
    size_t n = 0;
    int rc = sift_file_read(path, &buf, &n, err);
    if (rc != SIFT_OK)
        return rc;
    sift_lemmatizer *lm = calloc(1, sizeof *lm);
    if (!lm) {
        free(buf);
        return fail(err, SIFT_ERR_NOMEM, path, 0, "out of memory");
    }
    lm->data = buf;
    char *nl = memchr(buf, '\n', n);
    unsigned ver = 0;
    size_t count = 0;
    char sum[17] = {0};
    if (!nl || sscanf(buf, "#sift-lemma\t%u\t%zu\t%16s", &ver, &count, sum) != 3 || ver != 1) {
        sift_lemma_free(lm);
        return fail(err, SIFT_ERR_FORMAT, path, 1, "not a sift lemma table, version 1");
    }
    char *body = nl + 1;
    size_t blen = n - (size_t)(body - buf);
    char want[17];
    snprintf(want, sizeof want, "%016" PRIx64, sift_fnv1a64(body, blen, SIFT_FNV_OFFSET));
    if (strcmp(sum, want) != 0 || memchr(body, '\0', blen)) {
        sift_lemma_free(lm);
        return fail(err, SIFT_ERR_FORMAT, path, 0, "checksum mismatch (file corrupt)");
    }
    size_t nslots = 16;
    while (nslots < count * 2 + 2)
        nslots *= 2;
    lm->slots = calloc(nslots, sizeof *lm->slots);
    if (!lm->slots) {
        sift_lemma_free(lm);
        return fail(err, SIFT_ERR_NOMEM, path, 0, "out of memory");
    }
    lm->mask = nslots - 1;
    size_t line = 1, seen = 0;
    for (char *p = body; p < buf + n;) {
        char *e = strchr(p, '\n');
        if (!e) {
            sift_lemma_free(lm);
            return fail(err, SIFT_ERR_FORMAT, path, line + 1, "last line does not end");
        }
        *e = '\0';
        line++;
        char *t1 = strchr(p, '\t'), *t2 = t1 ? strchr(t1 + 1, '\t') : NULL;
        if (!t1 || !t2 || t1 == p || t2 == t1 + 1 || !t2[1] || strchr(t2 + 1, '\t') ||
            seen == count) {
            sift_lemma_free(lm);
            return fail(err, SIFT_ERR_FORMAT, path, line, "expected form TAB key TAB lemma");
        }
        *t1 = *t2 = '\0';
        uint64_t h = key_hash(p, (size_t)(t1 - p), t1 + 1);
        size_t i = h & lm->mask;
        while (lm->slots[i].key && lm->slots[i].key != h)
            i = (i + 1) & lm->mask;
        if (!lm->slots[i].key) {
            lm->slots[i].key = h;
            lm->slots[i].lemma = t2 + 1;
        }
        seen++;
        p = e + 1;
    }
    if (seen != count) {
        sift_lemma_free(lm);
        return fail(err, SIFT_ERR_FORMAT, path, 0, "entry count does not match the header");
    }
    *out = lm;
    return SIFT_OK;
}

void sift_lemma_free(sift_lemmatizer *lm)
{
    if (!lm)
        return;
    free(lm->slots);
    free(lm->data);
    free(lm);
}

static size_t put(char *out, size_t cap, const char *s, size_t n)
{
    if (cap == 0)
        return 0;
    if (n >= cap)
        n = cap - 1;
    memcpy(out, s, n);
    out[n] = '\0';
    return n;
}

static int ends(const char *w, size_t n, const char *suf)
{
    size_t k = strlen(suf);
    return n > k && memcmp(w + n - k, suf, k) == 0;
}

static int vowel(char c)
{
    return c == 'a' || c == 'e' || c == 'i' || c == 'o' || c == 'u';
}

/* A verb base for an -ed/-ing form without its ending (stem[0..n)). */
static size_t verb_base(const sift_lemmatizer *lm, char *stem, size_t n, size_t cap)
{
    if (n == 0)
        return 0;
    if (lm && find(lm, stem, n, "V"))
        return n;
    if (n + 1 < cap) {
        stem[n] = 'e';
        if (lm && find(lm, stem, n + 1, "V"))
            return n + 1;
    }
    if (n >= 2 && stem[n - 1] == stem[n - 2] && !vowel(stem[n - 1]) && stem[n - 1] != 'l' &&
        stem[n - 1] != 's')
        return n - 1;  /* stopped -> stop */
    if (lm && n >= 2 && stem[n - 1] == stem[n - 2] && find(lm, stem, n - 1, "V"))
        return n - 1;
    /* Unknown verb: add e after consonant + vowel + (c|v|z|s) ("hoped" is known, "liked" too). */
    if (n >= 2 && !vowel(stem[n - 1]) && vowel(stem[n - 2]) &&
        (stem[n - 1] == 'v' || stem[n - 1] == 'c' || stem[n - 1] == 'z') && n + 1 < cap) {
        stem[n] = 'e';
        return n + 1;
    }
    return n;
}

size_t sift_lemma_irregular_noun(const sift_lemmatizer *lm, const char *word, size_t n, char *out,
                                 size_t cap)
{
    char w[MAXW];
    if (!lm || n >= MAXW || n == 0)
        return 0;
    for (size_t i = 0; i < n; i++)
        w[i] = (word[i] >= 'A' && word[i] <= 'Z') ? (char)(word[i] + 32) : word[i];
    w[n] = '\0';
    const char *hit = find(lm, w, n, "n");
    return hit ? put(out, cap, hit, strlen(hit)) : 0;
}

size_t sift_lemma(const sift_lemmatizer *lm, const char *word, size_t n, int upos,
                  const char *xpos, char *out, size_t cap)
{
    char w[MAXW];
    if (upos == SIFT_UPOS_PROPN || n >= MAXW || n == 0)
        return put(out, cap, word, n);
    for (size_t i = 0; i < n; i++)
        w[i] = (word[i] >= 'A' && word[i] <= 'Z') ? (char)(word[i] + 32) : word[i];
    w[n] = '\0';
    const char *hit = lm ? find(lm, w, n, sift_upos_name(upos)) : NULL;
    if (hit)
        return put(out, cap, hit, strlen(hit));
    const char *wn = upos == SIFT_UPOS_NOUN ? "n"
                     : (upos == SIFT_UPOS_VERB || upos == SIFT_UPOS_AUX) ? "v"
                     : upos == SIFT_UPOS_ADJ ? "a"
                     : upos == SIFT_UPOS_ADV ? "r" : NULL;
    if (wn && lm && (hit = find(lm, w, n, wn)) != NULL)
        return put(out, cap, hit, strlen(hit));
    const char *x = xpos ? xpos : "";
    size_t m = n;
    if (upos == SIFT_UPOS_NOUN && (strcmp(x, "NNS") == 0 || !xpos)) {
        if (ends(w, n, "ies") && n > 4)
            m = n - 3, w[m++] = 'y';
        else if (ends(w, n, "sses") || ends(w, n, "xes") || ends(w, n, "ches") ||
                 ends(w, n, "shes") || ends(w, n, "zzes"))
            m = n - 2;
        else if (ends(w, n, "s") && !ends(w, n, "ss") && !ends(w, n, "us") &&
                 !ends(w, n, "is") && (strcmp(x, "NNS") == 0 || n > 3))
            m = n - 1;
    } else if (upos == SIFT_UPOS_VERB || upos == SIFT_UPOS_AUX) {
        if (ends(w, n, "ies") && n > 4)
            m = n - 3, w[m++] = 'y';
        else if (ends(w, n, "ied") && n > 4)
            m = n - 3, w[m++] = 'y';
        else if (ends(w, n, "ing") && n > 4 && strcmp(x, "NN") != 0)
            m = verb_base(lm, w, n - 3, sizeof w);
        else if (ends(w, n, "ed") && n > 3)
            m = verb_base(lm, w, n - 2, sizeof w);
        else if (ends(w, n, "sses") || ends(w, n, "xes") || ends(w, n, "ches") ||
                 ends(w, n, "shes") || ends(w, n, "oes"))
            m = n - 2;
        else if (ends(w, n, "s") && !ends(w, n, "ss") && strcmp(x, "VBZ") == 0)
            m = n - 1;
    } else if (upos == SIFT_UPOS_ADJ) {
        if ((strcmp(x, "JJR") == 0 && ends(w, n, "er")) || (strcmp(x, "JJS") == 0 && ends(w, n, "est"))) {
            m = n - (x[2] == 'R' ? 2 : 3);
            if (m >= 2 && w[m - 1] == 'i')
                w[m - 1] = 'y';
            else if (m >= 2 && w[m - 1] == w[m - 2] && !vowel(w[m - 1]))
                m--;
        }
    }
    return put(out, cap, w, m);
}
