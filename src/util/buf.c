/* buf.c — arena-backed output buffer (see buf.h). */
#include "buf.h"

#include <stdarg.h>
#include <stdio.h>
#include <string.h>

#include "../text/utf8.h"

void sift_buf_init(sift_buf *b, sift_arena *a)
{
    memset(b, 0, sizeof *b);
    b->arena = a;
}

static int reserve(sift_buf *b, size_t extra)
{
    if (b->failed)
        return -1;
    if (b->len + extra + 1 <= b->cap)
        return 0;
    size_t ncap = b->cap ? b->cap * 2 : 1024;
    while (ncap < b->len + extra + 1)
        ncap *= 2;
    char *nd = sift_arena_alloc(b->arena, ncap);
    if (!nd) {
        b->failed = 1;
        return -1;
    }
    if (b->len)
        memcpy(nd, b->data, b->len);
    b->data = nd;
    b->cap = ncap;
    return 0;
}

void sift_buf_put(sift_buf *b, const char *s, size_t n)
{
    if (reserve(b, n) == 0) {
        memcpy(b->data + b->len, s, n);
        b->len += n;
    }
}

void sift_buf_puts(sift_buf *b, const char *s)
{
    sift_buf_put(b, s, strlen(s));
}

void sift_buf_putc(sift_buf *b, char c)
{
    if (reserve(b, 1) == 0)
        b->data[b->len++] = c;
}

void sift_buf_printf(sift_buf *b, const char *fmt, ...)
{
    char tmp[256];
    va_list ap;
    va_start(ap, fmt);
    int n = vsnprintf(tmp, sizeof tmp, fmt, ap);
    va_end(ap);
    if (n < 0)
        return;
    if ((size_t)n < sizeof tmp) {
        sift_buf_put(b, tmp, (size_t)n);
        return;
    }
    if (reserve(b, (size_t)n) == 0) {
        va_start(ap, fmt);
        vsnprintf(b->data + b->len, (size_t)n + 1, fmt, ap);
        va_end(ap);
        b->len += (size_t)n;
    }
}

void sift_buf_json_str(sift_buf *b, const char *s, size_t n)
{
    sift_buf_putc(b, '"');
    size_t i = 0;
    while (i < n) {
        unsigned char c = (unsigned char)s[i];
        if (c >= 0x80) {
            int32_t cp;
            size_t k = sift_utf8_decode(s + i, n - i, &cp);
            if (cp < 0) {
                sift_buf_puts(b, "\\ufffd");
                i += 1;
            } else {
                sift_buf_put(b, s + i, k);
                i += k;
            }
            continue;
        }
        switch (c) {
        case '"': sift_buf_puts(b, "\\\""); break;
        case '\\': sift_buf_puts(b, "\\\\"); break;
        case '\n': sift_buf_puts(b, "\\n"); break;
        case '\r': sift_buf_puts(b, "\\r"); break;
        case '\t': sift_buf_puts(b, "\\t"); break;
        default:
            if (c < 0x20)
                sift_buf_printf(b, "\\u%04x", c);
            else
                sift_buf_putc(b, (char)c);
        }
        i++;
    }
    sift_buf_putc(b, '"');
}

const char *sift_buf_finish(sift_buf *b)
{
    if (reserve(b, 0) != 0)
        return NULL;
    b->data[b->len] = '\0';
    return b->data;
}
