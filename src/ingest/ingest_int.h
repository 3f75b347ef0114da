/* ingest_int.h — helpers shared by the readers in src/ingest/. */
#ifndef SIFT_INGEST_INT_H
#define SIFT_INGEST_INT_H

#include <stddef.h>

#include "ingest.h"

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

#endif
