/*
 * train.c — training the parser: averaged perceptron, dynamic oracle with
 * exploration (Goldberg & Nivre 2012, 2013).
 *
 * Every state asks the oracle for the cost of each legal transition; the
 * best-scoring one of least cost is the truth, and the model is updated when
 * its own choice costs more. After the first pass the parser follows its own
 * choice with probability EXPLORE (errors included), so it learns to act
 * well in the states its mistakes lead to. Non-projective gold trees are
 * kept: their non-projective arcs cannot be built, and the oracle simply
 * takes the least-cost transitions, which still recover every other arc it
 * can. Labels are a second classifier, trained on every arc the parser
 * builds whose head is right.
 *
 * Determinism: the only randomness is a splitmix64 stream seeded from
 * opts->seed (sentence order, exploration), and the arithmetic is
 * sequential, so the same data and seed give the same model bytes.
 */
#include "parse_int.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "model/perceptron.h"

#ifndef TBITS
#define TBITS 20        /* transition rows: 1M x 3 int16 = 6 MB */
#endif
#ifndef LBITS
#define LBITS 16        /* label rows: 64K x nlab int16 */
#endif
#define EXPLORE 0.9
#define DEFAULT_EPOCHS 15

static uint64_t rng_next(uint64_t *s)
{
    uint64_t z = (*s += 0x9e3779b97f4a7c15ULL);
    z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9ULL;
    z = (z ^ (z >> 27)) * 0x94d049bb133111ebULL;
    return z ^ (z >> 31);
}

static double rng_unit(uint64_t *s)
{
    return (double)(rng_next(s) >> 11) * (1.0 / 9007199254740992.0);
}

/* The perceptron update in row addressing: truth +1, guess -1 on every feature's row. */
static void update_rows(sift_ap *ap, uint32_t stride, uint64_t mask, const uint64_t *f, size_t nf,
                        uint32_t truth, uint32_t guess)
{
    if (truth == guess)
        return;
    float c = (float)ap->c;
    for (size_t i = 0; i < nf; i++) {
        size_t row = (size_t)(f[i] & mask) * stride;
        ap->w[row + truth] += 1.0f;
        ap->u[row + truth] += c;
        ap->w[row + guess] -= 1.0f;
        ap->u[row + guess] -= c;
    }
}

/* A training sentence: gold heads/labels (1-based, [0] unused) and word hashes. */
typedef struct tsent {
    int n;
    int *gold, *glab;
    sift_ptok *tok;
} tsent;

typedef struct trainer {
    sift_parser m;          /* tables point into ap_t / ap_l (or averaged copies) */
    sift_ap ap_t, ap_l;
    char *labels[P_MAXLAB];
    tsent *s;
    size_t ns;
    void *mem;              /* state scratch for the longest sentence */
} trainer;

static int fail(sift_error *err, int code, const char *what)
{
    if (err) {
        snprintf(err->msg, sizeof err->msg, "parser training: %.400s", what);
        err->offset = SIZE_MAX;
    }
    return code;
}

static int label_id(trainer *tr, const char *rel)
{
    if (!rel)
        rel = "dep";
    for (uint32_t k = 0; k < tr->m.nlab; k++)
        if (strcmp(tr->labels[k], rel) == 0)
            return (int)k;
    if (tr->m.nlab >= P_MAXLAB)
        return -1;
    tr->labels[tr->m.nlab] = strdup(rel);
    if (!tr->labels[tr->m.nlab])
        return -2;
    tr->m.labels[tr->m.nlab] = tr->labels[tr->m.nlab];
    return (int)tr->m.nlab++;
}

/* A sentence is usable when every head is in 0..n and exactly one word has head 0. */
static int usable(const sift_csent *cs)
{
    int roots = 0;
    for (size_t i = 0; i < cs->n; i++) {
        if (cs->w[i].head < 0 || (size_t)cs->w[i].head > cs->n || (size_t)cs->w[i].head == i + 1)
            return 0;
        roots += cs->w[i].head == 0;
    }
    return cs->n > 0 && roots == 1;
}

