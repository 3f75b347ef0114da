/*
 * claims.c — numeric claims: a figure, what it counts, its qualifier, and
 * who asserts it.
 *
 * A claim starts at a number (11,000; 3.5; $2,000; 4.2 million; twelve), a
 * vague amount (dozens of, millions of, a significant number of, several)
 * or a range (10,000-12,000; between 5 and 7). Its unit is the head noun
 * of the noun phrase that follows (soldiers -> soldier), a currency or
 * percent. Numbers in dates, times, ages, ordinals, names and model numbers
 * (F-16, Article 5) are not claims. The source is the speaker of the
 * quotation or reported clause that contains the figure; a figure in the
 * outlet's own voice has none.
 */
#include <math.h>
#include <string.h>

#include "../doc_int.h"
#include "../text/utf8.h"
#include "extract_int.h"
#include "../tag/tagger.h"

static const char *currency_of(const doc *d, uint32_t i)
{
    const char *s = TOK_S(d, i);
    size_t n = TOK_N(d, i);
    if (n == 1 && s[0] == '$')
        return "USD";
    if (n == 3 && memcmp(s, "\xe2\x82\xac", 3) == 0)
        return "EUR";
    if (n == 2 && memcmp(s, "\xc2\xa3", 2) == 0)
        return "GBP";
    if (n == 2 && memcmp(s, "\xc2\xa5", 2) == 0)
        return "JPY";
    if (n == 3 && memcmp(s, "\xe2\x82\xb4", 3) == 0)
        return "UAH";
    if (n == 3 && memcmp(s, "\xe2\x82\xbd", 3) == 0)
        return "RUB";
    if (n == 3 && memcmp(s, "\xe2\x82\xa6", 3) == 0)
        return "NGN";
    if (n == 3 && memcmp(s, "\xe2\x82\xb9", 3) == 0)
        return "INR";
    return NULL;
}

/* Is unit a currency, written as its three-letter code ("USD")? */
static int currency_code(const char *u)
{
    return u && strlen(u) == 3 && u[0] >= 'A' && u[0] <= 'Z' && u[1] >= 'A' && u[1] <= 'Z' && u[2] >= 'A' &&
           u[2] <= 'Z';
}

/* How many mentions the places of country cc[0..2) have in the document. */
static int country_mentions(const doc *d, const char *cc)
{
    int n = 0;
    for (size_t e = 0; e < d->ents.n; e++) {
        const char *g = d->ents.v[e].geo;
        const char *p = g ? strstr(g, "cc=") : NULL;
        if (p && p[3] == cc[0] && p[4] == cc[1])
            n += (int)d->ents.v[e].ments.n;
    }
    return n;
}

/* The country most of a document's places lie in ("CL"), or NULL: it
 * decides which peso, rupee or dollar an unqualified amount means. */
static const char *main_country(const doc *d, char *cc)
{
    int best = 0;
    cc[0] = '\0';
    for (size_t e = 0; e < d->ents.n; e++) {
        const char *g = d->ents.v[e].geo;
        const char *p = g ? strstr(g, "cc=") : NULL;
        if (!p || !p[3] || !p[4])
            continue;
        int count = (int)d->ents.v[e].ments.n;
        if (count > best) {
            best = count;
            cc[0] = p[3], cc[1] = p[4], cc[2] = '\0';
        }
    }
    return cc[0] ? cc : NULL;
}

static const char *currency_word(const doc *d, uint32_t i)
{
    static const struct {
        const char *w, *code;
    } map[] = {{"dollar", "USD"}, {"dollars", "USD"}, {"euro", "EUR"}, {"euros", "EUR"},
               {"pounds", "GBP"}, {"yen", "JPY"}, {"yuan", "CNY"}, {"rubles", "RUB"},
               {"roubles", "RUB"}, {"hryvnias", "UAH"}, {"naira", "NGN"},
               {"pesos", "MXN"}, {"rand", "ZAR"}, {"soles", "PEN"},
               {"reais", "BRL"}, {"lira", "TRY"}, {"liras", "TRY"}, {"zlotys", "PLN"},
               {"cedis", "GHS"}, {"taka", "BDT"},
               {"ringgit", "MYR"}, {"rupiah", "IDR"}, {"baht", "THB"}, {"won", "KRW"},
               {"dong", "VND"}, {"kroner", "NOK"}, {"kronor", "SEK"}, {"tugriks", "MNT"},
               {"lei", "RON"}, {"forints", "HUF"}, {"birr", "ETB"}, {"kwacha", "ZMW"}};
    /* a peso, dirham, riyal, dinar, rupee or shilling: the one of the
     * country the story is about, else of the country it mentions most
     * among those that use the name, else the first listed */
    static const struct {
        const char *w, *cc, *code;
    } shared[] = {{"peso", "MX", "MXN"}, {"peso", "CL", "CLP"}, {"peso", "CO", "COP"},
                  {"peso", "PH", "PHP"}, {"peso", "AR", "ARS"}, {"peso", "UY", "UYU"},
                  {"peso", "DO", "DOP"}, {"peso", "CU", "CUP"}, {"dirham", "AE", "AED"},
                  {"dirham", "MA", "MAD"}, {"riyal", "SA", "SAR"}, {"riyal", "QA", "QAR"},
                  {"riyal", "OM", "OMR"}, {"riyal", "YE", "YER"}, {"dinar", "RS", "RSD"},
                  {"dinar", "JO", "JOD"}, {"dinar", "KW", "KWD"}, {"dinar", "IQ", "IQD"},
                  {"dinar", "DZ", "DZD"}, {"dinar", "TN", "TND"}, {"dinar", "BH", "BHD"},
                  {"dinar", "LY", "LYD"}, {"rupee", "IN", "INR"}, {"rupee", "PK", "PKR"},
                  {"rupee", "LK", "LKR"}, {"rupee", "NP", "NPR"}, {"rupee", "MU", "MUR"},
                  {"shilling", "KE", "KES"}, {"shilling", "UG", "UGX"}, {"shilling", "TZ", "TZS"},
                  {"shilling", "SO", "SOS"}, {"franc", "CH", "CHF"}, {"franc", "CI", "XOF"},
                  {"franc", "SN", "XOF"}, {"franc", "ML", "XOF"}, {"franc", "BF", "XOF"},
                  {"franc", "BJ", "XOF"}, {"franc", "TG", "XOF"}, {"franc", "NE", "XOF"},
                  {"franc", "CM", "XAF"}, {"franc", "GA", "XAF"}, {"franc", "TD", "XAF"},
                  {"franc", "CF", "XAF"}, {"franc", "CG", "XAF"}, {"franc", "GQ", "XAF"},
                  {"franc", "GN", "GNF"}, {"franc", "RW", "RWF"}, {"franc", "BI", "BIF"},
                  {"franc", "CD", "CDF"}, {"franc", "DJ", "DJF"}};
    /* the letters written before a figure for those that are shared */
    static const char *const abbr[] = {"sh", "shilling", "shs", "shilling", "rs", "rupee",
                                       "rs.", "rupee", NULL, NULL};
    const char *best = NULL;
    int most = -1;
    char cc[4];
    main_country(d, cc);
    const char *word = TOK_S(d, i);
    size_t n = TOK_N(d, i);
    int abbreviated = n <= 3 && ((word[0] | 0x20) == 'r' || (word[0] | 0x20) == 's');
    for (const char *const *a = abbr; abbreviated && a[0]; a += 2)
        if (sift_tok_is(d, i, a[0])) { /* "Sh412 million", "Rs 500" */
            word = a[1], n = strlen(a[1]);
            break;
        }
    for (size_t k = 0; k < sizeof shared / sizeof *shared; k++) {
        size_t wl = strlen(shared[k].w);
        if (n < wl || n > wl + 1 || strncasecmp(word, shared[k].w, wl) != 0 ||
            (n == wl + 1 && word[wl] != 's'))
            continue;
        int score = strcmp(cc, shared[k].cc) == 0 ? 1000000 : country_mentions(d, shared[k].cc);
        if (score > most) {
            most = score;
            best = shared[k].code;
        }
    }
    if (best)
        return best;
    for (size_t k = 0; k < sizeof map / sizeof *map; k++)
        if (sift_tok_is(d, i, map[k].w))
            return map[k].code;
    return NULL;
}

/* "Chilean pesos", "Norwegian crowns", "Hong Kong dollars": a nationality
 * (or a country) at token k, then a currency's name, is that country's
 * currency; *end is set past the name. NULL when it is not. */
static const char *national_currency(const doc *d, uint32_t k, uint32_t *end)
{
    static const char *const names[] = {"peso", "pesos", "dollar", "dollars", "crown", "crowns", "krone",
                                        "kroner", "krona", "kronor", "rupee", "rupees", "franc", "francs",
                                        "dinar", "dinars", "riyal", "riyals", "shilling", "shillings",
                                        "pound", "pounds", NULL};
    static const char *const codes[] = {
        "CL", "CLP", "MX", "MXN", "AR", "ARS", "CO", "COP", "PH", "PHP", "UY", "UYU", "DO", "DOP",
        "NO", "NOK", "SE", "SEK", "DK", "DKK", "IS", "ISK", "CZ", "CZK", "AU", "AUD", "CA", "CAD",
        "NZ", "NZD", "HK", "HKD", "SG", "SGD", "TW", "TWD", "US", "USD", "JM", "JMD", "IN", "INR",
        "PK", "PKR", "LK", "LKR", "NP", "NPR", "KE", "KES", "UG", "UGX", "TZ", "TZS", "CH", "CHF",
        "GB", "GBP", "EG", "EGP", "JO", "JOD", "KW", "KWD", "IQ", "IQD", "BH", "BHD", "SA", "SAR",
        "QA", "QAR", "AE", "AED", "MA", "MAD", "TN", "TND", "DZ", "DZD", "LY", "LYD", "RS", "RSD",
        "NA", "NAD", "LR", "LRD", "ZW", "ZWL", "BN", "BND", "FJ", "FJD", "TT", "TTD", "BS", "BSD", NULL};
    int m = d->toks.v[k].ment;
    if (m < 0 || (d->ments.v[m].type != ET_NORP && d->ments.v[m].type != ET_GPE) || d->ments.v[m].t0 != k ||
        !d->ments.v[m].lex)
        return NULL;
    uint32_t e = d->ments.v[m].t1;
    if (e >= d->toks.n || !sift_tok_in(d, e, names) || (d->toks.v[e].flags & TF_CAP))
        return NULL;
    const char *cc = strstr(d->ments.v[m].lex->info, "cc=");
    if (!cc || !cc[3] || !cc[4])
        return NULL;
    for (const char *const *c = codes; *c; c += 2)
        if (c[0][0] == cc[3] && c[0][1] == cc[4]) {
            *end = e + 1;
            return c[1];
        }
    return NULL;
}

/* A currency written before the figure as letters: "Tk 12,500", "Rs 500",
 * "KSh 2m", "Sh412 million" (the shilling of the country of the story). */
static const char *currency_prefix(const doc *d, uint32_t i)
{
    const char *code = sift_money_code(d, i);
    if (code && !*code)
        return currency_word(d, i); /* Kenya's, Uganda's or Tanzania's shilling */
    return code;
}

/* The singular, lowercase form of a head noun, in the arena; measurement
 * abbreviations become their unit names (m -> metre, MW -> megawatt). */
static const char *singular(doc *d, uint32_t i)
{
    static const struct {
        const char *from, *to;
    } fixed[] = {{"people", "person"}, {"children", "child"}, {"men", "man"},
                 {"women", "woman"}, {"police", "police"}, {"personnel", "personnel"},
                 {"cattle", "cattle"}, {"sheep", "sheep"}, {"fish", "fish"},
                 {"kilometers", "km"}, {"kilometres", "km"}, {"kilometer", "km"},
                 {"kilometre", "km"}, {"kilogram", "kg"}, {"kilograms", "kg"}, {"m", "metre"},
                 {"feet", "foot"}, {"inches", "inch"}, {"metres", "metre"}, {"meters", "metre"},
                 {"mw", "megawatt"}, {"gw", "gigawatt"}, {"kw", "kilowatt"}, {"ha", "hectare"},
                 {"kg", "kg"}, {"mm", "mm"}, {"cm", "cm"}, {"mph", "mph"}, {"bpd", "barrel"},
                 {"reais", "BRL"}, {"real", "BRL"}, {"series", "series"}, {"news", "news"},
                 {"buses", "bus"}, {"gases", "gas"}, {"lenses", "lens"}, {"bonuses", "bonus"},
                 {"viruses", "virus"}, {"campuses", "campus"}, {"censuses", "census"},
                 {"species", "species"}, {"millimetres", "mm"}, {"millimeters", "mm"},
                 {"millimetre", "mm"}, {"centimetres", "cm"}, {"centimeters", "cm"},
                 {"headquarters", "headquarters"}};
    char low[64];
    size_t n = sift_utf8_lower(TOK_S(d, i), TOK_N(d, i), low, sizeof low);
    for (size_t k = 0; k < sizeof fixed / sizeof *fixed; k++)
        if (strcmp(low, fixed[k].from) == 0)
            return fixed[k].to;
    /* with the models, WordNet's irregular plurals: "knives" -> knife,
     * "species" -> species, "grandchildren" -> grandchild */
    char lem[64];
    size_t ln = sift_lemma_irregular_noun(d->res->models.lemma, low, n, lem, sizeof lem);
    if (ln > 0 && ln < sizeof lem - 1)
        return sift_arena_strndup(d->arena, lem, ln);
    /* wives, knives, lives -> -fe; halves, shelves, leaves, wolves, thieves -> -f */
    if (n > 5 && strcmp(low + n - 5, "wives") == 0)
        return sift_arena_printf(d->arena, "%.*sife", (int)(n - 4), low);
    if ((n >= 6 && strcmp(low + n - 6, "knives") == 0) || strcmp(low, "lives") == 0)
        return sift_arena_printf(d->arena, "%.*sife", (int)(n - 4), low);
    if (strcmp(low, "halves") == 0 || strcmp(low, "shelves") == 0 || strcmp(low, "leaves") == 0 ||
        strcmp(low, "wolves") == 0 || strcmp(low, "thieves") == 0 || strcmp(low, "calves") == 0 ||
        strcmp(low, "loaves") == 0)
        return sift_arena_printf(d->arena, "%.*sf", (int)(n - 3), low);
    if (n > 4 && strcmp(low + n - 3, "ies") == 0) {
        low[n - 3] = 'y';
        n -= 2;
    } else if (n > 4 && (strcmp(low + n - 4, "ches") == 0 || strcmp(low + n - 4, "shes") == 0 ||
                         strcmp(low + n - 4, "sses") == 0 || strcmp(low + n - 3, "xes") == 0)) {
        n -= 2;
    } else if (n > 3 && low[n - 1] == 's' && low[n - 2] != 's' && low[n - 2] != 'u' &&
               low[n - 2] != 'i') {
        n -= 1;
    }
    return sift_arena_strndup(d->arena, low, n);
}

