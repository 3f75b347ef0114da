/*
 * quotes.c — quotations and reported speech, with their speakers.
 *
 * 1. Pair quote marks. A double quote that is still open at a paragraph
 *    break continues when the next paragraph opens with a quote mark (the
 *    news convention); each paragraph's part becomes one quote of a group.
 *    Single quotes count only outside double ones.
 * 2. Classify each quote. Embedded in a sentence (the words before it do not
 *    end in ':' or ',') it is a fragment: "mixed" when a speech verb in the
 *    sentence gives it a speaker, "scare" when it is one word or no verb
 *    claims it. Otherwise it is "direct", and its speaker comes from the
 *    attribution after it (", he said" / ", said Ovcharenko"), before it
 *    ("Zelensky said: "), or from the quote it continues.
 * 3. Reported speech: a speech verb outside quotations followed by "that"
 *    (or, for verbs like "said", by a clause with a finite verb), and
 *    "according to X". The clause runs to the end of the sentence or to a
 *    comma that opens an adjunct (", citing ...", ", which ...").
 */
#include <stdlib.h>
#include <string.h>

#include "../doc_int.h"
#include "extract_int.h"

typedef struct qpair {
    uint32_t open, c0, c1; /* open mark; content tokens [c0,c1) */
    int group;             /* index of the first part of a multi-paragraph quote */
} qpair;

static int is_p(const doc *d, uint32_t i, char c)
{
    const tok *t = &d->toks.v[i];
    return t->kind == TK_PUNCT && t->end - t->start == 1 && d->text[t->start] == c;
}

typedef SIFT_VEC(qpair) qvec;

static int push_pair(doc *d, qvec *v, uint32_t open, uint32_t c0, uint32_t c1,
                     int group)
{
    if (c1 <= c0)
        return 0;
    qpair p = {open, c0, c1, group < 0 ? (int)v->n : group};
    return SIFT_VEC_PUSH(d->arena, *v, p);
}

static int pair_marks(doc *d, qvec *v)
{
    int64_t open = -1, sopen = -1;
    int group = -1;
    uint32_t n = (uint32_t)d->toks.n;
    for (uint32_t i = 0; i < n; i++) {
        const tok *t = &d->toks.v[i];
        if (t->flags & TF_PARA) {
            sopen = -1;
            if (open >= 0) {
                if (t->kind == TK_QUOTE && !(t->flags & TF_QSINGLE) && (t->flags & TF_QOPEN)) {
                    size_t before = v->n;
                    if (push_pair(d, v, (uint32_t)open, (uint32_t)open + 1, i, group) != 0)
                        return -1;
                    if (v->n > before && group < 0)
                        group = (int)v->n - 1;
                    open = i;
                    continue;
                }
                open = -1;
                group = -1;
            }
        }
        if (t->kind != TK_QUOTE)
            continue;
        if (t->flags & TF_QSINGLE) {
            if (open >= 0)
                continue;
            if ((t->flags & TF_QOPEN) && !(t->flags & TF_POSS))
                sopen = i;
            else if ((t->flags & TF_QCLOSE) && sopen >= 0 && !(t->flags & TF_POSS)) {
                if (push_pair(d, v, (uint32_t)sopen, (uint32_t)sopen + 1, i, -1) != 0)
                    return -1;
                sopen = -1;
            }
            continue;
        }
        if (open < 0) {
            if (t->flags & TF_QOPEN)
                open = i;
            continue;
        }
        if (t->flags & TF_QCLOSE || d->text[t->start] == '"') {
            if (push_pair(d, v, (uint32_t)open, (uint32_t)open + 1, i, group) != 0)
                return -1;
            open = -1;
            group = -1;
        } else {
            open = i; /* two opening curly marks: the first was stray */
        }
    }
    return 0;
}

/* Is the quote opening at token `open` preceded by "so-called"? */
static int so_called(const doc *d, uint32_t open)
{
    return open > 2 && sift_tok_is(d, open - 1, "called") && is_p(d, open - 2, '-') &&
           sift_tok_is(d, open - 3, "so");
}

