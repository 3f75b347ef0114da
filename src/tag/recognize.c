/*
 * recognize.c — named-entity mentions from capitalisation, titles and the
 * lexicons (the rule-based recognizer; a trained one can replace it behind
 * sift_recognize()).
 *
 * Algorithm: find maximal runs of capitalised tokens (allowing inner
 * connectors such as "of" and "al"), drop sentence-initial function words,
 * then classify each run in this order, first match wins:
 *   1. the whole run (or "The" + run) is a lexicon form  -> its class;
 *   2. the run ends in an organisation keyword (Times, Ministry, Brigade) -> ORG;
 *   3. leading nationality/place words, then a title (Defense Minister, Lt. Col.),
 *      then a name -> the modifiers as their own mentions, the name as PERSON;
 *   4. a first name opens a 2-4 token run -> PERSON;
 *   5. otherwise the longest lexicon matches from the left, and what is left
 *      between them: 2+ unknown tokens -> PERSON, an acronym -> ORG, a single
 *      unknown word -> kept only when a speech verb follows it.
 * A last pass marks single tokens that repeat part of a person's name
 * (a later "Zelensky") as surname mentions.
 */
#include <string.h>
#include <strings.h>

#include "../doc_int.h"
#include "../text/utf8.h"
#include "ner.h"

const char *const sift_type_names[ET_N] = {"PERSON", "ORG", "GPE", "LOC", "NORP"};

static int lexcls_to_type(int cls)
{
    switch (cls) {
    case LX_GPE: return ET_GPE;
    case LX_LOC: return ET_LOC;
    case LX_NORP: return ET_NORP;
    case LX_ORG: return ET_ORG;
    default: return -1;
    }
}

/* The lexicon entry (not FIRST/LAST) for the text of tokens [t0,t1) joined by
 * single spaces, optionally after a prefix such as "The". */
static const lex_entry *lookup(const doc *d, uint32_t t0, uint32_t t1, const char *prefix)
{
    char key[256];
    size_t n = 0;
    if (prefix) {
        n = strlen(prefix);
        memcpy(key, prefix, n);
        key[n++] = ' ';
    }
    for (uint32_t i = t0; i < t1; i++) {
        size_t k = TOK_N(d, i);
        const tok *t = &d->toks.v[i];
        int glue = i > t0 && !(t->flags & TF_SPACE);
        if (n + k + 2 > sizeof key)
            return NULL;
        if (i > t0 && !glue)
            key[n++] = ' ';
        memcpy(key + n, TOK_S(d, i), k);
        n += k;
    }
    for (int pass = 0; pass < 2; pass++) {
        size_t cnt = 0;
        const lex_entry *e = sift_lex_find(d->res->lex, key, n, &cnt);
        for (size_t j = 0; e && j < cnt; j++)
            if (lexcls_to_type(e[j].cls) >= 0)
                return &e[j];
        /* a dateline in capitals: retry "ROTTERDAM" as "Rotterdam", "ADRÉ" as "Adré" */
        int caps = 0;
        for (uint32_t i = t0; i < t1; i++)
            caps |= (d->toks.v[i].flags & TF_ALLCAPS) && TOK_N(d, i) >= 3;
        if (!caps || pass || (n = sift_utf8_title_case(key, n)) == 0)
            break;
    }
    return NULL;
}

static int has_cls(const doc *d, uint32_t i, int cls)
{
    return (d->toks.v[i].lexcls >> cls) & 1;
}

int sift_machine_operator(const doc *d, uint32_t i)
{
    static const char *const machines[] = {"machine", "crane", "forklift", "camera", "switchboard", "excavator",
                                           "drone", "tractor", "lift",
                                           "line", /* ("a line operator at a knitwear factory") */
                                           NULL};
    return i > 0 && sift_tok_is(d, i, "operator") && sift_tok_in(d, i - 1, machines);
}

/* Is token i an ordinary English word (in any case)? Plurals count. */
int sift_tok_common(const doc *d, uint32_t i)
{
    const tok *t = &d->toks.v[i];
    if (t->kind != TK_WORD)
        return 0;
    if (t->w.flags & (W_STOP | W_TITLE | W_TITLE_MOD | W_ORGKEY | W_GROUP | W_PERSON_NOUN))
        return 1;
    if ((t->flags & TF_ABBR) && (t->w.flags & W_ABBR))
        return 1; /* "No.", "St.", "Jan." */
    char low[64];
    size_t n = sift_utf8_lower(TOK_S(d, i), TOK_N(d, i), low, sizeof low);
    if (n == 0 || n >= sizeof low - 1)
        return 0;
    if (sift_lex_find_class(d->res->lex, low, n, LX_WORD))
        return 1;
    if (n > 3 && low[n - 1] == 's' && sift_lex_find_class(d->res->lex, low, n - 1, LX_WORD))
        return 1;
    /* (or "-ves" for "-fe" or "-f": "Midwives", "Wolves", "Shelves") */
    if (n > 4 && memcmp(low + n - 3, "ves", 3) == 0) {
        low[n - 3] = 'f';
        low[n - 2] = 'e';
        if (sift_lex_find_class(d->res->lex, low, n - 1, LX_WORD) ||
            sift_lex_find_class(d->res->lex, low, n - 2, LX_WORD))
            return 1;
        low[n - 3] = 'v';
        low[n - 2] = 'e';
    }
    if (n > 4 && memcmp(low + n - 3, "ies", 3) == 0) {
        low[n - 3] = 'y';
        return sift_lex_find_class(d->res->lex, low, n - 2, LX_WORD) != NULL;
    }
    return 0;
}

/* Geographic feature words: "Blue Mountains", "Atacama Desert", "Mount Victoria". */
static int loc_key(const doc *d, uint32_t i)
{
    static const char *const keys[] = {
        "mountains", "mountain", "valley", "desert", "volcano", "river", "sea", "lake",
        "island", "islands", "bay", "gulf", "strait", "straits", "peninsula", "ocean", "range",
        "plateau", "basin", "coast", "delta", "forest", "canal", "falls", "glacier", "hills",
        "highlands", "lagoon", "reef", "sound", "channel", "creek", "steppe", "plain", "plains",
        "archipelago", "cape", "stadium", "airport", "square", "bridge", "arena", "palace",
        "cathedral", "mosque", "dam", "bazaar", "souk", "beach", "marina", /* ("Johari Bazaar") */
        /* (roads: "an order across Waiyaki Way"; not "Lane", a family name) */
        "way", "road", "street", "avenue", "boulevard", "highway", "expressway", "motorway", NULL};
    return sift_tok_in(d, i, keys);
}

/* Does the word at i end in a German word for a street, joined to the
 * name before it ("Hauptstraße", "Karl-Liebknecht-Straße")? */
static int german_street(const doc *d, uint32_t i)
{
    static const char *const ends[] = {"straße", "strasse", "gasse", "allee", NULL};
    const char *s = TOK_S(d, i);
    size_t n = TOK_N(d, i);
    for (const char *const *e = ends; *e && d->toks.v[i].kind == TK_WORD; e++) {
        size_t k = strlen(*e);
        if (n <= k + 1 || memcmp(s + n - k + 1, *e + 1, k - 1) != 0)
            continue;
        char c = s[n - k];
        if (c == **e || (c == **e - 'a' + 'A' && s[n - k - 1] == '-'))
            return 1;
    }
    return 0;
}

/* Places named by a name before them: "the Lajas Blancas station". */
static int facility_word(const doc *d, uint32_t i)
{
    static const char *const w[] = {"station", "camp", "crossing", "checkpoint", "airport",
                                    "airbase", "port", "refinery", "mine", "prison", "stadium",
                                    "terminal", "shelter", NULL};
    for (const char *const *k = w; *k; k++)
        if (sift_tok_is(d, i, *k))
            return 1;
    return 0;
}

/* The kind of a first- or second-level division: Province, Region, Oblast. */
static int admin_word(const doc *d, uint32_t i)
{
    static const char *const w[] = {"province", "region", "oblast", "state", "county", "district",
                                    "prefecture", "governorate", "department", "krai", "canton",
                                    "municipality", "pradesh", "territory", "parish", NULL};
    if (!(d->toks.v[i].flags & TF_CAP))
        return 0;
    for (const char *const *k = w; *k; k++)
        if (sift_tok_is(d, i, *k))
            return 1;
    return 0;
}

static int loc_pre(const doc *d, uint32_t i)
{
    return sift_tok_is(d, i, "mount") || sift_tok_is(d, i, "mt.") || sift_tok_is(d, i, "lake") ||
           sift_tok_is(d, i, "cape") || sift_tok_is(d, i, "isle") || sift_tok_is(d, i, "gulf") ||
           sift_tok_is(d, i, "bay") || sift_tok_is(d, i, "sea") || sift_tok_is(d, i, "cerro") ||
           sift_tok_is(d, i, "lago") || sift_tok_is(d, i, "sierra") || sift_tok_is(d, i, "monte") ||
           sift_tok_is(d, i, "piazza") || sift_tok_is(d, i, "plaza") || sift_tok_is(d, i, "praça") ||
           sift_tok_is(d, i, "river") || sift_tok_is(d, i, "praia") || sift_tok_is(d, i, "playa") ||
           sift_tok_is(d, i, "plage") || sift_tok_is(d, i, "serra") ||
           /* (a market after "the": "near the Mercado Corona"; not the firm
            * Mercado Libre, nor a family name) */
           ((sift_tok_is(d, i, "mercado") || sift_tok_is(d, i, "mercato")) && i > 0 && sift_tok_is(d, i - 1, "the"));
}

/* The entity type the statistical recognizer gives exactly [t0,t1) (one
 * labelled span, no more, no less), or -1. Its LOC becomes GPE: towns are
 * the common case in news, and geographic names ("Lake ...") are found by
 * the rules before the model is asked. */
static int model_type(const doc *d, uint32_t t0, uint32_t t1)
{
    if (t0 >= t1 || !d->toks.v[t0].bio || !SIFT_NER_IS_B(d->toks.v[t0].bio))
        return -1;
    int ty = SIFT_NER_TYPE(d->toks.v[t0].bio);
    for (uint32_t i = t0 + 1; i < t1; i++)
        if (d->toks.v[i].bio != SIFT_NER_I(ty))
            return -1;
    if (t1 < d->toks.n && d->toks.v[t1].bio == SIFT_NER_I(ty))
        return -1;
    switch (ty) {
    case SIFT_NER_PER: return ET_PERSON;
    case SIFT_NER_ORG: return ET_ORG;
    default: return ET_GPE;
    }
}

/* Does "in" or "near" before token t0 say the name there is where
 * someone is ("a nurse at the library in Mansfield said")? */
static int where_before(const doc *d, uint32_t t0)
{
    return t0 > 0 && (sift_tok_is(d, t0 - 1, "in") || sift_tok_is(d, t0 - 1, "near")) &&
           !(d->toks.v[t0 - 1].flags & TF_CAP);
}

static int add_mention(doc *d, uint32_t t0, uint32_t t1, int type, int kind, int title_t0,
                       const lex_entry *lx, const char *rule)
{
    /* ("2,400 CFA francs": the letters name a currency, no body) */
    if (t1 == t0 + 1 && t1 < d->toks.n && (d->toks.v[t0].flags & TF_ALLCAPS) &&
        (sift_tok_is(d, t1, "francs") || sift_tok_is(d, t1, "franc")) && !(d->toks.v[t1].flags & TF_CAP))
        return 0;
    mention m = {t0, t1, type, -1, kind, title_t0, lx, rule};
    if (SIFT_VEC_PUSH(d->arena, d->ments, m) != 0)
        return -1;
    for (uint32_t i = t0; i < t1; i++)
        d->toks.v[i].ment = (int32_t)d->ments.n - 1;
    return 0;
}

static int is_cap_word(const tok *t)
{
    return t->kind == TK_WORD && (t->flags & TF_CAP) && !(t->flags & TF_ORDINAL);
}

/* A token that may continue a name run ("Nand" may, "NAND" not). */
static int name_tok(const tok *t)
{
    return is_cap_word(t) && (!(t->w.flags & W_NONAME) || (t->w.val == 'A' && !(t->flags & TF_ALLCAPS)));
}

/* "Ministry of Economy, Trade and Industry", "Department for Business,
 * Energy and Industrial Strategy": at the comma j of a run from i that holds
 * "<organisation word> of|for <Word>", a list of capitalised ordinary words
 * closed by "and <Word>" goes on the name. Returns the end of that list, or 0. */
static uint32_t org_of_list(const doc *d, uint32_t i, uint32_t j)
{
    uint32_t n = d->toks.n;
    if (!sift_is_punct(d, j, ',') || !sift_tok_common(d, j - 1))
        return 0;
    int of = 0;
    for (uint32_t r = i + 1; r + 1 < j; r++)
        if ((sift_tok_is(d, r, "of") || sift_tok_is(d, r, "for")) &&
            (d->toks.v[r - 1].w.flags & (W_ORGKEY | W_ORGPRE)))
            of = 1;
    /* (or fields listed before a country: "Immigration, Refugees and
     * Citizenship Canada", "Fisheries, Oceans and Coast Guard Canada") */
    for (uint32_t r = i; r < j && !of; r++)
        if (!is_cap_word(&d->toks.v[r]) || !sift_tok_common(d, r) || (d->toks.v[r].w.flags & W_STOP))
            return 0;
    uint32_t k = j + 1, sn = d->toks.v[j].sent;
    int words = 0;
    while (k < n && d->toks.v[k].sent == sn) {
        if (name_tok(&d->toks.v[k]) && sift_tok_common(d, k) && !(d->toks.v[k].w.flags & W_STOP)) {
            words++;
            k++;
        } else if (words && sift_is_punct(d, k, ',')) {
            words = 0;
            k++;
        } else
            break;
    }
    if (!sift_tok_is(d, k, "and") || (words == 0 && !sift_is_punct(d, k - 1, ',')))
        return 0;
    uint32_t e = k + 1;
    while (e < n && d->toks.v[e].sent == sn && name_tok(&d->toks.v[e]) && sift_tok_common(d, e) &&
           !(d->toks.v[e].w.flags & W_STOP))
        e++;
    if (of)
        return e > k + 1 ? e : 0;
    /* (the last field need be no dictionary word: "Citizenship") */
    while (e < n && e < k + 4 && d->toks.v[e].sent == sn && name_tok(&d->toks.v[e]) &&
           !(d->toks.v[e].w.flags & W_STOP))
        e++;
    const lex_entry *lx = e > k + 2 ? lookup(d, e - 1, e, NULL) : NULL;
    return lx && lx->cls == LX_GPE && strstr(lx->info, "kind=country") ? e : 0;
}

/* "Fisheries and Oceans Canada", "Environment and Climate Change Canada":
 * the run i..j holds ordinary capitalised words, "and" at a, more words and
 * a country last (a government's department, named by its fields). */
static int fields_and_country(const doc *d, uint32_t i, uint32_t a, uint32_t j)
{
    if (a == i || j < a + 3)
        return 0;
    for (uint32_t r = i; r < a; r++)
        if (!is_cap_word(&d->toks.v[r]) || !sift_tok_common(d, r) || (d->toks.v[r].w.flags & W_STOP))
            return 0;
    for (uint32_t r = a + 1; r + 1 < j; r++)
        if (!name_tok(&d->toks.v[r]) || (d->toks.v[r].w.flags & W_STOP) || has_cls(d, r, LX_GPE))
            return 0;
    const lex_entry *lx = lookup(d, j - 1, j, NULL);
    return lx && lx->cls == LX_GPE && strstr(lx->info, "kind=country") != NULL;
}

/* "Q1", "H2", "FY26", "FY2025": a period of the financial year, no name
 * ("Sahyadri Cables Q1 profit jumps") */
static int fiscal_period(const doc *d, uint32_t i)
{
    const char *s = TOK_S(d, i);
    size_t n = TOK_N(d, i);
    if (!(d->toks.v[i].flags & TF_DIGIT))
        return 0;
    if (n == 2)
        return (s[0] == 'Q' && s[1] >= '1' && s[1] <= '4') || (s[0] == 'H' && (s[1] == '1' || s[1] == '2'));
    if ((n == 4 || n == 6) && s[0] == 'F' && s[1] == 'Y') {
        for (size_t k = 2; k < n; k++)
            if (s[k] < '0' || s[k] > '9')
                return 0;
        return 1;
    }
    return 0;
}

/* Is token i a website's address, ending in the part after a dot that
 * the tokenizer joins ("AL.com", "Rentals.ca")? */
static int web_address(const doc *d, uint32_t i)
{
    const char *s = TOK_S(d, i);
    size_t n = TOK_N(d, i), dot = n;
    while (dot > 0 && s[dot - 1] != '.')
        dot--;
    return dot >= 3 && dot < n && sift_domain_suffix(s, n, dot) == n - dot;
}

/* Is token i followed by a speech verb ("Ovcharenko said")? */
static int cue_follows(const doc *d, uint32_t i)
{
    uint32_t j = i + 1;
    if (j < d->toks.n && (d->toks.v[j].w.flags & W_AUX))
        j++;
    return j < d->toks.n && (d->toks.v[j].w.flags & W_CUE) && !(d->toks.v[j].flags & TF_CAP);
}

/* Does the verb of saying after a name ending at t1 report what "its"
 * owner does ("Tawseel said in a statement that its riders were")? Only a
 * body speaks of itself so. */
static int speaks_of_its(const doc *d, uint32_t t1)
{
    uint32_t j = t1 + (t1 < d->toks.n && (d->toks.v[t1].w.flags & W_AUX));
    for (uint32_t k = j + 1; k < d->toks.n && k < j + 8; k++) {
        if (sift_tok_is(d, k, "its"))
            return k == j + 1 || sift_tok_is(d, k - 1, "that");
        if (d->toks.v[k].kind != TK_WORD || (d->toks.v[k].flags & TF_CAP))
            break;
    }
    return 0;
}

/* A name particle: "bin", "van", "der", "de", "la", "al", "De" (any case;
 * not "and", "of", "for", "on"). */
static int particle(const doc *d, uint32_t i)
{
    const tok *t = &d->toks.v[i];
    return t->kind == TK_WORD && (t->w.flags & W_CONNECT) && !sift_tok_is(d, i, "and") &&
           !sift_tok_is(d, i, "of") && !sift_tok_is(d, i, "for") && !sift_tok_is(d, i, "on") &&
           !sift_tok_is(d, i, "&") && !sift_tok_is(d, i, "y");
}

/* A first name, then a lower-case particle before the last word: "Ruud van
 * Dam", "Jan de Brug" are people, whatever the last word names (though
 * "Serra do Corvo", a place's word first, is a place). */
static int first_particle(const doc *d, uint32_t t0, uint32_t t1)
{
    if (t1 < t0 + 3 || !(has_cls(d, t0, LX_FIRST) || has_cls(d, t0, LX_LAST)))
        return 0;
    for (uint32_t k = t0 + 1; k + 1 < t1; k++)
        if (particle(d, k) && !(d->toks.v[k].flags & TF_CAP))
            return 1;
    return 0;
}

/* Tokens of [t0,t1) that count toward a name's length (particles do not). */
static uint32_t name_words(const doc *d, uint32_t t0, uint32_t t1)
{
    uint32_t n = 0;
    for (uint32_t i = t0; i < t1; i++)
        n += d->toks.v[i].kind == TK_WORD && !particle(d, i);
    return n;
}

/* Is [t0,t1) a plausible personal name (no function words, no acronyms)? */
static int name_like(const doc *d, uint32_t t0, uint32_t t1)
{
    for (uint32_t i = t0; i < t1; i++) {
        const tok *t = &d->toks.v[i];
        if (t->kind != TK_WORD) {
            if (t->kind == TK_PUNCT && d->text[t->start] == '-' && i > t0 && i + 1 < t1)
                continue;
            return 0;
        }
        /* (but a one-letter given name before two more: "Y Kla Mlo") */
        int letter = i == t0 && TOK_N(d, i) == 1 && t1 >= t0 + 3 && !(t->w.flags & (W_STOP | W_DET | W_PRONOUN));
        /* (or one inside a name, as in Hmong names in Vietnam: "Vang A
         * Sinh") */
        letter |= i > t0 && i + 1 < t1 && TOK_N(d, i) == 1 && (t->flags & TF_CAP) &&
                  !(d->toks.v[i - 1].flags & TF_ALLCAPS) && !(d->toks.v[i + 1].flags & TF_ALLCAPS);
        if (letter)
            continue;
        /* (a given name that is also a function word, capitalised inside
         * a sentence before a family name: "Per Henriksson", "Will Tan") */
        if (i == t0 && t1 == t0 + 2 && (t->w.flags & W_STOP) && (t->flags & TF_CAP) && !(t->flags & TF_SENT) &&
            has_cls(d, i, LX_FIRST) && name_tok(&d->toks.v[t1 - 1]) &&
            (!sift_tok_common(d, t1 - 1) || has_cls(d, t1 - 1, LX_LAST)))
            continue;
        /* (or a middle name that is one, between a given name and a family
         * name no word is: "Bjørn Are Tveit") */
        if (i == t0 + 1 && t1 == t0 + 3 && (t->w.flags & W_STOP) && (t->flags & TF_CAP) && !(t->flags & TF_ALLCAPS) &&
            (has_cls(d, t0, LX_FIRST) || !sift_tok_common(d, t0)) && name_tok(&d->toks.v[t0]) &&
            name_tok(&d->toks.v[t1 - 1]) && !sift_tok_common(d, t1 - 1))
            continue;
        if ((t->flags & TF_ALLCAPS) && !(t->flags & TF_ABBR))
            return 0;
        /* particles inside a name: "Faisal bin Nasser", "Giulia De Santis", "Bin Tariq" */
        /* a name may open with "Bin", "Al", "Van", "De" ("Bin Tariq", "De Santis"),
         * not with "El" or "La", which open place names (El Poblado, La Paz) */
        if (particle(d, i) && i + 1 < t1 &&
            (i > t0 || ((t->flags & TF_CAP) &&
                        (sift_tok_is(d, i, "bin") || sift_tok_is(d, i, "ibn") || sift_tok_is(d, i, "abu") ||
                         sift_tok_is(d, i, "al") || sift_tok_is(d, i, "van") || sift_tok_is(d, i, "von") ||
                         sift_tok_is(d, i, "de") ||
                         /* (or "Le" before two more names, a Vietnamese family
                          * name: "Le Thanh Son"; "Le Havre" has one) */
                         (sift_tok_is(d, i, "le") && i + 2 < t1)))))
            continue;
        /* the lower-case syllable of a given name: "Jae-june", "Jae-in" */
        if (i > t0 + 1 && !(t->flags & TF_CAP) && sift_is_punct(d, i - 1, '-'))
            continue;
        /* (a family name that is a particle elsewhere, last and
         * capitalised: "Sunil Das", "Marco Di") */
        if (i + 1 == t1 && i > t0 && (t->flags & TF_CAP) && (t->w.flags & W_CONNECT) && has_cls(d, i, LX_LAST))
            continue;
        if ((t->w.flags & (W_STOP | W_ORGKEY | W_CONNECT)) || ((t->w.flags & W_NONAME) && t->w.val != 'A'))
            return 0;
    }
    return 1;
}

/* Classify [t0,t1) with longest lexicon matches from the left; unknown
 * stretches in between become persons, acronyms or nothing. */
static int segment(doc *d, uint32_t t0, uint32_t t1, int after_title);

/* Is token t the same word as one of the n tokens at v? */
static int same_word_as(const doc *d, const uint32_t *v, size_t n, uint32_t t)
{
    for (size_t a = 0; a < n; a++)
        if (TOK_N(d, v[a]) == TOK_N(d, t) && memcmp(TOK_S(d, v[a]), TOK_S(d, t), TOK_N(d, t)) == 0)
            return 1;
    return 0;
}

static int spelled_acronym(const doc *d, uint32_t t0, uint32_t t1);
static int filed_at(const doc *d, uint32_t t0, uint32_t t1);

/* An all-capitals word (two to ten letters) that names an organisation
 * already: in parentheses right after an ORG mention ("the Ghana Cocoa
 * Board (COCOBOD)", the short name the article will use; remembered in
 * d->acronyms, at most 32), or the same word as one given that way. */
static int named_acronym(doc *d, uint32_t t)
{
    const tok *k = &d->toks.v[t];
    size_t len = k->end - k->start;
    /* (or a short name in small letters after its capital: "the Mexico
     * City Water System (Sacmex)", then "Sacmex said") */
    int caps = (k->flags & TF_ALLCAPS) != 0;
    if (!(k->flags & (TF_ALLCAPS | TF_CAP)) || (k->flags & (TF_ABBR | TF_DIGIT)) || len < 2 || len > 10 ||
        (!caps && (len < 4 || k->kind != TK_WORD)))
        return 0;
    /* (a person's name is never given one: "Electricite du Liban (EDL)",
     * read as a name, is the organisation its initials spell) */
    if (caps && t >= 2 && t + 1 < d->toks.n && sift_is_punct(d, t - 1, '(') && sift_is_punct(d, t + 1, ')') &&
        d->toks.v[t - 2].ment >= 0 && d->ments.v[d->toks.v[t - 2].ment].type == ET_PERSON &&
        spelled_acronym(d, d->ments.v[d->toks.v[t - 2].ment].t0, d->ments.v[d->toks.v[t - 2].ment].t1)) {
        d->ments.v[d->toks.v[t - 2].ment].type = ET_ORG;
        d->ments.v[d->toks.v[t - 2].ment].rule = "person+acronym";
    }
    if (t >= 2 && t + 1 < d->toks.n && sift_is_punct(d, t - 1, '(') && sift_is_punct(d, t + 1, ')') &&
        d->toks.v[t - 2].ment >= 0 && d->ments.v[d->toks.v[t - 2].ment].type == ET_ORG) {
        if (d->acronyms.n < 32 && SIFT_VEC_PUSH(d->arena, d->acronyms, t) != 0)
            return -1;
        return 1;
    }
    return same_word_as(d, d->acronyms.v, d->acronyms.n, t);
}

/* "ulcerative colitis (UC)", "gross domestic product (GDP)": an acronym in
 * parentheses spelled by the lower-case words before it is a term, not an
 * organisation; so is the same word later (d->terms, at most 32). */
static int term_acronym(doc *d, uint32_t t)
{
    size_t len = TOK_N(d, t);
    if (t >= 2 && t + 1 < d->toks.n && sift_is_punct(d, t - 1, '(') && sift_is_punct(d, t + 1, ')') &&
        len <= 6) {
        const char *a = TOK_S(d, t);
        uint32_t w = t - 1;
        size_t k = len;
        while (k > 0 && w > 0) {
            const tok *u = &d->toks.v[--w];
            /* "high-bandwidth memory (HBM)": each part of a compound */
            if (w > 0 && sift_is_punct(d, w, '-') && !(u->flags & TF_SPACE) && d->toks.v[w - 1].kind == TK_WORD)
                continue;
            if (u->kind != TK_WORD || (u->flags & TF_CAP))
                break;
            if (sift_tok_is(d, w, "of") || sift_tok_is(d, w, "and"))
                continue;
            if ((char)(TOK_S(d, w)[0] - 'a' + 'A') != a[k - 1])
                break;
            k--;
        }
        if (k == 0) {
            if (d->terms.n < 32 && SIFT_VEC_PUSH(d->arena, d->terms, t) != 0)
                return -1;
            return 1;
        }
    }
    /* "Brain swelling or bleeding, known as ARIA, occurred in 21%": a name
     * given to a thing that is no organisation, group or person */
    if (t >= 4 && sift_tok_is(d, t - 1, "as") && sift_tok_is(d, t - 2, "known") && len <= 6) {
        uint32_t w = t - 3;
        if (sift_is_punct(d, w, ','))
            w--;
        const tok *u = &d->toks.v[w];
        if (u->kind == TK_WORD && !(u->flags & (TF_CAP | TF_INQUOTE)) && u->ment < 0 &&
            !(u->w.flags & (W_GROUP | W_PERSON_NOUN | W_TITLE | W_PRONOUN | W_ORGKIND)) && !sift_tok_org_kind(d, w)) {
            if (d->terms.n < 32 && SIFT_VEC_PUSH(d->arena, d->terms, t) != 0)
                return -1;
            return 1;
        }
    }
    return same_word_as(d, d->terms.v, d->terms.n, t);
}

/* "state power utility Eskom", "broadcaster KBS", "Spain's maritime rescue
 * service, Salvamento Marítimo,": a name right after the kind of
 * organisation it is, or after it and a comma when a comma also follows. */
/* Bodies of members, in small letters ("the national plumbing and heating
 * trade association"). */
static const char *const member_bodies[] = {"association", "federation", "confederation", "union",
                                            "chamber", "cooperative", "co-operative", "guild", NULL};

/* Is the place a country, or a nation of the United Kingdom ("Cash Link
 * Scotland", "Cancer Research Wales": a branch by the nation it covers)? */
static int nation(const lex_entry *lx)
{
    return strstr(lx->info, "kind=country") || (strstr(lx->info, "kind=admin1") && strncmp(lx->info, "cc=GB;", 6) == 0);
}

/* Are [t0,t1), two words or more, capitalised ordinary words, whatever
 * names they may also be ("Cash Link" before "Scotland": a body's name
 * before the nation it covers; not "Jimmy" before "Wales")? */
static int ordinary_words(const doc *d, uint32_t t0, uint32_t t1)
{
    if (t1 < t0 + 2)
        return 0;
    for (uint32_t k = t0; k < t1; k++)
        if (!is_cap_word(&d->toks.v[k]) || !sift_tok_common(d, k) ||
            (d->toks.v[k].w.flags & (W_TITLE | W_TITLE_MOD | W_STOP)))
            return 0;
    return 1;
}

/* After a family name at t0 (not in capitals, no name the lexicon holds
 * whole), are [t0 + 1, t1) given names: short capitalised words that say
 * no body, group or title, and (strict) no ordinary word, or else no
 * place ("Pham Quoc Dung", "Tan Soo Lian")? */
static int given_names(const doc *d, uint32_t t0, uint32_t t1, size_t longest, int strict)
{
    if ((d->toks.v[t0].flags & TF_ALLCAPS) || lookup(d, t0, t1, NULL))
        return 0;
    for (uint32_t k = t0 + 1; k < t1; k++)
        if (!name_tok(&d->toks.v[k]) || TOK_N(d, k) > longest || (d->toks.v[k].flags & TF_ALLCAPS) ||
            (d->toks.v[k].w.flags & (W_ORGKEY | W_GROUP | W_TITLE)) ||
            (strict ? sift_tok_common(d, k) : has_cls(d, k, LX_GPE)))
            return 0;
    return 1;
}

/* Prepositions capitalised inside a name ("Action Against Hunger"). */
static const char *const cap_preps[] = {"against", "without", "beyond", NULL};

/* Does the run i..by (by the token of "by") name a body of people a thing
 * befell: an organisation's word, then a capitalised participle before
 * "by" and a name ("Movement of People Affected by Dams")? */
static int affected_by(const doc *d, uint32_t i, uint32_t by)
{
    const tok *p = &d->toks.v[by - 1], *nx = &d->toks.v[by + 1];
    if (!(p->flags & TF_CAP) || p->kind != TK_WORD || TOK_N(d, by - 1) < 5 ||
        memcmp(TOK_S(d, by - 1) + TOK_N(d, by - 1) - 2, "ed", 2) != 0 || !name_tok(nx) || (nx->w.flags & W_STOP))
        return 0;
    for (uint32_t r = i; r + 1 < by; r++)
        if (d->toks.v[r].w.flags & (W_ORGKEY | W_ORGPRE))
            return 1;
    return 0;
}

/* Public bodies in small letters ("the national water authority"), the
 * kind a name in apposition to them is. */
static const char *const public_bodies[] = {"administration", "authority", "department", "ministry", "commission",
                                            "directorate", "inspectorate", "secretariat", NULL};

