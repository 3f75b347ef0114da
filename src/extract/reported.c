/*
 * reported.c — reported speech: what a speaker is said to have said, outside
 * quotation marks.
 *
 * Three shapes are found: a speech verb followed by "that" (or, for verbs
 * like "said", by a clause with a finite verb); "according to X", before or
 * after the clause; and a final attribution, "CLAUSE, X said." or
 * "CLAUSE, said X.". The clause runs to the end of the sentence or to a
 * comma that opens an adjunct (", citing ...", ", which ..."), and a clause
 * inside a direct quote is left to the quote.
 */
#include <string.h>

#include "../doc_int.h"
#include "extract_int.h"

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

/* Past the dates at k and the prepositions before them ("on Thursday",
 * "last week", "in October", "at the time"): the first token after them,
 * or k. */
static uint32_t past_dates(const doc *d, uint32_t k, uint32_t s1)
{
    uint32_t k0 = k;
    if (k + 2 < s1 && sift_tok_is(d, k, "at") && !(d->toks.v[k].flags & TF_CAP) && sift_tok_is(d, k + 1, "the") &&
        sift_tok_is(d, k + 2, "time"))
        k += 3;
    while (k < s1 && ((d->toks.v[k].flags & TF_USED) ||
                      (k + 1 < s1 && (d->toks.v[k + 1].flags & TF_USED) &&
                       (sift_tok_is(d, k, "on") || sift_tok_is(d, k, "in") || sift_tok_is(d, k, "at"))))) {
        /* (not a day that names the noun after it: "said Sunday overtime
         * had been limited") */
        if (k == k0 && (d->toks.v[k].w.flags & W_WEEKDAY) && k + 2 < s1 && d->toks.v[k + 1].kind == TK_WORD &&
            !(d->toks.v[k + 1].flags & (TF_CAP | TF_USED)) &&
            !(d->toks.v[k + 1].w.flags & (W_AUX | W_VERB | W_PREP | W_DET | W_PRONOUN | W_STOP)) &&
            (d->toks.v[k + 2].w.flags & (W_AUX | W_VERB)))
            break;
        k++;
    }
    return k;
}

/* Quotation marks opened in [from, to) and not closed there. */
static int marks_open(const doc *d, uint32_t from, uint32_t to)
{
    int open = 0;
    for (uint32_t i = from; i < to; i++)
        if (sift_quote_mark(&d->toks.v[i]))
            open += (d->toks.v[i].flags & TF_QOPEN) ? 1 : (d->toks.v[i].flags & TF_QCLOSE) ? -1 : 0;
    return open;
}

static int noun_the_said(const doc *d, uint32_t c, uint32_t s0);

/* Is token k a word inside a name, neither its first nor its last ("do" in
 * "Aguas do Sotavento")? */
static int inside_name(const doc *d, uint32_t k)
{
    int m = d->toks.v[k].ment;
    return m >= 0 && d->ments.v[m].t0 < k && k + 1 < d->ments.v[m].t1;
}

/* The comma that closes a relative clause opened by ", which" (or ",
 * who") at `comma`, when "to" and a verb follow it: the clause is on an
 * object whose infinitive comes after ("expected the crop, which farmers
 * will plant next month, to reach"); else 0. */
static uint32_t object_relative(const doc *d, uint32_t comma, uint32_t hi)
{
    if (!sift_is_punct(d, comma, ',') || comma + 4 >= hi ||
        !(sift_tok_is(d, comma + 1, "which") || sift_tok_is(d, comma + 1, "who")) ||
        (d->toks.v[comma + 1].flags & (TF_CAP | TF_INQUOTE)))
        return 0;
    for (uint32_t m = comma + 2; m + 2 < hi && m < comma + 20; m++) {
        if (d->toks.v[m].kind == TK_QUOTE || sift_is_punct(d, m, ';') || d->toks.v[m].kind == TK_DASH)
            return 0;
        if (sift_is_punct(d, m, ','))
            return sift_tok_is(d, m + 1, "to") && !(d->toks.v[m + 1].flags & TF_CAP) &&
                           (d->toks.v[m + 2].upos == SIFT_UPOS_VERB || d->toks.v[m + 2].upos == SIFT_UPOS_AUX)
                       ? m
                       : 0;
    }
    return 0;
}