/* Adverbs that end a noun phrase: "238,000 demonstrators nationwide". */
static int np_stop(const doc *d, uint32_t i)
{
    size_t n = TOK_N(d, i);
    const char *s = TOK_S(d, i);
    if (d->toks.v[i].flags & TF_PARA)
        return 1; /* a headline's "central aid", then the byline's "PTI" */
    if (d->toks.v[i].flags & TF_CAP)
        return 0;
    return (n > 4 && memcmp(s + n - 2, "ly", 2) == 0) || sift_tok_is(d, i, "nationwide") ||
           sift_tok_is(d, i, "worldwide") || sift_tok_is(d, i, "overall") ||
           sift_tok_is(d, i, "alone") || sift_tok_is(d, i, "apiece") || sift_tok_is(d, i, "each") ||
           sift_tok_is(d, i, "total") || sift_tok_is(d, i, "respectively") ||
           sift_tok_is(d, i, "ago") || sift_tok_is(d, i, "later") || sift_tok_is(d, i, "earlier") ||
           /* "42 seats, four short of a majority", "two points ahead" */
           sift_tok_is(d, i, "short") || sift_tok_is(d, i, "shy") || sift_tok_is(d, i, "ahead") ||
           sift_tok_is(d, i, "behind") || sift_tok_is(d, i, "apart") || sift_tok_is(d, i, "away");
}

/* A word that can sit in the noun phrase after a number. */
static int np_word(const doc *d, uint32_t i)
{
    const tok *t = &d->toks.v[i];
    if (t->kind != TK_WORD || (t->flags & TF_USED))
        return 0;
    /* "27 member states", "two reports": a cue word the tagger calls a noun */
    if ((t->w.flags & W_CUE) && t->upos == SIFT_UPOS_NOUN && !(t->w.flags & (W_STOP | W_AUX | W_PREP)))
        return 1;
    if (t->w.flags & (W_STOP | W_AUX | W_CUE | W_PREP | W_VERB | W_DET | W_PRONOUN))
        return (t->flags & TF_CAP) && !(t->w.flags & (W_STOP | W_PREP | W_DET));
    /* "5,000 gathered": a past verb the tagger saw is no noun */
    size_t n = TOK_N(d, i);
    if (t->upos == SIFT_UPOS_VERB && n > 3 && memcmp(TOK_S(d, i) + n - 2, "ed", 2) == 0)
        return 0;
    return 1;
}

/* Figures that count people without saying so: "killing at least 12",
 * "17 were rescued", "40 injured", "a crowd of 5,000". t0 is the first
 * token of the claim (its qualifier included), e the token after it. */
static int counts_people(const doc *d, uint32_t t0, uint32_t e)
{
    static const char *const before[] = {"killing", "killed", "kills", "injuring", "injured",
                                         "wounding", "wounded", "evacuating", "evacuated",
                                         "displacing", "displaced", "rescuing", "rescued",
                                         "arresting", "arrested", "detaining", "detained", NULL};
    static const char *const after[] = {"dead", "killed", "injured", "wounded", "missing",
                                        "evacuated", "rescued", "arrested", "displaced", "detained",
                                        "hurt", NULL};
    uint32_t n = (uint32_t)d->toks.n;
    for (const char *const *w = before; t0 > 0 && *w; w++)
        if (sift_tok_is(d, t0 - 1, *w))
            return 1;
    uint32_t a = e;
    if (a < n && (sift_tok_is(d, a, "were") || sift_tok_is(d, a, "was") || sift_tok_is(d, a, "have") ||
                  sift_tok_is(d, a, "had")))
        a++;
    if (a < n && (sift_tok_is(d, a, "been") || sift_tok_is(d, a, "are")))
        a++;
    for (const char *const *w = after; a < n && *w; w++)
        if (sift_tok_is(d, a, *w))
            return 1;
    if (a < n && sift_tok_is(d, a, "told") && sift_tok_is(d, a + 1, "to"))
        return 1; /* "1.2 million told to evacuate" */
    /* "a crowd of 5,000", "put the crowd at 24,000", "the death toll rises to
     * seven", "the toll had stood at four" */
    if (t0 < 2 || !(sift_tok_is(d, t0 - 1, "of") || sift_tok_is(d, t0 - 1, "at") || sift_tok_is(d, t0 - 1, "to")))
        return 0;
    for (uint32_t k = t0 - 2; k + 5 > t0 && k > 0; k--) {
        if (sift_tok_is(d, k, "crowd") || sift_tok_is(d, k, "population") || sift_tok_is(d, k, "toll") ||
            sift_tok_is(d, k, "turnout") || sift_tok_is(d, k, "attendance"))
            return 1;
        if (d->toks.v[k].kind != TK_WORD)
            break;
    }
    return 0;
}

static int qualifier_before(const doc *d, uint32_t i, uint32_t *q0, const char **qual)
{
    if (i == 0)
        return 0;
    uint32_t p = i - 1;
    if (sift_tok_is(d, p, "than") && p > 0 &&
        (sift_tok_is(d, p - 1, "more") || sift_tok_is(d, p - 1, "fewer") ||
         sift_tok_is(d, p - 1, "less"))) {
        *q0 = p - 1;
        *qual = sift_tok_is(d, p - 1, "more") ? "more than" : "less than";
        return 1;
    }
    if (p > 0 && sift_tok_is(d, p - 1, "at") && (sift_tok_is(d, p, "least") || sift_tok_is(d, p, "most"))) {
        *q0 = p - 1;
        *qual = sift_tok_is(d, p, "least") ? "at least" : "at most";
        return 1;
    }
    if (p > 0 && sift_tok_is(d, p - 1, "up") && sift_tok_is(d, p, "to")) {
        *q0 = p - 1;
        *qual = "up to";
        return 1;
    }
    if (p > 1 && sift_tok_is(d, p - 2, "as") && sift_tok_is(d, p, "as") &&
        (sift_tok_is(d, p - 1, "many") || sift_tok_is(d, p - 1, "much"))) {
        *q0 = p - 2;
        *qual = "up to";
        return 1;
    }
    if (sift_tok_is(d, p, "within")) {
        *q0 = p;
        *qual = "up to";
        return 1;
    }
    if (p > 0 && sift_tok_is(d, p - 1, "an") && sift_tok_is(d, p, "estimated")) {
        *q0 = p - 1;
        *qual = "about";
        return 1;
    }
    const tok *t = &d->toks.v[p];
    int opens = (t->flags & TF_SENT) || sift_body_start(d, t->sent) == p; /* "DHAKA — Nearly" */
    if ((t->w.flags & W_QUAL) && !(t->flags & TF_CAP && !opens)) {
        static const char *names[] = {NULL, "about", "nearly", "more than", "less than",
                                      "at least", "exactly"};
        int v = t->w.val;
        if (v >= 1 && v <= 6 && !sift_tok_is(d, p, "more") && !sift_tok_is(d, p, "less") &&
            !sift_tok_is(d, p, "fewer") && !sift_tok_is(d, p, "least")) {
            *q0 = p;
            *qual = names[v];
            return 1;
        }
    }
    return 0;
}

/* Numbers that are identifiers, not amounts: F-16, Article 5, No. 3. */
static int id_number(const doc *d, uint32_t i)
{
    if (i == 0)
        return 0;
    const tok *p = &d->toks.v[i - 1], *t = &d->toks.v[i];
    /* "COVID-19", "GMT+1", "UTC-5" */
    if (TOK_N(d, i - 1) == 1 && (d->text[p->start] == '-' || d->text[p->start] == '+') &&
        !(t->flags & TF_SPACE) && i > 1 && d->toks.v[i - 2].kind == TK_WORD && !(p->flags & TF_SPACE))
        return 1;
    /* "Boeing 737", "Apollo 11" (not "Zupan 31.2%, Horvat 14.9%": a share) */
    int share = i + 1 < d->toks.n && ((d->toks.v[i + 1].kind == TK_SYM && TOK_S(d, i + 1)[0] == '%') ||
                                      sift_tok_is(d, i + 1, "percent"));
    /* (nor "beat Everton 2-1": a score after the side beaten) */
    share |= i + 2 < d->toks.n && sift_is_punct(d, i + 1, '-') && !(d->toks.v[i + 1].flags & TF_SPACE) &&
             d->toks.v[i + 2].kind == TK_NUM && !(d->toks.v[i + 2].flags & TF_SPACE) && t->num <= 200 &&
             d->toks.v[i + 2].num <= 200 && t->num == floor(t->num) && d->toks.v[i + 2].num == floor(d->toks.v[i + 2].num);
    /* (nor "fined Ferromar 250 million reais": an amount after the one
     * who pays it) */
    share |= i + 1 < d->toks.n && (((d->toks.v[i + 1].w.flags & W_NUMWORD) && d->toks.v[i + 1].w.val >= 1000) ||
                                   sift_tok_is(d, i + 1, "trillion") ||
                                   currency_word(d, i + 1));
    if (p->kind == TK_WORD && (p->flags & TF_CAP) && !(p->flags & TF_SENT) &&
        !(p->w.flags & (W_MONTH | W_QUAL | W_PREP | W_STOP)) && !memchr(TOK_S(d, i), ',', TOK_N(d, i)) && !share)
        return 1;
    /* "Ribeiro, 52, was sentenced", "the owner, Abdul Karim, 58.": an age in
     * apposition */
    if (sift_is_punct(d, i - 1, ',') && i > 1 &&
        (sift_is_punct(d, i + 1, ',') || sift_is_punct(d, i + 1, '.') || sift_is_punct(d, i + 1, ';')) &&
        (d->toks.v[i - 2].ment >= 0 || (d->toks.v[i - 2].flags & TF_CAP)))
        return 1;
    if (sift_tok_is(d, i - 1, "stage") || sift_tok_is(d, i - 1, "level") || sift_tok_is(d, i - 1, "phase") ||
        sift_tok_is(d, i - 1, "category") || sift_tok_is(d, i - 1, "grade") || sift_tok_is(d, i - 1, "line") ||
        sift_tok_is(d, i - 1, "gate") || sift_tok_is(d, i - 1, "platform") || sift_tok_is(d, i - 1, "terminal") ||
        sift_tok_is(d, i - 1, "round") || sift_tok_is(d, i - 1, "week") || sift_tok_is(d, i - 1, "day") ||
        sift_tok_is(d, i - 1, "type") || sift_tok_is(d, i - 1, "tier") || sift_tok_is(d, i - 1, "band"))
        return 1; /* "type 2 diabetes", "Band 3 pay" */
    /* "(95% confidence interval, 0.44 to 0.90)", "95% CI": the level of a
     * statistical interval, not a finding */
    if (i + 2 < d->toks.n && d->toks.v[i + 1].kind == TK_SYM && TOK_S(d, i + 1)[0] == '%' &&
        (sift_tok_is(d, i + 2, "ci") || sift_tok_is(d, i + 2, "confidence") || sift_tok_is(d, i + 2, "credible")))
        return 1;
    if (sift_tok_is(d, i - 1, "no.") || sift_tok_is(d, i - 1, "page") || sift_tok_is(d, i - 1, "route") ||
        sift_tok_is(d, i - 1, "article") || sift_tok_is(d, i - 1, "chapter") ||
        sift_tok_is(d, i - 1, "section") || sift_tok_is(d, i - 1, "flight") ||
        sift_tok_is(d, i - 1, "number") || sift_tok_is(d, i - 1, "aged") ||
        sift_tok_is(d, i - 1, "age"))
        return 1;
    /* "aged between 19 and 23" */
    if (i > 1 && sift_tok_is(d, i - 1, "between") &&
        (sift_tok_is(d, i - 2, "aged") || sift_tok_is(d, i - 2, "ages")))
        return 1;
    /* "a mother of four", "a father of two": a description, not a count */
    if (i > 1 && sift_tok_is(d, i - 1, "of") &&
        (sift_tok_is(d, i - 2, "mother") || sift_tok_is(d, i - 2, "father") ||
         sift_tok_is(d, i - 2, "parent") || sift_tok_is(d, i - 2, "grandmother") ||
         sift_tok_is(d, i - 2, "grandfather")) &&
        !(i + 1 < d->toks.n && d->toks.v[i + 1].kind == TK_WORD && !(d->toks.v[i + 1].w.flags & W_STOP)))
        return 1;
    return 0;
}

/* After the figure: times (10 a.m., 10:30), ages (45-year-old), fractions. */
static int not_amount_after(const doc *d, uint32_t e)
{
    if (e >= d->toks.n)
        return 0;
    if (sift_tok_is(d, e, "a.m.") || sift_tok_is(d, e, "p.m.") || sift_tok_is(d, e, "am") ||
        sift_tok_is(d, e, "pm") || sift_tok_is(d, e, "gmt") || sift_tok_is(d, e, "utc"))
        return 1;
    if ((sift_is_punct(d, e, ':') || sift_is_punct(d, e, '/')) && e + 1 < d->toks.n && d->toks.v[e + 1].kind == TK_NUM &&
        !(d->toks.v[e + 1].flags & TF_SPACE))
        return 1;
    if (sift_is_punct(d, e, '-') && sift_tok_is(d, e + 1, "year") && sift_is_punct(d, e + 2, '-'))
        return 1;
    if (sift_tok_is(d, e, "years") && sift_tok_is(d, e + 1, "old"))
        return 1;
    return 0;
}

struct claim_tmp;
typedef struct claim_tmp {
    uint32_t t0, t1;       /* phrase tokens */
    uint32_t np0, np1;     /* noun phrase after the figure */
    double value, vmax;
    int has_value, has_max;
    int between;           /* a range written "between X and Y" */
    const char *qual, *unit;
    const char *per;       /* a rate's denominator ("day"), or NULL */
} claim_tmp;