static int kind_before(const doc *d, uint32_t t0)
{
    uint32_t k = t0;
    int one_word = 0; /* (a name of one word after the comma) */
    /* ("The agency, known as Fitosegura,": the kind a name is given to) */
    /* (not a place: "the site, known as Punta Chaac,") */
    static const char *const places[] = {"site", "station", "platform", NULL};
    if (k >= 5 && sift_tok_is(d, k - 1, "as") && sift_tok_is(d, k - 2, "known") && sift_is_punct(d, k - 3, ',')) {
        if (sift_tok_in(d, k - 4, places))
            return 0;
        k -= 3;
    } else if (k >= 2 && sift_is_punct(d, k - 1, ',')) {
        uint32_t e = k;
        while (e < d->toks.n && (d->toks.v[e].flags & TF_CAP) && d->toks.v[e].kind == TK_WORD)
            e++;
        /* (or ending the sentence: "according to data published by the
         * national pension regulator, Consar.") */
        int ends = sift_is_punct(d, e, '.') && !(d->toks.v[e].flags & TF_ABBR);
        if (!(sift_is_punct(d, e, ',') || ends) || has_cls(d, t0, LX_FIRST))
            return 0; /* "a spokesman for the company, John Smith," */
        /* (nor a name with an age after it: "The leader of the opposition
         * alliance, Dragan Petrovic, 58, a cardiologist") */
        if (sift_age_follows(d, e))
            return 0;
        one_word = e == t0 + 1;
        /* (nor a person's role of the kind, when the trained recognizer
         * calls the name a person's: "The head of the Tamil service,
         * Selvarajah Anandan, said") */
        for (uint32_t o = k - 1; o-- > 1 && o + 6 > k;)
            if ((sift_tok_is(d, o, "of") || sift_tok_is(d, o, "at")) &&
                (d->toks.v[o - 1].w.flags & (W_TITLE | W_PERSON_NOUN)) && !(d->toks.v[o - 1].flags & TF_CAP) &&
                model_type(d, t0, e) == ET_PERSON)
                return 0;
        /* (nor a trade a person may ply, when the trained recognizer calls
         * the name a person's: "The publisher, Gabor Meszaros, said") */
        /* (in words none of which is common: not "The developer, Harrow
         * Vale Homes,") */
        int plain = sift_tok_trade(d, k - 2) && model_type(d, t0, e) == ET_PERSON;
        for (uint32_t w = t0; plain && w < e; w++)
            plain = !sift_tok_common(d, w) && !(d->toks.v[w].w.flags & (W_COMPANY | W_ORGKEY));
        if (plain)
            return 0;
        k--;
    }
    /* (or a body of members right before it, or before a name of one
     * word: "The consumer association Consommer Juste", "the national
     * football federation, Fecafoot."; not "A spokesman for the
     * association, Reto Gasser,") */
    /* (not one who works a machine: "crane operator Fatima El Amrani") */
    /* (or a public body before a name of one word: "according to the state
     * port administration, Apiqroo.") */
    /* (or an office that counts or studies, right before a name no one
     * is given: "the national statistics institute Istat") */
    static const char *const offices[] = {"institute", "office", "bureau", NULL};
    if (k == t0 && k > 0 && sift_tok_in(d, k - 1, offices) && !(d->toks.v[k - 1].flags & TF_CAP) &&
        !has_cls(d, t0, LX_FIRST))
        return 1;
    return k > 0 && ((sift_tok_org_kind(d, k - 1) && !sift_machine_operator(d, k - 1)) ||
                     ((k == t0 || one_word) && sift_tok_in(d, k - 1, member_bodies) &&
                      !(d->toks.v[k - 1].flags & TF_CAP)) ||
                     (one_word && sift_tok_in(d, k - 1, public_bodies) && !(d->toks.v[k - 1].flags & TF_CAP)));
}

/* "Codelco, the state-owned copper giant, produced", "Antofagasta, a miner
 * controlled by ...,": a name whose appositive is a kind of organisation. */
/* Is token k the plural of a kind of organisation ("bookmakers", "miners")? */
static int plural_org_kind(const doc *d, uint32_t k)
{
    return (sift_plural_flags(d, k) & W_ORGKIND) != 0;
}

/* Roles held in a business, in small letters ("chief executive", "finance
 * director", "strategist"). */
static const char *const business_roles[] = {"executive", "director", "chairman", "chairwoman", "chairperson",
                                             "founder", "co-founder", "owner", "manager", "economist", "analyst",
                                             "strategist", "spokesman", "spokeswoman", "spokesperson", NULL};

/* Does a business role and "of" or "at" come right before token t0
 * ("chief executive of", "a strategist at"), or a spokesperson's "for"? */
static int role_of_name(const doc *d, uint32_t t0)
{
    static const char *const spokes[] = {"spokesman", "spokeswoman", "spokesperson", NULL};
    if (t0 < 2 || (d->toks.v[t0 - 2].flags & TF_CAP))
        return 0;
    if ((sift_tok_is(d, t0 - 1, "of") || sift_tok_is(d, t0 - 1, "at")) && sift_tok_in(d, t0 - 2, business_roles))
        return 1;
    return sift_tok_is(d, t0 - 1, "for") && sift_tok_in(d, t0 - 2, spokes) ? 2 : 0;
}

/* "Vetro Sud chief executive Marco Bassi", "Lanza Verde finance director
 * Ana Ruiz": a name, a business role in small letters (up to two words
 * before it), then a person's name: the name the role belongs to */
static int role_before_name(const doc *d, uint32_t t1)
{
    for (uint32_t k = t1; k < d->toks.n && k < t1 + 3; k++) {
        if (d->toks.v[k].kind != TK_WORD || (d->toks.v[k].flags & TF_CAP))
            return 0;
        if (sift_tok_in(d, k, business_roles))
            return k + 1 < d->toks.n && d->toks.v[k + 1].kind == TK_WORD && (d->toks.v[k + 1].flags & TF_CAP);
    }
    return 0;
}

/* "Michał Dąbrowski, a software developer,": two words no dictionary
 * knows as ordinary ones, which the trained recognizer calls a person's,
 * before a kind a person may ply too (kind_after gives 1). */
static int plies_trade(const doc *d, uint32_t t0, uint32_t t1)
{
    if (t1 - t0 != 2 || sift_tok_common(d, t0) || sift_tok_common(d, t0 + 1) || model_type(d, t0, t1) != ET_PERSON)
        return 0;
    for (uint32_t k = t1 + 2; k < d->toks.n && k < t1 + 7 && d->toks.v[k].kind == TK_WORD; k++)
        if (sift_tok_org_kind(d, k))
            return sift_tok_trade(d, k);
    return 0;
}

static int kind_after(const doc *d, uint32_t t1);

/* kind_after for the name [t0,t1), but 0 for a person plying a trade a
 * firm may be ("Michał Dąbrowski, a software developer,"). */
static int name_kind(const doc *d, uint32_t t0, uint32_t t1)
{
    int ka = kind_after(d, t1);
    if (ka == 3) { /* (a centre: no place the lexicon knows) */
        const lex_entry *lx = lookup(d, t0, t1, NULL);
        ka = lx && (lx->cls == LX_GPE || lx->cls == LX_LOC) ? 0 : 1;
    }
    return ka == 1 && plies_trade(d, t0, t1) ? 0 : ka;
}

static int kind_after(const doc *d, uint32_t t1)
{
    /* (or one of a kind: "Redline Bet, one of the country's largest
     * online bookmakers,") */
    /* (or a place's: "Frigorifico del Norte, one of Uruguay's oldest beef
     * processors,") */
    if (sift_is_punct(d, t1, ',') && sift_tok_is(d, t1 + 1, "one") && sift_tok_is(d, t1 + 2, "of") &&
        t1 + 4 < d->toks.n &&
        ((d->toks.v[t1 + 3].w.flags & W_DET) ||
         ((d->toks.v[t1 + 3].flags & TF_CAP) && (d->toks.v[t1 + 4].flags & TF_POSS)))) {
        for (uint32_t k = t1 + 4; k < d->toks.n && k < t1 + 12; k++) {
            if (d->toks.v[k].kind != TK_WORD && !(d->toks.v[k].flags & TF_POSS) && !sift_is_punct(d, k, '-'))
                return 0;
            if (plural_org_kind(d, k)) { /* (a person may be "one of the producers": 1, as below) */
                /* (past where: "one of the largest apps in the country,") */
                uint32_t c = k + 1;
                if (c + 1 < d->toks.n && sift_tok_is(d, c, "in") && !(d->toks.v[c].flags & TF_CAP))
                    for (c++; c < d->toks.n && c < k + 6 && d->toks.v[c].kind == TK_WORD; c++)
                        ;
                return c < d->toks.n && sift_is_punct(d, c, ',') ? 1 : 0;
            }
        }
        return 0;
    }
    /* (or a country's: "Rengo, Japan's largest labour federation,") */
    int owner = t1 + 3 < d->toks.n && (d->toks.v[t1 + 1].flags & TF_CAP) && d->toks.v[t1 + 1].kind == TK_WORD &&
                d->toks.v[t1 + 2].kind != TK_WORD && (d->toks.v[t1 + 2].flags & TF_POSS) && has_cls(d, t1 + 1, LX_GPE);
    if (!sift_is_punct(d, t1, ',') ||
        !(sift_tok_is(d, t1 + 1, "the") || sift_tok_is(d, t1 + 1, "a") || sift_tok_is(d, t1 + 1, "an") || owner))
        return 0;
    /* the kind among the first words ("a miner controlled by ..."), and the
     * appositive closed by a comma */
    /* kinds no person is ("a developer" may be one) */
    static const char *const bodies[] = {"group", "company", "firm", "chain", "charity", "nonprofit",
                                         "network", "operator", "utility", "bank", "insurer", "lender",
                                         "retailer", "airline", "conglomerate", "ngo", "fund", "homebuilder",
                                         "housebuilder", "subsidiary", "agency", "regulator", "watchdog", NULL};
    int kind = 0, words = 0, relative = 0;
    /* (a relative clause on the kind may run long: "Tiszantuli Hirlap, a
     * Debrecen daily that has survived two changes of ownership and a
     * printing-house fire since it was founded after the fall of
     * communism, said") */
    for (uint32_t k = t1 + 2; k < d->toks.n && k < t1 + (kind && relative ? 40 : 20); k++) {
        if (sift_is_punct(d, k, '-') || (kind && (d->toks.v[k].kind == TK_NUM || d->toks.v[k].kind == TK_SYM)))
            continue; /* "state-owned", "that runs nine hospitals and 46 clinics", "with about 40%" */
        if (d->toks.v[k].kind != TK_WORD && (d->toks.v[k].flags & TF_POSS))
            continue; /* "a tenants' advice charity", "the resort's 14 lifts" */
        if (d->toks.v[k].kind != TK_WORD) /* (or the sentence's end: ", the company that runs the lifts.") */
            return sift_is_punct(d, k, ',') || (sift_is_punct(d, k, '.') && !(d->toks.v[k].flags & TF_ABBR)) ? kind
                                                                                                           : 0;
        if ((d->toks.v[k].w.flags & W_PREP) && !kind)
            return 0; /* "a shipping analyst at consultancy X": a person's role */
        if ((d->toks.v[k].w.flags & W_CUE) && !(d->toks.v[k].flags & TF_CAP) && d->toks.v[k].upos != SIFT_UPOS_NOUN)
            return 0; /* "... in eastern Hungary, the company said": an attribution */
        /* (or any verb of the clause the phrase is the subject of: "a
         * commercial court in Buenos Aires, the company owes 310 billion
         * pesos", not "the company that runs the lifts") */
        /* (a kind that is also a trade, then "who": "Hasan, a processor
         * in Poboya who uses only one name,") */
        if (kind == 1 && !relative && sift_tok_is(d, k, "who") && !(d->toks.v[k].flags & TF_CAP))
            return 0;
        relative |= sift_tok_is(d, k, "that") || sift_tok_is(d, k, "which") || sift_tok_is(d, k, "who");
        if (kind && !relative && !(d->toks.v[k].flags & TF_CAP) &&
            ((d->toks.v[k].upos == SIFT_UPOS_VERB && (TOK_N(d, k) > 3 || sift_tok_is(d, k, "has")) &&
              TOK_S(d, k)[TOK_N(d, k) - 1] == 's') ||
             d->toks.v[k].upos == SIFT_UPOS_AUX))
            return 0;
        /* (a conjunction counts for nothing: "a discount grocery and
         * household goods chain") */
        words += !sift_tok_is(d, k, "and") && !sift_tok_is(d, k, "or");
        /* (a person's noun first: "a lawyer representing a group of
         * agricultural cooperatives") */
        /* (but not one that modifies the noun after it: "the state student
         * loan agency") */
        if (!kind && (d->toks.v[k].w.flags & W_PERSON_NOUN) && !(d->toks.v[k].flags & TF_CAP) &&
            !sift_tok_org_kind(d, k) &&
            !(k + 1 < d->toks.n && d->toks.v[k + 1].kind == TK_WORD && !(d->toks.v[k + 1].flags & TF_CAP) &&
              d->toks.v[k + 1].upos == SIFT_UPOS_NOUN && !(d->toks.v[k + 1].w.flags & W_PERSON_NOUN)))
            return 0;
        if (words <= 5 && !kind && sift_tok_org_kind(d, k)) {
            /* (not a kind before a person's role: "the company chief") */
            /* (nor its owner, whatever it owns: "the company's president",
             * "the firm's logistics manager", "the group's flagship brand") */
            if (k + 2 < d->toks.n && d->toks.v[k + 1].kind != TK_WORD && (d->toks.v[k + 1].flags & TF_POSS))
                return 0;
            if (k + 1 < d->toks.n && (d->toks.v[k + 1].w.flags & (W_TITLE | W_PERSON_NOUN)) &&
                !(d->toks.v[k + 1].flags & TF_CAP))
                return 0;
            /* (past a modifier of the role: "a former central bank deputy
             * governor") */
            if (k + 2 < d->toks.n && (d->toks.v[k + 1].w.flags & W_TITLE_MOD) &&
                (d->toks.v[k + 2].w.flags & (W_TITLE | W_PERSON_NOUN)) && !(d->toks.v[k + 2].flags & TF_CAP))
                return 0;
            /* (nor one who works a machine: "a machine operator") */
            if (sift_machine_operator(d, k))
                return 0;
            kind = sift_tok_in(d, k, bodies) ? 2 : 1;
        }
        /* (or a public body: "Rijkswaterstaat, the national water
         * authority,"; not "an authority on tax law") */
        if (words <= 5 && !kind && sift_tok_in(d, k, public_bodies) && !(d->toks.v[k].flags & TF_CAP) &&
            !(k + 1 < d->toks.n && (sift_tok_is(d, k + 1, "on") || (d->toks.v[k + 1].flags & TF_POSS) ||
                                    ((d->toks.v[k + 1].w.flags & (W_TITLE | W_PERSON_NOUN)) &&
                                     !(d->toks.v[k + 1].flags & TF_CAP)))))
            kind = 2;
        /* (or a part of a named one: "Dehoga Hamburg, the local branch of
         * the German Hotel and Restaurant Association,") */
        static const char *const parts[] = {"branch", "chapter", "affiliate", "division", NULL};
        if (words <= 4 && !kind && sift_tok_in(d, k, parts) && !(d->toks.v[k].flags & TF_CAP) && k + 3 < d->toks.n &&
            sift_tok_is(d, k + 1, "of") && (d->toks.v[k + 2 + sift_tok_is(d, k + 2, "the")].flags & TF_CAP))
            kind = 2;
        /* (or a body of members: "the national plumbing and heating trade
         * association") */
        if (words <= 6 && !kind && sift_tok_in(d, k, member_bodies) && !(d->toks.v[k].flags & TF_CAP) &&
            !(k + 1 < d->toks.n && ((d->toks.v[k + 1].w.flags & (W_TITLE | W_PERSON_NOUN)) ||
                                    (d->toks.v[k + 1].flags & TF_POSS))))
            kind = 2;
        /* (or a centre of some work, 3: "Verbraucherzentrale Hamburg, the
         * city's consumer advice centre,"; not a place's "business centre") */
        if (words <= 5 && !kind && (sift_tok_is(d, k, "centre") || sift_tok_is(d, k, "center")) &&
            !(d->toks.v[k].flags & TF_CAP) && k > t1 + 2 && d->toks.v[k - 1].kind == TK_WORD &&
            d->toks.v[k - 1].upos == SIFT_UPOS_NOUN && !(d->toks.v[k - 1].flags & TF_CAP))
            kind = 3;
    }
    return 0;
}

/* ", which owns Facebook", ", which makes ...": what follows a company. */
static int company_which(const doc *d, uint32_t t1)
{
    static const char *const verbs[] = {"owns",      "runs",         "operates",   "makes",  "sells",
                                        "employs",   "publishes",    "manufactures", "represents",
                                        /* ("Moneyline, which offers free debt advice") */
                                        "offers",    "provides",     "supplies",   "develops", "manages", NULL};
    if (!sift_is_punct(d, t1, ',') || !sift_tok_is(d, t1 + 1, "which"))
        return 0;
    /* (or says something, which no place does: "Bayanipay, which says it
     * has 14 million users,") */
    if (t1 + 2 < d->toks.n && (d->toks.v[t1 + 2].w.flags & W_CUE_SAY) && !(d->toks.v[t1 + 2].flags & TF_CAP))
        return 1;
    for (const char *const *v = verbs; *v; v++)
        if (sift_tok_is(d, t1 + 2, *v))
            return 1;
    return 0;
}

static int camel_case(const doc *d, uint32_t i)
{
    const char *w = TOK_S(d, i);
    size_t n = TOK_N(d, i);
    if (n < 3 || d->toks.v[i].kind != TK_WORD || !(d->toks.v[i].flags & TF_CAP) ||
        (d->toks.v[i].flags & TF_ALLCAPS))
        return 0;
    static const char *const prefixes[] = {"Mc", "Mac", "De", "Di", "Da", "Du", "Le", "La", "Van", "Von", NULL};
    for (size_t k = 1; k + 1 < n; k++) {
        if (!(w[k] >= 'a' && w[k] <= 'z') || !(w[k + 1] >= 'A' && w[k + 1] <= 'Z'))
            continue;
        for (const char *const *p = prefixes; *p; p++)
            if (strlen(*p) == k + 1 && strncmp(w, *p, k + 1) == 0)
                return 0;
        return 1;
    }
    return 0;
}

/* Is token k a French or Italian "d'" run into its word ("d'orientation")? */
static int elided_de(const doc *d, uint32_t k)
{
    return TOK_S(d, k)[0] == 'd' && sift_elision(d, k);
}

/* "Cour des comptes", "Conseil d'orientation des retraites", "Corte dei
 * conti", "Société de transport de Montréal", "Autorité régionale de
 * transport métropolitain": a body's first word in French or Italian (at
 * i, the run's only word so far, j == i + 1), an adjective in small
 * letters perhaps, then "de", "des", "d'..." and words that English does
 * not use, in small letters or a place's name; the end of the name, or 0. */
static uint32_t lower_case_body(const doc *d, uint32_t i, uint32_t j)
{
    static const char *const bodies[] = {"cour",     "conseil",     "caisse",       "corte",    "autorité",
                                         "inspection", "observatoire", "comité",     "agence",   "institut",
                                         "haute",    "société",     "syndicat",     "chambre",  "régie",
                                         "fédération", "confédération", "ministère", "direction", "secrétariat",
                                         "coopérative", "ordre",    "collectif",    "compagnie", "assemblée",
                                         "corporation", "union",    "association",  "centre",   "office",
                                         "commission", "fonds",     "groupe",       "mouvement", "banque",
                                         "réseau",   "conférence",  NULL};
    static const char *const of[] = {"de", "des", "du", "dei", "della", "del", "degli", "delle", "di", NULL};
    static const uint32_t english = W_VERB | W_AUX | W_CUE | W_PREP | W_DET | W_STOP | W_PRONOUN;
    if (j != i + 1 || j + 2 >= d->toks.n || !sift_tok_in(d, i, bodies) || (d->toks.v[j].flags & TF_CAP))
        return 0;
    /* (past an adjective: "Chambre régionale des comptes") */
    uint32_t c = j + (d->toks.v[j].kind == TK_WORD && !(d->toks.v[j].w.flags & english) && !sift_tok_in(d, j, of) &&
                      !elided_de(d, j) && (sift_tok_in(d, j + 1, of) || elided_de(d, j + 1)));
    if (!sift_tok_in(d, c, of) && !elided_de(d, c))
        return 0;
    uint32_t e = j, last = 0;
    for (; e < d->toks.n && e < j + 7 && d->toks.v[e].sent == d->toks.v[i].sent; e++) {
        const tok *u = &d->toks.v[e];
        /* (a place's name after "de" or "du" is the name's last word but
         * for an adjective: "du Montréal métropolitain") */
        if (u->kind == TK_WORD && (u->flags & TF_CAP) && e > c && last > j && sift_tok_in(d, e - 1, of) &&
            u->ment < 0 && !(u->w.flags & english)) {
            last = e + 1;
            continue;
        }
        if (u->kind != TK_WORD || (u->flags & TF_CAP))
            break;
        int joins = sift_tok_in(d, e, of) || elided_de(d, e);
        if (!joins && (u->w.flags & english))
            break;
        /* (after a place's name, only an adjective: not "de Montréal
         * presented") */
        if (!joins && e > c && (d->toks.v[e - 1].flags & TF_CAP) && u->upos != SIFT_UPOS_ADJ)
            break;
        if (!sift_tok_in(d, e, of))
            last = e + 1;
    }
    return last > j ? last : 0;
}

/* Is token t a bank's compound word: "Landesbank", "Spaarbank",
 * "Sparkasse"? */
static int bank_compound(const doc *d, uint32_t t)
{
    size_t n = TOK_N(d, t);
    return n > 6 && (strncasecmp(TOK_S(d, t) + n - 4, "bank", 4) == 0 ||
                     strncasecmp(TOK_S(d, t) + n - 5, "kasse", 5) == 0);
}

/* Is token t an acronym in the plural: two or more capitals, then "s"
 * ("MPs", "NGOs", "LBCs")? */
static int plural_acronym(const doc *d, uint32_t t)
{
    size_t n = TOK_N(d, t);
    const char *s = TOK_S(d, t);
    if (n < 3 || n > 8 || s[n - 1] != 's')
        return 0;
    for (size_t i = 0; i + 1 < n; i++)
        if (s[i] < 'A' || s[i] > 'Z')
            return 0;
    return 1;
}

/* "analysts at Bankhaus Reinholt", "an economist at Capital Economics": a
 * name after a role and "at" is where the role is held. */
static int role_at(const doc *d, uint32_t t0)
{
    return t0 >= 2 && sift_tok_is(d, t0 - 1, "at") &&
           (d->toks.v[t0 - 2].w.flags & (W_GROUP | W_PERSON_NOUN)) && !(d->toks.v[t0 - 2].flags & TF_CAP);
}

/* The first word of an organisation's name in another language: "Clube
 * Desportivo ...", "Banco ...", "Grupo ...", "Bankhaus ...". */
int sift_foreign_org_word(const doc *d, uint32_t t0)
{
    static const char *const words[] = {"clube", "banco", "banca", "banque", "grupo", "bankhaus", "fundación",
                                        /* (German savings and state banks: "Sparkasse Bremen") */
                                        "sparkasse", "landesbank", "volksbank", "kantonalbank",
                                        "fundação", "sociedad", "sociedade", "société", "compañía",
                                        "companhia", "instituto", "universidad", "universidade",
                                        "université", "università", "partido", "minera",
                                        "mineração", "empresa", "aerolíneas", "aerolineas",
                                        "aerolinhas", "defensoría", "defensoria", "procuraduría", "fiscalía",
                                        "contraloría", "superintendencia", "ministerio", "ministério",
                                        "secretaría", "federación", "confederación", "asociación", "cámara",
                                        "servicio", "serviço", "agencia", "agência", "eléctrica", "electrica",
                                        "corporación", "corporacion", "petróleos", "petroleos", "industrias",
                                        "seguros", "seguradora", "aseguradora", "transportes",
                                        /* ("Instytut Rynku Energii", "Fundacja Batorego") */
                                        "instytut", "fundacja", "stowarzyszenie", "związek", "izba", "urząd",
                                        "ministerstwo", "uniwersytet",
                                        /* (steelworks: "Siderurgica Serra Azul", "Huta Slaska Stal") */
                                        "siderurgica", "siderúrgica", "siderurgia", "huta",
                                        /* (water utilities: "Aguas Andinas", "Águas do Porto") */
                                        "aguas", "águas",
                                        /* (members' bodies: "Associação dos Vinicultores da
                                         * Campanha Gaúcha", "Movimento Camponês pela Terra Limpa") */
                                        "associação", "associacao", "associazione", "movimento", "movimiento",
                                        "mouvement", "sindicato", "cooperativa", "federação", "confederação",
                                        "união",
                                        /* (motorway operators: "Autostrade Tirreniche", "Autopistas del Sol") */
                                        "autostrade", "autostrada", "autopistas", "autopista", "autoroutes",
                                        /* (public bodies: "Operador Nacional de Electricidad",
                                         * "Comisión Federal de Electricidad") */
                                        "operador", "operadora", "comisión", "comissão", "consejo", "conselho",
                                        "dirección", "autoridad", "autoridade", "organismo", "administración",
                                        "oficina", "coordinadora", "frente", "coopérative", "syndicat", "fédération",
                                        "confédération", "caisse", "mutuelle",
                                        /* (Indonesian: "Yayasan Laut Lestari", a foundation) */
                                        "yayasan", "perkumpulan", NULL};
    return sift_tok_in(d, t0, words);
}

/* An organisation named by what it is: "rescue service, Salvamento
 * Marítimo,", "consultancy Haven Insight" (a common first word only in a
 * name of two words or more); "analysts at Bankhaus Reinholt"; "Clube
 * Desportivo Vilanova". */
/* "a coalition of student and youth groups called Gerakan Tambang Adil":
 * the name at t0 given ("called", "named") to a kind of organisation a
 * few plain words before. */
static int called_kind(const doc *d, uint32_t t0)
{
    if (t0 < 3 || !(sift_tok_is(d, t0 - 1, "called") || sift_tok_is(d, t0 - 1, "named")) ||
        (d->toks.v[t0 - 1].flags & TF_CAP))
        return 0;
    for (uint32_t k = t0 - 1; k-- > 0 && k + 9 > t0;) {
        const tok *u = &d->toks.v[k];
        if (u->kind != TK_WORD || (u->flags & TF_CAP) || (u->w.flags & (W_VERB | W_AUX)))
            return 0;
        if (sift_tok_org_kind(d, k) || (u->w.flags & W_ORGKEY))
            return 1;
    }
    return 0;
}

static int named_by_kind(const doc *d, uint32_t t0, uint32_t t1)
{
    if ((kind_before(d, t0) && (!sift_tok_common(d, t0) || t1 - t0 >= 2)) || called_kind(d, t0))
        return 1;
    /* (not a place people are at: "told journalists at Rabat-Agdal
     * station") */
    int place = t1 < d->toks.n && facility_word(d, t1) && !(d->toks.v[t1].flags & TF_CAP);
    return ((role_at(d, t0) && !place) || sift_foreign_org_word(d, t0)) && !has_cls(d, t0, LX_FIRST);
}

/* Do the words [t0,t1) end (or make) the name of a person named before (among the
 * last 256 names), capitals aside ("El-Sayed" after "Hisham el-Sayed")? Or,
 * with opens, open a longer one ("Mulugeta" after "Mulugeta Alemu")? */
static int person_named_part(const doc *d, uint32_t t0, uint32_t t1, int opens)
{
    uint32_t n = t1 - t0;
    size_t lo = d->ments.n > 256 ? d->ments.n - 256 : 0;
    for (size_t m = d->ments.n; m-- > lo;) {
        const mention *mm = &d->ments.v[m];
        if (mm->type != ET_PERSON || mm->t1 - mm->t0 < n + (opens != 0) || mm->t1 > t0)
            continue; /* (or the whole of it again: "Lone Kjær" after "board chair Lone Kjær") */
        uint32_t at = opens ? mm->t0 : mm->t1 - n, k = 0;
        while (k < n && TOK_N(d, t0 + k) == TOK_N(d, at + k) &&
               strncasecmp(TOK_S(d, t0 + k), TOK_S(d, at + k), TOK_N(d, t0 + k)) == 0)
            k++;
        if (k == n)
            return 1;
    }
    return 0;
}

/* Is token k a lower-case noun for a person's role, not one a firm may
 * be ("The owner, Silesian Coal", "The buyer, Granite Sports")? */
static int role_word(const doc *d, uint32_t k)
{
    static const char *const bodies[] = {"owner", "buyer", "seller", "partner", "investor", "member",
                                         "supplier", "operator", "winner", "bidder", NULL};
    const tok *u = &d->toks.v[k];
    return u->kind == TK_WORD && !(u->flags & TF_CAP) && (u->w.flags & (W_PERSON_NOUN | W_TITLE)) &&
           !sift_tok_in(d, k, bodies);
}

/* "the city's culture alderman, Name": a role and a comma before the name
 * at t0. */
static int role_apposed(const doc *d, uint32_t t0)
{
    return t0 >= 2 && sift_is_punct(d, t0 - 1, ',') && role_word(d, t0 - 2);
}

/* "The Minister of Education and Technical Education, Adel Shaker,": a
 * title opening the sentence (or after "the"), then a comma before t0. */
static int title_apposed(const doc *d, uint32_t t0)
{
    if (t0 < 3 || !sift_is_punct(d, t0 - 1, ','))
        return 0;
    for (uint32_t k = t0 - 1; k-- > 0 && k + 9 > t0;) {
        const tok *u = &d->toks.v[k];
        if (u->kind != TK_WORD || (u->w.flags & (W_VERB | W_AUX | W_CUE)))
            return 0;
        if ((u->w.flags & W_TITLE) && k > 0 &&
            (sift_tok_is(d, k - 1, "the") || (d->toks.v[k - 1].w.flags & W_TITLE_MOD)))
            return 1;
    }
    return 0;
}

/* ", senior economist at", ", chief executive of": after the name ending
 * at t1, a comma and a role of a person (no article), at most two words
 * before it, then a preposition or a comma. */
static int role_follows(const doc *d, uint32_t t1)
{
    if (t1 + 3 >= d->toks.n || !sift_is_punct(d, t1, ','))
        return 0;
    for (uint32_t k = t1 + 1; k < t1 + 4 && k + 1 < d->toks.n; k++) {
        const tok *u = &d->toks.v[k];
        if (u->kind != TK_WORD || (u->flags & TF_CAP) || (u->w.flags & (W_DET | W_VERB | W_AUX | W_PREP)))
            return 0;
        if ((u->w.flags & (W_TITLE | W_PERSON_NOUN)) &&
            (sift_tok_is(d, k + 1, "at") || sift_tok_is(d, k + 1, "of") || sift_tok_is(d, k + 1, "for") ||
             sift_is_punct(d, k + 1, ',')))
            return 1;
    }
    return 0;
}

/* ", a farmer", ", a retired fisherman", ", a 52-year-old grower": a
 * description whose noun, after at most three modifiers, names a person's
 * role follows the name ending at t1. */
static int person_described(const doc *d, uint32_t t1)
{
    /* (or "who": "Comfort Aidoo, who sells fried yam") */
    if (t1 + 2 < d->toks.n && sift_is_punct(d, t1, ',') && sift_tok_is(d, t1 + 1, "who") &&
        !(d->toks.v[t1 + 1].flags & TF_CAP))
        return 1;
    /* (past an age: "Diego, 22, a motorbike courier who") */
    if (t1 + 4 < d->toks.n && sift_is_punct(d, t1, ',') && d->toks.v[t1 + 1].kind == TK_NUM &&
        TOK_N(d, t1 + 1) <= 3 && sift_is_punct(d, t1 + 2, ','))
        t1 += 2;
    if (t1 + 2 >= d->toks.n || !sift_is_punct(d, t1, ',') ||
        !(sift_tok_is(d, t1 + 1, "a") || sift_tok_is(d, t1 + 1, "an")) || (d->toks.v[t1 + 1].flags & TF_CAP))
        return 0;
    /* (the age alone is one: "Bilal, a 24-year-old from Hyderabad who") */
    if (sift_age_at(d, t1 + 2) >= 0)
        return 1;
    for (uint32_t j = t1 + 2, lim = t1 + 6; j < d->toks.n && j < lim; j++) {
        const tok *u = &d->toks.v[j];
        /* (a compound is one word: "Carlo, a call-centre worker who") */
        if (sift_is_punct(d, j, '-') && !(u->flags & TF_SPACE) && j + 1 < d->toks.n &&
            !(d->toks.v[j + 1].flags & TF_SPACE)) {
            lim += 2;
            continue;
        }
        /* (past where: "Hasan, a processor in Poboya who") */
        if (u->kind == TK_WORD && (u->flags & TF_CAP) && j > t1 + 3 &&
            (sift_tok_is(d, j - 1, "in") || sift_tok_is(d, j - 1, "from")) && j + 1 < d->toks.n &&
            sift_tok_is(d, j + 1, "who")) {
            lim++;
            continue;
        }
        if (u->kind != TK_WORD || (u->flags & TF_CAP))
            return 0;
        if (u->w.flags & (W_PERSON_NOUN | W_TITLE)) /* ("a local councillor") */
            return 1;
        /* (or any noun "who" follows: "Mokhtar, a calligrapher who uses
         * only one name") */
        if (j > t1 + 2 && sift_tok_is(d, j, "who"))
            return 1;
    }
    return 0;
}

/* ", a mother who gave only her first name,": a description after the
 * comma at t1 that says a name was given (so "Joy" is one, though a word). */
static int gave_name_after(const doc *d, uint32_t t1)
{
    if (!person_described(d, t1))
        return 0;
    for (uint32_t j = t1 + 2; j < d->toks.n && j < t1 + 14 && !sift_is_punct(d, j, ','); j++)
        if (sift_tok_is(d, j, "name") && (sift_tok_is(d, j - 1, "first") || sift_tok_is(d, j - 1, "one") ||
                                          sift_tok_is(d, j - 1, "her") || sift_tok_is(d, j - 1, "his")))
            return 1;
    return 0;
}

/* ", the wife of a shrimp farmer": after the comma at t1, "the", at most
 * two lower-case words (or a place's) and a noun for a person. */
static int kin_described(const doc *d, uint32_t t1)
{
    if (t1 + 2 >= d->toks.n || !sift_is_punct(d, t1, ',') || !sift_tok_is(d, t1 + 1, "the") ||
        (d->toks.v[t1 + 1].flags & TF_CAP))
        return 0;
    /* (or where the person is from, and a compound: "Kaia, the Brisbane
     * singer-songwriter who performs under a single name,") */
    for (uint32_t j = t1 + 2; j < d->toks.n && j < t1 + 6; j++) {
        const tok *u = &d->toks.v[j];
        if (u->kind != TK_WORD && !(j > t1 + 2 && sift_is_punct(d, j, '-') && !(u->flags & TF_SPACE)))
            return 0;
        if (u->kind != TK_WORD)
            continue;
        if ((u->flags & TF_CAP) && !(j == t1 + 2 && (has_cls(d, j, LX_GPE) || has_cls(d, j, LX_NORP))))
            return 0;
        if ((u->w.flags & W_PERSON_NOUN) || sift_noun_sex(d, j)) /* ("wife", "widow") */
            return j + 1 < d->toks.n && (sift_tok_is(d, j + 1, "of") || sift_is_punct(d, j + 1, ',') ||
                                         sift_tok_is(d, j + 1, "who") ||
                                         (sift_is_punct(d, j + 1, '-') && !(d->toks.v[j + 1].flags & TF_SPACE)));
    }
    return 0;
}

