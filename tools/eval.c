/*
 * sift-eval: score `sift analyze --format json` output against gold files.
 *
 *   sift-eval [--verbose] GOLD1.json PRED1.json [GOLD2.json PRED2.json ...]
 *
 * A GOLD file has the shape of shared/seed/kursk-report.expected.json; a PRED file is one
 * analysis object per CONTRACT.md.  Offsets are ignored: items are matched by text only.
 * Counts are micro-averaged over all file pairs; --verbose adds a table per file and lists
 * every missed (FN) and spurious (FP) item.  The table goes to stdout, warnings to stderr.
 *
 * Exit status: 0 on success (also when a PRED file is empty or malformed: its gold items
 * all count as missed and a warning names it), 2 on usage errors or an unreadable gold file,
 * 1 when out of memory.
 *
 * Matching rules (all texts and names are normalised first, see normalise()):
 *   entities  same type (PERSON ORG GPE LOC NORP only), gold name == predicted name, else
 *             == one of the predicted mention texts; exact-name pairs are taken first.
 *   quotes    non-indirect quotes, token-overlap F1 >= 0.8, greedy by best overlap.
 *   speakers  matched quote pairs whose speakers match (names_match()).
 *   kinds     matched quote pairs whose kinds are equal, as an accuracy.
 *   reported  token-overlap F1 >= 0.5 and speakers match.
 *   dates     values equal (null == null) and texts equal or one a token run of the other.
 *   claims    values equal (|a-b| <= 1e-6*max(1,|gold|), null == null) and texts share a
 *             token holding a digit or have token-overlap F1 >= 0.5.
 *   claim-sources  matched claim pairs whose source names match.
 *   units     matched claims with a gold unit whose units are equal (casefold, final "s" cut).
 */
#include <jansson.h>
#include <math.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* ---- memory and strings: the tool exits on allocation failure ---------------------- */

static void *xrealloc(void *p, size_t n)
{
    void *q = realloc(p, n ? n : 1);
    if (!q) {
        fputs("sift-eval: out of memory\n", stderr);
        exit(1);
    }
    return q;
}

static char *xstrndup(const char *s, size_t n)
{
    char *d = xrealloc(NULL, n + 1);
    memcpy(d, s, n);
    d[n] = '\0';
    return d;
}

static char *xstrdup(const char *s) { return s ? xstrndup(s, strlen(s)) : NULL; }

/* A growable, always NUL-terminated byte string. */
typedef struct { char *s; size_t n, cap; } Buf;

static void buf_add(Buf *b, const char *s, size_t n)
{
    if (b->n + n + 1 > b->cap) {
        b->cap = (b->n + n + 1) * 2;
        b->s = xrealloc(b->s, b->cap);
    }
    memcpy(b->s + b->n, s, n);
    b->n += n;
    b->s[b->n] = '\0';
}

static void buf_printf(Buf *b, const char *fmt, ...)
{
    char small[256];
    va_list ap;
    va_start(ap, fmt);
    int len = vsnprintf(small, sizeof small, fmt, ap);
    va_end(ap);
    if (len < 0)
        return;
    if ((size_t)len < sizeof small) {
        buf_add(b, small, (size_t)len);
        return;
    }
    char *big = xrealloc(NULL, (size_t)len + 1);
    va_start(ap, fmt);
    vsnprintf(big, (size_t)len + 1, fmt, ap);
    va_end(ap);
    buf_add(b, big, (size_t)len);
    free(big);
}

/* Appends s in double quotes with control characters shown as spaces; NULL as null. */
static void buf_quoted(Buf *b, const char *s)
{
    if (!s) {
        buf_add(b, "null", 4);
        return;
    }
    buf_add(b, "\"", 1);
    for (; *s; s++)
        buf_add(b, (unsigned char)*s < 0x20 ? " " : s, 1);
    buf_add(b, "\"", 1);
}

static int ascii_lower(int c) { return c >= 'A' && c <= 'Z' ? c + ('a' - 'A') : c; }

static int ascii_caseeq(const char *a, const char *b)
{
    for (; *a && *b; a++, b++)
        if (ascii_lower((unsigned char)*a) != ascii_lower((unsigned char)*b))
            return 0;
    return *a == *b;
}

/* ---- normalisation ----------------------------------------------------------------- */

/* Byte length of the whitespace character at s (ASCII, U+00A0, U+2000..U+200A, U+202F,
 * U+205F, U+3000), or 0.  s is NUL-terminated, so the && chains never read past the end. */
static size_t space_len(const unsigned char *s)
{
    if (*s == ' ' || (*s >= '\t' && *s <= '\r'))
        return 1;
    if (s[0] == 0xC2 && s[1] == 0xA0)
        return 2;
    if (s[0] == 0xE2 && s[1] == 0x80 && ((s[2] >= 0x80 && s[2] <= 0x8A) || s[2] == 0xAF))
        return 3;
    if (s[0] == 0xE2 && s[1] == 0x81 && s[2] == 0x9F)
        return 3;
    if (s[0] == 0xE3 && s[1] == 0x80 && s[2] == 0x80)
        return 3;
    return 0;
}

/* Length of a quote mark (" ' “ ” ‘) starting at s[0..n), or 0. */
static size_t quote_at(const char *s, size_t n)
{
    const unsigned char *u = (const unsigned char *)s;
    if (n >= 1 && (u[0] == '"' || u[0] == '\''))
        return 1;
    if (n >= 3 && u[0] == 0xE2 && u[1] == 0x80 && (u[2] == 0x9C || u[2] == 0x9D || u[2] == 0x98))
        return 3;
    return 0;
}

