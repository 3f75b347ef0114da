/*
 * ingest.c — the entry points: a buffer or a file (gzip-compressed or not,
 * standard input included) handed to the reader its format needs.
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
    case SIFT_FMT_WARC: return sift_ingest_warc_buffer(name, data, len, lim, sink, err);
    case SIFT_FMT_JSONL: {
        size_t lineno = 0, i = 0;
        while (i < len) {
            const char *nl = memchr(data + i, '\n', len - i);
            size_t e = nl ? (size_t)(nl - data) : len;
            sift_ingest_jsonl_line(name, ++lineno, data + i, e - i, sink); /* warns on its own */
            i = e + 1;
        }
        return SIFT_OK;
    }
    default: return sift_ingest_text(name, data, len, sink, err);
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
long long sift_ingest_gz_line(gzFile g, char **buf, size_t *cap, size_t max)
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
        rc = fmt == SIFT_FMT_JSONL ? sift_ingest_jsonl_stream(g, name, lim, sink, err)
                                   : sift_ingest_warc_stream(g, name, lim, sink, err);
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
