/*
 * dates.c — date expressions and their TIMEX3 values.
 *
 * Absolute forms (March 3, 2025; 3 March 2025; Nov. 7; 2025-03-03; March
 * 2024; in 2019) keep their value with or without a publication date; a
 * month and day without a year get "XXXX-MM-DD" when there is no
 * publication date. Relative forms (Thursday, last month, earlier this
 * week, this summer, two days ago, yesterday) are resolved against the
 * publication date and get no value without one. A bare weekday is the most
 * recent such day on or before the publication date; "next" looks forward.
 */
#include <stdio.h>
#include <string.h>

#include "../doc_int.h"
#include "extract_int.h"

/* Days since 1970-01-01 of a proleptic Gregorian date (H. Hinnant's method). */
static long days_from_civil(int y, int m, int d)
{
    y -= m <= 2;
    long era = (y >= 0 ? y : y - 399) / 400;
    long yoe = y - era * 400;
    long doy = (153 * (m + (m > 2 ? -3 : 9)) + 2) / 5 + d - 1;
    long doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    return era * 146097 + doe - 719468;
}

static void civil_from_days(long z, int *y, int *m, int *d)
{
    z += 719468;
    long era = (z >= 0 ? z : z - 146096) / 146097;
    long doe = z - era * 146097;
    long yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
    long yy = yoe + era * 400;
    long doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    long mp = (5 * doy + 2) / 153;
    *d = (int)(doy - (153 * mp + 2) / 5 + 1);
    *m = (int)(mp < 10 ? mp + 3 : mp - 9);
    *y = (int)(yy + (*m <= 2));
}

/* ISO weekday 1 (Monday) .. 7 (Sunday). */
static int weekday(long days)
{
    long w = (days + 3) % 7; /* 1970-01-01 was a Thursday (3 from Monday) */
    if (w < 0)
        w += 7;
    return (int)w + 1;
}

static void iso_week(long days, int *wy, int *wk)
{
    int y, m, d;
    long thu = days - weekday(days) + 4; /* the Thursday of this week decides the year */
    civil_from_days(thu, &y, &m, &d);
    long jan1 = days_from_civil(y, 1, 1);
    *wy = y;
    *wk = (int)((thu - jan1) / 7) + 1;
}

typedef struct ctx {
    doc *d;
    int has_pub;
    long pub;     /* days */
    int py, pm, pd;
} ctx;

static const char *fmt_day(ctx *c, long days)
{
    int y, m, d;
    civil_from_days(days, &y, &m, &d);
    return sift_arena_printf(c->d->arena, "%04d-%02d-%02d", y, m, d);
}

static int tokw(const doc *d, uint32_t i, uint32_t flag)
{
    return i < d->toks.n && (d->toks.v[i].w.flags & flag);
}

static int is_num(const doc *d, uint32_t i, double lo, double hi, int maxlen)
{
    if (i >= d->toks.n || d->toks.v[i].kind != TK_NUM)
        return 0;
    double v = d->toks.v[i].num;
    return v >= lo && v <= hi && (int)TOK_N(d, i) <= maxlen && !memchr(TOK_S(d, i), ',', TOK_N(d, i));
}

/* A day number token: 7, 07, 7th. */
static int day_at(const doc *d, uint32_t i, int *day)
{
    if (i >= d->toks.n)
        return 0;
    const tok *t = &d->toks.v[i];
    if ((t->kind == TK_NUM && is_num(d, i, 1, 31, 2)) || ((t->flags & TF_ORDINAL) && t->num >= 1 && t->num <= 31)) {
        *day = (int)t->num;
        return 1;
    }
    return 0;
}

static int year_at(const doc *d, uint32_t i, int *year)
{
    if (is_num(d, i, 1800, 2200, 4) && TOK_N(d, i) == 4) {
        *year = (int)d->toks.v[i].num;
        return 1;
    }
    return 0;
}

static int add_date(ctx *c, uint32_t t0, uint32_t t1, const char *value, const char *rule)
{
    doc *d = c->d;
    sift_date dt;
    dt.span.start = d->toks.v[t0].start;
    dt.span.end = d->toks.v[t1 - 1].end;
    dt.text = sift_arena_strndup(d->arena, d->text + dt.span.start, dt.span.end - dt.span.start);
    dt.value = value;
    dt.rule = rule;
    for (uint32_t i = t0; i < t1; i++)
        d->toks.v[i].flags |= TF_USED;
    return dt.text ? SIFT_VEC_PUSH(d->arena, d->dates, dt) : -1;
}

/* Month names need care: "May" is also a modal. Capitalised and not at a
 * sentence start, or followed by a day or year. */
static int month_at(const doc *d, uint32_t i, int *month)
{
    if (i >= d->toks.n || !tokw(d, i, W_MONTH) || !(d->toks.v[i].flags & TF_CAP))
        return 0;
    *month = d->toks.v[i].w.val;
    return 1;
}

static const char *season_code(int s)
{
    switch (s) {
    case 'S': return "SU";
    case 'W': return "WI";
    case 'P': return "SP";
    default: return "FA";
    }
}