/* Length of a quote mark or , . ; : ! ? ending s[0..n), or 0. */
static size_t trailer_before(const char *s, size_t n)
{
    if (n >= 1 && strchr(",.;:!?\"'", s[n - 1]))
        return 1;
    if (n >= 3 && quote_at(s + n - 3, 3) == 3)
        return 3;
    return 0;
}

/* Returns the normalised form of in (NULL reads as ""), a new string the caller frees:
 * whitespace runs (incl. U+00A0) become one space, ’ becomes ', ASCII is casefolded, then
 * leading quote marks and trailing quote marks / , . ; : ! ? are stripped until none is
 * left.  Names (name != 0) also lose a leading "the " and a trailing "'s". */
static char *normalise(const char *in, int name)
{
    const unsigned char *s = (const unsigned char *)(in ? in : "");
    Buf b = {0};
    int space = 0;
    buf_add(&b, "", 0);
    while (*s) {
        size_t k = space_len(s);
        if (k) {
            space = 1;
            s += k;
            continue;
        }
        if (space && b.n)
            buf_add(&b, " ", 1);
        space = 0;
        if (s[0] == 0xE2 && s[1] == 0x80 && s[2] == 0x99) {
            buf_add(&b, "'", 1);
            s += 3;
            continue;
        }
        char c = (char)ascii_lower(*s++);
        buf_add(&b, &c, 1);
    }
    size_t lo = 0, hi = b.n, olo, ohi;
    do {
        olo = lo, ohi = hi;
        while (lo < hi && b.s[lo] == ' ')
            lo++;
        while (hi > lo && b.s[hi - 1] == ' ')
            hi--;
        lo += quote_at(b.s + lo, hi - lo);
        hi -= trailer_before(b.s + lo, hi - lo);
        if (name && hi - lo > 4 && !memcmp(b.s + lo, "the ", 4))
            lo += 4;
        if (name && hi - lo > 2 && !memcmp(b.s + hi - 2, "'s", 2))
            hi -= 2;
    } while (lo != olo || hi != ohi);
    char *r = xstrndup(b.s + lo, hi - lo);
    free(b.s);
    return r;
}

/* ---- tokens ------------------------------------------------------------------------ */

/* Tokens are maximal runs of ASCII letters/digits and non-ASCII characters, except that
 * non-ASCII spaces and punctuation (U+0080..U+00BF but ª ² ³ µ ¹ º, × ÷, U+2000..U+206F,
 * U+2E00..U+2E7F, U+3000..U+303F, U+FEFF) separate tokens like ASCII punctuation does,
 * so that “freeze” and "freeze" give the same token.  w[i] point into mem. */
typedef struct { char **w; size_t n; char *mem; } Toks;

static int is_sep_cp(unsigned long cp)
{
    if (cp >= 0x80 && cp <= 0xBF)
        return !(cp == 0xAA || cp == 0xB2 || cp == 0xB3 || cp == 0xB5 || cp == 0xB9 || cp == 0xBA);
    return cp == 0xD7 || cp == 0xF7 || (cp >= 0x2000 && cp <= 0x206F) ||
           (cp >= 0x2E00 && cp <= 0x2E7F) || (cp >= 0x3000 && cp <= 0x303F) || cp == 0xFEFF;
}

/* Length of the character at s (1 for bytes that are not valid UTF-8); *word says whether
 * it belongs in a token. */
static size_t char_at(const unsigned char *s, int *word)
{
    if (*s < 0x80) {
        *word = (*s >= '0' && *s <= '9') || (*s >= 'a' && *s <= 'z') || (*s >= 'A' && *s <= 'Z');
        return 1;
    }
    size_t len = *s >= 0xF0 && *s <= 0xF4 ? 4 : *s >= 0xE0 ? 3 : *s >= 0xC2 && *s <= 0xDF ? 2 : 1;
    unsigned long cp = len == 2 ? *s & 0x1Fu : len == 3 ? *s & 0x0Fu : *s & 0x07u;
    for (size_t i = 1; i < len; i++) {
        if ((s[i] & 0xC0) != 0x80) {
            *word = 1;
            return 1;
        }
        cp = cp << 6 | (s[i] & 0x3Fu);
    }
    *word = len == 1 || !is_sep_cp(cp);
    return len;
}

static void tokenize(const char *s, Toks *t)
{
    size_t cap = 0;
    t->w = NULL;
    t->n = 0;
    t->mem = xstrdup(s ? s : "");
    unsigned char *p = (unsigned char *)t->mem;
    int in = 0;
    while (*p) {
        int word;
        size_t len = char_at(p, &word);
        if (word && !in) {
            if (t->n == cap) {
                cap = cap ? cap * 2 : 8;
                t->w = xrealloc(t->w, cap * sizeof *t->w);
            }
            t->w[t->n++] = (char *)p;
        }
        if (!word)
            memset(p, 0, len);
        in = word;
        p += len;
    }
}

static void toks_free(Toks *t)
{
    free(t->w);
    free(t->mem);
}

