/*
 * token.c — tokens and sentences over the original bytes.
 *
 * The tokenizer never copies or rewrites text: a token is a byte range, so
 * every later offset maps back to the input. Rules, in order: white space
 * and line breaks separate tokens (a line break starts a paragraph); words
 * are letter/digit runs that may hold apostrophes (don't) and, for
 * abbreviations, periods (U.S., a.m.); a possessive 's is split off; a
 * hyphen between letters is its own token (Iranian-made -> Iranian - made);
 * numbers keep their separators (11,000 and 3.5); quote marks, dashes,
 * ellipses and currency signs are tokens of their own kinds.
 */
#include <ctype.h>
#include <string.h>

#include "../doc_int.h"
#include "utf8.h"

char *sift_span_text(doc *d, uint32_t t0, uint32_t t1)
{
    if (t0 >= t1)
        return sift_arena_strndup(d->arena, "", 0);
    uint32_t a = d->toks.v[t0].start, b = d->toks.v[t1 - 1].end;
    return sift_arena_strndup(d->arena, d->text + a, b - a);
}

/* The word flags of "fly-half" for the three tokens ending at e - 1 ("fly",
 * "-", "half", written without spaces), or 0. */
uint32_t sift_hyphened_flags(const doc *d, uint32_t e)
{
    if (e < 3 || !sift_is_punct(d, e - 2, '-') || d->toks.v[e - 3].end != d->toks.v[e - 2].start ||
        d->toks.v[e - 2].end != d->toks.v[e - 1].start || d->toks.v[e - 3].kind != TK_WORD ||
        d->toks.v[e - 1].kind != TK_WORD)
        return 0;
    char low[48];
    size_t n = sift_utf8_lower(d->text + d->toks.v[e - 3].start, d->toks.v[e - 1].end - d->toks.v[e - 3].start,
                               low, sizeof low);
    return n < sizeof low - 1 ? sift_words_get(d->res->words, low, n).flags : 0;
}

/* The word flags of the singular of a lower-case plural at token i
 * ("engineers" -> "engineer"), or 0. */
uint32_t sift_plural_flags(const doc *d, uint32_t i)
{
    return d->toks.v[i].flags & TF_CAP ? 0 : sift_plural_flags_any_case(d, i);
}

/* ... and of one in capitals too ("the Hanbit Air Pilots Union"). */
uint32_t sift_plural_flags_any_case(const doc *d, uint32_t i)
{
    size_t n = TOK_N(d, i);
    char low[32];
    if (d->toks.v[i].kind != TK_WORD || n < 4 || n >= sizeof low || TOK_S(d, i)[n - 1] != 's')
        return 0;
    size_t m = sift_utf8_lower(TOK_S(d, i), n - 1, low, sizeof low);
    return m > 0 && m < sizeof low - 1 ? sift_words_get(d->res->words, low, m).flags : 0;
}

int sift_toks_equal(const doc *d, uint32_t a, uint32_t b, uint32_t n)
{
    for (uint32_t k = 0; k < n; k++)
        if (TOK_N(d, a + k) != TOK_N(d, b + k) || memcmp(TOK_S(d, a + k), TOK_S(d, b + k), TOK_N(d, a + k)) != 0)
            return 0;
    return 1;
}

int sift_family_first(const doc *d, uint32_t t0, uint32_t t1)
{
    if (t1 - t0 != 4 || t1 > d->toks.n)
        return 0;
    const tok *fam = &d->toks.v[t0], *a = &d->toks.v[t0 + 1], *dash = &d->toks.v[t0 + 2], *b = &d->toks.v[t0 + 3];
    return fam->kind == TK_WORD && (fam->flags & TF_CAP) && a->kind == TK_WORD && b->kind == TK_WORD &&
           !(b->flags & TF_CAP) && sift_is_punct(d, t0 + 2, '-') && !(dash->flags & TF_SPACE) &&
           !(b->flags & TF_SPACE);
}

int sift_tok_in(const doc *d, uint32_t i, const char *const *lower)
{
    if (i >= d->toks.n || TOK_N(d, i) == 0)
        return 0;
    /* (a word whose first letter differs is passed over without measuring it) */
    char c = TOK_S(d, i)[0];
    if (c >= 'A' && c <= 'Z')
        c = (char)(c + 32);
    for (; *lower; lower++)
        if (**lower == c && sift_tok_is(d, i, *lower))
            return 1;
    return 0;
}

int sift_tok_maker(const doc *d, uint32_t i)
{
    size_t n = TOK_N(d, i);
    /* (or "maker" after what it makes: "the chemicals maker", not "a
     * policy maker") */
    static const char *const people[] = {"policy", "decision", "film", "law", "peace", "movie", "match", "rule",
                                         "trouble", "king", "deal", "home", "play", "shoe", "dress", "cabinet",
                                         "pace", "mischief", "money", "news", "opinion", "record", "sense", NULL};
    if (n == 5 && i > 0 && sift_tok_is(d, i, "maker") && d->toks.v[i - 1].kind == TK_WORD &&
        !(d->toks.v[i - 1].flags & TF_CAP) && d->toks.v[i - 1].upos == SIFT_UPOS_NOUN && !sift_tok_in(d, i - 1, people))
        return 1;
    return n > 7 && memcmp(TOK_S(d, i) + n - 5, "maker", 5) == 0 && !(d->toks.v[i].w.flags & W_PERSON_NOUN);
}