/* Words that make a stretch of a sentence speak of the future ("will",
 * "would", "plans to"): a month or day without a year then looks forward. */
/* A word that puts its clause in the future for certain: "will",
 * "scheduled", "due". */
static int firm_future(const doc *d, uint32_t k)
{
    return sift_tok_is(d, k, "will") || sift_tok_is(d, k, "would") || sift_tok_is(d, k, "'ll") ||
           sift_tok_is(d, k, "shall") || sift_tok_is(d, k, "scheduled") || sift_tok_is(d, k, "due");
}

static int future_in(const doc *d, uint32_t a, uint32_t b)
{
    for (uint32_t k = a; k < b; k++) {
        if (firm_future(d, k) || sift_tok_is(d, k, "plans") || sift_tok_is(d, k, "upcoming") ||
            sift_tok_is(d, k, "expects") || sift_tok_is(d, k, "forecasts") || sift_tok_is(d, k, "predicts"))
            return 1;
        /* "is expected to", not "fewer than economists had expected" */
        if (sift_tok_is(d, k, "expected") && k > 0 && !sift_tok_is(d, k - 1, "had") &&
            !sift_tok_is(d, k - 1, "than") && !sift_tok_is(d, k - 1, "as") && !sift_tok_is(d, k - 1, "been") &&
            !(k > 1 && sift_tok_is(d, k - 2, "than")))
            return 1;
    }
    return 0;
}

/* Irregular past forms common in news ("took effect", "began in March"). */
static int irregular_past(const doc *d, uint32_t k)
{
    static const char *const forms[] = {
        "took", "began", "came", "went", "rose", "fell", "grew", "won", "lost", "met", "held",
        "left", "sold", "bought", "paid", "gave", "got", "saw", "spoke", "wrote", "struck", "hit",
        "led", "ran", "fled", "brought", "caught", "fought", "sent", "spent", "built", "made",
        "became", "broke", "chose", "drew", "drove", "flew", "froze", "knew", "stood", "swept",
        "shot", "sank", "slid", "stole", "threw", "woke", "wound", "overtook", "undertook", NULL};
    for (const char *const *f = forms; *f; f++)
        if (sift_tok_is(d, k, *f))
            return 1;
    return 0;
}

/* Words that make a stretch of a sentence tell of the past ("was", "had",
 * "killed", "took"). Reporting verbs do not count: "said" is past in every
 * news sentence. With `tagged`, for a date's own clause, any verb in -ed
 * the tagger found counts too. */
static int past_in(const doc *d, uint32_t a, uint32_t b, int tagged)
{
    for (uint32_t k = a; k < b; k++) {
        const tok *t = &d->toks.v[k];
        if (t->kind != TK_WORD || (t->flags & TF_CAP) || (t->w.flags & W_CUE))
            continue;
        /* after a modal or "to" a verb is in its base form: "could hit", "to cut" */
        int base = k > a && (sift_tok_is(d, k - 1, "could") || sift_tok_is(d, k - 1, "may") ||
                             sift_tok_is(d, k - 1, "might") || sift_tok_is(d, k - 1, "can") ||
                             sift_tok_is(d, k - 1, "to") || sift_tok_is(d, k - 1, "will") ||
                             sift_tok_is(d, k - 1, "would") || sift_tok_is(d, k - 1, "should"));
        /* "which employed 25,700 people at the end of January": a verb the
         * tagger found in -ed right after "which", "who" or a pronoun */
        if (t->upos == SIFT_UPOS_VERB && TOK_N(d, k) > 4 && memcmp(TOK_S(d, k) + TOK_N(d, k) - 2, "ed", 2) == 0 &&
            k > a && (sift_tok_is(d, k - 1, "which") || sift_tok_is(d, k - 1, "who") ||
                      (d->toks.v[k - 1].w.flags & W_PRONOUN)))
            return 1;
        /* (or, in the date's clause, any verb in -ed the tagger found, not
         * one in the passive of the present or after "to": "The shop
         * opened in April", not "is expected in April"; a verb elsewhere
         * in the sentence may be another clause's: "bookings for the
         * spring are higher, and the city recorded ...") */
        static const char *const be[] = {"is", "are", "be", "am", "being", "'s", NULL};
        if (tagged && t->upos == SIFT_UPOS_VERB && TOK_N(d, k) > 4 && memcmp(TOK_S(d, k) + TOK_N(d, k) - 2, "ed", 2) == 0 &&
            !base && !(k > a && sift_tok_in(d, k - 1, be)) &&
            !(k > a + 1 && sift_tok_in(d, k - 2, be) && sift_tok_ends(d, k - 1, "ly")))
            return 1;
        if (sift_tok_is(d, k, "was") || sift_tok_is(d, k, "were") || sift_tok_is(d, k, "had") ||
            sift_tok_is(d, k, "did") || sift_tok_is(d, k, "ago") || (irregular_past(d, k) && !base) ||
            ((t->w.flags & W_VERB) && TOK_N(d, k) > 3 && memcmp(TOK_S(d, k) + TOK_N(d, k) - 2, "ed", 2) == 0))
            return 1;
    }
    return 0;
}