/* Token-overlap F1 of two bags of tokens: 2*common / (|a| + |b|); 0 when either is empty. */
static double overlap_f1(const Toks *a, const Toks *b)
{
    if (!a->n || !b->n)
        return 0;
    char *used = xrealloc(NULL, b->n);
    memset(used, 0, b->n);
    size_t common = 0;
    for (size_t i = 0; i < a->n; i++)
        for (size_t j = 0; j < b->n; j++)
            if (!used[j] && !strcmp(a->w[i], b->w[j])) {
                used[j] = 1;
                common++;
                break;
            }
    free(used);
    return 2.0 * (double)common / (double)(a->n + b->n);
}

/* Whether needle occurs in hay as a contiguous run of tokens (needle non-empty). */
static int toks_contain(const Toks *hay, const Toks *needle)
{
    if (!needle->n || needle->n > hay->n)
        return 0;
    for (size_t i = 0; i + needle->n <= hay->n; i++) {
        size_t k = 0;
        while (k < needle->n && !strcmp(hay->w[i + k], needle->w[k]))
            k++;
        if (k == needle->n)
            return 1;
    }
    return 0;
}

static int has_digit(const char *s) { return strpbrk(s, "0123456789") != NULL; }

static int share_digit_token(const Toks *a, const Toks *b)
{
    for (size_t i = 0; i < a->n; i++)
        if (has_digit(a->w[i]))
            for (size_t j = 0; j < b->n; j++)
                if (!strcmp(a->w[i], b->w[j]))
                    return 1;
    return 0;
}

/* ---- names ------------------------------------------------------------------------- */

static const char *const DETERMINERS[] = {"a", "an", "the", "some", "several", "many", "most",
                                          "all", "these", "those", "this", "that"};

static size_t skip_determiner(const Toks *t)
{
    if (t->n < 2)
        return 0;
    for (size_t i = 0; i < sizeof DETERMINERS / sizeof *DETERMINERS; i++)
        if (!strcmp(t->w[0], DETERMINERS[i]))
            return 1;
    return 0;
}

/* Whether two normalised names (NULL = no name) denote the same speaker or source: both
 * NULL; equal; or, once a leading determiner is dropped from each, equal token sequences or
 * one a suffix of the other ("zelensky" ~ "volodymyr zelensky", "officials" ~ "some
 * officials").  Names without tokens match only when equal. */
static int names_match(const char *a, const char *b)
{
    if (!a || !b)
        return !a && !b;
    if (!strcmp(a, b))
        return 1;
    Toks ta, tb;
    tokenize(a, &ta);
    tokenize(b, &tb);
    size_t sa = skip_determiner(&ta), sb = skip_determiner(&tb);
    size_t na = ta.n - sa, nb = tb.n - sb, m = na < nb ? na : nb;
    int r = m > 0;
    for (size_t k = 1; r && k <= m; k++)
        r = !strcmp(ta.w[ta.n - k], tb.w[tb.n - k]);
    toks_free(&ta);
    toks_free(&tb);
    return r;
}

/* Normalised name, or NULL for an absent or empty one. */
static char *norm_name_or_null(const char *s)
{
    if (!s)
        return NULL;
    char *n = normalise(s, 1);
    if (!*n) {
        free(n);
        return NULL;
    }
    return n;
}

/* Unit comparison key: trimmed, casefolded, one final "s" removed. */
static char *unit_key(const char *u)
{
    char *k = normalise(u, 0);
    size_t n = strlen(k);
    if (n > 1 && k[n - 1] == 's')
        k[n - 1] = '\0';
    return k;
}

/* ---- items ------------------------------------------------------------------------- */

enum { T_PERSON, T_ORG, T_GPE, T_LOC, T_NORP, NTYPES };
static const char *const TYPES[NTYPES] = {"PERSON", "ORG", "GPE", "LOC", "NORP"};

enum { V_NULL, V_NUM, V_BAD };

/* One gold or predicted item of any category; fields a category does not use stay zero.
 * Strings are owned by the item. */
typedef struct {
    char *raw;        /* text or name as given ("" when absent), for listings */
    char *norm;       /* normalised raw (names normalised as names) */
    Toks tok;         /* tokens of norm */
    char *who_raw;    /* speaker / source name as given (or resolved from an entity id) */
    char *who;        /* its normalised form; NULL = nobody (the outlet, a scare quote) */
    char *kind;       /* quotes: kind as given */
    char *value;      /* dates: value as given; NULL = null */
    char *unit;       /* claims: unit as given */
    int vstate;       /* claims: V_NULL, V_NUM or V_BAD (value neither null nor a number) */
    double v;         /* claims: value when V_NUM */
    int type;         /* entities: index into TYPES */
    char **alt;       /* entities: normalised mention texts */
    size_t nalt;
} Item;

typedef struct { Item *v; size_t n, cap; } List;

static Item *list_push(List *l, const char *raw, int name)
{
    if (l->n == l->cap) {
        l->cap = l->cap ? l->cap * 2 : 16;
        l->v = xrealloc(l->v, l->cap * sizeof *l->v);
    }
    Item *it = &l->v[l->n++];
    memset(it, 0, sizeof *it);
    it->raw = xstrdup(raw ? raw : "");
    it->norm = normalise(raw, name);
    tokenize(it->norm, &it->tok);
    return it;
}

static void set_who(Item *it, const char *name)
{
    it->who = norm_name_or_null(name);
    it->who_raw = it->who ? xstrdup(name) : NULL;
}

