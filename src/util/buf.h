/*
 * buf.h — an append-only byte buffer in an arena, for building output.
 * Errors are sticky: after an allocation fails, appends do nothing and
 * `failed` stays set, so callers check once at the end.
 */
#ifndef SIFT_BUF_H
#define SIFT_BUF_H

#include <stddef.h>

#include "arena.h"

typedef struct sift_buf {
    sift_arena *arena;
    char *data;
    size_t len, cap;
    int failed;
} sift_buf;

void sift_buf_init(sift_buf *b, sift_arena *a);
void sift_buf_put(sift_buf *b, const char *s, size_t n);
void sift_buf_puts(sift_buf *b, const char *s);
void sift_buf_putc(sift_buf *b, char c);
void sift_buf_printf(sift_buf *b, const char *fmt, ...) __attribute__((format(printf, 2, 3)));
/* Append s[0..n) as a JSON string literal (quotes included). Invalid UTF-8
 * bytes are written as \ufffd so the output is always valid JSON. */
void sift_buf_json_str(sift_buf *b, const char *s, size_t n);
/* NUL-terminate and return the contents (NULL if an append failed). */
const char *sift_buf_finish(sift_buf *b);

#endif
