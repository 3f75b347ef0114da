/*
 * resolve.c — mentions to document entities, and the lookups later stages
 * use to name a speaker ("he", "the Ukrainian president").
 *
 * Mentions are visited in text order. A person's full name opens an entity;
 * a later single word equal to its last (or first) name joins it, and an
 * earlier surname-only entity is upgraded when the full name appears. Other
 * types join on (type, canonical form), where the lexicon supplies the
 * canonical form (Kiev -> Kyiv, Ukrainians -> Ukrainian).
 */
#include <ctype.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "../doc_int.h"
#include "../text/utf8.h"

int sift_entity_at(const doc *d, uint32_t i)
{
    if (i >= d->toks.n || d->toks.v[i].ment < 0)
        return -1;
    return d->ments.v[d->toks.v[i].ment].entity;
}

uint32_t sift_name_end(const doc *d, uint32_t i, uint32_t hi)
{
    int e = sift_entity_at(d, i);
    while (e >= 0 && i < hi && sift_entity_at(d, i) == e)
        i++;
    return i;
}

uint32_t sift_name_start(const doc *d, uint32_t i, uint32_t lo)
{
    int e = sift_entity_at(d, i);
    while (e >= 0 && i > lo && sift_entity_at(d, i - 1) == e)
        i--;
    return i;
}

static int cmp_mention(const void *a, const void *b)
{
    const mention *x = a, *y = b;
    return x->t0 < y->t0 ? -1 : x->t0 > y->t0;
}

/* Does the last (or first) word of name equal s[0..n)? */
static int name_part_is(const char *name, const char *s, size_t n)
{
    const char *sp = strrchr(name, ' ');
    const char *last = sp ? sp + 1 : name;
    if (strlen(last) == n && memcmp(last, s, n) == 0)
        return 1;
    /* "al-Dhaheri said" for "Rashed bin Khamis al-Dhaheri" */
    if (strlen(last) == n + 3 && (strncasecmp(last, "al-", 3) == 0 || strncasecmp(last, "el-", 3) == 0) &&
        memcmp(last + 3, s, n) == 0)
        return 1;
    const char *first_end = strchr(name, ' ');
    if (first_end && (size_t)(first_end - name) == n && memcmp(name, s, n) == 0)
        return 1;
    /* the second word: "Ocando" for "Rafael Ocando Briceño" (the first of
     * two surnames, in a name of three words), "Saenz" for "Ines Saenz de
     * Santamaria" (before a particle in small letters), "Lim" for "Marcus
     * Lim Teck Soon" (an English given name, a family name and two given
     * names: four capitalised words) */
    const char *second = first_end ? first_end + 1 : NULL;
    if (second && n > 2 && strncmp(second, s, n) == 0 && second[n] == ' ') {
        const char *third = second + n + 1, *third_end = strchr(third, ' ');
        int particle = third[0] >= 'a' && third[0] <= 'z';
        int four = third_end && third_end == sp && sp[1] >= 'A' && sp[1] <= 'Z' && third[0] >= 'A' && third[0] <= 'Z';
        if (particle || (s[n - 1] != '.' && (!third_end || four)))
            return 1;
    }
    /* "Quispe" for "Ana Lucía Quispe Mendoza": in a name of four words or
     * more, the word before the last (the first of two surnames) */
    if (sp && sp > first_end && n > 2 && s[n - 1] != '.') {
        const char *pe = sp; /* the space before the last word */
        const char *ps = pe;
        while (ps > name && ps[-1] != ' ')
            ps--;
        if (ps > first_end + 1 && (size_t)(pe - ps) == n && memcmp(ps, s, n) == 0)
            return 1;
    }
    return 0;
}

/* Is s a part (first or last word) of the name of a person already found? */
static int person_named(const doc *d, const char *s)
{
    size_t n = strlen(s);
    for (size_t k = 0; k < d->ents.n; k++)
        if (d->ents.v[k].type == ET_PERSON && strchr(d->ents.v[k].name, ' ') && name_part_is(d->ents.v[k].name, s, n))
            return 1;
    return 0;
}

static int new_entity(doc *d, int type, const char *name)
{
    entity e;
    memset(&e, 0, sizeof e);
    e.type = type;
    e.name = name;
    e.canon = name;
    if (SIFT_VEC_PUSH(d->arena, d->ents, e) != 0)
        return -1;
    return (int)d->ents.n - 1;
}

/* "The National Institute of Meteorology, INAM, said": an acronym
 * between commas right after an organisation's name, a verb after it,
 * whose first letter and at least one other open words of the name (in
 * whatever language the acronym was made), is another name for it.
 * Returns that organisation, or -1. */
static int comma_acronym(const doc *d, const mention *m, const char *text)
{
    size_t n = strlen(text);
    /* (or one written as a word, by the body's name in its own language:
     * "the National Disaster Prevention and Response Service, Senapred,
     * said") */
    int word = m->type == ET_ORG && !(d->toks.v[m->t0].flags & TF_ALLCAPS) && (d->toks.v[m->t0].flags & TF_CAP) &&
               n >= 4 && n <= 10 && !sift_tok_common(d, m->t0) && !d->toks.v[m->t0].lexcls;
    /* (or two short words in capitals, the initials in its own language:
     * "the Belgian Nuclear Research Centre, SCK CEN, estimated") */
    int caps2 = m->type == ET_ORG && m->t1 - m->t0 == 2 && (d->toks.v[m->t0].flags & TF_ALLCAPS) &&
                (d->toks.v[m->t0 + 1].flags & TF_ALLCAPS) && TOK_N(d, m->t0) <= 4 && TOK_N(d, m->t0 + 1) <= 4;
    word |= caps2;
    if ((m->t1 - m->t0 != 1 && !caps2) || !((d->toks.v[m->t0].flags & TF_ALLCAPS) || word) || n < 2 ||
        (n > 6 && !word) ||
        m->t0 < 2 ||
        m->t1 + 1 >= d->toks.n || !sift_is_punct(d, m->t0 - 1, ',') || !sift_is_punct(d, m->t1, ',') ||
        d->toks.v[m->t0 - 2].ment < 0 || !(d->toks.v[m->t1 + 1].w.flags & (W_CUE | W_VERB | W_AUX)) ||
        (d->toks.v[m->t1 + 1].flags & TF_CAP))
        return -1;
    const mention *prev = &d->ments.v[d->toks.v[m->t0 - 2].ment];
    if (prev->type != ET_ORG || prev->entity < 0 || prev->t1 != m->t0 - 1)
        return -1;
    const char *name = d->ents.v[prev->entity].name;
    if (word)
        return strchr(name, ' ') ? prev->entity : -1;
    int first = 0, others = 0;
    for (const char *w = name; *w; w++)
        if ((w == name || w[-1] == ' ') && *w >= 'A' && *w <= 'Z') {
            first |= *w == text[0];
            others += memchr(text + 1, *w, n - 1) != NULL;
        }
    return first && others >= 1 ? prev->entity : -1;
}

/* "..., according to data released by the force, known by its
 * Portuguese initials PRF": an acronym given as the initials a body is
 * known by is another name for the last organisation named, in its
 * sentence or the one before. Returns that organisation, or -1. */
static int initials_alias(doc *d, const mention *m, const char *text)
{
    static const char *const initials[] = {"initials", "acronym", "abbreviation", NULL};
    if (m->type != ET_ORG || m->t1 - m->t0 != 1 || !(d->toks.v[m->t0].flags & TF_ALLCAPS) || m->t0 < 4 ||
        !sift_tok_in(d, m->t0 - 1, initials))
        return -1;
    int known = 0;
    for (uint32_t k = m->t0 - 1; k-- > 0 && k + 6 > m->t0 && !known;)
        known = sift_tok_is(d, k, "known") && !(d->toks.v[k].flags & TF_CAP);
    uint32_t s = d->toks.v[m->t0].sent, lo = d->sents.v[s > 0 ? s - 1 : 0].t0;
    for (uint32_t k = m->t0; known && k-- > lo;) {
        int x = d->toks.v[k].ment;
        if (x < 0 || d->ments.v[x].type != ET_ORG || d->ments.v[x].entity < 0 || (d->toks.v[k].flags & TF_INQUOTE))
            continue;
        /* (not the agency of a dateline: "MEDELLÍN, Colombia (AP) — ...,
         * according to Antioquia's disaster agency, known by its Spanish
         * initials DAGRAN") */
        if (sift_in_dateline(d, k))
            break;
        int e = d->ments.v[x].entity;
        if (!d->ents.v[e].alias)
            d->ents.v[e].alias = text;
        return e;
    }
    return -1;
}

/* The entity a mention belongs to, creating it when new; -1 on no memory. */
/* "Oleksiy Marchenko (Олексій Марченко)", "the Japan Meteorological Agency
 * (JMA)": a name in parentheses right after a mention of the same kind is
 * another name for it. Returns that entity, or -1. */
static int parenthesised_alias(doc *d, const mention *m, const char *text)
{
    if (m->t0 < 2 || d->text[d->toks.v[m->t0 - 1].start] != '(' || d->toks.v[m->t0 - 2].ment < 0 ||
        m->t1 >= d->toks.n || d->text[d->toks.v[m->t1].start] != ')')
        return -1;
    const mention *prev = &d->ments.v[d->toks.v[m->t0 - 2].ment];
    if (prev->entity < 0)
        return -1;
    int same = prev->type == m->type ||
               (m->t1 - m->t0 == 1 && (d->toks.v[m->t0].flags & TF_ALLCAPS) && prev->type == ET_ORG);
    if (!same)
        return -1;
    if (!d->ents.v[prev->entity].alias)
        d->ents.v[prev->entity].alias = text;
    return prev->entity;
}

/*
 * The name index: (type, name) -> entity, open addressing in the arena, so
 * resolution stays linear however many names a document holds. Keys are
 * canonical names, aliases and, for people, full names.
 */
typedef struct name_index {
    struct slot {
        const char *key;
        int type, ent;
    } * v;
    size_t mask;
} name_index;

static size_t slot_of(const name_index *ix, int type, const char *key)
{
    size_t h = (size_t)sift_fnv1a64(key, strlen(key), SIFT_FNV_OFFSET + (uint64_t)type) & ix->mask;
    while (ix->v[h].key && (ix->v[h].type != type || strcmp(ix->v[h].key, key) != 0))
        h = (h + 1) & ix->mask;
    return h;
}

static int index_get(const name_index *ix, int type, const char *key)
{
    size_t h = slot_of(ix, type, key);
    return ix->v[h].key ? ix->v[h].ent : -1;
}

static void index_put(name_index *ix, int type, const char *key, int ent)
{
    size_t h = slot_of(ix, type, key);
    ix->v[h].key = key;
    ix->v[h].type = type;
    ix->v[h].ent = ent;
}

/* Do the capitalised words of name spell acr ("U.S. Food and Drug
 * Administration" for "FDA")? Words with a full stop ("U.S.") and words in
 * lower case ("and", "of") spell nothing. The last word of three or more
 * may give two letters ("Commission on Higher Education" for CHED), and
 * the initials of a place may open the name ("NSW State Emergency Service"
 * for SES). */
int sift_spells_acronym(const char *name, const char *acr, size_t n)
{
    size_t k = 0, first = 0;
    const char *last = NULL;
    for (const char *w = name; *w;) {
        const char *e = strchr(w, ' ');
        size_t wl = e ? (size_t)(e - w) : strlen(w);
        if (w == name && e && wl >= 2 && wl <= 4) {
            first = wl;
            for (size_t i = 0; i < wl && first; i++)
                first = w[i] >= 'A' && w[i] <= 'Z' ? first : 0;
        }
        if (*w >= 'A' && *w <= 'Z' && !memchr(w, '.', wl)) {
            if (k >= n || acr[k] != *w)
                return first && k == 0 && sift_spells_acronym(name + first + 1, acr, n);
            k++;
            last = wl > 2 ? w : NULL;
        }
        w += wl;
        while (*w == ' ')
            w++;
    }
    return k == n || (k >= 3 && k + 1 == n && last && toupper((unsigned char)last[1]) == acr[k]);
}

/* Is s two to six capitals, an acronym's letters? */
static int acronym_letters(const char *s)
{
    size_t n = strlen(s);
    for (size_t i = 0; i < n; i++)
        if (s[i] < 'A' || s[i] > 'Z')
            return 0;
    return n >= 2 && n <= 6;
}

/* Is m an organisation's acronym: one token of two to six capitals? */
static int acronym_text(const doc *d, const mention *m, const char *text)
{
    return m->type == ET_ORG && m->t1 - m->t0 == 1 && (d->toks.v[m->t0].flags & TF_ALLCAPS) && acronym_letters(text);
}

/* The organisation named in full before an acronym with no parentheses
 * ("the FDA said"), among the last 256 entities, or -1. */
static int spelled_before(const doc *d, const char *text)
{
    size_t n = strlen(text), lo = d->ents.n > 256 ? d->ents.n - 256 : 0;
    for (size_t k = d->ents.n; k-- > lo;)
        if (d->ents.v[k].type == ET_ORG && sift_spells_acronym(d->ents.v[k].name, text, n))
            return (int)k;
    return -1;
}

static int acronym_of_earlier(const doc *d, const mention *m, const char *text)
{
    return acronym_text(d, m, text) ? spelled_before(d, text) : -1;
}

/* Do the words of mention m, some of them in small letters, spell the
 * acronym text of n letters, connectors ("de", "du") giving none? */
static int lower_initials(const doc *d, const mention *m, const char *text, size_t n)
{
    size_t k = 0;
    int lower = 0;
    for (uint32_t e = m->t0; e < m->t1; e++) {
        const tok *u = &d->toks.v[e];
        if (u->kind != TK_WORD || (u->w.flags & W_CONNECT))
            continue;
        if (!(u->flags & TF_CAP))
            lower = 1;
        /* (an elided article gives the letter after it: "d'orientation"
         * an O, for COR) */
        char c = TOK_S(d, e)[sift_elision(d, e)];
        if (k >= n || (c >= 'a' && c <= 'z' ? c - 'a' + 'A' : c) != text[k])
            return 0;
        k++;
    }
    return lower && k == n;
}

/* "MPN" after "the Movimiento Popular Nacional", whatever the recognizer
 * made of those words: the last run of capitalised words before the
 * acronym whose initials spell it (the parts of a hyphenated word each
 * give one: "Uniunea Social-Democrata Romana" for USDR; lower-case
 * particles between them give none), as [*r0,*r1); 1 if found. */
static int acronym_run(const doc *d, const mention *m, const char *text, uint32_t *r0, uint32_t *r1)
{
    size_t n = strlen(text);
    if (!acronym_text(d, m, text))
        return 0;
    uint32_t lo = m->t0 > 3000 ? m->t0 - 3000 : 0;
    for (uint32_t j = m->t0; j-- > lo;) {
        const tok *t = &d->toks.v[j];
        /* (a body's name in French, its words after the first in small
         * letters: "Société de transport de Montréal" for STM) */
        if (t->ment >= 0 && d->ments.v[t->ment].t0 == j && d->ments.v[t->ment].type == ET_ORG &&
            !(t->flags & TF_INQUOTE) && lower_initials(d, &d->ments.v[t->ment], text, n)) {
            *r0 = j;
            *r1 = d->ments.v[t->ment].t1;
            return 1;
        }
        if (t->kind != TK_WORD || !(t->flags & TF_CAP) || (t->flags & (TF_ALLCAPS | TF_INQUOTE)) ||
            TOK_S(d, j)[0] != text[0] || (j > 0 && d->toks.v[j - 1].kind == TK_WORD &&
                                          (d->toks.v[j - 1].flags & TF_CAP) && !(d->toks.v[j - 1].flags & TF_SENT)))
            continue;
        size_t k = 1;
        uint32_t e = j + 1;
        while (e < m->t0 && k < n) {
            const tok *u = &d->toks.v[e];
            if (u->kind == TK_PUNCT && d->text[u->start] == '-' && !(u->flags & TF_SPACE)) {
                e++;
                continue;
            }
            if (u->kind != TK_WORD || (u->flags & TF_INQUOTE))
                break;
            if (!(u->flags & TF_CAP)) {
                if (!(u->w.flags & W_CONNECT) || e + 1 >= m->t0 || !(d->toks.v[e + 1].flags & TF_CAP))
                    break;
                e++;
                continue;
            }
            if (TOK_S(d, e)[0] != text[k])
                break;
            k++;
            e++;
        }
        if (k == n && e > j + 1 && !(e < d->toks.n && d->toks.v[e].kind == TK_WORD && (d->toks.v[e].flags & TF_CAP))) {
            /* (the whole organisation named there, when its initials leave
             * out its end: "the Centers for Disease Control and Prevention"
             * for CDC) */
            const mention *om = t->ment >= 0 ? &d->ments.v[t->ment] : NULL;
            *r0 = j;
            *r1 = om && om->type == ET_ORG && om->t0 == j && om->t1 > e && om->t1 <= m->t0 ? om->t1 : e;
            return 1;
        }
    }
    return 0;
}

/* How far back a surname looks for its full name, in person entities. */
enum { SURNAME_WINDOW = 128 };

static int short_form(const doc *d, uint32_t t0, uint32_t t1, const mention *full);

int sift_org_short_form(const doc *d, uint32_t t0, uint32_t t1, const mention *full)
{
    if (!short_form(d, t0, t1, full))
        return 0;
    /* (not the place the dateline names: "Wajima" after "Wajima Lacquerware
     * Cooperative", in a story from WAJIMA) */
    for (uint32_t k = 0; t1 == t0 + 1 && k < d->toks.n && k < 80; k++)
        if (k != t0 && TOK_N(d, k) == TOK_N(d, t0) && (d->toks.v[k].flags & TF_ALLCAPS) &&
            strncasecmp(TOK_S(d, k), TOK_S(d, t0), TOK_N(d, t0)) == 0 &&
            (sift_in_dateline(d, k) || (k > 0 && sift_is_punct(d, k - 1, '|'))))
            return 0;
    return 1;
}

/* Does the text s[p, n) run together the first letters of the words of a
 * name from token i before e, each word giving two letters or more (the
 * first three), to the end of s, from two words at least, the words left
 * after it a company's ("Taipower" of "Taiwan Power Company")? */
static int blend_from(const doc *d, const char *s, size_t p, size_t n, uint32_t i, uint32_t e, int used)
{
    if (p == n) {
        for (uint32_t k = i; k < e; k++)
            if (!(d->toks.v[k].w.flags & (W_COMPANY | W_ORGKEY)))
                return 0;
        return used >= 2;
    }
    if (i >= e || d->toks.v[i].kind != TK_WORD)
        return 0;
    size_t wn = TOK_N(d, i), least = used ? 2 : 3;
    for (size_t k = wn < n - p ? wn : n - p; k >= least; k--)
        if (strncasecmp(s + p, TOK_S(d, i), k) == 0 && blend_from(d, s, p + k, n, i + 1, e, used + 1))
            return 1;
    return 0;
}