const char *sift_money_code(const doc *d, uint32_t i)
{
    static const struct {
        const char *w, *code;
    } map[] = {{"tk", "BDT"}, {"ksh", "KES"}, {"ush", "UGX"}, {"tsh", "TZS"}, {"rp", "IDR"},
               {"rm", "MYR"}, {"usd", "USD"}, {"eur", "EUR"}, {"gbp", "GBP"}, {"chf", "CHF"},
               {"php", "PHP"}, {"inr", "INR"}, {"cny", "CNY"}, {"jpy", "JPY"}, {"ngn", "NGN"},
               {"zar", "ZAR"}, {"kes", "KES"}, {"brl", "BRL"}, {"try", "TRY"},
               {"sh", ""}, {"shs", ""}, {"rs", ""}, {"rs.", ""}};
    const tok *t = &d->toks.v[i];
    if (t->kind != TK_WORD || !(t->flags & TF_CAP) || i + 1 >= d->toks.n)
        return NULL;
    const tok *f = &d->toks.v[i + 1];
    if (f->kind != TK_NUM && !(f->kind == TK_WORD && (f->flags & TF_DIGIT)))
        return NULL;
    /* the tokenizer splits "R9.4", "N1.8bn", "P860 million" */
    if (TOK_N(d, i) == 1 && !(f->flags & TF_SPACE)) {
        char c = TOK_S(d, i)[0];
        return c == 'R' ? "ZAR" : c == 'N' ? "NGN" : c == 'P' ? "PHP" : c == 'K' ? "ZMW" : NULL;
    }
    for (size_t k = 0; k < sizeof map / sizeof *map; k++)
        if (sift_tok_is(d, i, map[k].w))
            return map[k].code;
    /* other three-letter codes, in capitals only: "NOK 3.8 billion", "SEK
     * 40 million" (not "COP 29", a climate summit) */
    static const char *const codes[] = {"NOK", "SEK", "DKK", "ISK", "PLN", "CZK", "HUF", "RON", "AUD", "CAD",
                                        "NZD", "HKD", "SGD", "KRW", "MXN", "ARS", "CLP", "EGP", "PKR", "LKR",
                                        "THB", "VND", "IDR", "AED", "SAR", "QAR", "ILS", "RUB", "UAH", "KZT",
                                        "GHS", "TWD", "MYR", "BDT", "UGX", "TZS", NULL};
    if ((t->flags & TF_ALLCAPS) && TOK_N(d, i) == 3)
        for (const char *const *c = codes; *c; c++)
            if (memcmp(TOK_S(d, i), *c, 3) == 0)
                return *c;
    return NULL;
}

size_t sift_elision(const doc *d, uint32_t k)
{
    const char *w = TOK_S(d, k);
    size_t n = TOK_N(d, k);
    if (d->toks.v[k].kind != TK_WORD || n < 3)
        return 0;
    if (w[1] == '\'')
        return 2;
    return n > 4 && memcmp(w + 1, "\xe2\x80\x99", 3) == 0 ? 4 : 0;
}

int sift_tok_org_kind(const doc *d, uint32_t i)
{
    if (i >= d->toks.n || d->toks.v[i].kind != TK_WORD)
        return 0;
    /* capitalised only at a sentence start, and not as the first word of a
     * name ("Bank Leumi", "Group Captain") */
    uint32_t f = d->toks.v[i].flags;
    if ((f & TF_CAP) && (!(f & TF_SENT) || (d->toks.v[i].w.flags & (W_ORGKEY | W_ORGPRE))))
        return 0;
    return (d->toks.v[i].w.flags & W_ORGKIND) || sift_tok_maker(d, i);
}

int sift_chinese_family(const doc *d, uint32_t i)
{
    static const char *const families[] = {
        "wang", "li", "zhang", "liu", "chen", "yang", "huang", "zhao", "wu", "zhou", "xu", "sun", "ma", "zhu",
        "hu", "guo", "lin", "gao", "luo", "zheng", "liang", "xie", "song", "tang", "han", "feng", "deng", "cao",
        "peng", "zeng", "xiao", "tian", "dong", "pan", "yuan", "cai", "jiang", "du", "ye", "cheng", "wei", "su",
        "lu", "ding", "ren", "shen", "yao", "jin", "zhong", "cui", "tan", "liao", "fan", "qian", "qin", NULL};
    return (d->toks.v[i].flags & TF_CAP) && sift_tok_in(d, i, families);
}

int sift_viet_family(const doc *d, uint32_t i)
{
    static const char *const families[] = {"nguyen", "tran", "le", "pham", "hoang", "huynh", "phan", "vu", "vo",
                                           "dang", "bui", "do", "ho", "ngo", "duong", "ly", "dinh", "trinh", NULL};
    return (d->toks.v[i].flags & TF_CAP) && sift_tok_in(d, i, families);
}