/* Figures written as one word: 85m, 1.2bn, 40k, R900 (rand), 47C. */
static int compact_figure(doc *d, uint32_t i, struct claim_tmp *c, const char *currency)
{
    const char *s = TOK_S(d, i);
    size_t n = TOK_N(d, i), k = 0;
    int rand = 0;
    if (n > 1 && s[0] == 'R' && s[1] >= '0' && s[1] <= '9')
        rand = 1, k = 1;
    size_t a = k;
    while (k < n && ((s[k] >= '0' && s[k] <= '9') || s[k] == '.' || s[k] == ','))
        k++;
    if (k == a)
        return 0;
    double v = 0, scale = 0;
    for (size_t j = a; j < k; j++) {
        if (s[j] == '.')
            scale = 0.1;
        else if (s[j] >= '0' && s[j] <= '9') {
            if (scale > 0) {
                v += (s[j] - '0') * scale;
                scale /= 10;
            } else {
                v = v * 10 + (s[j] - '0');
            }
        }
    }
    const char *suf = s + k;
    size_t sl = n - k;
    double mult = 1;
    const char *unit = rand ? "ZAR" : NULL;
    if (sl == 0 && (rand || currency))
        mult = 1;
    else if (sl == 1 && (*suf == 'm' || *suf == 'M'))
        mult = 1e6;
    else if (sl == 2 && !strncmp(suf, "bn", 2))
        mult = 1e9;
    else if (sl == 1 && (*suf == 'k' || *suf == 'K'))
        mult = 1e3;
    else if (sl == 2 && !strncmp(suf, "tn", 2))
        mult = 1e12;
    else if (sl == 1 && (*suf == 'C' || *suf == 'F') && !rand)
        unit = *suf == 'C' ? "degree Celsius" : "degree Fahrenheit";
    else if (!rand && !currency) {
        /* "the 164km stage", "7.5km remaining", "a 20kg bag", "40mph":
         * a measure written against its figure */
        static const struct {
            const char *suf, *unit;
        } measures[] = {{"km", "km"},   {"kg", "kg"},         {"cm", "cm"},       {"mm", "mm"},
                        {"mph", "mph"}, {"kph", "kph"},       {"km/h", "kph"},    {"MW", "megawatt"},
                        {"GW", "gigawatt"}, {"kW", "kilowatt"}, {"ha", "hectare"}, {"kWh", "kWh"},
                        {"MWh", "MWh"}, {"GWh", "GWh"}};
        for (size_t j = 0; j < sizeof measures / sizeof *measures && !unit; j++)
            if (sl == strlen(measures[j].suf) && strncmp(suf, measures[j].suf, sl) == 0)
                unit = measures[j].unit;
        /* "up 45p", "shares fell 12p to 345p": pence written against the
         * figure (not a screen's "720p", "1080p") */
        if (!unit && sl == 1 && *suf == 'p' && v != 360 && v != 480 && v != 720 && v != 1080 && v != 1440 &&
            v != 2160)
            unit = "penny";
        /* ("45c per litre", "a cut of 2c": cents so written) */
        if (!unit && sl == 1 && *suf == 'c')
            unit = "cent";
        if (!unit)
            return 0;
    } else
        return 0;
    c->value = v * mult;
    c->has_value = 1;
    if (unit)
        c->unit = unit;
    if (currency)
        c->unit = currency;
    return 1;
}

/* Parse the figure starting at i into c; returns the token after it or 0. */
/* The factor a number word after a figure multiplies it by (hundred,
 * thousand, million, billion, trillion, lakh, crore), or 0. */
static double multiplier(const doc *d, uint32_t e)
{
    const tok *t = &d->toks.v[e];
    if (!(t->w.flags & W_NUMWORD))
        return 0;
    if (sift_tok_is(d, e, "trillion"))
        return 1e12; /* beyond the word table's int */
    return t->w.val >= 100 ? t->w.val : 0;
}

/* Is the figure at i (ending at e) the first half of a score ("won 24-21",
 * "4-6, 6-3, 7-5")? Two whole numbers joined by a hyphen, no unit or money,
 * and either the second is smaller, or another such pair is next to it in
 * a list, or a word of winning or losing comes shortly before. A score is
 * no range: the claim keeps the first number and the unit "score". */
static int score(const doc *d, uint32_t i, uint32_t e, claim_tmp *c)
{
    static const char *const sport[] = {"beat", "beats", "won", "win", "wins", "lost", "lose", "loses",
                                        "defeated", "defeat", "victory", "drew", "draw", "led", "trailed",
                                        "score", "scoreline", NULL};
    uint32_t n = (uint32_t)d->toks.n;
    if (c->unit || e != i + 1 || e + 1 >= n || !sift_is_punct(d, e, '-') || (d->toks.v[e].flags & TF_SPACE) ||
        (d->toks.v[e + 1].flags & TF_SPACE) || d->toks.v[e + 1].kind != TK_NUM || d->toks.v[i].kind != TK_NUM)
        return 0;
    double a = d->toks.v[i].num, b = d->toks.v[e + 1].num;
    if (a != floor(a) || b != floor(b) || a > 200 || b > 200 || (e + 2 < n && multiplier(d, e + 2) > 0))
        return 0;
    int pair_next = e + 5 < n && sift_is_punct(d, e + 2, ',') && d->toks.v[e + 3].kind == TK_NUM &&
                    sift_is_punct(d, e + 4, '-') && d->toks.v[e + 5].kind == TK_NUM;
    int pair_before = i >= 4 && sift_is_punct(d, i - 1, ',') && d->toks.v[i - 2].kind == TK_NUM &&
                      sift_is_punct(d, i - 3, '-') && d->toks.v[i - 4].kind == TK_NUM;
    int sporty = 0;
    for (uint32_t k = i; k-- > 0 && i - k <= 8 && !sporty && d->toks.v[k].sent == d->toks.v[i].sent;)
        sporty = sift_tok_in(d, k, sport);
    if (!(b < a || pair_next || pair_before || sporty))
        return 0;
    c->unit = "score";
    return 1;
}

/* Words before a time of day: "at 10:15:30", "until 06:00:00". */
static const char *const clock_preps[] = {"at", "from", "until", "till", "by", "around", "before", "after", NULL};

static uint32_t figure(doc *d, uint32_t i, claim_tmp *c)
{
    uint32_t n = (uint32_t)d->toks.n, e = i;
    const tok *t = &d->toks.v[i];
    const char *cur = NULL;
    /* A$38, C$5, HK$2, US$1, NT$50, BDS$90, GH¢20: country letters glued to the sign */
    int cedi = i + 1 < n && TOK_N(d, i + 1) == 2 && memcmp(TOK_S(d, i + 1), "\xc2\xa2", 2) == 0;
    if (t->kind == TK_WORD && i + 2 < n && (t->flags & TF_ALLCAPS || TOK_N(d, i) == 1) &&
        ((TOK_N(d, i + 1) == 1 && d->text[d->toks.v[i + 1].start] == '$') || cedi) &&
        !(d->toks.v[i + 1].flags & TF_SPACE) &&
        (d->toks.v[i + 2].kind == TK_NUM || /* (or a figure with its scale: "R$4bn") */
         (d->toks.v[i + 2].kind == TK_WORD && (d->toks.v[i + 2].flags & TF_DIGIT)))) {
        static const struct {
            const char *p, *code;
        } pre[] = {{"a", "AUD"}, {"c", "CAD"}, {"nz", "NZD"}, {"hk", "HKD"}, {"us", "USD"},
                   {"s", "SGD"}, {"r", "BRL"}, {"mx", "MXN"}, {"nt", "TWD"}, {"gh", "GHS"},
                   {"bds", "BBD"}, {"j", "JMD"}, {"tt", "TTD"}, {"ec", "XCD"}, {"fj", "FJD"}, {"n", "NAD"}};
        for (size_t k = 0; k < sizeof pre / sizeof *pre; k++)
            if (sift_tok_is(d, i, pre[k].p)) {
                c->unit = pre[k].code;
                e = i + 2;
                t = &d->toks.v[e];
                break;
            }
        if (!c->unit)
            return 0;
    } else if (t->kind == TK_WORD && i + 1 < n &&
               (d->toks.v[i + 1].kind == TK_NUM ||
                (d->toks.v[i + 1].kind == TK_WORD && (d->toks.v[i + 1].flags & TF_DIGIT))) &&
               (cur = currency_prefix(d, i)) != NULL) {
        c->unit = cur;
        e = i + 1;
        t = &d->toks.v[e];
    } else if (t->kind == TK_SYM && (cur = currency_of(d, i)) != NULL && i + 1 < n &&
               (d->toks.v[i + 1].kind == TK_NUM ||
                (d->toks.v[i + 1].kind == TK_WORD && (d->toks.v[i + 1].flags & TF_DIGIT)))) {
        c->unit = cur;
        e = i + 1;
        t = &d->toks.v[e];
    }
    if (t->kind == TK_NUM) {
        /* "running 2:00:09", "halfway in 1:00:11": a time taken, in hours,
         * minutes and seconds (not a clock's "10:15:30 a.m.") */
        if (!cur && e + 4 < n && sift_time_colon(d, e + 1) && sift_time_colon(d, e + 3) && TOK_N(d, e + 2) == 2 &&
            TOK_N(d, e + 4) == 2 && d->toks.v[e + 2].num < 60 && d->toks.v[e + 4].num < 60 && t->num < 100 &&
            !(e + 5 < n && (sift_tok_is(d, e + 5, "a.m.") || sift_tok_is(d, e + 5, "p.m.") ||
                            sift_tok_is(d, e + 5, "am") || sift_tok_is(d, e + 5, "pm") ||
                            (d->toks.v[e + 5].flags & TF_ALLCAPS))) &&
            !(e > 0 && sift_tok_in(d, e - 1, clock_preps))) {
            c->value = t->num * 3600 + d->toks.v[e + 2].num * 60 + d->toks.v[e + 4].num;
            c->has_value = 1;
            c->unit = "second";
            return e + 5;
        }
        if (t->flags & TF_USED)
            return 0;
        /* "07:00 BST", "19:45": the minutes of a time of day */
        if (e >= 2 && sift_is_punct(d, e - 1, ':') && !(t->flags & TF_SPACE) &&
            !(d->toks.v[e - 1].flags & TF_SPACE) && TOK_N(d, e) == 2 && d->toks.v[e - 2].kind == TK_NUM &&
            d->toks.v[e - 2].num <= 24)
            return 0;
        /* "2023/24": the second year of a financial year, no figure */
        if (e >= 2 && sift_is_punct(d, e - 1, '/') && !(t->flags & TF_SPACE) && TOK_N(d, e) == 2 &&
            d->toks.v[e - 2].kind == TK_NUM && d->toks.v[e - 2].num >= 1900 && d->toks.v[e - 2].num <= 2100)
            return 0;
        c->value = t->num;
        c->has_value = 1;
        e++;
    } else if (t->kind == TK_WORD && (t->flags & TF_DIGIT) && !(t->flags & (TF_ORDINAL | TF_USED)) &&
               compact_figure(d, e, c, cur)) {
        e++;
    } else if (t->kind == TK_WORD && (t->w.flags & W_NUMWORD) && !(t->flags & TF_USED)) {
        /* ("League Two", "the Group of Seven": a number word in a name) */
        if ((t->flags & TF_CAP) && !(t->flags & TF_SENT) &&
            (sift_entity_at(d, e) >= 0 || (e > 0 && d->toks.v[e - 1].kind == TK_WORD &&
                                           (d->toks.v[e - 1].flags & TF_CAP) && !(d->toks.v[e - 1].w.flags & W_VERB))))
            return 0;
        c->value = t->w.val;
        c->has_value = t->w.val > 0;
        e++;
        /* twenty-five */
        if (sift_is_punct(d, e, '-') && e + 1 < n && (d->toks.v[e + 1].w.flags & W_NUMWORD) &&
            d->toks.v[e + 1].w.val < 10) {
            c->value += d->toks.v[e + 1].w.val;
            e += 2;
        }
        /* ("one" is a figure before a unit: "a cut of one percentage point") */
        if (sift_tok_is(d, i, "one") && !(e < n && (d->toks.v[e].w.flags & W_NUMWORD)) &&
            !(e < n && ((d->toks.v[e].w.flags & W_UNITWORD) || sift_tok_is(d, e, "percentage"))))
            return 0;
        if (sift_tok_is(d, i, "dozen") || sift_tok_is(d, i, "hundred") || sift_tok_is(d, i, "thousand"))
            return 0; /* "a dozen" is taken below with its article */
    } else {
        return 0;
    }
    /* "four and a half million" */
    if (e + 3 < n && sift_tok_is(d, e, "and") && sift_tok_is(d, e + 1, "a") && sift_tok_is(d, e + 2, "half") &&
        multiplier(d, e + 3) > 0 && c->value < 1000) {
        c->value += 0.5;
        e += 3;
    }
    /* multipliers: 4.2 million, two hundred, 1.9 trillion, 40 lakh; also
     * joined by a hyphen: "a Rs 1,250-crore project", "a $5-billion deal" */
    double mult;
    if (e + 1 < n && sift_is_punct(d, e, '-') && !(d->toks.v[e].flags & TF_SPACE) &&
        !(d->toks.v[e + 1].flags & TF_SPACE) && multiplier(d, e + 1) > 0 && !(d->toks.v[e + 1].flags & TF_CAP))
        e++;
    while (e < n && (mult = multiplier(d, e)) > 0 && !(d->toks.v[e].flags & TF_CAP)) {
        c->value *= mult;
        e++;
    }
    /* 33.16 * 1e9 is 33159999999.999996 in binary: a whole number was meant */
    if (fabs(c->value) >= 1 && fabs(c->value - round(c->value)) <= 1e-9 * fabs(c->value))
        c->value = round(c->value);
    if (e < n && TOK_N(d, e) == 1 && d->text[d->toks.v[e].start] == '+' && !(d->toks.v[e].flags & TF_SPACE)) {
        c->qual = "more than";
        e++;
    }
    /* ranges: 10,000-12,000; 5 to 7; €14.8 billion to €15.2 billion; between 5 and 7 */
    uint32_t sym = (e + 2 < n && d->toks.v[e + 1].kind == TK_SYM && c->unit &&
                    currency_of(d, e + 1) && strcmp(currency_of(d, e + 1), c->unit) == 0) ? 1 : 0;
    int between = i > 0 && sift_tok_is(d, i - 1, "between") && sift_tok_is(d, e, "and");
    /* "between two and three weeks": spelled-out ends */
    int spelled = between && !sym && e + 1 < n && (d->toks.v[e + 1].w.flags & W_NUMWORD) &&
                  d->toks.v[e + 1].w.val > 0 && d->toks.v[e + 1].w.val < 100 && !(d->toks.v[e + 1].flags & TF_USED);
    if (score(d, i, e, c))
        return e + 2;
    if (e + 1 + sym < n &&
        (sift_is_punct(d, e, '-') || d->toks.v[e].kind == TK_DASH || sift_tok_is(d, e, "to") || between) &&
        (d->toks.v[e + 1 + sym].kind == TK_NUM || spelled) && !(d->toks.v[e + 1 + sym].flags & TF_USED)) {
        c->vmax = spelled ? d->toks.v[e + 1].w.val : d->toks.v[e + 1 + sym].num;
        c->has_max = 1;
        c->between = between;
        c->qual = "range";
        e += 2 + sym;
        while (e < n && (mult = multiplier(d, e)) > 0) {
            c->vmax *= mult;
            c->value *= c->value < c->vmax / 100 ? mult : 1;
            e++;
        }
    }
    return e;
}

/* A small count at i written as a word or in figures ("one", "three",
 * "10"), or 0. */
static double small_count(const doc *d, uint32_t i)
{
    const tok *t = &d->toks.v[i];
    if (t->kind == TK_NUM && !(t->flags & TF_ORDINAL) && t->num >= 1 && t->num <= 1000 && t->num == floor(t->num))
        return t->num;
    return t->kind == TK_WORD && (t->w.flags & W_NUMWORD) && t->w.val >= 1 && t->w.val <= 20 ? t->w.val : 0;
}

/*
 * A share written as words, in percent: "one in three pharmacies" (33.3),
 * "fewer than one in ten" (10), "a fifth of their purchasing power" (20),
 * "two-thirds of", "more than half of", "fell by a quarter". A fraction
 * needs "of" after it, or "by" or a word of degree before it ("nearly a
 * fifth"), so "a third term" and "half an hour" are no shares. Returns
 * where the share ends, or 0.
 */