/* ("Taipower" for "Taiwan Power Company", "Petrobras" for "Petroleo
 * Brasileiro": the word at t0 a blend of the first words of the name) */
static int blend_of(const doc *d, uint32_t t0, const mention *full)
{
    /* (cheap tests first: a hot path) */
    if (full->type != ET_ORG || full->kind != MK_NAME || full->t1 - full->t0 < 2 || TOK_N(d, t0) < 5 ||
        (d->toks.v[t0].flags & (TF_CAP | TF_ALLCAPS)) != TF_CAP)
        return 0;
    uint32_t a = full->t0 + (TOK_S(d, full->t0)[0] == 't' && sift_tok_is(d, full->t0, "the"));
    return full->t1 - a >= 2 && full->t1 - a <= 4 && TOK_S(d, t0)[0] == TOK_S(d, a)[0] && TOK_N(d, a) >= 3 &&
           strncasecmp(TOK_S(d, t0), TOK_S(d, a), 3) == 0 && !sift_toks_equal(d, t0, a, 1) &&
           blend_from(d, TOK_S(d, t0), 0, TOK_N(d, t0), a, full->t1, 0);
}

static int short_form(const doc *d, uint32_t t0, uint32_t t1, const mention *full)
{
    uint32_t len = t1 - t0;
    uint32_t a = full->t0;
    if (full->type == ET_ORG && full->kind == MK_NAME && sift_tok_is(d, a, "the"))
        a++;
    if (full->type != ET_ORG)
        return 0;
    if (len == 1 && blend_of(d, t0, full))
        return 1;
    /* ("Padano" for "Banco Padano", "Tirreno" for "Banca del Tirreno": the
     * last word, after a kind in another language) */
    if (full->type == ET_ORG && full->kind == MK_NAME && len == 1 && full->t1 - a >= 2 && full->t1 - a <= 3 &&
        sift_foreign_org_word(d, a) && sift_toks_equal(d, t0, full->t1 - 1, 1))
        return 1;
    /* ("Harbor Stars" after "Chiba Harbor Stars", "Broncos" after "Denver
     * Broncos": a team by what follows its city) */
    if (full->type == ET_ORG && full->rule && strcmp(full->rule, "city+team") == 0 && len < full->t1 - a &&
        sift_toks_equal(d, t0, full->t1 - len, len))
        return 1;
    /* ("Brightling" after "Brightling Nutrition"; "Faro" after "Faro
     * Mobility, a scooter firm", whose kind the text gave, or "the company"
     * that reports its clause) */
    if (full->type != ET_ORG || full->kind != MK_NAME ||
        !((d->toks.v[full->t1 - 1].w.flags & (W_ORGKEY | W_COMPANY)) ||
          (full->rule && (strcmp(full->rule, "name+kind") == 0 || strcmp(full->rule, "kind+name") == 0 ||
                          strcmp(full->rule, "firm-by-attribution") == 0))))
        return 0;
    /* ("Stone Gate" after "Ningxia Stone Gate Winery": past the place a
     * firm's name opens with) */
    if (!sift_toks_equal(d, t0, a, len) && full->t1 > a + len + 1 && sift_toks_equal(d, t0, a + 1, len) &&
        !(d->toks.v[t0].flags & TF_SENT) && sift_lex_find_class(d->res->lex, TOK_S(d, a), TOK_N(d, a), LX_GPE) &&
        (d->toks.v[full->t1 - 1].w.flags & (W_ORGKEY | W_COMPANY)))
        a++;
    if (full->t1 <= a + len || full->t1 > a + len + 4)
        return 0;
    if (!sift_toks_equal(d, t0, a, len))
        return 0;
    /* "UN" is no short form of the "UN Security Council", nor "EU" of the
     * "EU Commission": an acronym the lexicon knows as an organisation of
     * its own names a body, unless only a company word follows it ("HSBC
     * Holdings") */
    if (len == 1 && (d->toks.v[t0].flags & TF_ALLCAPS) && !(d->toks.v[full->t1 - 1].w.flags & W_COMPANY) &&
        sift_lex_find_class(d->res->lex, TOK_S(d, t0), TOK_N(d, t0), LX_ORG))
        return 0;
    /* "Halifax Metropolitan University" is no short form of the "Halifax
     * Metropolitan University Faculty Association": a name that ends in a
     * word for an organisation is one, unless only a company suffix
     * follows it ("Deutsche Bank AG") */
    if (d->toks.v[t1 - 1].w.flags & W_ORGKEY)
        for (uint32_t k = a + len; k < full->t1; k++)
            if (d->toks.v[k].kind == TK_WORD && !(d->toks.v[k].w.flags & W_COMPANY))
                return 0;
    /* nor is the club "Mersey Vale" one of the "Mersey Vale Supporters'
     * Trust": members in the plural, then their own organisation (but
     * "McDonald" is one of "McDonald's Corp") */
    for (uint32_t k = a + len + 1; k < full->t1; k++)
        if (d->toks.v[k].kind != TK_WORD && (d->toks.v[k].flags & TF_POSS))
            return 0;
    /* (nor the "RCMP" one of "the RCMP's D Division": an owner, then a part
     * of it that is no company) */
    if (a + len < full->t1 && d->toks.v[a + len].kind != TK_WORD && (d->toks.v[a + len].flags & TF_POSS) &&
        !(d->toks.v[full->t1 - 1].w.flags & W_COMPANY))
        return 0;
    /* (nor, with no apostrophe, is the airline "Hanbit Air" one of the
     * "Hanbit Air Pilots Union": people by a plural, then their body) */
    for (uint32_t k = a + len; k + 1 < full->t1 && (d->toks.v[full->t1 - 1].w.flags & W_ORGKEY); k++)
        if (sift_plural_flags_any_case(d, k) & W_PERSON_NOUN)
            return 0;
    return 1;
}

/* "Auto supplier Brenner cuts outlook" before "Brenner Antriebstechnik AG":
 * the full name a short organisation name stands for when the full name
 * comes later (within 64 names), or NULL. */
static char *later_full_name(doc *d, const mention *m)
{
    size_t self = (size_t)(m - d->ments.v);
    for (size_t k = self + 1; k < d->ments.n && k < self + 64; k++)
        if (sift_org_short_form(d, m->t0, m->t1, &d->ments.v[k]))
            return sift_span_text(d, d->ments.v[k].t0, d->ments.v[k].t1);
    return NULL;
}

static int entity_for(doc *d, name_index *ix, const mention *m, const char *text)
{
    int alias = comma_acronym(d, m, text);
    if (alias < 0)
        alias = parenthesised_alias(d, m, text);
    if (alias < 0)
        alias = initials_alias(d, m, text);
    if (alias >= 0) {
        index_put(ix, m->type, text, alias);
        return alias;
    }
    if (m->type == ET_PERSON) {
        int single = m->t1 - m->t0 == 1;
        int e = index_get(ix, ET_PERSON, text);
        if (e >= 0)
            return e;
        int seen = 0;
        size_t tl = strlen(text);
        for (int k = (int)d->ents.n - 1; k >= 0 && seen < SURNAME_WINDOW; k--) {
            entity *en = &d->ents.v[k];
            if (en->type != ET_PERSON)
                continue;
            seen++;
            if (single && name_part_is(en->name, text, tl))
                return k;
            /* "Bin Tariq" for "Saad bin Tariq": the end of a fuller name, case aside */
            size_t nl = strlen(en->name);
            if (!single && nl > tl + 1 && en->name[nl - tl - 1] == ' ' &&
                strcasecmp(en->name + nl - tl, text) == 0)
                return k;
            if (!single && !strchr(en->name, ' ')) {
                const char *sp = strrchr(text, ' ');
                if (sp && strcmp(sp + 1, en->name) == 0) {
                    en->name = en->canon = text; /* upgrade a surname-only entity */
                    index_put(ix, ET_PERSON, text, k);
                    return k;
                }
            }
        }
        e = new_entity(d, ET_PERSON, text);
        if (e >= 0)
            index_put(ix, ET_PERSON, text, e);
        return e;
    }
    const char *canon = m->lex && m->lex->canon[0] ? m->lex->canon : text;
    int found = index_get(ix, m->type, canon);
    if (found < 0)
        found = index_get(ix, m->type, text);
    /* ("WHO officials ... . The World Health Organization said": the
     * body first met by its acronym takes its full name when it comes) */
    if (found >= 0 && m->type == ET_ORG && m->lex && strcmp(text, canon) == 0 && strchr(text, ' ') &&
        !d->ents.v[found].alias && acronym_letters(d->ents.v[found].name)) {
        d->ents.v[found].alias = d->ents.v[found].name;
        d->ents.v[found].name = d->ents.v[found].canon = text;
    }
    if (found >= 0)
        return found;
    /* a short form before its full name: the entity takes the full name
     * (not when one was named before it: "Laurentian" after "Laurentian
     * Airways", though the "Laurentian Pilots' Association" comes later) */
    int named_before = m->rule && strcmp(m->rule, "short-org-name") == 0;
    char *full = m->type == ET_ORG && m->kind == MK_NAME && !named_before ? later_full_name(d, m) : NULL;
    if (full) {
        int e = index_get(ix, ET_ORG, full);
        if (e < 0 && (e = new_entity(d, ET_ORG, full)) >= 0) {
            d->ents.v[e].canon = full;
            index_put(ix, ET_ORG, full, e);
        }
        if (e >= 0)
            index_put(ix, ET_ORG, text, e);
        return e;
    }
    int acr = acronym_of_earlier(d, m, text);
    /* (or the name it is given right after the full one: "The Southern
     * Electricity Distribution Company, known as SEDCo,") */
    int known_as = m->type == ET_ORG && m->t0 >= 4 && sift_tok_is(d, m->t0 - 1, "as") &&
                   sift_tok_is(d, m->t0 - 2, "known") && sift_is_punct(d, m->t0 - 3, ',');
    if (acr < 0 && known_as && d->toks.v[m->t0 - 4].ment >= 0) {
        const mention *full_m = &d->ments.v[d->toks.v[m->t0 - 4].ment];
        if (full_m->type == ET_ORG && full_m->entity >= 0 && full_m->t1 == m->t0 - 3)
            acr = full_m->entity;
    }
    /* (or to the body its kind stands for: "Taiwan Power Co, the state-owned
     * utility, said ... The company, known as Taipower, said") */
    if (acr < 0 && known_as && m->t0 >= 6 && sift_tok_org_kind(d, m->t0 - 4) &&
        !(d->toks.v[m->t0 - 4].flags & TF_CAP) && sift_tok_is(d, m->t0 - 5, "the")) {
        /* (named in the two sentences before, with no other phrase of that
         * kind between: not "Ecuador's plant health agency confirmed ... .
         * The agency, known as Fitosegura,") */
        uint32_t s = d->toks.v[m->t0].sent, from = d->sents.v[s > 2 ? s - 2 : 0].t0;
        for (size_t k = (size_t)(m - d->ments.v); k-- > 0;) {
            const mention *o = &d->ments.v[k];
            if (o->t0 < from)
                break;
            if (o->t1 <= m->t0 - 5 && o->type == ET_ORG && o->kind == MK_NAME && o->entity >= 0) {
                int kind_between = 0;
                for (uint32_t t = o->t1; t < m->t0 - 5 && !kind_between; t++)
                    kind_between = sift_toks_equal(d, t, m->t0 - 4, 1);
                acr = kind_between ? -1 : o->entity;
                break;
            }
        }
    }
    if (acr >= 0) {
        if (!d->ents.v[acr].alias)
            d->ents.v[acr].alias = text;
        index_put(ix, ET_ORG, text, acr);
        return acr;
    }
    uint32_t r0, r1;
    if (acronym_run(d, m, text, &r0, &r1)) {
        char *run = sift_span_text(d, r0, r1);
        int e = run ? index_get(ix, ET_ORG, run) : -1;
        if (run && e < 0 && (e = new_entity(d, ET_ORG, run)) >= 0) {
            d->ents.v[e].alias = text;
            index_put(ix, ET_ORG, run, e);
        }
        if (e >= 0) {
            index_put(ix, ET_ORG, text, e);
            return e;
        }
    }
    /* "Padano" after "Banco Padano": the last word of a name that opens
     * with its kind in another language */
    if (m->type == ET_ORG && m->t1 - m->t0 == 1) {
        size_t tl = strlen(text), lo = d->ents.n > 256 ? d->ents.n - 256 : 0;
        for (size_t k = d->ents.n; k-- > lo;) {
            const entity *en = &d->ents.v[k];
            size_t nl = strlen(en->name);
            if (en->type == ET_ORG && nl > tl + 1 && en->name[nl - tl - 1] == ' ' &&
                strcmp(en->name + nl - tl, text) == 0 && sift_foreign_org_word(d, en->first_tok)) {
                index_put(ix, ET_ORG, text, (int)k);
                return (int)k;
            }
        }
    }
    /* (or one found an organisation only in resolving: "Daeseong" after
     * "Daeseong Steel", both guessed people first) */
    if (m->type == ET_ORG && m->kind == MK_NAME && !(m->rule && strcmp(m->rule, "short-org-name") == 0)) {
        size_t self = (size_t)(m - d->ments.v), lo = self > 256 ? self - 256 : 0;
        for (size_t o = self; o-- > lo;)
            if (d->ments.v[o].entity >= 0 && sift_org_short_form(d, m->t0, m->t1, &d->ments.v[o])) {
                index_put(ix, ET_ORG, text, d->ments.v[o].entity);
                return d->ments.v[o].entity;
            }
    }
    /* the short form the recognizer matched to a longer name before it */
    /* (the one it is a short form of first: "Haedong" is Haedong Heavy
     * Industries, not the Haedong Subcontract Workers' Union named since) */
    if (m->rule && strcmp(m->rule, "short-org-name") == 0) {
        size_t tl = strlen(text), lo = d->ents.n > 256 ? d->ents.n - 256 : 0;
        for (int pass = 0; pass < 2; pass++)
            for (size_t k = d->ents.n; k-- > lo;) {
                const entity *en = &d->ents.v[k];
                size_t nl = strlen(en->name); /* (its first words, or a team's last: "Harbor Stars") */
                const char *sp = strchr(en->name, ' '); /* (or past a place: "Ningxia Stone Gate Winery") */
                int part = (strncmp(en->name, text, tl) == 0 && en->name[tl] == ' ') ||
                           (nl > tl + 1 && en->name[nl - tl - 1] == ' ' && strcmp(en->name + nl - tl, text) == 0) ||
                           (sp && strncmp(sp + 1, text, tl) == 0 && sp[1 + tl] == ' ');
                /* (or a blend of its first words: "Taipower") */
                int blend = !part && en->type == ET_ORG && en->ments.n && m->t1 == m->t0 + 1 &&
                            strncasecmp(en->name, text, 3) == 0 && blend_of(d, m->t0, &d->ments.v[en->ments.v[0]]);
                if (en->type != ET_ORG || (!part && !blend) ||
                    (pass == 0 && !blend &&
                     (!en->ments.n || !sift_org_short_form(d, m->t0, m->t1, &d->ments.v[en->ments.v[0]]))))
                    continue;
                index_put(ix, ET_ORG, text, (int)k);
                return (int)k;
            }
    }

    /* a dateline in capitals ("KHARKIV", "GENEVA") shows the spelling it
     * was found under ("Geneva"), else the lexicon's own ("Genève") */
    int caps = (d->toks.v[m->t0].flags & TF_ALLCAPS) && !(d->toks.v[m->t0].flags & TF_ABBR) &&
               m->lex && strlen(text) > 3;
    const char *shown = caps ? canon : text;
    if (caps) {
        size_t n = strlen(text), cnt = 0;
        char *tc = sift_arena_strndup(d->arena, text, n);
        if (tc && (n = sift_utf8_title_case(tc, n)) > 0) {
            tc[n] = '\0';
            const lex_entry *x = sift_lex_find(d->res->lex, tc, n, &cnt);
            for (size_t k = 0; x && k < cnt; k++)
                if (x[k].cls == m->lex->cls && x[k].info && m->lex->info && strcmp(x[k].info, m->lex->info) == 0)
                    shown = tc;
        }
    }
    /* "FCA fines Thameside Bank ... Britain's Financial Conduct Authority
     * has fined": an acronym named first (a headline's) is the body whose
     * full name spells it, which it now takes */
    if (m->type == ET_ORG && m->kind == MK_NAME && m->t1 - m->t0 >= 2) {
        size_t lo = d->ents.n > 256 ? d->ents.n - 256 : 0;
        for (size_t k = d->ents.n; k-- > lo;) {
            entity *en = &d->ents.v[k];
            if (en->type == ET_ORG && !en->alias && acronym_letters(en->name) &&
                sift_spells_acronym(text, en->name, strlen(en->name))) {
                en->alias = en->name;
                en->name = en->canon = text;
                index_put(ix, ET_ORG, text, (int)k);
                return (int)k;
            }
        }
    }
    int e = new_entity(d, m->type, shown);
    if (e >= 0)
        d->ents.v[e].canon = canon;
    if (e >= 0 && m->lex && (m->type == ET_GPE || m->type == ET_LOC))
        d->ents.v[e].geo = m->lex->info;
    if (e >= 0) {
        index_put(ix, m->type, canon, e);
        index_put(ix, m->type, text, e);
    }
    return e;
}

static void appositive_descriptions(doc *d);
static void org_descriptions(doc *d);
static void description_before(doc *d, const mention *mm, entity *en);

