/*
 * parsetool.c — evaluate and time the dependency parser (train it with
 * `sift train parse`).
 *
 *   parsetool eval MODEL FILE.conllu...     UAS, LAS (full relations) and
 *                                           LAS on universal relations, gold tokens and tags
 *   parsetool bench MODEL FILE.conllu [REPS] tokens per second, one core
 *   parsetool oracle FILE.conllu            the oracle rebuilds every projective tree exactly
 *   parsetool conllu MODEL IN.conllu        parse IN (gold tags) and write CoNLL-U to stdout
 *   parsetool score GOLD.conllu PRED.conllu  UAS/LAS of a parsed file (e.g. `sift parse`
 *                                           output, predicted tags) against the gold one
 *   parsetool check MODEL                   load a model: "ok" or the loader's message
 *   parsetool seedmodel OUT                 a tiny valid model (16-row tables) for the fuzzer
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "conllu/conllu.h"
#include "parse/parse_int.h"
#include "parse/parser.h"

static sift_corpus *read_or_die(const char *path)
{
    sift_corpus *c = NULL;
    sift_error err = {0};
    if (sift_conllu_read(path, &c, &err) != SIFT_OK) {
        fprintf(stderr, "parsetool: %s\n", err.msg);
        exit(1);
    }
    return c;
}

static sift_parser *load_or_die(const char *path)
{
    sift_parser *p = NULL;
    sift_error err = {0};
    if (sift_parser_load(path, &p, &err) != SIFT_OK) {
        fprintf(stderr, "parsetool: %s\n", err.msg);
        exit(1);
    }
    return p;
}

static double now(void)
{
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return (double)ts.tv_sec + (double)ts.tv_nsec * 1e-9;
}

/* The universal part of a relation: "nmod:poss" -> length of "nmod". */
static size_t uni_len(const char *r)
{
    const char *c = strchr(r, ':');
    return c ? (size_t)(c - r) : strlen(r);
}

/* Heads and relations of parsed against gold, word by word: prints one
 * line for name. Both corpora must hold the same tokens. */
static int score(const sift_corpus *g, const sift_corpus *p, const char *name)
{
    size_t total = 0, uh = 0, lh = 0, luh = 0, tags = 0;
    if (g->n != p->n) {
        fprintf(stderr, "parsetool: %s: %zu sentences, the gold file %zu\n", name, p->n, g->n);
        return 1;
    }
    for (size_t i = 0; i < g->n; i++) {
        if (g->s[i].n != p->s[i].n) {
            fprintf(stderr, "parsetool: %s: sentence %zu has other tokens\n", name, i + 1);
            return 1;
        }
        for (size_t j = 0; j < g->s[i].n; j++) {
            const sift_cword *a = &g->s[i].w[j], *b = &p->s[i].w[j];
            const char *ra = a->deprel ? a->deprel : "_", *rb = b->deprel ? b->deprel : "_";
            total++;
            tags += a->upos && b->upos && strcmp(a->upos, b->upos) == 0;
            if (a->head != b->head)
                continue;
            uh++;
            lh += strcmp(ra, rb) == 0;
            luh += uni_len(ra) == uni_len(rb) && memcmp(ra, rb, uni_len(ra)) == 0;
        }
    }
    double n = total ? (double)total : 1;
    printf("%s: %zu words  UPOS %.2f  UAS %.2f  LAS %.2f  (universal relations: LAS %.2f)\n", name,
           total, 100.0 * (double)tags / n, 100.0 * (double)uh / n, 100.0 * (double)lh / n,
           100.0 * (double)luh / n);
    return 0;
}

/* Parse a copy of path (gold tokens and tags) and score it against path. */
static int eval(const char *model, const char *path)
{
    sift_parser *p = load_or_die(model);
    sift_corpus *gold = read_or_die(path), *c = read_or_die(path);
    for (size_t i = 0; i < c->n; i++) {
        if (sift_parser_parse(p, c->s[i].w, c->s[i].n) != 0) {
            fprintf(stderr, "parsetool: out of memory\n");
            return 1;
        }
    }
    int rc = score(gold, c, path);
    sift_corpus_free(c);
    sift_corpus_free(gold);
    sift_parser_free(p);
    return rc;
}

static int bench(const char *model, const char *path, int reps)
{
    sift_parser *p = load_or_die(model);
    sift_corpus *c = read_or_die(path);
    size_t words = 0;
    double t0 = now();
    for (int r = 0; r < reps; r++)
        for (size_t i = 0; i < c->n; i++) {
            if (sift_parser_parse(p, c->s[i].w, c->s[i].n) != 0)
                return 1;
            words += c->s[i].n;
        }
    double dt = now() - t0;
    printf("parse: %zu tokens in %.2f s: %.0f tokens/s\n", words, dt, (double)words / dt);
    sift_corpus_free(c);
    sift_parser_free(p);
    return 0;
}

/* Is the gold tree of s projective (no arc crosses another)? */
static int projective(const sift_csent *s)
{
    for (size_t i = 0; i < s->n; i++) {
        int a = (int)i + 1, b = s->w[i].head;
        int lo = a < b ? a : b, hi = a < b ? b : a;
        for (size_t j = 0; j < s->n; j++) {
            int c = (int)j + 1, d = s->w[j].head;
            int lo2 = c < d ? c : d, hi2 = c < d ? d : c;
            if ((lo < lo2 && lo2 < hi && hi < hi2) || (lo2 < lo && lo < hi2 && hi2 < hi))
                return 0;
        }
    }
    return 1;
}