/* What follows a name at t1 says it is a person's: a verb of saying
 * ("said"), an age (", 47,") or a description (", a farmer near Ségou,"). */
static int person_follows(const doc *d, uint32_t t1)
{
    /* (or a relative clause on a person: "said Selvi, whose husband died
     * on Friday", "said Kofi, who sells ...") */
    return cue_follows(d, t1 - 1) || sift_age_follows(d, t1) ||
           (t1 + 1 < d->toks.n && sift_is_punct(d, t1, ',') &&
            (sift_tok_is(d, t1 + 1, "a") || sift_tok_is(d, t1 + 1, "an") || sift_tok_is(d, t1 + 1, "whose") ||
             sift_tok_is(d, t1 + 1, "who")) &&
            !(d->toks.v[t1 + 1].flags & TF_CAP));
}

/* ", executive director of ...", ", the deputy minister": a comma and a
 * title, after at most two of its modifiers, follow the name ending at t1. */
static int title_follows(const doc *d, uint32_t t1)
{
    if (t1 + 1 >= d->toks.n || !sift_is_punct(d, t1, ','))
        return 0;
    uint32_t k = t1 + 1 + (sift_tok_is(d, t1 + 1, "the") && !(d->toks.v[t1 + 1].flags & TF_CAP));
    /* (past its owner: ", the group's director") */
    if (k > t1 + 1 && k + 2 < d->toks.n && d->toks.v[k].kind == TK_WORD && !(d->toks.v[k].flags & TF_CAP) &&
        d->toks.v[k + 1].kind != TK_WORD && (d->toks.v[k + 1].flags & TF_POSS))
        k += 2;
    for (uint32_t j = k; j < d->toks.n && j < k + 3; j++) {
        const tok *u = &d->toks.v[j];
        if (u->kind != TK_WORD || (u->flags & TF_CAP))
            return 0;
        if (u->w.flags & W_TITLE)
            return 1;
        /* (or a person's noun after "the": ", the alderman for traffic,") */
        if ((u->w.flags & W_PERSON_NOUN) && k > t1 + 1 && !sift_tok_org_kind(d, j))
            return 1;
        if (!(u->w.flags & W_TITLE_MOD))
            return 0;
    }
    return 0;
}

static int apposed_person(const doc *d, uint32_t t0, uint32_t t1);

/* Words that open the name of an undertaking, not a person's ("Operation
 * Atalanta", "Project Kuiper"). */
static const char *const named_undertakings[] = {"operation", "project", "mission", "programme", "program",
                                                 "camp", "exercise", NULL};

/* After the name that ends at t1: ", a Nairobi-based platform", ", the
 * Lagos-based lender"? */
static int based_after(const doc *d, uint32_t t1)
{
    if (t1 + 4 >= d->toks.n || !sift_is_punct(d, t1, ',') ||
        !(sift_tok_is(d, t1 + 1, "a") || sift_tok_is(d, t1 + 1, "an") || sift_tok_is(d, t1 + 1, "the")))
        return 0;
    for (uint32_t k = t1 + 3; k < t1 + 6 && k + 1 < d->toks.n; k++)
        if (sift_is_punct(d, k, '-') && !(d->toks.v[k].flags & TF_SPACE) && sift_tok_is(d, k + 1, "based")) {
            /* (not a person: "Okonkwo, a Lagos-based lawyer") */
            for (uint32_t h = k + 2; h < d->toks.n && h < k + 5 && d->toks.v[h].kind == TK_WORD &&
                                     !(d->toks.v[h].flags & TF_CAP);
                 h++)
                if (d->toks.v[h].w.flags & (W_PERSON_NOUN | W_TITLE))
                    return 0;
            return 1;
        }
    return 0;
}

/* "sites such as Koh Ker", "towns such as X": the type of the places a
 * plural before "such as" (token a - 1) names, ET_LOC for sites and
 * ET_GPE for settlements, or 0. */
static int such_as_places(const doc *d, uint32_t a)
{
    static const char *const sites[] = {"sites", "temples", "shrines", "pagodas", "ruins", "monuments", "parks",
                                        "reserves", "islands", "mountains", "lakes", "rivers", "beaches", NULL};
    static const char *const towns[] = {"towns", "cities", "villages", "provinces", "districts", "regions",
                                        "countries", "communities", "settlements", NULL};
    if (a < 3 || !sift_tok_is(d, a - 1, "as") || !sift_tok_is(d, a - 2, "such"))
        return 0;
    uint32_t n = a - 3 - (a >= 4 && sift_is_punct(d, a - 3, ','));
    if (d->toks.v[n].flags & TF_CAP)
        return 0;
    return sift_tok_in(d, n, sites) ? ET_LOC : sift_tok_in(d, n, towns) ? ET_GPE : 0;
}

/* "Colorado-based Ardent Launch said": what is based somewhere is a firm
 * or a body (not a person, whose first name would open it). */
static int based_name(const doc *d, uint32_t t0, uint32_t t1)
{
    return t0 >= 2 && sift_tok_is(d, t0 - 1, "based") && sift_is_punct(d, t0 - 2, '-') &&
           !(d->toks.v[t0 - 1].flags & TF_SPACE) && !(has_cls(d, t0, LX_FIRST) && has_cls(d, t1 - 1, LX_LAST)) &&
           !(d->toks.v[t0].w.flags & W_TITLE) && !lookup(d, t0, t1, NULL);
}

static int classify_unknown(doc *d, uint32_t t0, uint32_t t1)
{
    /* trim connectors at the edges */
    while (t0 < t1 && !is_cap_word(&d->toks.v[t0]))
        t0++;
    while (t1 > t0 && !is_cap_word(&d->toks.v[t1 - 1]))
        t1--;
    if (t0 >= t1)
        return 0;
    const tok *t = &d->toks.v[t0];
    if (t1 - t0 == 1) {
        /* "95% CI", "40 GW": a measure after a number or a percentage; "3
         * million TEU of", not "2 million EU citizens": after a scale word,
         * with no noun after it */
        const tok *nx = t1 < d->toks.n ? &d->toks.v[t1] : NULL;
        int after_number = t0 > 0 && (d->toks.v[t0 - 1].kind == TK_NUM ||
                                      (t0 > 1 && (d->toks.v[t0 - 1].w.flags & W_NUMWORD) &&
                                       d->toks.v[t0 - 1].w.val >= 1000 && d->toks.v[t0 - 2].kind == TK_NUM &&
                                       (!nx || nx->kind == TK_PUNCT || (nx->w.flags & (W_PREP | W_STOP)))) ||
                                      (t0 > 1 && TOK_N(d, t0 - 1) == 1 && d->text[d->toks.v[t0 - 1].start] == '%' &&
                                       d->toks.v[t0 - 2].kind == TK_NUM));
        if (t1 + 1 < d->toks.n && !(d->toks.v[t1].flags & TF_SPACE) &&
            (d->toks.v[t1].kind == TK_SYM ||
             (d->text[d->toks.v[t1].start] == '.' && d->toks.v[t1 + 1].kind == TK_WORD &&
              !(d->toks.v[t1 + 1].flags & TF_SPACE))))
            return 0; /* "GH¢", "NT$", "S$32 million", "AL.com": a prefix, not an organisation */
        /* "YouGov", "TikTok", "OpenAI": a capital inside a word after
         * lower-case letters is a brand, not a person ("McCarthy" and
         * "DeSantis" aside) */
        if (camel_case(d, t0))
            return add_mention(d, t0, t1, ET_ORG, MK_NAME, -1, NULL, "camel-case");
        /* "Korfezspor", "Trabzonspor": a Turkish sports club by its ending */
        if (TOK_N(d, t0) > 6 && memcmp(TOK_S(d, t0) + TOK_N(d, t0) - 4, "spor", 4) == 0 && !d->toks.v[t0].lexcls &&
            !(t->flags & TF_ALLCAPS))
            return add_mention(d, t0, t1, ET_ORG, MK_NAME, -1, NULL, "spor-club");
        /* "AL.com", "Daft.ie": a website by its address, a publisher */
        if (web_address(d, t0))
            return add_mention(d, t0, t1, ET_ORG, MK_NAME, -1, NULL, "web-address");
        /* "Safiri, a Nairobi-based platform": what is based somewhere is a
         * firm or a body */
        if (based_after(d, t1) && !has_cls(d, t0, LX_FIRST) && !(t->w.flags & (W_STOP | W_TITLE | W_GROUP)) &&
            !sift_tok_common(d, t0))
            return add_mention(d, t0, t1, ET_ORG, MK_NAME, -1, NULL, "name+based");
        if (filed_at(d, t0, t1))
            return add_mention(d, t0, t1, ET_GPE, MK_NAME, -1, NULL, "dateline place");
        /* ("MPs said", "Several NGOs", "one of the larger LBCs": an
         * acronym in the plural names a kind of people or bodies, no one) */
        if (plural_acronym(d, t0))
            return 0;
        int named = named_acronym(d, t0);
        if (named)
            return named < 0 ? -1 : add_mention(d, t0, t1, ET_ORG, MK_NAME, -1, NULL, "named acronym");
        if ((t->flags & TF_ALLCAPS) && !(t->flags & (TF_ABBR | TF_DIGIT)) && (named = term_acronym(d, t0)) != 0)
            return named < 0 ? -1 : 0;
        if ((t->flags & TF_ALLCAPS) && !(t->flags & (TF_ABBR | TF_DIGIT)) && t->end - t->start <= 6 &&
            t->end - t->start >= 2 &&
            !(t->w.flags & (W_STOP | W_NONAME | W_UNITWORD | W_TITLE)) && !after_number &&
            !(t1 < d->toks.n && sift_tok_is(d, t1, "index"))) /* "the benchmark KOSPI index" */
            return add_mention(d, t0, t1, ET_ORG, MK_NAME, -1, NULL, "acronym");
        int plain_word = sift_tok_common(d, t0) && !has_cls(d, t0, LX_LAST) && !has_cls(d, t0, LX_FIRST);
        if ((t->flags & TF_SENT) && !plain_word && !(t->w.flags & (W_STOP | W_GROUP)) && name_kind(d, t0, t1))
            return add_mention(d, t0, t1, ET_ORG, MK_NAME, -1, NULL, "name+kind");
        if (t->flags & TF_SENT) {
            if ((t->w.flags & (W_STOP | W_GROUP)) || plain_word)
                return 0;
            /* "Lufthansa cancelled 240 flights": a word no dictionary holds
             * that the trained recognizer calls an organisation (a person
             * or place alone at the start is too often a name's short form) */
            int mt = model_type(d, t0, t1);
            if (company_which(d, t1) && !d->toks.v[t0].lexcls && TOK_N(d, t0) > 2)
                return add_mention(d, t0, t1, ET_ORG, MK_NAME, -1, NULL, "name+which");
            /* ("Mulugeta dismissed the criticism" after "Mulugeta Alemu":
             * a given name used alone, as for Ethiopians, before a verb;
             * "Rosli did not speak" after "Rosli Hamzah") */
            if (t1 < d->toks.n && (d->toks.v[t1].upos == SIFT_UPOS_VERB || d->toks.v[t1].upos == SIFT_UPOS_AUX) &&
                !(d->toks.v[t1].flags & TF_CAP) &&
                !has_cls(d, t0, LX_FIRST) && person_named_part(d, t0, t1, 1))
                return add_mention(d, t0, t1, ET_PERSON, MK_NAME, -1, NULL, "given-name-again");
            if (cue_follows(d, t0))
                return mt == ET_ORG ? add_mention(d, t0, t1, ET_ORG, MK_NAME, -1, NULL, "model")
                       : !has_cls(d, t0, LX_FIRST) && speaks_of_its(d, t1)
                           ? add_mention(d, t0, t1, ET_ORG, MK_NAME, -1, NULL, "name+cue+its")
                           : add_mention(d, t0, t1, ET_PERSON, MK_NAME, -1, NULL, "name+cue");
            return mt == ET_ORG && !d->toks.v[t0].lexcls && !(t->w.flags & W_TITLE) && TOK_N(d, t0) > 2
                       ? add_mention(d, t0, t1, mt, MK_NAME, -1, NULL, "model")
                       : 0;
        }
        /* "the Satish Dhawan Space Centre at Sriharikota": where an
         * organisation named just before stands */
        if (t0 > 1 && sift_tok_is(d, t0 - 1, "at") && d->toks.v[t0 - 2].ment >= 0 &&
            d->ments.v[d->toks.v[t0 - 2].ment].type == ET_ORG && (d->toks.v[t0 - 2].w.flags & W_ORGKEY) &&
            !has_cls(d, t0, LX_FIRST) && !(t->flags & TF_ALLCAPS))
            return add_mention(d, t0, t1, ET_GPE, MK_NAME, -1, NULL, "org+at+place");
        if (t0 > 0 && sift_tok_is(d, t0 - 1, "at") && !(t->w.flags & (W_STOP | W_GROUP)) &&
            !has_cls(d, t0, LX_FIRST))
            return add_mention(d, t0, t1, ET_ORG, MK_NAME, -1, NULL, "at+name");
        if (kind_before(d, t0) && !sift_tok_common(d, t0))
            return add_mention(d, t0, t1, ET_ORG, MK_NAME, -1, NULL, "kind+name");
        /* (not where someone is: "A nurse at the library in Mansfield said") */
        if (cue_follows(d, t0) && !(t->w.flags & (W_STOP | W_GROUP | W_TITLE)) && !plain_word)
            return where_before(d, t0) ? add_mention(d, t0, t1, ET_GPE, MK_NAME, -1, NULL, "in+name+cue")
                                       : add_mention(d, t0, t1, ET_PERSON, MK_NAME, -1, NULL, "name+cue");
        /* "said Zeynep, 26, a cashier": one name after a verb of saying and
         * before an age or a description */
        if (t0 > 0 && (d->toks.v[t0 - 1].w.flags & W_CUE) && !(d->toks.v[t0 - 1].flags & TF_CAP) &&
            person_follows(d, t1) && !(t->w.flags & (W_STOP | W_GROUP | W_TITLE)) && !plain_word)
            return add_mention(d, t0, t1, ET_PERSON, MK_NAME, -1, NULL, "cue+name+description");
        /* ("borrowers from Icetex, the state student loan agency,": a word
         * whose appositive is a kind of body no person is) */
        if (kind_after(d, t1) == 2 && !plain_word && !(t->w.flags & (W_STOP | W_GROUP | W_TITLE)))
            return add_mention(d, t0, t1, ET_ORG, MK_NAME, -1, NULL, "name+kind");
        /* ("according to Vinpro, which represents 2,500 producers") */
        if (company_which(d, t1) && !d->toks.v[t0].lexcls && TOK_N(d, t0) > 2 && !plain_word &&
            !(t->w.flags & (W_STOP | W_GROUP | W_TITLE)))
            return add_mention(d, t0, t1, ET_ORG, MK_NAME, -1, NULL, "name+which");
        /* a word no dictionary holds that the trained recognizer calls a
         * name ("Eskom will implement ...") */
        int mt = model_type(d, t0, t1);
        /* ("Seoul-based Vidara": what is based somewhere is a firm or a
         * body, not a place) */
        if (t0 >= 2 && sift_tok_is(d, t0 - 1, "based") && sift_is_punct(d, t0 - 2, '-') && mt != ET_PERSON &&
            !d->toks.v[t0].lexcls && !(t->w.flags & (W_STOP | W_TITLE)))
            return add_mention(d, t0, t1, ET_ORG, MK_NAME, -1, NULL, "based+name");
        /* (nor is a person a word that ends in "bank", nor "at the" one
         * word that ends a noun phrase: "Economists at the Riksbank
         * raised"; "the Rhône" may be a river) */
        if (mt == ET_PERSON && t1 == t0 + 1 &&
            (bank_compound(d, t0) ||
             (t0 > 1 && sift_tok_is(d, t0 - 1, "the") && !(d->toks.v[t0 - 1].flags & TF_CAP) &&
              sift_tok_is(d, t0 - 2, "at") && t1 < d->toks.n &&
              d->toks.v[t1].upos != SIFT_UPOS_NOUN && d->toks.v[t1].upos != SIFT_UPOS_PROPN &&
              !(d->toks.v[t1].flags & TF_POSS))))
            mt = ET_ORG;
        /* (a person is not where someone is: "A game scout in Ulanga who
         * asked not to be named said") */
        if (mt == ET_PERSON && where_before(d, t0) && t0 >= 2 && d->toks.v[t0 - 2].kind == TK_WORD &&
            !(d->toks.v[t0 - 2].flags & TF_CAP) && d->toks.v[t0 - 2].upos == SIFT_UPOS_NOUN)
            mt = ET_GPE;
        /* (nor one joined to a place after "in": "sawmills in Paragominas
         * and Tailandia") */
        if (mt == ET_PERSON && t0 >= 3 && sift_tok_is(d, t0 - 1, "and") && d->toks.v[t0 - 2].ment >= 0 &&
            d->ments.v[d->toks.v[t0 - 2].ment].type == ET_GPE) {
            uint32_t p0 = d->ments.v[d->toks.v[t0 - 2].ment].t0;
            if (p0 > 0 && sift_tok_in(d, p0 - 1, (const char *const[]){"in", "at", "near", "from", "between", NULL}) &&
                !(d->toks.v[p0 - 1].flags & TF_CAP))
                mt = ET_GPE;
            /* (or of people of both: "Residents of Naivasha and Gilgil") */
            if (p0 > 1 && sift_tok_is(d, p0 - 1, "of") && d->toks.v[p0 - 2].kind == TK_WORD &&
                (d->toks.v[p0 - 2].w.flags & W_GROUP))
                mt = ET_GPE;
        }
        /* (nor one between "a" and a word for a person: "a Mursi elder",
         * "a Yazidi woman" is of a people) */
        if (mt == ET_PERSON && t0 > 0 && t1 < d->toks.n &&
            (sift_tok_is(d, t0 - 1, "a") || sift_tok_is(d, t0 - 1, "an")) &&
            !(d->toks.v[t0 - 1].flags & TF_CAP) && !(d->toks.v[t1].flags & TF_CAP) &&
            (d->toks.v[t1].w.flags & W_PERSON_NOUN))
            mt = ET_NORP;
        /* (a place before a lower-case word for its ground: "the Brenne
         * marshes", "the Zagros mountains") */
        static const char *const grounds[] = {"marshes", "marsh", "wetlands", "estuary", "fjord", "gorge", NULL};
        if (mt >= 0 && mt != ET_LOC && t0 > 0 && sift_tok_is(d, t0 - 1, "the") && t1 < d->toks.n &&
            !(d->toks.v[t1].flags & TF_CAP) &&
            ((loc_key(d, t1) && !facility_word(d, t1)) || sift_tok_in(d, t1, grounds)) &&
            !sift_tok_in(d, t1, (const char *const[]){"range", "channel", "sound", "way", "falls", "plain", NULL}))
            mt = ET_LOC; /* (not "the Tesla range", "the Fox channel") */
        if (mt >= 0 && !sift_tok_common(d, t0) && !d->toks.v[t0].lexcls && !(t->w.flags & (W_STOP | W_TITLE)) &&
            TOK_N(d, t0) > 2)
            return add_mention(d, t0, t1, mt, MK_NAME, -1, NULL, "model");
        return 0;
    }
    int first_stop = (t->flags & TF_SENT) && (t->w.flags & (W_STOP | W_GROUP));
    if (first_stop)
        return classify_unknown(d, t0 + 1, t1);
    if (named_by_kind(d, t0, t1))
        return add_mention(d, t0, t1, ET_ORG, MK_NAME, -1, NULL, "kind+name");
    /* "U.S. Centers for Disease Control and Prevention": after a place the
     * lexicon knows, an organisation word before a connector */
    for (uint32_t k = t0 + 1; k + 1 < t1 && (t->w.flags & W_ORGPRE); k++)
        if (d->toks.v[k].kind == TK_WORD && !(d->toks.v[k].flags & TF_CAP) && (d->toks.v[k].w.flags & W_CONNECT) &&
            !sift_tok_is(d, k, "and"))
            return add_mention(d, t0, t1, ET_ORG, MK_NAME, -1, NULL, "org-of");
    int common = 0;
    for (uint32_t i = t0; i < t1; i++)
        common += sift_tok_common(d, i) && !particle(d, i);
    if ((loc_key(d, t1 - 1) && !first_particle(d, t0, t1)) || loc_pre(d, t0))
        return add_mention(d, t0, t1, ET_LOC, MK_NAME, -1, NULL, "geo-feature");
    /* names are words no dictionary holds: "Vitalii Ovcharenko" */
    /* (or with an age or a person's role after them: "Mere Katene, 47, a
     * nurse", "Zaw Min Htet, a farmer", "Ante Sarri, chairman of ...", or
     * a role before them: "Salima's district commissioner, Gift Kaunda,") */
    /* (no person is a "which": "Kestrel Orbital, which is based in
     * Adelaide, said"; nor the end of a longer name, "the Kenya
     * Certificate of Secondary Education, which began") */
    if (name_like(d, t0, t1) && name_words(d, t0, t1) >= 2 && name_words(d, t0, t1) <= 4 &&
        sift_is_punct(d, t1, ',') && sift_tok_is(d, t1 + 1, "which") &&
        !(t0 > 0 && (d->toks.v[t0 - 1].w.flags & W_CONNECT)))
        return add_mention(d, t0, t1, ET_ORG, MK_NAME, -1, NULL, "name+which");
    /* ("Colorado-based Talon Orbital": what is based somewhere is a firm) */
    if (based_name(d, t0, t1))
        return add_mention(d, t0, t1, ET_ORG, MK_NAME, -1, NULL, "based+name");
    /* (not the portfolio after a minister's title: "The federal Minister
     * for Early Childhood Education, Danielle Morcombe,") */
    int portfolio = t0 >= 2 && (sift_tok_is(d, t0 - 1, "for") || sift_tok_is(d, t0 - 1, "of")) &&
                    !(d->toks.v[t0 - 1].flags & TF_CAP) && (d->toks.v[t0 - 2].w.flags & W_TITLE) &&
                    (d->toks.v[t0 - 2].flags & TF_CAP) && common > 0 &&
                    (!has_cls(d, t0, LX_FIRST) || common == (int)name_words(d, t0, t1));
    /* (nor the first half of one before "and" and a title with its
     * holder's name: "Green Economy and Environment Minister Elias Nkhoma") */
    uint32_t r = t1 + 1;
    while (r + 1 < d->toks.n && r < t1 + 5 && (d->toks.v[r].flags & TF_CAP) && sift_tok_common(d, r) &&
           !(d->toks.v[r].w.flags & W_TITLE))
        r++;
    portfolio |= common == (int)name_words(d, t0, t1) && sift_tok_is(d, t1, "and") && r > t1 + 1 &&
                 r + 1 < d->toks.n && (d->toks.v[r].w.flags & W_TITLE) && (d->toks.v[r].flags & TF_CAP) &&
                 (d->toks.v[r + 1].flags & TF_CAP);
    if (name_like(d, t0, t1) && name_words(d, t0, t1) <= 4 && !portfolio &&
        (common == 0 || has_cls(d, t0, LX_FIRST) || (has_cls(d, t1 - 1, LX_LAST) && !sift_tok_common(d, t0)) ||
         (common < (int)name_words(d, t0, t1) &&
          (sift_age_follows(d, t1) || person_described(d, t1) || title_follows(d, t1) || role_apposed(d, t0) ||
           /* (or a role right before them and a verb of saying after:
            * "camp committee chairman Saw Htoo Lay said") */
           (t0 > 0 && role_word(d, t0 - 1) && cue_follows(d, t1 - 1)))) ||
         /* (or a first name that is a word too, a surname that is none,
          * and a person's place in the sentence: "The Minister for Sport
          * and Recreation, Mere Tane, told", "Mere Tane told reporters") */
         /* (not a firm's plural, "Halcyon Shipbrokers", nor "Operation
          * Atalanta") */
         (name_words(d, t0, t1) == 2 && t1 - t0 == 2 && sift_tok_common(d, t0) && !sift_tok_common(d, t1 - 1) &&
          !(d->toks.v[t1 - 1].w.flags & (W_ORGKEY | W_TITLE)) && !(d->toks.v[t0].w.flags & (W_ORGPRE | W_ORGKEY)) &&
          !sift_tok_in(d, t0, named_undertakings) &&
          (TOK_S(d, t1 - 1)[TOK_N(d, t1 - 1) - 1] != 's' || has_cls(d, t1 - 1, LX_LAST)) &&
          (apposed_person(d, t0, t1) || cue_follows(d, t1 - 1)))))
        return add_mention(d, t0, t1, ET_PERSON, MK_NAME, -1, NULL, "capitalised-name");
    /* all ordinary words ("Alert Level", "Black Summer"): a name only if the
     * trained recognizer says so ("Nature Geoscience") */
    int mt = model_type(d, t0, t1);
    /* "El-Sayed" after "Hisham el-Sayed": the person again */
    if (t1 - t0 >= 2 && person_named_part(d, t0, t1, 0))
        return add_mention(d, t0, t1, ET_PERSON, MK_NAME, -1, NULL, "surname-again");
    /* "El Poblado", "La Guajira", "Los Alamos": a Spanish article opens a place name */
    if (t1 - t0 >= 2 && (sift_tok_is(d, t0, "el") || sift_tok_is(d, t0, "la") ||
                         sift_tok_is(d, t0, "los") || sift_tok_is(d, t0, "las")) &&
        (d->toks.v[t0].flags & TF_CAP))
        return kind_before(d, t0) /* "the newspaper El Financiero" */
                   ? add_mention(d, t0, t1, ET_ORG, MK_NAME, -1, NULL, "kind+name")
                   : add_mention(d, t0, t1, ET_GPE, MK_NAME, -1, NULL, "article+place");
    if (common == (int)name_words(d, t0, t1))
        return mt >= 0 ? add_mention(d, t0, t1, mt, MK_NAME, -1, NULL, "model") : 0;
    if (t1 - t0 >= 2 && !(t->w.flags & W_STOP))
        return add_mention(d, t0, t1, ET_ORG, MK_NAME, -1, NULL, "capitalised-phrase");
    return 0;
}

/* Are [t0,t1) two or more capitalised dictionary words, none a first name,
 * a title or a function word ("Student Universal Support")? */
static int plain_cap_words(const doc *d, uint32_t t0, uint32_t t1)
{
    if (t1 - t0 < 2)
        return 0;
    for (uint32_t k = t0; k < t1; k++)
        if (!is_cap_word(&d->toks.v[k]) || !sift_tok_common(d, k) || has_cls(d, k, LX_FIRST) ||
            (d->toks.v[k].w.flags & (W_TITLE | W_TITLE_MOD | W_STOP)))
            return 0;
    return 1;
}

/* Is the run [t0,t1) in apposition as a person: before ", said" or after
 * a role and its comma ("The spokesman, Imran Baloch, said", "fisheries
 * secretary, Morag Gillies,")? */
static int apposed_person(const doc *d, uint32_t t0, uint32_t t1)
{
    if (t1 + 1 < d->toks.n && sift_is_punct(d, t1, ',') && cue_follows(d, t1))
        return 1;
    return t0 >= 2 && sift_is_punct(d, t0 - 1, ',') && d->toks.v[t0 - 2].kind == TK_WORD &&
           (d->toks.v[t0 - 2].w.flags & (W_TITLE | W_PERSON_NOUN)) && !(d->toks.v[t0 - 2].flags & TF_CAP);
}

