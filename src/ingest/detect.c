/*
 * detect.c — which reader a file or buffer needs, told from its first bytes
 * and, failing that, its name.
 */
#include <stdio.h>
#include <string.h>
#include <strings.h>

#include "ingest_int.h"

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
    while (i < n && sift_ingest_space((unsigned char)head[i]))
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
