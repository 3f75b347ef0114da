/*
 * report.c — the analysis as a report a person reads: who said what
 * (grouped by speaker), the figures and who asserts them, dates, entities.
 */
#include <math.h>
#include <stdio.h>
#include <string.h>

#include "../doc_int.h"
#include "../util/buf.h"

static void line_text(sift_buf *b, const char *s, size_t max)
{
    size_t n = strlen(s);
    for (size_t i = 0; i < n && i < max; i++)
        sift_buf_putc(b, s[i] == '\n' ? ' ' : s[i]);
    if (n > max)
        sift_buf_puts(b, "...");
}

/* A speaker or source as the text gives it, and the entity it speaks for
 * when the phrase does not name it: "a company spokesman (for Hanbit
 * Electronics)". */
static void who(sift_buf *b, const doc *d, const char *name, int e)
{
    sift_buf_puts(b, name);
    if (e >= 0 && (size_t)e < d->n_pub_ents && !strstr(name, d->pub_ents[e].name))
        sift_buf_printf(b, " (for %s)", d->pub_ents[e].name);
}

static void quotes_by_speaker(sift_buf *b, const doc *d)
{
    sift_buf_puts(b, "\nWHO SAID WHAT\n");
    const char **seen = sift_arena_calloc(d->arena, d->quotes.n + 1, sizeof *seen);
    size_t nseen = 0;
    for (size_t i = 0; i < d->quotes.n; i++) {
        const char *sp = d->quotes.v[i].speaker_name;
        if (!sp || strcmp(d->quotes.v[i].kind, "scare") == 0)
            continue;
        int dup = 0;
        for (size_t k = 0; k < nseen && !dup; k++)
            dup = strcmp(seen[k], sp) == 0;
        if (dup || !seen)
            continue;
        seen[nseen++] = sp;
        sift_buf_puts(b, "  ");
        who(b, d, sp, d->quotes.v[i].speaker);
        sift_buf_putc(b, '\n');
        for (size_t j = i; j < d->quotes.n; j++) {
            const sift_quote *q = &d->quotes.v[j];
            if (!q->speaker_name || strcmp(q->speaker_name, sp) != 0)
                continue;
            sift_buf_printf(b, "    [%s, %s] ", q->kind, q->cue ? q->cue : "-");
            if (strcmp(q->kind, "indirect") != 0)
                sift_buf_puts(b, "\"");
            line_text(b, q->text, 300);
            if (strcmp(q->kind, "indirect") != 0)
                sift_buf_puts(b, "\"");
            if (q->via)
                sift_buf_printf(b, " (citing %s)", q->via);
            sift_buf_putc(b, '\n');
        }
    }
    int scare = 0;
    for (size_t i = 0; i < d->quotes.n; i++) {
        const sift_quote *q = &d->quotes.v[i];
        if (q->speaker_name)
            continue;
        if (!scare++)
            sift_buf_puts(b, "  (no speaker)\n");
        sift_buf_printf(b, "    [%s] \"", q->kind);
        line_text(b, q->text, 300);
        sift_buf_puts(b, "\"\n");
    }
}

/* 11000 -> "11,000", 3.5 -> "3.5", 4.1 million (4100000.0000000005) -> "4,100,000". */
static void format_value(char *out, size_t cap, double v)
{
    double r = nearbyint(v);
    if (fabs(v - r) <= 1e-9 * fabs(v))
        v = r;
    if (v != (double)(long long)v || v < 0 || v >= 1e18) {
        snprintf(out, cap, "%.15g", v);
        return;
    }
    char digits[32];
    int n = snprintf(digits, sizeof digits, "%lld", (long long)v);
    size_t o = 0;
    for (int i = 0; i < n && o + 2 < cap; i++) {
        if (i > 0 && (n - i) % 3 == 0)
            out[o++] = ',';
        out[o++] = digits[i];
    }
    out[o] = '\0';
}

const char *sift_analysis_report(sift_analysis *d, size_t *len)
{
    sift_buf b;
    sift_buf_init(&b, d->arena);
    sift_buf_printf(&b, "== %s", d->id ? d->id : "document");
    if (d->title)
        sift_buf_printf(&b, ": %s", d->title);
    sift_buf_printf(&b, "\npublished: %s   %zu sentences, %zu tokens\n",
                    d->published ? d->published : "unknown", d->sents.n, d->toks.n);
    quotes_by_speaker(&b, d);
    sift_buf_puts(&b, "\nFIGURES\n");
    for (size_t i = 0; i < d->claims.n; i++) {
        const sift_claim *c = &d->claims.v[i];
        sift_buf_puts(&b, "  ");
        char num[48];
        if (c->has_value)
            format_value(num, sizeof num, c->value);
        else
            snprintf(num, sizeof num, "(vague)");
        if (c->has_max) {
            char hi[32];
            format_value(hi, sizeof hi, c->value_max);
            size_t l = strlen(num);
            snprintf(num + l, sizeof num - l, "-%s", hi);
        }
        sift_buf_printf(&b, "%-14s", num);
        char unit[64]; /* "barrel/day" for a rate */
        snprintf(unit, sizeof unit, "%s%s%s", c->unit ? c->unit : "-", c->per ? "/" : "", c->per ? c->per : "");
        sift_buf_printf(&b, " %-10s ", unit);
        line_text(&b, c->text, 80);
        sift_buf_puts(&b, "\n               asserted by: ");
        who(&b, d, c->source_name ? c->source_name : "the outlet itself", c->source_name ? c->source : -1);
        sift_buf_putc(&b, '\n');
    }
    sift_buf_puts(&b, "\nDATES\n");
    for (size_t i = 0; i < d->dates.n; i++)
        sift_buf_printf(&b, "  %-24s -> %s\n", d->dates.v[i].text,
                        d->dates.v[i].value ? d->dates.v[i].value : "(unresolved)");
    sift_buf_puts(&b, "\nENTITIES\n");
    for (size_t i = 0; i < d->n_pub_ents; i++) {
        const sift_entity *e = &d->pub_ents[i];
        sift_buf_printf(&b, "  %-6s %s", e->type, e->name);
        if (e->title)
            sift_buf_printf(&b, " (%s)", e->title);
        sift_buf_printf(&b, "  x%zu:", e->n_mentions);
        for (size_t m = 0; m < e->n_mentions && m < 6; m++)
            sift_buf_printf(&b, "%s \"%s\"@%u", m ? "," : "", e->mentions[m].text,
                            e->mentions[m].span.start);
        sift_buf_putc(&b, '\n');
    }
    const char *out = sift_buf_finish(&b);
    if (len)
        *len = out ? b.len : 0;
    return out;
}
