/*
 * mklemma.c — build models/lemma.tsv (the lemmatizer's exception table).
 *
 *   mklemma WORDNET_DIR TRAIN.conllu OUT
 *
 * 1. WordNet's irregular forms ({noun,verb,adj,adv}.exc) under keys n v a r,
 *    and the verb base forms of index.verb under key V (for the -ed/-ing rules).
 * 2. The treebank's own exceptions: every lower-case form + UPOS whose
 *    usual gold lemma differs from what step 1 and the rules give, under
 *    the UPOS name.
 * The file is sorted, so the same inputs give the same bytes.
 */
#include <inttypes.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "conllu/conllu.h"
#include "lex/lexicon.h"
#include "tag/tagger.h"

typedef struct entry {
    char *form, *key, *lemma;
} entry;

static entry *ents;
static size_t nents, capents;

static void add(const char *form, const char *key, const char *lemma)
{
    if (nents == capents) {
        capents = capents ? capents * 2 : 4096;
        ents = realloc(ents, capents * sizeof *ents);
        if (!ents) {
            fprintf(stderr, "mklemma: out of memory\n");
            exit(1);
        }
    }
    ents[nents].form = strdup(form);
    ents[nents].key = strdup(key);
    ents[nents].lemma = strdup(lemma);
    nents++;
}

static int cmp_entry(const void *a, const void *b)
{
    const entry *x = a, *y = b;
    int c = strcmp(x->form, y->form);
    if (!c)
        c = strcmp(x->key, y->key);
    if (!c)
        c = strcmp(x->lemma, y->lemma);
    return c;
}

static void read_exc(const char *dir, const char *name, const char *key)
{
    char path[4096], line[1024];
    snprintf(path, sizeof path, "%s/%s.exc", dir, name);
    FILE *f = fopen(path, "r");
    if (!f) {
        perror(path);
        exit(1);
    }
    while (fgets(line, sizeof line, f)) {
        char form[256], lemma[256];
        if (sscanf(line, "%255s %255s", form, lemma) != 2 || strchr(form, '_') ||
            strchr(lemma, '_'))
            continue;
        add(form, key, lemma);
    }
    fclose(f);
}

static void read_verbs(const char *dir)
{
    char path[4096], line[8192];
    snprintf(path, sizeof path, "%s/index.verb", dir);
    FILE *f = fopen(path, "r");
    if (!f) {
        perror(path);
        exit(1);
    }
    while (fgets(line, sizeof line, f)) {
        char lemma[256];
        if (line[0] == ' ' || sscanf(line, "%255s", lemma) != 1 || strchr(lemma, '_'))
            continue;
        add(lemma, "V", "-");
    }
    fclose(f);
}

/* Write the sorted, de-duplicated entries with the checked header. */
static void write_table(const char *out)
{
    qsort(ents, nents, sizeof *ents, cmp_entry);
    size_t cap = 1 << 20, len = 0, count = 0;
    char *body = malloc(cap);
    for (size_t i = 0; i < nents; i++) {
        /* One lemma per form and key: the first in sort order. */
        if (i > 0 && strcmp(ents[i].form, ents[i - 1].form) == 0 &&
            strcmp(ents[i].key, ents[i - 1].key) == 0)
            continue;
        size_t need = strlen(ents[i].form) + strlen(ents[i].key) + strlen(ents[i].lemma) + 4;
        while (len + need >= cap)
            body = realloc(body, cap *= 2);
        if (!body) {
            fprintf(stderr, "mklemma: out of memory\n");
            exit(1);
        }
        len += (size_t)sprintf(body + len, "%s\t%s\t%s\n", ents[i].form, ents[i].key, ents[i].lemma);
        count++;
    }
    FILE *f = fopen(out, "wb");
    if (!f) {
        perror(out);
        exit(1);
    }
    fprintf(f, "#sift-lemma\t1\t%zu\t%016" PRIx64 "\n", count,
            sift_fnv1a64(body, len, SIFT_FNV_OFFSET));
    fwrite(body, 1, len, f);
    if (fclose(f) != 0) {
        perror(out);
        exit(1);
    }
    free(body);
}

