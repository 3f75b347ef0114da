/*
 * feed.c — RSS (0.9x, 1.0, 2.0) and Atom feeds: each item is a report.
 *
 * The full text comes from content:encoded (RSS) or <content> (Atom), run
 * through the HTML extractor as a fragment. An item that carries only a
 * summary is still stored with its summary, and its link goes out in
 * doc->follow so the caller can fetch the page for the full text.
 * A malformed feed is parsed a second time in recovery mode: the items
 * before the damage are kept and the damage is reported with its line.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include <libxml/parser.h>
#include <libxml/tree.h>
#include <libxml/xmlerror.h>

#include "ingest_int.h"

static int is(const xmlNode *n, const char *local)
{
    return n->type == XML_ELEMENT_NODE && n->name && strcmp((const char *)n->name, local) == 0;
}

static xmlNode *child(xmlNode *n, const char *local)
{
    for (xmlNode *c = n ? n->children : NULL; c; c = c->next)
        if (is(c, local))
            return c;
    return NULL;
}

/* The trimmed text of a child element, malloc'd, or NULL. */
static char *child_text(xmlNode *n, const char *local)
{
    xmlNode *c = child(n, local);
    if (!c)
        return NULL;
    xmlChar *t = xmlNodeGetContent(c);
    char *s = t ? sift_ingest_clean((const char *)t, strlen((const char *)t)) : NULL;
    xmlFree(t);
    return s;
}

/* The raw (untrimmed) content, malloc'd; for HTML payloads. */
static char *child_raw(xmlNode *n, const char *local, const char *ns_prefix_hint)
{
    for (xmlNode *c = n->children; c; c = c->next) {
        if (!is(c, local))
            continue;
        if (ns_prefix_hint && (!c->ns || !c->ns->href ||
                               !strstr((const char *)c->ns->href, ns_prefix_hint)))
            continue;
        xmlChar *type = xmlGetProp(c, (const xmlChar *)"type");
        char *s = NULL;
        if (type && strcmp((const char *)type, "xhtml") == 0) {
            /* Atom xhtml content: serialise the child elements back to markup. */
            xmlBufferPtr b = xmlBufferCreate();
            for (xmlNode *k = c->children; k && b; k = k->next)
                xmlNodeDump(b, c->doc, k, 0, 0);
            if (b) {
                s = strdup((const char *)xmlBufferContent(b));
                xmlBufferFree(b);
            }
        } else {
            xmlChar *t = xmlNodeGetContent(c);
            s = t ? strdup((const char *)t) : NULL;
            xmlFree(t);
        }
        xmlFree(type);
        return s;
    }
    return NULL;
}

/* Atom: <link rel="alternate" href=...> (or no rel); RSS: <link>text</link>. */
static char *item_link(xmlNode *it)
{
    for (xmlNode *c = it->children; c; c = c->next) {
        if (!is(c, "link"))
            continue;
        xmlChar *href = xmlGetProp(c, (const xmlChar *)"href");
        if (href) {
            xmlChar *rel = xmlGetProp(c, (const xmlChar *)"rel");
            int alt = !rel || strcmp((const char *)rel, "alternate") == 0;
            xmlFree(rel);
            char *s = alt ? sift_ingest_clean((const char *)href, strlen((const char *)href)) : NULL;
            xmlFree(href);
            if (s)
                return s;
            continue;
        }
        xmlChar *t = xmlNodeGetContent(c);
        char *s = t ? sift_ingest_clean((const char *)t, strlen((const char *)t)) : NULL;
        xmlFree(t);
        if (s)
            return s;
    }
    return NULL;
}

/* Item text from an HTML payload (or plain text when it holds no markup). */
static char *html_text(const char *origin, const char *html, size_t *len)
{
    if (!html)
        return NULL;
    sift_html_page pg;
    sift_error e;
    if (!strchr(html, '<')) {
        char *s = sift_ingest_clean(html, strlen(html));
        *len = s ? strlen(s) : 0;
        return s;
    }
    if (sift_html_extract(origin, html, strlen(html), 1, &pg, &e) != SIFT_OK)
        return NULL;
    char *t = pg.text;
    *len = pg.len;
    pg.text = NULL;
    sift_html_page_free(&pg);
    if (*len == 0) {
        free(t);
        return NULL;
    }
    return t;
}

