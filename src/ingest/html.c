/*
 * html.c — a news page reduced to its article: main text and metadata.
 *
 * The page is parsed with libxml2's forgiving HTML parser. Metadata comes
 * from, in order of trust: JSON-LD (schema.org NewsArticle), meta tags
 * (Open Graph, article:*, Dublin Core, itemprop), then <title>, <time> and
 * byline elements. The main text comes from the article body: an element
 * marked itemprop=articleBody, else the largest <article>, else <main>, else
 * the element whose paragraphs hold the most text (a readability-style
 * score). Boilerplate (navigation, ads, related links, newsletters, comments,
 * footers) is dropped by tag and by class/id words before scoring, and
 * paragraphs that are mostly links are dropped while collecting.
 */
#include <ctype.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include <jansson.h>
#include <libxml/HTMLparser.h>
#include <libxml/tree.h>

#include "ingest_int.h"

/* Elements that never hold article text. */
static int is_junk_tag(const char *t)
{
    static const char *tags[] = {"script", "style", "noscript", "nav", "footer", "aside",
                                 "form", "iframe", "svg", "button", "select", "template",
                                 "object", "embed", "canvas", "video", "audio", "map",
                                 "input", "textarea", "dialog", "menu", NULL};
    for (int i = 0; tags[i]; i++)
        if (strcmp(t, tags[i]) == 0)
            return 1;
    return 0;
}

/* Words in a class or id that mark boilerplate. */
static int is_junk_word(const char *w, size_t n)
{
    static const char *exact[] = {"ad", "ads", "adv", "advert", "advertisement", "advertising",
                                  "banner", "breadcrumb", "breadcrumbs", "comment", "comments",
                                  "cookie", "cookies", "footer", "masthead", "menu", "nav",
                                  "navbar", "navigation", "newsletter", "outbrain", "paywall",
                                  "popup", "promo", "promotion", "related", "share", "sharing",
                                  "sidebar", "signup", "social", "sponsor", "sponsored",
                                  "subscribe", "subscription", "taboola", "widget", "recirc",
                                  "trending", "recommended", "recommendations", "disqus", NULL};
    for (int i = 0; exact[i]; i++)
        if (strlen(exact[i]) == n && strncasecmp(w, exact[i], n) == 0)
            return 1;
    return 0;
}

static int junk_attr(xmlNode *n, const char *attr)
{
    xmlChar *v = xmlGetProp(n, (const xmlChar *)attr);
    if (!v)
        return 0;
    int junk = 0;
    const char *s = (const char *)v;
    while (*s && !junk) {
        while (*s && !isalnum((unsigned char)*s))
            s++;
        const char *w = s;
        while (isalnum((unsigned char)*s))
            s++;
        if (s > w)
            junk = is_junk_word(w, (size_t)(s - w));
    }
    xmlFree(v);
    return junk;
}

static int attr_is(xmlNode *n, const char *attr, const char *val)
{
    xmlChar *v = xmlGetProp(n, (const xmlChar *)attr);
    int r = v && strcasecmp((const char *)v, val) == 0;
    xmlFree(v);
    return r;
}

static const char *tag(const xmlNode *n)
{
    return n->type == XML_ELEMENT_NODE && n->name ? (const char *)n->name : "";
}

/* ---- Metadata ------------------------------------------------------------ */

typedef struct meta {
    char *title, *og_title, *ld_title, *h1;
    char *byline, *ld_byline, *meta_byline;
    char *date, *ld_date, *time_date;
    char *url, *ld_url;
    char *site, *ld_site;
    char *ld_body;
} meta;

static void set_once(char **slot, const char *v)
{
    if (!*slot && v)
        *slot = sift_ingest_clean(v, strlen(v));
}

static const char *jget(json_t *o, const char *k)
{
    json_t *v = json_object_get(o, k);
    if (json_is_string(v))
        return json_string_value(v);
    if (json_is_object(v)) {
        json_t *n = json_object_get(v, "name");
        if (json_is_string(n))
            return json_string_value(n);
        n = json_object_get(v, "@id");
        if (json_is_string(n))
            return json_string_value(n);
    }
    if (json_is_array(v) && json_array_size(v) > 0) {
        json_t *f = json_array_get(v, 0);
        if (json_is_string(f))
            return json_string_value(f);
        if (json_is_object(f) && json_is_string(json_object_get(f, "name")))
            return json_string_value(json_object_get(f, "name"));
    }
    return NULL;
}