static int segment(doc *d, uint32_t t0, uint32_t t1, int after_title)
{
    /* "HM Treasury", "HM Inspectorate of Prisons for Scotland": His or Her
     * Majesty's, opening the name of a British public body (not the
     * lexicon's acronym for another) */
    if (t1 > t0 + 1 && TOK_N(d, t0) == 2 && memcmp(TOK_S(d, t0), "HM", 2) == 0 && is_cap_word(&d->toks.v[t0 + 1]))
        return add_mention(d, t0, t1, ET_ORG, MK_NAME, -1, NULL, "hm+name");
    uint32_t i = t0, unk = t0;
    while (i < t1) {
        const lex_entry *best = NULL;
        uint32_t best_end = i;
        uint32_t lim = t1 - i > 6 ? i + 6 : t1;
        for (uint32_t e = lim; e > i; e--) {
            const lex_entry *lx = lookup(d, i, e, NULL);
            if (lx) {
                best = lx;
                best_end = e;
                break;
            }
        }
        /* after a title a nationality may still qualify ("Minister Ukrainian
         * ..."), but a first name opens the name: "Minister Christian Lindner" */
        if (!best || (after_title && (lexcls_to_type(best->cls) != ET_NORP ||
                                      (has_cls(d, i, LX_FIRST) && best_end < t1)))) {
            i++;
            continue;
        }
        /* "Greenpeace Africa", "Oxfam India", "Amnesty International UK":
         * an organisation's branch by the country or continent it covers */
        if (i == t0 && best->cls == LX_ORG && best_end < t1) {
            const lex_entry *g = lookup(d, best_end, t1, NULL);
            if (g && (g->cls == LX_LOC || (g->cls == LX_GPE && strstr(g->info, "kind=country"))))
                return add_mention(d, t0, t1, ET_ORG, MK_NAME, -1, NULL, "org+region");
        }
        /* "Levent Oral": a word no dictionary holds before a town's name
         * the run ends with, which the trained recognizer calls a person,
         * is a first name and a surname */
        /* (or a first name the dictionary holds: "Jean-Baptiste Kone") */
        if (unk < i && i - unk <= 3 && best_end == t1 && best->cls == LX_GPE && !nation(best) &&
            (has_cls(d, unk, LX_FIRST) || (!sift_tok_common(d, unk) && !d->toks.v[unk].lexcls)) &&
            is_cap_word(&d->toks.v[unk]) && name_like(d, unk, i) &&
            (model_type(d, unk, t1) == ET_PERSON || (has_cls(d, unk, LX_FIRST) && person_follows(d, t1))))
            return add_mention(d, unk, t1, ET_PERSON, MK_NAME, -1, NULL, "model");
        /* (or a common word, capitalised inside the sentence, in
         * apposition between commas before a verb of saying: "an IT
         * manager at the economy ministry, Rein Tamm, told") */
        if (unk + 1 == i && unk > 0 && best_end == t1 && best->cls == LX_GPE && !strstr(best->info, "kind=country") &&
            sift_tok_common(d, unk) && is_cap_word(&d->toks.v[unk]) && !(d->toks.v[unk].flags & TF_SENT) &&
            sift_is_punct(d, unk - 1, ',') && apposed_person(d, unk, t1))
            return add_mention(d, unk, t1, ET_PERSON, MK_NAME, -1, NULL, "apposed-name");
        /* "Lim Wei Ling, chief executive of ...", "Deccan Agro Nutrients
         * said": a town's name ("Wei", "Agro") inside a short run, between
         * words the gazetteer does not hold, is part of one name: a
         * person's when a person's words follow, else what the run is */
        if (unk == t0 && unk < i && best_end < t1 && t1 - t0 <= 4 && best->cls == LX_GPE &&
            !strstr(best->info, "kind=country") && name_like(d, t0, t1) && !lookup(d, best_end, t1, NULL) &&
            !sift_tok_common(d, t0) && !has_cls(d, t0, LX_GPE) && !has_cls(d, t1 - 1, LX_GPE) &&
            !(d->toks.v[t1 - 1].w.flags & (W_ORGKEY | W_TITLE))) {
            if ((!sift_tok_common(d, t1 - 1) || has_cls(d, t1 - 1, LX_FIRST) || has_cls(d, t1 - 1, LX_LAST)) &&
                (person_follows(d, t1) || title_follows(d, t1) || model_type(d, t0, t1) == ET_PERSON))
                return add_mention(d, t0, t1, ET_PERSON, MK_NAME, -1, NULL, "name+town+name");
            return classify_unknown(d, t0, t1);
        }
        /* "Saima Baloch, executive director of ...": a first name, then a
         * people's name as a surname, and a person's words after it */
        if (unk + 1 == i && best_end == t1 && best->cls == LX_NORP && has_cls(d, unk, LX_FIRST) &&
            is_cap_word(&d->toks.v[unk]) && TOK_S(d, i)[TOK_N(d, i) - 1] != 's' &&
            (person_follows(d, t1) || title_follows(d, t1) || apposed_person(d, unk, t1)))
            return add_mention(d, unk, t1, ET_PERSON, MK_NAME, -1, NULL, "first+people");
        /* "Denver Broncos", "Kansas City Chiefs": a city's name, then one
         * capitalised plural that is no place word, is a sports team */
        static const char *const plural_places[] = {"mountains", "islands", "hills", "falls", "heights", "springs",
                                                    "plains", "lakes", "keys", "rapids", "sands", "woods",
                                                    "gardens", "docks", "flats", "fields", "meadows", "tracts",
                                                    "highlands", "lowlands", "valleys", "territories", "marshes", NULL};
        /* (or two: "Chiba Harbor Stars", "Osaka Red Bulls") */
        uint32_t pl = t1 - 1; /* the plural */
        int two = best_end + 2 == t1 && (d->toks.v[best_end].flags & TF_CAP) && d->toks.v[best_end].kind == TK_WORD &&
                  !(d->toks.v[best_end].w.flags & (W_ORGKEY | W_STOP | W_GROUP | W_TITLE | W_PERSON_NOUN)) &&
                  !has_cls(d, best_end, LX_GPE);
        if (i == t0 && unk == t0 && (best_end + 1 == t1 || two) && best->cls == LX_GPE &&
            strstr(best->info, "kind=city") && (d->toks.v[pl].flags & TF_CAP) && !(d->toks.v[pl].flags & TF_ALLCAPS) &&
            TOK_N(d, pl) > 3 && TOK_S(d, pl)[TOK_N(d, pl) - 1] == 's' &&
            !sift_tok_in(d, pl, plural_places) && !d->toks.v[pl].lexcls &&
            !(d->toks.v[pl].w.flags & (W_ORGKEY | W_STOP | W_GROUP | W_TITLE | W_PERSON_NOUN)))
            return add_mention(d, t0, t1, ET_ORG, MK_NAME, -1, NULL, "city+team");
        /* "Midland Peatland Restoration said": a town's name opening the
         * run, then two or three nouns of which one is a plain word and none
         * a first name, a title or a place: one organisation's name */
        /* (or one to three plain words, a group's word too, not a title
         * last, before a verb of saying or after "according to": "Wallonia
         * Bus said", "The Paris Police Prefecture said", "according to
         * Alberta Health") */
        if (i == t0 && unk == t0 && best_end < t1 && t1 - best_end <= 3 && best->cls == LX_GPE &&
            !lookup(d, best_end, t1, NULL) && d->sents.v[d->toks.v[t0].sent].para > 0) { /* (not a headline's) */
            int plain = 0, nouns = 1, common = 1;
            for (uint32_t k = best_end; k < t1; k++) {
                const tok *u = &d->toks.v[k];
                int word = is_cap_word(u) && !(u->flags & (TF_ALLCAPS | TF_POSS)) && !has_cls(d, k, LX_FIRST) &&
                           !has_cls(d, k, LX_GPE) && !(u->w.flags & (W_STOP | W_PERSON_NOUN));
                nouns = nouns && word && !(u->w.flags & (W_TITLE | W_GROUP)) &&
                        (u->upos == SIFT_UPOS_NOUN || u->upos == SIFT_UPOS_PROPN);
                common = common && word && sift_tok_common(d, k);
                plain |= sift_tok_common(d, k);
            }
            if (best_end + 2 <= t1 && !strstr(best->info, "kind=country") && !sift_age_follows(d, t1) && nouns &&
                plain && sift_tok_common(d, t1 - 1))
                return add_mention(d, t0, t1, ET_ORG, MK_NAME, -1, NULL, "town+name");
            int according = t0 >= 2 && sift_tok_is(d, t0 - 1, "to") && sift_tok_is(d, t0 - 2, "according");
            if (common && (cue_follows(d, t1 - 1) || according) && !(d->toks.v[t1 - 1].w.flags & W_TITLE))
                return add_mention(d, t0, t1, ET_ORG, MK_NAME, -1, NULL, "town+name+said");
        }
        /* "The Mesa de Enlace, which groups four farm lobbies,", "Casa de
         * Moneda": a town's name opening the run, a Romance particle, and
         * words no place or dictionary holds is one name, an
         * organisation's (a place's after "in" or "near") */
        static const char *const romance[] = {"de", "del", "da", "do", "dos", "das", "di", "della", NULL};
        if (i == t0 && unk == t0 && best_end + 1 < t1 && best->cls == LX_GPE && !strstr(best->info, "kind=country") &&
            sift_tok_in(d, best_end, romance) && !(d->toks.v[best_end].flags & TF_CAP) &&
            !lookup(d, best_end + 1, t1, NULL) && model_type(d, t0, t1) != ET_PERSON) {
            uint32_t k = best_end + 1;
            while (k < t1 && is_cap_word(&d->toks.v[k]) && !(d->toks.v[k].flags & TF_ALLCAPS) &&
                   !has_cls(d, k, LX_GPE) && !has_cls(d, k, LX_FIRST))
                k++;
            if (k == t1)
                return add_mention(d, t0, t1, where_before(d, t0) ? ET_GPE : ET_ORG, MK_NAME, -1, NULL,
                                   "town+de+name");
        }
        /* "Gul Zaman, 41, a shopkeeper,": a town's name opening the run,
         * then words the lexicon names nothing by, and an age after them:
         * a person */
        if (i == t0 && unk == t0 && best_end < t1 && t1 - t0 <= 4 && best->cls == LX_GPE &&
            !strstr(best->info, "kind=country") && name_like(d, t0, t1) && sift_age_follows(d, t1) &&
            !lookup(d, best_end, t1, NULL) &&
            !(d->toks.v[t1 - 1].w.flags & (W_STOP | W_TITLE | W_GROUP | W_ORGKEY | W_PERSON_NOUN)))
            return add_mention(d, t0, t1, ET_PERSON, MK_NAME, -1, NULL, "place+name");
        /* "Morag Gillies, said": a small town's name (Morag, Poland)
         * opening a run of two, then a surname no place holds (a word too:
         * a gillie guides anglers), and a person's words after it, or the
         * model's reading of a surname no word is: a person (", said",
         * "secretary, Morag Gillies,") */
        if (i == t0 && unk == t0 && best_end + 1 == t1 && best->cls == LX_GPE && sift_lex_small_town(best) &&
            has_cls(d, best_end, LX_LAST) && !has_cls(d, best_end, LX_GPE) &&
            !has_cls(d, best_end, LX_ORG) && is_cap_word(&d->toks.v[best_end]) &&
            !(d->toks.v[best_end].flags & (TF_ALLCAPS | TF_POSS)) &&
            !(d->toks.v[best_end].w.flags & (W_STOP | W_TITLE | W_ORGKEY | W_GROUP | W_PERSON_NOUN)) &&
            (person_follows(d, t1) || title_follows(d, t1) || apposed_person(d, t0, t1) ||
             (model_type(d, t0, t1) == ET_PERSON && !sift_tok_common(d, best_end))))
            return add_mention(d, t0, t1, ET_PERSON, MK_NAME, -1, NULL, "town+surname");
        /* "Minerals Council South Africa", "Transparency International
         * Kenya": an organisation's name, then the country its branch is
         * in, ending the run, is one name */
        /* (or two or more plain words: "Student Universal Support Ireland") */
        /* (or one word no dictionary holds before the country's own name
         * for itself: "Netbeheer Nederland", "Orange Polska") */
        /* (or one such word before a country or a continent, the name
         * speaking or set off by a comma: "Airtel Uganda said", "Orbitlink
         * Africa, which began selling satellite service in Zambia,") */
        int lone = i == unk + 1 && !d->toks.v[unk].lexcls && !sift_tok_common(d, unk);
        if (i >= unk + 2 && best_end == t1 && best->cls == LX_GPE && nation(best) && ordinary_words(d, unk, i))
            return add_mention(d, unk, t1, ET_ORG, MK_NAME, -1, NULL, "org+country");
        int branch = best->cls == LX_GPE ? nation(best) : best->cls == LX_LOC && strstr(best->info, "kind=continent");
        if (unk < i && best_end == t1 && branch && !has_cls(d, unk, LX_FIRST) &&
            !(d->toks.v[i - 1].flags & TF_ALLCAPS) &&
            ((best->cls == LX_GPE &&
              ((d->toks.v[i - 1].w.flags & W_ORGKEY) || plain_cap_words(d, unk, i) ||
               (lone && best->canon && strncmp(best->canon, TOK_S(d, i), TOK_N(d, i)) != 0))) ||
             (lone && (cue_follows(d, t1 - 1) || (t1 + 1 < d->toks.n && sift_is_punct(d, t1, ',') &&
                                                  !(d->toks.v[t1 + 1].flags & TF_CAP))))))
            return add_mention(d, unk, t1, ET_ORG, MK_NAME, -1, NULL, "org+country");
        /* (or a word and a town's name before the country, the name set
         * off by a comma and a description: "Pearl Mobile Uganda, one of
         * the country's largest operators,") */
        const lex_entry *cx = best->cls == LX_GPE && best_end + 1 == t1 && unk + 1 == i &&
                                      !strstr(best->info, "kind=country") && !has_cls(d, unk, LX_GPE)
                                  ? lookup(d, best_end, t1, NULL)
                                  : NULL;
        if (cx && cx->cls == LX_GPE && strstr(cx->info, "kind=country") && kind_after(d, t1))
            return add_mention(d, unk, t1, ET_ORG, MK_NAME, -1, NULL, "org+country");
        /* "West Midlands", "East Gippsland": a point of the compass before
         * a region's name, ending the run, is part of it */
        static const char *const compass[] = {"west", "east", "north", "south", NULL};
        if (unk + 1 == i && best_end == t1 && (best->cls == LX_GPE || best->cls == LX_LOC) &&
            !strstr(best->info, "kind=country") && sift_tok_in(d, unk, compass) && !(d->toks.v[unk].flags & TF_ALLCAPS))
            return add_mention(d, unk, t1, lexcls_to_type(best->cls), MK_NAME, -1, NULL, "compass+place");
        if (unk < i && classify_unknown(d, unk, i) != 0)
            return -1;
        /* "the daily Meta", "Meta, which owns Facebook": a town's name, but
         * an organisation here */
        int org = best->cls == LX_GPE && !strstr(best->info, "kind=country") &&
                  (kind_before(d, i) || company_which(d, best_end));
        if (add_mention(d, i, best_end, org ? ET_ORG : lexcls_to_type(best->cls), MK_NAME, -1,
                        org ? NULL : best, org ? "kind+name" : "lexicon") != 0)
            return -1;
        i = unk = best_end;
    }
    if (unk < t1) {
        if (after_title) {
            while (unk < t1 && !is_cap_word(&d->toks.v[unk]))
                unk++;
            if (unk < t1)
                return add_mention(d, unk, t1, ET_PERSON, MK_NAME, -1, NULL, "title+name");
            return 0;
        }
        return classify_unknown(d, unk, t1);
    }
    return 0;
}

/* Find a title inside [t0,t1): returns the index where the name begins (the
 * title occupies [*title0, name)), or 0 when there is none. */
/* After "Commissioner for", "Minister of": the end of the capitalised
 * portfolio when a known first name, or a person the trained recognizer
 * found, follows it ("Refugees Filippo Grandi", "Foreign Affairs Penny
 * Wong"), else k itself. */
static uint32_t portfolio_end(const doc *d, uint32_t k, uint32_t t1)
{
    for (uint32_t e = k + 1; e + 1 < t1 && e <= k + 4; e++) {
        const tok *w = &d->toks.v[e - 1];
        if (w->kind != TK_WORD || (!(w->flags & TF_CAP) && !sift_tok_is(d, e - 1, "and")))
            return k;
        if ((has_cls(d, e, LX_FIRST) || model_type(d, e, t1) == ET_PERSON) &&
            !(d->toks.v[e].w.flags & (W_TITLE | W_TITLE_MOD)) && name_like(d, e, t1))
            return e;
    }
    return k;
}

/* A word for someone's occupation opening a sentence before a name
 * ("Volcanologist Ratna Kusuma", "Economist Lars Berg"): a person noun of
 * the word lists, or one made with a suffix for a trade. */
static int occupation_opens(const doc *d, uint32_t i, uint32_t t1)
{
    const tok *t = &d->toks.v[i];
    if (!(t->flags & TF_SENT) || t->kind != TK_WORD || (t->w.flags & (W_STOP | W_TITLE | W_ORGKEY)) ||
        (t->flags & TF_ALLCAPS) || i + 3 > t1 ||
        !(has_cls(d, i + 1, LX_FIRST) || model_type(d, i + 1, t1) == ET_PERSON))
        return 0;
    if (t->w.flags & W_PERSON_NOUN)
        return 1;
    static const char *const trades[] = {"ologist", "onomist", "ographer", "ician", "ist", NULL};
    size_t n = TOK_N(d, i);
    for (const char *const *x = trades; *x; x++)
        if (n >= strlen(*x) + 4 && memcmp(TOK_S(d, i) + n - strlen(*x), *x, strlen(*x)) == 0)
            return 1;
    return 0;
}

/* "General" after an organisation's word that is no title ("National
 * Directorate General for Disaster Management"): part of the body's name,
 * not a rank (as in "Comptroller General"). Token k is the "General". */
static int body_general(const doc *d, uint32_t k)
{
    return k > 0 && sift_tok_is(d, k, "general") && (d->toks.v[k - 1].w.flags & (W_ORGKEY | W_ORGPRE)) &&
           !(d->toks.v[k - 1].w.flags & W_TITLE);
}

static uint32_t find_title(const doc *d, uint32_t t0, uint32_t t1, uint32_t *title0)
{
    for (uint32_t i = t0; i < t1; i++) {
        const tok *t = &d->toks.v[i];
        if (!(t->w.flags & (W_TITLE | W_TITLE_MOD)))
            continue;
        /* (a title that is a first name before a surname alone: "the
         * minister, Dean Pearce,"; not "Dean John Manning") */
        if (sift_tok_is(d, i, "dean") && i + 2 == t1 && has_cls(d, i, LX_FIRST) && (t->flags & TF_CAP))
            continue;
        /* (nor a word of a body's name after its "of": "the Korea
         * Association of Private Educational Institutes") */
        if (i >= t0 + 2 && sift_tok_is(d, i - 1, "of") && (d->toks.v[i - 2].w.flags & (W_ORGKEY | W_ORGPRE)) &&
            (d->toks.v[i - 2].flags & TF_CAP))
            continue;
        /* (nor a body's "General": "National Directorate General for
         * Disaster Management") */
        if (i > t0 && body_general(d, i))
            continue;
        /* ("Deputy Rocio Mendez Lara": a member of a chamber of deputies,
         * before a first name) */
        if (sift_tok_is(d, i, "deputy") && (t->flags & TF_CAP) && i + 1 < t1 &&
            has_cls(d, i + 1, LX_FIRST) && name_like(d, i + 1, t1)) {
            *title0 = i;
            return i + 1;
        }
        /* a title run starting here */
        uint32_t j = i, head = 0, pe;
        while (j < t1) {
            const tok *u = &d->toks.v[j];
            if (j > i && body_general(d, j))
                break;
            if (u->w.flags & W_TITLE)
                head = j + 1;
            else if (head == j && (sift_tok_is(d, j, "for") || sift_tok_is(d, j, "of")) &&
                     (pe = portfolio_end(d, j + 1, t1)) > j + 1)
                head = pe, j = pe - 1; /* "High Commissioner for Refugees Filippo Grandi" */
            else if (head && (u->w.flags & W_TITLE_MOD) && j > i && sift_tok_is(d, j - 1, "of"))
                head = j + 1; /* "Secretary of State Marco Rubio" */
            else if (!(u->w.flags & W_TITLE_MOD) &&
                     !(u->kind == TK_PUNCT && d->text[u->start] == '-') &&
                     !(u->w.flags & W_CONNECT && j + 1 < t1 &&
                       (d->toks.v[j + 1].w.flags & (W_TITLE | W_TITLE_MOD))) &&
                     /* "Chief Technology Officer", "Chief Financial Officer" */
                     !(sift_tok_common(d, j) && j + 1 < t1 && (d->toks.v[j + 1].w.flags & W_TITLE)) &&
                     !(sift_tok_common(d, j) && j + 2 < t1 && sift_tok_common(d, j + 1) &&
                       (d->toks.v[j + 2].w.flags & W_TITLE)))
                break;
            j++;
        }
        if (head && head < t1 && name_like(d, head, t1)) {
            *title0 = i;
            return head;
        }
        if (head)
            i = head - 1;
    }
    return 0;
}

/* A lone capitalised word that is also an ordinary word ("Meridian")
 * which the tagger calls a proper noun, inside a sentence ("analysts at
 * Meridian") or opening one before its verb ("Meridian expects ..."). */
static int proper_single(const doc *d, uint32_t i)
{
    if (d->toks.v[i].upos != SIFT_UPOS_PROPN || (d->toks.v[i].w.flags & (W_STOP | W_TITLE | W_ORGKEY)))
        return 0;
    if (!(d->toks.v[i].flags & TF_SENT))
        return 1;
    return i + 1 < d->toks.n && (d->toks.v[i + 1].upos == SIFT_UPOS_VERB || d->toks.v[i + 1].upos == SIFT_UPOS_AUX);
}

/* "Emirates Crescent", "Al-Bidda" after "Emirates Crescent Bank", "Al-Bidda
 * Financial Group": a short form of an organisation among the last 256
 * names (resolve.c links it to that organisation). */
static int short_org(const doc *d, uint32_t t0, uint32_t t1)
{
    size_t lo = d->ments.n > 256 ? d->ments.n - 256 : 0;
    for (size_t m = d->ments.n; m-- > lo;)
        if (d->ments.v[m].t0 < t0 && sift_org_short_form(d, t0, t1, &d->ments.v[m]))
            return 1;
    return 0;
}

/* "Hurricane Delphine", "Tropical Storm Alberto", "Typhoon No. 12": a
 * storm is none of the entity types. */
static int storm_name(const doc *d, uint32_t t0, uint32_t t1)
{
    static const char *const kinds[] = {"hurricane", "typhoon", "cyclone", "storm", "tropical",
                                        "super", NULL};
    if (t1 - t0 < 2 || !(d->toks.v[t0].flags & TF_CAP))
        return 0;
    for (const char *const *k = kinds; *k; k++)
        if (sift_tok_is(d, t0, *k))
            return !sift_tok_is(d, t0, "tropical") && !sift_tok_is(d, t0, "super")
                       ? 1
                       : sift_tok_is(d, t0 + 1, "storm") || sift_tok_is(d, t0 + 1, "typhoon") ||
                             sift_tok_is(d, t0 + 1, "cyclone");
    return 0;
}

/* 'His 1974 album "Noche de Matanzas"', 'the film "Blue Harbour"': the
 * title of a work, all of it in quotes, is none of the entity types. */
static int work_title(const doc *d, uint32_t t0, uint32_t t1)
{
    static const char *const works[] = {"album", "song", "single", "film", "movie", "book",
                                        "novel", "memoir", "play", "opera", "series", "show",
                                        "documentary", "painting", "poem", "titled", "entitled", NULL};
    if (t0 < 2 || t1 >= d->toks.n || d->toks.v[t0 - 1].kind != TK_QUOTE || d->toks.v[t1].kind != TK_QUOTE)
        return 0;
    for (const char *const *w = works; *w; w++)
        if (sift_tok_is(d, t0 - 2, *w))
            return 1;
    return 0;
}

/* "the Monetary Policy Rate (MPR)", "its Air Quality Health Index
 * (AQHI)": a measure is none of the entity types, nor is the acronym it
 * is given (remembered in d->terms). */
static int measure_name(doc *d, uint32_t t0, uint32_t t1)
{
    static const char *const measures[] = {"rate", "index", "ratio", NULL};
    if (t1 - t0 < 2 || !sift_tok_in(d, t1 - 1, measures) || !(d->toks.v[t1 - 1].flags & TF_CAP) ||
        (d->toks.v[t1 - 1].flags & TF_ALLCAPS))
        return 0;
    /* (the place in "the Jakarta Composite Index" is still named) */
    for (uint32_t i = t0; i < t1; i++)
        if (has_cls(d, i, LX_GPE) || has_cls(d, i, LX_NORP))
            return 0;
    if (t1 + 2 < d->toks.n && sift_is_punct(d, t1, '(') && sift_is_punct(d, t1 + 2, ')') &&
        (d->toks.v[t1 + 1].flags & TF_ALLCAPS) && d->terms.n < 32 &&
        SIFT_VEC_PUSH(d->arena, d->terms, t1 + 1) != 0)
        return -1;
    return 1;
}

/* "the Special Economic Measures Act", "the Affordable Care Act": a law
 * is none of the entity types. */
static int law_name(const doc *d, uint32_t t0, uint32_t t1)
{
    return t1 - t0 >= 2 && (sift_tok_is(d, t1 - 1, "act") || sift_tok_is(d, t1 - 1, "bill")) &&
           (d->toks.v[t1 - 1].flags & TF_CAP) && !(d->toks.v[t1 - 1].flags & TF_ALLCAPS);
}

/* Does "(ACRONYM)" right after [t0,t1) spell the initials of its words,
 * hyphenated parts included ("Pakistan Tehreek-e-Insaf (PTI)")? */
static int spelled_acronym(const doc *d, uint32_t t0, uint32_t t1)
{
    if (t1 + 2 >= d->toks.n || !sift_is_punct(d, t1, '(') || !sift_is_punct(d, t1 + 2, ')') ||
        !(d->toks.v[t1 + 1].flags & TF_ALLCAPS) || TOK_N(d, t1 + 1) < 2 || TOK_N(d, t1 + 1) > 8)
        return 0;
    const char *a = TOK_S(d, t1 + 1);
    size_t an = TOK_N(d, t1 + 1);
    if (an != strspn(a, "ABCDEFGHIJKLMNOPQRSTUVWXYZ"))
        return 0;
    /* the capitalised words' initials ("of", "e", "-" skipped), or every
     * word's ("Electricite du Liban (EDL)"), or the capitalised words'
     * with one letter more from inside a long compound ("Klachteninstituut
     * Bankzaken (KIB)") */
    for (int every = 0; every < 3; every++) {
        size_t k = 0;
        uint32_t i = t0;
        for (; i < t1; i++) {
            const tok *t = &d->toks.v[i];
            if (t->kind != TK_WORD || (every != 1 && !(t->flags & TF_CAP)))
                continue;
            if (k >= an || (TOK_S(d, i)[0] & ~0x20) != a[k])
                break;
            k++;
            size_t wn = TOK_N(d, i);
            if (every == 2 && wn >= 10 && k < an && k + (t1 - i - 1) < an) {
                const char *in = memchr(TOK_S(d, i) + 3, a[k] | 0x20, wn - 5);
                k += in != NULL;
            }
        }
        if (i == t1 && k == an)
            return 1;
    }
    return 0;
}

/* "Jajpur and Kendrapara districts", "the Hiran, Middle Shabelle and Gedo
 * regions", "the Shabelle and Jubba rivers": a lower-case word for a kind of
 * place after the name, or after the list the name opens. Returns ET_GPE,
 * ET_LOC or -1. */
static int place_kind_after(const doc *d, uint32_t t1)
{
    static const char *const gpe[] = {"district", "districts", "region", "regions", "province",
                                      "provinces", "county", "counties", "block", "blocks",
                                      "municipality", "prefecture", "governorate", "oblast",
                                      "village", "villages", "township", NULL};
    static const char *const loc[] = {"river", "rivers", "valley", "mountains", "lake", "lakes", NULL};
    uint32_t n = (uint32_t)d->toks.n, j = t1;
    for (int items = 0; j < n && items < 6; items++) {
        uint32_t k = j;
        if (sift_is_punct(d, k, ',') && sift_tok_is(d, k + 1, "and"))
            k++;
        if (!sift_is_punct(d, k, ',') && !sift_tok_is(d, k, "and"))
            break;
        if (k + 1 >= n || !name_tok(&d->toks.v[k + 1]) || d->toks.v[k + 1].sent != d->toks.v[t1 - 1].sent)
            return -1;
        j = k + 1;
        while (j < n && name_tok(&d->toks.v[j]) && j < k + 4)
            j++;
    }
    if (j >= n || (d->toks.v[j].flags & TF_CAP) || d->toks.v[j].sent != d->toks.v[t1 - 1].sent)
        return -1;
    /* ("in Anzoategui state that ...", a one-word name; not "the Trump
     * state visit") */
    if (sift_tok_is(d, j, "state") && t1 >= 2 && sift_tok_is(d, t1 - 2, "in") &&
        !(j + 1 < n && d->toks.v[j + 1].upos == SIFT_UPOS_NOUN))
        return ET_GPE;
    /* ("in the Bouches-du-Rhone department": a French department, after
     * a name no dictionary holds as a word; not "the Finance department") */
    if ((sift_tok_is(d, j, "department") || sift_tok_is(d, j, "departments")) && !sift_tok_common(d, t1 - 1) &&
        !(d->toks.v[t1 - 1].w.flags & (W_ORGKEY | W_ORGPRE | W_TITLE)))
        return ET_GPE;
    return sift_tok_in(d, j, gpe) ? ET_GPE : sift_tok_in(d, j, loc) ? ET_LOC : -1;
}

/* ", Ostrava Nova" or "and Ostrava Nova" at t1: a list goes on after the
 * name, up to its "and". */
static int list_goes_on(const doc *d, uint32_t t1)
{
    uint32_t n = (uint32_t)d->toks.n, j = t1;
    for (int items = 0; j < n && items < 6; items++) {
        int last = sift_tok_is(d, j, "and");
        if (sift_is_punct(d, j, ',') && sift_tok_is(d, j + 1, "and"))
            last = 1, j++;
        if (!last && !sift_is_punct(d, j, ','))
            return 0;
        if (j + 1 >= n || !name_tok(&d->toks.v[j + 1]))
            return 0;
        if (last)
            return 1;
        j++;
        while (j < n && name_tok(&d->toks.v[j]))
            j++;
    }
    return 0;
}

/* "the village of Novopetrivka", "the villages of Sukhyi Yar and Zoriane":
 * a lower-case word for a kind of place, then "of", before the name or
 * before the list it is part of ([t0,t1) one of its names). Returns ET_GPE
 * or -1. */
static int place_kind_before(const doc *d, uint32_t t0, uint32_t t1)
{
    static const char *const gpe[] = {"village", "villages", "town", "towns", "city", "cities",
                                      "region", "regions", "district", "districts", "province",
                                      "provinces", "settlement", "settlements", "hamlet",
                                      "hamlets", "oblast", "municipality", "township",
                                      /* ("the riverside community of Tanguí") */
                                      "community", "communities", "neighbourhood", "neighborhood", "suburb",
                                      NULL};
    /* (or in apposition to the noun: "the island's main town, Platanos,",
     * "the provincial capital, Ilagan.") */
    static const char *const seats[] = {"town", "city", "village", "capital", "port", NULL};
    /* (not a person met there: "In the village, Oddvar Lien, who runs a
     * souvenir shop,") */
    if (t0 >= 4 && sift_is_punct(d, t0 - 1, ',') && sift_tok_in(d, t0 - 2, seats) &&
        !(d->toks.v[t0 - 2].flags & TF_CAP) && t1 < d->toks.n &&
        (sift_is_punct(d, t1, ',') || sift_is_punct(d, t1, '.')) && !person_follows(d, t1) &&
        !(t1 + 1 < d->toks.n && sift_tok_is(d, t1 + 1, "who")))
        for (uint32_t k = t0 - 3; k + 5 > t0 && k > 0; k--) {
            if (sift_tok_is(d, k, "the") || (d->toks.v[k].flags & TF_POSS) || sift_tok_is(d, k, "its"))
                return ET_GPE;
            if (d->toks.v[k].kind != TK_WORD || (d->toks.v[k].flags & TF_CAP))
                break;
        }
    uint32_t k = t0;
    for (int items = 0; items < 6 && k >= 2; items++) {
        if (sift_tok_is(d, k - 1, "of") && !(d->toks.v[k - 1].flags & TF_CAP)) {
            /* ("the state of Norte Verde", not "the state of Lam's health") */
            int state = k >= 3 && sift_tok_is(d, k - 3, "the") && (sift_tok_is(d, k - 2, "state") ||
                        sift_tok_is(d, k - 2, "island")) && !(t1 < d->toks.n && (d->toks.v[t1].flags & TF_POSS));
            return (sift_tok_in(d, k - 2, gpe) || state) && !(d->toks.v[k - 2].flags & TF_CAP) &&
                           d->toks.v[k - 2].sent == d->toks.v[t0].sent
                       ? ET_GPE
                       : -1;
        }
        uint32_t j = k - 1; /* ", " or "and" or ", and" before the name */
        if (sift_tok_is(d, j, "and") && j > 0 && sift_is_punct(d, j - 1, ','))
            j--;
        if (!sift_tok_is(d, j + (j + 1 < k), "and") &&
            (!sift_is_punct(d, j, ',') || (items == 0 && !list_goes_on(d, t1))))
            return -1; /* "the city of Lviv, Andriy Sadovyi": no list */
        if (j == 0 || !name_tok(&d->toks.v[j - 1]))
            return -1;
        k = j;
        while (k > 0 && k + 4 > j && name_tok(&d->toks.v[k - 1]))
            k--;
    }
    return -1;
}

/* "the Liberal Democrat MP for Tamar Moor", "Senator for Tasmania": a
 * lawmaker's constituency, the place after "for" (or 0). */
static uint32_t constituency_at(const doc *d, uint32_t t0, uint32_t t1)
{
    static const char *const seats[] = {"mp", "mps", "mla", "msp", "mep", "ms", "member", "senator",
                                        "td", "mna", NULL};
    for (uint32_t k = t0 + 1; k + 1 < t1; k++)
        if (sift_tok_is(d, k, "for") && !(d->toks.v[k].flags & TF_CAP) && (d->toks.v[k - 1].flags & TF_CAP) &&
            sift_tok_in(d, k - 1, seats))
            return k + 1;
    return 0;
}

/* Is [t0,t1), in capitals, where the story was filed, a place the lexicon
 * may not know: between bars on a byline ("By Ines Carvalho | FARO |
 * Tuesday") or opening a dateline ("FARO, Portugal (Reuters) -")? */
static int filed_at(const doc *d, uint32_t t0, uint32_t t1)
{
    for (uint32_t k = t0; k < t1; k++)
        if (!(d->toks.v[k].flags & TF_ALLCAPS) || TOK_N(d, k) < 3)
            return 0;
    uint32_t s0 = sift_sent_t0(d, t0);
    if (t0 >= s0 + 3 && sift_is_punct(d, t0 - 1, '|') && sift_tok_is(d, s0, "by") &&
        (t1 >= d->toks.n || sift_is_punct(d, t1, '|') || (d->toks.v[t1].flags & TF_PARA)))
        return 1;
    return t0 == s0 && t1 < d->toks.n && (d->toks.v[t0].flags & TF_PARA) && sift_in_dateline(d, t1) &&
           (sift_is_punct(d, t1, ',') || sift_is_punct(d, t1, '(') || d->toks.v[t1].kind == TK_DASH);
}

/* "By WANJIRU KAMAU, Nyeri |", "By Ana Souza and ...": a byline, a line
 * opening with "By", names its writers. */
static int byline_name(const doc *d, uint32_t t0, uint32_t t1)
{
    if (t0 == 0 || !(d->toks.v[t0 - 1].flags & TF_CAP) || !sift_tok_is(d, t0 - 1, "by") ||
        !(t0 == 1 || (d->toks.v[t0 - 1].flags & TF_PARA)) || t1 - t0 < 2 || t1 - t0 > 4)
        return 0;
    for (uint32_t k = t0; k < t1; k++)
        if (d->toks.v[k].kind != TK_WORD ||
            (d->toks.v[k].w.flags & (W_ORGKEY | W_GROUP | W_TITLE | W_PERSON_NOUN | W_STOP | W_PRONOUN)) ||
            has_cls(d, k, LX_ORG))
            return 0; /* "By Reuters Staff" */
    return t1 >= d->toks.n || (d->toks.v[t1].flags & TF_PARA) || sift_is_punct(d, t1, ',') ||
           sift_is_punct(d, t1, '|') || sift_tok_is(d, t1, "and") || d->toks.v[t1].kind == TK_DASH;
}

/* "Marcus, who lives next door, said", "Another neighbor, Tina, said",
 * "Imran said": a first name alone (a witness who gave no surname) that
 * speaks. */
static int lone_first_name_speaks(const doc *d, uint32_t t0)
{
    /* where it stands first, the dictionaries after (this runs on every
     * one-word name) */
    /* (or is described as a person after its comma: "Rahima, the wife of
     * a shrimp farmer,", "Bashiran, a widow") */
    int speaks = cue_follows(d, t0) || (sift_is_punct(d, t0 + 1, ',') && sift_tok_is(d, t0 + 2, "who")) ||
                 (((d->toks.v[t0].flags & (TF_SENT | TF_PARA)) || (t0 > 0 && sift_is_punct(d, t0 - 1, ','))) &&
                  (person_described(d, t0 + 1) || kin_described(d, t0 + 1))) ||
                 (t0 >= 2 && sift_is_punct(d, t0 - 1, ',') && d->toks.v[t0 - 2].kind == TK_WORD &&
                  !(d->toks.v[t0 - 2].flags & TF_CAP) &&
                  ((d->toks.v[t0 - 2].w.flags & (W_PERSON_NOUN | W_GROUP)) ||
                   d->toks.v[t0 - 2].upos == SIFT_UPOS_NOUN) &&
                  sift_is_punct(d, t0 + 1, ',') && cue_follows(d, t0 + 1)) ||
                 /* (or someone's relation between commas: "His wife, Fatima,
                  * had wanted to stay in Syria") */
                 (t0 >= 3 && sift_is_punct(d, t0 - 1, ',') && sift_is_punct(d, t0 + 1, ',') &&
                  (sift_tok_is(d, t0 - 3, "his") || sift_tok_is(d, t0 - 3, "her") || sift_tok_is(d, t0 - 3, "their")) &&
                  d->toks.v[t0 - 2].kind == TK_WORD && !(d->toks.v[t0 - 2].flags & TF_CAP) &&
                  ((d->toks.v[t0 - 2].w.flags & W_PERSON_NOUN) || sift_noun_sex(d, t0 - 2)));
    /* (a name no list holds, with an age after it, opening the sentence:
     * "Suparman, 44, who like many Indonesians uses only one name,") */
    int aged = (d->toks.v[t0].flags & (TF_SENT | TF_PARA)) && sift_age_follows(d, t0 + 1) &&
               !lookup(d, t0, t0 + 1, NULL);
    return (speaks || aged) && !(d->toks.v[t0].w.flags & (W_STOP | W_TITLE | W_GROUP | W_MONTH | W_WEEKDAY)) &&
           !(d->toks.v[t0].flags & (TF_ALLCAPS | TF_INQUOTE)) && (has_cls(d, t0, LX_FIRST) || aged) &&
           !sift_tok_common(d, t0) &&
           !has_cls(d, t0, LX_GPE) && !has_cls(d, t0, LX_ORG) && !has_cls(d, t0, LX_NORP) && !has_cls(d, t0, LX_LOC);
}

