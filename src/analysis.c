/*
 * analysis.c — the public entry points: load resources, run the pipeline
 * over one document, expose the results.
 */
#include <limits.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <unistd.h>

#include "doc_int.h"
#include "text/utf8.h"

static int set_err(sift_error *err, int code, size_t off, const char *fmt, ...)
    __attribute__((format(printf, 4, 5)));

static int set_err(sift_error *err, int code, size_t off, const char *fmt, ...)
{
    if (err) {
        va_list ap;
        va_start(ap, fmt);
        vsnprintf(err->msg, sizeof err->msg, fmt, ap);
        va_end(ap);
        err->offset = off;
    }
    return code;
}

int sift_resources_load(const char *dir, sift_resources **out, sift_error *err)
{
    return sift_resources_open(dir, 0, out, err);
}

int sift_resources_open(const char *dir, unsigned flags, sift_resources **out, sift_error *err)
{
    *out = NULL;
    if (!dir)
        return set_err(err, SIFT_ERR_ARG, SIZE_MAX, "no model directory given");
    sift_resources *r = calloc(1, sizeof *r);
    if (!r)
        return set_err(err, SIFT_ERR_NOMEM, SIZE_MAX, "%s: out of memory", dir);
    char path[4096];
    snprintf(path, sizeof path, "%s/lexicon.tsv", dir);
    int rc = sift_lex_load(path, &r->lex, err);
    if (rc != SIFT_OK) {
        free(r);
        return rc;
    }
    r->words = sift_words_new();
    if (!r->words) {
        sift_resources_free(r);
        return set_err(err, SIFT_ERR_NOMEM, SIZE_MAX, "%s: out of memory", dir);
    }
    /* the statistical models are optional; a damaged one is an error */
    snprintf(path, sizeof path, "%s/pos.model", dir);
    if (!(flags & SIFT_LOAD_NO_MODELS) && access(path, R_OK) == 0) {
        rc = sift_models_load(dir, flags & SIFT_LOAD_NO_PARSER ? SIFT_MODELS_NO_PARSER : 0, r->lex,
                              &r->models, err);
        if (rc != SIFT_OK) {
            sift_resources_free(r);
            return rc;
        }
    }
    *out = r;
    return SIFT_OK;
}

void sift_resources_free(sift_resources *r)
{
    if (!r)
        return;
    sift_lex_free(r->lex);
    sift_words_free(r->words);
    sift_models_free(&r->models);
    free(r);
}