static int is_article_type(json_t *t)
{
    static const char *types[] = {"NewsArticle", "Article", "ReportageNewsArticle",
                                  "AnalysisNewsArticle", "BlogPosting", "Report",
                                  "OpinionNewsArticle", "BackgroundNewsArticle", NULL};
    if (json_is_array(t)) {
        for (size_t i = 0; i < json_array_size(t); i++)
            if (is_article_type(json_array_get(t, i)))
                return 1;
        return 0;
    }
    if (!json_is_string(t))
        return 0;
    for (int i = 0; types[i]; i++)
        if (strcmp(json_string_value(t), types[i]) == 0)
            return 1;
    return 0;
}

static void ld_walk(json_t *v, meta *m, int depth)
{
    if (depth > 8)
        return;
    if (json_is_array(v)) {
        for (size_t i = 0; i < json_array_size(v); i++)
            ld_walk(json_array_get(v, i), m, depth + 1);
        return;
    }
    if (!json_is_object(v))
        return;
    json_t *graph = json_object_get(v, "@graph");
    if (graph)
        ld_walk(graph, m, depth + 1);
    if (!is_article_type(json_object_get(v, "@type")))
        return;
    set_once(&m->ld_title, jget(v, "headline"));
    set_once(&m->ld_date, jget(v, "datePublished"));
    set_once(&m->ld_byline, jget(v, "author"));
    set_once(&m->ld_url, jget(v, "url"));
    set_once(&m->ld_url, jget(v, "mainEntityOfPage"));
    set_once(&m->ld_site, jget(v, "publisher"));
    json_t *body = json_object_get(v, "articleBody");
    if (json_is_string(body) && !m->ld_body)
        m->ld_body = strdup(json_string_value(body));
}

static char *node_text(xmlNode *n)
{
    xmlChar *c = xmlNodeGetContent(n);
    if (!c)
        return NULL;
    char *s = sift_ingest_clean((const char *)c, strlen((const char *)c));
    xmlFree(c);
    return s;
}

static void meta_tag(xmlNode *n, meta *m)
{
    xmlChar *key = xmlGetProp(n, (const xmlChar *)"property");
    if (!key)
        key = xmlGetProp(n, (const xmlChar *)"name");
    if (!key)
        key = xmlGetProp(n, (const xmlChar *)"itemprop");
    xmlChar *val = xmlGetProp(n, (const xmlChar *)"content");
    if (key && val) {
        const char *k = (const char *)key, *v = (const char *)val;
        if (!strcasecmp(k, "og:title") || !strcasecmp(k, "twitter:title"))
            set_once(&m->og_title, v);
        else if (!strcasecmp(k, "article:published_time") || !strcasecmp(k, "datePublished") ||
                 !strcasecmp(k, "pubdate") || !strcasecmp(k, "publishdate") ||
                 !strcasecmp(k, "date") || !strcasecmp(k, "dc.date") ||
                 !strcasecmp(k, "dc.date.issued") || !strcasecmp(k, "og:published_time") ||
                 !strcasecmp(k, "sailthru.date") || !strcasecmp(k, "parsely-pub-date"))
            set_once(&m->date, v);
        else if (!strcasecmp(k, "author") || !strcasecmp(k, "article:author") ||
                 !strcasecmp(k, "dc.creator") || !strcasecmp(k, "byl"))
            set_once(&m->meta_byline, v);
        else if (!strcasecmp(k, "og:url"))
            set_once(&m->url, v);
        else if (!strcasecmp(k, "og:site_name") || !strcasecmp(k, "application-name"))
            set_once(&m->site, v);
    }
    xmlFree(key);
    xmlFree(val);
}