static int load_corpus(trainer *tr, const sift_corpus *c, sift_error *err)
{
    tr->s = calloc(c->n ? c->n : 1, sizeof *tr->s);
    if (!tr->s)
        return fail(err, SIFT_ERR_NOMEM, "out of memory");
    int maxn = 0;
    for (size_t i = 0; i < c->n; i++) {
        const sift_csent *cs = &c->s[i];
        if (!usable(cs))
            continue;
        tsent *t = &tr->s[tr->ns];
        int n = (int)cs->n;
        t->n = n;
        t->gold = malloc(2 * ((size_t)n + 1) * sizeof(int));
        t->tok = malloc(((size_t)n + 1) * sizeof(sift_ptok));
        if (!t->gold || !t->tok) {
            free(t->gold);
            free(t->tok);
            return fail(err, SIFT_ERR_NOMEM, "out of memory");
        }
        tr->ns++;
        t->glab = t->gold + n + 1;
        t->gold[0] = t->glab[0] = -1;
        for (int j = 0; j < n; j++) {
            t->gold[j + 1] = cs->w[j].head;
            int id = label_id(tr, cs->w[j].deprel);
            if (id == -2)
                return fail(err, SIFT_ERR_NOMEM, "out of memory");
            if (id < 0)
                return fail(err, SIFT_ERR_INPUT, "more than 64 distinct dependency relations");
            t->glab[j + 1] = id;
        }
        sift_parse_hash_words(cs->w, cs->n, t->tok);
        if (n > maxn)
            maxn = n;
    }
    if (tr->ns == 0)
        return fail(err, SIFT_ERR_INPUT, "no usable sentence in the training corpus");
    tr->mem = malloc(sift_pstate_size(maxn));
    if (!tr->mem)
        return fail(err, SIFT_ERR_NOMEM, "out of memory");
    return SIFT_OK;
}

/*
 * One pass over one sentence. Returns the number of transitions whose
 * choice was wrong (cost above the least); *steps counts the transitions.
 */
static size_t train_sentence(trainer *tr, const tsent *s, int explore, uint64_t *rng, size_t *steps)
{
    sift_pstate st;
    sift_pstate_init(&st, s->n, tr->mem);
    uint64_t f[P_NTFEAT > P_NLFEAT ? P_NTFEAT : P_NLFEAT];
    float sc[P_MAXLAB + 4];
    uint8_t ok[P_NTRANS];
    uint64_t tmask = ((uint64_t)1 << tr->m.tbits) - 1, lmask = ((uint64_t)1 << tr->m.lbits) - 1;
    size_t wrong = 0;
    while (!sift_pstate_terminal(&st)) {
        size_t nf = sift_parse_tfeats(&st, s->tok, f);
        sift_parse_tscores(&tr->m, f, nf, sc);
        sift_pstate_legal(&st, ok);
        int cost[P_NTRANS], least = 1 << 30;
        for (int t = 0; t < P_NTRANS; t++) {
            cost[t] = ok[t] ? sift_pstate_cost(&st, s->gold, t) : 1 << 30;
            if (cost[t] < least)
                least = cost[t];
        }
        int guess = sift_parse_best_trans(sc, ok);
        int truth = -1;
        for (int t = 0; t < P_NTRANS; t++)
            if (cost[t] == least && (truth < 0 || sc[t] > sc[truth]))
                truth = t;
        if (cost[guess] > least) {
            update_rows(&tr->ap_t, P_TSTRIDE, tmask, f, nf, (uint32_t)truth, (uint32_t)guess);
            wrong++;
        }
        sift_ap_tick(&tr->ap_t);
        (*steps)++;
        int follow = truth;
        if (explore && guess != truth && rng_unit(rng) < EXPLORE)
            follow = guess;
        int lab = P_NOLAB;
        if (follow != P_SHIFT) {
            int h, d;
            sift_pstate_arc(&st, follow, &h, &d);
            nf = sift_parse_lfeats(&st, s->tok, h, d, f);
            if (h == 0) {
                lab = (int)tr->m.root_lab;
            } else {
                sift_parse_lscores(&tr->m, f, nf, sc);
                lab = sift_parse_best_label(&tr->m, sc, h);
                if (s->gold[d] == h) {
                    update_rows(&tr->ap_l, tr->m.lstride, lmask, f, nf, (uint32_t)s->glab[d],
                                (uint32_t)lab);
                    sift_ap_tick(&tr->ap_l);
                    lab = s->glab[d];
                }
            }
        }
        sift_pstate_apply(&st, follow, lab);
    }
    return wrong;
}