int sift_tok_trade(const doc *d, uint32_t i)
{
    static const char *const trades[] = {"publisher", "operator", "developer", "producer", "miner",  "contractor",
                                         "brewer",    "distiller", "grocer",   "trader",   "exporter", "importer",
                                         NULL};
    return sift_tok_in(d, i, trades);
}

/* News agencies credited in a dateline: "(PTI)", "(Reuters)", "(AFP)". */
static const char *const agencies[] = {"ap", "afp", "reuters", "pti", "ians", "ani", "uni", "xinhua",
                                       "bloomberg", "dpa", "efe", "ansa", "kyodo", "yonhap", "tass",
                                       "bernama", "anadolu", "ips", "upi", NULL};

uint32_t sift_body_start(const doc *d, uint32_t s)
{
    const sent *st = &d->sents.v[s];
    /* a dateline in capitals may be long: "KYIV, Ukraine, Nov. 28 (Reuters) -" */
    uint32_t reach = (d->toks.v[st->t0].flags & TF_ALLCAPS) && TOK_N(d, st->t0) >= 3 ? 14 : 8;
    for (uint32_t k = st->t0; k < st->t1 && k < st->t0 + reach; k++) {
        if (d->toks.v[k].kind == TK_DASH)
            return k + 1 < st->t1 ? k + 1 : st->t0;
        /* "BENGALURU: Nearly a third ...": a place in capitals, then a colon */
        if (k > st->t0 && k < st->t0 + 4 && k + 1 < st->t1 && sift_is_punct(d, k, ':')) {
            int caps = 1;
            for (uint32_t m = st->t0; m < k && caps; m++)
                caps = d->toks.v[m].kind == TK_WORD && (d->toks.v[m].flags & TF_ALLCAPS) && TOK_N(d, m) >= 3;
            if (caps)
                return k + 1;
        }
        /* (a dateline has no word of a clause: "Motorcyclists accounted
         * for 5,210 of them — roughly one in three — the institute said"
         * opens with none) */
        if (d->toks.v[k].kind == TK_WORD && !(d->toks.v[k].flags & TF_CAP) && TOK_N(d, k) > 3)
            break;
        /* "Bhubaneswar, Aug 2 (PTI) Over 2.3 lakh people ...": an agency in
         * parentheses after a place and date, with no dash */
        if (k >= st->t0 + 3 && k + 1 < st->t1 && sift_is_punct(d, k, ')') && sift_is_punct(d, k - 2, '(') &&
            sift_tok_in(d, k - 1, agencies) && d->toks.v[k + 1].kind != TK_DASH && d->toks.v[k + 1].kind != TK_PUNCT) {
            int place_date = 1; /* capitalised words, numbers and commas only */
            for (uint32_t m = st->t0; m < k - 2 && place_date; m++)
                place_date = d->toks.v[m].kind == TK_NUM || (d->toks.v[m].flags & TF_CAP) || sift_is_punct(d, m, ',');
            if (place_date)
                return k + 1;
        }
    }
    return st->t0;
}

int sift_in_dateline(const doc *d, uint32_t i)
{
    return i < sift_body_start(d, d->toks.v[i].sent);
}

uint32_t sift_tok_at(const doc *d, uint32_t off)
{
    size_t lo = 0, hi = d->toks.n;
    while (hi - lo > 1) {
        size_t mid = (lo + hi) / 2;
        if (d->toks.v[mid].start <= off)
            lo = mid;
        else
            hi = mid;
    }
    return (uint32_t)lo;
}

static int cls_at(const char *s, size_t n, size_t i, int32_t *cp, size_t *k)
{
    if (i >= n) {
        *cp = -1;
        *k = 0;
        return SIFT_CH_OTHER;
    }
    *k = sift_utf8_decode(s + i, n - i, cp);
    return sift_utf8_class(*cp);
}

static int is_letter(int c)
{
    return c == SIFT_CH_UPPER || c == SIFT_CH_LOWER;
}

static int is_apos(int32_t cp)
{
    return cp == '\'' || cp == 0x2019;
}

static int is_quote(int32_t cp)
{
    return cp == '"' || cp == 0x201C || cp == 0x201D || cp == 0x201E || cp == 0x00AB ||
           cp == 0x00BB || cp == 0x2018 || cp == 0x2019 || cp == '\'' || cp == 0x201F;
}

/* Scan a number starting at i: digits with ',' or '.' between digit groups. */
static size_t scan_number(const char *s, size_t n, size_t i)
{
    while (i < n) {
        if (s[i] >= '0' && s[i] <= '9') {
            i++;
        } else if ((s[i] == ',' || s[i] == '.') && i + 1 < n && s[i + 1] >= '0' && s[i + 1] <= '9') {
            i++;
        } else {
            break;
        }
    }
    return i;
}

