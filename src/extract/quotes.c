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
 * 3. Reported speech (reported.c) is found after the direct quotes; then
 *    quotes still without a speaker take one from context.
 */
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "../doc_int.h"
#include "extract_int.h"
#include "../text/utf8.h"

typedef struct qpair {
    uint32_t open, c0, c1; /* open mark; content tokens [c0,c1) */
    int group;             /* index of the first part of a multi-paragraph quote */
} qpair;

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

/* Is token k a verb of blame, whose object a quote is ("blamed "a
 * software error" for the outage"), not what was said? */
static int blames(const doc *d, uint32_t k)
{
    static const char *const blame[] = {"blame", "blames", "blamed", NULL};
    return sift_tok_in(d, k, blame);
}

/* Is the quote opening at token `open` preceded by "so-called"? */
static int so_called(const doc *d, uint32_t open)
{
    return open > 2 && sift_tok_is(d, open - 1, "called") && sift_is_punct(d, open - 2, '-') &&
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
        /* "told broadcaster DAZN", "told the daily Kommersant" */
        int named = sift_tok_org_kind(d, f) ? sift_entity_at(d, f + 1) : -1;
        if (named >= 0) {
            uint32_t g = f + 1;
            while (g < d->toks.n && sift_entity_at(d, g) == named)
                g++;
            return sift_span_text(d, c, g);
        }
        if (f < d->toks.n && d->toks.v[f].kind == TK_WORD && !(d->toks.v[f].flags & TF_CAP) &&
            ((d->toks.v[f].w.flags & W_GROUP) || sift_tok_is(d, f, "parliament") ||
             sift_tok_is(d, f, "congress") || sift_tok_is(d, f, "lawmakers")))
            return sift_span_text(d, c, f + 1);
    }
    return sift_span_text(d, c, c + 1);
}

/* Last speech verb in [lo,hi) outside quotations, or -1. */
static int64_t last_cue(const doc *d, uint32_t lo, uint32_t hi)
{
    for (uint32_t i = hi; i-- > lo;) {
        /* (not a plural noun after a name: "called on the European Union
         * and Gulf states to") */
        int noun = i > lo && sift_tok_ends(d, i, "s") && (d->toks.v[i - 1].flags & TF_CAP) &&
                   !(d->toks.v[i - 1].flags & TF_SENT) && sift_tok_is(d, i + 1, "to");
        if (sift_is_cue(d, i) && !(d->toks.v[i].flags & TF_INQUOTE) && !noun)
            return i;
    }
    return -1;
}

/* "was accused of", "Minister accused of": a verb of saying in the passive,
 * whose subject is spoken about, not speaking. */
static int passive_cue(const doc *d, uint32_t c)
{
    if (c > 0 && sift_be_form(d, c - 1))
        return 1;
    /* (not with its subject before it: "which he accused of "counting
     * from an office"") */
    return (sift_tok_is(d, c, "accused") || sift_tok_is(d, c, "charged")) && sift_tok_is(d, c + 1, "of") &&
           !(c > 0 && sift_tok_in(d, c - 1, sift_subject_pronouns) && !(d->toks.v[c - 1].flags & TF_INQUOTE));
}

/* "a charge which", "allegations" at k (after a dash or a comma): a noun
 * for what was said, which the clause after it answers ("... the ministry
 * rejected as"). Returns the token after the noun (and "that" or "which"),
 * or 0. */
uint32_t sift_charge_answered(const doc *d, uint32_t k)
{
    static const char *const charges[] = {
        "charge", "claim", "accusation", "allegation", "assertion", "suggestion", "description",
        "characterization", "characterisation", "charges", "claims", "accusations",
        "allegations", NULL};
    if (sift_tok_is(d, k, "a") || sift_tok_is(d, k, "an"))
        k++;
    if (k >= d->toks.n || !sift_tok_in(d, k, charges) || (d->toks.v[k].flags & TF_CAP))
        return 0;
    if (sift_tok_is(d, k + 1, "that") || sift_tok_is(d, k + 1, "which"))
        k++;
    return k + 1;
}

/* Is the verb of saying at e a plural noun for the field of a title: "ONCF's
 * director of high-speed projects", "head of special projects"? */
static int field_plural(const doc *d, uint32_t e)
{
    if (!sift_tok_ends(d, e, "s") || (d->toks.v[e].flags & TF_CAP) || d->toks.v[e].upos != SIFT_UPOS_NOUN)
        return 0;
    for (uint32_t b = e; b-- > 0 && b + 5 > e;) {
        if (sift_tok_is(d, b, "of"))
            return b + 1 < e;
        if (d->toks.v[b].kind != TK_WORD && !sift_is_punct(d, b, '-'))
            return 0;
    }
    return 0;
}

/* Attribution after a closing mark: ", he said" / ", said Ovcharenko". */
static int attribute_after(doc *d, uint32_t k, sift_attribution *a)
{
    uint32_t n = (uint32_t)d->toks.n;
    if (k >= n || (d->toks.v[k].flags & TF_PARA))
        return 0;
    uint32_t hi = sift_sent_t1(d, k);
    while (k < hi && sift_is_punct(d, k, ','))
        k++;
    /* the quote's own sentence goes on ('yet," Spain's economy minister,
     * Carlos Cuerpo, said'): a longer subject; a new sentence: a short one */
    uint32_t reach = (d->toks.v[k].flags & TF_SENT) ? 8 : 12;
    /* '," Kim Jae-june, executive vice president of Samsung's memory
     * business, told': a name, then its title between commas */
    uint32_t title_end = 0;
    /* (a long title before the name: '," retired Court of King's Bench
     * Justice Margaret Sinclair, who led the inquiry, wrote') */
    for (uint32_t c = k + 1; c < hi && c < k + 12 && !title_end; c++) {
        if (sift_quote_mark(&d->toks.v[c]) || sift_is_cue(d, c))
            break;
        if (!sift_is_punct(d, c, ','))
            continue;
        if (c >= k + 6 && ((d->toks.v[k].flags & TF_SENT) || d->toks.v[c - 1].ment < 0 ||
                           d->ments.v[d->toks.v[c - 1].ment].type != ET_PERSON))
            break;
        /* ('," the Foreign Exchange Commission, made up of officials from
         * the finance ministry and the central bank, said': an
         * organisation and a participle phrase on it) */
        if (d->toks.v[c - 1].ment >= 0 && d->ments.v[d->toks.v[c - 1].ment].type == ET_ORG && c + 2 < hi &&
            d->toks.v[c + 1].kind == TK_WORD && !(d->toks.v[c + 1].flags & TF_CAP) &&
            (sift_tok_ends(d, c + 1, "ed") || sift_tok_in(d, c + 1, (const char *const[]){"made", "set", "led", "run",
                                                                                         "founded", "based", NULL}))) {
            for (uint32_t e = c + 2; e < hi && e < c + 20 && !title_end; e++) {
                if (sift_quote_mark(&d->toks.v[e]) || sift_is_cue(d, e))
                    break;
                if (sift_is_punct(d, e, ','))
                    title_end = e;
            }
            break;
        }
        if (d->toks.v[c - 1].ment < 0 || d->ments.v[d->toks.v[c - 1].ment].type != ET_PERSON)
            break;
        /* (past the person's age: '," Masaru Ikeda, 67, a law professor who
         * chairs the council, told') */
        if (c + 3 < hi && d->toks.v[c + 1].kind == TK_NUM && TOK_N(d, c + 1) <= 3 && sift_is_punct(d, c + 2, ','))
            c += 2;
        /* "Rui Cardoso, the UPP's secretary-general,": an owner first */
        uint32_t o = c + 1;
        if (sift_tok_is(d, o, "the"))
            o++;
        int oe = sift_entity_at(d, o);
        while (oe >= 0 && o < hi && sift_entity_at(d, o) == oe)
            o++;
        if (oe < 0 && (o > c + 1 || (d->toks.v[o].flags & TF_CAP)) && o + 1 < hi && d->toks.v[o].kind == TK_WORD &&
            (d->toks.v[o + 1].flags & TF_POSS))
            o++; /* "Agus Prasetyo, the agency's spokesman,", "Rebecca Thornton, Meridian's chief executive," */
        else if (oe < 0 || !(d->toks.v[o].flags & TF_POSS))
            o = c;
        uint32_t t = sift_title_word(d, o + 1, hi);
        /* (or a description: '," Lorenzo Abad, a PAGASA weather specialist,
         * told', "Marcus Bell, the Justice Department's lead trial lawyer,",
         * "Ramesh Karki, who is coordinating the army operation,") */
        if (!t && (sift_tok_is(d, c + 1, "a") || sift_tok_is(d, c + 1, "an") || sift_tok_is(d, c + 1, "the") ||
                   sift_tok_is(d, c + 1, "who")) &&
            !(d->toks.v[c + 1].flags & TF_CAP))
            t = c + 1;
        if (!t)
            break;
        /* (an acronym in parentheses counts for nothing: "secretary-general
         * of the Kenya National Union of Teachers (KNUT),") */
        /* (a relative clause may run longer: "Helena Åkerlund, who became
         * Norrvik's chief executive in January after running its Baltic
         * operations,") */
        /* (or one on the description: "an opposition member of the state
         * assembly whose constituency includes several of the bank's
         * branches,") */
        uint32_t span = sift_tok_is(d, t, "who") ? 20 : 12;
        for (uint32_t e = t + 1; e < hi && e < t + 12 && span == 12 && !sift_quote_mark(&d->toks.v[e]); e++)
            if (sift_is_punct(d, e, ','))
                break;
            else if ((sift_tok_is(d, e, "whose") || sift_tok_is(d, e, "who")) && !(d->toks.v[e].flags & TF_CAP))
                span = 24;
        for (uint32_t e = t + 1, skip = 0; e < hi && e < t + span + skip && !title_end; e++) {
            uint32_t p = sift_paren_word(d, e, hi);
            if (p) {
                skip += p;
                e += p - 1;
                continue;
            }
            /* (a name counts as one word: "secretary general for housing
             * policy at the Ministry of Social Cohesion and Family,") */
            uint32_t ne = sift_entity_at(d, e) >= 0 ? sift_name_end(d, e, hi) : e;
            if (ne > e + 1 && ne < hi) {
                skip += ne - e - 1;
                e = ne - 1;
                continue;
            }
            if (sift_quote_mark(&d->toks.v[e]) || (sift_is_cue(d, e) && !field_plural(d, e)))
                break;
            if (sift_is_punct(d, e, ','))
                title_end = e;
        }
    }
    /* ('," Luca Ferraro, a portfolio manager at Ardesia Asset Management,
     * which holds Maison Valcourt shares, told': a relative clause on the
     * description too) */
    if (title_end && title_end + 2 < hi && (sift_tok_is(d, title_end + 1, "which") || sift_tok_is(d, title_end + 1, "who")))
        for (uint32_t e = title_end + 2; e < hi && e < title_end + 14; e++) {
            if (sift_quote_mark(&d->toks.v[e]) || sift_is_cue(d, e))
                break;
            if (sift_is_punct(d, e, ',')) {
                if (e + 1 < hi && sift_is_cue(d, e + 1))
                    title_end = e;
                break;
            }
        }
    /* (or a description of the body: '," Bernd Kallweit, president of the
     * Deutscher Ackerbauverband, a national farmers' association, told') */
    if (title_end && title_end + 3 < hi &&
        (sift_tok_is(d, title_end + 1, "a") || sift_tok_is(d, title_end + 1, "an")) &&
        !(d->toks.v[title_end + 1].flags & TF_CAP) && sift_entity_at(d, title_end - 1) >= 0)
        for (uint32_t e = title_end + 2; e < hi && e < title_end + 12; e++) {
            if (sift_quote_mark(&d->toks.v[e]) || sift_is_cue(d, e) || sift_finite_verb(d, e))
                break;
            if (sift_is_punct(d, e, ',')) {
                if (e + 1 < hi && sift_is_cue(d, e + 1))
                    title_end = e;
                break;
            }
        }
    if (title_end)
        reach = title_end + 4 - k;
    /* '," Alberta's chief medical officer of health, Dr. Helena Varga,
     * told reporters': a title, then the name in apposition */
    if (!title_end) {
        int role = 0;
        for (uint32_t c = k; c < hi && c < k + 10; c++) {
            const tok *t = &d->toks.v[c];
            if (sift_quote_mark(t) || sift_is_cue(d, c))
                break;
            /* (a title in capitals too: "the Minister of Natural Resources
             * and Tourism, Dr. Hamisi Mwakyusa, told parliament") */
            /* (or after an owner: "B.C.'s Minister of State for Child Care,
             * Harjit Dhaliwal, said") */
            role |= t->kind == TK_WORD && (t->w.flags & (W_TITLE | W_PERSON_NOUN)) &&
                    (!(t->flags & TF_CAP) || ((t->w.flags & W_TITLE) && c > k &&
                                              (sift_tok_is(d, c - 1, "the") || (d->toks.v[c - 1].flags & TF_POSS))));
            if (!sift_is_punct(d, c, ','))
                continue;
            uint32_t n0 = c + 1;
            while (n0 < hi && n0 < c + 4 && sift_entity_at(d, n0) < 0 && (d->toks.v[n0].w.flags & W_TITLE) &&
                   (d->toks.v[n0].flags & TF_CAP))
                n0++; /* ("Dr.") */
            int pe = role && n0 < hi ? sift_entity_at(d, n0) : -1;
            uint32_t b = pe >= 0 ? sift_name_end(d, n0, hi) : n0;
            /* (past a description of the person: "the review's lead
             * author, Margaret Ashdown, a former headteacher, wrote") */
            if (pe >= 0 && b + 3 < hi && sift_is_punct(d, b, ',') &&
                (sift_tok_is(d, b + 1, "a") || sift_tok_is(d, b + 1, "an")) && !(d->toks.v[b + 1].flags & TF_CAP)) {
                uint32_t e = b + 2;
                while (e < hi && e < b + 12 && d->toks.v[e].kind == TK_WORD && !sift_is_cue(d, e) &&
                       !sift_finite_verb(d, e))
                    e++;
                if (e + 1 < hi && sift_is_punct(d, e, ',') && sift_is_cue(d, e + 1))
                    b = e;
            }
            if (pe >= 0 && d->ents.v[pe].type == ET_PERSON && b + 1 < hi && sift_is_punct(d, b, ',') &&
                sift_is_cue(d, b + 1)) {
                a->cue = b + 1;
                a->rule = "attribution-after";
                a->ent = pe;
                a->name = d->ents.v[pe].name;
                return 1;
            }
            break;
        }
    }
    /* words joined by hyphens ("a 34-year-old teacher") count as one */
    uint32_t glued = 0;
    for (uint32_t c = k; c < hi && c < k + reach + glued; c++) {
        const tok *t = &d->toks.v[c];
        if (sift_quote_mark(t) || (t->flags & TF_PARA) || sift_is_punct(d, c, ':') || t->kind == TK_DASH)
            return 0;
        if (sift_is_punct(d, c, '-') && c > k && !(t->flags & TF_SPACE) && c + 1 < hi &&
            !(d->toks.v[c + 1].flags & TF_SPACE))
            glued += 2;
        if (sift_is_punct(d, c, ',') && c > k && !(d->toks.v[c - 1].flags & TF_CAP) && c - k - glued > 6 &&
            c != title_end)
            return 0;
        if (!sift_is_cue(d, c) || (c < title_end && field_plural(d, c)))
            continue;
        uint32_t np0, np1;
        a->cue = c;
        a->rule = "attribution-after";
        if (c == k) {
            if (sift_np_after(d, c + 1, hi, &np0, &np1)) {
                sift_name_speaker(d, np0, np1, &a->ent, &a->name);
                sift_named_after(d, np0, np1, hi, &a->ent, &a->name);
            }
        } else if (title_end && c == title_end + 1 && sift_entity_at(d, k) >= 0) {
            /* '," Lars Henriksen, WFP's country director in Kenya, told':
             * the name, not the title */
            a->ent = sift_entity_at(d, k);
            a->name = d->ents.v[a->ent].name;
        } else if (sift_subject_before(d, c, k, &np0, &np1)) {
            sift_name_speaker(d, np0, np1, &a->ent, &a->name);
        }
        return 1;
    }
    return 0;
}

/* "England coach Rob Kingsley was blunter in a brief interview:",
 * "Salman Shah summed up the needs:": the first verb of a clause that runs
 * up to the colon at `colon`, when what comes before it is a short subject
 * with no quotation or comma in it; 0 if none. */
static uint32_t colon_clause_verb(const doc *d, uint32_t s0, uint32_t colon)
{
    /* (past an opening phrase: "Outside the stadium, lifelong Bulldogs
     * supporter Georgina Haddad ... summed up the mood:") */
    if (d->toks.v[s0].w.flags & W_PREP) {
        uint32_t c = s0 + 1;
        while (c + 1 < colon && c < s0 + 8 && d->toks.v[c].kind == TK_WORD)
            c++;
        if (c + 1 < colon && sift_is_punct(d, c, ','))
            s0 = c + 1;
    }
    uint32_t lim = s0 + 8;
    /* (a long title before the name counts as one word: "Senior Minister
     * of State for Transport Daniel Koh, speaking ..., was unequivocal:") */
    for (uint32_t v = s0; v < colon && v < lim; v++)
        if (d->toks.v[v].ment >= 0 && d->ments.v[d->toks.v[v].ment].type == ET_PERSON) {
            uint32_t e = d->ments.v[d->toks.v[v].ment].t1;
            lim = e + 3 > lim ? e + 3 : lim;
            break;
        }
    int stepped = 0;
    for (uint32_t v = s0 + 1; v < colon && v < lim; v++) {
        const tok *t = &d->toks.v[v];
        /* one aside between commas is stepped over: after the name ("Dr
         * James Whitfield, a trainee anaesthetist, put it bluntly:", "Antônio
         * Ferreira, who sells corn cakes ..., put it this way:") or a name in
         * apposition after a title ("The party's floor leader, Jung Hye-rin,
         * was blunter:") */
        if (sift_is_punct(d, v, ',') && !stepped) {
            int after = sift_entity_at(d, v + 1);
            if (sift_entity_at(d, v - 1) >= 0 || (after >= 0 && d->ents.v[after].type == ET_PERSON)) {
                uint32_t e = v + 1;
                while (e < colon && e < v + 20 && !sift_is_punct(d, e, ',') &&
                       (d->toks.v[e].kind != TK_QUOTE || (d->toks.v[e].flags & TF_POSS))) /* ("Seafarers' Union") */
                    e++;
                if (e < colon && sift_is_punct(d, e, ',')) {
                    lim += e + 1 - v;
                    v = e;
                    stepped = 1;
                    continue;
                }
            }
        }
        if (t->kind == TK_QUOTE || (t->flags & TF_INQUOTE) || sift_is_punct(d, v, ','))
            return 0;
        if (t->kind == TK_WORD && !(t->flags & TF_CAP) &&
            (t->upos == SIFT_UPOS_VERB || t->upos == SIFT_UPOS_AUX))
            return v;
    }
    return 0;
}

/* "Her message ... was", "His answer was": a sentence that opens with a
 * possessive pronoun and a noun for what someone says; the person the
 * pronoun means, or -1. */
static int possessive_opening(const doc *d, uint32_t s0, uint32_t v)
{
    static const char *const said[] = {"message", "response", "answer", "reply", "advice", "verdict",
                                       "assessment", "warning", "plea", "explanation", "view", "words",
                                       "reaction", "instruction", "instructions", NULL};
    int g = sift_tok_is(d, s0, "her") ? 'F' : sift_tok_is(d, s0, "his") ? 'M' : 0;
    if (!g || !sift_tok_in(d, s0 + 1, said) || v <= s0 + 1)
        return -1;
    int e = sift_resolve_pronoun(d, s0, g);
    return e >= 0 && d->ents.v[e].type == ET_PERSON ? e : -1;
}

/* Attribution before an opening mark: "Zelensky said: " / "said Smith, ". */
static int attribute_before(doc *d, uint32_t open, sift_attribution *a)
{
    uint32_t s0 = sift_sent_t0(d, open);
    if (open == s0 || (d->toks.v[open].flags & TF_PARA)) {
        /* ('He told the court: ¶ "..."': a paragraph the colon that ends
         * the one before introduces) */
        if (open < 4 || !(d->toks.v[open].flags & TF_PARA) || !sift_is_punct(d, open - 1, ':'))
            return 0;
        s0 = sift_sent_t0(d, open - 1);
    }
    int64_t c = last_cue(d, s0, open);
    if (c < 0) {
        /* 'The Deputy Speaker, Dame Margaret Rolfe, intervened: "Order."':
         * a verb of any kind before the colon, with a named subject */
        uint32_t v = open - 2;
        if (open < s0 + 3 || !sift_is_punct(d, open - 1, ':'))
            return 0;
        if (d->toks.v[v].kind != TK_WORD || d->toks.v[v].upos != SIFT_UPOS_VERB || (d->toks.v[v].flags & TF_CAP) ||
            d->toks.v[v - 1].kind == TK_QUOTE || (d->toks.v[v - 1].w.flags & (W_AUX | W_PREP)))
            v = colon_clause_verb(d, s0, open - 1);
        /* ("He described what he saw:": the verb of the pronoun that
         * opens the sentence) */
        int pronoun = (sift_tok_is(d, s0, "he") || sift_tok_is(d, s0, "she")) && s0 + 2 < open &&
                      d->toks.v[s0 + 1].upos == SIFT_UPOS_VERB && !(d->toks.v[s0 + 1].flags & TF_CAP);
        if (pronoun)
            v = s0 + 1;
        if (!v)
            return 0;
        a->rule = "verb-colon";
        /* "Her message to those tempted to return was blunt:": the person
         * the possessive means */
        int own = possessive_opening(d, s0, v);
        if (own >= 0) {
            uint32_t be = v;
            while (be + 2 < open && d->toks.v[be].upos != SIFT_UPOS_AUX)
                be++; /* the evidence is "was", not "tempted" */
            a->ent = own;
            a->name = d->ents.v[own].name;
            a->cue = d->toks.v[be].upos == SIFT_UPOS_AUX ? be : v;
            return 1;
        }
        int named = 0; /* the subject is named in this sentence, not found by a pronoun */
        if (sift_speaker_of_cue(d, v, s0, open, a) && a->ent >= 0)
            for (uint32_t k = s0; k < v && !named; k++)
                named = sift_entity_at(d, k) == a->ent;
        /* ('An internal email shown to the jury, ..., read: "..."': a
         * document, named by the phrase) */
        if (!named && a->ent < 0 && a->name && (d->toks.v[s0].w.flags & W_DET) &&
            (sift_document_noun(d, s0 + 1) || (s0 + 2 < v && sift_document_noun(d, s0 + 2))))
            return 1;
        /* ("He described the moment they reached it:": a pronoun for one
         * person, opening the sentence as the verb's subject) */
        if (!named && a->name && pronoun && (a->ent < 0 || d->ents.v[a->ent].type == ET_PERSON))
            return 1;
        if (!named || (d->ents.v[a->ent].type != ET_PERSON && d->ents.v[a->ent].type != ET_ORG)) {
            *a = (sift_attribution){-1, NULL, -1, NULL};
            return 0;
        }
        return 1;
    }
    a->rule = "attribution-before";
    /* ('A quota that cannot be reached, the group said, "is not a
     * management tool"': the phrase of a parenthesis between commas right
     * before the quotation speaks, not the clause it interrupts) */
    uint32_t pc = (uint32_t)c;
    while (pc > s0 && pc + 5 > (uint32_t)c && !sift_is_punct(d, pc - 1, ','))
        pc--;
    if (pc > s0 + 1 && pc < (uint32_t)c && sift_is_punct(d, pc - 1, ',') && (d->toks.v[pc].w.flags & W_DET) &&
        !(d->toks.v[pc].flags & TF_CAP) && (uint32_t)c + 2 == open && sift_is_punct(d, (uint32_t)c + 1, ',')) {
        sift_attribution p = *a;
        if (sift_speaker_of_cue(d, (uint32_t)c, pc, open, &p) && p.name) {
            *a = p;
            return 1;
        }
    }
    return sift_speaker_of_cue(d, (uint32_t)c, s0, open, a);
}

