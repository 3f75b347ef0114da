/* ingest_int.h — helpers shared by the readers in src/ingest/. */
#ifndef SIFT_INGEST_INT_H
#define SIFT_INGEST_INT_H

#include <stddef.h>

#include <zlib.h>

#include "ingest.h"

/* ASCII white space (what the readers trim and collapse). */
static inline int sift_ingest_space(unsigned char c)
{
    return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v';
}

/* Fill err with a formatted message and offset; returns code. */
int sift_ingest_fail(sift_error *err, int code, size_t offset, const char *fmt, ...)
    __attribute__((format(printf, 4, 5)));

/* Send a warning about one skipped item to the sink (if it listens). */
void sift_ingest_warnf(const sift_ingest_sink *sink, size_t offset, const char *fmt, ...)
    __attribute__((format(printf, 3, 4)));

/* A growable malloc'd string; on allocation failure `failed` sticks. */
typedef struct sift_sbuf {
    char *s;
    size_t len, cap;
    int failed;
} sift_sbuf;
void sift_sbuf_put(sift_sbuf *b, const char *s, size_t n);
void sift_sbuf_putc(sift_sbuf *b, char c);
/* Append text with runs of white space collapsed to one space. */
void sift_sbuf_put_collapsed(sift_sbuf *b, const char *s, size_t n);
/* Drop trailing spaces. */
void sift_sbuf_rtrim(sift_sbuf *b);
/* A malloc'd copy of s[0..n) with surrounding white space trimmed and runs
 * of white space collapsed; NULL for NULL or an all-blank string. */
char *sift_ingest_clean(const char *s, size_t n);

/* Find "Name:" in a block of header lines h[0..n) (WARC or HTTP) and copy
 * its trimmed value to out; returns 1, or 0 if absent. */
int sift_ingest_header(const char *h, size_t n, const char *key, char *out, size_t cap);

/* The host of a URL without "www." as a malloc'd string, or NULL. */
char *sift_ingest_url_host(const char *url);

/* The readers behind sift_ingest_buffer and sift_ingest_file, by format
 * (each with the contract of those two). */
int sift_ingest_text(const char *name, const char *data, size_t len,
                     const sift_ingest_sink *sink, sift_error *err);
int sift_ingest_warc_buffer(const char *name, const char *data, size_t len,
                            const sift_ingest_limits *lim, const sift_ingest_sink *sink,
                            sift_error *err);
int sift_ingest_jsonl_stream(gzFile g, const char *name, const sift_ingest_limits *lim,
                             const sift_ingest_sink *sink, sift_error *err);
int sift_ingest_warc_stream(gzFile g, const char *name, const sift_ingest_limits *lim,
                            const sift_ingest_sink *sink, sift_error *err);

/* Read one line (any length up to max) from g into *buf (grown as needed).
 * Returns the length, or -1 at the end, -2 on a line over max (skipped),
 * -3 on a read error. */
long long sift_ingest_gz_line(gzFile g, char **buf, size_t *cap, size_t max);

#endif