static double parse_number(const char *s, size_t n)
{
    double v = 0, scale = 0;
    /* A comma followed by exactly three digits groups thousands; a period is decimal. */
    for (size_t i = 0; i < n; i++) {
        char c = s[i];
        if (c >= '0' && c <= '9') {
            if (scale > 0) {
                v += (c - '0') * scale;
                scale /= 10;
            } else {
                v = v * 10 + (c - '0');
            }
        } else if (c == '.') {
            scale = 0.1;
        }
    }
    return v;
}

/* The bit for a one-letter currency's letter (N, P, R, K), or 0. */
static unsigned currency_bit(char c)
{
    return c == 'N' ? 1 : c == 'P' ? 2 : c == 'R' ? 4 : c == 'K' ? 8 : 0;
}

/* Which one-letter currencies the text names in words ("naira", "pesos",
 * "rand", "kwacha") or uses with a figure in thousands ("N1,350"): the
 * bits of currency_bit, and 16 to say the text was read. */
static unsigned currencies_named(const char *s, size_t n)
{
    static const struct {
        const char *w;
        unsigned bit;
    } words[] = {{"naira", 1}, {"Naira", 1}, {"peso", 2},   {"Peso", 2},  {"Philippine", 2},
                 {" rand", 4}, {"Rand ", 4}, {"kwacha", 8}};
    unsigned named = 16;
    for (size_t k = 0; k < sizeof words / sizeof *words; k++)
        if (!(named & words[k].bit) && memmem(s, n, words[k].w, strlen(words[k].w)))
            named |= words[k].bit;
    /* (or writes it so with thousands elsewhere: "N1,350 per litre ...
     * N820 a year ago") */
    for (size_t i = 1; i + 4 < n; i++) {
        if (!currency_bit(s[i]) || (s[i - 1] != ' ' && s[i - 1] != '(') || s[i + 1] < '1' || s[i + 1] > '9')
            continue;
        size_t k = i + 1;
        while (k < n && k < i + 4 && s[k] >= '0' && s[k] <= '9')
            k++;
        if (k + 3 < n && s[k] == ',' && s[k + 1] >= '0' && s[k + 1] <= '9' && s[k + 2] >= '0' && s[k + 2] <= '9' &&
            s[k + 3] >= '0' && s[k + 3] <= '9')
            named |= currency_bit(s[i]);
    }
    return named;
}

/* Scan a word from i: letters, digits, inner apostrophes, abbreviation periods. */
/* "Sh412", "KSh2.5bn", "Rs500", "Tk12,500", "RM600": a currency's letters written
 * against the figure, in the word [a,b) of text s (length n). Returns their
 * length, or 0. The one-letter rand, naira, peso and kwacha ("R9.4
 * billion", "N1.8bn", "P860 million", "K25 million") only before a decimal
 * point, thousands, a scale letter or a scale word, so "N95 masks" and "R2"
 * stay words, unless the story names the currency (*named, from
 * currencies_named, read the first time a letter and a bare figure need it). */
static size_t money_prefix(const char *s, size_t n, size_t a, size_t b, unsigned *named)
{
    static const char *const pre[] = {"Sh", "Shs", "KSh", "Ksh", "TSh", "USh", "Rs", "Tk", "Rp", "RM", NULL};
    const char *w = s + a;
    size_t wn = b - a;
    for (const char *const *p = pre; *p; p++) {
        size_t l = strlen(*p);
        if (wn > l && memcmp(w, *p, l) == 0 && w[l] >= '0' && w[l] <= '9')
            return l;
    }
    unsigned bit = currency_bit(w[0]);
    if (wn < 2 || !bit)
        return 0;
    size_t k = 1;
    while (k < wn && w[k] >= '0' && w[k] <= '9')
        k++;
    if (k == 1)
        return 0;
    /* (any figure where the story names the currency in words: "a P15
     * minimum fare" beside "pesos"; not "N95 masks") */
    if (k == wn && !*named)
        *named = currencies_named(s, n);
    if (k == wn && (*named & bit) && !(b + 5 <= n && memcmp(s + b, " mask", 5) == 0) &&
        !(b + 12 <= n && memcmp(s + b, " respirator", 11) == 0))
        return 1;
    if (k < wn) /* "N1bn", "R3m" */
        return (wn - k == 2 && (w[k] == 'b' || w[k] == 't') && w[k + 1] == 'n') || (wn - k == 1 && w[k] == 'm') ? 1 : 0;
    if (b + 1 < n && (s[b] == '.' || s[b] == ',') && s[b + 1] >= '0' && s[b + 1] <= '9')
        return 1; /* "R9.4", "R3,000" */
    static const char *const scale[] = {" million", " billion", " trillion", " crore", " bn", " m ", NULL};
    for (const char *const *p = scale; *p; p++) {
        size_t l = strlen(*p);
        if (b + l <= n && memcmp(s + b, *p, l) == 0)
            return 1;
    }
    return 0;
}

/* The length of a website's last part at s[i] ("ie" in "Daft.ie", "com"
 * in "Booking.com"), when a letter, digit or "@" does not follow; else 0. */