static uint8_t first_name_gender(const doc *d, const mention *m)
{
    /* "a guard who gave only his first name, Thomas,": a first name alone,
     * of the sex the words before it give */
    uint32_t a = m->t0;
    if (m->t1 - a == 1 && a >= 4 && sift_is_punct(d, a - 1, ',') && sift_tok_is(d, a - 2, "name") &&
        sift_tok_is(d, a - 3, "first"))
        return sift_tok_is(d, a - 4, "his") ? 'M' : sift_tok_is(d, a - 4, "her") ? 'F' : 0;
    if (m->t1 - m->t0 < 2)
        return 0;
    /* "Jean-Baptiste", "Marie-Claude": a joined first name has a gender
     * only when both parts have the same (Jean alone is a woman's name in
     * the statistics) */
    uint32_t f = m->t0;
    if (m->t1 - m->t0 >= 4 && sift_is_punct(d, f + 1, '-') && !(d->toks.v[f + 1].flags & TF_SPACE) &&
        !(d->toks.v[f + 2].flags & TF_SPACE)) {
        const lex_entry *first = sift_lex_find_class(d->res->lex, TOK_S(d, f), TOK_N(d, f), LX_FIRST);
        const lex_entry *second = sift_lex_find_class(d->res->lex, TOK_S(d, f + 2), TOK_N(d, f + 2), LX_FIRST);
        /* (both parts must agree: Marie-Claude and Jean-Baptiste stay unknown) */
        return first && second && first->gender == second->gender && first->gender != 'U' ? first->gender : 0;
    }
    /* "Kim Do-hyun", "Park Ji-hoon": a family name first, then a given
     * name of two syllables joined by a hyphen; the statistics know Kim as
     * a woman's first name, which says nothing here */
    if (sift_family_first(d, m->t0, m->t1))
        return 0;
    /* "Nguyen Thi Hoa", "Le Van Thanh": a Vietnamese family name first;
     * the middle name "Thi" is a woman's, "Van" a man's, and the family
     * name says nothing */
    if (m->t1 - m->t0 >= 3 && sift_viet_family(d, f) && (d->toks.v[f + 1].flags & TF_CAP))
        return sift_tok_is(d, f + 1, "thi") ? 'F' : sift_tok_is(d, f + 1, "van") ? 'M' : 0;
    /* "Ma Jun", "Li Wei": a Chinese family name, then a given name of one
     * word; the statistics know Ma and Li as first names, which says
     * nothing here */
    if (m->t1 - m->t0 == 2 && sift_chinese_family(d, f) && (d->toks.v[f + 1].flags & TF_CAP) &&
        !(d->toks.v[f + 1].flags & TF_ALLCAPS))
        return 0;
    /* "Umm Karim", "Abu Hassan": a parent named by a child, "mother of"
     * a woman, "father of" a man */
    if (sift_tok_is(d, f, "umm") || sift_tok_is(d, f, "um"))
        return 'F';
    if (sift_tok_is(d, f, "abu"))
        return 'M';
    /* "Wan Farid Wan Ahmad", "Nik Aziz": a Malay hereditary title of either
     * sex first; the given name after it tells (the statistics know Wan as
     * a woman's first name) */
    static const char *const malay[] = {"wan", "nik", "tengku", "tunku", "megat", NULL};
    if (m->t1 - m->t0 >= 3 && sift_tok_in(d, f, malay) && (d->toks.v[f + 1].flags & TF_CAP))
        f++;
    const lex_entry *e = sift_lex_find_class(d->res->lex, TOK_S(d, f), TOK_N(d, f), LX_FIRST);
    if (!e || e->gender == 'U')
        return 0;
    return e->gender;
}

/* Is the name ending at t1 followed by a lower-case aside between commas
 * and then a verb of saying (", asked about the strike threat, said")? */
static int aside_then_cue(const doc *d, uint32_t t1)
{
    if (t1 + 3 >= d->toks.n || !sift_is_punct(d, t1, ',') || (d->toks.v[t1 + 1].flags & TF_CAP))
        return 0;
    for (uint32_t k = t1 + 1; k + 1 < d->toks.n && k < t1 + 16; k++) {
        if (d->toks.v[k].kind == TK_QUOTE || (d->toks.v[k].flags & TF_SENT))
            return 0;
        if (sift_is_punct(d, k, ','))
            return (d->toks.v[k + 1].w.flags & W_CUE) && !(d->toks.v[k + 1].flags & TF_CAP);
    }
    return 0;
}

/* The head noun of a description in apposition after the name ending
 * before t1 (", a coalition of ...", with "the" too when the is set): the
 * last lower-case word before a preposition, a comma or a relative
 * pronoun; 0 if there is none. */
static uint32_t apposed_head(const doc *d, uint32_t t1, int the)
{
    if (t1 + 3 >= d->toks.n || !sift_is_punct(d, t1, ',') ||
        !(sift_tok_is(d, t1 + 1, "a") || sift_tok_is(d, t1 + 1, "an") || (the && sift_tok_is(d, t1 + 1, "the"))))
        return 0;
    uint32_t h = 0;
    for (uint32_t k = t1 + 2; k < d->toks.n && k < t1 + 7; k++) {
        const tok *t = &d->toks.v[k];
        if (t->kind != TK_WORD || (t->flags & TF_CAP) || (t->w.flags & (W_PREP | W_DET | W_AUX | W_VERB)) ||
            sift_tok_is(d, k, "that") || sift_tok_is(d, k, "which") || sift_tok_is(d, k, "who"))
            break;
        h = k;
    }
    return h;
}

/* Does ", a coalition of ...", ", an advocacy group based in ..." follow
 * the name ending before t1: a description whose head noun names a body
 * of people, not a person ("a union leader")? */
static int described_as_body(const doc *d, uint32_t t1)
{
    static const char *const bodies[] = {"coalition", "group", "company", "firm", "association", "federation",
                                         "union", "network", "alliance", "organisation", "organization", "charity",
                                         "consortium", "cooperative", "co-operative", "agency", "institute",
                                         "foundation", "party", "movement", "lobby", "confederation", NULL};
    uint32_t h = apposed_head(d, t1, 0);
    return h && sift_tok_in(d, h, bodies);
}

/* Does ", the largest camp," or ", a fishing village on ..." follow the
 * name ending before t1: a description whose head noun names a place,
 * and ends the description (not "the city's ... member")? */
static int described_as_place(const doc *d, uint32_t t1)
{
    static const char *const places[] = {"camp", "town", "village", "city", "district", "settlement", "island",
                                         "province", "region", "suburb", "township", "neighbourhood",
                                         "neighborhood", NULL};
    uint32_t h = apposed_head(d, t1, 1);
    return h && sift_tok_in(d, h, places) && h + 1 < d->toks.n &&
           (sift_is_punct(d, h + 1, ',') || sift_is_punct(d, h + 1, '.') || (d->toks.v[h + 1].w.flags & W_PREP));
}

/* Is the name ending before t1 described, after a comma, as one "who"
 * does something ("Gábor Antal, a line producer who works mainly on
 * American series,") or by a person's title ("head of ..."): a person,
 * whatever kind of work the noun names? */
static int described_as_who(const doc *d, uint32_t t1)
{
    if (t1 + 3 >= d->toks.n || !sift_is_punct(d, t1, ','))
        return 0;
    /* (or by a title in small letters: "Made Wirawan, head of the Bali
     * Provincial Tourism Office,") */
    const tok *r = &d->toks.v[t1 + 1];
    if (r->kind == TK_WORD && !(r->flags & TF_CAP) && ((r->w.flags & W_TITLE) || sift_tok_is(d, t1 + 1, "head")) &&
        (sift_tok_is(d, t1 + 2, "of") || sift_tok_is(d, t1 + 2, "at")))
        return 1;
    if (!(sift_tok_is(d, t1 + 1, "a") || sift_tok_is(d, t1 + 1, "an")))
        return 0;
    for (uint32_t k = t1 + 2; k < d->toks.n && k < t1 + 6; k++) {
        const tok *t = &d->toks.v[k];
        if (sift_tok_is(d, k, "who"))
            return k > t1 + 2 && d->toks.v[k - 1].upos == SIFT_UPOS_NOUN;
        if (t->kind != TK_WORD || (t->flags & TF_CAP) || (t->w.flags & (W_PREP | W_DET | W_AUX | W_VERB)))
            return 0;
    }
    return 0;
}

/* Does what follows a name at t1 belong only to a company: "Daeseong's
 * chief executive", "Daeseong's board", "Daeseong shares closed down 7.2%",
 * ", the company said"? */
static int company_owned(const doc *d, uint32_t t1)
{
    uint32_t n = (uint32_t)d->toks.n;
    if (t1 + 1 < n && d->toks.v[t1].kind != TK_WORD && (d->toks.v[t1].flags & TF_POSS)) {
        static const char *const owned[] = {"board", "shares", "shareholders", "subsidiary", "headquarters",
                                            "revenue", "revenues", "profit", "profits", "factory", "ceo", NULL};
        uint32_t w = t1 + 1;
        if (sift_tok_in(d, w, owned) && !(d->toks.v[w].flags & TF_CAP))
            return 1;
        return sift_tok_is(d, w, "chief") && w + 1 < n &&
               (sift_tok_is(d, w + 1, "executive") || sift_tok_is(d, w + 1, "financial"));
    }
    /* (or the body, by its kind, that says what the sentence said, right
     * after its name: "... a fish farm operated by Salmones Ventisquero
     * Azul, the company said on Thursday") */
    if (t1 + 3 < n && sift_is_punct(d, t1, ',') && sift_tok_is(d, t1 + 1, "the") && sift_tok_org_kind(d, t1 + 2) &&
        (d->toks.v[t1 + 3].w.flags & W_CUE) && !(d->toks.v[t1 + 3].flags & TF_CAP))
        return 1;
    static const char *const moved[] = {"closed", "fell", "rose", "jumped", "dropped", "slumped", "gained",
                                        "tumbled", "surged", "slid", "climbed", NULL};
    return t1 + 1 < n && sift_tok_is(d, t1, "shares") && !(d->toks.v[t1].flags & TF_CAP) &&
           sift_tok_in(d, t1 + 1, moved);
}

/* Is the name at [t0,t1) the subject of a verb of saying that opens its
 * sentence, and the next sentence opens with the kind of body it is and a
 * verb ("Maersk said in a customer advisory that ... . The Danish carrier
 * told customers"), with no other organisation named between them? */
static int kind_next(const doc *d, uint32_t t0, uint32_t t1)
{
    uint32_t n = (uint32_t)d->toks.n;
    if (t1 >= n || !(d->toks.v[t0].flags & TF_SENT) || !(d->toks.v[t1].w.flags & W_CUE) ||
        (d->toks.v[t1].flags & TF_CAP))
        return 0;
    uint32_t s = d->toks.v[t0].sent;
    if (s + 1 >= d->sents.n)
        return 0;
    for (uint32_t k = t1; k < d->sents.v[s].t1; k++)
        if (d->toks.v[k].ment >= 0 && d->ments.v[d->toks.v[k].ment].type == ET_ORG)
            return 0;
    uint32_t b = d->sents.v[s + 1].t0, e = d->sents.v[s + 1].t1;
    if (b + 3 >= e || !sift_tok_is(d, b, "the"))
        return 0;
    uint32_t k = b + 1;
    if (!sift_tok_org_kind(d, k) && (d->toks.v[k].lexcls & (1u << LX_NORP)))
        k++; /* ("the Danish carrier") */
    return sift_tok_org_kind(d, k) && !(d->toks.v[k].flags & TF_CAP) && (d->toks.v[k + 1].w.flags & W_CUE) &&
           !(d->toks.v[k + 1].flags & TF_CAP);
}

/* The sex a pronoun at i names ('M' for "he", 'F' for "she"), or 0. */
static int pronoun_at(const doc *d, uint32_t i)
{
    if (i >= d->toks.n || (d->toks.v[i].flags & TF_INQUOTE))
        return 0;
    return sift_tok_is(d, i, "he") ? 'M' : sift_tok_is(d, i, "she") ? 'F' : 0;
}

/*
 * A name of no known sex introduced in apposition to words that give one
 * takes it: "a woman selling vegetables outside the gate, who gave only
 * her first name, Akinyi,", "his daughter, Aigerim,". The nearest such
 * words before the comma count, in the same sentence, past a participle
 * or a relative clause but no other verb and no other person.
 */
static void described_sex(doc *d)
{
    for (size_t e = 0; e < d->ents.n; e++) {
        entity *en = &d->ents.v[e];
        /* (a description outweighs the first name's statistics, not the
         * story's own pronouns: "A spokesman for the ministry, Blessing
         * Nyathi," is a man) */
        if (en->type != ET_PERSON || en->gender_told || en->ments.n == 0)
            continue;
        uint32_t t0 = en->first_tok, s0 = d->sents.v[d->toks.v[t0].sent].t0, s1 = d->sents.v[d->toks.v[t0].sent].t1;
        if (d->toks.v[t0].flags & TF_INQUOTE)
            continue;
        int sex = 0, verb = 0;
        /* (or after it: "Yaw Mensah, a police spokesman for the Western
         * region,"; "a miner who gave his name only as Kofi") */
        uint32_t t1 = sift_name_end(d, t0, s1);
        if (t1 + 2 < s1 && sift_is_punct(d, t1, ',') && (d->toks.v[t1 + 1].w.flags & W_DET))
            for (uint32_t k = t1 + 2; k < s1 && k < t1 + 8 && !sex; k++) {
                /* (not past "whose": "a cheesemaker whose son ...") */
                if (d->toks.v[k].kind != TK_WORD || (d->toks.v[k].w.flags & (W_PREP | W_VERB | W_AUX)) ||
                    sift_tok_is(d, k, "whose") || sift_tok_is(d, k, "who"))
                    break;
                if (!(d->toks.v[k].flags & TF_CAP))
                    sex = sift_noun_sex(d, k);
            }
        if (!sex && t0 >= s0 + 4 && sift_tok_is(d, t0 - 1, "as")) {
            uint32_t k = t0 - 2 - sift_tok_is(d, t0 - 2, "only");
            if ((sift_tok_is(d, k, "name") || sift_tok_is(d, k, "nickname")) &&
                (sift_tok_is(d, k - 1, "her") || sift_tok_is(d, k - 1, "his")))
                sex = sift_tok_is(d, k - 1, "her") ? 'F' : 'M';
        }
        /* (or by the title before it: "Baroness Hollingsworth", "Sir Ian") */
        static const char *const hers[] = {"baroness", "lady", "dame", "countess", "queen", "princess",
                                           "mrs", "ms", "miss", "madam", "madame", "sister", NULL};
        static const char *const his[] = {"lord", "sir", "baron", "earl", "viscount", "king", "prince",
                                          "mr", "father", "brother", NULL};
        if (!sex && t0 > s0 && (d->toks.v[t0 - 1].flags & TF_CAP))
            sex = sift_tok_in(d, t0 - 1, hers) ? 'F' : sift_tok_in(d, t0 - 1, his) ? 'M' : 0;
        /* (or by a kinship word right before it: "Selvi, whose husband
         * Arumugam died on Friday", "her son Karthik") */
        if (!sex && t0 >= s0 + 2 && !(d->toks.v[t0 - 1].flags & TF_CAP) &&
            (sift_tok_is(d, t0 - 2, "whose") || sift_tok_is(d, t0 - 2, "her") || sift_tok_is(d, t0 - 2, "his")))
            sex = sift_noun_sex(d, t0 - 1);
        if (!sex && (t0 < s0 + 3 || !sift_is_punct(d, t0 - 1, ',')))
            continue;
        for (uint32_t k = t0 - 1; k-- > s0 && k + 24 > t0 && !sex;) {
            const tok *t = &d->toks.v[k];
            if ((t->ment >= 0 && d->ments.v[t->ment].type == ET_PERSON) || t->kind == TK_QUOTE)
                break;
            /* ("who gave only her first name", "gave his name as") */
            if ((sift_tok_is(d, k, "her") || sift_tok_is(d, k, "his")) && k + 1 < t0 &&
                (sift_tok_is(d, k + 1, "name") || sift_tok_is(d, k + 2, "name") || sift_tok_is(d, k + 1, "nickname")))
                sex = sift_tok_is(d, k, "her") ? 'F' : 'M';
            else if (sift_tok_is(d, k, "who"))
                verb = 0; /* (a relative clause's verb is its own) */
            else if ((t->upos == SIFT_UPOS_VERB || t->upos == SIFT_UPOS_AUX) &&
                     !(TOK_N(d, k) > 4 && memcmp(TOK_S(d, k) + TOK_N(d, k) - 3, "ing", 3) == 0))
                verb = 1;
            /* ("a woman", "her husband, Vasyl,") */
            else if (!verb && !(t->flags & TF_CAP) && k > s0 &&
                     ((d->toks.v[k - 1].w.flags & W_DET) || (d->toks.v[k - 1].flags & TF_POSS) ||
                      sift_tok_is(d, k - 1, "her") || sift_tok_is(d, k - 1, "his")))
                sex = sift_noun_sex(d, k);
        }
        if (sex || !en->gender)
            en->gender = (uint8_t)sex;
    }
}

/* Is the word at k one "her" owns ("her ministry"), not one after "her"
 * as an object ("told her that")? By the tagger's noun, or, as it may call
 * a noun after "her" a pronoun, by a plain word the lists know as nothing
 * else. */
static int her_owns(const doc *d, uint32_t k)
{
    const tok *t = &d->toks.v[k];
    return t->upos == SIFT_UPOS_NOUN ||
           (t->kind == TK_WORD && !(t->flags & TF_CAP) &&
            !(t->w.flags & (W_VERB | W_AUX | W_PREP | W_DET | W_PRONOUN | W_STOP)) && t->upos != SIFT_UPOS_VERB &&
            t->upos != SIFT_UPOS_ADV && t->upos != SIFT_UPOS_ADP && t->upos != SIFT_UPOS_SCONJ);
}

/* The sex a pronoun or possessive at t gives (before hi): "he", "she",
 * "his", or "her" before what she owns ("her ministry", "her first
 * term"), not "her" as an object ("told her that"); else 0. */
static int sex_of_pronoun(const doc *d, uint32_t t, uint32_t hi)
{
    if (pronoun_at(d, t))
        return pronoun_at(d, t);
    if (sift_tok_is(d, t, "his"))
        return 'M';
    return sift_tok_is(d, t, "her") && t + 1 < hi &&
                   (her_owns(d, t + 1) ||
                    (t + 2 < hi && d->toks.v[t + 1].upos == SIFT_UPOS_ADJ && her_owns(d, t + 2)))
               ? 'F'
               : 0;
}

/*
 * A name whose first name's statistics give one sex and that the story
 * calls by the other ("Toni Baric, who chairs the association, said ... .
 * He described"; "Baric said he would") takes the story's word: when
 * every such pronoun after it is of the other sex, the sex is that one.
 */