/* Is [t0,t1) word for word an organisation named earlier (among the last
 * 256 names)? "A spokesperson for Harrow Vale Homes" after "The developer,
 * Harrow Vale Homes," is that developer, though "Harrow" alone is a place. */
static int repeats_org(const doc *d, uint32_t t0, uint32_t t1)
{
    size_t lo = d->ments.n > 256 ? d->ments.n - 256 : 0;
    for (size_t m = d->ments.n; m-- > lo;) {
        const mention *mm = &d->ments.v[m];
        if (mm->type == ET_ORG && mm->kind == MK_NAME && mm->t1 - mm->t0 == t1 - t0 && mm->t0 < t0 &&
            sift_toks_equal(d, t0, mm->t0, t1 - t0))
            return 1;
    }
    return 0;
}

/* Where a Malaysian honour opening [t0,t1) ends ("Tan Sri", "Datuk Seri",
 * "Dato' Sri", "Puan Sri", "Datuk", "Datin", "Tun", "Toh Puan"), or t0;
 * t1 when the run is the honour alone, a title and the name after it. */
static uint32_t malay_honour(const doc *d, uint32_t t0, uint32_t t1)
{
    static const char *const firsts[] = {"tan", "datuk", "dato", "datin", "puan", "toh", "tun", NULL};
    if (t1 < t0 + 2 || !sift_tok_in(d, t0, firsts))
        return t0;
    uint32_t k = t0 + 1;
    if (sift_tok_is(d, t0, "dato") && k < t1 && d->toks.v[k].kind != TK_WORD && (d->toks.v[k].flags & TF_POSS))
        k++; /* ("Dato'") */
    int sri = k < t1 && (sift_tok_is(d, k, "sri") || sift_tok_is(d, k, "seri"));
    /* ("Tan", "Puan" and "Toh" only with what makes them an honour) */
    if ((sift_tok_is(d, t0, "tan") || sift_tok_is(d, t0, "puan")) && !sri)
        return t0;
    if (sift_tok_is(d, t0, "toh") && !(k < t1 && sift_tok_is(d, k, "puan")))
        return t0;
    k += sri || sift_tok_is(d, t0, "toh");
    /* (or the whole run, before another title and the name: "Datuk Seri
     * Dr Hasnul Idris") */
    if (k == t1 && sri && t1 < d->toks.n && (d->toks.v[t1].w.flags & W_TITLE) && (d->toks.v[t1].flags & TF_CAP))
        return t1;
    return k + 1 < t1 || (k < t1 && sift_tok_is(d, t0, "tun")) ? k : t0;
}

/* The name [name0,t1) after a title that starts at t0: the title keeps its
 * modifiers ("Ukrainian Defense Minister"). */
static int titled_name(doc *d, uint32_t t0, uint32_t name0, uint32_t t1)
{
    /* (an honour is no name: "Health Minister Datuk Seri Dr Hasnul Idris") */
    if (malay_honour(d, name0, t1) == t1)
        return 0;
    /* (a country after the title is no one's name: "Rural Justice Zambia",
     * a group's) */
    const lex_entry *cx = t1 == name0 + 1 ? lookup(d, name0, t1, NULL) : NULL;
    if (cx && cx->cls == LX_GPE && cx->info && strstr(cx->info, "kind=country"))
        return add_mention(d, t0, t1, ET_ORG, MK_NAME, -1, NULL, "name+country");
    size_t before = d->ments.n;
    if (segment(d, name0, t1, 1) != 0)
        return -1;
    for (size_t m = before; m < d->ments.n; m++)
        if (d->ments.v[m].type == ET_PERSON)
            d->ments.v[m].title_t0 = (int)t0;
    return 0;
}

/* "Dairy Farmers of Canada", "Grain Growers of Ontario": capitalised
 * words, a people's plural, "of" and a place name a body of them. */
static int group_of_place(const doc *d, uint32_t t0, uint32_t t1)
{
    for (uint32_t k = t0 + 1; t1 - t0 >= 4 && t1 - t0 <= 6 && k + 2 < t1; k++)
        if ((d->toks.v[k].w.flags & W_GROUP) && (d->toks.v[k].flags & TF_CAP) && TOK_S(d, k)[TOK_N(d, k) - 1] == 's' &&
            sift_tok_is(d, k + 1, "of") && !(d->toks.v[k + 1].flags & TF_CAP)) {
            const lex_entry *lx = lookup(d, k + 2, t1, NULL);
            return lx && lexcls_to_type(lx->cls) == ET_GPE;
        }
    return 0;
}

/* Do tokens k, k + 1, k + 2 spell "Co-operative" or "Co-op"? */
static int co_op_at(const doc *d, uint32_t k)
{
    return k + 2 < d->toks.n && sift_tok_is(d, k, "co") && sift_is_punct(d, k + 1, '-') &&
           (sift_tok_is(d, k + 2, "operative") || sift_tok_is(d, k + 2, "op"));
}