static uint32_t proportion(doc *d, uint32_t i, claim_tmp *c)
{
    uint32_t n = (uint32_t)d->toks.n;
    const tok *t = &d->toks.v[i];
    if ((t->flags & TF_CAP) && !(t->flags & TF_SENT) && sift_body_start(d, t->sent) != i)
        return 0;
    static const char *const spans_of_time[] = {"year", "years", "month", "months", "week", "weeks",
                                                "day",  "days",  "decade", "decades", "century", "centuries", NULL};
    double a = small_count(d, i);
    /* (or "out of": "seven out of ten road deaths") */
    uint32_t b = i + 2 + (i + 3 < n && sift_tok_is(d, i + 1, "out") && sift_tok_is(d, i + 2, "of"));
    int in = b == i + 2 ? sift_tok_is(d, i + 1, "in") : 1;
    /* (a word, then a figure, before what is counted: "one in 20
     * households"; not "one in 20 years") */
    int counted = d->toks.v[i].kind == TK_WORD && b + 1 < n && d->toks.v[b].kind == TK_NUM &&
                  d->toks.v[b + 1].kind == TK_WORD && !(d->toks.v[b + 1].flags & TF_CAP) &&
                  (d->toks.v[b + 1].upos == SIFT_UPOS_NOUN || d->toks.v[b + 1].upos == SIFT_UPOS_ADJ) &&
                  !(d->toks.v[b + 1].w.flags & W_UNITWORD) && !sift_tok_in(d, b + 1, spans_of_time);
    if (a > 0 && b < n && in && small_count(d, b) > a &&
        (d->toks.v[b].kind == TK_WORD || d->toks.v[i].kind == TK_NUM || counted)) {
        c->value = round(1000.0 * a / small_count(d, b)) / 10.0;
        c->has_value = 1;
        return b + 1;
    }
    static const char *const parts[] = {"half", "third", "thirds", "quarter", "quarters", "fifth", "fifths",
                                        "sixth", "tenth", "tenths", NULL};
    static const double shares[] = {50, 100.0 / 3, 100.0 / 3, 25, 25, 20, 20, 100.0 / 6, 10, 10};
    static const char *const degree[] = {"by", "nearly", "almost", "about", "around", "roughly", "than",
                                         "some", "over", "only", "just", "under", "barely", NULL};
    uint32_t f = i;
    double times = 1;
    if (sift_tok_is(d, i, "a") || sift_tok_is(d, i, "one"))
        f = i + 1;
    else if (a > 1 && a < 10 && i + 1 < n) /* "two-thirds", "three quarters" */
        f = i + 1 + (i + 2 < n && sift_is_punct(d, i + 1, '-') && !(d->toks.v[i + 1].flags & TF_SPACE)),
        times = a;
    else if (!sift_tok_is(d, i, "half"))
        return 0;
    /* (capitalised only where the sentence opens: "Half of the children") */
    if (f >= n || d->toks.v[f].kind != TK_WORD ||
        ((d->toks.v[f].flags & TF_CAP) && !(f == i && ((t->flags & TF_SENT) || sift_body_start(d, t->sent) == i))))
        return 0;
    int k = -1;
    for (int j = 0; parts[j] && k < 0; j++)
        if (sift_tok_is(d, f, parts[j]))
            k = j;
    /* (a plural part after a count, a single one after "a": "two-thirds", "a third") */
    size_t fl = TOK_N(d, f);
    int plural = TOK_S(d, f)[fl - 1] == 's';
    if (k < 0 || (times > 1) != plural || (f == i && k != 0) || (f > i && k == 0 && times == 1))
        return 0;
    uint32_t p = i > 0 ? i - 1 : 0;
    int of = f + 1 < n && sift_tok_is(d, f + 1, "of");
    if (f + 1 < n && (sift_tok_is(d, f + 1, "a") || sift_tok_is(d, f + 1, "an")))
        return 0; /* ("about half a million", "a quarter an hour") */
    if (!of && !(i > 0 && sift_tok_in(d, p, degree)))
        return 0;
    c->value = round(10.0 * times * shares[k]) / 10.0;
    c->has_value = 1;
    return f + 1;
}

/* A vague amount at i: dozens of, millions of, a significant number of, several. */
static uint32_t vague(doc *d, uint32_t i, claim_tmp *c)
{
    uint32_t n = (uint32_t)d->toks.n;
    const tok *t = &d->toks.v[i];
    /* capitalised only where a sentence starts, or its body after a dateline:
     * "BELGRADE, Serbia — Tens of thousands of people" */
    /* (or a quotation: '"Thousands of empty apartments are locked," he said') */
    int opens = (t->flags & TF_SENT) || sift_body_start(d, t->sent) == i ||
                (i > 0 && d->toks.v[i - 1].kind == TK_QUOTE && (d->toks.v[i - 1].flags & TF_QOPEN));
    /* "several thousand", "a few hundred", "a few dozen": at least the multiplier */
    uint32_t few = sift_tok_is(d, i, "several")                          ? i + 1
                   : sift_tok_is(d, i, "a") && sift_tok_is(d, i + 1, "few") ? i + 2
                                                                            : 0;
    double at_least = few && few < n ? (sift_tok_is(d, few, "dozen") ? 12 : multiplier(d, few)) : 0;
    if (at_least > 0 && !((t->flags & TF_CAP) && !opens)) {
        c->value = at_least;
        c->has_value = 1;
        c->qual = "vague";
        return few + 1; /* "of the farms" is the noun phrase's to take */
    }
    if ((t->w.flags & W_VAGUE) && !((t->flags & TF_CAP) && !opens)) {
        uint32_t e = i + 1;
        /* "the test scores of 40 schools": after a determiner or a noun,
         * "scores" are no count */
        const tok *pv = i > 0 ? &d->toks.v[i - 1] : NULL;
        if (sift_tok_is(d, i, "scores") && pv && pv->kind == TK_WORD &&
            !(pv->w.flags & (W_PREP | W_VERB | W_CUE | W_AUX | W_QUAL)) && !sift_tok_is(d, i - 1, "and") &&
            !sift_tok_is(d, i - 1, "or") && !sift_tok_is(d, i - 1, "but"))
            return 0;
        if (sift_tok_is(d, e, "of"))
            e++;
        else if (!sift_tok_is(d, i, "several") && !sift_tok_is(d, i, "numerous"))
            return 0;
        c->value = t->w.val;
        c->has_value = t->w.val > 0;
        c->qual = "vague";
        /* "tens of thousands of", "hundreds of millions of" */
        if (e < n && (d->toks.v[e].w.flags & W_VAGUE) && d->toks.v[e].w.val > 0 &&
            sift_tok_is(d, e - 1, "of")) {
            double base = t->w.val > 0 ? t->w.val : 10;
            c->value = base * d->toks.v[e].w.val;
            c->has_value = 1;
            e++;
            if (sift_tok_is(d, e, "of"))
                e++;
        }
        return e;
    }
    /* "half a percentage point", "half a millimetre": half of one unit */
    if (sift_tok_is(d, i, "half") && i + 2 < n && (sift_tok_is(d, i + 1, "a") || sift_tok_is(d, i + 1, "an")) &&
        ((d->toks.v[i + 2].w.flags & W_UNITWORD) || sift_tok_is(d, i + 2, "percentage")) &&
        !(d->toks.v[i + 2].flags & TF_CAP) && !((t->flags & TF_CAP) && !opens)) {
        c->value = 0.5;
        c->has_value = 1;
        return i + 2;
    }
    if (sift_tok_is(d, i, "a") && sift_tok_is(d, i + 1, "dozen")) {
        c->value = 12;
        c->has_value = 1;
        return i + 2;
    }
    /* "a hundred crates", "a thousand people", "a million people", "half a
     * million people" */
    uint32_t a = sift_tok_is(d, i, "half") && sift_tok_is(d, i + 1, "a") ? i + 1 : i;
    if ((sift_tok_is(d, a, "a") || (a == i && sift_tok_is(d, a, "one"))) && a + 1 < n &&
        (sift_tok_is(d, a + 1, "hundred") || sift_tok_is(d, a + 1, "thousand") ||
         sift_tok_is(d, a + 1, "million") || sift_tok_is(d, a + 1, "billion")) &&
        !(a + 2 < n && (multiplier(d, a + 2) > 0 || d->toks.v[a + 2].kind == TK_NUM))) {
        c->value = multiplier(d, a + 1) * (a > i ? 0.5 : 1.0);
        c->has_value = 1;
        return a + 2;
    }
    /* a [quote] adjective [quote] number of */
    if (sift_tok_is(d, i, "a") || sift_tok_is(d, i, "an")) {
        uint32_t e = i + 1, words = 0;
        while (e < n && e < i + 6) {
            if (d->toks.v[e].kind == TK_QUOTE) {
                e++;
                continue;
            }
            if (sift_tok_is(d, e, "number") || sift_tok_is(d, e, "handful")) {
                e++;
                while (e < n && d->toks.v[e].kind == TK_QUOTE)
                    e++;
                if (!sift_tok_is(d, e, "of") || words > 2)
                    return 0;
                c->has_value = 0;
                c->qual = "vague";
                return e + 1;
            }
            if (d->toks.v[e].kind != TK_WORD)
                return 0;
            words++;
            e++;
        }
    }
    return 0;
}

/* The unit named by head noun h of the phrase after a figure that ends at
 * e: its singular, and with a tagger the noun before it when that belongs
 * to the unit ("crew member", "polling station", "percentage point"). */
static const char *unit_noun(doc *d, uint32_t e, uint32_t h)
{
    const char *u = singular(d, h);
    /* a noun compound ("polling station"), but not the end of a hyphenated
     * modifier ("low-income households", "Shahed-type drones") */
    if (h > e && d->toks.v[h - 1].upos == SIFT_UPOS_NOUN && d->toks.v[h].upos == SIFT_UPOS_NOUN &&
        !(d->toks.v[h - 1].flags & TF_CAP) && d->toks.v[h - 1].kind == TK_WORD &&
        !(h - 1 > e && sift_is_punct(d, h - 2, '-') && !(d->toks.v[h - 1].flags & TF_SPACE)))
        u = sift_arena_printf(d->arena, "%.*s %s", (int)TOK_N(d, h - 1), TOK_S(d, h - 1), u);
    return u;
}

/* "megawatt hour", "kilowatt-hours" at token k: the unit of energy
 * ("MWh"), with *end set past "hour"; NULL if none. */
static const char *energy_unit(const doc *d, uint32_t k, uint32_t *end)
{
    static const char *const watts[] = {"kilowatt", "kWh", "megawatt", "MWh", "gigawatt", "GWh",
                                        "terawatt", "TWh", NULL};
    uint32_t n = (uint32_t)d->toks.n, h = k + 1 + (k + 2 < n && sift_is_punct(d, k + 1, '-') &&
                                                    !(d->toks.v[k + 1].flags & TF_SPACE));
    for (const char *const *w = watts; *w && h < n && d->toks.v[h].sent == d->toks.v[k].sent; w += 2)
        if (sift_tok_is(d, k, w[0]) && (sift_tok_is(d, h, "hour") || sift_tok_is(d, h, "hours"))) {
            *end = h + 1;
            return w[1];
        }
    return NULL;
}

/*
 * A rate: "2.2 million barrels per day", "about EUR40 million a day", "$71.40
 * a barrel", "140 miles per hour", "300,000 bpd". The phrase runs to the
 * denominator, which goes to c->per; the unit stays what is counted. After
 * "a", only a unit of time or a priced quantity ("a barrel", "a tonne"), so
 * that "raised $2 million a year ago" is no rate.
 */
static void rate(doc *d, claim_tmp *c)
{
    static const char *const priced[] = {"barrel", "tonne", "ton", "litre", "liter", "gallon",
                                         "kilo", "kilogram", "share", "head", "night", "dose",
                                         "hour", "minute", "second", "kilowatt", "megawatt", "gigawatt", NULL};
    uint32_t k = c->t1, n = (uint32_t)d->toks.n;
    if (k > 0 && sift_tok_is(d, k - 1, "bpd")) {
        c->per = "day";
        return;
    }
    if (k + 1 >= n || d->toks.v[k].sent != d->toks.v[k + 1].sent || d->toks.v[k + 1].kind != TK_WORD ||
        (d->toks.v[k + 1].flags & TF_CAP))
        return;
    int per = sift_tok_is(d, k, "per") && !(d->toks.v[k].flags & TF_CAP);
    int a = (sift_tok_is(d, k, "a") || sift_tok_is(d, k, "an")) && !(d->toks.v[k].flags & TF_CAP);
    if (!per && !a)
        return;
    const char *den = NULL;
    if (sift_tok_is(d, k + 1, "annum"))
        den = "year";
    else if (sift_tok_is(d, k + 1, "capita"))
        den = "person";
    else if (d->toks.v[k + 1].w.flags & W_TIMEUNIT)
        den = singular(d, k + 1);
    else
        for (const char *const *w = priced; *w && !den; w++)
            if (sift_tok_is(d, k + 1, *w))
                den = *w;
    if (!den && per && !sift_tok_ends(d, k + 1, "s") && d->toks.v[k + 1].ment < 0 &&
        (!d->toks.v[k + 1].upos || d->toks.v[k + 1].upos == SIFT_UPOS_NOUN))
        den = singular(d, k + 1); /* "per household", "per student" */
    /* "a year ago", "a day earlier": a time, not a rate */
    if (!den || (a && k + 2 < n && (sift_tok_is(d, k + 2, "ago") || sift_tok_is(d, k + 2, "earlier") ||
                                    sift_tok_is(d, k + 2, "later") || sift_tok_is(d, k + 2, "before") ||
                                    sift_tok_is(d, k + 2, "after"))))
        return;
    c->per = den;
    c->t1 = k + 2;
    /* "per megawatt hour", "a kilowatt-hour": the energy, not the power */
    uint32_t end = 0;
    const char *energy = energy_unit(d, k + 1, &end);
    if (energy) {
        c->per = energy;
        c->t1 = end;
    }
}