static void pronoun_sex(doc *d)
{
    for (size_t e = 0; e < d->ents.n; e++) {
        entity *en = &d->ents.v[e];
        /* (a name the statistics give no sex takes the story's, when it
         * says only one) */
        if (en->type != ET_PERSON || (en->gender != 'M' && en->gender != 'F' && en->gender != 0))
            continue;
        int agree = 0, other = 0, men = 0, women = 0;
        for (size_t k = 0; k < en->ments.n; k++) {
            const mention *m = &d->ments.v[en->ments.v[k]];
            if (m->kind != MK_NAME || (d->toks.v[m->t0].flags & TF_INQUOTE))
                continue;
            uint32_t s = d->toks.v[m->t0].sent, g = 0;
            /* "Baric said he", and "Baric, who ..., said ... . He described" */
            if (m->t1 + 1 < d->toks.n && (d->toks.v[m->t1].w.flags & W_CUE) && !(d->toks.v[m->t1].flags & TF_CAP))
                g = pronoun_at(d, m->t1 + 1);
            /* (no one else in its sentence: named, for both tests below,
             * or by a pronoun, for the next sentence's: "Mary Smith met him
             * at the airport. He said") */
            int one = 1, pronoun = 0;
            for (uint32_t t = d->sents.v[s].t0; t < d->sents.v[s].t1; t++) {
                one &= !(d->toks.v[t].ment >= 0 && d->ments.v[d->toks.v[t].ment].type == ET_PERSON &&
                         d->ments.v[d->toks.v[t].ment].entity != (int)e);
                pronoun |= !(d->toks.v[t].flags & TF_INQUOTE) &&
                           (pronoun_at(d, t) || sift_tok_is(d, t, "him") || sift_tok_is(d, t, "his") ||
                            sift_tok_is(d, t, "her"));
            }
            /* (the name or its title opening the sentence: "Education
             * Minister Javiera Ossandón offered that assessment ... . She
             * said") */
            uint32_t opens = m->title_t0 >= 0 && (uint32_t)m->title_t0 < m->t0 ? (uint32_t)m->title_t0 : m->t0;
            /* (the next sentence's pronoun is weak evidence: it may mean
             * someone of its sex named in the sentence before, and then does
             * not turn the statistics' sex: "Rodrigo Fuentes said ... .
             * Paula Ibanez said ... . He said") */
            int weak = 0;
            if (!g && one && !pronoun && opens == sift_body_start(d, s) && s + 1 < d->sents.n)
                g = pronoun_at(d, sift_body_start(d, s + 1)), weak = 1;
            /* (or named last, after the verb: '"...," said the executive,
             * Tran Minh Duc. ¶ He said') */
            int inverted = 0;
            for (uint32_t t = opens; t-- > d->sents.v[s].t0 && t + 6 > opens && !inverted;)
                inverted = (d->toks.v[t].w.flags & W_CUE) && !(d->toks.v[t].flags & (TF_CAP | TF_INQUOTE));
            if (!g && one && !pronoun && inverted && m->t1 + 1 == d->sents.v[s].t1 && s + 1 < d->sents.n)
                g = pronoun_at(d, sift_body_start(d, s + 1)), weak = 1;
            /* (or, for a name of no known sex, the pronoun that attributes
             * the quotation the next sentence opens with: "Sipho Dlamini,
             * the stadium company's chief executive, said ... . ¶ '...,' he
             * said") */
            if (!g && !en->gender && one && !pronoun && opens == sift_body_start(d, s) && s + 1 < d->sents.n &&
                d->toks.v[d->sents.v[s + 1].t0].kind == TK_QUOTE) {
                uint32_t last = s + 3 < d->sents.n ? s + 3 : (uint32_t)d->sents.n - 1;
                for (uint32_t c = d->sents.v[s + 1].t0 + 1; c < d->sents.v[last].t1; c++)
                    if (d->toks.v[c].kind == TK_QUOTE && !(d->toks.v[c].flags & (TF_QOPEN | TF_POSS))) {
                        g = pronoun_at(d, c + 1);
                        break;
                    }
            }
            /* (or its own relative clause: "Dr. Ayanda Mthembu, a biologist
             * who has studied the park's rhinos for most of her career,
             * warned"; before "said he had been held", her son, with it) */
            for (uint32_t t = m->t1, who = 0; !g && one && t < d->sents.v[s].t1 && t < m->t1 + 24;
                 t++) {
                /* (on through a relative clause on its place: "who joined
                 * Hanbit from the labour ministry, where she oversaw") */
                if ((d->toks.v[t].flags & TF_INQUOTE) ||
                    (who && sift_is_punct(d, t, ',') && !sift_tok_is(d, t + 1, "where")) ||
                    ((d->toks.v[t].w.flags & W_CUE) && !who))
                    break;
                if (sift_tok_is(d, t, "who") && !(d->toks.v[t].flags & TF_CAP))
                    who = t;
                else if (who) /* (not "who drove up to check on her") */
                    g = sex_of_pronoun(d, t, d->sents.v[s].t1);
            }
            /* (or "Gift Kaunda, told a radio station that his office had") */
            uint32_t cue = m->t1 + sift_is_punct(d, m->t1, ',');
            /* (past an age: "Rana Imtiaz Ahmed, 57, who owns a weaving
             * unit ..., said his factory had") */
            if (cue > m->t1 && cue + 2 < d->sents.v[s].t1 && d->toks.v[cue].kind == TK_NUM && TOK_N(d, cue) <= 3 &&
                sift_is_punct(d, cue + 1, ','))
                cue += 2;
            /* (past a description: "Kim Hye-jin, head of digital news at the
             * public broadcaster KBS, said her newsroom had") */
            if (cue > m->t1 && cue < d->sents.v[s].t1 && d->toks.v[cue].kind == TK_WORD &&
                !(d->toks.v[cue].flags & TF_CAP) && !(d->toks.v[cue].w.flags & W_CUE)) {
                uint32_t c = cue;
                while (c < d->sents.v[s].t1 && c < cue + 24 && !sift_is_punct(d, c, ',') &&
                       d->toks.v[c].kind != TK_QUOTE)
                    c++;
                if (c + 1 < d->sents.v[s].t1 && sift_is_punct(d, c, ','))
                    cue = c + 1;
            }
            if (!g && cue + 1 < d->sents.v[s].t1 && (d->toks.v[cue].w.flags & W_CUE) &&
                !(d->toks.v[cue].flags & (TF_CAP | TF_INQUOTE))) {
                uint32_t c = cue + 1; /* (past the one told: "told a local radio station that") */
                /* (not past a pronoun right after the verb: "said she had not
                 * known that he needed") */
                while (c < d->sents.v[s].t1 && c < cue + 7 && !sift_tok_is(d, c, "that") &&
                       d->toks.v[c].kind == TK_WORD && !pronoun_at(d, cue + 1))
                    c++;
                c = c < d->sents.v[s].t1 && sift_tok_is(d, c, "that") ? c + 1 : cue + 1;
                /* (or after its object, the participle that goes on with
                 * what the name said: "Yoon acknowledged the problem,
                 * saying her ministry would expand visas") */
                static const char *const going_on[] = {"saying", "adding", "arguing", "noting", "insisting", NULL};
                for (uint32_t t = cue + 1; t + 2 < d->sents.v[s].t1 && t < cue + 8 && !pronoun_at(d, c) &&
                                           d->toks.v[t].kind != TK_QUOTE;
                     t++)
                    if (sift_is_punct(d, t, ',')) {
                        if (sift_tok_in(d, t + 1, going_on))
                            c = t + 2;
                        break;
                    }
                /* (no one else named before the pronoun: "Farhana Kabir, the
                 * envoy, said she had asked for a meeting with Ramli") */
                int alone = 1;
                for (uint32_t t = d->sents.v[s].t0; t <= c; t++)
                    alone &= !(d->toks.v[t].ment >= 0 && d->ments.v[d->toks.v[t].ment].type == ET_PERSON &&
                               d->ments.v[d->toks.v[t].ment].entity != (int)e);
                g = alone ? sex_of_pronoun(d, c, d->sents.v[s].t1) : 0;
                /* (nor past a relation named before the verb, whom the
                 * pronoun may mean: "Evelyn Cabahug, whose brother Arnel
                 * died, said he had been held for two years") */
                static const char *const kin[] = {"brother", "son", "husband", "father", "sister", "daughter",
                                                  "wife", "mother", "nephew", "niece", "uncle", "aunt", NULL};
                for (uint32_t t = m->t1; g && t < cue; t++)
                    if (sift_tok_in(d, t, kin) && !(d->toks.v[t].flags & TF_CAP))
                        g = 0;
            }
            /* (weak only with someone of that sex named just before) */
            int before = 0;
            for (uint32_t t = s > 0 ? d->sents.v[s - 1].t0 : 0; weak && g && en->gender && s > 0 &&
                                                               t < d->sents.v[s - 1].t1 && !before;
                 t++)
                before = d->toks.v[t].ment >= 0 && d->ments.v[d->toks.v[t].ment].type == ET_PERSON &&
                         d->ments.v[d->toks.v[t].ment].entity >= 0 &&
                         d->ments.v[d->toks.v[t].ment].entity != (int)e &&
                         d->ents.v[d->ments.v[d->toks.v[t].ment].entity].gender == g &&
                         !(d->toks.v[t].flags & TF_INQUOTE);
            agree += g && g == en->gender;
            other += g && g != en->gender && !before;
            men += g == 'M';
            women += g == 'F';
        }
        if (!en->gender)
            en->gender = men && !women ? 'M' : women && !men ? 'F' : 0;
        else if (other && !agree)
            en->gender = en->gender == 'M' ? 'F' : 'M';
        en->gender_told = en->gender && (en->gender == 'M' ? men && !women : women && !men);
    }
}

/*
 * "Among them is Dolores Fairley, who has lived ... . A retired school
 * cook, she spent ...": a description opening a sentence before its
 * pronoun describes the person the sentence before last named (of the
 * pronoun's sex, or of none known), when nothing described her yet; so
 * "the retired cook" later is Fairley.
 */
static void fronted_descriptions(doc *d)
{
    for (uint32_t s = 1; s < d->sents.n; s++) {
        uint32_t b = sift_body_start(d, s), h = b + 1;
        if (!(sift_tok_is(d, b, "a") || sift_tok_is(d, b, "an")) || (d->toks.v[b].flags & TF_INQUOTE))
            continue;
        while (h < d->sents.v[s].t1 && h < b + 6 && d->toks.v[h].kind == TK_WORD && !(d->toks.v[h].flags & TF_CAP))
            h++;
        if (h == b + 1 || h + 1 >= d->sents.v[s].t1 || !sift_is_punct(d, h, ',') ||
            !(d->toks.v[h - 1].w.flags & (W_PERSON_NOUN | W_TITLE)) || !pronoun_at(d, h + 1))
            continue;
        int g = pronoun_at(d, h + 1), who = -1;
        for (uint32_t t = d->sents.v[s - 1].t0; t < d->sents.v[s - 1].t1; t++) {
            const mention *mm = d->toks.v[t].ment >= 0 ? &d->ments.v[d->toks.v[t].ment] : NULL;
            if (mm && mm->type == ET_PERSON && mm->entity >= 0 && !(d->toks.v[t].flags & TF_INQUOTE) &&
                (!d->ents.v[mm->entity].gender || d->ents.v[mm->entity].gender == g))
                who = mm->entity;
        }
        if (who >= 0 && !d->ents.v[who].desc)
            d->ents.v[who].desc = sift_span_text(d, b, h);
    }
}

int sift_resolve(doc *d)
{
    if (d->ments.n > 1)
        qsort(d->ments.v, d->ments.n, sizeof *d->ments.v, cmp_mention);
    name_index ix;
    size_t cap = 64;
    while (cap < d->ments.n * 4 + 8)
        cap *= 2;
    ix.mask = cap - 1;
    ix.v = sift_arena_calloc(d->arena, cap, sizeof *ix.v);
    if (!ix.v)
        return -1;
    for (size_t i = 0; i < d->toks.n; i++)
        d->toks.v[i].ment = -1;
    /* "Halvorsen agrees takeover ... Norwegian industrial group Halvorsen
     * agreed", "Mersey Vale sack manager ... League One club Mersey Vale":
     * a name guessed a person (in a headline, most often) that the text
     * names an organisation later is one from the start. One pass from the
     * end, with the organisation names seen so far. */
    name_index later = {sift_arena_calloc(d->arena, cap, sizeof *ix.v), ix.mask};
    /* (and "Daeseong Steel ... Daeseong's chief executive": a guess whose
     * name, or its first word, owns what only a company has) */
    /* (its table made only when some name owns such a thing) */
    name_index owners = {NULL, ix.mask};
    if (!later.v)
        return -1;
    for (size_t m = 0; m < d->ments.n; m++) {
        const mention *mm = &d->ments.v[m];
        if (((mm->type == ET_PERSON && mm->title_t0 < 0 && !(d->toks.v[mm->t0].lexcls & (1u << LX_FIRST))) ||
             mm->type == ET_ORG) &&
            mm->kind == MK_NAME && (company_owned(d, mm->t1) || kind_next(d, mm->t0, mm->t1))) {
            char *w = sift_span_text(d, mm->t0, mm->t1);
            if (!owners.v)
                owners.v = sift_arena_calloc(d->arena, cap, sizeof *ix.v);
            if (!w || !owners.v)
                return -1;
            index_put(&owners, ET_ORG, w, 1);
        }
    }
    for (size_t m = d->ments.n; m-- > 0;) {
        mention *mm = &d->ments.v[m];
        int guessed = mm->type == ET_PERSON && mm->kind == MK_NAME && mm->title_t0 < 0 &&
                      !(d->toks.v[mm->t0].lexcls & (1u << LX_FIRST));
        if (mm->type != ET_ORG && !guessed)
            continue;
        char *w = sift_span_text(d, mm->t0, mm->t1);
        if (!w)
            return -1;
        if (mm->type == ET_ORG) {
            index_put(&later, ET_ORG, w, 1);
            continue;
        }
        char *w0 = owners.v ? sift_span_text(d, mm->t0, mm->t0 + 1) : NULL;
        if (owners.v && !w0)
            return -1;
        if (index_get(&later, ET_ORG, w) >= 0 ||
            (owners.v && (index_get(&owners, ET_ORG, w) >= 0 || index_get(&owners, ET_ORG, w0) >= 0)))
            mm->type = ET_ORG;
    }
    /* "Crestline" in the headline and after "Crestline Capital": a small
     * town's name that opens an organisation's name in this document is
     * that organisation, unless it is used as a place ("near Lewes" after
     * "Lewes Crown Court", "on the Kafue system") */
    static const char *const where[] = {"in", "near", "outside", "around", "across", "into", "through",
                                        "towards", "toward", "the", NULL};
    for (size_t m = 0; m < d->ments.n; m++) {
        mention *mm = &d->ments.v[m];
        if (mm->type != ET_GPE || mm->t1 - mm->t0 != 1 || !sift_lex_small_town(mm->lex) ||
            (mm->t0 > 0 && sift_tok_in(d, mm->t0 - 1, where)))
            continue;
        for (size_t o = 0; o < d->ments.n; o++)
            if (d->ments.v[o].type == ET_ORG && d->ments.v[o].t1 - d->ments.v[o].t0 >= 2 &&
                sift_org_short_form(d, mm->t0, mm->t1, &d->ments.v[o])) {
                mm->type = ET_ORG;
                mm->lex = NULL;
                break;
            }
    }
    for (size_t m = 0; m < d->ments.n; m++) {
        mention *mm = &d->ments.v[m];
        for (uint32_t t = mm->t0; t < mm->t1; t++)
            d->toks.v[t].ment = (int32_t)m;
        char *text = sift_span_text(d, mm->t0, mm->t1);
        if (!text)
            return -1;
        /* a lone word guessed a person ("Eskom said") that already names an
         * organisation or place in this document keeps that identity */
        if (mm->type == ET_PERSON && mm->t1 - mm->t0 == 1 && mm->kind == MK_NAME) {
            for (int t = ET_ORG; t < ET_N; t++)
                if (index_get(&ix, t, text) >= 0) {
                    mm->type = t;
                    break;
                }
        }
        /* so does a longer name the rules only guessed a person ("Pesa
         * Haraka lent ...") after it was found an organisation */
        if (mm->type == ET_PERSON && mm->rule && strcmp(mm->rule, "unknown-name") == 0 &&
            index_get(&ix, ET_ORG, text) >= 0)
            mm->type = ET_ORG;
        /* "Minister Sakurai Aiko ... ," Sakurai said', "President Hoshino
         * Takuya ... Hoshino said": a lone word taken for a place (a town
         * of that name) or for an organisation's short name, which is also
         * part of the name of a person of this document, is that person
         * when it speaks */
        /* (or is described by a clause about a person: "Kuroda, who has
         * led the company since 2021, said") */
        if ((mm->type == ET_GPE || mm->type == ET_LOC || mm->type == ET_ORG) && mm->t1 - mm->t0 == 1 &&
            mm->kind == MK_NAME && mm->t1 + 1 < d->toks.n &&
            (((d->toks.v[mm->t1].w.flags & W_CUE) && !(d->toks.v[mm->t1].flags & TF_CAP)) ||
             (sift_is_punct(d, mm->t1, ',') && sift_tok_is(d, mm->t1 + 1, "who")) ||
             /* (or opens a sentence as its verb's subject: "Vargas rejected
              * that account") */
             ((d->toks.v[mm->t0].flags & TF_SENT) && d->toks.v[mm->t1].upos == SIFT_UPOS_VERB &&
              !(d->toks.v[mm->t1].flags & TF_CAP)) ||
             /* (or before an aside and its verb of saying: "Duarte, asked
              * about the strike threat, said") */
             ((d->toks.v[mm->t0].flags & TF_SENT) && aside_then_cue(d, mm->t1))) &&
            person_named(d, text))
            mm->type = ET_PERSON;
        /* "Red Argentina de Pacientes Oncologicos, a coalition of patients'
         * organisations,": a name guessed a person that a description in
         * apposition calls a body is that body */
        if (mm->type == ET_PERSON && mm->kind == MK_NAME && described_as_body(d, mm->t1))
            mm->type = ET_ORG;
        /* (or a place: "At Mae La, the largest camp, ...") */
        if (mm->type == ET_PERSON && mm->kind == MK_NAME && mm->title_t0 < 0 && described_as_place(d, mm->t1))
            mm->type = ET_GPE;
        /* (or one in apposition after such a body by its kind: "the state
         * port authority, Portos do Parana,") */
        if (mm->type == ET_PERSON && mm->kind == MK_NAME && mm->t0 >= 3 && mm->title_t0 < 0 &&
            sift_is_punct(d, mm->t0 - 1, ',') && mm->t1 < d->toks.n && sift_is_punct(d, mm->t1, ',') &&
            !(d->toks.v[mm->t0 - 2].flags & TF_CAP) && d->toks.v[mm->t0 - 2].kind == TK_WORD &&
            sift_tok_in(d, mm->t0 - 2, (const char *const[]){"authority", "agency", "regulator", "operator",
                                                              "company", "firm", "group", "ministry", "council",
                                                              "union", "association", "watchdog", NULL})) {
            /* (the body the phrase is about, not where someone works: "an IT
             * manager at the economy ministry, Rein Tamm,") */
            uint32_t q = mm->t0 - 2;
            while (q > 0 && q + 5 > mm->t0 && !sift_tok_is(d, q, "the") && d->toks.v[q - 1].kind == TK_WORD &&
                   !(d->toks.v[q - 1].flags & TF_CAP))
                q--;
            int head = sift_tok_is(d, q, "the") &&
                       (q == 0 || !(d->toks.v[q - 1].w.flags & W_PREP) ||
                        (q >= 2 && sift_tok_is(d, q - 1, "to") && sift_tok_is(d, q - 2, "according")));
            if (head)
                mm->type = ET_ORG;
        }
        /* "Kisan Sangharsh Manch general secretary Baldev Singh Chahal": a
         * name guessed a person, then a title in small letters and a
         * person's name, is the body whose title it is */
        if (mm->type == ET_PERSON && mm->kind == MK_NAME && mm->t1 - mm->t0 >= 2) {
            uint32_t k = mm->t1;
            while (k < d->toks.n && k < mm->t1 + 3 && d->toks.v[k].kind == TK_WORD &&
                   !(d->toks.v[k].flags & TF_CAP) && (d->toks.v[k].w.flags & (W_TITLE | W_TITLE_MOD)))
                k++;
            const mention *next = k > mm->t1 && m + 1 < d->ments.n ? &d->ments.v[m + 1] : NULL;
            if (next && next->t0 == k && next->type == ET_PERSON && next->t1 - next->t0 >= 2 &&
                (d->toks.v[k - 1].w.flags & W_TITLE))
                mm->type = ET_ORG;
        }
        /* (and the other way round: "Gábor Antal, a line producer who
         * works ...", no word of an organisation's name in it) */
        int org_word = 0;
        for (uint32_t t = mm->t0; t < mm->t1 && !org_word; t++)
            org_word = (d->toks.v[t].w.flags & (W_ORGKEY | W_ORGPRE)) != 0 || d->toks.v[t].kind != TK_WORD;
        if (mm->type == ET_ORG && mm->kind == MK_NAME && mm->t1 - mm->t0 == 2 && !org_word &&
            described_as_who(d, mm->t1))
            mm->type = ET_PERSON;
        /* (or its verb of saying, then "his" or "her": "Grain wholesaler
         * Kedir Mohammed said his sales had fallen") */
        if (mm->type == ET_ORG && mm->kind == MK_NAME && mm->t1 - mm->t0 == 2 && !org_word && mm->t1 + 1 < d->toks.n &&
            (d->toks.v[mm->t1].w.flags & W_CUE) && !(d->toks.v[mm->t1].flags & TF_CAP) &&
            (sift_tok_is(d, mm->t1 + 1, "his") || sift_tok_is(d, mm->t1 + 1, "her")) &&
            ((d->toks.v[mm->t0].lexcls | d->toks.v[mm->t1 - 1].lexcls) & ((1u << LX_FIRST) | (1u << LX_LAST))))
            mm->type = ET_PERSON;
        /* "the village of Pir Kallag ... Elders in Pir Kallag": a name of
         * two words or more already known as a place stays that place */
        /* "the Australian Bureau of Statistics said ... The ABS said": an
         * acronym taken for a place (none, a small town: Abs, Yemen, or one
         * whose name is not in capitals: Imo State for "IMO") that spells a
         * body named before is that body */
        if (mm->type == ET_GPE &&
            (!mm->lex || sift_lex_small_town(mm->lex) || strcmp(mm->lex->form, text) != 0) &&
            mm->kind == MK_NAME && strlen(text) >= 3 && mm->t1 - mm->t0 == 1 &&
            (d->toks.v[mm->t0].flags & TF_ALLCAPS) && acronym_letters(text) && spelled_before(d, text) >= 0)
            mm->type = ET_ORG;
        if (mm->type == ET_PERSON && mm->t1 - mm->t0 >= 2 && index_get(&ix, ET_GPE, text) >= 0)
            mm->type = ET_GPE;
        else if (mm->type == ET_PERSON && mm->t1 - mm->t0 >= 2 && index_get(&ix, ET_LOC, text) >= 0)
            mm->type = ET_LOC;
        int e = entity_for(d, &ix, mm, text);
        if (e < 0)
            return -1;
        mm->entity = e;
        entity *en = &d->ents.v[e];
        if (en->type != ET_PERSON && mm->kind == MK_NAME && strlen(text) > strlen(en->name) &&
            strcmp(text, en->canon) != 0 && en->ments.n > 0 && !(d->toks.v[mm->t0].flags & TF_ALLCAPS))
            en->name = text; /* "Kursk" then "Kursk Oblast": the fuller form */
        if (SIFT_VEC_PUSH(d->arena, en->ments, (int)m) != 0)
            return -1;
        if (en->ments.n == 1)
            en->first_tok = mm->t0;
        en->last_tok = mm->t0;
        if (mm->title_t0 >= 0 && !en->title) {
            en->title = sift_span_text(d, (uint32_t)mm->title_t0, mm->t0);
            if (!en->title)
                return -1;
        }
        /* (from a mention that opens with the name's first word: not "Van
         * der Linden" for "Marieke van der Linden", whose "Van" the
         * statistics call a man's name) */
        const char *sp0 = strchr(en->name, ' ');
        size_t fw = sp0 ? (size_t)(sp0 - en->name) : strlen(en->name);
        if (!en->gender && fw == TOK_N(d, mm->t0) && strncmp(en->name, TOK_S(d, mm->t0), fw) == 0)
            en->gender = first_name_gender(d, mm);
    }
    pronoun_sex(d);
    described_sex(d);
    appositive_descriptions(d);
    fronted_descriptions(d);
    org_descriptions(d);
    return 0;
}

