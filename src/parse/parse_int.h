/*
 * parse_int.h — the parser's private structures: the arc-hybrid transition
 * system, its dynamic oracle, the feature templates and the weight tables.
 *
 * Transition system (arc-hybrid, Kuhlmann et al. 2011): words 1..n, the
 * artificial ROOT is word 0 and starts alone on the stack; the buffer holds
 * 1..n in order.
 *   SHIFT  push the buffer front b0.
 *   LEFT   b0 becomes the head of s0; pop s0.
 *   RIGHT  s1 becomes the head of s0; pop s0.
 * RIGHT onto ROOT is allowed only when the buffer is empty, so every parse
 * is one tree with exactly one word under ROOT. The parse ends when the
 * buffer is empty and only ROOT is left on the stack.
 *
 * Weights are addressed by row: a feature hash picks one row and the row
 * holds the weights of every class side by side, so scoring all classes
 * touches one cache line per feature instead of one per (feature, class).
 * The tables live in sift_ap objects (model/perceptron.h), whose storage,
 * lazy averaging and ticks are used as they are; only the addressing is
 * the parser's own (see score_rows/update_rows in train.c and parser.c).
 */
#ifndef SIFT_PARSE_INT_H
#define SIFT_PARSE_INT_H

#include <stddef.h>
#include <stdint.h>

#include "model/modelfile.h"
#include "parse/parser.h"

enum { P_SHIFT = 0, P_LEFT = 1, P_RIGHT = 2, P_NTRANS = 3 };
#define P_TSTRIDE 4          /* weights per transition row */
#define P_MAXLAB 64          /* label sets are 64-bit masks */
#define P_NOLAB P_MAXLAB     /* "no label" in features */
#define P_NTFEAT 112         /* upper bound on transition features */
#define P_NLFEAT 40          /* upper bound on label features */
#define P_KIND_VERSION 1

/* Per-word hashes, computed once per sentence: word (lowercased, digits
 * folded), fine tag (xpos, or upos when there is none), coarse tag, suffix. */
typedef struct sift_ptok {
    uint64_t w, p, u, sfx;
} sift_ptok;

/* A parser state over n words. All arrays have n + 2 entries; index 0 is ROOT.
 * Children: lc1/lc2 leftmost and second leftmost, rc1/rc2 rightmost and
 * second rightmost (0 = none, since ROOT is never a child). */
typedef struct sift_pstate {
    int n;
    int *stack, sp;          /* stack[0..sp), ROOT at the bottom */
    int b;                   /* buffer front; n + 1 when empty */
    int *head, *lab;         /* head -1 and lab P_NOLAB until attached */
    int *lc1, *lc2, *rc1, *rc2;
    int *nl, *nr;            /* left and right valency */
    uint64_t *ls, *rs;       /* sets of left and right child labels */
} sift_pstate;

/* The model: read-only once built. In training the rows are floats (tw, lw);
 * a loaded model keeps the file's int16 rows (tq, lq) and sums them as
 * integers, scaling once per decision: half the memory traffic. */
struct sift_parser {
    uint32_t tbits, lbits;   /* 1 << bits rows in each table */
    uint32_t nlab, lstride;  /* labels; weights per label row (nlab rounded up) */
    uint32_t root_lab;       /* the id of "root" */
    const float *tw, *lw;    /* float rows (P_TSTRIDE, lstride), or NULL */
    const int16_t *tq, *lq;  /* int16 rows when loaded */
    float tscale, lscale;    /* int16 * scale = weight */
    const char *labels[P_MAXLAB];
    int16_t *owned;          /* tq and lq when loaded from a file */
    sift_modelfile mf;       /* the file bytes (label strings point here) */
};

/* Bytes of scratch a state over n words needs. */
size_t sift_pstate_size(int n);
/* Lay a state over `mem` (sift_pstate_size(n) bytes, 8-aligned) and reset it. */
void sift_pstate_init(sift_pstate *st, int n, void *mem);
int sift_pstate_terminal(const sift_pstate *st);
/* Which transitions are legal now (ok[t] = 0/1). */
void sift_pstate_legal(const sift_pstate *st, uint8_t ok[P_NTRANS]);
/* Apply a legal transition; `lab` labels the arc LEFT/RIGHT make. */
void sift_pstate_apply(sift_pstate *st, int t, int lab);
/* The arc transition t would make: *h head, *d dependent (-1 for SHIFT). */
void sift_pstate_arc(const sift_pstate *st, int t, int *h, int *d);
/* Dynamic oracle: the number of gold arcs (gold[1..n], 0 = ROOT) that
 * become unreachable by taking t now. Exact for projective gold trees. */
int sift_pstate_cost(const sift_pstate *st, const int *gold, int t);

/* Per-word hashes of a sentence (tok[0] is ROOT): tok needs n + 1 entries. */
void sift_parse_hash_words(const sift_cword *w, size_t n, sift_ptok *tok);
/* Transition features of a state; returns how many (<= P_NTFEAT). */
size_t sift_parse_tfeats(const sift_pstate *st, const sift_ptok *tok, uint64_t *f);
/* Label features for the arc h -> d; returns how many (<= P_NLFEAT). */
size_t sift_parse_lfeats(const sift_pstate *st, const sift_ptok *tok, int h, int d, uint64_t *f);

/* Score the three transitions / every label from row tables. */
void sift_parse_tscores(const sift_parser *p, const uint64_t *f, size_t nf, float *sc);
void sift_parse_lscores(const sift_parser *p, const uint64_t *f, size_t nf, float *sc);
/* The best legal transition and the best label for head h. */
int sift_parse_best_trans(const float *sc, const uint8_t ok[P_NTRANS]);
int sift_parse_best_label(const sift_parser *p, const float *sc, int h);

/* Parse with a model whose tables are set (loaded or in training). */
int sift_parse_run(const sift_parser *p, sift_cword *w, size_t n, int *heads, int *labs);

/* Hint the kernel to back [p, p + n) with huge pages (fewer TLB misses). */
void sift_parse_huge_pages(void *p, size_t n);

/* Serialise the model (weights quantised to int16) into a model file. */
int sift_parse_write(const sift_parser *p, const char *path, sift_error *err);
/* Build a model from a verified payload; takes ownership of *mf. */
int sift_parse_from_file(sift_modelfile *mf, const char *name, sift_parser **out, sift_error *err);

#endif