size_t sift_domain_suffix(const char *s, size_t n, size_t i)
{
    /* (not "it", "in", "es", "de": words a missing space could join) */
    static const char *const tlds[] = {"com", "org", "net", "ie", "ca", "uk", "au", "nz", "io", "fr",
                                       "nl", "za", "ng", "ke", "gov", "edu", "info", NULL};
    for (const char *const *t = tlds; *t; t++) {
        size_t l = strlen(*t);
        if (i + l <= n && memcmp(s + i, *t, l) == 0 &&
            (i + l == n || !(isalnum((unsigned char)s[i + l]) || s[i + l] == '@' || (unsigned char)s[i + l] >= 0x80)))
            return l;
    }
    return 0;
}

static size_t scan_word(doc *d, size_t i, uint32_t *flags)
{
    const char *s = d->text;
    size_t n = d->len, start = i;
    int32_t cp;
    size_t k;
    int letters = 0, uppers = 0, lowers = 0, digits = 0;
    while (i < n) {
        int c = cls_at(s, n, i, &cp, &k);
        if (is_letter(c) || c == SIFT_CH_DIGIT) {
            letters += is_letter(c);
            uppers += c == SIFT_CH_UPPER;
            lowers += c == SIFT_CH_LOWER;
            digits += c == SIFT_CH_DIGIT;
            i += k;
            continue;
        }
        if (is_apos(cp) && i > start) {
            int32_t cp2;
            size_t k2;
            int c2 = cls_at(s, n, i + k, &cp2, &k2);
            if (!is_letter(c2))
                break;
            /* possessive 's / ’s ends the word here */
            if ((cp2 == 's' || cp2 == 'S')) {
                int32_t cp3;
                size_t k3;
                int c3 = cls_at(s, n, i + k + k2, &cp3, &k3);
                if (!is_letter(c3) && c3 != SIFT_CH_DIGIT)
                    break;
            }
            i += k;
            continue;
        }
        /* a period inside an abbreviation like U.S. or a.m. */
        if (cp == '.' && i > start) {
            int32_t cp2;
            size_t k2;
            int c2 = cls_at(s, n, i + 1, &cp2, &k2);
            int32_t cp3;
            size_t k3;
            (void)cls_at(s, n, i + 1 + k2, &cp3, &k3);
            if (is_letter(c2) && i - start <= 2 && (cp3 == '.') && letters <= 2) {
                i += 1;
                continue;
            }
            /* a decimal inside a name of letters and figures: "PM2.5",
             * "v2.1" (not "No.5", whose period follows a letter) */
            unsigned named = 0;
            if (c2 == SIFT_CH_DIGIT && letters > 0 && s[i - 1] >= '0' && s[i - 1] <= '9' &&
                !money_prefix(s, n, start, i, &named)) { /* (not "N2.5 billion", "Rs2.5") */
                digits++;
                i += 1;
                continue;
            }
            /* a website by its address: "Daft.ie", "Rentals.ca",
             * "Booking.com", "Gov.uk" */
            size_t tl = sift_domain_suffix(s, n, i + 1);
            if (tl && letters >= 2) {
                letters += (int)tl;
                lowers += (int)tl;
                i += 1 + tl;
                continue;
            }
        }
        break;
    }
    if (uppers && (s[start] >= 'A' && s[start] <= 'Z'))
        *flags |= TF_CAP;
    else if (uppers) {
        int32_t c0;
        size_t k0;
        if (cls_at(s, n, start, &c0, &k0) == SIFT_CH_UPPER)
            *flags |= TF_CAP;
    }
    /* "easyJet", "eBay", "iPhone": a brand written with its capital inside
     * is a name (not "mRNA", "kWh", "pH": no small letters after it) */
    if (!(*flags & TF_CAP) && uppers == 1 && !digits && i - start >= 4 && s[start] >= 'a' && s[start] <= 'z') {
        size_t u = start;
        while (u < i && s[u] >= 'a' && s[u] <= 'z')
            u++;
        if (u + 2 < i && s[u] >= 'A' && s[u] <= 'Z' && s[u + 1] >= 'a' && s[u + 1] <= 'z' && s[u + 2] >= 'a' &&
            s[u + 2] <= 'z')
            *flags |= TF_CAP;
        /* "d'Estudis", "l'Hospitalet", "d'Ivoire": an elided particle
         * before a capital, a word of a name */
        size_t q = start + 1 + (s[start + 1] == '\'' ? 0 : 2); /* (or the 3 bytes of U+2019) */
        if ((s[start] == 'd' || s[start] == 'l') &&
            (s[start + 1] == '\'' || (s[start + 1] == '\xe2' && s[start + 2] == '\x80' && s[start + 3] == '\x99')) &&
            q + 1 < i && s[q + 1] >= 'A' && s[q + 1] <= 'Z')
            *flags |= TF_CAP;
    }
    if (uppers >= 2 && lowers == 0)
        *flags |= TF_ALLCAPS;
    if (digits)
        *flags |= TF_DIGIT;
    return i;
}