/* An averaged copy of a training table (the shared perceptron's averaging). */
static float *averaged(const sift_ap *ap)
{
    size_t n = (size_t)1 << ap->bits;
    sift_ap tmp = *ap;
    tmp.w = malloc(n * sizeof(float));
    tmp.u = malloc(n * sizeof(float));
    if (!tmp.w || !tmp.u) {
        free(tmp.w);
        free(tmp.u);
        return NULL;
    }
    memcpy(tmp.w, ap->w, n * sizeof(float));
    memcpy(tmp.u, ap->u, n * sizeof(float));
    sift_ap_average(&tmp); /* frees tmp.u */
    return tmp.w;
}

/* UAS and LAS (in %) of model m on corpus c, gold tokens and tags. */
static int score(const sift_parser *m, const sift_corpus *c, double *uas, double *las)
{
    size_t total = 0, uh = 0, lh = 0;
    int *buf = NULL;
    size_t cap = 0;
    for (size_t i = 0; i < c->n; i++) {
        const sift_csent *cs = &c->s[i];
        if (cs->n > cap) {
            free(buf);
            cap = cs->n * 2;
            buf = malloc(2 * cap * sizeof *buf);
            if (!buf)
                return -1;
        }
        if (sift_parse_run(m, cs->w, cs->n, buf, buf + cap) != 0) {
            free(buf);
            return -1;
        }
        for (size_t j = 0; j < cs->n; j++) {
            total++;
            if (buf[j] == cs->w[j].head) {
                uh++;
                const char *rel = cs->w[j].deprel ? cs->w[j].deprel : "dep";
                lh += (uint32_t)buf[cap + j] < m->nlab && strcmp(m->labels[buf[cap + j]], rel) == 0;
            }
        }
    }
    free(buf);
    *uas = total ? 100.0 * (double)uh / (double)total : 0;
    *las = total ? 100.0 * (double)lh / (double)total : 0;
    return 0;
}

static void free_trainer(trainer *tr)
{
    for (size_t i = 0; i < tr->ns; i++) {
        free(tr->s[i].gold);
        free(tr->s[i].tok);
    }
    free(tr->s);
    free(tr->mem);
    sift_ap_free(&tr->ap_t);
    sift_ap_free(&tr->ap_l);
    for (int k = 0; k < P_MAXLAB; k++)
        free(tr->labels[k]);
}