/* Cue phrase at token c: "said", "told KBS", "according to". */
static const char *cue_text(doc *d, uint32_t c)
{
    if (sift_tok_is(d, c, "according") && sift_tok_is(d, c + 1, "to"))
        return sift_span_text(d, c, c + 2);
    if ((sift_tok_is(d, c, "told") || sift_tok_is(d, c, "tells") || sift_tok_is(d, c, "tell")) &&
        c + 1 < d->toks.n) {
        uint32_t e = c + 1;
        int ent = sift_entity_at(d, e);
        if (ent < 0 && sift_tok_is(d, e, "the") && sift_entity_at(d, e + 1) >= 0)
            ent = sift_entity_at(d, ++e);
        if (ent >= 0) {
            while (e < d->toks.n && sift_entity_at(d, e) == ent)
                e++;
            return sift_span_text(d, c, e);
        }
        /* "told reporters", "told parliament", "told the committee" */
        uint32_t f = sift_tok_is(d, e, "the") ? e + 1 : e;
        if (f < d->toks.n && d->toks.v[f].kind == TK_WORD && !(d->toks.v[f].flags & TF_CAP) &&
            ((d->toks.v[f].w.flags & W_GROUP) || sift_tok_is(d, f, "parliament") ||
             sift_tok_is(d, f, "congress") || sift_tok_is(d, f, "lawmakers")))
            return sift_span_text(d, c, f + 1);
    }
    return sift_span_text(d, c, c + 1);
}

static int is_cue(const doc *d, uint32_t i)
{
    const tok *t = &d->toks.v[i];
    if (t->kind != TK_WORD || !(t->w.flags & W_CUE) || (t->flags & TF_CAP))
        return 0;
    /* "a conference call", "the report": a noun after a determiner is no verb.
     * Only forms that can be nouns (call, reports), not past tenses (said). */
    size_t n = TOK_N(d, i);
    const char *w = TOK_S(d, i);
    int past = (n > 3 && memcmp(w + n - 2, "ed", 2) == 0) || sift_tok_is(d, i, "said") ||
               sift_tok_is(d, i, "told") || sift_tok_is(d, i, "wrote") || sift_tok_is(d, i, "thought") ||
               sift_tok_is(d, i, "knew") || sift_tok_is(d, i, "found") || sift_tok_is(d, i, "says");
    if (past)
        return 1;
    if (i > 0 && (d->toks.v[i - 1].w.flags & W_DET))
        return 0;
    if (i > 1 && (d->toks.v[i - 2].w.flags & W_DET) && d->toks.v[i - 1].kind == TK_WORD &&
        !(d->toks.v[i - 1].w.flags & (W_AUX | W_PRONOUN)) && !(d->toks.v[i - 1].flags & TF_CAP) &&
        !(d->toks.v[i - 1].w.flags & W_GROUP))
        return 0;
    return 1;
}

/* Last speech verb in [lo,hi) outside quotations, or -1. */
static int64_t last_cue(const doc *d, uint32_t lo, uint32_t hi)
{
    for (uint32_t i = hi; i-- > lo;)
        if (is_cue(d, i) && !(d->toks.v[i].flags & TF_INQUOTE))
            return i;
    return -1;
}

typedef struct attribution {
    int ent;
    const char *name;
    int64_t cue;
    const char *rule;
} attribution;

static int clause_starts(const doc *d, uint32_t i);

/* Speaker of the verb at c: its subject, or the phrase after it (inverted). */
static int speaker_of_cue(doc *d, uint32_t c, uint32_t lo, uint32_t hi, attribution *a)
{
    uint32_t np0, np1;
    a->cue = c;
    if (sift_tok_is(d, c, "according") && sift_tok_is(d, c + 1, "to")) {
        if (sift_np_after(d, c + 2, hi, &np0, &np1)) {
            sift_name_speaker(d, np0, np1, &a->ent, &a->name);
            return a->name != NULL;
        }
        return 0;
    }
    size_t n = TOK_N(d, c);
    if (n > 4 && memcmp(TOK_S(d, c) + n - 3, "ing", 3) == 0) {
        /* participle: the subject of the sentence speaks */
        uint32_t s0 = d->sents.v[d->toks.v[c].sent].t0;
        if (sift_clause_subject(d, s0, c, &np0, &np1)) {
            sift_name_speaker(d, np0, np1, &a->ent, &a->name);
            return a->name != NULL;
        }
        return 0;
    }
    if (sift_subject_before(d, c, lo, &np0, &np1)) {
        sift_name_speaker(d, np0, np1, &a->ent, &a->name);
        if (a->name)
            return 1;
    }
    /* inverted order ("..., said Ovcharenko") only right after a comma or quote,
     * with a say-type verb, and not when a clause follows ("said the count was") */
    if (c > lo && !is_p(d, c - 1, ',') && d->toks.v[c - 1].kind != TK_QUOTE)
        return 0;
    if (!(d->toks.v[c].w.flags & W_CUE_SAY) || (c + 1 < hi && clause_starts(d, c + 1)) ||
        (c + 1 < hi && (d->toks.v[c + 1].w.flags & W_PRONOUN)))
        return 0;
    if (sift_np_after(d, c + 1, hi, &np0, &np1)) {
        if (sift_tok_is(d, np0, "that"))
            return 0;
        sift_name_speaker(d, np0, np1, &a->ent, &a->name);
        return a->name != NULL;
    }
    return 0;
}