int sift_add_quote(doc *d, uint32_t c0, uint32_t c1, const char *kind, const sift_attribution *a,
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

int sift_word_count(const doc *d, uint32_t c0, uint32_t c1)
{
    int n = 0;
    for (uint32_t i = c0; i < c1; i++)
        n += d->toks.v[i].kind == TK_WORD || d->toks.v[i].kind == TK_NUM;
    return n;
}

static int extract_direct(doc *d)
{
    qvec pairs = {0};
    if (pair_marks(d, &pairs) != 0)
        return -1;
    /* 'Lázaro "Chino" Benítez': a nickname inside a name is no quotation */
    size_t kept = 0;
    for (size_t p = 0; p < pairs.n; p++) {
        int m = d->toks.v[pairs.v[p].open].ment;
        if (m >= 0 && d->ments.v[m].type == ET_PERSON && pairs.v[p].group == (int)p &&
            (p + 1 >= pairs.n || pairs.v[p + 1].group != (int)p))
            continue;
        pairs.v[kept] = pairs.v[p];
        pairs.v[kept].group -= (int)(p - kept);
        kept++;
    }
    pairs.n = kept;
    for (size_t p = 0; p < pairs.n; p++)
        for (uint32_t i = pairs.v[p].c0; i < pairs.v[p].c1; i++)
            d->toks.v[i].flags |= TF_INQUOTE;
    sift_attribution prev = {-1, NULL, -1, NULL};
    int64_t prev_pair = -1; /* the last pair that found a speaker */
    for (size_t p = 0; p < pairs.n; p++) {
        qpair *q = &pairs.v[p];
        uint32_t open = q->open, c0 = q->c0, c1 = q->c1;
        uint32_t s0 = sift_sent_t0(d, open), close = c1;
        uint32_t s1 = close < d->toks.n ? sift_sent_t1(d, close) : (uint32_t)d->toks.n;
        if (s1 <= c1 - 1)
            s1 = c1;
        sift_attribution a = {-1, NULL, -1, NULL};
        /* embedded: words before the mark in the sentence that do not end in ':' or ',' */
        int words = sift_word_count(d, c0, c1);
        /* a group "called "Last Defence Wave"": a name in quotes, not speech */
        /* (or a person's: "known to everyone as "Tono"", "nicknamed "El Flaco"",
         * "who goes by the nickname "Pocho"") */
        int named = open > s0 &&
                    (sift_tok_is(d, open - 1, "called") || sift_tok_is(d, open - 1, "named") ||
                     sift_tok_is(d, open - 1, "dubbed") || sift_goes_by(d, open)) &&
                    words <= 5 && c0 < c1 && (d->toks.v[c0].flags & TF_CAP);
        /* ('after the 2019–20 "Black Summer" fires': a name in title case
         * before the noun it names) */
        if (!named && open > s0 && words >= 1 && words <= 4 && close + 1 < d->toks.n &&
            d->toks.v[close + 1].kind == TK_WORD && !(d->toks.v[close + 1].flags & TF_CAP) &&
            d->toks.v[close + 1].upos == SIFT_UPOS_NOUN) {
            named = 1;
            for (uint32_t k = c0; k < c1 && named; k++)
                named = d->toks.v[k].kind != TK_WORD || (d->toks.v[k].flags & TF_CAP);
        }
        int embedded = open > s0 && !(d->toks.v[open].flags & TF_PARA) && !sift_is_punct(d, open - 1, ':') &&
                       !sift_is_punct(d, open - 1, ',') && d->toks.v[open - 1].kind != TK_DASH &&
                       (!sift_is_cue(d, open - 1) || so_called(d, open) || named) &&
                       !sift_is_punct(d, open - 1, '(');
        int is_group_cont = (int)p != q->group;
        if (embedded && !is_group_cont) {
            int64_t c = last_cue(d, s0, open);
            /* (or a verb of blame in the active: "blamed the increase on
             * "years of underinvestment"") */
            for (uint32_t k = open; c < 0 && k-- > s0 + 1;)
                if (blames(d, k) && !(d->toks.v[k].flags & (TF_CAP | TF_INQUOTE)) && !sift_be_form(d, k - 1))
                    c = k;
            int found = 0;
            {
                /* a new clause between the verb and the quote has its own
                 * subject: "X said ..., while Y put the figure at "..."" */
                int64_t b = -1;
                for (uint32_t k = c >= 0 ? (uint32_t)c + 1 : s0; k + 1 < open; k++)
                    if (sift_is_punct(d, k, ',') && (d->toks.v[k + 1].w.flags & W_ADJUNCT) &&
                        !sift_tok_is(d, k + 1, "and") && !sift_tok_is(d, k + 1, "in"))
                        b = k + 2;
                /* "... -- a charge Olaechea's campaign dismissed as
                 * "desperate."": the words are those of whoever answered */
                static const char *const judging[] = {"dismissed", "described", "denounced", "branded",
                                                      "condemned", "labelled", "labeled", "hailed",
                                                      "characterised", "characterized", "derided", "rejected", NULL};
                int answer = 0;
                int64_t answer_cue = open - 2; /* "dismissed" */
                /* "was hailed by summit president Sipho Mabuza as "a floor,
                 * not a ceiling"": the agent of the passive said it */
                if (open >= s0 + 4 && sift_tok_is(d, open - 1, "as"))
                    for (uint32_t k = open - 2; k > s0 && open - k <= 12; k--) {
                        if ((d->toks.v[k].kind != TK_WORD && !sift_is_punct(d, k, ',')) ||
                            (d->toks.v[k].flags & TF_INQUOTE))
                            break; /* "described by Ana Lima, the mayor, as" */
                        /* (not past the verb that judges in the active: "the
                         * stations flagged by the network, and described the
                         * exercise as") */
                        if (k + 1 < open && !sift_tok_is(d, k + 1, "by") && !(d->toks.v[k].flags & TF_CAP) &&
                            sift_tok_in(d, k, judging))
                            break;
                        /* (a verb that judges, or a passive: not "described
                         * the delays faced by some growers as "..."") */
                        if (sift_tok_is(d, k, "by") && k + 1 < open - 1 && sift_tok_ends(d, k - 1, "ed") &&
                            !(d->toks.v[k - 1].flags & TF_CAP) &&
                            (sift_tok_in(d, k - 1, judging) || (k > s0 + 1 && sift_be_form(d, k - 2)))) {
                            b = k + 1, answer = 1, answer_cue = k - 1;
                            break;
                        }
                    }
                for (uint32_t k = c >= 0 ? (uint32_t)c + 1 : s0; k + 4 < open && !answer; k++) {
                    uint32_t ans = (d->toks.v[k].kind == TK_DASH || sift_is_punct(d, k, ','))
                                       ? sift_charge_answered(d, k + 1)
                                       : 0;
                    if (ans && ans + 2 < open && sift_tok_is(d, open - 1, "as") && sift_tok_ends(d, open - 2, "ed"))
                        b = ans, answer = 1;
                }
                uint32_t np0, np1;
                /* "He defended the subsidies, calling the plant "the best
                 * return ..."": a speech participle after the clause is its
                 * subject's */
                static const char *const speaking[] = {"calling", "describing", "saying", "warning",
                                                       "arguing", "adding", "noting", "branding", NULL};
                /* (after an inverted attribution, its speaker: "CLAUSE, Trade
                 * Minister Kemal Yildirim said on Thursday, calling the
                 * measures "..."") */
                int64_t said = -1;
                for (uint32_t k = (uint32_t)(b >= 2 ? b - 2 : 0); b >= 2 && k-- > s0 && k + 8 > (uint32_t)b;)
                    if (sift_is_cue(d, k) && !(d->toks.v[k].flags & (TF_INQUOTE | TF_CAP)) &&
                        !sift_tok_ends(d, k, "ing")) {
                        said = k;
                        break;
                    }
                /* (or the verb of saying the clause opened with: "In a
                 * statement, Ferromar said it had activated its emergency
                 * plan ..., describing the collapse as "..."", rather than
                 * one inside what it reports, no comma between: "Health
                 * Canada said that current tests did not indicate a risk,
                 * describing itself as "..."") */
                int speech = b >= 2 && sift_tok_in(d, (uint32_t)b - 1, speaking);
                for (uint32_t k = s0; speech && k + 2 < (uint32_t)b && (said < 0 || k < (uint32_t)said); k++) {
                    if (d->toks.v[k].kind == TK_QUOTE)
                        break;
                    if (sift_is_cue(d, k) && !(d->toks.v[k].flags & (TF_INQUOTE | TF_CAP)) &&
                        !sift_tok_ends(d, k, "ing")) {
                        int comma = 0;
                        for (uint32_t m = k + 1; said >= 0 && m < (uint32_t)said && !comma; m++)
                            comma = sift_is_punct(d, m, ',');
                        if (!comma)
                            said = k;
                        break;
                    }
                }
                sift_attribution before = a;
                if (speech && !answer && said >= 0 &&
                    sift_speaker_of_cue(d, (uint32_t)said, s0, (uint32_t)b - 2, &a) && a.name) {
                    a.cue = b - 1;
                    a.rule = "participle-cue";
                    found = 1;
                    b = -1;
                } else {
                    a = before;
                }
                if (b >= 2 && speech && !answer &&
                    sift_clause_subject(d, sift_body_start(d, d->toks.v[open].sent), (uint32_t)b - 2, &np0, &np1)) {
                    sift_name_speaker(d, np0, np1, &a.ent, &a.name);
                    if (a.name) {
                        a.cue = b - 1;
                        a.rule = "participle-cue";
                        found = 1;
                    }
                    b = -1;
                }
                if (b >= 0 && sift_clause_subject(d, (uint32_t)b, open, &np0, &np1)) {
                    sift_name_speaker(d, np0, np1, &a.ent, &a.name);
                    if (a.name && (a.ent >= 0 || answer)) {
                        if (answer)
                            a.cue = answer_cue;
                        a.rule = "clause-subject";
                        found = 1;
                    }
                }
                if (!found && c >= 0 && passive_cue(d, (uint32_t)c)) {
                    /* "was accused of "fiddling the figures"": somebody's
                     * words, the accused's no more than anyone's */
                    a.cue = c;
                    a.rule = "passive-cue";
                    if (sift_add_quote(d, c0, c1, "mixed", &a, s0, s1) != 0)
                        return -1;
                    continue;
                }
                /* "dismissed the case as "a political vendetta ..."": a verb
                 * that judges, a few words before "as" (the list above) */
                /* (in a relative clause with a subject of its own, whoever
                 * spoke before: "in a report the Justice Ministry dismissed
                 * as "...", "a figure the union dismissed as "..."") */
                int as = sift_tok_is(d, open - 1, "as");
                for (uint32_t v = open - 2; !found && as && c >= 0 && v > (uint32_t)c + 3 && v + 4 > open; v--) {
                    if (!sift_tok_in(d, v, judging) || (d->toks.v[v].flags & TF_CAP))
                        continue;
                    /* (or after "that" and a plain subject, past an adverb:
                     * "a figure that federal officials immediately dismissed
                     * as "fantasy accounting."") */
                    uint32_t rv = v - (sift_tok_ends(d, v - 1, "ly") && !(d->toks.v[v - 1].flags & TF_CAP));
                    uint32_t rt = rv;
                    while (rt > s0 && rt + 4 > rv && d->toks.v[rt - 1].kind == TK_WORD &&
                           !(d->toks.v[rt - 1].flags & TF_CAP) && !sift_tok_is(d, rt - 1, "that") &&
                           !sift_tok_is(d, rt - 1, "which") && !(d->toks.v[rt - 1].w.flags & (W_VERB | W_AUX | W_PREP)))
                        rt--;
                    int plural = (sift_plural_flags(d, rv - 1) & (W_PERSON_NOUN | W_TITLE)) ||
                                 (d->toks.v[rv - 1].w.flags & W_GROUP);
                    uint32_t p0 = 0, p1 = v;
                    if (rt > s0 + 1 && rt < rv && (sift_tok_is(d, rt - 1, "that") || sift_tok_is(d, rt - 1, "which")) &&
                        d->toks.v[rt - 2].upos == SIFT_UPOS_NOUN && plural) {
                        p0 = rt;
                        p1 = rv;
                    } else {
                        int x = sift_entity_at(d, v - 1);
                        uint32_t r0 = x >= 0 ? sift_name_start(d, v - 1, s0) : v - 2;
                        r0 -= r0 > s0 && x >= 0 && sift_tok_is(d, r0 - 1, "the");
                        if (r0 > s0 && sift_tok_is(d, r0, "the") && d->toks.v[r0 - 1].upos == SIFT_UPOS_NOUN &&
                            !(d->toks.v[r0 - 1].flags & TF_CAP))
                            p0 = r0;
                    }
                    if (p0) {
                        sift_name_speaker(d, p0, p1, &a.ent, &a.name);
                        if (a.name) {
                            a.cue = v;
                            a.rule = "clause-subject";
                            found = 1;
                        }
                    }
                    break;
                }
                /* (a verb that judges, after the cue and right before the
                 * quotation, is the one: "He argued that the audit had left
                 * out the stations flagged by the network, and described
                 * the exercise as "...") */
                if (!found && c >= 0 && open > s0 + 2 && sift_tok_is(d, open - 1, "as"))
                    for (uint32_t v = open - 2; v > (uint32_t)c && v + 8 > open && d->toks.v[v].kind == TK_WORD; v--)
                        if (sift_tok_in(d, v, judging) && !(d->toks.v[v].flags & TF_CAP)) {
                            found = sift_speaker_of_cue(d, v, s0, open, &a) && a.name;
                            /* (after "and", the subject of the clause's first
                             * verb of saying: "He argued ..., and described") */
                            int after_and = v > s0 + 2 && sift_tok_is(d, v - 1, "and");
                            for (uint32_t k = s0; !found && after_and && k + 1 < v; k++)
                                if (sift_is_cue(d, k) && sift_finite_verb(d, k) &&
                                    !(d->toks.v[k].flags & (TF_INQUOTE | TF_CAP)) && !sift_tok_is(d, k + 1, "by")) {
                                    found = sift_speaker_of_cue(d, k, s0, v, &a) && a.name;
                                    break;
                                }
                            if (found)
                                a.cue = v;
                            break;
                        }
                if (!found && c >= 0)
                    found = sift_speaker_of_cue(d, (uint32_t)c, s0, open, &a);
                /* (past what is judged, a claim and its clause too:
                 * "dismissed the opposition's claim that votes had been
                 * shifted between columns as "...") */
                if (!found && open > s0 + 2 && sift_tok_is(d, open - 1, "as"))
                    for (uint32_t v = open - 2; v > s0 && v + 30 > open && d->toks.v[v].kind != TK_QUOTE &&
                                                !sift_is_punct(d, v, ';') && !sift_is_punct(d, v, ':');
                         v--)
                        if (sift_tok_in(d, v, judging) && !(d->toks.v[v].flags & TF_CAP)) {
                            found = sift_speaker_of_cue(d, v, s0, open, &a) && a.name;
                            break;
                        }
                /* ("The programme, in his words, had become "a maze of
                 * paperwork"": the one the possessive means) */
                /* (or "in Riquelme's words", "In the words of one of the
                 * study's authors, Dr Ewan Rattray,") */
                for (uint32_t k = s0; !found && k + 3 < open; k++) {
                    if (!sift_tok_is(d, k, "in") || (d->toks.v[k].flags & TF_INQUOTE))
                        continue;
                    int x = -1;
                    if ((sift_tok_is(d, k + 1, "his") || sift_tok_is(d, k + 1, "her")) &&
                        sift_tok_is(d, k + 2, "words"))
                        x = sift_resolve_pronoun(d, k + 1, sift_tok_is(d, k + 1, "his") ? 'M' : 'F');
                    int owner = sift_entity_at(d, k + 1);
                    uint32_t oe = owner >= 0 ? sift_name_end(d, k + 1, open) : 0;
                    if (owner >= 0 && d->ents.v[owner].type == ET_PERSON && oe + 1 < open &&
                        d->toks.v[oe].kind != TK_WORD && (d->toks.v[oe].flags & TF_POSS) &&
                        sift_tok_is(d, oe + 1, "words"))
                        x = owner;
                    if (sift_tok_is(d, k + 1, "the") && sift_tok_is(d, k + 2, "words") && sift_tok_is(d, k + 3, "of"))
                        for (uint32_t j = k + 4; x < 0 && j < open && j < k + 16 && d->toks.v[j].kind != TK_QUOTE;
                             j++) {
                            int y = sift_entity_at(d, j);
                            if (y >= 0 && d->ents.v[y].type == ET_PERSON)
                                x = y;
                        }
                    if (x >= 0) {
                        a = (sift_attribution){x, d->ents.v[x].name, -1, "in-his-words"};
                        found = 1;
                    }
                }
                /* ("For Navarro, those meetings have been "a monologue, not a
                 * conversation"": the person whose view the sentence opens
                 * with) */
                uint32_t fb = sift_body_start(d, d->toks.v[open].sent);
                int fx = !found && c < 0 && fb + 3 < open && sift_tok_is(d, fb, "for") && (d->toks.v[fb].flags & TF_CAP)
                             ? sift_entity_at(d, fb + 1)
                             : -1;
                if (fx >= 0 && d->ents.v[fx].type == ET_PERSON && sift_name_start(d, fb + 1, fb + 1) == fb + 1 &&
                    sift_is_punct(d, sift_name_end(d, fb + 1, open), ',')) {
                    a = (sift_attribution){fx, d->ents.v[fx].name, -1, "for-whom"};
                    found = 1;
                }
                if (!found && close < d->toks.n)
                    found = attribute_after(d, close + 1, &a) && a.name;
            }
            /* a one-word quote inside a noun phrase, or any "so-called" one, is a
             * scare quote even in reported speech: any plan to "freeze" */
            const tok *pv = &d->toks.v[open - 1];
            if (found && (so_called(d, open) || named || sift_tok_is(d, open - 1, "dubbed") ||
                          /* (or after a count: 'said 1,240 "ghost" vaccinators') */
                          (words == 1 && ((pv->w.flags & W_DET) || (pv->flags & TF_POSS) || pv->kind == TK_NUM ||
                                          sift_tok_is(d, open - 1, "to") || sift_tok_is(d, open - 1, "called")))))
                found = 0;
            if (found) {
                a.rule = a.rule ? a.rule : "mixed-cue";
                if (sift_add_quote(d, c0, c1, "mixed", &a, s0, s1) != 0)
                    return -1;
            } else if (sift_add_quote(d, c0, c1, "scare", NULL, s0, s1) != 0) {
                return -1;
            }
            continue;
        }
        int found = 0;
        int part_open = p + 1 < pairs.n && pairs.v[p + 1].group == q->group && pairs.v[p + 1].open == close;
        /* 'Prince Henrik said: "..." The palace said ...': a quotation a
         * colon introduces, closing its sentence, is the introducer's */
        int introduced = open > s0 && sift_is_punct(d, open - 1, ':') && close + 1 < d->toks.n &&
                         (d->toks.v[close + 1].flags & TF_SENT);
        if (introduced && !(found = attribute_before(d, open, &a)))
            a = (sift_attribution){-1, NULL, -1, NULL};
        /* ("under rules against what the government calls "unfair price
         * increases", said inspectors had ...": who calls it so, before it,
         * not the verb after) */
        int what_calls = 0, calls = open >= s0 + 3 && sift_is_cue(d, open - 1) && !(d->toks.v[open - 1].flags & TF_CAP);
        for (uint32_t w = open - 2; calls && w > s0 && w + 7 > open && !what_calls; w--)
            what_calls = sift_tok_is(d, w - 1, "what") && !(d->toks.v[w - 1].flags & (TF_INQUOTE | TF_CAP));
        if (!found && close < d->toks.n && d->toks.v[close].kind == TK_QUOTE && !part_open && !what_calls)
            found = attribute_after(d, close + 1, &a);
        if (!found && !introduced)
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
        if (sift_add_quote(d, c0, c1, "direct", found ? &a : NULL, s0, s1) != 0)
            return -1;
        if (found && a.name) {
            prev = a;
            prev_pair = (int64_t)p;
        }
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

/* "The warning came from", "Those words came from", "The complaint, made
 * outside the ministry on Monday, came from", "That was the reaction of":
 * a determiner at t and a noun, then "came from"; the token after "from"
 * (or "of"), or 0. */
/* "the" and the demonstratives: "That was the view", "made those comments". */
static const char *const demonstratives[] = {"the", "that", "this", "those", "these", NULL};

/* Nouns for what someone said that "That was the view of", "That warning
 * came from" name the speaker of (view_of(), sift_came_from()). */
static const char *const view_nouns[] = {"view", "verdict", "assessment", "message", "argument", "words",
                                         "warning", "advice", "criticism", "comment", "appeal", "plea",
                                         "question", "answer", "reply", "complaint", "remark", "remarks",
                                         "comments", "line", "retort", "response", "vow", "pledge", "quip",
                                         "rebuke", "account", "statement", "experience", "description",
                                         "explanation", "reaction",
                                         /* ("The admission came from Dr Amina Bello") */
                                         "admission", "confession", "apology", "prediction", "boast", NULL};

/* The noun after the demonstrative at t: t + 1, or t + 2 past a word on it
 * ("The sharpest criticism"). */
static uint32_t demonstrated_noun(const doc *d, uint32_t t)
{
    return t + 1 + (t + 3 < d->toks.n && d->toks.v[t + 1].upos == SIFT_UPOS_ADJ && !(d->toks.v[t + 1].flags & TF_CAP) &&
                    d->toks.v[t + 2].upos == SIFT_UPOS_NOUN);
}

uint32_t sift_came_from(const doc *d, uint32_t t)
{
    if (!sift_tok_in(d, t, demonstratives))
        return 0;
    /* (or "That was the reaction of", "This was the message from") */
    if ((sift_tok_is(d, t, "that") || sift_tok_is(d, t, "this")) && t + 5 < d->toks.n &&
        sift_tok_is(d, t + 1, "was") && sift_tok_is(d, t + 2, "the") && sift_tok_in(d, t + 3, view_nouns) &&
        (sift_tok_is(d, t + 4, "of") || sift_tok_is(d, t + 4, "from")))
        return t + 5;
    /* (past a word on the noun: "The sharpest criticism came from") */
    uint32_t v = demonstrated_noun(d, t) + 1;
    /* (past an aside with commas of its own: "Those words, shouted through
     * a megaphone outside the offices of the contractor, Metro Haulers
     * Inc., on Wednesday, came from") */
    if (sift_is_punct(d, v, ','))
        for (uint32_t k = v + 1, hi = sift_sent_t1(d, v); k + 1 < hi && k < v + 30; k++) {
            if (d->toks.v[k].kind == TK_QUOTE && !(d->toks.v[k].flags & TF_POSS))
                break;
            if (sift_is_punct(d, k, ',') && sift_tok_is(d, k + 1, "came")) {
                v = k + 1;
                break;
            }
            if (k > v + 1 && sift_finite_verb(d, k) && !sift_tok_ends(d, k, "ed") && !sift_tok_ends(d, k, "ing") &&
                !sift_tok_is(d, k, "came"))
                break;
        }
    /* (or whose they are: "The words belong to Sachiko Hayashi") */
    if ((sift_tok_is(d, v, "belong") || sift_tok_is(d, v, "belonged")) && sift_tok_is(d, v + 1, "to"))
        return v + 2;
    /* (past when: "The warning came on Wednesday from", "came late on
     * Monday from") */
    static const char *const when[] = {"late", "early", "earlier", "later", NULL};
    uint32_t w = v + 1;
    int dated = 0;
    while (w < v + 7 && w < d->toks.n && !sift_tok_is(d, w, "from") &&
           ((d->toks.v[w].flags & TF_USED) ||
            (!(d->toks.v[w].flags & TF_CAP) && ((d->toks.v[w].w.flags & W_PREP) || sift_tok_in(d, w, when)))))
        dated |= (d->toks.v[w++].flags & TF_USED) != 0;
    if (!dated)
        w = v + 1;
    return sift_tok_is(d, v, "came") && sift_tok_is(d, w, "from") ? w + 1 : 0;
}

static int person_head(const doc *d, uint32_t k);
static int bare_name_next(const doc *d, uint32_t h);
static int role_named_next(const doc *d, uint32_t h, int expert);

/* A role as written, "the commission's executive vice-chairman": its
 * tokens [t0, e1), its noun h, its own words w (not h), the word for its
 * owner ("commission", "of the cybercrime centre"), the noun of a
 * description in apposition (app) and whether it is held in a force or a
 * court. */
typedef struct {
    uint32_t t0, h, e1, owner, app, w[8];
    size_t nw;
    int force, court;
} role_words;

static int aside_fit(const doc *d, const role_words *r, uint32_t m1);
static void role_words_of(const doc *d, uint32_t t0, uint32_t h, uint32_t e1, role_words *r);
static int introduced_in_role(const doc *d, const role_words *r);
static int kept_unnamed(const doc *d, uint32_t h);

/* Does token k open words that say someone spoke, or how: "was speaking",
 * "was responding to a question", "was emphatic", "spoke", "made the
 * remark", "made the comments"? */
static int said_so(const doc *d, uint32_t k)
{
    static const char *const remarks[] = {"remark", "remarks", "comment", "comments", "plea", "appeal", "point",
                                          "argument", "observation", "admission", "claim", "words", "pledge",
                                          "promise", "vow", "prediction", "warning", "case", "statement",
                                          "accusation", "accusations", "allegation", "allegations",
                                          "lines", "line", "message", NULL};
    /* ("shouted those words to the crowd", "delivered the message",
     * "delivered those lines to party members") */
    static const char *const makes[] = {"made", "shouted", "delivered", "uttered", "spoke", "voiced", "read", NULL};
    static const char *const speakings[] = {"speaking", "responding", "replying", "answering", "emphatic",
                                            "adamant", "blunt", "defiant", "unequivocal", "unapologetic",
                                            "unrepentant", "scathing", "dismissive", "categorical", NULL};
    return ((sift_tok_is(d, k, "was") || sift_tok_is(d, k, "is") || sift_tok_is(d, k, "were")) &&
            sift_tok_in(d, k + 1, speakings)) ||
           sift_tok_is(d, k, "spoke") ||
           /* ("made the remark", "made that plea", "made those comments") */
           (sift_tok_in(d, k, makes) && sift_tok_in(d, k + 1, demonstratives) && sift_tok_in(d, k + 2, remarks));
}

/* Does the paragraph before the one token `open` opens end inside a
 * quotation, its closing mark left out because the quotation goes on
 * ('..., said. "Every night we choose ... . ¶ "The drones are cheap ..."')? */
static int quote_left_open(const doc *d, uint32_t open)
{
    for (uint32_t k = open; k-- > 0;) {
        const tok *u = &d->toks.v[k];
        if (u->kind == TK_QUOTE && !(u->flags & TF_POSS))
            return (u->flags & TF_QOPEN) != 0;
        if (u->flags & TF_PARA)
            return 0;
    }
    return 0;
}

/* Is q the last paragraph of a quotation of several, none of whose
 * paragraphs has a speaker yet? */
static int chain_unattributed(const doc *d, const sift_quote *q)
{
    const sift_quote *p = q;
    while (p > d->quotes.v && p->span.start > 0 && quote_left_open(d, sift_tok_at(d, p->span.start) - 1)) {
        if (p[-1].speaker_name)
            return 0;
        p--;
    }
    return p != q;
}

/* Does the quotation q go on from one opened in an earlier paragraph
 * whose paragraph attributed a quotation before it ('"...," he said.
 * "Now they tell me ... . ¶ "My parents came ..."')? Its words are that
 * speaker's, not those of whoever the next paragraph describes. */
static int continues_attributed(const doc *d, const sift_quote *q)
{
    const sift_quote *p = q;
    while (p > d->quotes.v && p->span.start > 0 && quote_left_open(d, sift_tok_at(d, p->span.start) - 1))
        p--;
    return p != q && p > d->quotes.v && p[-1].cue && para_at(d, p[-1].span.start) == para_at(d, p->span.start);
}

/* The token after the comma that closes an aside the comma at k opens
 * (", a former sheriff's deputy first elected in 2018,"), in the same
 * sentence and within 24 tokens; else k. */
static uint32_t past_aside(const doc *d, uint32_t k)
{
    for (uint32_t c = k + 2; c + 1 < d->toks.n && c < k + 24 &&
                             (d->toks.v[c].kind != TK_QUOTE || (d->toks.v[c].flags & TF_POSS)) &&
                             d->toks.v[c].sent == d->toks.v[k].sent;
         c++)
        if (sift_is_punct(d, c, ','))
            return c + 1;
    return k;
}

/* The sex the last word of a speaker's phrase gives ('F' for "A
 * spokeswoman", 'M' for "the chairman"), or 0. */
static int name_sex(const char *name)
{
    size_t n = strlen(name);
    if (n >= 5 && strcasecmp(name + n - 5, "woman") == 0)
        return 'F';
    return n >= 3 && strcasecmp(name + n - 3, "man") == 0 && (n == 3 || name[n - 4] != 'u') ? 'M' : 0;
}

/* The token that opens quotation q: its opening mark, or its first word
 * when it has none. */
static uint32_t quote_opening(const doc *d, const sift_quote *q)
{
    uint32_t open = sift_tok_at(d, q->span.start);
    return open - (open > 0 && d->toks.v[open - 1].kind == TK_QUOTE);
}

/* The quotation q is by entity e, found by rule (rule NULL: keep q's). */
static void speaker_is(const doc *d, sift_quote *q, int e, const char *rule)
{
    q->speaker = e;
    q->speaker_name = d->ents.v[e].name;
    if (rule)
        q->rule = rule;
}

/* The quotation q is by whoever the phrase [np0,np1) names, if anyone. */
static void speaker_phrase(doc *d, sift_quote *q, uint32_t np0, uint32_t np1, const char *rule)
{
    int ent;
    const char *name;
    sift_name_speaker(d, np0, np1, &ent, &name);
    if (name) {
        q->speaker = ent;
        q->speaker_name = name;
        q->rule = rule;
    }
}

/* "Outside the courthouse, she read a statement on behalf of his family.
 * ¶ '...'": a quotation that opens its paragraph, after a sentence in
 * which someone reads out or issues a statement, is what the statement
 * says, in the reader's voice. */
static void statement_read_before(doc *d, sift_quote *q)
{
    static const char *const reads[] = {"read", "released", "issued", "delivered", NULL};
    static const char *const texts[] = {"statement", "message", "letter", "tribute", NULL};
    uint32_t open = quote_opening(d, q);
    uint32_t s = d->toks.v[open].sent;
    if (s == 0 || !(d->toks.v[open].flags & TF_PARA))
        return;
    const sent *p = &d->sents.v[s - 1];
    for (uint32_t k = p->t0 + 1; k + 2 < p->t1; k++) {
        if (!sift_tok_in(d, k, reads) || (d->toks.v[k].flags & (TF_CAP | TF_INQUOTE)) ||
            !(sift_tok_is(d, k + 1, "a") || sift_tok_is(d, k + 1, "the")) ||
            !(sift_tok_in(d, k + 2, texts) || (k + 3 < p->t1 && sift_tok_in(d, k + 3, texts))))
            continue;
        uint32_t a0, a1;
        int ent = -1;
        const char *name = NULL;
        if (sift_subject_before(d, k, p->t0, &a0, &a1))
            sift_name_speaker(d, a0, a1, &ent, &name);
        if (name && (ent < 0 || d->ents.v[ent].type == ET_PERSON || d->ents.v[ent].type == ET_ORG)) {
            q->speaker = ent;
            q->speaker_name = name;
            q->rule = "statement-read-before";
        }
        return;
    }
}

/* 'Yildirim, who was addressing the assembly, did not soften his tone. ¶
 * "For decades ..."': a paragraph of quotation after a paragraph of one
 * sentence whose subject, a person, it says spoke, or how. */
static void spoke_before(doc *d, sift_quote *q)
{
    static const char *const holds[] = {"mince", "soften", "temper", "hide", "hold", "spare", "pull", NULL};
    uint32_t open = sift_tok_at(d, q->span.start) - 1;
    if (open < 4 || open >= d->toks.n || !(d->toks.v[open].flags & TF_PARA) || !sift_is_punct(d, open - 1, '.'))
        return;
    uint32_t s0 = sift_sent_t0(d, open - 1);
    if (open > s0 + 40 || (d->toks.v[s0].flags & TF_INQUOTE))
        return;
    int pe = -1;
    uint32_t k = s0;
    if (sift_tok_is(d, s0, "he") || sift_tok_is(d, s0, "she")) {
        pe = sift_resolve_pronoun(d, s0, sift_tok_is(d, s0, "he") ? 'M' : 'F');
        k++;
    } else {
        /* (or a role, then the name between commas: "Its chief executive,
         * Park Ji-hoon, bowed deeply ... before reading a prepared apology") */
        uint32_t r = s0;
        while (r < s0 + 5 && r + 2 < open && sift_entity_at(d, r) < 0 && d->toks.v[r].kind == TK_WORD &&
               !(d->toks.v[r].w.flags & (W_VERB | W_AUX)))
            r++;
        int role = r > s0 && sift_is_punct(d, r, ',') && person_head(d, r - 1) && sift_entity_at(d, r + 1) >= 0;
        if (role)
            k = r + 1;
        pe = sift_entity_at(d, k);
        while (pe >= 0 && k < open && sift_entity_at(d, k) == pe)
            k++;
        k += role && sift_is_punct(d, k, ','); /* (the comma that closes the name) */
        /* (past an aside: ", who was addressing the annual general
         * assembly of the Turkish Exporters Assembly in Ankara,") */
        if (sift_is_punct(d, k, ',') && ((d->toks.v[k + 1].w.flags & W_DET) || sift_tok_is(d, k + 1, "who")))
            k = past_aside(d, k);
    }
    if (pe < 0 || d->ents.v[pe].type != ET_PERSON)
        return;
    int held = (sift_tok_is(d, k, "did") && sift_tok_is(d, k + 1, "not") && sift_tok_in(d, k + 2, holds)) ||
               (sift_tok_is(d, k, "didn't") && sift_tok_in(d, k + 1, holds)) ||
               /* ("Carlo, a call-centre worker ..., agreed to speak on
                * condition that his surname not be used") */
               (sift_tok_is(d, k, "agreed") && sift_tok_is(d, k + 1, "to") &&
                (sift_tok_is(d, k + 2, "speak") || sift_tok_is(d, k + 2, "talk")));
    /* (or what was read or given: "before reading a prepared apology") */
    static const char *const speeches[] = {"apology", "statement", "speech", "address", "remarks", NULL};
    static const char *const delivered[] = {"reading", "read", "delivering", "delivered", "giving", "gave", NULL};
    for (uint32_t m = k + 1; !held && m + 1 < open; m++)
        held = sift_tok_in(d, m, speeches) && !(d->toks.v[m].flags & TF_INQUOTE) &&
               (sift_tok_in(d, m - 1, delivered) || (m >= 2 && sift_tok_in(d, m - 2, delivered)) ||
                (m >= 3 && sift_tok_in(d, m - 3, delivered)));
    if (held || said_so(d, k))
        speaker_is(d, q, pe, "spoke-before");
}

/* The first sentence of the paragraph before quotation q, when q is its
 * whole paragraph and that paragraph is neither the first nor the
 * dateline's; else UINT32_MAX. */
static uint32_t paragraph_before(const doc *d, const sift_quote *q)
{
    uint32_t open = quote_opening(d, q), close = sift_tok_at(d, q->span.end - 1) + 1;
    while (close < d->toks.n && d->toks.v[close].kind == TK_QUOTE && !(d->toks.v[close].flags & TF_PARA))
        close++;
    uint32_t s = d->toks.v[open].sent;
    if (s == 0 || !(d->toks.v[open].flags & TF_PARA) || (close < d->toks.n && !(d->toks.v[close].flags & TF_PARA)))
        return UINT32_MAX;
    uint32_t s0 = s - 1;
    while (s0 > 0 && d->sents.v[s0 - 1].para == d->sents.v[s - 1].para)
        s0--;
    return d->sents.v[s0].para == 0 || sift_in_dateline(d, d->sents.v[s0].t0) ? UINT32_MAX : s0;
}

/* 'Agus Setiawan, who drives for a ride-hailing app, said his fuel bill
 * had risen. ¶ "The app company has not raised our rates. ..."': a
 * quotation that is its whole paragraph, after a paragraph whose last
 * report is a person's by name, as the subject of its verb, introduced
 * there, and that quotes no one, goes on in that person's words: the
 * person, or -1. */
static int reporter_before(const doc *d, const sift_quote *q)
{
    uint32_t s0 = paragraph_before(d, q), s = d->toks.v[quote_opening(d, q)].sent;
    if (s0 == UINT32_MAX)
        return -1;
    int who = -1;
    for (uint32_t j = s0; j < s; j++) {
        uint32_t b = sift_body_start(d, j), t1 = d->sents.v[j].t1;
        /* (past the title the name takes: "Information Commissioner Martin
         * Albrecht said") */
        b = sift_name_after_title(d, b, 3);
        /* (or the role before it: "The forum's coordinator, Tatenda Gumbo,
         * said") */
        /* (or a person's: "Hung's neighbour, Y Bhiong Niê, ..., said") */
        uint32_t ow = b;
        while (ow < t1 && ow < b + 4 && (d->toks.v[ow].flags & TF_CAP) && !(d->toks.v[ow].flags & TF_POSS))
            ow++;
        int role = (sift_entity_at(d, b) < 0 && (d->toks.v[b].w.flags & W_DET)) ||
                   (ow < t1 && ow < b + 4 && (d->toks.v[ow].flags & TF_POSS) && (d->toks.v[b].flags & TF_CAP));
        for (uint32_t k = b + 1; role && k + 1 < t1 && k < b + 8; k++) {
            if (sift_is_punct(d, k, ',')) {
                int named = sift_entity_at(d, k + 1) >= 0 && sift_name_start(d, k + 1, k + 1) == k + 1 &&
                            person_head(d, k - 1);
                b = named ? k + 1 : b;
                break;
            }
        }
        /* (words quoted there are another rule's, but those of the clause
         * the person's verb reports: 'said adding a user was "arithmetic
         * that does not work"') */
        uint32_t cue_at = t1;
        for (uint32_t k = b; k < t1; k++)
            if (sift_is_cue(d, k) && sift_finite_verb(d, k) && !(d->toks.v[k].flags & TF_INQUOTE)) {
                cue_at = k;
                break;
            }
        for (uint32_t k = sift_body_start(d, j); k < t1; k++)
            if (d->toks.v[k].kind == TK_QUOTE && !(d->toks.v[k].flags & TF_POSS) && (k < cue_at || j + 1 < s))
                return -1;
        int x = sift_entity_at(d, b);
        /* (introduced there: not "Kenneth Doig, who spoke in Inverness,
         * said" again before a newcomer's words) */
        if (x < 0 || d->ents.v[x].type != ET_PERSON || d->ments.v[d->toks.v[b].ment].kind != MK_NAME ||
            d->ents.v[x].first_tok < d->sents.v[s0].t0)
            continue;
        uint32_t k = sift_name_end(d, b, t1);
        if (k + 1 < t1 && sift_is_punct(d, k, ','))
            k = sift_is_cue(d, k + 1) ? k + 1 : past_aside(d, k); /* (", who drives for a ride-hailing app,") */
        if (k < t1 && sift_is_cue(d, k) && sift_finite_verb(d, k) && !(d->toks.v[k].flags & TF_INQUOTE))
            who = x;
    }
    return who;
}

/* 'Among them was Tom Kellaway, a retired mine worker who has lived in
 * Sawyers Valley since the 1980s. ¶ "I've seen fires on that ridge many
 * times. ..."': a quotation that is its whole paragraph, with no one to
 * say it, after a paragraph that introduces one person, as its subject,
 * and reports no one's words, is that person's: the person, or -1. */
/* '..., Rahima Khatun, 38, described how the water came. "It came like a
 * wall."': a quotation that opens a sentence and ends its paragraph, after
 * sentences of the same paragraph; the paragraph's first sentence, or
 * UINT32_MAX. */
static uint32_t sentences_before(const doc *d, const sift_quote *q)
{
    uint32_t open = quote_opening(d, q), close = sift_tok_at(d, q->span.end - 1) + 1;
    while (close < d->toks.n && d->toks.v[close].kind == TK_QUOTE && !(d->toks.v[close].flags & TF_PARA))
        close++;
    while (close < d->toks.n && sift_is_punct(d, close, '.') && !(d->toks.v[close].flags & TF_PARA))
        close++;
    uint32_t s = d->toks.v[open].sent;
    if (s == 0 || !(d->toks.v[open].flags & TF_SENT) || (d->toks.v[open].flags & TF_PARA) ||
        (close < d->toks.n && !(d->toks.v[close].flags & TF_PARA)))
        return UINT32_MAX;
    uint32_t s0 = s - 1;
    while (s0 > 0 && d->sents.v[s0 - 1].para == d->sents.v[s].para)
        s0--;
    return d->sents.v[s0].para == 0 || sift_in_dateline(d, d->sents.v[s0].t0) ? UINT32_MAX : s0;
}

/* Does the paragraph before the one token p0 opens open with a quotation
 * mark and hold no verb of saying outside quotation marks? */
static int bare_quote_before(const doc *d, uint32_t p0)
{
    uint32_t s = d->toks.v[p0].sent;
    if (s == 0)
        return 0;
    uint32_t s0 = s - 1;
    while (s0 > 0 && d->sents.v[s0 - 1].para == d->sents.v[s - 1].para)
        s0--;
    uint32_t b = d->sents.v[s0].t0;
    if (d->toks.v[b].kind != TK_QUOTE)
        return 0;
    for (uint32_t k = b; k < p0; k++)
        if (sift_is_cue(d, k) && !(d->toks.v[k].flags & TF_INQUOTE))
            return 0;
    return 1;
}

/* Is the name at k (before p1) in a place's position: after "in", "out
 * of", "from", "near" and the like, or owning what follows it ("Paita's
 * crowded wharf")? */
static int placed_name(const doc *d, uint32_t k, uint32_t p0, uint32_t p1)
{
    static const char *const at[] = {"in", "of", "from", "near", "at", "outside", "into", "to", "across", NULL};
    uint32_t b = sift_name_start(d, k, p0), e = sift_name_end(d, k, p1);
    const mention *m = d->toks.v[k].ment >= 0 ? &d->ments.v[d->toks.v[k].ment] : NULL;
    if (m && m->title_t0 >= 0 && (uint32_t)m->title_t0 < b && (uint32_t)m->title_t0 >= p0)
        b = (uint32_t)m->title_t0; /* (past its title: "from Datu Abdullah town") */
    int owns = e + 1 < p1 && d->toks.v[e].kind != TK_WORD && (d->toks.v[e].flags & TF_POSS) &&
               d->toks.v[e + 1].kind == TK_WORD && !(d->toks.v[e + 1].flags & TF_CAP);
    return owns || (b > p0 && sift_tok_in(d, b - 1, at));
}

static int introduced_before(const doc *d, const sift_quote *q)
{
    uint32_t s0 = paragraph_before(d, q);
    if (s0 == UINT32_MAX)
        s0 = sentences_before(d, q);
    if (s0 == UINT32_MAX)
        return -1;
    uint32_t p1 = quote_opening(d, q), p0 = d->sents.v[s0].t0;
    /* (no one's words reported there: not "Yusuf Bello, a trader, said
     * prices had doubled") */
    for (size_t j = 0; j < d->quotes.n; j++)
        if (d->quotes.v[j].span.start >= d->toks.v[p0].start && d->quotes.v[j].span.start < d->toks.v[p1].start)
            return -1;
    int who = -1;
    uint32_t at = 0;
    for (uint32_t k = p0; k < p1; k++) {
        const tok *t = &d->toks.v[k];
        if (sift_quote_mark(t) || sift_tok_is(d, k, "according"))
            return -1;
        int x = sift_entity_at(d, k);
        /* (by name: "he" may have been taken for someone else) */
        if (x < 0 || d->ents.v[x].type != ET_PERSON || d->ments.v[t->ment].kind != MK_NAME)
            continue;
        /* (not a name after a word of place, or owning a thing: "out of
         * Båtsfjord", "from Datu Odin Sinsuat town", "leaving Paita's
         * wharf", most likely a place the recognizer took for a person) */
        if (who >= 0 && x != who && placed_name(d, k, p0, p1))
            continue;
        if (who >= 0 && x != who)
            return -1; /* (two people: whose words?) */
        if (who < 0)
            who = x, at = k;
    }
    if (who < 0 || d->ents.v[who].first_tok < p0)
        return -1; /* (named before: no introduction) */
    /* (as the subject: at the paragraph's start, after a phrase and its
     * comma, after "was", or after the trade it is known by: "hotel owner
     * Giorgos Manousakis was making calls"; not "Police arrested Ian Hale") */
    uint32_t b = at;
    const mention *m = d->toks.v[at].ment >= 0 ? &d->ments.v[d->toks.v[at].ment] : NULL;
    if (m && m->title_t0 >= 0 && (uint32_t)m->title_t0 < b)
        b = (uint32_t)m->title_t0;
    uint32_t titled = b;
    /* (a word the tagger knows no better in the trade too: "barangay
     * health worker Luzviminda Cruz") */
    for (uint32_t n = 0; b > p0 && n < 3 && d->toks.v[b - 1].kind == TK_WORD && !(d->toks.v[b - 1].flags & TF_CAP) &&
                         (d->toks.v[b - 1].upos == SIFT_UPOS_NOUN ||
                          ((n > 0 || b < at) &&
                           (d->toks.v[b - 1].upos == SIFT_UPOS_X || d->toks.v[b - 1].upos == SIFT_UPOS_PROPN ||
                            d->toks.v[b - 1].upos == SIFT_UPOS_ADJ)));
         n++)
        b--;
    /* (or at a later sentence's start: "In Kot Sadiq, the embankment gave
     * way. Nazia Parveen, a schoolteacher, lost her house.") */
    if (b > p0 && !sift_is_punct(d, b - 1, ',') && !sift_tok_is(d, b - 1, "was") && !sift_tok_is(d, b - 1, "is") &&
        !(d->toks.v[b].flags & TF_SENT))
        return -1;
    /* (introduced with what the person is: "Maria Doukas, a retired
     * teacher,", "Rosa Henriquez, who sells bread", "hotel owner Giorgos
     * Manousakis"; not "Rosa Elena Jimenez lost her job", nor "Dennis
     * Otieno, the association's chairman, went back to his seat", nor by
     * a title only: "Leyte Governor Teresita Abad made that plea") */
    uint32_t e = sift_name_end(d, at, p1);
    /* (or by an age: "Rahima Khatun, 38, described how the water came") */
    int described = b < titled || (e + 1 < p1 && sift_is_punct(d, e, ',') &&
                                   (sift_tok_is(d, e + 1, "a") || sift_tok_is(d, e + 1, "an") ||
                                    sift_tok_is(d, e + 1, "who") ||
                                    (e + 3 < p1 && d->toks.v[e + 1].kind == TK_NUM && sift_is_punct(d, e + 2, ','))));
    /* (or not: "Bridget Conneely has banked at the branch since 1969. ¶
     * "I'm not going to start doing it on a phone."", unless the paragraph
     * before the person's is a quotation no one says, which the person's
     * introduction took up) */
    return described || ((d->toks.v[p0].flags & TF_PARA) && !bare_quote_before(d, p0)) ? who : -1;
}

/* '"Demand is there." That was the view of Rafał Kowalczyk, head of ...',
 * "That was the message from ...": the sentence after a quotation names
 * whose words they were. */
static void view_of(doc *d, sift_quote *q)
{
    uint32_t t = sift_tok_at(d, q->span.end);
    while (t < d->toks.n && d->toks.v[t].kind != TK_WORD)
        t++; /* the closing mark and the full stop */
    if (t + 5 >= d->toks.n || d->toks.v[t].sent == d->toks.v[sift_tok_at(d, q->span.start)].sent)
        return;
    /* (not past the end of a paragraph whose quotation a cue attributed:
     * '"...," he said. "..." ¶ Sandhu was dismissive of Brar': the words
     * go on being his) */
    if (q > d->quotes.v && para_at(d, q[-1].span.start) == para_at(d, q->span.start) && q[-1].speaker_name &&
        q[-1].cue && para_at(d, d->toks.v[t].start) != para_at(d, q->span.start))
        return;
    /* ('"..." ¶ The emergency room nurse who said that spoke on condition
     * that her name not be used': the one described as having said it) */
    if ((d->toks.v[t].w.flags & W_DET) && !(d->toks.v[t].flags & TF_INQUOTE))
        for (uint32_t k = t + 1; k + 2 < d->toks.n && k < t + 7 && d->toks.v[k].kind == TK_WORD; k++)
            if (sift_tok_is(d, k, "who") && k > t + 1 && person_head(d, k - 1)) {
                if ((sift_tok_is(d, k + 1, "said") || sift_tok_is(d, k + 1, "wrote")) &&
                    (sift_tok_is(d, k + 2, "that") || sift_tok_is(d, k + 2, "this") || sift_tok_is(d, k + 2, "so") ||
                     sift_tok_is(d, k + 2, "it"))) {
                    speaker_phrase(d, q, t, k, "speaker-next");
                    return;
                }
                break;
            }
    /* ('"..." ¶ So said Eirik Haugland, the company's chief executive, as
     * he presented the plans') */
    /* (or "So wrote Dr Elena Sanz, general secretary of CESM, on social
     * media") */
    if (sift_tok_is(d, t, "so") &&
        (sift_tok_is(d, t + 1, "said") || sift_tok_is(d, t + 1, "says") || sift_tok_is(d, t + 1, "wrote") ||
         sift_tok_is(d, t + 1, "writes")) &&
        !(d->toks.v[t].flags & TF_INQUOTE)) {
        int x = sift_entity_at(d, t + 2);
        uint32_t np0, np1;
        if (x >= 0 && d->ents.v[x].type == ET_PERSON)
            speaker_is(d, q, x, "speaker-next");
        else if (sift_np_after(d, t + 2, sift_sent_t1(d, t), &np0, &np1))
            speaker_phrase(d, q, np0, np1, "speaker-next");
        return;
    }
    /* '"..." Hasan Çelik, 62, was speaking outside his house' */
    int pe = sift_entity_at(d, t);
    /* (past a title the name takes: "Dr Hala Fakih, the medical director") */
    /* (or of words: "Chief executive Dana Whitfield told analysts") */
    uint32_t t0 = t;
    if (pe < 0) {
        t = sift_name_after_title(d, t0, 3);
        pe = sift_entity_at(d, t);
    }
    /* ('"We sold our flat in March ..." ¶ Morag Findlay, a nurse at
     * Raigmore Hospital, and her partner paid ...': a quotation that is a
     * paragraph of its own, then a paragraph that opens by introducing a
     * person, named there for the first time, is that person's) */
    uint32_t open = quote_opening(d, q);
    if (pe >= 0 && d->ents.v[pe].type == ET_PERSON && (d->toks.v[t0].flags & TF_PARA) &&
        (d->toks.v[open].flags & TF_PARA) && d->ents.v[pe].first_tok == t && !quote_left_open(d, open)) {
        uint32_t k = sift_name_end(d, t, d->toks.n);
        /* (not one who speaks for himself there, after a paragraph that
         * ended by quoting someone else: '"...," she said. ¶ "..." ¶
         * Opposition TD Eoin Gallagher wrote on social media that') */
        /* (or a report of someone else's: '... said most drivers only
         * buckled up. ¶ "..." ¶ Fatima Zahra Lahlou, 52, whose husband ...,
         * said the driver had') */
        const sift_quote *p = q > d->quotes.v ? q - 1 : NULL;
        while (p && p > d->quotes.v && strcmp(p->kind, "scare") == 0)
            p--;
        int after_quoted = p && strcmp(p->kind, "scare") != 0 && p->cue && p->speaker_name &&
                           para_at(d, p->span.start) + 1 == para_at(d, q->span.start) &&
                           d->toks.v[sift_tok_at(d, p->sentence.end - 1)].sent + 1 == d->toks.v[open].sent;
        uint32_t cue = k;
        if (after_quoted && sift_is_punct(d, k, ','))
            for (cue = k + 1; cue < sift_sent_t1(d, k) && !sift_is_cue(d, cue); cue++)
                if (sift_quote_mark(&d->toks.v[cue]))
                    break;
        int speaks_own = cue < sift_sent_t1(d, k) && sift_is_cue(d, cue) && !(d->toks.v[cue].flags & TF_INQUOTE) &&
                         cue + 1 < d->toks.n && !sift_quote_mark(&d->toks.v[cue + 1]);
        /* (after a report, only one quoted in that paragraph too: '...
         * said the driver had packed the car. "If there had been belts,
         * ..."') */
        /* (after a quotation, one whose verb follows the name at once:
         * "Labour Minister Ricardo Almeida told reporters that") */
        int quoted = 0;
        for (uint32_t m = cue + 1; speaks_own && !quoted && m < d->toks.n && !(d->toks.v[m].flags & TF_PARA); m++)
            quoted = sift_quote_mark(&d->toks.v[m]) && (d->toks.v[m].flags & TF_QOPEN) &&
                     ((d->toks.v[m].flags & TF_SENT) || (m + 1 < d->toks.n && (d->toks.v[m + 1].flags & TF_SENT)));
        /* (or, past a description, reports a clause of its own: '"...,"
         * he said. ¶ "..." ¶ Ignacio Bravo, an analyst at ..., estimated
         * that') */
        speaks_own = speaks_own && (quoted || (p && strcmp(p->kind, "direct") == 0 &&
                                               (cue == k || sift_tok_is(d, cue + 1, "that"))));
        /* (but one introduced so in the paragraph before comes first, or
         * one whose words it reported) */
        int before = introduced_before(d, q);
        if (before >= 0) {
            speaker_is(d, q, before, "introduced-before");
            return;
        }
        before = reporter_before(d, q);
        if (before >= 0 && before != pe) {
            speaker_is(d, q, before, "reported-before");
            return;
        }
        if (!(after_quoted && speaks_own) &&
            (sift_is_punct(d, k, ',') || sift_is_cue(d, k) || sift_finite_verb(d, k))) {
            speaker_is(d, q, pe, "speaker-next-paragraph");
            return;
        }
    }
    /* ('"..." ¶ Roncato, speaking through her lawyers in a written
     * statement, said ...': a person named before who speaks in the
     * paragraph after, past an aside of how) */
    if (pe >= 0 && d->ents.v[pe].type == ET_PERSON && (d->toks.v[t0].flags & TF_PARA) &&
        (d->toks.v[open].flags & TF_PARA) && t == t0 && !quote_left_open(d, open)) {
        /* (not a plain "Garza said", who may answer someone else) */
        uint32_t k = sift_name_end(d, t, d->toks.n), c = k;
        /* (or past a relative clause introducing the person, when the
         * quotation before was someone else's: "Sobczak, who ran his
         * party's campaign in 2019, said") */
        int other_before = q > d->quotes.v && q[-1].speaker != pe;
        if (sift_is_punct(d, k, ',') && k + 1 < d->toks.n &&
            (sift_tok_is(d, k + 1, "speaking") || sift_tok_is(d, k + 1, "writing") ||
             (sift_tok_is(d, k + 1, "who") && !(d->toks.v[k + 1].flags & TF_CAP) && other_before)))
            k = past_aside(d, k);
        if (k > c && (sift_tok_is(d, k, "said") || sift_tok_is(d, k, "says"))) {
            speaker_is(d, q, pe, "speaker-next-paragraph");
            return;
        }
    }
    if (pe >= 0 && d->ents.v[pe].type == ET_PERSON) {
        uint32_t k = t;
        while (k < d->toks.n && sift_entity_at(d, k) == pe)
            k++;
        if (sift_is_punct(d, k, ',') && k + 2 < d->toks.n && d->toks.v[k + 1].kind == TK_NUM &&
            sift_is_punct(d, k + 2, ','))
            k += 3; /* ", 62," */
        /* (or a relative clause that says so: "Benitez, who made those
         * comments to reporters outside the bank, said") */
        else if (sift_is_punct(d, k, ',') && k + 3 < d->toks.n && sift_tok_is(d, k + 1, "who") && said_so(d, k + 2) &&
                 !sift_tok_is(d, k + 2, "spoke")) /* (not where: "Kenneth Doig, who spoke in Inverness, said") */
            k += 2;
        /* (or a description: "Henninger, a former sheriff's deputy first
         * elected to the commission in 2018, made the remark in an
         * interview"; or a relative clause: "Dinara Sadykova, who leads
         * the miners' union, made the accusations") */
        else if (sift_is_punct(d, k, ',') && k + 1 < d->toks.n &&
                 ((d->toks.v[k + 1].w.flags & W_DET) || sift_tok_is(d, k + 1, "who")))
            k = past_aside(d, k);
        if (said_so(d, k))
            speaker_is(d, q, pe, "speaker-next");
        return;
    }
    /* ('"..." ¶ The skipper of one of the largest trawlers in the fleet was
     * speaking on the quayside': a person described, not named, whose
     * sentence says that was when they spoke) */
    if ((d->toks.v[t].w.flags & W_DET) && !(d->toks.v[t].flags & TF_INQUOTE) && !continues_attributed(d, q)) {
        uint32_t hi = sift_sent_t1(d, t);
        int person = 0;
        for (uint32_t k = t + 1; k + 1 < hi && k < t + 16; k++) {
            const tok *u = &d->toks.v[k];
            /* (the head noun, before any of its phrases) */
            if (!person && (u->w.flags & W_PREP))
                break;
            person |= (u->w.flags & (W_PERSON_NOUN | W_TITLE)) && !(u->flags & TF_CAP);
            /* (or how they spoke: "The executive mayor was emphatic when
             * reporters caught up with him") */
            if (person && said_so(d, k)) {
                speaker_phrase(d, q, t, k, "speaker-next");
                /* (named right after: "Sipho Ngcukana, who took office
                 * under a coalition deal last year, said") */
                int e = q->speaker < 0 && q->speaker_name && person_head(d, k - 1) ? bare_name_next(d, k - 1) : -1;
                if (e >= 0)
                    speaker_is(d, q, e, NULL);
                return;
            }
            if (u->kind == TK_QUOTE || (u->kind == TK_PUNCT && !(u->flags & TF_POSS)) ||
                (sift_finite_verb(d, k) && !(u->flags & TF_CAP)))
                break;
        }
    }
    /* ('"..." ¶ The captain describing his schedule was Kang Do-hyun': a
     * person described with a participle, then "was" and a name) */
    if (sift_tok_is(d, t, "the") && !(d->toks.v[t].flags & TF_INQUOTE) && person_head(d, t + 1) &&
        sift_tok_ends(d, t + 2, "ing") && !(d->toks.v[t + 2].flags & TF_CAP)) {
        uint32_t hi = sift_sent_t1(d, t), k = t + 3;
        while (k + 1 < hi && k < t + 10 && d->toks.v[k].kind == TK_WORD && !(d->toks.v[k].flags & TF_CAP) &&
               !sift_tok_is(d, k, "was") && !(sift_finite_verb(d, k) && !sift_tok_ends(d, k, "ing")))
            k++;
        /* (past an aside: "The woman speaking, through tears, was Lorena
         * Mendoza") */
        if (sift_is_punct(d, k, ','))
            for (uint32_t c = k + 1; c + 1 < hi && c < k + 8 && d->toks.v[c].kind != TK_QUOTE; c++)
                if (sift_is_punct(d, c, ',')) {
                    k = c + 1;
                    break;
                }
        int x = k + 1 < hi && sift_tok_is(d, k, "was") ? sift_entity_at(d, k + 1) : -1;
        if (x >= 0 && d->ents.v[x].type == ET_PERSON && sift_name_start(d, k + 1, k) == k + 1) {
            speaker_is(d, q, x, "speaker-next");
            return;
        }
    }
    /* ('"..." ¶ Chief executive Annika Brandt made the remark to analysts',
     * "Sangam's managing director, Arvind Menon, made the comment"): the
     * person named right before such a verb */
    for (uint32_t k = t + 1, hi = sift_sent_t1(d, t); k + 2 < hi && k < t + 16; k++) {
        if (said_so(d, k)) {
            int x = sift_is_punct(d, k - 1, ',') ? sift_entity_at(d, k - 2) : sift_entity_at(d, k - 1);
            if (x >= 0 && d->ents.v[x].type == ET_PERSON && !(d->toks.v[k - 1].flags & TF_INQUOTE)) {
                speaker_is(d, q, x, "speaker-next");
                return;
            }
            break;
        }
        if ((d->toks.v[k].kind == TK_QUOTE && !(d->toks.v[k].flags & TF_POSS)) ||
            (sift_finite_verb(d, k) && !(d->toks.v[k].flags & TF_CAP) && !sift_tok_ends(d, k, "ing")))
            break; /* (not "managing director") */
    }
    /* (or no one named there: "The forum's chief executive, a former vet
     * who has spent ..., made the remarks at a conference", whom the
     * sentences after may name) */
    for (uint32_t k = t + 1, hi = sift_sent_t1(d, t); k + 2 < hi && k < t + 30; k++)
        if (said_so(d, k) && !sift_tok_is(d, k, "spoke") && !sift_finite_verb(d, k - 1) &&
            !(d->toks.v[k].flags & TF_INQUOTE)) {
            uint32_t np0, np1;
            if (sift_clause_subject(d, t, k, &np0, &np1) && np0 == t && np1 < k &&
                (np1 + 1 == k || (sift_is_punct(d, np1, ',') && sift_is_punct(d, k - 1, ','))) &&
                !(d->toks.v[np0].w.flags & W_PRONOUN))
                speaker_phrase(d, q, np0, np1, "view-of");
            return;
        }
    /* ('"..." ¶ The speaker was Dr Mahbubul Alam, the hospital's
     * director': the person named after "was") */
    /* (or in apposition: "The speaker, Dr Agnieszka Zielinska, is a
     * paediatrician") */
    int named = sift_tok_is(d, t, "the") && sift_tok_is(d, t + 1, "speaker") && sift_is_punct(d, t + 2, ',');
    if (sift_tok_is(d, t, "the") && sift_tok_is(d, t + 1, "speaker") &&
        (sift_tok_is(d, t + 2, "was") || sift_tok_is(d, t + 2, "is") || named)) {
        for (uint32_t k = t + 3; k < t + 6 && k < d->toks.n; k++) {
            int x = sift_entity_at(d, k);
            if (x >= 0 && d->ents.v[x].type == ET_PERSON && !(d->toks.v[k].flags & TF_INQUOTE)) {
                speaker_is(d, q, x, "speaker-next");
                return;
            }
            if (!(d->toks.v[k].w.flags & W_TITLE) && !sift_tok_is(d, k, "dr") && d->toks.v[k].kind != TK_PUNCT)
                break;
        }
        /* (or described, whom the sentences after may name: "The speaker
         * was the town's mayor, standing at the municipal pier") */
        uint32_t np0, np1;
        if (sift_np_after(d, t + 3, sift_sent_t1(d, t), &np0, &np1) && np0 == t + 3 &&
            ((d->toks.v[np0].w.flags & W_DET) || (np0 + 1 < np1 && (d->toks.v[np0 + 1].flags & TF_POSS))) &&
            person_head(d, np1 - 1))
            speaker_phrase(d, q, np0, np1, "view-of");
        return;
    }
    /* ('"When I started, ..." ¶ The skipper, whose family has fished
     * there for generations, is now thinking of selling his boat. Hiroshi
     * Sato said ...': a quotation that is a paragraph of its own, then one
     * that opens with a person described by "the" and a noun for one, its
     * subject: that person, whom the next sentence may name) */
    if (sift_tok_is(d, t, "the") && (d->toks.v[t].flags & TF_PARA) && (d->toks.v[open].flags & TF_PARA) &&
        !(quote_left_open(d, open) && !chain_unattributed(d, q))) {
        /* (past words on the noun: "The district health officer described
         * the early days of the outbreak in those terms.") */
        uint32_t ph = t + 1;
        while (ph < t + 3 && !person_head(d, ph) && d->toks.v[ph].kind == TK_WORD &&
               !(d->toks.v[ph].flags & TF_CAP) && !(d->toks.v[ph].w.flags & (W_VERB | W_AUX | W_PREP | W_CUE)) &&
               (d->toks.v[ph].upos == SIFT_UPOS_ADJ || d->toks.v[ph].upos == SIFT_UPOS_NOUN))
            ph++;
        /* (a verb of saying only with "in those terms": not "The skipper
         * said he would sell") */
        int terms = 0;
        for (uint32_t k = ph + 2, st1 = sift_sent_t1(d, t); k + 1 < st1 && !terms; k++)
            terms = (sift_tok_is(d, k, "those") || sift_tok_is(d, k, "these")) &&
                    (sift_tok_is(d, k + 1, "terms") || sift_tok_is(d, k + 1, "words"));
        /* (not a person named in apposition who speaks at once, after a
         * quotation that goes on from the paragraph before: '"We will
         * survive this year," she said. ¶ "..." ¶ The trade minister,
         * Kassahun Mekonnen, told parliament') */
        int speaks_own = 0;
        int apposed = sift_is_punct(d, ph + 1, ',') ? sift_entity_at(d, ph + 2) : -1;
        if (apposed >= 0 && d->ents.v[apposed].type == ET_PERSON) {
            uint32_t e = sift_name_end(d, ph + 2, sift_sent_t1(d, ph));
            uint32_t ps = d->toks.v[open].sent;
            int quoted_before = 0;
            for (uint32_t k = ps > 0 ? d->sents.v[ps - 1].t0 : open; k < open && !quoted_before; k++)
                quoted_before = d->toks.v[k].kind == TK_QUOTE;
            speaks_own = e + 1 < d->toks.n && sift_is_punct(d, e, ',') && sift_is_cue(d, e + 1) && quoted_before;
        }
        if (person_head(d, ph) && !sift_tok_ends(d, ph, "s") && !speaks_own &&
            ((sift_is_punct(d, ph + 1, ',') && !sift_is_cue(d, ph + 2)) ||
             (sift_finite_verb(d, ph + 1) && (!sift_is_cue(d, ph + 1) || terms)))) {
            speaker_phrase(d, q, t, ph + 1, "view-of");
            int e = q->speaker < 0 && q->speaker_name ? bare_name_next(d, ph) : -1;
            if (e >= 0)
                speaker_is(d, q, e, NULL);
            return;
        }
    }
    /* ('"..." ¶ That was Rodrigo Salinas, president of the union, speaking
     * to reporters': the person named right after "That was") */
    if ((sift_tok_is(d, t, "that") || sift_tok_is(d, t, "this")) && sift_tok_is(d, t + 1, "was") &&
        !(d->toks.v[t].flags & TF_INQUOTE)) {
        uint32_t k = t + 2;
        /* (past a title: "That was Dr Anne Kibet", "That was Defence
         * Minister Antti Rautio") */
        while (k < t + 6 && k < d->toks.n && sift_entity_at(d, k) < 0 && d->toks.v[k].kind == TK_WORD &&
               (d->toks.v[k].flags & TF_CAP))
            k++;
        int x = k < d->toks.n ? sift_entity_at(d, k) : -1;
        uint32_t xe = x >= 0 ? sift_name_end(d, k, sift_sent_t1(d, k)) : k;
        if (x >= 0 && d->ents.v[x].type == ET_PERSON && sift_name_start(d, k, t) == k && xe < d->toks.n &&
            (d->toks.v[xe].kind != TK_WORD || sift_tok_ends(d, xe, "ing"))) {
            speaker_is(d, q, x, "speaker-next");
            return;
        }
    }
    /* "That was the view of", "The warning came from" */
    uint32_t h = 0, from = 0; /* the noun, and where its speaker's phrase starts */
    if ((sift_tok_is(d, t, "that") || sift_tok_is(d, t, "this") || sift_tok_is(d, t, "those")) &&
        (sift_tok_is(d, t + 1, "was") || sift_tok_is(d, t + 1, "is") || sift_tok_is(d, t + 1, "were") ||
         sift_tok_is(d, t + 1, "are")) &&
        sift_tok_is(d, t + 2, "the") && (sift_tok_is(d, t + 4, "of") || sift_tok_is(d, t + 4, "from")))
        h = t + 3, from = t + 5;
    /* (or given by someone: "That was the description given by Dr Paolo
     * Ferri") */
    else if ((sift_tok_is(d, t, "that") || sift_tok_is(d, t, "this")) &&
             (sift_tok_is(d, t + 1, "was") || sift_tok_is(d, t + 1, "is")) && sift_tok_is(d, t + 2, "the") &&
             (sift_tok_is(d, t + 4, "given") || sift_tok_is(d, t + 4, "offered")) && sift_tok_is(d, t + 5, "by"))
        h = t + 3, from = t + 6;
    /* (past a word on the noun: "That is the daily experience of Eoin
     * Hegarty") */
    else if ((sift_tok_is(d, t, "that") || sift_tok_is(d, t, "this")) &&
             (sift_tok_is(d, t + 1, "was") || sift_tok_is(d, t + 1, "is")) && sift_tok_is(d, t + 2, "the") &&
             d->toks.v[t + 3].upos == SIFT_UPOS_ADJ && !(d->toks.v[t + 3].flags & TF_CAP) &&
             (sift_tok_is(d, t + 5, "of") || sift_tok_is(d, t + 5, "from")))
        h = t + 4, from = t + 6;
    else if ((from = sift_came_from(d, t)) != 0)
        h = demonstrated_noun(d, t);
    /* ("The words were those of Patricia Rojas, president of ...") */
    else if (sift_tok_is(d, t, "the") &&
             (sift_tok_is(d, t + 2, "was") || sift_tok_is(d, t + 2, "were") || sift_tok_is(d, t + 2, "are")) &&
             sift_tok_is(d, t + 3, "those") && sift_tok_is(d, t + 4, "of"))
        h = t + 1, from = t + 5;
    /* ("The question was put by Birgitta Nordin, a retired teacher") */
    else if (sift_tok_is(d, t, "the") && sift_tok_is(d, t + 2, "was") &&
             (sift_tok_is(d, t + 3, "put") || sift_tok_is(d, t + 3, "posed") || sift_tok_is(d, t + 3, "asked") ||
              sift_tok_is(d, t + 3, "raised")) &&
             sift_tok_is(d, t + 4, "by"))
        h = t + 1, from = t + 5;
    /* ("That argument was made in court last month by the lead lawyer for
     * a coalition ...": by whom, past where and when) */
    else if ((sift_tok_is(d, t, "that") || sift_tok_is(d, t, "this") || sift_tok_is(d, t, "the")) &&
             sift_tok_is(d, t + 2, "was") &&
             (sift_tok_is(d, t + 3, "made") || sift_tok_is(d, t + 3, "delivered") ||
              sift_tok_is(d, t + 3, "voiced") || sift_tok_is(d, t + 3, "raised") || sift_tok_is(d, t + 3, "put"))) {
        for (uint32_t k = t + 4, st1 = sift_sent_t1(d, t); k + 1 < st1 && k < t + 12; k++) {
            if (sift_tok_is(d, k, "by") && !(d->toks.v[k].flags & TF_INQUOTE)) {
                h = t + 1, from = k + 1;
                break;
            }
            if (d->toks.v[k].kind != TK_WORD && d->toks.v[k].kind != TK_NUM)
                break;
        }
    }
    /* "That was how Mereani Tuilau, a housekeeper, summed up a dispute" */
    else if ((sift_tok_is(d, t, "that") || sift_tok_is(d, t, "this")) &&
             (sift_tok_is(d, t + 1, "was") || sift_tok_is(d, t + 1, "is")) && sift_tok_is(d, t + 2, "how")) {
        uint32_t np0, np1;
        if (sift_np_after(d, t + 3, sift_sent_t1(d, t), &np0, &np1))
            speaker_phrase(d, q, np0, np1, "view-of");
        return;
    }
    int noun = h && sift_tok_in(d, h, view_nouns);
    uint32_t np0, np1;
    uint32_t hi = sift_sent_t1(d, t);
    if (!noun || !sift_np_after(d, from, hi, &np0, &np1))
        return;
    int ent;
    const char *name;
    sift_name_speaker(d, np0, np1, &ent, &name);
    /* (a person named in apposition after the phrase: "from her neighbour
     * at the market, Comfort Aidoo, who sells fried yam") */
    for (uint32_t k = np1; ent < 0 && k + 1 < hi && k < np1 + 8 && d->toks.v[k].kind == TK_WORD; k++) {
        int x = sift_entity_at(d, k + 2);
        if (sift_is_punct(d, k + 1, ',') && x >= 0 && d->ents.v[x].type == ET_PERSON &&
            sift_name_start(d, k + 2, k) == k + 2) {
            ent = x;
            name = d->ents.v[x].name;
        }
    }
    /* (or named in the sentences after, the phrase's noun a role: "That
     * account came from the director of a youth theatre in Salford ... .
     * Maya Okafor, who runs the theatre, said") */
    for (uint32_t k = np0 + 1; ent < 0 && name && k < np1 && k < np0 + 4; k++)
        if (person_head(d, k)) {
            /* (or by the role again: "That was the message from OpenLine's
             * policy director ... . The director, Étienne Gagnon, said") */
            /* (not one who would not be named: "That assessment came from
             * the chief executive of Katanga Metals Group, ..., who spoke on
             * condition that he not be named") */
            if (kept_unnamed(d, k))
                break;
            int x = bare_name_next(d, k);
            if (x < 0 && (k + 1 == np1 || !person_head(d, k + 1)))
                x = role_named_next(d, k, 0);
            /* (or introduced later in words that fit the role: "That was
             * the reaction of the president of Kansai International
             * University ... . Keiko Morimoto, a sociologist who took over
             * as president in 2024,") */
            if (x < 0) {
                role_words r;
                role_words_of(d, np0, k, np1, &r);
                x = introduced_in_role(d, &r);
            }
            if (x >= 0) {
                ent = x;
                name = d->ents.v[x].name;
            }
            break;
        }
    if (name) {
        q->speaker = ent;
        q->speaker_name = name;
        q->rule = "view-of";
    }
}

/* '"I have been here since five this morning." Ines Peeters, a nurse from
 * Leuven, had been due to fly': a quotation that opens its paragraph, then
 * a person named there for the first time, with what she is, is hers. */
static void introduced_after(doc *d, sift_quote *q)
{
    uint32_t open = sift_tok_at(d, q->span.start), t = sift_tok_at(d, q->span.end - 1) + 1;
    while (open > 0 && d->toks.v[open - 1].kind == TK_QUOTE && !(d->toks.v[open].flags & TF_PARA))
        open--;
    while (t < d->toks.n && d->toks.v[t].kind == TK_QUOTE)
        t++;
    /* (or after one sentence that sets the scene, no one in it and nothing
     * said: "Downstream, the drought is measured in more personal terms.
     * "The children now walk ..." Jose Ribamar da Silva, 63, a fisherman") */
    int scene = 0;
    if (!(d->toks.v[open].flags & TF_PARA) && (d->toks.v[open].flags & TF_SENT) && open > 0) {
        uint32_t s = d->toks.v[open].sent - 1, p0 = d->sents.v[s].t0;
        scene = (d->toks.v[p0].flags & TF_PARA) && d->sents.v[s].para == d->sents.v[s + 1].para;
        for (uint32_t k = p0; k < open && scene; k++)
            scene = d->toks.v[k].kind != TK_QUOTE && !sift_is_cue(d, k) &&
                    !(sift_entity_at(d, k) >= 0 && d->ents.v[sift_entity_at(d, k)].type == ET_PERSON);
    }
    if (!((d->toks.v[open].flags & TF_PARA) || scene) || t + 3 >= d->toks.n || !(d->toks.v[t].flags & TF_SENT) ||
        (d->toks.v[t].flags & TF_PARA))
        return;
    int x = sift_entity_at(d, t);
    if (x < 0 || d->ents.v[x].type != ET_PERSON)
        return;
    uint32_t e = sift_name_end(d, t, d->toks.n);
    if (e + 1 >= d->toks.n || !sift_is_punct(d, e, ',') ||
        !(sift_tok_is(d, e + 1, "a") || sift_tok_is(d, e + 1, "an") || d->toks.v[e + 1].kind == TK_NUM))
        return;
    if (d->ents.v[x].first_tok < open)
        return; /* (named before: a speaker again, not introduced) */
    q->speaker = x;
    q->speaker_name = d->ents.v[x].name;
    q->rule = "introduced-after";
}

/* Does the quotation span speak as "I"? */
static int first_person(const doc *d, const sift_span *sp)
{
    for (uint32_t k = sift_tok_at(d, sp->start); k < d->toks.n && d->toks.v[k].start < sp->end; k++)
        if (d->toks.v[k].kind == TK_WORD && TOK_N(d, k) == 1 && TOK_S(d, k)[0] == 'I')
            return 1;
    return 0;
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
        /* '..., according to an electrician working on the project who
         * asked not to be named. ¶ "...," he said': a pronoun that means a
         * source only reported speech has given, found now it is there */
        uint32_t close = sift_tok_at(d, q->span.end - 1) + 1;
        sift_attribution a = {-1, NULL, -1, NULL};
        /* (the mark that closes it, not one that opens the next paragraph's
         * quotation: '"When the water drains out, ... ¶ "We have seen') */
        if (close + 2 < d->toks.n && d->toks.v[close].kind == TK_QUOTE && !(d->toks.v[close].flags & TF_QOPEN) &&
            (d->toks.v[close + 1].w.flags & W_PRONOUN) && attribute_after(d, close + 1, &a) && a.name) {
            q->speaker = a.ent;
            q->speaker_name = a.name;
            q->cue = a.cue >= 0 ? cue_text(d, (uint32_t)a.cue) : NULL;
            q->rule = "pronoun-after-reports";
            continue;
        }
        view_of(d, q);
        if (!q->speaker_name)
            spoke_before(d, q);
        if (!q->speaker_name)
            statement_read_before(d, q);
        if (!q->speaker_name)
            introduced_after(d, q);
        int before = q->speaker_name ? -1 : introduced_before(d, q);
        if (before >= 0)
            speaker_is(d, q, before, "introduced-before");
        /* (and the paragraphs of the quotation before it) */
        /* (over a speaker only inherited: "A central bank official ...
         * said ... . ¶ '... ¶ ...' ¶ Benitez, who made those comments") */
        for (sift_quote *p = q; q->speaker_name && p > d->quotes.v &&
                                quote_left_open(d, sift_tok_at(d, p->span.start) - 1) &&
                                (!p[-1].speaker_name || (p[-1].rule && strcmp(p[-1].rule, "previous-speaker") == 0));
             p--) {
            p[-1].speaker = q->speaker;
            p[-1].speaker_name = q->speaker_name;
            p[-1].cue = q->cue;
            p[-1].rule = q->rule;
        }
        if (q->speaker_name)
            continue;
        /* ('"Service charge, not service theft," read one of the signs':
         * words written, not spoken, by no one inherited) */
        if (close + 1 < d->toks.n && (d->toks.v[close].kind == TK_QUOTE || sift_is_punct(d, close, ',')) &&
            (sift_tok_is(d, close + 1, "read") || sift_tok_is(d, close + 1, "reads")))
            continue;
        uint32_t para = para_at(d, q->span.start);
        for (size_t j = i; j-- > 0;) {
            const sift_quote *o = &d->quotes.v[j];
            if (strcmp(o->kind, "scare") == 0)
                continue;
            uint32_t op = para_at(d, o->span.start);
            if (op + 1 < para)
                break;
            /* (nor a document's that the paragraph before cites: "...,
             * according to a draft amendment. ¶ '...'") */
            if (o->speaker < 0 && o->speaker_name && op < para && o->rule && strcmp(o->rule, "according-to") == 0 &&
                sift_names_document(o->speaker_name))
                break;
            /* (nor a report in a relative clause on the speaker's
             * description: '"...," said Sunita Kamble, general secretary of
             * the ... Union, which says it represents 9,000 waste pickers.
             * "..."') */
            /* (but a person's, in a clause on that person: "was Nomvula
             * Sithole, a pensioner ..., who said her street had gone without
             * water. ¶ '...'") */
            uint32_t ot = sift_tok_at(d, o->span.start);
            if (strcmp(o->kind, "indirect") == 0 && ot >= 3 && sift_is_cue(d, ot - 1) &&
                (sift_tok_is(d, ot - 2, "which") || sift_tok_is(d, ot - 2, "who")) && sift_is_punct(d, ot - 3, ',') &&
                !(sift_tok_is(d, ot - 2, "who") && o->speaker >= 0 && d->ents.v[o->speaker].type == ET_PERSON))
                continue;
            /* (not an organisation's, for words a person says of himself:
             * '"I have never knowingly taken anything banned in my life."'
             * after "The agency said in a statement ...") */
            if (o->speaker_name &&
                !(o->speaker >= 0 && d->ents.v[o->speaker].type == ET_ORG && first_person(d, &q->span))) {
                q->speaker = o->speaker;
                q->speaker_name = o->speaker_name;
                q->cue = o->cue;
                q->rule = "previous-speaker";
            }
            break;
        }
    }
}

/* Do two nouns for a person name the same one ("analyst", "analyst";
 * "schoolteacher", "teacher")? */
static int same_head(const doc *d, uint32_t a, uint32_t b)
{
    size_t na = TOK_N(d, a), nb = TOK_N(d, b);
    const char *sa = TOK_S(d, a), *sb = TOK_S(d, b);
    if (na < nb) {
        const char *s = sa;
        size_t n = na;
        sa = sb, na = nb, sb = s, nb = n;
    }
    return nb >= 4 && strncasecmp(sa + na - nb, sb, nb) == 0;
}

/* A noun that names one person (not "officials", not a capitalised word). */
static int person_head(const doc *d, uint32_t k)
{
    const tok *t = &d->toks.v[k];
    return t->kind == TK_WORD && !(t->flags & TF_CAP) && (t->w.flags & (W_PERSON_NOUN | W_TITLE));
}

/* Does token a open a description of someone: "a" or "an", then a noun
 * for one person within three words ("A public health specialist", "A
 * deputy director")? */
static int describes_someone(const doc *d, uint32_t a)
{
    if (!(sift_tok_is(d, a, "a") || sift_tok_is(d, a, "an")))
        return 0;
    for (uint32_t w = a + 1; w < a + 4 && w < d->toks.n && d->toks.v[w].kind == TK_WORD; w++)
        if (person_head(d, w))
            return 1;
    return 0;
}

/* The noun of "the welder, Name" (or "the officer, Inspector Name", "the
 * university's rector, Name") before the name whose mention m opens at k,
 * and in *b where its phrase opens; 0 when no such phrase stands there. */
static uint32_t noun_before_name(const doc *d, uint32_t k, int m, uint32_t *b)
{
    int t0 = d->ments.v[m].title_t0;
    uint32_t n0 = t0 >= 0 && (uint32_t)t0 < k ? (uint32_t)t0 : k;
    /* (past a word before the title: "The sponsor, state Sen. Denise
     * Caldwell,") */
    if (n0 < k && n0 >= 4 && sift_is_punct(d, n0 - 2, ',') && d->toks.v[n0 - 1].kind == TK_WORD &&
        !(d->toks.v[n0 - 1].flags & TF_CAP) && d->toks.v[n0 - 1].upos != SIFT_UPOS_VERB)
        n0--;
    /* (and an organisation's "the": "The coalition, the Screen Aotearoa
     * Alliance,") */
    else if (d->ments.v[m].type == ET_ORG && n0 >= 4 && sift_tok_is(d, n0 - 1, "the") &&
             !(d->toks.v[n0 - 1].flags & TF_CAP) && sift_is_punct(d, n0 - 2, ','))
        n0--;
    /* (or a title in capitals with commas of its own: "the Minister of
     * State for Relief, Disaster Preparedness and Refugees, Lilian Aber
     * Okello": its first word) */
    /* (the title's shape is the one sift_long_title_named reads forward) */
    if (n0 >= 4 && sift_is_punct(d, n0 - 1, ',') && (d->toks.v[n0 - 2].flags & TF_CAP) &&
        d->toks.v[n0 - 2].kind == TK_WORD)
        for (uint32_t j = n0 - 2; j > 1 && j + 16 > n0; j--)
            if (sift_tok_is(d, j - 1, "the") &&
                (!(d->toks.v[j - 1].flags & TF_CAP) || (d->toks.v[j - 1].flags & TF_SENT)) && j + 2 < n0 &&
                sift_long_title_named(d, j - 1, j + 1, sift_sent_t1(d, k)) == d->ments.v[m].entity) {
                *b = j;
                return j;
            }
    if (n0 < 3 || !sift_is_punct(d, n0 - 1, ',') || d->toks.v[n0 - 2].kind != TK_WORD ||
        (d->toks.v[n0 - 2].flags & TF_CAP))
        return 0;
    uint32_t a = n0 - 2, lim = n0 - 5;
    while (a > lim && d->toks.v[a - 1].kind == TK_WORD && !(d->toks.v[a - 1].flags & TF_CAP) &&
           !sift_tok_is(d, a - 1, "the") && !sift_tok_is(d, a - 1, "that")) {
        a--;
        /* (what the role is of may run longer: "The city's director of
         * markets and street trade, Name,") */
        if ((sift_tok_is(d, a, "of") || sift_tok_is(d, a, "and")) && lim > 2 && lim + 9 > n0)
            lim--;
    }
    /* (past the first part of a compound: "The director-general, Name") */
    while (a > 2 && a + 6 > n0 && sift_in_compound(d, a) && d->toks.v[a - 2].kind == TK_WORD &&
           !(d->toks.v[a - 2].flags & TF_CAP))
        a -= 2;
    *b = a;
    /* (not whom someone speaks for: "A spokeswoman for the inspectorate,
     * Andreea Stan,") */
    if (a >= 2 && sift_tok_is(d, a - 1, "the") && (sift_tok_is(d, a - 2, "for") || sift_tok_is(d, a - 2, "of")))
        return 0;
    /* (the role before what it is of: "director" in "director of markets
     * and street trade") */
    uint32_t head = n0 - 2;
    for (uint32_t r = a; r + 2 < n0; r++)
        if (sift_tok_is(d, r + 1, "of") && (d->toks.v[r].w.flags & (W_PERSON_NOUN | W_TITLE))) {
            head = r;
            break;
        }
    /* (or "that": "That director, Dr Anne-Marie Leclerc, said") */
    return sift_tok_is(d, a - 1, "the") || sift_tok_is(d, a - 1, "that") ||
                   (d->toks.v[a - 1].kind != TK_WORD && (d->toks.v[a - 1].flags & TF_POSS))
               ? head
               : 0;
}

/* The noun of "Name, the chief executive" after the name ending at m1, or 0
 * (past an owner: "Name, the union's chairman", "Name, the embassy's
 * labour attache"). */
static uint32_t noun_after_name(const doc *d, uint32_t m1)
{
    /* (or with no article, before what it is of: "Mariela Contreras,
     * rector of the Universidad Austral de Santiago,") */
    if (m1 + 3 < d->toks.n && sift_is_punct(d, m1, ',') && d->toks.v[m1 + 1].kind == TK_WORD &&
        !(d->toks.v[m1 + 1].flags & TF_CAP) && !(d->toks.v[m1 + 1].w.flags & (W_DET | W_PREP | W_STOP))) {
        if (sift_tok_is(d, m1 + 2, "of") || sift_tok_is(d, m1 + 2, "at"))
            return m1 + 1;
        /* (two words: "Nguyen Thi Lan Huong, deputy director of the
         * ministry's Product Safety Directorate,") */
        if (m1 + 4 < d->toks.n && d->toks.v[m1 + 2].kind == TK_WORD && !(d->toks.v[m1 + 2].flags & TF_CAP) &&
            !(d->toks.v[m1 + 2].w.flags & (W_DET | W_PREP | W_STOP)) &&
            (sift_tok_is(d, m1 + 3, "of") || sift_tok_is(d, m1 + 3, "at")))
            return m1 + 2;
    }
    if (m1 + 2 >= d->toks.n || !sift_is_punct(d, m1, ',') || !sift_tok_is(d, m1 + 1, "the"))
        return 0;
    uint32_t e = m1 + 2;
    for (int owner = 0; owner < 2; owner++) {
        uint32_t w0 = e;
        while (e < d->toks.n && e < w0 + 4 && d->toks.v[e].kind == TK_WORD && !(d->toks.v[e].flags & TF_CAP) &&
               !(d->toks.v[e].w.flags & W_PREP))
            e++;
        if (e == w0 || e >= d->toks.n || d->toks.v[e].kind == TK_WORD || !(d->toks.v[e].flags & TF_POSS))
            return e > w0 && !(e < d->toks.n && (d->toks.v[e].flags & TF_POSS)) ? e - 1 : 0;
        e++;
    }
    return 0;
}

/* The person (or organisation: type) a description ending in the noun at
 * h is named as soon after it, or -1.
 * "the welder, Krzysztof Wisniewski" or "Javier Olaechea, the chief
 * executive" with the same noun, in the next four sentences of the
 * paragraph or the two after (six sentences for an organisation: "The
 * operator, Caledonian Rail, said" after "the country's train operator
 * said"); or, with no one named between, "the trader, Ebiere Dagogo" after
 * "a woman who sells fish" (a person noun after "the" points back). */
static int named_after(const doc *d, uint32_t h, int type)
{
    uint32_t s = d->toks.v[h].sent, span = type == ET_ORG ? 6 : 4;
    uint32_t para = d->sents.v[s].para, paras = type == ET_ORG ? 3 : 2;
    /* (quotations between count for nothing: "the mines minister told
     * parliament ... . ¶ '...' ¶ '...' ¶ The minister, Joseph Chileshe,
     * said") */
    uint32_t last = s, near = s + span < d->sents.n ? s + span : (uint32_t)d->sents.n - 1;
    while (near > s && d->sents.v[near].para > para + paras)
        near--;
    /* (twice as far for a role of two words named with both: "the central
     * bank's deputy governor for banking supervision told" then, four
     * paragraphs on, "Rania El-Sayed, the deputy governor, said") */
    uint32_t far = s;
    int two = h > 0 && d->toks.v[h - 1].kind == TK_WORD && !(d->toks.v[h - 1].flags & TF_CAP) &&
              !(d->toks.v[h - 1].w.flags & (W_DET | W_PREP | W_STOP)) && d->toks.v[h - 1].upos != SIFT_UPOS_VERB;
    for (uint32_t x = s + 1, n = 0, p = para, np = 0; x < d->sents.n; x++) {
        uint32_t b = d->sents.v[x].t0;
        int quoted = d->toks.v[b].kind == TK_QUOTE || (d->toks.v[b].flags & TF_INQUOTE);
        if (d->sents.v[x].para != p) {
            p = d->sents.v[x].para;
            np += !quoted;
        }
        n += !quoted;
        if (n > span * 2 || np > paras * 2 || (!two && (n > span || np > paras)))
            break;
        if (n <= span && np <= paras)
            last = x;
        far = x;
    }
    int others = 0;
    /* (another noun points back to a description, not to a role held for a
     * body: "A spokesman for the directorate said" is not "The
     * directorate's head, Khaled Al-Zoubi") */
    int spokes = sift_spokes_noun(d, h);
    for (uint32_t k = h + 1; k < d->sents.v[far].t1; k++) {
        /* (someone else described since, "A public health specialist",
         * is a person named between) */
        others |= d->toks.v[k].sent > s && describes_someone(d, k);
        int m = d->toks.v[k].ment;
        if (m < 0 || d->ments.v[m].t0 != k || d->ments.v[m].type != type || d->ments.v[m].kind != MK_NAME ||
            d->ments.v[m].entity < 0 || (d->toks.v[k].flags & TF_INQUOTE))
            continue;
        uint32_t m1 = d->ments.v[m].t1, b = 0, noun = noun_before_name(d, k, m, &b);
        /* (another noun only as near as before: not past quotations) */
        if (noun && b > h &&
            ((same_head(d, h, noun) && (d->toks.v[k].sent <= last || (noun > b && same_head(d, h - 1, noun - 1)))) ||
             (type == ET_PERSON && person_head(d, h) && !others && !spokes && d->toks.v[k].sent <= near &&
              (d->toks.v[noun].w.flags & W_PERSON_NOUN) && !(d->toks.v[noun].w.flags & W_TITLE))))
            return d->ments.v[m].entity;
        /* (or, the first named, with the same word before another noun: "A
         * salvage expert brought in ..." then "The salvage master, Name") */
        if (noun && b > h && type == ET_PERSON && !others && noun > b && d->toks.v[k].sent <= near &&
            same_head(d, h - 1, noun - 1) &&
            d->toks.v[h - 1].kind == TK_WORD && !(d->toks.v[h - 1].w.flags & (W_STOP | W_DET | W_TITLE_MOD)) &&
            !(d->toks.v[h - 1].flags & TF_CAP))
            return d->ments.v[m].entity;
        /* "A lawyer representing the families, Pham Thi Lan, said": the
         * name in apposition before the verb */
        if (!others && d->toks.v[k].sent == s && sift_is_punct(d, k - 1, ',') && m1 + 1 < d->toks.n &&
            sift_is_punct(d, m1, ',') && sift_is_cue(d, m1 + 1))
            return d->ments.v[m].entity;
        /* "by Auditor General Catherine Dufresne" after "the province's
         * auditor general" (not "Prime Minister X" after "the minister") */
        int t0 = d->ments.v[m].title_t0;
        int is_near = d->toks.v[k].sent <= last;
        if (type == ET_PERSON && t0 >= 0 && k >= h + 2 && same_head(d, h, k - 1) &&
            ((k < (uint32_t)t0 + 2 && is_near) || (d->toks.v[h - 1].kind == TK_WORD && same_head(d, h - 1, k - 2))))
            return d->ments.v[m].entity;
        uint32_t after = noun_after_name(d, m1);
        if (after && same_head(d, h, after) && (is_near || (two && same_head(d, h - 1, after - 1))))
            return d->ments.v[m].entity;
        others = 1;
        k = m1 - 1;
    }
    return -1;
}

/* Is token i "a", "an" or an owner's mark, before a role of one word ("a
 * spokesman", "the town's mayor")? */
static int one_word_role_before(const doc *d, uint32_t i)
{
    return sift_tok_is(d, i, "a") || sift_tok_is(d, i, "an") ||
           (d->toks.v[i].kind != TK_WORD && (d->toks.v[i].flags & TF_POSS));
}

/* Do the words [b,noun) before a role's noun all stand in the phrase
 * after the noun at h, of whom the role is ("A spokesman for the federal
 * immigration department" and "The immigration department spokesman")? */
static int said_for(const doc *d, uint32_t h, uint32_t b, uint32_t noun)
{
    uint32_t hi = sift_sent_t1(d, h);
    if (hi > h + 9)
        hi = h + 9;
    if (!(sift_tok_is(d, h + 1, "for") || sift_tok_is(d, h + 1, "at")))
        return 0;
    for (uint32_t w = b; w < noun; w++) {
        int found = 0;
        for (uint32_t j = h + 2; j < hi && !found; j++)
            found = sift_toks_equal(d, j, w, 1);
        if (!found)
            return 0;
    }
    return b < noun;
}

/* "the electoral officer said" and, many paragraphs on, "The electoral
 * officer, Warwick Stanley, said": the person named in apposition to the
 * same two words of a role (the noun at h and the word before it), within
 * forty sentences, but not one who opens what was said (the span
 * said); -1 if none. */
static int same_words_named_later(const doc *d, uint32_t h, sift_span said)
{
    /* (or one word after "a", then "the": "A spokesman for the foundation
     * said" and "The spokesman, Julian Pike, ... said later") */
    /* (or after an owner: "The town's mayor said" and "the mayor, Rui
     * Palma, said") */
    int one = h > 0 && one_word_role_before(d, h - 1);
    if (!one && (h == 0 || d->toks.v[h - 1].kind != TK_WORD || (d->toks.v[h - 1].flags & TF_CAP) ||
                 (d->toks.v[h - 1].w.flags & (W_STOP | W_DET))))
        return -1;
    uint32_t s = d->toks.v[h].sent, last = s + 40 < d->sents.n ? s + 40 : (uint32_t)d->sents.n - 1;
    for (uint32_t k = h + 1; k < d->sents.v[last].t1; k++) {
        /* (not past another one introduced so: "a spokesman for the
         * council") */
        /* (but "The minister's spokeswoman, Claire Hollis," names her) */
        if (one && same_head(d, h, k) && one_word_role_before(d, k - 1) &&
            !(sift_is_punct(d, k + 1, ',') && sift_entity_at(d, k + 2) >= 0 &&
              d->ents.v[sift_entity_at(d, k + 2)].type == ET_PERSON))
            return -1;
        int m = d->toks.v[k].ment;
        if (m < 0 || d->ments.v[m].t0 != k || d->ments.v[m].type != ET_PERSON || d->ments.v[m].kind != MK_NAME ||
            d->ments.v[m].entity < 0 || (d->toks.v[k].flags & TF_INQUOTE))
            continue;
        /* (not the phrase itself before a name that opens what was said:
         * "According to the charge sheets, Rosli received") */
        if (d->toks.v[k].start >= said.start && d->toks.v[k].start < said.end && k <= h + 3)
            continue;
        uint32_t b = 0, noun = noun_before_name(d, k, m, &b);
        if (noun && same_head(d, h, noun) &&
            (one ? b == noun || said_for(d, h, b, noun) : b + 1 == noun && same_head(d, h - 1, noun - 1)))
            return d->ments.v[m].entity;
        /* (or after the name: "Vasiliki Kontou, the fire service
         * spokeswoman, said") */
        uint32_t after = one ? noun_after_name(d, d->ments.v[m].t1) : 0;
        if (after && same_head(d, h, after))
            return d->ments.v[m].entity;
        k = d->ments.v[m].t1 - 1;
    }
    return -1;
}

/* The person a definite description before token t0, ending in the noun at
 * h ("The rector said", "the union president said"), points back to: the
 * nearest one named with the same noun in the last thirty sentences ("The
 * university's rector, Ignacio Valdes,", "said the president, Marcus
 * Delaney"), or -1. */
static int named_before(const doc *d, uint32_t t0, uint32_t h)
{
    uint32_t s = d->toks.v[t0].sent, first = s > 30 ? s - 30 : 0;
    for (uint32_t k = t0; k-- > d->sents.v[first].t0;) {
        int m = d->toks.v[k].ment;
        if (m < 0 || d->ments.v[m].t0 != k || d->ments.v[m].type != ET_PERSON || d->ments.v[m].kind != MK_NAME ||
            d->ments.v[m].entity < 0 || (d->toks.v[k].flags & TF_INQUOTE))
            continue;
        uint32_t b, noun = noun_before_name(d, k, m, &b), after = noun_after_name(d, d->ments.v[m].t1);
        if ((noun && same_head(d, h, noun)) || (after && same_head(d, h, after)))
            return d->ments.v[m].entity;
        /* (or the title before the name, when only a level of government
         * stands before the noun: "the state minister" after "Queensland
         * Health Minister Danielle Kowalski") */
        static const char *const levels[] = {"state", "federal", "provincial", "regional", "national", NULL};
        if (d->ments.v[m].title_t0 >= 0 && k > 0 && same_head(d, h, k - 1) && h == t0 + 2 &&
            sift_tok_in(d, h - 1, levels))
            return d->ments.v[m].entity;
    }
    return -1;
}

/* "A neighbour, who gave his name only as Toomas, said", "a woman who gave
 * only her first name, Zeyneba,", "a man who identified himself only as
 * Ahmed": the token of the one name a description's sentence gives its
 * person (within a dozen words after h, the description's noun), or 0. */
uint32_t sift_name_given(const doc *d, uint32_t h)
{
    uint32_t end = sift_sent_t1(d, h), hi = end > h + 14 ? h + 14 : end;
    /* (past where the person is: "A fisherman in the coastal town of
     * Calatagan, who gave his name only as Boyet,") */
    for (uint32_t k = h + 1; k < end && k < h + 20 && d->toks.v[k].kind != TK_QUOTE && !sift_is_cue(d, k); k++)
        if (sift_tok_is(d, k, "who")) {
            hi = k + 10 < end ? k + 10 : end;
            break;
        }
    for (uint32_t k = h + 2; k + 1 < hi; k++) {
        int named = 0; /* ("gave his name", "gave only her first name", "would give only his nickname") */
        /* (or "who goes by the nickname "Pocho"", "who is known to his
         * customers as Hajj Abdelkader") */
        static const char *const gives[] = {"gave", "giving", "give", "gives", "goes", "go", "going", NULL};
        for (uint32_t g = k - 2;
             (sift_tok_is(d, k, "name") || sift_tok_is(d, k, "nickname") || sift_tok_is(d, k, "surname")) &&
             g + 4 >= k && g > h &&
                                 !named;
             g--)
            named = sift_tok_in(d, g, gives);
        for (uint32_t g = k - 1; sift_tok_is(d, k, "as") && g + 6 >= k && g > h && !named; g--)
            named = sift_tok_is(d, g, "known") && !(d->toks.v[g].flags & TF_CAP);
        int identified = (sift_tok_is(d, k, "himself") || sift_tok_is(d, k, "herself")) &&
                         sift_tok_is(d, k - 1, "identified");
        if (!named && !identified)
            continue;
        uint32_t x = k + 1 - sift_tok_is(d, k, "as");
        if (x < hi && sift_tok_is(d, x, "only"))
            x++;
        if (x < hi && (sift_tok_is(d, x, "as") || sift_is_punct(d, x, ',')))
            x++;
        if (x < hi && d->toks.v[x].kind == TK_QUOTE && (d->toks.v[x].flags & TF_QOPEN))
            x++;
        const tok *t = x < hi ? &d->toks.v[x] : NULL;
        if (t && t->kind == TK_WORD && (t->flags & TF_CAP) && !(t->w.flags & (W_STOP | W_PREP | W_DET)) &&
            sift_given_end(d, x) > x)
            return x;
        return 0;
    }
    return 0;
}

/* Where a name given so at x ends: one word, or up to three in capitals
 * that no entity holds ("El Mono"); x when it runs on. */
uint32_t sift_given_end(const doc *d, uint32_t x)
{
    uint32_t hi = sift_sent_t1(d, x), e = sift_entity_at(d, x) >= 0 ? sift_name_end(d, x, hi) : x + 1;
    while (e < hi && e < x + 3 && d->toks.v[e].kind == TK_WORD && (d->toks.v[e].flags & TF_CAP))
        e++;
    return e < hi && d->toks.v[e].kind == TK_WORD && (d->toks.v[e].flags & TF_CAP) ? x : e;
}

/* "said Kofi, a 52-year-old grower", "Mariam, an Emirati civil servant
 * ..., said": the one capitalised word before the comma that opens an
 * indefinite description at t0 (a first name given alone, or a person's
 * name), or 0; not a place or a body ("In Accra, a trader said"). */
static uint32_t name_before_description(const doc *d, uint32_t t0)
{
    if (t0 < 2 || !sift_is_punct(d, t0 - 1, ',') || !(sift_tok_is(d, t0, "a") || sift_tok_is(d, t0, "an")))
        return 0;
    uint32_t w = t0 - 2;
    const tok *t = &d->toks.v[w];
    int e = sift_entity_at(d, w);
    if (t->kind != TK_WORD || !(t->flags & TF_CAP) || (t->flags & TF_ALLCAPS) ||
        (t->w.flags & (W_STOP | W_PREP | W_DET | W_TITLE | W_GROUP)) || (e >= 0 && d->ents.v[e].type != ET_PERSON))
        return 0;
    /* (a name, not a word: "Nearby, a resident said") */
    if (e < 0 && !(t->lexcls & (1u << LX_FIRST)) && sift_tok_common(d, w))
        return 0;
    /* (the word alone: at the sentence's start or right after the verb) */
    return (t->flags & TF_SENT) || (w > 0 && sift_is_cue(d, w - 1)) ? w : 0;
}

/* Nouns for one who leads ("the head", "its chief executive", "the
 * rector"), for same_role() and aside_fit(). */
static const char *const leader_nouns[] = {"head", "chief", "leader", "president", "chair", "chairman",
                                           "chairwoman", "chairperson", "director", "director-general",
                                           "secretary", "commander", "executive", "boss", "coordinator",
                                           "manager", "general", "rector", "vice-chancellor", "provost",
                                           "principal", "governor", "superintendent", NULL};

/* Does the title at k open with "the" and plain words, no owner before it
 * ("the additional collector", not "Ontario's agriculture minister")? */
static int the_title(const doc *d, uint32_t k)
{
    uint32_t a = k;
    while (a > 0 && a + 4 > k && d->toks.v[a - 1].kind == TK_WORD && !(d->toks.v[a - 1].flags & TF_CAP) &&
           !sift_tok_is(d, a - 1, "the"))
        a--;
    return a > 0 && sift_tok_is(d, a - 1, "the") && !(d->toks.v[a - 1].flags & TF_CAP);
}

/* Do two nouns for a role name the same post, as a report says it again
 * in other words: the same noun, two words for who leads ("head" and
 * "executive", "general secretary" and "union leader"), or a plain word
 * for an expert or an officer ("The scientist" for "the chief
 * glaciologist")? With expert set, only a plain word for an expert. */
static int same_role(const doc *d, uint32_t h, uint32_t noun, int expert)
{
    static const char *const experts[] = {"scientist", "expert", "researcher", "specialist", NULL};
    static const char *const officers[] = {"official", "officer", NULL};
    if (sift_tok_in(d, noun, experts))
        return 1;
    /* (an official may be one who leads: "the city's top water official"
     * and "the director of public utilities") */
    /* (a body is no officer: not "The transport ministry said" for "The
     * official, Yoon Seo-yeon") */
    return !expert && (same_head(d, h, noun) ||
                       (sift_tok_in(d, h, leader_nouns) && sift_tok_in(d, noun, leader_nouns)) ||
                       (sift_tok_in(d, noun, officers) && person_head(d, h)) ||
                       (sift_tok_in(d, h, officers) && sift_tok_in(d, noun, leader_nouns)) ||
                       /* (or any title for "the official": "Shahid Mehmood,
                        * the additional collector for enforcement,") */
                       (sift_tok_in(d, h, officers) && (d->toks.v[noun].w.flags & W_TITLE) &&
                        !(d->toks.v[noun].flags & TF_CAP) && the_title(d, noun)));
}

/* The first mention of a person by name, not quoted, in the sentences
 * after the one holding token h (at most four, up to the next paragraph),
 * or -1. */
static int first_named_next(const doc *d, uint32_t h)
{
    uint32_t s = d->toks.v[h].sent;
    uint32_t last = s + 4 < d->sents.n ? s + 4 : (uint32_t)d->sents.n - 1;
    /* (a paragraph of quotation between does not count: "The executive
     * director of the association said ... ¶ '...,' she said. ¶ Monique
     * Doucette, who has led the association since 2021, said") */
    uint32_t para = d->sents.v[s].para + 1;
    for (uint32_t i = s + 1; i <= last; i++)
        if (d->sents.v[i].para == para && d->sents.v[i].para != d->sents.v[i - 1].para &&
            d->toks.v[d->sents.v[i].t0].kind == TK_QUOTE)
            para++;
    while (last > s && d->sents.v[last].para > para)
        last--;
    for (uint32_t k = d->sents.v[s + (s < last)].t0; s < last && k < d->sents.v[last].t1; k++) {
        int m = d->toks.v[k].ment;
        if (m >= 0 && d->ments.v[m].t0 == k && d->ments.v[m].type == ET_PERSON && d->ments.v[m].kind == MK_NAME &&
            d->ments.v[m].entity >= 0 && !(d->toks.v[k].flags & TF_INQUOTE))
            return m;
    }
    return -1;
}

/* The person a description of a role ending in the noun at h ("Vorland's
 * head of quality told", "The union's president ... said") is named as
 * with another word for the role ("The executive, Miriam Vossberg, said",
 * '"...," the union chief, Velusamy Murugesu, told'), when that is the
 * first person named in the next four sentences, up to the paragraph
 * after; or -1 (expert: see same_role). */
static int role_named_next(const doc *d, uint32_t h, int expert)
{
    int m = first_named_next(d, h);
    if (m < 0)
        return -1;
    uint32_t k = d->ments.v[m].t0, b = 0, noun = noun_before_name(d, k, m, &b);
    /* (or after it: "Angela Morrow, the director of public utilities,
     * told" after "the city's top water official acknowledged") */
    if (!noun)
        noun = noun_after_name(d, d->ments.v[m].t1);
    /* (not past someone else described in a sentence between: "the manager
     * said. ... A deputy director in the ministry said ... The official,
     * Yoon Seo-yeon, said") */
    for (uint32_t a = d->sents.v[d->toks.v[h].sent].t1; noun && a < (b ? b : k); a++)
        if (!(d->toks.v[a].flags & TF_INQUOTE) && describes_someone(d, a))
            return -1;
    /* (nor one whose role has another owner: "The media authority
     * official said" is no "Amina Yusuf, the network's coordinator") */
    if (noun >= 2 && (d->toks.v[noun - 1].flags & TF_POSS) && d->toks.v[noun - 1].kind != TK_WORD &&
        d->toks.v[noun - 2].kind == TK_WORD && !(d->toks.v[noun - 2].flags & TF_CAP)) {
        int owned = 0, words = 0;
        for (uint32_t w = h; w-- > 0 && w + 4 > h && d->toks.v[w].kind == TK_WORD && !owned;) {
            words += !(d->toks.v[w].w.flags & W_DET);
            owned = sift_toks_equal(d, w, noun - 2, 1);
        }
        if (words && !owned)
            return -1;
    }
    return noun && same_role(d, h, noun, expert) ? d->ments.v[m].entity : -1;
}
/* "Ridgeway's head of European real estate, who has led ..., said ... ¶
 * '...,' Caroline Ashworth said": after a role given with "the" or an
 * owner, the first person named in the next sentences (up to the next
 * paragraph) when the report names that person there for the first time,
 * with no role of their own, as the subject of a verb of saying or right
 * after one; -1 if none. */
static int bare_name_after(const doc *d, const role_words *r)
{
    uint32_t h = r->h;
    static const char *const honorifics[] = {"dr", "mr", "mrs", "ms", "miss", "professor", "prof", NULL};
    int m = first_named_next(d, h);
    if (m < 0)
        return -1;
    const mention *mn = &d->ments.v[m];
    uint32_t k = mn->t0, a = mn->title_t0 >= 0 && (uint32_t)mn->title_t0 < k ? (uint32_t)mn->title_t0 : k, m1 = mn->t1;
    /* (introduced by a full name: not a surname alone, "Pemberton said",
     * whose first name the story gave in words the recognizer missed; "Dr
     * Okafor" will do) */
    /* (or a title that is another word for the role: "The official who
     * leads the cell's Karachi operations described ... . Additional
     * Director Farhan Qureshi said") */
    if (d->ents.v[mn->entity].first_tok != k ||
        (a < k && !sift_tok_in(d, a, honorifics) && !same_role(d, h, k - 1, 0)) || (m1 < k + 2 && a == k))
        return -1;
    /* (not of the other sex: "The head of the delegation told reporters
     * as he left ... Maria Lopez said") */
    uint32_t s = d->toks.v[h].sent;
    int g = sift_noun_sex(d, h);
    /* (up to another person named: "the presiding judge told Declan
     * Murtagh, 41, as he stood in the dock") */
    for (uint32_t p = h + 1; !g && p < d->sents.v[s].t1; p++) {
        int o = sift_entity_at(d, p);
        if (o >= 0 && d->ents.v[o].type == ET_PERSON && !(d->toks.v[p].flags & TF_INQUOTE))
            break;
        if (!(d->toks.v[p].flags & TF_INQUOTE))
            g = sift_tok_is(d, p, "he") || sift_tok_is(d, p, "his")    ? 'M'
                : sift_tok_is(d, p, "she") || sift_tok_is(d, p, "her") ? 'F'
                                                                       : 0;
    }
    if (g && d->ents.v[mn->entity].gender && d->ents.v[mn->entity].gender != g)
        return -1;
    /* (past a clause on the person: "Karen Oyelaran, who took over the
     * office last year after her predecessor resigned, said") */
    uint32_t v = m1;
    /* (or a participle's: "Ms Justice Aoife Brennan, sitting with two
     * other judges, said") */
    /* (or a description that gives no other trade: "Henrik Lindqvist, a
     * Swede who previously ran a battery plant in Poland, said", not
     * "Maria Lopez, a nurse who has worked at the hospital, said" for "The
     * hospital's director") */
    int described = m1 + 2 < d->toks.n && sift_is_punct(d, m1, ',') &&
                    (sift_tok_is(d, m1 + 1, "a") || sift_tok_is(d, m1 + 1, "an"));
    for (uint32_t w = m1 + 2; described && w < d->toks.n && w < m1 + 6 && d->toks.v[w].kind == TK_WORD; w++)
        if (person_head(d, w)) {
            described = same_head(d, h, w) || (sift_tok_in(d, h, leader_nouns) && sift_tok_in(d, w, leader_nouns));
            break;
        }
    if (m1 + 2 < d->toks.n && sift_is_punct(d, m1, ',') &&
        (sift_tok_is(d, m1 + 1, "who") || described ||
         (sift_tok_ends(d, m1 + 1, "ing") && !(d->toks.v[m1 + 1].flags & TF_CAP) && TOK_N(d, m1 + 1) > 4)))
        v = past_aside(d, m1);
    /* (past an adverb: "Rosa Millalen later told reporters") */
    static const char *const adverbs[] = {"later", "also", "then", "again", "afterwards", NULL};
    if (v + 1 < d->toks.n && sift_tok_in(d, v, adverbs) && !(d->toks.v[v].flags & TF_CAP))
        v++;
    int subject = v < d->toks.n && sift_is_cue(d, v) && !(d->toks.v[v].flags & TF_INQUOTE);
    int after_cue = a > 0 && sift_is_cue(d, a - 1) && m1 < d->toks.n &&
                    (sift_is_punct(d, m1, '.') || (sift_is_punct(d, m1, ',') && sift_tok_is(d, m1 + 1, "who")));
    /* (not one the aside ties to another body: "Ana Ruiz, who heads the
     * state's largest teachers' union, said" after "the state's security
     * chief") */
    return (subject || after_cue) && aside_fit(d, r, m1) >= 0 ? mn->entity : -1;
}

/* The same for a role known only by its noun at h. */
static int bare_name_next(const doc *d, uint32_t h)
{
    role_words r;
    role_words_of(d, h, h, h + 1, &r);
    return bare_name_after(d, &r);
}
/* Is [t0, h] "a" or "an", at most two plain words and the noun at h ("A
 * climatologist", not "A federal official familiar")? */
static int short_indefinite(const doc *d, uint32_t t0, uint32_t h)
{
    if (h > t0 + 3 || d->toks.v[h].upos != SIFT_UPOS_NOUN || !(sift_tok_is(d, t0, "a") || sift_tok_is(d, t0, "an")))
        return 0;
    for (uint32_t k = t0 + 1; k < h; k++)
        if (d->toks.v[k].kind != TK_WORD || (d->toks.v[k].w.flags & (W_PREP | W_STOP)))
            return 0;
    return 1;
}

/* The noun of ", a marine biologist who ..." in apposition after the noun
 * at h (the last of at most four lower-case words before a function word
 * or a mark), or 0. */
static uint32_t apposed_noun(const doc *d, uint32_t h)
{
    if (h + 3 >= d->toks.n || !sift_is_punct(d, h + 1, ',') ||
        !(sift_tok_is(d, h + 2, "a") || sift_tok_is(d, h + 2, "an")))
        return 0;
    uint32_t k = h + 3;
    while (k < d->toks.n && k < h + 7 && d->toks.v[k].kind == TK_WORD && !(d->toks.v[k].flags & TF_CAP) &&
           !(d->toks.v[k].w.flags & (W_STOP | W_PREP)))
        k++;
    return k > h + 3 && d->toks.v[k - 1].upos == SIFT_UPOS_NOUN ? k - 1 : 0;
}

/* Are tokens a and b the same word, whatever their case? */
static int same_word(const doc *d, uint32_t a, uint32_t b)
{
    return TOK_N(d, a) == TOK_N(d, b) && strncasecmp(TOK_S(d, a), TOK_S(d, b), TOK_N(d, a)) == 0;
}

/* Which of the role's words w[0..nw) stand at token j, as a bit mask? */
static unsigned role_word_at(const doc *d, const uint32_t *w, size_t nw, uint32_t j)
{
    unsigned bits = 0;
    for (size_t i = 0; i < nw; i++)
        if (same_word(d, w[i], j))
            bits |= 1u << i;
    return bits;
}

/* The noun of a description in apposition to the role ending at h or at
 * the end of its phrase e1 - 1, past a relative clause: "The head of the
 * cybercrime centre, a colonel who", "The officer who designed the
 * programme, a deputy superintendent"; or 0. */
static uint32_t role_apposed(const doc *d, uint32_t h, uint32_t e1)
{
    uint32_t app = apposed_noun(d, e1 - 1);
    if (!app && e1 - 1 != h)
        app = apposed_noun(d, h);
    if (!app && sift_tok_is(d, h + 1, "who"))
        for (uint32_t c = h + 2; c < d->toks.n && c < h + 14 && d->toks.v[c].kind != TK_QUOTE; c++)
            if (sift_is_punct(d, c, ',')) {
                app = apposed_noun(d, c - 1);
                break;
            }
    return app;
}

static void role_words_of(const doc *d, uint32_t t0, uint32_t h, uint32_t e1, role_words *r)
{
    static const char *const forces[] = {"army", "police", "military", "navy", "detachment", "unit", "bureau",
                                         "force", "brigade", "battalion", "squad", "centre", "center", "command",
                                         "regiment", "rescue", NULL};
    static const char *const courts[] = {"court", "tribunal", NULL};
    /* (a place owns no role alone: "the state's security chief" is not
     * whoever "heads the state's largest union") */
    static const char *const places[] = {"state", "country", "city", "nation", "region", "province", "island",
                                         "town", "county", "district", "government", "world", NULL};
    *r = (role_words){.t0 = t0, .h = h, .e1 = e1 > h ? e1 : h + 1};
    /* (the phrase as the text goes on, when the speaker's name was cut
     * short: "The director" of "The director of the Museum fur Weltkulturen
     * Bremen, who travelled ...") */
    if (r->e1 == h + 1 && h + 2 < d->toks.n && sift_tok_is(d, h + 1, "of")) {
        uint32_t k = h + 2, hi = sift_sent_t1(d, h);
        while (k < hi && k < h + 10 && (d->toks.v[k].kind == TK_WORD || (d->toks.v[k].flags & TF_POSS)) &&
               !(d->toks.v[k].flags & TF_INQUOTE) && !sift_is_cue(d, k) && !sift_tok_is(d, k, "who") &&
               !(d->toks.v[k].upos == SIFT_UPOS_VERB && !(d->toks.v[k].flags & TF_CAP)))
            k++;
        if (k > h + 2)
            r->e1 = k;
    }
    for (uint32_t k = t0; k < r->e1; k++) {
        const tok *t = &d->toks.v[k];
        if (k + 1 < r->e1 && t->kind == TK_WORD && (d->toks.v[k + 1].flags & TF_POSS) && !sift_tok_in(d, k, places))
            r->owner = k; /* (capitalised too: "Giza National University's president") */
        if (k == h || t->kind != TK_WORD || (t->flags & (TF_CAP | TF_INQUOTE)) ||
            (t->w.flags & (W_STOP | W_DET | W_PREP)) || TOK_N(d, k) < 4)
            continue;
        r->force |= sift_tok_in(d, k, forces);
        r->court |= sift_tok_in(d, k, courts);
        if (r->nw < 8)
            r->w[r->nw++] = k;
    }
    if (!r->owner && r->e1 > h + 2 && sift_tok_is(d, h + 1, "of") && d->toks.v[r->e1 - 1].kind == TK_WORD)
        r->owner = r->e1 - 1;
    r->app = role_apposed(d, h, r->e1);
}

/* Is the word at j the role's noun, owner or one of its words? */
static int of_role(const doc *d, const role_words *r, uint32_t j)
{
    return same_word(d, j, r->h) || (r->owner && same_word(d, j, r->owner)) || role_word_at(d, r->w, r->nw, j);
}

/*
 * Does the aside after a name ending at m1 (", who has chaired the
 * authority since 2024,") fit the role r: 1 when it holds the role's noun
 * and the word before it ("who took over as chief executive"), or a word
 * for leading and the role's owner or two of its words ("appointed to run
 * the commission" for "the commission's executive vice-chairman", "head of
 * the authority's national operations department" for "its national
 * operations chief"); -1 when it ties the person to another body ("who
 * heads the state's largest teachers' union", "who speaks for the Black
 * Telecoms Forum"); else 0.
 */
/* Does "for" or "of" (and "the") after the noun at j, before end, name
 * the field at token w ("minister for climate", "head of the ports")? */
static int field_after(const doc *d, uint32_t j, uint32_t end, uint32_t w)
{
    uint32_t f = j + 2 + (j + 2 < end && sift_tok_is(d, j + 2, "the"));
    return f < end && (sift_tok_is(d, j + 1, "for") || sift_tok_is(d, j + 1, "of")) && same_word(d, f, w);
}

static int aside_fit(const doc *d, const role_words *r, uint32_t m1)
{
    static const char *const leading[] = {"led", "leads", "leading", "chaired", "chairs", "chairing", "heads",
                                          "headed", "heading", "run", "runs", "ran", "running", "commands",
                                          "commanded", "directs", "directed", NULL};
    uint32_t end = sift_sent_t1(d, m1), h = r->h;
    if (m1 + 1 >= end || !sift_is_punct(d, m1, ','))
        return 0;
    uint32_t close = past_aside(d, m1);
    if (close > m1)
        end = close - 1;
    static const char *const generic[] = {"senior", "junior", "most", "former", "acting", "interim", "state",
                                          "national", "federal", "local", "regional", "deputy", "assistant", NULL};
    static const char *const named_kinds[] = {"authority", "commission", "union", "association", "forum",
                                              "council", "agency", "ministry", "department", "institute",
                                              "federation", "chamber", "bureau", "board", "court", "party",
                                              "centre", "center", "university", "college", "hospital", NULL};
    int lead = 0, own = 0, other = 0, titled = 0;
    unsigned mine = 0;
    for (uint32_t j = m1 + 1; j < end; j++) {
        const tok *t = &d->toks.v[j];
        if (t->flags & TF_INQUOTE)
            break;
        /* (or its field after the noun: "the deputy minister for climate
         * and environment" for "a deputy climate minister") */
        if (same_word(d, j, h) && (h == r->t0 || !role_word_at(d, r->w, r->nw, h - 1) || same_word(d, j - 1, h - 1) ||
                                   field_after(d, j, end, h - 1)))
            return 1;
        /* (a body named: "the Black Telecoms Forum" for "The authority's
         * chairperson", its name without the word a name of the owner's
         * kind would hold; a regulator may be called anything) */
        int e = sift_entity_at(d, j);
        if (e >= 0 && d->ents.v[e].type == ET_ORG) {
            uint32_t ne = sift_name_end(d, j, end);
            int shared = 0;
            for (uint32_t x = j; x < ne && !shared; x++)
                shared = of_role(d, r, x);
            other |= !shared && r->owner && sift_tok_in(d, r->owner, named_kinds);
            j = ne > j ? ne - 1 : j;
            continue;
        }
        int leads = (sift_tok_in(d, j, leading) || sift_tok_in(d, j, leader_nouns)) && !(t->flags & TF_CAP);
        lead |= leads;
        /* (or a title in the role's field: ", the agriculture secretary,"
         * for "The state's most senior agriculture bureaucrat") */
        titled |= leads && sift_tok_in(d, j, leader_nouns) && j > m1 + 1 && role_word_at(d, r->w, r->nw, j - 1) &&
                  !sift_tok_in(d, j - 1, generic);
        mine |= role_word_at(d, r->w, r->nw, j);
        own |= r->owner && same_word(d, j, r->owner);
        /* (the head of what a verb for leading governs: "heads the
         * state's largest teachers' union") */
        /* (more than "the NOUN", which may be the role's body again: "who
         * has led the association since 2021") */
        /* (none of whose words but a place or a rank are the role's: not
         * "who has run the Spanish Association of Food Distributors" for
         * "the association's director general") */
        /* (not a post held before: "a Swede who previously ran a battery
         * plant in Poland", "appointed in March after several years
         * running the state's internal revenue service") */
        static const char *const before[] = {"previously", "formerly", "once", "earlier", "after", NULL};
        int held_before = 0;
        for (uint32_t y = m1 + 1; leads && y < j && !held_before; y++)
            held_before = sift_tok_in(d, y, before) && !(d->toks.v[y].flags & TF_CAP);
        if (leads && t->upos == SIFT_UPOS_VERB && !held_before) {
            uint32_t x = j + 1, head = 0, words = 0;
            int shared = 0;
            for (; x < end && x < j + 8; x++) {
                const tok *u = &d->toks.v[x];
                if (u->kind == TK_WORD && (u->w.flags & W_PREP) && !sift_tok_is(d, x, "of"))
                    break;
                if (u->kind == TK_WORD && !(u->w.flags & (W_DET | W_STOP))) {
                    head = x, words++, shared |= of_role(d, r, x) && !sift_tok_in(d, x, generic);
                    /* (or any word the role was written with, a people's
                     * too: "who has run the Thai business" for "The head of
                     * Tsubaki's Thai operations") */
                    for (uint32_t y = r->t0; y < r->e1 && !shared; y++)
                        shared = (d->toks.v[y].flags & TF_CAP) && y > r->t0 && same_word(d, x, y);
                }
                else if (u->kind != TK_WORD && !(u->flags & TF_POSS))
                    break;
            }
            if (words > 1 && !shared && d->toks.v[head].upos == SIFT_UPOS_NOUN)
                other = 1;
            /* (or what "its" owner is in the role's sentence: "who has led
             * the inquiry" for "A Senate inquiry ... has found ..., its
             * rapporteur said") */
            int its = head && words == 1 && d->toks.v[head].upos == SIFT_UPOS_NOUN &&
                      (sift_tok_is(d, r->t0, "its") || sift_tok_is(d, r->t0, "their"));
            for (uint32_t y = d->sents.v[d->toks.v[r->t0].sent].t0; its && !own && y < r->t0; y++)
                own = same_word(d, y, head) && !(d->toks.v[y].flags & TF_INQUOTE);
        }
    }
    if (lead && (own || titled || (mine & (mine - 1))))
        return 1;
    return other ? -1 : 0;
}

/*
 * "The authority's chairperson said ... (paragraphs on) Dr Lerato Sithole,
 * who has chaired the authority since 2024, said": the person a role r is,
 * introduced (named for the first time) within the twenty sentences after
 * it in words that fit the role:
 * - an aside after the name that fits it (see aside_fit);
 * - a title naming the role or the description in apposition to it ("a
 *   colonel who has led the unit", then "Colonel Andrea Salcedo"), a rank
 *   for who leads a force ("the bureau's lead investigator", "Detective
 *   Superintendent Anna-Liisa Koskinen"), a judge for a court's role;
 * - the role's noun alone in apposition ("The inspector, Margaret
 *   O'Donnell," after "the state's chief inspector").
 * -1 if none.
 */
static int introduced_in_role(const doc *d, const role_words *r)
{
    static const char *const ranks[] = {"colonel", "major", "general", "captain", "lieutenant", "commander",
                                        "superintendent", "inspector", "commissioner", "detective", "sergeant",
                                        "brigadier", "admiral", NULL};
    static const char *const chiefs[] = {"head", "chief", "commander", "leader", "investigator", "director", NULL};
    static const char *const judges[] = {"judge", "justice", NULL};
    uint32_t h = r->h, s = d->toks.v[h].sent;
    uint32_t last = s + 20 < d->sents.n ? s + 20 : (uint32_t)d->sents.n - 1;
    for (uint32_t k = s + 1 < d->sents.n ? d->sents.v[s + 1].t0 : d->toks.n; k < d->sents.v[last].t1; k++) {
        int m = d->toks.v[k].ment;
        if (m < 0 || d->ments.v[m].t0 != k || d->ments.v[m].type != ET_PERSON || d->ments.v[m].kind != MK_NAME ||
            d->ments.v[m].entity < 0 || (d->toks.v[k].flags & TF_INQUOTE))
            continue;
        const mention *mn = &d->ments.v[m];
        uint32_t a = mn->title_t0 >= 0 && (uint32_t)mn->title_t0 < k ? (uint32_t)mn->title_t0 : k;
        k = mn->t1 - 1;
        if (d->ents.v[mn->entity].first_tok != mn->t0)
            continue; /* (named before) */
        int fits = 0;
        if (a < mn->t0) { /* a title */
            uint32_t tt = mn->t0 - 1;
            fits = (same_head(d, h, tt) && TOK_N(d, tt) <= TOK_N(d, h)) || (r->app && same_word(d, r->app, tt)) ||
                   (r->force && sift_tok_in(d, tt, ranks) && sift_tok_in(d, h, chiefs)) ||
                   (r->court && sift_tok_in(d, tt, judges));
            /* (or a title of portfolios that holds the role's noun and one
             * of its words: "the country's trade minister", then "Minister
             * of Trade and Industry Seraphin Gnagne") */
            int head = 0, field = 0;
            for (uint32_t t = a; t < mn->t0 && !fits; t++) {
                head |= same_word(d, h, t);
                for (size_t w = 0; w < r->nw; w++)
                    field |= same_word(d, r->w[w], t) && !(d->toks.v[r->w[w]].w.flags & (W_STOP | W_DET));
            }
            fits |= head && field;
        }
        uint32_t b = 0, noun = noun_before_name(d, mn->t0, m, &b);
        fits |= noun && b == noun && sift_tok_is(d, b - 1, "the") && same_head(d, h, noun);
        if (fits || aside_fit(d, r, mn->t1) > 0)
            return mn->entity;
    }
    return -1;
}

/* The organisation "the country's wildlife agency" (the kind at h, the
 * word before it its field) is named as in the two sentences after it:
 * the first one named whose name holds the field and ends in a word for a
 * public body ("the Zambia Wildlife Protection Authority"), or -1. */
static int body_named_next(const doc *d, uint32_t h)
{
    static const char *const bodies[] = {"agency", "authority", "service", "commission", "office",
                                         "department", "directorate", "board", "bureau", "inspectorate", NULL};
    if (h == 0 || !sift_tok_in(d, h, bodies) || d->toks.v[h - 1].kind != TK_WORD ||
        (d->toks.v[h - 1].flags & TF_CAP) || (d->toks.v[h - 1].w.flags & (W_STOP | W_DET)))
        return -1;
    uint32_t s = d->toks.v[h].sent, last = s + 2 < d->sents.n ? s + 2 : (uint32_t)d->sents.n - 1;
    for (uint32_t k = h + 1; k < d->sents.v[last].t1; k++) {
        int e = sift_entity_at(d, k);
        if (e < 0 || d->ents.v[e].type != ET_ORG || (d->toks.v[k].flags & TF_INQUOTE))
            continue;
        uint32_t ne = sift_name_end(d, k, d->sents.v[last].t1);
        int field = 0;
        for (uint32_t j = k; j < ne && !field; j++)
            field = same_head(d, j, h - 1) && TOK_N(d, j) == TOK_N(d, h - 1);
        return field && ne > k && sift_tok_in(d, ne - 1, bodies) ? e : -1;
    }
    return -1;
}

/* "..., its main electricity provider said on Wednesday. Westline Power
 * said in a statement": a business described with "the", "its" or an
 * owner is the organisation that opens the next sentence as the subject
 * of a verb of saying, if its name is no public body's. Returns it, or -1. */
static int firm_opens_next(const doc *d, uint32_t t0, uint32_t h)
{
    /* (the kinds of business "the company" may be, and those that run a
     * service) */
    static const char *const runs[] = {"operator", "provider", "utility", NULL};
    int owned = t0 + 1 < h && (d->toks.v[t0 + 1].flags & TF_POSS);
    /* (or one the story opens with: "A company restoring drained peat bogs
     * ... says it has sold ...") */
    uint32_t s = d->toks.v[h].sent;
    int lead = (sift_tok_is(d, t0, "a") || sift_tok_is(d, t0, "an")) && sift_body_start(d, s) == t0;
    /* (or any kind of body with "a" at the end of the sentence: "..., a
     * leading charity said on Tuesday" then "The Larder Network, which
     * says it supports about 1,400 food banks, said") */
    int body = !sift_business_noun(d, h) && !sift_tok_in(d, h, runs) && sift_tok_org_kind(d, h) &&
               (sift_tok_is(d, t0, "a") || sift_tok_is(d, t0, "an")) && h + 1 < d->toks.n && sift_is_cue(d, h + 1);
    if (!(sift_business_noun(d, h) || sift_tok_in(d, h, runs) || body) ||
        !(sift_tok_is(d, t0, "the") || sift_tok_is(d, t0, "its") || owned || lead || body))
        return -1;
    if (s + 1 >= d->sents.n)
        return -1;
    uint32_t b = sift_body_start(d, s + 1), t1 = d->sents.v[s + 1].t1;
    if (b + 1 < t1 && sift_tok_is(d, b, "the") && sift_entity_at(d, b) < 0)
        b++; /* ("The Larder Network, which says ...") */
    uint32_t ne = sift_name_end(d, b, t1);
    /* (past a description: "Midland Peatland Restoration, a joint venture
     * between ..., said") */
    /* (or a relative clause with a list in it: "The Larder Network, which
     * says it supports about 1,400 food banks in England, Scotland and
     * Wales, said") */
    int which = ne + 2 < t1 && (sift_tok_is(d, ne + 1, "which") || sift_tok_is(d, ne + 1, "that"));
    if (ne + 2 < t1 && sift_is_punct(d, ne, ',') && !sift_is_cue(d, ne + 1))
        for (uint32_t k = ne + 2; k + 1 < t1 && k < ne + 24; k++)
            if (sift_is_punct(d, k, ',') || d->toks.v[k].kind == TK_QUOTE) {
                if (sift_is_punct(d, k, ',') && sift_is_cue(d, k + 1))
                    ne = k + 1;
                else if (which && sift_is_punct(d, k, ','))
                    continue;
                break;
            }
    int e = sift_entity_at(d, b);
    if (e < 0 || d->ents.v[e].type != ET_ORG || (d->toks.v[b].flags & TF_INQUOTE) || !sift_is_cue(d, ne) ||
        sift_org_not_business(&d->ents.v[e]))
        return -1;
    return e;
}

/* Where the n bytes of s were last written in the text between byte
 * offsets lo and end, or SIZE_MAX. */
static size_t last_written(const doc *d, const char *s, size_t n, size_t lo, size_t end)
{
    for (size_t p = end; n && p >= lo + n; p--)
        if (memcmp(d->text + p - n, s, n) == 0)
            return p - n;
    return SIZE_MAX;
}

/* Does sentence st name entity e? */
static int named_in(const doc *d, const sent *st, int e)
{
    for (uint32_t k = st->t0; k < st->t1; k++)
        if (sift_entity_at(d, k) == e)
            return 1;
    return 0;
}

/*
 * 'Its chairman said the promise was worthless. ¶ "We heard the same words
 * in 2019," he said': a pronoun after a quotation, given when the quotes
 * were found to a person the sentence before does not name, means the
 * source only reported speech there gives, by a phrase for a person.
 */
static void pronoun_after_unnamed(doc *d)
{
    for (size_t i = 0; i < d->quotes.n; i++) {
        sift_quote *q = &d->quotes.v[i];
        if (strcmp(q->kind, "direct") != 0 || q->speaker < 0 || !q->rule || strcmp(q->rule, "attribution-after") != 0)
            continue;
        uint32_t close = sift_tok_at(d, q->span.end - 1) + 1, s = d->toks.v[close - 1].sent;
        if (close + 1 >= d->toks.n || d->toks.v[close].kind != TK_QUOTE ||
            !(sift_tok_is(d, close + 1, "he") || sift_tok_is(d, close + 1, "she")) || s == 0)
            continue;
        const sent *sp = &d->sents.v[s - 1];
        /* the last report before the quote, in the sentence before */
        const sift_quote *r = NULL;
        for (size_t j = i; j-- > 0;) {
            const sift_quote *o = &d->quotes.v[j];
            if (strcmp(o->kind, "scare") == 0 || strcmp(o->kind, "mixed") == 0)
                continue;
            if (o->span.start >= d->toks.v[sp->t0].start && strcmp(o->kind, "indirect") == 0)
                r = o;
            break;
        }
        if (!r || !r->speaker_name || r->speaker == q->speaker || named_in(d, sp, q->speaker))
            continue;
        /* (a person by a noun for one, "its chairman", or by "who" after
         * it, "An operator of several care homes, who asked not to be
         * named,"; or the person the text names later for it) */
        int who = 0;
        for (uint32_t k = sp->t0; k < sp->t1 && d->toks.v[k].end <= r->span.start && !who; k++)
            who = sift_tok_is(d, k, "who") && !(d->toks.v[k].flags & (TF_CAP | TF_INQUOTE));
        /* (nor one the words say is of the other sex: "Her neighbour, an
         * elderly man who gave his name only as Ibrahim, said ... .
         * '...,' she said") */
        int other_sex = 0, g = sift_tok_is(d, close + 1, "he") ? 'M' : 'F';
        for (uint32_t k = sp->t0; k < sp->t1 && d->toks.v[k].end <= r->span.start && !other_sex; k++)
            other_sex = sift_noun_sex(d, k) && sift_noun_sex(d, k) != g && !(d->toks.v[k].flags & TF_INQUOTE) &&
                        person_head(d, k);
        /* (nor people in the plural: "Horse-cart drivers and souvenir
         * sellers who depend on visitors said") */
        size_t rn = r->speaker < 0 ? strlen(r->speaker_name) : 0;
        if (other_sex || (rn > 3 && r->speaker_name[rn - 1] == 's' && r->speaker_name[rn - 2] != 's' &&
                          !(sift_last_word_flags(d, r->speaker_name) & W_TITLE)))
            continue;
        if (r->speaker >= 0 ? d->ents.v[r->speaker].type != ET_PERSON || named_in(d, sp, r->speaker) ||
                                  (d->ents.v[r->speaker].gender && d->ents.v[r->speaker].gender != g)
                            : (!(sift_last_word_flags(d, r->speaker_name) & (W_PERSON_NOUN | W_TITLE)) && !who) ||
                                  name_sex(r->speaker_name) == (sift_tok_is(d, close + 1, "he") ? 'F' : 'M'))
            continue;
        /* (and the quotes after it that took its speaker: '... he said.
         * "Within two years, ..."') */
        int was = q->speaker;
        for (size_t j = i + 1; j < d->quotes.n && d->quotes.v[j].speaker == was && d->quotes.v[j].rule &&
                               strcmp(d->quotes.v[j].rule, "previous-speaker") == 0; j++) {
            d->quotes.v[j].speaker = r->speaker;
            d->quotes.v[j].speaker_name = r->speaker_name;
        }
        q->speaker = r->speaker;
        q->speaker_name = r->speaker_name;
        q->rule = "pronoun-after-unnamed";
    }
}

/* "Two diplomats" -> "the two diplomats", "Senior officials" -> "the senior
 * officials", "the negotiators" as it is: a group of people as one of
 * them is named from it; NULL for no such group. */
static const char *the_group(doc *d, const char *g)
{
    const char *sp = strchr(g, ' ');
    size_t n = strlen(g);
    /* (or "people": "Two people familiar with the talks said ... . One of
     * them said") */
    if (!sp || n < 4 || (g[n - 1] != 's' && !(n > 7 && strcmp(g + n - 7, " people") == 0)) || strstr(g, " of ") ||
        strchr(g, ','))
        return NULL;
    /* (people by a plural the word lists hold, or by its singular:
     * "engineers") */
    const char *last = strrchr(g, ' ') + 1;
    char one[32];
    size_t on = sift_utf8_lower(last, strlen(last), one, sizeof one);
    uint32_t f = sift_last_word_flags(d, g);
    if (on > 3 && on < sizeof one - 1)
        f |= sift_words_get(d->res->words, one, on - 1).flags;
    if (!(f & (W_PERSON_NOUN | W_TITLE | W_GROUP)) && strcmp(last, "people") != 0)
        return NULL;
    char low[32];
    size_t fn = sift_utf8_lower(g, (size_t)(sp - g), low, sizeof low);
    if (fn == 0 || fn >= sizeof low - 1 || strcmp(low, "a") == 0 || strcmp(low, "an") == 0)
        return NULL;
    if (strcmp(low, "the") == 0)
        return sift_arena_printf(d->arena, "the %s", sp + 1);
    /* (the first word lower-cased when it is a plain word) */
    if (!sift_lex_find_class(d->res->lex, low, fn, LX_WORD))
        return sift_arena_printf(d->arena, "the %s", g);
    return sift_arena_printf(d->arena, "the %.*s%s", (int)fn, low, sp);
}

/*
 * 'Two diplomats who attended the talks said the draft had been weakened.
 * "...," one of them said': "one of them", "two of those" is one of the
 * group of people, unnamed, that spoke last before, in its paragraph or
 * the one before; the speaker is named "one of the two diplomats".
 */
static void one_of_group(doc *d)
{
    static const char *const how_many[] = {"one", "two", "three", "some", "several", "another", NULL};
    for (size_t i = 0; i < d->quotes.n; i++) {
        sift_quote *q = &d->quotes.v[i];
        const char *of = q->speaker < 0 && q->speaker_name ? strstr(q->speaker_name, " of ") : NULL;
        /* (or "One said" alone: "Frontline officers ... said ... . One said
         * his unit had been involved in nine pursuits") */
        int alone = q->speaker < 0 && q->speaker_name &&
                    (strcasecmp(q->speaker_name, "one") == 0 || strcasecmp(q->speaker_name, "another") == 0);
        if (alone)
            of = q->speaker_name + strlen(q->speaker_name);
        else if (!of || (strcasecmp(of, " of them") != 0 && strcasecmp(of, " of those") != 0))
            continue;
        int listed = 0;
        for (const char *const *w = how_many; *w && !listed; w++)
            listed = (size_t)(of - q->speaker_name) == strlen(*w) && strncasecmp(q->speaker_name, *w, strlen(*w)) == 0;
        if (!listed)
            continue;
        uint32_t para = d->sents.v[d->toks.v[sift_tok_at(d, q->span.start)].sent].para;
        for (size_t j = i; j-- > 0;) {
            const sift_quote *o = &d->quotes.v[j];
            if (strcmp(o->kind, "scare") == 0 || !o->speaker_name || o->span.start >= q->span.start)
                continue;
            const char *g = NULL;
            if (o->speaker < 0 && d->sents.v[d->toks.v[sift_tok_at(d, o->span.start)].sent].para + 1 >= para &&
                (g = the_group(d, o->speaker_name)) != NULL) {
                char w[16];
                const char *was = q->speaker_name;
                size_t wn = sift_utf8_lower(was, (size_t)(of - was), w, sizeof w);
                q->speaker_name = sift_arena_printf(d->arena, "%.*s of %s", (int)wn, w, g);
                /* (and the quotations that took the phrase from it: '"...,"
                 * one of them said. "You would not ..."') */
                for (size_t k = i + 1; k < d->quotes.n; k++)
                    if (d->quotes.v[k].speaker < 0 && d->quotes.v[k].speaker_name == was)
                        d->quotes.v[k].speaker_name = q->speaker_name;
            }
            break;
        }
    }
}

/* "A privately built rocket ... broke apart, its operator said ... ¶
 * Kestrel Orbital, which is based in Adelaide, said ...": the owner,
 * operator or maker of a thing, given by "its" or "their" in quote i, is
 * the organisation, not named in that sentence, that speaks next within
 * three sentences. Returns it, or -1. */
static int owner_speaks_next(const doc *d, size_t i, uint32_t t0, uint32_t h)
{
    static const char *const owners[] = {"owner", "owners", "operator", "operators", "developer", "developers",
                                         "backers", "maker", "makers", "manufacturer", "builder", "publisher",
                                         "organisers", "organizers", "sponsor", "sponsors", NULL};
    if (h != t0 + 1 || !(sift_tok_is(d, t0, "its") || sift_tok_is(d, t0, "their")) || !sift_tok_in(d, h, owners))
        return -1;
    uint32_t s = d->toks.v[sift_tok_at(d, d->quotes.v[i].span.start)].sent;
    for (size_t j = i + 1; j < d->quotes.n; j++) {
        const sift_quote *x = &d->quotes.v[j];
        uint32_t sx = d->toks.v[sift_tok_at(d, x->span.start)].sent;
        if (sx <= s || strcmp(x->kind, "scare") == 0)
            continue;
        if (sx > s + 3)
            break;
        if (x->speaker < 0 || d->ents.v[x->speaker].type != ET_ORG || sift_org_not_business(&d->ents.v[x->speaker]))
            continue;
        /* (by its name: "in the company's second failure" may mean it) */
        int named = 0;
        for (uint32_t k = d->sents.v[s].t0; k < d->sents.v[s].t1 && !named; k++)
            named = d->toks.v[k].ment >= 0 && d->ments.v[d->toks.v[k].ment].kind == MK_NAME &&
                    d->ments.v[d->toks.v[k].ment].entity == x->speaker;
        if (!named)
            return x->speaker;
    }
    return -1;
}

/* Was a person by the noun at h described, in its sentence or the two
 * before, as one who would not be named ("A senior security official who
 * asked not to be named because ...", "who spoke on condition of
 * anonymity", "who was not authorised to speak")? No later name is theirs. */
static int kept_unnamed(const doc *d, uint32_t h)
{
    uint32_t s = d->toks.v[h].sent, lo = d->sents.v[s > 2 ? s - 2 : 0].t0;
    for (uint32_t j = lo; j <= h; j++) {
        if (same_head(d, j, h) && d->toks.v[j].kind == TK_WORD && !(d->toks.v[j].flags & TF_INQUOTE) &&
            sift_kept_unnamed_after(d, j))
            return 1;
    }
    return 0;
}

/* 'The council's secretary-general, a Greek Orthodox priest ..., said
 * ... . ¶ "..." ¶ Father Georges Khoury made the remarks' (or "That was
 * how Detective Chief Inspector Amina Odhiambo described it"): the person
 * the paragraph after gives the quotation that opens the paragraph after
 * report i, named there for the first time; -1 if none. */
static int remarks_named_after(const doc *d, size_t i)
{
    const sift_quote *q = &d->quotes.v[i];
    uint32_t para = para_at(d, q->span.start);
    for (size_t j = i + 1; j < d->quotes.n; j++) {
        const sift_quote *x = &d->quotes.v[j];
        uint32_t xp = para_at(d, x->span.start), open = sift_tok_at(d, x->span.start) - 1;
        if (xp == para && x->speaker_name && strcmp(x->speaker_name, q->speaker_name) == 0)
            continue; /* (the role's other reports in its paragraph) */
        if (xp != para + 1 || strcmp(x->kind, "direct") != 0 || !(d->toks.v[open].flags & TF_PARA) ||
            x->speaker < 0 || !x->rule ||
            (strncmp(x->rule, "speaker-next", 12) != 0 && strcmp(x->rule, "view-of") != 0) ||
            d->ents.v[x->speaker].type != ET_PERSON)
            return -1;
        return d->ents.v[x->speaker].first_tok < open ? -1 : x->speaker;
    }
    return -1;
}

/*
 * '"...," the spokesperson said' after "A spokesperson for the Insurance
 * Council of Australia said ... . ..., the spokesperson said": a direct
 * quotation takes its speaker before the reports are found, so a role
 * said again with "the" finds only what the sentence before it says. With
 * the reports in, it is the nearest earlier speaker no one named whose
 * phrase holds the same noun (and the word before it: "The ministry
 * spokesperson"), within 15 sentences (30 with that word).
 */
static void unnamed_said_again(doc *d)
{
    for (size_t i = 0; i < d->quotes.n; i++) {
        sift_quote *q = &d->quotes.v[i];
        const char *nm = q->speaker_name;
        if (q->speaker >= 0 || !nm || strcmp(q->kind, "scare") == 0 || strncasecmp(nm, "the ", 4) != 0 ||
            !(sift_last_word_flags(d, nm) & (W_PERSON_NOUN | W_TITLE)))
            continue;
        const char *head = strrchr(nm, ' ') + 1, *mod = nm + 4;
        if (strchr(mod, ' ') != head - 1 && mod != head)
            continue; /* (two or three words only) */
        size_t modn = mod == head ? 0 : (size_t)(head - 1 - mod);
        /* (a report said so found its speaker with the reports, three
         * sentences back; but "The ministry spokesperson said" may point
         * further, to "a spokesperson for the Federal Ministry for ...") */
        if (strcmp(q->kind, "direct") != 0 && !modn)
            continue;
        uint32_t qs = d->toks.v[sift_tok_at(d, q->span.start)].sent;
        for (size_t j = i; j-- > 0;) {
            const sift_quote *o = &d->quotes.v[j];
            if (d->toks.v[sift_tok_at(d, o->span.start)].sent + (modn ? 30 : 15) < qs)
                break;
            if (!o->speaker_name || !sift_name_has_word(o->speaker_name, head, strlen(head)))
                continue;
            if (strncasecmp(o->speaker_name, "the ", 4) == 0)
                continue; /* (the same role said again) */
            if (o->speaker >= 0 || (modn && !sift_name_has_word(o->speaker_name, mod, modn)))
                break;
            /* (and the quotations after it that took its speaker) */
            for (size_t k = i + 1; k < d->quotes.n && d->quotes.v[k].speaker_name == nm && d->quotes.v[k].rule &&
                                   strcmp(d->quotes.v[k].rule, "previous-speaker") == 0; k++)
                d->quotes.v[k].speaker_name = o->speaker_name;
            q->speaker_name = o->speaker_name;
            q->rule = "unnamed-said-again";
            break;
        }
    }
}

/*
 * 'A welder who has worked there since leaving school said he had heard
 * ... . "...," said the welder, Krzysztof Wisniewski': a speaker given only
 * by a description is the person the next sentences name with it. The
 * description is the speaker phrase as written, found in the text before
 * the quote; every quote given that phrase up to the name takes the person.
 */
static void named_later(doc *d)
{
    for (size_t i = 0; i < d->quotes.n; i++) {
        sift_quote *q = &d->quotes.v[i];
        if (q->speaker >= 0 || !q->speaker_name || strcmp(q->kind, "scare") == 0)
            continue;
        size_t n = strlen(q->speaker_name);
        uint32_t qs = d->toks.v[sift_tok_at(d, q->span.start)].sent;
        size_t lo = d->toks.v[d->sents.v[qs > 2 ? qs - 2 : 0].t0].start;
        /* (a spokesperson by the words up to the noun: "A spokeswoman for
         * Nam Khoun Power Company" was written "A spokeswoman for the
         * company", and "for Aegean Mutual" ends in no noun) */
        /* (or "A lawyer representing Verlinden", "An official at the
         * ministry's epidemiology unit", "The head of a local cooperative";
         * not "A Department of Conservation spokeswoman") */
        static const char *const cuts[] = {" for ", " representing ", " at ", " of ", NULL};
        const char *f = NULL;
        for (const char *const *c = cuts; *c && !f; c++) {
            f = strstr(q->speaker_name, *c);
            if (!f || strcmp(*c, " of ") != 0)
                continue;
            const char *w = f; /* (the word before " of ") */
            while (w > q->speaker_name && w[-1] != ' ')
                w--;
            if (*w >= 'A' && *w <= 'Z')
                f = NULL;
        }
        if (f)
            n = (size_t)(f - q->speaker_name);
        size_t p = last_written(d, q->speaker_name, n, lo, q->sentence.end);
        /* (or in the sentence after it, for a quotation whose speaker that
         * sentence described: '"..." ¶ The confederation's president, a
         * diver ..., shouted those words') */
        if (p == SIZE_MAX && q->rule && strcmp(q->rule, "view-of") == 0) {
            uint32_t ns = d->toks.v[sift_tok_at(d, q->span.end > 0 ? q->span.end - 1 : 0)].sent + 1;
            if (ns < d->sents.n)
                p = last_written(d, q->speaker_name, n, d->toks.v[d->sents.v[ns].t0].start,
                                 d->toks.v[d->sents.v[ns].t1 - 1].end);
        }
        if (n < 3 || p == SIZE_MAX)
            continue;
        uint32_t t0 = sift_tok_at(d, p), h = sift_tok_at(d, p + n - 1);
        if (d->toks.v[t0].start != p || d->toks.v[h].end != p + n || (d->toks.v[h].flags & TF_INQUOTE))
            continue;
        /* (not one who speaks for a person the phrase names after a title:
         * "A spokeswoman for the Infrastructure Minister, Daniel Okafor") */
        size_t whole = strlen(q->speaker_name);
        int client = 0;
        if (f && p + whole <= d->len && memcmp(d->text + p, q->speaker_name, whole) == 0)
            for (uint32_t k = h + 1; k <= sift_tok_at(d, p + whole - 1) && !client; k++)
                client = sift_entity_at(d, k) >= 0 && d->ents.v[sift_entity_at(d, k)].type == ET_PERSON &&
                         sift_is_punct(d, k - 1, ',') && (d->toks.v[k - 2].w.flags & W_TITLE);
        if (client)
            continue;
        /* (or up to a participle after the person's noun: "a lawyer leading
         * evidence", then "The lawyer, Nomvula Khumalo,") */
        for (uint32_t k = t0 + 2; k <= h; k++)
            if (sift_tok_ends(d, k, "ing") && TOK_N(d, k) > 5 && !(d->toks.v[k].flags & TF_CAP) &&
                person_head(d, k - 1)) {
                h = k - 1;
                break;
            }
        /* ("the president of another college" is no one named) */
        if (sift_someone_else(d, t0, sift_sent_t1(d, t0)))
            continue;
        /* (a noun the word lists do not know names a person by the same
         * noun only: "A marine biologist ... said the biologist, Name") */
        /* (a title in capitals is a role too: "the Minister of State for
         * public transport said" then "the minister, Declan Furlong,") */
        if (d->toks.v[h].kind != TK_WORD || ((d->toks.v[h].flags & TF_CAP) && !(d->toks.v[h].w.flags & W_TITLE)))
            continue;
        size_t full = strlen(q->speaker_name);
        role_words role; /* (the phrase in full: "The head of the cybercrime centre") */
        role_words_of(d, t0, h,
                      p + full <= d->len && memcmp(d->text + p, q->speaker_name, full) == 0
                          ? sift_tok_at(d, p + full - 1) + 1
                          : h + 1,
                      &role);
        /* (or a body's word: "A coalition of screen industry groups warned"
         * then "The coalition, the Screen Aotearoa Alliance, ...") */
        static const char *const collectives[] = {"coalition", "alliance", "federation", "association",
                                                  "consortium", NULL};
        int type = (sift_tok_org_kind(d, h) || sift_business_noun(d, h) ||
                    (sift_tok_in(d, h, collectives) && !(d->toks.v[h].flags & TF_CAP))) &&
                           !person_head(d, h)
                       ? ET_ORG
                       : ET_PERSON;
        /* (a public body's word names no person: "Norway's fisheries
         * ministry said" is no "fisheries minister, Lars Haugen") */
        if (type == ET_PERSON && (d->toks.v[h].w.flags & W_ORGPRE) && !(d->toks.v[h].flags & TF_CAP) &&
            !person_head(d, h) && !sift_document_noun(d, h))
            continue;
        /* (or, for a body of people, by their word: "Norway's largest
         * organisation of small-boat fishers" then "the Norwegian Coastal
         * Fishers' Association") */
        int members = sift_members_named_next(d, h);
        if (type == ET_PERSON && members < 0 && kept_unnamed(d, h))
            continue;
        /* (a role a person named before was introduced with comes first:
         * "the library's executive director, Michael Ostrowski, told ...
         * . The director said", not a chairman named after it) */
        int e = members >= 0 ? members
                : type == ET_PERSON && sift_tok_is(d, t0, "the") && person_head(d, h) ? named_before(d, t0, h) : -1;
        if (e < 0)
            e = named_after(d, h, type);
        int definite = sift_tok_is(d, t0, "the") || sift_tok_is(d, t0, "its") ||
                       (t0 + 1 < h && (d->toks.v[t0 + 1].flags & TF_POSS));
        /* (or an owner's name of any length: "Giza National University's
         * president") */
        int owner_name = sift_entity_at(d, t0);
        for (uint32_t k = t0 + 1; !definite && owner_name >= 0 && k < h; k++)
            definite = (d->toks.v[k].flags & TF_POSS) && sift_entity_at(d, k - 1) == owner_name;
        /* (a bare name opening the next sentence before a description's
         * noun matched further on: "The commission's chairman, a former
         * secretary to the ministry, told ... . Ranjith Wickramaratne said") */
        if (e < 0 && type == ET_PERSON && definite && person_head(d, h) && !sift_tok_ends(d, h, "s") &&
            apposed_noun(d, h))
            e = bare_name_after(d, &role);
        /* (or by the noun of a description in apposition: "The
         * prosecution's first witness, a marine biologist who ..., testified"
         * then "The biologist, Liv Aarseth,") */
        uint32_t h2 = e < 0 && type == ET_PERSON ? apposed_noun(d, h) : 0;
        if (h2)
            e = named_after(d, h2, type);
        /* (a noun for a person may stand for a body: "its state-controlled
         * owner confirmed" then "The owner, Silesian Coal Holding, said") */
        /* (not one whose work no body does: "A teacher at a learning
         * centre run by a local charity, Sabuj Path, said") */
        static const char *const bodies[] = {"owner", "owners", "operator", "buyer", "seller", "partner", "lender",
                                             "insurer", "landlord", "investor", "shareholder", "contractor",
                                             "supplier", "client", "customer", "employer", "developer", "sponsor",
                                             "organiser", "organizer", "organisers", "organizers", "backer",
                                             "manager", "administrator", "adviser", "advisor", "consultant",
                                             "builder", "producer", "distributor", "publisher", "regulator",
                                             "broker", "dealer", "trader", "vendor", "creditor", "tenant", NULL};
        if (e < 0 && type == ET_PERSON && person_head(d, h) && sift_tok_in(d, h, bodies))
            e = named_after(d, h, ET_ORG);
        /* (or, described with "the" or an owner, by another word for the
         * role right after: "Vorland's head of quality told ... . The
         * executive, Miriam Vossberg, said") */
        /* (or "its": "Its director for the Netherlands told ... . The
         * executive, Marieke Jansen, said") */
        /* (an owner of two words too: "Shared Health's chief nursing
         * officer") */
        if (e < 0 && type == ET_PERSON && definite)
            e = role_named_next(d, h, 0);
        if (e < 0 && type == ET_PERSON && definite && person_head(d, h) && !sift_tok_ends(d, h, "s"))
            e = bare_name_after(d, &role);
        if (e < 0 && type == ET_PERSON)
            e = same_words_named_later(d, h, q->span);
        if (e < 0 && type == ET_PERSON && definite && person_head(d, h))
            e = introduced_in_role(d, &role);
        if (e < 0 && type == ET_PERSON && definite && person_head(d, h))
            e = remarks_named_after(d, i);
        /* (or, for a specialist the word lists do not know, in a short
         * phrase, by a plain word for an expert: "A climatologist at the
         * institute warned ... The researcher, Johanna Kofler, said") */
        if (e < 0 && type == ET_PERSON && !person_head(d, h) && short_indefinite(d, t0, h))
            e = role_named_next(d, h, 1);
        /* (not a body's word: "the finance ministry" is no one named "at
         * the economy ministry") */
        if (e < 0 && type == ET_PERSON && sift_tok_is(d, t0, "the") && !(d->toks.v[h].w.flags & W_ORGPRE))
            e = named_before(d, t0, h);
        if (e < 0 && type == ET_ORG)
            e = body_named_next(d, h);
        /* (a trade a person plies may be a person's: "The publisher of
         * Tiszantuli Hirlap said" then "The publisher, Gabor Meszaros,") */
        if (e < 0 && type == ET_ORG && definite && sift_tok_trade(d, h))
            e = role_named_next(d, h, 0);
        /* (a document no one was said to make, whose maker the next
         * sentences name: "a survey published on Wednesday found") */
        if (e < 0 && (sift_tok_is(d, t0, "a") || sift_tok_is(d, t0, "an")))
            e = sift_document_made_next(d, h);
        if (e < 0 && type == ET_ORG)
            e = firm_opens_next(d, t0, h);
        if (e < 0)
            e = owner_speaks_next(d, i, t0, h);
        /* (not one whose role the text makes another's: "the justice
         * secretary" is no "Martin Greaves, the shadow justice secretary") */
        if (e >= 0 && d->ents.v[e].type == ET_PERSON &&
            ((d->ents.v[e].title && sift_other_holder(d, t0, h + 1, d->ents.v[e].title)) ||
             (d->ents.v[e].desc && sift_other_holder(d, t0, h + 1, d->ents.v[e].desc))))
            continue;
        uint32_t given = e < 0 && type == ET_PERSON ? sift_name_given(d, h) : 0;
        if (e < 0 && !given && type == ET_PERSON)
            given = name_before_description(d, t0);
        /* (no one named: "Its lawyers" are the lawyers of the organisation
         * "its" means, named so) */
        /* (with the field of the role: "Its head of research") */
        uint32_t its_end = h + 3 < d->toks.n && sift_tok_is(d, h + 1, "of") && d->toks.v[h + 2].kind == TK_WORD &&
                                   !(d->toks.v[h + 2].flags & (TF_CAP | TF_INQUOTE)) &&
                                   d->toks.v[h + 2].upos == SIFT_UPOS_NOUN
                               ? h + 3 : h + 1;
        const char *its = e < 0 && !given ? sift_its_people(d, t0, its_end) : NULL;
        if (e < 0 && !given && !its && its_end > h + 1)
            its = sift_its_people(d, t0, h + 1);
        if (e < 0 && !given && !its)
            continue;
        const char *who = its ? its : given ? sift_span_text(d, given, sift_given_end(d, given)) : d->ents.v[e].name;
        if (given && sift_entity_at(d, given) >= 0 && d->ents.v[sift_entity_at(d, given)].type == ET_PERSON)
            e = sift_entity_at(d, given), who = d->ents.v[e].name;
        /* (up to where the words describe someone anew) */
        const char *phrase = q->speaker_name;
        const char *again = memmem(d->text + p + n, d->len - p - n, phrase, n);
        size_t upto = again ? (size_t)(again - d->text) : d->len;
        for (size_t j = i; j < d->quotes.n && d->quotes.v[j].span.start < upto; j++) {
            sift_quote *x = &d->quotes.v[j];
            if (x->speaker < 0 && x->speaker_name && strcmp(x->speaker_name, phrase) == 0) {
                x->speaker = e;
                x->speaker_name = who;
                x->rule = its ? "its-people" : given ? "name-given" : "named-later";
            }
        }
    }
}

/* Is quote q at most six words, opened after a comma, with no speech verb
 * or sentence end between byte offset from and its opening mark? */
static int short_tail(const doc *d, uint32_t from, const sift_quote *q)
{
    uint32_t open = sift_tok_at(d, q->span.start);
    while (open > 0 && d->toks.v[open].kind != TK_QUOTE)
        open--;
    if (open == 0 || !sift_is_punct(d, open - 1, ',') ||
        sift_word_count(d, open + 1, sift_tok_at(d, q->span.end - 1) + 1) > 6)
        return 0;
    for (uint32_t k = sift_tok_at(d, from); k < open; k++)
        if (sift_is_cue(d, k) || sift_is_punct(d, k, '.') || d->toks.v[k].kind == TK_QUOTE)
            return 0;
    return 1;
}

/* Quote q is a fragment of report o: mixed, with o's speaker and cue. */
static void fragment_of(sift_quote *q, const sift_quote *o, const char *rule)
{
    q->kind = "mixed";
    q->speaker = o->speaker;
    q->speaker_name = o->speaker_name;
    q->cue = o->cue;
    q->rule = rule;
}

/* A quoted fragment inside reported speech is that speaker's words:
 * 'Vaitkiene wrote that the deal showed "what allies are for"'. */
static void fragments_in_reports(doc *d)
{
    for (size_t i = 0; i < d->quotes.n; i++) {
        sift_quote *q = &d->quotes.v[i];
        /* a quote inside someone's reported clause is a fragment of it, even
         * when a verb beside it made it look direct: 'Umerov said Washington
         * had promised "additional Patriot systems"' */
        int direct = strcmp(q->kind, "direct") == 0;
        /* (and one taken for a scare quote: 'It is running at "well under
         * a quarter of its designed capacity", according to a report') */
        /* (of four words or more: a word or a name quoted as a label stays
         * one, 'wants a "freeze"') */
        int scare = strcmp(q->kind, "scare") == 0 &&
                    sift_word_count(d, sift_tok_at(d, q->span.start), sift_tok_at(d, q->span.end - 1) + 1) >= 4;
        if (strcmp(q->kind, "mixed") != 0 && !direct && !scare)
            continue;
        for (size_t j = i, seen = 0; j-- > 0 && seen < 8; seen++) {
            const sift_quote *o = &d->quotes.v[j];
            if (strcmp(o->kind, "indirect") != 0 || !o->speaker_name)
                continue;
            /* (a clause that stops before the quotation's own full stop
             * holds it: 'said the find showed that "Saqqara has not yet
             * told us all its secrets."') */
            size_t gap = q->span.end > o->span.end ? q->span.end - o->span.end : 0;
            int holds = gap == 0 || (gap <= 2 && strspn(d->text + o->span.end, ".!?") == gap);
            if (!holds && scare)
                continue;
            if (!holds) {
                /* 'Raghunathan said the team would present an analysis ...,
                 * including progression to dialysis, "early next year."': a
                 * short lower-case tail of the same sentence */
                if (direct && o->span.end <= q->span.start && o->sentence.start == q->sentence.start &&
                    q->text[0] >= 'a' && q->text[0] <= 'z' && short_tail(d, o->span.end, q)) {
                    fragment_of(q, o, "fragment-after-reported-speech");
                    break;
                }
                continue;
            }
            if (o->span.start <= q->span.start && (!direct || o->span.start < q->span.start) &&
                (!scare || (o->span.start < q->span.start && q->span.end <= o->span.end)))
                fragment_of(q, o, "fragment-of-reported-speech");
            break;
        }
    }
}

/* Does a paragraph open at token i with "Q:" or "A:" (the letter given)? */
static int interview_line(const doc *d, uint32_t i, const char *letter)
{
    return i + 2 < d->toks.n && (i == 0 || (d->toks.v[i].flags & TF_PARA)) && sift_tok_is(d, i, letter) &&
           (d->toks.v[i].flags & TF_CAP) && TOK_N(d, i) == 1 && sift_is_punct(d, i + 1, ':');
}

/* A magazine interview: paragraphs opened by "Q:" (the interviewer's
 * questions) and "A:" (the answers), at least two of each. An answer is
 * the interviewee's own words, quoted directly though no quotation marks
 * enclose it; the interviewee is the person the document names most. The
 * questions report nobody's speech, so both are closed to the rules for
 * reported speech. */
static int interview_answers(doc *d)
{
    uint32_t n = (uint32_t)d->toks.n, qs = 0, as = 0, first_q = n;
    for (uint32_t i = 0; i < n; i++) {
        if (i > 0 && !(d->toks.v[i].flags & TF_PARA))
            continue;
        if (interview_line(d, i, "q") && qs++ == 0)
            first_q = i;
        as += interview_line(d, i, "a");
    }
    if (qs < 2 || as < 2)
        return 0;
    /* an interview says so before its first question; an explainer's
     * questions and answers are the outlet's own voice */
    int said_so = 0;
    for (uint32_t i = 0; i < first_q && !said_so; i++)
        said_so = sift_tok_is(d, i, "interview") || sift_tok_is(d, i, "conversation") ||
                  sift_tok_is(d, i, "interviewed") || sift_tok_is(d, i, "q&a");
    if (!said_so)
        return 0;
    /* the person named most, not the interviewer of the byline ("Interview
     * by Priya Menon") */
    int who = -1;
    size_t most = 0;
    for (size_t e = 0; e < d->ents.n; e++) {
        const entity *en = &d->ents.v[e];
        if (en->type != ET_PERSON || en->ments.n <= most)
            continue;
        uint32_t t0 = en->first_tok;
        if (t0 > 0 && sift_tok_is(d, t0 - 1, "by"))
            continue;
        most = en->ments.n;
        who = (int)e;
    }
    for (uint32_t i = 0; i < n; i++) {
        int answer = interview_line(d, i, "a");
        if (!answer && !interview_line(d, i, "q"))
            continue;
        uint32_t c0 = i + 2, c1 = c0;
        while (c1 < n && !(d->toks.v[c1].flags & TF_PARA))
            c1++;
        int quoted = 0; /* an answer that quotes someone keeps its marks' quotes */
        for (uint32_t k = c0; k < c1; k++)
            quoted |= (d->toks.v[k].flags & TF_INQUOTE) != 0;
        if (c1 <= c0 || quoted)
            continue;
        for (uint32_t k = c0; k < c1; k++)
            d->toks.v[k].flags |= TF_INQUOTE;
        if (answer && who >= 0) {
            sift_attribution a = {who, d->ents.v[who].name, -1, "interview-answer"};
            if (sift_add_quote(d, c0, c1, "direct", &a, sift_sent_t0(d, c0), sift_sent_t1(d, c1 - 1)) != 0)
                return -1;
        }
        i = c1 - 1;
    }
    return 0;
}

/*
 * 'A military officer ..., speaking on condition of anonymity, said ... .
 * ¶ "...," he said. ¶ He estimated that ...': a report whose sentence
 * opens with the pronoun and its verb, right after a quotation given by
 * the same pronoun to a source given no name, is that source's too.
 */
static void pronoun_report_after(doc *d)
{
    for (size_t i = 1; i < d->quotes.n; i++) {
        sift_quote *r = &d->quotes.v[i];
        if (strcmp(r->kind, "indirect") != 0 || !r->rule || strcmp(r->rule, "reported-speech") != 0 || !r->cue)
            continue;
        uint32_t rs = d->toks.v[sift_tok_at(d, r->sentence.start)].sent, b = sift_body_start(d, rs);
        size_t cn = strlen(r->cue);
        if (rs == 0 || b + 1 >= d->toks.n || !(sift_tok_is(d, b, "he") || sift_tok_is(d, b, "she")) ||
            TOK_N(d, b + 1) != cn || strncmp(TOK_S(d, b + 1), r->cue, cn) != 0)
            continue;
        const sift_quote *q = NULL; /* the last direct quotation before it */
        for (size_t j = i; j-- > 0 && i - j <= 16 && !q;) /* (a few back: no direct one, no scan of all) */
            if (strcmp(d->quotes.v[j].kind, "direct") == 0 && d->quotes.v[j].span.start < r->span.start)
                q = &d->quotes.v[j];
        if (!q || q->speaker >= 0 || !q->speaker_name || q->speaker_name == r->speaker_name ||
            d->toks.v[sift_tok_at(d, q->sentence.end - 1)].sent + 1 != rs)
            continue;
        /* (not words quoted inside a report, whose fragment they are: 'said
         * internal checks had found "about two dozen" forms') */
        int inside = 0;
        for (size_t j = i; j-- > 0 && i - j <= 16 && !inside;) {
            const sift_quote *o = &d->quotes.v[j];
            inside = o != q && strcmp(o->kind, "indirect") == 0 && o->span.start <= q->span.start &&
                     q->span.end <= o->span.end + 1;
        }
        if (inside)
            continue;
        /* (given by the same pronoun there: '"...," he said') */
        int same = 0;
        uint32_t p0 = sift_tok_at(d, q->sentence.start);
        while (p0 > 0 && !(d->toks.v[p0].flags & TF_PARA))
            p0--; /* (from its paragraph's start: the pronoun may give the one before) */
        for (uint32_t k = p0; k < b && !same; k++)
            same = !(d->toks.v[k].flags & TF_INQUOTE) && d->toks.v[k].kind == TK_WORD && TOK_N(d, k) == TOK_N(d, b) &&
                   strncasecmp(TOK_S(d, k), TOK_S(d, b), TOK_N(d, b)) == 0;
        if (!same)
            continue;
        r->speaker = q->speaker;
        r->speaker_name = q->speaker_name;
    }
}

int sift_extract_quotes(doc *d)
{
    if (extract_direct(d) != 0 || interview_answers(d) != 0)
        return -1;
    if (d->quotes.n > 1) /* the direct quotes in text order */
        qsort(d->quotes.v, d->quotes.n, sizeof *d->quotes.v, cmp_quote);
    d->n_direct = d->quotes.n;
    if (sift_extract_reported(d) != 0)
        return -1;
    if (d->quotes.n > 1)
        qsort(d->quotes.v, d->quotes.n, sizeof *d->quotes.v, cmp_quote);
    inherit_speakers(d);
    pronoun_after_unnamed(d);
    pronoun_report_after(d);
    one_of_group(d);
    fragments_in_reports(d);
    unnamed_said_again(d);
    named_later(d);
    return 0;
}