/* Does a person's name at [t0,t1) name a thing after it, "the" before
 * ("the Maximo Reyes plant", "the Nelson Mandela bridge")? */
static int names_thing(const doc *d, uint32_t t0, uint32_t t1)
{
    return t0 > 0 && sift_tok_is(d, t0 - 1, "the") && t1 < d->toks.n && d->toks.v[t1].kind == TK_WORD &&
           !(d->toks.v[t1].flags & TF_CAP) &&
           !(d->toks.v[t1].w.flags & (W_STOP | W_PREP | W_DET | W_AUX | W_VERB | W_CUE | W_PRONOUN)) &&
           /* (the tagger may call "plant" a verb there; not "the Smith
            * named in the report") */
           !(TOK_N(d, t1) > 3 && memcmp(TOK_S(d, t1) + TOK_N(d, t1) - 2, "ed", 2) == 0);
}

int sift_resolve_pronoun(const doc *d, uint32_t i, int gender)
{
    /* the last person named before token i, outside quotations, within reach */
    uint32_t lo = i > 3000 ? i - 3000 : 0;
    int any = -1;
    for (uint32_t j = i; j-- > lo;) {
        const tok *t = &d->toks.v[j];
        if (t->ment < 0 || (t->flags & TF_INQUOTE))
            continue;
        const mention *m = &d->ments.v[t->ment];
        if (m->type != ET_PERSON || m->entity < 0 || (m->rule && strcmp(m->rule, "byline") == 0))
            continue; /* (not the writer: "By Katharina Vogel | FRANKFURT") */
        /* (nor a name that names a thing: "at the Maximo Reyes plant") */
        if (names_thing(d, m->t0, m->t1)) {
            j = m->t0;
            continue;
        }
        const entity *e = &d->ents.v[m->entity];
        if (any < 0)
            any = m->entity;
        /* a name's gender from first-name statistics is a hint, not a rule */
        if ((gender == 'M' || gender == 'F') && e->gender && e->gender != gender)
            continue;
        /* (a name of no known sex paragraphs back yields to one of the
         * pronoun's sex named a little before it: "Senator Adaeze Okafor
         * ... . ¶ ... said Femi Adeyemi ... . ¶ ... ¶ '...,' she said") */
        if (!e->gender && (gender == 'M' || gender == 'F') &&
            d->sents.v[t->sent].para + 2 <= d->sents.v[d->toks.v[i].sent].para) {
            uint32_t far = d->sents.v[t->sent].para > 3 ? d->sents.v[t->sent].para - 3 : 0;
            for (uint32_t k = m->t0; k-- > lo && d->sents.v[d->toks.v[k].sent].para >= far;) {
                const tok *u = &d->toks.v[k];
                if (u->ment < 0 || (u->flags & TF_INQUOTE) || d->ments.v[u->ment].type != ET_PERSON ||
                    d->ments.v[u->ment].entity < 0 || d->ments.v[u->ment].entity == m->entity)
                    continue;
                if (d->ents.v[d->ments.v[u->ment].entity].gender == gender &&
                    !(d->ments.v[u->ment].rule && strcmp(d->ments.v[u->ment].rule, "byline") == 0))
                    return d->ments.v[u->ment].entity;
            }
        }
        return m->entity;
    }
    return any;
}

/* Lowercase word list of s (letters only), for title comparison. */
static int words_in(const char *title, const char *w, size_t n)
{
    char low[128];
    size_t m = sift_utf8_lower(title, strlen(title), low, sizeof low);
    for (size_t i = 0; i + n <= m; i++) {
        /* (the parts of a compound count: "fly-half") */
        if ((i == 0 || low[i - 1] == ' ' || low[i - 1] == '-') && memcmp(low + i, w, n) == 0 &&
            (i + n == m || low[i + n] == ' ' || low[i + n] == '.' || low[i + n] == '-' ||
             low[i + n] == '\''))  /* ("the union's secretary general") */
            return 1;
    }
    return 0;
}

/* Does `title` hold a word that means low[0..n) ("Dr" for "doctor", "captain"
 * for "skipper")? */
static int synonym_in(const char *title, const char *low, size_t n)
{
    static const struct {
        const char *word, *same;
    } synonyms[] = {{"doctor", "dr"},         {"skipper", "captain"},   {"founder", "founded"},
                    {"co-founder", "co-founded"}, {"owner", "owns"},     {"head", "heads"},
                    {"head", "runs"},           {"boss", "runs"},         {"chief", "heads"},
                    /* ("the agency's research chief" for its "head of capital markets research") */
                    {"chief", "head"},
                    {"judge", "justice"},       {"finance", "financial"},
                    {"chairman", "chairs"},     {"chairwoman", "chairs"}, {"chair", "chairs"},
                    /* ("the union leader" for its general secretary or president) */
                    {"leader", "secretary"},    {"leader", "president"},  {"leader", "chairman"},
                    {"leader", "chairwoman"},   {"leader", "chair"},      {"leader", "head"},
                    {"leader", "leads"},        {"leader", "led"}};
    for (size_t k = 0; k < sizeof synonyms / sizeof *synonyms; k++)
        if (strlen(synonyms[k].word) == n && memcmp(low, synonyms[k].word, n) == 0 &&
            words_in(title, synonyms[k].same, strlen(synonyms[k].same)))
            return 1;
    return 0;
}

/* Do n words in a row of `title` start with the n letters of low ("cfo" in
 * "chief financial officer")? */
static int initials_in(const char *title, const char *low, size_t n)
{
    char t[128];
    size_t m = sift_utf8_lower(title, strlen(title), t, sizeof t);
    if (n < 2 || n > 5 || m == 0)
        return 0;
    char first[32];
    size_t w = 0;
    for (size_t i = 0; i < m && w < sizeof first; i++)
        if ((i == 0 || t[i - 1] == ' ' || t[i - 1] == '-') && t[i] != ' ' && t[i] != '-')
            first[w++] = t[i];
    for (size_t i = 0; i + n <= w; i++)
        if (memcmp(first + i, low, n) == 0)
            return 1;
    return 0;
}

/* Does `title` name by its acronym an organisation whose name holds the
 * word low[0..n) ("union" for "the AAWU's general secretary", the Aviation
 * and Allied Workers Union)? */
static int acronym_holds(const doc *d, const char *title, const char *low, size_t n)
{
    /* (only a title with two capitals in a row reads the entities) */
    int caps = 0;
    for (const char *c = title; *c && caps < 2; c++)
        caps = *c >= 'A' && *c <= 'Z' ? caps + 1 : 0;
    for (size_t e = 0; caps == 2 && e < d->ents.n; e++) {
        const entity *en = &d->ents.v[e];
        if (en->type != ET_ORG || !en->alias || !words_in(en->name, low, n))
            continue;
        char a[32];
        size_t an = sift_utf8_lower(en->alias, strlen(en->alias), a, sizeof a);
        if (an > 1 && an < sizeof a && words_in(title, a, an))
            return 1;
    }
    return 0;
}

int sift_other_holder(const doc *d, uint32_t t0, uint32_t t1, const char *words)
{
    static const char *const others[] = {"shadow", "former", "deputy", "vice", "ex", NULL};
    char low[128];
    size_t m = sift_utf8_lower(words, strlen(words), low, sizeof low);
    for (const char *const *o = others; *o; o++) {
        size_t on = strlen(*o);
        for (size_t i = 0; i + on + 1 < m; i++) {
            if ((i > 0 && low[i - 1] != ' ') || memcmp(low + i, *o, on) != 0 ||
                (low[i + on] != ' ' && low[i + on] != '-'))
                continue;
            const char *w = low + i + on + 1;
            size_t wn = 0;
            while (w + wn < low + m && w[wn] != ' ')
                wn++;
            /* (the phrase's own rank, elsewhere in it, is the same: "a
             * deputy climate minister" for "the deputy minister") */
            int ranked = 0;
            for (uint32_t k = t0; k < t1 && !ranked; k++)
                ranked = sift_tok_is(d, k, *o);
            for (uint32_t k = t0; k < t1 && !ranked; k++)
                if (TOK_N(d, k) == wn && strncasecmp(TOK_S(d, k), w, wn) == 0)
                    return 1;
        }
    }
    return 0;
}

/* Are all content words of [t0,t1) in `words` (a title or description)? */
static int all_words_in(const doc *d, uint32_t t0, uint32_t t1, const char *words, uint32_t first)
{
    if (!words)
        return 0;
    int content = 0;
    const sent *fs = &d->sents.v[d->toks.v[first].sent];
    for (uint32_t i = t0; i < t1; i++) {
        const tok *t = &d->toks.v[i];
        if (t->kind != TK_WORD || (t->w.flags & W_DET) || (t->flags & TF_POSS))
            continue;
        /* "the England captain" after "England ... captain Oliver Hastings":
         * a team, a country or a people named in the sentence that
         * introduced the person */
        /* (or the sentence before, when "its" introduced the person:
         * "Nordkyst Air ... said ... . Its chief executive, Siri Lunde, said"
         * for "the Nordkyst chief", the first word of the name enough) */
        uint32_t from = fs->t0, fb = sift_body_start(d, d->toks.v[first].sent);
        if (fb + 1 < fs->t1 && (sift_tok_is(d, fb, "its") || sift_tok_is(d, fb, "their")) && d->toks.v[first].sent > 0)
            from = d->sents.v[d->toks.v[first].sent - 1].t0;
        if (t->ment >= 0 && d->ments.v[t->ment].type != ET_PERSON && d->ments.v[t->ment].entity >= 0) {
            int e = d->ments.v[t->ment].entity, seen = 0;
            for (uint32_t j = from; j < fs->t1 && !seen; j++)
                seen = d->toks.v[j].ment >= 0 && d->ments.v[d->toks.v[j].ment].entity == e && j < t0;
            if (seen)
                continue;
        }
        if (t->ment < 0 && (t->flags & TF_CAP) && from < fs->t0) {
            int seen = 0;
            for (uint32_t j = from; j < fs->t1 && j < t0 && !seen; j++)
                seen = d->toks.v[j].ment >= 0 && d->ments.v[d->toks.v[j].ment].type == ET_ORG &&
                       d->ments.v[d->toks.v[j].ment].t0 == j && sift_toks_equal(d, j, i, 1);
            if (seen)
                continue;
        }
        /* "the UNICEF official" for "UNICEF's deputy representative": any
         * title, after the name of where the person works */
        /* (or after words the description holds: "the air traffic
         * official" for "deputy general director of the state air traffic
         * management company") */
        if (sift_tok_is(d, i, "official") && !(t->flags & TF_CAP) && i > t0 &&
            (d->toks.v[i - 1].ment >= 0 || content > 0) && sift_tok_is(d, t0, "the")) { /* (not "A WHO official") */
            content++;
            continue;
        }
        /* "the leg-spinner" for "leg-spinner Hasan Mir", whose title the
         * recognizer keeps as "spinner": the compound's head is what counts */
        /* (but not a rank: "the vice-president" is not the president) */
        static const char *const ranks[] = {"vice", "deputy", "assistant", "co", "ex", "under", "acting", NULL};
        if (i + 2 < t1 && sift_is_punct(d, i + 1, '-') && !(d->toks.v[i + 1].flags & TF_SPACE) &&
            !sift_tok_in(d, i, ranks) &&
            d->toks.v[i + 2].kind == TK_WORD && !(d->toks.v[i + 2].flags & TF_SPACE) &&
            (d->toks.v[i + 2].w.flags & W_PERSON_NOUN))
            continue;
        char low[64];
        size_t n = sift_utf8_lower(TOK_S(d, i), TOK_N(d, i), low, sizeof low);
        /* "the coach" matches "head coach", and "chief" a "chief executive";
         * a plural or a word the description lacks does not; "the doctor"
         * matches "Dr", "the skipper" a "captain", "the CFO" a "chief
         * financial officer" */
        if (!words_in(words, low, n) && !synonym_in(words, low, n) &&
            !((t->flags & TF_ALLCAPS) && initials_in(words, low, n)) && !acronym_holds(d, words, low, n))
            return 0;
        content++;
    }
    if (content > 0 && sift_other_holder(d, t0, t1, words))
        return 0;
    /* "the palace" is no "senior palace official": a head that names no
     * person, used where the person was introduced to modify one (looked
     * for last, only when the words match) */
    const tok *h = &d->toks.v[t1 - 1];
    if (content > 0 && h->kind == TK_WORD && !(h->w.flags & (W_PERSON_NOUN | W_TITLE))) {
        uint32_t lo = first > 40 ? first - 40 : 0;
        for (uint32_t k = lo; k + 1 < d->toks.n && k < first + 40; k++)
            if (sift_toks_equal(d, k, t1 - 1, 1) && (d->toks.v[k + 1].w.flags & (W_PERSON_NOUN | W_TITLE)) &&
                !(d->toks.v[k + 1].flags & TF_CAP))
                return 0;
    }
    return content > 0;
}

/* "The department's most senior official" or "the president of the owners'
 * association" for a person introduced as "..., who has led the department
 * since 2024,": the head of a body whose noun the description leads. */