int sift_parser_train(const sift_corpus *train, const sift_corpus *dev,
                      const sift_parse_train_opts *opts, const char *out_path, sift_error *err)
{
    if (!train || !out_path)
        return fail(err, SIFT_ERR_ARG, "no training corpus or output path");
    sift_parse_train_opts o = {0};
    if (opts)
        o = *opts;
    int epochs = o.epochs > 0 ? o.epochs : DEFAULT_EPOCHS;
    trainer tr;
    memset(&tr, 0, sizeof tr);
    float *best_t = NULL, *best_l = NULL;
    size_t *order = NULL;
    int rc = label_id(&tr, "root") == 0 ? SIFT_OK : fail(err, SIFT_ERR_NOMEM, "out of memory");
    if (rc == SIFT_OK)
        rc = load_corpus(&tr, train, err);
    if (rc != SIFT_OK)
        goto done;
    tr.m.root_lab = 0;
    tr.m.tbits = TBITS;
    tr.m.lbits = LBITS;
    tr.m.lstride = (tr.m.nlab + 7) & ~7u;
    /* Row tables in the shared perceptron's storage: rows x stride floats. */
    uint32_t lsbits = 0;
    while ((1u << lsbits) < tr.m.lstride)
        lsbits++;
    if (sift_ap_init(&tr.ap_t, P_NTRANS, TBITS + 2) != 0 ||
        sift_ap_init(&tr.ap_l, tr.m.nlab, LBITS + lsbits) != 0) {
        rc = fail(err, SIFT_ERR_NOMEM, "out of memory for the weight tables");
        goto done;
    }
    tr.m.lstride = 1u << lsbits;
    sift_parse_huge_pages(tr.ap_t.w, ((size_t)1 << tr.ap_t.bits) * sizeof(float));
    sift_parse_huge_pages(tr.ap_t.u, ((size_t)1 << tr.ap_t.bits) * sizeof(float));
    sift_parse_huge_pages(tr.ap_l.w, ((size_t)1 << tr.ap_l.bits) * sizeof(float));
    sift_parse_huge_pages(tr.ap_l.u, ((size_t)1 << tr.ap_l.bits) * sizeof(float));
    tr.m.tw = tr.ap_t.w;
    tr.m.lw = tr.ap_l.w;
    order = malloc(tr.ns * sizeof *order);
    if (!order) {
        rc = fail(err, SIFT_ERR_NOMEM, "out of memory");
        goto done;
    }
    for (size_t i = 0; i < tr.ns; i++)
        order[i] = i;
    uint64_t rng = 0x5eed0000ULL ^ (uint64_t)o.seed;
    double best_las = -1;
    int best_epoch = 0;
    for (int ep = 1; ep <= epochs; ep++) {
        for (size_t i = tr.ns; i > 1; i--) {
            size_t j = (size_t)(rng_next(&rng) % i);
            size_t t = order[i - 1];
            order[i - 1] = order[j];
            order[j] = t;
        }
        size_t wrong = 0, steps = 0;
        tr.m.tw = tr.ap_t.w;
        tr.m.lw = tr.ap_l.w;
        for (size_t i = 0; i < tr.ns; i++) {
            wrong += train_sentence(&tr, &tr.s[order[i]], ep > 1, &rng, &steps);
            if (o.progress && (i % 500 == 0 || i + 1 == tr.ns))
                fprintf(stderr, "\rparser: pass %d/%d, sentence %zu/%zu", ep, epochs, i + 1, tr.ns);
        }
        float *at = averaged(&tr.ap_t), *al = averaged(&tr.ap_l);
        if (!at || !al) {
            free(at);
            free(al);
            rc = fail(err, SIFT_ERR_NOMEM, "out of memory averaging");
            goto done;
        }
        tr.m.tw = at;
        tr.m.lw = al;
        double uas = 0, las = 0;
        int have_dev = dev && dev->n > 0;
        if (have_dev && score(&tr.m, dev, &uas, &las) != 0) {
            free(at);
            free(al);
            rc = fail(err, SIFT_ERR_NOMEM, "out of memory scoring dev");
            goto done;
        }
        if (o.progress)
            fprintf(stderr, "\r\033[K");
        if (o.log) {
            char line[200];
            if (have_dev)
                snprintf(line, sizeof line, "pass %d: train transitions wrong %.2f%%, dev UAS %.2f LAS %.2f",
                         ep, steps ? 100.0 * (double)wrong / (double)steps : 0.0, uas, las);
            else
                snprintf(line, sizeof line, "pass %d: train transitions wrong %.2f%%", ep,
                         steps ? 100.0 * (double)wrong / (double)steps : 0.0);
            o.log(o.log_ctx, line);
        }
        /* Keep the averaged weights of the best pass on dev (the last without dev). */
        if (!have_dev || las > best_las) {
            free(best_t);
            free(best_l);
            best_t = at;
            best_l = al;
            best_las = las;
            best_epoch = ep;
        } else {
            free(at);
            free(al);
        }
    }
    tr.m.tw = best_t;
    tr.m.lw = best_l;
    if (o.log) {
        char line[120];
        snprintf(line, sizeof line, "keeping pass %d", best_epoch);
        o.log(o.log_ctx, line);
    }
    rc = sift_parse_write(&tr.m, out_path, err);
done:
    free(order);
    free(best_t);
    free(best_l);
    free_trainer(&tr);
    return rc;
}