static int classify_run(doc *d, uint32_t t0, uint32_t t1)
{
    /* "Lee Valley Co-operative", "Arla Co-op": a co-operative */
    if (t1 - t0 >= 4 && co_op_at(d, t1 - 3))
        return add_mention(d, t0 + ((d->toks.v[t0].flags & TF_SENT) && (d->toks.v[t0].w.flags & W_STOP)), t1,
                           ET_ORG, MK_NAME, -1, NULL, "co-operative");
    /* "the MV Aegean Dawn", "HMS Prince of Wales": a ship, which sift does
     * not name (nor take for the company that owns it); not "MS" or "SS",
     * which open names too ("MS Dhoni", "SS Lazio") */
    static const char *const vessels[] = {"MV", "MT", "HMS", "USS", "RMS", "FV", NULL};
    for (const char *const *v = vessels; t1 - t0 >= 2 && *v; v++)
        if (TOK_N(d, t0) == strlen(*v) && memcmp(TOK_S(d, t0), *v, TOK_N(d, t0)) == 0)
            return 0;
    /* "the MEC said", "the MP": an office in capitals after "the", even
     * where a place is spelled so */
    if (t1 - t0 == 1 && t0 > 0 && (d->toks.v[t0].w.flags & W_TITLE) && (d->toks.v[t0].flags & TF_ALLCAPS) &&
        sift_tok_is(d, t0 - 1, "the"))
        return 0;
    if (t1 - t0 >= 2 && repeats_org(d, t0, t1))
        return add_mention(d, t0, t1, ET_ORG, MK_NAME, -1, NULL, "repeated-org");
    /* "Air France", "Air New Zealand", "Air Peace": an airline by "Air"
     * and a country's or a people's name, or a word no dictionary holds */
    if (t1 - t0 >= 2 && t1 - t0 <= 3 && TOK_N(d, t0) == 3 && memcmp(TOK_S(d, t0), "Air", 3) == 0) {
        const lex_entry *g = lookup(d, t0 + 1, t1, NULL);
        if ((g && (g->cls == LX_GPE || g->cls == LX_NORP)) ||
            (t1 == t0 + 2 && !sift_tok_common(d, t0 + 1) && !(d->toks.v[t0 + 1].flags & TF_ALLCAPS)))
            return add_mention(d, t0, t1, ET_ORG, MK_NAME, -1, NULL, "air+name");
    }
    /* "the City of Cape Town", "City of Calgary": a city's government, an
     * organisation (not the place) */
    if (t1 - t0 >= 3 && TOK_N(d, t0) == 4 && memcmp(TOK_S(d, t0), "City", 4) == 0 && sift_tok_is(d, t0 + 1, "of") &&
        !(d->toks.v[t0 + 1].flags & TF_CAP)) {
        const lex_entry *g = lookup(d, t0 + 2, t1, NULL);
        if (g && g->cls == LX_GPE)
            return add_mention(d, t0, t1, ET_ORG, MK_NAME, -1, NULL, "city-of");
    }
    /* "Region Uppsala", "Regione Lombardia": a region's government, by the
     * Swedish, Danish or Italian style */
    static const char *const regions[] = {"region", "regione", NULL};
    if (t1 == t0 + 2 && sift_tok_in(d, t0, regions) && has_cls(d, t0 + 1, LX_GPE))
        return add_mention(d, t0, t1, ET_ORG, MK_NAME, -1, NULL, "region+place");
    /* "In Khayelitsha, spaza shop owner ...": a word or two no dictionary
     * holds, after the "In" that opens the sentence and before its comma,
     * is where (not a person's name) */
    if (t1 - t0 <= 2 && t0 > 0 && sift_tok_is(d, t0 - 1, "in") && (d->toks.v[t0 - 1].flags & TF_SENT) &&
        t1 < d->toks.n && sift_is_punct(d, t1, ',') && !lookup(d, t0, t1, NULL) && !has_cls(d, t0, LX_FIRST) &&
        name_like(d, t0, t1) && !(d->toks.v[t0].flags & TF_ALLCAPS))
        return add_mention(d, t0, t1, ET_GPE, MK_NAME, -1, NULL, "in+place");
    /* "the California State Auditor", "the Queensland Ombudsman": after
     * "the", a place's name and an office no one's name follows is the
     * office, an organisation */
    if (t1 - t0 >= 2 && t1 - t0 <= 4 && t0 > 0 && sift_tok_is(d, t0 - 1, "the") &&
        (d->toks.v[t1 - 1].w.flags & (W_TITLE | W_PERSON_NOUN)) && !(d->toks.v[t1 - 1].flags & TF_ALLCAPS)) {
        uint32_t pe = t1 - 1; /* (the longest place: "New York", not "California State") */
        const lex_entry *g = NULL;
        for (; pe > t0 && !((g = lookup(d, t0, pe, NULL)) && g->cls == LX_GPE); pe--)
            ;
        /* (not before its portfolio or the name of who holds it: "the
         * Kano State Commissioner for Education, Hadiza Musa Garba,") */
        const tok *nx = t1 + 1 < d->toks.n ? &d->toks.v[t1 + 1] : NULL;
        int office = pe > t0 && !(nx && (sift_tok_is(d, t1, "for") || sift_tok_is(d, t1, "of") ||
                                          (sift_is_punct(d, t1, ',') && (nx->flags & TF_CAP))));
        for (uint32_t k = pe; k < t1 && office; k++)
            office = is_cap_word(&d->toks.v[k]) && !has_cls(d, k, LX_FIRST) && !has_cls(d, k, LX_GPE);
        if (office)
            return add_mention(d, t0, t1, ET_ORG, MK_NAME, -1, NULL, "place+office");
    }
    /* (classify_unknown asks it too: a run may reach either) */
    if (based_name(d, t0, t1))
        return add_mention(d, t0, t1, ET_ORG, MK_NAME, -1, NULL, "based+name");
    /* "the Health Service Executive said", "the Health and Safety
     * Executive": a body run as an executive, no one's name after it (not
     * "the Chief Executive", "the Deputy Chief Executive, Ann Roe") */
    if (t1 - t0 >= 2 && t0 > 0 &&
        (sift_tok_is(d, t0 - 1, "the") ||
         ((d->toks.v[t0 - 1].w.flags & W_PREP) && !(d->toks.v[t0 - 1].flags & TF_CAP))) &&
        sift_tok_is(d, t1 - 1, "executive") && (d->toks.v[t1 - 1].flags & TF_CAP) &&
        !(d->toks.v[t1 - 2].w.flags & (W_TITLE | W_TITLE_MOD)) && !(d->toks.v[t1 - 2].flags & TF_ALLCAPS) &&
        !(t1 + 1 < d->toks.n && sift_is_punct(d, t1, ',') && (d->toks.v[t1 + 1].flags & TF_CAP)))
        return add_mention(d, t0, t1, ET_ORG, MK_NAME, -1, NULL, "name+executive");
    /* "Minister of Youth, Culture and Communication Mehdi Alaoui": the last
     * field of a minister's list, then the minister's name */
    if (t1 - t0 >= 3 && t0 >= 6 && sift_tok_is(d, t0 - 1, "and") && !(d->toks.v[t0 - 1].flags & TF_CAP)) {
        uint32_t j = t0 - 2;
        while (j >= 3 && (d->toks.v[j].flags & TF_CAP) && d->toks.v[j].kind == TK_WORD && sift_is_punct(d, j - 1, ','))
            j -= 2;
        if ((d->toks.v[j].flags & TF_CAP) && d->toks.v[j].kind == TK_WORD && j < t0 - 2 && j >= 2 &&
            sift_tok_is(d, j - 1, "of") && (d->toks.v[j - 2].w.flags & W_TITLE) && (d->toks.v[j - 2].flags & TF_CAP) &&
            name_like(d, t0 + 1, t1))
            return titled_name(d, j - 2, t0 + 1, t1);
    }
    /* "a 41-year-old bus driver named Kevin", "a farmer called Sutrisno":
     * the name a person is given */
    if (t1 - t0 <= 3 && t0 >= 2 && (sift_tok_is(d, t0 - 1, "named") || sift_tok_is(d, t0 - 1, "called")) &&
        !(d->toks.v[t0 - 1].flags & TF_CAP) && (d->toks.v[t0 - 2].w.flags & (W_PERSON_NOUN | W_TITLE)) &&
        !(d->toks.v[t0 - 2].flags & TF_CAP) && !(d->toks.v[t0].flags & TF_ALLCAPS) && name_like(d, t0, t1))
        return add_mention(d, t0, t1, ET_PERSON, MK_NAME, -1, NULL, "person+named");
    /* "the member of parliament for Ablekuma West", "the senator for
     * Tasmania": the place a member sits for, whatever its words */
    static const char *const sitting[] = {"parliament", "mp", "mla", "mpp", "msp", "senator", "deputy", "member",
                                          "councillor", "councilor", "representative", "lawmaker", "legislator",
                                          NULL};
    if (t0 >= 2 && sift_tok_is(d, t0 - 1, "for") && !(d->toks.v[t0 - 1].flags & TF_CAP) &&
        sift_tok_in(d, t0 - 2, sitting) && !(d->toks.v[t0].w.flags & (W_ORGKEY | W_GROUP)) && t1 - t0 <= 4)
        return add_mention(d, t0, t1, ET_GPE, MK_NAME, -1, NULL, "seat-of-member");
    /* "Le Van Hung", "Do Thi Mai": a Vietnamese name whose family name is
     * also a word elsewhere, before the middle name "Van" or "Thi" (or any
     * family name: "Pham Thi Thu Trang", whose "Thu" is no Thursday) */
    if (t1 - t0 >= 3 && (d->toks.v[t0].flags & TF_CAP) && (d->toks.v[t0 + 1].flags & TF_CAP) &&
        (sift_tok_is(d, t0 + 1, "van") || sift_tok_is(d, t0 + 1, "thi")) &&
        (TOK_N(d, t0) == 2 || sift_viet_family(d, t0)) &&
        !(d->toks.v[t0].flags & TF_ALLCAPS) && name_tok(&d->toks.v[t0 + 2]) && t1 - t0 <= 4)
        return add_mention(d, t0, t1, ET_PERSON, MK_NAME, -1, NULL, "vietnamese-name");
    /* (or any three or four short words after a family name: "Pham Quoc
     * Dung", whose "Dung" is a word too) */
    if ((t1 - t0 == 3 || t1 - t0 == 4) && sift_viet_family(d, t0) && given_names(d, t0, t1, 6, 0))
        return add_mention(d, t0, t1, ET_PERSON, MK_NAME, -1, NULL, "vietnamese-name");
    /* (and a Chinese family name before two given syllables no dictionary
     * holds as words: "Tan Soo Lian", whose "Tan" is a word too) */
    if (t1 - t0 == 3 && sift_chinese_family(d, t0) && given_names(d, t0, t1, 5, 1))
        return add_mention(d, t0, t1, ET_PERSON, MK_NAME, -1, NULL, "chinese-name");
    /* "Volcanologist Ratna Kusuma of Gadjah Mada University": a trade
     * opening the sentence before a first name is the name's title */
    /* (person nouns of the word lists, "Winger Darcy Graham", below) */
    if (occupation_opens(d, t0, t1) && !(d->toks.v[t0].w.flags & W_PERSON_NOUN))
        return titled_name(d, t0, t0 + 1, t1);
    /* (not "Halvard said" after "Halvard Seafood ASA": the company again;
     * nor after the kind of body it is: "the conservation group Oceana
     * showed") */
    if (t1 - t0 == 1 && lone_first_name_speaks(d, t0) && !short_org(d, t0, t1) && !where_before(d, t0) &&
        !kind_before(d, t0))
        return add_mention(d, t0, t1, ET_PERSON, MK_NAME, -1, NULL, "first-name+cue");
    if (storm_name(d, t0, t1) || law_name(d, t0, t1) || work_title(d, t0, t1))
        return 0;
    /* "the Davis Cup", "the Stanley Cup final": a competition named after
     * someone is no person (sift names no events) */
    static const char *const contests[] = {"cup", "trophy", "prix", "championship", "championships",
                                           "olympics", "paralympics", NULL};
    if (t1 - t0 >= 2 && (d->toks.v[t1 - 1].flags & TF_CAP) && sift_tok_in(d, t1 - 1, contests)) {
        /* (but the place it is held, or its nation, is named: "the Sao
         * Paulo Grand Prix", "English Championship club") */
        uint32_t e = t1 - 1 - (t1 - t0 >= 3 && sift_tok_is(d, t1 - 2, "grand"));
        if (e >= t0 + 3 && sift_is_punct(d, e - 1, '-') && TOK_N(d, e - 2) == 1)
            e -= 2; /* ("the Kuala Lumpur E-Prix") */
        const lex_entry *lx = e > t0 ? lookup(d, t0, e, NULL) : NULL;
        if (lx && (lx->cls == LX_GPE || lx->cls == LX_LOC || lx->cls == LX_NORP))
            return add_mention(d, t0, e, lexcls_to_type(lx->cls), MK_NAME, -1, lx, "place+contest");
        return 0;
    }
    if (group_of_place(d, t0, t1))
        return add_mention(d, t0, t1, ET_ORG, MK_NAME, -1, NULL, "group+of+place");
    /* "the Nordkurve Mainhafen supporters' association", "the Kamau
     * workers' union": a name before a people's plural, its possessive
     * mark and a kind of organisation names that organisation */
    if (t1 + 2 < d->toks.n && d->toks.v[t1].kind == TK_WORD && !(d->toks.v[t1].flags & TF_CAP) &&
        TOK_S(d, t1)[TOK_N(d, t1) - 1] == 's' && (d->toks.v[t1 + 1].flags & TF_POSS) &&
        !(d->toks.v[t1 + 2].flags & TF_CAP) &&
        ((d->toks.v[t1 + 2].w.flags & (W_ORGKEY | W_ORGKIND)) || sift_tok_org_kind(d, t1 + 2)) &&
        !lookup(d, t0, t1, NULL) && t0 > 0 && sift_tok_is(d, t0 - 1, "the")) /* (not "a Brixton residents' group") */
        return add_mention(d, t0, t1, ET_ORG, MK_NAME, -1, NULL, "name+members'+kind");
    int measure = measure_name(d, t0, t1);
    if (measure)
        return measure < 0 ? -1 : 0;
    /* "Linden Avenue", "State Route 41", "Baker Street": a street is a
     * facility, which sift does not name (nor mistake for a person) */
    static const char *const streets[] = {"avenue", "street", "road", "boulevard", "lane", "highway",
                                          "expressway", "motorway", "freeway", "straße", "allee",
                                          NULL};
    /* (or a part of the street by its direction: "Eglinton Avenue East",
     * "Queen Street West") */
    static const char *const directions[] = {"east", "west", "north", "south", NULL};
    uint32_t st = t1 - (t1 - t0 >= 3 && sift_tok_in(d, t1 - 1, directions));
    if (t1 - t0 >= 2 && (d->toks.v[st - 1].flags & TF_CAP) && sift_tok_in(d, st - 1, streets) &&
        !lookup(d, t0, t1, NULL))
        return 0;
    /* (or a German street's one word: "Karl-Liebknecht-Straße", not a
     * person for its first name) */
    if (german_street(d, t1 - 1) && !lookup(d, t0, t1, NULL))
        return 0;
    /* (or the street's word in small letters after a place word: "on
     * Hipolito Yrigoyen street", "along Nyerere road") */
    static const char *const along[] = {"on", "along", "off", "in", "near", "at", "down", "up", NULL};
    if (t1 < d->toks.n && t0 > 0 && !(d->toks.v[t1].flags & TF_CAP) && sift_tok_in(d, t1, streets) &&
        sift_tok_in(d, t0 - 1, along) && !(d->toks.v[t0 - 1].flags & TF_CAP) && !lookup(d, t0, t1, NULL))
        return 0;
    if (byline_name(d, t0, t1) && !lookup(d, t0, t1, NULL))
        return add_mention(d, t0, t1, ET_PERSON, MK_NAME, -1, NULL, "byline");
    /* "Lotte de Wit, a 20-year-old psychology student,": a name's
     * particle between two capitalised words makes a person of them,
     * ordinary words as they are, when a description of a person follows
     * (not "Casa de Moneda said": a verb of saying is no proof) */
    if (t1 == t0 + 3 && particle(d, t0 + 1) && !(d->toks.v[t0 + 1].flags & TF_CAP) && name_like(d, t0, t1) &&
        !sift_tok_is(d, t0 + 1, "en") && !sift_foreign_org_word(d, t0) && /* (not "Casa de Moneda") */
        !lookup(d, t0, t1, NULL) && !has_cls(d, t0, LX_GPE) && !has_cls(d, t0 + 2, LX_GPE) &&
        !((d->toks.v[t0].w.flags | d->toks.v[t0 + 2].w.flags) & (W_ORGKEY | W_ORGPRE | W_TITLE)) && !loc_pre(d, t0) &&
        person_described(d, t1))
        return add_mention(d, t0, t1, ET_PERSON, MK_NAME, -1, NULL, "name+particle");
    /* "Nusrat Baloch, who chairs the committee,": a word no dictionary
     * holds before a people's name that is a family name too is a person,
     * when a description or a verb of saying follows */
    if (t1 == t0 + 2 && has_cls(d, t0 + 1, LX_NORP) && !d->toks.v[t0].lexcls && !sift_tok_common(d, t0) &&
        name_like(d, t0, t1) && !(d->toks.v[t0].flags & TF_ALLCAPS) &&
        (person_described(d, t1) || cue_follows(d, t1 - 1)))
        return add_mention(d, t0, t1, ET_PERSON, MK_NAME, -1, NULL, "name+people");
    /* "Back near Ferreira do Alentejo": after "near", a name with a
     * particle in its middle no dictionary holds is a place */
    if (t0 > 0 && sift_tok_is(d, t0 - 1, "near") && t1 - t0 >= 3 && !lookup(d, t0, t1, NULL)) {
        static const char *const links[] = {"do", "da", "dos", "das", "de", "del", "di", NULL};
        int link = 0;
        for (uint32_t k = t0 + 1; k + 1 < t1 && !link; k++)
            link = sift_tok_in(d, k, links) && !(d->toks.v[k].flags & TF_CAP);
        if (link)
            return add_mention(d, t0, t1, ET_GPE, MK_NAME, -1, NULL, "near+place");
    }
    /* "a former hunter who gave only his first name, Udin.": the name a
     * person gave, whatever else the word may name */
    /* (or her surname: "identified only by her surname, Tan,") */
    if (t1 - t0 <= 2 && t0 >= 3 && sift_is_punct(d, t0 - 1, ',') &&
        (sift_tok_is(d, t0 - 2, "name") || sift_tok_is(d, t0 - 2, "surname")) &&
        (sift_tok_is(d, t0 - 3, "first") || sift_tok_is(d, t0 - 3, "his") || sift_tok_is(d, t0 - 3, "her")) &&
        !(d->toks.v[t0 - 3].flags & TF_CAP))
        return add_mention(d, t0, t1, ET_PERSON, MK_NAME, -1, NULL, "name-given");
    int kind = place_kind_after(d, t1), of_place = 0;
    if (kind < 0)
        of_place = (kind = place_kind_before(d, t0, t1)) >= 0;
    /* "the village of Pir Kallag": after "of", a first name opens a place too */
    if (kind >= 0 && !lookup(d, t0, t1, NULL) && (of_place || !has_cls(d, t0, LX_FIRST)) && !loc_key(d, t1 - 1) &&
        !(d->toks.v[t0].w.flags & (W_STOP | W_TITLE | W_ORGKEY)))
        return add_mention(d, t0, t1, kind, MK_NAME, -1, NULL, "name+place-kind");
    uint32_t seat = constituency_at(d, t0, t1);
    if (seat) {
        if (seat - 2 > t0 && classify_run(d, t0, seat - 2) != 0)
            return -1;
        /* "Labour MP for Leeds Central Hilary Benn": the lawmaker's name
         * after the seat */
        uint32_t end = t1;
        for (uint32_t e = seat + 1; e + 1 < t1 && end == t1; e++)
            if ((has_cls(d, e, LX_FIRST) || model_type(d, e, t1) == ET_PERSON) && name_like(d, e, t1))
                end = e;
        int rc = lookup(d, seat, end, NULL) ? classify_run(d, seat, end)
                                            : add_mention(d, seat, end, ET_GPE, MK_NAME, -1, NULL, "constituency");
        return rc != 0 || end == t1 ? rc : add_mention(d, end, t1, ET_PERSON, MK_NAME, -1, NULL, "title+name");
    }
    /* "Will A&E be open?", "Can Ferrari win?": the auxiliary opening a
     * question is no part of the name after it */
    if (t1 - t0 >= 2 && (d->toks.v[t0].w.flags & W_AUX) &&
        ((d->toks.v[t0].flags & TF_SENT) ||
         (t0 >= 2 && sift_is_punct(d, t0 - 1, ':') && (d->toks.v[t0 - 2].flags & TF_SENT))) && /* "Q: Will" */
        sift_is_punct(d, d->sents.v[d->toks.v[t0].sent].t1 - 1, '?'))
        return classify_run(d, t0 + 1, t1);
    /* "a group calling itself Saraya Thar al-Rafidain": a name a group
     * gives itself */
    if (t0 >= 2 && sift_tok_is(d, t0 - 1, "itself") &&
        (sift_tok_is(d, t0 - 2, "calling") || sift_tok_is(d, t0 - 2, "calls") || sift_tok_is(d, t0 - 2, "called")))
        return add_mention(d, t0, t1, ET_ORG, MK_NAME, -1, NULL, "calls-itself");
    /* "Mzee John Githinji": an honorific for an elder before a first name
     * (a surname elsewhere: "Ahmed Sultan Mzee") */
    if (t1 - t0 >= 3 && sift_tok_is(d, t0, "mzee") && has_cls(d, t0 + 1, LX_FIRST))
        return classify_run(d, t0 + 1, t1);
    /* "Tan Sri Lim Chee Keong", "Datuk Seri Ramli Hashim", "Tun Daim": a
     * Malaysian honour before a person's name is a title */
    uint32_t hon = malay_honour(d, t0, t1);
    if (hon > t0 && t1 > hon)
        return titled_name(d, t0, hon, t1);
    if (hon == t1)
        return 0; /* (the honour alone, a title and the name after it) */
    /* "Secretary to the Treasury Brian Mutale", "Minister of the Interior
     * Ana Ruiz": the portfolio after a title's "to the" or "of the" is
     * the title's, the name after it a person's */
    if (t0 >= 3 && t1 >= t0 + 3 && sift_tok_is(d, t0 - 1, "the") && !(d->toks.v[t0 - 1].flags & TF_CAP) &&
        (sift_tok_is(d, t0 - 2, "to") || sift_tok_is(d, t0 - 2, "of") || sift_tok_is(d, t0 - 2, "for")) &&
        (d->toks.v[t0 - 3].w.flags & W_TITLE) && (d->toks.v[t0 - 3].flags & TF_CAP)) {
        uint32_t pe = portfolio_end(d, t0, t1);
        if (pe > t0)
            return titled_name(d, t0, pe, t1);
    }
    /* "Chipmaker Halvex said", "Broadcaster KBS reported": the kind of
     * organisation opening the sentence is no part of the name after it */
    if (t1 - t0 >= 2 && (d->toks.v[t0].flags & TF_SENT) && sift_tok_org_kind(d, t0))
        return classify_run(d, t0 + 1, t1);
    /* "Winger Darcy Graham scored", "Lock Grant Gilchrist said": a role
     * opening the sentence before a first name is the name's title */
    if (occupation_opens(d, t0, t1))
        return titled_name(d, t0, t0 + 1, t1);
    /* "Free Democrats", "Sweden Democrats", "Social Democrats": a party */
    static const char *const members[] = {"democrats", "republicans", "greens", "socialists",
                                          "conservatives", "liberals", NULL};
    for (const char *const *m = members; t1 - t0 >= 2 && *m; m++)
        if (sift_tok_is(d, t1 - 1, *m)) {
            uint32_t a = t0;
            if ((d->toks.v[a].flags & TF_SENT) && (d->toks.v[a].w.flags & W_STOP))
                a++; /* "The Liberal Democrats" */
            if (t1 - a >= 2)
                return add_mention(d, a, t1, ET_ORG, MK_NAME, -1, NULL, "party");
        }
    /* "Harlow & Finch", "Ledger & Pitch": no person's name holds an ampersand */
    for (uint32_t k = t0 + 1; k + 1 < t1; k++)
        if (sift_is_punct(d, k, '&'))
            return add_mention(d, t0, t1, ET_ORG, MK_NAME, -1, NULL, "ampersand");
    /* ("Doctors Without Borders": joined by a preposition, as no person is) */
    for (uint32_t k = t0 + 1; k + 1 < t1; k++)
        if (sift_tok_in(d, k, cap_preps) && (d->toks.v[k].flags & TF_CAP))
            return add_mention(d, t0, t1, ET_ORG, MK_NAME, -1, NULL, "name+preposition");
    /* "Pakistan Tehreek-e-Insaf (PTI)": a name its acronym spells is an organisation */
    if (t1 - t0 >= 2 && spelled_acronym(d, t0, t1))
        return add_mention(d, t0, t1, ET_ORG, MK_NAME, -1, NULL, "spelled-acronym");
    /* "the Senate", "Congress", "the Kremlin", "a Treasury report":
     * institutions named by one word */
    static const char *const bodies[] = {"congress", "senate", "parliament", "bundestag", "knesset",
                                         "duma", "pentagon", "kremlin", "politburo", "interpol",
                                         "europol", "treasury", NULL};
    for (const char *const *b = bodies; t1 - t0 == 1 && *b; b++)
        if (sift_tok_is(d, t0, *b) && !(d->toks.v[t0].flags & TF_ALLCAPS))
            return add_mention(d, t0, t1, ET_ORG, MK_NAME, -1, NULL, "institution");
    /* "according to the General Staff": the army's command, not General Staff */
    if (t1 - t0 == 2 && sift_tok_is(d, t0, "general") && sift_tok_is(d, t0 + 1, "staff"))
        return add_mention(d, t0, t1, ET_ORG, MK_NAME, -1, NULL, "institution");
    /* "Antofagasta, a miner controlled by ...": the appositive says what it is */
    /* (a first name may open it when no person is of that kind: "Prairie
     * Heartland Health, a nonprofit hospital group") */
    int ka = name_kind(d, t0, t1);
    /* (but not a first name and a surname the trained recognizer calls a
     * person's: "Lorna Bautista, a rice retailer, said") */
    if (ka == 2 && t1 - t0 == 2 && has_cls(d, t0, LX_FIRST) && model_type(d, t0, t1) == ET_PERSON)
        ka = 0;
    if (ka && (ka == 2 || !has_cls(d, t0, LX_FIRST)))
        return add_mention(d, t0, t1, ET_ORG, MK_NAME, -1, NULL, "name+kind");
    const lex_entry *lx = lookup(d, t0, t1, NULL);
    /* "chief executive of Vetro Nord", "an analyst at Runway Research": a
     * name a business role belongs to, that no lexicon knows, with no first
     * name to open it */
    int role = lx ? 0 : role_of_name(d, t0);
    for (uint32_t k = t0; k < t1 && role == 2; k++) /* (not "a spokeswoman for Transport Minister X") */
        role = d->toks.v[k].w.flags & W_TITLE ? 0 : role;
    if (role && !has_cls(d, t0, LX_FIRST))
        return add_mention(d, t0, t1, ET_ORG, MK_NAME, -1, NULL, "role+of+name");
    /* (not a title's first word, "Chief executive X", nor one common word,
     * "Company director X") */
    int named = !lx && role_before_name(d, t1) && !has_cls(d, t0, LX_FIRST) &&
                !(t1 - t0 == 1 && sift_tok_common(d, t0));
    for (uint32_t k = t0; k < t1 && named; k++)
        named = !(d->toks.v[k].w.flags & (W_TITLE | W_TITLE_MOD));
    if (named)
        return add_mention(d, t0, t1, ET_ORG, MK_NAME, -1, NULL, "name+role+person");
    /* 0. a short form of an organisation named before, unless the lexicon
     * knows the words as something else ("New York", "Nigerian") */
    if (!(lx && lexcls_to_type(lx->cls) != ET_ORG) &&
        !(t1 - t0 == 1 && sift_tok_common(d, t0) && !proper_single(d, t0) && !cue_follows(d, t0)) &&
        short_org(d, t0, t1))
        return add_mention(d, t0, t1, ET_ORG, MK_NAME, -1, NULL, "short-org-name");
    /* 1. the whole run is a lexicon form, with or without a leading "The" */
    if (t0 > 0 && sift_tok_is(d, t0 - 1, "the") && (lx = lookup(d, t0, t1, "The")) != NULL)
        return add_mention(d, t0 - 1, t1, lexcls_to_type(lx->cls), MK_NAME, -1, lx, "lexicon");
    if ((lx = lookup(d, t0, t1, NULL)) != NULL && lx->cls == LX_GPE && !strstr(lx->info, "kind=country") &&
        (kind_before(d, t0) || company_which(d, t1)))
        return add_mention(d, t0, t1, ET_ORG, MK_NAME, -1, NULL, "kind+name");
    /* ("the national statistics agency, DANE": a people's name in capitals
     * among words that are not, an acronym) */
    if ((lx = lookup(d, t0, t1, NULL)) != NULL && lx->cls == LX_NORP && t1 - t0 == 1 && TOK_N(d, t0) >= 3 &&
        (d->toks.v[t0].flags & TF_ALLCAPS) && !(t0 > 0 && (d->toks.v[t0 - 1].flags & TF_ALLCAPS)) &&
        !(t1 < d->toks.n && (d->toks.v[t1].flags & TF_ALLCAPS)))
        return add_mention(d, t0, t1, ET_ORG, MK_NAME, -1, NULL, "acronym");
    if ((lx = lookup(d, t0, t1, NULL)) != NULL) {
        /* "Reading the report ...": a town named like a word, at a sentence
         * start; not a dateline ("BERLIN —") or a word the tagger calls a
         * proper noun ("Berlin police arrested") */
        int dateline = t1 < d->toks.n && (d->toks.v[t1].kind == TK_DASH || sift_is_punct(d, t1, ','));
        if (t1 - t0 == 1 && (d->toks.v[t0].flags & TF_SENT) && lx->cls == LX_GPE &&
            strstr(lx->info, "kind=city") && sift_tok_common(d, t0) && !dateline &&
            d->toks.v[t0].upos != SIFT_UPOS_PROPN)
            return 0;
        return add_mention(d, t0, t1, lexcls_to_type(lx->cls), MK_NAME, -1, lx, "lexicon");
    }
    /* "Superintendent Gareth Coyle of Essex Police", "Chief Inspector Ann
     * Lee of Kent Police": a title and a name, then "of" and the
     * organisation, which does not make the whole run one */
    if (t1 - t0 >= 5 && (d->toks.v[t0].w.flags & (W_TITLE | W_TITLE_MOD))) {
        for (uint32_t k = t0 + 2; k + 1 < t1; k++) {
            if (!sift_tok_is(d, k, "of") || (d->toks.v[k].flags & TF_CAP))
                continue;
            uint32_t ti0 = 0, nm0 = find_title(d, t0, k, &ti0);
            if (nm0 && nm0 < k && ti0 == t0)
                return titled_name(d, t0, nm0, k) != 0 ? -1 : classify_run(d, k + 1, t1);
            break;
        }
    }
    uint32_t title0 = 0, name0 = find_title(d, t0, t1, &title0);
    /* "Workers' Union No. 2": a numbered branch keeps its number; the name
     * before "No." is what ends in the keyword */
    uint32_t core = t1, end = t1;
    if (t1 - t0 >= 3 && sift_tok_is(d, t1 - 1, "no.") && t1 < d->toks.n &&
        d->toks.v[t1].kind == TK_NUM && (d->toks.v[t1 - 2].w.flags & W_ORGKEY)) {
        core = t1 - 1;
        end = t1 + 1;
    }
    /* 2. organisation keyword at the end; but a first name (no place's)
     * and a surname that is also such a word, read by the model as a
     * person, is that person: "Samantha Power" (not "Georgia Power") */
    if (t1 - t0 == 2 && core == t1 && !name0 && (d->toks.v[t0 + 1].w.flags & W_ORGKEY) &&
        has_cls(d, t0, LX_FIRST) && !has_cls(d, t0, LX_GPE) &&
        has_cls(d, t0 + 1, LX_LAST) && model_type(d, t0, t1) == ET_PERSON)
        return add_mention(d, t0, t1, ET_PERSON, MK_NAME, -1, NULL, "first+surname-key");
    if (core - t0 >= 2 && (d->toks.v[core - 1].w.flags & W_ORGKEY) && !name0) {
        uint32_t a = t0;
        if ((d->toks.v[a].flags & TF_SENT) && (d->toks.v[a].w.flags & W_STOP))
            a++;
        /* (not an office: "The Minister of Finance and Planning, Ana
         * Sousa,") */
        /* (or "for": "The Minister for Communications, Aoife Brennan,") */
        if (core - a >= 3 && (d->toks.v[a].w.flags & W_TITLE) &&
            (sift_tok_is(d, a + 1, "of") ||
             (sift_tok_is(d, a + 1, "for") && (sift_tok_is(d, a, "minister") || sift_tok_is(d, a, "secretary")))) &&
            !(d->toks.v[a].w.flags & (W_ORGKEY | W_ORGPRE)))
            return 0;
        if (core - a >= 2 || (d->toks.v[a].flags & TF_ALLCAPS))
            return add_mention(d, a, end, ET_ORG, MK_NAME, -1, NULL, "org-keyword");
    }
    /* 1b. a known place and its kind of division: "Kursk Region", or the same
     * division under another English word: "Gandaki Province" = Gandaki Pradesh */
    if (t1 - t0 >= 2 && admin_word(d, t1 - 1)) {
        lx = NULL;
        static const char *const kinds[] = {"Province", "Region", "Oblast", "State", "Pradesh",
                                            "Governorate", "Prefecture", "District", "Krai", NULL};
        for (const char *const *k = kinds; !lx && *k; k++) {
            char key[160];
            uint32_t a = d->toks.v[t0].start, b = d->toks.v[t1 - 2].end;
            if (b - a + strlen(*k) + 2 > sizeof key)
                break;
            int n = snprintf(key, sizeof key, "%.*s %s", (int)(b - a), d->text + a, *k);
            lx = sift_lex_find_class(d->res->lex, key, (size_t)n, LX_GPE);
        }
        if (!lx)
            lx = lookup(d, t0, t1 - 1, NULL);
        if (lx && lx->cls == LX_GPE)
            return add_mention(d, t0, t1, ET_GPE, MK_NAME, -1, lx, "place+division");
    }
    /* 1c. any name before a county, a province or a district: "Clark County",
     * "Jajpur District" (not "Ohio State", a university, nor "... Department") */
    /* (but a body after a nationality: "the Argentine Naval Prefecture", a
     * coast guard; or after a service's field: "Spokane Regional Health
     * District") */
    if (t1 - t0 >= 2 && admin_word(d, t1 - 1) && !sift_tok_is(d, t1 - 1, "state") &&
        !sift_tok_is(d, t1 - 1, "department") && !sift_tok_is(d, t1 - 1, "territory") &&
        !(d->toks.v[t0].w.flags & (W_ORGKEY | W_TITLE)) && !(d->toks.v[t1 - 2].w.flags & W_ORGKEY)) {
        static const char *const services[] = {"health", "water", "school", "schools", "fire", "transit",
                                               "irrigation", "sanitation", "conservation", "utility", "hospital",
                                               NULL};
        int body = t1 - t0 >= 3 && sift_tok_in(d, t1 - 2, services) && (d->toks.v[t1 - 2].flags & TF_CAP);
        for (uint32_t k = t0; k + 1 < t1 && !body; k++)
            body = has_cls(d, k, LX_NORP) && !has_cls(d, k, LX_GPE);
        uint32_t a = t0 + ((d->toks.v[t0].flags & TF_SENT) && (d->toks.v[t0].w.flags & W_STOP));
        return body ? add_mention(d, a, t1, ET_ORG, MK_NAME, -1, NULL, "body+division")
                    : add_mention(d, a, t1, ET_GPE, MK_NAME, -1, NULL, "name+division");
    }
    /* 2a. a field of government before a country or a region: "Transport Canada",
     * "Statistics South Africa", "Public Health England"; and "Bank Indonesia" */
    static const char *const fields[] = {"transport", "health", "statistics", "environment", "parks",
                                         "sport", "fisheries", "immigration", "employment", "justice",
                                         "infrastructure", "heritage", "agriculture", "revenue", "customs",
                                         "elections", "tourism", "education", "bank", "audit",
                                         "safety", /* ("Public Safety Canada") */
                                         /* (and an industry's: "Apiculture New Zealand", "Dairy Australia") */
                                         "apiculture", "horticulture", "aquaculture", "dairy", "forestry", "wine",
                                         "cotton", "seafood", "wool",
                                         "borsa", "bourse", "bolsa", NULL}; /* ("Borsa Istanbul") */
    uint32_t f = t0 + (t1 - t0 >= 3 && sift_tok_is(d, t0, "public")); /* "Public Health England" */
    if (f + 1 < t1 && (d->toks.v[t0].flags & TF_CAP) && !(d->toks.v[t0].flags & TF_ALLCAPS) &&
        sift_tok_in(d, f, fields)) {
        const lex_entry *cx = lookup(d, f + 1, t1, NULL); /* (the first entry: "England" is also a name) */
        if ((cx && cx->cls == LX_GPE) || (f + 2 == t1 && has_cls(d, f + 1, LX_GPE)))
            return add_mention(d, t0, t1, ET_ORG, MK_NAME, -1, NULL, "field+place");
        /* (or a bank's name in its own language, then the country: "Bank
         * Negara Malaysia", "Bank Rakyat Indonesia") */
        const lex_entry *cc = sift_lex_find_class(d->res->lex, TOK_S(d, t1 - 1), TOK_N(d, t1 - 1), LX_GPE);
        int bank = sift_tok_is(d, f, "bank") && t1 - f >= 3 && t1 - f <= 4 && cc && cc->info &&
                    strstr(cc->info, "kind=country");
        for (uint32_t k = f + 1; k + 1 < t1 && bank; k++)
            bank = d->toks.v[k].kind == TK_WORD && (d->toks.v[k].flags & TF_CAP) && !(d->toks.v[k].flags & TF_ALLCAPS);
        if (bank)
            return add_mention(d, t0, t1, ET_ORG, MK_NAME, -1, NULL, "field+place");
    }
    /* 2a. an organisation's words before a place: "Avalanche Warning
     * Service Tyrol", "Environment Agency Austria" */
    /* (or one word of it before a country or a province: "Colleges
     * Ontario", "Bank Indonesia") */
    const lex_entry *pg = t1 - t0 == 2 ? sift_lex_find_class(d->res->lex, TOK_S(d, t0 + 1), TOK_N(d, t0 + 1), LX_GPE)
                                       : NULL;
    int wide = pg && pg->info && (strstr(pg->info, "kind=country") || strstr(pg->info, "kind=admin1"));
    if ((t1 - t0 >= 3 || wide) && has_cls(d, t1 - 1, LX_GPE) && (d->toks.v[t1 - 2].w.flags & W_ORGKEY) &&
        (d->toks.v[t1 - 2].flags & TF_CAP) && !(d->toks.v[t1 - 2].w.flags & W_CONNECT) &&
        !lookup(d, t0, t1, NULL) && !lookup(d, t1 - 2, t1, NULL)) {
        /* (and "King's College London", "Queen's University Belfast": a
         * name and its possessive before the organisation word) */
        int words = 1;
        for (uint32_t k = t0; k < t1 - 1 && words; k++) {
            int owner = k + 2 < t1 && (d->toks.v[k + 1].flags & TF_POSS);
            words = ((d->toks.v[k].flags & TF_POSS) && k > t0) ||
                    (d->toks.v[k].kind == TK_WORD && (d->toks.v[k].flags & TF_CAP) && !has_cls(d, k, LX_GPE) &&
                     (owner || (!has_cls(d, k, LX_FIRST) && !(d->toks.v[k].w.flags & (W_TITLE | W_STOP)))));
        }
        if (words)
            return add_mention(d, t0, t1, ET_ORG, MK_NAME, -1, NULL, "org+place");
    }
    /* 2a. an organisation's words before its field: "Federal Public
     * Service Health" (Belgium's health ministry) */
    if (t1 - t0 >= 3 && sift_tok_in(d, t1 - 1, fields) && (d->toks.v[t1 - 2].w.flags & W_ORGKEY) &&
        (d->toks.v[t1 - 2].flags & TF_CAP) && (d->toks.v[t1 - 1].flags & TF_CAP) && !name0 &&
        !(d->toks.v[t1 - 2].w.flags & W_CONNECT))
        return add_mention(d, t0 + ((d->toks.v[t0].flags & TF_SENT) && (d->toks.v[t0].w.flags & W_STOP)), t1, ET_ORG,
                           MK_NAME, -1, NULL, "org+field");
    /* 2a. an acronym with a place: "ETH Zurich", "NHS England" */
    if (t1 - t0 == 2 && (d->toks.v[t0].flags & TF_ALLCAPS) && !(d->toks.v[t0].flags & TF_ABBR) &&
        !has_cls(d, t0, LX_GPE) && has_cls(d, t0 + 1, LX_GPE) && !(d->toks.v[t0 + 1].flags & TF_ALLCAPS))
        return add_mention(d, t0, t1, ET_ORG, MK_NAME, -1, NULL, "acronym+place");
    /* 2b. "Bureau of Meteorology", "Insurance Council of Australia",
     * "Centre for Science and Environment": an organisation word before a connector */
    for (uint32_t k = t0 + 1; k + 1 < t1 && !name0; k++) {
        const tok *c = &d->toks.v[k];
        if (c->kind == TK_WORD && !(c->flags & TF_CAP) && (c->w.flags & W_CONNECT) &&
            !sift_tok_is(d, k, "and") &&
            ((d->toks.v[t0].w.flags & W_ORGPRE) || (d->toks.v[k - 1].w.flags & W_ORGKEY) ||
             /* (or a body's "General": "National Directorate General for ...") */
             (k >= t0 + 2 && body_general(d, k - 1) && (d->toks.v[k - 2].w.flags & W_ORGKEY) &&
              !(d->toks.v[t0 + 1].flags & TF_POSS)))) { /* (not "Turkey's Directorate General of ...") */
            uint32_t a0 = t0;
            if ((d->toks.v[a0].flags & TF_SENT) && (d->toks.v[a0].w.flags & W_STOP))
                a0++;
            return add_mention(d, a0, t1, ET_ORG, MK_NAME, -1, NULL, "org-of");
        }
        if (c->kind == TK_WORD && !(c->flags & TF_CAP) && (c->w.flags & W_CONNECT) &&
            sift_tok_is(d, k, "of") && loc_pre(d, t0))
            return add_mention(d, t0, t1, ET_LOC, MK_NAME, -1, NULL, "geo-feature");
    }
    /* 3. modifiers, title, name */
    if (name0) {
        /* the words before the title: "Bank of England Governor ..." is an
         * organisation of its own, "Ukrainian Defense Minister" a modifier */
        int conn = 0;
        for (uint32_t k = t0 + 1; k < title0; k++)
            conn |= sift_tok_is(d, k, "of") && (d->toks.v[k - 1].w.flags & W_ORGKEY);
        /* (and "Harris County Fire Marshal Roy Delacruz": a county, no person) */
        conn |= title0 >= t0 + 2 && admin_word(d, title0 - 1);
        /* (a place no dictionary knows before a mayor or a governor: "Los
         * Cabos Mayor Sofía Castro") */
        int town = title0 > t0 && !conn && (sift_tok_is(d, title0, "mayor") || sift_tok_is(d, title0, "governor")) &&
                   !lookup(d, t0, title0, NULL);
        for (uint32_t k = t0; k < title0 && town; k++)
            town = d->toks.v[k].kind == TK_WORD && (d->toks.v[k].flags & TF_CAP) && !has_cls(d, k, LX_FIRST) &&
                   !(d->toks.v[k].w.flags & (W_TITLE | W_TITLE_MOD | W_ORGKEY | W_ORGPRE)) && !sift_tok_common(d, k);
        if (town) {
            if (add_mention(d, t0, title0, ET_GPE, MK_NAME, -1, NULL, "place+mayor") != 0)
                return -1;
        } else if (title0 > t0 && (conn ? classify_run(d, t0, title0) : segment(d, t0, title0, 0)) != 0)
            return -1;
        return titled_name(d, t0, name0, t1);
    }
    /* 3b. named by its kind */
    if (named_by_kind(d, t0, t1))
        return add_mention(d, t0, t1, ET_ORG, MK_NAME, -1, NULL, "kind+name");
    /* "the Lajas Blancas station", "the Kakuma camp": a name before a
     * lower-case word for a place people stay or pass through is that place */
    uint32_t f0 = t0 + ((d->toks.v[t0].flags & TF_SENT) && (d->toks.v[t0].w.flags & W_STOP));
    if (t1 < d->toks.n && t1 >= f0 + 2 && !(d->toks.v[t1].flags & TF_CAP) && facility_word(d, t1) &&
        !has_cls(d, f0, LX_FIRST))
        return add_mention(d, f0, t1, ET_LOC, MK_NAME, -1, NULL, "name+facility");
    /* 6. geographic features (not "Lake Zone Gold, which operates the
     * Kasenga Ridge mine": a firm) */
    if (t1 - t0 >= 2 && (loc_key(d, t1 - 1) || loc_pre(d, t0)) && company_which(d, t1))
        return add_mention(d, t0, t1, ET_ORG, MK_NAME, -1, NULL, "name+which");
    if (t1 - t0 >= 2 && ((loc_key(d, t1 - 1) && !first_particle(d, t0, t1)) || loc_pre(d, t0)))
        return add_mention(d, t0 + ((d->toks.v[t0].flags & TF_SENT) && (d->toks.v[t0].w.flags & W_STOP)), t1, ET_LOC, MK_NAME, -1, NULL, "geo-feature");
    /* 4. first name + surname */
    uint32_t a = t0;
    if ((d->toks.v[a].flags & TF_SENT) && (d->toks.v[a].w.flags & (W_STOP | W_GROUP)))
        a++;
    /* "Dockworker Ricardo Monteiro": an ordinary word opening the sentence
     * before a name is no part of it */
    else if ((d->toks.v[a].flags & TF_SENT) && t1 - a >= 3 && sift_tok_common(d, a) && !d->toks.v[a].lexcls &&
             !particle(d, a) && !sift_tok_common(d, a + 1))
        a++;
    /* "Lee Soo-min", "Kim Jae-june": a family name, then a given name of two
     * syllables joined by a hyphen, whatever the syllables also mean */
    if (sift_family_first(d, a, t1) && has_cls(d, a, LX_LAST) && TOK_N(d, a + 1) <= 4 && TOK_N(d, a + 3) <= 5)
        return add_mention(d, a, t1, ET_PERSON, MK_NAME, -1, NULL, "family+given");
    /* "Real Madrid", "Inter Milan", "Borussia Dortmund": a sports club */
    static const char *const clubs[] = {"real", "atlético", "atletico", "inter", "fc", "ac", "sporting",
                                        "dynamo", "dinamo", "olympique", "borussia", "deportivo",
                                        "athletic", "racing", "bayer", "celta", NULL};
    for (const char *const *c = clubs; t1 - t0 >= 2 && *c; c++)
        if (sift_tok_is(d, t0, *c) && (d->toks.v[t0].flags & TF_CAP))
            return add_mention(d, t0, t1, ET_ORG, MK_NAME, -1, NULL, "sports-club");
    /* "Northam Albion", "Bristol Rovers", "Wexley Wanderers": a club by its last word */
    static const char *const club_ends[] = {"albion", "rovers", "wanderers", "hotspur", "rangers",
                                            "united", "argyle", "fc", "afc", NULL};
    if (t1 - t0 >= 2 && (d->toks.v[t1 - 1].flags & TF_CAP) && sift_tok_in(d, t1 - 1, club_ends))
        return add_mention(d, t0, t1, ET_ORG, MK_NAME, -1, NULL, "sports-club");
    /* "a retired bus driver from Dayton, Ohio": a name no gazetteer holds,
     * after "from", "in" or "near" and before a comma and a state or
     * country, is a place */
    if (a == t0 && t1 - a <= 2 && a > 0 && t1 + 1 < d->toks.n && sift_is_punct(d, t1, ',') &&
        (sift_tok_is(d, a - 1, "from") || sift_tok_is(d, a - 1, "in") || sift_tok_is(d, a - 1, "near")) &&
        !(d->toks.v[a - 1].flags & TF_CAP) && !lookup(d, a, t1, NULL) && name_like(d, a, t1)) {
        const lex_entry *r = lookup(d, t1 + 1, t1 + 2, NULL);
        if (r && r->cls == LX_GPE && r->info &&
            (strstr(r->info, "kind=admin1") || strstr(r->info, "kind=country")))
            return add_mention(d, a, t1, ET_GPE, MK_NAME, -1, NULL, "place+region");
    }
    /* "Barcelona manager Hansi Flick": two or three name-like words right
     * after a lower-case role are a person, whatever else the words are */
    /* (a given name that is a word too, before a surname that is none:
     * "board chair Lone Kjær") */
    if (a == t0 && t0 > 0 && t1 - a >= 2 && t1 - a <= 3 && name_like(d, a, t1) &&
        (d->toks.v[t0 - 1].w.flags & (W_TITLE | W_PERSON_NOUN)) && !(d->toks.v[t0 - 1].flags & TF_CAP) &&
        !has_cls(d, a, LX_NORP) && !lookup(d, a, t1, NULL) &&
        (!sift_tok_common(d, a) || (t1 - a == 2 && !sift_tok_common(d, a + 1) && !has_cls(d, a + 1, LX_GPE))) &&
        !(d->toks.v[t1 - 1].w.flags & W_ORGKEY))
        return add_mention(d, a, t1, ET_PERSON, MK_NAME, -1, NULL, "role+name");
    static const char *const trust_in[] = {"faith", "confidence", "trust", "belief", "interest", "stake",
                                           "role", "part", "hand", "say", "hope", "pride", NULL};
    /* "a car park in Thorne Marsh", "a pub near Silver End": two words no
     * rule made a person, right after "in" or "near", are a place (not
     * "in John Smith's view", nor "faith in John Smith") */
    if (a == t0 && t1 - a == 2 && a > 0 && !(d->toks.v[a].flags & TF_SENT) &&
        (sift_tok_is(d, a - 1, "in") || sift_tok_is(d, a - 1, "near")) && !(d->toks.v[a - 1].flags & TF_CAP) &&
        !(t1 < d->toks.n && (d->toks.v[t1].flags & TF_POSS)) && !lookup(d, a, t1, NULL) &&
        !has_cls(d, a, LX_NORP) && !has_cls(d, t1 - 1, LX_NORP) && name_like(d, a, t1) &&
        !(a >= 2 && sift_tok_in(d, a - 2, trust_in)) &&
        /* (nor a company's name: "Shareholders in Sakhile Stores") */
        !(d->toks.v[t1 - 1].w.flags & (W_COMPANY | W_ORGKEY)))
        return add_mention(d, a, t1, ET_GPE, MK_NAME, -1, NULL, "in+name");
    /* "In Cernache do Bonjardim, residents spent the night": the place a
     * sentence opens in, before its comma */
    if (a == t0 && t1 - a >= 2 && t1 - a <= 4 && a > 0 && sift_tok_is(d, a - 1, "in") &&
        (d->toks.v[a - 1].flags & TF_SENT) && t1 + 1 < d->toks.n && sift_is_punct(d, t1, ',') &&
        !(d->toks.v[t1 + 1].flags & TF_CAP) && !lookup(d, a, t1, NULL) && !has_cls(d, a, LX_NORP) &&
        !has_cls(d, a, LX_FIRST) && name_like(d, a, t1))
        return add_mention(d, a, t1, ET_GPE, MK_NAME, -1, NULL, "in+name");
    /* "the Vienna-Rome night train": two places the gazetteer holds joined
     * by a hyphen are a route, each its place, not a person */
    if (t1 - a == 3 && sift_is_punct(d, a + 1, '-') && !(d->toks.v[a + 1].flags & TF_SPACE) &&
        !(d->toks.v[a + 2].flags & TF_SPACE) && has_cls(d, a, LX_GPE) && has_cls(d, a + 2, LX_GPE)) {
        if (add_mention(d, a, a + 1, ET_GPE, MK_NAME, -1, NULL, "place-place") != 0)
            return -1;
        return add_mention(d, a + 2, a + 3, ET_GPE, MK_NAME, -1, NULL, "place-place");
    }
    /* a first name that is also a nationality or faith opens a name only
     * before one surname no dictionary holds: "Christian Lindmeier" */
    int norp_first = has_cls(d, a, LX_NORP) && !(t1 - a == 2 && !sift_tok_common(d, t1 - 1));
    /* "from Ballina, Co Mayo", "County Kerry": an Irish county */
    if (t1 - a == 2 && (sift_tok_is(d, a, "co") || sift_tok_is(d, a, "county")) && (d->toks.v[a].flags & TF_CAP) &&
        !(d->toks.v[a].flags & TF_ALLCAPS) && name_like(d, a + 1, t1))
        return add_mention(d, a, t1, ET_GPE, MK_NAME, -1, NULL, "county");
    /* (a surname that is also a word, where the words around make it a
     * person's: "The Minister of Education, Adel Shaker, said") */
    /* "Santa Cruz Barillas": a place's two words the gazetteer holds, then
     * a town's name, is one place (no "Santa" and her surnames) */
    const lex_entry *two = t1 - a == 3 ? lookup(d, a, a + 2, NULL) : NULL;
    if (two && two->cls == LX_GPE && has_cls(d, a + 2, LX_GPE) && !has_cls(d, a + 2, LX_NORP))
        return add_mention(d, a, t1, ET_GPE, MK_NAME, -1, NULL, "place+town");
    /* (nor a place's before its kind: "Hanoi's Hoang Mai district") */
    int place_kind = t1 < d->toks.n && d->toks.v[t1].kind == TK_WORD && !(d->toks.v[t1].flags & TF_CAP) &&
                     (sift_tok_is(d, t1, "district") || sift_tok_is(d, t1, "province") ||
                      sift_tok_is(d, t1, "county") || sift_tok_is(d, t1, "ward") || sift_tok_is(d, t1, "commune"));
    /* (a given name, then a short family name in capitals, an age or a
     * description after it: "Kamala BK, 42, a day labourer") */
    if (t1 - a == 2 && has_cls(d, a, LX_FIRST) && !norp_first && name_like(d, a, a + 1) &&
        (d->toks.v[a + 1].flags & TF_ALLCAPS) && TOK_N(d, a + 1) <= 3 && d->toks.v[a + 1].kind == TK_WORD &&
        !has_cls(d, a + 1, LX_ORG) && !has_cls(d, a + 1, LX_GPE) &&
        (sift_age_follows(d, t1) || person_described(d, t1)))
        return add_mention(d, a, t1, ET_PERSON, MK_NAME, -1, NULL, "first-name+capitals");
    const lex_entry *last = t1 - a >= 3 && has_cls(d, t1 - 1, LX_GPE) ? lookup(d, t1 - 1, t1, NULL) : NULL;
    int branch = last && last->cls == LX_GPE && nation(last) && ordinary_words(d, a, t1 - 1);
    if (t1 - a >= 2 && name_words(d, a, t1) <= 4 && has_cls(d, a, LX_FIRST) && !norp_first && !place_kind && !branch &&
        (!has_cls(d, t1 - 1, LX_GPE) || has_cls(d, t1 - 1, LX_LAST)) && !has_cls(d, t1 - 1, LX_NORP) &&
        name_like(d, a, t1) &&
        (!sift_tok_common(d, t1 - 1) || has_cls(d, t1 - 1, LX_LAST) || title_apposed(d, a) || sift_age_follows(d, t1)))
        return add_mention(d, a, t1, ET_PERSON, MK_NAME, -1, NULL, "first-name");
    /* (a family name, then a given name that is also a town, described as
     * a person: "Tang Shulan, a farmer,", "Tang Wei, 41,") */
    if (t1 - a == 2 && has_cls(d, a, LX_LAST) && !has_cls(d, a, LX_GPE) && !has_cls(d, a, LX_NORP) &&
        !sift_tok_common(d, a + 1) && !has_cls(d, a + 1, LX_NORP) && name_like(d, a, t1) &&
        (person_described(d, t1) || sift_age_follows(d, t1))) {
        const lex_entry *g = sift_lex_find_class(d->res->lex, TOK_S(d, a + 1), TOK_N(d, a + 1), LX_GPE);
        if (!(g && (strstr(g->info, "kind=country") || strstr(g->info, "kind=admin1"))))
            return add_mention(d, a, t1, ET_PERSON, MK_NAME, -1, NULL, "family+given");
    }
    /* 5. two or three words no dictionary holds, none a country or
     * nationality: a person, even if one is also a small town ("Andrés Muñoz") */
    if (t1 - a >= 2 && name_words(d, a, t1) >= 2 && name_words(d, a, t1) <= 3 && name_like(d, a, t1)) {
        int plain = 1;
        /* (a province's name that is a surname too, for a person named
         * after a role: "Its chief executive, Duarte Albergaria,") */
        /* (or before one: "said Duarte Fonseca, president of the
         * Alentejo Olive Growers' Association") */
        int as_person = role_apposed(d, a) || sift_age_follows(d, t1) || person_described(d, t1) || role_follows(d, t1);
        for (uint32_t i = a; i < t1 && plain; i++) {
            if (particle(d, i) && i > a)
                continue; /* "Joaquim dos Santos Pereira" */
            if (i + 2 < t1 && sift_is_punct(d, i + 1, '-') && !(d->toks.v[i + 2].flags & TF_CAP)) {
                i += 2; /* a given name "Min-ho", "Hsiu-ling": its syllables may be words */
                continue;
            }
            const lex_entry *g = sift_lex_find_class(d->res->lex, TOK_S(d, i), TOK_N(d, i), LX_GPE);
            plain = !sift_tok_common(d, i) && !has_cls(d, i, LX_NORP) && !has_cls(d, i, LX_ORG) &&
                    !has_cls(d, i, LX_LOC) && !(g && strstr(g->info, "kind=country")) &&
                    !(g && strstr(g->info, "kind=admin1") &&
                      !(as_person && (has_cls(d, i, LX_LAST) || has_cls(d, i, LX_FIRST))));
        }
        /* "Médecins Sans Frontières, which runs a clinic": no person is a "which" */
        if (plain && sift_is_punct(d, t1, ',') && sift_tok_is(d, t1 + 1, "which"))
            return add_mention(d, a, t1, ET_ORG, MK_NAME, -1, NULL, "name+which");
        /* (nor "a Revelstoke-based guiding business", nor "the Institut
         * Polaire": an organisation's first word in another language) */
        if (plain && ((a == t0 && name_kind(d, a, t1)) || (d->toks.v[a].w.flags & W_ORGPRE)))
            return add_mention(d, a, t1, ET_ORG, MK_NAME, -1, NULL, "name+kind");
        /* "Deutsche Bahn said": one the trained recognizer calls an
         * organisation (not with an age after it: "Marieke Peeters, 47,") */
        /* (nor after a role and a comma: "The city's culture alderman,
         * Marieke Goossens,") */
        /* (nor before ", who": "Joost Hermans, who covers consumer goods") */
        int who = t1 + 1 < d->toks.n && sift_is_punct(d, t1, ',') && sift_tok_is(d, t1 + 1, "who");
        if (plain && model_type(d, a, t1) == ET_ORG && !has_cls(d, t1 - 1, LX_LAST) && !sift_age_follows(d, t1) &&
            !role_apposed(d, a) && !who && !role_follows(d, t1))
            return add_mention(d, a, t1, ET_ORG, MK_NAME, -1, NULL, "model");
        /* (a city's name after an unknown word, where someone is from or
         * something is: "a shopkeeper from Navi Mumbai") */
        const lex_entry *city = sift_lex_find_class(d->res->lex, TOK_S(d, t1 - 1), TOK_N(d, t1 - 1), LX_GPE);
        if (plain && place_kind)
            return add_mention(d, a, t1, ET_GPE, MK_NAME, -1, NULL, "name+district");
        /* (not one described as a person: "came from Le Quang Huy, an
         * energy researcher") */
        if (plain && a > 0 && (sift_tok_is(d, a - 1, "from") || sift_tok_is(d, a - 1, "in")) &&
            !(d->toks.v[a - 1].flags & TF_CAP) && city && city->info && strstr(city->info, "kind=city") &&
            !person_described(d, t1) && !sift_age_follows(d, t1))
            return add_mention(d, a, t1, ET_GPE, MK_NAME, -1, NULL, "from+place");
        /* (nor one of the places a plural names: "remote sites such as
         * Koh Ker", "villages such as Ban Na Kham") */
        int such = such_as_places(d, a);
        if (plain && such)
            return add_mention(d, a, t1, such, MK_NAME, -1, NULL, "places+such-as");
        /* (a first word that is a bank's compound names a bank: "Landesbank
         * Hessen", "Raiffeisenbank Tirol", "Sparkasse Bremen") */
        /* (or a last word that is one and no surname: "Hollandse Spaarbank") */
        if (plain && !as_person && (bank_compound(d, a) || (bank_compound(d, t1 - 1) && !has_cls(d, t1 - 1, LX_LAST))))
            return add_mention(d, a, t1, ET_ORG, MK_NAME, -1, NULL, "bank-name");
        if (plain)
            return add_mention(d, a, t1, ET_PERSON, MK_NAME, -1, NULL, "unknown-name");
    }
    /* 6b. one word no dictionary holds, described as a person after it:
     * "Bashiran, a widow who ...", "Filmon, an Eritrean who asked ..." */
    if (t1 - a == 1 && (!sift_tok_common(d, a) || gave_name_after(d, t1)) && name_like(d, a, t1) &&
        !has_cls(d, a, LX_GPE) &&
        !has_cls(d, a, LX_NORP) && !has_cls(d, a, LX_ORG) && !has_cls(d, a, LX_LOC) &&
        !(d->toks.v[a].flags & TF_ALLCAPS) && (person_described(d, t1) || kin_described(d, t1)) &&
        /* (opening the sentence or after a comma: not "outside Dubluk, a
         * herder", nor the end of "Joseph ole Sankale") */
        ((d->toks.v[a].flags & (TF_SENT | TF_PARA)) || (a > 0 && sift_is_punct(d, a - 1, ','))))
        return add_mention(d, a, t1, ET_PERSON, MK_NAME, -1, NULL, "name+description");
    /* 6c. a place's name, then a word no dictionary holds, that runs or
     * says something: "Andes Litio, which operates two brine concessions,"
     * is a firm */
    if (t1 - a == 2 && (has_cls(d, a, LX_LOC) || has_cls(d, a, LX_GPE)) && !has_cls(d, a, LX_NORP) &&
        !has_cls(d, a, LX_FIRST) && !d->toks.v[a + 1].lexcls && !sift_tok_common(d, a + 1) && name_like(d, a + 1, t1) &&
        !(d->toks.v[a + 1].flags & TF_ALLCAPS) && (company_which(d, t1) || cue_follows(d, t1 - 1)))
        return add_mention(d, a, t1, ET_ORG, MK_NAME, -1, NULL, "place+name+which");
    /* 7. segment by the lexicon */
    return segment(d, a, t1, 0);
}