static uint32_t sent_end(const doc *d, uint32_t i)
{
    return d->sents.v[d->toks.v[i].sent].t1;
}

static uint32_t sent_start(const doc *d, uint32_t i)
{
    return d->sents.v[d->toks.v[i].sent].t0;
}

/* Attribution after a closing mark: ", he said" / ", said Ovcharenko". */
static int attribute_after(doc *d, uint32_t k, attribution *a)
{
    uint32_t n = (uint32_t)d->toks.n;
    if (k >= n || (d->toks.v[k].flags & TF_PARA))
        return 0;
    uint32_t hi = sent_end(d, k);
    while (k < hi && is_p(d, k, ','))
        k++;
    for (uint32_t c = k; c < hi && c < k + 8; c++) {
        const tok *t = &d->toks.v[c];
        if (t->kind == TK_QUOTE || (t->flags & TF_PARA) || is_p(d, c, ':') || t->kind == TK_DASH)
            return 0;
        if (is_p(d, c, ',') && c > k && !(d->toks.v[c - 1].flags & TF_CAP) && c - k > 6)
            return 0;
        if (!is_cue(d, c))
            continue;
        uint32_t np0, np1;
        a->cue = c;
        a->rule = "attribution-after";
        if (c == k) {
            if (sift_np_after(d, c + 1, hi, &np0, &np1))
                sift_name_speaker(d, np0, np1, &a->ent, &a->name);
        } else if (sift_subject_before(d, c, k, &np0, &np1)) {
            sift_name_speaker(d, np0, np1, &a->ent, &a->name);
        }
        return 1;
    }
    return 0;
}

/* Attribution before an opening mark: "Zelensky said: " / "said Smith, ". */
static int attribute_before(doc *d, uint32_t open, attribution *a)
{
    uint32_t s0 = sent_start(d, open);
    if (open == s0 || (d->toks.v[open].flags & TF_PARA))
        return 0;
    int64_t c = last_cue(d, s0, open);
    if (c < 0)
        return 0;
    a->rule = "attribution-before";
    return speaker_of_cue(d, (uint32_t)c, s0, open, a);
}

static int add_quote(doc *d, uint32_t c0, uint32_t c1, const char *kind, const attribution *a,
                     uint32_t s0, uint32_t s1)
{
    sift_quote q;
    memset(&q, 0, sizeof q);
    q.span.start = d->toks.v[c0].start;
    q.span.end = d->toks.v[c1 - 1].end;
    q.text = sift_arena_strndup(d->arena, d->text + q.span.start, q.span.end - q.span.start);
    q.kind = kind;
    q.speaker = a ? a->ent : -1;
    q.speaker_name = a ? a->name : NULL;
    q.cue = a && a->cue >= 0 ? cue_text(d, (uint32_t)a->cue) : NULL;
    q.rule = a && a->rule ? a->rule : "none";
    q.sentence.start = d->toks.v[s0].start;
    q.sentence.end = d->toks.v[s1 - 1].end;
    if (!q.text)
        return -1;
    return SIFT_VEC_PUSH(d->arena, d->quotes, q);
}

static int word_count(const doc *d, uint32_t c0, uint32_t c1)
{
    int n = 0;
    for (uint32_t i = c0; i < c1; i++)
        n += d->toks.v[i].kind == TK_WORD || d->toks.v[i].kind == TK_NUM;
    return n;
}

/* A source cited inside the attribution: "..., citing senior officials". */
static const char *cited_source(doc *d, uint32_t from, uint32_t hi)
{
    for (uint32_t i = from; i < hi; i++) {
        if (sift_tok_is(d, i, "citing")) {
            uint32_t np0, np1;
            if (sift_np_after(d, i + 1, hi, &np0, &np1))
                return sift_span_text(d, np0, np1);
        }
    }
    return NULL;
}

