/* perceptron.c — averaged perceptron over hashed features (see perceptron.h). */
#include "perceptron.h"

#include <stdlib.h>
#include <string.h>

#include "lex/lexicon.h"

uint64_t sift_feat_str(uint32_t tmpl, const char *s, size_t n)
{
    return sift_mix64(sift_fnv1a64(s, n, SIFT_FNV_OFFSET ^ ((uint64_t)tmpl << 32)) ^ tmpl);
}

int sift_ap_init(sift_ap *ap, uint32_t n_classes, uint32_t bits)
{
    memset(ap, 0, sizeof *ap);
    ap->n_classes = n_classes;
    ap->bits = bits;
    ap->mask = ((uint64_t)1 << bits) - 1;
    ap->w = calloc((size_t)1 << bits, sizeof *ap->w);
    ap->u = calloc((size_t)1 << bits, sizeof *ap->u);
    ap->c = 1;
    if (!ap->w || !ap->u) {
        sift_ap_free(ap);
        return -1;
    }
    return 0;
}

void sift_ap_free(sift_ap *ap)
{
    if (!ap)
        return;
    free(ap->w);
    free(ap->u);
    memset(ap, 0, sizeof *ap);
}

void sift_ap_tick(sift_ap *ap)
{
    ap->c++;
}

void sift_ap_average(sift_ap *ap)
{
    if (!ap->u)
        return;
    double c = (double)ap->c;
    size_t n = (size_t)1 << ap->bits;
    for (size_t i = 0; i < n; i++)
        ap->w[i] = (float)((double)ap->w[i] - (double)ap->u[i] / c);
    free(ap->u);
    ap->u = NULL;
}
