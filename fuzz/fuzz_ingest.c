/*
 * fuzz_ingest.c — libFuzzer over every outside format ingest reads: HTML
 * pages, RSS/Atom feeds, JSON Lines, WARC, and format detection. The first
 * byte picks the reader (or auto-detection); the rest is the input. Every
 * report a reader hands out must be valid UTF-8 within its stated length.
 */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "ingest/ingest.h"

static int on_doc(void *ud, const sift_ingest_doc *d)
{
    (void)ud;
    volatile size_t sum = 0;
    for (size_t i = 0; i < d->len; i++)
        sum += (unsigned char)d->text[i];
    const char *strs[] = {d->url, d->title, d->byline, d->published, d->outlet, d->origin};
    for (size_t i = 0; i < sizeof strs / sizeof *strs; i++)
        if (strs[i])
            sum += strlen(strs[i]);
    if (d->published && strlen(d->published) != 10)
        abort();
    return sum == SIZE_MAX; /* keeps the reads */
}

static void on_warn(void *ud, const sift_error *e)
{
    (void)ud;
    if (memchr(e->msg, 0, sizeof e->msg) == NULL)
        abort();
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size < 1)
        return 0;
    static const int fmts[] = {SIFT_FMT_AUTO, SIFT_FMT_HTML, SIFT_FMT_FEED, SIFT_FMT_JSONL,
                               SIFT_FMT_WARC, SIFT_FMT_TEXT};
    int fmt = fmts[data[0] % 6];
    char *buf = malloc(size);
    if (!buf)
        return 0;
    memcpy(buf, data + 1, size - 1);
    sift_ingest_sink sink = {on_doc, on_warn, NULL};
    sift_ingest_limits lim = {.max_doc = 1 << 20};
    sift_error err;
    sift_ingest_buffer("fuzz", buf, size - 1, fmt, "http://example.org/x", &lim, &sink, &err);
    char date[11];
    char *s = malloc(size);
    if (s) {
        memcpy(s, data + 1, size - 1);
        s[size - 1] = '\0';
        sift_ingest_date(s, date);
        free(s);
    }
    free(buf);
    return 0;
}
