/*
 * claims.c — what a claim counts, and whether claims about one quantity agree.
 *
 * The key of a claim is its folded subject with the unit made canonical
 * (soldiers, troops and servicemen all count "troop"), what happens to what it
 * counts ("killed", "sheltered", "fed": see predicate.c), and its place at
 * the level of a first-order region: a city stands for its region (Sudzha ->
 * Kursk Oblast, RU.41), so claims about a region and a town in it meet. The
 * place is the most specific one named in the claim's sentence, else the
 * nearest one named just before it ("in the region" after "Russia's Kursk
 * region"). Country-level groups are folded into a single regional group of
 * the same country later, by the reconciler (containment).
 */
#include <ctype.h>
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "corpus.h"

static const struct {
    const char *word, *unit;
} unit_syn[] = {
    {"soldier", "troop"},     {"troop", "troop"},        {"serviceman", "troop"},
    {"servicemen", "troop"},  {"fighter", "troop"},      {"personnel", "troop"},
    {"combatant", "troop"},   {"force", "troop"},        {"service member", "troop"},
    {"people", "person"},     {"person", "person"},      {"individual", "person"},
    {"resident", "person"},   {"civilian", "civilian"},  {"death", "death"},
    {"fatality", "death"},    {"fatalitie", "death"},    {"dead", "death"},
    {"dollar", "USD"},        {"usd", "USD"},            {"euro", "EUR"},
    {"eur", "EUR"},           {"child", "child"},        {"children", "child"},
    {"migrant", "migrant"},   {"refugee", "refugee"},    {"worker", "worker"},
    {NULL, NULL}};

static const char *canon_unit(const char *w)
{
    for (int i = 0; unit_syn[i].word; i++)
        if (strcasecmp(w, unit_syn[i].word) == 0)
            return unit_syn[i].unit;
    return NULL;
}

static int stopword(const char *w)
{
    static const char *s[] = {"the", "a", "an", "of", "in", "and", "or", "to", "for", "on", "at",
                              "by", "with", "from", "its", "their", "his", "her", "some", "more",
                              "than", "about", "nearly", "least", "up", "over", "other", NULL};
    for (int i = 0; s[i]; i++)
        if (strcmp(w, s[i]) == 0)
            return 1;
    return 0;
}

/* Singular of a folded word: troops -> troop, casualties -> casualty. */
static void singular(char *w)
{
    size_t n = strlen(w);
    if (n > 4 && strcmp(w + n - 3, "ies") == 0) {
        strcpy(w + n - 3, "y");
    } else if (n > 3 && w[n - 1] == 's' && w[n - 2] != 's' && w[n - 2] != 'u' && w[n - 2] != 'i') {
        w[n - 1] = '\0';
    }
}

/* How specific a place is: 2 inside a region, 1 a country or bare region, 0 none. */
static int specificity(const sift_entity *e)
{
    if (!e->geo)
        return 0;
    char v[64];
    if (sift_corpus_geo_get(e->geo, "code", v, sizeof v))
        return 2;
    if (sift_corpus_geo_get(e->geo, "cc", v, sizeof v))
        return 1;
    return 0;
}

static void set_place(const sift_entity *e, int idx, sift_claim_key *k)
{
    char code[32] = "", adm1[96] = "", kind[32] = "";
    k->place_entity = idx;
    sift_corpus_geo_get(e->geo, "cc", k->cc, sizeof k->cc);
    sift_corpus_geo_get(e->geo, "kind", kind, sizeof kind);
    if (sift_corpus_geo_get(e->geo, "code", code, sizeof code)) {
        sift_corpus_geo_get(e->geo, "adm1", adm1, sizeof adm1);
        snprintf(k->place, sizeof k->place, "%s", code);
        snprintf(k->place_name, sizeof k->place_name, "%s", adm1[0] ? adm1 : e->name);
    } else if (strcmp(kind, "country") == 0) {
        snprintf(k->place, sizeof k->place, "%s", k->cc);
        snprintf(k->place_name, sizeof k->place_name, "%s", e->name);
    } else {
        char f[64];
        sift_corpus_fold(e->name, f, sizeof f);
        snprintf(k->place, sizeof k->place, "%.7s:%.50s", k->cc, f);
        snprintf(k->place_name, sizeof k->place_name, "%s", e->name);
    }
}

/* Whether the preposition at text[i] says where someone spoke ("told
 * reporters in Kathmandu", "said in Katmandu"), not where the figure is. */
