/*
 * jsonl.c — the small readers: plain text, and JSON Lines (one report per
 * line, streamed from a file or read from a buffer).
 */
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <jansson.h>

#include "ingest_int.h"

int sift_ingest_text(const char *name, const char *data, size_t len,
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
    while (i < len && sift_ingest_space((unsigned char)data[i]))
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
    while (i < len && sift_ingest_space((unsigned char)line[i]))
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

int sift_ingest_jsonl_stream(gzFile g, const char *name, const sift_ingest_limits *lim,
                        const sift_ingest_sink *sink, sift_error *err)
{
    char *buf = NULL;
    size_t cap = 0, lineno = 0;
    int rc = SIFT_OK;
    for (;;) {
        long long n = sift_ingest_gz_line(g, &buf, &cap, lim->max_doc);
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