/* Decide whether the period after word [a,b) belongs to it (abbreviation). */
static int takes_period(doc *d, size_t a, size_t b)
{
    const char *s = d->text;
    if (b >= d->len || s[b] != '.')
        return 0;
    size_t n = b - a;
    /* an initial: one uppercase letter */
    if (n == 1 && s[a] >= 'A' && s[a] <= 'Z')
        return 1;
    /* inner periods already taken: U.S -> U.S. (not a website's
     * address: "Rentals.ca." ends its sentence) */
    if (memchr(s + a, '.', n)) {
        size_t dot = b;
        while (s[dot - 1] != '.')
            dot--;
        return sift_domain_suffix(s, b, dot) != b - dot;
    }
    char low[48];
    if (n + 2 > sizeof low)
        return 0;
    size_t m = sift_utf8_lower(s + a, n, low, sizeof low - 1);
    low[m] = '.';
    low[m + 1] = '\0';
    sift_word_info w = sift_words_get(d->res->words, low, m + 1);
    /* "according to figures from the INSP. The World Health Organization":
     * after "the", a word in capitals is an acronym, not a title's short
     * form (asked of the abbreviations only) */
    int caps = (w.flags & W_ABBR) && n >= 3 && d->toks.n > 0 && sift_tok_is(d, d->toks.n - 1, "the");
    for (size_t k = a; k < b && caps; k++)
        caps = s[k] >= 'A' && s[k] <= 'Z';
    if (caps)
        return 0;
    /* "No. 10", "nos. 3 and 4", but "he said no. The group ...": the
     * number's abbreviation only before a figure */
    if ((w.flags & W_ABBR) && ((m == 2 && memcmp(low, "no", 2) == 0) || (m == 3 && memcmp(low, "nos", 3) == 0))) {
        size_t k = b + 1;
        while (k < d->len && s[k] == ' ')
            k++;
        return k < d->len && s[k] >= '0' && s[k] <= '9';
    }
    return (w.flags & W_ABBR) != 0;
}

/* A pronoun or a verb run together with what follows it ("We've",
 * "They’re", "Don't", "Can't"): a word the tokenizer keeps whole, never a
 * name. low[0..m) is the word in lower case. */
static int contraction(const doc *d, const char *low, size_t m)
{
    size_t a = m;
    while (a > 0 && low[a - 1] != '\'' && (unsigned char)low[a - 1] != 0x99)
        a--;
    if (a < 2 || m - a > 3)
        return 0;
    /* (the mark: ' or the right single quotation mark, e2 80 99) */
    size_t stem = low[a - 1] == '\'' ? a - 1 : a >= 3 ? a - 3 : 0;
    if (stem == 0 || (low[a - 1] != '\'' && memcmp(low + a - 3, "\xe2\x80\x99", 3) != 0))
        return 0;
    const char *tail = low + a;
    size_t tn = m - a;
    if (tn == 1 && *tail == 't')
        return low[stem - 1] == 'n';
    static const char *const tails[] = {"ve", "re", "ll", "d", "m", NULL};
    int known = 0;
    for (const char *const *x = tails; *x && !known; x++)
        known = tn == strlen(*x) && memcmp(tail, *x, tn) == 0;
    return known && (sift_words_get(d->res->words, low, stem).flags & (W_PRONOUN | W_STOP)) != 0;
}

static int push(doc *d, size_t a, size_t b, int kind, uint32_t flags)
{
    tok t;
    memset(&t, 0, sizeof t);
    t.start = (uint32_t)a;
    t.end = (uint32_t)b;
    t.kind = (uint8_t)kind;
    t.flags = flags;
    t.ment = -1;
    if (kind == TK_WORD || kind == TK_NUM) {
        char low[48];
        size_t m = sift_utf8_lower(d->text + a, b - a, low, sizeof low);
        if (m < sizeof low - 1)
            t.w = sift_words_get(d->res->words, low, m);
        if (kind == TK_WORD && m < sizeof low - 1 && contraction(d, low, m))
            t.w.flags |= W_NONAME;
    }
    if (kind == TK_NUM)
        t.num = parse_number(d->text + a, b - a);
    return SIFT_VEC_PUSH(d->arena, d->toks, t);
}