static void list_free(List *l)
{
    for (size_t i = 0; i < l->n; i++) {
        Item *it = &l->v[i];
        free(it->raw), free(it->norm), free(it->who_raw), free(it->who);
        free(it->kind), free(it->value), free(it->unit);
        toks_free(&it->tok);
        for (size_t k = 0; k < it->nalt; k++)
            free(it->alt[k]);
        free(it->alt);
    }
    free(l->v);
    memset(l, 0, sizeof *l);
}

/* ---- reading JSON ------------------------------------------------------------------ */

static const char *jstr(const json_t *o, const char *key)
{
    json_t *v = json_object_get(o, key);
    return json_is_string(v) ? json_string_value(v) : NULL;
}

static int type_index(const char *t)
{
    for (int i = 0; t && i < NTYPES; i++)
        if (ascii_caseeq(t, TYPES[i]))
            return i;
    return -1;
}

/* Name of the entity with id `id` in the predicted entities, or NULL. */
static const char *entity_name(const json_t *doc, const char *id)
{
    json_t *ents = json_object_get(doc, "entities");
    for (size_t i = 0; id && i < json_array_size(ents); i++) {
        json_t *e = json_array_get(ents, i);
        const char *eid = jstr(e, "id");
        if (eid && !strcmp(eid, id))
            return jstr(e, "name");
    }
    return NULL;
}

/* A speaker or source: the *_name field, else the name of the entity the id field cites. */
static const char *who_of(const json_t *doc, const json_t *o, const char *idkey, const char *namekey)
{
    const char *n = jstr(o, namekey);
    if (n && *n)
        return n;
    return entity_name(doc, jstr(o, idkey));
}

static int is_indirect(const json_t *q)
{
    const char *k = jstr(q, "kind");
    return k && ascii_caseeq(k, "indirect");
}

/* The lists one document yields, gold or predicted. */
enum { L_ENT, L_QUOTE, L_REP, L_DATE, L_CLAIM, NLISTS };

static void add_quote(List *l, const json_t *doc, const json_t *q)
{
    Item *it = list_push(l, jstr(q, "text"), 0);
    set_who(it, who_of(doc, q, "speaker", "speaker_name"));
    it->kind = xstrdup(jstr(q, "kind"));
}

/* Reads one document (gold when gold != 0) into lists[NLISTS].  doc may be NULL (a
 * crashed engine); missing or mistyped fields read as empty. */
static void load_doc(const json_t *doc, int gold, List *lists)
{
    if (gold) {
        json_t *ee = json_object_get(doc, "entities_expected");
        for (int t = 0; t < NTYPES; t++) {
            json_t *arr = json_object_get(ee, TYPES[t]);
            for (size_t i = 0; i < json_array_size(arr); i++) {
                json_t *e = json_array_get(arr, i);
                const char *name = json_is_string(e) ? json_string_value(e) : jstr(e, "name");
                if (name)
                    list_push(&lists[L_ENT], name, 1)->type = t;
            }
        }
    } else {
        json_t *ents = json_object_get(doc, "entities");
        for (size_t i = 0; i < json_array_size(ents); i++) {
            json_t *e = json_array_get(ents, i);
            int t = type_index(jstr(e, "type"));
            if (t < 0)
                continue;
            Item *it = list_push(&lists[L_ENT], jstr(e, "name"), 1);
            it->type = t;
            json_t *ms = json_object_get(e, "mentions");
            it->alt = xrealloc(NULL, (json_array_size(ms) + 1) * sizeof *it->alt);
            for (size_t k = 0; k < json_array_size(ms); k++) {
                const char *mt = jstr(json_array_get(ms, k), "text");
                if (mt)
                    it->alt[it->nalt++] = normalise(mt, 1);
            }
        }
    }

    json_t *quotes = json_object_get(doc, "quotes");
    for (size_t i = 0; i < json_array_size(quotes); i++) {
        json_t *q = json_array_get(quotes, i);
        if (json_is_object(q) && !is_indirect(q))
            add_quote(&lists[L_QUOTE], doc, q);
    }
    json_t *rep = json_object_get(doc, "reported");
    if (gold || json_is_array(rep)) {
        for (size_t i = 0; i < json_array_size(rep); i++)
            if (json_is_object(json_array_get(rep, i)))
                add_quote(&lists[L_REP], doc, json_array_get(rep, i));
    } else {
        for (size_t i = 0; i < json_array_size(quotes); i++) {
            json_t *q = json_array_get(quotes, i);
            if (json_is_object(q) && is_indirect(q))
                add_quote(&lists[L_REP], doc, q);
        }
    }

    json_t *dates = json_object_get(doc, "dates");
    for (size_t i = 0; i < json_array_size(dates); i++) {
        json_t *d = json_array_get(dates, i), *v = json_object_get(d, "value");
        if (!json_is_object(d))
            continue;
        Item *it = list_push(&lists[L_DATE], jstr(d, "text"), 0);
        if (json_is_string(v))
            it->value = xstrdup(json_string_value(v));
        else if (v && !json_is_null(v))
            it->value = json_dumps(v, JSON_ENCODE_ANY);
    }

    json_t *claims = json_object_get(doc, "claims");
    for (size_t i = 0; i < json_array_size(claims); i++) {
        json_t *c = json_array_get(claims, i), *v = json_object_get(c, "value");
        if (!json_is_object(c))
            continue;
        Item *it = list_push(&lists[L_CLAIM], jstr(c, "text"), 0);
        it->vstate = !v || json_is_null(v) ? V_NULL : json_is_number(v) ? V_NUM : V_BAD;
        it->v = json_is_number(v) ? json_number_value(v) : 0;
        it->unit = xstrdup(jstr(c, "unit"));
        set_who(it, who_of(doc, c, "source", "source_name"));
    }
}