/* The tense around token i: +1 future, -1 past, 0 neither. The clause of
 * i (between commas, semicolons, "and", "but") decides first: "The law took
 * effect on Jan. 1 and will be reviewed in 2026"; the sentence otherwise. */
static int clause_edge(const doc *d, uint32_t k)
{
    return sift_is_punct(d, k, ',') || sift_is_punct(d, k, ';') || sift_tok_is(d, k, "and") ||
           sift_tok_is(d, k, "but") || sift_tok_is(d, k, "that");
}

/* The clause of token i: [*a, *b) between commas, semicolons, "and",
 * "but" and "that" ("told reporters on Wednesday that ... would"). */
static void clause_of(const doc *d, uint32_t i, uint32_t *a, uint32_t *b)
{
    const sent *st = &d->sents.v[d->toks.v[i].sent];
    *a = i;
    *b = i + 1;
    while (*a > st->t0 && !clause_edge(d, *a - 1))
        (*a)--;
    while (*b < st->t1 && !clause_edge(d, *b))
        (*b)++;
}

/* "might not reach shelves before mid-December": a modal of what may yet
 * happen in [a, i), not "may have" */
static int modal_before(const doc *d, uint32_t a, uint32_t i)
{
    for (uint32_t k = a; k < i; k++)
        if ((sift_tok_is(d, k, "might") || (sift_tok_is(d, k, "may") && !(d->toks.v[k].flags & TF_CAP))) &&
            !sift_tok_is(d, k + 1, "have") && !(sift_tok_is(d, k + 1, "not") && sift_tok_is(d, k + 2, "have")))
            return 1;
    return 0;
}

static int tense_at(const doc *d, uint32_t i)
{
    const sent *st = &d->sents.v[d->toks.v[i].sent];
    uint32_t a, b;
    clause_of(d, i, &a, &b);
    if (modal_before(d, a, i))
        return 1;
    if (future_in(d, a, b))
        return 1;
    if (past_in(d, a, b, 1))
        return -1;
    return future_in(d, st->t0, st->t1) ? 1 : past_in(d, st->t0, st->t1, 0) ? -1 : 0;
}

/* A weekday without "next" or "last" looks ahead only when its own clause
 * speaks of the future ("would be charged on Monday"); news days are past. */
static int weekday_ahead(const doc *d, uint32_t i)
{
    uint32_t a, b;
    if (i > 0 && sift_tok_is(d, i - 1, "since"))
        return 0; /* "postponed since Sunday", whatever is scheduled */
    clause_of(d, i, &a, &b);
    int said = 0; /* "said on Thursday it would ...": the day of saying */
    for (uint32_t k = a; k < i; k++)
        said |= sift_is_cue(d, k);
    for (uint32_t k = a; k < (said ? i : b); k++)
        if (firm_future(d, k))
            return 1;
    /* "urged supporters to stay home on Thursday", "plans to vote on Friday" */
    for (uint32_t k = a; k + 1 < i; k++)
        if (sift_tok_is(d, k, "urged") || sift_tok_is(d, k, "plans") || sift_tok_is(d, k, "planned") ||
            sift_tok_is(d, k, "vowed") || sift_tok_is(d, k, "promised") || sift_tok_is(d, k, "agreed") ||
            sift_tok_is(d, k, "expected") || sift_tok_is(d, k, "expects") || sift_tok_is(d, k, "aims") ||
            sift_tok_is(d, k, "hopes") || sift_tok_is(d, k, "hoped") || sift_tok_is(d, k, "forecast") ||
            sift_tok_is(d, k, "predicted") || sift_tok_is(d, k, "projected") || sift_tok_is(d, k, "poised") ||
            sift_tok_is(d, k, "likely"))
            for (uint32_t m = k + 1; m < i && m < k + 5; m++)
                if (sift_tok_is(d, m, "to"))
                    return 1;
    /* "could receive 10 to 15 inches of rain by Thursday night": "by" a
     * day, after a modal of what may yet happen */
    int by = i > 0 && sift_tok_is(d, i - 1, "by");
    for (uint32_t k = a; by && k + 1 < i; k++)
        if ((sift_tok_is(d, k, "could") || sift_tok_is(d, k, "may") || sift_tok_is(d, k, "might") ||
             sift_tok_is(d, k, "should") || sift_tok_is(d, k, "can")) &&
            !sift_tok_is(d, k + 1, "have") && !(sift_tok_is(d, k + 1, "not") && sift_tok_is(d, k + 2, "have")))
            return 1;
    /* "a meeting had been set for Thursday" */
    if (i >= 2 && sift_tok_is(d, i - 2, "set") && sift_tok_is(d, i - 1, "for"))
        return 1;
    return 0;
}

/* The year of a month (and day) written without one: the next occurrence
 * when the sentence looks ahead, the last one when it tells of the past,
 * otherwise whichever lies nearer the publication date. */