static int emit_item(const char *name, xmlNode *it, size_t index, const char *outlet,
                     const sift_ingest_sink *sink)
{
    char origin[600];
    snprintf(origin, sizeof origin, "%s, item %zu", name, index);
    char *title = child_text(it, "title");
    char *link = item_link(it);
    char *guid = child_text(it, "guid");
    if (!guid)
        guid = child_text(it, "id");
    char *author = child_text(it, "creator");
    if (!author) {
        xmlNode *a = child(it, "author");
        author = a && child(a, "name") ? child_text(a, "name") : child_text(it, "author");
    }
    char *pub = child_text(it, "pubDate");
    if (!pub)
        pub = child_text(it, "published");
    if (!pub)
        pub = child_text(it, "date");
    if (!pub)
        pub = child_text(it, "updated");
    char *src = child_text(it, "source");

    size_t len = 0;
    char *full = child_raw(it, "encoded", "content");
    if (!full)
        full = child_raw(it, "content", NULL);
    char *text = html_text(origin, full, &len);
    int summary_only = 0;
    if (!text) {
        char *sum = child_raw(it, "description", NULL);
        if (!sum)
            sum = child_raw(it, "summary", NULL);
        text = html_text(origin, sum, &len);
        free(sum);
        summary_only = 1;
    }
    char date[11];
    const char *url = link ? link : (guid && sift_ingest_is_url(guid) ? guid : NULL);
    int rc = 0;
    if (!text && !(url && sift_ingest_is_url(url))) {
        sift_ingest_warnf(sink, SIZE_MAX, "%s: no text and no link, skipped", origin);
        rc = -1;
    } else {
        sift_ingest_doc d = {.text = text ? text : "", .len = text ? len : 0, .url = url,
                             .title = title, .byline = author,
                             .published = pub && sift_ingest_date(pub, date) == 0 ? date : NULL,
                             .outlet = src ? src : outlet, .origin = origin,
                             .follow = summary_only && url && sift_ingest_is_url(url) ? url : NULL};
        sink->doc(sink->ud, &d);
    }
    free(title);
    free(link);
    free(guid);
    free(author);
    free(pub);
    free(src);
    free(full);
    free(text);
    return rc;
}

static void walk_items(const char *name, xmlNode *n, const char *outlet, size_t *index,
                       const sift_ingest_sink *sink, int depth)
{
    for (; n; n = n->next) {
        if (is(n, "item") || is(n, "entry")) {
            (*index)++;
            emit_item(name, n, *index, outlet, sink);
        } else if (n->type == XML_ELEMENT_NODE && depth < 8) {
            walk_items(name, n->children, outlet, index, sink, depth + 1);
        }
    }
}

int sift_ingest_feed(const char *name, const char *data, size_t len, const char *base_url,
                     const sift_ingest_sink *sink, sift_error *err)
{
    if (len > 0x7fffffff)
        return sift_ingest_fail(err, SIFT_ERR_INPUT, 0, "%s: feed too large", name);
    int opts = XML_PARSE_NONET | XML_PARSE_NOERROR | XML_PARSE_NOWARNING | XML_PARSE_NOCDATA |
               XML_PARSE_HUGE;
    xmlResetLastError();
    xmlDocPtr doc = xmlReadMemory(data, (int)len, base_url, NULL, opts);
    char damage[300] = "";
    if (!doc) {
        const xmlError *e = xmlGetLastError();
        snprintf(damage, sizeof damage, "line %d, column %d: %s", e ? e->line : 0,
                 e ? e->int2 : 0, e && e->message ? e->message : "malformed XML");
        size_t n = strlen(damage);
        while (n > 0 && (damage[n - 1] == '\n' || damage[n - 1] == ' '))
            damage[--n] = '\0';
        doc = xmlReadMemory(data, (int)len, base_url, NULL, opts | XML_PARSE_RECOVER);
    }
    xmlNode *root = doc ? xmlDocGetRootElement(doc) : NULL;
    if (!root) {
        xmlFreeDoc(doc);
        return sift_ingest_fail(err, SIFT_ERR_INPUT, 0, "%s: not a feed: %s", name,
                                damage[0] ? damage : "no root element");
    }
    if (!is(root, "rss") && !is(root, "feed") && !is(root, "RDF")) {
        sift_ingest_fail(err, SIFT_ERR_INPUT, 0,
                         "%s: XML but not a feed (root element <%.40s>, expected <rss> or <feed>)",
                         name, root->name ? (const char *)root->name : "?");
        xmlFreeDoc(doc);
        return SIFT_ERR_INPUT;
    }
    xmlNode *chan = is(root, "feed") ? root : child(root, "channel");
    char *outlet = chan ? child_text(chan, "title") : NULL;
    if (!outlet)
        outlet = sift_ingest_url_host(base_url);
    size_t index = 0;
    walk_items(name, root->children, outlet, &index, sink, 0);
    free(outlet);
    xmlFreeDoc(doc);
    if (damage[0])
        return sift_ingest_fail(err, SIFT_ERR_INPUT, SIZE_MAX,
                                "%s: malformed feed at %s (%zu item%s before it kept)", name,
                                damage, index, index == 1 ? "" : "s");
    return SIFT_OK;
}