static void noun_phrase(doc *d, uint32_t e, claim_tmp *c)
{
    uint32_t n = (uint32_t)d->toks.n, k = e, head = 0;
    if (k < n && TOK_N(d, k) == 1 && d->text[d->toks.v[k].start] == '%') {
        c->unit = "percent";
        c->np0 = c->np1 = k + 1;
        c->t1 = k + 1;
        return;
    }
    if (sift_tok_is(d, k, "percent") || (sift_tok_is(d, k, "per") && sift_tok_is(d, k + 1, "cent"))) {
        c->unit = "percent";
        k += sift_tok_is(d, k, "per") ? 2 : 1;
        c->np0 = c->np1 = k;
        c->t1 = k;
        return;
    }
    /* "a 64-kilogram bag", "the 23.9-kilometre line", "a 48-hour strike": the
     * measure is the unit */
    if (k + 1 < n && sift_is_punct(d, k, '-') && !(d->toks.v[k].flags & TF_SPACE) &&
        ((d->toks.v[k + 1].w.flags & (W_UNITWORD | W_TIMEUNIT)) || sift_tok_is(d, k + 1, "hour") ||
         sift_tok_is(d, k + 1, "minute")) && !sift_tok_is(d, k + 1, "per")) {
        c->unit = singular(d, k + 1);
        c->np0 = c->np1 = c->t1 = k + 2;
        if (k + 2 < n && np_word(d, k + 2))
            c->np1 = c->t1 = k + 3;
        return;
    }
    /* "cubic metres", "square kilometres" */
    if (k + 1 < n && (sift_tok_is(d, k, "cubic") || sift_tok_is(d, k, "square")) &&
        d->toks.v[k + 1].kind == TK_WORD) {
        c->unit = sift_arena_printf(d->arena, "%.*s %s", (int)TOK_N(d, k), TOK_S(d, k), singular(d, k + 1));
        c->np0 = e;
        c->np1 = c->t1 = k + 2;
        return;
    }
    const char *cw = k < n ? currency_word(d, k) : NULL;
    /* "2,400 CFA francs": the franc of West or Central Africa, by the
     * story's country */
    if (!cw && k + 1 < n && sift_tok_is(d, k, "cfa") && (d->toks.v[k].flags & TF_ALLCAPS) &&
        (sift_tok_is(d, k + 1, "francs") || sift_tok_is(d, k + 1, "franc"))) {
        cw = currency_word(d, k + 1);
        cw = cw && (strcmp(cw, "XAF") == 0 || strcmp(cw, "XOF") == 0) ? cw : "XOF";
        k++;
    }
    /* "96 billion Chilean pesos", "40 million Norwegian crowns": the
     * nationality says whose currency */
    uint32_t after_norp = k;
    if (!cw && k < n && (cw = national_currency(d, k, &after_norp)) != NULL)
        k = after_norp - 1;
    if (cw) {
        c->unit = cw;
        c->np0 = c->np1 = k + 1;
        c->t1 = k + 1;
        return;
    }
    /* "68 cents": hundredths of the currency the story counts in (its last
     * money figure), dollars when it has none yet */
    if (k < n && c->has_value && !c->unit && (sift_tok_is(d, k, "cents") || sift_tok_is(d, k, "cent")) &&
        !(d->toks.v[k].flags & TF_CAP)) {
        c->unit = "USD";
        for (size_t q = d->claims.n; q-- > 0;)
            if (currency_code(d->claims.v[q].unit)) {
                c->unit = d->claims.v[q].unit;
                break;
            }
        c->value /= 100;
        c->vmax /= 100;
        c->np0 = c->np1 = k + 1;
        c->t1 = k + 1;
        return;
    }
    /* a measurement unit right after the figure: "a 6 km radius", "41°C",
     * "55 GW set in 2023" */
    if (k < n && (d->toks.v[k].w.flags & W_UNITWORD) &&
        (!(d->toks.v[k].flags & TF_CAP) || ((d->toks.v[k].flags & TF_ALLCAPS) && TOK_N(d, k) <= 3)) &&
        !sift_tok_is(d, k, "per")) {
        c->unit = singular(d, k);
        /* ("2.5 gigawatt hours", "40 megawatt-hours": energy) */
        uint32_t end = 0;
        const char *energy = energy_unit(d, k, &end);
        if (energy) {
            c->unit = energy;
            k = end - 1;
        }
        if (sift_tok_is(d, k, "degrees") || sift_tok_is(d, k, "degree"))
            c->unit = sift_tok_is(d, k + 1, "celsius") ? "degree Celsius"
                      : sift_tok_is(d, k + 1, "fahrenheit") ? "degree Fahrenheit" : "degree";
        /* km/h */
        if (sift_is_punct(d, k + 1, '/') && k + 2 < n && d->toks.v[k + 2].kind == TK_WORD &&
            !(d->toks.v[k + 1].flags & TF_SPACE)) {
            c->unit = sift_arena_printf(d->arena, "%s/%.*s", c->unit, (int)TOK_N(d, k + 2), TOK_S(d, k + 2));
            k += 2;
        }
        c->np0 = e;
        c->np1 = k + 1;
        c->t1 = k + 1;
        return;
    }
    if (k + 1 < n && TOK_N(d, k) == 2 && memcmp(TOK_S(d, k), "\xc2\xb0", 2) == 0) {
        /* 41°C */
        c->unit = sift_tok_is(d, k + 1, "f") ? "degree Fahrenheit" : "degree Celsius";
        c->np0 = e;
        c->np1 = c->t1 = k + 2;
        return;
    }
    /* "2,300 of the mine's employees": the noun after "of the"; "31 of the
     * 90 seats", "14 of 21 economists": the noun after the second number */
    uint32_t of_det = k + 1 < n && (d->toks.v[k + 1].w.flags & W_DET) ? 1 : 0;
    /* (past a qualifier: "1,500 of the roughly 28,000 ships") */
    if (of_det && k + 3 < n && (d->toks.v[k + 2].w.flags & W_QUAL) && !(d->toks.v[k + 2].flags & TF_CAP) &&
        d->toks.v[k + 3].kind == TK_NUM)
        of_det = 2;
    if (sift_tok_is(d, k, "of") && k + of_det + 1 < n && d->toks.v[k + of_det + 1].kind == TK_NUM &&
        (of_det || !sift_tok_is(d, k + 1, "the")) && !c->unit) {
        uint32_t h = k + of_det + 2;
        if (h < n && np_word(d, h) && !(d->toks.v[h].flags & TF_CAP) && !np_stop(d, h)) {
            while (h + 1 < n && h < k + 6 && np_word(d, h + 1) && !(d->toks.v[h + 1].flags & TF_CAP) &&
                   !sift_tok_ends(d, h + 1, "ing")) /* (not "300 ferries operating in") */
                h++;
            c->unit = singular(d, h);
            c->np0 = k + of_det + 2;
            c->np1 = h + 1;
            c->t1 = e;
            return;
        }
    }
    /* not "$240,000 of the transfers": money stays money */
    if (sift_tok_is(d, k, "of") && k + 1 < n && (d->toks.v[k + 1].w.flags & W_DET) && !c->unit) {
        uint32_t h = k + 2, last = 0;
        while (h < n && h < k + 7 && (np_word(d, h) || (d->toks.v[h].flags & TF_POSS))) {
            if (np_word(d, h))
                last = h;
            h++;
        }
        if (last && !(d->toks.v[last].flags & TF_CAP)) {
            c->unit = singular(d, last);
            c->np0 = k + 2;
            c->np1 = last + 1;
            c->t1 = e;
            return;
        }
    }
    /* "40 fewer new carriages", "300 more nurses": the noun after the
     * comparison is the unit */
    static const char *const compared[] = {"fewer", "more", "extra", "additional", NULL};
    if (k + 1 < n && k == e && sift_tok_in(d, k, compared) && !(d->toks.v[k].flags & TF_CAP) &&
        d->toks.v[k + 1].kind == TK_WORD && !(d->toks.v[k + 1].flags & TF_CAP) && !np_stop(d, k + 1) &&
        (d->toks.v[k + 1].upos == SIFT_UPOS_NOUN || d->toks.v[k + 1].upos == SIFT_UPOS_ADJ)) {
        k++;
        while (k + 1 < n && k < e + 3 && d->toks.v[k].upos == SIFT_UPOS_ADJ && !(d->toks.v[k].flags & TF_CAP) &&
               d->toks.v[k + 1].upos == SIFT_UPOS_NOUN && !(d->toks.v[k + 1].flags & TF_CAP))
            k++; /* ("fewer new carriages") */
    }
    /* "about 60 First Nations communities": a name that describes the
     * plural noun after it */
    uint32_t named = k;
    while (named < n && named < e + 3 && d->toks.v[named].kind == TK_WORD && (d->toks.v[named].flags & TF_CAP) &&
           !(d->toks.v[named].flags & (TF_PARA | TF_ALLCAPS)) && !(d->toks.v[named].w.flags & W_PREP) &&
           (!(d->toks.v[named].w.flags & W_STOP) || (d->toks.v[named].w.flags & W_ORDINAL)))
        named++;
    if (named > k && named + 1 < n && d->toks.v[named].kind == TK_WORD && !(d->toks.v[named].flags & TF_CAP) &&
        d->toks.v[named].upos == SIFT_UPOS_NOUN && sift_tok_ends(d, named, "s") && !np_stop(d, named) &&
        d->toks.v[named - 1].sent == d->toks.v[e].sent)
        k = named;
    while (k < n && k < e + 5) {
        size_t wl = TOK_N(d, k);
        if (np_stop(d, k))
            break;
        /* with a tagger: "two people familiar with", "diplomats put" end at the head */
        int up = d->toks.v[k].upos;
        /* (but adjectives stack: "198 active social conflicts") */
        /* (or after a participle: "1,200 existing trackside masts") */
        int stacked = head && up == SIFT_UPOS_ADJ && k + 1 < n && d->toks.v[k + 1].upos == SIFT_UPOS_NOUN &&
                      (d->toks.v[head - 1].upos == SIFT_UPOS_ADJ ||
                       (head - 1 == e && sift_tok_ends(d, head - 1, "ing") && !(d->toks.v[head - 1].flags & TF_CAP)));
        if (head && up && !stacked && (up == SIFT_UPOS_ADJ || up == SIFT_UPOS_VERB || up == SIFT_UPOS_PRON ||
                           up == SIFT_UPOS_AUX || up == SIFT_UPOS_ADV) && !(d->toks.v[k].flags & TF_CAP))
            break;
        if (up == SIFT_UPOS_PRON || up == SIFT_UPOS_AUX)
            break;
        /* a plural head followed by a participle: "two members opposed" */
        if (head && wl > 3 && memcmp(TOK_S(d, k) + wl - 2, "ed", 2) == 0 &&
            TOK_S(d, head - 1)[TOK_N(d, head - 1) - 1] == 's' && !(d->toks.v[k].flags & TF_CAP))
            break;
        /* a participle ends the phrase: "40 ships waiting at anchor" (not
         * a noun in "ing" before its head: "130 vacant nursing positions") */
        if (k > e && wl > 4 && memcmp(TOK_S(d, k) + wl - 3, "ing", 3) == 0 &&
            !(d->toks.v[k].flags & TF_CAP) &&
            !(up == SIFT_UPOS_NOUN && k + 1 < n && d->toks.v[k + 1].upos == SIFT_UPOS_NOUN &&
              d->toks.v[k + 1].kind == TK_WORD && !(d->toks.v[k + 1].flags & TF_CAP)))
            break;
        if (np_word(d, k)) {
            head = k + 1;
            k++;
            continue;
        }
        if (sift_is_punct(d, k, '-') && !(d->toks.v[k].flags & TF_SPACE) && k + 1 < n &&
            d->toks.v[k + 1].kind == TK_WORD && !(d->toks.v[k + 1].flags & TF_SPACE)) {
            k += 2;
            head = k;
            continue;
        }
        break;
    }
    c->np0 = e;
    c->np1 = head ? head : e;
    c->t1 = c->np1 > e ? c->np1 : e;
    if (head && !c->unit) {
        /* the head is the last word; skip a trailing capitalised word that starts a name */
        c->unit = unit_noun(d, e, head - 1);
        /* a coordinated noun: "shells and missiles" (not a second count:
         * "52 drones and three missiles") */
        if (head + 1 < n && (sift_tok_is(d, head, "and") || sift_tok_is(d, head, "or")) &&
            np_word(d, head + 1) && !(d->toks.v[head + 1].flags & TF_CAP) &&
            !(d->toks.v[head + 1].w.flags & (W_NUMWORD | W_VAGUE)) && d->toks.v[head + 1].kind != TK_NUM) {
            c->t1 = head + 2;
            /* (or two modifiers of one noun: "2,100 tram and bus drivers",
             * counted in drivers) */
            uint32_t h2 = head + 2;
            if (!sift_tok_ends(d, head - 1, "s") && h2 < n && np_word(d, h2) && !(d->toks.v[h2].flags & TF_CAP) &&
                d->toks.v[h2].upos == SIFT_UPOS_NOUN && d->toks.v[head + 1].upos == SIFT_UPOS_NOUN &&
                sift_tok_ends(d, h2, "s") && !sift_tok_ends(d, h2, "ing") &&
                d->toks.v[h2].sent == d->toks.v[head].sent) {
                c->unit = singular(d, h2);
                c->t1 = c->np1 = h2 + 1;
            }
        }
    }
}

/* "rose to 18,385 in the first nine months, up from 14,800": the unit of the
 * last figure of sentence s that is not a span of time (nor a percentage
 * when no_percent), or NULL. */
static const char *compared_unit(const doc *d, uint32_t s, int no_percent)
{
    uint32_t start = d->toks.v[d->sents.v[s].t0].start;
    for (size_t q = d->claims.n; q-- > 0;) {
        const sift_claim *p = &d->claims.v[q];
        if (p->sentence.start != start)
            return NULL;
        if (p->unit && strcmp(p->unit, "day") != 0 && strcmp(p->unit, "week") != 0 &&
            strcmp(p->unit, "month") != 0 && strcmp(p->unit, "year") != 0 && strcmp(p->unit, "hour") != 0 &&
            !(no_percent && strcmp(p->unit, "percent") == 0))
            return p->unit;
    }
    return NULL;
}

/* The currency (a three-letter code) of the last figure in sentence s or
 * the one before it, or NULL. */
static const char *recent_currency(const doc *d, uint32_t s)
{
    uint32_t from = d->toks.v[d->sents.v[s > 0 ? s - 1 : s].t0].start;
    if (d->claims.n == 0)
        return NULL;
    const sift_claim *p = &d->claims.v[d->claims.n - 1];
    const char *u = p->unit;
    if (p->sentence.start < from || !currency_code(u))
        return NULL;
    /* only a figure that names its money itself: not a bare "6 million" */
    size_t n = strlen(p->text);
    static const char *const bare[] = {"million", "billion", "trillion", "thousand", NULL};
    for (const char *const *b = bare; *b; b++) {
        size_t bl = strlen(*b);
        if (n >= bl && strcmp(p->text + n - bl, *b) == 0)
            return NULL;
    }
    return u;
}

/* "The number of displaced people reached a record 122.6 million": a
 * sentence that opens with "the number of" plural nouns and reaches the
 * figure at t0 through a verb of change counts those nouns. */
static int change_verb(const doc *d, uint32_t k);
static const char *number_of_unit(doc *d, uint32_t s, uint32_t t0)
{
    uint32_t b = sift_body_start(d, s);
    if (!sift_tok_is(d, b, "the") || !sift_tok_is(d, b + 1, "number") || !sift_tok_is(d, b + 2, "of"))
        return NULL;
    uint32_t noun = 0;
    for (uint32_t k = b + 3; k < b + 6 && k < t0; k++) {
        size_t n = TOK_N(d, k);
        if (d->toks.v[k].kind != TK_WORD || (d->toks.v[k].flags & TF_CAP))
            break;
        if (n > 3 && TOK_S(d, k)[n - 1] == 's' && (!d->toks.v[k].upos || d->toks.v[k].upos == SIFT_UPOS_NOUN)) {
            noun = k;
            break;
        }
        if (sift_tok_is(d, k, "people") || sift_tok_is(d, k, "children")) {
            noun = k;
            break;
        }
    }
    if (!noun)
        return NULL;
    for (uint32_t k = noun + 1; k < t0; k++) {
        if (d->toks.v[k].kind == TK_NUM)
            return NULL;
        if (change_verb(d, k))
            return singular(d, noun);
    }
    return NULL;
}