/* ---- greedy one-to-one matching ---------------------------------------------------- */

/* Score of pairing gold g with predicted p, or < 0 when they may not pair; *tie breaks
 * equal scores (higher first, e.g. "the speaker also matches"). */
typedef double (*ScoreFn)(const Item *g, const Item *p, int *tie);

typedef struct { double s; int tie; size_t g, p; } Pair;

static int pair_cmp(const void *a, const void *b)
{
    const Pair *x = a, *y = b;
    if (x->s != y->s)
        return x->s > y->s ? -1 : 1;
    if (x->tie != y->tie)
        return x->tie > y->tie ? -1 : 1;
    if (x->g != y->g)
        return x->g < y->g ? -1 : 1;
    return x->p < y->p ? -1 : x->p > y->p;
}

/* Pairs gold and predicted items one-to-one: every eligible pair is taken in order of
 * decreasing score (ties: tie-breaker, then file order) unless either side is already
 * taken.  gm[i] is the predicted index paired with gold i, pm[j] the gold index paired
 * with predicted j, -1 when unpaired.  Deterministic for the same input. */
static void match(const List *G, const List *P, ScoreFn f, long *gm, long *pm)
{
    Pair *v = NULL;
    size_t n = 0, cap = 0;
    for (size_t i = 0; i < G->n; i++)
        for (size_t j = 0; j < P->n; j++) {
            int tie = 0;
            double s = f(&G->v[i], &P->v[j], &tie);
            if (s < 0)
                continue;
            if (n == cap) {
                cap = cap ? cap * 2 : 64;
                v = xrealloc(v, cap * sizeof *v);
            }
            v[n++] = (Pair){s, tie, i, j};
        }
    if (n)
        qsort(v, n, sizeof *v, pair_cmp);
    for (size_t i = 0; i < G->n; i++)
        gm[i] = -1;
    for (size_t j = 0; j < P->n; j++)
        pm[j] = -1;
    for (size_t k = 0; k < n; k++)
        if (gm[v[k].g] < 0 && pm[v[k].p] < 0) {
            gm[v[k].g] = (long)v[k].p;
            pm[v[k].p] = (long)v[k].g;
        }
    free(v);
}

static double score_entity(const Item *g, const Item *p, int *tie)
{
    (void)tie;
    if (g->type != p->type || !*g->norm)
        return -1;
    if (!strcmp(g->norm, p->norm))
        return 2;
    for (size_t k = 0; k < p->nalt; k++)
        if (!strcmp(g->norm, p->alt[k]))
            return 1;
    return -1;
}

static double score_quote(const Item *g, const Item *p, int *tie)
{
    double f = overlap_f1(&g->tok, &p->tok);
    *tie = names_match(g->who, p->who);
    return f >= 0.8 ? f : -1;
}

static double score_reported(const Item *g, const Item *p, int *tie)
{
    double f = overlap_f1(&g->tok, &p->tok);
    (void)tie;
    return f >= 0.5 && names_match(g->who, p->who) ? f : -1;
}

static int dates_equal(const char *a, const char *b)
{
    if (!a || !b)
        return !a && !b;
    char *x = normalise(a, 0), *y = normalise(b, 0);
    int r = !strcmp(x, y);
    free(x), free(y);
    return r;
}

static double score_date(const Item *g, const Item *p, int *tie)
{
    (void)tie;
    if (!dates_equal(g->value, p->value))
        return -1;
    if (*g->norm && !strcmp(g->norm, p->norm))
        return 2;
    if (toks_contain(&g->tok, &p->tok) || toks_contain(&p->tok, &g->tok))
        return overlap_f1(&g->tok, &p->tok);
    return -1;
}

static int values_equal(const Item *g, const Item *p)
{
    if (g->vstate == V_NULL || p->vstate == V_NULL)
        return g->vstate == p->vstate;
    if (g->vstate != V_NUM || p->vstate != V_NUM)
        return 0;
    return fabs(p->v - g->v) <= 1e-6 * fmax(1.0, fabs(g->v));
}

static double score_claim(const Item *g, const Item *p, int *tie)
{
    if (!values_equal(g, p))
        return -1;
    double f = overlap_f1(&g->tok, &p->tok);
    *tie = names_match(g->who, p->who);
    return share_digit_token(&g->tok, &p->tok) || f >= 0.5 ? f : -1;
}

/* ---- scoring a document ------------------------------------------------------------ */

typedef struct { long tp, fp, fn; } Counts;
typedef struct { long ok, total; } Acc;

enum { C_ENT, C_QUOTE, C_SPEAKER, C_REP, C_DATE, C_CLAIM, C_SOURCE, NCATS };

typedef struct {
    Counts c[NCATS];
    Counts type[NTYPES];
    Acc kinds, units;
} Score;

/* One GOLD/PRED pair: its items and how they were paired. */
typedef struct {
    List g[NLISTS], p[NLISTS];
    long *gm[NLISTS], *pm[NLISTS];
} Doc;

static const ScoreFn SCORERS[NLISTS] = {score_entity, score_quote, score_reported, score_date,
                                        score_claim};

static int units_match(const char *g, const char *p)
{
    if (!p)
        return 0;
    char *a = unit_key(g), *b = unit_key(p);
    int r = !strcmp(a, b);
    free(a), free(b);
    return r;
}

