/*
 * helpers.c — what every reader uses: error and warning messages, a growable
 * string, white-space cleaning, URL hosts and the UTF-8 check.
 */
#include <stdarg.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <ctype.h>

#include "ingest_int.h"
#include "text/utf8.h"

int sift_ingest_fail(sift_error *err, int code, size_t offset, const char *fmt, ...)
{
    if (err) {
        va_list ap;
        va_start(ap, fmt);
        vsnprintf(err->msg, sizeof err->msg, fmt, ap);
        va_end(ap);
        err->offset = offset;
    }
    return code;
}

void sift_ingest_warnf(const sift_ingest_sink *sink, size_t offset, const char *fmt, ...)
{
    if (!sink || !sink->warn)
        return;
    sift_error e;
    va_list ap;
    va_start(ap, fmt);
    vsnprintf(e.msg, sizeof e.msg, fmt, ap);
    va_end(ap);
    e.offset = offset;
    sink->warn(sink->ud, &e);
}

void sift_sbuf_put(sift_sbuf *b, const char *s, size_t n)
{
    if (b->failed)
        return;
    if (b->len + n + 1 > b->cap) {
        size_t cap = b->cap ? b->cap : 256;
        while (cap < b->len + n + 1)
            cap *= 2;
        char *ns = realloc(b->s, cap);
        if (!ns) {
            b->failed = 1;
            return;
        }
        b->s = ns;
        b->cap = cap;
    }
    memcpy(b->s + b->len, s, n);
    b->len += n;
    b->s[b->len] = '\0';
}

void sift_sbuf_putc(sift_sbuf *b, char c)
{
    sift_sbuf_put(b, &c, 1);
}

/* U+00A0 (no-break space) counts as white space too: pages are full of it. */
void sift_sbuf_put_collapsed(sift_sbuf *b, const char *s, size_t n)
{
    for (size_t i = 0; i < n; i++) {
        unsigned char c = (unsigned char)s[i];
        int sp = sift_ingest_space(c);
        if (!sp && c == 0xC2 && i + 1 < n && (unsigned char)s[i + 1] == 0xA0) {
            sp = 1;
            i++;
        }
        if (sp) {
            if (b->len > 0 && b->s[b->len - 1] != ' ' && b->s[b->len - 1] != '\n')
                sift_sbuf_putc(b, ' ');
        } else {
            sift_sbuf_putc(b, (char)c);
        }
    }
}

void sift_sbuf_rtrim(sift_sbuf *b)
{
    while (b->len > 0 && b->s[b->len - 1] == ' ')
        b->s[--b->len] = '\0';
}

char *sift_ingest_clean(const char *s, size_t n)
{
    if (!s)
        return NULL;
    sift_sbuf b = {0};
    while (n > 0 && sift_ingest_space((unsigned char)*s))
        s++, n--;
    sift_sbuf_put_collapsed(&b, s, n);
    sift_sbuf_rtrim(&b);
    if (b.failed || b.len == 0) {
        free(b.s);
        return NULL;
    }
    return b.s;
}

char *sift_ingest_url_host(const char *url)
{
    if (!url)
        return NULL;
    const char *p = strstr(url, "://");
    if (!p)
        return NULL;
    p += 3;
    const char *at = p + strcspn(p, "/?#");
    const char *cred = memchr(p, '@', (size_t)(at - p));
    if (cred)
        p = cred + 1;
    size_t n = strcspn(p, ":/?#");
    if (n > 4 && strncasecmp(p, "www.", 4) == 0)
        p += 4, n -= 4;
    if (n == 0)
        return NULL;
    char *h = strndup(p, n);
    for (char *q = h; q && *q; q++)
        *q = (char)tolower((unsigned char)*q);
    return h;
}

int sift_ingest_is_url(const char *s)
{
    return s && (strncasecmp(s, "http://", 7) == 0 || strncasecmp(s, "https://", 8) == 0);
}

size_t sift_ingest_utf8_check(const char *s, size_t n)
{
    const char *nul = memchr(s, 0, n);
    size_t lim = nul ? (size_t)(nul - s) : n;
    size_t bad = sift_utf8_validate(s, lim);
    return bad < lim ? bad : nul ? lim : SIZE_MAX;
}
