/*
 * eval_models.c — score `sift parse` output against a gold corpus.
 *
 *   sift-eval-models GOLD PRED [LABEL]
 *
 * GOLD is CoNLL-U, or UNER IOB2 when it ends in .iob2; PRED is CoNLL-U with
 * the same sentences and words. Prints UPOS, XPOS and lemma accuracy and
 * UAS/LAS when GOLD has those columns, and exact-match entity precision,
 * recall and F1 (span and type, PER/ORG/LOC) when GOLD has entity labels.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "conllu/conllu.h"
#include "tag/ner.h"

static int same(const char *a, const char *b)
{
    return a && b && strcmp(a, b) == 0;
}

static sift_corpus *load(const char *path)
{
    sift_corpus *c = NULL;
    sift_error err;
    size_t n = strlen(path);
    int iob2 = n > 5 && strcmp(path + n - 5, ".iob2") == 0;
    if ((iob2 ? sift_iob2_read(path, &c, &err) : sift_conllu_read(path, &c, &err)) != SIFT_OK) {
        fprintf(stderr, "sift-eval-models: %s\n", err.msg);
        return NULL;
    }
    return c;
}

static void ner_line(const char *label, const char *what, const sift_ner_score *s)
{
    double p = s->pred ? 100.0 * (double)s->correct / (double)s->pred : 0;
    double r = s->gold ? 100.0 * (double)s->correct / (double)s->gold : 0;
    printf("%s%-8s P %6.2f  R %6.2f  F1 %6.2f  (gold %zu, predicted %zu, correct %zu)\n", label,
           what, p, r, p + r > 0 ? 2 * p * r / (p + r) : 0, s->gold, s->pred, s->correct);
}

int main(int argc, char **argv)
{
    if (argc < 3) {
        fprintf(stderr, "usage: sift-eval-models GOLD PRED [LABEL]\n");
        return 2;
    }
    const char *label = argc > 3 ? argv[3] : "";
    sift_corpus *g = load(argv[1]), *p = g ? load(argv[2]) : NULL;
    if (!g || !p) {
        sift_corpus_free(g);
        return 1;
    }
    if (g->n != p->n) {
        fprintf(stderr, "sift-eval-models: %zu gold sentences but %zu predicted\n", g->n, p->n);
        return 1;
    }
    size_t words = 0, upos = 0, xpos = 0, lemma = 0, uas = 0, las = 0;
    int has_pos = 0, has_head = 0, has_ner = 0;
    sift_ner_score all = {0}, per_type[4] = {{0}};
    uint8_t *gb = NULL, *pb = NULL;
    size_t cap = 0;
    for (size_t s = 0; s < g->n; s++) {
        const sift_csent *gs = &g->s[s], *ps = &p->s[s];
        if (gs->n != ps->n) {
            fprintf(stderr, "sift-eval-models: sentence %zu has %zu gold words but %zu predicted\n",
                    s + 1, gs->n, ps->n);
            return 1;
        }
        if (gs->n > cap) {
            cap = gs->n * 2;
            free(gb);
            free(pb);
            gb = malloc(cap);
            pb = malloc(cap);
            if (!gb || !pb)
                return 1;
        }
        for (size_t i = 0; i < gs->n; i++) {
            const sift_cword *a = &gs->w[i], *b = &ps->w[i];
            words++;
            has_pos |= a->upos != NULL;
            has_head |= a->head >= 0;
            has_ner |= a->ner != NULL;
            upos += same(a->upos, b->upos);
            xpos += same(a->xpos, b->xpos);
            lemma += same(a->lemma, b->lemma);
            if (a->head >= 0 && a->head == b->head) {
                uas++;
                las += same(a->deprel, b->deprel);
            }
            gb[i] = sift_ner_label_id(a->ner);
            pb[i] = sift_ner_label_id(b->ner);
        }
        sift_ner_count(gb, pb, gs->n, &all);
        for (int t = 1; t <= 3; t++) {
            for (size_t i = 0; i < gs->n; i++) {
                gb[i] = (uint8_t)(SIFT_NER_TYPE(sift_ner_label_id(gs->w[i].ner)) == t
                                      ? sift_ner_label_id(gs->w[i].ner) : 0);
                pb[i] = (uint8_t)(SIFT_NER_TYPE(sift_ner_label_id(ps->w[i].ner)) == t
                                      ? sift_ner_label_id(ps->w[i].ner) : 0);
            }
            sift_ner_count(gb, pb, gs->n, &per_type[t]);
        }
    }
    double n = words ? (double)words : 1;
    if (has_pos)
        printf("%sUPOS %.2f%%  XPOS %.2f%%  LEMMA %.2f%%  (%zu words)\n", label, 100.0 * (double)upos / n,
               100.0 * (double)xpos / n, 100.0 * (double)lemma / n, words);
    if (has_head)
        printf("%sUAS %.2f%%  LAS %.2f%%\n", label, 100.0 * (double)uas / n, 100.0 * (double)las / n);
    if (has_ner) {
        ner_line(label, "NER", &all);
        const char *names[4] = {"", "  PER", "  ORG", "  LOC"};
        for (int t = 1; t <= 3; t++)
            ner_line(label, names[t], &per_type[t]);
    }
    free(gb);
    free(pb);
    sift_corpus_free(g);
    sift_corpus_free(p);
    return 0;
}