static int year_for(ctx *c, uint32_t i, int mo, int day)
{
    int later = mo > c->pm || (mo == c->pm && day > c->pd);
    int earlier = mo < c->pm || (mo == c->pm && day && day < c->pd);
    /* "approved a charge starting on June 1": when something takes effect
     * looks ahead even in a sentence about the past */
    int starts = 0;
    for (uint32_t k = i > 3 ? i - 3 : 0; k < i; k++)
        starts |= sift_tok_is(c->d, k, "starting") || sift_tok_is(c->d, k, "beginning") ||
                  sift_tok_is(c->d, k, "effective");
    /* "The hearing is set for Dec. 3", "scheduled for", "due on" */
    if (i >= 2 && (sift_tok_is(c->d, i - 1, "for") || sift_tok_is(c->d, i - 1, "on")) &&
        (sift_tok_is(c->d, i - 2, "set") || sift_tok_is(c->d, i - 2, "scheduled") ||
         sift_tok_is(c->d, i - 2, "slated") || sift_tok_is(c->d, i - 2, "due")))
        starts = 1;
    int tense = tense_at(c->d, i);
    if (starts || tense > 0)
        return earlier ? c->py + 1 : c->py;
    long pub = days_from_civil(c->py, c->pm, c->pd);
    /* "had been advised not to venture out till August 5", three days after
     * the story: the end of a period still running, whatever the tense */
    int until = i > 0 && (sift_tok_is(c->d, i - 1, "till") || sift_tok_is(c->d, i - 1, "until") ||
                          sift_tok_is(c->d, i - 1, "through"));
    if (until && later && day && days_from_civil(c->py, mo, day) - pub <= 31)
        return c->py;
    if (tense < 0)
        return later ? c->py - 1 : c->py;
    int dd = day ? day : 15;
    long ahead = days_from_civil(later ? c->py : c->py + 1, mo, dd) - pub;
    long behind = pub - days_from_civil(later ? c->py - 1 : c->py, mo, dd);
    if (ahead < 0)
        ahead = -ahead;
    if (behind < 0)
        behind = -behind;
    if (ahead < behind)
        return later ? c->py : c->py + 1;
    return later ? c->py - 1 : c->py;
}

static const char *dup(ctx *c, const char *buf)
{
    return sift_arena_strndup(c->d->arena, buf, strlen(buf));
}

/* A four-digit year used as a date, not a count: not "1500 troops". */
static int bare_year(const doc *d, uint32_t i)
{
    int yr;
    if (!year_at(d, i, &yr) || yr < 1900 || yr > 2100)
        return 0;
    if (i > 0 && (d->toks.v[i - 1].kind == TK_SYM || (d->toks.v[i - 1].w.flags & W_QUAL)))
        return 0;
    if (i + 1 < d->toks.n) {
        const tok *nx = &d->toks.v[i + 1];
        size_t n = TOK_N(d, i + 1);
        if (nx->kind == TK_SYM || (nx->w.flags & (W_UNITWORD | W_NUMWORD)))
            return 0;
        if (nx->kind == TK_WORD && !(nx->flags & TF_CAP) && n > 2 && TOK_S(d, i + 1)[n - 1] == 's' &&
            !(nx->flags & TF_POSS))
            return 0;
    }
    return 1;
}