static int has_unit(const Item *it) { return it->unit && *it->unit; }

static void count_pairs(const Doc *d, int l, Counts *c)
{
    for (size_t i = 0; i < d->g[l].n; i++)
        c->tp += d->gm[l][i] >= 0;
    c->fn += (long)d->g[l].n - c->tp;
    c->fp += (long)d->p[l].n - c->tp;
}

/* Pairs the items of d and counts the outcome into s (which the caller zeroed). */
static void score_doc(Doc *d, Score *s)
{
    for (int l = 0; l < NLISTS; l++) {
        d->gm[l] = xrealloc(NULL, (d->g[l].n + 1) * sizeof(long));
        d->pm[l] = xrealloc(NULL, (d->p[l].n + 1) * sizeof(long));
        match(&d->g[l], &d->p[l], SCORERS[l], d->gm[l], d->pm[l]);
    }
    count_pairs(d, L_ENT, &s->c[C_ENT]);
    count_pairs(d, L_QUOTE, &s->c[C_QUOTE]);
    count_pairs(d, L_REP, &s->c[C_REP]);
    count_pairs(d, L_DATE, &s->c[C_DATE]);
    count_pairs(d, L_CLAIM, &s->c[C_CLAIM]);

    for (size_t i = 0; i < d->g[L_ENT].n; i++) {
        Counts *t = &s->type[d->g[L_ENT].v[i].type];
        if (d->gm[L_ENT][i] >= 0)
            t->tp++;
        else
            t->fn++;
    }
    for (size_t j = 0; j < d->p[L_ENT].n; j++)
        if (d->pm[L_ENT][j] < 0)
            s->type[d->p[L_ENT].v[j].type].fp++;

    Counts *sp = &s->c[C_SPEAKER], *so = &s->c[C_SOURCE];
    for (size_t i = 0; i < d->g[L_QUOTE].n; i++) {
        long j = d->gm[L_QUOTE][i];
        if (j < 0)
            continue;
        const Item *g = &d->g[L_QUOTE].v[i], *p = &d->p[L_QUOTE].v[j];
        sp->tp += names_match(g->who, p->who);
        s->kinds.total++;
        s->kinds.ok += g->kind && p->kind ? ascii_caseeq(g->kind, p->kind) : !g->kind && !p->kind;
    }
    sp->fn = (long)d->g[L_QUOTE].n - sp->tp;
    sp->fp = (long)d->p[L_QUOTE].n - sp->tp;
    for (size_t i = 0; i < d->g[L_CLAIM].n; i++) {
        long j = d->gm[L_CLAIM][i];
        if (j < 0)
            continue;
        const Item *g = &d->g[L_CLAIM].v[i], *p = &d->p[L_CLAIM].v[j];
        so->tp += names_match(g->who, p->who);
        if (has_unit(g)) {
            s->units.total++;
            s->units.ok += units_match(g->unit, p->unit);
        }
    }
    so->fn = (long)d->g[L_CLAIM].n - so->tp;
    so->fp = (long)d->p[L_CLAIM].n - so->tp;
}

static void doc_free(Doc *d)
{
    for (int l = 0; l < NLISTS; l++) {
        list_free(&d->g[l]);
        list_free(&d->p[l]);
        free(d->gm[l]);
        free(d->pm[l]);
    }
}

static void score_add(Score *into, const Score *s)
{
    for (int c = 0; c < NCATS; c++) {
        into->c[c].tp += s->c[c].tp;
        into->c[c].fp += s->c[c].fp;
        into->c[c].fn += s->c[c].fn;
    }
    for (int t = 0; t < NTYPES; t++) {
        into->type[t].tp += s->type[t].tp;
        into->type[t].fp += s->type[t].fp;
        into->type[t].fn += s->type[t].fn;
    }
    into->kinds.ok += s->kinds.ok, into->kinds.total += s->kinds.total;
    into->units.ok += s->units.ok, into->units.total += s->units.total;
}

/* ---- output ------------------------------------------------------------------------ */

/* 100*num/den with one decimal, or "-" when den is 0. */
static const char *pct(char *buf, size_t n, long num, long den)
{
    if (den)
        snprintf(buf, n, "%.1f", 100.0 * (double)num / (double)den);
    else
        snprintf(buf, n, "-");
    return buf;
}

static void print_counts(const char *name, const Counts *c)
{
    char p[16], r[16], f[16];
    printf("%-15s%5ld %5ld %5ld %6s %6s %6s\n", name, c->tp, c->fp, c->fn,
           pct(p, sizeof p, c->tp, c->tp + c->fp), pct(r, sizeof r, c->tp, c->tp + c->fn),
           pct(f, sizeof f, 2 * c->tp, 2 * c->tp + c->fp + c->fn));
}

static void print_acc(const char *name, const Acc *a)
{
    char p[16];
    pct(p, sizeof p, a->ok, a->total);
    printf("%-15s%ld/%ld correct (%s%s)\n", name, a->ok, a->total, p, a->total ? "%" : "");
}

