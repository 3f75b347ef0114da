/*
 * fetch.c — http(s) pages and feeds through libcurl: redirects, compressed
 * responses, timeouts, a size limit and a user agent. Only http and https
 * are allowed, also after a redirect.
 */
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <curl/curl.h>

#include "ingest_int.h"

static pthread_once_t curl_once = PTHREAD_ONCE_INIT;
static CURLcode curl_init_rc;

static void init_curl(void)
{
    curl_init_rc = curl_global_init(CURL_GLOBAL_DEFAULT);
}

typedef struct sink_buf {
    sift_sbuf sb;
    size_t max;
    int over;
} sink_buf;

static size_t on_data(char *p, size_t size, size_t nmemb, void *ud)
{
    sink_buf *b = ud;
    size_t n = size * nmemb;
    if (b->sb.len + n > b->max) {
        b->over = 1;
        return 0; /* aborts the transfer */
    }
    sift_sbuf_put(&b->sb, p, n);
    return b->sb.failed ? 0 : n;
}

int sift_fetch(const char *url, const sift_fetch_options *o, sift_fetch_result *out,
               sift_error *err)
{
    memset(out, 0, sizeof *out);
    if (!sift_ingest_is_url(url))
        return sift_ingest_fail(err, SIFT_ERR_ARG, SIZE_MAX, "%s: not an http(s) URL", url);
    pthread_once(&curl_once, init_curl);
    if (curl_init_rc != CURLE_OK)
        return sift_ingest_fail(err, SIFT_ERR_IO, SIZE_MAX, "%s: cannot start libcurl", url);
    sift_fetch_options d = {0};
    if (!o)
        o = &d;
    sink_buf b = {.max = o->max_bytes ? o->max_bytes : (size_t)64 << 20};
    CURL *c = curl_easy_init();
    if (!c)
        return sift_ingest_fail(err, SIFT_ERR_NOMEM, SIZE_MAX, "%s: cannot start libcurl", url);
    char ua[64];
    snprintf(ua, sizeof ua, "sift/%s (+news-intelligence engine)", SIFT_VERSION);
    char errbuf[CURL_ERROR_SIZE] = "";
    curl_easy_setopt(c, CURLOPT_URL, url);
    curl_easy_setopt(c, CURLOPT_FOLLOWLOCATION, 1L);
    curl_easy_setopt(c, CURLOPT_MAXREDIRS, 10L);
#if LIBCURL_VERSION_NUM >= 0x075500
    curl_easy_setopt(c, CURLOPT_PROTOCOLS_STR, "http,https");
    curl_easy_setopt(c, CURLOPT_REDIR_PROTOCOLS_STR, "http,https");
#else
    curl_easy_setopt(c, CURLOPT_PROTOCOLS, (long)(CURLPROTO_HTTP | CURLPROTO_HTTPS));
    curl_easy_setopt(c, CURLOPT_REDIR_PROTOCOLS, (long)(CURLPROTO_HTTP | CURLPROTO_HTTPS));
#endif
    curl_easy_setopt(c, CURLOPT_ACCEPT_ENCODING, ""); /* every encoding libcurl can decode */
    curl_easy_setopt(c, CURLOPT_USERAGENT, o->user_agent ? o->user_agent : ua);
    curl_easy_setopt(c, CURLOPT_TIMEOUT, o->timeout_s > 0 ? o->timeout_s : 30L);
    curl_easy_setopt(c, CURLOPT_CONNECTTIMEOUT, o->connect_timeout_s > 0 ? o->connect_timeout_s : 10L);
    curl_easy_setopt(c, CURLOPT_NOSIGNAL, 1L);
    curl_easy_setopt(c, CURLOPT_WRITEFUNCTION, on_data);
    curl_easy_setopt(c, CURLOPT_WRITEDATA, &b);
    curl_easy_setopt(c, CURLOPT_ERRORBUFFER, errbuf);
    CURLcode rc = curl_easy_perform(c);
    long status = 0;
    curl_easy_getinfo(c, CURLINFO_RESPONSE_CODE, &status);
    int ret = SIFT_OK;
    if (rc != CURLE_OK) {
        if (b.over)
            ret = sift_ingest_fail(err, SIFT_ERR_INPUT, SIZE_MAX,
                                   "%s: response over the limit of %zu bytes", url, b.max);
        else if (b.sb.failed)
            ret = sift_ingest_fail(err, SIFT_ERR_NOMEM, SIZE_MAX, "%s: out of memory", url);
        else
            ret = sift_ingest_fail(err, SIFT_ERR_IO, SIZE_MAX, "%s: %s", url,
                                   errbuf[0] ? errbuf : curl_easy_strerror(rc));
    } else if (status >= 400) {
        ret = sift_ingest_fail(err, SIFT_ERR_IO, SIZE_MAX, "%s: HTTP %ld", url, status);
    } else if (b.sb.len == 0) {
        ret = sift_ingest_fail(err, SIFT_ERR_INPUT, SIZE_MAX, "%s: empty response (HTTP %ld)",
                               url, status);
    }
    if (ret != SIFT_OK) {
        free(b.sb.s);
        curl_easy_cleanup(c);
        return ret;
    }
    char *ct = NULL, *eff = NULL;
    curl_easy_getinfo(c, CURLINFO_CONTENT_TYPE, &ct);
    curl_easy_getinfo(c, CURLINFO_EFFECTIVE_URL, &eff);
    out->body = b.sb.s;
    out->len = b.sb.len;
    out->status = status;
    out->content_type = ct ? strdup(ct) : NULL;
    out->final_url = strdup(eff ? eff : url);
    curl_easy_cleanup(c);
    return SIFT_OK;
}

void sift_fetch_result_free(sift_fetch_result *r)
{
    if (!r)
        return;
    free(r->body);
    free(r->content_type);
    free(r->final_url);
    memset(r, 0, sizeof *r);
}
