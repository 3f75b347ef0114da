/*
 * warc.c — one WARC record to a report: response records (and resource
 * records) whose payload is an HTML page. The HTTP envelope of a response is
 * read for its status and encodings: chunked transfer coding is undone and
 * gzip/deflate content is inflated (zlib). Other records (request, metadata,
 * warcinfo, non-HTML payloads) are passed over silently.
 */
#include <ctype.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include <zlib.h>

#include "ingest_int.h"

/* Undo chunked transfer coding in place; returns the new length or -1. */
static long long dechunk(char *b, size_t n)
{
    size_t in = 0, out = 0;
    for (;;) {
        char *end;
        if (in >= n)
            return -1;
        unsigned long long k = strtoull(b + in, &end, 16);
        if (end == b + in)
            return -1;
        const char *nl = memchr(end, '\n', n - (size_t)(end - b));
        if (!nl)
            return -1;
        in = (size_t)(nl - b) + 1;
        if (k == 0)
            return (long long)out;
        if (k > n - in)
            return -1;
        memmove(b + out, b + in, k);
        out += k;
        in += k;
        while (in < n && (b[in] == '\r' || b[in] == '\n'))
            in++;
    }
}

/* Inflate gzip or zlib data into a new buffer of at most max bytes. */
static char *inflate_all(const char *src, size_t n, size_t max, size_t *out_len)
{
    z_stream z = {0};
    if (inflateInit2(&z, 15 + 32) != Z_OK)
        return NULL;
    size_t cap = n * 4 + 1024, len = 0;
    char *out = malloc(cap + 1);
    z.next_in = (Bytef *)src;
    z.avail_in = (uInt)n;
    int rc = Z_OK;
    while (out && rc == Z_OK) {
        if (len == cap) {
            if (cap >= max)
                break;
            char *nb = realloc(out, cap * 2 + 1);
            if (!nb) {
                free(out);
                out = NULL;
                break;
            }
            out = nb;
            cap *= 2;
        }
        z.next_out = (Bytef *)out + len;
        z.avail_out = (uInt)(cap - len);
        rc = inflate(&z, Z_NO_FLUSH);
        len = cap - z.avail_out;
    }
    inflateEnd(&z);
    if (!out || rc != Z_STREAM_END) {
        free(out);
        return NULL;
    }
    out[len] = '\0';
    *out_len = len;
    return out;
}