static void print_table(const Score *s)
{
    static const char *const TYPE_ROWS[NTYPES] = {"  PERSON", "  ORG", "  GPE", "  LOC", "  NORP"};
    printf("%-15s%5s %5s %5s %6s %6s %6s\n", "category", "TP", "FP", "FN", "P", "R", "F1");
    print_counts("entities", &s->c[C_ENT]);
    for (int t = 0; t < NTYPES; t++)
        print_counts(TYPE_ROWS[t], &s->type[t]);
    print_counts("quotes", &s->c[C_QUOTE]);
    print_counts("speakers", &s->c[C_SPEAKER]);
    print_acc("kinds", &s->kinds);
    print_counts("reported", &s->c[C_REP]);
    print_counts("dates", &s->c[C_DATE]);
    print_counts("claims", &s->c[C_CLAIM]);
    print_counts("claim-sources", &s->c[C_SOURCE]);
    print_acc("units", &s->units);
}

/* Appends " (closest prediction, overlap F: "text" [speaker])" for an unmatched gold span
 * when some prediction shares tokens with it. */
static void closest(Buf *b, const Item *g, const List *P)
{
    double best = 0;
    const Item *bp = NULL;
    for (size_t j = 0; j < P->n; j++) {
        double f = overlap_f1(&g->tok, &P->v[j].tok);
        if (f > best)
            best = f, bp = &P->v[j];
    }
    if (!bp)
        return;
    buf_printf(b, " (closest prediction, overlap %.2f: ", best);
    buf_quoted(b, bp->raw);
    buf_add(b, " [", 2);
    buf_quoted(b, bp->who_raw);
    buf_add(b, "])", 2);
}

static void list_span(Buf *b, const char *file, const char *tag, const char *cat, const Item *it,
                      const List *others)
{
    buf_printf(b, "%s: %s %s ", file, tag, cat);
    buf_quoted(b, it->raw);
    buf_add(b, " [", 2);
    buf_quoted(b, it->who_raw);
    buf_add(b, "]", 1);
    if (others)
        closest(b, it, others);
    buf_add(b, "\n", 1);
}

static void list_claim(Buf *b, const char *file, const char *tag, const Item *it)
{
    buf_printf(b, "%s: %s claims ", file, tag);
    buf_quoted(b, it->raw);
    if (it->vstate == V_NUM)
        buf_printf(b, " value=%.15g", it->v);
    else
        buf_printf(b, " value=%s", it->vstate == V_NULL ? "null" : "(not a number)");
    buf_add(b, " unit=", 6);
    buf_quoted(b, it->unit);
    buf_add(b, " source=", 8);
    buf_quoted(b, it->who_raw);
    buf_add(b, "\n", 1);
}

/* Appends a "wrong attribute" line for a matched pair: "FILE: TAG CAT "text": gold X, predicted Y". */
static void list_wrong(Buf *b, const char *file, const char *tag, const char *cat, const char *text,
                       const char *gv, const char *pv)
{
    buf_printf(b, "%s: %s %s ", file, tag, cat);
    buf_quoted(b, text);
    buf_add(b, ": gold ", 7);
    buf_quoted(b, gv);
    buf_add(b, ", predicted ", 12);
    buf_quoted(b, pv);
    buf_add(b, "\n", 1);
}

/* Lists every FN and FP item of d, each line prefixed with file. */
static void list_errors(Buf *b, const Doc *d, const char *file)
{
    const List *G, *P;
    G = &d->g[L_ENT], P = &d->p[L_ENT];
    for (size_t i = 0; i < G->n; i++)
        if (d->gm[L_ENT][i] < 0)
            buf_printf(b, "%s: FN entities %s ", file, TYPES[G->v[i].type]), buf_quoted(b, G->v[i].raw),
                buf_add(b, "\n", 1);
    for (size_t j = 0; j < P->n; j++)
        if (d->pm[L_ENT][j] < 0)
            buf_printf(b, "%s: FP entities %s ", file, TYPES[P->v[j].type]), buf_quoted(b, P->v[j].raw),
                buf_add(b, "\n", 1);

    static const int SPANS[2] = {L_QUOTE, L_REP};
    static const char *const SPAN_NAMES[2] = {"quotes", "reported"};
    for (int k = 0; k < 2; k++) {
        int l = SPANS[k];
        G = &d->g[l], P = &d->p[l];
        for (size_t i = 0; i < G->n; i++)
            if (d->gm[l][i] < 0)
                list_span(b, file, "FN", SPAN_NAMES[k], &G->v[i], P);
        for (size_t j = 0; j < P->n; j++)
            if (d->pm[l][j] < 0)
                list_span(b, file, "FP", SPAN_NAMES[k], &P->v[j], NULL);
        if (l != L_QUOTE)
            continue;
        for (size_t i = 0; i < G->n; i++) {
            long j = d->gm[l][i];
            if (j < 0)
                continue;
            const Item *g = &G->v[i], *p = &P->v[j];
            if (!names_match(g->who, p->who))
                list_wrong(b, file, "FN+FP", "speakers", g->raw, g->who_raw, p->who_raw);
            if (g->kind && p->kind ? !ascii_caseeq(g->kind, p->kind) : g->kind != p->kind)
                list_wrong(b, file, "WRONG", "kinds", g->raw, g->kind, p->kind);
        }
    }

    G = &d->g[L_DATE], P = &d->p[L_DATE];
    for (int side = 0; side < 2; side++) {
        const List *L = side ? P : G;
        const long *m = side ? d->pm[L_DATE] : d->gm[L_DATE];
        for (size_t i = 0; i < L->n; i++)
            if (m[i] < 0) {
                buf_printf(b, "%s: %s dates ", file, side ? "FP" : "FN");
                buf_quoted(b, L->v[i].raw);
                buf_add(b, " value=", 7);
                buf_quoted(b, L->v[i].value);
                buf_add(b, "\n", 1);
            }
    }

    G = &d->g[L_CLAIM], P = &d->p[L_CLAIM];
    for (size_t i = 0; i < G->n; i++)
        if (d->gm[L_CLAIM][i] < 0)
            list_claim(b, file, "FN", &G->v[i]);
    for (size_t j = 0; j < P->n; j++)
        if (d->pm[L_CLAIM][j] < 0)
            list_claim(b, file, "FP", &P->v[j]);
    for (size_t i = 0; i < G->n; i++) {
        long j = d->gm[L_CLAIM][i];
        if (j < 0)
            continue;
        const Item *g = &G->v[i], *p = &P->v[j];
        if (!names_match(g->who, p->who))
            list_wrong(b, file, "FN+FP", "claim-sources", g->raw, g->who_raw, p->who_raw);
        if (has_unit(g) && !units_match(g->unit, p->unit))
            list_wrong(b, file, "WRONG", "units", g->raw, g->unit, p->unit);
    }
}