static int tokenize_text(doc *d)
{
    const char *s = d->text;
    size_t n = d->len, i = 0;
    uint32_t pend = TF_PARA; /* flags for the next token */
    unsigned named = 0; /* (currencies_named, when first needed) */
    while (i < n) {
        int32_t cp;
        size_t k;
        int c = cls_at(s, n, i, &cp, &k);
        if (c == SIFT_CH_NEWLINE) {
            pend |= TF_PARA | TF_SPACE;
            i += k;
            continue;
        }
        if (c == SIFT_CH_SPACE || c == SIFT_CH_OTHER) {
            pend |= TF_SPACE;
            i += k;
            continue;
        }
        size_t a = i;
        uint32_t fl = pend;
        pend = 0;
        int rc;
        if (c == SIFT_CH_DIGIT && s[i] >= '0' && s[i] <= '9') {
            size_t b = scan_number(s, n, i);
            /* ordinals and digit-letter mixes: 61st, 3rd, 1990s, COVID-19 stays split */
            size_t e = b;
            while (e < n && ((s[e] >= 'a' && s[e] <= 'z') || (s[e] >= 'A' && s[e] <= 'Z')))
                e++;
            if (e > b) {
                size_t sl = e - b;
                int ord = (sl == 2 && (!strncmp(s + b, "st", 2) || !strncmp(s + b, "nd", 2) ||
                                       !strncmp(s + b, "rd", 2) || !strncmp(s + b, "th", 2)));
                rc = push(d, a, e, TK_WORD, fl | TF_DIGIT | (ord ? TF_ORDINAL : 0));
                if (rc == 0 && ord)
                    d->toks.v[d->toks.n - 1].num = parse_number(s + a, b - a);
                i = e;
            } else {
                rc = push(d, a, b, TK_NUM, fl | TF_DIGIT);
                i = b;
            }
        } else if (is_letter(c) || c == SIFT_CH_DIGIT) {
            size_t b = scan_word(d, i, &fl);
            size_t pre = (fl & TF_DIGIT) ? money_prefix(s, n, a, b, &named) : 0;
            if (pre) { /* "Sh412 million": the figure is a number of its own */
                b = a + pre;
                fl &= ~(uint32_t)TF_DIGIT;
            }
            if (takes_period(d, a, b)) {
                b++;
                fl |= TF_ABBR;
            }
            rc = push(d, a, b, TK_WORD, fl);
            i = b;
        } else if (is_apos(cp) && i + k < n && (s[i + k] == 's' || s[i + k] == 'S') &&
                   d->toks.n > 0 && !(fl & TF_SPACE) &&
                   (i + k + 1 >= n || !is_letter(sift_utf8_class((unsigned char)s[i + k + 1])))) {
            rc = push(d, a, i + k + 1, TK_PUNCT, fl | TF_POSS);
            i += k + 1;
        } else if (is_quote(cp)) {
            uint32_t q = 0;
            int32_t nx;
            size_t nk;
            int nc = cls_at(s, n, i + k, &nx, &nk);
            int space_after = (i + k >= n) || nc == SIFT_CH_SPACE || nc == SIFT_CH_NEWLINE;
            int space_before = (fl & (TF_SPACE | TF_PARA)) || d->toks.n == 0;
            if (cp == 0x201C || cp == 0x201E || cp == 0x00AB || cp == 0x201F)
                q = TF_QOPEN;
            else if (cp == 0x201D || cp == 0x00BB)
                q = TF_QCLOSE;
            else if (cp == 0x2018)
                q = TF_QOPEN | TF_QSINGLE;
            else if (is_apos(cp)) {
                /* a straight or right single mark: apostrophe after a plural s */
                if (!space_before && d->toks.n && s[i - 1] == 's' && space_after)
                    q = TF_QCLOSE | TF_QSINGLE | TF_POSS;
                else if (space_before && !space_after && cp == '\'')
                    q = TF_QOPEN | TF_QSINGLE;
                else
                    q = TF_QCLOSE | TF_QSINGLE;
            } else {
                /* straight double quote: open before a word, close after one */
                if (space_before && !space_after)
                    q = TF_QOPEN;
                else if (!space_before && space_after)
                    q = TF_QCLOSE;
                else if (space_before)
                    q = TF_QOPEN;
                else
                    q = TF_QCLOSE;
            }
            rc = push(d, a, i + k, TK_QUOTE, fl | q);
            i += k;
        } else if (cp == 0x2014 || cp == 0x2013 || cp == 0x2015) {
            rc = push(d, a, i + k, TK_DASH, fl);
            i += k;
        } else if (cp == '-' && i + 1 < n && s[i + 1] == '-') {
            rc = push(d, a, i + 2, TK_DASH, fl);
            i += 2;
        } else if (cp == '-' && (fl & TF_SPACE) && i + 1 < n && (s[i + 1] == ' ')) {
            rc = push(d, a, i + 1, TK_DASH, fl);
            i += 1;
        } else if (cp == 0x2026) {
            rc = push(d, a, i + k, TK_ELLIPSIS, fl);
            i += k;
        } else if (cp == '.' && i + 2 < n && s[i + 1] == '.' && s[i + 2] == '.') {
            size_t b = i + 3;
            while (b < n && s[b] == '.')
                b++;
            rc = push(d, a, b, TK_ELLIPSIS, fl);
            i = b;
        } else if (cp == '$' || cp == 0x20AC || cp == 0x00A3 || cp == 0x00A5 || cp == '%' || cp == 0x00A2 ||
                   cp == 0x20B4 || cp == 0x20BD || cp == 0x20A6 || cp == 0x20B9) {
            rc = push(d, a, i + k, TK_SYM, fl);
            i += k;
        } else {
            rc = push(d, a, i + k, TK_PUNCT, fl);
            i += k;
        }
        if (rc != 0)
            return -1;
    }
    return 0;
}

/* The longest sentence kept whole, in tokens: it bounds the work every
 * sentence-level rule does, whatever the input. */