static int extract_direct(doc *d)
{
    qvec pairs = {0};
    if (pair_marks(d, &pairs) != 0)
        return -1;
    for (size_t p = 0; p < pairs.n; p++)
        for (uint32_t i = pairs.v[p].c0; i < pairs.v[p].c1; i++)
            d->toks.v[i].flags |= TF_INQUOTE;
    attribution prev = {-1, NULL, -1, NULL};
    int64_t prev_pair = -1; /* the last pair that found a speaker */
    for (size_t p = 0; p < pairs.n; p++) {
        qpair *q = &pairs.v[p];
        uint32_t open = q->open, c0 = q->c0, c1 = q->c1;
        uint32_t s0 = sent_start(d, open), close = c1;
        uint32_t s1 = close < d->toks.n ? sent_end(d, close) : (uint32_t)d->toks.n;
        if (s1 <= c1 - 1)
            s1 = c1;
        attribution a = {-1, NULL, -1, NULL};
        /* embedded: words before the mark in the sentence that do not end in ':' or ',' */
        int embedded = open > s0 && !(d->toks.v[open].flags & TF_PARA) && !is_p(d, open - 1, ':') &&
                       !is_p(d, open - 1, ',') && d->toks.v[open - 1].kind != TK_DASH &&
                       (!is_cue(d, open - 1) || so_called(d, open)) && !is_p(d, open - 1, '(');
        int words = word_count(d, c0, c1);
        int is_group_cont = (int)p != q->group;
        if (embedded && !is_group_cont) {
            int64_t c = last_cue(d, s0, open);
            int found = 0;
            {
                /* a new clause between the verb and the quote has its own
                 * subject: "X said ..., while Y put the figure at "..."" */
                int64_t b = -1;
                for (uint32_t k = c >= 0 ? (uint32_t)c + 1 : s0; k + 1 < open; k++)
                    if (is_p(d, k, ',') && (d->toks.v[k + 1].w.flags & W_ADJUNCT) &&
                        !sift_tok_is(d, k + 1, "and") && !sift_tok_is(d, k + 1, "in"))
                        b = k + 2;
                uint32_t np0, np1;
                if (b >= 0 && sift_clause_subject(d, (uint32_t)b, open, &np0, &np1)) {
                    sift_name_speaker(d, np0, np1, &a.ent, &a.name);
                    if (a.name && a.ent >= 0) {
                        a.rule = "clause-subject";
                        found = 1;
                    }
                }
                if (!found && c >= 0)
                    found = speaker_of_cue(d, (uint32_t)c, s0, open, &a);
                if (!found && close < d->toks.n)
                    found = attribute_after(d, close + 1, &a) && a.name;
            }
            /* a one-word quote inside a noun phrase, or any "so-called" one, is a
             * scare quote even in reported speech: any plan to "freeze" */
            const tok *pv = &d->toks.v[open - 1];
            if (found && (so_called(d, open) || sift_tok_is(d, open - 1, "dubbed") ||
                          (words == 1 && ((pv->w.flags & W_DET) || (pv->flags & TF_POSS) ||
                                          sift_tok_is(d, open - 1, "to") || sift_tok_is(d, open - 1, "called")))))
                found = 0;
            if (found) {
                a.rule = a.rule ? a.rule : "mixed-cue";
                if (add_quote(d, c0, c1, "mixed", &a, s0, s1) != 0)
                    return -1;
            } else if (add_quote(d, c0, c1, "scare", NULL, s0, s1) != 0) {
                return -1;
            }
            continue;
        }
        int found = 0;
        int part_open = p + 1 < pairs.n && pairs.v[p + 1].group == q->group && pairs.v[p + 1].open == close;
        if (close < d->toks.n && d->toks.v[close].kind == TK_QUOTE && !part_open)
            found = attribute_after(d, close + 1, &a);
        if (!found)
            found = attribute_before(d, open, &a);
        /* the parts of a multi-paragraph quote share one speaker */
        if (!found && is_group_cont && prev.name && prev_pair + 1 == (int64_t)p)
            a = prev, a.rule = "continued-paragraph", found = 1;
        if (!found && q->group == (int)p) {
            for (size_t r = p + 1; r < pairs.n && pairs.v[r].group == (int)p; r++) {
                uint32_t cl = pairs.v[r].c1;
                if (cl < d->toks.n && d->toks.v[cl].kind == TK_QUOTE &&
                    attribute_after(d, cl + 1, &a)) {
                    found = 1;
                    break;
                }
            }
        }
        if (add_quote(d, c0, c1, "direct", found ? &a : NULL, s0, s1) != 0)
            return -1;
        if (found && a.name) {
            prev = a;
            prev_pair = (int64_t)p;
        }
    }
    return 0;
}