static int leader_of(const doc *d, uint32_t t0, uint32_t t1, const char *desc)
{
    static const char *const heads[] = {"official", "president", "chief", "head", "leader", "boss",
                                        "director", "chairman", "chairwoman", "chair", NULL};
    static const char *const mods[] = {"most", "senior", "top", "chief", "highest-ranking", NULL};
    static const char *const leads[] = {"led", "leads", "heads", "headed", "runs", "chairs", "chaired", NULL};
    /* (or a description's relative clause: "a former shift boss who now
     * heads the Copperbelt Mineworkers Federation") */
    const char *who = desc ? strstr(desc, " who ") : NULL;
    if (desc && strncmp(desc, "who ", 4) != 0 && who)
        desc = who + 1;
    if (!desc || strncmp(desc, "who ", 4) != 0 || t1 - t0 < 3 || !sift_tok_is(d, t0, "the"))
        return 0;
    int lead = 0;
    for (size_t k = 0; leads[k] && !lead; k++)
        lead = words_in(desc, leads[k], strlen(leads[k]));
    if (!lead)
        return 0;
    uint32_t noun;
    if (sift_tok_in(d, t1 - 1, heads)) { /* "the department's most senior official" */
        uint32_t h = t1 - 1;
        while (h > t0 + 2 && sift_tok_in(d, h - 1, mods))
            h--;
        /* (or the noun before it: "the commission chairman") */
        int compound = h == t0 + 2 && d->toks.v[h - 1].kind == TK_WORD && !(d->toks.v[h - 1].flags & TF_CAP);
        if (!compound && (!(d->toks.v[h - 1].flags & TF_POSS) || h - 2 != t0 + 1))
            return 0;
        noun = t0 + 1;
    } else if (sift_tok_in(d, t0 + 1, heads) && sift_tok_is(d, t0 + 2, "of") && t1 > t0 + 3) {
        noun = t1 - 1; /* "the president of the owners' association" */
    } else {
        return 0;
    }
    const tok *n = &d->toks.v[noun];
    if (n->kind != TK_WORD || (n->flags & TF_CAP) || n->ment >= 0 || n->upos != SIFT_UPOS_NOUN)
        return 0;
    char low[64];
    size_t ln = sift_utf8_lower(TOK_S(d, noun), TOK_N(d, noun), low, sizeof low);
    /* (a union by the name of its kind: "the union's leader" for one who
     * heads a federation or a congress of unions) */
    if (strcmp(low, "union") == 0 && (words_in(desc, "federation", 10) || words_in(desc, "congress", 8)))
        return 1;
    return words_in(desc, low, ln);
}

/* The first person named, outside quotations, in the last sentence before
 * token i that names one (its subject, most often: "Claudia Sheinbaum was
 * sworn in ..., succeeding Andrés Manuel López Obrador"), at most a few
 * paragraphs back; -1 if none. */
static int last_person(const doc *d, uint32_t i)
{
    uint32_t lo = i > 400 ? i - 400 : 0;
    for (uint32_t j = i; j-- > lo;) {
        int m = d->toks.v[j].ment;
        if (m < 0 || d->ments.v[m].type != ET_PERSON || d->ments.v[m].entity < 0 ||
            (d->toks.v[j].flags & TF_INQUOTE))
            continue;
        int first = d->ments.v[m].entity;
        uint32_t s0 = d->sents.v[d->toks.v[j].sent].t0;
        for (uint32_t k = j; k-- > s0;) {
            int mk = d->toks.v[k].ment;
            /* not an owner: "Castlebridge's veteran forward Declan Ó Briain" */
            uint32_t e1 = mk >= 0 ? d->ments.v[mk].t1 : 0;
            if (mk >= 0 && d->ments.v[mk].type == ET_PERSON && d->ments.v[mk].entity >= 0 &&
                !(d->toks.v[k].flags & TF_INQUOTE) && !(e1 < d->toks.n && (d->toks.v[e1].flags & TF_POSS)))
                first = d->ments.v[mk].entity;
        }
        return first;
    }
    return -1;
}

uint32_t sift_quote_opening_sentence(const doc *d, uint32_t t)
{
    uint32_t s = d->toks.v[t].sent;
    for (;;) {
        uint32_t t0 = d->sents.v[s].t0;
        if (s == 0 || t0 == 0 || (d->toks.v[t0].flags & TF_PARA) ||
            !((d->toks.v[t0].flags & TF_INQUOTE) ||
              (d->toks.v[t0 - 1].kind == TK_QUOTE && !(d->toks.v[t0 - 1].flags & TF_QOPEN))))
            return s;
        s--;
    }
}

/* The age written at token i as "54-year-old" (five tokens), or -1. */
int sift_age_follows(const doc *d, uint32_t t1)
{
    if (t1 + 2 >= d->toks.n || !sift_is_punct(d, t1, ',') || d->toks.v[t1 + 1].kind != TK_NUM ||
        !sift_is_punct(d, t1 + 2, ','))
        return 0;
    size_t n = TOK_N(d, t1 + 1);
    const char *s = TOK_S(d, t1 + 1);
    return n <= 3 && s[0] >= '1' && s[0] <= '9' && (n < 3 || s[0] == '1') && strspn(s, "0123456789") == n;
}

int sift_age_at(const doc *d, uint32_t i)
{
    if (i + 4 >= d->toks.n || d->toks.v[i].kind != TK_NUM || !sift_is_punct(d, i + 1, '-') ||
        !sift_tok_is(d, i + 2, "year") || !sift_is_punct(d, i + 3, '-') || !sift_tok_is(d, i + 4, "old"))
        return -1;
    return (int)d->toks.v[i].num;
}

/* "the 54-year-old", "the 64-year-old Italian", "the 62-year-old former
 * Mexico City mayor": an age and at most four words that name no person;
 * or "the teenager". */
static int is_age_phrase(const doc *d, uint32_t t0, uint32_t t1)
{
    /* "the teenager", "the youngster" */
    if (t1 - t0 == 2 && sift_tok_is(d, t0, "the") &&
        (sift_tok_is(d, t0 + 1, "teenager") || sift_tok_is(d, t0 + 1, "youngster") ||
         sift_tok_is(d, t0 + 1, "octogenarian") || sift_tok_is(d, t0 + 1, "nonagenarian")))
        return 1;
    if (t1 - t0 < 6 || t1 - t0 > 10 || !sift_tok_is(d, t0, "the") || sift_age_at(d, t0 + 1) < 0)
        return 0;
    for (uint32_t k = t0 + 6; k < t1; k++)
        if (d->toks.v[k].kind != TK_WORD ||
            (d->toks.v[k].ment >= 0 && d->ments.v[d->toks.v[k].ment].type == ET_PERSON))
            return 0;
    return 1;
}

/* The age given with the person mention m ("18-year-old Tadhg ...",
 * "Jose Huizar, 55,"), or -1. */
static int mention_age(const doc *d, const mention *m)
{
    if (m->t0 >= 5 && sift_age_at(d, m->t0 - 5) >= 0)
        return sift_age_at(d, m->t0 - 5);
    if (m->t1 + 2 < d->toks.n && sift_is_punct(d, m->t1, ',') && d->toks.v[m->t1 + 1].kind == TK_NUM &&
        sift_is_punct(d, m->t1 + 2, ','))
        return (int)d->toks.v[m->t1 + 1].num;
    return -1;
}

/* The age any of an entity's first 16 mentions gives ("Rojas, 38,"), or -1. */
static int entity_age(const doc *d, const entity *en)
{
    for (size_t k = 0; k < en->ments.n && k < 16; k++) {
        int age = mention_age(d, &d->ments.v[en->ments.v[k]]);
        if (age >= 0)
            return age;
    }
    return -1;
}

/* Does a quotation in t0's sentence name the entity, by a word of its
 * name ("Today Álvaro was just a little better," the 22-year-old said)?
 * A speaker seldom names himself. */
static int named_in_quote(const doc *d, uint32_t t0, const entity *en)
{
    const sent *s = &d->sents.v[d->toks.v[t0].sent];
    for (uint32_t i = s->t0; i < s->t1; i++) {
        const tok *t = &d->toks.v[i];
        if (t->kind != TK_WORD || !(t->flags & TF_INQUOTE) || !(t->flags & TF_CAP) || TOK_N(d, i) < 3)
            continue;
        char low[64];
        size_t n = sift_utf8_lower(TOK_S(d, i), TOK_N(d, i), low, sizeof low);
        if (n > 0 && n < sizeof low && words_in(en->name, low, n))
            return 1;
    }
    return 0;
}

/* Who "the 18-year-old" or "the teenager" [t0,t1) is: the last person
 * named whose age fits, else the last person named. */
static int aged_person(const doc *d, uint32_t t0, uint32_t t1)
{
    int lo_age = 13, hi_age = 19;
    if (t1 - t0 >= 6)
        lo_age = hi_age = sift_age_at(d, t0 + 1);
    uint32_t lo = t0 > 400 ? t0 - 400 : 0;
    /* (with no one of that age: the person named most often whose age is
     * not given otherwise, the one the story is about: "The 24-year-old
     * said" after a minister's words about the champion) */
    int most = -1;
    size_t most_n = 0;
    for (uint32_t j = t0; j-- > lo;) {
        int m = d->toks.v[j].ment;
        if (m < 0 || d->ments.v[m].type != ET_PERSON || d->ments.v[m].entity < 0 || d->ments.v[m].t0 != j)
            continue;
        int age = mention_age(d, &d->ments.v[m]);
        if (age >= lo_age && age <= hi_age)
            return d->ments.v[m].entity;
        const entity *en = &d->ents.v[d->ments.v[m].entity];
        if (age < 0 && lo_age == hi_age && en->ments.n > most_n && entity_age(d, en) < 0 &&
            !named_in_quote(d, t0, en)) {
            most = d->ments.v[m].entity;
            most_n = en->ments.n;
        }
    }
    /* (a role after the age: "The 58-year-old mayor said" is the person
     * introduced as mayor, named in the three sentences before, whose age
     * is not given) */
    if (t1 - t0 >= 7 && d->toks.v[t1 - 1].kind == TK_WORD && TOK_N(d, t1 - 1) > 2) {
        char w[64];
        size_t n = sift_utf8_lower(TOK_S(d, t1 - 1), TOK_N(d, t1 - 1), w, sizeof w);
        uint32_t s = d->toks.v[t0].sent, near = d->sents.v[s >= 3 ? s - 3 : 0].t0;
        for (uint32_t j = t0; j-- > near;) {
            int m = d->toks.v[j].ment;
            if (m < 0 || d->ments.v[m].type != ET_PERSON || d->ments.v[m].entity < 0)
                continue;
            const entity *en = &d->ents.v[d->ments.v[m].entity];
            if (((en->title && words_in(en->title, w, n)) || (en->desc && words_in(en->desc, w, n))) &&
                entity_age(d, en) < 0) /* (not "Ortiz, 38," for "the 58-year-old director") */
                return d->ments.v[m].entity;
        }
    }
    /* (but "Asante, who has grown cocoa ..., said ... . The 61-year-old
     * told reporters": the person the sentence before opens with, in the
     * same paragraph, whose age is not given) */
    /* (from the sentence the quotation opens in: '"A sack costs me 210,000
     * pesos now. Before the pandemic it was 140,000," the 52-year-old said') */
    uint32_t s = sift_quote_opening_sentence(d, t0);
    if (s > 0 && !(d->toks.v[d->sents.v[s].t0].flags & TF_PARA)) {
        uint32_t b = sift_body_start(d, s - 1);
        int m = d->toks.v[b].ment;
        if (m >= 0 && d->ments.v[m].type == ET_PERSON && d->ments.v[m].entity >= 0 && d->ments.v[m].t0 == b &&
            !(d->toks.v[d->ments.v[m].t1].flags & TF_POSS) && entity_age(d, &d->ents.v[d->ments.v[m].entity]) < 0)
            return d->ments.v[m].entity;
    }
    /* (or, a paragraph on, the one person the sentence before names, with
     * a speech verb after the name: "Ingrid Kortekaas, chair of ..., said
     * farmers were exhausted. ¶ '...,' the 49-year-old said") */
    /* (back over sentences of that paragraph that name no one: "Tigist
     * Alemu, who grows coffee ..., said ... . Fertiliser had become more
     * expensive. ¶ '...,' the 44-year-old said") */
    for (uint32_t ps = s; ps > 0 && ps + 3 > s; ps--) {
        int who = -1, cue = 0;
        for (uint32_t k = d->sents.v[ps - 1].t0; k < d->sents.v[ps - 1].t1 && who != -2; k++) {
            int m = d->toks.v[k].ment;
            if (d->toks.v[k].flags & TF_INQUOTE)
                continue;
            if (m >= 0 && d->ments.v[m].type == ET_PERSON && d->ments.v[m].entity >= 0)
                who = who >= 0 && who != d->ments.v[m].entity ? -2 : d->ments.v[m].entity;
            else if ((d->toks.v[k].w.flags & W_CUE) && !(d->toks.v[k].flags & TF_CAP) &&
                     (who >= 0 || (k + 1 < d->toks.n && d->toks.v[k + 1].ment >= 0 &&
                                   d->ments.v[d->toks.v[k + 1].ment].type == ET_PERSON)))
                cue = 1; /* (or before it: '"...," said Jaroslav Kubíček') */
        }
        if (who >= 0 && cue && entity_age(d, &d->ents.v[who]) < 0)
            return who;
        if (who != -1 || (d->toks.v[d->sents.v[ps - 1].t0].flags & TF_PARA))
            break; /* (someone named, or the paragraph's first sentence) */
    }
    /* (or, a paragraph on, the person whose quotation the sentence before
     * ends: '"...," Brekke said. "They are not bluffing." ¶ The 52-year-old,
     * whose association represents 140 companies, added that') */
    /* (back over the quotation's parts not attributed yet: the paragraphs
     * it goes on in) */
    size_t nd = d->n_direct ? d->n_direct : d->quotes.n;
    uint32_t want = d->toks.v[t0].sent;
    for (size_t q = nd, parts = 0; lo_age == hi_age && q-- > 0 && parts < 4;) {
        const sift_quote *x = &d->quotes.v[q];
        if (x->span.end > d->toks.v[t0].start)
            continue;
        uint32_t q0 = sift_tok_at(d, x->span.start), b = sift_body_start(d, d->toks.v[q0].sent);
        if (d->toks.v[sift_tok_at(d, x->span.end - 1)].sent + 1 != want || (b != q0 && b + 1 != q0))
            break; /* (a quotation that opens its sentence, not "had been "a little tired"") */
        if (x->speaker < 0 && !x->speaker_name) {
            want = d->toks.v[sift_tok_at(d, x->span.start)].sent;
            parts++;
            continue;
        }
        if (x->speaker >= 0 && d->ents.v[x->speaker].type == ET_PERSON &&
            entity_age(d, &d->ents.v[x->speaker]) < 0)
            return x->speaker;
        break;
    }
    return most >= 0 && most_n >= 3 ? most : last_person(d, t0);
}

/* The country code in a lexicon entry's info ("country=Czechia;cc=CZ"), or 0. */
static int lex_cc(const mention *m, char cc[3])
{
    const char *p = m->lex && m->lex->info ? strstr(m->lex->info, "cc=") : NULL;
    if (!p || !p[3] || !p[4])
        return 0;
    cc[0] = p[3], cc[1] = p[4], cc[2] = '\0';
    return 1;
}

/* The nationality a person's name mention mm is given with: 1 the
 * country cc, -1 another, 0 none ("Czech" before it, "of the Czech
 * Republic" or "for Scotland" after it, "Colombia's" before it). */
static int nation_of_mention(const doc *d, const mention *mm, const char *cc)
{
    uint32_t j = mm->t0, a = mm->t1 + 1;
    if (a < d->toks.n && sift_tok_is(d, a, "the"))
        a++;
    int at[4] = {-1, -1, -1, -1}; /* the mentions that may give one */
    /* (a role may stand between: "Croatian qualifier Ivo Kovac", and a
     * country's name be the modifier: "Pakistan captain Saad Qureshi") */
    for (uint32_t b = j; b > 0 && b + 3 > j; b--) {
        const tok *t = &d->toks.v[b - 1];
        if (t->ment >= 0 && (d->ments.v[t->ment].type == ET_NORP ||
                             (d->ments.v[t->ment].type == ET_GPE && b < j && !(d->toks.v[b].flags & TF_CAP)))) {
            at[0] = (int)b - 1;
            break;
        }
        if (t->kind != TK_WORD || (t->flags & TF_CAP))
            break;
    }
    if (sift_tok_is(d, mm->t1, "of") && a < d->toks.n && d->toks.v[a].ment >= 0 &&
        d->ments.v[d->toks.v[a].ment].type == ET_GPE)
        at[1] = (int)a;
    if (j > 1 && (d->toks.v[j - 1].flags & TF_POSS) && d->toks.v[j - 2].ment >= 0 &&
        d->ments.v[d->toks.v[j - 2].ment].type == ET_GPE)
        at[2] = (int)j - 2;
    for (uint32_t k = mm->t1; k + 1 < d->toks.n && k < mm->t1 + 8 && d->toks.v[k].sent == d->toks.v[j].sent; k++)
        if (sift_tok_is(d, k, "for") && d->toks.v[k + 1].ment >= 0 &&
            d->ments.v[d->toks.v[k + 1].ment].type == ET_GPE) {
            at[3] = (int)k + 1;
            break;
        }
    int r = 0;
    char c[3];
    for (int i = 0; i < 4; i++)
        if (at[i] >= 0 && lex_cc(&d->ments.v[d->toks.v[at[i]].ment], c)) {
            /* (a country's name as modifier tells another nationality, but
             * not this one: a Scotland coach need not be "the Scot") */
            int modifier = i == 0 && d->ments.v[d->toks.v[at[i]].ment].type == ET_GPE;
            r = strcmp(c, cc) == 0 ? (modifier ? r : 1) : (r ? r : -1);
        }
    return r;
}

/* "the Czech said" after "Klara Novotná of the Czech Republic", "the
 * American" after "American Maya Okafor": the person last named with that
 * nationality in the 1500 tokens before t0; else, when any is set, the person named last in the three
 * sentences before it who was introduced with none other ("Lindqvist
 * served 17 aces ... The Swede said", not "Croatian qualifier Ivo Kovac"). */
static int person_of_nation(const doc *d, uint32_t t0, const char *cc, int any)
{
    uint32_t lo = t0 > 1500 ? t0 - 1500 : 0, s = d->toks.v[t0].sent;
    uint32_t near = d->sents.v[s >= 3 ? s - 3 : 0].t0;
    int cand[8], other[8], nc = 0;
    uint32_t at[8]; /* (each one's first mention in the latest sentence naming it) */
    for (uint32_t j = t0; j-- > lo;) {
        int m = d->toks.v[j].ment;
        if (m < 0 || d->ments.v[m].t0 != j)
            continue;
        const mention *mm = &d->ments.v[m];
        if (mm->type != ET_PERSON || (mm->kind != MK_NAME && mm->kind != MK_SURNAME) || mm->entity < 0)
            continue;
        int r = mm->kind == MK_NAME ? nation_of_mention(d, mm, cc) : 0, c = 0;
        if (r > 0)
            return mm->entity;
        while (c < nc && cand[c] != mm->entity)
            c++;
        if (c == nc && nc < 8 && j >= near && !(d->toks.v[j].flags & TF_INQUOTE)) {
            cand[nc] = mm->entity, other[nc] = 0, at[nc] = j;
            nc++;
        } else if (c < nc && d->toks.v[j].sent == d->toks.v[at[c]].sent && !(d->toks.v[j].flags & TF_INQUOTE)) {
            at[c] = j;
        }
        if (c < nc && r < 0)
            other[c] = 1;
    }
    /* (the latest sentence's subject first: "Brannigan, who top-scored
     * before edging Mir to slip, conceded ... the Australian told") */
    int best = -1;
    for (int c = 0; c < nc && any; c++)
        if (!other[c] && (best < 0 || d->toks.v[at[c]].sent > d->toks.v[at[best]].sent ||
                          (d->toks.v[at[c]].sent == d->toks.v[at[best]].sent && at[c] < at[best])))
            best = c;
    return best >= 0 ? cand[best] : -1;
}