static int is_term(const doc *d, uint32_t i)
{
    const tok *t = &d->toks.v[i];
    if (t->kind == TK_ELLIPSIS)
        return 1;
    if (t->kind != TK_PUNCT || t->end - t->start != 1)
        return 0;
    char c = d->text[t->start];
    return c == '.' || c == '!' || c == '?';
}

/* Does a sentence start at token j (after a terminator)? */
static int starts_sentence(const doc *d, uint32_t j)
{
    const tok *t = &d->toks.v[j];
    if (t->flags & TF_PARA)
        return 1;
    if (!(t->flags & TF_SPACE))
        return 0;
    if (t->kind == TK_QUOTE || t->kind == TK_NUM || t->kind == TK_SYM || t->kind == TK_DASH)
        return 1;
    if (t->kind == TK_WORD && (t->flags & (TF_CAP | TF_DIGIT)))
        return 1;
    return 0;
}

static int split_sentences(doc *d)
{
    uint32_t n = (uint32_t)d->toks.n, start = 0, para = 0;
    for (uint32_t i = 0; i < n; i++) {
        int end_here = 0;
        if (i + 1 >= n) {
            end_here = 1;
        } else if (i + 1 - start >= SIFT_MAX_SENTENCE) {
            end_here = 1; /* a run-on "sentence" (a list, a table, garbage) is cut */
        } else if (d->toks.v[i + 1].flags & TF_PARA) {
            end_here = 1;
        } else if (is_term(d, i)) {
            /* closing quotes and brackets stay with the sentence they close */
            uint32_t j = i + 1;
            while (j < n && !(d->toks.v[j].flags & (TF_SPACE | TF_PARA)) &&
                   ((d->toks.v[j].kind == TK_QUOTE && (d->toks.v[j].flags & TF_QCLOSE)) ||
                    (d->toks.v[j].kind == TK_PUNCT && d->text[d->toks.v[j].start] == ')')))
                j++;
            if (j >= n || starts_sentence(d, j)) {
                i = j - 1;
                end_here = 1;
            }
        } else if ((d->toks.v[i].flags & TF_ABBR) && (d->toks.v[i].w.flags & W_ABBR_END)) {
            /* "in the U.S. The talks ..." : ends when a function word starts anew */
            const tok *nx = &d->toks.v[i + 1];
            int clock = sift_tok_is(d, i, "a.m.") || sift_tok_is(d, i, "p.m.");
            if ((nx->flags & TF_CAP) && (nx->w.flags & (W_STOP | W_PRONOUN)) &&
                !(nx->w.flags & W_NONAME))
                end_here = 1;
            else if (nx->kind == TK_QUOTE && (nx->flags & TF_QOPEN))
                end_here = 1;
            else if (clock && (nx->flags & TF_CAP) && !(nx->w.flags & (W_NONAME | W_MONTH)))
                end_here = 1;
        } else if ((d->toks.v[i].flags & TF_ABBR) && (d->toks.v[i].w.flags & W_MONTH) &&
                   d->toks.v[i + 1].kind == TK_WORD && (d->toks.v[i + 1].flags & TF_CAP) &&
                   (d->toks.v[i + 1].flags & TF_SPACE) && !(d->toks.v[i + 1].w.flags & W_MONTH)) {
            end_here = 1; /* "the village of Santa Rita do Mar. Several fishermen": a month's short form
                           * is followed by its day, not a capitalised word */
        } else if ((d->toks.v[i].flags & TF_ABBR) && d->toks.v[i].end - d->toks.v[i].start == 2 &&
                   (d->toks.v[i + 1].flags & TF_CAP) && (d->toks.v[i + 1].w.flags & W_PRONOUN)) {
            end_here = 1; /* "wrote on X. He urged": an initial is followed by a name, not "He" */
        }
        if (end_here) {
            sent st = {start, i + 1, para, 0};
            if (SIFT_VEC_PUSH(d->arena, d->sents, st) != 0)
                return -1;
            for (uint32_t k = start; k <= i; k++)
                d->toks.v[k].sent = (uint32_t)(d->sents.n - 1);
            d->toks.v[start].flags |= TF_SENT;
            start = i + 1;
            if (i + 1 < n && (d->toks.v[i + 1].flags & TF_PARA))
                para++;
        }
    }
    return 0;
}

/* "the think tank said", "a Jakarta-based think-tank": a verb that opens
 * a compound noun is neither verb nor cue there, for every stage after. */
static void compound_nouns(doc *d)
{
    for (uint32_t i = 0; i + 1 < d->toks.n; i++) {
        if (!(d->toks.v[i].w.flags & W_CUE) || !sift_tok_is(d, i, "think"))
            continue;
        uint32_t n = i + 1 + (i + 2 < d->toks.n && sift_is_punct(d, i + 1, '-'));
        if (sift_tok_is(d, n, "tank") || sift_tok_is(d, n, "tanks"))
            d->toks.v[i].w.flags &= ~(W_CUE | W_CUE_SAY | W_VERB);
    }
}

int sift_tokenize(doc *d)
{
    if (tokenize_text(d) != 0)
        return -1;
    compound_nouns(d);
    if (d->toks.n == 0)
        return 0;
    return split_sentences(d);
}