/* Try absolute forms at i; returns tokens consumed or 0. */
static int absolute(ctx *c, uint32_t i)
{
    doc *d = c->d;
    int mo, mo2, day, yr, yr2;
    char buf[48];
    /* ISO 2025-03-03 */
    if (year_at(d, i, &yr) && sift_is_punct(d, i + 1, '-') && is_num(d, i + 2, 1, 12, 2) && sift_is_punct(d, i + 3, '-') &&
        is_num(d, i + 4, 1, 31, 2) && !(d->toks.v[i + 1].flags & TF_SPACE)) {
        snprintf(buf, sizeof buf, "%04d-%02d-%02d", yr, (int)d->toks.v[i + 2].num, (int)d->toks.v[i + 4].num);
        return add_date(c, i, i + 5, dup(c, buf), "iso") ? -1 : 5;
    }
    /* Month Day[,] [Year] and Day Month [Year]; "the 3rd of March" */
    int md = month_at(d, i, &mo) && day_at(d, i + 1, &day);
    int the_of = !md && sift_tok_is(d, i, "the") && (d->toks.v[i + 1 < d->toks.n ? i + 1 : i].flags & TF_ORDINAL) &&
                 day_at(d, i + 1, &day) && sift_tok_is(d, i + 2, "of") && month_at(d, i + 3, &mo);
    if (md || the_of || (day_at(d, i, &day) && month_at(d, i + 1, &mo))) {
        uint32_t e = i + (the_of ? 4 : 2);
        int y = 0;
        if (md && sift_is_punct(d, e, ',') && year_at(d, e + 1, &y))
            e += 2;
        else if (year_at(d, e, &y))
            e += 1;
        /* "April 14-18": a range of days in one month */
        int day2 = 0;
        if (md && !y && e + 1 < d->toks.n && (sift_is_punct(d, e, '-') || d->toks.v[e].kind == TK_DASH) &&
            day_at(d, e + 1, &day2) && day2 > day) {
            e += 2;
            if (sift_is_punct(d, e, ',') && year_at(d, e + 1, &y))
                e += 2;
        }
        int yy = y ? y : c->has_pub ? year_for(c, i, mo, day) : 0;
        if (yy)
            snprintf(buf, sizeof buf, "%04d-%02d-%02d", yy, mo, day);
        else
            snprintf(buf, sizeof buf, "XXXX-%02d-%02d", mo, day);
        if (day2 && yy)
            snprintf(buf + strlen(buf), sizeof buf - strlen(buf), "/%04d-%02d-%02d", yy, mo, day2);
        else if (day2)
            snprintf(buf + strlen(buf), sizeof buf - strlen(buf), "/XXXX-%02d-%02d", mo, day2);
        return add_date(c, i, e, dup(c, buf), md ? "month-day" : "day-month") ? -1 : (int)(e - i);
    }
    /* Month and Month Year: an interval */
    if (month_at(d, i, &mo) && (sift_tok_is(d, i + 1, "and") || sift_tok_is(d, i + 1, "to") ||
                                d->toks.v[i + 1 < d->toks.n ? i + 1 : i].kind == TK_DASH) &&
        month_at(d, i + 2, &mo2) && year_at(d, i + 3, &yr)) {
        snprintf(buf, sizeof buf, "%04d-%02d/%04d-%02d", yr, mo, yr, mo2);
        return add_date(c, i, i + 4, dup(c, buf), "month-interval") ? -1 : 4;
    }
    /* "March 2023 and June 2024": an interval of months */
    if (month_at(d, i, &mo) && year_at(d, i + 1, &yr) && i + 4 < d->toks.n &&
        (sift_tok_is(d, i + 2, "and") || sift_tok_is(d, i + 2, "to") || d->toks.v[i + 2].kind == TK_DASH) &&
        month_at(d, i + 3, &mo2) && year_at(d, i + 4, &yr2)) {
        snprintf(buf, sizeof buf, "%04d-%02d/%04d-%02d", yr, mo, yr2, mo2);
        return add_date(c, i, i + 5, dup(c, buf), "month-interval") ? -1 : 5;
    }
    /* Month Year */
    if (month_at(d, i, &mo) && year_at(d, i + 1, &yr)) {
        snprintf(buf, sizeof buf, "%04d-%02d", yr, mo);
        return add_date(c, i, i + 2, dup(c, buf), "month-year") ? -1 : 2;
    }
    /* next/last/this Month, in/since/by/until/mid- Month (no year) */
    if (i > 0 && month_at(d, i, &mo) && !(d->toks.v[i].flags & TF_SENT)) {
        int step = sift_tok_is(d, i - 1, "next") ? 1 : sift_tok_is(d, i - 1, "last") ? -1 : 0;
        int mod = step || sift_tok_is(d, i - 1, "this");
        int prep = sift_tok_is(d, i - 1, "in") || sift_tok_is(d, i - 1, "since") ||
                   sift_tok_is(d, i - 1, "until") || sift_tok_is(d, i - 1, "by") ||
                   sift_tok_is(d, i - 1, "early") || sift_tok_is(d, i - 1, "late") ||
                   sift_tok_is(d, i - 1, "mid") || sift_tok_is(d, i - 1, "of") ||
                   sift_tok_is(d, i - 1, "from") || sift_tok_is(d, i - 1, "before") ||
                   sift_tok_is(d, i - 1, "after") || sift_tok_is(d, i - 1, "through") ||
                   sift_tok_is(d, i - 1, "during") ||
                   (sift_is_punct(d, i - 1, '-') && sift_tok_is(d, i - 2, "mid")) ||
                   /* "the year to June", "the 12 months to March" */
                   (i > 1 && sift_tok_is(d, i - 1, "to") &&
                    (sift_tok_is(d, i - 2, "year") || sift_tok_is(d, i - 2, "months") ||
                     sift_tok_is(d, i - 2, "quarter") || sift_tok_is(d, i - 2, "weeks")));
        if (mod || prep) {
            uint32_t s0 = mod ? i - 1 : i;
            if (!c->has_pub) {
                if (mod)
                    return add_date(c, s0, i + 1, NULL, "month") ? -1 : (int)(i + 1 - s0);
                snprintf(buf, sizeof buf, "XXXX-%02d", mo);
            } else {
                /* "since October" looks back whatever else the sentence says */
                int since = sift_tok_is(d, i - 1, "since");
                int y = step > 0 ? (mo > c->pm ? c->py : c->py + 1)
                        : step < 0 ? (mo < c->pm ? c->py : c->py - 1)
                        : since  ? (mo > c->pm ? c->py - 1 : c->py)
                                 : year_for(c, i, mo, 0);
                snprintf(buf, sizeof buf, "%04d-%02d", y, mo);
            }
            if (mod)
                return add_date(c, s0, i + 1, dup(c, buf), "month") ? -1 : (int)(i + 1 - s0);
            return add_date(c, i, i + 1, dup(c, buf), "month") ? -1 : 1;
        }
    }
    /* first/second/third/fourth quarter: the last such quarter that has begun */
    if ((d->toks.v[i].w.flags & W_ORDINAL) && d->toks.v[i].w.val <= 4) {
        uint32_t e = i + 1;
        if (sift_is_punct(d, e, '-'))
            e++;
        if (sift_tok_is(d, e, "quarter")) {
            int q = d->toks.v[i].w.val;
            /* "the first quarter of 2026" */
            if (sift_tok_is(d, e + 1, "of") && year_at(d, e + 2, &yr)) {
                snprintf(buf, sizeof buf, "%04d-Q%d", yr, q);
                return add_date(c, i, e + 3, dup(c, buf), "quarter") ? -1 : (int)(e + 3 - i);
            }
            /* "the second quarter of last year" */
            int rel = sift_tok_is(d, e + 2, "last") ? -1 : sift_tok_is(d, e + 2, "next") ? 1 : 0;
            if (sift_tok_is(d, e + 1, "of") && sift_tok_is(d, e + 3, "year") &&
                (rel || sift_tok_is(d, e + 2, "this"))) {
                snprintf(buf, sizeof buf, "%04d-Q%d", c->py + rel, q);
                return add_date(c, i, e + 4, c->has_pub ? dup(c, buf) : NULL, "quarter") ? -1
                                                                                  : (int)(e + 4 - i);
            }
            if (c->has_pub) {
                /* "growth would peak in the second quarter": the next one
                 * not yet over, when the clause looks ahead */
                int cur = (c->pm - 1) / 3 + 1;
                uint32_t a, b;
                clause_of(d, i, &a, &b);
                int ahead = modal_before(d, a, i) || future_in(d, a, b);
                int y = ahead ? (q >= cur ? c->py : c->py + 1) : (q <= cur ? c->py : c->py - 1);
                snprintf(buf, sizeof buf, "%04d-Q%d", y, q);
            }
            return add_date(c, i, e + 1, c->has_pub ? dup(c, buf) : NULL, "quarter") ? -1 : (int)(e + 1 - i);
        }
    }
    /* year intervals: 2019 to 2022, 2019–20, between 2019 and 2022 */
    if (year_at(d, i, &yr) && i + 2 < d->toks.n &&
        (sift_tok_is(d, i + 1, "to") || d->toks.v[i + 1].kind == TK_DASH ||
         (sift_is_punct(d, i + 1, '-') && !(d->toks.v[i + 1].flags & TF_SPACE)) ||
         (sift_tok_is(d, i + 1, "and") && i > 0 && sift_tok_is(d, i - 1, "between")))) {
        int two = is_num(d, i + 2, 0, 99, 2) && TOK_N(d, i + 2) == 2;
        if (year_at(d, i + 2, &yr2) || two) {
            if (two)
                yr2 = yr / 100 * 100 + (int)d->toks.v[i + 2].num;
            if (yr2 > yr) {
                snprintf(buf, sizeof buf, "%04d/%04d", yr, yr2);
                return add_date(c, i, i + 3, dup(c, buf), "year-interval") ? -1 : 3;
            }
        }
    }
    /* a year: in 2019, since 2014, mid-2023, the 2025 season */
    if (bare_year(d, i)) {
        year_at(d, i, &yr);
        snprintf(buf, sizeof buf, "%04d", yr);
        return add_date(c, i, i + 1, dup(c, buf), "year") ? -1 : 1;
    }
    return 0;
}