/* A verb of change before "to N": "rose to", "fell to", "climbed to". */
static int change_verb(const doc *d, uint32_t k)
{
    static const char *const verbs[] = {"rose", "fell", "climbed", "jumped", "dropped", "increased",
                                        "decreased", "grew", "declined", "surged", "soared", "slipped",
                                        "rise", "fall", "climb", "risen", "fallen", "reached", NULL};
    for (const char *const *v = verbs; *v; v++)
        if (sift_tok_is(d, k, *v))
            return 1;
    return 0;
}

/* Can a token with tag up stand between a figure and the noun it counts?
 * Not a preposition, determiner, pronoun, auxiliary, conjunction that opens
 * a clause, or punctuation ("four missing after tunnel collapse"). */
static int count_gap_ok(int up)
{
    return up != SIFT_UPOS_ADP && up != SIFT_UPOS_DET && up != SIFT_UPOS_PRON &&
           up != SIFT_UPOS_AUX && up != SIFT_UPOS_PUNCT && up != SIFT_UPOS_SCONJ;
}

/* With the models, the noun a figure [f0, e) counts, from the dependency
 * parse, for when the word-order rules find none ("two other lenders", "3
 * million daily passengers", "between 2,500 and 3,000 people"): the
 * nummod head of one of its numbers, reached through at most one conj link
 * to another number, a lower-case common noun other than "others" at most
 * five tokens after the figure, with only its own dependents between, and
 * none of them a preposition, determiner, pronoun, auxiliary or punctuation
 * (not "four missing after tunnel collapse", "9,000 from homes"), and any
 * number among them counting the same noun. *via_conj says whether
 * the link was taken (the noun then belongs to the next figure too).
 * Returns the noun's index + 1, or 0. */
static uint32_t parsed_unit(doc *d, uint32_t f0, uint32_t e, int *via_conj)
{
    uint32_t n = (uint32_t)d->toks.n;
    /* Parsing is dear: first, from the tags alone, is there a common noun
     * close enough with nothing but possible modifiers before it? */
    uint32_t j = e;
    for (; j < n && j <= e + 5 && d->toks.v[j].sent == d->toks.v[f0].sent; j++) {
        int up = d->toks.v[j].upos;
        if (up == SIFT_UPOS_NOUN && !(d->toks.v[j].flags & TF_CAP))
            break;
        if (!count_gap_ok(up))
            return 0;
    }
    if (j >= n || j > e + 5 || d->toks.v[j].upos != SIFT_UPOS_NOUN ||
        !sift_parse_sentence(d, d->toks.v[f0].sent))
        return 0;
    for (uint32_t k = f0; k < e; k++) {
        const tok *t = &d->toks.v[k];
        int conj = 0;
        if (t->head > (int32_t)k && t->deprel && strcmp(t->deprel, "conj") == 0 &&
            d->toks.v[t->head].kind == TK_NUM) {
            t = &d->toks.v[t->head];
            conj = 1;
        }
        int32_t h = t->head;
        if (h < (int32_t)e || h > (int32_t)e + 5 || !t->deprel || strcmp(t->deprel, "nummod") != 0)
            continue;
        const tok *u = &d->toks.v[h];
        if (u->upos != SIFT_UPOS_NOUN || (u->flags & TF_CAP) || u->kind != TK_WORD ||
            sift_tok_is(d, (uint32_t)h, "others"))
            continue;
        for (j = e; j < (uint32_t)h && sift_in_subtree(d, j, (uint32_t)h); j++) {
            int up = d->toks.v[j].upos;
            if (!count_gap_ok(up) || (up == SIFT_UPOS_NUM && d->toks.v[j].head != h))
                break;
        }
        if (j == (uint32_t)h) {
            *via_conj = conj;
            return (uint32_t)h + 1;
        }
    }
    return 0;
}

/* Verbs by which a subject puts a figure forward: said, estimated, put ... at. */
static int attribution_verb(const doc *d, uint32_t k)
{
    static const char *const verbs[] = {
        "put", "puts", "estimated", "estimates", "counted", "counts", "recorded", "records",
        "reported", "reports", "said", "says", "forecast", "forecasts", "expects", "expected",
        "projected", "projects", "tallied", "registered", "logged", "found", "showed", "shows", "show",
        "confirmed", "confirms", "listed", "calculated", "announced", "announces", "predicted",
        "predicts", "expect", "predict", "described", "measured", "tracked", "documented", "cited", "claimed", "claims",
        "announcing", "estimating", NULL};
    const tok *t = &d->toks.v[k];
    if (t->kind != TK_WORD || (t->flags & (TF_CAP | TF_INQUOTE)))
        return 0;
    if (k > 0 && (d->toks.v[k - 1].w.flags & W_DET))
        return 0; /* "the report", "a count" */
    /* ("violence that has claimed 41 lives": lives taken, not a claim) */
    static const char *const lives[] = {"lives", "life", "victims", NULL};
    int claimed = sift_tok_is(d, k, "claimed") || sift_tok_is(d, k, "claims");
    for (uint32_t j = k + 1; claimed && j < d->toks.n && j < k + 5; j++)
        if (sift_tok_in(d, j, lives))
            return 0;
    if (k > 0 && sift_tok_ends(d, k - 1, "ing"))
        return 0; /* "beating estimates", "topping forecasts" */
    if (sift_in_compound(d, k))
        return 0; /* "Toronto-listed Corvane Resources owns 90%": part of a compound */
    /* "the country's first confirmed currency intervention": a participle
     * before a noun describes it */
    if (t->upos == SIFT_UPOS_ADJ ||
        (k > 0 && k + 1 < d->toks.n && ((d->toks.v[k - 1].flags & TF_ORDINAL) || sift_tok_is(d, k - 1, "first") ||
                                        sift_tok_is(d, k - 1, "last")) &&
         d->toks.v[k + 1].upos == SIFT_UPOS_NOUN))
        return 0;
    /* "its full-year forecast", "estimates of 88 cents", "its growth
     * forecast for 2026" (a noun to the tagger) */
    /* (but a document's verb before its object: "The document also
     * projects a deficit", which the tagger may take for a noun) */
    int doc_verb = k > 0 && k + 1 < d->toks.n && sift_tok_ends(d, k, "s") && t->upos == SIFT_UPOS_NOUN &&
                   (sift_document_noun(d, k - 1) || (k > 1 && sift_tok_is(d, k - 1, "also") &&
                                                     sift_document_noun(d, k - 2))) &&
                   ((d->toks.v[k + 1].w.flags & W_DET) || d->toks.v[k + 1].kind == TK_NUM);
    /* (or a named body's or person's: "The Office of the Cane and Sugar
     * Board forecasts production of about 10.2 million tonnes") */
    doc_verb |= k > 0 && k + 1 < d->toks.n && sift_tok_ends(d, k, "s") && d->toks.v[k - 1].ment >= 0 &&
                (d->ments.v[d->toks.v[k - 1].ment].type == ET_ORG ||
                 d->ments.v[d->toks.v[k - 1].ment].type == ET_PERSON) &&
                !(d->toks.v[k - 1].flags & TF_POSS) && d->toks.v[k + 1].kind == TK_WORD &&
                !(d->toks.v[k + 1].flags & TF_CAP) && d->toks.v[k + 1].upos == SIFT_UPOS_NOUN;
    /* (or one that puts a figure "at" a number: "The broadcaster
     * estimates evasion at 17 per cent", a noun to the tagger) */
    for (uint32_t a = k + 2; !doc_verb && sift_tok_ends(d, k, "s") && k > 0 && a + 1 < d->toks.n && a < k + 6; a++) {
        if (sift_tok_is(d, a, "at")) {
            uint32_t v = a + 1 + (sift_tok_is(d, a + 1, "about") || sift_tok_is(d, a + 1, "around") ||
                                  sift_tok_is(d, a + 1, "some") || sift_tok_is(d, a + 1, "roughly"));
            doc_verb = v < d->toks.n && d->toks.v[v].kind == TK_NUM &&
                       (d->toks.v[k - 1].upos == SIFT_UPOS_NOUN || d->toks.v[k - 1].upos == SIFT_UPOS_PROPN);
            break;
        }
        if (d->toks.v[a].kind != TK_WORD || (d->toks.v[a].w.flags & (W_VERB | W_AUX | W_PREP)))
            break;
    }
    if (!sift_tok_ends(d, k, "ed") && !doc_verb &&
        (sift_noun_use(d, k) || sift_tok_is(d, k + 1, "of") || t->upos == SIFT_UPOS_NOUN))
        return 0;
    /* ("the average speed measured on monitored streets dropped": a
     * participle on a noun no one speaks for, a preposition after it) */
    /* (or "put": "with losses put at about Tk 95 crore") */
    const tok *pn = k > 1 ? &d->toks.v[k - 1] : NULL;
    if (pn && (sift_tok_ends(d, k, "ed") || sift_tok_is(d, k, "put")) && pn->upos == SIFT_UPOS_NOUN && pn->kind == TK_WORD &&
        !(pn->flags & TF_CAP) && pn->ment < 0 && !(pn->w.flags & (W_GROUP | W_PERSON_NOUN | W_TITLE | W_ORGKEY)) &&
        !sift_tok_org_kind(d, k - 1) && !sift_document_noun(d, k - 1) && k + 1 < d->toks.n &&
        (d->toks.v[k + 1].w.flags & W_PREP) && !(d->toks.v[k + 1].flags & TF_CAP) &&
        ((d->toks.v[k - 2].w.flags & W_DET) || d->toks.v[k - 2].upos == SIFT_UPOS_ADJ ||
         /* (or a quoted word, or "with": 'with "severe" air recorded at 36
          * monitoring stations') */
         d->toks.v[k - 2].kind == TK_QUOTE || sift_tok_is(d, k - 2, "with")))
        return 0;
    for (const char *const *v = verbs; *v; v++)
        if (sift_tok_is(d, k, *v))
            return 1;
    return 0;
}

/* The claim's source is whoever the phrase [np0,np1) names; 0 if no one. */
static int named_source(doc *d, uint32_t np0, uint32_t np1, sift_claim *cl)
{
    int ent;
    const char *name;
    sift_name_speaker(d, np0, np1, &ent, &name);
    if (!name)
        return 0;
    cl->source = ent;
    cl->source_name = name;
    return 1;
}

/* "the toll, estimated by the Red Cross at 120", "put by the army at 40":
 * the agent of an attribution participle right before the figure at t is
 * its source, whoever reports the sentence. */
static int agent_source(doc *d, uint32_t t, sift_claim *cl)
{
    uint32_t s0 = sift_sent_t0(d, t);
    for (uint32_t k = t; k-- > s0 && t - k <= 10;) {
        const tok *u = &d->toks.v[k];
        if (u->kind == TK_QUOTE || u->kind == TK_DASH || sift_is_punct(d, k, ',') || sift_is_punct(d, k, ';'))
            return 0;
        if (!sift_tok_is(d, k, "by"))
            continue;
        if (k == s0 || !attribution_verb(d, k - 1))
            return 0;
        uint32_t np0, np1;
        if (!sift_np_after(d, k + 1, t, &np0, &np1) || np1 + 1 != t ||
            !(sift_tok_is(d, np1, "at") || sift_tok_is(d, np1, "as")))
            return 0;
        return named_source(d, np0, np1, cl);
    }
    return 0;
}

/* "The city health office's estimate of 9,500 people", "the ministry's
 * own count of about 200 deaths": a figure its owner's estimate, count or
 * target gives, by the owner before the possessive mark. */
static int owner_estimate(doc *d, uint32_t t, sift_claim *cl)
{
    static const char *const estimates[] = {"estimate", "estimates", "figure", "figures", "count", "tally",
                                            "forecast", "projection", "target", "calculation", "reckoning",
                                            "assessment", NULL};
    uint32_t s0 = sift_sent_t0(d, t), pm = 0;
    if (t < s0 + 3)
        return 0;
    /* ("X's estimate of 9,500", "X's own count of about 200") */
    uint32_t n = t - 1;
    while (n > s0 + 1 && n + 3 > t && (d->toks.v[n].w.flags & W_QUAL) && !(d->toks.v[n].flags & TF_CAP))
        n--; /* ("of about", "of at least") */
    if (sift_tok_is(d, n, "of") && sift_tok_in(d, n - 1, estimates))
        pm = n - 2;
    /* (or a month: "the board's April figure of 940 million reais") */
    pm -= pm > s0 + 1 && d->toks.v[pm].kind == TK_WORD &&
          (d->toks.v[pm].upos == SIFT_UPOS_ADJ || sift_tok_is(d, pm, "own") || (d->toks.v[pm].w.flags & W_MONTH));
    if (!pm || !(d->toks.v[pm].flags & TF_POSS) || d->toks.v[pm].kind == TK_WORD)
        return 0;
    uint32_t o1 = pm, o0 = pm;
    int e = sift_entity_at(d, pm - 1);
    if (e >= 0)
        o0 = sift_name_start(d, pm - 1, s0);
    else
        while (o0 > s0 && o0 + 5 > pm && d->toks.v[o0 - 1].kind == TK_WORD && !sift_tok_is(d, o0, "the"))
            o0--;
    if (e < 0 && !(sift_tok_is(d, o0, "the") && o0 + 1 < o1))
        return 0;
    return named_source(d, o0, o1, cl);
}

/* "the 4.3% median forecast in a poll of economists by broadcaster
 * Bloomberg HT", "The median forecast in an AA Finans poll of 14
 * economists had been for a cut of 250 basis points", "all 18 economists
 * surveyed by news agency PAP Biznes": a figure of a poll's forecast (or
 * of those it asked), near the poll with no comma between, is the
 * pollster's, named before the noun or after "by". */
static int poll_source(doc *d, uint32_t t, sift_claim *cl)
{
    static const char *const polls[] = {"poll", "survey", "polled", "surveyed", NULL};
    static const char *const forecasts[] = {"forecast", "forecasts", "median", "consensus", "economists",
                                            "analysts", NULL};
    uint32_t s0 = sift_sent_t0(d, t), s1 = sift_sent_t1(d, t), lo = t > s0 + 12 ? t - 12 : s0;
    uint32_t hi = t + 12 < s1 ? t + 12 : s1, p = 0, fc = 0;
    for (uint32_t k = lo; k < hi; k++) {
        if (d->toks.v[k].flags & (TF_CAP | TF_INQUOTE))
            continue;
        if (sift_tok_in(d, k, polls) && (!p || (k > t ? k - t : t - k) < (p > t ? p - t : t - p)))
            p = k;
        fc |= sift_tok_in(d, k, forecasts);
    }
    if (!p || !fc)
        return 0;
    for (uint32_t k = p < t ? p : t; k < (p < t ? t : p); k++)
        if (sift_is_punct(d, k, ',') || sift_is_punct(d, k, ';') || d->toks.v[k].kind == TK_QUOTE)
            return 0;
    /* (a name before the noun, not the participle: "an AA Finans poll") */
    int e = p > s0 ? sift_entity_at(d, p - 1) : -1;
    if (e >= 0 && d->ents.v[e].type == ET_ORG && (sift_tok_is(d, p, "poll") || sift_tok_is(d, p, "survey"))) {
        cl->source = e;
        cl->source_name = d->ents.v[e].name;
        return 1;
    }
    /* (or "by" after it, past what it asked: "a poll of economists by") */
    for (uint32_t k = p + 1; k < s1 && k < p + 6; k++) {
        if (sift_is_punct(d, k, ',') || d->toks.v[k].kind == TK_QUOTE)
            return 0;
        uint32_t np0, np1;
        if (sift_tok_is(d, k, "by") && sift_np_after(d, k + 1, s1, &np0, &np1))
            return named_source(d, np0, np1, cl);
    }
    return 0;
}

