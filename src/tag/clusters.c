/*
 * clusters.c — the word clusters file (models/clusters.bin, see tagger.h):
 * a sift_tag_map of cluster codes in a model container of its own, so the
 * tagger, the entity recognizer and the parser share one copy.
 */
#include <stdio.h>
#include <stdlib.h>

#include "tag/tag_int.h"

#define CLUSTERS_VERSION 1

struct sift_clusters {
    sift_modelfile mf;  /* first (see sift_tag_open) */
    sift_tag_map map;
};

static int finish(sift_clusters *c, const char *name, sift_clusters **out, sift_error *err)
{
    sift_rd r = {c->mf.payload, c->mf.payload_len, 0, 0};
    const char *why = NULL;
    if (c->mf.kind_version != CLUSTERS_VERSION)
        why = "word clusters format version is not the one this sift reads";
    else if (sift_tag_map_read(&c->map, &r, TAG_CLUSTER_MAX) || !c->map.slots || r.pos != r.len)
        why = "malformed word clusters payload";
    if (why) {
        snprintf(err->msg, sizeof err->msg, "%.400s: %s", name, why);
        sift_clusters_free(c);
        return SIFT_ERR_FORMAT;
    }
    *out = c;
    return SIFT_OK;
}

static int open_clusters(const char *name, int from_mem, const unsigned char *data, size_t size,
                         sift_clusters **out, sift_error *err)
{
    int rc;
    sift_clusters *c =
        sift_tag_open(name, from_mem, data, size, SIFT_MODEL_CLUSTERS, sizeof *c, &rc, err);
    *out = NULL;
    return c ? finish(c, name, out, err) : rc;
}

int sift_clusters_load(const char *path, sift_clusters **out, sift_error *err)
{
    return open_clusters(path, 0, NULL, 0, out, err);
}

int sift_clusters_load_mem(const unsigned char *data, size_t size, const char *name,
                           sift_clusters **out, sift_error *err)
{
    return open_clusters(name, 1, data, size, out, err);
}

void sift_clusters_free(sift_clusters *c)
{
    if (!c)
        return;
    sift_modelfile_free(&c->mf);
    free(c);
}

uint64_t sift_clusters_id(const sift_clusters *c)
{
    return c ? c->mf.checksum : 0;
}

uint32_t sift_clusters_get(const sift_clusters *c, uint64_t lower)
{
    return c ? sift_tag_map_get(&c->map, lower) : 0;
}

int sift_clusters_write(const char *tsv, const char *out_path, sift_error *err)
{
    sift_wr w = {0};
    int rc = sift_tag_map_put(&w, tsv, TAG_CLUSTER_MAX, 0, err);
    if (rc == SIFT_OK && w.failed) {
        snprintf(err->msg, sizeof err->msg, "%.400s: out of memory", tsv);
        rc = SIFT_ERR_NOMEM;
    }
    if (rc == SIFT_OK &&
        sift_modelfile_write(out_path, SIFT_MODEL_CLUSTERS, CLUSTERS_VERSION, w.p, w.len, err) != 0)
        rc = SIFT_ERR_IO;
    sift_wr_free(&w);
    return rc;
}

int sift_clusters_bind(uint64_t id, const sift_clusters *given, const sift_clusters **use,
                       const char *name, sift_error *err)
{
    *use = NULL;
    if (id == 0)
        return SIFT_OK;
    if (!given || sift_clusters_id(given) != id) {
        snprintf(err->msg, sizeof err->msg, "%.300s: %s (it was trained with clusters %016llx)",
                 name, given ? "the word clusters (clusters.bin) are not the ones this model was trained with"
                             : "this model needs the word clusters (clusters.bin) it was trained with",
                 (unsigned long long)id);
        return SIFT_ERR_ARG;
    }
    *use = given;
    return SIFT_OK;
}