/* Where a reported clause that starts at `from` ends (exclusive). */
static uint32_t clause_end(const doc *d, uint32_t from)
{
    uint32_t hi = sent_end(d, from);
    for (uint32_t i = from; i < hi; i++) {
        const tok *t = &d->toks.v[i];
        if (is_p(d, i, ';') || is_p(d, i, ':') || t->kind == TK_DASH)
            return i;
        /* "... and insisted that": a second verb of the speaker ends the clause */
        if (sift_tok_is(d, i, "and") && i + 1 < hi && i > from + 2) {
            const tok *u = &d->toks.v[i + 1];
            size_t n = TOK_N(d, i + 1);
            if (u->kind == TK_WORD && !(u->flags & TF_CAP) &&
                ((u->w.flags & W_CUE) || (n > 4 && memcmp(TOK_S(d, i + 1) + n - 2, "ed", 2) == 0)))
                return i;
        }
        if (is_p(d, i, ',') && i + 1 < hi) {
            const tok *u = &d->toks.v[i + 1];
            size_t n = TOK_N(d, i + 1);
            int ing = u->kind == TK_WORD && !(u->flags & TF_CAP) && n > 4 &&
                      memcmp(TOK_S(d, i + 1) + n - 3, "ing", 3) == 0 &&
                      !sift_tok_is(d, i + 1, "including") && !sift_tok_is(d, i + 1, "excluding");
            if (ing || (u->w.flags & W_ADJUNCT))
                return i;
            if (u->kind == TK_QUOTE && (u->flags & TF_QOPEN))
                return i;
            if (is_cue(d, i + 1))
                return i; /* "which says it has 3.8 million customers, said ..." */
        }
    }
    /* drop the final period */
    while (hi > from && (is_p(d, hi - 1, '.') || d->toks.v[hi - 1].kind == TK_QUOTE ||
                         is_p(d, hi - 1, '!') || is_p(d, hi - 1, '?')))
        hi--;
    return hi;
}

/* Does a finite clause start at i ("he could", "the toll had")? */
static int clause_starts(const doc *d, uint32_t i)
{
    uint32_t hi = sent_end(d, i);
    const tok *t = &d->toks.v[i];
    if (t->kind == TK_QUOTE || t->kind == TK_PUNCT)
        return 0;
    for (uint32_t k = i; k < hi && k < i + 8; k++) {
        const tok *u = &d->toks.v[k];
        if (is_p(d, k, ',') || u->kind == TK_QUOTE)
            return 0;
        if ((u->w.flags & (W_AUX | W_VERB)) && !(u->flags & TF_CAP) && k > i)
            return 1;
    }
    return 0;
}

/* Is [start,end) inside a direct quote? The direct quotes come first in
 * doc->quotes, in text order (n_direct of them), so a binary search finds
 * the only candidate. */
static int overlaps_quote(const doc *d, uint32_t start, uint32_t end)
{
    size_t lo = 0, hi = d->n_direct;
    while (lo < hi) {
        size_t mid = (lo + hi) / 2;
        if (d->quotes.v[mid].span.start <= start)
            lo = mid + 1;
        else
            hi = mid;
    }
    for (size_t q = lo, seen = 0; q-- > 0 && seen < 4; seen++) {
        const sift_quote *x = &d->quotes.v[q];
        if (strcmp(x->kind, "direct") == 0 && x->span.start <= start && end <= x->span.end + 2)
            return 1;
    }
    return 0;
}

static int add_indirect(doc *d, uint32_t c0, uint32_t c1, attribution *a, uint32_t cue_tok)
{
    /* "X said that A and that B": two reported clauses */
    for (uint32_t k = c0 + 1; k + 1 < c1; k++) {
        if (sift_tok_is(d, k, "and") && sift_tok_is(d, k + 1, "that")) {
            uint32_t e = k;
            if (is_p(d, e - 1, ','))
                e--;
            if (add_indirect(d, c0, e, a, cue_tok) != 0)
                return -1;
            return add_indirect(d, k + 2, clause_end(d, k + 2), a, cue_tok);
        }
    }
    while (c1 > c0 && (is_p(d, c1 - 1, ',') || is_p(d, c1 - 1, '.')))
        c1--;
    if (c1 <= c0 || word_count(d, c0, c1) < 2)
        return 0;
    if (overlaps_quote(d, d->toks.v[c0].start, d->toks.v[c1 - 1].end))
        return 0;
    uint32_t s0 = sent_start(d, cue_tok), s1 = sent_end(d, cue_tok);
    if (add_quote(d, c0, c1, "indirect", a, s0, s1) != 0)
        return -1;
    sift_quote *q = &d->quotes.v[d->quotes.n - 1];
    q->via = cited_source(d, c1, s1);
    return 0;
}

/*
 * "CLAUSE, X said [on Tuesday]." and "CLAUSE, said X.": the attribution
 * closes the sentence and everything before its comma is reported. Returns
 * 1 when it matched, 0 when not, -1 when out of memory.
 */