static int where_said(const char *text, size_t i)
{
    static const char *speech[] = {"reporters", "said", "told", "speaking", "conference",
                                   "statement", "briefing", "interview", "address", "journalists",
                                   "spoke", "says", NULL};
    while (i > 0 && !isalpha((unsigned char)text[i - 1]))
        i--;
    size_t e = i;
    while (i > 0 && isalpha((unsigned char)text[i - 1]))
        i--;
    for (int k = 0; speech[k]; k++)
        if (strlen(speech[k]) == e - i && strncasecmp(text + i, speech[k], e - i) == 0)
            return 1;
    return 0;
}

/* Whether a place mention reads as a location: a locative preposition among
 * the three words before it ("in", "near", "in Russia's"), and not itself a
 * possessive ("Ukraine's incursion" names an actor, not a place). */
static int locative(const char *text, size_t tlen, sift_span sp)
{
    if (sp.end + 1 < tlen && (text[sp.end] == '\'' || !strncmp(text + sp.end, "\xE2\x80\x99", 3)))
        return 0;
    static const char *preps[] = {"in", "near", "at", "around", "outside", "inside", "across",
                                  "into", "throughout", "within", "from", "of", "to", "over",
                                  NULL};
    size_t i = sp.start;
    for (int words = 0; words < 3 && i > 0; words++) {
        while (i > 0 && !isalpha((unsigned char)text[i - 1]))
            i--;
        size_t e = i;
        while (i > 0 && (isalpha((unsigned char)text[i - 1]) || text[i - 1] == '\''))
            i--;
        for (int k = 0; preps[k]; k++)
            if (strlen(preps[k]) == e - i && strncasecmp(text + i, preps[k], e - i) == 0)
                return !where_said(text, i);
    }
    return 0;
}

/*
 * The place a claim is about. In order: a specific place (in a region) read
 * as a location in the claim's sentence; a specific place named as a location
 * in the 400 bytes before it ("in Russia's Kursk region. ... in the region");
 * a country read as a location in the sentence; one just before it.
 */
static void find_place(const sift_analysis *an, const sift_claim *c, sift_claim_key *k)
{
    size_t ne, tlen;
    const sift_entity *ents = sift_analysis_entities(an, &ne);
    const char *text = sift_analysis_text(an, &tlen);
    int best[4] = {-1, -1, -1, -1};   /* by rank: 0 best */
    size_t dist[4] = {SIZE_MAX, SIZE_MAX, SIZE_MAX, SIZE_MAX};
    uint32_t s0 = c->sentence.start, s1 = c->sentence.end;
    if (s1 <= s0)
        s0 = c->span.start, s1 = c->span.end;
    for (size_t i = 0; i < ne; i++) {
        int spec = specificity(&ents[i]);
        if (!spec)
            continue;
        for (size_t m = 0; m < ents[i].n_mentions; m++) {
            sift_span sp = ents[i].mentions[m].span;
            if (sp.end > tlen || !locative(text, tlen, sp))
                continue;
            int rank;
            size_t d;
            if (sp.start >= s0 && sp.end <= s1) {
                rank = spec == 2 ? 0 : 2;
                d = sp.start >= c->span.end ? sp.start - c->span.end
                    : c->span.start >= sp.end ? c->span.start - sp.end : 0;
            } else if (sp.end <= s0 && s0 - sp.end < 400) {
                rank = spec == 2 ? 1 : 3;
                d = s0 - sp.end;
            } else {
                continue;
            }
            if (d < dist[rank])
                best[rank] = (int)i, dist[rank] = d;
        }
    }
    for (int r = 0; r < 4; r++)
        if (best[r] >= 0) {
            set_place(&ents[best[r]], best[r], k);
            return;
        }
}