int sift_other_nation(const doc *d, int e, uint32_t t0, uint32_t t1)
{
    char cc[3];
    if (e < 0 || t1 - t0 != 2 || d->toks.v[t0 + 1].ment < 0)
        return 0;
    const mention *nm = &d->ments.v[d->toks.v[t0 + 1].ment];
    if (nm->type != ET_NORP || !lex_cc(nm, cc))
        return 0;
    const entity *en = &d->ents.v[e];
    for (size_t i = 0; i < en->ments.n && i < 16; i++) {
        const mention *mm = &d->ments.v[en->ments.v[i]];
        if (mm->kind == MK_NAME && nation_of_mention(d, mm, cc) < 0)
            return 1;
    }
    return 0;
}

int sift_nation_person(const doc *d, uint32_t t0, uint32_t t1)
{
    char cc[3];
    if (t1 - t0 != 2 || !sift_tok_is(d, t0, "the") || d->toks.v[t0 + 1].ment < 0)
        return -1;
    const mention *nm = &d->ments.v[d->toks.v[t0 + 1].ment];
    return nm->type == ET_NORP && nm->t1 == t1 && lex_cc(nm, cc) ? person_of_nation(d, t0, cc, 1) : -1;
}

/* Does a title hold a rank ("Deputy Mayor", "Vice President", "former
 * minister") that the phrase [t0,t1) does not? */
static int rank_left_out(const doc *d, uint32_t t0, uint32_t t1, const char *title)
{
    static const char *const ranks[] = {"deputy", "vice", "assistant", "former", "acting", "junior", "shadow",
                                        "associate", "under", NULL};
    if (!title)
        return 0;
    for (const char *const *r = ranks; *r; r++) {
        size_t n = strlen(*r);
        if (!words_in(title, *r, n))
            continue;
        int said = 0;
        for (uint32_t i = t0; i < t1 && !said; i++)
            said = TOK_N(d, i) == n && strncasecmp(TOK_S(d, i), *r, n) == 0;
        if (!said)
            return 1;
    }
    return 0;
}

int sift_someone_else(const doc *d, uint32_t t0, uint32_t t1)
{
    static const char *const others[] = {"another", "other", "rival", "different", NULL};
    for (uint32_t i = t0; i < t1 && i < t0 + 14; i++) {
        if (sift_tok_in(d, i, others))
            return 1;
        /* (up to where the phrase ends: a comma, a verb) */
        if ((d->toks.v[i].kind != TK_WORD && !sift_is_punct(d, i, '-')) || d->toks.v[i].upos == SIFT_UPOS_VERB ||
            d->toks.v[i].upos == SIFT_UPOS_AUX)
            return 0;
    }
    return 0;
}

int sift_kept_unnamed_after(const doc *d, uint32_t j)
{
    /* (past a description between commas: "the chief executive of Katanga
     * Metals Group, one of the largest private producers in Lualaba
     * province, who spoke on condition that he not be named") */
    for (uint32_t k = j + 1, hi = sift_sent_t1(d, j); k < hi && k < j + 30; k++) {
        int x = sift_entity_at(d, k);
        if (d->toks.v[k].kind == TK_QUOTE || (x >= 0 && d->ents.v[x].type == ET_PERSON))
            break;
        if (sift_tok_is(d, k, "anonymity") ||
            ((sift_tok_is(d, k, "named") || sift_tok_is(d, k, "identified")) && sift_tok_is(d, k - 1, "be") &&
             (sift_tok_is(d, k - 3, "not") || sift_tok_is(d, k - 2, "not") || sift_tok_is(d, k - 3, "declined"))) ||
            ((sift_tok_is(d, k, "authorised") || sift_tok_is(d, k, "authorized")) && sift_tok_is(d, k - 1, "not")))
            return 1;
    }
    return 0;
}

/* "the commissioner" after "Bangladesh's Refugee Relief and Repatriation
 * Commissioner, Anisur Rahman Chowdhury,": the last person named before
 * token t0 right after the noun at h written as a title (its comma
 * between), with the phrase's other words among the six before it; -1 if
 * none. (The recognizer may take such a title for names of bodies, so no
 * title is kept for the person.) */
static int titled_before(const doc *d, uint32_t t0, uint32_t h)
{
    for (size_t e = d->ents.n; e-- > 0;) {
        const entity *en = &d->ents.v[e];
        uint32_t f = en->first_tok;
        if (en->type != ET_PERSON || f >= t0 || f < 2)
            continue;
        uint32_t k = f - 1 - sift_is_punct(d, f - 1, ',');
        if (!(d->toks.v[k].flags & TF_CAP) || (d->toks.v[k].flags & TF_INQUOTE) || TOK_N(d, k) != TOK_N(d, h) ||
            strncasecmp(TOK_S(d, k), TOK_S(d, h), TOK_N(d, h)) != 0)
            continue;
        /* (not "the foreign minister" for "Queensland Health Minister
         * Danielle Kowalski") */
        int all = 1;
        for (uint32_t w = t0 + 1; w < h && all; w++) {
            all = 0;
            for (uint32_t m = k > 6 ? k - 6 : 0; m < k && !all; m++)
                all = TOK_N(d, m) == TOK_N(d, w) && strncasecmp(TOK_S(d, m), TOK_S(d, w), TOK_N(d, w)) == 0;
        }
        if (all)
            return (int)e;
    }
    return -1;
}

/* Is the word at hk, in a description, the body the person works for
 * ("a spokesman for the prefecture", "a researcher at the institute"),
 * so that "the prefecture" is no name for that person? */
static int works_for(const doc *d, uint32_t hk, const char *desc)
{
    static const char *const preps[] = {" for the ", " at the ", " of the ", NULL};
    size_t n = TOK_N(d, hk);
    /* (or its owner: "the district's health officer") */
    for (const char *f = desc; f && *f; f++)
        if ((f == desc || f[-1] == ' ') && strncasecmp(f, TOK_S(d, hk), n) == 0 &&
            (strncmp(f + n, "'s ", 3) == 0 || strncmp(f + n, "\xe2\x80\x99s ", 5) == 0))
            return 1;
    for (const char *const *p = preps; desc && *p; p++) {
        size_t pn = strlen(*p);
        for (const char *f = strstr(desc, *p); f; f = strstr(f + 1, *p))
            if (strncasecmp(f + pn, TOK_S(d, hk), n) == 0 && (f[pn + n] == '\0' || f[pn + n] == ' ' ||
                                                               f[pn + n] == ','))
                return 1;
    }
    return 0;
}

/* Did a person named speak in the two sentences before token t0? (Then
 * "the officer said" takes that person up, and is no role introduced after
 * it.) */
static int spoke_just_before(const doc *d, uint32_t t0)
{
    uint32_t s = d->toks.v[t0].sent;
    for (size_t q = 0; q < d->quotes.n; q++) {
        const sift_quote *x = &d->quotes.v[q];
        uint32_t xs = d->toks.v[sift_tok_at(d, x->span.start)].sent;
        if (x->speaker >= 0 && d->ents.v[x->speaker].type == ET_PERSON && xs < s && xs + 2 >= s &&
            d->sents.v[xs].para > 0) /* (not the headline's: "..., NHS England chief warns") */
            return 1;
    }
    return 0;
}

int sift_resolve_nominal(const doc *d, uint32_t t0, uint32_t t1)
{
    if (sift_someone_else(d, t0, t1))
        return -1;
    /* (nor one who would not be named: "said the doctor, who asked not
     * to be named", not the doctor named before) */
    if (t1 > t0 && t1 + 1 < d->toks.n && sift_is_punct(d, t1, ',') &&
        (sift_tok_is(d, t1 + 1, "who") || sift_tok_is(d, t1 + 1, "speaking")) && sift_kept_unnamed_after(d, t1 - 1))
        return -1;
    /* "the Czech", "the American": a nationality standing for a person */
    if (t1 - t0 == 2 && sift_tok_is(d, t0, "the") && d->toks.v[t0 + 1].ment >= 0) {
        const mention *nm = &d->ments.v[d->toks.v[t0 + 1].ment];
        char cc[3];
        if (nm->type == ET_NORP && nm->t1 == t1 && lex_cc(nm, cc))
            return person_of_nation(d, t0, cc, 0);
    }
    /* "the Ukrainian president", "the retired cook": a determiner and words
     * that all appear in the title or the description some person was
     * introduced with; the most recent such person wins */
    /* "Al-Bidda's chief executive", "Russia's foreign minister": the owner
     * stands for the determiner */
    if (t0 < t1 && d->toks.v[t0].ment >= 0) {
        uint32_t k = t0;
        while (k < t1 && d->toks.v[k].ment == d->toks.v[t0].ment)
            k++;
        if (k < t1 && (d->toks.v[k].flags & TF_POSS))
            t0 = k;
    } else if (t0 + 2 < t1 && (d->toks.v[t0].flags & TF_CAP) && (d->toks.v[t0 + 1].flags & TF_POSS)) {
        t0++; /* ("Meridian's head of rankings", the owner known to no list) */
    }
    if (t1 - t0 > 6 && is_age_phrase(d, t0, t1))
        return aged_person(d, t0, t1);
    /* (or a headline's "NHS England chief warns": a name and a title) */
    int headline = d->toks.v[t0].ment >= 0 && d->ments.v[d->toks.v[t0].ment].type != ET_PERSON &&
                   d->toks.v[t0].sent == 0 && (d->toks.v[t1 - 1].w.flags & W_TITLE) && !(d->toks.v[t1 - 1].flags & TF_CAP);
    /* (longer for a body's head: "the president of the owners' association") */
    uint32_t most = 6 + 3 * (t1 > t0 + 3 && sift_tok_is(d, t0, "the") && sift_tok_is(d, t0 + 2, "of") &&
                             (d->toks.v[t0 + 1].w.flags & W_TITLE));
    if (t1 - t0 < 2 || t1 - t0 > most ||
        !((d->toks.v[t0].w.flags & W_DET) || (d->toks.v[t0].flags & TF_POSS) || headline))
        return -1;
    const tok *head = &d->toks.v[t1 - 1];
    if (head->kind != TK_WORD || head->ment >= 0)
        return -1;
    /* "the council" is no person, though "the council leader" is; nor
     * "Israel's military" (though "military spokesman" is a title) */
    static const char *const forces[] = {"military", "army", "navy", "government", "police", NULL};
    /* ("director of research": a role's head is before its "of") */
    uint32_t hk = t1 - 1;
    for (uint32_t i = t0 + 1; i + 1 < t1; i++)
        if (sift_tok_is(d, i, "of") && (d->toks.v[i - 1].w.flags & (W_TITLE | W_PERSON_NOUN))) {
            hk = i - 1;
            break;
        }
    /* (nor "the municipality", a body a person's description may name) */
    if ((d->toks.v[hk].w.flags & (W_ORGKEY | W_ORGPRE)) || sift_tok_org_kind(d, hk) || sift_tok_in(d, hk, forces))
        return -1;
    /* (nor the last word of an organisation's name said before, when no
     * title: "the campaign" after "the Anti Malaria Campaign", however a
     * person is described) */
    if (hk == t1 - 1 && !(d->toks.v[hk].flags & TF_CAP) && !(d->toks.v[hk].w.flags & (W_TITLE | W_PERSON_NOUN)))
        for (size_t e = d->ents.n; e-- > 0;) {
            const entity *en = &d->ents.v[e];
            const char *sp = en->type == ET_ORG && en->first_tok < t0 ? strrchr(en->name, ' ') : NULL;
            if (sp && strlen(sp + 1) == TOK_N(d, hk) && strncasecmp(sp + 1, TOK_S(d, hk), TOK_N(d, hk)) == 0)
                return -1;
        }
    int best = -1, checked = 0, best_rank = 0;
    uint32_t best_tok = 0;
    for (size_t e = d->ents.n; e-- > 0 && checked < 256;) {
        const entity *en = &d->ents.v[e];
        if (en->type != ET_PERSON || (!en->title && !en->desc) || en->first_tok >= t0 ||
            (en->ments.n == 1 && names_thing(d, en->first_tok, sift_name_end(d, en->first_tok, t0))))
            continue; /* (not "the plant" for "the Maximo Reyes plant") */
        checked++;
        int ok = all_words_in(d, t0, t1, en->title, en->first_tok) ||
                 (all_words_in(d, t0, t1, en->desc, en->first_tok) && !works_for(d, hk, en->desc)) ||
                 leader_of(d, t0, t1, en->desc);
        /* "the mayor" is Mayor Matej Kovač before Deputy Mayor Helena
         * Zupan, named since: a rank the phrase leaves out ranks lower */
        int rank = ok && !rank_left_out(d, t0, t1, en->title);
        if (ok && (best < 0 || rank > best_rank || (rank == best_rank && en->last_tok > best_tok))) {
            best = (int)e;
            best_tok = en->last_tok;
            best_rank = rank;
        }
    }
    /* "The death toll ... rose to 23, the state governor said" in the
     * opening sentence, and "Lagos State Governor Olumide Bakare" a few
     * sentences on: a role no one named before holds may be the one a
     * person is introduced with soon after */
    /* (but not a source kept unnamed: '"...," said the executive, who
     * asked not to be named', then "Its chief executive, Rodrigo Amaral
     * Lins,") */
    if (best < 0 && !is_age_phrase(d, t0, t1) && !sift_kept_unnamed_after(d, t1 - 1)) {
        /* (entities are made in text order: the first one named after the
         * phrase by binary search, then on until 12 sentences later) */
        uint32_t s = d->toks.v[t0].sent;
        size_t lo = 0, hi = d->ents.n;
        while (lo < hi) {
            size_t mid = (lo + hi) / 2;
            if (d->ents.v[mid].first_tok <= t1)
                lo = mid + 1;
            else
                hi = mid;
        }
        /* (not past a person the story names as a role it gave before:
         * "The head of the agricultural cooperative said" is "the official,
         * Masaru Igarashi" a sentence on, not a trader "who runs a trading
         * company" ten sentences on) */
        uint32_t reach = spoke_just_before(d, t0) ? 0 : 12;
        for (size_t e = lo; e < d->ents.n && best < 0; e++) {
            const entity *en = &d->ents.v[e];
            uint32_t f = en->first_tok;
            if (d->toks.v[f].sent > s + reach)
                break;
            if (en->type == ET_PERSON && (all_words_in(d, t0, t1, en->title, en->first_tok) ||
                                          (all_words_in(d, t0, t1, en->desc, en->first_tok) &&
                                           !works_for(d, hk, en->desc)) ||
                                          leader_of(d, t0, t1, en->desc)))
                best = (int)e;
            else if (en->type == ET_PERSON && f >= 3 && sift_is_punct(d, f - 1, ',') &&
                     (d->toks.v[f - 2].w.flags & (W_TITLE | W_PERSON_NOUN)) && sift_tok_is(d, f - 3, "the") &&
                     !(d->toks.v[f].flags & TF_INQUOTE))
                break;
        }
    }
    /* "Al-Bidda's chief executive ... told analysts ... Noura al-Kuwari
     * also said": a person first named at the start of the next sentence
     * who "also" speaks is the one the role meant */
    if (best < 0 && !is_age_phrase(d, t0, t1) && d->toks.v[t0].sent + 1 < d->sents.n) {
        uint32_t b = sift_body_start(d, d->toks.v[t0].sent + 1);
        int e = sift_entity_at(d, b);
        uint32_t k = sift_name_end(d, b, (uint32_t)d->toks.n);
        if (e >= 0 && d->ents.v[e].type == ET_PERSON && d->ents.v[e].first_tok == b && sift_tok_is(d, k, "also") &&
            k + 1 < d->toks.n && (d->toks.v[k + 1].w.flags & W_CUE))
            best = e;
        /* (or a title's holder who speaks at once: "..., the justice
         * secretary told parliament on Monday. ¶ Rebecca Thornton said") */
        if (e >= 0 && d->ents.v[e].type == ET_PERSON && d->ents.v[e].first_tok == b && k < d->toks.n &&
            (d->toks.v[k].w.flags & W_CUE) && sift_tok_is(d, t0, "the") && (head->w.flags & W_TITLE) &&
            !spoke_just_before(d, t0) &&
            !(head->flags & TF_CAP) && !d->ents.v[e].title && !d->ents.v[e].desc)
            best = e;
    }
    /* "The German coach said" after "Dortmund coach Markus Hellwig": a
     * nationality no introduction gave, before a role one person alone
     * was introduced with */
    if (best < 0 && t1 - t0 >= 3 && (d->toks.v[t0].w.flags & W_DET) && d->toks.v[t0 + 1].ment >= 0 &&
        d->ments.v[d->toks.v[t0 + 1].ment].type == ET_NORP && d->ments.v[d->toks.v[t0 + 1].ment].t1 == t0 + 2) {
        int only = -1, n = 0;
        for (size_t e = d->ents.n; e-- > 0 && n < 2;) {
            const entity *en = &d->ents.v[e];
            if (en->type == ET_PERSON && en->first_tok < t0 &&
                (all_words_in(d, t0 + 2, t1, en->title, en->first_tok) ||
                 all_words_in(d, t0 + 2, t1, en->desc, en->first_tok)))
                only = (int)e, n++;
        }
        if (n == 1)
            best = only;
    }
    if (best < 0 && is_age_phrase(d, t0, t1))
        best = aged_person(d, t0, t1);
    if (best < 0 && sift_tok_is(d, t0, "the") && t1 <= t0 + 4 && (head->w.flags & (W_TITLE | W_PERSON_NOUN)) &&
        !(head->flags & TF_CAP))
        best = titled_before(d, t0, t1 - 1);
    return best;
}

/* "RateWatch UK, a mortgage data provider, said": a short phrase of
 * lower-case words between commas after an organisation's name says what
 * kind it is, so "the provider" can find it later (as do the words before
 * it, and the office it was appointed to). */