/* Single-token lexicon classes, so runs can be tested without lookups. */
static void mark_lexcls(doc *d)
{
    for (size_t i = 0; i < d->toks.n; i++) {
        tok *t = &d->toks.v[i];
        if (t->kind != TK_WORD || !(t->flags & TF_CAP))
            continue;
        size_t cnt = 0;
        const lex_entry *e = sift_lex_find(d->res->lex, TOK_S(d, i), TOK_N(d, i), &cnt);
        for (size_t j = 0; e && j < cnt; j++)
            t->lexcls |= (uint8_t)(1u << e[j].cls);
        /* "Andrés Manuel", "María Pérez": the name lists spell given names
         * and surnames without accents (inside a name of several words) */
        int ascii = 1;
        for (size_t k = 0; k < TOK_N(d, i) && ascii; k++)
            ascii = (unsigned char)TOK_S(d, i)[k] < 0x80;
        int in_name = (i > 0 && d->toks.v[i - 1].kind == TK_WORD && (d->toks.v[i - 1].flags & TF_CAP)) ||
                      (i + 1 < d->toks.n && d->toks.v[i + 1].kind == TK_WORD && (d->toks.v[i + 1].flags & TF_CAP));
        if (ascii || !in_name || (t->lexcls & ((1u << LX_FIRST) | (1u << LX_LAST))))
            continue;
        char plain[64];
        size_t pn = sift_utf8_strip_marks(TOK_S(d, i), TOK_N(d, i), plain, sizeof plain);
        e = pn ? sift_lex_find(d->res->lex, plain, pn, &cnt) : NULL;
        for (size_t j = 0; e && j < cnt; j++)
            if (e[j].cls == LX_FIRST || e[j].cls == LX_LAST)
                t->lexcls |= (uint8_t)(1u << e[j].cls);
    }
}

/* Is the possessive at token j ("Kenya's", "People's") a name the lexicon
 * knows as a place, nationality or person, once the "'s" is off? */
static int possessive_of_name(const doc *d, uint32_t j)
{
    if (d->toks.v[j].kind != TK_WORD && j > 0)
        j--; /* the "'s" is a token of its own: the word before it */
    size_t n = TOK_N(d, j);
    const char *s = TOK_S(d, j);
    if (n > 2 && s[n - 2] == '\'' && s[n - 1] == 's')
        n -= 2;
    else if (n > 4 && memcmp(s + n - 4, "\xe2\x80\x99s", 4) == 0)
        n -= 4;
    else if (n > 1 && s[n - 1] == '\'')
        n -= 1;
    size_t cnt = 0;
    const lex_entry *e = sift_lex_find(d->res->lex, s, n, &cnt);
    for (size_t k = 0; e && k < cnt; k++)
        if (e[k].cls == LX_GPE || e[k].cls == LX_NORP || e[k].cls == LX_PER || e[k].cls == LX_LAST ||
            e[k].cls == LX_FIRST || e[k].cls == LX_LOC)
            return 1;
    return 0;
}

/* "the Kyiv-Odesa highway", "the Nyeri-Othaya road": two places joined
 * by the hyphen at j (one of them known), then a road, a line or a border
 * between them, not one name. */
static int route_between(const doc *d, uint32_t j)
{
    static const char *const routes[] = {"road", "highway", "expressway", "motorway", "railway", "rail",
                                         "border", "route", "pipeline", "corridor", "line", "flight",
                                         "flights", "bridge", "axis", "frontier", "link", "train",
                                         "ferry", "canal", "freeway", NULL};
    if (j == 0 || j + 2 >= d->toks.n || d->toks.v[j + 2].kind != TK_WORD ||
        (d->toks.v[j + 2].flags & TF_CAP) || !sift_tok_in(d, j + 2, routes))
        return 0;
    if (j >= 2 && sift_is_punct(d, j - 2, '-'))
        return 0; /* "Hsu Ming-che-..." */
    return (has_cls(d, j - 1, LX_GPE) || has_cls(d, j + 1, LX_GPE)) && !lookup(d, j - 1, j + 2, NULL);
}

static int hyphen_glue(const doc *d, uint32_t j, uint32_t run0)
{
    /* Abdel-Fattah, President-elect: a hyphen with no spaces, then a capital or "elect" */
    if (j + 1 >= d->toks.n)
        return 0;
    const tok *h = &d->toks.v[j], *nx = &d->toks.v[j + 1];
    if (h->kind != TK_PUNCT || d->text[h->start] != '-' || (h->flags & TF_SPACE) ||
        (nx->flags & TF_SPACE))
        return 0;
    if (is_cap_word(nx) && route_between(d, j))
        return 0;
    if (is_cap_word(nx) || sift_tok_is(d, j + 1, "elect"))
        return 1;
    /* ("Lee Valley Co-operative", "Arla Co-op") */
    if (j > run0 && co_op_at(d, j - 1))
        return 1;
    /* "Île-de-France", "Aix-en-Provence", "Stratford-upon-Avon": a small
     * word between two hyphens, then a capital */
    static const char *const joins[] = {"de", "du", "des", "la", "le", "en", "sur", "sous", "upon", "on", "am", NULL};
    if (j + 3 < d->toks.n && sift_tok_in(d, j + 1, joins) && !(nx->flags & TF_CAP) && sift_is_punct(d, j + 2, '-') &&
        !(d->toks.v[j + 2].flags & TF_SPACE) && !(d->toks.v[j + 3].flags & TF_SPACE) && is_cap_word(&d->toks.v[j + 3]))
        return 1;
    /* "Lin Hsiu-ling", "Hsu Ming-che": a short lowercase syllable ends a given
     * name that follows a family name (not "Iranian-made", "U.S.-led") */
    size_t n = TOK_N(d, j + 1);
    const tok *pv = &d->toks.v[j - 1];
    /* right after a family name, a short syllable may also be a word or a
     * name of its own: "Lee Min-jae", "Choi Min-ho" */
    int after_family = j >= run0 + 2 && has_cls(d, j - 2, LX_LAST) && TOK_N(d, j - 1) <= 4;
    /* (or opening the run before a family name: "Ji-ho Park", "Min-jun
     * Lee", the given name first) */
    if (j == run0 + 1 && nx->kind == TK_WORD && n <= 4 && TOK_N(d, j - 1) <= 4 && !(pv->flags & TF_ALLCAPS) &&
        !(pv->w.flags & W_STOP) && !sift_tok_common(d, j - 1) && !(nx->w.flags & (W_STOP | W_VERB)) &&
        j + 2 < d->toks.n && is_cap_word(&d->toks.v[j + 2]) && (d->toks.v[j + 2].flags & TF_SPACE) &&
        has_cls(d, j + 2, LX_LAST))
        return 1;
    return j > run0 + 1 && nx->kind == TK_WORD && n <= 5 &&
           (!(nx->w.flags & W_VERB) || after_family) && (!(nx->w.flags & W_STOP) || after_family) &&
           !(n > 2 && memcmp(TOK_S(d, j + 1) + n - 2, "ed", 2) == 0) &&
           !sift_tok_is(d, j + 1, "run") && !sift_tok_is(d, j + 1, "born") &&
           !sift_tok_is(d, j + 1, "era") && !sift_tok_is(d, j + 1, "style") && !(pv->flags & TF_ALLCAPS) &&
           (after_family || (!(pv->lexcls & ((1u << LX_NORP) | (1u << LX_ORG))) && !sift_tok_common(d, j - 1)));
}

/* Does a hyphenated name part open at token i, joined with no spaces
 * ("Traore-Bamba")? */
static int hyphened_at(const doc *d, uint32_t i)
{
    return i + 2 < d->toks.n && sift_is_punct(d, i + 1, '-') && !(d->toks.v[i + 1].flags & TF_SPACE) &&
           !(d->toks.v[i + 2].flags & TF_SPACE) && is_cap_word(&d->toks.v[i]) && is_cap_word(&d->toks.v[i + 2]);
}

/* The bytes of tokens a..b-1 (a hyphenated name part has no spaces). */
static uint64_t span_hash(const doc *d, uint32_t a, uint32_t b)
{
    return sift_fnv1a64(d->text + d->toks.v[a].start, d->toks.v[b - 1].end - d->toks.v[a].start,
                        SIFT_FNV_OFFSET);
}

/* Mark later repeats of a person's name parts as surname mentions: one
 * token, or a hyphenated surname ("Traore-Bamba" for "Seydou
 * Traore-Bamba", which the trained recognizer alone may call an
 * organisation). The surnames are hashed first so the scan is one pass. */
static int mark_surnames(doc *d)
{
    enum { MAXP = 256 };
    uint64_t hs[MAXP], hf[MAXP];
    uint32_t toks[MAXP], lens[MAXP], tf[MAXP];
    uint8_t shared[MAXP];
    size_t np = 0, nf = 0;
    for (size_t m = 0; m < d->ments.n && np < MAXP; m++) {
        const mention *mm = &d->ments.v[m];
        if (mm->type != ET_PERSON || mm->t1 - mm->t0 < 2)
            continue;
        /* "For Tigist, the cuts ..." after "Tigist Alemu": a first name no
         * word or place has, which no other person named here shares */
        if (mm->t1 - mm->t0 == 2 && nf < MAXP && (has_cls(d, mm->t0, LX_FIRST) || d->toks.v[mm->t0].lexcls == 0) &&
            !sift_tok_common(d, mm->t0) &&
            !has_cls(d, mm->t0, LX_GPE) && !has_cls(d, mm->t0, LX_ORG) && !has_cls(d, mm->t0, LX_LOC) &&
            !(d->toks.v[mm->t0].w.flags & (W_TITLE | W_STOP)) && !sift_family_first(d, mm->t0, mm->t1) &&
            !sift_chinese_family(d, mm->t0)) {
            uint64_t h = sift_fnv1a64(TOK_S(d, mm->t0), TOK_N(d, mm->t0), SIFT_FNV_OFFSET);
            size_t f = 0;
            while (f < nf && !(hf[f] == h && sift_toks_equal(d, tf[f], mm->t0, 1)))
                f++;
            if (f == nf) {
                hf[nf] = h, tf[nf] = mm->t0, shared[nf++] = 0;
            } else if (!sift_toks_equal(d, tf[f] + 1, mm->t0 + 1, 1)) {
                shared[f] = 1;
            }
        }
        uint32_t lt = mm->t1 - 1;
        /* "Jang" for "Jang Hoon-seok", "Moon" for "Moon Jae-in": a Korean
         * name (a given name of two syllables joined by a hyphen, the
         * second in lower case) has its family name first */
        if (sift_family_first(d, mm->t0, mm->t1) && TOK_N(d, mm->t0) > 1)
            lt = mm->t0;
        if (lt >= mm->t0 + 3 && lt == mm->t1 - 1 && hyphened_at(d, lt - 2) && np + 1 < MAXP) {
            hs[np] = span_hash(d, lt - 2, lt + 1);
            lens[np] = 3;
            toks[np++] = lt - 2;
        }
        hs[np] = sift_fnv1a64(TOK_S(d, lt), TOK_N(d, lt), SIFT_FNV_OFFSET);
        lens[np] = 1;
        toks[np++] = lt;
        /* "Wang" for "Wang Lihua": a Chinese family name first, too */
        if (mm->t1 - mm->t0 == 2 && lt == mm->t0 + 1 && np < MAXP && sift_chinese_family(d, mm->t0) &&
            !sift_chinese_family(d, lt)) {
            hs[np] = sift_fnv1a64(TOK_S(d, mm->t0), TOK_N(d, mm->t0), SIFT_FNV_OFFSET);
            lens[np] = 1;
            toks[np++] = mm->t0;
        }
        /* "Benítez" for "Rodrigo Benítez Acosta", "Olaechea" for "María
         * Fernanda Olaechea Ruiz": the first of two surnames */
        uint32_t len = mm->t1 - mm->t0;
        uint32_t mid = len == 4 && has_cls(d, mm->t0 + 1, LX_FIRST) ? mm->t0 + 2 : mm->t0 + 1;
        /* (or "Saenz" for "Ines Saenz de Santamaria": the first surname
         * before a particle) */
        int particle_next = len == 4 && mid == mm->t0 + 1 && particle(d, mm->t0 + 2) &&
                            !(d->toks.v[mm->t0 + 2].flags & TF_CAP);
        if ((len == 3 || mid == mm->t0 + 2 || particle_next) && np < MAXP && TOK_N(d, mid) > 2 &&
            TOK_S(d, mid)[TOK_N(d, mid) - 1] != '.' &&
            d->toks.v[mid].kind == TK_WORD) {
            hs[np] = sift_fnv1a64(TOK_S(d, mid), TOK_N(d, mid), SIFT_FNV_OFFSET);
            lens[np] = 1;
            toks[np++] = mid;
        }
    }
    if (np == 0)
        return 0;
    for (size_t i = 0; i < d->toks.n; i++) {
        tok *t = &d->toks.v[i];
        if (!is_cap_word(t) || (t->w.flags & W_TITLE) || !name_tok(t))
            continue;
        /* (the word's hash, for a first name here and a surname below,
         * taken once and only when needed) */
        uint64_t wh = 0;
        /* (the first name alone, later, outside any name) */
        if (t->ment < 0 && nf > 0 && !(i + 1 < d->toks.n && is_cap_word(&d->toks.v[i + 1]))) {
            wh = sift_fnv1a64(TOK_S(d, i), TOK_N(d, i), SIFT_FNV_OFFSET);
            size_t f = 0;
            while (f < nf && !(hf[f] == wh && tf[f] < i && sift_toks_equal(d, tf[f], (uint32_t)i, 1)))
                f++;
            if (f < nf && !shared[f]) {
                if (add_mention(d, (uint32_t)i, (uint32_t)i + 1, ET_PERSON, MK_SURNAME, -1, NULL, "first-name-again") !=
                    0)
                    return -1;
                continue;
            }
        }
        if (hyphened_at(d, (uint32_t)i)) {
            uint64_t h = span_hash(d, (uint32_t)i, (uint32_t)i + 3);
            uint32_t n = d->toks.v[i + 2].end - t->start;
            size_t p = 0;
            while (p < np && !(lens[p] == 3 && hs[p] == h &&
                               d->toks.v[toks[p] + 2].end - d->toks.v[toks[p]].start == n &&
                               memcmp(d->text + d->toks.v[toks[p]].start, d->text + t->start, n) == 0))
                p++;
            mention *mm = t->ment >= 0 ? &d->ments.v[t->ment] : NULL;
            if (p == np || toks[p] == i)
                continue;
            /* (and its repeats: "repeated-org") */
            if (mm && mm->t0 == i && mm->t1 == i + 3 && mm->type != ET_PERSON && !mm->lex && mm->rule &&
                (strcmp(mm->rule, "model") == 0 || strcmp(mm->rule, "repeated-org") == 0)) {
                mm->type = ET_PERSON;
                mm->kind = MK_SURNAME;
                mm->rule = "surname";
            } else if (!mm && d->toks.v[i + 2].ment < 0 &&
                       add_mention(d, (uint32_t)i, (uint32_t)i + 3, ET_PERSON, MK_SURNAME, -1, NULL, "surname") != 0)
                return -1;
            i += 2;
            continue;
        }
        /* a lone word read as a small town ("Kamau") is the person's surname
         * when the document named that person */
        int town = 0;
        if (t->ment >= 0) {
            mention *mm = &d->ments.v[t->ment];
            /* (or a province: "Herrera" for "Daniela Herrera") */
            town = mm->type == ET_GPE && mm->t1 - mm->t0 == 1 && mm->lex &&
                   (strstr(mm->lex->info, "kind=city") != NULL || strstr(mm->lex->info, "kind=admin") != NULL);
            /* ... and so is a lone word the trained recognizer called an
             * organisation ("Prosecutors say MacAuley diverted ...") */
            town |= (mm->type == ET_ORG || mm->type == ET_GPE) && mm->t1 - mm->t0 == 1 && !mm->lex &&
                    mm->rule && strcmp(mm->rule, "model") == 0; /* "According to Quintela" */
            /* (never where something is based: "the Stockholm-based
             * company" after "Nasdaq Stockholm", taken for a person) */
            uint32_t w = (uint32_t)i + 2;
            if (!town || (w < d->toks.n && sift_is_punct(d, w - 1, '-') && !(d->toks.v[w - 1].flags & TF_SPACE) &&
                          (sift_tok_is(d, w, "based") || sift_tok_is(d, w, "headquartered"))))
                continue;
        }
        if (!wh)
            wh = sift_fnv1a64(TOK_S(d, i), TOK_N(d, i), SIFT_FNV_OFFSET);
        for (size_t p = 0; p < np; p++) {
            if (hs[p] != wh || TOK_N(d, toks[p]) != TOK_N(d, i) ||
                memcmp(TOK_S(d, toks[p]), TOK_S(d, i), TOK_N(d, i)) != 0)
                continue;
            if (town) {
                mention *mm = &d->ments.v[t->ment];
                mm->type = ET_PERSON;
                mm->kind = MK_SURNAME;
                mm->lex = NULL;
                mm->rule = "surname";
                break;
            }
            if (add_mention(d, (uint32_t)i, (uint32_t)i + 1, ET_PERSON, MK_SURNAME, -1, NULL,
                            "surname") != 0)
                return -1;
            break;
        }
    }
    return 0;
}

/* A finder's name that names a disease: "Alzheimer's", "Parkinson's". */
static int eponym(const doc *d, uint32_t i)
{
    static const char *const eponyms[] = {"alzheimer", "parkinson", "crohn", "huntington", "hodgkin",
                                          "asperger", "tourette", "addison", "graves", NULL};
    return sift_tok_in(d, i, eponyms);
}

/* Does the trained recognizer, alone, call the word at token w a place more
 * often than an organisation, wherever it stands alone? (Where its kind
 * comes before it, it is an organisation whatever the recognizer says:
 * "Dutch e-bike maker Veloran".) */
static int model_place(const doc *d, uint32_t w)
{
    int places = 0, orgs = 0;
    for (size_t m = 0; m < d->ments.n; m++) {
        const mention *mm = &d->ments.v[m];
        uint32_t t = mm->t0;
        if (mm->t1 - t != 1 || !mm->rule || strcmp(mm->rule, "model") != 0 || TOK_N(d, t) != TOK_N(d, w) ||
            !sift_toks_equal(d, t, w, 1))
            continue;
        int kind = t > 0 && (sift_tok_org_kind(d, t - 1) || sift_tok_trade(d, t - 1) ||
                             sift_tok_is(d, t - 1, "maker") || (d->toks.v[t - 1].w.flags & W_ORGKEY));
        places += !kind && (mm->type == ET_GPE || mm->type == ET_LOC);
        orgs += kind || mm->type == ET_ORG;
    }
    return places > orgs;
}

/* "Kazatomprom, the world's largest uranium producer, said": a one-word
 * organisation the document names elsewhere ("Kazatomprom's chief
 * commercial officer") is that organisation wherever the word stands alone
 * and capitalised, if it is no word of the language and no one's name. */
static int mark_org_repeats(doc *d)
{
    enum { MAXO = 64 };
    uint32_t toks[MAXO];
    unsigned char at_only[MAXO]; /* (named an organisation only as where: "the new site at Kiamunyi") */
    unsigned char placed[MAXO];  /* (1 a place by the trained recognizer's count, model_place; 2 not) */
    size_t no = 0;
    for (size_t m = 0; m < d->ments.n && no < MAXO; m++) {
        const mention *mm = &d->ments.v[m];
        /* (or the last word of a name that opens with its kind in another
         * language: "Padano" for "Banco Padano") */
        uint32_t w = mm->t0;
        if (mm->type == ET_ORG && mm->kind == MK_NAME && mm->t1 - mm->t0 >= 2 && mm->t1 - mm->t0 <= 3 &&
            sift_foreign_org_word(d, mm->t0))
            w = mm->t1 - 1;
        else if (mm->type != ET_ORG || mm->kind != MK_NAME || mm->t1 - mm->t0 != 1)
            continue;
        if (TOK_N(d, w) < 4 || (d->toks.v[w].flags & TF_ALLCAPS) || d->toks.v[w].lexcls || sift_tok_common(d, w) ||
            eponym(d, w))
            continue;
        size_t p = 0;
        while (p < no && !sift_toks_equal(d, toks[p], w, 1))
            p++;
        int at = mm->rule && strcmp(mm->rule, "at+name") == 0;
        if (p == no) {
            at_only[no] = (unsigned char)at;
            placed[no] = 0;
            toks[no++] = w;
        } else if (!at) {
            at_only[p] = 0;
        }
        /* (a word the trained recognizer calls a place more often than an
         * organisation is a place: "Algarve water company", "Portugal's
         * drought-stricken Algarve", "Reservoirs in the Algarve") */
        /* (counted once a word: 1 a place, 2 not) */
        if (!placed[p] && w == mm->t0 && mm->rule && strcmp(mm->rule, "model") == 0)
            placed[p] = model_place(d, w) ? 1 : 2;
    }
    for (size_t m = 0; m < d->ments.n; m++) {
        mention *mm = &d->ments.v[m];
        if (mm->type != ET_ORG || mm->t1 - mm->t0 != 1 || !mm->rule || strcmp(mm->rule, "model") != 0)
            continue;
        for (size_t p = 0; p < no; p++)
            if (placed[p] == 1 && TOK_N(d, toks[p]) == TOK_N(d, mm->t0) && sift_toks_equal(d, toks[p], mm->t0, 1))
                mm->type = ET_GPE;
    }
    for (size_t i = 0; i < d->toks.n && no > 0; i++) {
        const tok *t = &d->toks.v[i];
        /* (a lone word the trained recognizer took for a person's is the
         * organisation's too, and so is one it took for a place no
         * gazetteer holds: "the end of Veloran") */
        int model_person = t->ment >= 0 &&
                           (d->ments.v[t->ment].type == ET_PERSON ||
                            (d->ments.v[t->ment].type == ET_GPE && !t->lexcls)) &&
                           d->ments.v[t->ment].t1 - d->ments.v[t->ment].t0 == 1 && d->ments.v[t->ment].rule &&
                           strcmp(d->ments.v[t->ment].rule, "model") == 0;
        if ((t->ment >= 0 && !model_person) || !name_tok(t) || TOK_N(d, i) < 4 ||
            (i + 1 < d->toks.n && name_tok(&d->toks.v[i + 1]) && d->toks.v[i + 1].sent == t->sent) ||
            (i > 0 && name_tok(&d->toks.v[i - 1]) && d->toks.v[i - 1].sent == t->sent && !(t->flags & TF_SENT)))
            continue; /* (a word of a longer run is that run's) */
        for (size_t p = 0; p < no; p++)
            if (TOK_N(d, toks[p]) == TOK_N(d, i) && sift_toks_equal(d, toks[p], (uint32_t)i, 1)) {
                if (placed[p] == 1 || (model_person && at_only[p] && d->ments.v[t->ment].type == ET_GPE))
                    break;
                if (model_person) {
                    d->ments.v[t->ment].type = ET_ORG;
                    d->ments.v[t->ment].rule = "org-repeat";
                } else if (add_mention(d, (uint32_t)i, (uint32_t)i + 1, ET_ORG, MK_NAME, -1, NULL, "org-repeat") != 0) {
                    return -1;
                }
                break;
            }
    }
    return 0;
}

/* 'Ernesto "Tito" Valdés Ibarra', 'Lázaro "Chino" Benítez': a first name,
 * a nickname of one or two words in quotes, then the surname. Returns the
 * end of the whole name, or 0. */
static uint32_t nickname_name(const doc *d, uint32_t i)
{
    uint32_t n = (uint32_t)d->toks.n;
    if (i + 4 >= n || d->toks.v[i + 1].kind != TK_QUOTE || !(d->toks.v[i + 1].flags & TF_QOPEN) ||
        !name_tok(&d->toks.v[i + 2]) || !(has_cls(d, i, LX_FIRST) || (!sift_tok_common(d, i) && !d->toks.v[i].lexcls)))
        return 0;
    uint32_t c = i + 3;
    if (c < n && name_tok(&d->toks.v[c]))
        c++;
    if (c + 1 >= n || d->toks.v[c].kind != TK_QUOTE || !(d->toks.v[c].flags & TF_QCLOSE) ||
        !name_tok(&d->toks.v[c + 1]) || (d->toks.v[c + 1].w.flags & (W_STOP | W_TITLE)) ||
        d->toks.v[c + 1].sent != d->toks.v[i].sent)
        return 0;
    uint32_t e = c + 1;
    while (e < n && e < c + 5 && d->toks.v[e].sent == d->toks.v[i].sent &&
           (name_tok(&d->toks.v[e]) || (particle(d, e) && e + 1 < n && name_tok(&d->toks.v[e + 1]))))
        e++;
    return e;
}

/* "Kingston and St Andrew", "St Helens", "St. Louis": a saint's name
 * abbreviated, which in news names a place (a parish, a town) far more
 * often than the saint; a name the lexicon already types is left alone. */
static void saint_places(doc *d)
{
    for (size_t m = 0; m < d->ments.n; m++) {
        mention *mm = &d->ments.v[m];
        if (mm->type != ET_PERSON || mm->kind != MK_NAME || mm->t1 - mm->t0 < 2 || mm->title_t0 >= 0 ||
            !(d->toks.v[mm->t0].flags & TF_CAP))
            continue;
        size_t n = TOK_N(d, mm->t0);
        const char *s = TOK_S(d, mm->t0);
        if ((n == 2 && memcmp(s, "St", 2) == 0) || (n == 3 && memcmp(s, "St.", 3) == 0))
            mm->type = ET_GPE;
    }
}

/* "OPEC+", "Canal+": a plus sign written against an organisation's name
 * is part of it, and names another body than the name alone (OPEC+ is
 * not OPEC), so the lexicon entry is dropped. */
static void glued_plus(doc *d)
{
    for (size_t m = 0; m < d->ments.n; m++) {
        mention *mm = &d->ments.v[m];
        uint32_t p = mm->t1;
        if (mm->type != ET_ORG || p >= d->toks.n || TOK_N(d, p) != 1 || TOK_S(d, p)[0] != '+' ||
            (d->toks.v[p].flags & TF_SPACE) || d->toks.v[p].ment >= 0 ||
            (p + 1 < d->toks.n && !(d->toks.v[p + 1].flags & TF_SPACE) && d->toks.v[p + 1].kind != TK_PUNCT))
            continue;
        mm->t1 = p + 1;
        mm->lex = NULL;
        d->toks.v[p].ment = (int32_t)m;
    }
}

/* A role written in lower case before a name ("chief executive Katrin
 * Müller", "NHS England chief executive Malcolm Reeve", "Scotland
 * fly-half Finn Russell") becomes its title. */
static void lowercase_titles(doc *d)
{
    for (size_t m = 0; m < d->ments.n; m++) {
        mention *mm = &d->ments.v[m];
        if (mm->type != ET_PERSON || mm->kind != MK_NAME)
            continue;
        /* "navy spokesman Capt. Oleksiy Marchenko": extend a title leftwards */
        uint32_t start = mm->title_t0 >= 0 ? (uint32_t)mm->title_t0 : mm->t0;
        uint32_t b = start;
        int words = 0;
        while (b > 0 && b + 6 > start) {
            const tok *t = &d->toks.v[b - 1];
            uint32_t hf = sift_hyphened_flags(d, b);
            if ((hf & (W_TITLE | W_PERSON_NOUN)) && !(t->flags & (TF_INQUOTE | TF_CAP)) && t->ment < 0) {
                words++;
                b -= 3;
                continue;
            }
            if (t->kind != TK_WORD || (t->flags & TF_INQUOTE) ||
                !(t->w.flags & (W_TITLE | W_TITLE_MOD | W_PERSON_NOUN)) || t->ment >= 0)
                break;
            words += (t->w.flags & (W_TITLE | W_PERSON_NOUN)) != 0;
            b--;
        }
        if (words && b < start)
            mm->title_t0 = (int)b;
    }
}

/* Is token i followed, in its sentence, by a capitalised word no dictionary
 * holds but as a name ("Ferrell", "Azlina")? */
static int name_follows(const doc *d, uint32_t i)
{
    if (i + 1 >= d->toks.n)
        return 0;
    const tok *nx = &d->toks.v[i + 1];
    return nx->sent == d->toks.v[i].sent && name_tok(nx) && !(nx->flags & TF_ALLCAPS) && !sift_tok_common(d, i + 1) &&
           !(nx->lexcls & ~((1u << LX_FIRST) | (1u << LX_LAST) | (1u << LX_PER)));
}

/* "Norrvik spokesman Per Nyström", "Her neighbour, Per Nyman,": a given
 * name that is also a preposition, after a role (and its comma) and before
 * a surname; or opening a sentence before a surname and a comma or a verb
 * of saying ("Per Nyström, the harbour master, said"). */
static int preposition_first_name(const doc *d, uint32_t i)
{
    const tok *t = &d->toks.v[i];
    if (!is_cap_word(t) || !(t->w.flags & W_PREP) || (t->flags & (TF_ALLCAPS | TF_ABBR)) ||
        !has_cls(d, i, LX_FIRST) || !name_follows(d, i))
        return 0;
    if (t->flags & TF_SENT)
        return i + 2 < d->toks.n && (sift_is_punct(d, i + 2, ',') || cue_follows(d, i + 1));
    uint32_t r = i > 1 && sift_is_punct(d, i - 1, ',') ? i - 2 : i - 1;
    return i > 0 && (d->toks.v[r].w.flags & (W_TITLE | W_PERSON_NOUN));
}

/* "Andrew Tsang SC, counsel for ...", "Jane Kerr MSP said": letters in
 * capitals after a person's name that say a rank or an office held are no
 * part of the name, and no name of their own. */
static void mark_postnominals(doc *d)
{
    static const char *const post[] = {"sc", "kc", "qc", "mp", "mla", "msp", "mep", "mhk", "td", "obe", "cbe", "mbe",
                                       "kbe", "dbe", "jp", NULL};
    for (uint32_t i = 1; i + 1 < d->toks.n; i++) {
        tok *t = &d->toks.v[i];
        const tok *p = &d->toks.v[i - 1], *x = &d->toks.v[i + 1];
        if (t->kind == TK_WORD && (t->flags & TF_ALLCAPS) && TOK_N(d, i) <= 3 && is_cap_word(p) &&
            !(p->flags & TF_ALLCAPS) && x->kind == TK_PUNCT && (sift_is_punct(d, i + 1, ',') ||
                                                                  sift_is_punct(d, i + 1, '.') ||
                                                                  sift_is_punct(d, i + 1, ')')) &&
            sift_tok_in(d, i, post)) {
            t->w.flags |= W_NONAME;
            t->w.val = 0;
        }
    }
}

/* "Theresa May", "Captain Nor Azlina Hashim", "the actor Will Ferrell":
 * a function word or a month written with a capital inside a sentence,
 * after a first name or a title, or before a capitalised word no
 * dictionary holds, is part of a name: a given name before a name, a
 * surname after a first name. Its word flags are dropped, so no rule reads
 * it as "may", "nor" or "will" (or as the month of May). */