/* Follow the least-cost transitions from the start; count sentences rebuilt exactly. */
static int oracle(const char *path)
{
    sift_corpus *c = read_or_die(path);
    size_t proj = 0, exact = 0, nonproj = 0, np_arcs = 0, np_total = 0;
    for (size_t i = 0; i < c->n; i++) {
        const sift_csent *s = &c->s[i];
        int n = (int)s->n;
        int *gold = malloc(((size_t)n + 2) * sizeof *gold);
        void *mem = malloc(sift_pstate_size(n));
        if (!gold || !mem)
            return 1;
        gold[0] = -1;
        for (int j = 0; j < n; j++)
            gold[j + 1] = s->w[j].head;
        sift_pstate st;
        sift_pstate_init(&st, n, mem);
        int zero_path = 1;
        while (!sift_pstate_terminal(&st)) {
            uint8_t ok[P_NTRANS];
            sift_pstate_legal(&st, ok);
            int best = -1, bc = 0;
            for (int t = 0; t < P_NTRANS; t++) {
                if (!ok[t])
                    continue;
                int cst = sift_pstate_cost(&st, gold, t);
                if (best < 0 || cst < bc) {
                    best = t;
                    bc = cst;
                }
            }
            zero_path &= bc == 0;
            sift_pstate_apply(&st, best, 0);
        }
        int right = 0;
        for (int j = 1; j <= n; j++)
            right += st.head[j] == gold[j];
        if (projective(s)) {
            proj++;
            if (right == n && zero_path)
                exact++;
            else
                printf("oracle misses %d of %d arcs in sentence %zu\n", n - right, n, i + 1);
        } else {
            nonproj++;
            np_arcs += (size_t)right;
            np_total += (size_t)n;
        }
        free(gold);
        free(mem);
    }
    printf("oracle: %zu/%zu projective sentences exact; %zu non-projective (%.1f%% of their arcs kept)\n",
           exact, proj, nonproj, np_total ? 100.0 * (double)np_arcs / (double)np_total : 100.0);
    sift_corpus_free(c);
    return exact == proj ? 0 : 1;
}

static int write_parsed(const char *model, const char *path)
{
    sift_parser *p = load_or_die(model);
    sift_corpus *c = read_or_die(path);
    for (size_t i = 0; i < c->n; i++) {
        if (sift_parser_parse(p, c->s[i].w, c->s[i].n) != 0)
            return 1;
        sift_conllu_write_sent(stdout, &c->s[i]);
    }
    sift_corpus_free(c);
    sift_parser_free(p);
    return 0;
}

/* Heads and relations of PRED against GOLD (e.g. `sift parse` output, predicted tags). */
static int score_files(const char *gold, const char *pred)
{
    sift_corpus *g = read_or_die(gold), *p = read_or_die(pred);
    int rc = score(g, p, pred);
    sift_corpus_free(g);
    sift_corpus_free(p);
    return rc;
}

/* A valid model with 16-row tables and arbitrary weights: a fuzzing seed. */
static int seed_model(const char *out)
{
    static float tw[16 * P_TSTRIDE], lw[16 * 8];
    for (int i = 0; i < 16 * P_TSTRIDE; i++)
        tw[i] = (float)((i * 7) % 5) - 2.0f;
    for (int i = 0; i < 16 * 8; i++)
        lw[i] = (float)((i * 3) % 7) - 3.0f;
    sift_parser m;
    memset(&m, 0, sizeof m);
    m.tbits = m.lbits = 4;
    m.nlab = 3;
    m.lstride = 8;
    m.labels[0] = "root";
    m.labels[1] = "nsubj";
    m.labels[2] = "punct";
    m.tw = tw;
    m.lw = lw;
    sift_error err = {0};
    if (sift_parse_write(&m, out, &err) != SIFT_OK) {
        fprintf(stderr, "parsetool: %s\n", err.msg);
        return 1;
    }
    return 0;
}

int main(int argc, char **argv)
{
    if (argc >= 4 && strcmp(argv[1], "eval") == 0) {
        for (int i = 3; i < argc; i++)
            if (eval(argv[2], argv[i]) != 0)
                return 1;
        return 0;
    }
    if (argc >= 4 && strcmp(argv[1], "bench") == 0)
        return bench(argv[2], argv[3], argc > 4 ? atoi(argv[4]) : 5);
    if (argc == 3 && strcmp(argv[1], "oracle") == 0)
        return oracle(argv[2]);
    if (argc == 3 && strcmp(argv[1], "check") == 0) {
        sift_parser *p = NULL;
        sift_error err = {0};
        if (sift_parser_load(argv[2], &p, &err) != SIFT_OK) {
            printf("%s\n", err.msg);
            return 1;
        }
        printf("ok\n");
        sift_parser_free(p);
        return 0;
    }
    if (argc == 4 && strcmp(argv[1], "score") == 0)
        return score_files(argv[2], argv[3]);
    if (argc == 3 && strcmp(argv[1], "seedmodel") == 0)
        return seed_model(argv[2]);
    if (argc == 4 && strcmp(argv[1], "conllu") == 0)
        return write_parsed(argv[2], argv[3]);
    fprintf(stderr, "usage: parsetool eval MODEL FILE...\n"
                    "       parsetool bench MODEL FILE [REPS]\n"
                    "       parsetool oracle FILE\n"
                    "       parsetool conllu MODEL FILE\n"
                    "       parsetool score GOLD PRED\n"
                    "       parsetool check MODEL\n"
                    "       parsetool seedmodel OUT\n");
    return 2;
}