/* One pass over the whole page for metadata (before any node is dropped). */
static void collect_meta(xmlNode *n, meta *m, int depth)
{
    for (; n; n = n->next) {
        if (n->type != XML_ELEMENT_NODE)
            continue;
        const char *t = tag(n);
        if (!strcmp(t, "meta")) {
            meta_tag(n, m);
        } else if (!strcmp(t, "link")) {
            if (attr_is(n, "rel", "canonical")) {
                xmlChar *h = xmlGetProp(n, (const xmlChar *)"href");
                if (h) {
                    free(m->url); /* canonical beats og:url */
                    m->url = sift_ingest_clean((const char *)h, strlen((const char *)h));
                }
                xmlFree(h);
            }
        } else if (!strcmp(t, "title") && !m->title) {
            m->title = node_text(n);
        } else if (!strcmp(t, "h1") && !m->h1) {
            m->h1 = node_text(n);
        } else if (!strcmp(t, "time") && !m->time_date) {
            xmlChar *d = xmlGetProp(n, (const xmlChar *)"datetime");
            if (d)
                set_once(&m->time_date, (const char *)d);
            xmlFree(d);
        } else if (!strcmp(t, "script")) {
            if (attr_is(n, "type", "application/ld+json")) {
                xmlChar *c = xmlNodeGetContent(n);
                if (c) {
                    json_t *j = json_loads((const char *)c, 0, NULL);
                    if (j)
                        ld_walk(j, m, 0);
                    json_decref(j);
                    xmlFree(c);
                }
            }
            continue;
        } else if (!m->byline && (attr_is(n, "rel", "author") || attr_is(n, "itemprop", "author") ||
                                  attr_is(n, "class", "byline"))) {
            m->byline = node_text(n);
        }
        if (depth < 200)
            collect_meta(n->children, m, depth + 1);
    }
}

/* ---- Main text ------------------------------------------------------------ */

/* Unlink and free boilerplate subtrees. */
static void drop_junk(xmlNode *n, int depth)
{
    while (n) {
        xmlNode *next = n->next;
        if (n->type == XML_COMMENT_NODE || n->type == XML_PI_NODE) {
            xmlUnlinkNode(n);
            xmlFreeNode(n);
        } else if (n->type == XML_ELEMENT_NODE) {
            const char *t = tag(n);
            int keep = !strcmp(t, "html") || !strcmp(t, "body") || !strcmp(t, "article") ||
                       !strcmp(t, "main") || attr_is(n, "itemprop", "articleBody");
            if (is_junk_tag(t) || (!keep && (junk_attr(n, "class") || junk_attr(n, "id") ||
                                             attr_is(n, "role", "navigation") ||
                                             attr_is(n, "aria-hidden", "true") ||
                                             attr_is(n, "role", "complementary")))) {
                xmlUnlinkNode(n);
                xmlFreeNode(n);
            } else if (depth < 200) {
                drop_junk(n->children, depth + 1);
            }
        }
        n = next;
    }
}

static size_t text_len(xmlNode *n, int depth)
{
    size_t k = 0;
    for (; n; n = n->next) {
        if (n->type == XML_TEXT_NODE || n->type == XML_CDATA_SECTION_NODE)
            k += n->content ? strlen((const char *)n->content) : 0;
        else if (n->type == XML_ELEMENT_NODE && depth < 200)
            k += text_len(n->children, depth + 1);
    }
    return k;
}

typedef struct pick {
    xmlNode *body_prop, *article, *main;
    size_t article_len;
    xmlNode *best;
    double best_score;
} pick;

/* Scores live in each element's _private slot (as an integer). */
static void score_add(xmlNode *n, uintptr_t k)
{
    if (n && n->type == XML_ELEMENT_NODE)
        n->_private = (void *)((uintptr_t)n->_private + k);
}

