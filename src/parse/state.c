/* state.c — the arc-hybrid transition system and its dynamic oracle (see parse_int.h). */
#include "parse_int.h"

#include <string.h>

size_t sift_pstate_size(int n)
{
    size_t m = (size_t)n + 2;
    return m * (9 * sizeof(int)) + m * (2 * sizeof(uint64_t)) + 16;
}

void sift_pstate_init(sift_pstate *st, int n, void *mem)
{
    size_t m = (size_t)n + 2;
    uint64_t *q = mem;
    st->ls = q;
    st->rs = q + m;
    int *p = (int *)(q + 2 * m);
    st->stack = p;
    st->head = p + m;
    st->lab = p + 2 * m;
    st->lc1 = p + 3 * m;
    st->lc2 = p + 4 * m;
    st->rc1 = p + 5 * m;
    st->rc2 = p + 6 * m;
    st->nl = p + 7 * m;
    st->nr = p + 8 * m;
    memset(q, 0, 2 * m * sizeof *q);
    memset(st->lc1, 0, 6 * m * sizeof(int));
    for (size_t i = 0; i < m; i++) {
        st->head[i] = -1;
        st->lab[i] = P_NOLAB;
    }
    st->n = n;
    st->stack[0] = 0;
    st->sp = 1;
    st->b = 1;
}

int sift_pstate_terminal(const sift_pstate *st)
{
    return st->b > st->n && st->sp == 1;
}

void sift_pstate_legal(const sift_pstate *st, uint8_t ok[P_NTRANS])
{
    int buf = st->b <= st->n;
    ok[P_SHIFT] = (uint8_t)buf;
    ok[P_LEFT] = (uint8_t)(buf && st->sp >= 2);
    /* RIGHT onto ROOT only at the very end: one word under ROOT. */
    ok[P_RIGHT] = (uint8_t)(st->sp >= 3 || (st->sp == 2 && !buf));
}

void sift_pstate_arc(const sift_pstate *st, int t, int *h, int *d)
{
    *h = *d = -1;
    if (t == P_SHIFT || st->sp < 2)
        return;
    *d = st->stack[st->sp - 1];
    *h = t == P_LEFT ? st->b : st->stack[st->sp - 2];
}

/* Record the arc h -> d with label lab in the child summaries of h. */
static void attach(sift_pstate *st, int h, int d, int lab)
{
    st->head[d] = h;
    st->lab[d] = lab;
    uint64_t bit = lab < P_MAXLAB ? (uint64_t)1 << lab : 0;
    if (d < h) {
        st->nl[h]++;
        st->ls[h] |= bit;
        if (!st->lc1[h] || d < st->lc1[h]) {
            st->lc2[h] = st->lc1[h];
            st->lc1[h] = d;
        } else if (!st->lc2[h] || d < st->lc2[h]) {
            st->lc2[h] = d;
        }
    } else {
        st->nr[h]++;
        st->rs[h] |= bit;
        if (!st->rc1[h] || d > st->rc1[h]) {
            st->rc2[h] = st->rc1[h];
            st->rc1[h] = d;
        } else if (!st->rc2[h] || d > st->rc2[h]) {
            st->rc2[h] = d;
        }
    }
}

void sift_pstate_apply(sift_pstate *st, int t, int lab)
{
    if (t == P_SHIFT) {
        st->stack[st->sp++] = st->b++;
        return;
    }
    int h, d;
    sift_pstate_arc(st, t, &h, &d);
    attach(st, h, d, lab);
    st->sp--;
}

/*
 * Costs (Goldberg & Nivre 2013, arc-hybrid). With s0, s1 the stack top and
 * the one below, b0 the buffer front and B the buffer:
 *   SHIFT  loses s -> b0 and b0 -> s for stack words s, except s0 -> b0;
 *   LEFT   loses s0's gold children in B, and its gold head if that is
 *          s1 or a buffer word other than b0;
 *   RIGHT  loses s0's gold children in B, and its gold head if in B.
 * Gold heads deeper in the stack were lost before and cost nothing now.
 */
int sift_pstate_cost(const sift_pstate *st, const int *gold, int t)
{
    int n = st->n, cost = 0;
    if (t == P_SHIFT) {
        int b0 = st->b;
        for (int i = 0; i < st->sp; i++) {
            int s = st->stack[i];
            if (s > 0 && gold[s] == b0)
                cost++;
            if (gold[b0] == s && i != st->sp - 1)
                cost++;
        }
        return cost;
    }
    int s0 = st->stack[st->sp - 1];
    for (int k = st->b; k <= n; k++)
        if (gold[k] == s0)
            cost++;
    int g = gold[s0];
    if (t == P_LEFT) {
        if (st->sp >= 2 && g == st->stack[st->sp - 2])
            cost++;
        else if (g > st->b)
            cost++;
    } else if (g >= st->b) {
        cost++;
    }
    return cost;
}
