/*
 * ingest.c — format detection, the file and buffer entry points, and the
 * small readers (plain text, JSON Lines) with the helpers every reader uses.
 */
#include <ctype.h>
#include <errno.h>
#include <stdarg.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <unistd.h>

#include <jansson.h>
#include <zlib.h>

#include "ingest_int.h"

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

static int is_space(unsigned char c)
{
    return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v';
}

/* U+00A0 (no-break space) counts as white space too: pages are full of it. */
void sift_sbuf_put_collapsed(sift_sbuf *b, const char *s, size_t n)
{
    for (size_t i = 0; i < n; i++) {
        unsigned char c = (unsigned char)s[i];
        int sp = is_space(c);
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
    while (n > 0 && is_space((unsigned char)*s))
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

size_t sift_ingest_utf8_check(const char *str, size_t n)
{
    const unsigned char *s = (const unsigned char *)str;
    size_t i = 0;
    while (i < n) {
        unsigned c = s[i];
        if (c == 0)
            return i;
        if (c < 0x80) {
            i++;
            continue;
        }
        size_t k;
        uint32_t cp;
        if (c >= 0xC2 && c <= 0xDF)
            k = 1, cp = c & 0x1F;
        else if (c >= 0xE0 && c <= 0xEF)
            k = 2, cp = c & 0x0F;
        else if (c >= 0xF0 && c <= 0xF4)
            k = 3, cp = c & 0x07;
        else
            return i;
        for (size_t j = 1; j <= k; j++) {
            if (i + j >= n || (s[i + j] & 0xC0) != 0x80)
                return i;
            cp = (cp << 6) | (s[i + j] & 0x3F);
        }
        if ((k == 2 && cp < 0x800) || (k == 3 && (cp < 0x10000 || cp > 0x10FFFF)) ||
            (cp >= 0xD800 && cp <= 0xDFFF))
            return i;
        i += k + 1;
    }
    return SIZE_MAX;
}

const char *sift_ingest_format_name(int fmt)
{
    static const char *names[] = {"auto", "text", "html", "feed", "jsonl", "warc"};
    return fmt >= 0 && fmt <= SIFT_FMT_WARC ? names[fmt] : "unknown";
}

static int ends_with(const char *s, const char *suf)
{
    size_t a = strlen(s), b = strlen(suf);
    return a >= b && strcasecmp(s + a - b, suf) == 0;
}

static int has_ci(const char *h, size_t n, const char *needle)
{
    size_t k = strlen(needle);
    for (size_t i = 0; i + k <= n; i++)
        if (strncasecmp(h + i, needle, k) == 0)
            return 1;
    return 0;
}

int sift_ingest_detect(const char *name, const char *head, size_t n)
{
    size_t i = 0;
    if (n >= 3 && (unsigned char)head[0] == 0xEF && (unsigned char)head[1] == 0xBB &&
        (unsigned char)head[2] == 0xBF)
        i = 3;
    while (i < n && is_space((unsigned char)head[i]))
        i++;
    const char *h = head + i;
    size_t m = n - i;
    if (m >= 5 && memcmp(h, "WARC/", 5) == 0)
        return SIFT_FMT_WARC;
    if (m > 0 && h[0] == '{')
        return SIFT_FMT_JSONL;
    if (m > 0 && h[0] == '<') {
        size_t look = m < 2048 ? m : 2048;
        if (has_ci(h, look, "<rss") || has_ci(h, look, "<feed") || has_ci(h, look, "<rdf:RDF"))
            return SIFT_FMT_FEED;
        if (has_ci(h, look, "<html") || has_ci(h, look, "<!doctype html") ||
            has_ci(h, look, "<head") || has_ci(h, look, "<body") || has_ci(h, look, "<p"))
            return SIFT_FMT_HTML;
        if (look >= 5 && strncmp(h, "<?xml", 5) == 0)
            return SIFT_FMT_FEED;
    }
    if (name) {
        char base[512];
        snprintf(base, sizeof base, "%s", name);
        if (ends_with(base, ".gz"))
            base[strlen(base) - 3] = '\0';
        if (ends_with(base, ".warc"))
            return SIFT_FMT_WARC;
        if (ends_with(base, ".jsonl") || ends_with(base, ".ndjson"))
            return SIFT_FMT_JSONL;
        if (ends_with(base, ".rss") || ends_with(base, ".atom") || ends_with(base, ".xml"))
            return SIFT_FMT_FEED;
        if (ends_with(base, ".html") || ends_with(base, ".htm"))
            return SIFT_FMT_HTML;
    }
    if (m > 0 && h[0] == '<' && has_ci(h, m < 4096 ? m : 4096, "</"))
        return SIFT_FMT_HTML;
    return SIFT_FMT_TEXT;
}

/* ---- Dates ---------------------------------------------------------------- */

static int month_of(const char *w, size_t n)
{
    static const char *m[] = {"jan", "feb", "mar", "apr", "may", "jun",
                              "jul", "aug", "sep", "oct", "nov", "dec"};
    if (n < 3)
        return 0;
    for (int i = 0; i < 12; i++)
        if (strncasecmp(w, m[i], 3) == 0)
            return i + 1;
    return 0;
}

static int valid_ymd(int y, int mo, int d)
{
    static const int days[] = {31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
    return y >= 1800 && y <= 2200 && mo >= 1 && mo <= 12 && d >= 1 && d <= days[mo - 1];
}

int sift_ingest_date(const char *in, char out[11])
{
    if (!in)
        return -1;
    while (is_space((unsigned char)*in))
        in++;
    int y = 0, mo = 0, d = 0;
    if (isdigit((unsigned char)in[0]) && strlen(in) >= 10 && in[4] == '-' && in[7] == '-' &&
        sscanf(in, "%4d-%2d-%2d", &y, &mo, &d) == 3 && valid_ymd(y, mo, d))
        goto done;
    /* Words: a 4-digit year, a month name, a day number, in any order. */
    y = mo = d = 0;
    const char *p = in;
    int guard = 0;
    while (*p && guard++ < 16) {
        while (*p && !isalnum((unsigned char)*p))
            p++;
        const char *w = p;
        while (isalnum((unsigned char)*p))
            p++;
        size_t n = (size_t)(p - w);
        if (n == 0)
            break;
        if (isdigit((unsigned char)w[0])) {
            int v = atoi(w);
            if (n == 4 && !y)
                y = v;
            else if (n <= 2 && !d && v >= 1 && v <= 31 && *p != ':')
                d = v;
            else if (*p == ':')
                break; /* a clock time: the date is over */
        } else if (!mo) {
            mo = month_of(w, n);
        }
        if (y && mo && d)
            break;
    }
    if (!valid_ymd(y, mo, d))
        return -1;
done:
    snprintf(out, 11, "%04d-%02d-%02d", y % 10000, mo % 100, d % 100);
    return 0;
}

/* ---- Plain text and JSON Lines --------------------------------------------- */

static int emit_text(const char *name, const char *data, size_t len,
                     const sift_ingest_sink *sink, sift_error *err)
{
    size_t off = 0;
    if (len >= 3 && memcmp(data, "\xEF\xBB\xBF", 3) == 0)
        off = 3;
    size_t bad = sift_ingest_utf8_check(data + off, len - off);
    if (bad != SIZE_MAX) {
        int nul = data[off + bad] == 0;
        return sift_ingest_fail(err, SIFT_ERR_INPUT, off + bad,
                                "%s: %s at byte %zu (not a text report)", name,
                                nul ? "binary data (a NUL byte)" : "invalid UTF-8",
                                off + bad);
    }
    size_t i = off;
    while (i < len && is_space((unsigned char)data[i]))
        i++;
    if (i == len)
        return sift_ingest_fail(err, SIFT_ERR_INPUT, 0, "%s: empty, nothing to ingest", name);
    sift_ingest_doc d = {.text = data + off, .len = len - off, .origin = name};
    sink->doc(sink->ud, &d);
    return SIFT_OK;
}

static const char *jstr(json_t *o, const char *k)
{
    json_t *v = json_object_get(o, k);
    return json_is_string(v) ? json_string_value(v) : NULL;
}

int sift_ingest_jsonl_line(const char *name, size_t lineno, const char *line, size_t len,
                           const sift_ingest_sink *sink)
{
    size_t i = 0;
    while (i < len && is_space((unsigned char)line[i]))
        i++;
    if (i == len)
        return 0; /* blank lines are allowed */
    json_error_t je;
    json_t *o = json_loadb(line, len, JSON_REJECT_DUPLICATES, &je);
    if (!o) {
        sift_ingest_warnf(sink, SIZE_MAX, "%s:%zu: invalid JSON at column %d: %s", name, lineno,
                          je.column, je.text);
        return -1;
    }
    int rc = -1;
    char origin[600];
    snprintf(origin, sizeof origin, "%s:%zu", name, lineno);
    if (!json_is_object(o)) {
        sift_ingest_warnf(sink, SIZE_MAX, "%s:%zu: expected a JSON object per line", name, lineno);
        goto out;
    }
    const char *text = jstr(o, "text"), *html = jstr(o, "html");
    const char *pub = jstr(o, "published");
    if (!pub)
        pub = jstr(o, "date");
    char date[11];
    int have_date = pub && sift_ingest_date(pub, date) == 0;
    if (pub && !have_date)
        sift_ingest_warnf(sink, SIZE_MAX, "%s:%zu: unreadable date '%.40s', stored without one",
                          name, lineno, pub);
    sift_ingest_doc d = {.url = jstr(o, "url"), .title = jstr(o, "title"),
                         .byline = jstr(o, "author") ? jstr(o, "author") : jstr(o, "byline"),
                         .published = have_date ? date : NULL,
                         .outlet = jstr(o, "source") ? jstr(o, "source") : jstr(o, "outlet"),
                         .origin = origin};
    if (text) {
        size_t n = json_string_length(json_object_get(o, "text"));
        if (memchr(text, 0, n)) {
            sift_ingest_warnf(sink, SIZE_MAX, "%s:%zu: \"text\" holds a NUL character", name,
                              lineno);
            goto out;
        }
        d.text = text;
        d.len = n;
        char *probe = sift_ingest_clean(text, n);
        if (!probe) {
            sift_ingest_warnf(sink, SIZE_MAX, "%s:%zu: \"text\" is empty", name, lineno);
            goto out;
        }
        free(probe);
        sink->doc(sink->ud, &d);
        rc = 0;
    } else if (html) {
        sift_html_page pg;
        sift_error e;
        size_t n = json_string_length(json_object_get(o, "html"));
        if (sift_html_extract(origin, html, n, 0, &pg, &e) != SIFT_OK) {
            sift_ingest_warnf(sink, SIZE_MAX, "%s", e.msg);
            goto out;
        }
        char pdate[11];
        if (!d.title)
            d.title = pg.title;
        if (!d.byline)
            d.byline = pg.byline;
        if (!d.published && pg.published && sift_ingest_date(pg.published, pdate) == 0)
            d.published = pdate;
        if (!d.url)
            d.url = pg.url;
        if (!d.outlet)
            d.outlet = pg.site;
        d.text = pg.text;
        d.len = pg.len;
        if (pg.len == 0)
            sift_ingest_warnf(sink, SIZE_MAX, "%s: the HTML holds no article text", origin);
        else {
            sink->doc(sink->ud, &d);
            rc = 0;
        }
        sift_html_page_free(&pg);
    } else {
        sift_ingest_warnf(sink, SIZE_MAX, "%s:%zu: no \"text\" or \"html\" field", name, lineno);
    }
out:
    json_decref(o);
    return rc;
}

/* ---- HTML pages ------------------------------------------------------------ */

static int emit_html(const char *name, const char *data, size_t len, const char *base_url,
                     const sift_ingest_sink *sink, sift_error *err)
{
    sift_html_page pg;
    int rc = sift_html_extract(name, data, len, 0, &pg, err);
    if (rc != SIFT_OK)
        return rc;
    if (pg.len == 0) {
        sift_html_page_free(&pg);
        return sift_ingest_fail(err, SIFT_ERR_INPUT, 0, "%s: the page holds no article text",
                                name);
    }
    char date[11];
    char *host = sift_ingest_url_host(pg.url ? pg.url : base_url);
    sift_ingest_doc d = {.text = pg.text, .len = pg.len, .url = pg.url ? pg.url : base_url,
                         .title = pg.title, .byline = pg.byline,
                         .published = pg.published && sift_ingest_date(pg.published, date) == 0
                                          ? date : NULL,
                         .outlet = pg.site ? pg.site : host, .origin = name};
    sink->doc(sink->ud, &d);
    free(host);
    sift_html_page_free(&pg);
    return SIFT_OK;
}

/* ---- WARC (in memory or streamed) ------------------------------------------ */

int sift_ingest_header(const char *h, size_t n, const char *key, char *out, size_t cap)
{
    size_t k = strlen(key);
    for (size_t i = 0; i < n;) {
        size_t e = i;
        while (e < n && h[e] != '\n')
            e++;
        if (e - i > k && strncasecmp(h + i, key, k) == 0 && h[i + k] == ':') {
            size_t a = i + k + 1, b = e;
            while (a < b && is_space((unsigned char)h[a]))
                a++;
            while (b > a && is_space((unsigned char)h[b - 1]))
                b--;
            size_t m = b - a < cap - 1 ? b - a : cap - 1;
            memcpy(out, h + a, m);
            out[m] = '\0';
            return 1;
        }
        i = e + 1;
    }
    return 0;
}

/* Parse "WARC/1.x" header bytes at data[0..len): the header length (up to and
 * including the blank line) and the content length; -1 if malformed. */
static int warc_header(const char *data, size_t len, size_t *hlen, size_t *clen)
{
    const char *end = NULL;
    for (size_t i = 0; i + 3 < len && i < 65536; i++)
        if (data[i] == '\r' && memcmp(data + i, "\r\n\r\n", 4) == 0) {
            end = data + i + 4;
            break;
        } else if (data[i] == '\n' && data[i + 1] == '\n') {
            end = data + i + 2;
            break;
        }
    if (!end)
        return -1;
    char v[64];
    if (!sift_ingest_header(data, (size_t)(end - data), "Content-Length", v, sizeof v))
        return -1;
    char *e;
    unsigned long long n = strtoull(v, &e, 10);
    if (e == v || *e)
        return -1;
    *hlen = (size_t)(end - data);
    *clen = (size_t)n;
    return 0;
}

static int warc_in_memory(const char *name, const char *data, size_t len,
                          const sift_ingest_limits *lim, const sift_ingest_sink *sink,
                          sift_error *err)
{
    size_t off = 0, records = 0;
    while (off < len) {
        while (off < len && (data[off] == '\r' || data[off] == '\n'))
            off++;
        if (off >= len)
            break;
        size_t hlen, clen;
        if (len - off < 5 || memcmp(data + off, "WARC/", 5) != 0 ||
            warc_header(data + off, len - off, &hlen, &clen) != 0) {
            if (records == 0)
                return sift_ingest_fail(err, SIFT_ERR_INPUT, off,
                                        "%s: byte %zu: not a WARC record header", name, off);
            sift_ingest_warnf(sink, off, "%s: byte %zu: malformed WARC record header; the rest "
                              "of the file is skipped", name, off);
            return SIFT_OK;
        }
        if (clen > len - off - hlen) {
            sift_ingest_warnf(sink, off, "%s: byte %zu: WARC record truncated (%zu of %zu bytes)",
                              name, off, len - off - hlen, clen);
            return SIFT_OK;
        }
        sift_ingest_warc_record(name, off, data + off, hlen, data + off + hlen, clen, lim, sink);
        records++;
        off += hlen + clen;
    }
    return SIFT_OK;
}

/* ---- Entry points ------------------------------------------------------------ */

int sift_ingest_buffer(const char *name, const char *data, size_t len, int fmt,
                       const char *base_url, const sift_ingest_limits *lim,
                       const sift_ingest_sink *sink, sift_error *err)
{
    if (len == 0)
        return sift_ingest_fail(err, SIFT_ERR_INPUT, 0, "%s: empty, nothing to ingest", name);
    if (fmt == SIFT_FMT_AUTO)
        fmt = sift_ingest_detect(name, data, len < 4096 ? len : 4096);
    switch (fmt) {
    case SIFT_FMT_HTML: return emit_html(name, data, len, base_url, sink, err);
    case SIFT_FMT_FEED: return sift_ingest_feed(name, data, len, base_url, sink, err);
    case SIFT_FMT_WARC: return warc_in_memory(name, data, len, lim, sink, err);
    case SIFT_FMT_JSONL: {
        size_t lineno = 0, good = 0, i = 0;
        while (i < len) {
            const char *nl = memchr(data + i, '\n', len - i);
            size_t e = nl ? (size_t)(nl - data) : len;
            lineno++;
            if (sift_ingest_jsonl_line(name, lineno, data + i, e - i, sink) == 0)
                good++;
            i = e + 1;
        }
        (void)good;
        return SIFT_OK;
    }
    default: return emit_text(name, data, len, sink, err);
    }
}

/* Read a whole gz stream (plain files pass through) up to max bytes. */
static char *read_all(gzFile g, const char *name, size_t max, size_t *out_len, const char *head,
                      size_t hn, int *code, sift_error *err)
{
    size_t cap = hn + 65536, n = hn;
    char *buf = malloc(cap + 1);
    if (!buf) {
        *code = sift_ingest_fail(err, SIFT_ERR_NOMEM, 0, "%s: out of memory", name);
        return NULL;
    }
    memcpy(buf, head, hn);
    for (;;) {
        if (n == cap) {
            if (cap > max)
                break;
            char *nb = realloc(buf, cap * 2 + 1);
            if (!nb) {
                free(buf);
                *code = sift_ingest_fail(err, SIFT_ERR_NOMEM, 0, "%s: out of memory", name);
                return NULL;
            }
            buf = nb;
            cap *= 2;
        }
        int k = gzread(g, buf + n, (unsigned)(cap - n > (1u << 30) ? (1u << 30) : cap - n));
        if (k < 0) {
            int e;
            const char *m = gzerror(g, &e);
            free(buf);
            *code = sift_ingest_fail(err, SIFT_ERR_IO, n, "%s: read error after %zu bytes: %s",
                                     name, n, m);
            return NULL;
        }
        if (k == 0)
            break;
        n += (size_t)k;
    }
    if (n > max) {
        free(buf);
        *code = sift_ingest_fail(err, SIFT_ERR_INPUT, max,
                         "%s: over the limit of %zu bytes for one document; raise it with "
                         "--max-bytes N", name, max);
        return NULL;
    }
    buf[n] = '\0';
    *out_len = n;
    return buf;
}

/* Read one line (any length up to max) from g into *buf. Returns the length,
 * or -1 at the end, -2 on a line over max (skipped), -3 on a read error. */
static long long gz_line(gzFile g, char **buf, size_t *cap, size_t max)
{
    size_t n = 0;
    int over = 0, any = 0;
    for (;;) {
        if (*cap - n < 2) {
            size_t nc = *cap ? *cap * 2 : 65536;
            char *nb = realloc(*buf, nc);
            if (!nb)
                return -3;
            *buf = nb;
            *cap = nc;
        }
        if (!gzgets(g, *buf + n, (int)(*cap - n > (1u << 30) ? (1u << 30) : *cap - n))) {
            int e;
            gzerror(g, &e);
            if (e != Z_OK && e != Z_BUF_ERROR)
                return -3;
            break;
        }
        any = 1;
        size_t k = strlen(*buf + n);
        n += k;
        if (n > 0 && (*buf)[n - 1] == '\n')
            break;
        if (n > max) {
            over = 1;
            n = 0; /* discard; keep reading to the end of the line */
        }
    }
    if (!any && n == 0)
        return over ? -2 : -1;
    return over ? -2 : (long long)n;
}

static int jsonl_stream(gzFile g, const char *name, const sift_ingest_limits *lim,
                        const sift_ingest_sink *sink, sift_error *err)
{
    char *buf = NULL;
    size_t cap = 0, lineno = 0;
    int rc = SIFT_OK;
    for (;;) {
        long long n = gz_line(g, &buf, &cap, lim->max_doc);
        if (n == -1)
            break;
        lineno++;
        if (n == -3) {
            int e;
            rc = sift_ingest_fail(err, SIFT_ERR_IO, SIZE_MAX, "%s:%zu: read error: %s", name,
                                  lineno, gzerror(g, &e));
            break;
        }
        if (n == -2) {
            sift_ingest_warnf(sink, SIZE_MAX, "%s:%zu: line over the limit of %zu bytes, skipped",
                              name, lineno, lim->max_doc);
            continue;
        }
        /* A line without its newline at the end of the file may be cut short;
         * the JSON parser tells. */
        sift_ingest_jsonl_line(name, lineno, buf, (size_t)n, sink);
    }
    free(buf);
    return rc;
}

static int warc_stream(gzFile g, const char *name, const sift_ingest_limits *lim,
                       const sift_ingest_sink *sink, sift_error *err)
{
    char *hdr = NULL, *line = NULL, *body = NULL;
    size_t hcap = 0, lcap = 0, off = 0, records = 0;
    int rc = SIFT_OK;
    for (;;) {
        /* Header lines up to the blank line. */
        size_t hlen = 0, start = off;
        int in_header = 0;
        for (;;) {
            long long n = gz_line(g, &line, &lcap, 65536);
            if (n == -1)
                break;
            if (n < 0) {
                sift_ingest_warnf(sink, off, "%s: byte %zu: unreadable WARC header line", name, off);
                goto done;
            }
            off += (size_t)n;
            int blank = (n == 1 && line[0] == '\n') || (n == 2 && line[0] == '\r');
            if (!in_header) {
                if (blank)
                    continue; /* the CRLF pair between records */
                if (n < 5 || memcmp(line, "WARC/", 5) != 0) {
                    if (records == 0)
                        rc = sift_ingest_fail(err, SIFT_ERR_INPUT, start,
                                              "%s: byte %zu: not a WARC record header", name,
                                              start);
                    else
                        sift_ingest_warnf(sink, start, "%s: byte %zu: expected a WARC record "
                                          "header; the rest of the file is skipped", name, start);
                    goto done;
                }
                in_header = 1;
                start = off - (size_t)n;
            }
            if (hlen + (size_t)n + 1 > hcap) {
                hcap = (hlen + (size_t)n + 1) * 2;
                char *nh = realloc(hdr, hcap);
                if (!nh) {
                    rc = sift_ingest_fail(err, SIFT_ERR_NOMEM, off, "%s: out of memory", name);
                    goto done;
                }
                hdr = nh;
            }
            memcpy(hdr + hlen, line, (size_t)n);
            hlen += (size_t)n;
            if (blank)
                break;
            if (hlen > 65536) {
                sift_ingest_warnf(sink, start, "%s: byte %zu: WARC header too long", name, start);
                goto done;
            }
        }
        if (!in_header)
            break;
        char v[64];
        size_t clen;
        char *e;
        if (!sift_ingest_header(hdr, hlen, "Content-Length", v, sizeof v) ||
            (clen = strtoull(v, &e, 10), e == v || *e)) {
            sift_ingest_warnf(sink, start, "%s: byte %zu: WARC record without a valid "
                              "Content-Length; the rest of the file is skipped", name, start);
            goto done;
        }
        int skip = clen > lim->max_doc;
        if (!skip) {
            char *nb = realloc(body, clen + 1);
            if (!nb) {
                rc = sift_ingest_fail(err, SIFT_ERR_NOMEM, off, "%s: out of memory", name);
                goto done;
            }
            body = nb;
        }
        size_t got = 0;
        while (got < clen) {
            char scratch[65536];
            size_t want = clen - got;
            char *dst = skip ? scratch : body + got;
            if (skip && want > sizeof scratch)
                want = sizeof scratch;
            int k = gzread(g, dst, (unsigned)(want > (1u << 30) ? (1u << 30) : want));
            if (k <= 0)
                break;
            got += (size_t)k;
        }
        off += got;
        if (got < clen) {
            sift_ingest_warnf(sink, start, "%s: byte %zu: WARC record truncated (%zu of %zu bytes)",
                              name, start, got, clen);
            goto done;
        }
        if (skip)
            sift_ingest_warnf(sink, start, "%s: byte %zu: WARC record of %zu bytes over the limit, "
                              "skipped", name, start, clen);
        else
            sift_ingest_warc_record(name, start, hdr, hlen, body, clen, lim, sink);
        records++;
    }
done:
    free(hdr);
    free(line);
    free(body);
    return rc;
}

int sift_ingest_file(const char *path, int fmt, const sift_ingest_limits *lim,
                     const sift_ingest_sink *sink, sift_error *err)
{
    int is_stdin = strcmp(path, "-") == 0;
    const char *name = is_stdin ? "(stdin)" : path;
    FILE *f = is_stdin ? stdin : fopen(path, "rb");
    if (!f)
        return sift_ingest_fail(err, SIFT_ERR_IO, SIZE_MAX, "%s: %s", name, strerror(errno));
    gzFile g = gzdopen(dup(fileno(f)), "rb");
    if (!is_stdin)
        fclose(f);
    if (!g)
        return sift_ingest_fail(err, SIFT_ERR_NOMEM, SIZE_MAX, "%s: cannot open", name);
    gzbuffer(g, 1 << 17);
    char head[4096];
    int hn = gzread(g, head, sizeof head);
    int rc;
    if (hn < 0) {
        int e;
        rc = sift_ingest_fail(err, SIFT_ERR_IO, 0, "%s: read error: %s", name, gzerror(g, &e));
        goto out;
    }
    if (hn == 0) {
        rc = sift_ingest_fail(err, SIFT_ERR_INPUT, 0, "%s: empty, nothing to ingest", name);
        goto out;
    }
    if (fmt == SIFT_FMT_AUTO)
        fmt = sift_ingest_detect(is_stdin ? NULL : path, head, (size_t)hn);
    if (fmt == SIFT_FMT_JSONL || fmt == SIFT_FMT_WARC) {
        /* Start over at byte 0 so the streaming readers see every line. */
        if (gzrewind(g) != 0) {
            /* standard input cannot rewind: read it whole */
            size_t len;
            char *all = read_all(g, name, lim->max_doc, &len, head, (size_t)hn, &rc, err);
            if (all)
                rc = sift_ingest_buffer(name, all, len, fmt, NULL, lim, sink, err);
            free(all);
            goto out;
        }
        rc = fmt == SIFT_FMT_JSONL ? jsonl_stream(g, name, lim, sink, err)
                                   : warc_stream(g, name, lim, sink, err);
    } else {
        size_t len;
        char *all = read_all(g, name, lim->max_doc, &len, head, (size_t)hn, &rc, err);
        if (all)
            rc = sift_ingest_buffer(name, all, len, fmt, NULL, lim, sink, err);
        free(all);
    }
out:
    gzclose(g);
    return rc;
}
