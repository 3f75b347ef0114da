/*
 * modelfile.h — the container every trained model is stored in.
 *
 * Layout, little-endian:
 *   "SIFTMODL"  8 bytes magic
 *   u32         container version (1)
 *   u32         model kind (SIFT_MODEL_POS, _NER, _PARSE, _CLUSTERS)
 *   u32         kind-specific format version
 *   u32         reserved, 0
 *   u64         payload length in bytes
 *   u64         FNV-1a 64 of the payload
 *   payload
 * The loader refuses a wrong magic, an unknown version or kind, a length
 * that does not match the file (truncation or trailing bytes) and a bad
 * checksum, with a message naming the file. Payloads are read through
 * sift_rd, which fails on any overrun instead of reading past the end.
 */
#ifndef SIFT_MODELFILE_H
#define SIFT_MODELFILE_H

#include <stddef.h>
#include <stdint.h>

#include "sift.h"

enum { SIFT_MODEL_POS = 1, SIFT_MODEL_NER = 2, SIFT_MODEL_PARSE = 3, SIFT_MODEL_CLUSTERS = 4 };

/* A loaded payload: owns the file bytes. */
typedef struct sift_modelfile {
    unsigned char *data; /* the whole file */
    size_t size;
    const unsigned char *payload;
    size_t payload_len;
    uint32_t kind, kind_version;
    uint64_t checksum;   /* of the payload: names this exact model */
} sift_modelfile;

/* Read and verify `path`, expecting `kind`. On error fills err, returns a code. */
int sift_modelfile_load(const char *path, uint32_t kind, sift_modelfile *mf, sift_error *err);
/* Verify a file image already in memory (used by the loader and the fuzzer);
 * mf->data is not owned by the result. */
int sift_modelfile_parse(const unsigned char *data, size_t size, const char *name, uint32_t kind,
                         sift_modelfile *mf, sift_error *err);
void sift_modelfile_free(sift_modelfile *mf);
/* Make the length and checksum fields of a file image agree with its payload,
 * so that a fuzzer's mutations reach the payload readers. */
void sift_modelfile_seal(unsigned char *img, size_t size);

/* Write a model: header + payload, atomically (path.tmp then rename). 0 or -1. */
int sift_modelfile_write(const char *path, uint32_t kind, uint32_t kind_version,
                         const void *payload, size_t len, sift_error *err);

/* A bounds-checked reader over a payload. Once `failed` is set every read
 * returns zero and the caller reports one error at the end. */
typedef struct sift_rd {
    const unsigned char *p;
    size_t len, pos;
    int failed;
} sift_rd;

uint32_t sift_rd_u32(sift_rd *r);
float sift_rd_f32(sift_rd *r);
/* A pointer to n bytes inside the payload (aligned to 4 by the writer), or NULL. */
const void *sift_rd_bytes(sift_rd *r, size_t n);
/* A length-prefixed string (u32 length, bytes, NUL, padding to 4); NULL on overrun. */
const char *sift_rd_str(sift_rd *r, uint32_t *len);

/* A growable payload for writing, with matching writers. */
typedef struct sift_wr {
    unsigned char *p;
    size_t len, cap;
    int failed;
} sift_wr;

void sift_wr_u32(sift_wr *w, uint32_t v);
void sift_wr_f32(sift_wr *w, float v);
void sift_wr_bytes(sift_wr *w, const void *b, size_t n); /* pads to 4 */
void sift_wr_str(sift_wr *w, const char *s);
void sift_wr_free(sift_wr *w);

#endif