/* Is the verb at k in a relative clause (", which", ", who") that a comma
 * closes before token t? */
static int relative_closed(const doc *d, uint32_t s0, uint32_t k, uint32_t t)
{
    uint32_t j = k;
    while (j > s0 + 1 && !sift_is_punct(d, j - 1, ',') && k - j < 12)
        j--;
    if (j <= s0 + 1 || !sift_is_punct(d, j - 1, ',') || !(sift_tok_is(d, j, "which") || sift_tok_is(d, j, "who")))
        return 0;
    for (uint32_t m = k + 1; m < t; m++)
        if (sift_is_punct(d, m, ','))
            return 1;
    return 0;
}

static int preposition(const doc *d, uint32_t i)
{
    return (d->toks.v[i].w.flags & W_PREP) || d->toks.v[i].upos == SIFT_UPOS_ADP;
}

/* Is the attribution verb at k, in [s0, t), a participle that describes a
 * noun ("nearly 25% of registered nurses", "above the level recorded last
 * year"), which reports nothing? */
static int describes_noun(const doc *d, uint32_t k, uint32_t s0, uint32_t t)
{
    if (k > s0 && (d->toks.v[k - 1].w.flags & W_PREP) && !(d->toks.v[k - 1].flags & TF_CAP))
        return 1;
    /* ("with seven confirmed cases and four deaths": a participle between
     * a count and its noun) */
    if (k > s0 && k + 1 < t && sift_tok_ends(d, k, "ed") &&
        (d->toks.v[k - 1].kind == TK_NUM || (d->toks.v[k - 1].w.flags & W_NUMWORD)) &&
        d->toks.v[k + 1].upos == SIFT_UPOS_NOUN && !(d->toks.v[k + 1].flags & TF_CAP))
        return 1;
    if (k <= s0 + 2 || k + 1 >= t || !sift_tok_ends(d, k, "ed"))
        return 0;
    const tok *noun = &d->toks.v[k - 1], *next = &d->toks.v[k + 1];
    if (noun->upos != SIFT_UPOS_NOUN || (noun->w.flags & (W_GROUP | W_PERSON_NOUN)) || (noun->flags & TF_CAP))
        return 0;
    /* (or the object of another verb: "to close a funding gap estimated
     * at 28 billion euros") */
    uint32_t b = k - 1;
    while (b > s0 + 1 && d->toks.v[b - 1].upos == SIFT_UPOS_NOUN && !(d->toks.v[b - 1].flags & TF_CAP) && k - b < 4)
        b--;
    if (b > s0 + 1 && (d->toks.v[b - 1].w.flags & W_DET) && d->toks.v[b - 2].upos == SIFT_UPOS_VERB &&
        !(d->toks.v[b - 2].flags & TF_CAP) && !sift_is_cue(d, b - 2))
        return 1;
    /* (the noun after a preposition: "above the level", "in cases") */
    if (!(preposition(d, k - 2) || ((d->toks.v[k - 2].w.flags & W_DET) && preposition(d, k - 3))))
        return 0;
    /* (then a date or a preposition other than the agent's "by", "at") */
    return (next->flags & TF_USED) ||
           ((next->w.flags & W_PREP) && !sift_tok_is(d, k + 1, "by") && !sift_tok_is(d, k + 1, "at"));
}

/* Is the verb at k a participle in a tail that follows the report x
 * after a comma, with no finite verb between (", giving ...", ", with
 * losses estimated at ...")? */
static int participle_tail(const doc *d, const sift_quote *x, uint32_t k)
{
    uint32_t e = sift_tok_at(d, x->span.end - 1) + 1;
    /* (past an attribution that closes the report: "..., the council said
     * on Tuesday, putting insured losses at NZ$3.4 billion") */
    if (e < k && sift_is_punct(d, e, ',')) {
        int cue = 0;
        for (uint32_t m = e + 1; m < k && m < e + 14; m++) {
            cue |= sift_is_cue(d, m);
            if (sift_is_punct(d, m, ',')) {
                e = cue ? m : e;
                break;
            }
        }
    }
    if (e >= k || !sift_is_punct(d, e, ',') || k > e + 10 || d->toks.v[k].kind != TK_WORD ||
        (d->toks.v[k].flags & TF_CAP) || !(sift_tok_ends(d, k, "ing") || sift_tok_ends(d, k, "ed")))
        return 0;
    /* (a past form is a participle only after "with ..." or "giving ...",
     * or right after the comma with "at": "said the claim would cover the
     * clean-up, estimated at around 450 million rupiah") */
    if (sift_tok_ends(d, k, "ed") &&
        !(k > e + 2 && (sift_tok_is(d, e + 1, "with") || sift_tok_ends(d, e + 1, "ing"))) &&
        !(k == e + 1 && sift_tok_is(d, k + 1, "at")))
        return 0;
    for (uint32_t m = e + 1; m < k; m++)
        if ((sift_finite_verb(d, m) && !sift_tok_ends(d, m, "ing")) || d->toks.v[m].kind == TK_QUOTE ||
            sift_is_punct(d, m, ','))
            return 0;
    return 1;
}

/* Is the figure at t the source's of a report later in its sentence, for
 * where it stands: in the phrase that names the source ("According to a
 * poll of 2,300 members by the students' union, 58% ..."), in a relative
 * clause on it ("According to the institute, which analysed more than
 * 11,000 contracts, ...") or on a document whose verb of saying follows
 * the clause ("The report, which reviewed 146 contracts signed by 9
 * regional governments, found that ...")? The rule of that report
 * ("according-to", "reported-speech"), or NULL. */
static const char *source_ahead(const doc *d, uint32_t t)
{
    uint32_t s0 = sift_sent_t0(d, t), k = t;
    for (uint32_t a = t; a-- > s0 && t - a < 16 && !sift_is_punct(d, a, ',') && d->toks.v[a].kind != TK_QUOTE;)
        if (sift_tok_is(d, a, "according") && sift_tok_is(d, a + 1, "to"))
            return "according-to";
    /* (or what the document the sentence opens with is of: "A survey of
     * 1,200 farm households by the Jeonnam Laver Producers' Association
     * found that ...") */
    uint32_t b0 = sift_body_start(d, d->toks.v[t].sent);
    if (t >= b0 + 2 && t <= b0 + 6 && sift_tok_is(d, t - 1, "of") && sift_document_noun(d, t - 2) &&
        !(d->toks.v[t - 2].flags & TF_INQUOTE))
        return "reported-speech";
    /* (or of, after its maker: "A survey by the Dresden Chamber of Industry
     * and Commerce (IHK) of 520 member firms found") */
    if (t >= b0 + 4 && sift_tok_is(d, t - 1, "of") && !(d->toks.v[t - 1].flags & TF_CAP))
        for (uint32_t a = t - 2; a > b0 && a + 16 > t; a--) {
            if (sift_tok_is(d, a, "by") && !(d->toks.v[a].flags & TF_CAP)) {
                if (a <= b0 + 3 && sift_document_noun(d, a - 1) && !(d->toks.v[a - 1].flags & TF_INQUOTE))
                    return "reported-speech";
                break;
            }
            if (d->toks.v[a].kind == TK_QUOTE || sift_is_punct(d, a, ',') || sift_finite_verb(d, a))
                break;
        }
    while (k > s0 + 1 && t - k < 12 && !sift_is_punct(d, k - 1, ',') && d->toks.v[k - 1].kind != TK_QUOTE &&
           !((sift_tok_is(d, k - 1, "which") || sift_tok_is(d, k - 1, "who")) && !(d->toks.v[k - 1].flags & TF_CAP)))
        k--;
    if (k <= s0 + 1 || !(sift_tok_is(d, k - 1, "which") || sift_tok_is(d, k - 1, "who")) ||
        !sift_is_punct(d, k - 2, ','))
        return NULL;
    for (uint32_t a = k - 2; a-- > s0 + 1 && k - 1 - a < 8;)
        if (sift_tok_is(d, a, "to") && sift_tok_is(d, a - 1, "according"))
            return "according-to";
    /* (a document's name of a few words that opens the sentence, no verb
     * in it: not "The union, which represents about 6,800 workers, said",
     * the reporter's description of who speaks) */
    uint32_t b = sift_body_start(d, d->toks.v[t].sent);
    if (k - 2 <= b || k - 2 > b + 6 || !sift_document_noun(d, k - 3))
        return NULL;
    for (uint32_t a = b; a < k - 2; a++)
        if ((d->toks.v[a].kind != TK_WORD && !(d->toks.v[a].flags & TF_POSS)) || sift_finite_verb(d, a) ||
            sift_is_cue(d, a))
            return NULL;
    uint32_t s1 = sift_sent_t1(d, t);
    for (uint32_t m = t + 1; m + 1 < s1 && m < t + 20; m++)
        if (sift_is_punct(d, m, ',') || d->toks.v[m].kind == TK_QUOTE)
            return sift_is_punct(d, m, ',') && sift_is_cue(d, m + 1) && !(d->toks.v[m + 1].flags & TF_CAP)
                       ? "reported-speech"
                       : NULL;
    return NULL;
}

/* Does the quotation's cue start with the word at k ("said", "told" for
 * "told KBS")? */
static int cued_by(const doc *d, const sift_quote *x, uint32_t k)
{
    return x->cue && strncasecmp(x->cue, TOK_S(d, k), TOK_N(d, k)) == 0;
}