static void find_root(xmlNode *n, pick *p, int depth)
{
    for (; n; n = n->next) {
        if (n->type != XML_ELEMENT_NODE)
            continue;
        const char *t = tag(n);
        if (!p->body_prop && attr_is(n, "itemprop", "articleBody"))
            p->body_prop = n;
        if (!strcmp(t, "article")) {
            size_t k = text_len(n->children, 0);
            if (k > p->article_len)
                p->article = n, p->article_len = k;
        }
        if (!p->main && (!strcmp(t, "main") || attr_is(n, "role", "main")))
            p->main = n;
        if (!strcmp(t, "p") || !strcmp(t, "pre") || !strcmp(t, "blockquote")) {
            size_t k = text_len(n->children, 0);
            if (k >= 25) {
                score_add(n->parent, k);
                if (n->parent)
                    score_add(n->parent->parent, k / 2);
            }
        }
        if (depth < 200)
            find_root(n->children, p, depth + 1);
    }
}

static void find_best(xmlNode *n, pick *p, int depth)
{
    for (; n; n = n->next) {
        if (n->type != XML_ELEMENT_NODE)
            continue;
        double s = (double)(uintptr_t)n->_private;
        if (s > p->best_score)
            p->best = n, p->best_score = s;
        n->_private = NULL;
        if (depth < 200)
            find_best(n->children, p, depth + 1);
    }
}

static int is_block(const char *t)
{
    static const char *blocks[] = {"p", "div", "section", "article", "main", "h1", "h2", "h3",
                                   "h4", "h5", "h6", "li", "ul", "ol", "dl", "dt", "dd",
                                   "blockquote", "pre", "table", "tr", "td", "th", "br", "hr",
                                   "figure", "figcaption", "header", "address", "center", NULL};
    for (int i = 0; blocks[i]; i++)
        if (!strcmp(t, blocks[i]))
            return 1;
    return 0;
}

typedef struct collector {
    sift_sbuf out, para;
    size_t link_chars;
} collector;

static void flush(collector *c)
{
    sift_sbuf_rtrim(&c->para);
    if (c->para.len > 0) {
        /* Paragraphs that are mostly links are navigation, not article text. */
        int linky = c->link_chars * 2 > c->para.len;
        if (!linky) {
            if (c->out.len > 0)
                sift_sbuf_put(&c->out, "\n\n", 2);
            sift_sbuf_put(&c->out, c->para.s, c->para.len);
        }
    }
    c->para.len = 0;
    c->link_chars = 0;
    if (c->para.s)
        c->para.s[0] = '\0';
}

static void collect(xmlNode *n, collector *c, int in_link, int depth)
{
    for (; n; n = n->next) {
        if (n->type == XML_TEXT_NODE || n->type == XML_CDATA_SECTION_NODE) {
            if (!n->content)
                continue;
            size_t before = c->para.len;
            const char *s = (const char *)n->content;
            if (c->para.len == 0)
                while (*s && isspace((unsigned char)*s))
                    s++;
            sift_sbuf_put_collapsed(&c->para, s, strlen(s));
            if (in_link)
                c->link_chars += c->para.len - before;
        } else if (n->type == XML_ELEMENT_NODE && depth < 200) {
            const char *t = tag(n);
            if (!strcmp(t, "h1") || !strcmp(t, "title"))
                continue; /* the headline is the title, kept apart */
            int block = is_block(t);
            if (block)
                flush(c);
            collect(n->children, c, in_link || !strcmp(t, "a"), depth + 1);
            if (block)
                flush(c);
        }
    }
}

static void strip_suffix(char *title, const char *site)
{
    if (!title || !site)
        return;
    static const char *seps[] = {" | ", " - ", " — ", " – ", " :: ", NULL};
    for (int i = 0; seps[i]; i++) {
        char *p = strstr(title, seps[i]);
        if (p && strcasecmp(p + strlen(seps[i]), site) == 0) {
            *p = '\0';
            return;
        }
    }
}

static char *take(char **a, char **b, char **c)
{
    char **slots[] = {a, b, c};
    for (int i = 0; i < 3; i++)
        if (slots[i] && *slots[i]) {
            char *v = *slots[i];
            *slots[i] = NULL;
            return v;
        }
    return NULL;
}

static void meta_free(meta *m)
{
    char **all[] = {&m->title, &m->og_title, &m->ld_title, &m->h1, &m->byline,
                    &m->ld_byline, &m->meta_byline, &m->date, &m->ld_date, &m->time_date,
                    &m->url, &m->ld_url, &m->site, &m->ld_site, &m->ld_body};
    for (size_t i = 0; i < sizeof all / sizeof *all; i++) {
        free(*all[i]);
        *all[i] = NULL;
    }
}