/* ---- main -------------------------------------------------------------------------- */

static const char USAGE[] =
    "usage: sift-eval [--verbose] GOLD1.json PRED1.json [GOLD2.json PRED2.json ...]\n"
    "Scores `sift analyze --format json` output (PRED) against gold files (GOLD).\n"
    "  -v, --verbose  also print a table per file and list every FN / FP item\n";

/* Loads a PRED file; on failure warns naming it and returns NULL (all gold counts missed). */
static json_t *load_pred(const char *path)
{
    json_error_t err;
    json_t *doc = json_load_file(path, 0, &err);
    if (!doc) {
        fprintf(stderr, "sift-eval: warning: %s: empty, unreadable or malformed prediction (%s); "
                        "counting all gold items as missed\n", path, err.text);
        return NULL;
    }
    if (!json_is_object(doc)) {
        fprintf(stderr, "sift-eval: warning: %s: prediction is not a JSON object; "
                        "counting all gold items as missed\n", path);
        json_decref(doc);
        return NULL;
    }
    static const char *const FIELDS[] = {"entities", "quotes", "dates", "claims"};
    for (size_t i = 0; i < sizeof FIELDS / sizeof *FIELDS; i++)
        if (!json_is_array(json_object_get(doc, FIELDS[i])))
            fprintf(stderr, "sift-eval: warning: %s: \"%s\" is missing or not an array; "
                            "read as empty\n", path, FIELDS[i]);
    return doc;
}

int main(int argc, char **argv)
{
    int verbose = 0, first = 1, status = 0;
    for (; first < argc && argv[first][0] == '-' && argv[first][1]; first++) {
        if (!strcmp(argv[first], "--")) {
            first++;
            break;
        } else if (!strcmp(argv[first], "-v") || !strcmp(argv[first], "--verbose")) {
            verbose = 1;
        } else if (!strcmp(argv[first], "-h") || !strcmp(argv[first], "--help")) {
            fputs(USAGE, stdout);
            return 0;
        } else {
            fprintf(stderr, "sift-eval: unknown option %s\n%s", argv[first], USAGE);
            return 2;
        }
    }
    int nfiles = argc - first;
    if (nfiles < 2 || nfiles % 2) {
        fprintf(stderr, "sift-eval: expected GOLD PRED pairs, got %d file argument%s\n%s", nfiles,
                nfiles == 1 ? "" : "s", USAGE);
        return 2;
    }

    /* Read every gold file before scoring, so a bad one fails fast with no partial table. */
    size_t npairs = (size_t)nfiles / 2;
    json_t **gold = xrealloc(NULL, npairs * sizeof *gold);
    for (size_t k = 0; k < npairs; k++) {
        const char *path = argv[first + 2 * k];
        json_error_t err;
        gold[k] = json_load_file(path, 0, &err);
        if (!gold[k] || !json_is_object(gold[k])) {
            if (gold[k])
                fprintf(stderr, "sift-eval: cannot read gold file %s: not a JSON object\n", path);
            else
                fprintf(stderr, "sift-eval: cannot read gold file %s: %s\n", path, err.text);
            for (size_t i = 0; i <= k; i++)
                json_decref(gold[i]);
            free(gold);
            return 2;
        }
    }

    Score total;
    memset(&total, 0, sizeof total);
    for (size_t k = 0; k < npairs; k++) {
        const char *gpath = argv[first + 2 * k], *ppath = argv[first + 2 * k + 1];
        json_t *pred = load_pred(ppath);
        Doc d;
        Score s;
        memset(&d, 0, sizeof d);
        memset(&s, 0, sizeof s);
        load_doc(gold[k], 1, d.g);
        load_doc(pred, 0, d.p);
        score_doc(&d, &s);
        score_add(&total, &s);
        if (verbose) {
            Buf b = {0};
            list_errors(&b, &d, gpath);
            printf("== %s vs %s\n", gpath, ppath);
            print_table(&s);
            if (b.n)
                printf("\n%s", b.s);
            printf("\n");
            free(b.s);
        }
        doc_free(&d);
        json_decref(pred);
        json_decref(gold[k]);
    }
    free(gold);
    if (verbose)
        printf("== all %zu file pair%s, micro-averaged\n", npairs, npairs == 1 ? "" : "s");
    print_table(&total);
    if (fflush(stdout) != 0)
        status = 1;
    return status;
}