/* Parse "YYYY-MM-DD" into its parts; 0 on success. */
static int parse_date(const char *s, int *y, int *m, int *d)
{
    static const int mdays[] = {31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
    if (strlen(s) != 10 || s[4] != '-' || s[7] != '-')
        return -1;
    for (int i = 0; i < 10; i++)
        if (i != 4 && i != 7 && (s[i] < '0' || s[i] > '9'))
            return -1;
    *y = atoi(s);
    *m = atoi(s + 5);
    *d = atoi(s + 8);
    if (*m < 1 || *m > 12 || *d < 1 || *d > mdays[*m - 1])
        return -1;
    if (*m == 2 && *d == 29 && !((*y % 4 == 0 && *y % 100 != 0) || *y % 400 == 0))
        return -1;
    return 0;
}

int sift_build_public(doc *d)
{
    d->n_pub_ents = d->ents.n;
    d->pub_ents = sift_arena_calloc(d->arena, d->ents.n + 1, sizeof *d->pub_ents);
    if (!d->pub_ents)
        return -1;
    static const char *kinds[] = {"name", "surname", "nominal", "pronoun"};
    for (size_t e = 0; e < d->ents.n; e++) {
        const entity *en = &d->ents.v[e];
        sift_entity *p = &d->pub_ents[e];
        p->id = sift_arena_printf(d->arena, "E%zu", e + 1);
        p->type = sift_type_names[en->type];
        p->name = en->name;
        p->canonical = en->canon;
        p->title = en->title;
        p->alias = en->alias;
        p->geo = en->geo;
        sift_mention *ms = sift_arena_calloc(d->arena, en->ments.n + 1, sizeof *ms);
        if (!p->id || !ms)
            return -1;
        for (size_t k = 0; k < en->ments.n; k++) {
            const mention *m = &d->ments.v[en->ments.v[k]];
            ms[k].span.start = d->toks.v[m->t0].start;
            ms[k].span.end = d->toks.v[m->t1 - 1].end;
            ms[k].text = sift_span_text(d, m->t0, m->t1);
            ms[k].kind = kinds[m->kind];
            if (!ms[k].text)
                return -1;
        }
        p->mentions = ms;
        p->n_mentions = en->ments.n;
    }
    return 0;
}

int sift_analyze(const sift_resources *res, const char *text, size_t len,
                 const sift_doc_options *opts, sift_analysis **out, sift_error *err)
{
    static const sift_doc_options none = {0};
    const char *name = opts && opts->id ? opts->id : "document";
    *out = NULL;
    if (!res || (!text && len))
        return set_err(err, SIFT_ERR_ARG, SIZE_MAX, "%s: no resources or text given", name);
    if (!opts)
        opts = &none;
    if (len >= UINT32_MAX)
        return set_err(err, SIFT_ERR_INPUT, SIZE_MAX, "%s: larger than 4 GiB", name);
    const char *nul = len ? memchr(text, '\0', len) : NULL;
    if (nul)
        return set_err(err, SIFT_ERR_INPUT, (size_t)(nul - text),
                       "%s: binary data (NUL byte at byte offset %zu)", name, (size_t)(nul - text));
    size_t bad = sift_utf8_validate(text, len);
    if (bad < len && !opts->lenient)
        return set_err(err, SIFT_ERR_INPUT, bad,
                       "%s: invalid UTF-8 at byte offset %zu (use --lenient to analyse anyway)", name, bad);
    int y = 0, m = 0, dd = 0;
    if (opts->published && parse_date(opts->published, &y, &m, &dd) != 0)
        return set_err(err, SIFT_ERR_ARG, SIZE_MAX,
                       "invalid publication date '%s' (expected YYYY-MM-DD)", opts->published);
    sift_arena *a = sift_arena_new(len * 8 + 65536);
    doc *d = a ? sift_arena_calloc(a, 1, sizeof *d) : NULL;
    if (!d)
        goto nomem;
    d->arena = a;
    d->res = res;
    d->len = len;
    d->text = sift_arena_strndup(a, text ? text : "", len);
    d->id = sift_arena_strndup(a, opts->id ? opts->id : "doc", strlen(opts->id ? opts->id : "doc"));
    d->title = opts->title ? sift_arena_strndup(a, opts->title, strlen(opts->title)) : NULL;
    d->published = opts->published ? sift_arena_strndup(a, opts->published, 10) : NULL;
    d->no_models = opts->no_models;
    d->pub_y = y;
    d->pub_m = m;
    d->pub_d = dd;
    if (!d->text || !d->id)
        goto nomem;
    if (sift_tokenize(d) || sift_annotate(d) || sift_recognize(d) || sift_resolve(d) || sift_extract_dates(d) ||
        sift_extract_quotes(d) || sift_extract_claims(d) || sift_bind_bodies(d) || sift_build_public(d))
        goto nomem;
    *out = d;
    return SIFT_OK;
nomem:
    sift_arena_free(a);
    return set_err(err, SIFT_ERR_NOMEM, SIZE_MAX, "%s: out of memory", name);
}

void sift_analysis_free(sift_analysis *an)
{
    if (an)
        sift_arena_free(an->arena);
}

const sift_entity *sift_analysis_entities(const sift_analysis *an, size_t *n)
{
    *n = an->n_pub_ents;
    return an->pub_ents;
}

const sift_quote *sift_analysis_quotes(const sift_analysis *an, size_t *n)
{
    *n = an->quotes.n;
    return an->quotes.v;
}

const sift_date *sift_analysis_dates(const sift_analysis *an, size_t *n)
{
    *n = an->dates.n;
    return an->dates.v;
}

const sift_claim *sift_analysis_claims(const sift_analysis *an, size_t *n)
{
    *n = an->claims.n;
    return an->claims.v;
}

const char *sift_analysis_text(const sift_analysis *an, size_t *len)
{
    if (len)
        *len = an->len;
    return an->text;
}