int sift_ingest_warc_record(const char *name, size_t offset, const char *hdr, size_t hlen,
                            const char *body, size_t blen, const sift_ingest_limits *lim,
                            const sift_ingest_sink *sink)
{
    char type[64] = "", uri[2048] = "", date[64] = "", ctype[256] = "";
    sift_ingest_header(hdr, hlen, "WARC-Type", type, sizeof type);
    sift_ingest_header(hdr, hlen, "WARC-Target-URI", uri, sizeof uri);
    sift_ingest_header(hdr, hlen, "WARC-Date", date, sizeof date);
    sift_ingest_header(hdr, hlen, "Content-Type", ctype, sizeof ctype);
    char where[700];
    snprintf(where, sizeof where, "%s, record at byte %zu", name, offset);
    const char *payload = body;
    size_t plen = blen;
    char *owned = NULL;
    int rc = -1;
    if (strcasecmp(type, "response") == 0 && strncasecmp(ctype, "application/http", 16) == 0) {
        /* The HTTP envelope: status line, headers, blank line, payload. */
        const char *sep = NULL;
        for (size_t i = 0; i + 1 < blen; i++)
            if (body[i] == '\n' && (body[i + 1] == '\n' ||
                                    (body[i + 1] == '\r' && i + 2 < blen && body[i + 2] == '\n'))) {
                sep = body + i + (body[i + 1] == '\n' ? 2 : 3);
                break;
            }
        if (!sep) {
            sift_ingest_warnf(sink, offset, "%s: HTTP response without a header end", where);
            return -1;
        }
        size_t eh = (size_t)(sep - body);
        int status = 0;
        const char *sp = memchr(body, ' ', eh);
        if (blen < 12 || strncmp(body, "HTTP/", 5) != 0 || !sp) {
            sift_ingest_warnf(sink, offset, "%s: no HTTP status line", where);
            return -1;
        }
        for (const char *q = sp + 1; q < sep && isdigit((unsigned char)*q) && status < 1000; q++)
            status = status * 10 + (*q - '0');
        if (status < 200 || status >= 300)
            return 0; /* redirects and errors hold no article */
        char hct[256] = "", te[64] = "", ce[64] = "";
        sift_ingest_header(body, eh, "Content-Type", hct, sizeof hct);
        sift_ingest_header(body, eh, "Transfer-Encoding", te, sizeof te);
        sift_ingest_header(body, eh, "Content-Encoding", ce, sizeof ce);
        if (hct[0] && !strcasestr(hct, "html") && !strcasestr(hct, "xml"))
            return 0;
        payload = sep;
        plen = blen - eh;
        if (strcasestr(te, "chunked")) {
            owned = malloc(plen + 1);
            if (!owned)
                return -1;
            memcpy(owned, payload, plen);
            owned[plen] = '\0'; /* dechunk's strtoull stops here at the latest */
            long long k = dechunk(owned, plen);
            if (k < 0) {
                free(owned);
                sift_ingest_warnf(sink, offset, "%s: malformed chunked body", where);
                return -1;
            }
            payload = owned;
            plen = (size_t)k;
        }
        if (strcasestr(ce, "gzip") || strcasestr(ce, "deflate")) {
            size_t n;
            char *inf = inflate_all(payload, plen, lim->max_doc, &n);
            free(owned);
            if (!inf) {
                sift_ingest_warnf(sink, offset, "%s: cannot inflate the %s body", where, ce);
                return -1;
            }
            owned = inf;
            payload = inf;
            plen = n;
        }
    } else if (strcasecmp(type, "resource") == 0 && strcasestr(ctype, "html")) {
        /* the payload is the page itself */
    } else {
        return 0;
    }
    sift_html_page pg;
    sift_error e;
    if (plen == 0 || sift_html_extract(where, payload, plen, 0, &pg, &e) != SIFT_OK) {
        if (plen > 0)
            sift_ingest_warnf(sink, offset, "%s", e.msg);
        free(owned);
        return -1;
    }
    if (pg.len > 0) {
        char d1[11], d2[11];
        const char *pub = pg.published && sift_ingest_date(pg.published, d1) == 0 ? d1
                          : sift_ingest_date(date, d2) == 0 ? d2 : NULL;
        const char *url = pg.url ? pg.url : uri[0] ? uri : NULL;
        char *host = sift_ingest_url_host(url);
        sift_ingest_doc d = {.text = pg.text, .len = pg.len, .url = url, .title = pg.title,
                             .byline = pg.byline, .published = pub,
                             .outlet = pg.site ? pg.site : host, .origin = where};
        sink->doc(sink->ud, &d);
        free(host);
        rc = 0;
    }
    sift_html_page_free(&pg);
    free(owned);
    return rc;
}

/* ---- Files of records (in memory or streamed) ------------------------------ */

int sift_ingest_header(const char *h, size_t n, const char *key, char *out, size_t cap)
{
    size_t k = strlen(key);
    for (size_t i = 0; i < n;) {
        size_t e = i;
        while (e < n && h[e] != '\n')
            e++;
        if (e - i > k && strncasecmp(h + i, key, k) == 0 && h[i + k] == ':') {
            size_t a = i + k + 1, b = e;
            while (a < b && sift_ingest_space((unsigned char)h[a]))
                a++;
            while (b > a && sift_ingest_space((unsigned char)h[b - 1]))
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

int sift_ingest_warc_buffer(const char *name, const char *data, size_t len,
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

int sift_ingest_warc_stream(gzFile g, const char *name, const sift_ingest_limits *lim,
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
            long long n = sift_ingest_gz_line(g, &line, &lcap, 65536);
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