static int final_attribution(doc *d, uint32_t c, uint32_t s0, uint32_t s1)
{
    /* a say-type verb, followed by at most a few adjunct words up to the
     * sentence end or ", citing ...", and no new clause */
    if (!(d->toks.v[c].w.flags & W_CUE_SAY) && d->toks.v[c].w.val != 1)
        return 0;
    if (sift_tok_is(d, c + 1, "to"))
        return 0; /* "1.2 million told to evacuate": an order, not speech */
    uint32_t depth = 0, tail = 0, and_clause = 0;
    for (uint32_t k = c + 1; k < s1; k++) {
        if (is_p(d, k, '(') || (is_p(d, k, ')') && depth)) {
            depth += is_p(d, k, '(') ? 1 : -1;
            continue;
        }
        if (depth)
            continue;
        /* "..., researchers reported in a study, and the pace has ...":
         * the clause after ", and" is theirs too */
        if (is_p(d, k, ',') && sift_tok_is(d, k + 1, "and") && k + 2 < s1 && clause_starts(d, k + 2)) {
            and_clause = k + 2;
            break;
        }
        if (++tail > 9 && !is_p(d, k, '.'))
            return 0;
        const tok *t = &d->toks.v[k];
        if (sift_tok_is(d, k, "that") || t->kind == TK_QUOTE || (is_cue(d, k) && k > c + 1))
            return 0;
        if ((t->w.flags & (W_AUX | W_VERB)) && !(t->flags & TF_CAP))
            return 0;
        if (is_p(d, k, ',') && !sift_tok_is(d, k + 1, "citing") && !sift_tok_is(d, k + 1, "adding") &&
            !sift_tok_is(d, k + 1, "according"))
            return 0;
        if (is_p(d, k, ','))
            break;
    }
    /* before the verb: a comma, then at most a short subject */
    uint32_t p = c;
    while (p > s0 && c - p <= 12 && !is_p(d, p - 1, ',')) {
        const tok *t = &d->toks.v[p - 1];
        if (t->kind == TK_QUOTE || (t->flags & TF_INQUOTE) || is_p(d, p - 1, ';') ||
            sift_tok_is(d, p - 1, "that") || (is_cue(d, p - 1) && p - 1 != c))
            return 0;
        p--;
    }
    if (p <= s0 + 2 || !is_p(d, p - 1, ','))
        return 0;
    /* "..., the UN refugee agency, UNHCR, said on Monday": a subject with a
     * name in apposition ends in a comma; when what follows the verb is no
     * name (a date, "in a statement"), take the two segments before it */
    uint32_t subj0 = 0;
    if (p == c && c + 1 < s1 && !(d->toks.v[c + 1].flags & TF_CAP) && !is_p(d, c + 1, '.')) {
        uint32_t k0 = c - 1, k1;
        while (k0 > s0 && !is_p(d, k0 - 1, ',') && c - k0 <= 7)
            k0--;
        k1 = k0 > s0 ? k0 - 1 : k0;
        while (k1 > s0 && !is_p(d, k1 - 1, ',') && k0 - k1 <= 8)
            k1--;
        int verbless = 1;
        for (uint32_t k = k1; k < c; k++)
            if ((d->toks.v[k].w.flags & (W_AUX | W_VERB)) || is_cue(d, k))
                verbless = 0;
        if (k0 > s0 && is_p(d, k0 - 1, ',') && k1 > s0 + 2 && is_p(d, k1 - 1, ',') && verbless &&
            ((d->toks.v[k1].w.flags & W_DET) || (d->toks.v[k1].flags & TF_CAP)))
            subj0 = k1, p = k1;
    }
    uint32_t comma = p - 1;
    /* the clause must not hold speech of its own ("X said A, Y said.") */
    for (uint32_t k = s0; k < comma; k++)
        if ((d->toks.v[k].w.flags & W_CUE_SAY) && !(d->toks.v[k].flags & (TF_CAP | TF_INQUOTE)))
            return 0;
    if (p == c) {
        /* inverted ", said X": a short tail (parentheses aside), or it is no attribution */
        uint32_t words = 0, paren = 0;
        for (uint32_t k = c + 1; k < s1; k++) {
            if (is_p(d, k, '('))
                paren++;
            else if (is_p(d, k, ')') && paren)
                paren--;
            else if (!paren && d->toks.v[k].kind == TK_WORD)
                words++;
        }
        if (words > 6)
            return 0;
    }
    if (d->toks.v[comma - 1].kind == TK_QUOTE || (d->toks.v[comma - 1].flags & TF_INQUOTE))
        return 0; /* a direct quote: handled with the quotes */
    attribution a = {-1, NULL, -1, "final-attribution"};
    if (subj0) {
        /* the named part of "the UN refugee agency, UNHCR" speaks */
        uint32_t np0 = subj0, np1 = c - 1;
        sift_name_speaker(d, np0, np1, &a.ent, &a.name);
        for (uint32_t k = subj0; k < c && a.ent < 0; k++)
            if (sift_entity_at(d, k) >= 0 && d->ents.v[sift_entity_at(d, k)].type != ET_NORP) {
                a.ent = sift_entity_at(d, k);
                a.name = d->ents.v[a.ent].name;
            }
        if (!a.name)
            return 0;
    } else if (!speaker_of_cue(d, c, p, s1, &a)) {
        return 0;
    }
    a.cue = c;
    /* the clause starts at the sentence start, after a dateline dash if any */
    uint32_t b = s0;
    for (uint32_t k = s0; k < comma && k < s0 + 8; k++)
        if (d->toks.v[k].kind == TK_DASH) {
            b = k + 1;
            break;
        }
    if (d->toks.v[b].kind == TK_QUOTE)
        return 0;
    if (add_indirect(d, b, comma, &a, c) != 0)
        return -1;
    if (and_clause && add_indirect(d, and_clause, clause_end(d, and_clause), &a, c) != 0)
        return -1;
    return 1;
}

