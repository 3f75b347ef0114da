/*
 * features.c — the parser's feature templates, after Zhang & Nivre (2011)
 * adapted to arc-hybrid: words and tags of s0 s1 s2 b0 b1 b2, their pairs
 * and triples, distances, valencies, the leftmost/rightmost children and
 * their labels, and the label sets of s0, s1 and b0.
 *
 * Every word's strings are hashed once per sentence (sift_parse_hash_words);
 * a template then only mixes those 64-bit values with its id, a few integer
 * multiply-xor steps, and never touches a string.
 */
#include "parse_int.h"

#include <string.h>

#include "model/perceptron.h"

#define NONE_H 0x6a09e667f3bcc908ULL /* a position or child that is not there */

static inline uint64_t mix(uint64_t h, uint64_t v)
{
    h ^= v + 0x9e3779b97f4a7c15ULL + (h << 6) + (h >> 2);
    h *= 0xff51afd7ed558ccdULL;
    return h ^ (h >> 31);
}

static inline uint64_t t1(unsigned t, uint64_t a)
{
    return mix((uint64_t)t * 0xc2b2ae3d27d4eb4fULL, a);
}

static inline uint64_t t2(unsigned t, uint64_t a, uint64_t b)
{
    return mix(t1(t, a), b);
}

static inline uint64_t t3(unsigned t, uint64_t a, uint64_t b, uint64_t c)
{
    return mix(mix(t1(t, a), b), c);
}

void sift_parse_hash_words(const sift_cword *w, size_t n, sift_ptok *tok)
{
    tok[0].w = sift_feat_str(1, "<root>", 6);
    tok[0].p = tok[0].u = sift_feat_str(2, "<root>", 6);
    tok[0].sfx = tok[0].w;
    for (size_t i = 0; i < n; i++) {
        const char *f = w[i].form ? w[i].form : "_";
        uint64_t h = 0xcbf29ce484222325ULL, sf = 0;
        size_t len = 0;
        for (const unsigned char *c = (const unsigned char *)f; *c; c++, len++) {
            unsigned ch = *c;
            if (ch >= 'A' && ch <= 'Z')
                ch += 32;
            else if (ch >= '0' && ch <= '9')
                ch = '0';
            h = (h ^ ch) * 0x100000001b3ULL;
            sf = (sf << 8 | ch) & 0xffffff; /* the last three bytes */
        }
        const char *u = w[i].upos ? w[i].upos : "_";
        const char *x = w[i].xpos ? w[i].xpos : u;
        tok[i + 1].w = sift_feat_u64(1, h);
        tok[i + 1].sfx = sift_feat_u64(4, sf | (uint64_t)(len < 3 ? len : 3) << 24);
        tok[i + 1].p = sift_feat_str(2, x, strlen(x));
        tok[i + 1].u = sift_feat_str(3, u, strlen(u));
    }
}

/* Distance buckets: 1 2 3 4 5-6 7-10 11+. */
static inline uint64_t dist(int a, int b)
{
    int d = a > b ? a - b : b - a;
    return d <= 4 ? (uint64_t)d : d <= 6 ? 5 : d <= 10 ? 6 : 7;
}

static inline uint64_t cap(int v)
{
    return (uint64_t)(v < 6 ? v : 6);
}

/* Accessors for a word index that may be -1 (not there); `st`, `tok` in scope. */
#define W(x) ((x) >= 0 ? tok[x].w : NONE_H)
#define P(x) ((x) >= 0 ? tok[x].p : NONE_H)
#define U(x) ((x) >= 0 ? tok[x].u : NONE_H)
#define CH(arr, x) ((x) >= 0 && st->arr[x] ? st->arr[x] : -1)
#define L(x) ((x) >= 0 ? (uint64_t)st->lab[x] : P_NOLAB + 1)

