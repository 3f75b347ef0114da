/*
 * ingest.h — readers that turn outside bytes into reports: plain text, HTML
 * pages, RSS/Atom feeds, JSON Lines, WARC archives, and http(s) URLs.
 *
 * A reader never prints and never stops at the first bad item: each report
 * goes to sink->doc, each skipped item to sink->warn with a message naming
 * the input and the place (line, item, record, byte offset). A reader returns
 * SIFT_OK when the input as a whole could be read (even if items were
 * skipped), or an error code when nothing could be read at all.
 *
 * Memory: a reader streams. Files in JSON Lines and WARC are read one line or
 * record at a time, so a corpus of any size costs the largest report, not the
 * file. Strings handed to sink->doc live until sink->doc returns.
 */
#ifndef SIFT_INGEST_H
#define SIFT_INGEST_H

#include <stddef.h>

#include "sift.h"

/* The formats a reader understands. */
enum sift_format {
    SIFT_FMT_AUTO = 0,
    SIFT_FMT_TEXT,
    SIFT_FMT_HTML,
    SIFT_FMT_FEED,      /* RSS 0.9x/1.0/2.0 or Atom */
    SIFT_FMT_JSONL,
    SIFT_FMT_WARC
};

/* One report as read: text (UTF-8, not NUL-terminated) and its metadata.
 * Every string but text may be NULL. */
typedef struct sift_ingest_doc {
    const char *text;
    size_t len;
    const char *url;        /* canonical URL */
    const char *title;
    const char *byline;
    const char *published;  /* "YYYY-MM-DD" */
    const char *outlet;     /* the site or feed that carries it ("Reuters", "example.com") */
    const char *origin;     /* where it was read: "feed.xml, item 3", "a.jsonl:12" */
    const char *follow;     /* a feed item with only a summary: the link to its full page */
} sift_ingest_doc;

/* Where a reader sends its results. doc returns nonzero to stop the reader
 * (it then returns SIFT_OK with *stopped set by the caller's own means). */
typedef struct sift_ingest_sink {
    int (*doc)(void *ud, const sift_ingest_doc *doc);
    void (*warn)(void *ud, const sift_error *err);
    void *ud;
} sift_ingest_sink;

/* Limits shared by every reader. */
typedef struct sift_ingest_limits {
    size_t max_doc;     /* refuse a single report (or page, or feed) over this many bytes */
} sift_ingest_limits;

/* The name of a format ("html"), for messages. */
const char *sift_ingest_format_name(int fmt);

/* Guess the format from a file or URL name (may be NULL) and the first
 * bytes of the content; content wins over the name. */
int sift_ingest_detect(const char *name, const char *head, size_t n);

/*
 * Read `len` bytes held in memory (a page or feed fetched from `name`, or a
 * small file). fmt may be SIFT_FMT_AUTO. base_url is the address the bytes
 * came from, used as the report URL when the page names none (may be NULL).
 */
int sift_ingest_buffer(const char *name, const char *data, size_t len, int fmt,
                       const char *base_url, const sift_ingest_limits *lim,
                       const sift_ingest_sink *sink, sift_error *err);

/*
 * Read a file ("-" = standard input), gzip-compressed or not, streaming
 * JSON Lines and WARC; other formats are read whole (up to lim->max_doc).
 */
int sift_ingest_file(const char *path, int fmt, const sift_ingest_limits *lim,
                     const sift_ingest_sink *sink, sift_error *err);

/* ---- Pieces used by the readers (and the fuzzer) ------------------------ */

/* HTML reduced to its article: text and metadata, all malloc'd; free with
 * sift_html_page_free. Paragraphs are separated by a blank line. */
typedef struct sift_html_page {
    char *text;
    size_t len;
    char *title, *byline, *published, *url, *site;
} sift_html_page;

/*
 * Extract the main text of an HTML page (or, with fragment set, of a piece of
 * HTML such as a feed item's content, kept whole). Returns SIFT_OK, or
 * SIFT_ERR_INPUT when the bytes hold no HTML document at all.
 */
int sift_html_extract(const char *name, const char *html, size_t len, int fragment,
                      sift_html_page *out, sift_error *err);
void sift_html_page_free(sift_html_page *p);

/* Normalise a date in any common form (ISO 8601, RFC 822, "7 November 2024",
 * "November 7, 2024") to "YYYY-MM-DD" in out; returns 0, or -1 if unknown. */
int sift_ingest_date(const char *in, char out[11]);

/* Check that s[0..n) is valid UTF-8 without NUL bytes; returns SIZE_MAX when
 * it is, or the offset of the first bad byte. */
size_t sift_ingest_utf8_check(const char *s, size_t n);

/* Readers by format, over bytes in memory (see sift_ingest_buffer). */
int sift_ingest_feed(const char *name, const char *data, size_t len, const char *base_url,
                     const sift_ingest_sink *sink, sift_error *err);
int sift_ingest_jsonl_line(const char *name, size_t lineno, const char *line, size_t len,
                           const sift_ingest_sink *sink);
int sift_ingest_warc_record(const char *name, size_t offset, const char *hdr, size_t hlen,
                            const char *body, size_t blen, const sift_ingest_limits *lim,
                            const sift_ingest_sink *sink);

/* ---- Fetching ------------------------------------------------------------ */

typedef struct sift_fetch_options {
    long timeout_s;         /* whole transfer; 0: 30 s */
    long connect_timeout_s; /* 0: 10 s */
    size_t max_bytes;       /* 0: 64 MiB */
    const char *user_agent; /* NULL: "sift/VERSION" */
} sift_fetch_options;

typedef struct sift_fetch_result {
    char *body;             /* malloc'd, NUL-terminated */
    size_t len;
    long status;            /* HTTP status */
    char *content_type;     /* may be NULL */
    char *final_url;        /* after redirects */
} sift_fetch_result;

/* Fetch an http(s) URL, following redirects and decompressing. A status of
 * 400 or more is an error. On error err names the URL and the cause. */
int sift_fetch(const char *url, const sift_fetch_options *o, sift_fetch_result *out,
               sift_error *err);
void sift_fetch_result_free(sift_fetch_result *r);

/* Nonzero when s looks like an http:// or https:// URL. */
int sift_ingest_is_url(const char *s);

#endif