static int has_charset(const char *s, size_t n)
{
    size_t look = n < 4096 ? n : 4096;
    for (size_t i = 0; i + 8 <= look; i++)
        if (strncasecmp(s + i, "charset=", 8) == 0 || strncasecmp(s + i, "encoding=", 9) == 0)
            return 1;
    return 0;
}

int sift_html_extract(const char *name, const char *html, size_t len, int fragment,
                      sift_html_page *out, sift_error *err)
{
    memset(out, 0, sizeof *out);
    if (len > INT32_MAX)
        return sift_ingest_fail(err, SIFT_ERR_INPUT, 0, "%s: HTML too large", name);
    if (memchr(html, 0, len))
        return sift_ingest_fail(err, SIFT_ERR_INPUT, (size_t)((const char *)memchr(html, 0, len) - html),
                                "%s: binary data (a NUL byte at byte %zu), not HTML", name,
                                (size_t)((const char *)memchr(html, 0, len) - html));
    int opts = HTML_PARSE_RECOVER | HTML_PARSE_NOERROR | HTML_PARSE_NOWARNING | HTML_PARSE_NONET;
    htmlDocPtr doc = htmlReadMemory(html, (int)len, NULL,
                                    has_charset(html, len) ? NULL : "UTF-8", opts);
    xmlNode *root = doc ? xmlDocGetRootElement(doc) : NULL;
    if (!root) {
        xmlFreeDoc(doc);
        return sift_ingest_fail(err, SIFT_ERR_INPUT, 0, "%s: no HTML document could be parsed",
                                name);
    }
    meta m = {0};
    if (!fragment)
        collect_meta(root, &m, 0);
    drop_junk(root, 0);
    xmlNode *body = root;
    if (!fragment) {
        pick p = {0};
        find_root(root, &p, 0);
        find_best(root, &p, 0);
        body = p.body_prop ? p.body_prop
               : p.article && p.article_len >= 200 ? p.article
               : p.best && p.best_score >= 200 ? p.best
               : p.main ? p.main : root;
    }
    collector c = {{0}, {0}, 0};
    collect(body, &c, 0, 0);
    flush(&c);
    /* JSON-LD articleBody when the page itself gave (almost) nothing. */
    if (c.out.len < 80 && m.ld_body && strlen(m.ld_body) > c.out.len) {
        c.out.len = 0;
        sift_sbuf_put(&c.out, m.ld_body, strlen(m.ld_body));
    }
    free(c.para.s);
    xmlFreeDoc(doc);
    if (c.out.failed) {
        free(c.out.s);
        meta_free(&m);
        return sift_ingest_fail(err, SIFT_ERR_NOMEM, 0, "%s: out of memory", name);
    }
    out->text = c.out.s ? c.out.s : strdup("");
    out->len = c.out.len;
    out->site = take(&m.ld_site, &m.site, NULL);
    out->title = take(&m.ld_title, &m.og_title, &m.title);
    if (!out->title)
        out->title = take(&m.h1, NULL, NULL);
    strip_suffix(out->title, out->site);
    out->byline = take(&m.ld_byline, &m.meta_byline, &m.byline);
    if (out->byline && strncasecmp(out->byline, "by ", 3) == 0)
        memmove(out->byline, out->byline + 3, strlen(out->byline + 3) + 1);
    out->published = take(&m.ld_date, &m.date, &m.time_date);
    out->url = take(&m.url, &m.ld_url, NULL);
    if (out->url && !sift_ingest_is_url(out->url)) {
        free(out->url);
        out->url = NULL;
    }
    meta_free(&m);
    return SIFT_OK;
}

void sift_html_page_free(sift_html_page *p)
{
    if (!p)
        return;
    free(p->text);
    free(p->title);
    free(p->byline);
    free(p->published);
    free(p->url);
    free(p->site);
    memset(p, 0, sizeof *p);
}