int sift_corpus_claim_key(const sift_analysis *an, const sift_claim *c, sift_claim_key *k)
{
    memset(k, 0, sizeof *k);
    k->place_entity = -1;
    if (!c->unit && !c->subject)
        return -1;
    size_t tlen;
    const char *text = sift_analysis_text(an, &tlen);
    char unit_f[64] = "";
    const char *cu = NULL;
    if (c->unit) {
        sift_corpus_lower(c->unit, unit_f, sizeof unit_f);
        singular(unit_f);
        cu = canon_unit(unit_f);
        if (!cu && strlen(c->unit) == 3 && isupper((unsigned char)c->unit[0]))
            cu = c->unit; /* currency codes stay as they are */
    }
    snprintf(k->unit, sizeof k->unit, "%s", cu ? cu : unit_f);
    /* The subject's words, folded and singular, units made canonical. */
    char subj[192] = "", words[160] = "";
    sift_corpus_lower(c->subject ? c->subject : "", subj, sizeof subj);
    size_t o = 0;
    int has_unit = 0;
    for (char *save = NULL, *w = strtok_r(subj, " ", &save); w; w = strtok_r(NULL, " ", &save)) {
        if (stopword(w) || isdigit((unsigned char)w[0]))
            continue;
        singular(w);
        const char *u = canon_unit(w);
        const char *put = u ? u : w;
        if (u || strcmp(w, k->unit) == 0)
            has_unit = 1;
        int n = snprintf(words + o, sizeof words - o, "%s%s", o ? " " : "", put);
        if (n < 0 || (size_t)n >= sizeof words - o)
            break;
        o += (size_t)n;
    }
    if (!has_unit && k->unit[0])
        o += (size_t)snprintf(words + o, sizeof words - o, "%s%s", o ? " " : "", k->unit);
    /* a rate counts something else than its unit: "barrel per day" */
    if (c->per) {
        size_t u = strlen(k->unit);
        snprintf(k->unit + u, sizeof k->unit - u, " per %s", c->per);
        if (o < sizeof words)
            snprintf(words + o, sizeof words - o, " per %s", c->per);
    }
    char ev[32];
    if (sift_corpus_claim_event(text, tlen, c, ev, sizeof ev))
        snprintf(k->what, sizeof k->what, "%s%s%s", words, words[0] ? " " : "", ev);
    else
        snprintf(k->what, sizeof k->what, "%s", words);
    if (!k->what[0])
        return -1;
    find_place(an, c, k);
    /* A full date named in the claim's sentence dates the figure. */
    size_t nd;
    const sift_date *dates = sift_analysis_dates(an, &nd);
    for (size_t i = 0; i < nd; i++)
        if (dates[i].value && strlen(dates[i].value) == 10 &&
            dates[i].span.start >= c->sentence.start && dates[i].span.end <= c->sentence.end) {
            memcpy(k->date, dates[i].value, 11);
            break;
        }
    return 0;
}

/* ---- Verdicts ------------------------------------------------------------- */

static int by_source_date(const void *a, const void *b)
{
    const sift_obs *x = a, *y = b;
    int c = strcmp(x->source ? x->source : "", y->source ? y->source : "");
    if (c)
        return c;
    return strcmp(x->date ? x->date : "", y->date ? y->date : "");
}

/* The interval a qualified figure allows. */
static void interval(const sift_obs *o, double *lo, double *hi)
{
    double v = o->value;
    const char *q = o->qualifier ? o->qualifier : "";
    *lo = *hi = v;
    if (o->has_max && o->value_max >= v) {
        *hi = o->value_max;
    } else if (!strcmp(q, "about") || !strcmp(q, "approximately") || !strcmp(q, "around") ||
               !strcmp(q, "roughly") || !strcmp(q, "some") || !strcmp(q, "estimated")) {
        *lo = v * 0.9, *hi = v * 1.1;
    } else if (!strcmp(q, "nearly") || !strcmp(q, "almost") || !strcmp(q, "close to")) {
        *lo = v * 0.85;
    } else if (!strcmp(q, "more than") || !strcmp(q, "at least") || !strcmp(q, "over")) {
        *hi = INFINITY;
    } else if (!strcmp(q, "less than") || !strcmp(q, "at most") || !strcmp(q, "up to") ||
               !strcmp(q, "under")) {
        *lo = 0;
    }
}

void sift_corpus_judge(sift_obs *obs, size_t n, sift_verdict *v)
{
    memset(v, 0, sizeof *v);
    if (n == 0)
        return;
    qsort(obs, n, sizeof *obs, by_source_date);
    double lo_max = -INFINITY, hi_min = INFINITY;
    v->lo = INFINITY;
    v->hi = -INFINITY;
    for (size_t i = 0; i < n;) {
        size_t j = i;
        while (j < n && strcmp(obs[j].source ? obs[j].source : "",
                               obs[i].source ? obs[i].source : "") == 0)
            j++;
        /* obs[i..j) is one source, oldest first: the last figure stands. */
        const sift_obs *cur = &obs[j - 1];
        for (size_t k = i; k + 1 < j; k++) {
            obs[k].revised = obs[k].value != cur->value &&
                             strcmp(obs[k].date ? obs[k].date : "", cur->date ? cur->date : "") < 0;
            v->revisions += obs[k].revised;
        }
        double lo, hi;
        interval(cur, &lo, &hi);
        if (lo > lo_max)
            lo_max = lo;
        if (hi < hi_min)
            hi_min = hi;
        if (cur->value < v->lo)
            v->lo = cur->value;
        if (cur->value > v->hi)
            v->hi = cur->value;
        v->sources++;
        i = j;
    }
    /* Intervals pairwise intersect iff the largest lower bound is below the
     * smallest upper bound (Helly in one dimension). */
    v->conflict = v->sources > 1 && lo_max > hi_min * (1 + 1e-9);
    v->spread = v->hi > 0 ? (v->hi - v->lo) / v->hi : 0;
}