/* Where a reported clause that starts at `from` ends (exclusive). */
static uint32_t clause_end(const doc *d, uint32_t from)
{
    static const char *const shown[] = {"showed", "shows", NULL};
    uint32_t hi = sift_sent_t1(d, from);
    for (uint32_t i = from; i < hi; i++) {
        const tok *t = &d->toks.v[i];
        if (t->kind == TK_DASH && i > from) {
            /* "its offer - worth 4.8% once ... included - was": an aside
             * between two dashes goes on to the verb after it */
            uint32_t j = i + 1;
            while (j < hi && j < i + 14 && d->toks.v[j].kind != TK_DASH && !sift_is_punct(d, j, ';'))
                j++;
            if (j < hi && j < i + 14 && d->toks.v[j].kind == TK_DASH) {
                i = j;
                continue;
            }
        }
        /* not the colon of "2:45 a.m." */
        int time = i > from && sift_time_colon(d, i);
        /* (not the dash of a range: "41–43°C"; nor one that joins two
         * names: "the Kabale–Kisoro road") */
        int range = t->kind == TK_DASH && i > from && i + 1 < hi &&
                    ((d->toks.v[i - 1].kind == TK_NUM && d->toks.v[i + 1].kind == TK_NUM) ||
                     (d->toks.v[i - 1].kind == TK_WORD && d->toks.v[i + 1].kind == TK_WORD &&
                      (d->toks.v[i - 1].flags & TF_CAP) && (d->toks.v[i + 1].flags & TF_CAP))) &&
                    !(t->flags & TF_SPACE) && !(d->toks.v[i + 1].flags & TF_SPACE);
        if (sift_is_punct(d, i, ';') || (sift_is_punct(d, i, ':') && !time) || (t->kind == TK_DASH && !range))
            return i;
        /* '..., warning that buyers could ...': a participle that reports
         * again ends the clause (it is a report of its own) */
        if (i > from + 2 && sift_is_punct(d, i, ',')) {
            uint32_t v = i + 1 + (i + 1 < hi && d->toks.v[i + 1].kind == TK_QUOTE); /* (',"' too) */
            if (v + 1 < hi && sift_tok_ends(d, v, "ing") && sift_is_cue(d, v) && sift_tok_is(d, v + 1, "that"))
                return v;
        }
        /* (or ", he said" and a clause of its own: "Asked about criticism
         * from X, who said last week that the government was ..., he
         * said his company could ...") */
        if (i > from + 2 && sift_is_punct(d, i, ',') && i + 3 < hi && sift_tok_in(d, i + 1, sift_subject_pronouns) &&
            !(d->toks.v[i + 1].flags & TF_INQUOTE) && sift_is_cue(d, i + 2) && sift_finite_verb(d, i + 2) &&
            d->toks.v[i + 3].kind == TK_WORD)
            return i;
        /* (or "and" and a pronoun's own verb of saying and "that", past a
         * quotation's close: 'it had "always respected the facts," and it
         * noted that ...') */
        if (i > from + 2 && sift_tok_is(d, i, "and") && i + 3 < hi && !(t->flags & (TF_INQUOTE | TF_CAP)) &&
            (sift_is_punct(d, i - 1, ',') || d->toks.v[i - 1].kind == TK_QUOTE) &&
            sift_tok_in(d, i + 1, sift_subject_pronouns) && sift_is_cue(d, i + 2) && sift_finite_verb(d, i + 2) &&
            sift_tok_is(d, i + 3, "that"))
            return i - sift_is_punct(d, i - 1, ',');
        /* (or the sentence's own final attribution: "... after finding
         * that it had been used to move stolen money, the Banco Central do
         * Brasil said on Wednesday.") */
        if (i > from + 2 && sift_is_punct(d, i, ',') && i + 3 < hi && !(t->flags & TF_INQUOTE) &&
            ((d->toks.v[i + 1].w.flags & W_DET) || sift_entity_at(d, i + 1) >= 0)) {
            uint32_t v = i + 2;
            while (v < hi && v < i + 10 && (d->toks.v[v].kind == TK_WORD || (d->toks.v[v].flags & TF_POSS)) &&
                   !sift_is_cue(d, v) && (!sift_finite_verb(d, v) || inside_name(d, v))) /* ("do" in a name) */
                v++;
            /* (or a finding's: "..., respondents said they had not decided,
             * Wahlblick found.") */
            static const char *const says[] = {"said", "says", "added", "told", "found", "finds", NULL};
            uint32_t after = v < hi && sift_tok_in(d, v, says) && sift_is_cue(d, v) ? past_dates(d, v + 1, hi) : 0;
            if (after && (after >= hi || sift_is_punct(d, after, '.')))
                return i;
        }
        /* (or after a conjunction of contrast: '..., though he said that
         * Egypt would "never stop raising" the Rosetta Stone') */
        static const char *const contrasts[] = {"though", "although", "but", "while", "whereas", NULL};
        /* (past the mark that closes a quotation: 'of the time," though') */
        uint32_t q = i + (i + 1 < hi && d->toks.v[i + 1].kind == TK_QUOTE && !(d->toks.v[i + 1].flags & TF_QOPEN));
        if (i > from + 2 && sift_is_punct(d, i, ',') && q + 4 < hi && sift_tok_in(d, q + 1, contrasts) &&
            !(d->toks.v[q + 1].flags & (TF_CAP | TF_INQUOTE)) && sift_tok_in(d, q + 2, sift_subject_pronouns) &&
            sift_is_cue(d, q + 3) && sift_finite_verb(d, q + 3) && d->toks.v[q + 4].kind == TK_WORD)
            return q > i ? q + 1 : i;
        /* (or "..., a figure the union said understated ...", "..., a
         * figure the union said was too low": someone else's clause on a
         * noun in apposition to what was said) */
        /* (or a pronoun: "..., a gap he warned would widen to 14 billion
         * euros") */
        int apposed = i > from + 2 && sift_is_punct(d, i, ',') && i + 5 < hi && (d->toks.v[i + 1].w.flags & W_DET) &&
                      !(d->toks.v[i + 1].flags & TF_CAP) && d->toks.v[i + 2].upos == SIFT_UPOS_NOUN &&
                      !(d->toks.v[i + 2].flags & TF_CAP);
        if (apposed && sift_tok_in(d, i + 3, sift_subject_pronouns) && !(d->toks.v[i + 3].flags & TF_INQUOTE) &&
            sift_is_cue(d, i + 4) && !(d->toks.v[i + 4].flags & TF_CAP) && (d->toks.v[i + 5].w.flags & W_AUX))
            return i;
        if (apposed && (sift_tok_is(d, i + 3, "the") || sift_tok_is(d, i + 3, "its"))) {
            /* (or a quotation: "..., a level the city council's finance
             * committee has called "a national embarrassment"") */
            uint32_t c = i + 4;
            while (c < hi && c < i + 10 && (d->toks.v[c].kind == TK_WORD || (d->toks.v[c].flags & TF_POSS)) &&
                   !sift_is_cue(d, c))
                c++;
            /* (or a pronoun and its verb: "..., a figure the roads agency
             * said it could not confirm") */
            if (c + 1 < hi && c > i + 4 && sift_is_cue(d, c) && !(d->toks.v[c].flags & TF_CAP) &&
                ((d->toks.v[c + 1].w.flags & W_AUX) || (c == i + 5 && noun_the_said(d, c, from)) ||
                 (d->toks.v[c + 1].kind == TK_QUOTE && (d->toks.v[c + 1].flags & TF_QOPEN)) ||
                 (c + 2 < hi && sift_tok_in(d, c + 1, sift_subject_pronouns) && sift_finite_verb(d, c + 2))))
                return i;
        }
        /* (or a second relative clause of someone else's on the noun the
         * clause is on: "a move it said would bring down the price of
         * flour but which farmers' groups warned could wreck the harvest") */
        if (i > from + 2 && (sift_tok_is(d, i, "but") || sift_tok_is(d, i, "and")) && i + 3 < hi &&
            sift_tok_is(d, i + 1, "which") && !(d->toks.v[i + 1].flags & TF_INQUOTE)) {
            uint32_t c = i + 2;
            while (c < hi && c < i + 8 && (d->toks.v[c].kind == TK_WORD || (d->toks.v[c].flags & TF_POSS)) &&
                   !sift_is_cue(d, c))
                c++;
            if (c > i + 2 && c < hi && sift_is_cue(d, c) && !(d->toks.v[c].flags & TF_CAP))
                return i;
        }
        /* "... and insisted that": a second verb of the speaker ends the clause */
        /* (or "... but warned that", not "but urged both sides to") */
        /* (or a pronoun: "... but insisted they came from the same layer") */
        /* (or "the" after "said": "... but said the auditor's figure was") */
        /* (or a verb of thinking: "... but believed the votes were there";
         * not "but urged the government to cut taxes") */
        static const char *const thought[] = {"believed", "thought", "expected", "feared", "insisted", "argued",
                                              "predicted", "conceded", "acknowledged", "admitted", NULL};
        int but_that = sift_tok_is(d, i, "but") && i + 2 < hi && sift_is_cue(d, i + 1) &&
                       (sift_tok_is(d, i + 2, "that") || sift_tok_in(d, i + 2, sift_subject_pronouns) ||
                        (sift_tok_is(d, i + 2, "the") &&
                         (sift_tok_is(d, i + 1, "said") ||
                          (sift_tok_in(d, i + 1, thought) && i + 3 < hi && sift_clause_starts(d, i + 2)))));
        if ((sift_tok_is(d, i, "and") || but_that) && i + 1 < hi && i > from + 2 && !(t->flags & TF_INQUOTE)) {
            const tok *u = &d->toks.v[i + 1];
            size_t n = TOK_N(d, i + 1);
            /* not "refugees and displaced people had returned": a
             * participle before the noun of a subject whose verb follows */
            /* (past more nouns: "a stronger krona and subdued price
             * pressures meant") */
            uint32_t sv = i + 2;
            while (sv + 1 < hi && sv < i + 4 && d->toks.v[sv].kind == TK_WORD && !(u->w.flags & W_CUE) &&
                   !(d->toks.v[sv].flags & TF_CAP) &&
                   !(d->toks.v[sv].w.flags & (W_DET | W_PREP | W_AUX | W_VERB | W_PRONOUN)) &&
                   (sv == i + 2 || d->toks.v[sv].upos == SIFT_UPOS_NOUN))
                sv++;
            int subject = sv > i + 2 && sv < hi && !(d->toks.v[sv].flags & TF_CAP) &&
                          ((d->toks.v[sv].w.flags & (W_AUX | W_VERB)) ||
                           (sv > i + 3 && d->toks.v[sv].upos == SIFT_UPOS_VERB && sv + 1 < hi &&
                            !(d->toks.v[sv + 1].w.flags & W_PREP))); /* (not "canals clogged with") */
            /* (nor an adjective after one: "exports of raw and washed cashmere") */
            int adjectives = !(u->w.flags & W_CUE) && d->toks.v[i - 1].upos == SIFT_UPOS_ADJ &&
                             i + 2 < hi && d->toks.v[i + 2].upos == SIFT_UPOS_NOUN;
            /* (nor a second participle after a perfect: "the blasts have
             * cracked windows and frightened livestock") */
            int perfect = 0;
            for (uint32_t k = i > from + 5 ? i - 5 : from; k + 1 < i && !perfect && !(u->w.flags & W_CUE); k++)
                perfect = (sift_tok_is(d, k, "have") || sift_tok_is(d, k, "has") || sift_tok_is(d, k, "had")) &&
                          sift_tok_ends(d, k + 1, "ed");
            /* (nor the subject's second verb of showing, no clause after
             * it: "the count had reached 96 percent and showed the option
             * at 51.2 percent") */
            int showed = (u->w.flags & W_CUE) && i + 2 < hi && sift_tok_in(d, i + 1, shown) &&
                         !sift_tok_is(d, i + 2, "that") && (d->toks.v[i + 2].w.flags & W_DET);
            /* (a word in -ed the tagger calls a noun is none: "grain and
             * oilseed output") */
            if (u->kind == TK_WORD && !(u->flags & TF_CAP) && !subject && !adjectives && !perfect && !showed &&
                ((u->w.flags & W_CUE) || (n > 4 && memcmp(TOK_S(d, i + 1) + n - 2, "ed", 2) == 0 &&
                                          u->upos != SIFT_UPOS_NOUN)))
                return i;
        }
        /* "her party, which has governed since 2022, would not ...": a
         * relative clause on the subject, before the clause's own verb */
        uint32_t aside = sift_relative_aside(d, i, hi);
        if (aside) {
            int verb = 0; /* not "an interest rate cut", when the tagger says so */
            for (uint32_t k = from; k < i && !verb; k++) /* nor "the affected stretch" */
                verb = sift_finite_verb(d, k) && d->toks.v[k].upos != SIFT_UPOS_NOUN &&
                       !(k > from && (d->toks.v[k - 1].w.flags & W_DET)) && !inside_name(d, k) &&
                       /* (nor the clause's first word, no auxiliary, before a
                        * preposition: "said flow in the Maipo, which ...,
                        * had dropped") */
                       !(k == from && !(d->toks.v[k].w.flags & W_AUX) && k + 1 < i &&
                         (d->toks.v[k + 1].w.flags & W_PREP) && !(d->toks.v[k + 1].flags & TF_CAP));
            if (!verb) {
                i = aside;
                continue;
            }
        }
        /* (or one on the object of a verb whose infinitive follows it: "it
         * expected the next wheat crop, which farmers will begin planting
         * next month, to reach 19.5 million tonnes") */
        uint32_t ro = object_relative(d, i, hi);
        if (ro) {
            i = ro;
            continue;
        }
        /* "the attackers, believed to be linked to ..., had demanded": an
         * aside on the subject, before the clause's own verb */
        uint32_t pa = i > from ? sift_participle_aside(d, i, hi) : 0;
        if (pa) {
            i = pa;
            continue;
        }
        /* "one dealer, when confronted by inspectors in Kaunas, had told":
         * a conjunction's short aside with a participle, between the
         * subject and its verb */
        /* (or "as": "the bill, as drafted, risked forcing") */
        if (sift_is_punct(d, i, ',') && i > from && i + 3 < hi &&
            (sift_tok_in(d, i + 1, sift_aside_conjunctions) || sift_tok_is(d, i + 1, "as")) &&
            !(d->toks.v[i + 1].flags & TF_CAP) && d->toks.v[i + 2].kind == TK_WORD &&
            (sift_tok_ends(d, i + 2, "ed") || sift_tok_ends(d, i + 2, "ing") || sift_past_participle(d, i + 2))) {
            int verb = 0;
            for (uint32_t k = from; k < i && !verb; k++)
                verb = sift_finite_verb(d, k) && d->toks.v[k].upos != SIFT_UPOS_NOUN;
            uint32_t m = i + 3;
            while (m < hi && m < i + 12 && d->toks.v[m].kind != TK_QUOTE && !sift_is_punct(d, m, ',') &&
                   !sift_finite_verb(d, m))
                m++;
            if (!verb && m + 1 < hi && sift_is_punct(d, m, ',') && sift_finite_verb(d, m + 1)) {
                i = m;
                continue;
            }
        }
        /* (or what they are called: "most of the region's 60,000
         * garimpeiros, as small-scale miners are known in Brazil, were") */
        uint32_t known = i > from ? sift_as_known_aside(d, i, hi) : 0;
        if (known) {
            int verb = 0;
            for (uint32_t k = from; k < i && !verb; k++)
                verb = sift_finite_verb(d, k) && d->toks.v[k].upos != SIFT_UPOS_NOUN;
            if (!verb) {
                i = known;
                continue;
            }
        }
        /* "concessions for students, and free travel for pensioners, would
         * not be affected": a second subject between commas, no verb of
         * its own, before the clause's verb */
        uint32_t and_aside = i > from + 1 ? sift_and_aside(d, i, hi) : 0;
        if (and_aside) {
            int verb = 0;
            for (uint32_t k = from; k < i && !verb; k++)
                verb = sift_finite_verb(d, k) && d->toks.v[k].upos != SIFT_UPOS_NOUN &&
                       !(d->toks.v[k].flags & TF_INQUOTE);
            if (!verb) {
                i = and_aside;
                continue;
            }
        }
        if (sift_is_punct(d, i, ',') && i + 1 < hi) {
            const tok *u = &d->toks.v[i + 1];
            size_t n = TOK_N(d, i + 1);
            int ing = u->kind == TK_WORD && !(u->flags & TF_CAP) && n > 4 &&
                      memcmp(TOK_S(d, i + 1) + n - 3, "ing", 3) == 0 &&
                      !sift_tok_is(d, i + 1, "including") && !sift_tok_is(d, i + 1, "excluding");
            /* (not ", but only by trimming the number of beneficiaries":
             * no clause of its own, the one said going on) */
            /* (nor ", but not traders": no verb after it) */
            /* (nor an adjective in a list of the subject's nouns: "said calm
             * winds, falling temperatures and smoke from crop fires had
             * trapped pollutants") */
            if (ing && i + 3 < hi && d->toks.v[i + 2].upos == SIFT_UPOS_NOUN && !(d->toks.v[i + 2].flags & TF_CAP)) {
                int verb = 0;
                for (uint32_t k = from; k < i && !verb; k++)
                    verb = sift_finite_verb(d, k) && d->toks.v[k].upos != SIFT_UPOS_NOUN;
                uint32_t m = i + 2, and_at = 0;
                while (m < hi && m < i + 16 && d->toks.v[m].kind == TK_WORD &&
                       !((d->toks.v[m].w.flags & (W_AUX | W_VERB)) || d->toks.v[m].upos == SIFT_UPOS_AUX)) {
                    and_at = sift_tok_is(d, m, "and") ? m : and_at;
                    m++;
                }
                if (!verb && and_at && m < hi && sift_finite_verb(d, m) && !sift_is_cue(d, m))
                    ing = 0;
            }
            int but_only = sift_tok_is(d, i + 1, "but") && i + 2 < hi &&
                           (sift_tok_is(d, i + 2, "only") || sift_tok_is(d, i + 2, "not"));
            for (uint32_t k = i + 3; but_only && sift_tok_is(d, i + 2, "not") && k < hi && !sift_is_punct(d, k, ',');
                 k++)
                but_only = !sift_finite_verb(d, k);
            /* (nor ", and" and a second noun of a subject whose verb is
             * still to come: "said the ivory, cut into 312 pieces, and the
             * scales had"; a participle after a comma is no such verb) */
            int and_noun = sift_tok_is(d, i + 1, "and") && i + 2 < hi && (d->toks.v[i + 2].w.flags & W_DET) &&
                           !(d->toks.v[i + 2].flags & TF_CAP);
            for (uint32_t k = from; k < i && and_noun; k++)
                and_noun = !(sift_finite_verb(d, k) && d->toks.v[k].upos != SIFT_UPOS_NOUN &&
                             !(k > from && sift_is_punct(d, k - 1, ',')));
            if (ing || ((u->w.flags & W_ADJUNCT) && !but_only && !and_noun))
                return i;
            if (u->kind == TK_QUOTE && (u->flags & TF_QOPEN))
                return i;
            if (sift_is_cue(d, i + 1))
                return i; /* "which says it has 3.8 million customers, said ..." */
            if ((sift_tok_is(d, i + 1, "a") || sift_tok_is(d, i + 1, "an")) && sift_charge_answered(d, i + 1))
                return i; /* "..., a claim the ministry rejected as ..." */
            /* "..., a formula that, according to Lorentzen, would mean",
             * "..., a move that analysts said would": an apposition with a
             * report of its own */
            if (sift_tok_is(d, i + 1, "a") || sift_tok_is(d, i + 1, "an")) {
                uint32_t r = i + 2;
                while (r < hi && r < i + 5 && d->toks.v[r].kind == TK_WORD && !sift_tok_is(d, r, "that") &&
                       !sift_tok_is(d, r, "which"))
                    r++;
                int own = 0;
                if (r > i + 2 && r + 2 < hi && (sift_tok_is(d, r, "that") || sift_tok_is(d, r, "which")))
                    own = (sift_is_punct(d, r + 1, ',') && sift_tok_is(d, r + 2, "according")) ||
                          (r + 3 < hi && d->toks.v[r + 1].kind == TK_WORD && sift_is_cue(d, r + 2) &&
                           !(d->toks.v[r + 1].w.flags & W_PRONOUN)) || /* (not "a figure that he said was") */
                          (r + 3 < hi && sift_tok_is(d, r + 1, "the") && sift_is_cue(d, r + 3));
                /* (or judges it: "..., a sum that an opposition MP, Toomas
                 * Org, dismissed as "a plaster on a broken leg"") */
                static const char *const judged[] = {"dismissed", "described", "derided", "branded", "hailed",
                                                     "denounced", "criticised", "criticized",
                                                     "rejected", /* ("an offer the council rejected as") */
                                                     NULL};
                for (uint32_t m = r + 2; !own && r > i + 2 && m + 1 < hi && m < r + 12; m++)
                    own = sift_tok_in(d, m, judged) && sift_tok_is(d, m + 1, "as") && !(d->toks.v[m].flags & TF_CAP);
                /* (or with no "that": "..., a promise the union dismissed as") */
                for (uint32_t m = i + 4; !own && i + 4 < hi && m + 1 < hi && m < i + 10 &&
                                         (sift_tok_is(d, i + 3, "the") || (d->toks.v[i + 3].flags & TF_CAP)) &&
                                         d->toks.v[i + 2].upos == SIFT_UPOS_NOUN &&
                                         (d->toks.v[m].kind == TK_WORD || (d->toks.v[m].flags & TF_POSS));
                     m++) /* (past a plural's mark: "the Students' Representative Council") */
                    own = sift_tok_in(d, m, judged) && sift_tok_is(d, m + 1, "as") && !(d->toks.v[m].flags & TF_CAP);
                if (own)
                    return i;
            }
        }
    }
    /* drop the final period, but not the mark that closes a quotation
     * the clause opened: 'the plan was "a betrayal of the workers".' */
    while (hi > from && (sift_is_punct(d, hi - 1, '.') || d->toks.v[hi - 1].kind == TK_QUOTE ||
                         sift_is_punct(d, hi - 1, '!') || sift_is_punct(d, hi - 1, '?'))) {
        const tok *t = &d->toks.v[hi - 1];
        if (sift_quote_mark(t) && (t->flags & TF_QCLOSE) && marks_open(d, from, hi - 1) > 0)
            break;
        hi--;
    }
    return hi;
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

/* Add the report [c0, c1) unless it is too short or lies inside a direct
 * quotation; -1 when out of memory. */
static int add_one_report(doc *d, uint32_t c0, uint32_t c1, sift_attribution *a, uint32_t cue_tok)
{
    while (c1 > c0 && (sift_is_punct(d, c1 - 1, ',') || sift_is_punct(d, c1 - 1, '.')))
        c1--;
    if (c1 <= c0 || sift_word_count(d, c0, c1) < 2)
        return 0;
    if (overlaps_quote(d, d->toks.v[c0].start, d->toks.v[c1 - 1].end))
        return 0;
    uint32_t s0 = sift_sent_t0(d, cue_tok), s1 = sift_sent_t1(d, cue_tok);
    if (sift_add_quote(d, c0, c1, "indirect", a, s0, s1) != 0)
        return -1;
    sift_quote *q = &d->quotes.v[d->quotes.n - 1];
    q->via = cited_source(d, c1, s1);
    return 0;
}

/* Past an aside between commas whose words open at m ("reported, citing
 * witnesses, that", "said in a letter, seen by reporters, that"): the
 * token after the "that" that follows the aside's closing comma, before
 * lim, or 0. With stop 1 the aside holds no quotation mark; with stop 2
 * no verb of its own or of saying either. */
static uint32_t aside_then_that(const doc *d, uint32_t m, uint32_t lim, uint32_t s1, int stop)
{
    while (m < s1 && m < lim && !sift_is_punct(d, m, ',') && !(stop && d->toks.v[m].kind == TK_QUOTE) &&
           !(stop > 1 && (sift_finite_verb(d, m) || sift_is_cue(d, m))))
        m++;
    return m + 1 < s1 && sift_is_punct(d, m, ',') && sift_tok_is(d, m + 1, "that") ? m + 2 : 0;
}

/* "CLAUSE, according to Y" after a report x of CLAUSE opening at b: the
 * body Y names speaks for x when x's subject only carried its figures.
 * "Water samples taken at La Oroya showed lead at 0.38 milligrams per
 * litre, according to the General Directorate of Environmental Health":
 * the samples were that body's. "Some 42 per cent of Glasgow parents say
 * ..., according to a survey by the charity Families First Scotland": a
 * share of those polled speaks through the poll. "Norwegian farms reported
 * 41 escapes ..., according to directorate figures": those who reported a
 * count to it. (c is "according", a its attribution.) */
static void speaks_through(doc *d, sift_quote *x, uint32_t b, uint32_t c, uint32_t s1, const sift_attribution *a)
{
    uint32_t f = b + (b + 1 < c && ((d->toks.v[b].w.flags & W_QUAL) || sift_tok_is(d, b, "some")));
    int share = f + 3 < c && d->toks.v[f].kind == TK_NUM &&
                ((d->toks.v[f + 1].kind == TK_SYM && TOK_S(d, f + 1)[0] == '%') || sift_tok_is(d, f + 1, "percent") ||
                 (sift_tok_is(d, f + 1, "per") && sift_tok_is(d, f + 2, "cent")));
    static const char *const counted[] = {"reported", "recorded", "registered", "logged", NULL};
    int tallied = 0;
    for (const char *const *v = counted; x->cue && *v && !tallied; v++)
        tallied = strcmp(x->cue, *v) == 0;
    if (!share && !(x->speaker < 0 && (tallied || sift_names_document(x->speaker_name))))
        return;
    /* (the body the phrase names, else the one its attribution found) */
    int maker = -1;
    for (uint32_t m = c + 2; m < s1 && m < c + 14 && maker < 0; m++)
        if (sift_entity_at(d, m) >= 0 && d->ents.v[sift_entity_at(d, m)].type == ET_ORG)
            maker = sift_entity_at(d, m);
    if (maker < 0 && a->ent >= 0 && d->ents.v[a->ent].type == ET_ORG)
        maker = a->ent;
    if (maker >= 0) {
        x->speaker = maker;
        x->speaker_name = d->ents.v[maker].name;
    }
}

/* "asked that his name not be published": a source's request to stay
 * unnamed, which reports nothing (the clause opens at k). */
static int anonymity_request(const doc *d, uint32_t k)
{
    static const char *const owners[] = {"his", "her", "their", "its", NULL};
    static const char *const names[] = {"name", "names", "surname", "surnames", "identity", "identities", NULL};
    return k + 4 < d->toks.n && sift_tok_in(d, k, owners) && sift_tok_in(d, k + 1, names) &&
           sift_tok_is(d, k + 2, "not") && sift_tok_is(d, k + 3, "be");
}

static int add_indirect(doc *d, uint32_t c0, uint32_t c1, sift_attribution *a, uint32_t cue_tok)
{
    if (anonymity_request(d, c0))
        return 0;
    /* "X said that A and that B", "..., but that B": two reported clauses */
    for (uint32_t k = c0 + 1; k + 1 < c1; k++) {
        if ((sift_tok_is(d, k, "and") || sift_tok_is(d, k, "but")) && sift_tok_is(d, k + 1, "that")) {
            uint32_t e = k;
            if (sift_is_punct(d, e - 1, ','))
                e--;
            if (add_one_report(d, c0, e, a, cue_tok) != 0)
                return -1;
            return add_indirect(d, k + 2, clause_end(d, k + 2), a, cue_tok);
        }
    }
    if (add_one_report(d, c0, c1, a, cue_tok) != 0)
        return -1;
    /* (and where the first clause ended before ", and that B", or a few
     * words with no verb before it: "..., mainly because of the price of
     * cedar wood and specialised labour, and that B", "..., involving
     * about 31 billion pesos, and that B") */
    uint32_t s1 = sift_sent_t1(d, cue_tok);
    /* (or past the clause's second verb, which cut it: "said an operator
     * noticed the change and reversed it within 15 minutes, and that B") */
    if (c1 + 3 < s1 && sift_tok_is(d, c1, "and") && sift_finite_verb(d, c1 + 1) && !sift_is_cue(d, c1 + 1))
        for (uint32_t k = c1 + 2; k + 2 < s1 && k < c1 + 18; k++) {
            if (d->toks.v[k].kind == TK_QUOTE || sift_is_cue(d, k) || sift_is_punct(d, k, ';') ||
                (d->toks.v[k].flags & TF_INQUOTE))
                break;
            if (sift_is_punct(d, k, ',') && (sift_tok_is(d, k + 1, "and") || sift_tok_is(d, k + 1, "but")) &&
                sift_tok_is(d, k + 2, "that"))
                return add_indirect(d, k + 3, clause_end(d, k + 3), a, cue_tok);
        }
    for (uint32_t k = c1, lim = c1 + 12; k + 2 < s1 && k < lim && !(d->toks.v[k].flags & TF_INQUOTE); k++) {
        if ((sift_tok_is(d, k, "and") || sift_tok_is(d, k, "but")) && sift_tok_is(d, k + 1, "that"))
            return add_indirect(d, k + 2, clause_end(d, k + 2), a, cue_tok);
        /* (past a quotation in apposition: '... to 16.4 billion euros, "the
         * largest allocation in the history of the service", and that B') */
        if (d->toks.v[k].kind == TK_QUOTE && (d->toks.v[k].flags & TF_QOPEN) && k > c1 &&
            sift_is_punct(d, k - 1, ',')) {
            uint32_t q = k + 1;
            while (q < s1 && q < k + 20 && d->toks.v[q].kind != TK_QUOTE)
                q++;
            if (q < s1 && d->toks.v[q].kind == TK_QUOTE && !(d->toks.v[q].flags & TF_QOPEN)) {
                lim += q - k + 1;
                k = q;
                continue;
            }
        }
        /* (past a relative clause between commas: "... the plant, which it
         * suspended in 2020, but that B") */
        if ((sift_tok_is(d, k, "which") || sift_tok_is(d, k, "who")) && k > c1 && sift_is_punct(d, k - 1, ',')) {
            uint32_t q = k + 1;
            while (q < s1 && q < k + 16 && !sift_is_punct(d, q, ',') && d->toks.v[q].kind != TK_QUOTE &&
                   !sift_is_cue(d, q))
                q++;
            if (q < s1 && sift_is_punct(d, q, ',')) {
                lim += q - k + 1;
                k = q;
                continue;
            }
        }
        int participle = sift_is_punct(d, k - 1, ',') && sift_tok_ends(d, k, "ing"); /* (", involving") */
        /* (a hyphen inside a word: ", allowing claims to be fast-tracked,") */
        int joined = sift_is_punct(d, k, '-') && !(d->toks.v[k].flags & TF_SPACE) &&
                     !(d->toks.v[k + 1].flags & TF_SPACE) && d->toks.v[k + 1].kind == TK_WORD;
        if ((d->toks.v[k].kind != TK_WORD && d->toks.v[k].kind != TK_NUM && !sift_is_punct(d, k, ',') && !joined) ||
            (sift_finite_verb(d, k) && !participle && !(k > c1 && sift_is_punct(d, k - 1, '-')) &&
             !(k > c1 && sift_tok_is(d, k - 1, "to")) && /* (", allowing claims to be ...") */
             d->toks.v[k + 1].upos != SIFT_UPOS_NOUN)) /* (not "specialised labour") */
            break;
    }
    return 0;
}

/* ", the fastest pace in a year, driven by ...", ", above the 9.1%
 * median forecast", ", up from 3.1%": a noun or comparing phrase with no
 * finite verb in the rest of the sentence describes what came before. */
static int verbless_appositive(const doc *d, uint32_t k, uint32_t s1)
{
    static const char *const starts[] = {"the", "a", "an", "its", "above", "below", "up", "down",
                                         "compared", "versus", NULL};
    /* (", far above the threshold forecasters use to define rapid
     * intensification": a comparison with a noun phrase, whatever
     * relative clause is on the noun) */
    static const char *const degree[] = {"far", "well", "just", "slightly", "still", "comfortably", NULL};
    uint32_t cmp = k + (sift_tok_in(d, k, degree) && !(d->toks.v[k].flags & TF_CAP));
    if (cmp + 1 < s1 && (sift_tok_is(d, cmp, "above") || sift_tok_is(d, cmp, "below")) &&
        ((d->toks.v[cmp + 1].w.flags & W_DET) || d->toks.v[cmp + 1].kind == TK_NUM))
        return 1;
    /* (or about as much: ", roughly the same as in 2024") */
    static const char *const approx[] = {"roughly", "about", "nearly", "almost", "around", "broadly", NULL};
    k += sift_tok_in(d, k, approx) && !(d->toks.v[k].flags & TF_CAP) && k + 1 < s1;
    int known = 0;
    for (const char *const *w = starts; *w && !known; w++)
        known = sift_tok_is(d, k, *w) && !(d->toks.v[k].flags & TF_CAP);
    if (!known)
        return 0;
    for (uint32_t m = k; m < s1; m++) {
        const tok *t = &d->toks.v[m];
        /* (a contrast after it is a clause of its own: ", while the number
         * of applications has risen") */
        if (m > k && sift_is_punct(d, m - 1, ',') && (sift_tok_is(d, m, "while") || sift_tok_is(d, m, "whereas")))
            return 1;
        /* "a faster pace than most economists had expected": the verb of a
         * comparison */
        if (m > k && sift_tok_is(d, m, "than"))
            return 1;
        /* "..., a boost for Milei, whose austerity drive has ...": a relative
         * clause belongs to the noun phrase */
        if (m > k && sift_is_punct(d, m - 1, ',') &&
            (sift_tok_is(d, m, "who") || sift_tok_is(d, m, "whose") || sift_tok_is(d, m, "which")))
            return 1;
        /* (or "that" after its noun: "..., a milestone for a project that
         * many Western banks have refused to touch") */
        if (m > k + 1 && sift_tok_is(d, m, "that") && d->toks.v[m - 1].upos == SIFT_UPOS_NOUN &&
            !(d->toks.v[m - 1].flags & TF_CAP))
            return 1;
        if (sift_quote_mark(t)) /* not "analysts' estimates" */
            return 0;
        /* "the 9.1% median forecast": a noun, when the tagger says so */
        if ((t->w.flags & (W_AUX | W_VERB | W_CUE)) && !(t->flags & TF_CAP) && t->upos != SIFT_UPOS_NOUN)
            return 0;
        /* a finite verb the tagger found; participles ("driven", "led") are fine */
        if (t->upos == SIFT_UPOS_VERB && !(t->flags & TF_CAP) && TOK_N(d, m) > 3 && !sift_tok_ends(d, m, "en") &&
            !sift_tok_ends(d, m, "ed") && !sift_tok_ends(d, m, "ing"))
            return 0;
    }
    return 1;
}

/* "in what regional officials called one of the best-preserved finds in
 * decades", "in what she described as a betrayal": a verb that names a
 * thing, after "what" and a short subject; the subject's first token, or
 * 0. What follows the verb (past "as") is what they said of it, unless it
 * is quoted (a quotation of its own). */
static uint32_t what_called(const doc *d, uint32_t c, uint32_t s0, uint32_t s1)
{
    static const char *const naming[] = {"called", "described", "termed", "hailed", "branded", "labelled",
                                         "labeled", "characterised", "characterized", NULL};
    if (c < s0 + 2 || !sift_tok_in(d, c, naming))
        return 0;
    uint32_t from = c + 1 + sift_tok_is(d, c + 1, "as");
    if (from + 2 >= s1 || d->toks.v[from].kind == TK_QUOTE || d->toks.v[from].kind == TK_PUNCT)
        return 0;
    for (uint32_t w = c - 1; w > s0 && w + 7 > c; w--) {
        if (d->toks.v[w].kind != TK_WORD || (d->toks.v[w].flags & TF_INQUOTE))
            return 0;
        if (sift_tok_is(d, w, "what") && !(d->toks.v[w].flags & TF_CAP))
            return w + 1 < c ? w + 1 : 0;
    }
    return 0;
}

/* A subordinate clause after ", X said,": "after Germany and France
 * clashed", "as talks stalled"; the attribution covers what came before. */
static int figure_opener(const doc *d, uint32_t k);

static int adjunct_clause(const doc *d, uint32_t k)
{
    static const char *const subs[] = {"after", "as", "while", "when", "before", "amid", "because",
                                       "following", "despite", "since", "although", "though", NULL};
    for (const char *const *w = subs; *w; w++)
        if (sift_tok_is(d, k, *w) && !(d->toks.v[k].flags & TF_CAP))
            return !figure_opener(d, k); /* (not "as many as 2,600") */
    return 0;
}

/* The word after a span of time that opens at k ("nearly a decade", "two
 * weeks", "more than a year"), or k. */
static uint32_t past_time_span(const doc *d, uint32_t k)
{
    static const char *const spans[] = {"decade", "decades", "year", "years", "month", "months", "week", "weeks",
                                        "day", "days", "hour", "hours", NULL};
    uint32_t m = k;
    if ((sift_tok_is(d, m, "more") || sift_tok_is(d, m, "less")) && sift_tok_is(d, m + 1, "than"))
        m += 2;
    else if (d->toks.v[m].w.flags & W_QUAL)
        m++;
    if (m + 1 >= d->toks.n || !(sift_tok_is(d, m, "a") || d->toks.v[m].kind == TK_NUM ||
                                (d->toks.v[m].w.flags & W_NUMWORD)))
        return k;
    return sift_tok_in(d, m + 1, spans) ? m + 2 : k;
}

/* "said at least nine homes had been destroyed", "said about 68 per cent
 * of fires ...": a preposition that only qualifies the figure after it
 * opens the clause. */
static int figure_opener(const doc *d, uint32_t k)
{
    uint32_t f = k + 1;
    static const char *const amounts[] = {"many", "much", "few", "little", "high", "low", NULL};
    if ((sift_tok_is(d, k, "at") && (sift_tok_is(d, f, "least") || sift_tok_is(d, f, "most"))) ||
        (sift_tok_is(d, k, "up") && sift_tok_is(d, f, "to")))
        f++;
    else if (sift_tok_is(d, k, "as") && sift_tok_in(d, f, amounts) && sift_tok_is(d, f + 1, "as"))
        f += 2; /* ("said as many as 2,600 teaching jobs could disappear") */
    else if (!(d->toks.v[k].w.flags & W_QUAL)) /* "about", "nearly", "over", "some" */
        return 0;
    if (f >= d->toks.n)
        return 0;
    /* (or "a" and a number's word: "said about a dozen forces had asked") */
    static const char *const parts[] = {"dozen", "hundred", "thousand", "third", "quarter", "half", "fifth", NULL};
    if (sift_tok_is(d, f, "a") && f + 1 < d->toks.n && sift_tok_in(d, f + 1, parts))
        return 1;
    /* (or "half" alone: "said about half of the instruments were") */
    if (sift_tok_is(d, f, "half") && f + 1 < d->toks.n && sift_tok_is(d, f + 1, "of"))
        return 1;
    const tok *t = &d->toks.v[f];
    return t->kind == TK_NUM || t->kind == TK_SYM || (t->kind == TK_WORD && (t->flags & TF_DIGIT)) ||
           (t->w.flags & (W_NUMWORD | W_VAGUE)) || sift_money_code(d, f); /* ("at most R900 million") */
}

/* Verbs whose object is who is spoken to: "told reporters", "warned
 * investors", "were informed", "telling reporters", "reminded clubs". */
static const char *const press[] = {"reporters", "journalists", "correspondents", NULL};

static int addressee_verb(const doc *d, uint32_t c)
{
    return sift_tok_is(d, c, "told") || sift_tok_is(d, c, "tells") || sift_tok_is(d, c, "telling") ||
           sift_tok_is(d, c, "informed") || sift_tok_is(d, c, "reminded") || sift_tok_is(d, c, "reminds") ||
           sift_tok_is(d, c, "assured") || sift_tok_is(d, c, "warned") || sift_tok_is(d, c, "asked");
}

/* A noun whose "that" clause is its own content: "charges that",
 * "reports that", "fears that". */
static int content_noun(const doc *d, uint32_t i)
{
    static const char *const nouns[] = {
        "charge", "charges", "allegation", "allegations", "accusation", "accusations", "claim",
        "claims", "report", "reports", "suggestion", "suggestions", "rumour", "rumours", "rumor",
        "rumors", "speculation", "fear", "fears", "concern", "concerns", "evidence", "news",
        "idea", "notion", "belief", "view", "assurance", "assurances", "promise", "promises",
        "warning", "warnings", "theory", NULL};
    if (d->toks.v[i].flags & TF_CAP)
        return 0;
    for (const char *const *n = nouns; *n; n++)
        if (sift_tok_is(d, i, *n))
            return 1;
    return 0;
}

/* Does the "that" at j open a relative clause on the document before it:
 * "in a report that sets out ...", its verb right after it with no
 * subject of its own? */
static int document_relative(const doc *d, uint32_t j, uint32_t s1)
{
    /* (not a plural noun that opens the clause reported: "said in a
     * statement that samples from Lake Ukiel contained") */
    /* (nor one a plural verb after its phrase shows to be a noun: "said
     * in an emailed statement that talks with the health ministry were
     * ongoing") */
    static const char *const singular[] = {"is", "was", "has", "does", NULL};
    if (j + 2 < s1 && (d->toks.v[j + 2].w.flags & W_PREP) && !sift_tok_is(d, j + 2, "out") &&
        !sift_tok_is(d, j + 2, "up")) {
        if (sift_document_noun(d, j + 1))
            return 0;
        for (uint32_t k = j + 3;
             k < s1 && k < j + 10 && (d->toks.v[k].kind == TK_WORD || (d->toks.v[k].flags & TF_POSS)) &&
             !sift_tok_is(d, k, "that") && !(d->toks.v[k].w.flags & W_PRONOUN);
             k++) {
            if (d->toks.v[k].w.flags & W_AUX) {
                if (!sift_tok_in(d, k, singular))
                    return 0;
                break;
            }
            /* (or a verb of its own after the phrase: "said in its monthly
             * report that disputes over water accounted for 31") */
            if (k > j + 3 && sift_finite_verb(d, k) && d->toks.v[k].upos == SIFT_UPOS_VERB &&
                !(d->toks.v[k].flags & TF_CAP))
                return 0;
        }
    }
    return j > 0 && j + 1 < s1 && sift_tok_is(d, j, "that") && sift_document_noun(d, j - 1) &&
           d->toks.v[j + 1].upos == SIFT_UPOS_VERB && !(d->toks.v[j + 1].flags & TF_CAP) &&
           (sift_tok_ends(d, j + 1, "s") || sift_tok_ends(d, j + 1, "ed")) && !sift_is_cue(d, j + 1) &&
           /* (not "in a report that drones should be kept") */
           j + 2 < s1 && !(d->toks.v[j + 2].w.flags & W_AUX) && !sift_finite_verb(d, j + 2);
}

/* After the comma at m that ends a person's name, before hi: a
 * description of that person, not a clause ("a spokeswoman for the safety
 * board", "head of research at Ikoyi Securities", "Bangladesh's ...
 * Commissioner"; not "who ...", "speaking at ...", "said"). */
static int description_after(const doc *d, uint32_t m, uint32_t hi)
{
    if (m + 1 >= hi)
        return 0;
    const tok *w = &d->toks.v[m + 1];
    return sift_owner_mark(d, m + 1, hi - 1) ||
           (w->kind == TK_WORD && !(w->flags & TF_CAP) && !(w->w.flags & (W_VERB | W_AUX | W_PRONOUN)) &&
            !sift_is_cue(d, m + 1) && !sift_tok_ends(d, m + 1, "ing") && !sift_tok_is(d, m + 1, "who") &&
            !sift_tok_is(d, m + 1, "which"));
}


/* "in a report", "in a 2022 report", "in its annual report": the
 * document noun at n opens a phrase of "in" that starts at or after k. */
static int in_document(const doc *d, uint32_t k, uint32_t n)
{
    for (uint32_t m = n, hyphens = 0; m-- > k && n - m <= 4 + hyphens;) {
        if (d->toks.v[m].w.flags & (W_DET | W_PRONOUN))
            return m > k && sift_tok_is(d, m - 1, "in");
        /* (past a hyphen inside a word: "in its post-election report") */
        if (sift_is_punct(d, m, '-') && !(d->toks.v[m].flags & TF_SPACE) && !(d->toks.v[m + 1].flags & TF_SPACE) &&
            hyphens < 4) {
            hyphens += 2;
            continue;
        }
        if (d->toks.v[m].kind != TK_WORD && d->toks.v[m].kind != TK_NUM)
            return 0;
    }
    return 0;
}

/* No verb from k to the end of the sentence at s1 (", in the country's
 * deadliest rail accident in more than a decade."). */
static int verbless_to(const doc *d, uint32_t k, uint32_t s1)
{
    for (uint32_t k0 = k; k < s1; k++)
        if (d->toks.v[k].kind == TK_QUOTE || sift_is_cue(d, k) ||
            (sift_finite_verb(d, k) && !(d->toks.v[k].flags & TF_CAP) &&
             !(k > k0 && sift_tok_is(d, k - 1, "to")) && /* ("in the latest blaze to hit ...") */
             !(k > k0 && sift_is_punct(d, k - 1, '-') && !(d->toks.v[k].flags & TF_SPACE)) && /* ("long-running") */
             !(sift_tok_ends(d, k, "ing") && !(d->toks.v[k].w.flags & W_AUX)) &&
             d->toks.v[k].upos != SIFT_UPOS_NOUN && /* ("a dispute over pay and pensions") */
             !(k > k0 && (d->toks.v[k - 1].w.flags & (W_PREP | W_DET)))))
            return 0;
    return 1;
}

/* ", a ruling that wipes out the biggest win of his career", ", a move
 * which ...": a noun phrase at k that sums up the sentence before, and
 * the relative clause that describes it. */
static int summing_up(const doc *d, uint32_t k, uint32_t s1)
{
    /* (or a plural with no article: ", costs that riders say amount to") */
    if (k + 1 < s1 && d->toks.v[k].upos == SIFT_UPOS_NOUN && sift_tok_ends(d, k, "s") &&
        (sift_tok_is(d, k + 1, "that") || sift_tok_is(d, k + 1, "which")))
        return 1;
    if (!(sift_tok_is(d, k, "a") || sift_tok_is(d, k, "an")) || (d->toks.v[k].flags & TF_CAP))
        return 0;
    for (uint32_t m = k + 2; m < s1 && m <= k + 3; m++) {
        const tok *h = &d->toks.v[m - 1];
        if (h->kind != TK_WORD || (h->flags & TF_CAP) || (h->w.flags & (W_AUX | W_PREP | W_PRONOUN)))
            return 0;
        if ((sift_tok_is(d, m, "that") || sift_tok_is(d, m, "which")) && h->upos == SIFT_UPOS_NOUN)
            return 1;
        /* (", a sign of how rising costs are weighing on the industry") */
        if (sift_tok_is(d, m, "of") && m + 1 < s1 && h->upos == SIFT_UPOS_NOUN &&
            (sift_tok_is(d, m + 1, "how") || sift_tok_is(d, m + 1, "what") || sift_tok_is(d, m + 1, "why")))
            return 1;
    }
    return 0;
}

/* After the comma that follows a final attribution, at k: a phrase that
 * still belongs to the attribution or to what was said, not a new clause
 * (", citing ...", ", adding ...", ", in a statement", ", mostly after
 * clashes", ", with no time for reopening", ", up from an estimated 5.4
 * million tonnes", ", compared with ...", ", many of them in schools",
 * ", two of them seriously", an appositive with no verb). */
static int attribution_tail(const doc *d, uint32_t k, uint32_t s1)
{
    /* (", its largest single purchase since the summer", ", in the biggest
     * order yet placed in Norway": what was reported, ranked) */
    static const char *const most[] = {"largest", "biggest", "highest", "lowest", "smallest", "steepest",
                                       "sharpest", "strongest", "weakest", "fastest", "slowest", "latest",
                                       "first", "worst", "best", NULL};
    int owner = sift_tok_is(d, k, "its") || sift_tok_is(d, k, "their") || sift_tok_is(d, k, "the");
    if ((owner && sift_tok_in(d, k + 1, most)) ||
        (sift_tok_is(d, k, "in") && sift_tok_is(d, k + 1, "the") && sift_tok_in(d, k + 2, most)))
        return 1;
    /* (", increases of 4.1% and 3.6% respectively": how much, in figures) */
    uint32_t n0 = k + ((sift_tok_is(d, k, "a") || sift_tok_is(d, k, "an")) && k + 1 < s1);
    if (n0 + 2 < s1 && d->toks.v[n0].kind == TK_WORD && !(d->toks.v[n0].flags & TF_CAP) &&
        d->toks.v[n0].upos == SIFT_UPOS_NOUN && sift_tok_is(d, n0 + 1, "of") &&
        (d->toks.v[n0 + 2].kind == TK_NUM || d->toks.v[n0 + 2].kind == TK_SYM))
        return 1;
    /* (", days after the consortium ... announced": when, by another event) */
    uint32_t u = k + ((sift_tok_is(d, k, "a") || (d->toks.v[k].w.flags & W_NUMWORD) || d->toks.v[k].kind == TK_NUM) &&
                      k + 1 < s1);
    /* (", hours before supporters marched", ", shortly after": no date's unit) */
    static const char *const soon[] = {"hours", "hour", "minutes", "moments", "shortly", "soon", "just",
                                       "immediately", NULL};
    if (u + 1 < s1 && ((d->toks.v[u].w.flags & W_TIMEUNIT) || sift_tok_in(d, u, soon)) &&
        !(d->toks.v[u].flags & TF_CAP) && (sift_tok_is(d, u + 1, "after") || sift_tok_is(d, u + 1, "before")))
        return 1;
    /* (", Mugambi said, money that was meant to pay school fees": a noun
     * in apposition to what was said, with a relative clause on it) */
    if (n0 + 2 < s1 && d->toks.v[n0].kind == TK_WORD && !(d->toks.v[n0].flags & TF_CAP) &&
        d->toks.v[n0].upos == SIFT_UPOS_NOUN && (sift_tok_is(d, n0 + 1, "that") || sift_tok_is(d, n0 + 1, "which")))
        return 1;
    /* (", she said, if transmission lines were finished on time": the
     * condition the speaker set, after the attribution) */
    /* (or ", provided the government helps pay", ", as long as") */
    if ((sift_tok_is(d, k, "if") || sift_tok_is(d, k, "unless") ||
         (sift_tok_is(d, k, "provided") && k + 1 < s1 && !sift_tok_is(d, k + 1, "by")) ||
         ((sift_tok_is(d, k, "as") || sift_tok_is(d, k, "so")) && sift_tok_is(d, k + 1, "long") &&
          sift_tok_is(d, k + 2, "as"))) &&
        !(d->toks.v[k].flags & TF_CAP))
        return 1;
    /* (", they say, further thinning the ranks": a participle after its
     * adverb) */
    static const char *const further[] = {"further", "thereby", "also", "effectively", "still", NULL};
    if ((sift_tok_in(d, k, further) || sift_tok_ends(d, k, "ly")) && k + 1 < s1 && sift_tok_ends(d, k + 1, "ing"))
        return 1;
    return sift_tok_is(d, k, "citing") || sift_tok_is(d, k, "adding") || sift_tok_is(d, k, "according") ||
           adjunct_clause(d, k) || sift_tok_ends(d, k, "ing") ||
           (sift_tok_ends(d, k, "ly") && k + 1 < s1 && adjunct_clause(d, k + 1)) || sift_tok_is(d, k, "with") ||
           ((sift_tok_is(d, k, "up") || sift_tok_is(d, k, "down")) &&
            (sift_tok_is(d, k + 1, "from") || sift_tok_is(d, k + 1, "on"))) ||
           (sift_tok_is(d, k, "compared") && (sift_tok_is(d, k + 1, "with") || sift_tok_is(d, k + 1, "to"))) ||
           ((sift_tok_in(d, k, sift_partitives) || d->toks.v[k].kind == TK_NUM || (d->toks.v[k].w.flags & W_NUMWORD)) &&
            sift_tok_is(d, k + 1, "of")) ||
           /* (or a share: ", 40% of it paid by the state") */
           (d->toks.v[k].kind == TK_NUM && k + 2 < s1 &&
            (d->toks.v[k + 1].kind == TK_SYM || sift_tok_is(d, k + 1, "percent")) && sift_tok_is(d, k + 2, "of")) ||
           (sift_tok_is(d, k, "in") && (sift_tok_is(d, k + 1, "a") || sift_tok_is(d, k + 1, "an") ||
                                        (sift_tok_is(d, k + 1, "one") && sift_tok_is(d, k + 2, "of")) || /* ", in one of the largest ..." */
                                        sift_tok_is(d, k + 1, "what") || /* ", in what they described as ..." */
                                        (sift_tok_is(d, k + 1, "the") && verbless_to(d, k + 2, s1)))) ||
           verbless_appositive(d, k, s1) || summing_up(d, k, s1) ||
           /* (", against a designed capacity of 53,500": a comparison with
            * no verb of its own) */
           ((sift_tok_is(d, k, "against") || sift_tok_is(d, k, "versus")) &&
            (verbless_to(d, k + 1, s1) ||
             /* (or a figure it is set against: ", against the 3,500 loans it
              * has money for") */
             (k + 2 < s1 && (d->toks.v[k + 1].kind == TK_NUM ||
                             ((d->toks.v[k + 1].w.flags & W_DET) && d->toks.v[k + 2].kind == TK_NUM)))));
}

/* Is the closing quote mark at q the end of a fragment quoted inside a
 * clause, with the clause's comma inside the marks ('... at the end of the
 * month "in the usual way,"'): the mark opening it follows a word of the
 * sentence from s0? */
static int quoted_fragment_end(const doc *d, uint32_t q, uint32_t s0)
{
    if (q < s0 + 3 || (d->toks.v[q].flags & (TF_QOPEN | TF_POSS)) || !sift_is_punct(d, q - 1, ','))
        return 0;
    uint32_t body = sift_body_start(d, d->toks.v[q].sent);
    for (uint32_t o = q - 1; o-- > body && q - o < 16;)
        if (sift_quote_mark(&d->toks.v[o]))
            return (d->toks.v[o].flags & TF_QOPEN) && o > body && d->toks.v[o - 1].kind == TK_WORD &&
                   !(d->toks.v[o - 1].flags & TF_INQUOTE);
    return 0;
}

/* 'said "adequate stocks" were held in every state': a short quotation
 * opening at k, right after the verb of saying, that is the subject of a
 * clause whose verb follows its closing mark. */
static int quoted_subject(const doc *d, uint32_t k, uint32_t s1)
{
    if (d->toks.v[k].kind != TK_QUOTE || !(d->toks.v[k].flags & TF_QOPEN))
        return 0;
    for (uint32_t m = k + 1; m < s1 && m < k + 8; m++) {
        const tok *u = &d->toks.v[m];
        if (u->kind == TK_QUOTE && !(u->flags & (TF_QOPEN | TF_POSS)))
            return m > k + 1 && m + 1 < s1 && d->toks.v[m + 1].kind == TK_WORD &&
                   !(d->toks.v[m + 1].flags & TF_CAP) && sift_finite_verb(d, m + 1) && !sift_is_cue(d, m + 1);
        if (u->kind != TK_WORD && !(u->flags & TF_POSS) && !sift_is_punct(d, m, '-'))
            return 0;
    }
    return 0;
}

/* 'said the ban "ties the hands of investigators"': a subject of a few
 * words, then a quotation that opens with the clause's verb. */
static int subject_then_quoted_verb(const doc *d, uint32_t k, uint32_t s1)
{
    if (!(d->toks.v[k].w.flags & W_DET) || (d->toks.v[k].flags & TF_CAP))
        return 0;
    for (uint32_t m = k + 1; m + 1 < s1 && m < k + 5; m++) {
        const tok *u = &d->toks.v[m];
        if (u->kind == TK_QUOTE)
            return m > k + 1 && (u->flags & TF_QOPEN) && d->toks.v[m - 1].upos == SIFT_UPOS_NOUN &&
                   d->toks.v[m + 1].kind == TK_WORD && !(d->toks.v[m + 1].flags & TF_CAP) &&
                   (sift_finite_verb(d, m + 1) || /* (a verb the tagger took for a plural: "ties the") */
                    (sift_tok_ends(d, m + 1, "s") && m + 2 < s1 && (d->toks.v[m + 2].w.flags & W_DET))) &&
                   !sift_is_cue(d, m + 1);
        if (u->kind != TK_WORD || (u->flags & TF_CAP) || (u->w.flags & (W_PREP | W_AUX | W_VERB)) ||
            (u->upos != SIFT_UPOS_NOUN && u->upos != SIFT_UPOS_ADJ))
            return 0;
    }
    return 0;
}

/* "The bigger cost, she said, would come from the growth restrictions":
 * a cue at c, with its subject, between two commas that split a clause
 * whose first part, from b0, is a phrase with no verb (or "it" and a form
 * of "be") and whose second part goes on with one; returns the first
 * comma, or 0. */
static uint32_t parenthetical(const doc *d, uint32_t c, uint32_t b0, uint32_t s1)
{
    if (c + 2 >= s1 || !sift_is_punct(d, c + 1, ',') || c < b0 + 3 || (d->toks.v[b0].flags & TF_INQUOTE) ||
        d->toks.v[b0].kind == TK_QUOTE)
        return 0;
    uint32_t comma1 = c - 1;
    while (comma1 > b0 && !sift_is_punct(d, comma1, ',') && c - comma1 <= 4)
        comma1--;
    if (comma1 <= b0 || !sift_is_punct(d, comma1, ','))
        return 0;
    /* the subject between: a pronoun or a name, or a group ("The ruling,
     * legal scholars said, went further") */
    int who = sift_entity_at(d, comma1 + 1);
    const tok *h = &d->toks.v[c - 1];
    int group = h->kind == TK_WORD && !(h->flags & TF_CAP) && (h->w.flags & (W_GROUP | W_PERSON_NOUN)) &&
                TOK_S(d, c - 1)[TOK_N(d, c - 1) - 1] == 's';
    /* (or a title: "The drought, the minister said, was the main culprit") */
    /* (or "The kingdom, a Saudi official said, remains committed") */
    /* (or a body or a document: "The cost, the company added, was met
     * from its margin", "Families ..., the report said, waited") */
    /* (or "the" and any noun: "The notice, the bakery said, had been",
     * "..., the doctor said, ...") */
    int titled = h->kind == TK_WORD && !(h->flags & TF_CAP) &&
                 (((h->w.flags & W_TITLE) && sift_tok_is(d, comma1 + 1, "the")) ||
                  (h->upos == SIFT_UPOS_NOUN && comma1 + 2 == c - 1 && sift_tok_is(d, comma1 + 1, "the")) ||
                  ((sift_tok_org_kind(d, c - 1) || sift_document_noun(d, c - 1) || (h->w.flags & W_GROUP)) &&
                   sift_tok_is(d, comma1 + 1, "the")) ||
                  ((h->w.flags & (W_TITLE | W_PERSON_NOUN)) &&
                   (sift_tok_is(d, comma1 + 1, "a") || sift_tok_is(d, comma1 + 1, "an"))));
    for (uint32_t k = comma1 + 1; k < c; k++)
        if (!((d->toks.v[k].w.flags & W_PRONOUN) || (who >= 0 && sift_entity_at(d, k) == who) ||
              (titled && k == comma1 + 1) ||
              (titled && sift_entity_at(d, k) >= 0 && d->ents.v[sift_entity_at(d, k)].type == ET_NORP) ||
              ((group || titled) && d->toks.v[k].kind == TK_WORD && !(d->toks.v[k].flags & TF_CAP) &&
               !(d->toks.v[k].w.flags & (W_VERB | W_AUX | W_PREP | W_DET)))))
            return 0;
    const tok *v = &d->toks.v[c + 2];
    /* "The organisation was confident, the spokesperson added, that the
     * problems could be resolved": an adjective after a form of "be",
     * whose "that" comes after the second comma */
    if (sift_tok_is(d, c + 2, "that") && comma1 >= b0 + 3 && d->toks.v[comma1 - 1].upos == SIFT_UPOS_ADJ &&
        sift_be_form(d, comma1 - 2) && c + 3 < s1 && sift_clause_starts(d, c + 3))
        return comma1;
    /* "It was too early, Svensson cautioned, to conclude that ...": an
     * opening "it" and a form of "be" whose subject is the infinitive after */
    if (sift_tok_is(d, b0, "it") && sift_be_form(d, b0 + 1) && comma1 <= b0 + 6 && sift_tok_is(d, c + 2, "to") &&
        c + 3 < s1 && d->toks.v[c + 3].kind == TK_WORD && !(d->toks.v[c + 3].flags & TF_CAP)) {
        for (uint32_t k = b0 + 2; k < comma1; k++)
            if (d->toks.v[k].kind != TK_WORD || sift_finite_verb(d, k) || sift_is_cue(d, k))
                return 0;
        return comma1;
    }
    /* "What his members wanted, he said, was 18 months' notice": a clause
     * of "what" is the subject, whose verb follows */
    if (sift_tok_is(d, b0, "what") && (d->toks.v[b0].flags & TF_CAP) && comma1 <= b0 + 6 && sift_be_form(d, c + 2))
        return comma1;
    /* "Taken together, the doctor said, the changes should": a participle
     * of a few words opens the clause, whose subject follows */
    /* (by its letters: sift_tok_ends passes over capitalised words) */
    const char *w0 = TOK_S(d, b0);
    size_t n0 = TOK_N(d, b0);
    if (comma1 <= b0 + 3 && (d->toks.v[b0].flags & TF_CAP) && d->toks.v[b0].kind == TK_WORD && n0 > 4 &&
        (memcmp(w0 + n0 - 2, "ed", 2) == 0 || memcmp(w0 + n0 - 2, "en", 2) == 0) &&
        d->toks.v[b0].upos == SIFT_UPOS_VERB && v->kind == TK_WORD && sift_clause_starts(d, c + 2))
        return comma1;
    /* "Once inflation was taken into account, he added, the real rise
     * was": a subordinate clause opens the sentence, the main one follows */
    static const char *const subords[] = {"once", "if", "when", "while", "because", "although", "though",
                                          "unless", "until", "whereas", NULL};
    /* (or "By the time he got a new SIM the next morning, he said, his
     * account had been emptied") */
    int by_the_time = sift_tok_is(d, b0, "by") && sift_tok_is(d, b0 + 1, "the") && sift_tok_is(d, b0 + 2, "time");
    if ((sift_tok_in(d, b0, subords) || by_the_time) && (d->toks.v[b0].flags & TF_CAP) && comma1 <= b0 + 30 &&
        (v->kind == TK_WORD || v->kind == TK_NUM) && sift_clause_starts(d, c + 2)) {
        int plain = 1;
        for (uint32_t k = b0 + 1; k < comma1 && plain; k++)
            plain = (d->toks.v[k].kind == TK_WORD || d->toks.v[k].kind == TK_NUM || (d->toks.v[k].flags & TF_POSS) ||
                     (sift_is_punct(d, k, '-') && sift_in_compound(d, k + 1))) && /* ("state-level grants") */
                    !sift_is_cue(d, k);
        if (plain)
            return comma1;
    }
    static const char *const particles[] = {"out", "off", "up", "down", "away", "back", NULL};
    static const char *const possessives[] = {"its", "their", "his", "her", "our", NULL};
    for (uint32_t k = b0; k < comma1; k++) {
        /* (a relative clause on the noun before: "Any school that
         * cheated,", "Any examiner that accepted bribes,") */
        int relative = k > b0 + 1 && (sift_tok_is(d, k - 1, "that") || sift_tok_is(d, k - 1, "who")) &&
                       d->toks.v[k - 2].upos == SIFT_UPOS_NOUN;
        if (d->toks.v[k].kind != TK_WORD && !(d->toks.v[k].flags & TF_POSS) && d->toks.v[k].kind != TK_NUM &&
            !(sift_is_punct(d, k, '-') && k > b0 && k + 1 < comma1 && sift_in_compound(d, k + 1))) /* ("50 kilowatt-hours a month") */
            return 0;
        else if ((sift_finite_verb(d, k) && !(sift_tok_ends(d, k, "ed") && sift_tok_is(d, k + 1, "by")) &&
                  /* (nor a participle on the noun before it, then its
                   * particle: "Young males pushed out by older rivals,") */
                  /* (or any preposition: "Sorting studies carried out for
                   * the energy industry,") */
                  !(k > b0 && sift_tok_ends(d, k, "ed") && d->toks.v[k - 1].upos == SIFT_UPOS_NOUN &&
                    sift_tok_in(d, k + 1, particles) && (d->toks.v[k + 2].w.flags & W_PREP) &&
                    !(d->toks.v[k + 2].flags & TF_CAP)) &&
                  /* (nor a relative clause with no "that": "Most of the bags
                   * its members produce,") */
                  !(k >= b0 + 3 && k + 1 == comma1 && sift_tok_in(d, k - 2, possessives) &&
                    d->toks.v[k - 1].upos == SIFT_UPOS_NOUN && d->toks.v[k - 3].upos == SIFT_UPOS_NOUN) &&
                  !(k > b0 && sift_tok_ends(d, k, "ing") && (d->toks.v[k - 1].w.flags & W_PREP)) &&
                  /* (nor one on the noun before it: "Rice arriving at harvest
                   * time, the official said, would") */
                  /* (or a past participle: "But every cubic metre used at
                   * home, she warned, was") */
                  !(k > b0 && (sift_tok_ends(d, k, "ing") || sift_tok_ends(d, k, "ed") || sift_past_participle(d, k)) &&
                    d->toks.v[k - 1].upos == SIFT_UPOS_NOUN &&
                    ((d->toks.v[k + 1].w.flags & W_PREP) || sift_tok_is(d, k + 1, "to")) &&
                    !(d->toks.v[k + 1].flags & TF_CAP)) &&
                  /* (nor a passive participle: "Of the positions being cut,") */
                  !(k > b0 && (sift_tok_is(d, k, "being") || sift_tok_is(d, k - 1, "being"))) &&
                  /* (nor an infinitive on it: "Any school found to have
                   * aided cheating,") */
                  !(k > b0 && sift_tok_is(d, k - 1, "to")) &&
                  /* (nor a noun the tagger took for a verb after "of": "The
                   * compression of pay scales, he added, was") */
                  !(k > b0 && sift_tok_is(d, k - 1, "of") && !(d->toks.v[k].w.flags & (W_VERB | W_AUX))) &&
                  !(k > b0 && sift_tok_ends(d, k, "ing") && !(d->toks.v[k - 1].w.flags & W_AUX)) && /* ("cheating") */
                  !(k > b0 + 1 && sift_tok_is(d, k - 2, "to") &&
                    (sift_tok_is(d, k - 1, "have") || sift_tok_is(d, k - 1, "be"))) &&
                  !relative) ||
                 /* (a cue too: "Any school found to have aided cheating,") */
                 (sift_is_cue(d, k) &&
                  !(k > b0 && sift_past_participle(d, k) && d->toks.v[k - 1].upos == SIFT_UPOS_NOUN &&
                    sift_tok_is(d, k + 1, "to")) &&
                  /* (or a relative clause's, before its object) */
                  !(relative && d->toks.v[k + 1].upos == SIFT_UPOS_NOUN)) ||
                 /* (a quantifier is no subject of its own: "Any change to
                  * working hours, it said, was"; nor a preposition's
                  * object: "Without it, she said, traders would") */
                 ((d->toks.v[k].w.flags & W_PRONOUN) && !(k == b0 && (d->toks.v[k + 1].w.flags & W_PRONOUN) == 0 &&
                                                          d->toks.v[k + 1].upos == SIFT_UPOS_NOUN) &&
                  !(k > b0 && (d->toks.v[k - 1].w.flags & W_PREP) && !(d->toks.v[k - 1].flags & TF_INQUOTE))))
            return 0; /* (a participle before its agent is no verb: "Families moved by ...") */
    }
    /* "Still, Dolan said, the situation bore little resemblance": one
     * adverb opens the clause, whose subject follows */
    if (comma1 == b0 + 1 && (d->toks.v[b0].flags & TF_CAP) && d->toks.v[b0].upos == SIFT_UPOS_ADV &&
        d->toks.v[b0].ment < 0 && v->kind == TK_WORD && sift_clause_starts(d, c + 2))
        return comma1;
    /* "At current prices, the union said, a grower loses money": a phrase
     * of a preposition opening the clause, whose subject follows */
    if ((d->toks.v[b0].w.flags & W_PREP) && !(d->toks.v[b0].flags & TF_INQUOTE) &&
        (v->kind == TK_WORD || v->kind == TK_NUM) && /* ("Of the posts cut, he said, 85 were") */
        sift_clause_starts(d, c + 2) && !sift_tok_is(d, b0, "according"))
        return comma1;
    /* (the second part may be quoted: 'The system, he insisted, "held in
     * 99 percent of the country"') */
    uint32_t vk = c + 2 + (v->kind == TK_QUOTE && (v->flags & TF_QOPEN) && c + 3 < s1);
    v = &d->toks.v[vk];
    /* (or a plural's verb the tagger took for a noun, before its
     * preposition: "Cruise ships, she said, account for nearly 25 percent") */
    int plural_verb = v->upos == SIFT_UPOS_NOUN && !sift_tok_ends(d, vk, "s") && vk + 1 < s1 &&
                      (d->toks.v[vk + 1].w.flags & W_PREP) && !(d->toks.v[vk + 1].flags & TF_CAP) &&
                      d->toks.v[comma1 - 1].upos == SIFT_UPOS_NOUN && sift_tok_ends(d, comma1 - 1, "s");
    return v->kind == TK_WORD && !(v->flags & TF_CAP) && (sift_finite_verb(d, vk) || plural_verb) ? comma1 : 0;
}

/* Can the phrase from k, after an inverted verb, speak ("said Smith",
 * "said the minister", "said police", "said the report"), unlike "...,
 * explained the pattern"? */
static int speaker_after(const doc *d, uint32_t k, uint32_t s1)
{
    for (uint32_t i = k; i < s1 && i < k + 6; i++) {
        const tok *t = &d->toks.v[i];
        if (t->kind != TK_WORD || (t->w.flags & W_PREP))
            break;
        if (sift_entity_at(d, i) >= 0 || (t->w.flags & (W_TITLE | W_PERSON_NOUN | W_GROUP | W_ORGKIND | W_ORGKEY |
                                                         W_PRONOUN)) ||
            sift_tok_org_kind(d, i) || sift_document_noun(d, i) || (t->flags & TF_CAP))
            return 1;
    }
    return 0;
}

/* "told parliament that", "told state television that": one or two
 * lower-case words from k, no article, then "that"; the "that", or 0. */
static uint32_t bare_addressee(const doc *d, uint32_t k, uint32_t s1)
{
    for (uint32_t m = k; m + 2 < s1 && m < k + 2; m++) {
        /* (the first word may be one the lists hold as a verb, "state") */
        uint32_t not_noun = W_DET | W_AUX | W_PRONOUN | W_PREP | (m == k ? W_STOP : W_VERB);
        if (d->toks.v[m].kind != TK_WORD || (d->toks.v[m].flags & TF_CAP) || (d->toks.v[m].w.flags & not_noun))
            return 0;
        if (sift_tok_is(d, m + 1, "that"))
            return m + 1;
    }
    return 0;
}

/* "told a Senate estimates hearing on Thursday": is the first word from k
 * that could be a verb a plural the tagger calls a noun, after a name and
 * before a word of its phrase (whom it was told, no clause)? */
static int named_plural_noun(const doc *d, uint32_t k, uint32_t s1)
{
    uint32_t j = k + 1;
    while (j < s1 && j < k + 8 && d->toks.v[j].kind == TK_WORD && !sift_finite_verb(d, j) && !sift_is_cue(d, j))
        j++;
    return j + 1 < s1 && j < k + 8 && d->toks.v[j].upos == SIFT_UPOS_NOUN &&
           sift_tok_ends(d, j, "s") && (d->toks.v[j - 1].flags & TF_CAP) && d->toks.v[j + 1].kind == TK_WORD &&
           !(d->toks.v[j + 1].flags & TF_CAP) && !(d->toks.v[j + 1].w.flags & (W_DET | W_PRONOUN | W_PREP | W_AUX)) &&
           (d->toks.v[j + 1].upos == SIFT_UPOS_NOUN || sift_tok_ends(d, j + 1, "ing"));
}

/* "conceded defeat in a brief speech but said that ...": the words from k
 * are the verb's object, then a second verb of the speaker's ("but said",
 * "and told"), not a clause with a subject of its own. */
static int object_then_verb(const doc *d, uint32_t k, uint32_t s1)
{
    for (uint32_t j = k + 1; j < s1 && j < k + 14; j++) {
        if (d->toks.v[j].kind == TK_QUOTE || sift_is_punct(d, j, ';'))
            return 0;
        /* ("joint training and shared pools of spare parts": a participle
         * before its noun) */
        /* (not after a pronoun, its subject: "said he expected resistance
         * from the industry but believed") */
        if (sift_finite_verb(d, j) && sift_tok_ends(d, j, "ed") && j + 2 < s1 && d->toks.v[j + 1].upos == SIFT_UPOS_NOUN &&
            !(d->toks.v[j + 1].flags & TF_CAP) && (d->toks.v[j + 2].w.flags & W_PREP) &&
            !sift_tok_in(d, j - 1, sift_subject_pronouns))
            continue;
        if (sift_finite_verb(d, j))
            return (sift_tok_is(d, j - 1, "but") || sift_tok_is(d, j - 1, "and")) && sift_is_cue(d, j);
    }
    return 0;
}

/* "minutes of the meeting", "results of the survey": a document noun
 * before "of" and a one-word noun (or "the" and one) that ends at e. */
static int document_of(const doc *d, uint32_t e, uint32_t s0)
{
    if (d->toks.v[e].kind != TK_WORD || (d->toks.v[e].flags & TF_CAP) || e < s0 + 2)
        return 0;
    uint32_t of = sift_tok_is(d, e - 1, "the") ? e - 2 : e - 1;
    return of > s0 && sift_tok_is(d, of, "of") && sift_document_noun(d, of - 1);
}

/* "a report by Audit Wales", "a survey from the National Audit Office",
 * "data published on Thursday by the national statistics agency INDEC":
 * a document noun (then a participle and its date), "by" or "from", and a
 * name (after its kind) that ends at e. */
static int document_by(const doc *d, uint32_t e, uint32_t s0)
{
    int x = sift_entity_at(d, e);
    /* (or a body by its kind: "from the finance ministry", "from South
     * Korea's trade ministry") */
    /* (or an office held by one person that reports on others: "a report
     * by the state's auditor-general") */
    static const char *const offices[] = {"auditor", "ombudsman", "ombudsperson", "comptroller", "inspector",
                                          "coroner", "commissioner", NULL};
    uint32_t e0 = e;
    while (e0 > s0 + 2 && sift_in_compound(d, e0))
        e0 -= 2;
    /* (capitalised after "the" too: "a report by the Auditor-General") */
    int office = sift_tok_in(d, e0, offices) &&
                 (!(d->toks.v[e0].flags & TF_CAP) || (e0 > s0 + 1 && sift_tok_is(d, e0 - 1, "the")));
    int kind = x < 0 && d->toks.v[e].kind == TK_WORD &&
               ((!(d->toks.v[e].flags & TF_CAP) && (d->toks.v[e].w.flags & (W_ORGKIND | W_ORGKEY))) || office);
    if ((x < 0 && !kind) || d->toks.v[e].kind != TK_WORD)
        return 0;
    uint32_t m = kind ? e0 : sift_name_start(d, e, s0);
    /* ("the national statistics agency INDEC"; "state", a verb of saying
     * too, as the tagger reads it: "the state auditor") */
    while (m > s0 && m + 4 > e && d->toks.v[m - 1].kind == TK_WORD && !(d->toks.v[m - 1].flags & TF_CAP) &&
           !(d->toks.v[m - 1].w.flags & (W_PREP | W_AUX)) &&
           !((d->toks.v[m - 1].w.flags & (W_VERB | W_CUE)) && d->toks.v[m - 1].upos != SIFT_UPOS_NOUN &&
             d->toks.v[m - 1].upos != SIFT_UPOS_ADJ) &&
           !sift_tok_is(d, m - 1, "the"))
        m--;
    if (kind && m > s0 + 1 && d->toks.v[m - 1].kind != TK_WORD && (d->toks.v[m - 1].flags & TF_POSS) &&
        sift_entity_at(d, m - 2) >= 0)
        m = sift_name_start(d, m - 2, s0);
    /* (or a common noun's: "the state's auditor-general") */
    else if (kind && m > s0 + 3 && d->toks.v[m - 1].kind != TK_WORD && (d->toks.v[m - 1].flags & TF_POSS) &&
             d->toks.v[m - 2].kind == TK_WORD && !(d->toks.v[m - 2].flags & TF_CAP) && sift_tok_is(d, m - 3, "the"))
        m -= 2;
    else if (kind && !(m > s0 && sift_tok_is(d, m - 1, "the")))
        return 0;
    if (m > s0 && sift_tok_is(d, m - 1, "the"))
        m--;
    /* (or where it was lodged: "a filing with the Frankfurt Stock Exchange") */
    static const char *const filings[] = {"filing", "filings", NULL};
    if (m < s0 + 2 || !(sift_tok_is(d, m - 1, "by") || sift_tok_is(d, m - 1, "from") ||
                        (sift_tok_is(d, m - 1, "with") && sift_tok_in(d, m - 2, filings))))
        return 0;
    uint32_t k = m - 2;
    while (k > s0 && (d->toks.v[k].flags & TF_USED))
        k--; /* ("published on Thursday by") */
    if (k < m - 2 && k > s0 && (d->toks.v[k].w.flags & W_PREP))
        k--;
    if (k > s0 && k < m - 1 && !(d->toks.v[k].flags & TF_CAP) &&
        (sift_tok_ends(d, k, "ed") || sift_tok_is(d, k, "published") || sift_tok_is(d, k, "compiled")))
        k--; /* ("data released by") */
    return sift_document_noun(d, k);
}

/* "A report by the Red Andina del Agua, ..., found": does a document open
 * the sentence of the verb at c (or stand right before it) as its
 * subject? Not "Police found 12 bodies". */
static int document_subject(const doc *d, uint32_t c)
{
    uint32_t b = sift_body_start(d, d->toks.v[c].sent);
    /* (past an opening adverb: "Separately, figures from ... show") */
    static const char *const linking[] = {"separately", "meanwhile", "however", "nationally", "overall", NULL};
    if (b + 2 < c && sift_is_punct(d, b + 1, ',') && sift_tok_in(d, b, linking))
        b += 2;
    /* (or its date: "On Monday, readings from the agency showed") */
    uint32_t m = past_dates(d, b, c);
    if (m > b && m + 1 < c && sift_is_punct(d, m, ','))
        b = m + 1;
    if (b < c && (d->toks.v[b].w.flags & W_DET))
        b++;
    /* ("The union's most recent annual report": past its owner) */
    if (b + 2 < c && d->toks.v[b].kind == TK_WORD && (d->toks.v[b + 1].flags & TF_POSS) &&
        d->toks.v[b + 1].kind != TK_WORD)
        b += 2;
    for (uint32_t w = 0; w < 3 && b + 1 < c && d->toks.v[b].kind == TK_WORD && d->toks.v[b].ment < 0 &&
                         (!(d->toks.v[b].flags & TF_CAP) || (d->toks.v[b].flags & TF_SENT)) &&
                         !sift_document_noun(d, b) && !(d->toks.v[b].w.flags & (W_VERB | W_PREP));
         w++)
        b++; /* ("A new study", "Crowd figures", "most recent annual report") */
    return (b < c && sift_document_noun(d, b)) || (c > 0 && sift_document_noun(d, c - 1));
}

/* Auxiliaries that are finite verbs themselves (W_AUX also flags "plan",
 * "need", "remain"). */
/* Count nouns "that" can point back at: "says that figure ignores" */
static const char *const pointed_nouns[] = {"figure", "number", "estimate", "claim", "plan", "decision", "proposal",
                                            "report", "study", "survey", "forecast", "projection", "count", "tally",
                                            "total", "rule", "law", "policy", "deal", "offer", "argument", "rate",
                                            "price", "sum", "amount", "level", "account", "approach", "view",
                                            "comparison",
                                            /* (a singular that needs its article: "said that answer was") */
                                            "answer", "response", "assessment", "explanation", "promise",
                                            "warning", "request", "demand", "target", "scheme", "move", "step",
                                            "statement", "idea", "verdict", "ruling", "package",
                                            /* ("said that volume was "physically impossible"") */
                                            "volume", "result", "outcome", "conclusion", "cost", "share",
                                            "increase", "decline", "trend", "timetable", "deadline",
                                            /* ("says that review never took place") */
                                            "review", "audit", "inquiry", "investigation", "agreement",
                                            "commitment", "payment", "project", NULL};
/* Do a relative pronoun and a short subject come right before the cue at
 * c ("which the service said", "that analysts said")? */
static int relative_subject(const doc *d, uint32_t s0, uint32_t c)
{
    /* (a name's words count once: "winds that the National Institute of
     * Meteorology said reached") */
    for (uint32_t k = c, n = 0; k-- > s0 && n <= 5; n++) {
        const tok *u = &d->toks.v[k];
        /* (a possessive's mark too: "which farmers' groups warned") */
        if (u->kind != TK_WORD && !(u->flags & TF_POSS))
            return 0;
        if (u->ment >= 0 && d->ments.v[u->ment].t0 < k && d->ments.v[u->ment].t1 <= c) {
            k = d->ments.v[u->ment].t0 + 1;
            continue;
        }
        if ((sift_tok_is(d, k, "which") || sift_tok_is(d, k, "that")) && k + 1 < c && !(u->flags & TF_CAP))
            return k > s0 && (sift_is_punct(d, k - 1, ',') || d->toks.v[k - 1].upos == SIFT_UPOS_NOUN);
        if ((u->w.flags & (W_VERB | W_AUX | W_PREP)) || sift_finite_verb(d, k))
            return 0;
    }
    return 0;
}

static const char *const finite_auxes[] = {"had", "has", "have", "would", "will", "could", "was", "were", "is",
                                           "are", "might", "may", "should", "can", "must", NULL};

/* Is number token k four digits from 1000 to 2999, most likely a year? */
static int year_like(const doc *d, uint32_t k)
{
    return TOK_N(d, k) == 4 && (TOK_S(d, k)[0] == '1' || TOK_S(d, k)[0] == '2');
}

/* After the comma at c, words up to another comma (past names listed
 * with commas) and a verb in the past or a finite auxiliary right after
 * it, with no verb of saying, quotation mark or "that" between? */
static int aside_then_verb(const doc *d, uint32_t c, uint32_t s1)
{
    for (uint32_t j = c + 1; j + 1 < s1 && j < c + 18; j++) {
        const tok *u = &d->toks.v[j];
        if (sift_quote_mark(u) || sift_is_cue(d, j) || sift_tok_is(d, j, "that") || sift_is_punct(d, j, ';') ||
            sift_is_punct(d, j, '(') || sift_is_punct(d, j, ':'))
            return 0;
        if (!sift_is_punct(d, j, ','))
            continue;
        const tok *v = &d->toks.v[j + 1];
        if (!(v->flags & TF_CAP) && v->kind == TK_WORD &&
            ((v->upos == SIFT_UPOS_VERB && sift_tagged(d, j + 1, "VBD")) || sift_tok_in(d, j + 1, finite_auxes)))
            return 1;
    }
    return 0;
}

/* "Data released by the URA showed developers sold 2,184 homes", "The
 * audit found boards had removed ...": after "showed" or "found" at c, a
 * clause with no "that" from k, when the parser makes its verb the
 * complement of c ("found the wreckage buried under snow", "showed the
 * damage caused by the storm" are objects). Without the parse, only a
 * document's finding with a finite auxiliary is one. */
static int finding_clause(const doc *d, uint32_t c, uint32_t k, uint32_t s1)
{
    static const char *const finds[] = {"showed", "shows", "show", "found", "finds", NULL};
    /* (a figure's preposition opens one: "show about 2,900 companies
     * entered") */
    if (!sift_tok_in(d, c, finds) || k >= s1 || ((d->toks.v[k].w.flags & W_PREP) && !figure_opener(d, k)) ||
        !sift_clause_starts(d, k))
        return 0;
    /* "Figures compiled by the FAO showed the strain had been reported
     * in ...": after a document, a noun phrase and a finite auxiliary make
     * a clause, whatever the parse */
    /* (or a figure, its noun and a verb in the past: "Figures from ASIC
     * show about 2,900 construction companies entered administration") */
    int figure = figure_opener(d, k) || d->toks.v[k].kind == TK_NUM, doc_subject = document_subject(d, c);
    /* (or a plural noun, words on it, and its verb in the past: "The
     * centre's data show resignations fell slightly", "figures from the
     * eSafety Commissioner show complaints about cyberbullying targeting
     * Australian children rose 27 per cent") */
    /* (a noun in the singular too, past its acronym and a hyphenated
     * word: "Figures from the health department show MMR coverage among
     * 2-year-olds in Hennepin County rose to about 55%") */
    /* (past its article and modifiers: "figures show the average rent for
     * a two-bedroom apartment in Toronto reached", "show asking rents
     * across Spain rose", "shows the national median asking rent was") */
    /* (or a pronoun and its verb: "Figures from the authority show it
     * received more than 1,000 notifications") */
    static const char *const pronouns[] = {"it", "they", NULL};
    if (doc_subject && k + 1 < s1 && sift_tok_in(d, k, pronouns) && !(d->toks.v[k].flags & TF_CAP) &&
        !(d->toks.v[k + 1].flags & TF_CAP) && (sift_tagged(d, k + 1, "VBD") || sift_tok_in(d, k + 1, finite_auxes)))
        return 1;
    uint32_t n0 = k;
    while (n0 + 1 < s1 && n0 < k + 5 && d->toks.v[n0].kind == TK_WORD && d->toks.v[n0].upos != SIFT_UPOS_NOUN &&
           (((d->toks.v[n0].w.flags & W_DET) && !(d->toks.v[n0].flags & TF_CAP)) ||
            d->toks.v[n0].upos == SIFT_UPOS_ADJ || (d->toks.v[n0].flags & TF_ALLCAPS) || sift_tok_ends(d, n0, "ing")))
        n0++;
    /* (a plural the tagger took for a verb, right after the cue: "show
     * exports of iron and steel ... were worth") */
    int plural = n0 == c + 1 && d->toks.v[n0].upos == SIFT_UPOS_VERB && sift_tagged(d, n0, "VBZ");
    if (doc_subject && (d->toks.v[n0].upos == SIFT_UPOS_NOUN || plural) && !(d->toks.v[n0].flags & TF_CAP))
        for (uint32_t j = n0 + 1; j < s1 && j < k + 18; j++) {
            if ((j + 1 < s1 && sift_in_compound(d, j + 1)) ||
                (d->toks.v[j].kind == TK_NUM && j + 2 < s1 && sift_in_compound(d, j + 2)))
                continue; /* ("2-year-olds": a hyphen, or a figure before one, inside a word) */
            /* (past initials in brackets: "show the average price of very
             * low sulphur fuel oil (VLSFO) at the port was") */
            uint32_t pw = sift_paren_word(d, j, s1);
            if (pw) {
                j += pw - 1;
                continue;
            }
            /* (past words between commas, to a verb right after the
             * second: "show exports of iron and steel, most of it nickel
             * pig iron, were worth", "show the airports it operates,
             * including Suvarnabhumi, Don Mueang and Phuket, handled") */
            if (sift_is_punct(d, j, ',')) {
                if (aside_then_verb(d, j, s1))
                    return 1;
                break;
            }
            /* (past an owner's mark: "the price of homeowners' home and
             * mortgage insurance rose") */
            if (d->toks.v[j].kind != TK_WORD && !((d->toks.v[j].flags & TF_POSS) && j > n0 + 1))
                break;
            /* (or a verb's past participle before a figure: "show capelin
             * products brought in about 28 billion kronur") */
            if (d->toks.v[j].upos == SIFT_UPOS_VERB && sift_tagged(d, j, "VBN") && j + 2 < s1 &&
                (d->toks.v[j + 1].w.flags & W_PREP) && !(d->toks.v[j].flags & TF_CAP) &&
                (figure_opener(d, j + 2) || (d->toks.v[j + 2].kind == TK_NUM && !year_like(d, j + 2))))
                return 1;
            /* (or "cost" before an amount: "show the subsidy cost about 6.7
             * billion dirhams") */
            if (((d->toks.v[j].upos == SIFT_UPOS_VERB && sift_tagged(d, j, "VBD")) ||
                 (sift_tok_is(d, j, "cost") && sift_finite_verb(d, j))) &&
                !(d->toks.v[j].flags & TF_CAP))
                return 1;
            if (sift_tok_in(d, j, finite_auxes) && !(d->toks.v[j].flags & TF_CAP) && n0 > k)
                return 1; /* ("the national median asking rent was") */
            if (sift_is_cue(d, j))
                break;
        }
    if (doc_subject)
        for (uint32_t j = k; j < s1 && j < k + 7; j++) {
            if (j > k && sift_tok_in(d, j, finite_auxes) && !(d->toks.v[j].flags & TF_CAP))
                return 1;
            const tok *u = &d->toks.v[j];
            if (figure && j > k + 1 && u->upos == SIFT_UPOS_VERB && sift_tok_ends(d, j, "ed") &&
                !(u->flags & TF_CAP) && d->toks.v[j - 1].upos == SIFT_UPOS_NOUN)
                return 1;
            /* (past a percent sign and "of": "shows about 3.5% of
             * kindergartners used") */
            if (figure && j > k &&
                ((u->kind == TK_SYM && TOK_S(d, j)[0] == '%') ||
                 (sift_tok_is(d, j, "of") && j + 1 < s1 && d->toks.v[j - 1].kind != TK_WORD)))
                continue;
            if ((u->kind != TK_WORD && !(u->flags & TF_POSS) && !(figure && u->kind == TK_NUM)) ||
                ((u->w.flags & (W_VERB | W_AUX | W_PREP | W_CUE)) && !(u->flags & TF_CAP) &&
                 u->upos != SIFT_UPOS_NOUN && !(j == k && figure)))
                break;
        }
    if (!sift_parse_sentence(d, d->toks.v[c].sent)) /* (the parse last: it costs the most) */
        return 0;
    for (uint32_t j = k + 1; j < s1 && j < k + 14; j++) {
        const tok *u = &d->toks.v[j];
        static const char *const subords[] = {"when", "as", "after", "before", "because", "if", "while",
                                              "since", "until", "although", "though", "to", NULL};
        if (u->kind == TK_QUOTE || sift_is_punct(d, j, ',') || sift_tok_is(d, j, "that") ||
            sift_tok_is(d, j, "and") || sift_tok_is(d, j, "or") || sift_tok_is(d, j, "but") ||
            (sift_tok_in(d, j, subords) &&
             /* (not "to" before a place: "exports to the United States rose") */
             !(sift_tok_is(d, j, "to") && j + 1 < s1 &&
               (((d->toks.v[j + 1].w.flags & W_DET) && !(d->toks.v[j + 1].flags & TF_CAP)) ||
                sift_entity_at(d, j + 1) >= 0))))
            return 0;
        /* (a second verb with no "and" before it, which the parser may
         * join to c as a conjunct, or an adverbial clause with no word to
         * open it, is the clause's too: "showed 24,860 new homes were
         * completed") */
        if (u->head == (int32_t)c && u->deprel &&
            (strcmp(u->deprel, "ccomp") == 0 || strcmp(u->deprel, "conj") == 0 || strcmp(u->deprel, "advcl") == 0 ||
             strcmp(u->deprel, "xcomp") == 0)) {
            /* (an xcomp only with its auxiliary: not "showed Tavakoli
             * being embraced by relatives") */
            if (sift_finite_verb(d, j) && strcmp(u->deprel, "xcomp") != 0)
                return 1;
            /* (or a form of "be" before its predicate: "showed the
             * reservoir was only 28% full") */
            for (uint32_t m = j; m-- > k + 1;)
                if ((d->toks.v[m].w.flags & W_AUX) && d->toks.v[m].head == (int32_t)j && !sift_tok_ends(d, m, "ing") &&
                    !sift_tok_is(d, m, "be") && !sift_tok_is(d, m, "been")) /* (not "showed him being embraced") */
                    return 1;
            return 0;
        }
    }
    return 0;
}

/* "reported record overcrowding and doctors' groups warned that": an
 * object, then "and" and someone else who speaks a clause of his own; no
 * clause of the first verb's starts at k. */
static int speaker_then_that(const doc *d, uint32_t k, uint32_t s1)
{
    for (uint32_t j = k + 1; j + 1 < s1 && j < k + 12; j++) {
        if (sift_quote_mark(&d->toks.v[j]) || sift_is_punct(d, j, ','))
            return 0;
        if (!sift_finite_verb(d, j) || sift_tok_ends(d, j, "ing")) /* ("record overcrowding") */
            continue;
        if (!sift_is_cue(d, j) || !sift_tok_is(d, j + 1, "that"))
            return 0;
        for (uint32_t a = j; a-- > k + 1;)
            if (sift_tok_is(d, a, "and") && !(d->toks.v[a].flags & TF_CAP))
                return 1;
        return 0;
    }
    return 0;
}

/* "data showed the region's jobless rate at 15.2%": after "showed" at c,
 * what was measured and the figure it stood at from k, a clause with its
 * verb left out. */
static int figure_shown(const doc *d, uint32_t c, uint32_t k, uint32_t s1)
{
    static const char *const shows[] = {"showed", "shows", "show", NULL};
    static const char *const finds[] = {"found", "finds", "find", NULL};
    int showed = sift_tok_in(d, c, shows);
    if (k >= s1 || (d->toks.v[k].w.flags & W_PREP) || !(showed || sift_tok_in(d, c, finds)))
        return 0;
    /* (a document that does it, outside the headline; "found" only then) */
    int document = d->toks.v[c].sent > 0 && document_subject(d, c);
    if (!showed && !document)
        return 0;
    for (uint32_t j = k; j + 1 < s1 && j < k + 8; j++) {
        const tok *u = &d->toks.v[j];
        /* "showed 198 active social conflicts", "found elevated levels of
         * arsenic in 7 of the 12 streams": a figure in what was shown */
        if (document && (u->kind == TK_NUM || (u->kind == TK_SYM && d->toks.v[j + 1].kind == TK_NUM)) &&
            !(u->flags & TF_USED))
            return 1;
        if (document && (sift_tok_is(d, j, "in") || sift_tok_is(d, j, "of")) &&
            (d->toks.v[j + 1].kind == TK_NUM || (d->toks.v[j + 1].kind == TK_SYM && j + 2 < s1 &&
                                                 d->toks.v[j + 2].kind == TK_NUM)) &&
            !(d->toks.v[j + 1].flags & TF_USED))
            return 1; /* ("showed a loss of £8.3 million") */
        if (j == k)
            continue;
        /* (past a word of approximation: "at about 85 billion baht") */
        uint32_t at = j + 1 + (j + 2 < s1 && (d->toks.v[j + 1].w.flags & W_QUAL));
        if (sift_tok_is(d, j, "at") && (d->toks.v[at].kind == TK_NUM || d->toks.v[at].kind == TK_SYM))
            return 1;
        /* (or what it did: "showed prices rising 6.4% in October", "showed
         * reserves stood at $46.3 billion", which the parse may miss) */
        uint32_t f = j + 1 + (j + 2 < s1 && (sift_tok_is(d, j + 1, "at") || sift_tok_is(d, j + 1, "to")));
        if ((sift_tok_ends(d, j, "ing") || sift_finite_verb(d, j)) && !(d->toks.v[j].w.flags & W_AUX) &&
            (d->toks.v[f].kind == TK_NUM || d->toks.v[f].kind == TK_SYM))
            return 1;
        /* ("the poverty rate in Al Haouz province at 19.4%": a place may
         * name what was measured) */
        if (sift_tok_is(d, j, "in") && j + 1 < s1 && sift_entity_at(d, j + 1) >= 0)
            continue;
        /* ("levels of arsenic in 7 ...": what was measured) */
        if (sift_tok_is(d, j, "of") && d->toks.v[j + 1].kind == TK_WORD && !(d->toks.v[j + 1].flags & TF_CAP))
            continue;
        if ((u->kind != TK_WORD && !(u->flags & TF_POSS)) || (u->w.flags & (W_VERB | W_AUX | W_CUE | W_PREP)) ||
            (u->flags & TF_USED))
            return 0;
    }
    return 0;
}

/*
 * "CLAUSE, X said [on Tuesday]." and "CLAUSE, said X.": the attribution
 * closes the sentence and everything before its comma is reported, speech
 * verbs and all ("The men told residents ..., police said"). Returns 1 when
 * it matched (and, unless dry, adds the report), 0 when not, -1 when out of
 * memory.
 */
/* "..., an inquiry report released on Monday found": a document and the
 * participle of its release at e, its date past. */
static int released_on(const doc *d, uint32_t e, uint32_t s0)
{
    static const char *const released[] = {"released", "published", "issued", "presented", NULL};
    return e > s0 + 1 && sift_tok_in(d, e, released) && sift_document_noun(d, e - 1);
}

/* ", said the veterinarian, Laura Quintero.": after the verb at c, "the"
 * and a role up to a comma, then a person's name that ends the sentence
 * or is followed by a comma and a relative clause or a description. The
 * role's comma, the end of the name in *name_end; 0 if none. */
uint32_t sift_role_named_after(const doc *d, uint32_t c, uint32_t s1, uint32_t *name_end)
{
    if (c == 0 || !sift_is_punct(d, c - 1, ',') || !sift_tok_is(d, c + 1, "the"))
        return 0;
    uint32_t k = c + 2;
    while (k < s1 && k < c + 6 && d->toks.v[k].kind == TK_WORD && sift_entity_at(d, k) < 0)
        k++;
    if (k >= s1 || k < c + 3 || !sift_is_punct(d, k, ',') || !(d->toks.v[k - 1].w.flags & (W_PERSON_NOUN | W_TITLE)) ||
        sift_entity_at(d, k + 1) < 0 || d->ents.v[sift_entity_at(d, k + 1)].type != ET_PERSON)
        return 0;
    uint32_t m = sift_name_end(d, k + 1, s1);
    /* (or the body after the name: "said the official, Peter Mwangi of the
     * Kenya Importers and Shippers Forum.") */
    /* (its words in capitals, "and" or "of" between them) */
    uint32_t o = m + 1 + (m + 2 < s1 && sift_tok_is(d, m + 1, "the")), oe = o;
    while (oe < s1 && d->toks.v[oe].kind == TK_WORD &&
           ((d->toks.v[oe].flags & TF_CAP) ||
            (oe > o && (sift_tok_is(d, oe, "and") || sift_tok_is(d, oe, "of") || sift_tok_is(d, oe, "for")))))
        oe++;
    if (m + 1 < s1 && sift_tok_is(d, m, "of") && oe > o && (d->toks.v[oe - 1].flags & TF_CAP) &&
        (oe >= s1 || sift_is_punct(d, oe, '.'))) {
        *name_end = m;
        return k;
    }
    if (m >= s1 || sift_is_punct(d, m, '.') ||
        (sift_is_punct(d, m, ',') && (sift_tok_is(d, m + 1, "who") || description_after(d, m, s1)))) {
        *name_end = m;
        return k;
    }
    return 0;
}

/* A verb a document or a study says things with: "show", "found". */
static int finding_verb(const doc *d, uint32_t c)
{
    /* (or a committee's advice: "..., an Oireachtas committee has recommended") */
    static const char *const v[] = {"showed", "show",     "shows",       "found", "finds", "concluded",
                                    "recommended", "recommends", NULL};
    return sift_tok_in(d, c, v);
}

/* Does a clause of its own start between token k and s1: a finite verb in
 * lower case (not a participle in "-ed": "compiled by LSEG"), a quotation
 * or a semicolon? */
static int clause_to_end(const doc *d, uint32_t k, uint32_t s1)
{
    for (; k < s1; k++)
        if ((sift_finite_verb(d, k) && !(d->toks.v[k].flags & TF_CAP) && !sift_tok_ends(d, k, "ed")) ||
            d->toks.v[k].kind == TK_QUOTE || sift_is_punct(d, k, ';'))
            return 1;
    return 0;
}

/* Is token k "has" or "have", the auxiliary of a perfect before a verb of
 * saying ("..., a state inquiry has found.")? */
static int perfect_aux(const doc *d, uint32_t k)
{
    return sift_tok_is(d, k, "has") || sift_tok_is(d, k, "have");
}

/* Is the cue at c in "a figure the union said understated the real
 * workforce": a noun, "the" and one word, the cue, then a past verb (the
 * tagger may call it an adjective before its object) whose subject is the
 * noun? */
static int noun_the_said(const doc *d, uint32_t c, uint32_t s0)
{
    /* (or a pronoun: "..., a figure she said came from the port's own
     * business association") */
    static const char *const pronouns[] = {"he", "she", "they", NULL};
    if (c >= s0 + 3 && c + 2 < d->toks.n && sift_tok_in(d, c - 1, pronouns) && !(d->toks.v[c - 1].flags & TF_CAP) &&
        d->toks.v[c - 2].upos == SIFT_UPOS_NOUN && !(d->toks.v[c - 2].flags & TF_CAP) &&
        (d->toks.v[c - 3].w.flags & W_DET) && d->toks.v[c + 1].upos == SIFT_UPOS_VERB &&
        !(d->toks.v[c + 1].flags & TF_CAP) && !sift_is_cue(d, c + 1) && !sift_tok_ends(d, c + 1, "ing"))
        return 1;
    return c >= s0 + 3 && c + 2 < d->toks.n && sift_tok_ends(d, c + 1, "ed") &&
           (d->toks.v[c + 1].upos == SIFT_UPOS_VERB || (d->toks.v[c + 2].w.flags & W_DET)) &&
           !(d->toks.v[c + 1].flags & TF_CAP) && !sift_is_cue(d, c + 1) && sift_tok_is(d, c - 2, "the") &&
           d->toks.v[c - 3].upos == SIFT_UPOS_NOUN && !(d->toks.v[c - 3].flags & TF_CAP);
}

/* Is a noun for a person among the three words from k, before hi ("a
 * spokesman for ...", "a senior economist at ...")? */
static int person_noun_after(const doc *d, uint32_t k, uint32_t hi)
{
    for (uint32_t j = k; j < hi && j < k + 3 && d->toks.v[j].kind == TK_WORD && !(d->toks.v[j].flags & TF_CAP); j++)
        if (d->toks.v[j].w.flags & (W_PERSON_NOUN | W_TITLE))
            return 1;
    return 0;
}

/* Is the word at v, after a singular noun and before its object that
 * ends before hi, a verb in the present the tagger took for a plural
 * ("the strike targets 12 landlords", "the plan covers the")? */
static int plural_verb(const doc *d, uint32_t v, uint32_t hi)
{
    const tok *t = &d->toks.v[v];
    return v + 1 < hi && t->upos == SIFT_UPOS_NOUN && sift_tok_ends(d, v, "s") && !(t->flags & TF_CAP) &&
           d->toks.v[v - 1].upos == SIFT_UPOS_NOUN && !sift_tok_ends(d, v - 1, "s") &&
           !(d->toks.v[v - 1].flags & TF_CAP) &&
           (d->toks.v[v + 1].kind == TK_NUM ||
            ((d->toks.v[v + 1].w.flags & W_DET) && !(d->toks.v[v + 1].flags & TF_CAP)));
}

/* Events something is said at ("told a news conference"). */
static const char *const events[] = {"conference", "briefing", "meeting", "hearing", "rally", "summit",
                                     "session", "forum", "ceremony", "gathering", NULL};

static int final_attribution(doc *d, uint32_t c, uint32_t s0, uint32_t s1, int dry)
{
    /* (a verb that opens its sentence closes no clause before it; at the
     * document's first token, "c - 1" below would wrap around) */
    if (c <= s0)
        return 0;
    /* (nor what a list takes in: "..., including interest added while she
     * studied", an "-ed" word on it) */
    for (uint32_t k = c - 1; k > s0 && k + 4 > c; k--)
        if ((sift_tok_is(d, k, "including") || sift_tok_is(d, k, "excluding")) && !(d->toks.v[k].flags & TF_CAP))
            return 0;
    /* ("... from Britain, Ireland and the Gulf states.", "... in Ondo,
     * Osun, Cross River and Ogun states by the middle of next year.": a
     * plural noun, not a verb, after a place; "..., Reuters reports" is a
     * body's) */
    int before = c > s0 ? sift_entity_at(d, c - 1) : -1;
    if (sift_tok_is(d, c, "states") && c >= s0 + 2 && !(d->toks.v[c].flags & TF_CAP) &&
        (d->toks.v[c - 1].flags & TF_CAP) &&
        (before < 0 || (d->ents.v[before].type != ET_ORG && d->ents.v[before].type != ET_PERSON)))
        return 0;
    /* (nor a participle on the figure's noun: "reaching 7.3 million
     * confirmed cases") */
    if (c > s0 && c + 1 < s1 && d->toks.v[c + 1].kind == TK_WORD && !(d->toks.v[c + 1].flags & TF_CAP) &&
        d->toks.v[c + 1].upos == SIFT_UPOS_NOUN &&
        (d->toks.v[c - 1].kind == TK_NUM || (d->toks.v[c - 1].w.flags & W_NUMWORD)))
        return 0;
    /* a say-type verb, followed by at most a few adjunct words up to the
     * sentence end or ", citing ...", and no new clause */
    /* "..., government data showed on Thursday", "..., the study found",
     * "..., researchers concluded": documents and researchers speak too */
    /* (past the maker's acronym: "..., data from the Malaysian Palm Oil
     * Board (MPOB) showed") */
    /* (and its date: "..., data released by the CBRT on Thursday showed") */
    uint32_t me = c - 1;
    me -= me > s0 + 1 && perfect_aux(d, me); /* ("... has found") */
    while (me > s0 && (d->toks.v[me].flags & TF_USED))
        me--;
    if (me < c - 1 && me > s0 && (d->toks.v[me].w.flags & W_PREP))
        me--;
    if (me >= 3 && sift_paren_word(d, me - 2, me + 1))
        me -= 3;
    /* (past "has": "..., a state inquiry has found.") */
    /* (or "also": "..., the survey also showed.") */
    uint32_t dn = c > s0 + 1 && (perfect_aux(d, c - 1) || (sift_tok_is(d, c - 1, "also") && finding_verb(d, c)))
                      ? c - 2
                      : c - 1;
    /* (or "it" for one: "Only 31% ... had been spent ..., it found.") */
    int data_showed = finding_verb(d, c) && c > 0 && (sift_document_noun(d, dn) || sift_tok_is(d, dn, "researchers") ||
                                sift_tok_is(d, dn, "it") ||
                                sift_tok_is(d, dn, "scientists") || sift_tok_is(d, dn, "investigators") ||
                                document_of(d, dn, s0) || document_by(d, me, s0) || released_on(d, me, s0) ||
                                /* (or a body: "..., the Australian National Audit Office found") */
                                (d->toks.v[dn].ment >= 0 && d->ments.v[d->toks.v[dn].ment].type == ET_ORG) ||
                                /* (named or not: "..., an Oireachtas committee has recommended") */
                                ((sift_tok_org_kind(d, dn) || (d->toks.v[dn].w.flags & W_ORGKEY)) &&
                                 !(d->toks.v[dn].flags & TF_CAP) && /* (not "a check by this newspaper") */
                                 !(dn > s0 && (sift_tok_is(d, dn - 1, "this") || sift_tok_is(d, dn - 1, "our")))));
    /* (nor the verb of a clause a verb of saying reports: "A health
     * official, speaking on condition of anonymity, said records showed
     * about 11,000 visits") */
    if (data_showed) {
        uint32_t sb = dn;
        while (sb > s0 && sb + 4 > dn && d->toks.v[sb - 1].kind == TK_WORD && !(d->toks.v[sb - 1].flags & TF_CAP) &&
               (d->toks.v[sb - 1].upos == SIFT_UPOS_NOUN || d->toks.v[sb - 1].upos == SIFT_UPOS_ADJ ||
                (d->toks.v[sb - 1].w.flags & W_DET)))
            sb--;
        if (sb > s0 && d->toks.v[sb - 1].kind == TK_WORD && !(d->toks.v[sb - 1].flags & (TF_CAP | TF_INQUOTE)) &&
            sift_is_cue(d, sb - 1) && d->toks.v[sb - 1].upos == SIFT_UPOS_VERB)
            return 0;
    }
    /* (or one that takes an object elsewhere, ending the sentence or
     * before a tail: "..., the hospital network disclosed on Thursday") */
    if (!(d->toks.v[c].w.flags & W_CUE_SAY) && d->toks.v[c].w.val != 1 && !data_showed) {
        uint32_t past = past_dates(d, c + 1, s1);
        if (!(c > s0 + 2 && (sift_tok_is(d, c, "disclosed") || sift_tok_is(d, c, "revealed")) &&
              (past >= s1 || sift_is_punct(d, past, '.') || sift_is_punct(d, past, ','))))
            return 0;
    }
    /* (nor a verb with an object of its own, its subject before it:
     * "Standing on the highway, Rahima Khatun, 38, recalled the night.") */
    int aged = c > s0 + 3 && sift_is_punct(d, c - 1, ',') && d->toks.v[c - 2].kind == TK_NUM &&
               sift_is_punct(d, c - 3, ','); /* (past an age: ", 38, recalled") */
    if (c > s0 + 1 && c + 2 < s1 && (!sift_is_punct(d, c - 1, ',') || aged) && (d->toks.v[c + 1].w.flags & W_DET) &&
        !(d->toks.v[c + 1].flags & (TF_CAP | TF_USED)) && d->toks.v[c + 2].upos == SIFT_UPOS_NOUN &&
        !(d->toks.v[c + 2].flags & TF_USED) && !addressee_verb(d, c))
        return 0;
    /* (nor the verb of a clause a conjunction opens: "..., a sum he
     * expected to rise if infections continued into the winter") */
    static const char *const subordinators[] = {"if", "unless", "when", "whenever", "because", "although",
                                                "though", "whether", "once", "until", NULL};
    for (uint32_t k = c; k-- > s0 && k + 5 > c && !sift_is_punct(d, k, ',') && d->toks.v[k].kind == TK_WORD;)
        if (sift_tok_in(d, k, subordinators) && !(d->toks.v[k].flags & TF_CAP))
            return 0;
    /* (nor a verb of a relative clause: "..., several involving hunters who
     * had posted photographs of dead animals on social media") */
    uint32_t rw = c - 1 - (c > s0 + 1 && (d->toks.v[c - 1].w.flags & W_AUX));
    if (rw > s0 && sift_tok_is(d, rw, "who") && !(d->toks.v[rw].flags & TF_CAP))
        return 0;
    /* (nor one after "where" and its pronoun: "a shop in Accra, where she
     * said most pupils buy their vapes") */
    if (rw > s0 + 1 && sift_tok_in(d, rw, sift_subject_pronouns) && sift_tok_is(d, rw - 1, "where") &&
        !(d->toks.v[rw - 1].flags & TF_CAP))
        return 0;
    /* (nor after a subject and its name in apposition, with no verb: "The
     * group's lawyer, Simba Ncube, said the ruling set an important
     * precedent", the tagger taking "set" for a noun) */
    if (c > s0 + 2 && sift_is_punct(d, c - 1, ',') && d->toks.v[c - 2].ment >= 0 &&
        d->ments.v[d->toks.v[c - 2].ment].type == ET_PERSON) {
        int verb = 0;
        for (uint32_t k = s0; k + 1 < c && !verb; k++)
            verb = d->toks.v[k].kind == TK_QUOTE || (sift_finite_verb(d, k) && d->toks.v[k].ment < 0);
        if (!verb)
            return 0;
    }
    /* ("..., claiming her first major title.": a participle after a comma
     * has no subject of its own to end the sentence with) */
    if (c > s0 && sift_is_punct(d, c - 1, ',') && sift_tok_ends(d, c, "ing"))
        return 0;
    /* (nor is one its subject: "..., putting estimated losses at NZ$3.4
     * billion.") */
    if (c >= s0 + 2 && sift_is_punct(d, c - 2, ',') && sift_tok_ends(d, c - 1, "ing") &&
        !(d->toks.v[c - 1].flags & TF_CAP))
        return 0;
    /* (a verb whatever the tagger says after a document noun: "the audit
     * found", "official trade data show"; or before the comma or the full
     * stop: "..., the central bank estimates, a share that ...") */
    /* (past a date: "..., the Premier League club announced on Saturday.") */
    uint32_t after = past_dates(d, c + 1, s1);
    int ends = after >= s1 || sift_is_punct(d, after, ',') || sift_is_punct(d, after, '.') ||
               sift_is_punct(d, after, ';');
    /* (or after a name the comma opens the subject with, then the end or
     * a date: "..., the national food supply agency Conab forecast on
     * Thursday."; not "..., above the Conab forecast.") */
    /* (the subject's comma and no preposition before it are checked below) */
    int named = 0;
    if (c > s0 + 1 && d->toks.v[c - 1].ment >= 0 && (d->ments.v[d->toks.v[c - 1].ment].type == ET_ORG ||
                                                     d->ments.v[d->toks.v[c - 1].ment].type == ET_PERSON)) {
        uint32_t a = past_dates(d, c + 1, s1);
        named = a >= s1 || sift_is_punct(d, a, '.') || sift_is_punct(d, a, ',');
    }
    if (d->toks.v[c].upos && d->toks.v[c].upos != SIFT_UPOS_VERB && !data_showed && !named &&
        !(ends && d->toks.v[c].w.val == 1 && c > s0 && d->toks.v[c - 1].upos == SIFT_UPOS_NOUN))
        return 0; /* "..., and issued its highest-level emergency warning" */
    /* "In a statement read to the court, the widow's daughter said her
     * mother no longer answered the door": a clause follows the verb */
    /* (or a figure: "In a statement, the ministry said 1,200 lorries a day
     * used the detour") */
    /* (not ", said the union leader, Tom Okoye, who ...": a role and its
     * name in apposition after the verb) */
    uint32_t role_name_end = 0, role_end = sift_role_named_after(d, c, s1, &role_name_end);
    /* (or a bare noun: "..., the largest of the chains, said price
     * increases reflected higher costs") */
    if (c + 1 < s1 && !role_end && !sift_unnamed_who(d, c + 1, s1) &&
        /* (not a date's "this": "said this month, and the cedi has") */
        (((d->toks.v[c + 1].w.flags & (W_DET | W_PRONOUN)) && !(d->toks.v[c + 1].flags & (TF_CAP | TF_USED))) ||
         d->toks.v[c + 1].kind == TK_NUM || figure_opener(d, c + 1) ||
         (d->toks.v[c + 1].upos == SIFT_UPOS_NOUN && d->toks.v[c + 1].kind == TK_WORD &&
          !(d->toks.v[c + 1].flags & (TF_CAP | TF_USED)))) &&
        sift_clause_starts(d, c + 1) && !(addressee_verb(d, c) && named_plural_noun(d, c + 1, s1)) &&
        /* (nor the press and where it was told: "told reporters by
         * telephone from a village where he had taken refuge") */
        !(addressee_verb(d, c) && c + 2 < s1 && sift_tok_in(d, c + 1, press) && (d->toks.v[c + 2].w.flags & W_PREP) &&
          !(d->toks.v[c + 2].flags & TF_CAP)) &&
        /* (nor the event it was told at: "told a news conference in Abuja
         * attended by ...") */
        !(addressee_verb(d, c) && c + 3 < s1 && (sift_tok_in(d, c + 2, events) || sift_tok_in(d, c + 3, events))))
        return 0;
    /* "1.2 million told to evacuate": an order, not speech (but "...,
     * Esposito confirmed to reporters", "said to the BBC": who heard it) */
    /* (not "which has added to the monthly strain") */
    uint32_t heard = c + 2 + (c + 3 < s1 && (d->toks.v[c + 2].w.flags & W_DET));
    if (sift_tok_is(d, c + 1, "to") &&
        (sift_tok_is(d, c, "added") ||
         !(heard < s1 && (sift_tok_in(d, heard, press) || (d->toks.v[heard].flags & TF_CAP)))))
        return 0;
    /* ("..., a figure the union said understated the real workforce": the
     * verb of a clause whose subject is the noun the speaker's clause
     * describes) */
    if (c + 2 < s1 && noun_the_said(d, c, s0))
        return 0;
    if (sift_tok_is(d, c + 1, "for") && !(d->toks.v[c + 1].flags & TF_CAP))
        return 0; /* "..., well short of the 9 per cent they had asked for": a request */
    /* ("..., in one of the largest foreign investments announced in the
     * country this year": a participle on the noun before it) */
    /* (the tagger's VBN is no help at the sentence's end: "..., the agency estimated.") */
    if (c > s0 && !(d->toks.v[c].w.flags & W_CUE_SAY) && !data_showed && !ends && sift_past_participle(d, c) &&
        d->toks.v[c - 1].upos == SIFT_UPOS_NOUN && !(d->toks.v[c - 1].flags & TF_CAP))
        return 0;
    if (c > s0 && sift_be_form(d, c - 1))
        return 0; /* "..., where no infections had been reported a week earlier": passive */
    if (c > s0 && sift_tok_is(d, c - 1, "to"))
        return 0; /* "prompting Caracas to recall its envoy": no finite verb */
    if (c > s0 + 1 && sift_tok_is(d, c - 1, "and"))
        for (uint32_t k = c - 1; k-- > s0 && !sift_is_punct(d, k, ',');)
            if (sift_tok_is(d, k, "to"))
                return 0; /* "to expel its diplomat and recall its envoy" */
    uint32_t depth = 0, tail = 0, and_clause = 0, relative = 0;
    int infinitive = 0;
    uint32_t tail_max = c + 1 < s1 && (d->toks.v[c + 1].w.flags & W_PREP) && !(d->toks.v[c + 1].flags & TF_CAP) ? 18 : 9;
    /* (or after whom it was told: "it told the energy regulator at a
     * public hearing in Pretoria on Thursday") */
    for (uint32_t m = c + 2; addressee_verb(d, c) && m < s1 && m < c + 5 && tail_max == 9; m++)
        if ((d->toks.v[m].w.flags & W_PREP) && !(d->toks.v[m].flags & TF_CAP))
            tail_max = 18;
        else if (d->toks.v[m].kind != TK_WORD || (d->toks.v[m].w.flags & (W_VERB | W_AUX)))
            break;
    /* (or up to the "who" of a person given no name: "said a senior
     * official in the provincial culture department in Preah Vihear who") */
    uint32_t unnamed_who = sift_unnamed_who(d, c + 1, s1);
    if (unnamed_who > c + tail_max)
        tail_max = unnamed_who - c;
    /* (the end of the name of a person after the verb: "warned Aminata
     * Diallo of ...") */
    int from = c + 1 < s1 && sift_entity_at(d, c + 1) >= 0 && d->ents.v[sift_entity_at(d, c + 1)].type == ET_PERSON
                   ? (int)sift_name_end(d, c + 1, s1)
                   : -1;
    for (uint32_t k = c + 1; k < s1; k++) {
        /* ("The loans amounted to £3.9 million, he said; the higher number
         * included interest": a clause of its own after the semicolon) */
        if (sift_is_punct(d, k, ';') && !depth)
            break;
        if (sift_is_punct(d, k, '(') || (sift_is_punct(d, k, ')') && depth)) {
            depth += sift_is_punct(d, k, '(') ? 1 : -1;
            continue;
        }
        if (depth)
            continue;
        /* "..., researchers reported in a study, and the pace has ...":
         * the clause after ", and" is theirs too (or ", so", ", but": "...
         * sales, he said, so a fair share would be about 35 million") */
        if (sift_is_punct(d, k, ',') &&
            (sift_tok_is(d, k + 1, "and") || sift_tok_is(d, k + 1, "so") ||
             (sift_tok_is(d, k + 1, "but") && (d->toks.v[k + 2].w.flags & W_PRONOUN))) &&
            !(d->toks.v[k + 1].flags & TF_CAP) && k + 2 < s1 && sift_clause_starts(d, k + 2)) {
            /* not ", and the Interior Ministry said that ...": its own speaker */
            int own = 0;
            for (uint32_t m = k + 2; m < s1 && m < k + 10 && !own; m++)
                own = sift_is_cue(d, m) && !(d->toks.v[m].flags & TF_INQUOTE);
            and_clause = own ? 0 : k + 2;
            break;
        }
        /* ", said Miriam Achterberg, who studies labour relations at ...": a
         * relative clause on the person named after the verb */
        if (sift_is_punct(d, k, ',') && k > c + 1 && (sift_tok_is(d, k + 1, "who") || sift_tok_is(d, k + 1, "whose")) &&
            !(d->toks.v[k + 1].flags & TF_CAP) && sift_entity_at(d, k - 1) >= 0 &&
            d->ents.v[sift_entity_at(d, k - 1)].type == ET_PERSON) {
            relative = k;
            break;
        }
        /* (or on where the person named after the verb is from: ",
         * warned Aminata Diallo of the migrant rights group Frontera Sur,
         * which monitors distress calls") */
        if (sift_is_punct(d, k, ',') && from > 0 && (uint32_t)from + 2 < k &&
            (sift_tok_is(d, from, "of") || sift_tok_is(d, from, "at") || sift_tok_is(d, from, "from")) &&
            sift_tok_is(d, k + 1, "which") && !(d->toks.v[k + 1].flags & TF_CAP) && sift_entity_at(d, k - 1) >= 0 &&
            d->ents.v[sift_entity_at(d, k - 1)].type == ET_ORG) {
            relative = k;
            break;
        }
        /* (or on the place it was told from: "told reporters by telephone
         * from a neighbouring village where he had taken refuge") */
        if (k > c + 3 && sift_tok_is(d, k, "where") && !(d->toks.v[k].flags & TF_CAP) &&
            d->toks.v[k - 1].upos == SIFT_UPOS_NOUN && !(d->toks.v[k - 1].flags & TF_CAP)) {
            relative = k;
            break;
        }
        /* (or on the document it was said in, a clause of its own: "...,
         * the ABDS said in its annual report, which found that ...") */
        if (sift_is_punct(d, k, ',') && k > c + 2 && sift_tok_is(d, k + 1, "which") &&
            !(d->toks.v[k + 1].flags & TF_CAP) && sift_document_noun(d, k - 1))
            break;
        /* (or on a person given no name: ", said a terminal manager who
         * asked not to be named because he was not authorised to speak") */
        if (k > c + 2 && unnamed_who == k) {
            relative = k;
            break;
        }
        /* ", said Adaeze Nwachukwu, head of research at Ikoyi Securities": a
         * description after the person named after the verb */
        if (sift_is_punct(d, k, ',') && k > c + 1 && sift_entity_at(d, c + 1) >= 0 &&
            sift_entity_at(d, k - 1) == sift_entity_at(d, c + 1) &&
            d->ents.v[sift_entity_at(d, k - 1)].type == ET_PERSON && description_after(d, k, s1)) {
            /* (and a clause of the speaker's own after the description:
             * "..., said Elena Cardenas, an epidemiologist at the
             * institute, and the drop was steepest among the poorest") */
            uint32_t m = k + 1;
            while (m < s1 && m < k + 16 && d->toks.v[m].kind != TK_QUOTE && !sift_is_punct(d, m, ',') &&
                   !sift_finite_verb(d, m))
                m++;
            if (m + 2 < s1 && sift_is_punct(d, m, ',') && sift_tok_is(d, m + 1, "and") &&
                sift_clause_starts(d, m + 2)) {
                int own = 0;
                for (uint32_t o = m + 2; o < s1 && o < m + 12 && !own; o++)
                    own = sift_is_cue(d, o) && !(d->toks.v[o].flags & TF_INQUOTE);
                and_clause = own ? 0 : m + 2;
            }
            break;
        }
        /* "Two of those patients had died, he said: a construction worker
         * in Thane and ...": what follows a colon lists, it reports nothing */
        if (sift_is_punct(d, k, ':') && !sift_time_colon(d, k) && k + 1 < s1 && d->toks.v[k + 1].kind != TK_QUOTE)
            break; /* (but 'Asked whether ..., she said: "..."' introduces a quotation) */
        /* ("..., the city council said on Sunday, in its most aggressive
         * attempt yet to manage the crowds": the reporter's phrase on the
         * move after a comma; or ", in the most serious rationing measure
         * the city has faced in decades") */
        if (sift_is_punct(d, k, ',') && k > c + 1 && k + 3 < s1 && sift_tok_is(d, k + 1, "in") &&
            (sift_tok_is(d, k + 2, "its") || sift_tok_is(d, k + 2, "their") || sift_tok_is(d, k + 2, "what") ||
             sift_tok_is(d, k + 2, "a") || sift_tok_is(d, k + 2, "an") || sift_tok_is(d, k + 2, "the")))
            break;
        /* (or a participle of the speaker's: "..., Moran said, urging
         * drivers to slow down") */
        if (sift_is_punct(d, k, ',') && k > c && k + 2 < s1 && sift_tok_ends(d, k + 1, "ing") &&
            !(d->toks.v[k + 1].flags & TF_CAP) && d->toks.v[k + 1].upos == SIFT_UPOS_VERB && TOK_N(d, k + 1) > 5)
            break;
        /* (or a phrase going on from what was said, right after the verb:
         * "... would be maintained, it said, under minimum-service rules") */
        /* (or after when it was said: "..., the ministry said on Monday,
         * under rules that bar them from selling") */
        int when_said = k > c + 1 && k <= c + 4;
        for (uint32_t m = c + 1; when_said && m < k; m++)
            when_said = (d->toks.v[m].flags & TF_USED) || sift_tok_is(d, m, "on") || sift_tok_is(d, m, "late") ||
                        sift_tok_is(d, m, "early");
        if (sift_is_punct(d, k, ',') && (k == c + 1 || when_said) && k + 3 < s1 &&
            (d->toks.v[k + 1].w.flags & W_PREP) && !(d->toks.v[k + 1].flags & TF_CAP) &&
            !sift_tok_is(d, k + 1, "that") && !sift_tok_is(d, k + 1, "as"))
            break;
        /* ("Corvalis said in a presentation at the Clinical Trials on
         * Alzheimer's Disease conference in Boston": a longer tail when it
         * is a prepositional phrase with no verb in it) */
        if (++tail > tail_max && !sift_is_punct(d, k, '.'))
            return 0;
        const tok *t = &d->toks.v[k];
        /* ("said on Wednesday in an interim report likely to intensify
         * pressure": an infinitive describing the document) */
        static const char *const likely[] = {"likely", "expected", "set", "designed", "meant", "intended", NULL};
        infinitive |= k >= c + 3 && sift_tok_is(d, k - 1, "to") && sift_tok_in(d, k - 2, likely); /* (and on) */
        /* (or a participle describing the event it was said at: "told a
         * news conference in Abuja attended by transport union leaders") */
        for (uint32_t e = k - 1; !infinitive && e > c && e + 4 > k && k + 1 < s1; e--)
            infinitive = sift_tok_in(d, e, events) && sift_tok_ends(d, k, "ed") && sift_tok_is(d, k + 1, "by");
        if (tail > 9 && (t->upos == SIFT_UPOS_VERB || t->upos == SIFT_UPOS_AUX) && !infinitive)
            return 0;
        /* "..., officials said on Monday as they urged parents to ...": a
         * clause of the reporter's after the attribution */
        static const char *const subords[] = {"as", "after", "before", "while", "when", "because", "since",
                                              "until", "if", "unless", "although", "though", NULL};
        if (sift_tok_in(d, k, subords) && !(d->toks.v[k].flags & TF_CAP) &&
            !sift_tok_is(d, k - 1, "as") && !sift_tok_is(d, k - 1, "so") && k + 2 < s1 &&
            sift_clause_starts(d, k + 1))
            break;
        /* (or ", even though fewer than half of arriving foreigners paid") */
        if (sift_is_punct(d, k, ',') && sift_tok_is(d, k + 1, "even") && k + 3 < s1 &&
            (sift_tok_is(d, k + 2, "though") || sift_tok_is(d, k + 2, "as") || sift_tok_is(d, k + 2, "if")) &&
            sift_clause_starts(d, k + 3))
            break;
        /* ("said in documents published alongside the plan": a participle
         * describing the document it was said in) */
        int described = k > c + 2 && sift_document_noun(d, k - 1) && sift_tok_ends(d, k, "ed") && k + 1 < s1 &&
                        (d->toks.v[k + 1].w.flags & W_PREP) && !(d->toks.v[k + 1].flags & TF_CAP);
        /* (nor a noun after its article: "alongside the plan", "in an
         * interim report", "in a 2019 report") */
        int noun = t->upos == SIFT_UPOS_NOUN && ((d->toks.v[k - 1].w.flags & W_DET) ||
                                                (k >= c + 3 && (d->toks.v[k - 2].w.flags & W_DET) &&
                                                 (d->toks.v[k - 1].upos == SIFT_UPOS_ADJ ||
                                                  d->toks.v[k - 1].kind == TK_NUM)));
        noun |= k > c + 1 && named_plural_noun(d, k - 1, s1); /* ("at a Senate estimates hearing") */
        /* (or a relative clause on the document it was said in: "...,
         * the committee has recommended in a report that sets out ...") */
        if (k > c + 2 && document_relative(d, k, s1))
            break;
        if (sift_tok_is(d, k, "that") || sift_quote_mark(t) || /* (not "families'") */
            (sift_is_cue(d, k) && k > c + 1 && !described && !infinitive && !noun))
            return 0;
        if ((t->w.flags & (W_AUX | W_VERB)) && !(t->flags & TF_CAP) && !described && !infinitive && !noun)
            return 0;
        /* ", driven by wars in Sudan": a participle phrase on what was said */
        /* (", driven largely by fuel and food costs": an adverb may stand before "by") */
        uint32_t byk = k + 2 < s1 && sift_tok_ends(d, k + 2, "ly") && !(d->toks.v[k + 2].flags & TF_CAP) ? k + 3 : k + 2;
        int by_phrase = sift_is_punct(d, k, ',') && byk < s1 && sift_tok_is(d, byk, "by") &&
                        d->toks.v[k + 1].kind == TK_WORD && !(d->toks.v[k + 1].flags & TF_CAP) &&
                        !(d->toks.v[k + 1].w.flags & (W_AUX | W_VERB | W_CUE));
        if (by_phrase)
            break;
        /* "..., the former employee said, but an updated model shipped
         * anyway": a contrasting clause after the attribution is the reporter's */
        /* (or a predicate going on from what was said: "He listened
         * politely, she said, but made no promises") */
        if (sift_is_punct(d, k, ',') && sift_tok_is(d, k + 1, "but") && k + 2 < s1 &&
            (sift_clause_starts(d, k + 2) ||
             (sift_finite_verb(d, k + 2) && !(d->toks.v[k + 2].flags & TF_CAP) && !sift_is_cue(d, k + 2))))
            break;
        /* (or a relative clause on what was said: "Carriers had announced
         * blank sailings, he said, which would keep rates firm") */
        if (sift_is_punct(d, k, ',') && sift_tok_is(d, k + 1, "which") && !(d->toks.v[k + 1].flags & TF_CAP) &&
            k == past_dates(d, c + 1, s1))
            break;
        /* ('Further restrictions could follow, she warned, "if the rains
         * fail us again."': a quotation that goes on after the attribution) */
        if (sift_is_punct(d, k, ',') && k + 1 < s1 && d->toks.v[k + 1].kind == TK_QUOTE &&
            (d->toks.v[k + 1].flags & TF_QOPEN) && k == past_dates(d, c + 1, s1))
            break;
        if (k == role_end) {
            relative = sift_is_punct(d, role_name_end, ',') || sift_tok_is(d, role_name_end, "of") ? role_name_end : 0;
            break;
        }
        /* (or when, by the time between: ", the ministry said on Monday,
         * nearly a decade after a court ruling opened the way, a figure
         * ...") */
        if (sift_is_punct(d, k, ',') && k + 4 < s1 && past_time_span(d, k + 1) > k + 1 &&
            adjunct_clause(d, past_time_span(d, k + 1)))
            break;
        /* (or a noun in apposition with a report of its own: "..., the
         * Ministry of Finance said in a statement on Wednesday, a move it
         * said would save 94 billion naira") */
        if (sift_is_punct(d, k, ',') && k + 5 < s1 && (sift_tok_is(d, k + 1, "a") || sift_tok_is(d, k + 1, "an")) &&
            d->toks.v[k + 2].upos == SIFT_UPOS_NOUN && !(d->toks.v[k + 2].flags & TF_CAP) &&
            sift_tok_in(d, k + 3, sift_subject_pronouns) &&
            sift_is_cue(d, k + 4) && (d->toks.v[k + 5].w.flags & (W_AUX | W_VERB)))
            break;
        /* (or one its makers called something: "..., the report found, a
         * trend its authors described as "a leak at the front door"") */
        if (sift_is_punct(d, k, ',') && k + 5 < s1 && (sift_tok_is(d, k + 1, "a") || sift_tok_is(d, k + 1, "an")) &&
            d->toks.v[k + 2].upos == SIFT_UPOS_NOUN && !(d->toks.v[k + 2].flags & TF_CAP) &&
            (sift_tok_is(d, k + 3, "its") || sift_tok_is(d, k + 3, "their")) && d->toks.v[k + 4].kind == TK_WORD &&
            !(d->toks.v[k + 4].flags & TF_CAP) && sift_is_cue(d, k + 5))
            break;
        /* (or a phrase with no verb of its own to the end: ", the company
         * said in a statement, well short of the average analyst estimate
         * of 201 billion yen compiled by LSEG.") */
        if (sift_is_punct(d, k, ',') && k + 2 < s1 && !clause_to_end(d, k + 1, s1))
            break;
        /* (or a comparison with the figure reported: ", more than the 4.6
         * percent that the Finance Ministry had pencilled into the draft
         * budget") */
        static const char *const compared[] = {"more", "less", "fewer", "higher", "lower", "up", "down", NULL};
        if (sift_is_punct(d, k, ',') && k + 3 < s1 && sift_tok_in(d, k + 1, compared) &&
            !(d->toks.v[k + 1].flags & TF_CAP) && (sift_tok_is(d, k + 2, "than") || sift_tok_is(d, k + 2, "from")))
            break;
        /* (or "even as": ", the ministry said on Monday, even as bakers
         * complained that ...") */
        if (sift_is_punct(d, k, ',') && k + 3 < s1 && sift_tok_is(d, k + 1, "even") &&
            !(d->toks.v[k + 1].flags & TF_CAP) && sift_tok_in(d, k + 2, subords) && sift_clause_starts(d, k + 3))
            break;
        if (sift_is_punct(d, k, ',') && !attribution_tail(d, k + 1, s1))
            return 0;
        if (sift_is_punct(d, k, ',') && sift_tok_ends(d, k + 1, "ing") && !sift_tok_is(d, k + 1, "citing") &&
            !sift_tok_is(d, k + 1, "adding")) {
            /* ", beating forecasts, while ...": step over the participle phrase */
            uint32_t m = k + 1;
            /* (or a report of its own to the end: ", arguing that the
             * measure had brought down the price of staples such as flour,
             * milk and eggs") */
            if (sift_is_cue(d, k + 1) && k + 2 < s1 && sift_tok_is(d, k + 2, "that"))
                break;
            while (m < s1 && !sift_is_punct(d, m, ',') && !sift_is_punct(d, m, '.'))
                m++;
            if (m >= s1 || sift_is_punct(d, m, '.') || adjunct_clause(d, m + 1))
                break;
            /* (or a list the participle takes: ", blaming a stronger yen,
             * higher U.S. tariffs and a collapse in demand") */
            if (!clause_to_end(d, m + 1, s1))
                break;
            return 0;
        }
        if (sift_is_punct(d, k, ','))
            break;
    }
    /* before the verb: a comma, then at most a short subject */
    /* (an acronym in parentheses counts for nothing: "the Food and
     * Agriculture Organization (FAO) and the World Food Programme (WFP) said") */
    /* (nor a comma inside a name: "..., the Department for Environment,
     * Food and Rural Affairs said") */
    /* (or a dash that closes an aside: "Motorcyclists accounted for 5,210
     * of them — roughly one in three — the institute said") */
    uint32_t p = c, len = 0, depth_p = 0, qcomma = 0, that = 0;
    while (p > s0 && len <= 12 && !(p < c && d->toks.v[p - 1].kind == TK_DASH) &&
           (!sift_is_punct(d, p - 1, ',') || (p < c && sift_entity_at(d, p - 1) >= 0 &&
                                               sift_entity_at(d, p - 1) == sift_entity_at(d, p)))) {
        const tok *t = &d->toks.v[p - 1];
        /* ('Figures will be published at the end of the month "in the
         * usual way," he said': a fragment quoted at the clause's end, the
         * comma inside its marks) */
        /* (or inverted: '... "undercut everyone," said Siti Ismail') */
        if (t->kind == TK_QUOTE && (p < c || (c + 1 < s1 && sift_entity_at(d, c + 1) >= 0)) &&
            (qcomma = quoted_fragment_end(d, p - 1, s0)))
            break;
        if (sift_is_punct(d, p - 1, ')'))
            depth_p++;
        else if (sift_is_punct(d, p - 1, '(') && depth_p)
            depth_p--;
        else if (!depth_p)
            len++;
        /* ("..., the German aid group that operates it said": a short
         * relative clause on the subject's noun) */
        int on_noun = sift_tok_is(d, p - 1, "that") && p >= s0 + 3 && c - p <= 4 && p < c &&
                       d->toks.v[p - 2].upos == SIFT_UPOS_NOUN && !(d->toks.v[p - 2].flags & TF_CAP) &&
                       sift_finite_verb(d, p);
        if (on_noun)
            that = p - 1;
        if (sift_quote_mark(t) || (t->flags & TF_INQUOTE) || /* "the workers' union" */
            sift_is_punct(d, p - 1, ';') ||
            (sift_tok_is(d, p - 1, "that") && !on_noun) ||
            (sift_is_cue(d, p - 1) && p - 1 != c &&
             !(p < c && d->toks.v[p].kind == TK_WORD && d->toks.v[p].upos == SIFT_UPOS_NOUN) && /* ("state health officials") */
             !(p >= s0 + 2 && (d->toks.v[p - 2].kind == TK_NUM || (d->toks.v[p - 2].w.flags & W_DET))) &&
             /* (nor a document after the noun of its kind: "an inquiry report released on Monday") */
             !(p >= s0 + 2 && sift_document_noun(d, p - 1) && d->toks.v[p - 2].upos == SIFT_UPOS_NOUN &&
               !(d->toks.v[p - 2].flags & TF_CAP))))
            /* ("a coalition of 31 states said") */
            return 0;
        p--;
    }
    /* (the dash the second of two: not the dateline's) */
    int aside_dash = 0;
    if (p > s0 + 2 && d->toks.v[p - 1].kind == TK_DASH)
        for (uint32_t k = sift_body_start(d, d->toks.v[s0].sent); k + 1 < p && !aside_dash; k++)
            aside_dash = d->toks.v[k].kind == TK_DASH;
    if (p <= s0 + 2 || (!sift_is_punct(d, p - 1, ',') && !aside_dash && !qcomma))
        return 0;
    /* (after a fragment, a short subject that names someone: not '"all
     * countries in a position to pay," a reference to China and wealthy
     * Gulf states') */
    /* (past a title: '"...," State Secretary Jeroen Smit told'; or after
     * the verb: '"...," said Siti Ismail') */
    uint32_t named_at = p;
    while (named_at + 1 < c && sift_entity_at(d, named_at) < 0 && (d->toks.v[named_at].flags & TF_CAP) &&
           d->toks.v[named_at].kind == TK_WORD)
        named_at++;
    if (p == c && c + 1 < s1)
        named_at = c + 1;
    /* (a name counts as one word: '"forever chemicals," the U.S.
     * Environmental Protection Agency said') */
    uint32_t sn0 = p + (sift_tok_is(d, p, "the") && !(d->toks.v[p].flags & TF_CAP)), sn1 = sn0;
    while (sn1 < c && sift_entity_at(d, sn1) >= 0 && sift_entity_at(d, sn1) == sift_entity_at(d, sn0))
        sn1++;
    uint32_t span = sn1 == c && sn1 > sn0 + 1 ? c - p - (sn1 - sn0 - 1) : c - p;
    if (qcomma && (span > 4 || !((d->toks.v[p].w.flags & W_PRONOUN) || sift_entity_at(d, named_at) >= 0 ||
                                  (sift_tok_is(d, p, "the") && !(d->toks.v[p].flags & TF_CAP)))))
        return 0;
    /* ("..., with capital spending estimated at 6 billion crowns": an
     * absolute phrase, no subject) */
    /* (nor a comparison: "..., above the central bank forecast.") */
    /* (by the word lists, or the tagger's preposition before an article:
     * it has called "airport" one in "..., airport operator Isavia said") */
    if (p + 1 < c && !(d->toks.v[p].flags & TF_CAP) &&
        (sift_tok_is(d, p, "with") || (d->toks.v[p].w.flags & W_PREP) ||
         (d->toks.v[p].upos == SIFT_UPOS_ADP && (d->toks.v[p + 1].w.flags & W_DET))))
        return 0;
    /* "..., which reported directly to the chief executive": a relative
     * clause, no attribution */
    if (p < c && (sift_tok_is(d, p, "which") || sift_tok_is(d, p, "who") || sift_tok_is(d, p, "that")) &&
        !(d->toks.v[p].flags & TF_CAP))
        return 0;
    /* "The judge, Lady Carrick, deferred sentence until next month and told
     * Reddie ...": a verb after the comma, so no subject of its own */
    /* (but "state health officials said": a short phrase that ends in
     * people who can speak, whatever the tagger made of its first word) */
    /* (nor "race organiser Amaury Sport Organisation (ASO) said": a name
     * after at most three words of its kind) */
    uint32_t ne = c >= 3 && sift_paren_word(d, c - 3, c) ? c - 3 : c;
    int ne_ent = ne > p ? sift_entity_at(d, ne - 1) : -1;
    int kind_name = ne_ent >= 0 && (d->ents.v[ne_ent].type == ET_ORG || d->ents.v[ne_ent].type == ET_PERSON) &&
                    sift_name_start(d, ne - 1, p) <= p + 3 && sift_name_start(d, ne - 1, p) > p;
    /* (nor a document opening the phrase, which the tagger may call a
     * verb: "..., figures from the association show") */
    if (p < c && d->toks.v[p].upos == SIFT_UPOS_VERB && !(d->toks.v[p].flags & TF_CAP) && !sift_tok_ends(d, p, "ing") &&
        !kind_name && !(c - p <= 6 && sift_document_noun(d, p) && sift_tok_is(d, p + 1, "from")) &&
        !(c - p <= 4 && ((d->toks.v[c - 1].w.flags & (W_GROUP | W_PERSON_NOUN | W_TITLE)) || sift_tok_org_kind(d, c - 1) ||
                         sift_document_noun(d, c - 1)))) /* (or a document: "trade ministry data showed") */
        return 0;
    /* "..., Austria and Ireland were still trying to assemble a blocking
     * minority among member states": an auxiliary before the subject's end
     * (not "the company has said") makes a clause, not a subject */
    {
        uint32_t j = c;
        while (j > p && ((d->toks.v[j - 1].w.flags & W_AUX) || sift_tok_ends(d, j - 1, "ly")))
            j--;
        for (uint32_t k = p; k < j; k++)
            if ((d->toks.v[k].w.flags & W_AUX) && !(d->toks.v[k].flags & TF_CAP))
                return 0;
    }
    /* ", a bigger move than most economists had forecast": a comparison */
    for (uint32_t k = p; k < c; k++)
        if ((sift_tok_is(d, k, "than") || sift_tok_is(d, k, "as")) && !(d->toks.v[k].flags & TF_CAP))
            return 0;
    /* ", while Aldi said it expected ...": a clause of its own, reporting
     * what follows the verb, not what came before */
    if (sift_tok_is(d, p, "while") || sift_tok_is(d, p, "whereas") || sift_tok_is(d, p, "although") ||
        sift_tok_is(d, p, "though") || sift_tok_is(d, p, "but") || sift_tok_is(d, p, "yet") ||
        sift_tok_is(d, p, "and"))
        return 0; /* ", but a report estimated the total at ...": a clause that contrasts;
                   * ", and Dunmore Wanderers confirmed the signing": one that adds */
    /* "..., the UN refugee agency, UNHCR, said on Monday": a subject with a
     * name in apposition ends in a comma; when what follows the verb is no
     * name (a date, "in a statement"), take the two segments before it */
    uint32_t subj0 = 0;
    int a_who = -1;
    /* (a capital after "told" is whom it was told: "..., the union's
     * chairman, Ondrej Kucera, told Czech Radio") */
    /* (past "has": "..., the city's operator, Leipziger Nahverkehr, has
     * warned") */
    uint32_t cv = c;
    while (cv > p && perfect_aux(d, cv - 1))
        cv--;
    if (p == cv && (c + 1 >= s1 || !(d->toks.v[c + 1].flags & TF_CAP) || sift_tok_is(d, c, "told") ||
                    sift_tok_is(d, c, "tells"))) {
        uint32_t k0 = cv - 1, k1;
        while (k0 > s0 && !sift_is_punct(d, k0 - 1, ',') && cv - k0 <= 10)
            k0--;
        k1 = k0 > s0 ? k0 - 1 : k0;
        /* (a role may be long: "the secretary general of the Turkish Steel
         * Producers Association, Veysel Karaca, told reporters") */
        while (k1 > s0 && !sift_is_punct(d, k1 - 1, ',') && k0 - k1 <= 16)
            k1--;
        int verbless = 1;
        for (uint32_t k = k1; k < cv; k++)
            if ((d->toks.v[k].w.flags & (W_AUX | W_VERB)) || sift_is_cue(d, k))
                verbless = 0;
        /* "..., Chief Inspector Markus Steiner, who is leading the
         * investigation, told reporters": a person and a relative clause */
        int who = k0 > s0 + 1 && (sift_tok_is(d, k0, "who") || sift_tok_is(d, k0, "whose")) &&
                  !(d->toks.v[k0].flags & TF_CAP) && sift_entity_at(d, k0 - 2) >= 0 &&
                  d->ents.v[sift_entity_at(d, k0 - 2)].type == ET_PERSON;
        if (k0 > s0 && sift_is_punct(d, k0 - 1, ',') && k1 > s0 + 2 && sift_is_punct(d, k1 - 1, ',') &&
            (verbless || who) && ((d->toks.v[k1].w.flags & W_DET) || (d->toks.v[k1].flags & TF_CAP))) {
            subj0 = k1, p = k1;
            if (who)
                a_who = sift_entity_at(d, k0 - 2);
        }
    }
    uint32_t comma = qcomma ? p : p - 1;
    if (p == c) {
        /* inverted ", said X": a short tail (parentheses aside), or it is no attribution */
        /* (up to ", and" a clause of the speaker's own: "..., said Priya
         * Raman, a trade partner at ..., and the process could take a year") */
        uint32_t words = 0, paren = 0, upto = relative ? relative : and_clause ? and_clause - 2 : s1;
        /* (or ", but" one: "..., said Euan Paterson, a property lawyer at
         * ..., but sums handed directly to a developer would ...") */
        /* (or one of why or when: "..., said Daniel Koh, an analyst at
         * Meridian, as charterers shy away from older ships") */
        static const char *const whys[] = {"as", "because", "while", "although", "though", "since", NULL};
        for (uint32_t k = c + 2; k + 2 < upto && !relative && !and_clause; k++)
            if (sift_is_punct(d, k, ',') &&
                ((sift_tok_is(d, k + 1, "and") && sift_clause_starts(d, k + 2)) ||
                 (sift_tok_is(d, k + 1, "but") && !sift_tok_is(d, k + 2, "not")) ||
                 (sift_tok_in(d, k + 1, whys) && sift_clause_starts(d, k + 2)))) {
                upto = k;
                break;
            }
        /* (a name and a description in apposition: "said Kari Mjelde, a
         * spokeswoman for the safety board") */
        /* (past the title the name takes: "said Dr Nazir Jatoi, the
         * district health officer") */
        uint32_t n0 = c + 1 < upto ? sift_name_after_title(d, c + 1, 1) : c + 1;
        int who = n0 < upto ? sift_entity_at(d, n0) : -1;
        uint32_t m = sift_name_end(d, n0, upto);
        /* (or no article: ", senior European economist at Nordhavn Capital
         * in Oslo", ", head of research at Ikoyi Securities") */
        /* (the description may end in a relative clause on what it names:
         * "said Marco Ferlito, the deputy director of the facility, which
         * is run by the cooperative ...") */
        uint32_t de = m + 1;
        while (de + 1 < upto && de < m + 22 &&
               !(sift_is_punct(d, de, ',') && sift_tok_is(d, de + 1, "which") && !(d->toks.v[de + 1].flags & TF_CAP)))
            de++;
        int which_on = de + 1 < upto && sift_is_punct(d, de, ',') && sift_tok_is(d, de + 1, "which");
        if (who >= 0 && d->ents.v[who].type == ET_PERSON && (m + 22 > upto || which_on) &&
            sift_is_punct(d, m, ',') && description_after(d, m, upto))
            upto = m;
        /* (or where the person is from, a relative clause on it after:
         * "warned Aminata Diallo of the migrant rights group Frontera Sur,
         * which monitors distress calls") */
        else if (who >= 0 && d->ents.v[who].type == ET_PERSON && m + 2 < upto &&
                 (sift_tok_is(d, m, "of") || sift_tok_is(d, m, "at") || sift_tok_is(d, m, "from")) &&
                 (which_on || relative) && de < m + 12)
            upto = m;
        for (uint32_t k = c + 1; k < upto; k++) {
            if (sift_is_punct(d, k, '('))
                paren++;
            else if (sift_is_punct(d, k, ')') && paren)
                paren--;
            else if (!paren && d->toks.v[k].kind == TK_WORD)
                words++;
        }
        if (words > (relative && relative == unnamed_who ? 14u : 6u))
            return 0;
    }
    /* 'The men told police they had "never forced anybody", Miss Dwyer
     * said': a fragment inside the clause, not a direct quotation */
    uint32_t body = sift_body_start(d, d->toks.v[s0].sent);
    /* "On Tuesday, the PDMA had reported 197 deaths": a date opening the
     * sentence is no clause the verb reports */
    int date_only = body < comma;
    for (uint32_t k = body; k < comma && date_only; k++)
        date_only = (d->toks.v[k].flags & TF_USED) || (d->toks.v[k].w.flags & W_PREP) ||
                    d->toks.v[k].kind == TK_PUNCT;
    if (date_only)
        return 0;
    int fragment = body < comma && d->toks.v[body].kind != TK_QUOTE && !(d->toks.v[body].flags & TF_INQUOTE);
    if (!fragment && (d->toks.v[comma - 1].kind == TK_QUOTE || (d->toks.v[comma - 1].flags & TF_INQUOTE))) {
        /* a direct quote is handled with the quotes, unless it is a short name
         * in quotes at the end of the clause ("a group called "Last Defence Wave"") */
        int is_name = 0;
        for (size_t q = 0; q < d->quotes.n && !is_name; q++) {
            const sift_quote *x = &d->quotes.v[q];
            is_name = strcmp(x->kind, "scare") == 0 && x->span.end <= d->toks.v[comma].start &&
                      x->span.end + 2 >= d->toks.v[comma - 1].start;
        }
        if (!is_name)
            return 0;
    }
    sift_attribution a = {-1, NULL, -1, "final-attribution"};
    if (subj0) {
        /* the named part of "the UN refugee agency, UNHCR" speaks: the name
         * after the inner comma first, else the whole subject */
        uint32_t inner = c - 1;
        while (inner > subj0 && !sift_is_punct(d, inner - 1, ','))
            inner--;
        if (a_who >= 0) {
            a.ent = a_who;
            a.name = d->ents.v[a_who].name;
        }
        /* (but a person described after the comma speaks for herself:
         * "Mohammad Karim, a spokesman for Bangladesh Bank, said", "Karim
         * Haddad, head of Petrobras, said") */
        int described = inner >= subj0 + 2 && sift_is_punct(d, inner - 1, ',') ? sift_entity_at(d, inner - 2) : -1;
        uint32_t role =
            inner + (sift_tok_is(d, inner, "a") || sift_tok_is(d, inner, "an") || sift_tok_is(d, inner, "the"));
        if (a.ent < 0 && described >= 0 && d->ents.v[described].type == ET_PERSON &&
            d->toks.v[inner].kind == TK_WORD && !(d->toks.v[inner].flags & TF_CAP) && role < c &&
            person_noun_after(d, role, c)) {
            a.ent = described;
            a.name = d->ents.v[described].name;
        }
        /* (not an owner: "Ayesha Rahman, the NEOC's national coordinator,") */
        for (uint32_t k = inner; k < c - 1 && a.ent < 0; k++)
            if (sift_owner_mark(d, k, c - 1))
                k = sift_owner_mark(d, k, c - 1);
            else if (sift_entity_at(d, k) >= 0 && d->ents.v[sift_entity_at(d, k)].type != ET_NORP &&
                     d->ents.v[sift_entity_at(d, k)].type != ET_GPE) {
                a.ent = sift_entity_at(d, k);
                a.name = d->ents.v[a.ent].name;
            }
        if (a.ent < 0)
            sift_name_speaker(d, subj0, c - 1, &a.ent, &a.name);
        for (uint32_t k = subj0; k < c && a.ent < 0; k++)
            if (sift_entity_at(d, k) >= 0 && d->ents.v[sift_entity_at(d, k)].type != ET_NORP) {
                a.ent = sift_entity_at(d, k);
                a.name = d->ents.v[a.ent].name;
            }
        if (!a.name)
            return 0;
    } else if (that > p) {
        sift_name_speaker(d, p, that, &a.ent, &a.name); /* (the noun the relative clause is on) */
        if (!a.name)
            return 0;
    } else if ((p == c && !speaker_after(d, c + 1, s1)) || !sift_speaker_of_cue(d, c, p, s1, &a)) {
        return 0;
    }
    /* the clause starts at the sentence start, after a dateline dash if any */
    uint32_t b = sift_body_start(d, d->toks.v[s0].sent);
    if (b >= comma)
        b = s0;
    /* "Prices rose 2.3 percent, according to Statistics Korea, while
     * apartment prices rose 0.24 percent, the board said": the clause
     * after the one another source was cited for */
    for (uint32_t k = b + 1; k + 3 < comma; k++) {
        if (!sift_tok_is(d, k, "according") || !sift_tok_is(d, k + 1, "to") || (d->toks.v[k].flags & TF_CAP) ||
            !sift_is_punct(d, k - 1, ','))
            continue;
        uint32_t m = k + 2;
        while (m < comma && m < k + 14 && !sift_is_punct(d, m, ','))
            m++;
        if (m + 2 < comma && sift_is_punct(d, m, ',') && !(d->toks.v[m + 1].flags & TF_CAP) &&
            (sift_tok_is(d, m + 1, "while") || sift_tok_is(d, m + 1, "whereas") || sift_tok_is(d, m + 1, "but") ||
             sift_tok_is(d, m + 1, "and")))
            b = m + 2;
        break;
    }
    /* "In a decision published on Wednesday, the board said Professor
     * Anders Hedlund, who ...": a phrase a preposition opens, with no verb
     * of its own, is where the report was made, not what it said */
    /* (not one that only qualifies the figure opening the clause: "About
     * 60 percent of those contacts involved bullying, Lee said") */
    if ((d->toks.v[b].w.flags & W_PREP) && !sift_tok_is(d, b, "that") && !figure_opener(d, b)) {
        int verb = 0;
        /* (a participle after a noun may be the verb, before a figure it
         * takes: "At the arena, 27 contract amendments added €19 million,
         * it found") */
        for (uint32_t k = b + 1; k < comma && !verb; k++)
            verb = sift_finite_verb(d, k) && !sift_tok_ends(d, k, "ing") &&
                   !(sift_past_participle(d, k) && d->toks.v[k - 1].upos == SIFT_UPOS_NOUN &&
                     !(k + 1 < comma && (d->toks.v[k + 1].kind == TK_NUM || d->toks.v[k + 1].kind == TK_SYM)));
        if (!verb)
            return 0;
    }
    if (dry)
        return 1;
    a.cue = c;
    if (d->toks.v[b].kind == TK_QUOTE || (d->toks.v[b].flags & TF_INQUOTE))
        return 0; /* (a sentence that opens inside a quotation belongs to it) */
    if (add_indirect(d, b, comma, &a, c) != 0)
        return -1;
    if (and_clause && add_indirect(d, and_clause, clause_end(d, and_clause), &a, c) != 0)
        return -1;
    return 1;
}

/* The last verb of saying in [from,s1) that closes the sentence [s0,s1) as
 * its final attribution, or -1. */
static int64_t last_final_attribution(doc *d, uint32_t from, uint32_t s0, uint32_t s1)
{
    for (uint32_t k = s1; k-- > from;) {
        const tok *t = &d->toks.v[k];
        /* (a document's verb whatever the tagger says: "..., court filings show.") */
        int finding = (t->w.flags & W_CUE) && finding_verb(d, k);
        if (((t->w.flags & W_CUE_SAY) || finding) && !(t->flags & (TF_INQUOTE | TF_CAP)) &&
            (!t->upos || t->upos == SIFT_UPOS_VERB || finding) && sift_is_cue(d, k) &&
            final_attribution(d, k, s0, s1, 1))
            return k;
    }
    return -1;
}

/* "An economist who has correctly predicted the outcome of the bank's last
 * four meetings said markets had": a verb of a relative clause ("who ...
 * predicted") whose object the main clause's speech verb follows; the
 * report is the main verb's, not this one's. */
static int relative_object(const doc *d, uint32_t c, uint32_t start, uint32_t s1)
{
    uint32_t w = c;
    while (w > 0 && w + 4 > c && ((d->toks.v[w - 1].w.flags & W_AUX) || sift_tok_ends(d, w - 1, "ly")))
        w--;
    if (w == 0 || !sift_tok_is(d, w - 1, "who"))
        return 0;
    /* (after "that" the first verb is the clause's own: "who estimated
     * that each additional degree adds roughly 1,000 megawatts") */
    if (start > 0 && sift_tok_is(d, start - 1, "that") && !(d->toks.v[start - 1].flags & TF_CAP))
        return 0;
    for (uint32_t m = start + 1; m < s1 && m < start + 14; m++) {
        const tok *t = &d->toks.v[m];
        if ((t->flags & TF_POSS) || t->kind == TK_NUM)
            continue; /* ("the bank's last four meetings") */
        if (t->kind != TK_WORD || sift_tok_is(d, m, "that") || (t->w.flags & W_AUX))
            return 0;
        if (sift_is_cue(d, m) && sift_finite_verb(d, m) && !(t->flags & TF_CAP))
            return 1;
        if (t->upos == SIFT_UPOS_VERB)
            return 0;
    }
    return 0;
}

/* "It was reported that", "it has been announced": a passive speech verb
 * at c after "it" (at *it_at) and a form of "be", opening the sentence or
 * after a comma? */
static int it_was_said(const doc *d, uint32_t c, uint32_t s0, uint32_t *it_at)
{
    /* (past an adverb: "It was also announced by the authority that") */
    uint32_t v = c >= s0 + 3 && (sift_tok_is(d, c - 1, "also") || sift_tok_is(d, c - 1, "later") ||
                                 sift_tok_is(d, c - 1, "previously") || sift_tok_is(d, c - 1, "further")) ? c - 1 : c;
    uint32_t it = v >= s0 + 3 && sift_tok_is(d, v - 1, "been") && (sift_tok_is(d, v - 2, "has") ||
                                                                  sift_tok_is(d, v - 2, "had")) ? v - 3 : v - 2;
    *it_at = it;
    return v >= s0 + 2 && sift_be_form(d, v - 1) && sift_tok_is(d, it, "it") &&
           (it == sift_body_start(d, d->toks.v[c].sent) || sift_is_punct(d, it - 1, ','));
}

/* "It was announced by the county's finance department last month that
 * fees would rise": after it_was_said's "it" at token it, who said it after
 * "by" (at *by, the speaker up to *who_end); the token of "that", or the
 * comma before "it" when it closes the sentence, or 0. */
static uint32_t it_was_said_by(const doc *d, uint32_t c, uint32_t it, uint32_t s0, uint32_t s1, uint32_t *by_at,
                               uint32_t *who_end)
{
    /* (past its date: "It was announced on Friday by the chairwoman of
     * the committee, Representative Laura Pike, a Republican, that") */
    uint32_t by = past_dates(d, c + 1, s1);
    if (!sift_tok_is(d, by, "by"))
        return 0;
    *by_at = by;
    uint32_t e = by + 1;
    while (e < s1 && e < by + 20 && !sift_tok_is(d, e, "that") && !(d->toks.v[e].flags & TF_USED) &&
           (d->toks.v[e].kind != TK_PUNCT || (d->toks.v[e].flags & TF_POSS) || sift_is_punct(d, e, ',') ||
            (sift_is_punct(d, e, '-') && sift_in_compound(d, e + 1)))) /* ("POE-OTA") */
        e++;
    uint32_t that = past_dates(d, e, s1);
    while (e > by + 1 && sift_is_punct(d, e - 1, ','))
        e--;
    /* ("Felling will begin in December, it was confirmed by the department
     * on Friday.": after the clause it reports, whose comma is returned) */
    /* (or before a clause of the reporter's: "The consultation closes on
     * 30 November, it was confirmed by the ministry on Tuesday, and a
     * final list is expected") */
    int own_clause = that + 2 < s1 && sift_is_punct(d, that, ',') && sift_tok_is(d, that + 1, "and");
    if (e > by + 1 && (that >= s1 || sift_is_punct(d, that, '.') || own_clause) && it > s0 + 2 &&
        sift_is_punct(d, it - 1, ',')) {
        *who_end = e;
        return it - 1;
    }
    if (e == by + 1 || that + 2 >= s1 || !sift_tok_is(d, that, "that"))
        return 0;
    *who_end = e;
    return that;
}

/* "By her calculation, the extension would need ...", "By Oxfam's own
 * count, ...": a sentence opening with someone's reckoning reports what follows
 * its comma. Returns that comma and sets [*o0, *o1) to the owner ("his",
 * "her", or a name before its mark) and *noun to the reckoning's noun; 0
 * if none. */
static uint32_t by_reckoning(const doc *d, uint32_t c, uint32_t s1, uint32_t *o0, uint32_t *o1, uint32_t *noun)
{
    static const char *const reckonings[] = {"calculation", "calculations", "estimate", "estimates", "count",
                                             "reckoning", "tally", "estimation", NULL};
    static const char *const owners[] = {"his", "her", NULL};
    /* (the cheap tests first: every token passes here) */
    if (!(d->toks.v[c].flags & TF_CAP) || c + 3 >= s1 || !sift_tok_is(d, c, "by") ||
        sift_body_start(d, d->toks.v[c].sent) != c)
        return 0;
    uint32_t k = c + 1;
    *o0 = k;
    if (sift_tok_in(d, k, owners)) {
        *o1 = ++k;
    } else {
        k += sift_tok_is(d, k, "the") && !(d->toks.v[k].flags & TF_CAP); /* ("By the Forum's own count") */
        int x = sift_entity_at(d, k);
        if (x < 0 || d->ents.v[x].type == ET_GPE || d->ents.v[x].type == ET_NORP)
            return 0;
        k = sift_name_end(d, k, s1);
        if (k >= s1 || d->toks.v[k].kind == TK_WORD || !(d->toks.v[k].flags & TF_POSS))
            return 0;
        *o1 = k++;
    }
    k += k < s1 && (sift_tok_is(d, k, "own") || sift_tok_is(d, k, "latest") || sift_tok_is(d, k, "rough"));
    if (k + 2 >= s1 || !sift_tok_in(d, k, reckonings) || !sift_is_punct(d, k + 1, ','))
        return 0;
    *noun = k;
    return k + 1;
}

/* "Under a schedule published by the municipality, the city will be
 * divided into 14 zones": a sentence opening with a plan and who made it
 * reports what the plan says. Returns the token of "by", or 0. */
static uint32_t under_plan(const doc *d, uint32_t c, uint32_t s1)
{
    static const char *const plans[] = {"plan", "schedule", "proposal", "proposals", "scheme", "deal",
                                        "agreement", "timetable", "programme", "program", "draft",
                                        "recommendation", "recommendations", "determination", "settlement", NULL};
    static const char *const made[] = {"published", "announced", "unveiled", "released", "issued",
                                       "drawn", "drafted", "agreed", "approved", "presented", NULL};
    if (!sift_tok_is(d, c, "under") || !(d->toks.v[c].flags & TF_CAP) || sift_body_start(d, d->toks.v[c].sent) != c)
        return 0;
    uint32_t k = c + 1;
    if (k < s1 && (d->toks.v[k].w.flags & W_DET))
        k++;
    while (k < s1 && k < c + 5 && d->toks.v[k].kind == TK_WORD && !sift_tok_in(d, k, plans))
        k++;
    if (k >= s1 || !sift_tok_in(d, k, plans))
        return 0;
    if (k + 1 < s1 && sift_tok_in(d, k + 1, plans))
        k++; /* ("a draft determination") */
    /* (the participle after it, or after its comma: "Under the plan,
     * announced by Building Minister Claire Donnelly on Monday,") */
    uint32_t v = k + 1 + (k + 1 < s1 && sift_is_punct(d, k + 1, ','));
    if (v + 1 >= s1 || !sift_tok_in(d, v, made))
        return 0;
    uint32_t by = v + 1 + sift_tok_is(d, v + 1, "up"); /* ("drawn up by") */
    while (by < s1 && by < v + 5 && (d->toks.v[by].flags & TF_USED))
        by++; /* ("issued last month by") */
    return by + 1 < s1 && sift_tok_is(d, by, "by") ? by : 0;
}

/* Is the word at k a kind of organisation or group ("directorate",
 * "council", "union"), so that "the council's warning" is a body's? */
static int body_word(const doc *d, uint32_t k)
{
    return sift_tok_org_kind(d, k) || (d->toks.v[k].w.flags & (W_ORGKEY | W_GROUP));
}

/* "Vogel's warning that teachers would leave", "the claim by Dr Musa
 * that doctors were doing nurses' work", "his assurance that ...": a noun
 * for something said, its owner a person or a body named (or a person
 * "his" or "her" means), then "that" and the clause it said.
 * Returns the token of "that" and the owner's name in [*o0,*o1), or 0. */
static uint32_t owned_claim(const doc *d, uint32_t c, uint32_t s1, uint32_t *o0, uint32_t *o1, int *who)
{
    static const char *const said[] = {"claim", "claims", "warning", "warnings", "assertion", "argument",
                                       "suggestion", "accusation", "allegation", "insistence", "prediction",
                                       "complaint", "contention", "promise", "pledge", "assurance",
                                       "assurances", "promises", "pledges", "predictions", "complaints",
                                       "allegations", "accusations", NULL};
    /* (the cheap tests first: this runs on every token) */
    if (c < 2 || c + 2 >= s1 || d->toks.v[c].kind != TK_WORD || (d->toks.v[c].flags & TF_CAP) ||
        !(sift_tok_is(d, c + 1, "that") || sift_tok_is(d, c + 1, "by")) || !sift_tok_in(d, c, said))
        return 0;
    uint32_t that = c + 1, k;
    int x = -1, body = 0, role = 0;
    *who = -1;
    /* (past a word or two on the noun: "the mayor's repeated public
     * assurances") */
    uint32_t ps = c - 1;
    while (ps + 3 > c && ps > 1 && d->toks.v[ps].kind == TK_WORD && !(d->toks.v[ps].flags & TF_CAP) &&
           (d->toks.v[ps].upos == SIFT_UPOS_ADJ || sift_tok_ends(d, ps, "ed")) && sift_tok_is(d, c + 1, "that"))
        ps--;
    if (!(d->toks.v[ps].flags & TF_POSS))
        ps = c - 1;
    int his = sift_tok_is(d, c - 1, "his"), her = sift_tok_is(d, c - 1, "her");
    if ((his || her) && sift_tok_is(d, c + 1, "that")) { /* "his assurance that": whom the pronoun means */
        x = sift_resolve_pronoun(d, c - 1, his ? 'M' : 'F');
        *o0 = c - 1;
        *o1 = c;
        *who = x >= 0 && d->ents.v[x].type == ET_PERSON ? x : -1;
    } else if (sift_tok_is(d, c - 1, "its") && sift_tok_is(d, c + 1, "that")) {
        /* ("The council has repeated its warning that ...": the subject
         * of the sentence it is in, before its verb) */
        uint32_t b = sift_body_start(d, d->toks.v[c].sent), v = b;
        while (v < c - 1 && v < b + 7 && (d->toks.v[v].kind == TK_WORD || (d->toks.v[v].flags & TF_POSS)) &&
               !sift_finite_verb(d, v))
            v++;
        body = v > b && v < c - 1 && sift_finite_verb(d, v) && !(d->toks.v[b].flags & TF_INQUOTE) &&
               (sift_entity_at(d, v - 1) >= 0 || body_word(d, v - 1));
        *o0 = b;
        *o1 = v;
    } else if ((d->toks.v[ps].flags & TF_POSS) && d->toks.v[ps].kind != TK_WORD) { /* "Vogel's warning" */
        x = sift_entity_at(d, ps - 1);
        *o1 = ps;
        *o0 = x >= 0 ? sift_name_start(d, ps - 1, sift_sent_t0(d, c)) : ps;
        /* (or a body by its kind: "the health directorate's warning that") */
        uint32_t b = ps - 1;
        while (x < 0 && b + 5 > ps && b > 0 && d->toks.v[b].kind == TK_WORD && !(d->toks.v[b].flags & TF_CAP) &&
               !sift_tok_is(d, b, "the"))
            b--;
        body = x < 0 && b + 1 < ps && sift_tok_is(d, b, "the") && d->toks.v[ps - 1].upos == SIFT_UPOS_NOUN &&
               body_word(d, ps - 1);
        /* (or a person by a role: "the mayor's repeated public assurances
         * that") */
        role = x < 0 && !body && b + 2 == ps && sift_tok_is(d, b, "the") &&
               (d->toks.v[ps - 1].w.flags & (W_PERSON_NOUN | W_TITLE)) && !(d->toks.v[ps - 1].flags & TF_CAP);
        if (role)
            *o0 = b;
        if (body)
            *o0 = b;
    } else if (sift_tok_is(d, c + 1, "by") && c + 2 < s1) { /* "the claim by Dr Musa that" */
        k = c + 2 + (sift_tok_is(d, c + 2, "the") && sift_entity_at(d, c + 3) >= 0); /* ("by the Independent Union") */
        while (k < s1 && k < c + 5 && sift_entity_at(d, k) < 0 && (d->toks.v[k].w.flags & W_TITLE) &&
               (d->toks.v[k].flags & TF_CAP))
            k++;
        x = k < s1 ? sift_entity_at(d, k) : -1;
        *o0 = k;
        *o1 = x >= 0 ? sift_name_end(d, k, s1) : k;
        that = *o1;
    }
    if ((!body && !role && (x < 0 || (d->ents.v[x].type != ET_PERSON && d->ents.v[x].type != ET_ORG))) ||
        that + 2 >= s1 ||
        !sift_tok_is(d, that, "that") || (d->toks.v[that].flags & TF_INQUOTE) || !sift_clause_starts(d, that + 1))
        return 0;
    return that;
}

int sift_extract_reported(doc *d)
{
    uint32_t n = (uint32_t)d->toks.n;
    uint32_t addressee_end = 0; /* "told an investor call that": no cue before it */
    uint32_t final_sent = UINT32_MAX; /* the sentence final_cue was found for */
    int64_t final_cue = -1;
    for (uint32_t c = 0; c < n; c++) {
        const tok *t = &d->toks.v[c];
        if ((t->flags & TF_INQUOTE) || c < addressee_end)
            continue;
        uint32_t s0 = sift_sent_t0(d, c), s1 = sift_sent_t1(d, c);
        if (under_plan(d, c, s1)) {
            uint32_t by = under_plan(d, c, s1), e = by + 1;
            while (e < s1 && e < by + 14 && !sift_is_punct(d, e, ','))
                e++;
            sift_attribution a = {-1, NULL, c, "under-plan"};
            sift_name_speaker(d, by + 1, e, &a.ent, &a.name);
            /* (past a relative clause on the plan: ", which Berlin has
             * adopted,") */
            uint32_t from = e + 1;
            if (from < s1 && (sift_tok_is(d, from, "which") || sift_tok_is(d, from, "that"))) {
                uint32_t r = from + 1;
                while (r < s1 && r < from + 10 && d->toks.v[r].kind == TK_WORD)
                    r++;
                from = r < s1 && sift_is_punct(d, r, ',') ? r + 1 : s1;
            }
            if (a.name && sift_is_punct(d, e, ',') && from + 1 < s1 && sift_clause_starts(d, from) &&
                add_indirect(d, from, clause_end(d, from), &a, c) != 0)
                return -1;
            continue;
        }
        uint32_t r0 = 0, r1 = 0, rn = 0, reckoned = by_reckoning(d, c, s1, &r0, &r1, &rn);
        if (reckoned) {
            sift_attribution a = {-1, NULL, rn, "by-reckoning"};
            int g = sift_tok_is(d, r0, "her") ? 'F' : sift_tok_is(d, r0, "his") ? 'M' : 0;
            if (g) {
                a.ent = sift_resolve_pronoun(d, r0, g);
                a.name = a.ent >= 0 ? d->ents.v[a.ent].name : NULL;
            } else {
                sift_name_speaker(d, r0, r1, &a.ent, &a.name);
            }
            if (a.name && sift_clause_starts(d, reckoned + 1) &&
                add_indirect(d, reckoned + 1, clause_end(d, reckoned + 1), &a, rn) != 0)
                return -1;
            if (a.name)
                continue;
        }
        uint32_t o0, o1;
        int who;
        uint32_t said_that = owned_claim(d, c, s1, &o0, &o1, &who);
        if (said_that) {
            sift_attribution a = {who, who >= 0 ? d->ents.v[who].name : NULL, c, "owned-claim"};
            if (who < 0)
                sift_name_speaker(d, o0, o1, &a.ent, &a.name);
            /* (up to a comma: the clause is a noun's, inside another
             * sentence: "Asked about Vogel's warning that ..., he said") */
            /* (or up to the verb of the sentence it is the subject of: "The
             * company's assurance that all packs were safe did little to
             * reassure shoppers") */
            uint32_t end = clause_end(d, said_that + 1), verbs = 0;
            /* (the parse, when there is one, says where the noun's clause
             * ends: "But his assurance that the restrictions would be lifted
             * by March was met with scepticism") */
            if (sift_parse_sentence(d, d->toks.v[c].sent) && d->toks.v[c].deprel &&
                strncmp(d->toks.v[c].deprel, "nsubj", 5) == 0 && d->toks.v[c].head > (int32_t)said_that &&
                d->toks.v[said_that].head > (int32_t)said_that && d->toks.v[said_that].deprel &&
                strcmp(d->toks.v[said_that].deprel, "mark") == 0 &&
                d->toks.v[d->toks.v[said_that].head].head == (int32_t)c) {
                uint32_t v = (uint32_t)d->toks.v[said_that].head; /* the clause's verb on the noun, "that" its mark */
                for (uint32_t k = said_that + 1; k < end; k++)
                    if (!sift_in_subtree(d, k, v)) {
                        end = k;
                        break;
                    }
            }
            int relative = 0; /* a "who", "which", "that", "and" or "or" in the clause so far */
            for (uint32_t k = said_that + 2; k < end; k++) {
                if (sift_is_punct(d, k, ',') && !(d->toks.v[k].flags & TF_INQUOTE)) {
                    end = k;
                    break;
                }
                relative |= sift_tok_is(d, k, "who") || sift_tok_is(d, k, "which") || sift_tok_is(d, k, "that") ||
                            sift_tok_is(d, k, "and") || sift_tok_is(d, k, "or");
                /* (or a perfect after the clause's verb, no relative clause
                 * between: "The warning by the union that about 1,100
                 * workers could go unpaid before Christmas has raised
                 * fears") */
                if (verbs && !relative && (sift_tok_is(d, k, "has") || sift_tok_is(d, k, "have")) &&
                    d->toks.v[k + 1].upos == SIFT_UPOS_VERB && sift_tok_ends(d, k + 1, "ed") &&
                    (d->toks.v[k - 1].upos == SIFT_UPOS_PROPN || d->toks.v[k - 1].upos == SIFT_UPOS_NOUN)) {
                    end = k;
                    break;
                }
                int finite = sift_finite_verb(d, k) && (d->toks.v[k].upos == SIFT_UPOS_VERB ||
                                                        d->toks.v[k].upos == SIFT_UPOS_AUX) &&
                             !sift_tok_ends(d, k, "ing") && !(d->toks.v[k].flags & TF_INQUOTE);
                /* (or after a passive: "The forum's warning that 4,000 jobs
                 * could be lost was dismissed by the authority") */
                int passive = d->toks.v[k - 1].upos == SIFT_UPOS_VERB &&
                              (sift_tok_is(d, k - 2, "be") || sift_tok_is(d, k - 2, "been"));
                if (finite && verbs && (d->toks.v[k - 1].upos == SIFT_UPOS_ADJ || passive) &&
                    !sift_tok_ends(d, k, "ed")) {
                    end = k;
                    break;
                }
                verbs += finite;
            }
            if (a.name && add_indirect(d, said_that + 1, end, &a, c) != 0)
                return -1;
            continue;
        }
        uint32_t it = 0, by = 0, who_end = 0;
        int passive = sift_is_cue(d, c) && it_was_said(d, c, s0, &it);
        uint32_t that = passive ? it_was_said_by(d, c, it, s0, s1, &by, &who_end) : 0;
        if (that) {
            sift_attribution a = {-1, NULL, c, "it-was-said-by"};
            /* (the person a role's apposition names: "by the chairwoman of
             * the committee, Representative Laura Pike, a Republican,") */
            for (uint32_t k = by + 1, comma = 0; k < who_end && a.ent < 0; k++)
                if ((comma |= sift_is_punct(d, k, ',')) && sift_entity_at(d, k) >= 0 &&
                    d->ents.v[sift_entity_at(d, k)].type == ET_PERSON) {
                    a.ent = sift_entity_at(d, k);
                    a.name = d->ents.v[a.ent].name;
                }
            if (a.ent < 0) {
                uint32_t e = by + 1;
                /* (up to a date too: "by the company on Monday that") */
                while (e < who_end && !sift_is_punct(d, e, ',') && !(d->toks.v[e].flags & TF_USED) &&
                       !(e > by + 1 && (d->toks.v[e].w.flags & W_PREP) && (d->toks.v[e + 1].flags & TF_USED)))
                    e++;
                sift_name_speaker(d, by + 1, e, &a.ent, &a.name);
            }
            uint32_t b = sift_body_start(d, d->toks.v[c].sent);
            if (a.name && (that > c ? add_indirect(d, that + 1, clause_end(d, that + 1), &a, c)
                                    : add_indirect(d, b < that ? b : s0, that, &a, c)) != 0)
                return -1;
            continue;
        }
        if (passive)
            continue; /* "It was reported on Monday that": no one's report */
        if (sift_tok_is(d, c, "according") && sift_tok_is(d, c + 1, "to")) {
            sift_attribution a = {-1, NULL, -1, "according-to"};
            if (!sift_speaker_of_cue(d, c, s0, s1, &a))
                continue;
            uint32_t np0, np1;
            sift_np_after(d, c + 2, s1, &np0, &np1);
            if (np1 < s1 && sift_is_punct(d, np1, '(')) {
                /* "According to the Independent ... Commission (IEBC), ..." */
                while (np1 < s1 && !sift_is_punct(d, np1, ')'))
                    np1++;
                np1++;
            }
            /* "According to a draft seen by Reuters, ...": the rest of the
             * source phrase, up to its comma (past a document's noun that
             * is a verb too: "the company's most recent annual report") */
            /* (an acronym in brackets not counted: "According to early
             * estimates from the Central Administration of the Health
             * System (ACSS), ...") */
            /* (or a noun after a name that is a verb of saying too:
             * "According to the Shutdown Tracker project at the ...") */
            /* (a long description of the maker too: "by the European air
             * traffic agency Eurocontrol published in June,") */
            for (uint32_t e = np1, lim = np1 + 14;
                 e < s1 && e < lim &&
                 (!sift_is_cue(d, e) || (e == np1 && sift_document_noun(d, e)) ||
                  (e == np1 && e + 1 < s1 && (sift_is_punct(d, e + 1, ',') || (d->toks.v[e + 1].w.flags & W_PREP)) &&
                   d->toks.v[e - 1].kind == TK_WORD && (d->toks.v[e - 1].flags & TF_CAP) &&
                   !(d->toks.v[e].flags & TF_CAP)));
                 e++) {
                uint32_t br = sift_paren_word(d, e, s1);
                if (br) {
                    e += br - 1;
                    lim += br;
                    continue;
                }
                /* (nor a long name past its first word: "by the Young Academy
                 * of the Polish Academy of Sciences,") */
                uint32_t ne = sift_name_end(d, e, s1);
                if (ne > e + 1) {
                    lim += ne - e - 1;
                    e = ne - 1;
                    continue;
                }
                if (sift_is_punct(d, e, ',')) {
                    np1 = e;
                    break;
                }
            }
            /* "According to the club's most recent accounts, filed in
             * September, the club had debts of": a participle's aside
             * describes the source */
            /* (and its maker there is the source: "According to the
             * proposal, published last month by the city's Education
             * Agency, 14 kindergartens would close") */
            if (np1 + 3 < s1 && sift_is_punct(d, np1, ',') && d->toks.v[np1 + 1].upos == SIFT_UPOS_VERB &&
                !(d->toks.v[np1 + 1].flags & TF_CAP) &&
                (sift_past_participle(d, np1 + 1) || sift_tok_ends(d, np1 + 1, "ed"))) {
                uint32_t c0 = np1, by_at = 0;
                int maker = -1;
                for (uint32_t e = np1 + 2; e < s1 && e < np1 + 12 &&
                                           (d->toks.v[e].kind == TK_WORD || (d->toks.v[e].flags & TF_POSS));
                     e++) {
                    int x = sift_entity_at(d, e);
                    by_at = by_at ? by_at : sift_tok_is(d, e, "by") ? e : 0;
                    if (x >= 0 && d->ents.v[x].type == ET_ORG && maker < 0 && by_at && e > by_at && e < by_at + 5)
                        maker = x;
                    if (e + 2 < s1 && sift_is_punct(d, e + 1, ',')) {
                        np1 = e + 1;
                        break;
                    }
                }
                if (np1 > c0 && maker >= 0 && sift_document_noun(d, c0 - 1)) {
                    a.ent = maker;
                    a.name = d->ents.v[maker].name;
                }
            }
            /* "According to its latest annual report, Rotterdam The Hague
             * Airport made a profit": "its" is the organisation the clause
             * opens with, as its subject */
            /* (or a statement of a firm not named: "According to a company
             * statement, Rhone Valley Hydro plans to spend") */
            int firms = np1 >= np0 + 2 && np1 <= np0 + 3 && (sift_tok_is(d, np0, "a") || sift_tok_is(d, np0, "an")) &&
                        sift_tok_is(d, np1 - 1, "statement") &&
                        (np1 == np0 + 2 || (sift_tok_org_kind(d, np0 + 1) && !(d->toks.v[np0 + 1].flags & TF_CAP)));
            if ((sift_tok_is(d, np0, "its") || firms) && np1 + 3 < s1 && sift_is_punct(d, np1, ',')) {
                uint32_t o = np1 + 1 + (sift_tok_is(d, np1 + 1, "the") && !(d->toks.v[np1 + 1].flags & TF_CAP));
                int x = sift_entity_at(d, o);
                uint32_t xe = x >= 0 ? sift_name_end(d, o, s1) : o;
                /* (or an airport, which reports as the body that runs it) */
                int body = x >= 0 && (d->ents.v[x].type == ET_ORG ||
                                      (d->ents.v[x].type == ET_LOC && sift_tok_is(d, xe - 1, "airport")));
                if (body && sift_name_start(d, o, o) == o && xe < s1 && sift_finite_verb(d, xe)) {
                    a.ent = x;
                    a.name = d->ents.v[x].name;
                }
            }
            /* "According to Liverpool's director of public health, Dr Nadia
             * Okoro, an estimated 9,500 adults ...": the role's holder,
             * named after it, is the source, and no part of the clause */
            if (np1 + 3 < s1 && sift_is_punct(d, np1, ',')) {
                uint32_t h = sift_name_after_title(d, np1 + 1, 1);
                int x = sift_entity_at(d, h);
                uint32_t he = x >= 0 ? sift_name_end(d, h, s1) : s1;
                int role = 0;
                for (uint32_t k = np0; k < np1 && !role; k++)
                    role = (d->toks.v[k].w.flags & (W_PERSON_NOUN | W_TITLE)) && !(d->toks.v[k].flags & TF_CAP);
                /* (or ending the sentence: "..., according to the college's
                 * deputy commandant, Senior Superintendent Peter Wafula.") */
                int ends = he < s1 && sift_is_punct(d, he, '.') && (he + 1 == s1 || d->toks.v[he + 1].kind == TK_QUOTE);
                if (x >= 0 && d->ents.v[x].type == ET_PERSON && role &&
                    ((he + 1 < s1 && sift_is_punct(d, he, ',')) || ends) &&
                    (a.ent < 0 || a.ent == x || d->ents.v[a.ent].type != ET_PERSON)) {
                    a.ent = x;
                    a.name = d->ents.v[x].name;
                    np1 = he;
                }
            }
            /* "According to Daniel Okafor, an analyst at Redmere Capital, the
             * downgrade was ...": the person's description is no part of the clause */
            /* (and an organisation's: "According to RateWatch, a mortgage
             * data provider, the average rate stood at ...") */
            if (np1 + 2 < s1 && sift_is_punct(d, np1, ',') && a.ent >= 0 &&
                (d->ents.v[a.ent].type == ET_PERSON || d->ents.v[a.ent].type == ET_ORG) &&
                (sift_tok_is(d, np1 + 1, "a") || sift_tok_is(d, np1 + 1, "an") || sift_tok_is(d, np1 + 1, "the")) &&
                !(d->toks.v[np1 + 1].flags & TF_CAP)) {
                uint32_t e = np1 + 2;
                int role = d->ents.v[a.ent].type == ET_ORG, org = role, kind = 0;
                /* (not "According to the Cyber Security Centre, the intruders
                 * accessed the mailboxes of 212 officials, including ...": a
                 * verb the tagger found ends it) */
                /* (but "a Montreal lawyer representing the athletes", "an
                 * analyst hired by": a participle after the role) */
                /* (nor "based" in a compound: "a Dakar-based group") */
                while (e < s1 && e < np1 + 12 && !sift_is_punct(d, e, ',') &&
                       ((!(d->toks.v[e].w.flags & (W_AUX | W_VERB)) && !sift_is_cue(d, e) &&
                         !((d->toks.v[e].upos == SIFT_UPOS_VERB || d->toks.v[e].upos == SIFT_UPOS_AUX) &&
                           !sift_tok_ends(d, e, "ing") && !(d->toks.v[e - 1].w.flags & (W_TITLE | W_PERSON_NOUN)))) ||
                        (sift_tok_is(d, e, "based") && sift_in_compound(d, e)))) {
                    role |= (d->toks.v[e].w.flags & (W_TITLE | W_PERSON_NOUN)) && !(d->toks.v[e].flags & TF_CAP);
                    /* (a kind of body, no person's role after it: not "the
                     * ruling party candidate") */
                    if (sift_tok_org_kind(d, e) || (d->toks.v[e].w.flags & (W_ORGKEY | W_ORGPRE)) ||
                        (sift_tok_is(d, e, "tank") && sift_tok_is(d, e - 1, "think")) || /* ("a ... think tank,") */
                        sift_tok_is(d, e, "body")) /* ("an industry body,") */
                        kind = 1;
                    else if ((d->toks.v[e].w.flags & (W_TITLE | W_PERSON_NOUN)) && !(d->toks.v[e].flags & TF_CAP))
                        kind = 0;
                    /* (not a name the phrase is about: "According to figures
                     * from X, the state's Public Library Fund, which ...,
                     * will": a subject with an aside) */
                    /* (an owner is part of it: "the African Union's
                     * commissioner") */
                    int x = sift_entity_at(d, e);
                    uint32_t xe = x >= 0 ? sift_name_end(d, e, s1) : e;
                    if (x >= 0 && (d->ents.v[x].type == ET_ORG || d->ents.v[x].type == ET_PERSON) &&
                        sift_entity_at(d, e - 1) != x && !(d->toks.v[e - 1].w.flags & W_PREP) &&
                        !(xe < s1 && d->toks.v[xe].kind != TK_WORD && (d->toks.v[xe].flags & TF_POSS))) {
                        role = 0;
                        break;
                    }
                    e++;
                }
                /* (an organisation's is no person's role: "According to the
                 * Central Electoral Commission, the incumbent, Vadim Rotaru,
                 * was re-elected") */
                if (org && !kind)
                    role = 0;
                /* (and a relative clause on the person: "According to Ana
                 * Costa, a social security lawyer who represents retirees in
                 * several class actions, the real number ...") */
                /* (or on a body: "a Dakar-based group that tracks vessel
                 * movements using satellite data,") */
                if (role && e + 2 < s1 && e > np1 + 2 && !(d->toks.v[e - 1].flags & TF_CAP) &&
                    ((sift_tok_is(d, e - 1, "who") && d->ents.v[a.ent].type == ET_PERSON) ||
                     ((sift_tok_is(d, e - 1, "that") || sift_tok_is(d, e - 1, "which")) && kind &&
                      d->ents.v[a.ent].type == ET_ORG))) {
                    uint32_t m = e;
                    while (m < s1 && m < e + 20 && !sift_is_punct(d, m, ',') && d->toks.v[m].kind != TK_QUOTE)
                        m++;
                    if (m + 1 < s1 && sift_is_punct(d, m, ','))
                        e = m;
                }
                /* (and the rest of a list the role ends in: "commissioner
                 * for political affairs, peace and security,") */
                if (role && e + 3 < s1 && sift_is_punct(d, e, ',')) {
                    uint32_t m = e + 1;
                    while (m < s1 && m < e + 6 && d->toks.v[m].kind == TK_WORD)
                        m++;
                    if (m + 1 < s1 && sift_is_punct(d, m, ',') && sift_list_tail(d, e + 1, m))
                        e = m;
                }
                /* (not a subject with a participle's aside of its own:
                 * "According to the Superintendency of Pensions, the riskiest
                 * of the five funds, known as Fund A, fell") */
                /* (whatever the tagger says of it: "the levy, agreed in a
                 * broad political deal in 2024, will cost") */
                int aside = e + 2 < s1 && (sift_past_participle(d, e + 1) || sift_tok_ends(d, e + 1, "ed")) &&
                            !(d->toks.v[e + 1].flags & TF_CAP) &&
                            ((d->toks.v[e + 2].w.flags & W_PREP) || sift_tok_is(d, e + 2, "as"));
                if (role && e + 1 < s1 && sift_is_punct(d, e, ',') && !aside)
                    np1 = e;
            }
            /* "According to the UN refugee agency, UNHCR, Chad hosts ...":
             * the organisation's name in apposition is the source */
            if (np1 + 2 < s1 && sift_is_punct(d, np1, ',') && (a.ent < 0 || d->ents.v[a.ent].type == ET_ORG)) {
                /* (after "the": "figures published by the operator, the
                 * Krakow Urban Transit Company.") */
                uint32_t at = np1 + 1 + (np1 + 3 < s1 && sift_tok_is(d, np1 + 1, "the") &&
                                         !(d->toks.v[np1 + 1].flags & TF_CAP));
                int x = sift_entity_at(d, at);
                uint32_t e = at;
                while (x >= 0 && e < s1 && sift_entity_at(d, e) == x)
                    e++;
                /* (or "According to the race organiser, Southern Cross Sports,
                 * ...", "According to its sales agent, Lumen International, ...") */
                /* (or closing the sentence: "..., according to figures from
                 * the national statistics agency, DANE.") */
                int closes = (e >= s1 || sift_is_punct(d, e, '.')) && c > s0 && sift_is_punct(d, c - 1, ',');
                /* (or a body's noun in small letters: "According to estimates
                 * from her department, Public Safety Canada, ...") */
                if (x >= 0 && d->ents.v[x].type == ET_ORG && ((e + 1 < s1 && sift_is_punct(d, e, ',')) || closes) &&
                    sift_entity_at(d, np1 - 1) < 0 &&
                    (sift_tok_org_kind(d, np1 - 1) || (d->toks.v[c + 2].w.flags & W_DET) ||
                     ((d->toks.v[np1 - 1].w.flags & (W_ORGKEY | W_ORGPRE)) && !(d->toks.v[np1 - 1].flags & TF_CAP)))) {
                    a.ent = x;
                    a.name = d->ents.v[x].name;
                    np1 = e;
                }
            }
            /* "Nationally, according to X, CLAUSE": an adverb before it */
            uint32_t b0 = sift_body_start(d, d->toks.v[c].sent);
            int opener = c >= b0 + 2 && c <= b0 + 3 && sift_is_punct(d, c - 1, ',') && d->toks.v[b0].kind == TK_WORD &&
                         TOK_N(d, b0) > 4 && memcmp(TOK_S(d, b0) + TOK_N(d, b0) - 2, "ly", 2) == 0 &&
                         !(d->toks.v[b0].w.flags & (W_VERB | W_AUX));
            /* (or a date: "Last year, according to X, CLAUSE") */
            opener |= c >= b0 + 2 && c <= b0 + 5 && sift_is_punct(d, c - 1, ',') && past_dates(d, b0, c) == c - 1;
            if (np1 < s1 && sift_is_punct(d, np1, ',') && (c == s0 || !sift_is_punct(d, c - 1, ',') || opener)) {
                /* "According to X, CLAUSE" (past a relative clause on X:
                 * "According to Villanueva, who has led the lab's
                 * investigations since it was set up, the tool is") */
                uint32_t from = np1 + 1;
                if ((sift_tok_is(d, from, "who") || sift_tok_is(d, from, "which")) && !(d->toks.v[from].flags & TF_CAP))
                    for (uint32_t m = from + 1; m + 1 < s1 && m < from + 20; m++) {
                        if (d->toks.v[m].kind == TK_QUOTE || sift_is_punct(d, m, ';'))
                            break;
                        if (sift_is_punct(d, m, ',') && sift_clause_starts(d, m + 1)) {
                            from = m + 1;
                            break;
                        }
                    }
                /* (and a second clause after ", and", with no speaker of its
                 * own: "According to a report by X, the accident rate was
                 * 1.7 times ..., and language barriers were cited in 38%") */
                uint32_t end = clause_end(d, from);
                int own = !(end + 3 < s1 && sift_is_punct(d, end, ',') && sift_tok_is(d, end + 1, "and"));
                for (uint32_t m = end + 2; m < s1 && !own; m++)
                    own = (sift_is_cue(d, m) && !(d->toks.v[m].flags & TF_INQUOTE)) || d->toks.v[m].kind == TK_QUOTE;
                if (!own && !sift_finite_verb(d, end + 2) && sift_clause_starts(d, end + 2))
                    end = clause_end(d, end + 2);
                /* (or a verb of the clause's own subject after ", and":
                 * "According to X, inspectors registered 412 complaints ...,
                 * and confirmed damage in 71 percent of them") */
                else if (end + 3 < s1 && sift_is_punct(d, end, ',') && sift_tok_is(d, end + 1, "and") &&
                         d->toks.v[end + 2].kind == TK_WORD && sift_finite_verb(d, end + 2) &&
                         !(d->toks.v[end + 2].flags & TF_INQUOTE) && !(d->toks.v[end + 2].w.flags & W_AUX))
                    end = clause_end(d, end + 2);
                if (add_indirect(d, from, end, &a, c) != 0)
                    return -1;
            } else if (c > s0 && sift_is_punct(d, c - 1, ',')) {
                /* "CLAUSE, according to X", after a dateline if any */
                uint32_t b = sift_body_start(d, d->toks.v[c].sent);
                if (b < s0 || b >= c)
                    b = s0;
                /* (not "Maria Lopez said catches had fallen 30%, according to
                 * DI calculations": a clause already reported up to the
                 * comma is its speaker's) */
                int reported = 0;
                sift_quote *sampled = NULL; /* (that report) */
                for (size_t q = d->quotes.n; q-- > d->n_direct && !reported;) {
                    const sift_quote *r = &d->quotes.v[q];
                    if (r->span.end <= d->toks.v[b].start)
                        break;
                    reported = r->speaker_name && r->span.end == d->toks.v[c - 2].end;
                    /* (but not one an infinitive of purpose reported: "18,000
                     * people marched to demand that Chile extend ..., according
                     * to the police") */
                    uint32_t v = sift_tok_at(d, r->span.start);
                    v -= v > b && sift_tok_is(d, v - 1, "that");
                    if (reported && v >= b + 2 && sift_is_cue(d, v - 1) && sift_tok_is(d, v - 2, "to"))
                        reported = 0;
                    sampled = reported ? &d->quotes.v[q] : NULL;
                }
                if (sampled)
                    speaks_through(d, sampled, b, c, s1, &a);
                if (reported)
                    continue;
                /* "The plan, according to Lorentzen, would protect the
                 * share": the clause goes on after the phrase, with its verb */
                if (np1 + 1 < s1 && sift_is_punct(d, np1, ',') && !(d->toks.v[np1 + 1].flags & TF_CAP) &&
                    sift_finite_verb(d, np1 + 1) && !sift_is_cue(d, np1 + 1) && !sift_tok_ends(d, np1 + 1, "ing") &&
                    !sift_past_participle(d, np1 + 1)) { /* (nor ", driven largely by") */
                    /* (from a relative clause's noun: "..., a formula that,
                     * according to Lorentzen, would mean ...", "a water tariff
                     * increase that, according to the coalition, will push") */
                    if (c >= b + 3 && (sift_tok_is(d, c - 2, "that") || sift_tok_is(d, c - 2, "which"))) {
                        for (uint32_t k = c - 2; k-- > b && c - k < 10;) {
                            const tok *u = &d->toks.v[k];
                            if (sift_is_punct(d, k, ',') || ((u->w.flags & W_DET) && !(u->flags & TF_CAP))) {
                                b = k + sift_is_punct(d, k, ',');
                                break;
                            }
                            /* (or the object of a verb: "The government is
                             * preparing legislation that, according to a
                             * draft, would allow") */
                            if (u->kind == TK_WORD && !(u->flags & TF_CAP) && k + 1 < c - 2 &&
                                ((u->w.flags & (W_VERB | W_AUX)) || sift_finite_verb(d, k))) {
                                b = k + 1;
                                break;
                            }
                            if (u->kind != TK_WORD || (u->w.flags & (W_PREP | W_VERB | W_AUX)) ||
                                sift_finite_verb(d, k))
                                break;
                        }
                    }
                    /* (or from the subject after "that": "the kerosene that
                     * Tanabe, according to his confession, had poured") */
                    else
                        for (uint32_t k = c - 1; k-- > b + 1 && c - k <= 5;)
                            if (sift_tok_is(d, k, "that") && !(d->toks.v[k].flags & TF_CAP)) {
                                b = k + 1;
                                break;
                            } else if (d->toks.v[k].kind != TK_WORD || sift_finite_verb(d, k)) {
                                break;
                            }
                    if (add_indirect(d, b, clause_end(d, np1 + 1), &a, c) != 0)
                        return -1;
                    continue;
                }
                if (add_indirect(d, b, c - 1, &a, c) != 0)
                    return -1;
            }
            continue;
        }
        if (!sift_is_cue(d, c))
            continue;
        /* "declined to say how many", "would not say whether": no report */
        if (c > 1 && ((sift_tok_is(d, c - 1, "to") &&
                       (sift_tok_is(d, c - 2, "declined") || sift_tok_is(d, c - 2, "refused") ||
                        sift_tok_is(d, c - 2, "declines") || sift_tok_is(d, c - 2, "refuses") ||
                        sift_tok_is(d, c - 2, "declining") || sift_tok_is(d, c - 2, "refusing"))) ||
                      sift_tok_is(d, c - 1, "not") || sift_tok_is(d, c - 1, "n't")))
            continue;
        /* "The project's estimated cost has risen": a participle before
         * the noun an owner has is no verb */
        if (c > 0 && (d->toks.v[c - 1].flags & TF_POSS) && c + 1 < d->toks.n &&
            d->toks.v[c + 1].upos == SIFT_UPOS_NOUN && !(d->toks.v[c + 1].flags & TF_CAP) &&
            (sift_tok_ends(d, c, "ed") || sift_past_participle(d, c)))
            continue;
        /* "companies ... can claim grants covering up to 30%": a claim for
         * money after a modal, not a statement */
        if (c > 0 && sift_tok_is(d, c, "claim") && (d->toks.v[c - 1].w.flags & W_AUX) &&
            !(d->toks.v[c - 1].flags & TF_CAP) && !sift_tok_is(d, c + 1, "that"))
            continue;
        /* "workers can be told ...", "were informed": whoever is told does not speak */
        if (c > 0 && addressee_verb(d, c) && sift_be_form(d, c - 1))
            continue;
        /* ("told a Senate estimates committee that": a noun after a name) */
        if (c > 1 && (d->toks.v[c - 2].w.flags & W_DET) && named_plural_noun(d, c - 1, s1))
            continue;
        /* (nor a noun the tagger saw, after a determiner and an adjective,
         * with an auxiliary after it: "a level that no official forecast
         * has come near") */
        if (c >= s0 + 2 && c + 1 < s1 && t->upos == SIFT_UPOS_NOUN && d->toks.v[c - 1].upos == SIFT_UPOS_ADJ &&
            !(d->toks.v[c - 1].flags & TF_CAP) && (d->toks.v[c - 2].w.flags & W_DET) &&
            (d->toks.v[c + 1].w.flags & W_AUX) && !(d->toks.v[c + 1].flags & TF_CAP))
            continue;
        /* a verb inside a clause already reported belongs to that report */
        /* (the last two: "said sand mining had continued in the valley and
         * that about 30 miners ...", whose second clause came after) */
        int inside = 0;
        for (size_t q = d->quotes.n; q-- > d->n_direct && q + 2 >= d->quotes.n && !inside;) {
            const sift_quote *last = &d->quotes.v[q];
            inside = strcmp(last->kind, "indirect") == 0 && t->start >= last->span.start && t->end <= last->span.end;
        }
        /* (but not words quoted as someone's inside it: "said that one
         * dealer ... had told them that "every car ..."", the dealer's) */
        /* (a verb of speaking, not of showing: "said the case showed
         * that "..."" stays the speaker's) */
        for (uint32_t k = c + 1; inside && !finding_verb(d, c) && ((t->w.flags & W_CUE_SAY) || addressee_verb(d, c)) &&
                                 k + 1 < s1 && k < c + 4;
             k++)
            if (sift_tok_is(d, k, "that") && d->toks.v[k + 1].kind == TK_QUOTE && (d->toks.v[k + 1].flags & TF_QOPEN))
                inside = 0;
        /* (nor what someone said of a noun in it: "..., a figure she said
         * came from the port's own business association") */
        if (inside && c + 1 < s1 && noun_the_said(d, c, s0) && (d->toks.v[c - 1].w.flags & W_PRONOUN))
            inside = 0;
        if (inside)
            continue;
        /* "The bigger cost, she said, would come from ...": an attribution
         * between commas inside the clause it reports */
        uint32_t b0 = sift_body_start(d, d->toks.v[c].sent);
        if (b0 > s0 && b0 + 4 > c && sift_is_punct(d, b0 - 1, ','))
            b0 = s0; /* (the opening phrase is the clause's: "Taken together, the doctor said, ...") */
        /* "to a cooperative store 12 kilometres away, where, he said, the
         * scales are checked once a month": an attribution between commas
         * right after a relative adverb; what was said follows it */
        if (c >= s0 + 4 && c + 3 < s1 && sift_is_punct(d, c + 1, ',') && sift_is_punct(d, c - 2, ',') &&
            (sift_tok_is(d, c - 3, "where") || sift_tok_is(d, c - 3, "when")) && sift_is_punct(d, c - 4, ',') &&
            !(d->toks.v[c - 3].flags & TF_CAP) && (d->toks.v[c - 1].w.flags & W_PRONOUN) &&
            sift_clause_starts(d, c + 2)) {
            sift_attribution a = {-1, NULL, -1, "parenthetical"};
            if (sift_speaker_of_cue(d, c, c - 1, s1, &a)) {
                if (add_indirect(d, c + 2, clause_end(d, c + 2), &a, c) != 0)
                    return -1;
                continue;
            }
        }
        uint32_t comma1 = parenthetical(d, c, b0, s1);
        if (comma1) {
            sift_attribution a = {-1, NULL, -1, "parenthetical"};
            if (sift_speaker_of_cue(d, c, comma1 + 1, s1, &a)) {
                if (add_indirect(d, b0, clause_end(d, c + 2), &a, c) != 0)
                    return -1;
                continue;
            }
        }
        uint32_t named = what_called(d, c, s0, s1);
        if (named) {
            sift_attribution a = {-1, NULL, c, "what-called"};
            sift_name_speaker(d, named, c, &a.ent, &a.name);
            uint32_t from = c + 1 + sift_tok_is(d, c + 1, "as"), to = from, end = clause_end(d, from);
            while (to < end && !sift_is_punct(d, to, ','))
                to++; /* (a noun phrase: "..., in what the union called a last resort, will") */
            if (a.name && add_indirect(d, from, to, &a, c) != 0)
                return -1;
            continue;
        }
        int fin = final_attribution(d, c, s0, s1, 0);
        if (fin != 0) {
            if (fin < 0)
                return -1;
            continue;
        }
        /* "The men told residents that the water was unsafe, police said":
         * the speech inside is part of what the final attribution reports */
        if (t->sent != final_sent) { /* once per sentence: later cues need less of it */
            final_sent = t->sent;
            final_cue = last_final_attribution(d, c + 2, s0, s1);
        }
        if (final_cue >= (int64_t)c + 2)
            continue;
        /* complement: [object] [adverbs, dates] that CLAUSE  |  bare CLAUSE */
        uint32_t k = c + 1, start = 0, and_that = 0;
        /* ("a step that tenants have demanded and that landlords say ...":
         * a conjunction right after the verb, which has no clause) */
        if (k < s1 && (sift_tok_is(d, k, "and") || sift_tok_is(d, k, "or") || sift_tok_is(d, k, "but")))
            continue;
        /* (not "warned that airlines used the exemption": no object) */
        if (addressee_verb(d, c) && !sift_tok_is(d, c, "asked") && !sift_tok_is(d, k, "that")) {
            int ent = sift_entity_at(d, k);
            if (ent < 0 && sift_tok_is(d, k, "the") && sift_entity_at(d, k + 1) >= 0)
                ent = sift_entity_at(d, ++k); /* "told the BBC" */
            if (ent >= 0)
                while (k < s1 && sift_entity_at(d, k) == ent)
                    k++;
            else if (k < s1 && (d->toks.v[k].w.flags & (W_GROUP | W_PRONOUN)) &&
                     !sift_tok_is(d, k, "he") && !sift_tok_is(d, k, "she") &&
                     !sift_tok_is(d, k, "they") && !sift_tok_is(d, k, "we") && !sift_tok_is(d, k, "it"))
                k++; /* "warned investors", not "warned it could rise" */
            /* "told state television that ...": no article, then "that" */
            else if (bare_addressee(d, k, s1))
                k = bare_addressee(d, k, s1);
            /* "told the court he ...", "told a news conference that ..." */
            else if (k + 2 < s1 && (d->toks.v[k].w.flags & W_DET) && !(d->toks.v[k].flags & TF_CAP)) {
                uint32_t m = k + 1;
                while (m < s1 && m < k + 4 && d->toks.v[m].kind == TK_WORD && !(d->toks.v[m].flags & TF_CAP) &&
                       !(d->toks.v[m].w.flags & (W_AUX | W_VERB | W_PRONOUN | W_PREP | W_DET)) &&
                       !sift_tok_is(d, m, "that"))
                    m++;
                if (m > k + 1 && m < s1 &&
                    (sift_tok_is(d, m, "that") ||
                     (((d->toks.v[m].w.flags & (W_PRONOUN | W_DET)) || sift_entity_at(d, m) >= 0) &&
                      sift_clause_starts(d, m))))
                    k = m; /* "told the court Pryce had started ...", "told the court the total was" */
            }
            /* (and where they were told, before a bare clause: "told
             * reporters at Parliament she had asked officials") */
            if (k > c + 1 && k + 2 < s1 && (sift_tok_is(d, k, "at") || sift_tok_is(d, k, "in")) &&
                !(d->toks.v[k].flags & TF_CAP)) {
                uint32_t m = k + 1 + sift_tok_is(d, k + 1, "the");
                while (m < s1 && m < k + 6 && d->toks.v[m].kind == TK_WORD && (d->toks.v[m].flags & TF_CAP))
                    m++;
                if (m > k + 1 + sift_tok_is(d, k + 1, "the") && m < s1 &&
                    sift_tok_in(d, m, sift_subject_pronouns) && sift_clause_starts(d, m))
                    k = m;
            }
        }
        /* "He warned, however, that ...": an adverb between commas */
        if (k + 2 < s1 && sift_is_punct(d, k, ',') && sift_is_punct(d, k + 2, ',') &&
            (sift_tok_is(d, k + 1, "however") || sift_tok_is(d, k + 1, "though") ||
             sift_tok_is(d, k + 1, "too") || sift_tok_is(d, k + 1, "also")))
            k += 3;
        /* (or "when asked": "he acknowledged, when asked, that") */
        else if (k + 3 < s1 && sift_is_punct(d, k, ',') && sift_tok_is(d, k + 1, "when") &&
                 (sift_tok_is(d, k + 2, "asked") || sift_tok_is(d, k + 2, "pressed")) && sift_is_punct(d, k + 3, ','))
            k += 4;
        /* "told a forum in Tianjin last week that", "said in a filing to the
         * securities regulator (CMVM) that"; but not past the verb of a
         * clause that starts right after the cue ("said it fell short of the
         * $300 billion that nations need") */
        /* "The nurse who said that spoke on condition ...": "that" the
         * object, a verb right after it with a preposition, so no clause */
        if (k + 2 < s1 && sift_tok_is(d, k, "that") && k == c + 1 && d->toks.v[k + 1].upos == SIFT_UPOS_VERB &&
            !(d->toks.v[k + 1].flags & TF_CAP) && !(d->toks.v[k + 1].w.flags & W_AUX) &&
            !sift_tok_ends(d, k + 1, "s") && /* (not a plural: "estimated that overruns at") */
            !sift_tok_ends(d, k + 1, "ing") && /* (nor a gerund: "said that testing at the border had") */
            (d->toks.v[k + 2].w.flags & W_PREP) && !(d->toks.v[k + 2].flags & TF_CAP))
            continue;
        /* (or "that" the object before where it was said, and no clause:
         * "Kaia said that to a rally outside Tempo's office on Tuesday") */
        /* (not a figure's "at least": 'found that at least nine of the 28
         * columns "show ..."') */
        if (k + 2 < s1 && sift_tok_is(d, k, "that") && k == c + 1 && (d->toks.v[k + 1].w.flags & W_PREP) &&
            !(d->toks.v[k + 1].flags & TF_CAP) && !figure_opener(d, k + 1)) {
            int verb = 0;
            for (uint32_t j = k + 2; j < s1 && !verb; j++)
                verb = sift_finite_verb(d, j) && !(d->toks.v[j].flags & TF_INQUOTE);
            if (!verb)
                continue;
        }
        /* ("telling" only past whom it tells: "telling reporters he had") */
        int bare_cue = (t->w.val == 1 && !(sift_tok_is(d, c, "telling") && k == c + 1)) || finding_clause(d, c, k, s1);
        /* (any cue before "there" and its verb: "denied there was any
         * shortage", "insisted there would be no cuts") */
        bare_cue |= k == c + 1 && k + 1 < s1 && sift_tok_is(d, k, "there") && !(d->toks.v[k].flags & TF_CAP) &&
                    (d->toks.v[k + 1].w.flags & W_AUX) && !(d->toks.v[k + 1].flags & TF_CAP);
        int bare = bare_cue && k < s1 && sift_clause_starts(d, k) &&
                   (!(d->toks.v[k].w.flags & W_PREP) || figure_opener(d, k)) && !adjunct_clause(d, k) &&
                   !named_plural_noun(d, k, s1) && !speaker_then_that(d, k, s1);
        for (uint32_t j = k; j < s1 && j < k + 14; j++) {
            const tok *u = &d->toks.v[j];
            /* (after "told", a participle after a noun is no clause's verb:
             * "told fans in a video posted online on Thursday that") */
            if (bare && j > k && sift_finite_verb(d, j) &&
                !(addressee_verb(d, c) && sift_tok_ends(d, j, "ed") && d->toks.v[j - 1].upos == SIFT_UPOS_NOUN &&
                  !(d->toks.v[j - 1].flags & TF_CAP)))
                break;
            /* "said on Thursday its quarterly profit fell 12% and that it
             * would pay": a bare clause first, then a second after "and that" */
            if (sift_tok_is(d, j, "that") && j > k + 2 && (sift_tok_is(d, j - 1, "and") || sift_tok_is(d, j - 1, "but"))) {
                and_that = j + 1;
                break;
            }
            /* "said tunnel boring machines on that section had ...": a
             * determiner after a preposition, no clause opens there */
            if (sift_tok_is(d, j, "that") && j > k && (d->toks.v[j - 1].w.flags & W_PREP) &&
                d->toks.v[j - 1].kind == TK_WORD && j + 1 < s1 && d->toks.v[j + 1].kind == TK_WORD &&
                !(d->toks.v[j + 1].w.flags & (W_DET | W_PRONOUN | W_AUX | W_PREP)))
                continue;
            /* "says that figure ignores ...": "that" points at a noun named
             * before, whose verb follows; the clause starts at "that" */
            /* (past an adverb: "said that figure wrongly included") */
            /* (or "alone": "said that step alone could cut"; or "never":
             * "says that review never took place") */
            if (j == k && sift_tok_is(d, j, "that") && j + 2 < s1 && sift_tok_in(d, j + 1, pointed_nouns) &&
                (sift_finite_verb(d, j + 2) ||
                 (j + 3 < s1 &&
                  (sift_tok_ends(d, j + 2, "ly") || sift_tok_is(d, j + 2, "alone") || sift_tok_is(d, j + 2, "never")) &&
                  !(d->toks.v[j + 2].flags & TF_CAP) && sift_finite_verb(d, j + 3)))) {
                start = j;
                break;
            }
            /* (or the clause's subject itself, right before its verb: "said
             * that was less than a third", "said that would not happen") */
            if (j == k && sift_tok_is(d, j, "that") && j + 2 < s1 && (d->toks.v[j + 1].w.flags & W_AUX) &&
                !(d->toks.v[j + 1].flags & TF_CAP) && d->toks.v[j + 1].kind == TK_WORD) {
                start = j;
                break;
            }
            /* "said raising that share to 30 percent could add": a gerund
             * opening the clause, "that" its object's determiner */
            if (sift_tok_is(d, j, "that") && j == k + 1 && k == c + 1 && sift_tok_ends(d, k, "ing") &&
                d->toks.v[k].upos == SIFT_UPOS_VERB && !(d->toks.v[k].flags & TF_CAP) && j + 2 < s1 &&
                d->toks.v[j + 1].upos == SIFT_UPOS_NOUN && !(d->toks.v[j + 1].flags & TF_CAP) &&
                sift_clause_starts(d, k)) {
                start = k;
                break;
            }
            /* "said a margin that small made a recount the only option":
             * "that" is a degree before an adjective, its verb after */
            if (sift_tok_is(d, j, "that") && j > k && j + 2 < s1 && d->toks.v[j + 1].upos == SIFT_UPOS_ADJ &&
                !(d->toks.v[j + 1].flags & TF_CAP) && d->toks.v[j - 1].upos == SIFT_UPOS_NOUN &&
                sift_finite_verb(d, j + 2) && !sift_is_cue(d, j + 2))
                continue;
            if (sift_tok_is(d, j, "that")) {
                /* "pleaded not guilty to charges that he ...", "denied
                 * reports that ...": the clause belongs to the noun */
                if (j > k && content_noun(d, j - 1) && !in_document(d, k, j - 1))
                    break; /* but "estimated in a report that ..." */
                if (j > k && document_relative(d, j, s1))
                    continue; /* (unless it is on the report: "in a report that sets out ...") */
                /* "said the strike targets 12 landlords that it accuses of
                 * ...": a clause already, its verb one the tagger took for a
                 * plural, before its object; "that" opens a relative clause */
                if (j > k + 3 && (d->toks.v[k].w.flags & W_DET) && plural_verb(d, k + 2, j)) {
                    start = k;
                    break;
                }
                /* "said the eight members that have been restoring output
                 * would pause": a relative pronoun, the clause began at k */
                /* (or "said the tankers that reached her street were often
                 * empty": a verb, then the clause's own verb later) */
                /* (or of a noun's "of": "said a reform of the state media
                 * support scheme that took effect this year had cut ...") */
                /* (or a bare plural: "said tomatoes that sold for 15 pounds
                 * a kilo were now fetching 28") */
                int rel_verb = 0, plain_np = (d->toks.v[k].w.flags & W_DET) != 0 ||
                                             (d->toks.v[k].upos == SIFT_UPOS_NOUN && sift_tok_ends(d, k, "s") &&
                                              !(d->toks.v[k].flags & TF_CAP) &&
                                              !(d->toks.v[k].w.flags & (W_AUX | W_CUE)) &&
                                              /* (a verb's form too before its preposition: "said
                                               * attacks on health facilities ... that threaten") */
                                              (!(d->toks.v[k].w.flags & W_VERB) ||
                                               (k + 1 < j && (d->toks.v[k + 1].w.flags & W_PREP) &&
                                                !sift_tok_is(d, k + 1, "to"))));
                /* (or a figure's: "said about 60 percent of the clothing that
                 * leaves the market unsold ends up in landfills") */
                uint32_t np0 = k;
                int figure_np = 0;
                if (!plain_np && (d->toks.v[k].kind == TK_NUM || figure_opener(d, k))) {
                    while (np0 < j && d->toks.v[np0].kind != TK_NUM)
                        np0++;
                    plain_np = figure_np = np0 < j;
                }
                /* (or a gerund's: "said uploading a single shift's video from
                 * a detachment that relies on a satellite link can take") */
                int gerund = k == c + 1 && sift_tok_ends(d, k, "ing") && d->toks.v[k].upos == SIFT_UPOS_VERB &&
                             !(d->toks.v[k].flags & TF_CAP) && sift_clause_starts(d, k);
                /* (or a preposition and an article after the noun: "a faulty
                 * valve on a tank that stores fuel") */
                for (uint32_t m = np0; m < j && plain_np && !gerund; m++)
                    plain_np = (d->toks.v[m].kind == TK_WORD || d->toks.v[m].kind == TK_NUM) && /* ("a 2023 law") */
                               (!(d->toks.v[m].w.flags & W_PREP) || (sift_tok_is(d, m, "of") && m > np0 + 1) ||
                                (m > np0 && m + 2 < j && d->toks.v[m - 1].upos == SIFT_UPOS_NOUN &&
                                 !(d->toks.v[m + 1].flags & TF_CAP) &&
                                 ((d->toks.v[m + 1].w.flags & W_DET) || d->toks.v[m + 1].upos == SIFT_UPOS_NOUN ||
                                  d->toks.v[m + 1].upos == SIFT_UPOS_ADJ)) || /* ("attacks on health facilities") */
                                (figure_np && m == np0 + 1 && sift_tok_is(d, m, "of"))); /* ("1,500 of the") */
                /* (past an adverb, then any past or present verb: "said a
                 * sack of sorghum that once lasted her family a month now
                 * ran out") */
                uint32_t v = j + 1;
                while (v < s1 && v < j + 3 && (d->toks.v[v].upos == SIFT_UPOS_ADV || sift_tok_is(d, v, "once")) &&
                       !(d->toks.v[v].flags & TF_CAP))
                    v++;
                static const char *const then_now[] = {"now", "still", "already", NULL};
                plain_np |= gerund;
                if (plain_np && j > k && v < s1 && !(d->toks.v[v].flags & TF_CAP) &&
                    (d->toks.v[v].upos == SIFT_UPOS_VERB || /* ("a law that relaxed price rules had") */
                     (d->toks.v[v].upos == SIFT_UPOS_ADJ && sift_tok_ends(d, v, "ed")) ||
                     /* (or a verb the tagger took for a plural, before its
                      * object: "the spring that waters his animals had") */
                     (d->toks.v[v].upos == SIFT_UPOS_NOUN && sift_tok_ends(d, v, "s") && v + 1 < s1 &&
                      !(d->toks.v[v + 1].flags & TF_CAP) &&
                      ((d->toks.v[v + 1].w.flags & W_DET) ||
                       /* (or a bare noun: "a tank that stores fuel") */
                       (v == j + 1 && d->toks.v[v + 1].upos == SIFT_UPOS_NOUN && !sift_tok_ends(d, v, "ss"))))) &&
                    !sift_is_cue(d, v))
                    for (uint32_t m = v + 1, joined = 0; m < s1 && m < j + 12 && !rel_verb; m++) {
                        /* (or a past verb with no "and" or comma before it:
                         * "said a faulty valve that leaked fuel allowed
                         * diesel to reach ...") */
                        joined |= sift_is_punct(d, m, ',') || sift_tok_is(d, m, "and") || sift_tok_is(d, m, "or") ||
                                  sift_tok_is(d, m, "but") || sift_tok_is(d, m, "that") || sift_tok_is(d, m, "which");
                        if (!joined && m > v + 1 && sift_tagged(d, m, "VBD") &&
                            (sift_tagged(d, v, "VBD") || sift_tagged(d, v, "VBZ") || sift_tagged(d, v, "VBP") ||
                             (d->toks.v[v].upos == SIFT_UPOS_NOUN && v == j + 1)) &&
                            !(d->toks.v[m].flags & (TF_CAP | TF_INQUOTE)) && !sift_is_cue(d, m) &&
                            (d->toks.v[m - 1].upos == SIFT_UPOS_NOUN || d->toks.v[m - 1].upos == SIFT_UPOS_PROPN)) {
                            rel_verb = 1;
                            break;
                        }
                        /* (an auxiliary opening a quoted phrase too: "said
                         * hospitals that failed to meet new hygiene targets
                         * "will be named publicly"") */
                        rel_verb = sift_finite_verb(d, m) &&
                                   (!(d->toks.v[m].flags & TF_INQUOTE) ||
                                    ((d->toks.v[m].w.flags & W_AUX) && d->toks.v[m - 1].kind == TK_QUOTE &&
                                     (d->toks.v[m - 1].flags & TF_QOPEN))) &&
                                   ((d->toks.v[m].w.flags & W_AUX) ||
                                    /* (or after "now": "said a basket that cost her 30
                                     * pounds a year ago now came to 38") */
                                    ((v > j + 1 || sift_tok_in(d, m - 1, then_now) || figure_np) &&
                                     d->toks.v[m].upos == SIFT_UPOS_VERB && !sift_tok_ends(d, m, "ing") &&
                                     !sift_is_cue(d, m) && !(d->toks.v[m - 1].w.flags & W_AUX) &&
                                     !sift_tok_is(d, m - 1, "to")));
                    }
                /* (or an object's: "said the proposals that new entrants
                 * made were weak", its subject and verb, then the clause's) */
                uint32_t ro = j + 1;
                while (plain_np && !rel_verb && ro < s1 && ro < j + 5 && d->toks.v[ro].kind == TK_WORD &&
                       !(d->toks.v[ro].flags & TF_CAP) &&
                       (d->toks.v[ro].upos == SIFT_UPOS_ADJ || d->toks.v[ro].upos == SIFT_UPOS_NOUN ||
                        (ro == j + 1 && (d->toks.v[ro].w.flags & W_DET))))
                    ro++;
                rel_verb |= plain_np && ro > j + 1 && ro + 1 < s1 && d->toks.v[ro - 1].upos == SIFT_UPOS_NOUN &&
                            d->toks.v[ro].upos == SIFT_UPOS_VERB && !sift_is_cue(d, ro) &&
                            !(d->toks.v[ro].flags & TF_CAP) && sift_tok_in(d, ro + 1, finite_auxes);
                if (j > k && j + 1 < s1 && ((d->toks.v[j + 1].w.flags & W_AUX) || rel_verb) &&
                    !(d->toks.v[j + 1].flags & TF_CAP) && d->toks.v[j - 1].kind == TK_WORD &&
                    !(d->toks.v[j - 1].w.flags & (W_AUX | W_CUE)) &&
                    /* (a noun that is also a verb's form: "power cuts that threaten") */
                    !((d->toks.v[j - 1].w.flags & W_VERB) && !(rel_verb && d->toks.v[j - 1].upos == SIFT_UPOS_NOUN)) &&
                    (d->toks.v[j - 1].upos == SIFT_UPOS_NOUN ||
                     (d->toks.v[j - 1].upos == SIFT_UPOS_PROPN && plain_np))) /* ("a bag of DAP that should cost") */
                    break;
                start = j + 1;
                break;
            }
            /* "reported, citing witnesses, that ...": step over the cited source */
            uint32_t past = sift_is_punct(d, j, ',') && sift_tok_is(d, j + 1, "citing")
                                ? aside_then_that(d, j + 2, j + 14, s1, 0)
                                : 0;
            if (past) {
                start = past;
                break;
            }
            /* (or a phrase of when between commas, with no verb: "said in a
             * statement last week, before the final round of bidding,
             * that") */
            /* (or a participle on the document: "said in its report,
             * published alongside the announcement, that") */
            int on_document = j + 2 < s1 && j > k + 1 && sift_document_noun(d, j - 1) &&
                              (sift_past_participle(d, j + 1) || sift_tok_ends(d, j + 1, "ed")) &&
                              (d->toks.v[j + 2].w.flags & W_PREP);
            int ahead = (sift_tok_is(d, j + 1, "ahead") || sift_tok_is(d, j + 1, "prior")) && j + 2 < s1 &&
                        (sift_tok_is(d, j + 2, "of") || sift_tok_is(d, j + 2, "to")); /* (", ahead of the vote,") */
            int opens_when = (d->toks.v[j + 1].w.flags & W_PREP) || on_document || ahead;
            /* (a clause of when may hold a verb: "said last week, before the
             * decision was published, that") */
            static const char *const when_clause[] = {"before", "after", "when", "while", "until", "once", NULL};
            int stop = sift_tok_in(d, j + 1, when_clause) ? 1 : 2;
            past = sift_is_punct(d, j, ',') && j + 3 < s1 && opens_when && !(d->toks.v[j + 1].flags & TF_CAP) &&
                           !sift_tok_is(d, j + 1, "that")
                       ? aside_then_that(d, j + 2 + on_document, j + 12, s1, stop)
                       : 0;
            if (past > j + 4) { /* (a word at least after the comma's first) */
                start = past;
                break;
            }
            /* (or a participle on the document, its agent between commas:
             * "said in a letter to the prime minister, seen by reporters,
             * that") */
            if (sift_is_punct(d, j, ',') && j > k + 1 && j + 3 < s1 && sift_tok_is(d, j + 2, "by") &&
                (sift_past_participle(d, j + 1) || sift_tok_ends(d, j + 1, "ed") || sift_tok_ends(d, j + 1, "en")) &&
                !(d->toks.v[j + 1].flags & TF_CAP) && (past = aside_then_that(d, j + 3, j + 10, s1, 1)) != 0) {
                start = past;
                break;
            }
            /* (or a relative clause on it: "said in a letter to the FCTA, a
             * copy of which was seen by this newspaper, that") */
            if (sift_is_punct(d, j, ',') && j > k + 1 && j + 6 < s1 && sift_tok_is(d, j + 1, "a") &&
                sift_tok_is(d, j + 3, "of") && sift_tok_is(d, j + 4, "which") &&
                (past = aside_then_that(d, j + 5, j + 14, s1, 1)) != 0) {
                start = past;
                break;
            }
            /* (nor a participle on the document it was said in: "estimated
             * in a briefing note published in October that") */
            int described = j > k + 1 && sift_document_noun(d, j - 1) && sift_tok_ends(d, j, "ed") && j + 1 < s1 &&
                            (d->toks.v[j + 1].w.flags & W_PREP) && !(d->toks.v[j + 1].flags & TF_CAP);
            /* (and "note" is that document after its article: "in a
             * briefing note") */
            described |= j > k + 1 && sift_document_noun(d, j) && ((d->toks.v[j - 1].w.flags & W_DET) ||
                                                                   (j > k + 2 && (d->toks.v[j - 2].w.flags & W_DET)));
            if (u->kind == TK_QUOTE || sift_is_punct(d, j, ',') || sift_is_punct(d, j, '.') ||
                (sift_is_cue(d, j) && !(content_noun(d, j) && in_document(d, k, j)) && !described &&
                 !(j > k && named_plural_noun(d, j - 1, s1))) ||
                ((u->w.flags & W_AUX) && !(sift_document_noun(d, j) && in_document(d, k, j)) && /* ("its plan") */
                 !(u->flags & TF_USED))) /* (nor the month: "published in May that") */
                break; /* (but "said in a 2022 report that": the means of saying) */
            /* "told reporters as he left the hotel that ...": a short
             * clause of when, with a pronoun for its subject, then "that" */
            static const char *const whens[] = {"as", "when", "while", "after", "before", NULL};
            if (sift_tok_in(d, j, whens) && j + 3 < s1 && sift_tok_in(d, j + 1, sift_subject_pronouns) &&
                d->toks.v[j + 2].upos == SIFT_UPOS_VERB && !sift_is_cue(d, j + 2)) {
                uint32_t m = j + 3;
                while (m < s1 && m < j + 10 && d->toks.v[m].kind == TK_WORD && !sift_tok_is(d, m, "that") &&
                       !sift_is_cue(d, m) && !(d->toks.v[m].w.flags & W_AUX))
                    m++;
                if (m + 1 < s1 && sift_tok_is(d, m, "that")) {
                    start = m + 1;
                    break;
                }
            }
            /* "described the war as evidence that", "agreed to buy a firm that":
             * no reported speech */
            if (sift_tok_is(d, j, "as") || (sift_tok_is(d, j, "to") && j == k))
                break;
        }
        /* "said in a statement on Monday it would ...", "said in an
         * interview it had ...": the means of saying, then the clause */
        /* (past an adjective: "said in its latest report") */
        uint32_t adj = k + 4 < s1 && d->toks.v[k + 2].upos == SIFT_UPOS_ADJ && !(d->toks.v[k + 2].flags & TF_CAP) &&
                       sift_document_noun(d, k + 3);
        uint32_t means_at = k; /* (where the means of saying opened) */
        if (!start && k + 3 < s1 && sift_tok_is(d, k, "in") && (d->toks.v[k + 1].w.flags & W_DET) &&
            (sift_document_noun(d, k + 2) || sift_tok_is(d, k + 2, "interview") ||
             sift_tok_is(d, k + 2, "speech") || sift_tok_is(d, k + 2, "briefing") ||
             sift_tok_is(d, k + 2, "post") || adj)) {
            k += 3 + adj;
            /* ("said in a statement released after markets closed": the
             * participle describes the statement; no clause follows) */
            if (k < s1 && sift_tok_ends(d, k, "ed") && d->toks.v[k].upos == SIFT_UPOS_VERB && k + 1 < s1 &&
                (d->toks.v[k + 1].w.flags & W_PREP))
                continue;
            /* ("said in a report that sets out its plans that drones
             * would ...": a relative clause on the report, then the
             * clause reported after its own "that") */
            if (document_relative(d, k, s1)) {
                uint32_t m = k + 2;
                while (m < s1 && m < k + 14 && d->toks.v[m].kind == TK_WORD && !sift_is_cue(d, m) &&
                       !sift_tok_is(d, m, "that"))
                    m++;
                /* (no second "that": a plural the tagger took for a verb,
                 * then the clause's own verb: "said in a statement that
                 * stocks across its reservoirs had recovered") */
                int plural = sift_tok_ends(d, k + 1, "s") && !sift_tok_ends(d, k + 1, "ss");
                for (uint32_t v = k + 2; plural && v < s1 && v < k + 10 && d->toks.v[v].kind == TK_WORD; v++)
                    if ((d->toks.v[v].w.flags & W_AUX) && d->toks.v[v].upos == SIFT_UPOS_AUX) {
                        plural = 2;
                        break;
                    }
                if (plural == 2 && (m + 1 >= s1 || !sift_tok_is(d, m, "that"))) {
                    start = k + 1;
                } else {
                    if (m + 1 >= s1 || !sift_tok_is(d, m, "that") || !sift_clause_starts(d, m + 1))
                        continue;
                    start = m + 1;
                }
            }
        }
        /* "said last week it would ...", "said on Thursday it would ..." */
        /* (not "said Thursday's fire was", "say this year's harvest is": a
         * date that owns the subject) */
        uint32_t dated = k;
        while (dated < s1 && (d->toks.v[dated].flags & TF_USED))
            dated++;
        int owns = dated > k && dated < s1 && (d->toks.v[dated].flags & TF_POSS) && d->toks.v[dated].kind != TK_WORD;
        /* (nor "said the weekend figures could not": a time after "the"
         * that describes the noun after it) */
        owns |= dated > k && dated + 1 < s1 && sift_tok_is(d, k, "the") && d->toks.v[dated].kind == TK_WORD &&
                d->toks.v[dated].upos == SIFT_UPOS_NOUN && !(d->toks.v[dated].flags & TF_CAP) &&
                !(d->toks.v[dated].w.flags & (W_PRONOUN | W_DET | W_PREP | W_AUX));
        /* (nor one a relative clause is on, the clause's subject: "said the
         * spring that waters his animals had weakened") */
        owns |= dated > k && dated + 1 < s1 && (sift_tok_is(d, dated, "that") || sift_tok_is(d, dated, "which")) &&
                !(d->toks.v[dated].flags & TF_CAP);
        /* (nor one that is the subject, its verb right after it: "said the
         * summer had been the hottest on record") */
        owns |= dated > k && dated + 1 < s1 && sift_tok_is(d, k, "the") && sift_finite_verb(d, dated) &&
                d->toks.v[dated].kind == TK_WORD;
        if (!owns)
            k = past_dates(d, k, s1);
        if (!start && bare_cue && k < s1 && sift_clause_starts(d, k) &&
            (!(d->toks.v[k].w.flags & W_PREP) || figure_opener(d, k)) && !adjunct_clause(d, k) &&
            !object_then_verb(d, k, s1) && !named_plural_noun(d, k, s1) && !speaker_then_that(d, k, s1))
            start = k; /* not "said when asked whether ...", "told as little as ..." */
        if (!start && bare_cue && k < s1 && (quoted_subject(d, k, s1) || subject_then_quoted_verb(d, k, s1)))
            start = k;
        if (!start && figure_shown(d, c, k, s1))
            start = k;
        /* "a project the authority said had cost 12 billion pounds": an
         * auxiliary right after the verb, whose subject the clause left out */
        if (!start && bare_cue && k == c + 1 && k < s1 && sift_tok_in(d, k, finite_auxes) &&
            !(d->toks.v[k].flags & TF_CAP))
            start = k;
        /* (or any verb, after a relative pronoun and the subject: "...,
         * which the service said amounted to 70 percent of its income") */
        /* (past the means of saying: "which the office said in its latest
         * report had infested 4,200 hectares") */
        if (!start && bare_cue && (k == c + 1 || means_at == c + 1) && k < s1 && !(d->toks.v[k].flags & TF_CAP) &&
            sift_finite_verb(d, k) && !sift_is_cue(d, k) && relative_subject(d, s0, c))
            start = k;
        /* (or a past verb after the noun the clause describes and the one
         * who spoke: "..., a figure the union said understated the real
         * workforce") */
        if (!start && bare_cue && k == c + 1 && k + 1 < s1 && noun_the_said(d, c, s0))
            start = k;
        if (!start)
            start = and_that;
        /* ("said that, without a sharp change in migration, the population
         * could fall": the clause opens past the comma of its aside) */
        if (start > s0 && start + 2 < s1 && sift_is_punct(d, start, ',') && sift_tok_is(d, start - 1, "that") &&
            d->toks.v[start + 1].kind == TK_WORD)
            start++;
        if (!start || start >= s1 || relative_object(d, c, start, s1))
            continue;
        /* (a verb right after a quotation's closing comma attributes it:
         * '"...," said Hakan Yildiz, 41, a shopkeeper who said ...' opens
         * no clause of its own) */
        /* (but a participle does not: 'dismissed it as "a number invented
         * in an office," saying the union had counted ...') */
        if (start == c + 1 && c > s0 + 1 && d->toks.v[c - 1].kind == TK_QUOTE && !(d->toks.v[c - 1].flags & TF_QOPEN) &&
            sift_is_punct(d, c - 2, ',') && !(sift_tok_ends(d, c, "ing") && quoted_fragment_end(d, c - 1, s0)))
            continue;
        sift_attribution a = {-1, NULL, -1, "reported-speech"};
        if (!sift_speaker_of_cue(d, c, s0, s1, &a))
            continue;
        a.cue = c;
        uint32_t end = clause_end(d, start);
        /* ("X, a group that says it has 3,500 members, welcomed the
         * lawsuit": a report inside a relative clause ends where the
         * main clause's verb comes back) */
        /* (so does one in a participle's aside: "Figures released on
         * Monday, showing that 42 percent ..., were described as") */
        uint32_t body = sift_body_start(d, d->toks.v[c].sent);
        int aside = c > s0 + 1 && sift_is_punct(d, c - 1, ',') && sift_tok_ends(d, c, "ing") &&
                    sift_subject_only(d, body, c - 1);
        /* (and ", which says ...,": "The group, which says the plan was
         * flawed, has asked") */
        int relative = c >= s0 + 2 && (sift_tok_is(d, c - 1, "which") || sift_tok_is(d, c - 1, "who") ||
                                       sift_tok_is(d, c - 1, "that"));
        if (relative && d->toks.v[c - 2].kind != TK_WORD &&
            !(sift_is_punct(d, c - 2, ',') && !sift_tok_is(d, c - 1, "that")))
            relative = 0;
        /* (or "who" on a noun of the subject: "Sara Lind, a nurse who says
         * rents doubled, spoke too") */
        int loose = aside || (relative && sift_is_punct(d, c - 2, ',') && sift_subject_only(d, body, c - 2)) ||
                    (relative && sift_tok_is(d, c - 1, "who") && sift_subject_only(d, body, c - 1));
        if (aside || relative)
            for (uint32_t m = start + 2; m + 1 < end; m++) {
                /* (past the clause's own asides: "showing that the plan,
                 * approved in May, was flawed") */
                uint32_t inner = sift_relative_aside(d, m, end);
                if (inner) {
                    m = inner;
                    continue;
                }
                /* (a verb of saying too, with an object and no "that":
                 * "The union, which says it represents 14,000 workers,
                 * ordered members to down tools") */
                int ed_obj = relative && m + 2 < end && sift_tok_ends(d, m + 1, "ed") &&
                             (d->toks.v[m + 2].upos == SIFT_UPOS_NOUN || (d->toks.v[m + 2].w.flags & W_DET));
                if (sift_is_punct(d, m, ',') && (sift_finite_verb(d, m + 1) || ed_obj) &&
                    (!sift_is_cue(d, m + 1) || ed_obj) &&
                    !(d->toks.v[m + 1].flags & TF_CAP) &&
                    (loose ? sift_tok_in(d, m + 1, finite_auxes) || !(d->toks.v[m + 1].w.flags & W_AUX)
                           : !(d->toks.v[m + 1].w.flags & W_AUX) && sift_tok_ends(d, m + 1, "ed"))) {
                    end = m;
                    break;
                }
            }
        if (add_indirect(d, start, end, &a, c) != 0)
            return -1;
        addressee_end = start;
    }
    return 0;
}