size_t sift_parse_tfeats(const sift_pstate *st, const sift_ptok *tok, uint64_t *f)
{
    int sp = st->sp, n = st->n;
    int s0 = sp >= 1 ? st->stack[sp - 1] : -1;
    int s1 = sp >= 2 ? st->stack[sp - 2] : -1;
    int s2 = sp >= 3 ? st->stack[sp - 3] : -1;
    int b0 = st->b <= n ? st->b : -1;
    int b1 = st->b + 1 <= n ? st->b + 1 : -1;
    int b2 = st->b + 2 <= n ? st->b + 2 : -1;
    uint64_t s0w = W(s0), s0p = P(s0), s1w = W(s1), s1p = P(s1), s2p = P(s2);
    uint64_t b0w = W(b0), b0p = P(b0), b1w = W(b1), b1p = P(b1), b2w = W(b2), b2p = P(b2);
    uint64_t s0wp = mix(s0w, s0p), s1wp = mix(s1w, s1p), b0wp = mix(b0w, b0p), b1wp = mix(b1w, b1p);
    int s0l = CH(lc1, s0), s0l2 = CH(lc2, s0), s0r = CH(rc1, s0), s0r2 = CH(rc2, s0);
    int s1l = CH(lc1, s1), s1r = CH(rc1, s1), s1r2 = CH(rc2, s1);
    int b0l = CH(lc1, b0), b0l2 = CH(lc2, b0);
    uint64_t d01 = s1 >= 0 ? dist(s0, s1) : 0, d0b = (s0 >= 0 && b0 >= 0) ? dist(s0, b0) : 0;
    uint64_t s0vl = s0 >= 0 ? cap(st->nl[s0]) : 7, s0vr = s0 >= 0 ? cap(st->nr[s0]) : 7;
    uint64_t s1vl = s1 >= 0 ? cap(st->nl[s1]) : 7, s1vr = s1 >= 0 ? cap(st->nr[s1]) : 7;
    uint64_t b0vl = b0 >= 0 ? cap(st->nl[b0]) : 7;
    uint64_t s0ls = s0 >= 0 ? st->ls[s0] : 1, s0rs = s0 >= 0 ? st->rs[s0] : 1;
    uint64_t s1ls = s1 >= 0 ? st->ls[s1] : 1, s1rs = s1 >= 0 ? st->rs[s1] : 1;
    uint64_t b0ls = b0 >= 0 ? st->ls[b0] : 1;
    size_t k = 0;
    unsigned t = 10;
    /* single positions */
    f[k++] = t1(t++, 0);
    f[k++] = t1(t++, s0w);
    f[k++] = t1(t++, s0p);
    f[k++] = t1(t++, s0wp);
    f[k++] = t1(t++, s1w);
    f[k++] = t1(t++, s1p);
    f[k++] = t1(t++, s1wp);
    f[k++] = t1(t++, s2p);
    f[k++] = t1(t++, W(s2));
    f[k++] = t1(t++, b0w);
    f[k++] = t1(t++, b0p);
    f[k++] = t1(t++, b0wp);
    f[k++] = t1(t++, b1w);
    f[k++] = t1(t++, b1p);
    f[k++] = t1(t++, b1wp);
    f[k++] = t1(t++, b2w);
    f[k++] = t1(t++, b2p);
    f[k++] = t1(t++, U(s0));
    f[k++] = t1(t++, U(s1));
    f[k++] = t1(t++, U(b0));
    f[k++] = t1(t++, s0 >= 0 ? tok[s0].sfx : NONE_H);
    f[k++] = t1(t++, b0 >= 0 ? tok[b0].sfx : NONE_H);
    /* s0 with b0 */
    f[k++] = t2(t++, s0wp, b0wp);
    f[k++] = t2(t++, s0wp, b0w);
    f[k++] = t2(t++, s0w, b0wp);
    f[k++] = t2(t++, s0wp, b0p);
    f[k++] = t2(t++, s0p, b0wp);
    f[k++] = t2(t++, s0w, b0w);
    f[k++] = t2(t++, s0p, b0p);
    /* s1 with s0 */
    f[k++] = t2(t++, s1wp, s0wp);
    f[k++] = t2(t++, s1wp, s0w);
    f[k++] = t2(t++, s1w, s0wp);
    f[k++] = t2(t++, s1wp, s0p);
    f[k++] = t2(t++, s1p, s0wp);
    f[k++] = t2(t++, s1w, s0w);
    f[k++] = t2(t++, s1p, s0p);
    /* others */
    f[k++] = t2(t++, b0p, b1p);
    f[k++] = t2(t++, b0w, b1w);
    f[k++] = t2(t++, s1p, b0p);
    f[k++] = t2(t++, s1w, b0w);
    f[k++] = t2(t++, s1wp, b0p);
    f[k++] = t2(t++, s1p, b0wp);
    f[k++] = t3(t++, U(s1), U(s0), U(b0));
    /* triples of tags */
    f[k++] = t3(t++, b0p, b1p, b2p);
    f[k++] = t3(t++, s0p, b0p, b1p);
    f[k++] = t3(t++, s1p, s0p, b0p);
    f[k++] = t3(t++, s2p, s1p, s0p);
    f[k++] = t3(t++, s1p, s0p, P(s0l));
    f[k++] = t3(t++, s1p, s0p, P(s0r));
    f[k++] = t3(t++, s1p, P(s1r), s0p);
    f[k++] = t3(t++, s1p, P(s1l), s0p);
    f[k++] = t3(t++, s0p, P(s0l), b0p);
    f[k++] = t3(t++, s0p, P(s0r), b0p);
    f[k++] = t3(t++, s0p, b0p, P(b0l));
    f[k++] = t3(t++, s1p, s0p, b1p);
    f[k++] = t3(t++, s0w, b0p, b1p);
    f[k++] = t3(t++, s0p, b0w, b1p);
    /* distances */
    f[k++] = t2(t++, s0w, d0b);
    f[k++] = t2(t++, s0p, d0b);
    f[k++] = t2(t++, b0w, d0b);
    f[k++] = t2(t++, b0p, d0b);
    f[k++] = t3(t++, s0w, b0w, d0b);
    f[k++] = t3(t++, s0p, b0p, d0b);
    f[k++] = t3(t++, s1w, s0w, d01);
    f[k++] = t3(t++, s1p, s0p, d01);
    f[k++] = t2(t++, s1p, d01);
    f[k++] = t2(t++, s0p, d01);
    /* valency */
    f[k++] = t2(t++, s0w, s0vl);
    f[k++] = t2(t++, s0p, s0vl);
    f[k++] = t2(t++, s0w, s0vr);
    f[k++] = t2(t++, s0p, s0vr);
    f[k++] = t2(t++, s1w, s1vr);
    f[k++] = t2(t++, s1p, s1vr);
    f[k++] = t2(t++, s1p, s1vl);
    f[k++] = t2(t++, b0w, b0vl);
    f[k++] = t2(t++, b0p, b0vl);
    /* children */
    f[k++] = t1(t++, W(s0l));
    f[k++] = t1(t++, P(s0l));
    f[k++] = t1(t++, L(s0l));
    f[k++] = t1(t++, W(s0r));
    f[k++] = t1(t++, P(s0r));
    f[k++] = t1(t++, L(s0r));
    f[k++] = t1(t++, W(s0l2));
    f[k++] = t1(t++, P(s0l2));
    f[k++] = t1(t++, L(s0l2));
    f[k++] = t1(t++, W(s0r2));
    f[k++] = t1(t++, P(s0r2));
    f[k++] = t1(t++, L(s0r2));
    f[k++] = t1(t++, W(s1r));
    f[k++] = t1(t++, P(s1r));
    f[k++] = t1(t++, L(s1r));
    f[k++] = t1(t++, L(s1l));
    f[k++] = t1(t++, W(b0l));
    f[k++] = t1(t++, P(b0l));
    f[k++] = t1(t++, L(b0l));
    f[k++] = t1(t++, P(b0l2));
    f[k++] = t1(t++, L(b0l2));
    f[k++] = t3(t++, s0p, P(s0l), P(s0l2));
    f[k++] = t3(t++, s0p, P(s0r), P(s0r2));
    f[k++] = t3(t++, s1p, P(s1r), P(s1r2));
    f[k++] = t3(t++, b0p, P(b0l), P(b0l2));
    f[k++] = t3(t++, s0p, L(s0l), L(s0r));
    /* label sets */
    f[k++] = t2(t++, s0w, s0ls);
    f[k++] = t2(t++, s0p, s0ls);
    f[k++] = t2(t++, s0w, s0rs);
    f[k++] = t2(t++, s0p, s0rs);
    f[k++] = t2(t++, s1w, s1rs);
    f[k++] = t2(t++, s1p, s1rs);
    f[k++] = t2(t++, s1p, s1ls);
    f[k++] = t2(t++, b0w, b0ls);
    f[k++] = t2(t++, b0p, b0ls);
    return k;
}