static int extract_reported(doc *d)
{
    uint32_t n = (uint32_t)d->toks.n;
    for (uint32_t c = 0; c < n; c++) {
        const tok *t = &d->toks.v[c];
        if (t->flags & TF_INQUOTE)
            continue;
        uint32_t s0 = sent_start(d, c), s1 = sent_end(d, c);
        if (sift_tok_is(d, c, "according") && sift_tok_is(d, c + 1, "to")) {
            attribution a = {-1, NULL, -1, "according-to"};
            if (!speaker_of_cue(d, c, s0, s1, &a))
                continue;
            uint32_t np0, np1;
            sift_np_after(d, c + 2, s1, &np0, &np1);
            if (np1 < s1 && is_p(d, np1, '(')) {
                /* "According to the Independent ... Commission (IEBC), ..." */
                while (np1 < s1 && !is_p(d, np1, ')'))
                    np1++;
                np1++;
            }
            if (np1 < s1 && is_p(d, np1, ',') && (c == s0 || !is_p(d, c - 1, ','))) {
                /* "According to X, CLAUSE" */
                if (add_indirect(d, np1 + 1, clause_end(d, np1 + 1), &a, c) != 0)
                    return -1;
            } else if (c > s0 && is_p(d, c - 1, ',')) {
                /* "CLAUSE, according to X" */
                uint32_t b = s0;
                if (add_indirect(d, b, c - 1, &a, c) != 0)
                    return -1;
            }
            continue;
        }
        if (!is_cue(d, c))
            continue;
        /* a verb inside a clause already reported belongs to that report */
        if (d->quotes.n > d->n_direct) {
            const sift_quote *last = &d->quotes.v[d->quotes.n - 1];
            if (strcmp(last->kind, "indirect") == 0 && t->start >= last->span.start &&
                t->end <= last->span.end)
                continue;
        }
        int fin = final_attribution(d, c, s0, s1);
        if (fin != 0) {
            if (fin < 0)
                return -1;
            continue;
        }
        /* complement: [object] [adverbs, dates] that CLAUSE  |  bare CLAUSE */
        uint32_t k = c + 1, start = 0;
        if (sift_tok_is(d, c, "told") || sift_tok_is(d, c, "tells") || sift_tok_is(d, c, "informed") ||
            sift_tok_is(d, c, "assured") || sift_tok_is(d, c, "warned")) {
            int ent = sift_entity_at(d, k);
            if (ent < 0 && sift_tok_is(d, k, "the") && sift_entity_at(d, k + 1) >= 0)
                ent = sift_entity_at(d, ++k); /* "told the BBC" */
            if (ent >= 0)
                while (k < s1 && sift_entity_at(d, k) == ent)
                    k++;
            else if (k < s1 && (d->toks.v[k].w.flags & (W_GROUP | W_PRONOUN)) &&
                     !sift_tok_is(d, k, "he") && !sift_tok_is(d, k, "she") &&
                     !sift_tok_is(d, k, "they") && !sift_tok_is(d, k, "we"))
                k++;
        }
        for (uint32_t j = k; j < s1 && j < k + 7; j++) {
            const tok *u = &d->toks.v[j];
            if (sift_tok_is(d, j, "that")) {
                start = j + 1;
                break;
            }
            /* "reported, citing witnesses, that ...": step over the cited source */
            if (is_p(d, j, ',') && sift_tok_is(d, j + 1, "citing")) {
                uint32_t m = j + 2;
                while (m < s1 && m < j + 14 && !is_p(d, m, ','))
                    m++;
                if (m + 1 < s1 && is_p(d, m, ',') && sift_tok_is(d, m + 1, "that")) {
                    start = m + 2;
                    break;
                }
            }
            if (u->kind == TK_QUOTE || is_p(d, j, ',') || is_p(d, j, '.') || is_cue(d, j) ||
                (u->w.flags & W_AUX))
                break;
            /* "described the war as evidence that", "agreed to buy a firm that":
             * no reported speech */
            if (sift_tok_is(d, j, "as") || (sift_tok_is(d, j, "to") && j == k))
                break;
        }
        while (k < s1 && (d->toks.v[k].flags & TF_USED))
            k++; /* "said last week it would ..." */
        if (!start && t->w.val == 1 && k < s1 && clause_starts(d, k) &&
            !(d->toks.v[k].w.flags & W_PREP))
            start = k;
        if (!start || start >= s1)
            continue;
        attribution a = {-1, NULL, -1, "reported-speech"};
        if (!speaker_of_cue(d, c, s0, s1, &a))
            continue;
        a.cue = c;
        if (add_indirect(d, start, clause_end(d, start), &a, c) != 0)
            return -1;
    }
    return 0;
}

