/*
 * json.c — the analysis as one JSON object per ../shared/CONTRACT.md, plus
 * evidence fields (rule, sentence offsets, title, geo, via).
 */
#include <math.h>
#include <string.h>

#include "../doc_int.h"
#include "../util/buf.h"

static void key(sift_buf *b, const char *k)
{
    sift_buf_json_str(b, k, strlen(k));
    sift_buf_putc(b, ':');
}

static void str_or_null(sift_buf *b, const char *s)
{
    if (s)
        sift_buf_json_str(b, s, strlen(s));
    else
        sift_buf_puts(b, "null");
}

static void span_fields(sift_buf *b, sift_span sp, const char *text)
{
    sift_buf_printf(b, "\"start\":%u,\"end\":%u,", sp.start, sp.end);
    key(b, "text");
    str_or_null(b, text);
}

static void number(sift_buf *b, double v)
{
    if (!isfinite(v))
        sift_buf_puts(b, "null");
    else if (v == floor(v) && fabs(v) < 1e15)
        sift_buf_printf(b, "%.0f", v);
    else
        sift_buf_printf(b, "%.10g", v);
}

static void entity_ref(sift_buf *b, const doc *d, int e)
{
    if (e >= 0 && (size_t)e < d->n_pub_ents)
        sift_buf_json_str(b, d->pub_ents[e].id, strlen(d->pub_ents[e].id));
    else
        sift_buf_puts(b, "null");
}

static void quote_obj(sift_buf *b, const doc *d, const sift_quote *q)
{
    sift_buf_putc(b, '{');
    span_fields(b, q->span, q->text);
    sift_buf_putc(b, ',');
    key(b, "kind");
    str_or_null(b, q->kind);
    sift_buf_putc(b, ',');
    key(b, "speaker");
    entity_ref(b, d, q->speaker);
    sift_buf_putc(b, ',');
    key(b, "speaker_name");
    str_or_null(b, q->speaker_name);
    sift_buf_putc(b, ',');
    key(b, "cue");
    str_or_null(b, q->cue);
    if (q->via) {
        sift_buf_putc(b, ',');
        key(b, "via");
        str_or_null(b, q->via);
    }
    sift_buf_printf(b, ",\"evidence\":{\"sentence\":[%u,%u],\"rule\":", q->sentence.start,
                    q->sentence.end);
    str_or_null(b, q->rule);
    sift_buf_puts(b, "}}");
}

const char *sift_analysis_json(sift_analysis *d, size_t *len)
{
    sift_buf b;
    sift_buf_init(&b, d->arena);
    sift_buf_puts(&b, "{\"doc\":{");
    key(&b, "id");
    str_or_null(&b, d->id);
    sift_buf_putc(&b, ',');
    key(&b, "title");
    str_or_null(&b, d->title);
    sift_buf_putc(&b, ',');
    key(&b, "published");
    str_or_null(&b, d->published);
    sift_buf_printf(&b, ",\"lang\":\"en\",\"bytes\":%zu,\"tokens\":%zu,\"sentences\":%zu},", d->len,
                    d->toks.n, d->sents.n);

    sift_buf_puts(&b, "\"entities\":[");
    for (size_t i = 0; i < d->n_pub_ents; i++) {
        const sift_entity *e = &d->pub_ents[i];
        if (i)
            sift_buf_putc(&b, ',');
        sift_buf_putc(&b, '{');
        key(&b, "id");
        str_or_null(&b, e->id);
        sift_buf_putc(&b, ',');
        key(&b, "type");
        str_or_null(&b, e->type);
        sift_buf_putc(&b, ',');
        key(&b, "name");
        str_or_null(&b, e->name);
        if (e->title) {
            sift_buf_putc(&b, ',');
            key(&b, "title");
            str_or_null(&b, e->title);
        }
        if (e->canonical && strcmp(e->canonical, e->name) != 0) {
            sift_buf_putc(&b, ',');
            key(&b, "canonical");
            str_or_null(&b, e->canonical);
        }
        if (e->alias) {
            sift_buf_putc(&b, ',');
            key(&b, "alias");
            str_or_null(&b, e->alias);
        }
        if (e->geo) {
            sift_buf_putc(&b, ',');
            key(&b, "geo");
            str_or_null(&b, e->geo);
        }
        sift_buf_puts(&b, ",\"mentions\":[");
        for (size_t m = 0; m < e->n_mentions; m++) {
            if (m)
                sift_buf_putc(&b, ',');
            sift_buf_putc(&b, '{');
            span_fields(&b, e->mentions[m].span, e->mentions[m].text);
            sift_buf_puts(&b, ",\"kind\":");
            str_or_null(&b, e->mentions[m].kind);
            sift_buf_putc(&b, '}');
        }
        sift_buf_puts(&b, "]}");
    }
    sift_buf_puts(&b, "],\"quotes\":[");
    int first = 1;
    for (size_t i = 0; i < d->quotes.n; i++) {
        if (!first)
            sift_buf_putc(&b, ',');
        first = 0;
        quote_obj(&b, d, &d->quotes.v[i]);
    }
    sift_buf_puts(&b, "],\"reported\":[");
    first = 1;
    for (size_t i = 0; i < d->quotes.n; i++) {
        if (strcmp(d->quotes.v[i].kind, "indirect") != 0)
            continue;
        if (!first)
            sift_buf_putc(&b, ',');
        first = 0;
        quote_obj(&b, d, &d->quotes.v[i]);
    }
    sift_buf_puts(&b, "],\"dates\":[");
    for (size_t i = 0; i < d->dates.n; i++) {
        const sift_date *dt = &d->dates.v[i];
        if (i)
            sift_buf_putc(&b, ',');
        sift_buf_putc(&b, '{');
        span_fields(&b, dt->span, dt->text);
        sift_buf_putc(&b, ',');
        key(&b, "value");
        str_or_null(&b, dt->value);
        sift_buf_puts(&b, ",\"evidence\":{\"rule\":");
        str_or_null(&b, dt->rule);
        sift_buf_puts(&b, "}}");
    }
    sift_buf_puts(&b, "],\"claims\":[");
    for (size_t i = 0; i < d->claims.n; i++) {
        const sift_claim *c = &d->claims.v[i];
        if (i)
            sift_buf_putc(&b, ',');
        sift_buf_putc(&b, '{');
        span_fields(&b, c->span, c->text);
        sift_buf_puts(&b, ",\"value\":");
        if (c->has_value)
            number(&b, c->value);
        else
            sift_buf_puts(&b, "null");
        if (c->has_max) {
            sift_buf_puts(&b, ",\"value_max\":");
            number(&b, c->value_max);
        }
        sift_buf_puts(&b, ",\"qualifier\":");
        str_or_null(&b, c->qualifier);
        sift_buf_puts(&b, ",\"unit\":");
        str_or_null(&b, c->unit);
        if (c->per) {
            sift_buf_puts(&b, ",\"per\":");
            sift_buf_json_str(&b, c->per, strlen(c->per));
        }
        sift_buf_puts(&b, ",\"subject\":");
        str_or_null(&b, c->subject);
        sift_buf_puts(&b, ",\"source\":");
        entity_ref(&b, d, c->source);
        sift_buf_puts(&b, ",\"source_name\":");
        str_or_null(&b, c->source_name);
        sift_buf_printf(&b, ",\"evidence\":{\"sentence\":[%u,%u],\"quote\":%d}}", c->sentence.start,
                        c->sentence.end, c->quote);
    }
    sift_buf_puts(&b, "]}");
    const char *out = sift_buf_finish(&b);
    if (len)
        *len = out ? b.len : 0;
    return out;
}