static void org_descriptions(doc *d)
{
    for (size_t m = 0; m < d->ments.n; m++) {
        const mention *mm = &d->ments.v[m];
        if (mm->type != ET_ORG || mm->kind != MK_NAME || mm->entity < 0 || mm->t1 + 3 >= d->toks.n ||
            d->ents.v[mm->entity].desc || !sift_is_punct(d, mm->t1, ',') ||
            !(sift_tok_is(d, mm->t1 + 1, "a") || sift_tok_is(d, mm->t1 + 1, "an") ||
              sift_tok_is(d, mm->t1 + 1, "the"))) /* ("..., the national reference laboratory,") */
            continue;
        uint32_t b = mm->t1 + 2;
        /* (past where it is based: "a Belem-based research group") */
        if (b + 3 < d->toks.n && (d->toks.v[b].flags & TF_CAP) && d->toks.v[b + 1].kind == TK_PUNCT &&
            d->text[d->toks.v[b + 1].start] == '-' && sift_tok_is(d, b + 2, "based"))
            b += 3;
        uint32_t w0 = b;
        /* (a compound is words too: "the state-owned utility") */
        while (b < d->toks.n && b < w0 + 6 &&
               ((d->toks.v[b].kind == TK_WORD && !(d->toks.v[b].flags & TF_CAP) &&
                 !(d->toks.v[b].w.flags & (W_VERB | W_AUX | W_PREP | W_STOP)) &&
                 !(b > w0 && d->toks.v[b].upos == SIFT_UPOS_VERB && !sift_is_punct(d, b - 1, '-'))) ||
                (b > w0 && b + 1 < d->toks.n && sift_is_punct(d, b, '-') && !(d->toks.v[b].flags & TF_SPACE) &&
                 !(d->toks.v[b + 1].flags & TF_SPACE) && d->toks.v[b + 1].kind == TK_WORD)))
            b++;
        /* (or a participle phrase after the noun: "Atlântica LNG, the
         * consortium developing a gas plant on the Afungi peninsula,") */
        size_t pn = b < d->toks.n ? TOK_N(d, b) : 0;
        const char *ps = b < d->toks.n ? TOK_S(d, b) : "";
        /* (or a relative clause: "Aerovia Mineira, the private consortium
         * that operates the system under a 25-year concession,") */
        int participle = b > w0 && pn > 4 && !(d->toks.v[b].flags & TF_CAP) &&
                         (memcmp(ps + pn - 3, "ing", 3) == 0 || memcmp(ps + pn - 2, "ed", 2) == 0) &&
                         d->toks.v[b - 1].upos == SIFT_UPOS_NOUN;
        /* (not "a company that ...", which says no more than "a company") */
        static const char *const plain_kinds[] = {"company", "firm", "business", "group", "organisation",
                                                  "organization", NULL};
        int relative = b > w0 && b < d->toks.n && (sift_tok_is(d, b, "that") || sift_tok_is(d, b, "which")) &&
                       d->toks.v[b - 1].upos == SIFT_UPOS_NOUN && !sift_tok_in(d, b - 1, plain_kinds);
        participle |= relative;
        for (uint32_t c = b + 1; participle && c < d->toks.n && c < b + 16; c++) {
            if (sift_is_punct(d, c, ','))
                break;
            if (d->toks.v[c].kind == TK_QUOTE || sift_is_punct(d, c, '.') || c + 1 == b + (relative ? 16 : 12))
                participle = 0;
        }
        /* (or "of" and what it is of: "the SNES-FSU, the largest union of
         * secondary school teachers,") */
        int of = b > w0 && b + 2 < d->toks.n && sift_tok_is(d, b, "of") && !(d->toks.v[b].flags & TF_CAP);
        for (uint32_t c = b + 1; of && c < d->toks.n; c++) {
            if (sift_is_punct(d, c, ','))
                break;
            of = c < b + 7 && d->toks.v[c].kind == TK_WORD && !(d->toks.v[c].flags & TF_CAP) &&
                 !(d->toks.v[c].w.flags & (W_VERB | W_AUX | W_CUE));
        }
        if (b > w0 && b < d->toks.n && (sift_is_punct(d, b, ',') || participle || of))
            d->ents.v[mm->entity].desc = sift_span_text(d, mm->t1 + 1, b);
    }
    /* "Ecuador's prison authority SNAI said", "the pollster Ipsos": the
     * lower-case words of its kind right before the name */
    for (size_t m = 0; m < d->ments.n; m++) {
        const mention *mm = &d->ments.v[m];
        if (mm->type != ET_ORG || mm->kind != MK_NAME || mm->entity < 0 || mm->t0 < 2 ||
            d->ents.v[mm->entity].desc)
            continue;
        uint32_t a = mm->t0;
        while (a > 0 && a + 3 > mm->t0 && d->toks.v[a - 1].kind == TK_WORD && !(d->toks.v[a - 1].flags & TF_CAP) &&
               d->toks.v[a - 1].ment < 0 && !(d->toks.v[a - 1].w.flags & (W_VERB | W_AUX | W_PREP | W_STOP | W_DET)))
            a--;
        /* (past where it is based: "the Bhopal-based forest rights group
         * Van Sakhi") */
        uint32_t p = a;
        if (p >= 4 && sift_tok_is(d, p - 1, "based") && sift_is_punct(d, p - 2, '-') && sift_entity_at(d, p - 3) >= 0)
            p = sift_name_start(d, p - 3, 0);
        if (a < mm->t0 && p > 0 && ((d->toks.v[p - 1].w.flags & W_DET) || (d->toks.v[p - 1].flags & TF_POSS)) &&
            (sift_tok_org_kind(d, mm->t0 - 1) || (d->toks.v[mm->t0 - 1].w.flags & W_ORGKEY)))
            d->ents.v[mm->entity].desc = sift_span_text(d, a, mm->t0);
    }
    /* "The regulator, ERSAR, said": its kind in apposition before the name */
    for (size_t m = 0; m < d->ments.n; m++) {
        const mention *mm = &d->ments.v[m];
        if (mm->type != ET_ORG || mm->kind != MK_NAME || mm->entity < 0 || mm->t0 < 3 ||
            d->ents.v[mm->entity].desc || !sift_is_punct(d, mm->t0 - 1, ',') || !sift_is_punct(d, mm->t1, ','))
            continue;
        uint32_t h = mm->t0 - 2, a = h;
        if (!sift_tok_org_kind(d, h) || (d->toks.v[h].flags & TF_INQUOTE))
            continue;
        while (a > 0 && a + 3 > h && d->toks.v[a - 1].kind == TK_WORD && !(d->toks.v[a - 1].flags & TF_CAP) &&
               d->toks.v[a - 1].ment < 0 && !(d->toks.v[a - 1].w.flags & (W_VERB | W_AUX | W_PREP | W_STOP | W_DET)))
            a--;
        if (a > 0 && ((d->toks.v[a - 1].w.flags & W_DET) || (d->toks.v[a - 1].flags & TF_POSS)))
            d->ents.v[mm->entity].desc = sift_span_text(d, a, h + 1);
    }
    /* "Marlow Whitfield Restructuring, which was appointed as
     * administrator, said": the office it was appointed to, so "the
     * administrators" can find it */
    for (size_t m = 0; m < d->ments.n; m++) {
        const mention *mm = &d->ments.v[m];
        if (mm->type != ET_ORG || mm->kind != MK_NAME || mm->entity < 0 || d->ents.v[mm->entity].desc ||
            !sift_is_punct(d, mm->t1, ','))
            continue;
        uint32_t a = mm->t1 + 1, lim = a + 5;
        while (a < d->toks.n && a < lim && !sift_tok_is(d, a, "appointed") &&
               (sift_tok_is(d, a, "which") || sift_tok_is(d, a, "who") || (d->toks.v[a].w.flags & W_AUX)))
            a++;
        if (a + 2 >= d->toks.n || a >= lim || !sift_tok_is(d, a, "appointed") || !sift_tok_is(d, a + 1, "as"))
            continue;
        uint32_t b = a + 2;
        while (b < d->toks.n && b < a + 5 && d->toks.v[b].kind == TK_WORD && !(d->toks.v[b].flags & TF_CAP) &&
               !(d->toks.v[b].w.flags & (W_VERB | W_AUX | W_PREP | W_STOP)))
            b++;
        if (b > a + 2 && b < d->toks.n && (sift_is_punct(d, b, ',') || (d->toks.v[b].w.flags & W_PREP)))
            d->ents.v[mm->entity].desc = sift_span_text(d, a, b);
    }
}

/* "Vitalii Ovcharenko, a Ukrainian soldier stationed in the region, said":
 * the words between the commas after a person's name describe the person. */
static void appositive_descriptions(doc *d)
{
    for (size_t m = 0; m < d->ments.n; m++) {
        const mention *mm = &d->ments.v[m];
        if (mm->type != ET_PERSON || mm->kind != MK_NAME || mm->entity < 0 || mm->t1 + 2 >= d->toks.n)
            continue;
        entity *en = &d->ents.v[mm->entity];
        const tok *c = &d->toks.v[mm->t1];
        if (en->desc)
            continue;
        if (c->kind != TK_PUNCT || d->text[c->start] != ',') {
            description_before(d, mm, en); /* "..., Daan Visser of the Netherlands, ..." */
            continue;
        }
        uint32_t a = mm->t1 + 1, b = a;
        /* (past an age: "Joseph Lungu, 58, a former shift boss who now
         * heads the federation,") */
        if (sift_age_follows(d, mm->t1) && a + 3 < d->toks.n &&
            (sift_tok_is(d, a + 2, "a") || sift_tok_is(d, a + 2, "an")))
            a += 2, b = a;
        static const char *const does[] = {"founded", "co-founded", "runs", "heads", "owns", "leads",
                                           "chairs", "led", "headed", "chaired", NULL};
        /* (or has done: "Jorge Alvarado, who has led the association since
         * 2022,") */
        uint32_t dv = a + 1 + (a + 2 < d->toks.n && (sift_tok_is(d, a + 1, "has") || sift_tok_is(d, a + 1, "had")));
        if (sift_tok_is(d, a, "who") && !(d->toks.v[a].flags & TF_ALLCAPS) && dv < d->toks.n &&
            sift_tok_in(d, dv, does) &&
            (dv > a + 1 ||
             !(sift_tok_is(d, dv, "led") || sift_tok_is(d, dv, "headed") || sift_tok_is(d, dv, "chaired")))) {
            /* "Kim Soo-yeon, who runs the division and ...,": what the person does */
            for (b = dv + 1; b < d->toks.n && b < dv + 9 && d->toks.v[b].kind == TK_WORD;)
                b++;
            en->desc = sift_span_text(d, a, b);
            continue;
        }
        if ((sift_tok_is(d, a, "who") && !(d->toks.v[a].flags & TF_ALLCAPS)) || /* not "WHO chief" */
            sift_tok_is(d, a, "whose") || sift_tok_is(d, a, "which"))
            continue;
        /* "..., Oliver Grant, in an interview from London": no description */
        if ((d->toks.v[a].w.flags & W_PREP) && !(d->toks.v[a].flags & TF_CAP)) {
            description_before(d, mm, en);
            continue;
        }
        /* "a 34-year-old county councillor who worked as ...,": the hyphens
         * of a compound are inside it, and a relative clause ends it */
        int relative = 0;
        /* (a verb's word after "the" is a noun: "of the state air traffic
         * management company") */
        /* (nor is a capitalised one: "the Minister of State with
         * responsibility for road safety") */
        while (b < d->toks.n && b < a + 14 && d->toks.v[b].kind != TK_QUOTE &&
               (!(d->toks.v[b].w.flags & (W_CUE | W_AUX)) || (b > a && (d->toks.v[b - 1].w.flags & W_DET)) ||
                (b > a && (d->toks.v[b].flags & TF_CAP)))) {
            /* ("president of the National Federation of Garment Workers
             * (NFGW), who ...": an acronym in brackets) */
            if (sift_is_punct(d, b, '(') && b + 2 < d->toks.n && sift_is_punct(d, b + 2, ')')) {
                b += 3;
                continue;
            }
            if (d->toks.v[b].kind == TK_PUNCT && !(d->toks.v[b].flags & TF_POSS) && /* ("UNICEF's deputy ...") */
                !(d->text[d->toks.v[b].start] == '-' && !(d->toks.v[b].flags & TF_SPACE) && b + 1 < d->toks.n &&
                  !(d->toks.v[b + 1].flags & TF_SPACE)))
                break;
            if (b > a + 1 && (sift_tok_is(d, b, "who") || sift_tok_is(d, b, "whose")) &&
                !(d->toks.v[b].flags & TF_CAP)) {
                /* (with the relative clause when it has a verb of what the
                 * person does: "who founded it in a garage", "who runs the
                 * division") */
                uint32_t r = b + 1;
                /* (past an adverb: "who now heads the federation") */
                static const char *const when[] = {"now", "currently", "also", "still", "has", "had", NULL};
                r += r + 1 < d->toks.n && sift_tok_in(d, r, when) && sift_tok_in(d, r + 1, does);
                if (r < d->toks.n && sift_tok_in(d, r, does)) {
                    while (r < d->toks.n && r < b + 10 && d->toks.v[r].kind == TK_WORD)
                        r++;
                    b = r;
                }
                relative = 1;
                break;
            }
            b++;
        }
        /* not the verb of the sentence: "The judge, Lady Carrick, deferred
         * sentence until next month." */
        int verb = d->toks.v[a].upos == SIFT_UPOS_VERB || d->toks.v[a].upos == SIFT_UPOS_AUX;
        if (b > a && b < d->toks.n && !verb &&
            (relative || (d->toks.v[b].kind == TK_PUNCT &&
                          (d->text[d->toks.v[b].start] == ',' || d->text[d->toks.v[b].start] == '.'))))
            en->desc = sift_span_text(d, a, b);
        else
            description_before(d, mm, en);
    }
}

/* "Its chief executive, Gareth Llewellyn, has ...": a short phrase opening
 * the sentence, with a role in it, right before a name between commas. */
static void description_before(doc *d, const mention *mm, entity *en)
{
    uint32_t t0 = mm->t0;
    while (t0 > 1 && (d->toks.v[t0 - 1].w.flags & W_TITLE) && (d->toks.v[t0 - 1].flags & TF_CAP))
        t0--; /* "..., Mrs Folasade Ayinde," */
    /* (the name may have its country after it: "Daan Visser of the Netherlands,") */
    uint32_t after = mm->t1;
    if (sift_tok_is(d, after, "of")) {
        uint32_t g = after + 1 + (sift_tok_is(d, after + 1, "the") && d->toks.v[after + 1].ment < 0);
        int m = g < d->toks.n ? d->toks.v[g].ment : -1;
        if (m >= 0 && d->ments.v[m].type == ET_GPE && d->ments.v[m].t0 == g)
            after = d->ments.v[m].t1;
    }
    /* (or at the sentence's end: '..., said the Auditor General for
     * Wales, Sian Llewellyn.') */
    if (t0 < 2 || !sift_is_punct(d, t0 - 1, ',') || !(sift_is_punct(d, after, ',') || sift_is_punct(d, after, '.')))
        return;
    uint32_t b = t0 - 1, a = b, s0 = sift_body_start(d, d->toks.v[mm->t0].sent);
    int role = 0;
    /* "But the state Commissioner for Works and Transport, ...": after a
     * conjunction, a title in capitals too */
    if (sift_tok_is(d, s0, "but") || sift_tok_is(d, s0, "and") || sift_tok_is(d, s0, "meanwhile"))
        s0++;
    /* (past a place before the role: "easyJet's UK director, Alastair
     * Reid,") */
    /* (or after the role: "the Auditor General for Wales, Sian
     * Llewellyn,") */
    while (a > s0 && b - a < 8 &&
           (d->toks.v[a - 1].ment < 0 ||
            (a < b && !(d->toks.v[a].flags & TF_CAP) && d->toks.v[a].kind == TK_WORD &&
             (d->ments.v[d->toks.v[a - 1].ment].type == ET_GPE ||
              d->ments.v[d->toks.v[a - 1].ment].type == ET_NORP)) ||
            (a == b && a >= s0 + 3 && d->ments.v[d->toks.v[a - 1].ment].type == ET_GPE &&
             d->ments.v[d->toks.v[a - 1].ment].t0 == a - 1 &&
             (sift_tok_is(d, a - 2, "for") || sift_tok_is(d, a - 2, "of")))) &&
           (d->toks.v[a - 1].kind == TK_WORD ||
            ((d->toks.v[a - 1].flags & TF_POSS) && a >= 2 && d->toks.v[a - 2].ment < 0))) { /* "the race's" */
        a--;
        role |= (d->toks.v[a].w.flags & (W_TITLE | W_PERSON_NOUN)) && (!(d->toks.v[a].flags & TF_CAP) || a > s0);
    }
    /* "Further back, the race's top sprinter, Daan Visser, ...": after an
     * opening phrase and its comma, a role with its article */
    if (a > s0 + 1 && sift_is_punct(d, a - 1, ',') && sift_tok_is(d, a, "the") && role)
        s0 = a;
    /* "Pakistan's head coach, Tahir Siddiqui, ...": an owner named first
     * (or after an opening phrase: "In a statement, Nordhav's chief
     * executive, Ingrid Solberg, said") */
    if (a > s0 + 1 && (d->toks.v[a - 1].flags & TF_POSS) && d->toks.v[a - 2].ment >= 0 &&
        d->ments.v[d->toks.v[a - 2].ment].type != ET_PERSON) {
        uint32_t o0 = d->ments.v[d->toks.v[a - 2].ment].t0;
        if (o0 == s0 || (o0 > s0 + 2 && sift_is_punct(d, o0 - 1, ',') && (d->toks.v[s0].w.flags & W_PREP)))
            a = s0 = o0;
    }
    if (a == s0 && role) {
        en->desc = sift_span_text(d, a, b);
        return;
    }
    /* (or after a clause and its comma: "The canal will cut crossings,
     * its administrator, Ricardo Valdes Moreno, said") */
    if (a > s0 && role && sift_is_punct(d, a - 1, ',') && (sift_tok_is(d, a, "its") || sift_tok_is(d, a, "their")) &&
        !(d->toks.v[a].flags & TF_INQUOTE)) {
        en->desc = sift_span_text(d, a, b);
        return;
    }
    /* "said the head of rankings, Oliver Grant,", "That was how Meridian's
     * head of rankings, Oliver Grant, put it": mid-sentence, the phrase
     * from its article or its owner, after a verb, a preposition or "how" */
    uint32_t p = b;
    while (p > a && !sift_tok_is(d, p - 1, "the"))
        p--;
    if (p > a)
        p--;
    else if (a >= 2 && (d->toks.v[a - 1].flags & TF_POSS) && d->toks.v[a - 2].ment >= 0)
        p = d->ments.v[d->toks.v[a - 2].ment].t0;
    else
        return;
    int titled = 0;
    for (uint32_t k = p; k < b; k++)
        titled |= (d->toks.v[k].w.flags & (W_TITLE | W_PERSON_NOUN)) &&
                  (!(d->toks.v[k].flags & TF_CAP) || (sift_tok_is(d, p, "the") && k > p + 1));
    const tok *v = p > s0 ? &d->toks.v[p - 1] : NULL;
    /* (or a clause's conjunction after its comma: "... collapsed on
     * Monday, and the state's commissioner for works, Terver Akaa, said") */
    int joined = p >= 2 && (sift_tok_is(d, p - 1, "and") || sift_tok_is(d, p - 1, "but")) &&
                 sift_is_punct(d, p - 2, ',');
    if (titled && v && v->kind == TK_WORD &&
        ((v->w.flags & (W_CUE | W_PREP)) || v->upos == SIFT_UPOS_VERB || sift_tok_is(d, p - 1, "how") || joined))
        en->desc = sift_span_text(d, p, b);
}