/* The year of a season named without one at token i (winter is the year
 * of its December): the current one; else the next when the sentence looks
 * ahead or says nothing of the past, the last when it tells of the past. */
static int season_year(ctx *c, uint32_t i, int s)
{
    int first = s == 'P' ? 3 : s == 'S' ? 6 : s == 'F' ? 9 : 12;
    if (s == 'W') {
        if (c->pm == 12 || c->pm <= 2)
            return c->pm == 12 ? c->py : c->py - 1;
        return tense_at(c->d, i) < 0 ? c->py - 1 : c->py;
    }
    if (c->pm >= first && c->pm < first + 3)
        return c->py;
    int before = c->pm < first; /* this year's has not begun */
    if (tense_at(c->d, i) < 0)
        return before ? c->py - 1 : c->py;
    return before ? c->py : c->py + 1;
}

/* Try relative forms at i; returns tokens consumed or 0. */
static int relative(ctx *c, uint32_t i)
{
    doc *d = c->d;
    uint32_t n = (uint32_t)d->toks.n, e = i;
    const char *v = NULL;
    char buf[32];
    int dir = 0, earlier = 0; /* -1 last, 0 this/bare, +1 next */
    if (i >= n || (d->toks.v[i].kind != TK_WORD && d->toks.v[i].kind != TK_NUM))
        return 0; /* a number may open "11 days ago" */
    if (sift_tok_is(d, e, "earlier") || sift_tok_is(d, e, "later")) {
        if (!sift_tok_is(d, e + 1, "this"))
            return 0;
        earlier = 1;
        e++;
    }
    /* "the end of the month", "the weekend" */
    if (sift_tok_is(d, e, "the") && sift_tok_is(d, e + 1, "end") && sift_tok_is(d, e + 2, "of") &&
        sift_tok_is(d, e + 3, "the") && tokw(d, e + 4, W_TIMEUNIT) && !earlier) {
        e += 4;
        goto unit;
    }
    if (sift_tok_is(d, e, "the") && sift_tok_is(d, e + 1, "weekend") && !earlier) {
        e += 1;
        goto unit;
    }
    if (sift_tok_is(d, e, "last") || sift_tok_is(d, e, "past") || sift_tok_is(d, e, "previous"))
        dir = -1, e++;
    else if (sift_tok_is(d, e, "next") || sift_tok_is(d, e, "coming"))
        dir = 1, e++;
    else if (sift_tok_is(d, e, "this"))
        e++;
    int mod = e > i;
    const tok *t = e < n ? &d->toks.v[e] : NULL;
    if (!t)
        return 0;
    /* not "on a Sunday", "every Friday": no one day */
    if ((t->w.flags & W_WEEKDAY) && e > 0 &&
        (sift_tok_is(d, e - 1, "a") || sift_tok_is(d, e - 1, "every") || sift_tok_is(d, e - 1, "each")))
        return 0;
    if ((t->w.flags & W_WEEKDAY) && (t->flags & TF_CAP) && !earlier) {
        int wd = t->w.val, mo, dd;
        /* "Sunday, November 30": the date that follows says which Sunday */
        if (!mod && sift_is_punct(d, e + 1, ',') && ((month_at(d, e + 2, &mo) && day_at(d, e + 3, &dd)) ||
                                                     (day_at(d, e + 2, &dd) && month_at(d, e + 3, &mo))))
            return 0;
        e++;
        if (tokw(d, e, W_DAYPART))
            e++;
        if (c->has_pub) {
            int pw = weekday(c->pub);
            long day;
            if (dir > 0) {
                int delta = (wd - pw + 7) % 7;
                day = c->pub + (delta ? delta : 7);
            } else if (dir < 0) {
                int delta = (pw - wd + 7) % 7;
                day = c->pub - (delta ? delta : 7);
            } else if (mod) {
                day = c->pub + (wd - pw); /* "this Friday": in the current week */
            } else if (weekday_ahead(d, i)) {
                int delta = (wd - pw + 7) % 7; /* "will be charged on Monday" */
                day = c->pub + (delta ? delta : 7);
            } else {
                day = c->pub - (pw - wd + 7) % 7;
            }
            v = fmt_day(c, day);
        }
        return add_date(c, i, e, v, "weekday") ? -1 : (int)(e - i);
    }
    if (!mod && (sift_tok_is(d, e, "today") || sift_tok_is(d, e, "yesterday") ||
                 sift_tok_is(d, e, "tomorrow") || sift_tok_is(d, e, "tonight"))) {
        long off = sift_tok_is(d, e, "yesterday") ? -1 : sift_tok_is(d, e, "tomorrow") ? 1 : 0;
        if (c->has_pub)
            v = fmt_day(c, c->pub + off);
        return add_date(c, i, e + 1, v, "deictic") ? -1 : (int)(e + 1 - i);
    }
    if (mod && (t->w.flags & W_DAYPART) && sift_tok_is(d, i, "last") && sift_tok_is(d, e, "night")) {
        if (c->has_pub)
            v = fmt_day(c, c->pub - 1);
        return add_date(c, i, e + 1, v, "last-night") ? -1 : (int)(e + 1 - i);
    }
    if (mod && (t->w.flags & W_DAYPART) && sift_tok_is(d, i, "this")) {
        if (c->has_pub)
            v = fmt_day(c, c->pub);
        return add_date(c, i, e + 1, v, "this-daypart") ? -1 : (int)(e + 1 - i);
    }
    if (mod && (t->w.flags & W_TIMEUNIT) && !(t->flags & TF_CAP)) {
    unit:
        t = &d->toks.v[e];
        int unit = t->w.val;
        if (c->has_pub) {
            if (unit == 7) {
                int wy, wk;
                iso_week(c->pub + 7 * dir, &wy, &wk);
                snprintf(buf, sizeof buf, "%04d-W%02d", wy, wk);
            } else if (unit == 30) {
                int y = c->py, m = c->pm + dir;
                if (m < 1)
                    m = 12, y--;
                if (m > 12)
                    m = 1, y++;
                snprintf(buf, sizeof buf, "%04d-%02d", y, m);
            } else if (unit == 365) {
                snprintf(buf, sizeof buf, "%04d", c->py + dir);
            } else if (unit == 2) {
                int wy, wk, back = 0;
                /* "talks ended over the weekend" in a Monday story: the one before */
                /* and with no tense to go by, on a Monday or Tuesday: "polls
                 * taken over the weekend put ..." (not "until the weekend") */
                int tense = tense_at(d, i);
                int ahead = i > 0 && (sift_tok_is(d, i - 1, "until") || sift_tok_is(d, i - 1, "by") ||
                                      sift_tok_is(d, i - 1, "before"));
                if (sift_tok_is(d, i, "the") && ((tense < 0 && weekday(c->pub) < 6) ||
                                                 (tense == 0 && !ahead && weekday(c->pub) <= 2)))
                    back = 7;
                iso_week(c->pub + 7 * dir - back, &wy, &wk);
                snprintf(buf, sizeof buf, "%04d-W%02d-WE", wy, wk);
            } else {
                return 0;
            }
            v = sift_arena_strndup(d->arena, buf, strlen(buf));
        }
        return add_date(c, i, e + 1, v, "relative-unit") ? -1 : (int)(e + 1 - i);
    }
    /* a season with its year ("spring 2024", "the winter of 2022"), or after
     * "the"/"in" alone: read like a month without a year */
    if (!mod && !earlier) {
        uint32_t s = sift_tok_is(d, e, "the") ? e + 1 : e;
        const tok *st = s < n ? &d->toks.v[s] : NULL;
        int yr;
        if (st && (st->w.flags & W_SEASON) && (!(st->flags & TF_CAP) || (st->flags & TF_SENT))) {
            uint32_t y = sift_tok_is(d, s + 1, "of") ? s + 2 : s + 1;
            if (year_at(d, y, &yr)) {
                snprintf(buf, sizeof buf, "%04d-%s", yr, season_code(st->w.val));
                return add_date(c, i, y + 1, dup(c, buf), "season-year") ? -1 : (int)(y + 1 - i);
            }
            int bare = s > e || (s > 0 && sift_tok_is(d, s - 1, "in"));
            if (bare && !sift_tok_is(d, s, "fall") && !(st->flags & TF_CAP) &&
                !sift_tok_is(d, s + 1, "of")) {
                if (c->has_pub) {
                    snprintf(buf, sizeof buf, "%04d-%s", season_year(c, s, st->w.val),
                             season_code(st->w.val));
                    v = dup(c, buf);
                }
                return add_date(c, i, s + 1, v, "season") ? -1 : (int)(s + 1 - i);
            }
        }
    }
    if (mod && (t->w.flags & W_SEASON) && !(t->flags & TF_CAP)) {
        int s = t->w.val;
        if (c->has_pub) {
            int end_month = s == 'P' ? 5 : s == 'S' ? 8 : s == 'F' ? 11 : 2;
            int y = c->py;
            if (dir < 0)
                y = (s != 'W' && c->pm > end_month) ? c->py : c->py - 1;
            else if (dir > 0)
                y = c->py + 1;
            snprintf(buf, sizeof buf, "%04d-%s", y, season_code(s));
            v = sift_arena_strndup(d->arena, buf, strlen(buf));
        }
        return add_date(c, i, e + 1, v, "season") ? -1 : (int)(e + 1 - i);
    }
    /* N days/weeks/months/years ago; a week ago */
    if (!mod && (t->kind == TK_NUM || (t->w.flags & W_NUMWORD) || sift_tok_is(d, e, "a")) &&
        tokw(d, e + 1, W_TIMEUNIT) && sift_tok_is(d, e + 2, "ago")) {
        double k = t->kind == TK_NUM ? t->num : (t->w.flags & W_NUMWORD) ? t->w.val : 1;
        int unit = d->toks.v[e + 1].w.val;
        if (c->has_pub) {
            if (unit == 1 || unit == 7) {
                v = fmt_day(c, c->pub - (long)(k * unit));
            } else if (unit == 30) {
                int y = c->py, m = c->pm - (int)k;
                while (m < 1)
                    m += 12, y--;
                snprintf(buf, sizeof buf, "%04d-%02d", y, m);
                v = sift_arena_strndup(d->arena, buf, strlen(buf));
            } else if (unit == 365) {
                snprintf(buf, sizeof buf, "%04d", c->py - (int)k);
                v = sift_arena_strndup(d->arena, buf, strlen(buf));
            }
        }
        return add_date(c, i, e + 3, v, "ago") ? -1 : (int)(e + 3 - i);
    }
    return 0;
}

int sift_extract_dates(doc *d)
{
    ctx c = {d, 0, 0, 0, 0, 0};
    if (d->pub_y) {
        c.has_pub = 1;
        c.py = d->pub_y;
        c.pm = d->pub_m;
        c.pd = d->pub_d;
        c.pub = days_from_civil(d->pub_y, d->pub_m, d->pub_d);
    }
    uint32_t n = (uint32_t)d->toks.n;
    for (uint32_t i = 0; i < n;) {
        int k = absolute(&c, i);
        if (k == 0)
            k = relative(&c, i);
        if (k < 0)
            return -1;
        i += k > 0 ? (uint32_t)k : 1;
    }
    return 0;
}