static void name_function_words(doc *d)
{
    uint32_t n = (uint32_t)d->toks.n;
    for (uint32_t i = 0; i < n; i++) {
        tok *t = &d->toks.v[i];
        if (preposition_first_name(d, i)) {
            t->w.flags = 0;
            t->w.val = 0;
            continue;
        }
        /* "Sunday Okon, a trader in Lagos, said": a weekday opening a
         * sentence before a surname and a description of a person (or a
         * verb of saying) is a given name, and no date */
        if (is_cap_word(t) && (t->w.flags & W_WEEKDAY) && (t->flags & TF_SENT) &&
            !(t->flags & (TF_ALLCAPS | TF_ABBR)) && name_follows(d, i) &&
            (person_described(d, i + 2) || sift_age_follows(d, i + 2) || cue_follows(d, i + 1))) {
            t->w.flags = 0;
            t->w.val = 0;
            t->lexcls |= (uint8_t)(1u << LX_FIRST);
            continue;
        }
        if (!is_cap_word(t) || (t->flags & (TF_ALLCAPS | TF_ABBR)) ||
            (t->w.flags & (W_TITLE | W_TITLE_MOD | W_WEEKDAY | W_DET | W_PRONOUN | W_PREP)))
            continue;
        int cls = -1;
        if (t->flags & TF_SENT) {
            /* "Will Barnes isn't going anywhere.": "Will" opening a statement
             * (no question mark) before a surname is a given name */
            uint32_t e = d->sents.v[t->sent].t1;
            if (sift_tok_is(d, i, "will") && name_follows(d, i) && !sift_is_punct(d, e - 1, '?'))
                cls = LX_FIRST;
            /* "May Tanaka, 41, said", "June Okafor said": a month (the name
             * lists leave months out) before a surname and a comma or a verb */
            else if ((t->w.flags & W_MONTH) && name_follows(d, i) && i + 2 < n &&
                     (sift_is_punct(d, i + 2, ',') || cue_follows(d, i + 1)))
                cls = LX_FIRST;
        } else if (i > 0 && !(t->flags & TF_PARA) && d->toks.v[i - 1].sent == t->sent &&
                   ((t->w.flags & (W_AUX | W_MONTH)) || sift_tok_is(d, i, "nor") || sift_tok_is(d, i, "so") ||
                    sift_tok_is(d, i, "yet") || sift_tok_is(d, i, "ramadan"))) { /* ("Soha Ramadan") */
            /* the auxiliaries and months ("Will", "May", "June"), "Nor", "So", "Yet" */
            const tok *pv = &d->toks.v[i - 1];
            int cap_before = pv->kind == TK_WORD && (pv->flags & TF_CAP) && !(pv->flags & TF_ALLCAPS);
            int after_title = cap_before && (pv->w.flags & W_TITLE);
            /* "Sue May", "Mark May": a first name that is also a word, not before a day */
            int after_first = cap_before && has_cls(d, i - 1, LX_FIRST) && !(i + 1 < n && d->toks.v[i + 1].kind == TK_NUM);
            int before_name = name_follows(d, i) && pv->kind == TK_WORD && !(pv->flags & TF_CAP) &&
                              !(pv->w.flags & (W_PREP | W_DET | W_QUAL)) && !(t->w.flags & W_MONTH);
            cls = after_first && !after_title ? LX_LAST : after_title || before_name ? LX_FIRST : -1;
        }
        if (cls >= 0) {
            t->w.flags = 0;
            t->w.val = 0;
            t->lexcls |= (uint8_t)(1u << cls);
        }
    }
}

/* Is sentence s a headline written in title case: a line of its own with
 * no full stop, four or more words of four letters or more, at least three
 * in four of them capitalised? */
static int title_case(const doc *d, uint32_t s)
{
    uint32_t t1 = d->sents.v[s].t1;
    if (t1 <= d->sents.v[s].t0 || sift_is_punct(d, t1 - 1, '.') ||
        (t1 < d->toks.n && !(d->toks.v[t1].flags & TF_PARA)))
        return 0;
    uint32_t words = 0, caps = 0;
    for (uint32_t k = d->sents.v[s].t0; k < d->sents.v[s].t1; k++)
        if (d->toks.v[k].kind == TK_WORD && TOK_N(d, k) >= 4) {
            words++;
            caps += (d->toks.v[k].flags & TF_CAP) != 0;
        }
    return words >= 4 && caps * 4 >= words * 3;
}

/* "British supermarket chain Fairmont has recalled ...": a name the
 * gazetteer holds as a town, once called a firm by the kind beside it, is
 * that firm everywhere in the report (the headline "Fairmont recalls baby
 * food" and "any Fairmont store" too). */
static void places_named_as_firms(doc *d)
{
    /* (each firm looks at every mention: at most 32 firms, so that a
     * report repeating "chain Fairmont" thousands of times stays linear) */
    for (size_t m = 0, firms = 0; m < d->ments.n && firms < 32; m++) {
        const mention *firm = &d->ments.v[m];
        if (firm->type != ET_ORG || !firm->rule || strcmp(firm->rule, "kind+name") != 0)
            continue;
        firms++;
        uint32_t n = firm->t1 - firm->t0;
        for (size_t o = 0; o < d->ments.n; o++) {
            mention *mm = &d->ments.v[o];
            if (mm->type == ET_GPE && mm->t1 - mm->t0 == n && mm->rule && strcmp(mm->rule, "lexicon") == 0 &&
                sift_toks_equal(d, mm->t0, firm->t0, n)) {
                mm->type = ET_ORG;
                mm->rule = "firm-named-so";
                mm->lex = NULL;
            }
        }
    }
}

/* Is token k in a person's name? */
static int other_name(const doc *d, uint32_t k)
{
    int m = d->toks.v[k].ment;
    return m >= 0 && d->ments.v[m].type == ET_PERSON;
}

/* "Rheinstahl Huettenwerke will shut one of its last blast furnaces ..., the
 * company said": a name no dictionary holds that opens a clause a kind of
 * organisation reports at its end, no person named between, is that
 * organisation everywhere in the report, its first word alone too
 * ("Rheinstahl said"); the first 64 such sentences. */
static void firms_by_final_attribution(doc *d)
{
    for (size_t m = 0, seen = 0; m < d->ments.n && seen < 64; m++) {
        const mention *mm = &d->ments.v[m];
        if (mm->type != ET_PERSON || !mm->rule ||
            (strcmp(mm->rule, "unknown-name") != 0 && strcmp(mm->rule, "capitalised-name") != 0) ||
            sift_body_start(d, d->toks.v[mm->t0].sent) != mm->t0 || (d->toks.v[mm->t0].flags & TF_INQUOTE))
            continue;
        seen++;
        uint32_t s1 = d->sents.v[d->toks.v[mm->t0].sent].t1, k = mm->t1;
        /* (past a description: "..., the Brazilian steelmaker said") */
        uint32_t h = 0;
        while (k + 3 < s1 && !other_name(d, k) && d->toks.v[k].kind != TK_QUOTE && !h) {
            if (sift_is_punct(d, k, ',') && sift_tok_is(d, k + 1, "the"))
                for (uint32_t w = k + 2; w < s1 && w < k + 5 && !h && d->toks.v[w].kind == TK_WORD; w++)
                    if (sift_tok_org_kind(d, w) && !(d->toks.v[w].flags & TF_CAP) && w + 1 < s1 &&
                        (d->toks.v[w + 1].w.flags & W_CUE))
                        h = w;
            k += !h;
        }
        if (!h)
            continue;
        uint32_t n = mm->t1 - mm->t0, t0 = mm->t0;
        for (size_t o = 0; o < d->ments.n; o++) {
            mention *x = &d->ments.v[o];
            if (x->type == ET_PERSON && (x->t1 - x->t0 == n || x->t1 - x->t0 == 1) &&
                sift_toks_equal(d, x->t0, t0, x->t1 - x->t0)) {
                x->type = ET_ORG;
                x->rule = "firm-by-attribution";
            }
        }
    }
}

/* "Moody's said", "sold at Christie's in New York", "according to
 * McDonald's.": a name with its "'s" at token j that owns nothing (what
 * follows is a speech verb, a preposition or a punctuation mark) is the
 * name of a business, "'s" and all, when the lexicon knows it so or the
 * word is no ordinary one. Returns its lexicon entry through *lx. */
static int possessive_firm(const doc *d, uint32_t i, uint32_t j, const lex_entry **lx)
{
    uint32_t k = j + 1;
    *lx = NULL;
    if (!(d->toks.v[j].flags & TF_POSS) || d->toks.v[j].kind != TK_PUNCT || j == i || j > i + 3)
        return 0;
    const tok *nx = k < d->toks.n ? &d->toks.v[k] : NULL;
    int verb = nx && nx->kind == TK_WORD && !(nx->flags & TF_CAP) &&
               (nx->upos == SIFT_UPOS_VERB || nx->upos == SIFT_UPOS_AUX);
    int owns_nothing = !nx || nx->sent != d->toks.v[j].sent ||
                       (nx->kind == TK_PUNCT && !sift_is_punct(d, k, '-') && !sift_is_punct(d, k, '/')) ||
                       (nx->kind == TK_WORD && !(nx->flags & TF_CAP) &&
                        ((nx->w.flags & W_PREP) || (verb && (nx->w.flags & W_CUE))));
    /* (cheap tests first: most possessives own the noun after them, and
     * only a verb lets a firm the lexicon knows through) */
    if (!owns_nothing && !verb)
        return 0;
    /* (not a disease named after its finder: "living with Alzheimer's,") */
    if (eponym(d, j - 1))
        return 0;
    /* (nor the owner of what follows when named before: "Corvane's rules
     * for rival app stores" after "Corvane Inc."; mentions are made in
     * text order, so from the last back, in the 3000 tokens before) */
    for (size_t m = d->ments.n; m-- > 0;) {
        const mention *mm = &d->ments.v[m];
        if (mm->t1 + 3000 < i)
            break;
        if (mm->t1 <= i && mm->t1 > 0 && TOK_N(d, mm->t1 - 1) == TOK_N(d, j - 1) &&
            memcmp(TOK_S(d, mm->t1 - 1), TOK_S(d, j - 1), TOK_N(d, j - 1)) == 0)
            return 0;
    }
    const lex_entry *x = lookup(d, i, j + 1, NULL);
    /* (a firm the lexicon knows may do anything: "Sales at McDonald's rose") */
    if (!owns_nothing && !(verb && x && x->cls == LX_ORG))
        return 0;
    if (x && x->cls == LX_ORG) {
        *lx = x;
        return 1;
    }
    /* (not in the lexicon: a name no ordinary word, place or people spells) */
    for (uint32_t t = i; t < j; t++)
        if (sift_tok_common(d, t) || has_cls(d, t, LX_GPE) || has_cls(d, t, LX_NORP) || has_cls(d, t, LX_LOC) ||
            (d->toks.v[t].w.flags & (W_STOP | W_PRONOUN | W_TITLE)))
            return 0;
    return 1;
}

/* "Parents for Safer Screens", "Students for Fair Admissions": people in
 * the plural, "for" at j, then what they campaign for, capitalised: an
 * organisation's name (not "Lawyers for Meta", who represent someone). */
static int people_for(const doc *d, uint32_t i, uint32_t j)
{
    static const char *const people[] = {"parents", "citizens", "mothers", "fathers", "families", "friends",
                                         "veterans", "students", "scientists", "doctors", "nurses", "teachers",
                                         "women", "residents", "neighbours", "neighbors", "physicians", "farmers",
                                         NULL};
    return j == i + 1 && sift_tok_is(d, j, "for") && (d->toks.v[i].flags & TF_CAP) && sift_tok_in(d, i, people) &&
           j + 2 < d->toks.n && name_tok(&d->toks.v[j + 1]) && name_tok(&d->toks.v[j + 2]) &&
           !(d->toks.v[j + 1].w.flags & W_STOP);
}

int sift_recognize(doc *d)
{
    mark_lexcls(d);
    mark_postnominals(d);
    name_function_words(d);
    uint32_t n = (uint32_t)d->toks.n;
    int headline = d->sents.n > 0 && title_case(d, 0);
    for (uint32_t i = 0; i < n;) {
        tok *t = &d->toks.v[i];
        int ordinal_start = (t->flags & TF_ORDINAL) && i + 1 < n && name_tok(&d->toks.v[i + 1]);
        /* a capitalised function word opening the sentence ("The", "In") is no
         * part of a name; "The New York Times" is found through the lexicon */
        if (!name_tok(t) && !ordinal_start) {
            i++;
            continue;
        }
        if (sift_money_code(d, i) || fiscal_period(d, i)) { /* "at Rs 120.8 crore", "Q1 profit" */
            i++;
            continue;
        }
        /* "Ravi Deshmukh (D-Ore.)", "Ro Khanna, D-Calif.": a lawmaker's party
         * letter before the state is no part of a name */
        if (TOK_N(d, i) == 1 && strchr("DRI", TOK_S(d, i)[0]) && i > 0 &&
            (sift_is_punct(d, i - 1, '(') || sift_is_punct(d, i - 1, ',')) && i + 2 < n &&
            sift_is_punct(d, i + 1, '-') && !(d->toks.v[i + 1].flags & TF_SPACE) &&
            !(d->toks.v[i + 2].flags & TF_SPACE) && (d->toks.v[i + 2].flags & TF_CAP)) {
            i += 2;
            continue;
        }
        uint32_t nick = nickname_name(d, i);
        if (nick) {
            if (add_mention(d, i, nick, ET_PERSON, MK_NAME, -1, NULL, "name+nickname") != 0)
                return -1;
            i = nick;
            continue;
        }
        /* ... unless it opens a name the lexicon knows: "New Zealand beat",
         * "NEW DELHI —" */
        int opens = (t->flags & TF_SENT) || (i > 0 && d->toks.v[i - 1].kind == TK_DASH); /* "GENEVA — The" */
        if (opens && (t->w.flags & W_STOP) && !t->lexcls && i + 1 < n &&
            name_tok(&d->toks.v[i + 1]) && !lookup(d, i, i + 2, NULL) &&
            !(i + 2 < n && name_tok(&d->toks.v[i + 2]) && lookup(d, i, i + 3, NULL))) {
            i++;
            continue;
        }
        uint32_t j = i + 1, poss_firm = 0;
        const lex_entry *poss_lx = NULL;
        int org_list = 0; /* the run holds "of Economy, Trade and Industry" */
        uint32_t low_body = 0;
        while (j < n) {
            const tok *u = &d->toks.v[j];
            if (u->flags & TF_PARA || u->sent != t->sent)
                break;
            if (name_tok(u) && !fiscal_period(d, j)) {
                j++;
                continue;
            }
            /* "Kabul Sport TV", "Atlântica LNG": a word no name is alone
             * ends one when it says what the organisation is */
            if (is_cap_word(u) && (u->w.flags & W_NONAME) && (u->w.flags & W_ORGKEY)) {
                j++;
                /* ("Lee Valley Co-operative", "Arla Co-op") */
                if (sift_tok_is(d, j - 1, "co") && hyphen_glue(d, j, i))
                    j += 2;
                break;
            }
            if (hyphen_glue(d, j, i)) {
                j += 2;
                continue;
            }
            /* "Robin Hood's Bay", "Martha's Vineyard": a place named after
             * someone, the possessive and all */
            static const char *const owned_places[] = {"bay", "island", "point", "head", "cove", "creek",
                                                       "vineyard", "wood", "landing", "harbour", "harbor",
                                                       "hill", "well", "lake", "peak", NULL};
            if ((u->flags & TF_POSS) && j + 1 < n && (d->toks.v[j + 1].flags & TF_CAP) &&
                sift_tok_in(d, j + 1, owned_places) &&
                d->toks.v[j + 1].sent == t->sent && !(j + 2 < n && name_tok(&d->toks.v[j + 2]))) {
                j += 2;
                continue;
            }
            /* "the Cour des comptes", "the Conseil d'orientation des
             * retraites": French and Italian bodies write the words after
             * their first in small letters */
            if ((low_body = lower_case_body(d, i, j)) != 0) {
                j = low_body;
                break;
            }
            if (possessive_firm(d, i, j, &poss_lx)) {
                poss_firm = ++j;
                break;
            }
            uint32_t listed = org_of_list(d, i, j);
            if (listed) {
                j = listed;
                org_list = 1;
                continue;
            }
            /* "Dalal & Iyer Securities", "Procter & Gamble": one name */
            if (sift_is_punct(d, j, '&') && j > i && j + 1 < n && name_tok(&d->toks.v[j + 1]) &&
                d->toks.v[j + 1].sent == t->sent && !(d->toks.v[j + 1].w.flags & W_STOP)) {
                j += 2;
                continue;
            }
            /* "Samar al-Masri", "Mohammed bin-Salman": particle, hyphen, capital */
            if (particle(d, j) && !(u->flags & TF_CAP) && j + 2 < n && d->toks.v[j + 1].kind == TK_PUNCT &&
                d->text[d->toks.v[j + 1].start] == '-' && !(d->toks.v[j + 1].flags & TF_SPACE) &&
                name_tok(&d->toks.v[j + 2]) && !(d->toks.v[j + 2].flags & TF_SPACE)) {
                j += 3;
                continue;
            }
            /* a possessive before an organisation word: "Port Workers' Federation",
             * "National Farmers' Union", "Children's Hospital" */
            if ((u->flags & TF_POSS) && j > i && j + 1 < n && d->toks.v[j + 1].sent == t->sent &&
                name_tok(&d->toks.v[j + 1])) {
                /* ... within three capitalised words: "Tigray People's Liberation Front" */
                uint32_t k = j + 1;
                /* (or a co-operative: "Donegal Farmers' Co-op") */
                while (k < n && k < j + 4 && name_tok(&d->toks.v[k]) && !(d->toks.v[k].w.flags & W_ORGKEY) &&
                       !co_op_at(d, k))
                    k++;
                if (k < n && k < j + 4 && name_tok(&d->toks.v[k]) &&
                    ((d->toks.v[k].w.flags & W_ORGKEY) || co_op_at(d, k)) &&
                    (k == j + 1 || !possessive_of_name(d, j))) { /* "People's", not "Kenya's Central Bank" */
                    j += 2;
                    continue;
                }
                /* "Court of King's Bench", "Queen's Bench Division": a court */
                if ((sift_tok_is(d, j - 1, "king") || sift_tok_is(d, j - 1, "queen")) &&
                    sift_tok_is(d, j + 1, "bench")) {
                    j += 2;
                    continue;
                }
            }
            /* "Action Against Hunger", "Doctors Without Borders": a
             * preposition capitalised inside a sentence joins a name */
            if ((u->flags & TF_CAP) && !(u->flags & TF_SENT) && j > i && j + 1 < n && sift_tok_in(d, j, cap_preps) &&
                name_tok(&d->toks.v[j + 1]) && d->toks.v[j + 1].sent == t->sent) {
                j += 2;
                continue;
            }
            /* "Movement of People Affected by Dams": a body's name goes on
             * over "by" after a capitalised participle */
            if (sift_tok_is(d, j, "by") && j >= i + 3 && j + 1 < n && d->toks.v[j + 1].sent == t->sent &&
                !(headline && t->sent == 0) && affected_by(d, i, j)) {
                j += 2;
                continue;
            }
            /* "São Bento do Sul", "Rio Grande do Norte": a particle that is
             * no connector, inside a name the lexicon knows */
            if (sift_tok_is(d, j, "do") && !(u->flags & TF_CAP) && j > i && j + 1 < n &&
                name_tok(&d->toks.v[j + 1]) && lookup(d, i, j + 2, NULL)) {
                j += 2;
                continue;
            }
            /* connectors inside names: "Bank of England", "van der Merwe";
             * "and", "for", "on" only after an organisation word */
            if (u->kind == TK_WORD && (u->w.flags & W_CONNECT) && !(u->flags & TF_CAP)) {
                uint32_t k = j + 1;
                if (k < n && d->toks.v[k].kind == TK_WORD && (d->toks.v[k].w.flags & W_CONNECT) &&
                    !(d->toks.v[k].flags & TF_CAP) && !sift_tok_is(d, k, "and"))
                    k++; /* a second particle: "van der", "de la" */
                int weak = (sift_tok_is(d, j, "and") || sift_tok_is(d, j, "for") ||
                            sift_tok_is(d, j, "on") || sift_tok_is(d, j, "&")) && !people_for(d, i, j);
                int orgish = 0;
                for (uint32_t r = i; r < j; r++)
                    orgish |= (d->toks.v[r].w.flags & (W_ORGKEY | W_ORGPRE)) != 0;
                /* "Office for the Coordination of ...": an article after an organisation's connector */
                /* (not after a firm's suffix, before a body of its own: "built
                 * by Hayate Heavy Industries for the Japan Aerospace
                 * Development Agency") */
                int client = 0;
                if (sift_tok_is(d, j, "for") && (d->toks.v[j - 1].w.flags & W_COMPANY))
                    for (uint32_t r = k + 1; r < n && r < k + 8 && name_tok(&d->toks.v[r]) && !client; r++)
                        client = (d->toks.v[r].w.flags & W_ORGKEY) != 0;
                if (client)
                    break;
                if (orgish && k == j + 1 && sift_tok_is(d, k, "the") && k + 1 < n &&
                    name_tok(&d->toks.v[k + 1]) && !sift_tok_is(d, j, "and"))
                    k++;
                /* (or a minister's portfolio: "Minister for Further and
                 * Higher Education Declan Fahy") */
                int office = sift_tok_is(d, j, "for") && (d->toks.v[j - 1].w.flags & W_TITLE) &&
                             (d->toks.v[j - 1].flags & TF_CAP) && k + 2 < n && sift_tok_is(d, k + 1, "and") &&
                             name_tok(&d->toks.v[k + 2]);
                if (k < n && name_tok(&d->toks.v[k]) && d->toks.v[k].sent == t->sent &&
                    (!(d->toks.v[k].w.flags & W_STOP) || office || /* (but "Reserve Bank of New Zealand") */
                     (k + 1 < n && name_tok(&d->toks.v[k + 1]) && lookup(d, k, k + 2, NULL))) &&
                    (!weak || orgish || sift_tok_is(d, j, "and") ||
                     (sift_tok_is(d, j, "for") && (d->toks.v[j - 1].w.flags & W_TITLE)))) {
                    j = k + 1;
                    continue;
                }
            }
            break;
        }
        if (low_body) {
            if (add_mention(d, i, j, ET_ORG, MK_NAME, -1, NULL, "lower-case-body") != 0)
                return -1;
            i = j;
            continue;
        }
        if (poss_firm) {
            if (add_mention(d, i, j, ET_ORG, MK_NAME, -1, poss_lx, "possessive-firm") != 0)
                return -1;
            i = j;
            continue;
        }
        if (j > i + 3 && people_for(d, i, i + 1) && !lookup(d, i, j, NULL)) {
            if (add_mention(d, i, j, ET_ORG, MK_NAME, -1, NULL, "people-for") != 0)
                return -1;
            i = j;
            continue;
        }
        /* "Kessler Automation Cuts Outlook as China Orders Slump": in a
         * headline in title case, a name ends where the trained recognizer
         * ends it when an ordinary word follows */
        if (headline && t->sent == 0 && d->toks.v[i].bio && SIFT_NER_IS_B(d->toks.v[i].bio)) {
            uint32_t e = i + 1;
            while (e < j && d->toks.v[e].bio == SIFT_NER_I(SIFT_NER_TYPE(d->toks.v[i].bio)))
                e++;
            int mt = e < j && sift_tok_common(d, e) ? model_type(d, i, e) : -1;
            if (mt >= 0) {
                if ((lookup(d, i, e, NULL) ? classify_run(d, i, e)
                                           : add_mention(d, i, e, mt, MK_NAME, -1, NULL, "model")) != 0)
                    return -1;
                i = e;
                continue;
            }
        }
        /* "Bank of England Holds Rates as Inflation Eases": where the
         * recognizer has no word on it, a title-case headline's name ends at
         * the first ordinary word the tagger calls a verb */
        if (headline && t->sent == 0)
            for (uint32_t e = i + 1; e < j; e++)
                if (d->toks.v[e].upos == SIFT_UPOS_VERB && sift_tok_common(d, e) &&
                    !(d->toks.v[e].w.flags & (W_CONNECT | W_STOP))) {
                    j = e;
                    break;
                }
        /* a connector splits the run unless the whole is a known name or an
         * organisation ("Ministry of Defence") */
        /* the first connector that is no name particle ("of", "for", "and") */
        uint32_t conn = 0;
        for (uint32_t k = i + 1; k < j; k++)
            if (!(d->toks.v[k].flags & TF_CAP) && d->toks.v[k].kind == TK_WORD &&
                (d->toks.v[k].w.flags & W_CONNECT) && !particle(d, k)) {
                conn = k;
                break;
            }
        /* "Shares of Hoshino Electric jumped", "Sales of Kessler Automation
         * fell": a plural common noun opening the sentence (or following
         * the dateline's dash), then "of", is no part of the name after it */
        if (conn == i + 1 && conn + 1 < j && sift_tok_common(d, i) &&
            ((d->toks.v[i].flags & (TF_SENT | TF_PARA)) || (i > 0 && d->toks.v[i - 1].kind == TK_DASH)) &&
            TOK_S(d, i)[TOK_N(d, i) - 1] == 's' && !(d->toks.v[i].flags & TF_ALLCAPS) && sift_tok_is(d, conn, "of") &&
            !(d->toks.v[i].w.flags & (W_ORGKEY | W_ORGPRE | W_TITLE | W_TITLE_MOD)) && !has_cls(d, i, LX_GPE) &&
            !lookup(d, i, j, NULL)) {
            i = conn + 1;
            continue;
        }
        uint32_t and_at = 0;
        for (uint32_t k = i + 1; k < j && !and_at; k++)
            if (sift_tok_is(d, k, "and") && !(d->toks.v[k].flags & TF_CAP))
                and_at = k;
        if (and_at && !(headline && t->sent == 0) && fields_and_country(d, i, and_at, j))
            org_list = 1;
        /* (and the two words of a utility's name: "Gulf Coast Power and
         * Light", "Pacific Gas and Electric") */
        int utility = and_at && and_at + 2 == j &&
                      ((sift_tok_is(d, and_at - 1, "power") && sift_tok_is(d, and_at + 1, "light")) ||
                       (sift_tok_is(d, and_at - 1, "gas") && sift_tok_is(d, and_at + 1, "electric")));
        org_list |= utility;
        /* "Cebu Pacific and Philippine Airlines", "Police and National Guard" are
         * two names; "Fire and Disaster Management Agency" is one: split when
         * the part before "and" holds a name or is an organisation itself */
        if (and_at && !org_list && !lookup(d, i, j, NULL) && !spelled_acronym(d, i, j)) { /* not "... (SEBI)" */
            /* the words after "and" name something new ("ETH Zurich", "Pyongyang"),
             * or an organisation ends before it ("Police and ..."): two names */
            const tok *nx = &d->toks.v[and_at + 1];
            int after_named = (nx->flags & TF_ALLCAPS) || !sift_tok_common(d, and_at + 1);
            /* "Securities and Exchange Commission", "Senate Energy and
             * Natural Resources Committee": a field of business before
             * "and" in the name of a body is no organisation of its own */
            static const char *const fields[] = {"securities", "energy", "exchange", "mining", "oil", "gas",
                                                 "insurance", "media", "trade", "industry", NULL};
            /* (nor a portfolio's: "Ministry of Water Resources and Irrigation") */
            /* (or a minister's: "Minister of Forestry and Wildlife Gervais
             * Mbella Ekotto", the title's run whole) */
            int portfolio = 0, minister = 0;
            for (uint32_t r = i; r + 1 < and_at && !portfolio && !minister; r++) {
                portfolio = (d->toks.v[r].w.flags & W_ORGPRE) && (d->toks.v[r].flags & TF_CAP) &&
                            (sift_tok_is(d, r + 1, "of") || sift_tok_is(d, r + 1, "for"));
                minister = (d->toks.v[r].w.flags & W_TITLE) && (d->toks.v[r].flags & TF_CAP) && r + 2 < and_at &&
                           and_at <= r + 4 &&
                           (sift_tok_is(d, r + 1, "of") || sift_tok_is(d, r + 1, "for")) && r + 2 < j &&
                           portfolio_end(d, r + 2, j) > and_at + 1;
            }
            int before_org = (d->toks.v[and_at - 1].w.flags & W_ORGKEY) != 0 && !portfolio &&
                             !(sift_tok_in(d, and_at - 1, fields) && (d->toks.v[j - 1].w.flags & W_ORGPRE));
            int org_phrase = 0, before_named = 0;
            for (uint32_t k = i; k < and_at; k++) {
                if ((d->toks.v[k].w.flags & W_CONNECT) && !(d->toks.v[k].flags & TF_CAP) && k > i &&
                    (d->toks.v[k - 1].w.flags & (W_ORGKEY | W_ORGPRE)))
                    org_phrase = 1;
                /* (an acronym opening a body's name is no name before
                 * "and": "the BMTC Staff and Workers' Federation") */
                /* (but an acronym alone before "and" is one: "ERCOT and
                 * Public Utility Commission officials") */
                /* (nor a place's name opening a body's, common words on
                 * both sides of "and": "Canada Mortgage and Housing
                 * Corporation", "Hellenic Air and Rail Safety Investigation
                 * Authority") */
                int place_led = k == i && has_cls(d, k, LX_GPE) && and_at > i + 1 &&
                                sift_tok_common(d, and_at - 1) && (d->toks.v[j - 1].w.flags & W_ORGKEY);
                if ((d->toks.v[k].flags & TF_CAP) && !sift_tok_common(d, k) && !has_cls(d, k, LX_NORP) &&
                    !(k == i && and_at > i + 1 && (d->toks.v[k].flags & TF_ALLCAPS) &&
                      (d->toks.v[j - 1].w.flags & W_ORGKEY)) &&
                    !place_led)
                    before_named = 1;
            }
            if (d->toks.v[i].w.flags & W_ORGPRE)
                org_phrase = 1;
            int ends_org = (d->toks.v[j - 1].w.flags & W_ORGKEY) != 0;
            /* (nor one plural of people before "and", then a body's name:
             * "Children and Families Agency", "Women and Equalities Office") */
            static const char *const people[] = {"children", "women", "men", "families", "youth", "workers",
                                                 "veterans", "seniors", "students", "farmers", NULL};
            int whose = and_at == i + 1 && ends_org && j <= and_at + 4 && sift_tok_in(d, i, people) &&
                        !after_named;
            /* (nor a firm's name that ends in its legal form: "Sahel Roads
             * and Structures Ltd") */
            int firm = (d->toks.v[j - 1].w.flags & W_COMPANY) && j > and_at + 2 && !after_named;
            if (!minister && !whose && !firm &&
                (after_named || before_org || (!org_phrase && !ends_org) || (before_named && !org_phrase)))
                j = and_at;
        }
        uint32_t title_at = 0;
        /* "Secretary of State Marco Rubio", "High Commissioner for Refugees Filippo Grandi" */
        /* (but not a body's "General": "National Directorate General for
         * Disaster Management") */
        int general_of_body = conn >= i + 2 && body_general(d, conn - 1);
        if (conn && (d->toks.v[conn - 1].w.flags & W_TITLE) &&
            (sift_tok_is(d, conn, "of") || sift_tok_is(d, conn, "for")) && !general_of_body)
            title_at = find_title(d, i, j, &title_at);
        /* "Minister of State for Child Care" with no name after it: an
         * office, neither a person nor a body called "State for ..." */
        int named = 0; /* (not "Secretary of State for the Economy Elena Marín") */
        for (uint32_t k = conn + 2; conn && k < j && !named; k++)
            named = has_cls(d, k, LX_FIRST);
        if (!title_at && conn && sift_tok_is(d, conn, "of") && conn + 1 < j && sift_tok_is(d, conn + 1, "state") &&
            (d->toks.v[conn - 1].w.flags & W_TITLE) && (d->toks.v[conn - 1].flags & TF_CAP) &&
            (conn + 2 == j || sift_tok_is(d, conn + 2, "for")) && !named) {
            i = j;
            continue;
        }
        /* "Marek Nowak of Vistula Partners": a person of an organisation */
        int person_of = conn && sift_tok_is(d, conn, "of") && conn - i >= 2 && conn - i <= 3 &&
                        !(d->toks.v[conn - 1].w.flags & (W_ORGKEY | W_ORGPRE)) &&
                        !(d->toks.v[i].w.flags & (W_ORGKEY | W_ORGPRE | W_TITLE)) &&
                        (has_cls(d, i, LX_FIRST) || model_type(d, i, conn) == ET_PERSON) &&
                        !lookup(d, i, j, NULL);
        /* (after a trade: "Volcanologist Ratna Kusuma of Gadjah Mada University") */
        person_of |= conn && sift_tok_is(d, conn, "of") && conn - i >= 3 && conn - i <= 4 && occupation_opens(d, i, conn);
        /* (an organisation's word may open the name after its owner:
         * "Turkey's Directorate General of Civil Aviation") */
        uint32_t own = i;
        for (uint32_t k = i + 1; k + 1 < conn; k++)
            if (d->toks.v[k].kind != TK_WORD && (d->toks.v[k].flags & TF_POSS))
                own = k + 1;
        if (title_at > conn || constituency_at(d, i, j))
            ; /* "Senator for Texas Ann Lee", "MP for North Wealdshire" */
        else if (person_of)
            j = conn;
        else if (conn && !org_list && !lookup(d, i, j, NULL) && !spelled_acronym(d, i, j) &&
                 !(d->toks.v[i].w.flags & W_ORGPRE) && !(d->toks.v[own].w.flags & W_ORGPRE) &&
            !(d->toks.v[j - 1].w.flags & W_ORGKEY) &&
            !(((d->toks.v[conn - 1].w.flags & (W_ORGKEY | W_ORGPRE)) || general_of_body) &&
              !sift_tok_is(d, conn, "and")) &&
            !(loc_pre(d, i) && sift_tok_is(d, conn, "of")) && !particle(d, conn) && !group_of_place(d, i, j))
            j = conn;
        const lex_entry *last = org_list ? lookup(d, j - 1, j, NULL) : NULL;
        if (last && last->cls == LX_GPE && strstr(last->info, "kind=country")) {
            if (add_mention(d, i, j, ET_ORG, MK_NAME, -1, NULL, "fields+country") != 0)
                return -1;
        } else if (utility) {
            if (add_mention(d, i, j, ET_ORG, MK_NAME, -1, NULL, "utility-name") != 0)
                return -1;
        } else if (classify_run(d, i, j) != 0)
            return -1;
        i = j;
    }
    lowercase_titles(d);
    saint_places(d);
    glued_plus(d);
    places_named_as_firms(d);
    firms_by_final_attribution(d);
    if (mark_surnames(d) != 0)
        return -1;
    return mark_org_repeats(d);
}