size_t sift_parse_lfeats(const sift_pstate *st, const sift_ptok *tok, int h, int d, uint64_t *f)
{
    int n = st->n;
    unsigned dir = h < d ? 1u : 0u;
    uint64_t dw = tok[d].w, dp = tok[d].p, hw = tok[h].w, hp = tok[h].p;
    int dl = st->lc1[d] ? st->lc1[d] : -1, dr = st->rc1[d] ? st->rc1[d] : -1;
    /* h's nearest child on d's side, and its label set on that side */
    int hc = dir ? (st->rc1[h] ? st->rc1[h] : -1) : (st->lc1[h] ? st->lc1[h] : -1);
    uint64_t hset = dir ? st->rs[h] : st->ls[h];
    uint64_t dd = dist(h, d);
    int dm1 = d - 1 >= 1 ? d - 1 : -1, dp1 = d + 1 <= n ? d + 1 : -1;
    int hm1 = h - 1 >= 1 ? h - 1 : -1, hp1 = h >= 1 && h + 1 <= n ? h + 1 : -1;
    size_t k = 0;
    unsigned t = 200 + dir * 100;
    f[k++] = t1(t++, 0);
    f[k++] = t1(t++, dw);
    f[k++] = t1(t++, dp);
    f[k++] = t1(t++, tok[d].u);
    f[k++] = t1(t++, mix(dw, dp));
    f[k++] = t1(t++, tok[d].sfx);
    f[k++] = t2(t++, tok[d].sfx, dp);
    f[k++] = t1(t++, hw);
    f[k++] = t1(t++, hp);
    f[k++] = t1(t++, tok[h].u);
    f[k++] = t1(t++, mix(hw, hp));
    f[k++] = t2(t++, dp, hp);
    f[k++] = t2(t++, dw, hp);
    f[k++] = t2(t++, dp, hw);
    f[k++] = t2(t++, dw, hw);
    f[k++] = t2(t++, tok[d].u, tok[h].u);
    f[k++] = t3(t++, dp, hp, dd);
    f[k++] = t2(t++, dp, L(dl));
    f[k++] = t2(t++, dp, L(dr));
    f[k++] = t2(t++, dp, st->ls[d]);
    f[k++] = t2(t++, dp, st->rs[d]);
    f[k++] = t3(t++, dp, P(dl), P(dr));
    f[k++] = t2(t++, dw, P(dl));
    f[k++] = t3(t++, hp, dp, hset);
    f[k++] = t3(t++, hp, dp, L(hc));
    f[k++] = t2(t++, hw, L(hc));
    f[k++] = t3(t++, dp, P(dm1), P(dp1));
    f[k++] = t3(t++, hp, P(hm1), P(hp1));
    f[k++] = t3(t++, dp, hp, P(dp1));
    f[k++] = t3(t++, dp, hp, P(dm1));
    f[k++] = t2(t++, dp, (uint64_t)(d == 1) | (uint64_t)(d == n) << 1);
    f[k++] = t3(t++, dp, hp, cap(dir ? st->nr[h] : st->nl[h]));
    f[k++] = t3(t++, dw, hp, dd);
    return k;
#undef W
#undef P
#undef U
#undef CH
#undef L
}