typedef struct obs {
    char *form;          /* lower case */
    const char *upos, *lemma;
    int rule_ok;
} obs;

static int cmp_obs(const void *a, const void *b)
{
    const obs *x = a, *y = b;
    int c = strcmp(x->form, y->form);
    if (!c)
        c = strcmp(x->upos, y->upos);
    if (!c)
        c = strcmp(x->lemma, y->lemma);
    return c;
}

int main(int argc, char **argv)
{
    if (argc != 4) {
        fprintf(stderr, "usage: mklemma WORDNET_DIR TRAIN.conllu OUT\n");
        return 2;
    }
    read_exc(argv[1], "noun", "n");
    read_exc(argv[1], "verb", "v");
    read_exc(argv[1], "adj", "a");
    read_exc(argv[1], "adv", "r");
    read_verbs(argv[1]);
    write_table(argv[3]);

    sift_lemmatizer *lm = NULL;
    sift_corpus *c = NULL;
    sift_error err;
    if (sift_lemma_load(argv[3], &lm, &err) != SIFT_OK || sift_conllu_read(argv[2], &c, &err) != SIFT_OK) {
        fprintf(stderr, "mklemma: %s\n", err.msg);
        return 1;
    }
    size_t nobs = 0, capobs = 1 << 16;
    obs *o = malloc(capobs * sizeof *o);
    char buf[256];
    for (size_t s = 0; s < c->n; s++) {
        for (size_t i = 0; i < c->s[s].n; i++) {
            const sift_cword *w = &c->s[s].w[i];
            int upos = sift_upos_id(w->upos);
            size_t n = strlen(w->form);
            if (!w->lemma || !w->upos || upos == SIFT_UPOS_PROPN || n >= 120)
                continue;
            if (nobs == capobs)
                o = realloc(o, (capobs *= 2) * sizeof *o);
            if (!o)
                return 1;
            sift_lemma(lm, w->form, n, upos, w->xpos, buf, sizeof buf);
            char *lower = strdup(w->form);
            for (char *p = lower; *p; p++)
                if (*p >= 'A' && *p <= 'Z')
                    *p = (char)(*p + 32);
            o[nobs++] = (obs){lower, w->upos, w->lemma, strcmp(buf, w->lemma) == 0};
        }
    }
    qsort(o, nobs, sizeof *o, cmp_obs);
    /* Per form + UPOS: the most frequent gold lemma, kept when the rules
     * get fewer uses right than it would. */
    for (size_t i = 0; i < nobs;) {
        size_t j = i, ok = 0, best = 0, best_at = i;
        while (j < nobs && strcmp(o[j].form, o[i].form) == 0 && strcmp(o[j].upos, o[i].upos) == 0) {
            size_t k = j;
            while (k < nobs && strcmp(o[k].form, o[j].form) == 0 && strcmp(o[k].upos, o[j].upos) == 0 &&
                   strcmp(o[k].lemma, o[j].lemma) == 0)
                k++;
            if (k - j > best) {
                best = k - j;
                best_at = j;
            }
            for (size_t m = j; m < k; m++)
                ok += (size_t)o[m].rule_ok;
            j = k;
        }
        if (best > ok)
            add(o[i].form, o[i].upos, o[best_at].lemma);
        i = j;
    }
    write_table(argv[3]);
    for (size_t i = 0; i < nobs; i++)
        free(o[i].form);
    free(o);
    sift_corpus_free(c);
    sift_lemma_free(lm);
    for (size_t i = 0; i < nents; i++) {
        free(ents[i].form);
        free(ents[i].key);
        free(ents[i].lemma);
    }
    free(ents);
    return 0;
}