static int cmp_quote(const void *a, const void *b)
{
    const sift_quote *x = a, *y = b;
    return x->span.start < y->span.start ? -1 : x->span.start > y->span.start;
}

/* Paragraph of the token that covers byte offset off. */
static uint32_t para_at(const doc *d, uint32_t off)
{
    return d->sents.v[d->toks.v[sift_tok_at(d, off)].sent].para;
}

/*
 * Direct quotes still without a speaker take one from context, in order:
 * the same words quoted with a speaker elsewhere (a headline repeating the
 * body), then the nearest attributed quote or reported speech before it in
 * the same paragraph, or in the paragraph before when the quote opens its own.
 */
static void inherit_speakers(doc *d)
{
    for (size_t i = 0; i < d->quotes.n; i++) {
        sift_quote *q = &d->quotes.v[i];
        if (q->speaker_name || strcmp(q->kind, "direct") != 0)
            continue;
        /* only a headline (the first paragraph) repeats a quote of the body */
        int headline = d->toks.n && para_at(d, q->span.start) == 0 && d->sents.n > 1 &&
                       d->sents.v[1].para > 0; /* a first paragraph of one sentence */
        for (size_t j = 0; headline && j < d->quotes.n; j++) {
            const sift_quote *o = &d->quotes.v[j];
            if (j != i && o->speaker_name && strcmp(o->kind, "indirect") != 0 &&
                strlen(q->text) >= 12 && strstr(o->text, q->text)) {
                q->speaker = o->speaker;
                q->speaker_name = o->speaker_name;
                q->rule = "same-words-quoted-elsewhere";
                break;
            }
        }
        if (q->speaker_name || d->toks.n == 0)
            continue;
        uint32_t para = para_at(d, q->span.start);
        for (size_t j = i; j-- > 0;) {
            const sift_quote *o = &d->quotes.v[j];
            if (strcmp(o->kind, "scare") == 0)
                continue;
            uint32_t op = para_at(d, o->span.start);
            if (op + 1 < para)
                break;
            if (o->speaker_name) {
                q->speaker = o->speaker;
                q->speaker_name = o->speaker_name;
                q->cue = o->cue;
                q->rule = "previous-speaker";
            }
            break;
        }
    }
}

/* A quoted fragment inside reported speech is that speaker's words:
 * 'Vaitkiene wrote that the deal showed "what allies are for"'. */
static void fragments_in_reports(doc *d)
{
    for (size_t i = 0; i < d->quotes.n; i++) {
        sift_quote *q = &d->quotes.v[i];
        if (strcmp(q->kind, "mixed") != 0)
            continue;
        for (size_t j = i, seen = 0; j-- > 0 && seen < 8; seen++) {
            const sift_quote *o = &d->quotes.v[j];
            if (strcmp(o->kind, "indirect") != 0 || !o->speaker_name || o->span.end < q->span.end)
                continue;
            if (o->span.start <= q->span.start) {
                q->speaker = o->speaker;
                q->speaker_name = o->speaker_name;
                q->cue = o->cue;
                q->rule = "fragment-of-reported-speech";
            }
            break;
        }
    }
}

int sift_extract_quotes(doc *d)
{
    if (extract_direct(d) != 0)
        return -1;
    d->n_direct = d->quotes.n;
    if (extract_reported(d) != 0)
        return -1;
    if (d->quotes.n > 1)
        qsort(d->quotes.v, d->quotes.n, sizeof *d->quotes.v, cmp_quote);
    inherit_speakers(d);
    fragments_in_reports(d);
    return 0;
}