static void find_source(doc *d, sift_claim *cl)
{
    if (agent_source(d, sift_tok_at(d, cl->span.start), cl) || owner_estimate(d, sift_tok_at(d, cl->span.start), cl))
        return;
    /* the innermost quotation with a speaker that holds the figure */
    const sift_quote *best = NULL;
    /* quotes are sorted by start: look at the nearest 64 that start before it */
    size_t lo = 0, hi = d->quotes.n;
    while (lo < hi) {
        size_t mid = (lo + hi) / 2;
        if (d->quotes.v[mid].span.start <= cl->span.start)
            lo = mid + 1;
        else
            hi = mid;
    }
    for (size_t q = lo, seen = 0; q-- > 0 && seen < 64; seen++) {
        const sift_quote *x = &d->quotes.v[q];
        if (!x->speaker_name || cl->span.start < x->span.start || cl->span.start >= x->span.end)
            continue;
        if (!best || x->span.end - x->span.start < best->span.end - best->span.start) {
            best = x;
            cl->quote = (int)q;
        }
    }
    if (best) {
        cl->source = best->speaker;
        cl->source_name = best->speaker_name;
        return;
    }
    uint32_t t = sift_tok_at(d, cl->span.start);
    if (poll_source(d, t, cl))
        return;
    /* "The ministry put the number at 238,000", "The unions counted 700,000":
     * the subject of an attribution verb earlier in the clause */
    const char *ahead = source_ahead(d, t);
    if (ahead) {
        for (size_t q = lo; q < d->quotes.n && q < lo + 8; q++) {
            const sift_quote *x = &d->quotes.v[q];
            if (x->speaker_name && x->rule && strcmp(x->rule, ahead) == 0 && x->span.start > cl->span.start &&
                x->sentence.start == d->toks.v[sift_sent_t0(d, t)].start) {
                cl->source = x->speaker;
                cl->source_name = x->speaker_name;
                return;
            }
        }
    }
    uint32_t s0 = sift_body_start(d, d->toks.v[t].sent);
    /* "Ebner said the company would accelerate a program announced earlier,
     * eliminating 2,300 positions": a verb inside the reported clause before
     * the figure is part of what was said, not who says it */
    const sift_quote *report = NULL;
    for (size_t q = lo, seen = 0; q-- > 0 && seen < 16 && !report; seen++) {
        const sift_quote *x = &d->quotes.v[q];
        if (strcmp(x->kind, "indirect") == 0 && x->span.end <= cl->span.start &&
            x->span.start >= d->toks.v[s0].start)
            report = x;
    }
    for (uint32_t k = t; k-- > s0;) {
        const tok *u = &d->toks.v[k];
        if (sift_quote_mark(u)) { /* not "the employers' offer" */
            /* a quoted fragment inside a report ("amounted to "a cut in real
             * terms" for many workers, and that the union was seeking 6.5%")
             * does not end the clause that reports it */
            int mixed = 0;
            for (size_t q = lo, seen = 0; q-- > 0 && seen < 8 && !mixed; seen++)
                mixed = strcmp(d->quotes.v[q].kind, "mixed") == 0 &&
                        (d->quotes.v[q].span.end == u->start || d->quotes.v[q].span.start == u->end);
            if (!mixed)
                break;
            continue;
        }
        if (sift_is_punct(d, k, ';') || u->kind == TK_DASH)
            break;
        /* "Ribeira reported a loss ... and must comply with rules that limit
         * spending to 70%": a verb phrase joined after the report's object
         * reports nothing */
        if (!report && sift_tok_is(d, k, "and") && k + 1 < t && (d->toks.v[k + 1].w.flags & W_AUX) &&
            !(d->toks.v[k + 1].flags & TF_CAP))
            break;
        /* "Nvidia forecast revenue above estimates, but its shares fell
         * 2.5%": a contrasting clause has its own subject */
        if (k > s0 && sift_is_punct(d, k - 1, ',') && (sift_tok_is(d, k, "but") || sift_tok_is(d, k, "while")) &&
            !report)
            break;
        /* (but not a clause of the reporter's after the attribution:
         * "..., Kemal Demir said on Friday, as the government tries to
         * restore confidence in a trade that supports more than 80,000
         * beekeeping families") */
        if (report && u->start >= report->span.end && k > s0 && k + 2 < t && sift_is_punct(d, k - 1, ',') &&
            sift_tok_is(d, k, "as") && !(u->flags & TF_CAP) && sift_clause_starts(d, k + 1)) {
            int cue = 0; /* (the attribution between: not "she said she had paid ..., as well as") */
            for (uint32_t c = sift_tok_at(d, report->span.end); c < k && !cue; c++)
                cue = sift_is_cue(d, c) && !(d->toks.v[c].flags & TF_INQUOTE);
            if (cue)
                break;
        }
        if (report && u->end <= report->span.end) {
            /* ... so the figure in the phrase after it is the same speaker's
             * (not after a relative clause that closed: "The CGT, which says
             * it represents 7 million workers, called the walkout after a
             * vote of 9 to 8") */
            uint32_t r0 = sift_tok_at(d, report->span.start);
            if (report->speaker_name && !(r0 > s0 + 1 && relative_closed(d, s0, r0 - 1, t))) {
                cl->source = report->speaker;
                cl->source_name = report->speaker_name;
            }
            break;
        }
        if (!attribution_verb(d, k))
            continue;
        /* (the report's own verb, after it: "..., the Coffee and Cocoa
         * Council said on Wednesday, up from 2,200 francs": whom the final
         * attribution names) */
        if (report && report->speaker_name && report->span.end <= u->start && cued_by(d, report, k)) {
            cl->source = report->speaker;
            cl->source_name = report->speaker_name;
            break;
        }
        /* ("The surcharge, announced on Monday, will lift the toll to
         * 1,810 pesos": a participle in an aside on the subject, the
         * clause's own verb after it, puts no figure forward) */
        if (k > s0 + 1 && sift_is_punct(d, k - 1, ',') && sift_tok_ends(d, k, "ed") &&
            d->toks.v[k - 2].kind == TK_WORD) {
            uint32_t m = k + 1;
            while (m < t && m < k + 10 && !sift_is_punct(d, m, ',') && d->toks.v[m].kind != TK_QUOTE)
                m++;
            if (m + 1 < t && sift_is_punct(d, m, ',') && sift_finite_verb(d, m + 1) && !sift_is_cue(d, m + 1))
                continue;
        }
        /* "EEP said that Tanzania would pay 6.5 cents, giving Ethiopia
         * revenue of $230 million", "..., with losses estimated at 9.2
         * billion pesos": a participle in a tail after the report, with no
         * subject of its own, leaves the figure the report's */
        if (report && report->speaker_name && participle_tail(d, report, k)) {
            cl->source = report->speaker;
            cl->source_name = report->speaker_name;
            break;
        }
        if (describes_noun(d, k, s0, t))
            continue;
        /* "The move was forecast by 19 of the 31 economists": a passive
         * verb's subject forecasts nothing */
        /* (or past an adverb: "Hives ... are now listed online for as
         * little as NZ$120") */
        /* (but "is demanding": a progressive, not a passive) */
        if (k > s0 && !sift_tok_ends(d, k, "ing") &&
            (sift_be_form(d, k - 1) || (k > s0 + 1 && d->toks.v[k - 1].upos == SIFT_UPOS_ADV &&
                                        !(d->toks.v[k - 1].flags & TF_CAP) && sift_be_form(d, k - 2))))
            break;
        /* (nor a participle before an infinitive: "with humidity levels
         * forecast to drop as low as 4%", "Prices, expected to rise 5%,") */
        static const char *const expected[] = {"expected", "forecast", "projected", "predicted", "estimated", NULL};
        if (sift_tok_in(d, k, expected) && k + 2 < t && sift_tok_is(d, k + 1, "to") &&
            d->toks.v[k + 2].upos == SIFT_UPOS_VERB && !(d->toks.v[k + 2].flags & TF_CAP))
            continue;
        /* "put the number at 238,000", not "England, put in to bat, ... post
         * 288": a phrasal verb puts no figure forward */
        static const char *const particles[] = {"in", "up", "out", "off", "down", "on", "through", "together", NULL};
        if ((sift_tok_is(d, k, "put") || sift_tok_is(d, k, "puts")) &&
            (sift_tok_in(d, k + 1, particles) || /* (nor "put at least 500,000 euros into") */
             (sift_tok_is(d, k + 1, "at") && (sift_tok_is(d, k + 2, "least") || sift_tok_is(d, k + 2, "most")))))
            break;
        /* "Vestavind, which reported a net loss ..., saw its shares fall
         * 4.3%": a relative clause closed before the figure reports none of
         * the main clause's */
        if (relative_closed(d, s0, k, t))
            break;
        uint32_t np0, np1;
        /* (not a phrase that opens with a verb: "... and cut its full-year
         * output forecast by 120,000 vehicles" has no subject of its own) */
        /* (nor a share of something: "About 97% of precincts had
         * reported, and the margin stood at roughly 11,700 votes") */
        /* ("Minister Hélène Carrier defended the ban, announcing a €75
         * million fund": a participle's subject is the sentence's, before
         * its verb) */
        int subject, share = 0;
        if (sift_tok_ends(d, k, "ing") && k > s0 && sift_is_punct(d, k - 1, ',')) {
            uint32_t b = sift_body_start(d, d->toks.v[k].sent), v = b + 1;
            while (v + 1 < k && !sift_finite_verb(d, v))
                v++;
            subject = k > s0 + 3 && v + 1 < k && v <= b + 6 && sift_finite_verb(d, v) &&
                      !(d->toks.v[b].flags & TF_INQUOTE);
            np0 = b;
            np1 = v;
        } else {
            subject = sift_subject_before(d, k, s0, &np0, &np1);
        }
        /* (a relative clause with no "which" on the noun before it: "at a
         * cost the centre put at more than $1.5 billion") */
        if (k >= s0 + 3 && sift_tok_is(d, k - 2, "the") && !(d->toks.v[k - 2].flags & TF_CAP) &&
            d->toks.v[k - 1].upos == SIFT_UPOS_NOUN && !(d->toks.v[k - 1].flags & TF_CAP) &&
            d->toks.v[k - 3].upos == SIFT_UPOS_NOUN && d->toks.v[k - 3].kind == TK_WORD &&
            !(d->toks.v[k - 3].flags & TF_CAP) && (sift_tok_is(d, k, "put") || sift_tok_is(d, k, "puts") ||
                                                    sift_tok_is(d, k, "estimated") || sift_tok_is(d, k, "estimates"))) {
            subject = 1;
            np0 = k - 2;
            np1 = k;
        }
        for (uint32_t m = np0 + 1; subject && m < np1 && !share; m++)
            share = d->toks.v[m - 1].kind == TK_NUM && TOK_N(d, m) == 1 && TOK_S(d, m)[0] == '%';
        if (share)
            break;
        /* ("Two officials ... said ... the price of the seat, which one of
         * them put at about $65 million": one of those who spoke) */
        if (k >= s0 + 3 && sift_tok_is(d, k - 2, "of") && sift_tok_is(d, k - 1, "them") && report &&
            report->speaker_name && (sift_tok_is(d, k - 3, "one") || sift_tok_is(d, k - 3, "some") ||
                                     sift_tok_is(d, k - 3, "each") || sift_tok_is(d, k - 3, "both"))) {
            cl->source = report->speaker;
            cl->source_name = report->speaker_name;
            break;
        }
        /* (nor the words of a quotation the verb follows: '"It is an
         * amputation," said X, who heads an association of 63 ...') */
        if (subject && !(d->toks.v[np0].flags & TF_INQUOTE) &&
            !(d->toks.v[np0].upos == SIFT_UPOS_VERB && !(d->toks.v[np0].flags & TF_CAP) && np1 > np0 + 1)) {
            int ent;
            const char *name;
            sift_name_speaker(d, np0, np1, &ent, &name);
            if (name) {
                cl->source = ent;
                cl->source_name = name;
            } else if (np1 == np0 + 1 && (d->toks.v[np0].w.flags & W_PRONOUN)) {
                /* "She said the offer of a 3.2% rise amounted to "a cut in
                 * real terms"": who the quotation this verb cues gave "she" */
                for (size_t q = lo, seen = 0; q < d->quotes.n && seen < 8; q++, seen++) {
                    const sift_quote *x = &d->quotes.v[q];
                    if (x->sentence.start > d->toks.v[k].start)
                        break;
                    if (x->speaker_name && x->sentence.end >= u->end && cued_by(d, x, k)) {
                        cl->source = x->speaker;
                        cl->source_name = x->speaker_name;
                        break;
                    }
                }
            }
        }
        break;
    }
}

static int add_claim(doc *d, claim_tmp *c)
{
    sift_claim cl;
    memset(&cl, 0, sizeof cl);
    cl.span.start = d->toks.v[c->t0].start;
    cl.span.end = d->toks.v[c->t1 - 1].end;
    cl.text = sift_arena_strndup(d->arena, d->text + cl.span.start, cl.span.end - cl.span.start);
    cl.value = c->value;
    cl.has_value = c->has_value;
    cl.value_max = c->vmax;
    cl.has_max = c->has_max;
    cl.qualifier = c->qual;
    cl.unit = c->unit;
    cl.per = c->per;
    cl.source = -1;
    cl.quote = -1;
    if (c->np1 > c->np0) /* subject: the noun phrase the figure counts */
        cl.subject = sift_span_text(d, c->np0, c->np1);
    uint32_t s = d->toks.v[c->t0].sent;
    cl.sentence.start = d->toks.v[d->sents.v[s].t0].start;
    cl.sentence.end = d->toks.v[d->sents.v[s].t1 - 1].end;
    if (!cl.text)
        return -1;
    find_source(d, &cl);
    return SIFT_VEC_PUSH(d->arena, d->claims, cl);
}

int sift_extract_claims(doc *d)
{
    uint32_t n = (uint32_t)d->toks.n;
    for (uint32_t i = 0; i < n;) {
        const tok *t = &d->toks.v[i];
        if ((t->flags & (TF_USED | TF_ORDINAL)) || (t->ment >= 0 && t->kind != TK_WORD)) {
            i++;
            continue;
        }
        claim_tmp c;
        memset(&c, 0, sizeof c);
        uint32_t e = proportion(d, i, &c);
        int share = e != 0;
        if (!e)
            e = vague(d, i, &c);
        if (!e) {
            memset(&c, 0, sizeof c);
            e = figure(d, i, &c);
            if (e && (id_number(d, t->kind == TK_SYM ? i + 1 : i) || not_amount_after(d, e))) {
                i = e;
                continue;
            }
            /* a bare year-like integer is not an amount */
            if (e && e == i + 1 && t->kind == TK_NUM && TOK_N(d, i) == 4 && t->num >= 1800 &&
                t->num <= 2100 && (e >= n || !(TOK_N(d, e) == 1 && d->text[d->toks.v[e].start] == '%'))) {
                i = e;
                continue;
            }
        }
        if (!e) {
            i++;
            continue;
        }
        c.t0 = i;
        if (c.between)
            c.t0 = i - 1;
        uint32_t q0;
        const char *qual = NULL;
        if (!c.qual && qualifier_before(d, i, &q0, &qual)) {
            c.t0 = q0;
            c.qual = qual;
        }
        noun_phrase(d, share && sift_tok_is(d, e, "of") ? e + 1 : e, &c);
        if (share) { /* (what the share is of is its subject: "a fifth of their purchasing power") */
            c.unit = "percent";
            if (c.np1 <= c.np0 || c.t1 < e)
                c.t1 = e, c.np0 = c.np1 = 0;
        }
        int via_conj = 0;
        uint32_t h = c.unit || !c.has_value ? 0 : parsed_unit(d, i, e, &via_conj);
        if (h) {
            c.unit = unit_noun(d, e, h - 1);
            if (!via_conj) {
                c.np0 = e;
                c.np1 = c.t1 = h;
            }
        }
        /* "killed 42 people and injured 100 others", "and 1,500 more", "up
         * from 14,800": the same thing as the figure before it in the sentence */
        if (!c.unit && e < n && (sift_tok_is(d, e, "others") || sift_tok_is(d, e, "more")) &&
            (c.unit = compared_unit(d, t->sent, 0)) != NULL)
            c.t1 = e + 1;
        if (!c.unit && c.has_value && c.t0 >= 2 && sift_tok_is(d, c.t0 - 1, "from") &&
            (sift_tok_is(d, c.t0 - 2, "up") || sift_tok_is(d, c.t0 - 2, "down")))
            c.unit = compared_unit(d, t->sent, 0);
        if (!c.unit && c.has_value && counts_people(d, c.t0, e))
            c.unit = "person";
        /* "offered 3.1 million pesos ... The union is seeking 6 million": a
         * bare million counts the money of the figure just before it */
        if (!c.unit && c.has_value && e > i && multiplier(d, e - 1) >= 1e6)
            c.unit = recent_currency(d, t->sent);
        /* "31 people had been treated, five of them in serious condition" */
        if (!c.unit && c.has_value && sift_tok_is(d, e, "of") &&
            (sift_tok_is(d, e + 1, "them") || sift_tok_is(d, e + 1, "those")))
            c.unit = compared_unit(d, t->sent, 0);
        /* "Extortion complaints rose to 18,385": what rose is what is counted */
        if (!c.unit && c.has_value && c.t0 >= 3 && sift_tok_is(d, c.t0 - 1, "to") &&
            change_verb(d, c.t0 - 2)) {
            uint32_t sj = c.t0 - 3;
            size_t sn = TOK_N(d, sj);
            if (d->toks.v[sj].kind == TK_WORD && !(d->toks.v[sj].flags & TF_CAP) && sn > 3 &&
                TOK_S(d, sj)[sn - 1] == 's' && d->toks.v[sj].ment < 0 &&
                (!d->toks.v[sj].upos || d->toks.v[sj].upos == SIFT_UPOS_NOUN))
                c.unit = singular(d, sj);
        }
        /* "killed 23 people and sickened more than 1,400", "35,000 homes were
         * destroyed and 115,000 damaged": counted like the figure before */
        if (!c.unit && c.has_value && c.t0 >= 2 &&
            ((sift_tok_is(d, c.t0 - 2, "and") &&
              (sift_tok_ends(d, c.t0 - 1, "ed") || d->toks.v[c.t0 - 1].upos == SIFT_UPOS_VERB)) ||
             (sift_tok_is(d, c.t0 - 1, "and") && sift_tok_ends(d, e, "ed"))))
            c.unit = compared_unit(d, t->sent, 0);
        /* "than those who walk 4,000", "compared with 2,000": the same thing
         * as the figure it is compared with */
        for (uint32_t k = c.t0; !c.unit && c.has_value && k-- > 0 && c.t0 - k <= 4;) {
            if (d->toks.v[k].kind != TK_WORD)
                break;
            if (sift_tok_is(d, k, "than") || sift_tok_is(d, k, "versus") ||
                ((sift_tok_is(d, k, "with") || sift_tok_is(d, k, "to")) && k > 0 &&
                 sift_tok_is(d, k - 1, "compared"))) {
                /* not the percentage: "a 47% lower risk than those who walk 4,000" */
                c.unit = compared_unit(d, t->sent, 1);
            }
        }
        /* "Ten countries voted in favour, while five, including Germany, voted
         * against": a figure standing alone counts what the one before counts */
        if (!c.unit && c.has_value && c.t0 > 0 && e < n &&
            (sift_tok_is(d, c.t0 - 1, "while") || sift_tok_is(d, c.t0 - 1, "whereas") ||
             sift_tok_is(d, c.t0 - 1, "but")) &&
            (sift_is_punct(d, e, ',') || (d->toks.v[e].w.flags & (W_AUX | W_VERB)) ||
             d->toks.v[e].upos == SIFT_UPOS_VERB))
            c.unit = compared_unit(d, t->sent, 1);
        /* "The number of people forced to flee ... reached a record 122.6 million" */
        if (!c.unit && c.has_value)
            c.unit = number_of_unit(d, t->sent, c.t0);
        if (c.t1 < e)
            c.t1 = e;
        if (c.unit)
            rate(d, &c);
        if (add_claim(d, &c) != 0)
            return -1;
        i = c.t1 > i ? c.t1 : i + 1;
    }
    return 0;
}
