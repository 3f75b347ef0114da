/*
 * speaker.c — who is speaking: which words are speech verbs, the noun
 * phrase around a speech verb, and the entity or source phrase it names.
 *
 * A speaker phrase is resolved in this order: a pronoun -> the last person
 * named outside quotations (gender-checked); a phrase whose head is a group
 * noun ("Ukrainian military officials", "U.S. intelligence") -> the phrase
 * itself; a person, organisation or place named in it -> that entity; a
 * determiner + title ("the Ukrainian president") -> the person introduced
 * with that title; any other short noun phrase -> the phrase.
 */
#include <string.h>
#include <strings.h>

#include "../doc_int.h"
#include "extract_int.h"
#include "../tag/tagger.h"
#include "../text/utf8.h"

int sift_tok_ends(const doc *d, uint32_t i, const char *suffix)
{
    const tok *t = &d->toks.v[i];
    size_t n = TOK_N(d, i), k = strlen(suffix);
    return t->kind == TK_WORD && !(t->flags & TF_CAP) && n > k + 1 &&
           memcmp(TOK_S(d, i) + n - k, suffix, k) == 0;
}

/* The relative pronoun "who", not the World Health Organization ("WHO"). */
static int is_who(const doc *d, uint32_t i)
{
    return sift_tok_is(d, i, "who") && !(d->toks.v[i].flags & TF_ALLCAPS);
}

int sift_time_colon(const doc *d, uint32_t i)
{
    return sift_is_punct(d, i, ':') && i > 0 && i + 1 < d->toks.n && d->toks.v[i - 1].kind == TK_NUM &&
           d->toks.v[i + 1].kind == TK_NUM && !(d->toks.v[i].flags & TF_SPACE) &&
           !(d->toks.v[i + 1].flags & TF_SPACE);
}

/* Is the quotation mark at i one around a name a person goes by ("known
 * as "Tono"", "nicknamed "El Flaco""): an opening mark after "as" or
 * "nicknamed" and up to three words in capitals, or its closing mark? */
int sift_goes_by(const doc *d, uint32_t open)
{
    if (open < 2 || (d->toks.v[open - 1].flags & TF_INQUOTE))
        return 0;
    if (sift_tok_is(d, open - 1, "nicknamed") || sift_tok_is(d, open - 1, "nickname"))
        return 1;
    uint32_t s0 = d->sents.v[d->toks.v[open].sent].t0;
    for (uint32_t k = open - 1; sift_tok_is(d, open - 1, "as") && k-- > s0 && k + 12 > open;)
        if (sift_tok_is(d, k, "known") || sift_tok_is(d, k, "only"))
            return 1;
    return 0;
}

static int nickname_mark(const doc *d, uint32_t i)
{
    uint32_t open = i, close = i;
    if (d->toks.v[i].flags & TF_QOPEN)
        while (close + 1 < d->toks.n && close < i + 5 && d->toks.v[++close].kind == TK_WORD)
            ;
    else
        while (open > 0 && open + 5 > i && d->toks.v[--open].kind == TK_WORD)
            ;
    if (open == 0 || close <= open + 1 || close > open + 4 || !sift_quote_mark(&d->toks.v[open]) ||
        !sift_quote_mark(&d->toks.v[close]) || !(d->toks.v[open].flags & TF_QOPEN) || !sift_goes_by(d, open))
        return 0;
    for (uint32_t k = open + 1; k < close; k++)
        if (!(d->toks.v[k].flags & TF_CAP))
            return 0;
    return 1;
}

static int is_boundary(const doc *d, uint32_t i)
{
    const tok *t = &d->toks.v[i];
    if (sift_time_colon(d, i))
        return 0; /* "from 05:00 on Monday, the utility said" */
    if (t->kind == TK_PUNCT && t->ment >= 0 && d->ments.v[t->ment].t0 < i)
        return 0; /* inside a name: "OPEC+" */
    if (sift_quote_mark(t) && nickname_mark(d, i))
        return 0;
    if (sift_quote_mark(t) || t->kind == TK_DASH)
        return 1; /* not the apostrophe of "Paros' main port" */
    if (t->kind == TK_PUNCT && !(t->flags & TF_POSS) && !(sift_is_punct(d, i, '-')) &&
        !(sift_is_punct(d, i, '.')) && !(sift_is_punct(d, i, '&')))
        return 1;
    if (t->kind == TK_PUNCT && sift_is_punct(d, i, '.') && !(t->flags & TF_ABBR))
        return 1;
    return sift_tok_is(d, i, "that") || sift_tok_is(d, i, "but") || sift_tok_is(d, i, "while") ||
           (sift_tok_is(d, i, "because") && !sift_tok_is(d, i + 1, "of")) || /* (not "because of the matter") */
           sift_tok_is(d, i, "when") || sift_tok_is(d, i, "as") ||
           sift_tok_is(d, i, "if") || sift_tok_is(d, i, "although") ||
           /* ("in five areas where an election tribunal ruled that") */
           (sift_tok_is(d, i, "where") && !(t->flags & TF_CAP));
}

static int is_adverb(const doc *d, uint32_t i)
{
    const tok *t = &d->toks.v[i];
    if (t->kind != TK_WORD || (t->flags & TF_CAP))
        return 0;
    size_t n = TOK_N(d, i);
    const char *s = TOK_S(d, i);
    return (n > 4 && memcmp(s + n - 2, "ly", 2) == 0) || sift_tok_is(d, i, "also") ||
           sift_tok_is(d, i, "later") || sift_tok_is(d, i, "then") || sift_tok_is(d, i, "again") ||
           sift_tok_is(d, i, "once") || sift_tok_is(d, i, "not") || sift_tok_is(d, i, "never") ||
           sift_tok_is(d, i, "now") || sift_tok_is(d, i, "still") || sift_tok_is(d, i, "already") ||
           sift_tok_is(d, i, "previously") || sift_tok_is(d, i, "currently") || sift_tok_is(d, i, "since") ||
           sift_tok_is(d, i, "often") || sift_tok_is(d, i, "seldom") || sift_tok_is(d, i, "always") ||
           (sift_tok_is(d, i, "long") && i > 0 && (d->toks.v[i - 1].w.flags & W_AUX)) || /* "have long argued" */
           /* ("The auditors nonetheless warned", "The company meanwhile said") */
           sift_tok_is(d, i, "nonetheless") || sift_tok_is(d, i, "nevertheless") || sift_tok_is(d, i, "meanwhile") ||
           sift_tok_is(d, i, "however") || sift_tok_is(d, i, "instead") ||
           /* ("The audit further found") */
           (sift_tok_is(d, i, "further") && i + 1 < d->toks.n && sift_is_cue(d, i + 1));
}

/* A lowercase point of the compass: "north" (of Tokyo), "southwest". */
int sift_compass(const doc *d, uint32_t k)
{
    static const char *const compass[] = {"north", "south", "east", "west", "northeast", "northwest",
                                          "southeast", "southwest", NULL};
    return sift_tok_in(d, k, compass) && !(d->toks.v[k].flags & TF_CAP);
}

/* A point of the compass at k, one word or two joined by a hyphen
 * ("south-east"), then "of": "north of Tokyo", "south-east of the capital". */
static int compass_of(const doc *d, uint32_t k)
{
    uint32_t e = k + 1;
    if (k + 3 < d->toks.n && sift_compass(d, k) && sift_is_punct(d, k + 1, '-') && sift_compass(d, k + 2) &&
        !(d->toks.v[k + 1].flags & TF_SPACE) && !(d->toks.v[k + 2].flags & TF_SPACE))
        e = k + 3;
    return e < d->toks.n && sift_compass(d, k) && sift_tok_is(d, e, "of");
}

uint32_t sift_title_word(const doc *d, uint32_t k, uint32_t hi)
{
    /* (after where it is held: "Ibrahim Maiga, Mali country director for ...") */
    int e = sift_entity_at(d, k);
    if (e >= 0 && (d->ents.v[e].type == ET_GPE || d->ents.v[e].type == ET_LOC))
        k = sift_name_end(d, k, hi);
    /* (a run of modifiers goes on: "principal deputy assistant attorney
     * general for ...") */
    for (uint32_t t = k; t < hi && (t < k + 3 || (t < k + 6 && (d->toks.v[t - 1].w.flags & W_TITLE_MOD))); t++) {
        const tok *u = &d->toks.v[t];
        if (sift_is_punct(d, t, '-') && t > k && !(u->flags & TF_SPACE))
            continue; /* "co-chair", "vice-president" */
        if (u->kind != TK_WORD || (u->flags & TF_CAP))
            return 0;
        if ((u->w.flags & W_TITLE) || (sift_tok_is(d, t, "head") && t + 1 < hi && sift_tok_is(d, t + 1, "of")))
            return t; /* "Vikram Desai-Holt, head of the ... Council," */
        /* "Priya Raghavan, research analyst at Meridian," */
        if ((u->w.flags & W_PERSON_NOUN) && t + 1 < hi &&
            (sift_tok_is(d, t + 1, "at") || sift_tok_is(d, t + 1, "with") ||
             sift_tok_is(d, t + 1, "for") || /* ("film critic for the daily La Cronaca") */
             sift_tok_is(d, t + 1, "of"))) /* ("Karen Liu, principal of a primary school") */
            return t;
    }
    return 0;
}

/* Nouns for a place: "the provincial capital, Ilagan,", "Niigata
 * prefecture, Japan's biggest rice-producing region,". */
static const char *const place_nouns[] = {"capital", "city", "town", "village", "province", "region", "district",
                                          "county", "state", "prefecture", "island", "port", "area", "country",
                                          NULL};

/* Participles for who saw a document without making it: "a letter ...
 * seen by Reuters", "minutes reviewed by The Associated Press". */
static const char *const seen_by[] = {"seen", "obtained", "reviewed", "leaked", NULL};

/* Words for a body's counts, which name the same document ("figures
 * released by the council ... . The data show"). */
static const char *const figure_nouns[] = {"figures", "data", "numbers", "statistics", NULL};

/* Is [k,end) an appositive ("a soldier stationed in the region"; after a
 * person's name, a bare title: "Rehana Chowdhury, president of the ...",
 * "Kim Jae-june, executive vice president of ...")? */
static int appositive(const doc *d, uint32_t k, uint32_t end)
{
    /* a title within its first words: "executive vice president of ..." */
    /* (past the person's age: "Jerzy Malinowski, 63, director of ...") */
    uint32_t pk = k >= 2 ? k - 2 : 0;
    if (pk >= 2 && d->toks.v[pk].kind == TK_NUM && TOK_N(d, pk) <= 3 && sift_is_punct(d, pk - 1, ','))
        pk -= 2;
    if (k >= 2 && sift_is_punct(d, k - 1, ',') && sift_title_word(d, k, end) && d->toks.v[pk].ment >= 0 &&
        d->ments.v[d->toks.v[pk].ment].type == ET_PERSON)
        return 1;
    /* "DTEK, Ukraine's largest private energy company, said": a possessive
     * phrase after a name describes it */
    /* (past the name's acronym: "The General Confederation of Labour
     * (CGT), France's second-largest union, said") */
    uint32_t nb = k >= 2 ? k - 2 : 0;
    if (nb >= 3 && sift_is_punct(d, nb, ')') && sift_is_punct(d, nb - 2, '('))
        nb -= 3;
    /* (and a place described: "A rice farmer in Niigata prefecture,
     * Japan's biggest rice-producing region, said") */
    int place_before = k >= 2 && ((d->toks.v[nb].ment >= 0 && (d->ments.v[d->toks.v[nb].ment].type == ET_GPE ||
                                                                 d->ments.v[d->toks.v[nb].ment].type == ET_LOC)) ||
                                  (sift_tok_in(d, nb, place_nouns) && !(d->toks.v[nb].flags & TF_CAP)));
    if (place_before && k + 2 < end && sift_is_punct(d, k - 1, ',') && sift_tok_in(d, end - 1, place_nouns) &&
        !(d->toks.v[end - 1].flags & TF_CAP) && d->toks.v[k].ment >= 0 &&
        d->ments.v[d->toks.v[k].ment].type == ET_GPE && (d->toks.v[d->ments.v[d->toks.v[k].ment].t1].flags & TF_POSS))
        return 1;
    /* (or places by their kind, no article: "Residents of Naivasha and
     * Gilgil, towns along the route, complained") */
    static const char *const places_kind[] = {"towns", "villages", "cities", "districts", "provinces", "regions",
                                              "islands", "ports", "counties", "suburbs", "neighbourhoods",
                                              "neighborhoods", NULL};
    if (place_before && k < end && sift_is_punct(d, k - 1, ',') && sift_tok_in(d, k, places_kind) &&
        !(d->toks.v[k].flags & TF_CAP))
        return 1;
    if (k >= 2 && k + 1 < end && sift_is_punct(d, k - 1, ',') && d->toks.v[nb].ment >= 0 &&
        (d->ments.v[d->toks.v[nb].ment].type == ET_PERSON ||
         d->ments.v[d->toks.v[nb].ment].type == ET_ORG)) {
        uint32_t p = k + 1;
        int e = sift_entity_at(d, k);
        while (e >= 0 && p < end && sift_entity_at(d, p) == e)
            p++;
        /* (a place may end it after a preposition: "UNICEF's chief of
         * nutrition in Nairobi", "FAO's coordinator for West Africa") */
        int placed = 0;
        for (uint32_t q = p + 1; q + 1 < end && !placed; q++)
            placed = (d->toks.v[q].w.flags & W_PREP) && !(d->toks.v[q].flags & TF_CAP) &&
                     sift_entity_at(d, end - 1) >= 0 && (d->ents.v[sift_entity_at(d, end - 1)].type == ET_GPE ||
                                                         d->ents.v[sift_entity_at(d, end - 1)].type == ET_LOC);
        if (p + 1 < end && (d->toks.v[p].flags & TF_POSS) && d->toks.v[p + 1].kind == TK_WORD &&
            (!(d->toks.v[end - 1].flags & TF_CAP) || placed))
            return 1;
        /* "Darren Whiteley, Reform UK's head of campaigns, told": a name
         * the lexicon lacks, then a possessive and a role */
        /* (or a role after words on its field: "Scottish Labour's higher
         * education spokeswoman") */
        if (d->ments.v[d->toks.v[nb].ment].type == ET_PERSON)
            for (uint32_t q = k + 1; q + 1 < end && q < k + 4; q++) {
                if (!(d->toks.v[q].flags & TF_POSS) || (d->toks.v[q + 1].flags & TF_CAP))
                    continue;
                if (d->toks.v[q + 1].w.flags & (W_TITLE | W_TITLE_MOD | W_PERSON_NOUN))
                    return 1;
                uint32_t r = q + 1;
                while (r < end && r < q + 5 && d->toks.v[r].kind == TK_WORD && !(d->toks.v[r].flags & TF_CAP) &&
                       !(d->toks.v[r].w.flags & (W_VERB | W_AUX | W_PREP | W_DET)))
                    r++;
                if (r == end && (d->toks.v[end - 1].w.flags & (W_TITLE | W_PERSON_NOUN)))
                    return 1;
            }
    }
    /* (or who owns or runs it: "Autostrade Tirreniche, majority-owned by
     * the fund Vela Capital Partners, said") */
    if (k >= 2 && k + 2 < end && sift_is_punct(d, k - 1, ',') && d->toks.v[nb].ment >= 0 &&
        d->ments.v[d->toks.v[nb].ment].type == ET_ORG)
        for (uint32_t q = k; q + 1 < end && q < k + 4 && (d->toks.v[q].kind == TK_WORD || sift_is_punct(d, q, '-'));
             q++)
            if (sift_tok_is(d, q + 1, "by") && (sift_tok_ends(d, q, "ed") || sift_tok_is(d, q, "run")) &&
                !(d->toks.v[q].flags & TF_CAP))
                return 1;
    /* (no person is a body named whole after "the": "In a letter to the
     * minister, Padraig Nolan, the Irish Seed Potato Growers' Association
     * said") */
    int body = k + 2 < end && sift_tok_is(d, k, "the") && nb > 0 && d->toks.v[nb].ment >= 0 &&
               d->ments.v[d->toks.v[nb].ment].type == ET_PERSON && sift_entity_at(d, k + 1) >= 0 &&
               d->ents.v[sift_entity_at(d, k + 1)].type == ET_ORG && sift_name_start(d, k + 1, k + 1) == k + 1 &&
               sift_name_end(d, k + 1, end) == end;
    if (body)
        return 0;
    return k < end && k > 0 && sift_is_punct(d, k - 1, ',') && (sift_tok_is(d, k, "a") || sift_tok_is(d, k, "an") ||
                       /* ("Conecta Nordeste, another losing bidder, said") */
                       (sift_tok_is(d, k, "another") && !(d->toks.v[k].flags & TF_CAP)) ||
                       /* ("Pacific Crest Mutual, one of California's largest insurers, said") */
                       /* (or "part of": "The union local, part of the Interior Forest Workers Union, said") */
                       ((sift_tok_is(d, k, "one") || sift_tok_is(d, k, "part")) && k + 2 < end &&
                        sift_tok_is(d, k + 1, "of") && !(d->toks.v[k].flags & TF_CAP)) ||
                       /* ("The City of Edmonton, home to about 1.1 million people, said") */
                       (sift_tok_is(d, k, "home") && k + 1 < end && sift_tok_is(d, k + 1, "to") &&
                        !(d->toks.v[k].flags & TF_CAP)) ||
                       /* ("Richard Mensah, now a BBC pundit, said") */
                       (sift_tok_is(d, k, "now") && k + 1 < end &&
                        (sift_tok_is(d, k + 1, "a") || sift_tok_is(d, k + 1, "an") || sift_tok_is(d, k + 1, "the"))) ||
                       is_who(d, k) || sift_tok_is(d, k, "whose") ||
                       sift_tok_is(d, k, "which") || sift_tok_is(d, k, "where") ||
                       sift_tok_is(d, k, "whom") || sift_tok_is(d, k, "once") ||
                       (sift_tok_is(d, k, "the") && !(d->toks.v[k].flags & TF_CAP)) ||
                       (d->toks.v[k].kind == TK_NUM && end - k <= 2));
}

static uint32_t after_based(const doc *d, uint32_t k, uint32_t hi);

/* "the family-run firm Hallmayer & Söhne", "the Dutch company Veldmark
 * NV": from a determiner at k, words, hyphens and nationalities, then the
 * kind of organisation and its name, which starts before hi; the name's
 * first token, or 0. */
/* "a coalition of student and youth groups called Gerakan Tambang Adil":
 * after the determiner at k, plain words with a kind of organisation
 * among them, "called" or "named", and an organisation's name (before
 * hi); where the name starts, or 0. */
static uint32_t org_called(const doc *d, uint32_t k, uint32_t hi)
{
    if (k >= hi || !(d->toks.v[k].w.flags & W_DET) || (d->toks.v[k].flags & TF_CAP))
        return 0;
    int kind = 0;
    /* (a hyphenated kind too: "a non-profit called Reciclar Chile") */
    for (uint32_t m = k + 1; m + 1 < hi && m < k + 12 && !(d->toks.v[m].flags & TF_CAP) &&
                             (d->toks.v[m].kind == TK_WORD || (sift_is_punct(d, m, '-') && sift_in_compound(d, m + 1)));
         m++) {
        kind |= sift_tok_org_kind(d, m) || (d->toks.v[m].w.flags & W_ORGKEY) ||
                (sift_hyphened_flags(d, m + 1) & W_ORGKIND);
        /* (past "the": "a coalition of environmental groups called the
         * Clean Drina Coalition") */
        uint32_t o = m + 1 + (m + 2 < hi && sift_tok_is(d, m + 1, "the"));
        int oe = sift_entity_at(d, o);
        if (kind && (sift_tok_is(d, m, "called") || sift_tok_is(d, m, "named")) && oe >= 0 &&
            d->ents.v[oe].type == ET_ORG)
            return o;
    }
    return 0;
}

static uint32_t org_after_kind(const doc *d, uint32_t k, uint32_t hi)
{
    if (k >= hi || !(d->toks.v[k].w.flags & W_DET) || (d->toks.v[k].flags & TF_CAP))
        return 0;
    uint32_t m = k + 1;
    int owned = 0; /* ("the family-owned Hedberg Media": a business's compound, no kind needed) */
    while (m < hi && m < k + 6) {
        uint32_t based = after_based(d, m, hi); /* ("the Warsaw-based security firm Kestrel Labs") */
        if (based > m) {
            m = based;
            continue;
        }
        if (sift_in_compound(d, m) && (sift_tok_is(d, m, "owned") || sift_tok_is(d, m, "run") ||
                                       sift_tok_is(d, m, "controlled") || sift_tok_is(d, m, "listed"))) {
            owned = 1;
            m++;
            continue;
        }
        if (!((d->toks.v[m].kind == TK_WORD && !(d->toks.v[m].flags & TF_CAP) &&
               (!(d->toks.v[m].w.flags & (W_AUX | W_CUE | W_VERB | W_PREP)) ||
                (m + 2 < hi && sift_in_compound(d, m + 2)))) || /* ("state-controlled") */
              sift_is_punct(d, m, '-') ||
              (sift_entity_at(d, m) >= 0 && d->ents.v[sift_entity_at(d, m)].type == ET_NORP)))
            break;
        m++;
    }
    int oe = m < hi ? sift_entity_at(d, m) : -1;
    if (oe >= 0 && d->ents.v[oe].type == ET_ORG && m > k + 1 && (sift_tok_org_kind(d, m - 1) || owned))
        return m;
    return org_called(d, k, hi);
}

int sift_in_compound(const doc *d, uint32_t k)
{
    return k > 1 && sift_is_punct(d, k - 1, '-') && !(d->toks.v[k - 1].flags & TF_SPACE) &&
           !(d->toks.v[k].flags & TF_SPACE);
}

/* A word of five letters or more ending in "-ing", in any case ("Speaking",
 * "standing"; sift_tok_ends takes lower case only). */
static int ing_form(const doc *d, uint32_t k)
{
    size_t n = TOK_N(d, k);
    return d->toks.v[k].kind == TK_WORD && n > 4 && memcmp(TOK_S(d, k) + n - 3, "ing", 3) == 0;
}

/* A lower-case word the tagger calls a verb, not inside a compound. */
static int tagged_verb(const doc *d, uint32_t k)
{
    const tok *t = &d->toks.v[k];
    return (t->upos == SIFT_UPOS_VERB || t->upos == SIFT_UPOS_AUX) && !(t->flags & TF_CAP) && !sift_in_compound(d, k);
}

/* "The Mumbai-based company", "A London-based trader", "The San Jose,
 * California-based company", "Singapore-headquartered carrier": after the
 * place "-based" that opens [k,hi), where the noun it describes starts; k
 * when there is none. */
static uint32_t after_based(const doc *d, uint32_t k, uint32_t hi)
{
    uint32_t b = k;
    while (b + 2 < hi && (sift_entity_at(d, b) >= 0 || sift_is_punct(d, b, ',')))
        b++;
    return b > k && b + 2 < hi && sift_is_punct(d, b, '-') &&
                   (sift_tok_is(d, b + 1, "based") || sift_tok_is(d, b + 1, "headquartered"))
               ? b + 2
               : k;
}

/* Does [k,end) hold a verb (a clause, not "as Dũng")? */
static int has_verb(const doc *d, uint32_t k, uint32_t end)
{
    for (uint32_t i = k; i < end; i++)
        if (sift_finite_verb(d, i))
            return 1;
    return 0;
}

/* The possessive mark after the entity that starts at token i, when it
 * comes before hi ("Gharbi's father": the "'s"), else 0. An owner is not
 * whom the phrase names. */
uint32_t sift_owner_mark(const doc *d, uint32_t i, uint32_t hi)
{
    uint32_t k = sift_name_end(d, i, hi);
    return k > i && k < hi && (d->toks.v[k].flags & TF_POSS) ? k : 0;
}

/* Does [k,end) name someone: an entity, a pronoun, a title? Not an owner:
 * "Trần's second" names the second, not Trần. */
static int names_someone(const doc *d, uint32_t k, uint32_t end, int persons_only)
{
    for (uint32_t i = k; i < end; i++) {
        int e = sift_entity_at(d, i);
        uint32_t own = sift_owner_mark(d, i, end);
        if (own) {
            i = own;
            continue;
        }
        if (e >= 0 && (!persons_only || d->ents.v[e].type == ET_PERSON))
            return 1;
        if (!persons_only && (d->toks.v[i].w.flags & W_PRONOUN) && end - k == 1)
            return 1;
    }
    return 0;
}

/* Does [k,end) name a person or an organisation (not only places)? */
static int names_agent(const doc *d, uint32_t k, uint32_t end)
{
    for (uint32_t i = k; i < end; i++) {
        int e = sift_entity_at(d, i);
        if (e >= 0 && (d->ents.v[e].type == ET_PERSON || d->ents.v[e].type == ET_ORG))
            return 1;
        if ((d->toks.v[i].w.flags & W_PRONOUN) && end - k == 1)
            return 1;
    }
    return 0;
}

const char *const sift_subject_pronouns[] = {"it", "they", "he", "she", "we", NULL};
const char *const sift_aside_conjunctions[] = {"if", "unless", "once", "when", "while", "though", "although", NULL};

/* Start of the segment that ends at `end`: back to a boundary, stepping
 * over a parenthesis ("The Philippine Institute ... (PHIVOLCS) said"). */
static uint32_t segment_start(const doc *d, uint32_t end, uint32_t lo)
{
    uint32_t k = end;
    while (k > lo) {
        if (sift_is_punct(d, k - 1, ')')) {
            uint32_t m = k - 1;
            while (m > lo && !sift_is_punct(d, m - 1, '('))
                m--;
            if (m > lo) {
                k = m - 1;
                continue;
            }
        }
        /* "who once worked as a nurse": "as" after a verb of serving is a
         * preposition, no boundary (but "Prices rose as analysts said") */
        static const char *const serve[] = {"worked", "works", "serves", "served", "serving", "trained",
                                            "employed", "hired", "appointed", "named", "elected",
                                            "joined", "retired", "started", "began", "acted", "stood",
                                            "ran", "known", "volunteered", "volunteers", "selected", "chosen",
                                            "nominated", "picked", "promoted", "reappointed", "installed",
                                            "acts", "act", "acting", "serve", "work", "working", "doubles", NULL};
        /* ("They said their own records showed": the clause a pronoun's
         * verb of saying opens is a subject's own) */
        if (k - 1 > lo && d->toks.v[k - 1].upos == SIFT_UPOS_VERB && sift_tok_in(d, k - 2, sift_subject_pronouns) &&
            sift_is_cue(d, k - 1))
            break;
        /* ("apologised on Tuesday after an independent panel concluded": a
         * clause of time opens at its conjunction when only a phrase
         * stands between it and the verb) */
        static const char *const times[] = {"after", "before", "until", "since", NULL};
        /* (not a document's participle: "A state government review
         * completed after the last fire season found") */
        if (k - 1 > lo && sift_tok_in(d, k - 1, times) && !(d->toks.v[k - 1].flags & TF_CAP) && k < end &&
            (d->toks.v[k].w.flags & W_DET) && !has_verb(d, k, end) && end < d->toks.n && sift_is_cue(d, end) &&
            d->toks.v[k - 2].kind == TK_WORD &&
            !(k - 2 > lo && sift_tok_ends(d, k - 2, "ed") && sift_document_noun(d, k - 3)))
            break;
        /* ("The hospital where she works said": a clause of its own after
         * "where" is no subject) */
        if (!is_boundary(d, k - 1) || (sift_tok_is(d, k - 1, "where") && has_verb(d, k, end))) {
            k--;
            continue;
        }
        if (sift_tok_is(d, k - 1, "as")) {
            /* (nor after time spent: "who spent a decade as a staff attorney") */
            /* (nor in a participle's aside: ", submitted as evidence by the
             * plaintiffs,") */
            /* (nor before a preposition: ", carried out as at 31 March,") */
            int as_prep = k - 1 > lo && (sift_tok_in(d, k - 2, serve) ||
                                         (k - 2 > lo && sift_tok_ends(d, k - 2, "ed") && sift_is_punct(d, k - 3, ',')));
            as_prep |= k < end && (d->toks.v[k].w.flags & W_PREP) && !(d->toks.v[k].flags & TF_CAP);
            /* (nor after "known": "known to everyone in Torre-Pacheco as Tono") */
            for (uint32_t b = k - 1; b-- > lo && b + 10 > k && !as_prep;) {
                if (d->toks.v[b].kind != TK_WORD && d->toks.v[b].kind != TK_NUM && !sift_is_punct(d, b, '-'))
                    break;
                as_prep = ((sift_tok_is(d, b, "spent") || sift_tok_is(d, b, "spending") ||
                            sift_tok_is(d, b, "spends")) && b + 5 > k) ||
                          sift_tok_is(d, b, "known");
            }
            /* (nor before a role with no verb of its own: "who caddied for
             * him as a teenager,") */
            /* (or "sworn in as chief minister later this week,": a title
             * with no article) */
            int as_role = k < end && (sift_tok_is(d, k, "a") || sift_tok_is(d, k, "an") ||
                                      ((d->toks.v[k].w.flags & (W_TITLE | W_TITLE_MOD)) &&
                                       !(d->toks.v[k].flags & TF_CAP) && sift_is_punct(d, end, ',')));
            for (uint32_t m = k; as_role && m < end; m++)
                as_role = !sift_finite_verb(d, m) && d->toks.v[m].kind != TK_QUOTE;
            /* (nor before an adjective: "criticised the regulator as slow,") */
            int as_adj = k < end;
            for (uint32_t m = k; as_adj && m < end; m++)
                as_adj = d->toks.v[m].upos == SIFT_UPOS_ADJ || d->toks.v[m].upos == SIFT_UPOS_ADV;
            if (!as_prep && !as_role && !as_adj)
                break;
        } else if (!(sift_tok_is(d, k - 1, "that") && k - 1 > lo && (d->toks.v[k - 2].w.flags & W_PREP))) {
            break; /* (not "Asked about that criticism": "that" after a preposition is a determiner) */
        }
        k--;
    }
    return k;
}

int sift_in_subtree(const doc *d, uint32_t k, uint32_t root)
{
    for (int steps = 0; steps < 64; steps++) {
        if (k == root)
            return 1;
        int32_t h = d->toks.v[k].head;
        if (h < 0)
            return 0;
        k = (uint32_t)h;
    }
    return 0;
}

/*
 * The subject of the verb at `cue` from the dependency parse: its nsubj
 * dependent and the contiguous words that hang from it, stopping at
 * punctuation (an appositive "..., a soldier stationed ...," is left out).
 * Returns 1 with [*np0,*np1), or 0 when the sentence has no parse or no subject.
 */
static int parsed_subject(const doc *d, uint32_t cue, uint32_t lo, uint32_t *np0, uint32_t *np1)
{
    if (!d->toks.v[cue].deprel)
        return 0;
    const sent *st = &d->sents.v[d->toks.v[cue].sent];
    for (uint32_t k = st->t0 > lo ? st->t0 : lo; k < cue; k++) {
        const tok *t = &d->toks.v[k];
        if (t->head != (int32_t)cue || !t->deprel || strncmp(t->deprel, "nsubj", 5) != 0)
            continue;
        /* "its own study, which estimated": the noun the relative clause
         * hangs on */
        int32_t ante = d->toks.v[cue].head;
        if ((sift_tok_is(d, k, "which") || is_who(d, k) || sift_tok_is(d, k, "that")) && d->toks.v[cue].deprel &&
            strncmp(d->toks.v[cue].deprel, "acl", 3) == 0 && ante >= (int32_t)lo && ante >= (int32_t)st->t0 &&
            ante < (int32_t)k)
            k = (uint32_t)ante;
        uint32_t a = k, b = k + 1;
        while (a > lo && a > st->t0 && d->toks.v[a - 1].kind != TK_PUNCT &&
               d->toks.v[a - 1].kind != TK_QUOTE && sift_in_subtree(d, a - 1, k))
            a--;
        while (b < cue && d->toks.v[b].kind != TK_PUNCT && d->toks.v[b].kind != TK_QUOTE &&
               sift_in_subtree(d, b, k))
            b++;
        *np0 = a;
        *np1 = b;
        return 1;
    }
    return 0;
}

static int heuristic_subject(const doc *d, uint32_t cue, uint32_t lo, uint32_t *np0, uint32_t *np1);
/* Parts of an organisation that speak for themselves ("the Hanbit branch of
 * the Korean Metal Workers' Union"). */
static const char *const org_parts[] = {"branch", "chapter", "wing", "arm", "section", NULL};
static int ends_with_word(const char *name, const char *s, size_t n);
static int person_or_group(const doc *d, uint32_t i);
static int person_word(const doc *d, uint32_t i);
static int entity_list(const doc *d, uint32_t np0, uint32_t np1);
static int its_org(const doc *d, uint32_t i);
static int quote_goes_on(const doc *d, uint32_t s);
static int made_by(const doc *d, uint32_t i);
static int own_document(const doc *d, uint32_t np0, uint32_t np1);
static int spokes_for(const doc *d, uint32_t f, uint32_t np1);
static int opened_speaking(const doc *d, uint32_t s, int depth);
static int institution_noun(const doc *d, uint32_t k);
static int when_made(const doc *d, uint32_t i);
static int plain_words(const doc *d, uint32_t a, uint32_t b);
static size_t quotes_before(const doc *d, size_t from, size_t *nd);
static const sift_quote *last_said_before(const doc *d, uint32_t at);

/*
 * "A senior diplomat who asked not to be named because of the sensitivity of
 * the matter said", "A 41-year-old teacher who reached El Obeid on Friday
 * told": a short noun phrase opening the sentence, then a relative clause
 * with no comma up to the verb at j. The noun phrase is the subject.
 */
static int relative_subject(const doc *d, uint32_t j, uint32_t lo, uint32_t *np0, uint32_t *np1)
{
    uint32_t s0 = sift_body_start(d, d->toks.v[j].sent);
    if (s0 < lo)
        s0 = lo;
    /* (after an opening phrase of place or time: "Outside the Porta Marina
     * entrance, a licensed guide who has led tours ... said"; and past a
     * relative clause on the place, which has a verb: "In Ha Nam
     * province, where the line crosses rice fields south of the capital,
     * families who gave up land say") */
    for (int part = 0; part < 2; part++) {
        int where = part && s0 > lo && sift_is_punct(d, s0 - 1, ',') &&
                    (sift_tok_is(d, s0, "where") || sift_tok_is(d, s0, "which"));
        if (part ? !where : !(d->toks.v[s0].w.flags & W_PREP) || (d->toks.v[s0].flags & TF_INQUOTE))
            continue;
        /* (a relative clause on its place too: "At a sportswear factory in
         * Dong Nai province that supplies a European brand, a line leader
         * who asked not to be named said") */
        for (uint32_t k = s0 + 1, rel = 0; k + 3 < j && k < s0 + (where || rel ? 22 : 14); k++) {
            rel |= (sift_tok_is(d, k, "that") || sift_tok_is(d, k, "which")) && !where && k > s0 + 2 &&
                   d->toks.v[k - 1].kind == TK_WORD && !(d->toks.v[k].flags & TF_CAP);
            if (d->toks.v[k].kind == TK_QUOTE || (where ? sift_is_cue(d, k) : sift_finite_verb(d, k) && !rel))
                break;
            if (sift_is_punct(d, k, ',')) {
                s0 = k + 1;
                break;
            }
        }
    }
    /* (and past a second phrase of where, with no verb: "At Chitungwiza
     * Central Hospital, south of Harare, a nurse manager who asked") */
    if (s0 > lo + 1 && sift_is_punct(d, s0 - 1, ',') && !(d->toks.v[s0].w.flags & W_DET) &&
        !(d->toks.v[s0].flags & TF_INQUOTE)) {
        uint32_t k = s0;
        while (k < j && k < s0 + 7 && d->toks.v[k].kind == TK_WORD && !sift_finite_verb(d, k) && !sift_is_cue(d, k))
            k++;
        if (k > s0 + 1 && k + 1 < j && sift_is_punct(d, k, ',') && (d->toks.v[k + 1].w.flags & W_DET))
            s0 = k + 1;
    }
    /* (or "An independent inquiry into the wildfire that swept through
     * ... found": "that" or "which" and a verb, after a preposition's
     * phrase, which the subject ends before) */
    uint32_t prep = 0;
    for (uint32_t w = s0 + 1; w + 1 < j && w < s0 + 10; w++) {
        const tok *t = &d->toks.v[w];
        /* (or right after the noun: "The Seoul court that approved his
         * arrest said", "A human rights group that has documented the
         * complaints said") */
        int rel_that = (sift_tok_is(d, w, "that") || sift_tok_is(d, w, "which")) && !(t->flags & TF_CAP) &&
                       (prep ||
                        (w > s0 + 1 && (d->toks.v[w - 1].upos == SIFT_UPOS_NOUN || sift_in_compound(d, w - 1)))) &&
                       sift_finite_verb(d, w + 1) && !sift_is_cue(d, w + 1);
        /* (past a second place: "An administrator at a private clinic in
         * Bogota that treats ...") */
        if (!rel_that && (t->w.flags & W_PREP) && !(t->flags & TF_CAP) && w > s0 + 1 && !sift_tok_is(d, w, "that") &&
            (!prep || (d->toks.v[w - 1].kind == TK_WORD && !(d->toks.v[w].w.flags & (W_AUX | W_VERB))))) {
            prep = prep ? prep : w;
            continue;
        }
        /* (past the words of a compound: "An Eldoret-based start-up that
         * tests soil ... says") */
        if (!rel_that && (sift_in_compound(d, w) || (sift_is_punct(d, w, '-') && !(t->flags & TF_SPACE))))
            continue;
        if (!rel_that && (t->kind == TK_QUOTE || (t->flags & TF_INQUOTE) || sift_is_punct(d, w, ',') ||
                          (t->w.flags & (W_AUX | W_VERB | W_PREP)) || sift_is_cue(d, w)))
            return 0;
        /* (or "whose": "A local government leader whose town will lose its
         * only bank said") */
        int who = is_who(d, w) || (sift_tok_is(d, w, "whose") && !(t->flags & TF_CAP));
        if (!who && !rel_that)
            continue;
        /* (or a plural noun alone: "Auditors who inspected 57 streets
         * listed as resurfaced found") */
        /* (or with a word before it and a place after it: "Business
         * owners in Clonmel whose premises flooded this month say") */
        uint32_t ph = (prep ? prep : w) - 1;
        int plural = (w == s0 + 1 || (ph == s0 + 1 && !(d->toks.v[ph].flags & TF_CAP) &&
                                      d->toks.v[s0].kind == TK_WORD && !(d->toks.v[s0].w.flags & W_DET))) &&
                     d->toks.v[ph].kind == TK_WORD && TOK_N(d, ph) > 3 && TOK_S(d, ph)[TOK_N(d, ph) - 1] == 's' &&
                     !(d->toks.v[ph].flags & TF_POSS) &&
                     (d->toks.v[ph].upos == SIFT_UPOS_NOUN ||
                      (d->toks.v[ph].upos == SIFT_UPOS_PROPN && (d->toks.v[ph].flags & TF_SENT)));
        /* (a person's "who" after a place: "A retired fisherman from A
         * Coruna who invested ... said" is the fisherman) */
        if ((!(d->toks.v[s0].w.flags & W_DET) && d->toks.v[s0].kind != TK_NUM && !plural) ||
            (prep && !rel_that && !who))
            return 0; /* "A ...", "The ...", "Two ...": a phrase, not a clause */
        /* (a second relative clause between commas: "A patroller who has
         * worked there for a decade, and who asked not to be named, said") */
        int second = 0;
        for (uint32_t k = w + 1; k < j; k++) {
            /* (or one with no "and": "..., who asked not to be named for
             * fear of losing the contract, said") */
            if (sift_is_punct(d, k, ',') && k + 2 < j && sift_tok_is(d, k + 1, "and") && is_who(d, k + 2)) {
                second = 1;
                k += 2;
                continue;
            }
            if (sift_is_punct(d, k, ',') && k + 1 < j && is_who(d, k + 1) && !second) {
                second = 1;
                k += 1;
                continue;
            }
            if (second && k + 1 == j && sift_is_punct(d, k, ','))
                continue;
            if ((d->toks.v[k].kind == TK_QUOTE && !(d->toks.v[k].flags & TF_POSS)) || /* (not "farmers'") */
                sift_is_punct(d, k, ',') || sift_is_punct(d, k, ';') || d->toks.v[k].kind == TK_DASH)
                return 0;
        }
        *np0 = s0;
        *np1 = prep ? prep : w;
        return 1;
    }
    return 0;
}

/* The subject of a speech verb: the word-order rules first (tuned on news
 * attribution), the parse where they find none. */
/* Are the tokens [a, b) all words of a date the date stage read ("Last
 * month", "Monday")? */
static int all_dated(const doc *d, uint32_t a, uint32_t b)
{
    for (uint32_t k = a; k < b; k++)
        if (!(d->toks.v[k].flags & TF_USED))
            return 0;
    return 1;
}

/* Is [np0, np1), before a comma and the cue after it, a phrase that opens
 * the sentence before its subject: a date ("Last month, the minister
 * argued"), one adverb ("Still, ...") or a preposition's phrase ("In a
 * written response, ...")? */
static int opener_before_subject(const doc *d, uint32_t np0, uint32_t np1, uint32_t cue)
{
    if (np1 <= np0 || np1 + 2 >= cue || !sift_is_punct(d, np1, ',') || (d->toks.v[np0].flags & TF_INQUOTE) ||
        np0 != sift_body_start(d, d->toks.v[np0].sent))
        return 0;
    int dated = all_dated(d, np0, np1);
    /* (no clause of its own: not "Among the protesters was Declan Murphy, 52, ...") */
    for (uint32_t k = np0; k < np1; k++)
        if (np1 > np0 + 8 || (d->toks.v[k].w.flags & W_AUX) ||
            (sift_finite_verb(d, k) && !sift_past_participle(d, k) && !sift_tok_ends(d, k, "ed")) ||
            (sift_entity_at(d, k) >= 0 && d->ents.v[sift_entity_at(d, k)].type == ET_PERSON))
            return 0;
    /* (or a common word of where the tagger may not call an adverb:
     * "Upstream, the Czech Hydrometeorological Institute reported") */
    const tok *w = &d->toks.v[np0];
    int where = np1 == np0 + 1 && w->kind == TK_WORD && sift_tok_common(d, np0) &&
                !(w->w.flags & (W_GROUP | W_PERSON_NOUN | W_TITLE | W_ORGKEY | W_PRONOUN)) &&
                TOK_S(d, np0)[TOK_N(d, np0) - 1] != 's' && !sift_tok_org_kind(d, np0) && !sift_document_noun(d, np0) &&
                ((d->toks.v[np1 + 1].w.flags & W_DET) || sift_entity_at(d, np1 + 1) >= 0);
    return dated || (np1 == np0 + 1 && (w->upos == SIFT_UPOS_ADV || where) && sift_entity_at(d, np0) < 0) ||
           ((d->toks.v[np0].w.flags & W_PREP) && !sift_tok_is(d, np0, "according") && sift_entity_at(d, np0) < 0);
}

/* The first token after the comma (or quotation mark) last before k, no
 * further back than lo or 20 tokens: where the words before k began. */
static uint32_t after_comma_before(const doc *d, uint32_t k, uint32_t lo)
{
    uint32_t s0 = k;
    while (s0 > lo && s0 + 20 > k && !sift_is_punct(d, s0 - 1, ',') && d->toks.v[s0 - 1].kind != TK_QUOTE)
        s0--;
    return s0;
}

int sift_subject_before(const doc *d, uint32_t cue, uint32_t lo, uint32_t *np0, uint32_t *np1)
{
    /* "..., according to the Kenya Red Cross, which said it had": the
     * name right before ", which", whatever the parse hangs the clause on */
    /* (or its auxiliary: "an appeal by the Queensland government, which
     * had argued that") */
    uint32_t wh = cue - (cue >= lo + 4 && (d->toks.v[cue - 1].w.flags & W_AUX) &&
                         !(d->toks.v[cue - 1].flags & (TF_CAP | TF_INQUOTE)));
    if (wh >= lo + 3 && sift_tok_is(d, wh - 1, "which") && !(d->toks.v[wh - 1].flags & (TF_CAP | TF_INQUOTE)) &&
        sift_is_punct(d, wh - 2, ',')) {
        /* (past its name in brackets: "the General Directorate of Highways
         * (Karayolları Genel Müdürlüğü), which said") */
        uint32_t ne = wh - 3;
        if (sift_is_punct(d, ne, ')'))
            for (uint32_t k = ne; k-- > lo + 1 && k + 10 > ne;)
                if (sift_is_punct(d, k, '(')) {
                    ne = k - 1;
                    break;
                }
        int x = ne < wh - 3 || !sift_is_punct(d, ne, ')') ? sift_entity_at(d, ne) : -1;
        uint32_t n0 = x >= 0 ? sift_name_start(d, ne, lo) : 0;
        /* (a "which" says it is a body, whatever type the name was given) */
        if (x >= 0 && (d->ents.v[x].type == ET_ORG || d->ents.v[x].type == ET_PERSON) && n0 >= lo &&
            !(d->toks.v[n0].flags & TF_INQUOTE)) {
            *np0 = n0;
            *np1 = ne + 1;
            return 1;
        }
        /* (or a place's body by its kind: "the Queensland government") */
        x = ne > lo + 2 && institution_noun(d, ne) && !(d->toks.v[ne].flags & TF_CAP) ? sift_entity_at(d, ne - 1) : -1;
        n0 = x >= 0 && d->ents.v[x].type == ET_GPE ? sift_name_start(d, ne - 1, lo) : 0;
        if (n0 > lo && sift_tok_is(d, n0 - 1, "the") && !(d->toks.v[n0].flags & TF_INQUOTE)) {
            *np0 = n0 - 1;
            *np1 = ne + 1;
            return 1;
        }
        /* (or a body by its words after figures from it: "His argument
         * draws on figures from the ministry's evaluation office, which
         * show") */
        for (uint32_t f = ne; f > lo + 1 && f + 8 > ne; f--) {
            if (d->toks.v[f].kind != TK_WORD && !(d->toks.v[f].flags & TF_POSS))
                break;
            if ((sift_tok_is(d, f, "from") || sift_tok_is(d, f, "by")) && !(d->toks.v[f].flags & TF_CAP)) {
                if (sift_document_noun(d, f - 1) && sift_tok_is(d, f + 1, "the") && f + 2 < ne &&
                    (institution_noun(d, ne) || sift_tok_org_kind(d, ne)) && !(d->toks.v[ne].flags & TF_CAP) &&
                    !(d->toks.v[f].flags & TF_INQUOTE)) {
                    *np0 = f + 1;
                    *np1 = ne + 1;
                    return 1;
                }
                break;
            }
            if (sift_finite_verb(d, f) || sift_is_cue(d, f))
                break;
        }
    }
    /* "Taxi Unit Barcelona, a drivers' collective, which said", "Safiri, a
     * Nairobi-based platform that says": the organisation a description in
     * apposition is on, which the relative clause is on too */
    if (cue >= lo + 5 && (sift_tok_is(d, cue - 1, "which") || sift_tok_is(d, cue - 1, "that")) &&
        !(d->toks.v[cue - 1].flags & (TF_CAP | TF_INQUOTE))) {
        uint32_t k = cue - 1 - sift_is_punct(d, cue - 2, ','), m = k;
        while (m > lo + 2 && m + 10 > k && !sift_is_punct(d, m - 1, ',') &&
               (d->toks.v[m - 1].kind == TK_WORD || (d->toks.v[m - 1].flags & TF_POSS) ||
                (sift_is_punct(d, m - 1, '-') && !(d->toks.v[m - 1].flags & TF_SPACE))))
            m--;
        int x = m > lo + 2 && sift_is_punct(d, m - 1, ',') && (sift_tok_is(d, m, "a") || sift_tok_is(d, m, "an"))
                    ? sift_entity_at(d, m - 2)
                    : -1;
        if (x >= 0 && d->ents.v[x].type == ET_ORG && k > m + 1 && !(d->toks.v[m - 2].flags & TF_INQUOTE)) {
            *np0 = sift_name_start(d, m - 2, lo);
            *np1 = m - 1;
            return 1;
        }
    }
    /* ("Patrons leaving a fundraising recital at the company's studio on
     * Tuesday night said": a plural noun opening the sentence and a
     * participle's phrase on it, with no verb or comma of its own) */
    uint32_t pb = sift_body_start(d, d->toks.v[cue].sent);
    if (pb >= lo && cue > pb + 3 && d->toks.v[pb].kind == TK_WORD && d->toks.v[pb].upos == SIFT_UPOS_NOUN &&
        TOK_N(d, pb) > 3 && TOK_S(d, pb)[TOK_N(d, pb) - 1] == 's' && !(d->toks.v[pb].flags & TF_INQUOTE) &&
        sift_entity_at(d, pb) < 0 && sift_tok_ends(d, pb + 1, "ing") && d->toks.v[pb + 1].upos == SIFT_UPOS_VERB) {
        uint32_t k = pb + 2;
        while (k < cue && d->toks.v[k].kind != TK_QUOTE && !sift_is_punct(d, k, ',') && !sift_finite_verb(d, k))
            k++;
        if (k == cue) {
            *np0 = pb;
            *np1 = pb + 1;
            return 1;
        }
    }
    /* ("The protesters, most of them from the Democratic Republic of
     * Congo, said", "..., many of them farmers, said", "..., mostly from
     * Kenya, said": an aside on how many of them follows the subject) */
    static const char *const shares[] = {"most", "many", "some", "all", "several", "few", "half", "none",
                                         "both", NULL};
    static const char *const mostly[] = {"mostly", "mainly", "largely", "chiefly", "predominantly", NULL};
    if (cue >= lo + 5 && sift_is_punct(d, cue - 1, ',') && !(d->toks.v[cue - 1].flags & TF_INQUOTE)) {
        uint32_t k = cue - 2;
        while (k > lo + 1 && k + 14 > cue && !sift_is_punct(d, k, ',') && d->toks.v[k].kind != TK_QUOTE)
            k--;
        uint32_t w = k + 1;
        int aside = sift_is_punct(d, k, ',') && w + 2 < cue && !(d->toks.v[w].flags & TF_CAP) &&
                    (((sift_tok_in(d, w, shares) || (d->toks.v[w].w.flags & W_VAGUE)) && sift_tok_is(d, w + 1, "of") &&
                      (sift_tok_is(d, w + 2, "them") || sift_tok_is(d, w + 2, "whom"))) ||
                     sift_tok_in(d, w, mostly));
        if (aside && k > lo + 1 && d->toks.v[k - 1].upos == SIFT_UPOS_NOUN && sift_tok_ends(d, k - 1, "s") &&
            heuristic_subject(d, k, lo, np0, np1))
            return 1;
    }
    int found = heuristic_subject(d, cue, lo, np0, np1) ||
                (sift_parse_sentence(d, d->toks.v[cue].sent) && parsed_subject(d, cue, lo, np0, np1));
    /* ("Financiera Tequio, a lender with about 220,000 clients across
     * Oaxaca, Chiapas and Guerrero, said": places a preposition governs, at
     * the end of a description in apposition, are no subject; the name the
     * sentence opens with is) */
    if (found && *np0 > lo + 1 && (d->toks.v[*np0 - 1].w.flags & W_PREP) && !(d->toks.v[*np0 - 1].flags & TF_CAP)) {
        int places = 1;
        for (uint32_t k = *np0; k < *np1 && places; k++) {
            int x = sift_entity_at(d, k);
            places = (x >= 0 && (d->ents.v[x].type == ET_GPE || d->ents.v[x].type == ET_LOC)) ||
                     sift_is_punct(d, k, ',') || sift_tok_is(d, k, "and");
        }
        uint32_t b = sift_body_start(d, d->toks.v[cue].sent);
        b += sift_tok_is(d, b, "the") && b + 1 < *np0;
        int x = places ? sift_entity_at(d, b) : -1;
        uint32_t be = x >= 0 ? sift_name_end(d, b, *np0) : b;
        if (x >= 0 && (d->ents.v[x].type == ET_ORG || d->ents.v[x].type == ET_PERSON) && b >= lo && be < *np0 &&
            sift_is_punct(d, be, ',') && appositive(d, be + 1, *np0) && !(d->toks.v[b].flags & TF_INQUOTE)) {
            *np0 = b;
            *np1 = be;
            return 1;
        }
        /* (or a document the sentence opens with: "The centre's survey of
         * 1,450 households in Cusco, Puno and Apurimac also found") */
        uint32_t o = b;
        while (places && o < *np0 && o < b + 5 && !sift_tok_is(d, o, "of") && !(d->toks.v[o].flags & TF_INQUOTE))
            o++;
        if (places && o > b && o < *np0 && sift_tok_is(d, o, "of") && sift_document_noun(d, o - 1)) {
            *np0 = b - (b > lo && sift_tok_is(d, b - 1, "the"));
            *np1 = o;
            return 1;
        }
    }
    /* ("The Fair Vote Coalition, a network of monitors, on Monday
     * demanded": a date right before the verb, after a description in
     * apposition, is no subject; the name the sentence opens with is) */
    if (found && *np1 == cue && *np0 > 2 && sift_is_punct(d, *np0 - 1, ',') &&
        !(d->toks.v[*np0].flags & TF_INQUOTE)) {
        int dated = all_dated(d, *np0 + ((d->toks.v[*np0].w.flags & W_PREP) != 0), *np1);
        uint32_t b = sift_body_start(d, d->toks.v[cue].sent), c0 = b;
        while (c0 < *np0 - 1 && !sift_is_punct(d, c0, ','))
            c0++;
        int x = sift_entity_at(d, b + sift_tok_is(d, b, "the"));
        if (dated && x >= 0 && c0 < *np0 - 1 && sift_name_end(d, b + sift_tok_is(d, b, "the"), c0) == c0 &&
            (d->ents.v[x].type == ET_ORG || d->ents.v[x].type == ET_PERSON)) {
            *np0 = b;
            *np1 = c0;
            return 1;
        }
    }
    /* ("Heathrow, Europe's busiest airport, said", "Edinburgh Airport,
     * Scotland's busiest, said": a place's superlative in apposition
     * describes the name the sentence opens with, which speaks) */
    if (found && *np0 >= lo + 2 && *np1 + 1 == cue && sift_is_punct(d, *np1, ',') &&
        sift_is_punct(d, *np0 - 1, ',') && *np0 + 2 < *np1 && d->toks.v[*np0].ment >= 0 &&
        (d->toks.v[*np0 + 1].flags & TF_POSS) && d->toks.v[*np0 + 1].kind != TK_WORD &&
        (d->ments.v[d->toks.v[*np0].ment].type == ET_GPE || d->ments.v[d->toks.v[*np0].ment].type == ET_LOC) &&
        !(d->toks.v[*np0].flags & TF_INQUOTE)) {
        uint32_t b = sift_body_start(d, d->toks.v[cue].sent);
        int x = sift_entity_at(d, b);
        if (x >= 0 && b >= lo && sift_name_end(d, b, *np0) == *np0 - 1 && d->ents.v[x].type != ET_PERSON) {
            *np0 = b;
            *np1 = sift_name_end(d, b, cue);
            return 1;
        }
    }
    /* ("Ryanair, already the biggest foreign carrier in Morocco, said": an
     * adverb before a description in apposition; the name it describes
     * speaks) */
    static const char *const by_now[] = {"already", "now", "still", "also", "once", "long", "currently",
                                         "formerly", "previously", NULL};
    if (found && *np0 >= lo + 2 && *np0 + 2 < *np1 && sift_tok_in(d, *np0, by_now) &&
        !(d->toks.v[*np0].flags & (TF_CAP | TF_INQUOTE)) && sift_is_punct(d, *np0 - 1, ',') &&
        (d->toks.v[*np0 + 1].w.flags & W_DET) && sift_entity_at(d, *np0 - 2) >= 0) {
        int x = sift_entity_at(d, *np0 - 2);
        uint32_t n0 = sift_name_start(d, *np0 - 2, lo);
        if ((d->ents.v[x].type == ET_ORG || d->ents.v[x].type == ET_PERSON) && n0 >= lo &&
            n0 == sift_body_start(d, d->toks.v[cue].sent)) {
            *np0 = n0;
            *np1 = sift_name_end(d, n0, cue);
            return 1;
        }
    }
    /* ("The World Health Organization, in its most recent global status
     * report, estimated": not the document in the aside, but the name
     * before it) */
    if (found && *np0 >= lo + 3 && sift_tok_is(d, *np0 - 1, "in") && sift_is_punct(d, *np0 - 2, ',') &&
        !(d->toks.v[*np0 - 1].flags & (TF_CAP | TF_INQUOTE))) {
        int x = sift_entity_at(d, *np0 - 3);
        uint32_t n0 = x >= 0 ? sift_name_start(d, *np0 - 3, lo) : 0;
        uint32_t b = sift_body_start(d, d->toks.v[cue].sent);
        if (x >= 0 && (d->ents.v[x].type == ET_ORG || d->ents.v[x].type == ET_PERSON) &&
            n0 == b + sift_tok_is(d, b, "the") && n0 >= lo) {
            *np1 = *np0 - 2;
            *np0 = n0;
            return 1;
        }
    }
    /* ("In a letter shared with journalists, the Bellavista Human Rights
     * Committee, a group elected by the inmates, said": not the
     * description in apposition, but the name it describes) */
    if (found && *np0 >= lo + 3 && (sift_tok_is(d, *np0, "a") || sift_tok_is(d, *np0, "an")) &&
        sift_is_punct(d, *np0 - 1, ',') && !(d->toks.v[*np0].flags & TF_INQUOTE)) {
        int x = sift_entity_at(d, *np0 - 2);
        uint32_t n0 = x >= 0 ? sift_name_start(d, *np0 - 2, lo) : 0;
        uint32_t before = n0 - (n0 > lo && sift_tok_is(d, n0 - 1, "the"));
        if (x >= 0 && (d->ents.v[x].type == ET_ORG || d->ents.v[x].type == ET_PERSON) && before > lo &&
            sift_is_punct(d, before - 1, ',') && !(d->toks.v[n0].flags & TF_INQUOTE)) {
            *np1 = *np0 - 1;
            *np0 = n0;
            return 1;
        }
    }
    /* ("The Yucatán state government, which is backing the project
     * alongside the airport's operator, Sureste Aeropuertos, says": a name
     * in apposition inside a relative clause on the phrase the sentence
     * opens with is not the subject; that phrase is) */
    /* (or a date after it: "..., who met the union's leader, Ana Costa,
     * on Monday, said") */
    uint32_t dt = *np1 + 1 + (*np1 + 1 < cue && (d->toks.v[*np1 + 1].w.flags & W_PREP));
    int apposed = found && *np1 < cue && sift_is_punct(d, *np1, ',') &&
                  (*np1 + 1 == cue || (dt + 1 < cue && sift_is_punct(d, cue - 1, ',') && all_dated(d, dt, cue - 1)));
    if (apposed && *np0 >= lo + 4 && sift_is_punct(d, *np0 - 1, ',') && !(d->toks.v[*np0].flags & TF_INQUOTE)) {
        uint32_t b = sift_body_start(d, d->toks.v[cue].sent), w = b + 1;
        while (w + 2 < *np0 && (d->toks.v[w].kind == TK_WORD || (d->toks.v[w].flags & TF_POSS)) &&
               !sift_finite_verb(d, w) && !sift_is_cue(d, w))
            w++;
        /* (not a place the sentence opens with: "At the Kpone Growers
         * Union, which has 1,400 members, the manager, Lassina Coulibaly,
         * said") */
        if (b >= lo && w > b && w < b + 8 && w + 2 < *np0 && sift_is_punct(d, w, ',') &&
            !(d->toks.v[b].w.flags & W_PREP) &&
            (sift_tok_is(d, w + 1, "which") || is_who(d, w + 1)) && !(d->toks.v[w + 1].flags & TF_CAP) &&
            sift_finite_verb(d, w + 2) && !(d->toks.v[b].flags & TF_INQUOTE)) {
            *np0 = b;
            *np1 = w;
            return 1;
        }
    }
    /* ("Employers' chamber CIARA-CEC, whose members include Cargill, Bunge,
     * Louis Dreyfus and COFCO, said": names listed in a relative clause on
     * the subject are not it; the name before the clause is) */
    if (found && *np0 >= lo + 4 && sift_entity_at(d, *np0) >= 0 && !(d->toks.v[*np0].flags & TF_INQUOTE))
        for (uint32_t k = *np0, guard = 0; guard < 8 && k >= lo + 3; guard++) {
            uint32_t s0 = after_comma_before(d, k, lo);
            if (s0 == k && sift_is_punct(d, k - 1, ',')) { /* (a name alone between commas: "Bunge,") */
                uint32_t p0 = after_comma_before(d, k - 1, lo);
                int caps = p0 < k - 1;
                for (uint32_t w = p0; w < k - 1 && caps; w++) /* (one the recognizer missed too) */
                    caps = d->toks.v[w].kind == TK_WORD && (d->toks.v[w].flags & TF_CAP) &&
                           !(d->toks.v[w].w.flags & (W_DET | W_STOP));
                if (caps) {
                    k = p0;
                    continue;
                }
                s0 = p0;
            }
            if (s0 < k && s0 >= lo + 2 && (sift_tok_is(d, s0, "whose") || sift_tok_is(d, s0, "which")) &&
                !(d->toks.v[s0].flags & TF_CAP) && sift_is_punct(d, s0 - 1, ',')) {
                int x = sift_entity_at(d, s0 - 2);
                uint32_t n0 = x >= 0 ? sift_name_start(d, s0 - 2, lo) : 0;
                int named = x >= 0 && (d->ents.v[x].type == ET_ORG || d->ents.v[x].type == ET_PERSON) && n0 >= lo;
                /* (or a body by its kind opening the sentence: "The group,
                 * whose members include ...") */
                uint32_t b = sift_body_start(d, d->toks.v[cue].sent);
                int kind = x < 0 && b >= lo && b + 2 <= s0 - 1 && b + 4 >= s0 - 1 && sift_tok_is(d, b, "the") &&
                           (sift_tok_org_kind(d, s0 - 2) || institution_noun(d, s0 - 2) ||
                            sift_tok_is(d, s0 - 2, "group")) &&
                           !(d->toks.v[s0 - 2].flags & TF_CAP);
                for (uint32_t w = b + 1; kind && w < s0 - 1; w++)
                    kind = d->toks.v[w].kind == TK_WORD;
                if (named || kind) {
                    *np0 = named ? n0 : b;
                    *np1 = s0 - 1;
                    return 1;
                }
            }
            break;
        }
    /* (a phrase never opens with "of": "The operator of Denmark's largest
     * plant making green methanol for ships said") */
    if (found && sift_tok_is(d, *np0, "of") && !(d->toks.v[*np0].flags & TF_CAP) && *np0 >= lo + 2 &&
        d->toks.v[*np0 - 1].kind == TK_WORD && !(d->toks.v[*np0 - 1].flags & TF_CAP) &&
        d->toks.v[*np0 - 1].upos == SIFT_UPOS_NOUN && (d->toks.v[*np0 - 2].w.flags & W_DET))
        *np0 -= 2;
    /* (then the subject after it; a phrase some rule above found before lo
     * is not looked past again, or this would never end: "Gemma, a care
     * worker ... who asked that her surname not be used, said") */
    if (found && *np0 >= lo && opener_before_subject(d, *np0, *np1, cue)) {
        uint32_t a0 = *np0, a1 = *np1;
        if (sift_subject_before(d, cue, a1 + 1, np0, np1) && *np0 > a1)
            return 1;
        *np0 = a0, *np1 = a1;
    }
    /* (nor with an adverb that links the sentence to the one before:
     * "Meanwhile an official at the Kerala health department ... said") */
    static const char *const linking[] = {"meanwhile", "separately", "however", "elsewhere", "additionally",
                                          "moreover", "furthermore", "likewise", "similarly", "nonetheless",
                                          "nevertheless", "instead",
                                          /* ("Now the company says", "Yet the ministry said") */
                                          "now", "today", "yet", "still", "then", "finally", NULL};
    if (found && *np1 > *np0 + 1 && sift_tok_in(d, *np0, linking) && !(d->toks.v[*np0].flags & TF_INQUOTE) &&
        ((d->toks.v[*np0 + 1].w.flags & W_DET) || (d->toks.v[*np0 + 1].flags & TF_CAP)))
        (*np0)++;
    return found;
}

/* Irregular past participles that open a phrase after a comma ("The memo,
 * sent on Tuesday, said", "The report, written by ..., found"). */
static const char *const irregular_participles[] = {"sent", "seen", "written", "made", "taken", "given",
                                                    "held", "led", "known", "shown", "drawn", "built",
                                                    "brought", "sold", "kept", "begun", "done", "run", "thought",
                                                    /* ("a working group, set up as part of the deal, would") */
                                                    "set", "put", "cut", "hit", "paid", "bought", "caught", "won",
                                                    "spent", "chosen", "stolen", "hidden", "broken", "frozen",
                                                    "grown", "born", NULL};

/* A lower-case plural of a noun for a person: "engineers", "nurses". */
static int plural_person(const doc *d, uint32_t i)
{
    return (sift_plural_flags(d, i) & W_PERSON_NOUN) != 0;
}

/* "structural engineers", "local residents": people a lower-case plural
 * at token at names, with the words that modify it, as [*np0, *np1)? */
static int people_or_kind_at(const doc *d, uint32_t at, uint32_t lo, int kinds, uint32_t *np0, uint32_t *np1);
static int people_at(const doc *d, uint32_t at, uint32_t lo, uint32_t *np0, uint32_t *np1)
{
    return people_or_kind_at(d, at, lo, 0, np0, np1);
}

/* The same, or (with kinds) a lower-case organisation of a kind: "a
 * neighbourhood group that argued". */
static int people_or_kind_at(const doc *d, uint32_t at, uint32_t lo, int kinds, uint32_t *np0, uint32_t *np1)
{
    if (!(plural_person(d, at) || (d->toks.v[at].w.flags & W_GROUP) ||
          (kinds && (sift_tok_org_kind(d, at) || (sift_plural_flags(d, at) & (W_ORGKIND | W_ORGKEY))))) ||
        (d->toks.v[at].flags & (TF_CAP | TF_INQUOTE)))
        return 0;
    uint32_t a = at;
    while (a > lo && a + 3 > at && d->toks.v[a - 1].kind == TK_WORD && !(d->toks.v[a - 1].flags & TF_CAP) &&
           !(d->toks.v[a - 1].w.flags & (W_PREP | W_DET | W_VERB | W_AUX | W_CUE)) && !is_who(d, a - 1) &&
           d->toks.v[a - 1].upos != SIFT_UPOS_VERB)
        a--;
    if (a > lo && (d->toks.v[a - 1].w.flags & W_DET) && !(d->toks.v[a - 1].flags & TF_CAP))
        a--;
    *np0 = a;
    *np1 = at + 1;
    return 1;
}

static uint32_t past_asked(const doc *d, uint32_t b, uint32_t e);

int sift_list_tail(const doc *d, uint32_t k, uint32_t end)
{
    int and_at = 0;
    for (uint32_t m = k; m < end; m++) {
        const tok *t = &d->toks.v[m];
        if (t->kind != TK_WORD || (t->flags & (TF_CAP | TF_INQUOTE)) ||
            (t->w.flags & (W_VERB | W_AUX | W_PRONOUN | W_PREP | W_DET)) ||
            sift_is_cue(d, m) || t->upos == SIFT_UPOS_VERB || is_who(d, m) || sift_tok_is(d, m, "which") ||
            sift_tok_is(d, m, "that"))
            return 0;
        if (sift_tok_is(d, m, "and") || sift_tok_is(d, m, "or"))
            and_at = m > k && m + 1 < end ? 1 : -1;
    }
    return and_at > 0;
}

/* Is token q, after p0, the owner's mark of a plural ("agents'")? */
static int plural_owner_mark(const doc *d, uint32_t q, uint32_t p0)
{
    return q > p0 && d->toks.v[q].kind != TK_WORD && (d->toks.v[q].flags & TF_POSS) && sift_tok_ends(d, q - 1, "s");
}

/* Is token q (after p0) the owner mark of a lower-case noun: "the
 * museum's owner"? */
static int thing_owner_mark(const doc *d, uint32_t q, uint32_t p0)
{
    return q > p0 + 1 && d->toks.v[q].kind != TK_WORD && (d->toks.v[q].flags & TF_POSS) &&
           d->toks.v[q - 1].kind == TK_WORD && !(d->toks.v[q - 1].flags & TF_CAP) &&
           d->toks.v[q - 1].upos == SIFT_UPOS_NOUN;
}

/* The first of the words, at most four, that describe the noun at h from
 * before it (lower-case, no verb, preposition or verb of saying, no
 * earlier than lo): "small" in "small shops", "latest" in "the latest
 * report"; h itself when there are none. */
static uint32_t modifiers_before(const doc *d, uint32_t h, uint32_t lo)
{
    uint32_t a = h;
    for (;;) {
        /* (a figure joined by a hyphen: "a 62-page report") */
        if (a > lo + 2 && a + 6 > h && sift_in_compound(d, a) && d->toks.v[a - 2].kind == TK_NUM)
            a -= 2;
        else if (a > lo && a + 4 > h && d->toks.v[a - 1].kind == TK_WORD && !(d->toks.v[a - 1].flags & TF_CAP) &&
                 !(d->toks.v[a - 1].w.flags & (W_VERB | W_AUX | W_PREP | W_CUE)) &&
                 d->toks.v[a - 1].upos != SIFT_UPOS_VERB)
            a--;
        else
            return a;
    }
}

/* "..., according to two people familiar with her thinking, who said",
 * "..., according to the office of the watchdog, which described": the
 * source "according to" gives before the comma at j - 2, within reach
 * tokens of the verb at j, as [*np0, *np1). */
static int according_source(const doc *d, uint32_t j, uint32_t lo, uint32_t reach, uint32_t *np0, uint32_t *np1)
{
    for (uint32_t a = j - 3; a > lo + 1 && a + reach > j; a--) {
        if (sift_is_punct(d, a, ',') || d->toks.v[a].kind == TK_QUOTE || (d->toks.v[a].flags & TF_INQUOTE))
            return 0;
        if (sift_tok_is(d, a, "to") && sift_tok_is(d, a - 1, "according") && a + 1 < j - 2) {
            *np0 = a + 1;
            *np1 = j - 2;
            return 1;
        }
    }
    return 0;
}

/* The last token of a person's name right before the description that
 * starts at token a, past an age ("Diego, 22, a motorbike courier"), or 0
 * when no person is named there. */
static uint32_t person_before_description(const doc *d, uint32_t a, uint32_t lo)
{
    if (a < lo + 2 || !sift_is_punct(d, a - 1, ','))
        return 0;
    uint32_t p = a - 2;
    if (p >= lo + 2 && d->toks.v[p].kind == TK_NUM && sift_is_punct(d, p - 1, ','))
        p -= 2;
    int x = sift_entity_at(d, p);
    return x >= 0 && d->ents.v[x].type == ET_PERSON && !(d->toks.v[p].flags & TF_INQUOTE) ? p : 0;
}

/* Is a lower-case noun for a person among the tokens [k, hi) ("an ear,
 * nose and throat specialist")? */
static int person_noun_within(const doc *d, uint32_t k, uint32_t hi)
{
    for (uint32_t j = k; j < hi && j < k + 10; j++)
        if (person_word(d, j))
            return 1;
    return 0;
}

/* The "by" that ends a document's phrase of place or recipient opened at
 * p, within eight words before end ("in nine districts by", "to the
 * National Assembly by"); p itself when none does. */
static uint32_t maker_by_after(const doc *d, uint32_t p, uint32_t end)
{
    for (uint32_t w = p + 1; w < end && w < p + 9; w++) {
        if (sift_tok_is(d, w, "by") && !(d->toks.v[w].flags & TF_CAP))
            return w;
        if ((d->toks.v[w].kind != TK_WORD && d->toks.v[w].kind != TK_NUM && !sift_is_punct(d, w, ',')) ||
            (d->toks.v[w].w.flags & (W_VERB | W_AUX)) || sift_is_cue(d, w))
            break;
    }
    return p;
}

static int heuristic_subject(const doc *d, uint32_t cue, uint32_t lo, uint32_t *np0, uint32_t *np1)
{
    if (cue <= lo)
        return 0; /* (no word before the verb: at the document's start, "cue - 1" would wrap around) */
    /* (the subject is after an opening question: "Asked that question at
     * a news conference, the minister said") */
    uint32_t sb0 = sift_body_start(d, d->toks.v[cue].sent);
    if (sb0 >= lo && sb0 < cue)
        lo = past_asked(d, sb0, cue);
    /* "Among the protesters was Ali Hassan, 24, a student who said": the
     * person a description with "who" is given to */
    if (cue >= lo + 5 && is_who(d, cue - 1) && !(d->toks.v[cue - 1].flags & TF_CAP) && person_word(d, cue - 2)) {
        uint32_t a = cue - 2;
        while (a > lo + 2 && a + 4 > cue && d->toks.v[a - 1].kind == TK_WORD && !(d->toks.v[a - 1].flags & TF_CAP) &&
               !sift_tok_is(d, a - 1, "a") && !sift_tok_is(d, a - 1, "an"))
            a--;
        uint32_t p = sift_tok_is(d, a - 1, "a") || sift_tok_is(d, a - 1, "an") ? person_before_description(d, a - 1, lo)
                                                                               : 0;
        if (p) {
            *np0 = sift_name_start(d, p, lo);
            *np1 = p + 1;
            return 1;
        }
    }
    /* ("hampered by violence from militants who claim that": a plural noun
     * for people, after a preposition, and "who"; those people speak, not
     * the sentence's subject) */
    if (cue >= lo + 3 && is_who(d, cue - 1) && !(d->toks.v[cue - 1].flags & (TF_CAP | TF_INQUOTE)) &&
        d->toks.v[cue - 2].kind == TK_WORD && !(d->toks.v[cue - 2].flags & TF_CAP) &&
        d->toks.v[cue - 2].upos == SIFT_UPOS_NOUN && sift_tok_ends(d, cue - 2, "s") &&
        (d->toks.v[cue - 3].w.flags & W_PREP) && !(d->toks.v[cue - 3].flags & TF_CAP)) {
        /* ("who" says the noun is people, whatever the word lists hold) */
        if (!people_at(d, cue - 2, cue - 2, np0, np1))
            *np0 = cue - 2, *np1 = cue - 1;
        return 1;
    }
    uint32_t j = cue;
    /* skip auxiliaries and adverbs between subject and verb: "has also said"
     * (not a noun the list holds as a verb: "The new plan estimates") */
    while (j > lo && ((d->toks.v[j - 1].w.flags & W_AUX) || is_adverb(d, j - 1)) &&
           !(j >= lo + 2 && sift_tok_is(d, j - 1, "plan") &&
             ((d->toks.v[j - 2].w.flags & W_DET) || d->toks.v[j - 2].upos == SIFT_UPOS_ADJ)))
        j--;
    /* "A spokeswoman for the Infrastructure Minister, Daniel Okafor, said":
     * the spokeswoman, for the minister the name is given to */
    if (j == cue && j > lo + 6 && sift_is_punct(d, j - 1, ',') && sift_entity_at(d, j - 2) >= 0 &&
        d->ents.v[sift_entity_at(d, j - 2)].type == ET_PERSON) {
        uint32_t m = sift_name_start(d, j - 2, lo), t = m - 1;
        while (t > lo + 3 && t + 5 > m && sift_entity_at(d, t - 1) < 0 && (d->toks.v[t - 1].flags & TF_CAP) &&
               d->toks.v[t - 1].kind == TK_WORD)
            t--;
        if (m > lo + 5 && sift_is_punct(d, m - 1, ',') && t < m - 1 && (d->toks.v[m - 2].w.flags & W_TITLE) &&
            sift_tok_is(d, t - 1, "the") && (sift_tok_is(d, t - 2, "for") || sift_tok_is(d, t - 2, "to")) &&
            spokes_for(d, t - 2, j - 1) && (sift_tok_is(d, t - 4, "a") || sift_tok_is(d, t - 4, "an")) &&
            t - 4 >= lo && sift_body_start(d, d->toks.v[cue].sent) == t - 4) {
            *np0 = t - 4;
            *np1 = j - 1;
            return 1;
        }
    }
    /* "..., a level the city council's finance committee has called": the
     * phrase after the noun a relative clause with no "that" describes */
    for (uint32_t g = j; g-- > lo + 3 && j - g <= 7;) {
        if (sift_tok_is(d, g, "the") && !(d->toks.v[g].flags & (TF_CAP | TF_INQUOTE)) &&
            d->toks.v[g - 1].upos == SIFT_UPOS_NOUN && !(d->toks.v[g - 1].flags & TF_CAP) &&
            (d->toks.v[g - 2].w.flags & W_DET) && sift_is_punct(d, g - 3, ',') && g + 1 < j) {
            *np0 = g;
            *np1 = j;
            return 1;
        }
        if ((d->toks.v[g].kind != TK_WORD && !(d->toks.v[g].flags & TF_POSS)) ||
            (d->toks.v[g].w.flags & (W_VERB | W_AUX | W_CUE | W_PREP)))
            break;
    }
    /* "Fahmy, who sat on a panel chaired by a former minister, Khaled
     * Mansour, said", "Luis Ortega, who runs a taqueria ... with his
     * sister, Ana, said", "Karaca, who met Yildirim's deputy, Zeynep
     * Ozturk, on Wednesday to discuss emergency credit, said", "Councillor
     * Diego Pardo, whose party ... has long argued that vendors should be
     * treated as workers, said": whoever is named or speaks in a relative
     * clause on the person the sentence opens with, up to the comma before
     * the verb, is not the subject */
    if (j == cue && j > sb0 + 6 && sift_is_punct(d, j - 1, ',') && !(d->toks.v[sb0].flags & TF_INQUOTE)) {
        uint32_t n0 = sb0; /* (past a title: "Councillor Diego Pardo") */
        while (n0 < sb0 + 3 && sift_entity_at(d, n0) < 0 && (d->toks.v[n0].w.flags & W_TITLE) &&
               (d->toks.v[n0].flags & TF_CAP))
            n0++;
        /* (or a role and its comma: "The mayor, Helen Costa, who told a
         * packed town hall meeting ...") */
        /* (or an owner's: "Its chairman, Declan Foley, who runs a service
         * in Swords, north Dublin, said") */
        if (n0 == sb0 && (sift_tok_is(d, sb0, "the") || sift_tok_is(d, sb0, "its") || sift_tok_is(d, sb0, "their")) &&
            sift_entity_at(d, sb0) < 0)
            for (uint32_t r = sb0 + 1; r < sb0 + 6 && r + 2 < j && d->toks.v[r].kind == TK_WORD &&
                                       !(d->toks.v[r].flags & TF_CAP);
                 r++)
                if ((person_word(d, r) || (d->toks.v[r].w.flags & W_TITLE)) && sift_is_punct(d, r + 1, ',') &&
                    sift_entity_at(d, r + 2) >= 0) {
                    n0 = r + 2;
                    break;
                }
        int s = sift_entity_at(d, n0);
        uint32_t se = s >= 0 ? sift_name_end(d, n0, j) : n0;
        /* (past a short description first: "Anura Wickramasinghe, the
         * chairman, who spoke to the Tea Board's chairwoman, Shanthi
         * Fernando, on Tuesday, said") */
        uint32_t ae = se + 2;
        while (ae < j && ae < se + 7 && d->toks.v[ae].kind == TK_WORD && !(d->toks.v[ae].flags & TF_CAP))
            ae++;
        if (s >= 0 && sift_is_punct(d, se, ',') && (sift_tok_is(d, se + 1, "the") || sift_tok_is(d, se + 1, "a")) &&
            ae > se + 2 && ae + 1 < j && sift_is_punct(d, ae, ',') && is_who(d, ae + 1))
            se = ae;
        int rel = s >= 0 && d->ents.v[s].type == ET_PERSON && sift_is_punct(d, se, ',') &&
                  (is_who(d, se + 1) || sift_tok_is(d, se + 1, "whose")) && !(d->toks.v[se + 1].flags & TF_CAP) &&
                  j - se <= 40;
        /* (a quotation inside the clause, opened and closed there: "who
         * told a meeting that "not one cent" would go to the hackers") */
        int open = 0;
        for (uint32_t k = se + 2; rel && k + 1 < j; k++) {
            const tok *u = &d->toks.v[k];
            if (u->kind == TK_QUOTE && !(u->flags & TF_POSS)) /* ("Citizens' Pact") */
                open = (u->flags & TF_QOPEN) && !open ? 1 : (u->flags & TF_QCLOSE) && open ? 0 : -1;
            /* (", and" may join the clause's second verb: "who owns the
             * only pharmacy in Stary Brus, a village near the border, and
             * has been trying to sell it,") */
            rel = open >= 0 && (!(u->flags & TF_INQUOTE) || open) &&
                  !(sift_is_punct(d, k, ',') && (sift_tok_is(d, k + 1, "and") || sift_tok_is(d, k + 1, "but")) &&
                    !(k + 2 < j && (d->toks.v[k + 2].w.flags & W_AUX) && !(d->toks.v[k + 2].flags & TF_CAP) &&
                      !sift_is_cue(d, k + 2)));
        }
        rel &= !open;
        if (rel) {
            *np0 = sb0;
            *np1 = se;
            return 1;
        }
    }
    /* "A farmer in Preah Vihear province, who asked that his name not be
     * published, said", "One of them, a farmer who asked ... because he
     * feared reprisals, said": a person given no name, then a relative
     * clause on them up to the comma before the verb */
    if (j == cue && j > sb0 + 5 && sift_is_punct(d, j - 1, ',') && !(d->toks.v[sb0].flags & TF_INQUOTE)) {
        uint32_t a = sb0, h = 0, e = 0, w = 0;
        if (sift_tok_is(d, a, "one") && sift_tok_is(d, a + 1, "of"))
            for (uint32_t k = a + 2; k < j && k < a + 6; k++)
                if (sift_is_punct(d, k, ',')) {
                    a = k + 1;
                    break;
                }
        if (sift_tok_is(d, a, "a") || sift_tok_is(d, a, "an"))
            for (uint32_t k = a + 1; k < j && k < a + 5 && !h; k++) {
                if (d->toks.v[k].kind != TK_WORD || (d->toks.v[k].flags & TF_CAP))
                    break;
                if (person_word(d, k))
                    h = k;
            }
        /* (where they are from or work, then the "who") */
        for (e = h + 1; h && e < j && e < h + 9 && !w; e++)
            if (is_who(d, e) && !(d->toks.v[e].flags & TF_CAP))
                w = e;
            else if (sift_is_punct(d, e, ',') && e + 1 < j && is_who(d, e + 1))
                w = e + 1;
            else if (d->toks.v[e].kind != TK_WORD || sift_finite_verb(d, e) || sift_is_cue(d, e))
                break;
        if (w && j - w <= 40) {
            uint32_t n1 = w;
            while (n1 > h + 1 && sift_is_punct(d, n1 - 1, ','))
                n1--;
            *np0 = a;
            *np1 = n1;
            return 1;
        }
    }
    /* "The commission's report, based on interviews with former pupils,
     * staff and church officials as well as on the order's own archives,
     * found": the phrase the sentence opens with, past a participle's
     * aside whose list has commas of its own */
    if (j == cue && j > sb0 + 8 && sift_is_punct(d, j - 1, ',') && !(d->toks.v[sb0].flags & TF_INQUOTE) &&
        (d->toks.v[sb0].w.flags & W_DET)) {
        uint32_t c1 = sb0 + 1;
        while (c1 < sb0 + 8 && c1 < j && (d->toks.v[c1].kind == TK_WORD || (d->toks.v[c1].flags & TF_POSS)) &&
               !sift_finite_verb(d, c1) && !(d->toks.v[c1].w.flags & W_PREP))
            c1++;
        uint32_t pp = c1 + 1;
        int aside = c1 + 4 < j && j - c1 <= 40 && sift_is_punct(d, c1, ',') && !(d->toks.v[pp].flags & TF_CAP) &&
                    (sift_tok_ends(d, pp, "ed") || sift_tok_in(d, pp, irregular_participles)) &&
                    (d->toks.v[pp + 1].w.flags & W_PREP);
        for (uint32_t k = pp + 2; aside && k + 1 < j; k++)
            aside = (d->toks.v[k].kind != TK_QUOTE || (d->toks.v[k].flags & TF_POSS)) &&
                    !(d->toks.v[k].flags & TF_INQUOTE) && !sift_is_punct(d, k, ';') && !is_who(d, k) &&
                    !sift_tok_is(d, k, "which") && !sift_tok_is(d, k, "that") && !sift_is_cue(d, k) &&
                    !(sift_finite_verb(d, k) && !sift_tok_ends(d, k, "ed") &&
                      !sift_tok_in(d, k, irregular_participles));
        if (aside) {
            *np0 = sb0;
            *np1 = c1;
            return 1;
        }
    }
    /* "A teacher at a learning centre run by a local charity, Sabuj Path,
     * said": an organisation named beside a body inside the phrase of a
     * person the sentence opens with is not the subject; the person is */
    if (j == cue && j > sb0 + 6 && sift_is_punct(d, j - 1, ',') && (d->toks.v[sb0].w.flags & W_DET) &&
        !(d->toks.v[sb0].flags & TF_INQUOTE)) {
        int o = sift_entity_at(d, j - 2);
        uint32_t n0 = o >= 0 ? sift_name_start(d, j - 2, sb0) : j, h = sb0 + 1;
        while (h < sb0 + 4 && h < n0 && !person_word(d, h) && d->toks.v[h].kind == TK_WORD &&
               !(d->toks.v[h].w.flags & W_PREP))
            h++;
        /* (a participle may describe what is inside: "run by") */
        int plain = o >= 0 && d->ents.v[o].type == ET_ORG && n0 > h + 4 && sift_is_punct(d, n0 - 1, ',') &&
                    person_word(d, h) && !(d->toks.v[h].flags & TF_CAP) && (d->toks.v[h + 1].w.flags & W_PREP) &&
                    (institution_noun(d, n0 - 2) || sift_tok_org_kind(d, n0 - 2));
        for (uint32_t k = h + 1; k + 1 < n0 && plain; k++)
            plain = d->toks.v[k].kind == TK_WORD && !(d->toks.v[k].w.flags & W_AUX) && !sift_is_cue(d, k) &&
                    !is_who(d, k) && !sift_tok_is(d, k, "which") && !sift_tok_is(d, k, "that");
        if (plain) {
            /* (a spokesperson keeps the body they speak for, whose name
             * follows: "A spokesman for the federal housing ministry,
             * Sedatu, said") */
            *np0 = sb0;
            *np1 = sift_spokes_noun(d, h) && sift_tok_is(d, h + 1, "for") ? j - 1 : h + 1;
            return 1;
        }
    }
    /* "In Chania, new arrivals are held in a warehouse at the port that the
     * regional governor's office said was designed for 300 people": the
     * phrase between a relative "that" or "which" on a noun and the verb */
    if (j == cue && j > lo + 4) {
        /* (past a relative clause on that subject: "a figure that a senior
         * airline executive who asked not to be named described as") */
        uint32_t e = j;
        for (uint32_t w = j; w-- > lo + 3 && w + 9 > j;) {
            if (d->toks.v[w].kind != TK_WORD || (d->toks.v[w].flags & TF_INQUOTE))
                break;
            if (is_who(d, w) && !(d->toks.v[w].flags & TF_CAP) && person_word(d, w - 1)) {
                e = w;
                break;
            }
        }
        uint32_t t = e;
        while (t > lo + 2 && t + 9 > e && (d->toks.v[t - 1].kind == TK_WORD || (d->toks.v[t - 1].flags & TF_POSS)) &&
               !(d->toks.v[t - 1].w.flags & (W_VERB | W_AUX | W_PREP)) && !sift_is_cue(d, t - 1) &&
               !sift_tok_is(d, t - 1, "that") && !sift_tok_is(d, t - 1, "which"))
            t--;
        if (t < j && (sift_tok_is(d, t - 1, "that") || sift_tok_is(d, t - 1, "which")) &&
            !(d->toks.v[t - 1].flags & (TF_CAP | TF_INQUOTE)) &&
            ((d->toks.v[t - 2].upos == SIFT_UPOS_NOUN && !(d->toks.v[t - 2].flags & TF_CAP)) ||
             (d->toks.v[t - 2].flags & TF_USED)) && /* (or a date: "a review published on Monday that") */
            ((d->toks.v[t].w.flags & W_DET) || sift_entity_at(d, t) >= 0) &&
            !(d->toks.v[t].w.flags & W_PRONOUN) && t < e) {
            *np0 = t;
            *np1 = e;
            return 1;
        }
    }
    /* "prompting farmers in Murcia and Alicante to warn", "led analysts to
     * predict": whom the verb moved to speak */
    static const char *const moved[] = {"prompting", "prompted", "prompt", "prompts", "leading", "led", "forcing",
                                        "forced", "spurring", "spurred", "pushing", "pushed", NULL};
    if (j == cue && j > lo + 3 && sift_tok_is(d, j - 1, "to"))
        for (uint32_t b = j - 2; b-- > lo && b + 12 > j;) {
            if (sift_tok_in(d, b, moved) && !(d->toks.v[b].flags & TF_CAP)) {
                if (b + 2 < j && !(d->toks.v[b + 1].flags & TF_INQUOTE)) {
                    *np0 = b + 1;
                    *np1 = j - 1;
                    return 1;
                }
                break;
            }
            if (d->toks.v[b].kind != TK_WORD || (d->toks.v[b].w.flags & (W_VERB | W_AUX | W_CUE)) ||
                sift_tok_is(d, b, "who") || sift_tok_is(d, b, "that"))
                break;
        }
    /* "Supporters of the model point to a study by KTH Royal Institute of
     * Technology, published last year, which found": the document its maker
     * is named with, not who cites it */
    if (j == cue && j > lo + 5 && (sift_tok_is(d, j - 1, "which") || sift_tok_is(d, j - 1, "that")) &&
        !(d->toks.v[j - 1].flags & (TF_CAP | TF_INQUOTE))) {
        uint32_t e = j - 2;
        if (sift_is_punct(d, e, ',')) { /* (past ", published last year,") */
            uint32_t c = e;
            while (c > lo + 3 && c + 8 > e && !sift_is_punct(d, c - 1, ','))
                c--;
            e = c > lo + 3 && sift_is_punct(d, c - 1, ',') && c < e && !(d->toks.v[c].flags & TF_CAP) &&
                        (sift_tok_ends(d, c, "ed") || sift_tok_in(d, c, irregular_participles))
                    ? c - 2 : lo;
        }
        uint32_t by = e;
        while (by > lo + 2 && by + 8 > e && d->toks.v[by].kind == TK_WORD && !sift_tok_is(d, by, "by") &&
               !(d->toks.v[by].w.flags & (W_VERB | W_AUX)) && !sift_is_cue(d, by))
            by--;
        uint32_t dn = by - 1 - (by > lo + 3 && made_by(d, by - 1)); /* ("a report commissioned by") */
        if (e > by && sift_tok_is(d, by, "by") && sift_entity_at(d, e) >= 0 && sift_document_noun(d, dn)) {
            uint32_t a = dn;
            while (a > lo && a + 4 > dn && !(d->toks.v[a].w.flags & W_DET) && d->toks.v[a - 1].kind == TK_WORD)
                a--;
            if (d->toks.v[a].w.flags & W_DET) {
                *np0 = a;
                *np1 = e + 1;
                return 1;
            }
        }
    }
    /* "Hundreds of rice farmers marched to the offices of the Department of
     * Agriculture in Manila on Monday to demand": who went or gathered there
     * to speak, not where they went */
    static const char *const went[] = {"marched", "gathered", "rallied", "assembled", "converged", "travelled",
                                       "traveled", "flocked", "streamed", "massed", "walked", "drove", NULL};
    if (j == cue && j > lo + 3 && sift_tok_is(d, j - 1, "to"))
        for (uint32_t b = j - 2; b-- > lo + 1 && b + 20 > j;) {
            const tok *u = &d->toks.v[b];
            if (u->kind != TK_WORD || (u->flags & TF_INQUOTE) || sift_is_cue(d, b) || is_who(d, b) ||
                sift_tok_is(d, b, "that") || sift_tok_is(d, b, "which"))
                break;
            if (sift_tok_in(d, b, went))
                return heuristic_subject(d, b, lo, np0, np1) && *np1 <= b;
        }
    /* "The words came from the commission's head of enforcement, who
     * told": whom the words came from (up to a description in apposition:
     * "the head of the oncology service at the Hospital de Clinicas, the
     * University of Buenos Aires teaching hospital, who said") */
    /* (or a second verb of the clause: "..., who led the sampling teams
     * and said") */
    uint32_t wj = j;
    if (j > lo + 6 && sift_tok_is(d, j - 1, "and"))
        for (uint32_t k = j - 2; k > lo + 4 && k + 12 > j; k--) {
            if (d->toks.v[k].kind != TK_WORD || sift_is_cue(d, k))
                break;
            if (is_who(d, k) && !(d->toks.v[k].flags & TF_CAP) && sift_is_punct(d, k - 1, ',')) {
                wj = k + 1;
                break;
            }
        }
    if (wj > lo + 4 && is_who(d, wj - 1) && !(d->toks.v[wj - 1].flags & TF_CAP) && sift_is_punct(d, wj - 2, ',')) {
        uint32_t wb = sift_body_start(d, d->toks.v[j].sent), wf = wb >= lo ? sift_came_from(d, wb) : 0;
        uint32_t k = wf;
        while (wf && k < wj - 2 && !sift_is_punct(d, k, ','))
            k++;
        if (wf && k > wf + 1 && !(d->toks.v[wf].flags & TF_INQUOTE) &&
            (k == wj - 2 || (d->toks.v[k + 1].w.flags & W_DET))) {
            *np0 = wf;
            *np1 = k;
            return 1;
        }
    }
    /* "A letter sent by grain exporters ... and seen by Reuters said": who
     * saw the document is no part of its subject */
    for (uint32_t b = j; b-- > lo + 3 && j - b <= 6 && d->toks.v[b].kind == TK_WORD;)
        if (sift_tok_is(d, b, "by") && sift_tok_in(d, b - 1, seen_by) && sift_tok_is(d, b - 2, "and")) {
            j = b - 2;
            break;
        }
    /* (nor where it went after its maker: "A draft paper prepared by the
     * ministry and circulated to airlines last week proposes") */
    for (uint32_t b = j; b-- > lo + 4 && j - b <= 9 && d->toks.v[b].kind == TK_WORD;)
        if (sift_tok_is(d, b, "and") && sift_tok_ends(d, b + 1, "ed") && (d->toks.v[b + 2].w.flags & W_PREP) &&
            sift_entity_at(d, b - 1) >= 0) {
            uint32_t m = sift_name_start(d, b - 1, lo);
            m -= m > lo + 2 && sift_tok_is(d, m - 1, "the");
            if (m > lo + 2 && sift_tok_is(d, m - 1, "by") && made_by(d, m - 2))
                j = b;
            break;
        }
    /* "Members of the union that called the strike said", "Sutrisno, a
     * rice farmer who, like many Javanese, uses one name, said": a relative
     * clause on the subject that opens the sentence, its verb right after
     * "that" or "who", between the subject and the verb (a long clause
     * only with no comma: "Two store managers who asked not to be named
     * because they were not authorised to speak to the media confirmed") */
    uint32_t sb = sift_body_start(d, d->toks.v[j].sent);
    for (uint32_t b = j, commas = 0; b-- > lo + 1 && b > sb && j - b <= (commas ? 14 : 20) &&
                                    !(d->toks.v[sb].w.flags & W_PREP);) {
        const tok *u = &d->toks.v[b];
        commas |= sift_is_punct(d, b, ',');
        if ((u->kind == TK_QUOTE && sift_quote_mark(u)) || (u->flags & TF_INQUOTE) ||
            (sift_is_cue(d, b) && !sift_tok_is(d, b - 1, "that") && !is_who(d, b - 1)))
            break; /* (the clause's own verb may be one: "that called the strike") */
        uint32_t v = b + 1;
        if (is_who(d, b) && sift_is_punct(d, v, ',')) /* (past an aside: "who, like many Javanese,") */
            while (v < j && v < b + 8 && !(v > b + 1 && sift_is_punct(d, v - 1, ',') && v - 1 > b + 1))
                v++;
        if (!(sift_tok_is(d, b, "that") || is_who(d, b)) || (u->flags & TF_CAP) || v + 1 >= j ||
            !sift_finite_verb(d, v) || d->toks.v[v].upos == SIFT_UPOS_NOUN || d->toks.v[b - 1].kind != TK_WORD ||
            /* (after a noun: not "Asked whether that would restore ...,") */
            (d->toks.v[b - 1].upos != SIFT_UPOS_NOUN && d->toks.v[b - 1].upos != SIFT_UPOS_PROPN))
            continue;
        /* (not when the verb opens a clause of its own after a comma:
         * "Households that breached the ban faced fines ..., though
         * Severnside said") */
        static const char *const subords[] = {"though", "although", "while", "whereas", "because", "but", NULL};
        int own = 0;
        for (uint32_t m = v + 1; m + 2 < j && !own; m++)
            own = sift_is_punct(d, m, ',') && sift_tok_in(d, m + 1, subords) && !(d->toks.v[m + 1].flags & TF_CAP);
        if (own)
            break;
        uint32_t e = b;
        if (!sift_subject_only(d, sb, e))
            break;
        /* (a name and its description: the name; no other comma) */
        uint32_t c = sb, comma = sb;
        while (c < e && (d->toks.v[c].flags & TF_CAP) && d->toks.v[c].kind == TK_WORD)
            c++;
        while (comma < e && !sift_is_punct(d, comma, ','))
            comma++;
        if (c > sb && c < e && sift_is_punct(d, c, ',') && !(d->toks.v[sb].w.flags & (W_STOP | W_PREP)))
            e = c;
        else if (comma < e)
            break;
        /* (a description and its name after the clause: "The skipper who
         * spoke on the quay on Monday night, Alan Strachan, said") */
        int pe = j > b + 4 && sift_is_punct(d, j - 1, ',') ? sift_entity_at(d, j - 2) : -1;
        if (pe >= 0 && d->ents.v[pe].type == ET_PERSON && !(d->toks.v[j - 2].flags & TF_INQUOTE)) {
            uint32_t m = sift_name_start(d, j - 2, b);
            if (m > b + 2 && sift_is_punct(d, m - 1, ',')) {
                *np0 = m;
                *np1 = j - 1;
                return 1;
            }
        }
        *np0 = sb;
        *np1 = e;
        return 1;
    }
    /* "The Brazilian Association of Mobility Platforms, which represents
     * Leva, Corre and other apps, said": a relative clause whose object is
     * a list, commas and all, on the name before it */
    if (j == cue && j > lo + 6 && sift_is_punct(d, j - 1, ','))
        for (uint32_t w = j - 2, commas = 0; w > lo + 2 && w + 20 > j; w--) {
            if (d->toks.v[w].kind == TK_QUOTE || (d->toks.v[w].flags & TF_INQUOTE))
                break;
            commas += sift_is_punct(d, w, ',');
            if (!(sift_tok_is(d, w, "which") || is_who(d, w)) || (d->toks.v[w].flags & TF_CAP))
                continue;
            int x = sift_is_punct(d, w - 1, ',') ? sift_entity_at(d, w - 2) : -1;
            int listed = 0, verbs = 0;
            for (uint32_t m = w + 1; m < j - 1; m++) {
                listed |= sift_tok_is(d, m, "and");
                verbs += sift_finite_verb(d, m) && !sift_tok_ends(d, m, "ing");
            }
            if (x >= 0 && commas >= 1 && listed && verbs == 1 && sift_finite_verb(d, w + 1) &&
                !(d->toks.v[w - 2].flags & TF_INQUOTE)) {
                *np0 = sift_name_start(d, w - 2, lo);
                *np1 = w - 1;
                return 1;
            }
            break;
        }
    /* "Diego, 22, a motorbike courier who gave only his first name because
     * he feared losing access to the app, said": a person's name and age,
     * then a description with a relative clause, however long, up to the
     * comma before the verb */
    if (j == cue && j > lo + 6 && sift_is_punct(d, j - 1, ','))
        for (uint32_t a = j - 2; a > lo + 3 && a + 40 > j; a--) {
            if (d->toks.v[a].kind == TK_QUOTE || (d->toks.v[a].flags & TF_INQUOTE) || sift_is_punct(d, a, ';'))
                break;
            if (!(sift_tok_is(d, a, "a") || sift_tok_is(d, a, "an")) || !sift_is_punct(d, a - 1, ',') ||
                d->toks.v[a - 2].kind != TK_NUM)
                continue;
            uint32_t p = person_before_description(d, a, lo);
            int rel = 0;
            for (uint32_t m = a + 1; m < j - 1 && !rel; m++)
                rel = is_who(d, m) && !(d->toks.v[m].flags & TF_CAP);
            if (p && rel) {
                *np0 = sift_name_start(d, p, lo);
                *np1 = p + 1;
                return 1;
            }
            break;
        }
    /* "Dr Meera Natarajan, an ear, nose and throat specialist at a
     * hospital, said": a person's name, then a description whose first
     * words are a list, commas and all, up to the comma before the verb */
    if (j == cue && j > lo + 8 && sift_is_punct(d, j - 1, ','))
        for (uint32_t a = j - 2, lists = 0; a > lo + 2 && a + 24 > j; a--) {
            const tok *u = &d->toks.v[a];
            if (u->kind == TK_QUOTE || (u->flags & TF_INQUOTE) || sift_is_punct(d, a, ';') ||
                (sift_finite_verb(d, a) && !sift_tok_ends(d, a, "ing")) || sift_is_cue(d, a))
                break;
            lists += sift_tok_is(d, a, "and") || sift_tok_is(d, a, "or");
            if (!(sift_tok_is(d, a, "a") || sift_tok_is(d, a, "an")) || !sift_is_punct(d, a - 1, ','))
                continue;
            uint32_t p = person_before_description(d, a, lo), commas = 0;
            for (uint32_t m = a + 1; m + 1 < j && m < a + 5; m++)
                commas += sift_is_punct(d, m, ',');
            if (p && commas && lists && person_noun_within(d, a + 1, j - 1)) {
                *np0 = sift_name_start(d, p, lo);
                *np1 = p + 1;
                return 1;
            }
            break;
        }
    /* "... as emergency rooms reported record overcrowding and doctors'
     * groups warned that": people after an "and" that joins a clause of
     * its own, with its own verb before, are the subject */
    if (j == cue && j > lo + 3 &&
        ((sift_plural_flags(d, j - 1) & (W_PERSON_NOUN | W_ORGKIND)) || (d->toks.v[j - 1].w.flags & W_GROUP))) {
        uint32_t a = j - 1;
        while (a > lo && a + 5 > j &&
               ((d->toks.v[a - 1].kind == TK_WORD && !(d->toks.v[a - 1].w.flags & (W_VERB | W_AUX | W_PREP | W_DET))) ||
                (d->toks.v[a - 1].flags & TF_POSS)) &&
               !(d->toks.v[a - 1].flags & (TF_CAP | TF_INQUOTE)) && !sift_tok_is(d, a - 1, "and"))
            a--;
        uint32_t c0 = a > lo + 1 ? a - 2 : lo;
        while (c0 > lo && !sift_is_punct(d, c0, ',') && d->toks.v[c0].kind != TK_QUOTE)
            c0--;
        if (a > lo + 2 && sift_tok_is(d, a - 1, "and") && !(d->toks.v[a - 1].flags & TF_CAP) &&
            has_verb(d, c0 + 1, a - 2)) {
            *np0 = a;
            *np1 = j;
            return 1;
        }
    }
    /* "Hanna Korhonen, a senior researcher at the institute who co-wrote
     * the study and estimated": the person a relative clause is on, when
     * its second verb speaks */
    if (j > lo + 4 && sift_tok_is(d, j - 1, "and") && !(d->toks.v[j - 1].flags & (TF_CAP | TF_INQUOTE)))
        for (uint32_t w = j - 2; w > lo + 1 && w + 12 > j; w--) {
            if (d->toks.v[w].kind == TK_QUOTE || (d->toks.v[w].flags & TF_INQUOTE) || sift_is_punct(d, w, ',') ||
                sift_is_cue(d, w))
                break;
            if (!is_who(d, w) || (d->toks.v[w].flags & TF_CAP))
                continue;
            for (uint32_t p = w; p-- > lo && w - p < 16;) {
                if (d->toks.v[p].kind == TK_QUOTE || (d->toks.v[p].flags & TF_INQUOTE) || sift_finite_verb(d, p))
                    break;
                int x = sift_entity_at(d, p);
                if (x >= 0 && d->ents.v[x].type == ET_PERSON) {
                    *np0 = sift_name_start(d, p, lo);
                    *np1 = p + 1;
                    return 1;
                }
            }
            break;
        }
    /* "..., according to the office of the independent prisons watchdog,
     * which has repeatedly described": the source "according to" gives */
    /* (a name right before the comma is the body itself: "according to the
     * United Nations refugee agency (UNHCR), which said") */
    if (j > lo + 4 && sift_tok_is(d, j - 1, "which") && !(d->toks.v[j - 1].flags & TF_CAP) &&
        sift_is_punct(d, j - 2, ',') && d->toks.v[j - 3].kind == TK_WORD && sift_entity_at(d, j - 3) < 0 &&
        according_source(d, j, lo, 16, np0, np1))
        return 1;
    /* "according to Budi Harsono, a spokesman for the ministry, who said":
     * "who" after a comma is the person named before it, or before the
     * appositive that ends there */
    if (j > lo + 2 && is_who(d, j - 1) && !(d->toks.v[j - 1].flags & TF_CAP) && sift_is_punct(d, j - 2, ',')) {
        uint32_t at = j - 3;
        int e = sift_entity_at(d, at);
        if (e < 0 || d->ents.v[e].type != ET_PERSON) {
            uint32_t c = at; /* the comma that opens the appositive */
            while (c > lo && j - c < 16 && !sift_is_punct(d, c, ',') && !sift_quote_mark(&d->toks.v[c]))
                c--; /* (past an owner's mark: "electricians' union") */
            e = -1;
            /* (or a role with no verb after a person's name: "Ray
             * Dominguez, business manager of a local electricians' union,
             * who told") */
            int role = c > lo + 1 && sift_is_punct(d, c, ',') && sift_entity_at(d, c - 1) >= 0 &&
                       d->ents.v[sift_entity_at(d, c - 1)].type == ET_PERSON && !has_verb(d, c + 1, j - 2);
            if (c > lo && sift_is_punct(d, c, ',') && (role || appositive(d, c + 1, j - 2))) {
                at = c - 1;
                e = sift_entity_at(d, at);
                /* (past an age: "Marco Zanardelli, 61, a retired dairy
                 * farmer from Alfianello, who said") */
                if (e < 0 && at > lo + 2 && d->toks.v[at].kind == TK_NUM && sift_is_punct(d, at - 1, ',')) {
                    at -= 2;
                    e = sift_entity_at(d, at);
                }
            }
        }
        if (e >= 0 && d->ents.v[e].type == ET_PERSON && !(d->toks.v[at].flags & TF_INQUOTE)) {
            uint32_t a = at;
            while (a > lo && sift_entity_at(d, a - 1) == e)
                a--;
            *np0 = a;
            *np1 = at + 1;
            return 1;
        }
        /* "Among the first passengers was a student heading to Kraków, who
         * said": the person the inverted clause names after its verb */
        uint32_t b0 = sift_body_start(d, d->toks.v[j].sent);
        if (e < 0 && b0 >= lo && sift_tok_is(d, b0, "among"))
            for (uint32_t v = b0 + 1; v + 2 < j - 2 && v < b0 + 16; v++)
                if ((sift_tok_is(d, v, "was") || sift_tok_is(d, v, "were")) &&
                    (sift_tok_is(d, v + 1, "a") || sift_tok_is(d, v + 1, "an"))) {
                    uint32_t h = v + 2; /* (to its noun: "a student", not "a student heading") */
                    while (h < j - 2 && h < v + 6 && !person_word(d, h))
                        h++;
                    *np0 = v + 1;
                    *np1 = h < j - 2 && h < v + 6 ? h + 1 : j - 2;
                    return 1;
                }
        /* "has drawn fierce criticism from structural engineers, who say":
         * the people a lower-case noun before the comma names */
        if (e < 0 && at == j - 3 && people_at(d, at, lo, np0, np1))
            return 1;
        /* "..., according to two people familiar with her thinking, who
         * said": the source "according to" gives */
        if (e < 0 && according_source(d, j, lo, 14, np0, np1))
            return 1;
        /* ("drew a quiet challenge from a coast guard officer in Teknaf,
         * who said": the phrase of the nearest noun for a person before the
         * comma, with its place) */
        for (uint32_t a = j - 3; e < 0 && a > lo + 1 && a + 10 > j; a--) {
            const tok *u = &d->toks.v[a];
            if (u->kind != TK_WORD || (u->flags & TF_INQUOTE) || sift_finite_verb(d, a) || sift_is_cue(d, a))
                break;
            if (!person_word(d, a) || (u->flags & TF_CAP))
                continue;
            uint32_t b = a;
            while (b > lo && b + 4 > a && d->toks.v[b - 1].kind == TK_WORD && !(d->toks.v[b - 1].flags & TF_CAP) &&
                   !(d->toks.v[b - 1].w.flags & (W_DET | W_PREP | W_VERB | W_AUX)))
                b--;
            int prep = a + 1 == j - 2 || ((d->toks.v[a + 1].w.flags & W_PREP) && !sift_tok_is(d, a + 1, "of"));
            if (b > lo && (sift_tok_is(d, b - 1, "a") || sift_tok_is(d, b - 1, "an")) && prep &&
                (d->toks.v[b - 2].w.flags & W_PREP)) {
                *np0 = b - 1;
                *np1 = j - 2;
                return 1;
            }
            break;
        }
        /* ('"...," said the agency's country director for Chad, who added':
         * whom the inverted attribution names after its verb) */
        for (uint32_t a = j - 3; e < 0 && a > lo + 1 && a + 14 > j; a--) {
            if (sift_is_punct(d, a, ',') || (d->toks.v[a].flags & TF_INQUOTE))
                break;
            if ((d->toks.v[a].w.flags & W_CUE_SAY) && !(d->toks.v[a].flags & TF_CAP) && a + 1 < j - 2 &&
                (sift_is_punct(d, a - 1, ',') || d->toks.v[a - 1].kind == TK_QUOTE) &&
                (d->toks.v[a + 1].w.flags & W_DET)) {
                *np0 = a + 1;
                *np1 = j - 2;
                return 1;
            }
        }
    }
    /* (or with no comma: "complaints from applicants who say"; bodies too:
     * "handing ammunition to unions who argue that") */
    if (j > lo + 2 && is_who(d, j - 1) && !(d->toks.v[j - 1].flags & TF_CAP) &&
        (people_at(d, j - 2, lo, np0, np1) ||
         ((sift_plural_flags(d, j - 2) & (W_ORGKIND | W_ORGKEY)) && sift_tok_ends(d, j - 2, "s") &&
          people_or_kind_at(d, j - 2, lo, 1, np0, np1))))
        return 1;
    /* "a housekeeper who has worked at the same resort for more than a
     * decade and who says": a second relative clause on the same person */
    uint32_t rw = j > lo + 4 && is_who(d, j - 1) && sift_tok_is(d, j - 2, "and") ? j - 3 : lo;
    while (rw > lo + 1 && rw + 24 > j && !is_who(d, rw) && d->toks.v[rw].kind != TK_QUOTE &&
           !(d->toks.v[rw].flags & TF_INQUOTE) && !sift_is_punct(d, rw, ';'))
        rw--;
    if (rw > lo + 1 && rw + 24 > j && is_who(d, rw)) {
        uint32_t a = rw;
        while (a > lo && a + 5 > rw && d->toks.v[a - 1].kind == TK_WORD && !(d->toks.v[a - 1].flags & TF_CAP) &&
               !(d->toks.v[a - 1].w.flags & (W_PREP | W_VERB | W_AUX | W_CUE)) &&
               d->toks.v[a - 1].upos != SIFT_UPOS_VERB)
            a--;
        if (a + 1 < rw && (d->toks.v[a].w.flags & W_DET) && d->toks.v[rw - 1].upos == SIFT_UPOS_NOUN) {
            /* (the person that phrase describes, past an age: "Dr Marc-Andre
             * Tremblay, 44, a family physician who has run a clinic ... and
             * who says") */
            uint32_t p = person_before_description(d, a, lo);
            if (p) {
                *np0 = sift_name_start(d, p, lo);
                *np1 = p + 1;
                return 1;
            }
            *np0 = a;
            *np1 = rw;
            return 1;
        }
    }
    /* "criticised by the Office of the Auditor-General, which said in a
     * report that": "which" after a comma is the organisation named before it */
    /* (past its acronym: "the National Civil Defence Institute (INDECI),
     * which said") */
    if (j > lo + 2 && sift_tok_is(d, j - 1, "which") && sift_is_punct(d, j - 2, ',')) {
        uint32_t at = j - 3;
        /* "released internal government projections, obtained through a
         * freedom-of-information request, which warned": the document,
         * past a participle's aside on it */
        uint32_t pc = at;
        while (pc > lo + 1 && at - pc < 12 && !sift_is_punct(d, pc, ',') && d->toks.v[pc].kind != TK_QUOTE)
            pc--;
        uint32_t dn = !sift_document_noun(d, at) && sift_is_punct(d, pc, ',') && pc > lo &&
                              sift_tok_ends(d, pc + 1, "ed") && (d->toks.v[pc + 2].w.flags & W_PREP)
                          ? pc - 1 : at;
        /* (or the document before what it is on: "the Auditor General's
         * latest report on the corporation, which found") */
        for (uint32_t m = at; !sift_document_noun(d, dn) && m > lo + 2 && m + 5 > at; m--)
            if ((sift_tok_is(d, m, "on") || sift_tok_is(d, m, "into") || sift_tok_is(d, m, "about")) &&
                sift_document_noun(d, m - 1) && !(d->toks.v[m - 1].flags & TF_CAP)) {
                dn = m - 1;
                break;
            } else if (d->toks.v[m].kind != TK_WORD) {
                break;
            }
        if (sift_document_noun(d, dn) && sift_entity_at(d, dn) < 0 && !(d->toks.v[dn].flags & (TF_INQUOTE | TF_CAP))) {
            uint32_t a0 = modifiers_before(d, dn, lo);
            /* (with its owner: "the Auditor General's") */
            if (dn < at && a0 > lo + 2 && (d->toks.v[a0 - 1].flags & TF_POSS) && d->toks.v[a0 - 1].kind != TK_WORD) {
                uint32_t o = a0 - 1;
                while (o > lo && o + 5 > a0 && d->toks.v[o - 1].kind == TK_WORD && (d->toks.v[o - 1].flags & TF_CAP))
                    o--;
                if (o < a0 - 1)
                    a0 = o - (o > lo && sift_tok_is(d, o - 1, "the"));
            }
            *np0 = a0;
            *np1 = dn + 1;
            return 1;
        }
        /* (past when a document of its was made: "a report by the Budget
         * Office published in September, which found") */
        uint32_t w = at;
        while (w > lo + 2 && ((d->toks.v[w].flags & TF_USED) || sift_tok_is(d, w, "in") || sift_tok_is(d, w, "on") ||
                              sift_tok_is(d, w, "last")) && !(d->toks.v[w].flags & TF_INQUOTE))
            w--;
        if (w < at && made_by(d, w) && sift_entity_at(d, w - 1) >= 0)
            at = w - 1;
        else if (w < at && made_by(d, w)) {
            /* (a maker no list knows: "a report by the Parliamentary
             * Ombudsman published in June, which found") */
            uint32_t b = w;
            while (b > lo + 1 && w - b < 6 && d->toks.v[b - 1].kind == TK_WORD && !sift_tok_is(d, b - 1, "by"))
                b--;
            if (b > lo + 1 && b < w && sift_tok_is(d, b - 1, "by") && (d->toks.v[w - 1].flags & TF_CAP) &&
                !(d->toks.v[w - 1].flags & TF_INQUOTE)) {
                *np0 = b;
                *np1 = w;
                return 1;
            }
        }
        int acr = -1; /* (or the acronym when the words before it name no one:
                       * "the United Nations refugee agency (UNHCR), which said") */
        if (at > lo + 3 && sift_paren_word(d, at - 2, at + 1)) {
            acr = sift_entity_at(d, at - 1) >= 0 && d->ents.v[sift_entity_at(d, at - 1)].type == ET_ORG ? (int)at - 1 : -1;
            at -= 3;
        }
        int e = sift_entity_at(d, at);
        /* (past a description in apposition: "according to Harcourt
         * Property, a real estate services firm, which says") */
        if (e < 0 && acr < 0) {
            uint32_t c = at; /* (the comma that opens it, as for "who" above) */
            while (c > lo + 1 && at - c < 8 && !sift_is_punct(d, c, ',') && d->toks.v[c].kind != TK_QUOTE)
                c--;
            if (c > lo + 1 && sift_is_punct(d, c, ',') && appositive(d, c + 1, j - 2) && sift_entity_at(d, c - 1) >= 0)
                e = sift_entity_at(d, at = c - 1);
        }
        if (e >= 0 && d->ents.v[e].type == ET_ORG && !(d->toks.v[at].flags & TF_INQUOTE)) {
            *np0 = sift_name_start(d, at, lo);
            *np1 = at + 1;
            return 1;
        }
        if (e < 0 && acr >= 0 && !(d->toks.v[acr].flags & TF_INQUOTE)) {
            *np0 = (uint32_t)acr;
            *np1 = (uint32_t)acr + 1;
            return 1;
        }
        /* (or by its kind: "brought by three borrowers and the network,
         * which said"; with its name before the kind: "members of the Unite
         * union, which says", even one no recognizer took for a name) */
        if (e < 0 && acr < 0 && at > lo && !(d->toks.v[at].flags & TF_INQUOTE) &&
            (institution_noun(d, at) || (d->toks.v[at].w.flags & W_ORGKEY))) {
            int named = sift_entity_at(d, at - 1);
            const tok *pw = &d->toks.v[at - 1];
            if (named >= 0 && d->ents.v[named].type == ET_ORG && !(d->toks.v[at].flags & TF_CAP)) {
                *np0 = sift_name_start(d, at - 1, lo);
                *np1 = at;
                return 1;
            }
            if (named < 0 && at > lo + 2 && sift_tok_is(d, at - 2, "the") && pw->kind == TK_WORD &&
                (pw->flags & TF_CAP) && !(pw->flags & TF_SENT) && !(d->toks.v[at].flags & TF_CAP)) {
                *np0 = at - 2;
                *np1 = at + 1;
                return 1;
            }
            if (sift_tok_is(d, at - 1, "the") && !(pw->flags & TF_CAP)) {
                *np0 = at - 1;
                *np1 = at + 1;
                return 1;
            }
        }
        /* (or past its modifiers, an acronym among them: "after an attack
         * on a shared municipal IT provider, which said") */
        if (e < 0 && acr < 0 && at > lo && !(d->toks.v[at].flags & (TF_CAP | TF_INQUOTE)) &&
            (institution_noun(d, at) || (d->toks.v[at].w.flags & W_ORGKEY))) {
            uint32_t a = at;
            /* (a participle after the article is one: "a shared") */
            while (a > lo + 1 && a + 6 > at && d->toks.v[a - 1].kind == TK_WORD &&
                   (!(d->toks.v[a - 1].flags & TF_CAP) || (d->toks.v[a - 1].flags & TF_ALLCAPS)) &&
                   !(d->toks.v[a - 1].w.flags & (W_AUX | W_PREP)) &&
                   ((!(d->toks.v[a - 1].w.flags & (W_VERB | W_CUE)) && d->toks.v[a - 1].upos != SIFT_UPOS_VERB) ||
                    (sift_tok_ends(d, a - 1, "ed") && (d->toks.v[a - 2].w.flags & W_DET))))
                a--;
            if (a < at && (d->toks.v[a].w.flags & W_DET)) {
                *np0 = a;
                *np1 = at + 1;
                return 1;
            }
        }
        /* (or a plural and its modifiers: "whether the government would
         * compensate small shops, which say they cannot absorb") */
        if (e < 0 && acr < 0 && at > lo && d->toks.v[at].upos == SIFT_UPOS_NOUN && sift_tok_ends(d, at, "s") &&
            !(d->toks.v[at].flags & (TF_CAP | TF_INQUOTE))) {
            *np0 = modifiers_before(d, at, lo);
            *np1 = at + 1;
            return 1;
        }
    }
    /* "monitored by the Finnish Institute for Working Life Research, whose
     * interim report, published in September, found": the organisation
     * whose document it is */
    {
        uint32_t h = j;
        if (h > lo + 2 && sift_is_punct(d, h - 1, ',')) /* (past an aside of when it was made) */
            for (uint32_t m = h - 2; m > lo && m + 8 > h; m--)
                if (sift_is_punct(d, m, ',')) {
                    if (made_by(d, m + 1))
                        h = m;
                    break;
                }
        if (h > lo + 3 && sift_document_noun(d, h - 1)) {
            uint32_t w = h - 2;
            while (w > lo && w + 4 > h && d->toks.v[w].kind == TK_WORD && !(d->toks.v[w].flags & TF_CAP) &&
                   !sift_tok_is(d, w, "whose"))
                w--;
            int e = w > lo + 1 && sift_tok_is(d, w, "whose") && sift_is_punct(d, w - 1, ',') ? sift_entity_at(d, w - 2)
                                                                                             : -1;
            if (e >= 0 && d->ents.v[e].type == ET_ORG && !(d->toks.v[w - 2].flags & TF_INQUOTE)) {
                *np0 = sift_name_start(d, w - 2, lo);
                *np1 = w - 1;
                return 1;
            }
        }
    }
    /* "Parents for Safer Screens, a Denver-based advocacy group that says":
     * "that" after a description in apposition is the name before it */
    if (j > lo + 4 && sift_tok_is(d, j - 1, "that") && !(d->toks.v[j - 1].flags & (TF_CAP | TF_INQUOTE))) {
        uint32_t c = j - 2;
        while (c > lo && j - c < 10 && (d->toks.v[c].kind == TK_WORD || sift_is_punct(d, c, '-')) &&
               !(d->toks.v[c].w.flags & (W_VERB | W_AUX | W_CUE | W_PREP)))
            c--;
        int e = c > lo && sift_is_punct(d, c, ',') && (sift_tok_is(d, c + 1, "a") || sift_tok_is(d, c + 1, "an"))
                    ? sift_entity_at(d, c - 1) : -1;
        if (e >= 0 && (d->ents.v[e].type == ET_ORG || d->ents.v[e].type == ET_PERSON) &&
            !(d->toks.v[c - 1].flags & TF_INQUOTE)) {
            *np0 = sift_name_start(d, c - 1, lo);
            *np1 = c;
            return 1;
        }
    }
    /* (or, in no apposition, the people or the organisation of a kind it
     * hangs on: "siding with a neighbourhood group that argued") */
    if (j > lo + 2 && sift_tok_is(d, j - 1, "that") && !(d->toks.v[j - 1].flags & TF_CAP) &&
        people_or_kind_at(d, j - 2, lo, 1, np0, np1))
        return 1;
    /* "In a 2009 interview he said": a subject pronoun right before the verb */
    if (j > lo && (d->toks.v[j - 1].w.flags & W_PRONOUN) && !(d->toks.v[j - 1].flags & TF_INQUOTE) &&
        (d->toks.v[j - 1].w.val == 'M' || d->toks.v[j - 1].w.val == 'F') &&
        (j - 1 == lo || !sift_tok_is(d, j - 2, "and"))) {
        *np0 = j - 1;
        *np1 = j;
        return 1;
    }
    /* "citing what it described as ...": the pronoun after "what" */
    if (j == cue && j >= lo + 2 && sift_tok_in(d, j - 1, sift_subject_pronouns) && sift_tok_is(d, j - 2, "what")) {
        *np0 = j - 1;
        *np1 = j;
        return 1;
    }
    /* (or a short phrase: "citing what one executive called "...", "what
     * the union described as") */
    for (uint32_t w = j - 1; j == cue && w > lo && w + 5 >= j; w--) {
        const tok *u = &d->toks.v[w - 1];
        if (sift_tok_is(d, w - 1, "what") && !(u->flags & TF_CAP)) {
            *np0 = w;
            *np1 = j;
            return 1;
        }
        if (d->toks.v[w].kind != TK_WORD || (d->toks.v[w].flags & TF_INQUOTE) ||
            (d->toks.v[w].w.flags & (W_VERB | W_AUX | W_PREP)))
            break;
    }
    if (relative_subject(d, j, lo, np0, np1))
        return 1;
    /* "a measure ... that rights groups say has been used", "the law, which
     * critics say is too vague": who speaks stands between the relative
     * pronoun and the verb */
    /* (a name may be long: "a ruling that the Kenya Borrowers' Rights
     * Network said could reshape") */
    uint32_t rel_lim = 5, name0 = j;
    if (j > lo + 1 && sift_entity_at(d, j - 1) >= 0 && !(d->toks.v[j - 1].flags & TF_INQUOTE)) {
        name0 = sift_name_start(d, j - 1, lo);
        rel_lim += j - 1 - name0;
    }
    for (uint32_t b = j, pp = 0; b-- > lo && j - b <= rel_lim;) {
        const tok *u = &d->toks.v[b];
        if (b >= name0)
            continue;
        /* (a possessive's mark may stand between: "which farmers' groups
         * warned") */
        if ((u->kind != TK_WORD && !((u->flags & TF_POSS) && b + 1 < j)) || (u->flags & TF_INQUOTE) ||
            ((u->w.flags & (W_AUX | W_VERB)) && b + 1 < j && !(pp && b + 1 == pp)))
            break; /* the word lists, not the tagger: "rights" in "rights groups" is no verb */
        /* (past one phrase on the subject: "a sum that delegates from the
         * poorest nations said fell far short") */
        if ((sift_tok_is(d, b, "from") || sift_tok_is(d, b, "of") ||
             sift_tok_is(d, b, "at") || sift_tok_is(d, b, "in")) &&
            !pp && b > lo + 2 && b + 1 < j && !(d->toks.v[b - 1].flags & TF_CAP) &&
            (plural_person(d, b - 1) || (d->toks.v[b - 1].w.flags & W_GROUP) ||
             (sift_tok_ends(d, b - 1, "s") && !(d->toks.v[b - 1].w.flags & (W_AUX | W_PREP | W_DET | W_PRONOUN))))) {
            pp = b; /* (the noun before it may be a verb too: "delegates") */
            rel_lim += 4;
            continue;
        }
        if ((sift_tok_is(d, b, "that") || sift_tok_is(d, b, "which")) && b + 1 < j) {
            if (names_agent(d, b + 1, j) || person_or_group(d, j - 1) ||
                (d->toks.v[j - 1].upos == SIFT_UPOS_NOUN && sift_tok_ends(d, j - 1, "s"))) {
                *np0 = b + 1;
                *np1 = j;
                return 1;
            }
            break;
        }
    }
    /* "duties it argues should be paid at Band 3", "tasks they say they
     * have done": a pronoun after the noun a relative clause describes is
     * that clause's subject on its own */
    if (j == cue && j >= lo + 2 && sift_tok_in(d, j - 1, sift_subject_pronouns) && !(d->toks.v[j - 1].flags & TF_CAP) &&
        d->toks.v[j - 2].kind == TK_WORD && !(d->toks.v[j - 2].flags & TF_CAP) &&
        !(d->toks.v[j - 2].w.flags & (W_DET | W_AUX | W_VERB | W_PREP | W_PRONOUN | W_STOP)) &&
        d->toks.v[j - 2].upos == SIFT_UPOS_NOUN) {
        *np0 = j - 1;
        *np1 = j;
        return 1;
    }
    /* "a decision privacy advocates warned would let ...", "the number of
     * people the agency said had died": a relative clause with no "that";
     * the verb's own clause has no subject (an auxiliary follows it), so
     * who speaks is the short phrase after the noun it describes */
    /* (or a name: "a measure the Treasury estimates would cost ...") */
    int named = j >= lo + 3 && !(d->toks.v[j - 1].flags & TF_INQUOTE) &&
                ((sift_entity_at(d, j - 1) >= 0 && d->ents.v[sift_entity_at(d, j - 1)].type != ET_GPE) ||
                 ((d->toks.v[j - 1].flags & TF_CAP) && d->toks.v[j - 1].kind == TK_WORD && sift_tok_is(d, j - 2, "the") &&
                  !(d->toks.v[j - 2].flags & TF_CAP)));
    if (j == cue && j >= lo + 3 && cue + 1 < d->toks.n && (d->toks.v[cue + 1].w.flags & W_AUX) &&
        !(d->toks.v[cue + 1].flags & TF_CAP) &&
        (person_or_group(d, j - 1) || (d->toks.v[j - 1].upos == SIFT_UPOS_NOUN && sift_tok_ends(d, j - 1, "s")) ||
         named || (sift_tok_is(d, j - 2, "the") && institution_noun(d, j - 1)))) {
        /* (or an institution: "a project the authority said had cost") */
        uint32_t g0 = named ? sift_name_start(d, j - 1, lo) : j - 1;
        const tok *pv = &d->toks.v[g0 - 1];
        if (!named && pv->kind == TK_WORD && !(pv->flags & TF_CAP) && !(pv->w.flags & (W_DET | W_AUX | W_VERB | W_PREP)) &&
            !(d->toks.v[g0 - 2].w.flags & W_DET) && pv->upos == SIFT_UPOS_NOUN)
            g0--; /* "privacy advocates" */
        if (d->toks.v[g0 - 1].w.flags & W_DET)
            g0--; /* "the agency" */
        const tok *ante = g0 > lo ? &d->toks.v[g0 - 1] : NULL;
        if (ante && ante->kind == TK_WORD && !(ante->flags & TF_CAP) && ante->upos == SIFT_UPOS_NOUN &&
            !(ante->w.flags & (W_DET | W_AUX | W_VERB | W_PREP | W_PRONOUN))) {
            *np0 = g0;
            *np1 = j;
            return 1;
        }
    }
    /* "a day after the finance ministry said", "fell after the company
     * said": a clause opened by a conjunction that is also a preposition,
     * when what follows it names someone who can speak */
    uint32_t st0 = d->sents.v[d->toks.v[cue].sent].t0 > lo ? d->sents.v[d->toks.v[cue].sent].t0 : lo;
    /* (past a description in apposition to a name: "after Adrialine, the
     * state-backed ferry operator, announced") */
    uint32_t je = j;
    if (j > st0 + 4 && sift_is_punct(d, j - 1, ',')) {
        uint32_t c = j - 2;
        while (c > st0 && j - c < 10 && (d->toks.v[c].kind == TK_WORD || (d->toks.v[c].flags & TF_POSS) ||
                                         sift_is_punct(d, c, '-')))
            c--;
        if (c > st0 + 1 && sift_is_punct(d, c, ',') && c + 2 < j && (d->toks.v[c + 1].w.flags & W_DET) &&
            !(d->toks.v[c + 1].flags & TF_CAP) && sift_entity_at(d, c - 1) >= 0 &&
            d->ents.v[sift_entity_at(d, c - 1)].type != ET_GPE)
            je = c;
    }
    for (uint32_t b = je, maker_seen = 0; b-- > st0 && je - b <= (maker_seen ? 10u : 7u);) {
        const tok *u = &d->toks.v[b];
        /* "as the toll climbed and a U.N. agency warned": "and" between two
         * clauses, each with its own subject */
        int and_clause = 0; /* (not in a name: "the Ministry of Internal Affairs and Communications") */
        if ((sift_tok_is(d, b, "and") || sift_tok_is(d, b, "but")) && !(u->flags & TF_CAP) && u->ment < 0)
            for (uint32_t k = b; k-- > st0 && !and_clause && !sift_is_punct(d, k, ',');)
                and_clause = sift_finite_verb(d, k) && !sift_is_cue(d, k) && !sift_in_compound(d, k) &&
                             !sift_tok_ends(d, k, "ing");
        if ((sift_tok_is(d, b, "after") || sift_tok_is(d, b, "before") || sift_tok_is(d, b, "since") ||
             sift_tok_is(d, b, "until") || sift_tok_is(d, b, "once") || sift_tok_is(d, b, "whereas") ||
             sift_tok_is(d, b, "though") || sift_tok_is(d, b, "when") || sift_tok_is(d, b, "because") ||
             and_clause) && /* ("..., when a friend joked that ...") */
            !(u->flags & TF_CAP)) {
            /* (or a document and its maker: "after tests by the regional
             * council found") */
            if (b + 1 < je && (names_agent(d, b + 1, je) || person_or_group(d, je - 1) ||
                               sift_tok_org_kind(d, je - 1) || maker_seen)) {
                *np0 = b + 1;
                *np1 = je;
                return 1;
            }
            break;
        }
        /* (a compound is one word: "after the Boston-based biotech said") */
        if (b + 1 < je && sift_in_compound(d, b + 1))
            continue;
        /* (or a document and its maker: "after data from the Andean
         * Glacier Monitoring Institute showed") */
        int maker = b > st0 && (sift_tok_is(d, b, "from") || sift_tok_is(d, b, "by")) && sift_document_noun(d, b - 1);
        maker_seen |= maker;
        if ((u->kind != TK_WORD && !(u->flags & TF_POSS)) ||
            ((u->w.flags & (W_AUX | W_VERB | W_PREP)) && !sift_in_compound(d, b) && !maker) || sift_is_cue(d, b) ||
            (u->flags & TF_INQUOTE))
            break;
    }
    if (j > lo && (sift_tok_is(d, j - 1, "and") || sift_tok_is(d, j - 1, "but"))) {
        /* coordinated verbs: "Trump has been critical ... and has suggested";
         * the subject opens the clause, after ", while" or at the sentence start */
        uint32_t s0 = sift_body_start(d, d->toks.v[cue].sent);
        if (s0 < lo)
            s0 = lo;
        /* ("But she argued that ..., and said": past the conjunction) */
        if (s0 + 2 < j && (sift_tok_is(d, s0, "but") || sift_tok_is(d, s0, "and") || sift_tok_is(d, s0, "yet")) &&
            (d->toks.v[s0].flags & TF_CAP))
            s0++;
        /* "... for the company, which last month cut its forecast and
         * announced plans to": the noun phrase the relative clause the
         * verbs share describes */
        for (uint32_t w = j - 1; w-- > s0 + 2 && !sift_is_punct(d, w, ',');) {
            if (!(sift_tok_is(d, w, "which") || is_who(d, w)) || !sift_is_punct(d, w - 1, ','))
                continue;
            uint32_t e = w - 1, b = e;
            while (b > s0 && d->toks.v[b - 1].kind == TK_WORD && !(d->toks.v[b - 1].w.flags & (W_PREP | W_VERB | W_AUX)) &&
                   !sift_is_cue(d, b - 1) && e - b < 5 && !(d->toks.v[b - 1].w.flags & W_DET))
                b--;
            if (b > s0 && (d->toks.v[b - 1].w.flags & W_DET))
                b--;
            if (b < e) {
                *np0 = b;
                *np1 = e;
                return 1;
            }
            break;
        }
        /* "In a statement read on television, the minister said ... and
         * called": the opening phrase is not the subject */
        if ((d->toks.v[s0].w.flags & W_PREP) || ing_form(d, s0)) /* "Speaking in ..., he said ... and accused" */
            for (uint32_t b = s0 + 1; b + 1 < j && b < s0 + 15; b++)
                if (sift_is_punct(d, b, ',')) {
                    s0 = b + 1;
                    break;
                }
        for (uint32_t b = j - 1; b-- > s0 + 1;)
            if (sift_is_punct(d, b, ',') && (d->toks.v[b + 1].w.flags & W_ADJUNCT) &&
                !sift_tok_is(d, b + 1, "and") && b + 2 < j && /* not ", but estimated" itself */
                !(d->toks.v[b + 1].flags & TF_INQUOTE) &&
                !sift_tok_is(d, b + 1, "which") && !is_who(d, b + 1) && /* not a relative clause */
                !(sift_tok_is(d, b + 1, "in") || sift_tok_is(d, b + 1, "with") ||
                  sift_tok_is(d, b + 1, "without") || sift_tok_is(d, b + 1, "during") ||
                  sift_tok_is(d, b + 1, "according")) && /* (", according to its accounts, and had told") */
                !(sift_tok_is(d, b + 1, "as") && (d->toks.v[b + 2].w.flags & W_AUX))) { /* (", as is usual,") */
                /* nor an aside: "The RSF, in a statement posted on ..., said" */
                s0 = b + 2;
                break;
            }
        if (!sift_clause_subject(d, s0, j - 1, np0, np1))
            return 0;
        /* ("Kanda's comments came a day after Labour Minister Wanida
         * Phrommin visited the plant and said": the subject of a clause
         * that "after" opens, a person or a body, when the sentence's own
         * names no one) */
        static const char *const subords[] = {"after", "when", "before", "as", "because", "since", "once", NULL};
        int names = 0;
        for (uint32_t k = *np0; k < *np1 && !names; k++)
            names = (sift_entity_at(d, k) >= 0 && !sift_owner_mark(d, k, *np1 - 1)) || person_word(d, k);
        for (uint32_t b = j - 1; !names && b-- > *np1 + 1;) {
            if (sift_is_punct(d, b, ',') || d->toks.v[b].kind == TK_QUOTE)
                break;
            if (!sift_tok_in(d, b, subords) || (d->toks.v[b].flags & TF_CAP) || !sift_clause_starts(d, b + 1))
                continue;
            uint32_t a0, a1;
            int x = sift_clause_subject(d, b + 1, j - 1, &a0, &a1) ? sift_entity_at(d, a1 - 1) : -1;
            if (x >= 0 && (d->ents.v[x].type == ET_PERSON || d->ents.v[x].type == ET_ORG)) {
                *np0 = a0;
                *np1 = a1;
            }
            break;
        }
        /* (the body a place's name owns: "Mexico's National Electoral
         * Institute said ..., and warned") */
        if (*np1 + 1 < j && (d->toks.v[*np1].flags & TF_POSS) && d->toks.v[*np1].kind != TK_WORD &&
            sift_entity_at(d, *np0) >= 0 && d->ents.v[sift_entity_at(d, *np0)].type == ET_GPE &&
            sift_entity_at(d, *np1 + 1) >= 0 && d->ents.v[sift_entity_at(d, *np1 + 1)].type == ET_ORG)
            *np1 = sift_name_end(d, *np1 + 1, j);
        /* ("The Hanbit branch of the Korean Metal Workers' Union, which
         * ..., has demanded ... and has said": the part and its whole) */
        if (*np1 + 3 < j && sift_tok_in(d, *np1, org_parts) && sift_tok_is(d, *np1 + 1, "of")) {
            uint32_t o = *np1 + 2 + sift_tok_is(d, *np1 + 2, "the");
            int x = sift_entity_at(d, o);
            if (x >= 0 && d->ents.v[x].type == ET_ORG)
                *np1 = sift_name_end(d, o, j);
        }
        /* ("Its managing director, Rohan Mehta, said ... and told": the
         * name in apposition to the subject) */
        uint32_t a = *np1;
        /* (or of "Chile's Labour Minister, Marcela Vidal, urged ... and
         * said": an owner's mark and the title's words) */
        while (a < j && a < *np1 + 5 &&
               ((d->toks.v[a].kind == TK_WORD &&
                 (!(d->toks.v[a].flags & TF_CAP) || (d->toks.v[a].w.flags & (W_TITLE | W_TITLE_MOD)))) ||
                (a == *np1 && (d->toks.v[a].flags & TF_POSS) && d->toks.v[a].kind != TK_WORD)))
            a++; /* (the rest of "Its managing director") */
        a = a < j && sift_is_punct(d, a, ',') ? a + 1 : 0;
        int pe = a ? sift_entity_at(d, a) : -1;
        int se = sift_entity_at(d, *np0);
        if (pe >= 0 && d->ents.v[pe].type == ET_PERSON && !(se >= 0 && d->ents.v[se].type == ET_PERSON)) {
            uint32_t b = sift_name_end(d, a, j), o = b + 1 + sift_tok_is(d, b + 1, "the");
            /* (and the party or body after it: "Ragnar Thorsson of the
             * Social Democrats,") */
            if (b + 2 < j && sift_tok_is(d, b, "of") && sift_entity_at(d, o) >= 0 &&
                d->ents.v[sift_entity_at(d, o)].type == ET_ORG && sift_is_punct(d, sift_name_end(d, o, j), ','))
                b = sift_name_end(d, o, j);
            if (b < j && sift_is_punct(d, b, ',')) {
                *np0 = a;
                *np1 = b;
            }
        }
        return 1;
    }
    /* "Davji Atellah, secretary-general of the Kenya Medical Practitioners,
     * Pharmacists and Dentists Union, said": a name and its title, whatever
     * commas the organisation in the title holds */
    if (j > lo + 4 && sift_is_punct(d, j - 1, ',')) {
        for (uint32_t c = j - 1; c-- > lo + 1 && j - c < 30;) {
            const tok *u = &d->toks.v[c];
            if (u->kind == TK_QUOTE || sift_is_cue(d, c) ||
                ((u->w.flags & (W_VERB | W_AUX)) && !(u->flags & TF_CAP)))
                break;
            /* (letters after the name: "Martin Adebayo KC, counsel to the
             * inquest, told") */
            static const char *const letters[] = {"kc", "qc", "mp", "mep", "jr", "sr", "obe", "mbe", "cbe", NULL};
            uint32_t nm = c - 1 - (c > lo + 2 && sift_tok_in(d, c - 1, letters) && d->toks.v[c - 2].ment >= 0);
            if (!sift_is_punct(d, c, ',') || d->toks.v[nm].ment < 0 ||
                d->ments.v[d->toks.v[nm].ment].type != ET_PERSON)
                continue;
            if (!sift_title_word(d, c + 1, j))
                break;
            const mention *pm = &d->ments.v[d->toks.v[nm].ment];
            if (pm->t0 < lo)
                break;
            *np0 = pm->t0;
            *np1 = pm->t1;
            return 1;
        }
    }
    /* Walk back over comma-separated segments: the closest one that names
     * someone wins; an appositive ("a soldier ...") defers to the one before. */
    uint32_t end = j;
    for (int seg = 0; seg < 4 && end > lo; seg++) {
        if (sift_is_punct(d, end - 1, ',')) {
            if (seg == 0)
                end--; /* "Tavares, said" -> the segment before the comma */
            else
                break;
        }
        /* "Minutes of a council meeting held on 28 October showed": a
         * participle and its date after the noun are no part of the subject */
        uint32_t dt = end;
        while (dt > lo && (d->toks.v[dt - 1].flags & TF_USED))
            dt--;
        if (dt < end && dt > lo + 2 && (d->toks.v[dt - 1].w.flags & W_PREP) && !(d->toks.v[dt - 1].flags & TF_CAP)) {
            uint32_t pp = dt - 2;
            const tok *pt = &d->toks.v[pp];
            if (pt->kind == TK_WORD && !(pt->flags & TF_CAP) && pt->upos == SIFT_UPOS_VERB &&
                (sift_tok_ends(d, pp, "ed") || sift_tok_in(d, pp, irregular_participles)) &&
                d->toks.v[pp - 1].kind == TK_WORD && !(d->toks.v[pp - 1].w.flags & (W_PREP | W_DET | W_AUX | W_VERB)) &&
                d->toks.v[pp - 1].upos == SIFT_UPOS_NOUN)
                end = pp;
        }
        uint32_t k = segment_start(d, end, lo);
        if (k >= end)
            break;
        /* "Unions representing staff in Poland's tax offices, social
         * insurance branches and regional administration said": the last
         * part of a list after a preposition is no subject of its own */
        if (seg == 0 && k > lo + 1 && sift_is_punct(d, k - 1, ',') && sift_list_tail(d, k, end)) {
            uint32_t pk = segment_start(d, k - 1, lo), prep = k - 1;
            while (prep > pk && !((d->toks.v[prep - 1].w.flags & W_PREP) && !(d->toks.v[prep - 1].flags & TF_CAP)))
                prep--;
            int plain = prep > pk + 1;
            for (uint32_t m = prep; m < k - 1 && plain; m++)
                plain = (d->toks.v[m].kind == TK_WORD || (d->toks.v[m].flags & TF_POSS)) &&
                        !(d->toks.v[m].w.flags & (W_VERB | W_AUX)) &&
                        !sift_is_cue(d, m) && d->toks.v[m].upos != SIFT_UPOS_VERB;
            /* (not "Outside the unit on Monday,"; nor a relative clause's
             * list: "The charge sheet, which lists counts of fraud, theft
             * and money laundering, alleges") */
            if (plain && pk < k - 1 && !(d->toks.v[pk].w.flags & W_PREP) && !sift_tok_is(d, pk, "which") &&
                !is_who(d, pk)) {
                *np0 = pk;
                *np1 = end;
                return 1;
            }
        }
        /* "The agency, known as Fitosegura, said": the name it is known by */
        if (seg == 0 && k > lo && k + 2 < end && sift_tok_is(d, k, "known") && sift_tok_is(d, k + 1, "as") &&
            sift_is_punct(d, k - 1, ',') && sift_entity_at(d, k + 2) >= 0 &&
            d->ents.v[sift_entity_at(d, k + 2)].type == ET_ORG && sift_name_end(d, k + 2, end) == end) {
            *np0 = k + 2;
            *np1 = end;
            return 1;
        }
        /* "a student from Recife, Brazil, said": a place and its country
         * are one segment */
        /* (and "in the provincial capital, Ilagan,": a place after the noun
         * for it) */
        /* (or where it lies: "who voted in Saitama, north of Tokyo,") */
        uint32_t gk = k;
        if (k + 2 < end && compass_of(d, k) &&
            sift_entity_at(d, k + 2) >= 0 && k >= lo + 2 && sift_entity_at(d, k - 2) >= 0 &&
            d->ents.v[sift_entity_at(d, k - 2)].type == ET_GPE)
            gk = k + 2;
        int pe = sift_entity_at(d, gk);
        if (pe >= 0 && d->ents.v[pe].type == ET_GPE && k >= lo + 2 && sift_is_punct(d, k - 1, ',') &&
            ((sift_entity_at(d, k - 2) >= 0 && d->ents.v[sift_entity_at(d, k - 2)].type == ET_GPE) ||
             (sift_tok_in(d, k - 2, place_nouns) && !(d->toks.v[k - 2].flags & TF_CAP)))) {
            uint32_t m = gk;
            while (m < end && sift_entity_at(d, m) == pe)
                m++;
            if (m == end) {
                k = segment_start(d, k - 1, lo);
                if (k >= end)
                    break;
            }
        }
        /* "The RSF, in a statement posted on its Telegram channel, said": a
         * phrase with no verb of its own between commas is an aside */
        /* (or before the subject's relative clause: "A haulier in Vipiteno,
         * on the Italian side of the pass, who runs a fleet of 40 lorries,
         * said") */
        int rel_next = end + 1 < j && sift_is_punct(d, end, ',') &&
                       (is_who(d, end + 1) || sift_tok_is(d, end + 1, "which"));
        /* (or where a place lies: "a community organiser in the town of
         * Chilibre, north of the capital, said") */
        int lies = k + 2 < end && compass_of(d, k);
        if (((seg == 0 && sift_is_punct(d, j - 1, ',')) || rel_next) && ((d->toks.v[k].w.flags & W_PREP) || lies) &&
            !(d->toks.v[k].flags & TF_CAP) && k > lo + 1 && sift_is_punct(d, k - 1, ',')) {
            int verb = 0;
            for (uint32_t m = k; m < end && !verb; m++)
                verb = (((d->toks.v[m].w.flags & (W_AUX | W_VERB)) || sift_is_cue(d, m)) &&
                        !sift_tok_ends(d, m, "ed")) ||
                       is_who(d, m) || sift_tok_is(d, m, "which");
            if (!verb) {
                end = k - 1;
                continue;
            }
        }
        /* "a figure of $340 million, which analysts say includes": the
         * subject of the relative clause */
        if ((sift_tok_is(d, k, "which") || is_who(d, k) || sift_tok_is(d, k, "whom")) && end == j &&
            end > k + 1 && end <= k + 4 &&
            ((d->toks.v[k + 1].w.flags & (W_GROUP | W_PRONOUN | W_DET)) || d->toks.v[k + 1].ment >= 0)) {
            int plain = 1;
            for (uint32_t m = k + 1; m < end; m++)
                if (d->toks.v[m].kind != TK_WORD || (d->toks.v[m].w.flags & (W_AUX | W_VERB | W_PREP)))
                    plain = 0;
            if (plain) {
                *np0 = k + 1;
                *np1 = end;
                return 1;
            }
        }
        /* "in a case the judge described as": the last noun phrase after a preposition */
        /* (not a relative clause after one: ", under which water services
         * were privatised in the late 1990s, say") */
        if ((d->toks.v[k].w.flags & W_PREP) && !(d->toks.v[k].flags & TF_CAP) &&
            !(k + 1 < end && (sift_tok_is(d, k + 1, "which") || sift_tok_is(d, k + 1, "whom")))) {
            for (uint32_t m = end; m-- > k + 1;)
                if (d->toks.v[m].w.flags & W_DET) {
                    k = m;
                    break;
                }
        }
        /* "In those areas, confirmed dengue cases fell": a phrase after a
         * preposition that opens the sentence is where, not who, and a
         * verb right after its comma has no subject */
        if (seg == 0 && end == j - 1 && sift_is_punct(d, end, ',') && (d->toks.v[k].w.flags & W_PREP) &&
            sift_body_start(d, d->toks.v[k].sent) == k && !names_agent(d, k, end))
            return 0;
        int after_comma = k > lo && sift_is_punct(d, k - 1, ',');
        /* "Critics, however, say": a lone adverb is no subject */
        /* (nor an age then or now: "The passenger, then 16, whose name is
         * suppressed, told") */
        int filler = (end - k == 1 && ((d->toks.v[k].w.flags & W_STOP) || is_adverb(d, k)) &&
                      !(d->toks.v[k].w.flags & W_PRONOUN)) ||
                     (end - k == 2 && (sift_tok_is(d, k, "then") || sift_tok_is(d, k, "now")) &&
                      d->toks.v[k + 1].kind == TK_NUM);
        /* (nor where someone is from, or an age, between commas after a
         * name: "Ciara Walsh, 18, from Ballina, Co Mayo, who ..., said") */
        /* (nor a gloss right before the verb: "Teodoro Ahuanari, the
         * community's apu, or leader, said") */
        if (!filler && after_comma && seg == 0 && sift_tok_is(d, k, "or") && end > k + 1 && end <= k + 3 &&
            !(d->toks.v[k].flags & TF_CAP) && d->toks.v[k + 1].kind == TK_WORD &&
            !(d->toks.v[k + 1].flags & TF_CAP) && !(d->toks.v[k + 1].w.flags & (W_DET | W_PRONOUN)) &&
            k >= lo + 3 && sift_is_punct(d, end, ',')) {
            end = k - 1;
            continue;
        }
        if (!filler && after_comma && seg > 0) {
            uint32_t f = k + sift_tok_is(d, k, "from");
            f += f + 1 < end && (sift_tok_is(d, f, "co") || sift_tok_is(d, f, "county")); /* ("Co Mayo") */
            int place = f < end;
            for (uint32_t m = f; m < end && place; m++) {
                int x = sift_entity_at(d, m);
                place = x >= 0 && (d->ents.v[x].type == ET_GPE || d->ents.v[x].type == ET_LOC);
            }
            /* (nor a gloss on a title: "the akim, or governor, of Kostanay
             * region") */
            int gloss = sift_tok_is(d, k, "or") && end > k + 1 && end <= k + 3 && !(d->toks.v[k].flags & TF_CAP);
            for (uint32_t m = k + 1; m < end && gloss; m++)
                gloss = d->toks.v[m].kind == TK_WORD && !(d->toks.v[m].flags & TF_CAP);
            filler = place || gloss || (end - k == 1 && d->toks.v[k].kind == TK_NUM && TOK_N(d, k) <= 3);
            seg -= filler; /* (such a segment counts for nothing) */
        }
        int appos = k > lo && appositive(d, k, end);

        if (appos && end > k && !(d->toks.v[k].w.flags & (W_PRONOUN))) {
            /* "In a statement, the union said", "In Beijing, a ministry
             * spokesman said": what precedes the comma is no name for the
             * subject to stand beside (a place is where, not who) */
            uint32_t pk = segment_start(d, k - 1, lo);
            /* (past a relative clause on what came before: "Asked whether
             * it acted on complaints, which date back to May, the MEC said") */
            if (pk > lo + 2 && (sift_tok_is(d, pk, "which") || is_who(d, pk)) && sift_is_punct(d, pk - 1, ','))
                pk = segment_start(d, pk - 2, lo);
            /* (nor where, however named, opening the sentence: "In the
             * refugee camps at Ukhiya, the UN refugee agency said") */
            static const char *const wheres[] = {"in", "at", "across", "outside", "inside", "near", NULL};
            /* (nor what that place is: "In Vardo, a fishing town on the
             * Barents Sea, the mayor said") */
            uint32_t pw = pk > lo + 2 && sift_is_punct(d, pk - 1, ',') ? segment_start(d, pk - 1, lo) : pk;
            if (pw < pk && sift_tok_in(d, pw, wheres) && sift_body_start(d, d->toks.v[pw].sent) == pw &&
                (d->toks.v[pk].w.flags & W_DET) && !has_verb(d, pk, k - 1) && !names_someone(d, pk, k - 1, 1))
                appos = 0;
            /* (nor a statement and when it was issued: "In a statement
             * issued after a meeting between Chaudhry and association
             * leaders on Monday evening, the board said") */
            if (pk < k - 1 && (d->toks.v[pk].w.flags & W_PREP) &&
                (!names_agent(d, pk, k - 1) ||
                 (sift_tok_in(d, pk, wheres) && sift_body_start(d, d->toks.v[pk].sent) == pk &&
                  ((!sift_document_noun(d, pk + 2) && !sift_tok_is(d, pk + 2, "interview")) ||
                   (sift_document_noun(d, pk + 2) && pk + 4 < k && sift_tok_ends(d, pk + 3, "ed") &&
                    !sift_tok_is(d, pk + 4, "by"))))))
                appos = 0;
            /* (nor the means and whom it went to: "In a submission to the
             * Department of Communications, the Commercial Television
             * Council said") */
            if (pk + 3 < k && (d->toks.v[pk].w.flags & W_PREP) && sift_body_start(d, d->toks.v[pk].sent) == pk &&
                (sift_document_noun(d, pk + 2) || sift_tok_is(d, pk + 2, "interview")) && sift_tok_is(d, pk + 3, "to"))
                appos = 0;
            /* "Speaking to BBC Radio, the chief executive said", "Asked
             * about the vote, the minister said": an opening participle
             * phrase is what the subject did, not a name beside it */
            size_t pn = TOK_N(d, pk);
            const char *ps = TOK_S(d, pk);
            /* (or irregular: "Told of the remarks, the union leader said") */
            if (pk < k - 1 && d->toks.v[pk].kind == TK_WORD && !(d->toks.v[pk].w.flags & W_PREP) &&
                ((pn > 4 && (memcmp(ps + pn - 3, "ing", 3) == 0 || memcmp(ps + pn - 2, "ed", 2) == 0)) ||
                 (sift_tok_is(d, pk, "told") && (d->toks.v[pk + 1].w.flags & W_PREP))) &&
                (pk == lo || sift_body_start(d, d->toks.v[pk].sent) == pk) &&
                /* (not a title's word: "Retired Colonel"; nor a person's
                 * name: "Blessing Nwachukwu, a 29-year-old resident,", nor
                 * a firm's: "Vueling, the airport's largest carrier,") */
                !((d->toks.v[pk + 1].w.flags & W_TITLE) && (d->toks.v[pk + 1].flags & TF_CAP)) &&
                !(d->toks.v[pk].ment >= 0 &&
                  (d->ments.v[d->toks.v[pk].ment].type == ET_PERSON || d->ments.v[d->toks.v[pk].ment].type == ET_ORG) &&
                  d->ments.v[d->toks.v[pk].ment].t1 == k - 1))
                appos = 0;
            /* "Talks broke down late Tuesday, the workers' union said": a
             * clause before the comma, not a name, so "the ..." is the
             * subject of a final attribution */
            if (seg == 0 && end == j && pk < k - 1 && has_verb(d, pk, k - 1) && !names_someone(d, pk, k - 1, 1))
                appos = 0;
            /* ("In the Adre transit site, a sprawl of plastic sheeting ...,
             * a woman who fled El Fasher last month said": a person with no
             * comma before the verb, after a place described) */
            /* (not after an age and the name it is given for: "said Hakan
             * Yıldız, 41, a shopkeeper in Istanbul's Kadıköy district who") */
            uint32_t pk2 = pk > lo + 1 && sift_is_punct(d, pk - 1, ',') && d->toks.v[pk].kind == TK_NUM
                               ? segment_start(d, pk - 1, lo) : pk;
            if (seg == 0 && end == j && (sift_tok_is(d, k, "a") || sift_tok_is(d, k, "an")) &&
                !names_someone(d, pk2, k - 1, 1))
                for (uint32_t m = k + 1; m < end && m < k + 5 && d->toks.v[m].kind == TK_WORD && !is_who(d, m) &&
                                         !(d->toks.v[m].w.flags & W_PREP); m++)
                    if (person_word(d, m)) {
                        appos = 0;
                        break;
                    }
            /* "Nationally, the Department of Water and Sanitation said": an
             * adverb opening the sentence is no name */
            if (pk + 2 == k && sift_body_start(d, d->toks.v[pk].sent) == pk && d->toks.v[pk].ment < 0 &&
                d->toks.v[pk].upos == SIFT_UPOS_ADV && pn > 4 && memcmp(ps + pn - 2, "ly", 2) == 0)
                appos = 0;
            /* (nor is a time: "Late on Wednesday, a person close to the
             * company's management said"; or a return: "Back at the
             * maintenance base, the airline's technical chief said") */
            static const char *const times[] = {"late", "early", "later", "earlier", "back", NULL};
            if (pk + 3 < k && sift_body_start(d, d->toks.v[pk].sent) == pk && sift_tok_in(d, pk, times) &&
                (d->toks.v[pk + 1].w.flags & W_PREP) && !has_verb(d, pk, k - 1))
                appos = 0;
            /* (nor is a body's noun a person's description: "In a statement
             * signed by its head of corporate communications, Olamide
             * Adeyemi, the university said") */
            int px = sift_entity_at(d, pk);
            if (appos && px >= 0 && d->ents.v[px].type == ET_PERSON && sift_name_end(d, pk, k) + 1 == k &&
                end == k + 2 && sift_tok_is(d, k, "the") && !(d->toks.v[k + 1].flags & TF_CAP) &&
                ((d->toks.v[k + 1].w.flags & (W_ORGKEY | W_ORGPRE)) || sift_tok_org_kind(d, k + 1)) &&
                !(d->toks.v[k + 1].w.flags & (W_TITLE | W_PERSON_NOUN)))
                appos = 0;
        }
        /* a clause after "that"/"because" inside an appositive is no subject:
         * "X, an independent group that counts protesters, estimated" */
        /* (but not a participle's: "Press freedom groups, while backing
         * action against disinformation, warned") */
        int sub_after_comma = k > lo + 1 && sift_is_punct(d, k - 2, ',') &&
                              (sift_tok_is(d, k - 1, "while") || sift_tok_is(d, k - 1, "although")) &&
                              !(k + 1 < end && end != j && sift_tok_ends(d, k, "ing") &&
                                !(d->toks.v[k].flags & TF_CAP) && d->toks.v[k].upos == SIFT_UPOS_VERB);
        /* ("The row dates back to September, when the university announced
         * that": the clause of when ends at the verb; its subject speaks) */
        static const char *const whens[] = {"when", "because", "if", "although", NULL};
        if (k > lo + 1 && end == j && end - k <= 5 && sift_tok_in(d, k - 1, whens) && sift_is_punct(d, k - 2, ',') &&
            !(d->toks.v[k - 1].flags & TF_CAP) && (d->toks.v[k].w.flags & W_DET) && !has_verb(d, k, end)) {
            *np0 = k;
            *np1 = end;
            return 1;
        }
        if (k > lo && !sub_after_comma && /* ", while the company said": its own subject */
            (sift_tok_is(d, k - 1, "that") || sift_tok_is(d, k - 1, "because") ||
             sift_tok_is(d, k - 1, "when") || sift_tok_is(d, k - 1, "while") ||
             sift_tok_is(d, k - 1, "if") || sift_tok_is(d, k - 1, "although") ||
             /* "Benítez, speaking as he arrived at the court, said", not
              * ", as analysts said" */
             (sift_tok_is(d, k - 1, "as") && end != j && has_verb(d, k, end)))) {
            uint32_t c = k - 1;
            while (c > lo && !sift_is_punct(d, c - 1, ','))
                c--;
            if (c > lo + 1) {
                end = c - 1;
                continue;
            }
        }
        /* "..., speaking on condition of anonymity, said": a participle phrase */
        /* (after an adverb too: ", also placed before the court,") */
        uint32_t pk = k + 1 < end && (sift_tok_is(d, k, "also") || is_adverb(d, k)) ? k + 1 : k;
        size_t kn = TOK_N(d, pk);
        int participle = d->toks.v[pk].kind == TK_WORD && !(d->toks.v[pk].flags & TF_CAP) &&
                         ((kn > 4 && (memcmp(TOK_S(d, pk) + kn - 3, "ing", 3) == 0 ||
                                      memcmp(TOK_S(d, pk) + kn - 2, "ed", 2) == 0)) ||
                          sift_tok_in(d, pk, irregular_participles)) && /* "The memo, sent on Tuesday, said" */
                         /* (not a role: "retired teacher Judith Pemberton") */
                         !(k + 2 < end && (d->toks.v[k + 1].w.flags & (W_PERSON_NOUN | W_TITLE)) &&
                           sift_entity_at(d, k + 2) >= 0 && d->ents.v[sift_entity_at(d, k + 2)].type == ET_PERSON) &&
                         /* (nor "retired High Court judge Sir Malcolm Pryce":
                          * a role that ends in the person's name) */
                         !(k + 2 < end && !(d->toks.v[k + 1].w.flags & W_PREP) && sift_entity_at(d, end - 1) >= 0 &&
                           d->ents.v[sift_entity_at(d, end - 1)].type == ET_PERSON);
        /* "Fiona Achterberg, who will stay on to run the business as a
         * division of Halvorsen, said": a relative clause that "as" cut is
         * still one, from its comma */
        /* (past a place's commas and a second verb: "Vantora, which is
         * headquartered in San Jose, California, and runs ..., said") */
        int own_verb = 0;
        for (uint32_t cs = k; cs > lo + 1 && k - cs < 30; cs--)
            if (sift_is_punct(d, cs - 1, ',')) {
                if (cs < k && (is_who(d, cs) || sift_tok_is(d, cs, "whose") || sift_tok_is(d, cs, "which"))) {
                    k = cs, after_comma = 1;
                    break;
                }
                /* (or a description that holds it, before such an aside: "a
                 * retired schoolteacher whose house in Barriere, north of
                 * Kamloops, burned to its foundations,") */
                int holds = 0;
                for (uint32_t w = cs + 1; own_verb && cs < k && w < k && !sift_is_punct(d, w, ',') && !holds; w++)
                    holds = is_who(d, w) || sift_tok_is(d, w, "whose");
                if (holds) {
                    k = cs, after_comma = 1;
                    break;
                }
                /* (or where it lies: "whose house in Barriere, north of
                 * Kamloops, burned to its foundations,") */
                /* (or how near: "near the village of Ulken, close to the
                 * construction site,") */
                int place = (sift_entity_at(d, cs) >= 0 && d->ents.v[sift_entity_at(d, cs)].type == ET_GPE) ||
                            compass_of(d, cs) ||
                            ((sift_tok_is(d, cs, "close") || sift_tok_is(d, cs, "next")) &&
                             sift_tok_is(d, cs + 1, "to")) ||
                            (sift_tok_is(d, cs, "near") && !(d->toks.v[cs].flags & TF_CAP));
                int verb_and = sift_tok_is(d, cs, "and") && sift_finite_verb(d, cs + 1) &&
                               !(d->toks.v[cs + 1].flags & TF_CAP);
                /* (or a list's commas: "which represents 140 companies
                 * including chemical makers, steel mills and paper producers,") */
                /* (or of names: "which represents major technology
                 * companies including Meta, Google and TikTok,") */
                int listed = (d->toks.v[cs].kind == TK_WORD && !(d->toks.v[cs].flags & TF_CAP) &&
                              !(d->toks.v[cs].w.flags & (W_VERB | W_AUX | W_CUE | W_PRONOUN | W_DET)) &&
                              !sift_finite_verb(d, cs)) ||
                             (sift_entity_at(d, cs) >= 0 && cs >= 2 && sift_entity_at(d, cs - 2) >= 0);
                if (listed) { /* (the list's last part, with its "and") */
                    int and_seen = 0;
                    for (uint32_t m = cs + 1; m < j && m < cs + 8 && !sift_is_punct(d, m, ',') && !and_seen; m++)
                        and_seen = sift_tok_is(d, m, "and") || sift_tok_is(d, m, "or");
                    listed = and_seen;
                }
                /* (the relative clause's own verb after such an aside:
                 * ", north of Kamloops, burned to its foundations,") */
                if (cs == k)
                    own_verb = cs + 1 < end && sift_finite_verb(d, cs) && sift_tok_ends(d, cs, "ed") && cs >= 3 &&
                               sift_compass(d, segment_start(d, cs - 1, lo));
                /* (or after a description: "whose husband, a corporal, was
                 * killed by a roadside bomb near Dhobley in March,") */
                if (cs == k && !own_verb && sift_finite_verb(d, cs))
                    for (uint32_t w = cs - 1; w-- > lo + 1 && w + 12 > cs && !own_verb;)
                        own_verb = (is_who(d, w) || sift_tok_is(d, w, "whose")) && sift_is_punct(d, w - 1, ',');
                /* (or a short description between commas inside it: "whose
                 * husband, a corporal, was killed near Dhobley") */
                int described = cs < k && (sift_tok_is(d, cs, "a") || sift_tok_is(d, cs, "an"));
                for (uint32_t m = cs + 1; described && m < cs + 5; m++) {
                    if (sift_is_punct(d, m, ','))
                        break;
                    described = m + 1 < k && d->toks.v[m].kind == TK_WORD && !(d->toks.v[m].flags & TF_CAP) &&
                                !sift_finite_verb(d, m);
                }
                if (!(place || verb_and || listed || described || (cs == k && own_verb)))
                    break;
            } else if (d->toks.v[cs - 1].kind == TK_QUOTE || (d->toks.v[cs - 1].flags & TF_SENT)) {
                break;
            }
        /* "..., where the Red Cross said it had registered": "where" opens
         * a clause with a subject of its own */
        if ((sift_tok_is(d, k, "where") || sift_tok_is(d, k, "when")) && end == j && k + 1 < end &&
            end - k <= 8 && !has_verb(d, k + 1, end)) {
            *np0 = k + 1;
            *np1 = end;
            return 1;
        }
        /* "Ledesma, his voice breaking at times, told": a phrase with its
         * own participle, about the subject before it */
        int absolute = 0;
        if (after_comma && (sift_tok_is(d, k, "his") || sift_tok_is(d, k, "her") || sift_tok_is(d, k, "their")))
            for (uint32_t m = k + 2; m < end && m < k + 5 && !absolute; m++)
                absolute = sift_tok_ends(d, m, "ing") && !(d->toks.v[m].flags & TF_CAP);
        /* (or after a preposition: "through which most of El Oro's fruit
         * is shipped") */
        /* (or after a part: "parts of which were shared with journalists",
         * "some of whom") */
        uint32_t pw = k + 2 < end && sift_tok_is(d, k + 1, "of") && d->toks.v[k].kind == TK_WORD ? k + 2 : k + 1;
        int prep_which = ((d->toks.v[k].w.flags & W_PREP) || pw == k + 2) && !(d->toks.v[k].flags & TF_CAP) &&
                         pw < end && (sift_tok_is(d, pw, "which") || sift_tok_is(d, pw, "whom"));
        int relative = absolute || prep_which || is_who(d, k) || sift_tok_is(d, k, "whose") ||
                       ((sift_tok_is(d, k, "and") || sift_tok_is(d, k, "but")) &&
                        (is_who(d, k + 1) || sift_tok_is(d, k + 1, "which") || sift_tok_is(d, k + 1, "whose"))) ||
                       sift_tok_is(d, k, "which") || sift_tok_is(d, k, "whom") ||
                       sift_tok_is(d, k, "where") || (participle && after_comma) ||
                       /* (or its verb after an aside: "who, like many women
                        * of her generation, is known by") */
                       (after_comma && seg == 0 && !(d->toks.v[k].flags & TF_CAP) && sift_finite_verb(d, k) &&
                        (d->toks.v[k].upos == SIFT_UPOS_VERB || d->toks.v[k].upos == SIFT_UPOS_AUX ||
                         (d->toks.v[k].w.flags & W_AUX)) && !sift_is_cue(d, k) &&
                        !names_someone(d, k, end, 1)) || /* (not "retired teacher Judith Pemberton") */
                       (after_comma && seg > 0 && (sift_tok_is(d, k, "like") || sift_tok_is(d, k, "unlike")) &&
                        !(d->toks.v[k].flags & TF_CAP));
        /* "Ashwin Gaonkar, a former activist who founded the Gomantak Jan
         * Morcha last year, said": a name inside the appositive's relative
         * clause is not the one it describes */
        /* (nor one after a participle or a preposition: "Ruth Nyambura, a
         * senior counsel representing Kiprono, said") */
        uint32_t named_end = end;
        if (appos)
            for (uint32_t m = k + 1; m < end; m++)
                if ((is_who(d, m) || sift_tok_is(d, m, "that") || sift_tok_is(d, m, "which") ||
                     sift_tok_is(d, m, "where") || sift_tok_is(d, m, "whose") || (d->toks.v[m].w.flags & W_PREP) ||
                     (TOK_N(d, m) > 5 && sift_tok_ends(d, m, "ing") && d->toks.v[m].upos == SIFT_UPOS_VERB)) &&
                    !(d->toks.v[m].flags & TF_CAP)) {
                    named_end = m;
                    break;
                }
        /* "The shop's owner, the family-run firm Hallmayer & Söhne, said":
         * an organisation after its kind, beside a phrase that names no one */
        /* (or one its name is given to: "The organisers, a coalition of
         * student and youth groups called Gerakan Tambang Adil, said") */
        uint32_t called_at = appos ? org_called(d, k, end) : 0;
        if (called_at && sift_name_end(d, called_at, end) == end)
            k = called_at;
        int org_appos = appos && (org_after_kind(d, k, named_end) || k == called_at) &&
                        !names_someone(d, segment_start(d, k - 1, lo), k - 1, 0);
        /* "the organisers, the National Alliance of University Student
         * Councils (NAUSC), said": the organisation named beside its role */
        int org_named = 0;
        int pe2 = k >= 2 ? sift_entity_at(d, k - 2) : -1; /* (a place only after "in", as below) */
        if (pe2 >= 0 && d->ents.v[pe2].type == ET_GPE && sift_name_start(d, k - 2, lo) > lo + 1 &&
            sift_tok_is(d, sift_name_start(d, k - 2, lo) - 1, "in"))
            pe2 = -1;
        if (appos && sift_tok_is(d, k, "the") && k + 1 < end && k >= 2 && pe2 < 0 &&
            sift_entity_at(d, k + 1) >= 0 &&
            d->ents.v[sift_entity_at(d, k + 1)].type == ET_ORG) {
            uint32_t m = sift_name_end(d, k + 1, end);
            m += sift_paren_word(d, m, end);
            /* (and where it is: "the Fundacion Castell de Arte Precolombino
             * in Barcelona") */
            int at = m + 1 < end && (sift_tok_is(d, m, "in") || sift_tok_is(d, m, "of")) ? sift_entity_at(d, m + 1)
                                                                                         : -1;
            if (at >= 0 && d->ents.v[at].type == ET_GPE && sift_name_end(d, m + 1, end) == end)
                m = end;
            /* (beside a short phrase of its own, not "which runs the
             * programme of cycling's governing body, the International
             * Cycling Union (UCI), said") */
            uint32_t p0 = segment_start(d, k - 2, lo);
            /* (past a place that owns it: "Ivory Coast's main opposition
             * party, the Ivorian Democratic Front (FDI), said"; or a person:
             * "Alaoui's party, the Union for Progress, said") */
            int pe0 = sift_entity_at(d, p0);
            if (pe0 >= 0 && (d->ents.v[pe0].type == ET_GPE || d->ents.v[pe0].type == ET_PERSON)) {
                uint32_t q = sift_name_end(d, p0, k - 1);
                if (q < k - 1 && (d->toks.v[q].flags & TF_POSS) && d->toks.v[q].kind != TK_WORD)
                    p0 = q + 1;
            }
            /* (or beside a document's maker by its kind: "A report by the
             * French polar agency, the Institut Polaire, found") */
            int maker = 0;
            for (uint32_t q = p0 + 1; q + 2 < k - 1 && !maker; q++)
                if (sift_tok_is(d, q, "by") && (sift_document_noun(d, q - 1) ||
                                                (q > p0 + 1 && made_by(d, q - 1) && sift_document_noun(d, q - 2)))) {
                    p0 = q + 1;
                    maker = sift_tok_is(d, p0, "the");
                }
            /* (a plural's owner mark is no word, nor is "a" one: "A travel
             * agents' group, the Seoul Tour Operators Council, said") */
            /* (nor a thing's: "The museum's owner, the Fundacion ...") */
            /* (nor is where the body is: "A fishermen's union in Concón,
             * the Sindicato de Pescadores ..., said") */
            uint32_t re = k - 1;
            for (uint32_t q = p0 + 1; q + 1 < re; q++)
                if (sift_tok_is(d, q, "in") && !(d->toks.v[q].flags & TF_CAP) && sift_entity_at(d, q + 1) >= 0 &&
                    d->ents.v[sift_entity_at(d, q + 1)].type == ET_GPE && sift_name_end(d, q + 1, re) == re) {
                    re = q;
                    break;
                }
            unsigned words = 0;
            for (uint32_t q = p0; q < re; q++)
                words += !plural_owner_mark(d, q, p0) && !thing_owner_mark(d, q, p0) &&
                         !(q == p0 && (sift_tok_is(d, q, "a") || sift_tok_is(d, q, "an") ||
                                       sift_tok_is(d, q, "and"))); /* (", and the ...") */
            /* (a longer role when it ends in a kind of body: "the national
             * rail operator, the Office National des Chemins de Fer") */
            org_named = m == end && words <= 3u + maker + (words <= 5 && sift_tok_org_kind(d, k - 2));
            for (uint32_t q = p0; q < re && org_named; q++) {
                int x = sift_entity_at(d, q);
                if (plural_owner_mark(d, q, p0) || thing_owner_mark(d, q, p0))
                    continue;
                /* (not "Gavi, the Vaccine Alliance,") */
                org_named = d->toks.v[q].kind == TK_WORD && !(d->toks.v[q].w.flags & (W_VERB | W_AUX | W_CUE)) &&
                            !is_who(d, q) && !sift_tok_is(d, q, "which") &&
                            (!(d->toks.v[q].flags & TF_CAP) || (d->toks.v[q].w.flags & (W_DET | W_STOP)) ||
                             (maker && x >= 0 && d->ents.v[x].type == ET_NORP));
            }
        }
        if (!filler && !relative && (!appos || names_someone(d, k, named_end, 1) || org_appos || org_named)) {
            /* ", and officials said", ", while the company said": the
             * conjunction is not part of the subject */
            if (k + 1 < end && (sift_tok_is(d, k, "and") || sift_tok_is(d, k, "but") ||
                                sift_tok_is(d, k, "while") || sift_tok_is(d, k, "whereas") ||
                                sift_tok_is(d, k, "although") || sift_tok_is(d, k, "though")) &&
                !(d->toks.v[k].flags & TF_CAP))
                k++;
            /* "Spain, Ireland and Norway said": earlier names of the list */
            while (k >= lo + 2 && sift_is_punct(d, k - 1, ',') && sift_entity_at(d, k - 2) >= 0 &&
                   entity_list(d, k, end)) {
                uint32_t b = k - 2;
                int e = sift_entity_at(d, b);
                while (b > lo && sift_entity_at(d, b - 1) == e)
                    b--;
                /* not "In Paris, Germany and France said": a place opening the sentence */
                /* (nor where those a document asked live: "A survey by the
                 * charity of 1,100 parents in Glasgow, Dundee and Aberdeen
                 * found": the subject opens the sentence) */
                uint32_t opens = sift_body_start(d, d->toks.v[b].sent);
                if (b > opens + 3 && (sift_tok_is(d, b - 1, "in") || sift_tok_is(d, b - 1, "across")) &&
                    !(d->toks.v[b - 1].flags & TF_CAP) && (d->toks.v[opens].w.flags & W_DET) &&
                    sift_document_noun(d, opens + 1) && entity_list(d, b, end)) {
                    k = opens;
                    break;
                }
                if (!entity_list(d, b, end) ||
                    !(b == lo || sift_is_punct(d, b - 1, ',') || (d->toks.v[b - 1].w.flags & (W_PREP | W_STOP))) ||
                    (b > lo && (d->toks.v[b - 1].w.flags & W_PREP) &&
                     sift_body_start(d, d->toks.v[b].sent) == b - 1))
                    break;
                k = b;
            }
            /* (ten words at most, a hyphenated word one: "Data compiled
             * by Jakarta-based think tank Energi Bersih Institute") */
            /* (or a document and its maker whole: "A survey by Lima-based
             * pollster Instituto Andino de Opinión published this month") */
            /* (past two words before it: "An internal fatigue review
             * compiled by") */
            uint32_t dn = k + ((d->toks.v[k].w.flags & W_DET) != 0);
            dn += dn + 2 < end && !sift_document_noun(d, dn) && d->toks.v[dn].kind == TK_WORD;
            dn += dn + 2 < end && !sift_document_noun(d, dn) && d->toks.v[dn].kind == TK_WORD &&
                  !(d->toks.v[dn].flags & TF_CAP) && sift_document_noun(d, dn + 1);
            /* (two such nouns are one: "An inspection report published by") */
            dn += dn + 2 < end && sift_document_noun(d, dn) && sift_document_noun(d, dn + 1) &&
                  !(d->toks.v[dn + 1].flags & TF_CAP);
            /* (or a compound before it: "A cost-of-living study commissioned by") */
            for (uint32_t x = dn + 1; !sift_document_noun(d, dn) && x + 1 < end && sift_in_compound(d, x) &&
                                      sift_is_punct(d, x - 1, '-'); x += 2)
                if (sift_document_noun(d, x + 1))
                    dn = x + 1;
            uint32_t by = dn + 1;
            /* (past a date right after it: "A report last month by") */
            uint32_t past_date = by;
            while (past_date < end && past_date < by + 3 && (d->toks.v[past_date].flags & TF_USED))
                past_date++;
            if (past_date > by && past_date < end && sift_tok_is(d, past_date, "by"))
                by = past_date;
            if (by < end && sift_tok_is(d, by, "of")) /* ("An analysis of trip data by") */
                while (++by < end && by < dn + 8 && /* (names too: "A survey of 1,200 Band A customers in") */
                       ((d->toks.v[by].kind == TK_WORD && !(d->toks.v[by].w.flags & (W_PREP | W_VERB | W_AUX))) ||
                        d->toks.v[by].kind == TK_NUM || /* ("A survey of 1,200 small manufacturers by") */
                        (sift_is_punct(d, by, '-') && sift_in_compound(d, by + 1)))) /* ("of part-time workers by") */
                    ;
            /* (and where those asked are: "A survey of 310 school cooks in
             * nine districts by") */
            if (by > dn + 1 && by + 2 < end && (sift_tok_is(d, by, "in") || sift_tok_is(d, by, "across")))
                by = maker_by_after(d, by, end);
            by += by < end && made_by(d, by);
            /* (or to whom it went: "Data submitted to the National Assembly by") */
            if (by > dn + 1 && by + 2 < end && sift_tok_is(d, by, "to") && made_by(d, by - 1))
                by = maker_by_after(d, by, end);
            if (by + 1 < end && sift_tok_is(d, by, "carried") && sift_tok_is(d, by + 1, "out"))
                by += 2; /* ("A survey of 63 technicians carried out this month by") */
            for (uint32_t wb = by; by > dn + 1 && by < end && by < wb + 4 && when_made(d, by);)
                by++; /* ("Figures published last month by") */
            /* (and where: "A study published last year in The Lancet
             * Global Health by Sithole's team") */
            if (by > dn + 1 && by + 2 < end && sift_tok_is(d, by, "in")) {
                uint32_t ne = by + 1;
                while (ne < end && ne < by + 8 && d->toks.v[ne].kind == TK_WORD && (d->toks.v[ne].flags & TF_CAP))
                    ne++;
                if (ne > by + 1 && ne < end && sift_tok_is(d, ne, "by"))
                    by = ne;
            }
            int made = by < end && sift_document_noun(d, dn) &&
                       (sift_tok_is(d, by, "by") || (by == dn + 1 && sift_tok_is(d, by, "from")));
            /* "The deaths came a day after the Fundamental Rights Office of
             * Frontex, the European Union's border agency, said": a name
             * that ends the clause a conjunction opens is its subject */
            static const char *const conjunctions[] = {"after", "before", "when", "as", "since", "because",
                                                       "although", "though", "while", "until", "once", NULL};
            int last = end > k + 1 ? sift_entity_at(d, end - 1) : -1;
            uint32_t ln0 = last >= 0 ? sift_name_start(d, end - 1, k) : k;
            ln0 -= ln0 > k + 1 && sift_tok_is(d, ln0 - 1, "the");
            if (last >= 0 && !made && ln0 > k + 2 && sift_tok_in(d, ln0 - 1, conjunctions) &&
                !(d->toks.v[ln0 - 1].flags & TF_CAP) && has_verb(d, k, ln0 - 1) &&
                !(d->toks.v[end - 1].flags & TF_INQUOTE)) {
                *np0 = ln0;
                *np1 = end;
                return 1;
            }
            uint32_t from = end;
            for (unsigned words = 0; from > k && (words < 10 || made); from--)
                words += !sift_in_compound(d, from - 1) &&
                         !(sift_is_punct(d, from - 1, '-') && sift_in_compound(d, from));
            /* (and its owner, when the ten stop at a document after the
             * possessive: "The city health office's estimate of 9,500 people
             * at high risk of infection suggests") */
            if (from > k + 1 && from + 1 < end && (d->toks.v[from].flags & TF_POSS) &&
                d->toks.v[from].kind != TK_WORD && sift_document_noun(d, from + 1)) {
                uint32_t o = from;
                while (o > k && o + 6 > from && d->toks.v[o - 1].kind == TK_WORD)
                    o--;
                if (d->toks.v[o].w.flags & W_DET) {
                    *np0 = o;
                    *np1 = from + 2;
                    return 1;
                }
            }
            *np0 = from;
            *np1 = end;
            /* "The association said the rules would hurt and cited a survey
             * which found": a document put out by the verb's subject, joined
             * by "and" to a clause before, is that subject's */
            uint32_t dv = end - 1;
            while (dv > k + 2 && !sift_document_noun(d, dv) && d->toks.v[dv].kind == TK_WORD &&
                   !(d->toks.v[dv].flags & TF_CAP) && end - dv < 5)
                dv--;
            dv -= dv > k + 2 && sift_document_noun(d, dv) && (d->toks.v[dv - 1].w.flags & W_DET);
            if (dv > k + 2 && (d->toks.v[dv].w.flags & W_DET) && sift_document_noun(d, dv + 1) &&
                (made_by(d, dv - 1) || sift_tok_is(d, dv - 1, "cited")) && sift_tok_is(d, dv - 2, "and")) {
                uint32_t s0, s1, said = dv - 2;
                while (said > k && !(sift_is_cue(d, said) && !(d->toks.v[said].flags & TF_INQUOTE)))
                    said--;
                if (said > k && sift_subject_before(d, said, k, &s0, &s1) && s1 <= said) {
                    *np0 = s0;
                    *np1 = s1;
                    return 1;
                }
                *np0 = dv;
            }
            /* (a long phrase that opens with a determiner is its head noun
             * and what precedes it: "A government inquiry into last
             * month's collapse of a garment factory outside Dhaka, which
             * killed 63 workers, has concluded") */
            int long_np = end - k > 10 && (d->toks.v[k].w.flags & W_DET) && !has_verb(d, k, end);
            /* (or a person and where they work, however long what follows:
             * "A partner at the accounting firm appointed by the court to
             * run the company told") */
            if (end - k > 10 && (d->toks.v[k].w.flags & W_DET))
                for (uint32_t m = k + 1; m < k + 4; m++)
                    if (person_word(d, m) && (d->toks.v[m + 1].w.flags & W_PREP) &&
                        !(d->toks.v[m + 1].flags & TF_CAP)) {
                        *np0 = k;
                        break;
                    }
            /* (or a participle after its noun: "A company disqualified
             * from a contract to run 500 electric buses in Pune has told",
             * "An economic impact study prepared last year for the region's
             * economic development office estimated") */
            for (uint32_t m = k + 2; end - k > 10 && (d->toks.v[k].w.flags & W_DET) && m < k + 5; m++) {
                if (d->toks.v[m].kind != TK_WORD || (d->toks.v[m].flags & TF_CAP) || sift_entity_at(d, m - 1) >= 0)
                    break;
                if ((sift_tok_ends(d, m, "ed") || sift_tok_in(d, m, irregular_participles)) &&
                    d->toks.v[m - 1].upos == SIFT_UPOS_NOUN && !made &&
                    !(sift_document_noun(d, m - 1) && sift_tok_is(d, m + 1, "by")) &&
                    (((d->toks.v[m + 1].w.flags & W_PREP) && !(d->toks.v[m + 1].flags & TF_CAP)) ||
                     sift_tok_is(d, m + 1, "to") || when_made(d, m + 1))) {
                    *np0 = k;
                    *np1 = m;
                    break;
                }
            }
            /* (or people and where they are from, without an article:
             * "Residents of a small coastal town on South Australia's Eyre
             * Peninsula have asked ..., saying") */
            /* (or described by a participle: "families moved to make way
             * for the Daboya dam on Ghana's White Volta river say") */
            int people = end - k > 10 && (d->toks.v[k].w.flags & (W_GROUP | W_PERSON_NOUN)) &&
                         TOK_S(d, k)[TOK_N(d, k) - 1] == 's' && !made;
            if (people && (sift_tok_ends(d, k + 1, "ed") || sift_tok_ends(d, k + 1, "ing")) &&
                d->toks.v[k + 1].upos == SIFT_UPOS_VERB) {
                *np0 = k;
                *np1 = k + 1;
                return 1;
            }
            if (people && sift_tok_is(d, k + 1, "of")) {
                uint32_t m = k + 2;
                while (m < k + 9 && d->toks.v[m].kind == TK_WORD &&
                       !((d->toks.v[m].w.flags & W_PREP) && !(d->toks.v[m].flags & TF_CAP)))
                    m++;
                *np0 = k;
                *np1 = m < k + 9 && d->toks.v[m].kind == TK_WORD ? m : k + 1;
                return 1;
            }
            /* (or a document and what it is of: "The survey of doctors
             * working in government hospitals in the Klang Valley found") */
            if (end - k > 10 && (d->toks.v[k].w.flags & W_DET) && sift_document_noun(d, k + 1) &&
                sift_tok_is(d, k + 2, "of") && !made) {
                *np0 = k;
                *np1 = k + 2;
                return 1;
            }
            for (uint32_t m = k + 2; long_np && m < k + 6; m++) {
                /* (not where a maker or a workplace follows: "a report
                 * published by ...", "a senior official at ...") */
                if (d->toks.v[m].kind != TK_WORD || d->toks.v[m].upos == SIFT_UPOS_VERB || sift_tok_is(d, m, "by") ||
                    sift_tok_is(d, m, "from") || sift_tok_is(d, m, "at") || sift_tok_is(d, m, "for") ||
                    sift_tok_is(d, m, "with") || made)
                    break;
                if ((d->toks.v[m].w.flags & W_PREP) && !(d->toks.v[m].flags & TF_CAP)) {
                    *np0 = k;
                    *np1 = m;
                    break;
                }
            }
            /* (no phrase a preposition opens, when "who" ends it: ",
             * despite objections from ratepayers who say" is the
             * ratepayers') */
            if ((d->toks.v[*np0].w.flags & W_PREP) && !(d->toks.v[*np0].flags & TF_CAP) && *np1 > *np0 + 2 &&
                is_who(d, *np1 - 1) && d->toks.v[*np1 - 2].upos == SIFT_UPOS_NOUN) {
                uint32_t a = *np1 - 2;
                while (a > *np0 + 1 && d->toks.v[a - 1].kind == TK_WORD && !(d->toks.v[a - 1].flags & TF_CAP) &&
                       (d->toks.v[a - 1].upos == SIFT_UPOS_ADJ || d->toks.v[a - 1].upos == SIFT_UPOS_NOUN) &&
                       !(d->toks.v[a - 1].w.flags & W_PREP))
                    a--;
                *np0 = a;
                *np1 -= 1;
            }
            return 1;
        }
        if (!after_comma)
            break;
        end = k - 1;
    }
    return 0;
}

/* "The bureau disputes that figure", "The ministry rejects the claim": a
 * word in -s after a determiner and a singular noun, before a determiner
 * of its own, is the verb the tagger took for a plural noun. */
static int verb_before_object(const doc *d, uint32_t from, uint32_t k)
{
    static const char *const dets[] = {"that", "the", "a", "an", "this", "these", "those", "its", "their", NULL};
    return (d->toks.v[from].w.flags & W_DET) && d->toks.v[k].kind == TK_WORD && !(d->toks.v[k].flags & TF_CAP) &&
           sift_tok_ends(d, k, "s") && !sift_tok_ends(d, k, "ss") && !sift_tok_ends(d, k - 1, "s") &&
           d->toks.v[k - 1].kind == TK_WORD && !(d->toks.v[k - 1].flags & TF_CAP) && k + 1 < d->toks.n &&
           sift_tok_in(d, k + 1, dets);
}

/* Is token k, after from, the capitalised last word of a title before a
 * name: "Minister of State Eamon Gilligan", "Secretary of State"? */
static int title_of_state(const doc *d, uint32_t from, uint32_t k)
{
    return k >= from + 2 && (d->toks.v[k].flags & TF_CAP) && sift_tok_is(d, k - 1, "of") &&
           (d->toks.v[k - 2].w.flags & W_TITLE) && (d->toks.v[k - 2].flags & TF_CAP);
}

int sift_clause_subject(const doc *d, uint32_t from, uint32_t hi, uint32_t *np0, uint32_t *np1)
{
    if (d->toks.v[from].flags & TF_SENT)
        from = sift_body_start(d, d->toks.v[from].sent);
    uint32_t k = from;
    int e = sift_entity_at(d, k);
    if (e < 0 && k + 1 < hi && (d->toks.v[k].w.flags & W_DET))
        e = sift_entity_at(d, k + 1);
    if (e >= 0 && d->ents.v[e].type == ET_NORP)
        e = -1; /* "The Ukrainian president": a nationality only modifies */
    uint32_t named = k + ((d->toks.v[k].w.flags & W_DET) ? 1 : 0);
    if (e >= 0 && after_based(d, named, hi) != named)
        e = -1; /* "A London-based cocoa trader": where someone is based */
    if (e >= 0) {
        /* the named entity is the subject: "the Port of Rotterdam Authority" */
        while (k < hi && (sift_entity_at(d, k) == e || (d->toks.v[k].w.flags & W_DET)))
            k++;
        /* "Australia's central bank kept ...": the owner's noun phrase */
        if (k < hi && (d->toks.v[k].flags & TF_POSS) && d->toks.v[k].kind != TK_WORD) {
            /* (past a plural's mark: "Kenya's largest nurses' union") */
            uint32_t m = k + 1;
            while (m < hi && m < k + 6 &&
                   ((d->toks.v[m].kind == TK_WORD && !(d->toks.v[m].flags & TF_CAP) &&
                     !(d->toks.v[m].w.flags & (W_AUX | W_VERB | W_CUE | W_PREP))) ||
                    (m > k + 1 && d->toks.v[m].kind != TK_WORD && (d->toks.v[m].flags & TF_POSS) && m + 1 < hi &&
                     d->toks.v[m + 1].kind == TK_WORD && !(d->toks.v[m + 1].flags & TF_CAP))))
                m++;
            if (m > k + 1)
                k = m;
        }
        /* ... unless it only modifies a group: "Deutsche Bank analysts" */
        while (k < hi && d->toks.v[k].kind == TK_WORD && !(d->toks.v[k].flags & TF_CAP) &&
               (d->toks.v[k].w.flags & (W_GROUP | W_PERSON_NOUN | W_TITLE)))
            k++;
        /* ... or a place's body: "The Madrid regional government approved" */
        if (d->ents.v[e].type == ET_GPE) {
            uint32_t m = k;
            while (m < hi && m < k + 3 && d->toks.v[m].kind == TK_WORD && !(d->toks.v[m].flags & TF_CAP) &&
                   !(d->toks.v[m].w.flags & (W_AUX | W_VERB | W_CUE | W_PREP | W_DET)) && !institution_noun(d, m))
                m++;
            if (m < hi && institution_noun(d, m) && !(d->toks.v[m].flags & TF_CAP))
                k = m + 1;
        }
        /* ... or a person's role: "England captain Tom Ashworth", "Athletics
         * Kenya chief executive Rose Wambui", "National Bank of Poland
         * Governor Katarzyna Wróblewska" */
        uint32_t m = k;
        while (m < hi && m < k + 3 && d->toks.v[m].kind == TK_WORD &&
               (!(d->toks.v[m].flags & TF_CAP) || (d->toks.v[m].w.flags & (W_TITLE | W_TITLE_MOD))) &&
               !(d->toks.v[m].w.flags & (W_AUX | W_CUE | W_VERB | W_PREP | W_STOP)))
            m++;
        int pe = m < hi ? sift_entity_at(d, m) : -1;
        if (pe >= 0 && d->ents.v[pe].type == ET_PERSON)
            for (k = m; k < hi && sift_entity_at(d, k) == pe;)
                k++;
    } else if (k + 2 < hi && (d->toks.v[k].w.flags & W_DET) && d->toks.v[k + 1].kind == TK_WORD &&
               !(d->toks.v[k + 1].flags & TF_CAP) && d->toks.v[k + 2].kind == TK_WORD &&
               !(d->toks.v[k + 2].flags & TF_CAP) && !(d->toks.v[k + 2].w.flags & W_PREP) &&
               !(d->toks.v[k + 2].flags & TF_POSS) &&
               !(d->toks.v[k + 2].w.flags & (W_PERSON_NOUN | W_GROUP | W_TITLE)) &&
               d->toks.v[k + 2].upos != SIFT_UPOS_NOUN) { /* not "A cocoa trader" */
        k += 2; /* "The agency kept ...": determiner, noun, then the verb */
    } else {
        /* a name is no verb: "chief executive Rose Wambui said"; nor is a
         * verb the tagger found part of the subject: "He smiled and added" */
        /* (nor a word right after a determiner: "The state weather agency") */
        /* (nor a title's last word: "Minister of State Eamon Gilligan") */
        /* (ten words, a name's words counting once: "The chairman of the
         * Kano State Tricycle Owners and Riders Association, ...,") */
        uint32_t lim = from + 10;
        while (k < hi && k < lim &&
               (!(d->toks.v[k].w.flags & (W_AUX | W_CUE | W_VERB)) || sift_entity_at(d, k) >= 0 ||
                (k > from && (d->toks.v[k - 1].w.flags & W_DET) && !(d->toks.v[k].w.flags & W_AUX)) ||
                title_of_state(d, from, k) ||
                /* (nor the first word of a title that opens it: "State
                 * Agriculture Secretary Renata Scherer said") */
                (k == from && (d->toks.v[k].flags & TF_CAP) && k + 1 < hi && d->toks.v[k + 1].kind == TK_WORD &&
                 (d->toks.v[k + 1].flags & TF_CAP) && !(d->toks.v[k].w.flags & W_AUX))) &&
               /* (nor after an owner's mark: "The head of Nordwerk's works
                * council, Frank Stöhr,", whatever the tagger says) */
               !(k > from && tagged_verb(d, k) && !(d->toks.v[k - 1].w.flags & W_DET) && !title_of_state(d, from, k) &&
                 !((d->toks.v[k - 1].flags & TF_POSS) && d->toks.v[k - 1].kind != TK_WORD)) &&
               !is_boundary(d, k) && !(k == from + 2 && verb_before_object(d, from, k))) {
            lim += k > from && lim < from + 16 && sift_entity_at(d, k) >= 0 &&
                   sift_entity_at(d, k) == sift_entity_at(d, k - 1);
            k++;
        }
        /* "her rival, Samuel Kiprotich of ..., refused": the name in apposition
         * (after its title: "The judge, Lady Carrick, deferred sentence") */
        uint32_t n0 = k + 1;
        while (n0 + 1 < hi && n0 < k + 3 && (d->toks.v[n0].w.flags & (W_TITLE | W_TITLE_MOD)) &&
               (d->toks.v[n0].flags & TF_CAP) && /* "Rear Admiral Hendra Wijaya" */
               sift_entity_at(d, n0) < 0)
            n0++;
        if (n0 < hi && sift_is_punct(d, k, ',') && sift_entity_at(d, n0) >= 0 &&
            d->ents.v[sift_entity_at(d, n0)].type == ET_PERSON) {
            int pe = sift_entity_at(d, n0);
            uint32_t b = n0;
            while (b < hi && sift_entity_at(d, b) == pe)
                b++;
            *np0 = n0;
            *np1 = b;
            return 1;
        }
        /* "The shop's owner, the family-run firm Hallmayer & Söhne, said":
         * an organisation in apposition, after its kind */
        uint32_t m = k + 3 < hi && sift_is_punct(d, k, ',') ? org_after_kind(d, k + 1, hi) : 0;
        if (m) {
            uint32_t b = m;
            while (b < hi && sift_entity_at(d, b) == sift_entity_at(d, m))
                b++;
            if (b < hi && sift_is_punct(d, b, ',')) {
                *np0 = m;
                *np1 = b;
                return 1;
            }
        }
        /* ("A community group, the Rivers Resilience Alliance, surveyed":
         * a body's name in apposition to its kind) */
        uint32_t o0 = k + 1 + (k + 2 < hi && sift_tok_is(d, k + 1, "the"));
        int oe = k > from && o0 < hi && sift_is_punct(d, k, ',') && sift_tok_org_kind(d, k - 1) ? sift_entity_at(d, o0)
                                                                                                : -1;
        /* (past its acronym: "His bank, Southern Cross Mutual (SCM),
         * refused") */
        uint32_t oz = oe >= 0 ? sift_name_end(d, o0, hi) : 0;
        uint32_t oc = oz + 3 < hi && sift_is_punct(d, oz, '(') && sift_is_punct(d, oz + 2, ')') &&
                              (d->toks.v[oz + 1].flags & TF_ALLCAPS)
                          ? oz + 3
                          : oz;
        if (oe >= 0 && d->ents.v[oe].type == ET_ORG && sift_name_start(d, o0, k) == o0 && sift_is_punct(d, oc, ',')) {
            *np0 = o0;
            *np1 = oz;
            return 1;
        }
    }
    if (k == from)
        return 0;
    *np0 = from;
    *np1 = k;
    return 1;
}

int sift_np_after(const doc *d, uint32_t from, uint32_t hi, uint32_t *np0, uint32_t *np1)
{
    uint32_t k = from;
    while (k < hi && !is_boundary(d, k) && k - from < 12) {
        /* stop before a trailing clause: "said Smith, who ..." handled by the comma */
        /* not "the state weather bureau", "its annual report" */
        if (k > from && !(d->toks.v[k].flags & TF_CAP) && !(d->toks.v[k - 1].w.flags & W_DET) &&
            ((d->toks.v[k].w.flags & W_AUX) || (sift_is_cue(d, k) && !(sift_document_noun(d, k) && sift_noun_use(d, k)))))
            break; /* (but "the 412-page report of ...") */
        /* (but "figures in the audit": the document they are in) */
        if (k > from && (d->toks.v[k].w.flags & W_PREP) && !sift_tok_is(d, k, "of") &&
            !(d->toks.v[k].flags & TF_CAP) &&
            !(k == from + 1 && sift_tok_is(d, k, "in") && k + 3 < hi && sift_document_noun(d, from) &&
              own_document(d, k + 1, k + 3)))
            break;
        /* "a draft seen by Reuters": the draft speaks, not who saw it */
        if (k > from && sift_tok_is(d, k + 1, "by") && (sift_tok_ends(d, k, "ed") || sift_tok_ends(d, k, "en")))
            break;
        k++;
    }
    if (k == from)
        return 0;
    /* "said its director, Anil Verma": the name in apposition (not
     * "According to Formula E data, Oyelaran's car recovered ...": the
     * clause after the phrase) */
    /* (after a nationality and a title: "said the chair of the talks,
     * Uruguayan diplomat Lucía Ferrer") */
    uint32_t n0 = k + 1;
    if (n0 < hi && sift_entity_at(d, n0) >= 0 && d->ents.v[sift_entity_at(d, n0)].type == ET_NORP)
        n0 = sift_name_end(d, n0, hi);
    while (n0 > k + 1 && n0 < hi && n0 < k + 6 && d->toks.v[n0].kind == TK_WORD && !(d->toks.v[n0].flags & TF_CAP) &&
           (d->toks.v[n0].w.flags & (W_TITLE | W_PERSON_NOUN | W_TITLE_MOD)))
        n0++;
    if (n0 > k + 1 && !(n0 < hi && sift_entity_at(d, n0) >= 0 && d->ents.v[sift_entity_at(d, n0)].type == ET_PERSON))
        n0 = k + 1;
    if (k + 1 < hi && sift_is_punct(d, k, ',') && sift_entity_at(d, n0) >= 0 &&
        d->ents.v[sift_entity_at(d, n0)].type == ET_PERSON && !names_someone(d, from, k, 1) &&
        !sift_document_noun(d, k - 1)) {
        uint32_t b = sift_name_end(d, n0, hi);
        /* (nor "According to figures from the ministry's service, Los
         * Aromos received ...": the subject of the clause after, unless
         * it speaks itself: "According to the minutes, X judged that") */
        if (b < hi && ((d->toks.v[b].flags & TF_POSS) || (sift_finite_verb(d, b) && !sift_is_cue(d, b)))) {
            *np0 = from;
            *np1 = k;
            return 1;
        }
        *np0 = n0;
        *np1 = b;
        return 1;
    }
    /* "according to the national grid operator, the Operador Nacional de
     * Electricidad (CENACE).": a body's name in apposition to its kind, at
     * the end of the sentence or of an aside (not the subject of the clause
     * after: "According to the ministry, Acme Mining exported ...") */
    uint32_t o0 = k + 1 + (k + 2 < hi && sift_tok_is(d, k + 1, "the"));
    int oe = k > from && o0 < hi && sift_is_punct(d, k, ',') && institution_noun(d, k - 1) &&
                     !(d->toks.v[k - 1].flags & TF_CAP) && sift_entity_at(d, k - 1) < 0
                 ? sift_entity_at(d, o0)
                 : -1;
    if (oe >= 0 && d->ents.v[oe].type == ET_ORG && sift_name_start(d, o0, k) == o0) {
        uint32_t b = sift_name_end(d, o0, hi), e = b + sift_paren_word(d, b, hi);
        if (e >= hi || sift_is_punct(d, e, '.') || sift_is_punct(d, e, ',') || sift_is_punct(d, e, ';')) {
            *np0 = o0;
            *np1 = b;
            return 1;
        }
    }
    *np0 = from;
    *np1 = k;
    return 1;
}

/* The head of a phrase: its last word before a preposition or possessive
 * tail ("Residents of Makoko" -> Residents). Returns the end of the head
 * phrase, or np0 when the phrase has no word. */
static uint32_t head_end(const doc *d, uint32_t np0, uint32_t np1)
{
    uint32_t h = np0;
    for (uint32_t i = np0; i < np1; i++) {
        const tok *t = &d->toks.v[i];
        /* "Residents of Ajegunle and Makoko"; but "one of the people" is whole */
        int partitive = sift_tok_is(d, i, "of") && i == np0 + 1 &&
                        ((d->toks.v[np0].w.flags & W_NUMWORD) || sift_tok_is(d, np0, "some") ||
                         sift_tok_is(d, np0, "many") || sift_tok_is(d, np0, "several") ||
                         sift_tok_is(d, np0, "most") || sift_tok_is(d, np0, "none"));
        /* "a copy of the proposal seen by Reuters": the copy is the document's */
        partitive |= sift_tok_is(d, i, "of") && i > np0 &&
                     (sift_tok_is(d, i - 1, "copy") || sift_tok_is(d, i - 1, "draft") ||
                      sift_tok_is(d, i - 1, "version") || sift_tok_is(d, i - 1, "summary"));
        /* (not inside a compound: "A cost-of-living study") */
        if (i > np0 && ((t->w.flags & W_PREP) || sift_tok_is(d, i, "of")) && !(t->flags & TF_CAP) &&
            t->ment < 0 && !partitive && !sift_in_compound(d, i))
            break;
        if (i > np0 && (is_who(d, i) || sift_tok_is(d, i, "which") || sift_tok_is(d, i, "that")))
            break; /* "Two negotiators who were in the room" */
        if (i > np0 && i + 1 < np1 && ((sift_tok_is(d, i, "familiar") && sift_tok_is(d, i + 1, "with")) ||
                                       (sift_tok_is(d, i, "close") && sift_tok_is(d, i + 1, "to"))))
            break; /* "an official familiar with the talks" */
        if (t->kind == TK_WORD || t->kind == TK_NUM || (t->flags & TF_POSS))
            h = i + 1;
    }
    return h;
}

/* Is s[0..n) a word for a document or a count that speaks for whoever
 * made it: "a survey by ...", "figures from ..."? */
int sift_names_document(const char *phrase)
{
    for (const char *w = phrase; *w;) {
        size_t n = strcspn(w, " ");
        if (sift_document_word(w, n))
            return 1;
        w += n + (w[n] == ' ');
    }
    return 0;
}

int sift_document_word(const char *s, size_t n)
{
    static const char *const docs[] = {"survey", "poll", "audit", "report", "study", "figures",
                                       "data", "statement", "memo", "census", "estimate",
                                       "estimates", "analysis", "forecast", "review", "tally",
                                       "count", "filing", "filings", "assessment", "projections",
                                       "statistics", "records", "inquiry", "note", "letter", "document",
                                       "draft", "notice", "brief", "complaint", "lawsuit", "submission", "application",
                                       "indictment", "petition", "affidavit", "results", "update", "summary", "bulletin",
                                       "briefing", "dossier", "consensus", "calculations", "presentation", "list", "minutes",
                                       "transcript", "plan", "documents", "email", "e-mail", "memorandum",
                                       "message", "log", "logs", "logbook",
                                       /* ("tests by the regional council found", "An
                                        * investigation by the regulator found") */
                                       "tests", "samples", "measurements", "readings", "investigation",
                                       "inspection", "autopsy", "post-mortem", "evaluation",
                                       /* ("According to the institute's ruling") */
                                       "ruling", "judgment", "judgement", "guidelines", "guidance", "decision",
                                       "findings", "advisory", "counts",
                                       "bill", /* ("according to a bill published by the Ministry") */
                                       "paper", "modelling", "modeling", "projection",
                                       /* ("The agreement states that") */
                                       "agreement", "contract", "treaty", "accord",
                                       /* ("a draft regulation prepared by the ministry") */
                                       "regulation", "regulations", "decree", "directive", "proposal",
                                       /* ("according to a notification issued by the
                                        * provincial transport department") */
                                       "notification", "circular",
                                       "order", /* ("according to an order issued by the Delhi Transport Department") */
                                       "sheet", /* ("according to the charge sheet", "a fact sheet") */
                                       "database", /* ("the Ministry of Health's mortality database") */
                                       "suit", /* ("The suit, lodged in ... by the X, argues") */
                                       "inventory", /* ("a national inventory compiled by the Directorate") */
                                       "dashboard", "tracker", /* ("the city's weekly water dashboard") */
                                       "accounts", /* ("according to its annual accounts") */
                                       NULL};
    if (n == 0)
        return 0;
    char c = s[0] >= 'A' && s[0] <= 'Z' ? (char)(s[0] + 32) : s[0];
    for (const char *const *k = docs; *k; k++)
        if (**k == c && strlen(*k) == n && strncasecmp(*k, s, n) == 0)
            return 1;
    return 0;
}

/* ... at token i, in lower case unless it opens the sentence. */
int sift_document_noun(const doc *d, uint32_t i)
{
    /* (capitalised at a sentence's start, or right after its dateline:
     * "LONDON — Figures from the agency showed") */
    if (d->toks.v[i].flags & TF_CAP && !(d->toks.v[i].flags & TF_SENT))
        return i > 0 && (d->toks.v[i - 1].kind == TK_DASH || sift_is_punct(d, i - 1, ':') ||
                         sift_is_punct(d, i - 1, ')')) && /* (a dateline's last mark, cheaply first) */
               d->toks.v[i].kind == TK_WORD && sift_document_word(TOK_S(d, i), TOK_N(d, i)) &&
               i == sift_body_start(d, d->toks.v[i].sent);
    /* (and research a body put out: "according to research published on
     * Friday by the Southbank Centre", not "its head of research") */
    /* (or "according to satellite monitoring by the Department") */
    static const char *const out[] = {"published", "released", "commissioned", "conducted", "by", NULL};
    if ((sift_tok_is(d, i, "research") || sift_tok_is(d, i, "monitoring")) && i + 1 < d->toks.n &&
        sift_tok_in(d, i + 1, out))
        return 1;
    return d->toks.v[i].kind == TK_WORD && sift_document_word(TOK_S(d, i), TOK_N(d, i));
}

static int recipient(const doc *d, uint32_t k, uint32_t s0);

/* The organisation named last before token i, outside quotations, or -1. */
static int last_org(const doc *d, uint32_t i)
{
    uint32_t lo = i > 3000 ? i - 3000 : 0;
    for (uint32_t j = i; j-- > lo;) {
        int e = sift_entity_at(d, j);
        if (e < 0 || d->ents.v[e].type != ET_ORG || (d->toks.v[j].flags & TF_INQUOTE) || sift_in_dateline(d, j))
            continue; /* not the agency credited in the dateline */
        /* (nor where a document went: "In its petition to the US
         * Bankruptcy Court ..., it said") */
        uint32_t s0 = d->sents.v[d->toks.v[j].sent].t0, n0 = sift_name_start(d, j, s0);
        if (recipient(d, n0, s0)) {
            j = n0;
            continue;
        }
        return e;
    }
    return -1;
}

/* "the report", "its mid-year report", "the statement": a document already
 * spoken of, with no name in the phrase, speaks for whoever made it
 * (document_maker). */
static int own_document(const doc *d, uint32_t np0, uint32_t np1)
{
    if (np1 - np0 < 2 || np1 - np0 > 6 || !sift_document_noun(d, np1 - 1) ||
        !(sift_tok_is(d, np0, "the") || sift_tok_is(d, np0, "its") || sift_tok_is(d, np0, "their")))
        return 0;
    for (uint32_t i = np0 + 1; i + 1 < np1; i++)
        if (sift_entity_at(d, i) >= 0 || (d->toks.v[i].flags & (TF_CAP | TF_POSS)) ||
            (d->toks.v[i].kind == TK_NUM && !sift_is_punct(d, i + 1, '-')))
            return 0; /* "the council's own figures": its maker is named; "the
                       * 2019 report" another one (but "the 42-page report") */
    return 1;
}

/* Is the name at k where a document went ("was submitted to Ghana's
 * Environmental Protection Agency", "sent to the ministry"), not who made
 * it? */
static int recipient(const doc *d, uint32_t k, uint32_t s0)
{
    uint32_t j = k;
    /* (past its role before the name: "submitted to the regulator, Ofgem") */
    if (j > s0 + 3 && sift_is_punct(d, j - 1, ',') && d->toks.v[j - 2].kind == TK_WORD &&
        !(d->toks.v[j - 2].flags & TF_CAP) && sift_tok_is(d, j - 3, "the"))
        j -= 2;
    /* (past a word on it: "submitted to the national Department of
     * Transport") */
    if (j > s0 + 1 && sift_tok_is(d, j - 2, "the") && d->toks.v[j - 1].kind == TK_WORD &&
        !(d->toks.v[j - 1].flags & TF_CAP) && d->toks.v[j - 1].upos == SIFT_UPOS_ADJ)
        j--;
    if (j > s0 && sift_tok_is(d, j - 1, "the"))
        j--;
    else if (j > s0 + 1 && (d->toks.v[j - 1].flags & TF_POSS) && sift_entity_at(d, j - 2) >= 0)
        j = sift_name_start(d, j - 2, s0); /* "Ghana's" */
    else if (j > s0 + 1 && (d->toks.v[j - 1].flags & TF_POSS) && d->toks.v[j - 2].kind == TK_WORD)
        j -= 2; /* "presented to parliament's Public Accounts Committee" */
    /* (or before whom it was laid: "laid before the Scottish Parliament",
     * "filed in Denver District Court") */
    if (j > s0 + 1 && sift_tok_is(d, j - 1, "in"))
        return sift_tok_is(d, j - 2, "filed") || sift_tok_is(d, j - 2, "lodged");
    /* (or a filing lodged with it: "A filing with the Warsaw Stock
     * Exchange showed") */
    if (j > s0 + 1 && sift_tok_is(d, j - 1, "with") &&
        (sift_tok_is(d, j - 2, "filing") || sift_tok_is(d, j - 2, "filings")))
        return 1;
    /* (or for whom it was made: "The audit, prepared for the Indian
     * Council of Agricultural Research") */
    if (j > s0 + 1 && sift_tok_is(d, j - 1, "for") && made_by(d, j - 2))
        return 1;
    /* (or right after the document: "In a report to the National
     * Assembly, the auditors said") */
    return j > s0 + 1 && (sift_tok_is(d, j - 1, "to") || sift_tok_is(d, j - 1, "with") || sift_tok_is(d, j - 1, "before")) &&
           (sift_tok_ends(d, j - 2, "ed") || sift_tok_is(d, j - 2, "sent") || sift_tok_is(d, j - 2, "laid") ||
            (sift_tok_is(d, j - 1, "to") && sift_document_noun(d, j - 2)));
}

/* Does a speaker's phrase open with "a" or "an" ("a hospital spokeswoman",
 * "a preliminary investigation summary")? */
static int indefinite(const char *name)
{
    return name && (strncasecmp(name, "a ", 2) == 0 || strncasecmp(name, "an ", 3) == 0);
}

/* "The review, carried out by the accountancy firm Halloran Pryce for the
 * health board, found", "A survey of 182 such shops, published on Tuesday
 * by the Lisbon Association of Traditional Commerce, found": the
 * organisation the aside after the document's noun at h names as its
 * maker, or -1. */
static int maker_aside(const doc *d, uint32_t h)
{
    uint32_t s1 = sift_sent_t1(d, h);
    /* (past what it is of) */
    if (h + 3 < s1 && sift_tok_is(d, h + 1, "of"))
        for (uint32_t k = h + 2; k < s1 && k < h + 8 && (d->toks.v[k].kind == TK_WORD || d->toks.v[k].kind == TK_NUM);
             k++)
            if (sift_is_punct(d, k + 1, ',') || sift_tok_is(d, k + 1, "by")) {
                h = k;
                break;
            }
    /* (or with no comma: "A survey of 1,800 companies by the DIHK", "an
     * order issued by the Delhi Transport Department") */
    /* (not whoever paid for it: "A study commissioned by the Ministry of
     * Transport and published ... by the consultancy Lindqvist Rail") */
    int bare = h + 3 < s1 && !sift_is_punct(d, h + 1, ',') && !sift_tok_is(d, h + 1, "by") &&
               !sift_tok_is(d, h + 1, "commissioned");
    uint32_t v = h + 2 - bare;
    if (h + 2 < s1 && sift_tok_is(d, h + 1, "by"))
        v = h;
    else if (h + 3 >= s1 || (!bare && !sift_is_punct(d, h + 1, ',')))
        return -1;
    else if (sift_tok_is(d, v, "carried") && sift_tok_is(d, v + 1, "out"))
        v++;
    else if (made_by(d, v)) { /* (past when: "published on Tuesday by") */
        while (v + 2 < s1 && v < h + 6 && !sift_tok_is(d, v + 1, "by") && when_made(d, v + 1))
            v++;
        /* (or where: "The suit, lodged in Maricopa County Superior Court
         * by the Pinal Growers Alliance,") */
        uint32_t w = v + 1;
        if (w + 2 < s1 && (sift_tok_is(d, w, "in") || sift_tok_is(d, w, "at") || sift_tok_is(d, w, "with")) &&
            !(d->toks.v[w].flags & TF_CAP)) {
            w += 1 + sift_tok_is(d, w + 1, "the");
            while (w < s1 && w < v + 10 && d->toks.v[w].kind == TK_WORD && (d->toks.v[w].flags & TF_CAP))
                w++;
            if (w < s1 && w > v + 2 && sift_tok_is(d, w, "by"))
                v = w - 1;
        }
    }
    /* (or by itself: "The study, by the Northern Ground Institute,") */
    else if (sift_tok_is(d, v, "by"))
        v = h + 1;
    else
        return -1;
    /* (past whom it was made for: "carried out for the national Delta
     * Programme by the research institute Deltares") */
    if (v + 3 < s1 && sift_tok_is(d, v + 1, "for") && (v > h + 1 || bare))
        for (uint32_t k = v + 2; k < s1 && k < v + 10 && d->toks.v[k].kind == TK_WORD; k++)
            if (sift_tok_is(d, k, "by")) {
                v = k - 1;
                break;
            }
    if (v + 2 >= s1 || !sift_tok_is(d, v + 1, "by"))
        return -1;
    /* (past where it is based: "by the Makassar-based non-profit X") */
    for (uint32_t j = v + 2; j < s1 && j < v + 10 && (d->toks.v[j].kind == TK_WORD || sift_is_punct(d, j, '-'));
         j++) {
        int e = sift_entity_at(d, j);
        /* (past its owner: "by the University of Tasmania's Tasmanian
         * Institute of Agriculture") */
        uint32_t ne = e >= 0 ? sift_name_end(d, j, s1) : j;
        int part = ne + 1 < s1 && d->toks.v[ne].kind != TK_WORD && (d->toks.v[ne].flags & TF_POSS) ?
                   sift_entity_at(d, ne + 1) : -1;
        if (part >= 0 && d->ents.v[part].type == ET_ORG)
            return part;
        if (e >= 0 && d->ents.v[e].type == ET_ORG)
            return e;
        /* (past a place before the kind: "prepared by the Milan consultancy
         * Studio Arcari") */
        if (e >= 0 && (d->ents.v[e].type == ET_GPE || d->ents.v[e].type == ET_NORP) && j > v + 2) {
            j = sift_name_end(d, j, s1) - 1;
            continue;
        }
        if (e >= 0 || (d->toks.v[j].w.flags & W_PREP))
            break;
    }
    return -1;
}

static int workplace(const doc *d, uint32_t m0);
static int generic_org(const doc *d, uint32_t np0, uint32_t np1);
static int has_word(const char *name, const char *s, size_t n);

/* The maker of the document named by token h ("report"): in the last
 * earlier sentence that names the same kind of document and an
 * organisation, the organisation a quote there is attributed to, or the
 * first one named ("The Authority published its report"); else an
 * organisation quoted just before; else -1. */
/* The speaker no entity names of speech in sentence st that brings in a
 * document ("The auditor-general said in a report tabled on Thursday
 * that"), or NULL. */
static const char *unnamed_in_sentence(const doc *d, const sent *st)
{
    uint32_t a = d->toks.v[st->t0].start, b = d->toks.v[st->t1 - 1].end;
    const sift_quote *x = NULL, *mixed = NULL;
    for (size_t q = 0; q < d->quotes.n && !x; q++) {
        const sift_quote *y = &d->quotes.v[q];
        if (y->span.start < a || y->span.end > b || y->speaker >= 0 || !y->speaker_name ||
            (y->rule && strcmp(y->rule, "clause-subject") == 0))
            continue;
        /* (nor who called the document something: "according to an
         * independent review that the federation called "painful but
         * necessary reading"") */
        if (y->cue && strcmp(y->cue, "called") == 0)
            continue;
        /* (a quoted fragment's speaker is a guess until the report round
         * it is found: "..., leaving officers "one bad night away", the
         * chief inspector said in a report") */
        if (strcmp(y->kind, "mixed") != 0)
            x = y;
        else if (!mixed)
            mixed = y;
    }
    if (!x)
        x = mixed;
    /* (not a document itself: "according to a joint statement") */
    if (x && sift_names_document(x->speaker_name))
        return NULL;
    for (uint32_t k = st->t0; x && k < st->t1; k++)
        if (!(d->toks.v[k].flags & TF_INQUOTE) && sift_document_noun(d, k) &&
            (d->toks.v[k].end <= x->span.start || d->toks.v[k].start >= x->span.end))
            return x->speaker_name;
    return NULL;
}

/* The maker no entity names of the document at h: the speaker of the
 * sentence that brought in a document of that name ("The report also
 * said"), else of the latest speech in the two sentences before ("The
 * audit found"), when that sentence brings one in. "The auditor-general
 * said in a report ... . The audit found" is the auditor-general's, not
 * that of a ministry that spoke before. */
/* Is token j, outside quotations, the document noun at h again ("report"
 * or "reports"), or a written answer for "statement" ("said in an emailed
 * response that ... . '...,' the statement said")? */
static int document_word_again(const doc *d, uint32_t j, uint32_t h)
{
    static const char *const answers[] = {"response", "reply", NULL};
    if (d->toks.v[j].kind != TK_WORD || (d->toks.v[j].flags & TF_INQUOTE))
        return 0;
    if (sift_tok_is(d, h, "statement") && sift_tok_in(d, j, answers) && j > 0 &&
        (sift_tok_is(d, j - 1, "emailed") || sift_tok_is(d, j - 1, "written")))
        return 1;
    /* (or another word for the same one, a sentence or two before: "a
     * report published on Tuesday by Cerema ... . The study compared") */
    /* (not when the document was named by its own word before: "a review
     * released by X ... . In a separate analysis, ... . According to the
     * review") */
    static const char *const studies[] = {"study", "report", "analysis", "review", "paper", NULL};
    /* (or figures: "figures released by the council ... . The data show") */
    if (sift_tok_in(d, h, figure_nouns) && sift_tok_in(d, j, figure_nouns) &&
        d->toks.v[j].sent + 2 > d->toks.v[h].sent && !(d->toks.v[j].flags & TF_CAP) && !sift_toks_equal(d, j, h, 1))
        return 1;
    if (sift_tok_in(d, h, studies) && sift_tok_in(d, j, studies) && d->toks.v[j].sent + 3 > d->toks.v[h].sent &&
        !(d->toks.v[j].flags & TF_CAP) && !sift_toks_equal(d, j, h, 1)) {
        for (uint32_t k = 0; k < h; k++)
            if (k != j && TOK_N(d, k) == TOK_N(d, h) && strncasecmp(TOK_S(d, k), TOK_S(d, h), TOK_N(d, h)) == 0 &&
                !(d->toks.v[k].flags & TF_INQUOTE))
                return 0;
        return 1;
    }
    return TOK_N(d, j) >= TOK_N(d, h) && TOK_N(d, j) <= TOK_N(d, h) + 1 &&
           strncasecmp(TOK_S(d, j), TOK_S(d, h), TOK_N(d, h)) == 0;
}

/* Is token j inside what someone reports ("..., said the audit confirmed
 * what officials had seen")? */
static int spoken_of(const doc *d, uint32_t j)
{
    for (size_t q = d->n_direct; q < d->quotes.n; q++)
        if (d->quotes.v[q].span.start <= d->toks.v[j].start && d->toks.v[j].end <= d->quotes.v[q].span.end)
            return 1;
    return 0;
}

static const char *unnamed_document_maker(const doc *d, uint32_t h)
{
    uint32_t at = d->toks.v[h].start, hs = d->toks.v[h].sent, s0 = d->sents.v[hs].t0;
    uint32_t lo = h > 3000 ? h - 3000 : 0;
    uint32_t from = s0; /* (the sentence that brought it in, else the latest speech two back) */
    /* (not one who spoke of it: "Camila Duarte Rocha said the audit
     * confirmed ... . But the audit found") */
    for (uint32_t j = s0; j-- > lo && from == s0;)
        if (document_word_again(d, j, h) && !spoken_of(d, j))
            from = d->sents.v[d->toks.v[j].sent].t0;
    int same = from != s0;
    if (!same)
        from = d->sents.v[hs >= 2 ? hs - 2 : 0].t0;
    /* (not when an organisation spoke since the sentence that brought it
     * in: "Pakistan's top auditor said ... in a report ... . The Office of
     * the Auditor-General of Pakistan found ... . The report said") */
    const sift_quote *last = NULL;
    int org_since = 0;
    for (size_t q = 0; q < d->quotes.n; q++) {
        const sift_quote *x = &d->quotes.v[q];
        if (x->span.start >= at || x->span.start < d->toks.v[from].start ||
            (x->rule && strcmp(x->rule, "clause-subject") == 0))
            continue;
        org_since |= x->speaker >= 0 && d->ents.v[x->speaker].type == ET_ORG;
        if (!last || x->span.start > last->span.start)
            last = x;
    }
    if (!last || (same && org_since) || (!same && last->speaker >= 0))
        return NULL;
    return unnamed_in_sentence(d, &d->sents.v[d->toks.v[same ? from : sift_tok_at(d, last->span.start)].sent]);
}

/* Is the name at k where a document's data came from ("drawn from the
 * 2021 Population and Housing Census", "based on Eurostat data"), not
 * who made it? */
static int data_drawn_from(const doc *d, uint32_t k, uint32_t s0)
{
    static const char *const drawn[] = {"drawn", "taken", "derived", "compiled", "based", "sourced", NULL};
    uint32_t j = k;
    /* (past the words of a name the recognizer cut: "Population and") */
    while (j > s0 + 1 && (((d->toks.v[j - 1].flags & TF_CAP) && d->toks.v[j - 1].kind == TK_WORD) ||
                          ((sift_tok_is(d, j - 1, "and") || sift_tok_is(d, j - 1, "of")) &&
                           (d->toks.v[j - 2].flags & TF_CAP))))
        j--;
    if (j > s0 && d->toks.v[j - 1].kind == TK_NUM)
        j--; /* ("the 2021 census") */
    if (j > s0 && sift_tok_is(d, j - 1, "the"))
        j--;
    return j >= s0 + 2 && (sift_tok_is(d, j - 1, "from") || sift_tok_is(d, j - 1, "on")) &&
           sift_tok_in(d, j - 2, drawn);
}

static int document_maker(const doc *d, uint32_t h)
{
    /* documents a person writes: a statement, a memo, a letter */
    static const char *const personal[] = {"statement", "memo", "letter", "note", "message", "email", NULL};
    uint32_t lo = h > 3000 ? h - 3000 : 0, s0 = d->sents.v[d->toks.v[h].sent].t0;
    int made = maker_aside(d, h);
    if (made >= 0)
        return made;
    /* a court's ruling is the court's, an indictment the prosecutors' ("The
     * indictment alleges" after "the Seoul Southern District Prosecutors'
     * Office"): the last body of that kind named */
    static const char *const rulings[] = {"judgment", "judgement", "ruling", "verdict", NULL};
    static const char *const charges[] = {"indictment", "indictments", "charge-sheet", NULL};
    int ruling = sift_tok_in(d, h, rulings),
        charge = sift_tok_in(d, h, charges) || (h > 0 && sift_tok_is(d, h, "sheet") && sift_tok_is(d, h - 1, "charge"));
    for (uint32_t j = h; (ruling || charge) && j-- > lo;) {
        int e = sift_entity_at(d, j);
        if (e < 0 || d->ents.v[e].type != ET_ORG || (d->toks.v[j].flags & TF_INQUOTE))
            continue;
        const char *nm = d->ents.v[e].name;
        if (ruling ? has_word(nm, "court", 5) || has_word(nm, "tribunal", 8)
                   : strstr(nm, "rosecut") != NULL || has_word(nm, "attorney", 8))
            return e;
        j = sift_name_start(d, j, lo);
    }
    /* "The inquiry found" after "the Cedar Lake Wildfire Inquiry": a body
     * named for the document it is */
    for (uint32_t j = h; j-- > lo;) {
        int e = sift_entity_at(d, j);
        if (e >= 0 && d->ents.v[e].type == ET_ORG && !(d->toks.v[j].flags & TF_INQUOTE) &&
            ends_with_word(d->ents.v[e].name, TOK_S(d, h), TOK_N(d, h)))
            return e;
    }
    if (unnamed_document_maker(d, h))
        return -1;
    for (uint32_t j = s0; j-- > lo;) {
        if (!document_word_again(d, j, h))
            continue; /* "report" or "reports" */
        /* (nor one someone spoke of: "..., president of the Winnipeg Police
         * Association, posted that the audit had ...") */
        if (spoken_of(d, j))
            continue;
        /* ("The X Commission ... was set up in September. Its 212-page
         * report was made public on Wednesday.": the body the sentence
         * before opens with) */
        uint32_t js = d->toks.v[j].sent, jb = sift_body_start(d, js);
        if (js > 0 && sift_tok_is(d, jb, "its") && j < jb + 5 && !(d->toks.v[jb].flags & TF_INQUOTE)) {
            uint32_t pb = sift_body_start(d, js - 1);
            pb += sift_tok_is(d, pb, "the");
            int x = sift_entity_at(d, pb);
            if (x >= 0 && d->ents.v[x].type == ET_ORG && !(d->toks.v[pb].flags & TF_INQUOTE))
                return x;
        }
        /* "an open letter from thousands of scientists": the maker named
         * right after it, an organisation or no one the report names */
        if (j + 2 < d->toks.n && sift_tok_in(d, h, personal) &&
            (sift_tok_is(d, j + 1, "from") || sift_tok_is(d, j + 1, "by"))) {
            for (uint32_t f = j + 2; f < d->toks.n && f < j + 8 && d->toks.v[f].kind == TK_WORD; f++) {
                int e = sift_entity_at(d, f);
                if (e >= 0 && d->ents.v[e].type == ET_ORG)
                    return e;
            }
            return -1;
        }
        /* (the maker named with it there: "according to a report by the
         * Audit Commission ... . '...,' the report stated", a quotation
         * attributed before that report is) */
        int there = maker_aside(d, j);
        if (there >= 0)
            return there;
        /* (but a maker named that is no body sift knows is no other body
         * the sentence names: "..., a report by the Auditor-General found") */
        if (j + 3 < d->toks.n && sift_tok_is(d, j + 1, "by") && sift_tok_is(d, j + 2, "the") &&
            (d->toks.v[j + 3].flags & TF_CAP) && sift_entity_at(d, j + 3) < 0)
            return -1;
        /* (or whoever filed it, a person too: "a petition filed by S.
         * Palanisamy, a paddy farmer, ... . According to the petition") */
        static const char *const filings[] = {"petition", "complaint", "lawsuit", "suit", "appeal", NULL};
        static const char *const filed[] = {"filed", "lodged", "brought", "submitted", NULL};
        if (j + 3 < d->toks.n && sift_tok_in(d, h, filings) && sift_tok_in(d, j + 1, filed) &&
            sift_tok_is(d, j + 2, "by"))
            for (uint32_t f = j + 3; f < d->toks.n && f < j + 8 && d->toks.v[f].kind == TK_WORD; f++) {
                int e = sift_entity_at(d, f);
                if (e >= 0 && (d->ents.v[e].type == ET_ORG || d->ents.v[e].type == ET_PERSON))
                    return e;
            }
        const sent *st = &d->sents.v[d->toks.v[j].sent];
        uint32_t a = d->toks.v[st->t0].start, b = d->toks.v[st->t1 - 1].end;
        /* a person's own statement or letter ("In a victim impact statement
         * ..., Graham Petrie said ...") speaks for that person */
        int own = sift_tok_in(d, h, personal);
        for (size_t q = 0; q < d->quotes.n; q++) {
            const sift_quote *x = &d->quotes.v[q];
            /* (not who judged it after: "in a report the Justice Ministry
             * dismissed as "..."") */
            if (x->span.start > d->toks.v[j].end && x->rule && strcmp(x->rule, "clause-subject") == 0)
                continue;
            if (x->span.start >= a && x->span.end <= b && x->speaker >= 0 &&
                (d->ents.v[x->speaker].type == ET_ORG || (own && d->ents.v[x->speaker].type == ET_PERSON)))
                return x->speaker; /* "according to the report" spoke for it */
            /* ("..., according to a preliminary investigation summary seen
             * by reporters. The summary found": a document nobody is named
             * as making) */
            if (x->span.start >= a && x->span.end <= b && x->speaker < 0 && x->speaker_name &&
                indefinite(x->speaker_name) &&
                ends_with_word(x->speaker_name, TOK_S(d, h), TOK_N(d, h)))
                return -1;
            /* (or one who spoke in it, given no name: "In a report to the
             * National Assembly, the auditors said") */
            if (x->span.start >= a && x->span.end <= b && x->speaker < 0 && x->speaker_name && !own &&
                x->span.start > d->toks.v[j].end && !sift_names_document(x->speaker_name) && x->rule &&
                strcmp(x->rule, "reported-speech") == 0 && strncasecmp(x->speaker_name, "the ", 4) == 0)
                return -1;
        }
        /* (direct quotes are attributed before reported speech is found:
         * the person whose name a speech verb follows in that sentence) */
        for (uint32_t k = st->t0; own && k + 2 < st->t1; k++) {
            int e = sift_entity_at(d, k);
            if (e >= 0 && d->ents.v[e].type == ET_PERSON && sift_entity_at(d, k + 1) != e) {
                uint32_t c = k + 1 + sift_is_punct(d, k + 1, ',');
                if (sift_is_cue(d, c))
                    return e;
            }
        }
        /* ("In a statement, the insurer said ...": the body a noun names) */
        for (uint32_t k = st->t0; own && k + 2 < st->t1; k++)
            if (sift_tok_is(d, k, "the") && !(d->toks.v[k].flags & TF_INQUOTE) && sift_is_cue(d, k + 2)) {
                int e = generic_org(d, k, k + 2);
                if (e >= 0)
                    return e;
            }
        for (uint32_t k = st->t0, gone = (uint32_t)-1; k < st->t1; k++) {
            /* (not one named in what the document says: "The complaint
             * ... alleges that Glimmer violated ...") */
            /* (nor after "according to the complaint," what it says) */
            if (k > j && ((sift_is_cue(d, k) && !(d->toks.v[k].flags & TF_INQUOTE)) ||
                          (sift_is_punct(d, k, ',') && j >= st->t0 + 2 &&
                           (sift_tok_is(d, j - 2, "according") ||
                            (j >= st->t0 + 3 && sift_tok_is(d, j - 3, "according"))))))
                break;
            int e = sift_entity_at(d, k);
            /* (nor the agency a dateline credits: "JOHANNESBURG, Oct 8
             * (Reuters) - ..., a report by the Auditor-General found") */
            if (e < 0 || d->ents.v[e].type != ET_ORG || (d->toks.v[k].flags & TF_INQUOTE) || (uint32_t)e == gone ||
                (k > st->t0 && sift_entity_at(d, k - 1) == e) || data_drawn_from(d, k, st->t0) ||
                sift_in_dateline(d, k))
                continue;
            /* (nor the subject of a clause on it: "a report the Justice
             * Ministry dismissed as ...") */
            /* (but the subject after the phrase that brings it in is its
             * maker: "In a written submission to the commission, the
             * delivery platform Zoomi warned") */
            uint32_t ne = sift_name_end(d, k, st->t1), comma = j;
            int opened = j > st->t0 && (d->toks.v[st->t0].w.flags & W_PREP);
            while (opened && comma < k && !sift_is_punct(d, comma, ','))
                comma++;
            if (k > j + 1 && ne < st->t1 && sift_finite_verb(d, ne) && !(d->toks.v[ne].flags & TF_CAP) &&
                !(opened && comma < k))
                break;
            /* (nor where someone works: "a biologist at the Jagiellonian
             * University who coordinated the open letter") */
            /* (nor, for a document spoken of again, whose head a person
             * named there is: "Dr Amina Bello, director-general of the
             * Nigerian Earth Observation Centre, ... before the audit was
             * published") */
            uint32_t o = k - (sift_tok_is(d, k - 1, "the") && k > st->t0);
            int head_of = j > st->t0 && sift_tok_is(d, j - 1, "the") && o >= st->t0 + 2 &&
                          sift_tok_is(d, o - 1, "of") && (d->toks.v[o - 2].w.flags & (W_TITLE | W_PERSON_NOUN)) &&
                          !(d->toks.v[o - 2].flags & TF_CAP);
            if (!recipient(d, k, st->t0) && !(own && workplace(d, k)) && !head_of)
                return e;
            gone = (uint32_t)e; /* (and its "(EPA)" after it) */
        }
        j = st->t0; /* one look a sentence */
    }
    /* else whichever organisation spoke in the last two sentences ("...,
     * the Authority said on Friday. The report found ...") */
    /* (not a document the sentence brings in, by where it went or who has
     * seen it: "The business plan submitted to the national Department of
     * Transport, seen by this newspaper, estimates") */
    uint32_t v = h + 1 + (h + 1 < d->toks.n && sift_is_punct(d, h + 1, ','));
    if (v + 1 < d->toks.n && !(d->toks.v[v].flags & (TF_CAP | TF_INQUOTE)) &&
        ((sift_tok_in(d, v, seen_by) && sift_tok_is(d, v + 1, "by")) || (made_by(d, v) && sift_tok_is(d, v + 1, "to"))))
        return -1;
    uint32_t at = d->toks.v[h].start, hs = d->toks.v[h].sent;
    for (size_t q = d->quotes.n; q-- > 0;) {
        const sift_quote *x = &d->quotes.v[q];
        if (x->span.start >= at)
            continue;
        if (d->toks.v[sift_tok_at(d, x->span.start)].sent + 2 < hs)
            break;
        /* (a fragment judging something is no document's maker: "a report
         * the Justice Ministry dismissed as "..."") */
        if (x->rule && strcmp(x->rule, "clause-subject") == 0)
            continue;
        if (x->speaker >= 0 && d->ents.v[x->speaker].type == ET_ORG)
            return x->speaker;
    }
    /* a memo or a letter not spoken of before is by the person the
     * sentence before has speaking ("..., Chief Executive Priya Raman told
     * employees on Wednesday. '...,' the memo read.") */
    if (sift_tok_in(d, h, personal) && hs > 0) {
        const sent *st = &d->sents.v[hs - 1];
        for (uint32_t k = st->t0; k + 2 < st->t1; k++) {
            int e = sift_entity_at(d, k);
            if (e >= 0 && d->ents.v[e].type == ET_PERSON && sift_entity_at(d, k + 1) != e &&
                !(d->toks.v[k].flags & TF_INQUOTE) && sift_is_cue(d, k + 1 + sift_is_punct(d, k + 1, ',')))
                return e;
        }
    }
    return -1;
}

/* A noun for a business ("the company", "the drugmaker", "the lender"),
 * which a regulator or a ministry named since does not take. */
static const char *const business_nouns[] = {
    "company", "firm", "miner", "producer", "developer", "manufacturer", "conglomerate",
    "startup", "insurer", "lender", "retailer", "discounter", "supermarket", "grocer",
    "chain", "airline", "supplier", "brokerage", "consultancy", "publisher", "carrier", "biotech",
    "corporation", /* ("Canada Post will end ..., the Crown corporation said") */
    "pharmacy", NULL};

int sift_business_noun(const doc *d, uint32_t k)
{
    return sift_tok_maker(d, k) || sift_tok_in(d, k, business_nouns) ||
           /* (a "start-up", three tokens, by its last) */
           (k >= 2 && sift_tok_is(d, k, "up") && sift_is_punct(d, k - 1, '-') && sift_tok_is(d, k - 2, "start") &&
            !(d->toks.v[k - 1].flags & TF_SPACE));
}

/* The head word of a description into head[64], the last word before
 * where or with what the one described is ("a researcher with the
 * Sediment Futures Institute", "a mid-sized producer with 14 farming
 * licences"); its length, 0 if none. */
static size_t desc_head(const char *desc, char *head)
{
    static const char *const preps[] = {"with", "at", "for", "of", "from", "in", "on", "who", "that", "which", NULL};
    size_t hn = 0;
    for (const char *w = desc; w && *w;) {
        size_t n = strcspn(w, " ");
        int stop = 0;
        for (const char *const *p = preps; *p && !stop; p++)
            stop = strlen(*p) == n && strncmp(w, *p, n) == 0;
        if (stop && hn)
            break;
        if (n < 64) {
            memcpy(head, w, n);
            hn = n;
        }
        w += n + (w[n] == ' ');
    }
    head[hn] = 0;
    return hn;
}

/* Is an organisation described as a business ("Faro Mobility, the scooter
 * company,", "Vestfjord Havbruk, a mid-sized producer with 14 farming
 * licences")? */
static int described_business(const entity *en)
{
    char head[64];
    if (!en->desc || !desc_head(en->desc, head))
        return 0;
    for (const char *const *x = business_nouns; *x; x++)
        if (strcasecmp(head, *x) == 0)
            return 1;
    return 0;
}

/* Does an organisation's name end like a company's ("Arcturus Launch
 * Systems", "Acme Inc"), by the company words of lex/words.c? */
static int company_name(const doc *d, const char *name)
{
    /* (or a legal form that opens it: "PT Sulawesi Mineral Utama", "PJSC Rosneft") */
    static const char *const forms[] = {"PT ", "JSC ", "PJSC ", "OJSC ", "OAO ", "OOO ", NULL};
    for (const char *const *f = forms; *f; f++)
        if (strncmp(name, *f, strlen(*f)) == 0)
            return 1;
    const char *last = strrchr(name, ' ');
    last = last ? last + 1 : name;
    char low[32];
    size_t n = sift_utf8_lower(last, strlen(last), low, sizeof low);
    return n > 0 && n < sizeof low - 1 && (sift_words_get(d->res->words, low, n).flags & W_COMPANY);
}

/* Is the word s[0..n) one for no business: a public body or an association
 * ("administration", "ministry", "association")? */
static int not_business_word(const char *s, size_t n)
{
    static const char *const w[] = {
        "ministry", "department", "administration", "agency", "authority", "commission",
        "committee", "bureau", "court", "council", "parliament", "congress", "senate",
        "government", "police", "army", "navy", "military", "party", "nations", "organization",
        "organisation", "embassy", "directorate", "secretariat", "tribunal", "inspectorate",
        "reserve", "regulator", "association", "federation", "union", "institute", "university",
        "college", "school", "foundation", "society", "league", "church", "academy", "museum",
        "centre", "center", "service", "office", "programme", "program", "alliance", "coalition", "forum",
        "campaign", "club", "charity", "exchange", "chamber", "registry", "superintendency", "superintendence",
        /* (and as bodies abroad are named: "Instituto Português das
         * Comunicações", "Agência Nacional de Telecomunicações") */
        "instituto", "istituto", "institut", "autoridade", "autoridad", "autorità", "autorité", "comissão",
        "comisión", "commissione", "agência", "agencia", "agenzia", "agence", "ministerio", "ministério",
        "ministero", "ministère", "ministerstvo", "ministerie", "consejo", "conselho", "consiglio", "conseil",
        "superintendencia", "superintendência", "secretaría", "procuraduría", "fiscalía", "bundesamt", "behörde",
        "urząd", "universidad", "universidade", "università", "université", "federación", "federação",
        "federazione", "fédération", NULL};
    for (const char *const *x = w; *x; x++)
        if (n == strlen(*x) && strncasecmp(s, *x, n) == 0)
            return 1;
    return 0;
}

/* Is the organisation named name no business ("Administration",
 * "Ministry", "Association" in its name)? */
static int not_business(const char *name)
{
    for (const char *p = name; *p;) {
        const char *e = p;
        while (*e && *e != ' ' && *e != '-')
            e++;
        if (not_business_word(p, (size_t)(e - p)))
            return 1;
        p = *e ? e + 1 : e;
    }
    return 0;
}

/* Is the organisation no business by its name or its canonical one ("EU",
 * the European Union)? */
int sift_org_not_business(const entity *en)
{
    return not_business(en->name) || (en->canon && not_business(en->canon));
}

/* Is the organisation described in a few words as a public body or another
 * that is no business ("The regulator, ERSAR,")? */
static int described_public(const entity *en)
{
    int words = 1;
    for (const char *p = en->desc; p && *p; p++)
        words += *p == ' ';
    return en->desc && words <= 3 && not_business(en->desc);
}

/* Is the organisation described as a public body by the last word of its
 * description ("Rijkswaterstaat, the national water authority,")? */
/* Nouns for a public body, not a company ("the agency said"), for
 * public_noun() and described_as_public(). */
static const char *const public_nouns[] = {"agency", "regulator", "authority", "administration", "department",
                                           "commission", "watchdog", "directorate", NULL};

static int described_as_public(const entity *en)
{
    const char *last = en->desc ? strrchr(en->desc, ' ') : NULL;
    last = last ? last + 1 : en->desc;
    if (last && strcasecmp(last, "ministry") == 0)
        return 1;
    for (const char *const *k = public_nouns; last && *k; k++)
        if (strcasecmp(last, *k) == 0)
            return 1;
    return 0;
}

/* Is the organisation e, named at token m0, in a sentence where the same
 * noun k ("the company") already spoke for another organisation ("Fees had
 * risen, the company said, while an order from the manufacturer Moravska
 * Vagonka was late")? Then the noun means that other one still. */
static int noun_spoke_for_other(const doc *d, uint32_t m0, int e, uint32_t k)
{
    const sent *st = &d->sents.v[d->toks.v[m0].sent];
    uint32_t a = d->toks.v[st->t0].start, b = d->toks.v[st->t1 - 1].end;
    int named = 0;
    for (uint32_t i = st->t0 + 1; i < st->t1 && !named; i++)
        named = sift_tok_is(d, i - 1, "the") && sift_toks_equal(d, i, k, 1) && !(d->toks.v[i].flags & TF_INQUOTE);
    for (size_t q = 0; named && q < d->quotes.n; q++) {
        const sift_quote *x = &d->quotes.v[q];
        if (x->sentence.start <= a && x->sentence.end >= b && x->speaker >= 0 && x->speaker != e &&
            d->ents.v[x->speaker].type == ET_ORG)
            return 1;
    }
    return 0;
}

/* "an analyst at Dalal & Iyer Securities", "a researcher with the firm
 * Sentinel Grid": an organisation named as someone's workplace (its name
 * at m0), which "the company" of the story does not mean. */
static int workplace(const doc *d, uint32_t m0)
{
    uint32_t k = m0;
    /* (and at most two nouns for its kind: "at market tracker ChipView") */
    while (k > 0 && k + 3 > m0 &&
           (sift_tok_is(d, k - 1, "the") || sift_tok_org_kind(d, k - 1) ||
            (d->toks.v[k - 1].upos == SIFT_UPOS_NOUN && !(d->toks.v[k - 1].flags & TF_CAP) &&
             d->toks.v[k - 1].kind == TK_WORD)))
        k--;
    /* ("Yuki Morimoto of Aozora Capital": a person's firm) */
    if (k == m0 && k >= 2 && sift_tok_is(d, k - 1, "of") && sift_entity_at(d, k - 2) >= 0 &&
        d->ents.v[sift_entity_at(d, k - 2)].type == ET_PERSON)
        return 1;
    if (k < 2 || !(sift_tok_is(d, k - 1, "at") || sift_tok_is(d, k - 1, "with")))
        return 0;
    /* (a relative clause may be longer: "Héctor Ruiz, who manages a
     * Mexican equities fund at Valores Monteverde") */
    for (uint32_t j = k - 1; j-- > 0 && k - 1 - j <= 7;)
        if (((d->toks.v[j].w.flags & (W_TITLE | W_PERSON_NOUN)) && !(d->toks.v[j].flags & TF_CAP) && k - 1 - j <= 4) ||
            (is_who(d, j) && j > 1 && sift_is_punct(d, j - 1, ',') && sift_entity_at(d, j - 2) >= 0 &&
             d->ents.v[sift_entity_at(d, j - 2)].type == ET_PERSON))
            return 1; /* "Lee Min-jae, who covers hardware at Hanul ..." */
    return 0;
}

/* Generic names for organisations: "the company" means the last one named.
 * Kinds of organisation (sift_tok_org_kind) and institutions. */
/* The organisation an earlier "the agency" (the noun at token k) spoke
 * for: the ORG speaker of a quote attributed by the same noun phrase and a
 * cue right after it, or -1. "The agency said ..." keeps meaning the
 * agency it meant before, though another organisation was named since. */
static int same_noun_before(const doc *d, uint32_t k, uint32_t lo)
{
    size_t wl = TOK_N(d, k);
    for (uint32_t p = k; p-- > lo + 1;) {
        if (TOK_N(d, p) != wl || strncasecmp(TOK_S(d, p), TOK_S(d, k), wl) != 0 || !sift_tok_is(d, p - 1, "the") ||
            (d->toks.v[p].flags & TF_INQUOTE))
            continue;
        uint32_t c = p + 1;
        while (c < k && c < p + 4 && !sift_is_cue(d, c))
            c++;
        if (c >= k || !sift_is_cue(d, c))
            continue;
        for (size_t q = d->quotes.n; q-- > 0;) {
            const sift_quote *x = &d->quotes.v[q];
            if (x->speaker < 0 || d->ents.v[x->speaker].type != ET_ORG || !x->cue ||
                d->toks.v[p].start < x->sentence.start || d->toks.v[p].end > x->sentence.end ||
                strncasecmp(x->cue, TOK_S(d, c), TOK_N(d, c)) != 0)
                continue;
            return x->speaker;
        }
        return -1;
    }
    return -1;
}

/* Does an organisation's name hold the words s[0..n), in any case? */
static int name_holds(const char *name, const char *s, size_t n)
{
    for (const char *p = name; *p; p++)
        if (strncasecmp(p, s, n) == 0)
            return 1;
    return 0;
}

/* Is entity e the speaker of a quotation found so far, or (before the
 * reports are found) the subject of a speech verb: "The Communications
 * Authority of Kenya (CA), which regulates the telecoms sector, said"?
 * Only what opens before token upto counts (has_spoken: anywhere). */
static int spoken_before(const doc *d, int e, uint32_t upto)
{
    size_t at = upto < d->toks.n ? d->toks.v[upto].start : d->len;
    for (size_t q = 0; q < d->quotes.n; q++)
        if (d->quotes.v[q].speaker == e && d->quotes.v[q].span.start < at)
            return 1;
    const entity *en = &d->ents.v[e];
    for (size_t k = 0; k < en->ments.n && k < 16; k++) {
        const mention *m = &d->ments.v[en->ments.v[k]];
        if ((d->toks.v[m->t0].flags & TF_INQUOTE) || m->t0 >= upto)
            continue;
        /* (not where a person works: "Henk Dijkstra of Van Damme Salvage, said") */
        if (m->t0 >= 2 && sift_tok_is(d, m->t0 - 1, "of") && sift_entity_at(d, m->t0 - 2) >= 0 &&
            d->ents.v[sift_entity_at(d, m->t0 - 2)].type == ET_PERSON)
            continue;
        uint32_t hi = sift_sent_t1(d, m->t0);
        for (uint32_t j = m->t1; j < hi && j < m->t1 + 16; j++) {
            int x = sift_entity_at(d, j);
            if ((x >= 0 && x != e && d->ents.v[x].type != ET_GPE) || d->toks.v[j].kind == TK_QUOTE)
                break;
            if (sift_is_cue(d, j))
                return 1;
        }
    }
    return 0;
}

/* Is entity e the speaker of the last quotation or report before token
 * upto, in that token's sentence or the one before? */
static int spoke_last(const doc *d, int e, uint32_t upto)
{
    size_t at = d->toks.v[upto].start;
    uint32_t s = d->toks.v[upto].sent;
    const sift_quote *last = NULL;
    for (size_t q = 0; q < d->quotes.n; q++) {
        const sift_quote *x = &d->quotes.v[q];
        if (x->span.start < at && x->speaker_name && (!last || x->span.start > last->span.start))
            last = x;
    }
    return last && last->speaker == e && d->toks.v[sift_tok_at(d, last->span.start)].sent + 1 >= s;
}

static int has_spoken(const doc *d, int e)
{
    return spoken_before(d, e, UINT32_MAX);
}

/* Is the organisation named name a public body ("Competition Commission",
 * "Central Bank of Kenya"), by its words? */
static int public_name(const char *name)
{
    return not_business(name) || name_holds(name, "central bank", 12) || name_holds(name, "reserve bank", 12) ||
           strncasecmp(name, "bank of ", 8) == 0;
}

/* Is the word at k a kind of body that runs a service ("the utility",
 * "the operator", "the provider")? */
static int runs_service(const doc *d, uint32_t k)
{
    static const char *const services[] = {"utility", "operator", "provider", NULL};
    return sift_tok_in(d, k, services) && !(d->toks.v[k].flags & TF_CAP);
}

/* Does a name say its body is one of members ("Zimbabwe Manufacturers
 * Council", "the Chamber of Mines"), which runs no service? */
static int members_name(const char *name)
{
    static const char *const members[] = {"council", "association", "federation", "confederation", "union",
                                          "chamber", "forum", "alliance", "coalition", "guild", NULL};
    for (const char *const *m = members; *m; m++)
        if (name_holds(name, *m, strlen(*m)))
            return 1;
    return 0;
}

/* Is organisation e named as a field of government and a country
 * ("Transport Canada", "Immigration, Refugees and Citizenship Canada"),
 * a public body whatever its words? */
static int field_of_country(const doc *d, int e)
{
    static const char *const rules[] = {"field+place", "fields+country", "org+country", NULL};
    for (size_t i = 0; i < d->ents.v[e].ments.n; i++) {
        const char *r = d->ments.v[d->ents.v[e].ments.v[i]].rule;
        for (const char *const *w = rules; r && *w; w++)
            if (strcmp(r, *w) == 0)
                return 1;
    }
    return 0;
}

/* Does a name end with the word s[0..n) ("Halifax Metropolitan
 * University", "a mortgage data provider"), in any case? */
static int ends_with_word(const char *name, const char *s, size_t n)
{
    size_t nl = strlen(name);
    return nl > n && name[nl - n - 1] == ' ' && strncasecmp(name + nl - n, s, n) == 0;
}

/* Does a name of one word end in s[0..n), in any case, with more before
 * it ("Riksbank" for "bank")? */
static int word_ends_with(const char *name, const char *s, size_t n)
{
    size_t nl = strlen(name);
    return nl > n + 2 && !strchr(name, ' ') && strncasecmp(name + nl - n, s, n) == 0;
}

/* Does a name hold the word s[0..n) then the preposition of ("the
 * institute" for the "Geophysical Institute of Peru" with " of ", "the
 * inspectorate" for the "Central Inspectorate for Fraud Repression" with
 * " for ")? */
static int noun_of(const char *name, const char *s, size_t n, const char *of)
{
    for (const char *p = name; *p; p++)
        if ((p == name || p[-1] == ' ') && strncasecmp(p, s, n) == 0 && strncmp(p + n, of, strlen(of)) == 0)
            return 1;
    return 0;
}

/* Does a name hold the word s[0..n) as a whole word, in any case? */
/* Does name hold the word s[0..n), or with plural set its plural
 * ("Hotels" for "hotel"), in any case? */
static int word_in_name(const char *name, const char *s, size_t n, int plural)
{
    for (const char *p = name; *p; p++) {
        if ((p != name && p[-1] != ' ') || strncasecmp(p, s, n) != 0 || (plural && p[n] != 's'))
            continue;
        const char *e = p + n + (plural != 0);
        if (*e == ' ' || *e == '\0' || *e == ',' || *e == '\'') /* ("Public Health, Hygiene", "Fishers' Association") */
            return 1;
    }
    return 0;
}

static int has_word(const char *name, const char *s, size_t n)
{
    return word_in_name(name, s, n, 0);
}

int sift_name_has_word(const char *name, const char *s, size_t n)
{
    return word_in_name(name, s, n, 0);
}


static int institution_noun(const doc *d, uint32_t k)
{
    static const char *const institutions[] = {
        "ministry", "union", "council", "commission", "court", "party", "department",
        "authority", "institute", "organisation", "organization", "charity", "board",
        "association", "federation", "club", "league", "government", "army", "military",
        "navy", "police", "office", "university", "college", "hospital", "centre", "center",
        "bureau", "observatory", "bloc", "alliance", "coalition", "body", "bank", "directorate", "committee",
        "fund", "corporation", "chamber", "foundation", "society", "academy", "school", "forum",
        "laboratory", "lab", "municipality", "embassy", "consulate", "airport", "secretariat", NULL};
    return sift_tok_org_kind(d, k) || sift_tok_in(d, k, institutions);
}

/* Does the name or the description nm say it is another kind of body
 * than the noun at k ("the council" is no "Socialist Party", nor "the
 * national statistics institute, INE"; "the ministry" no "Supreme Court")? */
static int other_kind(const doc *d, uint32_t k, const char *nm)
{
    static const char *const kinds[] = {"council", "ministry", "court", "party", "department", "authority", "union",
                                        "commission", "committee", "agency", "bureau", "tribunal", "parliament",
                                        "senate", "assembly", "police", "university", "hospital", "bank",
                                        "institute", "forces", "army", "navy", "collective", "cooperative",
                                        /* ("the state transport department" is no "Bangalore Metropolitan
                                         * Transport Corporation") */
                                        "corporation",
                                        /* ("the hospital" is no "Federal Office for Information Security") */
                                        "office",
                                        /* ("the regional health service" is no Ministry of Health) */
                                        "service",
                                        /* ("the foundation" is no "Seaweed Processors Association") */
                                        "association", "foundation", NULL};
    /* (nor is "the group" a ministry, a department or a court) */
    static const char *const public_kinds[] = {"ministry", "department", "court", "police", "parliament", "senate",
                                               "commission", "authority", "directorate", NULL};
    if (sift_tok_is(d, k, "group") && !has_word(nm, "group", 5))
        for (const char *const *w = public_kinds; *w; w++)
            if (has_word(nm, *w, strlen(*w)))
                return 1;
    /* (an institute, a service: any agency, but no court or party: "A
     * spokesman for the agency" after the Federal Court of Accounts and IBAMA) */
    static const char *const no_agency[] = {"court", "tribunal", "party", "parliament", "senate", "assembly",
                                            "university", "hospital", "union", "army", "navy", NULL};
    if (sift_tok_is(d, k, "agency") && !has_word(nm, "agency", 6))
        for (const char *const *w = no_agency; *w; w++)
            if (has_word(nm, *w, strlen(*w)))
                return 1;
    if (!sift_tok_in(d, k, kinds) || sift_tok_is(d, k, "agency") || has_word(nm, TOK_S(d, k), TOK_N(d, k)))
        return 0;
    /* (a union may be named an association: "the union" after the
     * British Medical Association) */
    int union_word = sift_tok_is(d, k, "union");
    for (const char *const *w = kinds; *w; w++)
        if (!sift_tok_is(d, k, *w) && has_word(nm, *w, strlen(*w)) && !(union_word && strcmp(*w, "association") == 0))
            return 1;
    return 0;
}

/* Is an organisation whose name holds the word at k named before it ("the
 * centre" after "the Geological Hazards Centre")? */
static int named_before(const doc *d, uint32_t k)
{
    uint32_t lo = k > 3000 ? k - 3000 : 0;
    for (uint32_t i = k; i-- > lo;) {
        int e = sift_entity_at(d, i);
        if (e >= 0 && d->ents.v[e].type == ET_ORG && name_holds(d->ents.v[e].name, TOK_S(d, k), TOK_N(d, k)))
            return 1;
    }
    return 0;
}

/* "the pollster" after "A survey by Opina Centroamerica": the organisation
 * last named as a poll's maker ("a poll by X", "a survey conducted by X",
 * "an X poll", "X's survey"), looking back from token k; -1 if none. */
static int poll_maker(const doc *d, uint32_t k)
{
    static const char *const polls[] = {"poll", "polls", "survey", "surveys", "polling", NULL};
    uint32_t lo = k > 3000 ? k - 3000 : 0;
    for (uint32_t i = k; i-- > lo;) {
        int e = sift_entity_at(d, i);
        if (e < 0 || (d->ents.v[e].type != ET_ORG && d->ents.v[e].type != ET_PERSON) ||
            (d->toks.v[i].flags & TF_INQUOTE))
            continue; /* (a maker the recognizer took for a person too) */
        uint32_t m0 = i;
        while (m0 > lo && sift_entity_at(d, m0 - 1) == e)
            m0--;
        uint32_t after = i + 1 + (i + 1 < k && (d->toks.v[i + 1].flags & TF_POSS));
        if (after < k && sift_tok_in(d, after, polls))
            return e;
        if (m0 >= 2 && sift_tok_is(d, m0 - 1, "by"))
            for (uint32_t j = m0 - 1; j-- > lo && j + 4 > m0;)
                if (sift_tok_in(d, j, polls))
                    return e;
        i = m0;
    }
    return -1;
}

/* The organisation one of the two sentences after token np0's opens
 * with, past a phrase of a preposition ("In a 96-page report, the Office
 * of the Comptroller ... found"); a business only if business; -1 if none. */
static int named_next(const doc *d, uint32_t np0, int business)
{
    uint32_t s = d->toks.v[np0].sent;
    /* (past the story's opening paragraphs, not in a paragraph after:
     * "The state airport operator said ... . ¶ Nordkyst Air said") */
    int late = d->sents.v[s].para > 3;
    for (uint32_t n = s + 1; n < d->sents.n && n <= s + 2 && !(late && d->sents.v[n].para != d->sents.v[s].para);
         n++) {
        uint32_t open = sift_body_start(d, n), t1 = d->sents.v[n].t1;
        /* (or of a participle: "Releasing provisional results of the
         * census conducted in August, the Kenya National Bureau of
         * Statistics (KNBS) said") */
        /* (or who it is according to: "According to the Australian Product
         * Safety Authority, 40 fires ...") */
        if (open + 2 < t1 && sift_tok_is(d, open, "according") && sift_tok_is(d, open + 1, "to"))
            open += 2;
        else if ((d->toks.v[open].w.flags & W_PREP) || ing_form(d, open))
            for (uint32_t b = open + 1; b < t1 && b < open + 12; b++)
                if (sift_is_punct(d, b, ',')) {
                    open = b + 1;
                    break;
                }
        if (open + 1 < t1 && sift_tok_is(d, open, "the"))
            open++;
        open = after_based(d, open, t1); /* ("Berlin-based Meridian Rescue said") */
        /* (and past its kind: "The London-based investigative group Timber
         * Trace said") */
        uint32_t kind = open;
        while (kind < t1 && kind < open + 3 && plain_words(d, kind, kind + 1))
            kind++;
        if (kind > open && kind < t1 && sift_entity_at(d, kind) >= 0 &&
            (sift_tok_org_kind(d, kind - 1) || institution_noun(d, kind - 1) || sift_business_noun(d, kind - 1)))
            open = kind;
        int e = open < t1 ? sift_entity_at(d, open) : -1;
        if (e >= 0 && d->ents.v[e].type == ET_ORG && !(business && sift_org_not_business(&d->ents.v[e])) &&
            !(d->toks.v[open].flags & TF_INQUOTE))
            return e;
    }
    return -1;
}

/* The first organisation named within 12 sentences after token np0 whose
 * name holds both words at k and k + 1 ("the health ministry" and the
 * "Ministry of Public Health, ..."); -1 if none. */
static int named_later_holding(const doc *d, uint32_t np0, uint32_t k)
{
    uint32_t s = d->toks.v[np0].sent, last = s + 12 < d->sents.n ? s + 12 : (uint32_t)d->sents.n - 1;
    for (uint32_t i = k + 2; i < d->sents.v[last].t1; i++) {
        int e = sift_entity_at(d, i);
        if (e >= 0 && d->ents.v[e].type == ET_ORG && has_word(d->ents.v[e].name, TOK_S(d, k), TOK_N(d, k)) &&
            has_word(d->ents.v[e].name, TOK_S(d, k + 1), TOK_N(d, k + 1)))
            return e;
    }
    return -1;
}

/* Is the name that ends at or holds token i one of a list of examples
 * ("subsidiaries including Eurowings, Swiss and Austrian Airlines were
 * operating normally, the airline said", "carriers such as ...")? */
static int listed_example(const doc *d, uint32_t i, uint32_t lo)
{
    i = sift_name_start(d, i, lo);
    for (uint32_t q = i; q-- > lo && i - q <= 8;) {
        if (sift_tok_is(d, q, "including") || (sift_tok_is(d, q, "as") && q > lo && sift_tok_is(d, q - 1, "such")))
            return 1;
        if (!(d->toks.v[q].kind == TK_WORD || sift_is_punct(d, q, ',')) || sift_finite_verb(d, q))
            break;
    }
    return 0;
}

/* The organisation whose description holds the name starting at m0:
 * "Kafue Copper Resources, a joint venture between ... ZCCM Investments
 * Holdings and ..., Tamar Minerals" -> Kafue Copper Resources (a
 * preposition inside the description makes the name a part or an owner
 * of the one described, not the company a later "the company" means). */
static int described_by(const doc *d, uint32_t m0, uint32_t lo)
{
    /* (or the owner in it: "Europol, the European Union's law enforcement
     * agency,") */
    uint32_t me = sift_name_end(d, m0, d->toks.n);
    if (m0 > lo + 3 && sift_tok_is(d, m0 - 1, "the") && sift_is_punct(d, m0 - 2, ',') && me < d->toks.n &&
        (d->toks.v[me].flags & TF_POSS) && d->toks.v[me].kind != TK_WORD) {
        int e = sift_entity_at(d, m0 - 3);
        if (e >= 0 && d->ents.v[e].type == ET_ORG && !(d->toks.v[m0 - 3].flags & TF_INQUOTE))
            return e;
    }
    int prep = 0;
    for (uint32_t q = m0; q-- > lo + 2 && m0 - q <= 30;) {
        const tok *t = &d->toks.v[q];
        if (t->kind == TK_QUOTE || (sift_finite_verb(d, q) && !sift_in_compound(d, q)) || t->sent != d->toks.v[m0].sent)
            break;
        prep |= sift_tok_is(d, q, "between") || sift_tok_is(d, q, "of");
        if ((sift_tok_is(d, q, "a") || sift_tok_is(d, q, "an")) && sift_is_punct(d, q - 1, ',')) {
            int e = sift_entity_at(d, q - 2);
            if (e >= 0 && d->ents.v[e].type == ET_ORG && prep)
                return e;
            if (e >= 0)
                break;
        }
    }
    return -1;
}

/* People who speak for where they work: "Analysts at Kessler Bank",
 * "Deutsche Bank analysts", "Prosecutors from the Environment Agency". */
static int staff_noun(const doc *d, uint32_t k)
{
    static const char *const staff[] = {"analysts", "economists", "strategists", "researchers", "scientists",
                                        "prosecutors", "lawyers", "officials", "engineers",
                                        /* ("Organisers from the drivers' alliance Manibela") */
                                        "organisers", "organizers", "representatives",
                                        /* ("by consultants at Maritime Infrastructure Advisors") */
                                        "consultants", "auditors", "experts",
                                        /* ("Its inspectors estimated") */
                                        "inspectors", "investigators", "technicians", "epidemiologists", NULL};
    return sift_tok_in(d, k, staff);
}

/* "the agency said" after "The Federal Aviation Administration said it
 * had required Arcturus to ...": a noun for a public body, not a company */
static int public_noun(const doc *d, uint32_t k)
{
    return sift_tok_in(d, k, public_nouns);
}

/* Does an organisation's name hold the words [k,np1) ("the regional
 * district" for the Thompson-Nicola Regional District)? */
static int org_holds(const doc *d, uint32_t k, uint32_t np1)
{
    const char *phrase = sift_span_text((doc *)d, k, np1);
    for (size_t e = 0; e < d->ents.n && e < 512; e++)
        if (d->ents.v[e].type == ET_ORG && name_holds(d->ents.v[e].name, phrase, strlen(phrase)))
            return 1;
    return 0;
}

/* A one-word name at i that the report calls a site elsewhere in
 * [lo,hi): "Huaylla produced ..., the company said" after "the Huaylla
 * copper mine" (a site word from sites, after at most one word). */
static int named_as_site(const doc *d, uint32_t i, uint32_t lo, uint32_t hi, const char *const *sites)
{
    for (uint32_t t = lo; t + 2 < hi; t++) {
        if (t == i || !sift_toks_equal(d, t, i, 1) || (d->toks.v[t + 1].flags & TF_CAP))
            continue;
        uint32_t s = sift_tok_in(d, t + 1, sites) ? t + 1 : t + 2;
        /* (the site's noun heads the phrase: not "IBAMA field inspectors") */
        if ((s == t + 1 || (d->toks.v[t + 1].kind == TK_WORD && !(d->toks.v[t + 2].flags & TF_CAP) &&
                            sift_tok_in(d, t + 2, sites))) &&
            !(s + 1 < hi && d->toks.v[s + 1].kind == TK_WORD && d->toks.v[s + 1].upos == SIFT_UPOS_NOUN &&
              !(d->toks.v[s + 1].flags & TF_CAP)))
            return 1;
    }
    return 0;
}

/* Is the name ending before token e described right after it, as a kind
 * of business (", a supplier based in Pototan", ", a company based in")? */
static int introduced_as(const doc *d, uint32_t e)
{
    if (e + 2 >= d->toks.n || !sift_is_punct(d, e, ',') ||
        !(sift_tok_is(d, e + 1, "a") || sift_tok_is(d, e + 1, "an")))
        return 0;
    for (uint32_t k = e + 2; k < d->toks.n && k < e + 5 && d->toks.v[k].kind == TK_WORD; k++)
        if (sift_business_noun(d, k) || sift_tok_org_kind(d, k))
            return !(d->toks.v[k].flags & TF_CAP);
    return 0;
}

/* Did a body by the noun at k that no name holds speak in the two
 * sentences before np0 ("The regional agriculture department said ... .
 * ..., it was confirmed by the department")? Then the noun means it, not
 * an organisation named around it. */
static int unnamed_body_spoke(const doc *d, uint32_t k, uint32_t np0)
{
    uint32_t s = d->toks.v[np0].sent, lo = d->sents.v[s > 2 ? s - 2 : 0].t0;
    for (uint32_t j = lo + 1; j + 1 < np0; j++) {
        if (j == k || !sift_toks_equal(d, j, k, 1) || d->toks.v[j].ment >= 0 ||
            (d->toks.v[j].flags & (TF_INQUOTE | TF_CAP)))
            continue;
        int spoke = sift_is_cue(d, j + 1) && sift_finite_verb(d, j + 1);
        /* (described in plain words after its article: "the regional
         * agriculture department"; not "the Premier League club", "the
         * Mumbai-based company") */
        /* (or, cited with "according to", with its place: "according to
         * the Tamil Nadu revenue department") */
        uint32_t b = j;
        while (b > lo && b + 4 > j && d->toks.v[b - 1].kind == TK_WORD &&
               !(d->toks.v[b - 1].w.flags & (W_DET | W_PREP | W_VERB | W_AUX)) &&
               ((!(d->toks.v[b - 1].flags & TF_CAP) && d->toks.v[b - 1].ment < 0) ||
                (!spoke && d->toks.v[b - 1].ment >= 0 && d->ments.v[d->toks.v[b - 1].ment].type == ET_GPE)))
            b--;
        /* (unless named in apposition there: "according to the state
         * port authority, Portos do Parana,") */
        int named = j + 2 < np0 && sift_is_punct(d, j + 1, ',') && sift_entity_at(d, j + 2) >= 0 &&
                    d->ents.v[sift_entity_at(d, j + 2)].type == ET_ORG;
        int cited = !spoke && !named && b >= lo + 3 && sift_tok_is(d, b - 2, "to") &&
                    sift_tok_is(d, b - 3, "according") && (j + 1 == np0 || d->toks.v[j + 1].kind != TK_WORD);
        if ((spoke || cited) && b < j && b > lo && sift_tok_is(d, b - 1, "the"))
            return 1;
    }
    return 0;
}

/* Does name hold the word for the kind s[0..n) in another language ("the
 * league" for "Lega Calcio Italiana", "the bank" for "Banco Padano") or
 * by the work it does ("the insurer" for "Atlas Insurance")? */
static int kind_abroad(const char *name, const char *s, size_t n)
{
    static const char *const kinds[][10] = {
        {"league", "lega", "liga", "ligue", NULL},
        {"network", "red", "rede", "rete", "réseau", NULL},
        {"bank", "banco", "banca", "banque", "bankhaus", NULL},
        {"federation", "federación", "federação", "federazione", "fédération", NULL},
        {"association", "asociación", "associação", "associazione", "verband", "bundesverband", "vereinigung",
         "stowarzyszenie", NULL},
        {"ministry", "ministerio", "ministério", "ministero", "ministère", NULL},
        {"university", "universidad", "universidade", "università", "université", NULL},
        {"party", "partido", "partito", "parti", NULL},
        {"hospital", "klinikum", "krankenhaus", "hôpital", "ospedale", NULL},
        {"commission", "comision", "comisión", "commissione", "comissão", NULL},
        {"union", "sindicato", "sindacato", "syndicat", "gewerkschaft", "unión", "união", NULL},
        {"institute", "instituto", "institut", "istituto", "instituut", NULL},
        {"agency", "agencia", "agência", "agenzia", "agence", "agentur", NULL},
        {"authority", "autorité", "autoridad", "autoridade", "autorità", "behörde", NULL},
        {"chamber", "chambre", "cámara", "câmara", "kammer", "izba", NULL},
        {"secretariat", "secretaría", "secretaria", "secrétariat", "segreteria", NULL},
        {"operator", "operador", "opérateur", "operatore", "betreiber", NULL},
        {"cooperative", "coopérative", "cooperativa", "cooperativo", "genossenschaft", NULL},
        {"company", "société", "sociedad", "sociedade", "società", "compañía", "companhia", "compagnie", NULL},
        {"council", "consejo", "conselho", "consiglio", "conseil", NULL},
        {"foundation", "fundacion", "fundación", "fondazione", "fondation", "fundação", "stiftung", "yayasan"},
        /* (or in English by what it does: "the broadcaster" for the Ghana
         * National Broadcasting Service) */
        {"broadcaster", "broadcasting", "rundfunk", "radiodiffusion", NULL},
        {"insurer", "insurance", "assurance", "seguros", NULL},
        {"publisher", "publishing", "publications", NULL},
    };
    for (size_t k = 0; k < sizeof kinds / sizeof *kinds; k++) {
        if (strlen(kinds[k][0]) != n || strncasecmp(kinds[k][0], s, n) != 0)
            continue;
        for (const char *const *w = kinds[k] + 1; *w; w++)
            if (has_word(name, *w, strlen(*w)))
                return 1;
    }
    return 0;
}

/* Can organisation e be "the regulator" (or "the watchdog") at k: a public
 * body that is no ministry, department, chamber or exchange, one described
 * with the noun, or one known by a single word ("Ofcom")? Any for any
 * other noun. */
static int regulator_fits(const doc *d, uint32_t k, int e)
{
    const char *nm = d->ents.v[e].name;
    if (!(sift_tok_is(d, k, "regulator") || sift_tok_is(d, k, "watchdog")))
        return 1;
    /* (never a legislature or a court: not "the Senate's water resources
     * committee") */
    static const char *const houses[] = {"senate", "parliament", "congress", "court", NULL};
    for (const char *const *w = houses; *w; w++)
        if (has_word(nm, *w, strlen(*w)))
            return 0;
    /* (nor a service it may regulate: "Portugal's National Health
     * Service") */
    return (public_name(nm) && !has_word(nm, "ministry", 8) && !has_word(nm, "department", 10) &&
            !has_word(nm, "chamber", 7) && !has_word(nm, "exchange", 8) && !has_word(nm, "service", 7)) ||
           field_of_country(d, e) || (d->ents.v[e].desc && has_word(d->ents.v[e].desc, TOK_S(d, k), TOK_N(d, k))) ||
           !strchr(nm, ' ');
}

/* Can organisation e be the body of members the noun at h names? Not
 * unless its name says what it is ("Japan's largest labour federation
 * said ... . Kava, a Nigerian-owned app, said" are two); any other noun
 * fits. */
static int members_fit(const doc *d, uint32_t h, int e)
{
    static const char *const bodies[] = {"union", "federation", "confederation", "association", "congress",
                                         "syndicate", "guild", "alliance", "cooperative", NULL};
    if (!sift_tok_in(d, h, bodies) || (d->toks.v[h].flags & TF_CAP) ||
        kind_abroad(d->ents.v[e].name, TOK_S(d, h), TOK_N(d, h)))
        return 1;
    for (const char *const *w = bodies; *w; w++)
        if (name_holds(d->ents.v[e].name, *w, strlen(*w)))
            return 1;
    return 0;
}

/* Is the noun at k (a kind of body) used between lo and np0 after "a" or
 * "an" and a few lower-case words, outside any name ("a private
 * foundation in Switzerland")? */
static int indefinite_body_before(const doc *d, uint32_t k, uint32_t lo, uint32_t np0)
{
    for (uint32_t i = np0; i-- > lo + 1;) {
        if (!sift_toks_equal(d, i, k, 1) || sift_entity_at(d, i) >= 0 || (d->toks.v[i].flags & (TF_INQUOTE | TF_CAP)))
            continue;
        /* (the head of its phrase, not "a club-record fee", "a club
         * official") */
        const tok *nx = &d->toks.v[i + 1];
        if ((nx->kind == TK_PUNCT && !(nx->flags & TF_SPACE) && d->text[nx->start] == '-') ||
            (nx->kind == TK_WORD && (nx->upos == SIFT_UPOS_NOUN || nx->upos == SIFT_UPOS_ADJ)))
            continue;
        for (uint32_t a = i; a-- > lo && a + 4 > i;) {
            /* (nor one in apposition to a name: "Prairie Heartland Health,
             * a nonprofit hospital group") */
            if ((sift_tok_is(d, a, "a") || sift_tok_is(d, a, "an")) &&
                !(a >= 2 && sift_is_punct(d, a - 1, ',') && sift_entity_at(d, a - 2) >= 0))
                return 1;
            /* (nor past another article: "an approach the charity still
             * follows") */
            if (d->toks.v[a].kind != TK_WORD || (d->toks.v[a].flags & TF_CAP) ||
                (d->toks.v[a].w.flags & (W_PREP | W_DET)))
                break;
        }
    }
    return 0;
}

/* Does an organisation's name hold any of the words? */
static int name_holds_any(const char *name, const char *const *words)
{
    for (; *words; words++)
        if (name_holds(name, *words, strlen(*words)))
            return 1;
    return 0;
}

/* Names of audit bodies that do not hold the word: "the Federal Court of
 * Accounts", "Cour des comptes", "Tribunal de Contas", "Rechnungshof". */
static const char *const audit_courts[] = {"court of accounts", "comptes", "contas", "cuentas", "corte dei conti",
                                           "comptroller", "rechnungshof", "rekenkamer", NULL};

/* "The auditors warned" after "A report by the Cour des comptes, the
 * national audit office, found": the staff of an audit or inspection body
 * named by that work in its name or description, in the sentence or the
 * two before; -1 if none. */
static int staff_body(const doc *d, uint32_t np0, uint32_t np1)
{
    static const char *const works[][2] = {{"auditors", "audit"}, {"inspectors", "inspect"}, {NULL, NULL}};
    const char *work = NULL;
    uint32_t n = np0 + (np1 == np0 + 2 && sift_tok_is(d, np0, "the")); /* (or bare: "Auditors said") */
    for (int w = 0; works[w][0] && !work && np1 == n + 1; w++)
        work = sift_tok_is(d, n, works[w][0]) ? works[w][1] : NULL;
    /* ("The researchers said" after "A study by the Universidad
     * Surcolombiana found": the body whose study the sentence before
     * reported) */
    if (!work && np1 == n + 1 && n > np0 && (sift_tok_is(d, n, "researchers") || sift_tok_is(d, n, "authors"))) {
        const sift_quote *last = last_said_before(d, d->toks.v[np0].start);
        uint32_t s = d->toks.v[np0].sent;
        if (!last || last->speaker < 0 || d->ents.v[last->speaker].type != ET_ORG)
            return -1;
        uint32_t ls = d->toks.v[sift_tok_at(d, last->sentence.start)].sent, b = sift_body_start(d, ls);
        static const char *const studies[] = {"study", "survey", "report", "analysis", "paper", "research", NULL};
        b += (d->toks.v[b].w.flags & W_DET) != 0;
        b += b < d->toks.n && d->toks.v[b].kind == TK_NUM; /* ("A 2024 study") */
        return ls + 1 == s && sift_tok_in(d, b, studies) ? last->speaker : -1;
    }
    if (!work)
        return -1;
    /* (a few paragraphs back: the body's name holds the work; or further
     * back, one that has spoken: "The auditors recommended" near the end
     * of a story on the Hellenic Court of Audit's report) */
    uint32_t s = d->toks.v[np0].sent, near = d->sents.v[s > 8 ? s - 8 : 0].t0, lo = np0 > 3000 ? np0 - 3000 : 0;
    for (uint32_t i = np0; i-- > lo;) {
        int e = sift_entity_at(d, i);
        if (e < 0 || d->ents.v[e].type != ET_ORG || (d->toks.v[i].flags & TF_INQUOTE))
            continue;
        if ((name_holds(d->ents.v[e].name, work, strlen(work)) ||
             (d->ents.v[e].desc && name_holds(d->ents.v[e].desc, work, strlen(work))) ||
             (strcmp(work, "audit") == 0 && name_holds_any(d->ents.v[e].name, audit_courts))) &&
            (i >= near || has_spoken(d, e)))
            return e;
        i = sift_name_start(d, i, lo);
    }
    return -1;
}

/* "according to the same agency": the body of the last quotation or report
 * before np0 that has one, in its paragraph or the one before; else -1. */
static int same_source(const doc *d, uint32_t np0, uint32_t np1)
{
    if (np1 != np0 + 3 || !sift_tok_is(d, np0, "the") || !sift_tok_is(d, np0 + 1, "same") ||
        (d->toks.v[np0 + 2].flags & TF_CAP) ||
        !(sift_tok_org_kind(d, np0 + 2) || (d->toks.v[np0 + 2].w.flags & W_ORGKEY) || sift_document_noun(d, np0 + 2)))
        return -1;
    uint32_t at = d->toks.v[np0].start, para = d->sents.v[d->toks.v[np0].sent].para;
    const sift_quote *last = last_said_before(d, at);
    if (!last || last->speaker < 0 || d->ents.v[last->speaker].type != ET_ORG ||
        d->sents.v[d->toks.v[sift_tok_at(d, last->span.start)].sent].para + 1 < para)
        return -1;
    return last->speaker;
}

/* Is name one a think tank goes by: an institute, a foundation or a
 * centre ("the think tank", "the think-tank" after "the Lowther
 * Institute")? */
static int think_tank_name(const char *name)
{
    return name_holds(name, "institute", 9) || name_holds(name, "foundation", 10) || name_holds(name, "centre", 6) ||
           name_holds(name, "center", 6);
}

/* Is organisation x, a public body, the one that spoke last before np0,
 * so that a public body's noun at k means it rather than a body named or
 * described with that noun further back ("The U.S. Department of
 * Agriculture said ... . ..., the agency said" after "price reporting
 * agency Expana")? */
static int public_spoke_last(const doc *d, uint32_t k, int x, uint32_t np0)
{
    return public_noun(d, k) && public_name(d->ents.v[x].name) && !other_kind(d, k, d->ents.v[x].name) &&
           spoke_last(d, x, np0);
}

static int generic_org(const doc *d, uint32_t np0, uint32_t np1)
{
    /* "Siderurgica Serra Azul has agreed to sell its mill to India's Kaveri
     * Metals ..., the Brazilian steelmaker said": a kind of business that
     * reports at the end of the clause is the one the clause opens with, as
     * its subject */
    if (np1 > np0 + 1 && np1 < np0 + 5 && sift_tok_is(d, np0, "the") && np0 > 2 && sift_is_punct(d, np0 - 1, ',') &&
        np1 < d->toks.n && sift_is_cue(d, np1) &&
        (sift_tok_org_kind(d, np1 - 1) || sift_business_noun(d, np1 - 1) ||
         sift_tok_is(d, np1 - 1, "side") || sift_tok_is(d, np1 - 1, "team")) && /* ("the Casablanca side announced") */
        !(d->toks.v[np1 - 1].flags & TF_CAP)) {
        uint32_t b = sift_body_start(d, d->toks.v[np0].sent);
        /* (past its article: "The Centers for Disease Control and
         * Prevention has counted ..., the agency said") */
        b += sift_entity_at(d, b) < 0 && b + 1 < np0 && sift_tok_is(d, b, "the");
        int x = sift_entity_at(d, b);
        uint32_t v = x >= 0 ? sift_name_end(d, b, np0) : b;
        v += v < np0 && (d->toks.v[v].w.flags & W_AUX) && !(d->toks.v[v].flags & TF_CAP);
        /* (not when the clause names a body of that kind after the verb:
         * "Pohjanlahti Shipyards has signed a contract with the Finnish
         * Winter Navigation Agency ..., the agency said") */
        int other = -1;
        for (uint32_t k = v; x >= 0 && k < np0 && other < 0; k++) {
            int y = sift_entity_at(d, k);
            if (y >= 0 && y != x && d->ents.v[y].type == ET_ORG && !(d->toks.v[k].flags & TF_INQUOTE) &&
                ends_with_word(d->ents.v[y].name, TOK_S(d, np1 - 1), TOK_N(d, np1 - 1)) &&
                !has_word(d->ents.v[x].name, TOK_S(d, np1 - 1), TOK_N(d, np1 - 1)))
                other = y;
        }
        if (x >= 0 && d->ents.v[x].type == ET_ORG && v < np0 && !(d->toks.v[b].flags & TF_INQUOTE) &&
            !(d->toks.v[v].flags & TF_CAP) && d->toks.v[v].upos == SIFT_UPOS_VERB)
            return other >= 0 ? other : x;
    }
    uint32_t k = np0;
    /* (or the people's: "Pilots ... have voted to strike, their union said",
     * only by a name with the noun, not any organisation named before) */
    int theirs = (k + 2 == np1 || (k + 3 == np1 && sift_tok_is(d, np1 - 1, "body"))) && sift_tok_is(d, k, "their");
    /* (or the body a spokesperson speaks for: "a ministry spokesman") */
    int spokes = k + 2 == np1 && (sift_tok_is(d, k, "a") || sift_tok_is(d, k, "an")) && np1 < d->toks.n &&
                 sift_spokes_noun(d, np1);
    if (k < np1 && (sift_tok_is(d, k, "the") || sift_tok_is(d, k, "its") || theirs || spokes))
        k++;
    /* "the U.N. agency": the parent's initials say nothing of which */
    if (k + 2 == np1 && k > np0 && sift_entity_at(d, k) >= 0 && d->ents.v[sift_entity_at(d, k)].type == ET_ORG &&
        (d->toks.v[k].flags & (TF_ALLCAPS | TF_ABBR)) && sift_entity_at(d, k + 1) != sift_entity_at(d, k) &&
        !(d->toks.v[k + 1].flags & TF_CAP))
        k++;
    /* "The Mumbai-based company": where it is based says nothing of which */
    k = after_based(d, k, np1);
    /* "the state-controlled company", "the Nasdaq-listed firm": who owns or
     * lists it says nothing of which */
    static const char *const held[] = {"controlled", "owned", "run", "backed", "listed", "funded", NULL};
    if (k + 4 == np1 && sift_is_punct(d, k + 1, '-') && !(d->toks.v[k + 1].flags & TF_SPACE) &&
        sift_tok_in(d, k + 2, held))
        k += 3;
    /* (or by a name of two words: "the South Korean-owned manufacturer") */
    else if (k + 5 == np1 && (d->toks.v[k].flags & TF_CAP) && (d->toks.v[k + 1].flags & TF_CAP) &&
             sift_is_punct(d, k + 2, '-') && !(d->toks.v[k + 2].flags & TF_SPACE) && sift_tok_in(d, k + 3, held))
        k += 4;
    /* (or "the publicly owned utility", "the privately run operator") */
    if (k + 3 == np1 && sift_tok_ends(d, k, "ly") && !(d->toks.v[k].flags & TF_CAP) && sift_tok_in(d, k + 1, held))
        k += 2;
    /* "the state's spending watchdog", "Ireland's health regulator", "the
     * sport's governing body": the owner says nothing of which */
    static const char *const places[] = {"state", "country", "nation", "city", "province", "region", "county",
                                         "territory", "island", "bloc", "sport", NULL}; /* (not "the mayor's office") */
    uint32_t owner_at = k;
    int gpe_owner = k + 2 < np1 && (d->toks.v[k + 1].flags & TF_POSS) && d->toks.v[k].ment >= 0 &&
                    d->ments.v[d->toks.v[k].ment].type == ET_GPE;
    /* (or those it speaks for: "the networks' industry body") */
    static const char *const collectives[] = {"body", "association", "federation", "lobby", "alliance", NULL};
    int members = k + 2 < np1 && d->toks.v[k + 1].kind != TK_WORD && (d->toks.v[k + 1].flags & TF_POSS) &&
                  !(d->toks.v[k].flags & TF_CAP) && sift_tok_ends(d, k, "s") && d->toks.v[k].upos == SIFT_UPOS_NOUN &&
                  sift_tok_in(d, np1 - 1, collectives);
    if (k + 2 < np1 && (d->toks.v[k + 1].flags & TF_POSS) && d->toks.v[k].kind == TK_WORD &&
        ((!(d->toks.v[k].flags & TF_CAP) && sift_tok_in(d, k, places)) || gpe_owner || members))
        k += 2;
    /* "the waterway's operator said ... . The Suez Canal Authority said": a
     * body by the thing it runs is the one the next sentences open with,
     * not any body of its kind named before */
    else if (k + 3 == np1 && (d->toks.v[k + 1].flags & TF_POSS) && d->toks.v[k].kind == TK_WORD &&
             d->toks.v[k].upos == SIFT_UPOS_NOUN && d->toks.v[k].ment < 0 &&
             !(d->toks.v[k].flags & TF_CAP) && !(d->toks.v[k].w.flags & (W_PERSON_NOUN | W_TITLE)) &&
             sift_tok_org_kind(d, np1 - 1) && !(d->toks.v[np1 - 1].flags & TF_CAP))
        return named_next(d, np0, 0);
    /* (and past a superlative and the members it speaks for: "Kenya's
     * largest nurses' union") */
    if (gpe_owner && k + 3 < np1 && np1 - k <= 4 && d->toks.v[k].upos == SIFT_UPOS_ADJ && sift_tok_ends(d, k, "est") &&
        !(d->toks.v[k].flags & TF_CAP))
        k++;
    if (gpe_owner && k + 2 == np1 - 1 && d->toks.v[k + 1].kind != TK_WORD && (d->toks.v[k + 1].flags & TF_POSS) &&
        !(d->toks.v[k].flags & TF_CAP) && sift_tok_ends(d, k, "s") && d->toks.v[k].upos == SIFT_UPOS_NOUN &&
        (sift_tok_in(d, np1 - 1, collectives) || sift_tok_is(d, np1 - 1, "union")))
        k += 2;
    /* "the governing body", "the sport's world body": a body */
    if (np1 - k == 2 && sift_tok_is(d, k + 1, "body") && !(d->toks.v[k].flags & TF_CAP))
        k++;
    /* ("The group estimated" after "the Haki Mtaani Network, a Nairobi
     * rights group, said ... a 2024 High Court order": the body described
     * with the noun, named in the sentence or two before) */
    /* (or by a word of names: "the country's largest teaching union") */
    if (np1 - k == 1 && k > np0 && sift_tok_is(d, np0, "the") && d->toks.v[k].kind == TK_WORD &&
        !(d->toks.v[k].flags & TF_CAP) && (sift_tok_org_kind(d, k) || (d->toks.v[k].w.flags & W_ORGKEY))) {
        uint32_t s = d->toks.v[np0].sent, lo = d->sents.v[s > 2 ? s - 2 : 0].t0;
        for (uint32_t j = np0; j-- > lo;) {
            int x = sift_entity_at(d, j);
            if (x < 0 || d->ents.v[x].type != ET_ORG || (d->toks.v[j].flags & TF_INQUOTE))
                continue;
            uint32_t c = j + 1, m = j + 2;
            /* (a group by any word for one: "Mwani Mustakabali, a
             * Zanzibar-based non-governmental organisation, ... . The group
             * says") */
            static const char *const groups_of[] = {"organisation", "organization", "ngo", "charity", "nonprofit",
                                                    "non-profit", "coalition", "network", "movement", NULL};
            if (c + 2 < np0 && sift_is_punct(d, c, ',') && (d->toks.v[m].w.flags & W_DET)) {
                /* (past an owner: ", the country's largest teaching union,") */
                while (m < np0 && m < c + 10 && (d->toks.v[m].kind == TK_WORD || sift_is_punct(d, m, '-') ||
                                                 (d->toks.v[m].flags & TF_POSS)))
                    m++;
                if (m < np0 && (sift_is_punct(d, m, ',') || sift_is_punct(d, m, '.')) &&
                    (sift_toks_equal(d, m - 1, k, 1) ||
                     (sift_tok_is(d, k, "group") && sift_tok_in(d, m - 1, groups_of))))
                    return x;
            }
            j = sift_name_start(d, j, lo);
        }
    }
    /* "the institute" after "a poll by the Data Civica institute": the
     * organisation last named with that noun right after its name */
    /* (not "the League One club Mersey Vale": a name after the noun) */
    if (np1 - k == 1 && k > np0 && d->toks.v[k].kind == TK_WORD && !(d->toks.v[k].flags & TF_CAP) &&
        (sift_tok_org_kind(d, k) || institution_noun(d, k))) {
        /* (the mentions, made in text order, from the last before np0) */
        for (size_t mi = d->ments.n; mi-- > 0;) {
            const mention *mm = &d->ments.v[mi];
            uint32_t i = mm->t1, n0 = mm->t0;
            if (i >= np0)
                continue;
            if (i + 3000 < np0)
                break;
            if (mm->type != ET_ORG || mm->entity < 0 || !sift_toks_equal(d, i, k, 1) ||
                (d->toks.v[i].flags & TF_INQUOTE))
                continue;
            int e = mm->entity;
            /* (nor "the Premier League club": a league's or a group's name
             * before the noun is not the club's) */
            if (n0 > 0 && sift_tok_is(d, n0 - 1, "the") && i + 1 < d->toks.n &&
                !(d->toks.v[i - 1].w.flags & W_ORGKEY) && !institution_noun(d, i - 1) &&
                !sift_tok_org_kind(d, i - 1) &&
                !(d->toks.v[i + 1].kind == TK_WORD && (d->toks.v[i + 1].flags & TF_CAP)))
                return e;
        }
    }
    /* "the Japanese automaker", "the Swiss lender": a nationality says
     * little of which firm */
    /* (or "the German aid group": a nationality before two plain words) */
    /* (or a country's name: "the U.S. chipmaker") */
    const mention *km = d->toks.v[k].ment >= 0 ? &d->ments.v[d->toks.v[k].ment] : NULL;
    if (k > np0 && km &&
        (km->type == ET_NORP ||
         (km->type == ET_GPE && km->lex && km->lex->info && strstr(km->lex->info, "kind=country"))) &&
        km->t1 == k + 1 &&
        ((np1 - k == 2 && sift_business_noun(d, k + 1)) ||
         (np1 - k == 3 && !(d->toks.v[k + 1].flags & TF_CAP) && !(d->toks.v[k + 2].flags & TF_CAP) &&
          d->toks.v[k + 1].kind == TK_WORD && d->toks.v[k + 2].kind == TK_WORD)))
        k++;
    /* ("the federal housing agency": the level of government says
     * nothing of which) */
    static const char *const levels[] = {"federal", "national", "state", "provincial", "regional", "local",
                                         "municipal", "central", NULL};
    /* (nor "the federal agency" of any other agency; "the central bank"
     * is a kind of bank) */
    if ((np1 - k == 3 || (np1 - k == 2 && !sift_tok_is(d, k, "central") && !org_holds(d, k, np1))) &&
        sift_tok_in(d, k, levels) && !(d->toks.v[k].flags & TF_CAP) && d->toks.v[k].ment < 0)
        k++;
    /* "The Helsinki mobile games developer": where it is and what it makes
     * say nothing of which business; its head noun does */
    if (np1 - k >= 3 && np1 - k <= 5 && sift_business_noun(d, np1 - 1) && !(d->toks.v[np1 - 1].flags & TF_CAP)) {
        uint32_t m = k;
        if (d->toks.v[m].ment >= 0 && (d->ments.v[d->toks.v[m].ment].type == ET_GPE ||
                                      d->ments.v[d->toks.v[m].ment].type == ET_NORP))
            m = d->ments.v[d->toks.v[m].ment].t1;
        while (m < np1 - 1 && d->toks.v[m].kind == TK_WORD && !(d->toks.v[m].flags & TF_CAP) &&
               !(d->toks.v[m].w.flags & (W_DET | W_PREP | W_VERB | W_AUX | W_PRONOUN)) && d->toks.v[m].ment < 0)
            m++;
        if (m == np1 - 1 && m > k + 1)
            k = m;
    }
    /* "the auction house", "the fashion house", "the mining company": a
     * business, by its head noun */
    static const char *const trades[] = {"auction", "fashion", "publishing", "trading", "design", NULL};
    int house = np1 - k == 2 && sift_tok_is(d, k + 1, "house") && sift_tok_in(d, k, trades);
    if (np1 - k == 2 && !(d->toks.v[k].flags & TF_CAP) && (house || sift_business_noun(d, k + 1)))
        k++;
    /* ("the think-tank" after "the Fraser Institute", as "the think tank"
     * below: the last institute, foundation or centre named) */
    if (np1 - k == 3 && sift_tok_is(d, k, "think") && sift_is_punct(d, k + 1, '-') && sift_tok_is(d, k + 2, "tank") &&
        !(d->toks.v[k + 1].flags & TF_SPACE) && !(d->toks.v[k + 2].flags & TF_SPACE))
        for (uint32_t i = np0, seen = 0; i-- > 0 && seen < 3000; seen++) {
            int e = sift_entity_at(d, i);
            if (e >= 0 && d->ents.v[e].type == ET_ORG && think_tank_name(d->ents.v[e].name))
                return e;
        }
    /* "the regional district" after "the Thompson-Nicola Regional
     * District": an organisation whose name holds the two words */
    if (np1 - k == 2 && d->toks.v[k].ment < 0 && d->toks.v[k + 1].ment < 0 &&
        !(d->toks.v[k].flags & TF_CAP) && !(d->toks.v[k + 1].flags & TF_CAP)) {
        const char *phrase = sift_span_text((doc *)d, k, np1);
        int head = -1, mod = -1, orgs = 0; /* "the central bank" after "Bank Indonesia": one holding the head noun */
        int kind = institution_noun(d, k + 1), public_head = public_noun(d, k + 1);
        int central_bank = strcasecmp(phrase, "central bank") == 0;
        for (uint32_t i = np0, seen = 0; i-- > 0 && seen < 3000; seen++) {
            int e = sift_entity_at(d, i);
            if (e < 0 || d->ents.v[e].type != ET_ORG)
                continue;
            /* (a firm is no candidate for "the country's drug regulator",
             * which the next sentence may name) */
            orgs += !(public_head && !public_name(d->ents.v[e].name));
            /* (or described so: "the prison authority" after "Ecuador's
             * prison authority SNAI") */
            if (name_holds(d->ents.v[e].name, phrase, strlen(phrase)) ||
                (d->ents.v[e].desc && name_holds(d->ents.v[e].desc, phrase, strlen(phrase))))
                return e;
            /* (or named right after the same words: "the index provider"
             * after "London-based index provider Harbourline Analytics") */
            uint32_t n0 = sift_name_start(d, i, 0);
            if (n0 >= 2 && sift_toks_equal(d, n0 - 2, k, 2) && !(d->toks.v[n0 - 1].flags & TF_INQUOTE))
                return e;
            /* ("the think tank" after "the Lowther Institute") */
            if (head < 0 && sift_tok_is(d, k, "think") && sift_tok_is(d, k + 1, "tank") &&
                think_tank_name(d->ents.v[e].name))
                head = e;
            /* (not a ministry of another field: "the transport ministry"
             * is no Ministry of Finance) */
            int field = (sift_tok_is(d, k + 1, "ministry") || sift_tok_is(d, k + 1, "department")) &&
                        d->toks.v[k].upos == SIFT_UPOS_NOUN && TOK_N(d, k) > 3 &&
                        !has_word(d->ents.v[e].name, TOK_S(d, k), TOK_N(d, k)) &&
                        !word_in_name(d->ents.v[e].name, TOK_S(d, k), TOK_N(d, k), 1);
            if (head < 0 && kind && !field && has_word(d->ents.v[e].name, TOK_S(d, k + 1), TOK_N(d, k + 1)))
                head = e;
            /* ("the central bank" after "the Riksbank", "the Bundesbank": a
             * name that ends in the head noun) */
            if (head < 0 && kind && word_ends_with(d->ents.v[e].name, TOK_S(d, k + 1), TOK_N(d, k + 1)))
                head = e;
            /* ("the central bank" after "the Monetary Authority of
             * Singapore", "the Federal Reserve": a central bank by its office) */
            if (head < 0 && central_bank &&
                (name_holds(d->ents.v[e].name, "monetary authority", 18) ||
                 name_holds(d->ents.v[e].name, "federal reserve", 15)))
                head = e;
            /* ("the exchange operator" after "Japan Exchange Group": the
             * one whose name holds the first word, when the second is a kind) */
            /* (not a research body for a public one: "the state health
             * department" is no "Kalinga Institute of Public Health Research") */
            static const char *const studies[] = {"institute", "university", "college", "foundation",
                                                  "hospital", "school", "centre", "center", NULL};
            int studying = 0;
            for (const char *const *w = studies; public_head && *w && !studying; w++)
                studying = has_word(d->ents.v[e].name, *w, strlen(*w));
            /* (or its plural: "the hotel group" for Pacific Crest Hotels) */
            /* (nor a body of another kind: "the defence ministry" is not
             * the Defence Forces) */
            if (mod < 0 && kind && TOK_N(d, k) > 3 &&
                (has_word(d->ents.v[e].name, TOK_S(d, k), TOK_N(d, k)) ||
                 word_in_name(d->ents.v[e].name, TOK_S(d, k), TOK_N(d, k), 1)) &&
                !studying && !other_kind(d, k + 1, d->ents.v[e].name))
                mod = e;
            i = sift_name_start(d, i, 0); /* (each name once) */
        }
        /* ("the power utility" after "the Bangalore Electricity Supply
         * Company (BESCOM)": a utility by what it supplies) */
        static const char *const supplies[] = {"electricity", "electric", "power", "energy", "water", "gas", NULL};
        if (head < 0 && mod < 0 && sift_tok_is(d, k + 1, "utility"))
            for (uint32_t i = np0, seen = 0; head < 0 && i-- > 0 && seen < 3000; seen++) {
                int e = sift_entity_at(d, i);
                if (e >= 0 && d->ents.v[e].type == ET_ORG && !(d->toks.v[i].flags & TF_INQUOTE) &&
                    name_holds_any(d->ents.v[e].name, supplies))
                    head = e;
            }
        /* (not "Mexico's agriculture ministry" for the US Department of
         * Agriculture: a place's body, by a name that holds the place) */
        if (head < 0 &&
            (!gpe_owner || (mod >= 0 && has_word(d->ents.v[mod].name, TOK_S(d, owner_at), TOK_N(d, owner_at)))))
            head = mod;
        /* (nor "Egypt's foreign ministry" for "Ethiopia's Ministry of Water
         * and Energy": a body named with another country's name) */
        if (head >= 0 && gpe_owner && strstr(d->ents.v[head].name, "'s ") &&
            !has_word(d->ents.v[head].name, TOK_S(d, owner_at), TOK_N(d, owner_at)))
            head = -1;
        /* (named only after it: "..., the health ministry said" before
         * "According to the Ministry of Public Health, Hygiene and Social
         * Welfare", or "the state's spending watchdog said. In a report,
         * the Office of the Comptroller ... found") */
        if (head < 0 && kind)
            head = named_later_holding(d, np0, k);
        /* ("The antitrust regulator said" after "The Korea Fair Trade
         * Commission said": a regulator by a field no name holds is the
         * regulator named before, as "the regulator" would be) */
        /* (or "the industry group", a body of members by its trade, but
         * not "the creditor group", which may be a body of its own) */
        static const char *const members_of[] = {"industry", "trade", "lobby", "umbrella", NULL};
        int by_field = head < 0 && orgs &&
                       (sift_tok_is(d, k + 1, "regulator") || sift_tok_is(d, k + 1, "watchdog") ||
                        (sift_tok_in(d, k, members_of) &&
                         (sift_tok_is(d, k + 1, "group") || sift_tok_is(d, k + 1, "body"))));
        if (by_field)
            k++;
        else if (head >= 0 || orgs || !kind)
            return head;
        else {
            /* (a public body's noun is no campaign group's: not "internal
             * government projections" for "Protect Kerrisdale Character" next) */
            static const char *const offices[] = {"government", "ministry", "department", "office", "administration",
                                                  "cabinet", "council", "authority", "agency", "commission", "bureau",
                                                  "directorate", "service", "board", "treasury", "bank", NULL};
            int nx = named_next(d, np0, sift_business_noun(d, k + 1)), official = 0;
            for (const char *const *o = offices; nx >= 0 && *o && !official; o++)
                official = has_word(d->ents.v[nx].name, *o, strlen(*o));
            return nx >= 0 && sift_tok_in(d, k + 1, offices) && !official ? -1 : nx;
        }
    }
    /* "Pakistan's river water regulator warned ... . The Indus River System
     * Authority (IRSA) said": a body of three or four plain words, by the
     * organisation of its kind the next sentences open with */
    if (np1 - k >= 3 && np1 - k <= 4 && (institution_noun(d, np1 - 1) || sift_business_noun(d, np1 - 1))) {
        int plain = 1;
        for (uint32_t m = k; m < np1 && plain; m++)
            plain = d->toks.v[m].kind == TK_WORD && !(d->toks.v[m].flags & TF_CAP) && d->toks.v[m].ment < 0 &&
                    !(d->toks.v[m].w.flags & (W_DET | W_PREP | W_VERB | W_AUX));
        int nx = plain ? named_next(d, np0, sift_business_noun(d, np1 - 1)) : -1;
        return nx >= 0 && !other_kind(d, np1 - 1, d->ents.v[nx].name) && regulator_fits(d, np1 - 1, nx) &&
                       members_fit(d, np1 - 1, nx)
                   ? nx
                   : -1;
    }
    if (np1 - k != 1 || d->toks.v[k].ment >= 0)
        return -1;
    if (sift_tok_is(d, k, "pollster") || sift_tok_is(d, k, "pollsters"))
        return poll_maker(d, np0);
    /* "the provider" after "RateWatch UK, a mortgage data provider,": the
     * organisation described with that noun (the plural too: "the
     * administrators"); "the organisers" after "race organiser Amaury
     * Sport Organisation": the one named right after the noun or its
     * singular. One pass, each name once. */
    size_t kn = TOK_N(d, k);
    int plural = sift_tok_ends(d, k, "s");
    char many[40];
    size_t many_n = 0;
    /* (a noun no list knows, not "the airline", "the broker") */
    if (!plural && kn + 3 < sizeof many && kn > 3 && d->toks.v[k].upos == SIFT_UPOS_NOUN &&
        !(d->toks.v[k].w.flags & (W_PERSON_NOUN | W_TITLE | W_GROUP)) && !sift_tok_org_kind(d, k) &&
        !institution_noun(d, k)) {
        int y = TOK_S(d, k)[kn - 1] == 'y';
        memcpy(many, TOK_S(d, k), kn - y);
        memcpy(many + kn - y, y ? "ies" : "s", y ? 3 : 1);
        many_n = kn - y + (y ? 3 : 1);
    }
    int english = 0; /* (a later name in English with the noun comes first) */
    /* (a noun for a body of any kind is the nearest body when it spoke
     * last, in this sentence or the one before: "UK Finance, the banking
     * industry body, said ... . Its members blocked ..., the group said",
     * not "the campaign group Fraud Victims Alliance" named before) */
    static const char *const loose[] = {"group", "body", "organisation", "organization", NULL};
    int nearest = -1;
    for (uint32_t i = np0, seen = 0; i-- > 0 && seen < 3000; seen++) {
        int e = sift_entity_at(d, i);
        if (e < 0 || d->ents.v[e].type != ET_ORG)
            continue;
        nearest = nearest < 0 ? e : nearest;
        english |= ends_with_word(d->ents.v[e].name, TOK_S(d, k), kn);
        const char *desc = d->ents.v[e].desc;
        if (desc && (ends_with_word(desc, TOK_S(d, k), kn) || (plural && ends_with_word(desc, TOK_S(d, k), kn - 1))))
            return nearest != e && np1 == k + 1 &&
                           (sift_tok_in(d, k, loose) || public_spoke_last(d, k, nearest, np0))
                       ? nearest
                       : e;
        /* (or described in apposition by the noun and what it is of:
         * "Andemos, the association of vehicle importers and assemblers") */
        if (i + 4 < np0 && sift_is_punct(d, i + 1, ',') && sift_tok_is(d, i + 2, "the") &&
            sift_toks_equal(d, i + 3, k, 1) && sift_tok_is(d, i + 4, "of") && !(d->toks.v[i + 1].flags & TF_INQUOTE))
            return e;
        /* (or whose name ends in its plural: "the bakery" for Kessock
         * Bakeries; or holds the noun in its own language: "the network"
         * for Red Argentina de Pacientes Oncologicos) */
        if ((many_n && ends_with_word(d->ents.v[e].name, many, many_n)) ||
            (!english && kind_abroad(d->ents.v[e].name, TOK_S(d, k), kn)))
            return e;
        uint32_t m0 = sift_name_start(d, i, 0);
        if (m0 > 0 && !(d->toks.v[m0 - 1].flags & (TF_CAP | TF_INQUOTE)) && d->toks.v[m0 - 1].kind == TK_WORD &&
            (TOK_N(d, m0 - 1) == kn || (TOK_N(d, m0 - 1) + 1 == kn && TOK_S(d, k)[kn - 1] == 's')) &&
            strncasecmp(TOK_S(d, m0 - 1), TOK_S(d, k), TOK_N(d, m0 - 1)) == 0)
            return nearest != e && np1 == k + 1 && public_spoke_last(d, k, nearest, np0) ? nearest : e;
        /* (or in apposition after it: "the fund, Meridian Sports Capital of
         * Miami, had offered") */
        /* (past the words before the noun: "The United Nations refugee
         * agency, UNHCR,", in the sentence or the one before) */
        uint32_t det = m0 > 2 ? m0 - 3 : 0;
        while (det > 0 && det + 6 > m0 && d->toks.v[det].kind == TK_WORD && !sift_tok_is(d, det, "the") &&
               d->toks.v[m0].sent + 1 >= d->toks.v[np0].sent)
            det--;
        if (m0 > 2 && sift_is_punct(d, m0 - 1, ',') && sift_toks_equal(d, m0 - 2, k, 1) &&
            !(d->toks.v[m0 - 2].flags & (TF_CAP | TF_INQUOTE)) && sift_tok_is(d, det, "the") &&
            sift_is_punct(d, sift_name_end(d, m0, np0), ','))
            return e;
        i = m0;
    }
    /* ("..., their industry body said. ¶ The Uttar Pradesh Roller Flour
     * Mills Association, which ..., told": the body of members the next
     * sentence opens with) */
    static const char *const bodies_of[] = {"association", "federation", "confederation", "council", "chamber",
                                          "union", "alliance", "guild", NULL};
    if (sift_tok_is(d, k, "body") && k > np0 && !(d->toks.v[k - 1].flags & TF_CAP)) {
        int nx = named_next(d, np0, 0);
        for (const char *const *m = bodies_of; nx >= 0 && *m; m++)
            if (has_word(d->ents.v[nx].name, *m, strlen(*m)))
                return nx;
    }
    /* "the team said" after "Denver Broncos quarterback Tyler Hanley": a
     * sports club (not a research team's funder) */
    if (sift_tok_is(d, k, "team") || sift_tok_is(d, k, "franchise")) {
        for (uint32_t i = np0, seen = 0; i-- > 0 && seen < 3000; seen++) {
            int m = d->toks.v[i].ment;
            if (m >= 0 && d->ments.v[m].type == ET_ORG && d->ments.v[m].entity >= 0 && d->ments.v[m].rule &&
                (strcmp(d->ments.v[m].rule, "sports-club") == 0 || strcmp(d->ments.v[m].rule, "city+team") == 0))
                return d->ments.v[m].entity;
        }
        return -1;
    }
    /* "the city said" after "the Seoul Metropolitan Government said": the
     * city's government, named as such before */
    /* (or "the municipality", by such a name too, not a firm named since) */
    if ((sift_tok_is(d, k, "city") || sift_tok_is(d, k, "municipality")) && sift_tok_is(d, np0, "the")) {
        static const char *const city_bodies[] = {"metropolitan government", "city government", "city council",
                                                  "city hall", "municipality", "municipal council", "city of", NULL};
        /* (a place by its name too: "the Istanbul Metropolitan
         * Municipality said") */
        for (uint32_t i = np0, seen = 0; i-- > 0 && seen < 3000; seen++) {
            int e = sift_entity_at(d, i);
            if (e < 0 || (d->ents.v[e].type != ET_ORG && d->ents.v[e].type != ET_GPE) ||
                (d->toks.v[i].flags & TF_INQUOTE))
                continue;
            for (const char *const *c = city_bodies; *c; c++)
                if (name_holds(d->ents.v[e].name, *c, strlen(*c)))
                    return e;
            i = sift_name_start(d, i, 0);
        }
        return -1;
    }
    /* "the force said" after "The Carabineros police said": a police
     * force, by its name or the word after it */
    if (sift_tok_is(d, k, "force") && sift_tok_is(d, np0, "the")) {
        for (uint32_t i = np0, seen = 0; i-- > 0 && seen < 3000; seen++) {
            int e = sift_entity_at(d, i);
            if (e < 0 || d->ents.v[e].type != ET_ORG || (d->toks.v[i].flags & TF_INQUOTE))
                continue;
            /* (in its own language too: "Guardia Civil", "Gendarmerie") */
            static const char *const forces[] = {"police", "constabulary", "guardia", "gendarmerie", "carabinieri",
                                                 "garda", "polizia", "policía", "policia", "polizei", "politie", NULL};
            int force = 0;
            for (const char *const *w = forces; *w && !force; w++)
                force = name_holds(d->ents.v[e].name, *w, strlen(*w));
            if (force ||
                (i + 1 < np0 && sift_tok_is(d, i + 1, "police") && !(d->toks.v[i + 1].flags & TF_CAP)))
                return e;
            i = sift_name_start(d, i, 0);
        }
        return -1;
    }
    /* "an airport spokeswoman" after "At Marseille Provence Airport": an
     * airport, a place, speaks as the body that runs it */
    if (sift_tok_is(d, k, "airport")) {
        for (uint32_t i = np0, seen = 0; i-- > 0 && seen < 3000; seen++) {
            int e = sift_entity_at(d, i);
            if (e >= 0 && (d->ents.v[e].type == ET_ORG || d->ents.v[e].type == ET_LOC) &&
                !(d->toks.v[i].flags & TF_INQUOTE) && ends_with_word(d->ents.v[e].name, "airport", 7))
                return e;
            if (e >= 0)
                i = sift_name_start(d, i, 0);
        }
        return -1;
    }
    if (!institution_noun(d, k) && !house) {
        /* (the noun's adjective a name may hold instead: "prefectural") */
        static const char *const adjectives[][2] = {{"prefecture", "prefectural"}, {"province", "provincial"},
                                                    {"municipality", "municipal"}, {NULL, NULL}};
        const char *adj = NULL;
        for (int a = 0; adjectives[a][0] && !adj; a++)
            adj = sift_tok_is(d, k, adjectives[a][0]) ? adjectives[a][1] : NULL;
        const char *kw = TOK_S(d, k);
        int held_for = -1;
        /* ("the prefecture" after "the Argentine Naval Prefecture said": a
         * body that spoke before, by the last word of its name; not "the
         * museum" for a "National Museum in Kinshasa" a minister spoke of) */
        for (uint32_t i = np0, seen = 0; np1 == np0 + 2 && k == np0 + 1 && sift_tok_is(d, np0, "the") &&
                                         !(d->toks.v[k].flags & TF_CAP) && i-- > 0 && seen < 3000;
             seen++) {
            int e = sift_entity_at(d, i);
            if (e < 0 || d->ents.v[e].type != ET_ORG || (d->toks.v[i].flags & TF_INQUOTE))
                continue;
            const char *nm = d->ents.v[e].name;
            if (ends_with_word(nm, kw, kn) && has_spoken(d, e))
                return e;
            /* (or by the noun before its "of": "the movement" for the
             * National Movement of Recyclers of Chile, "the museum" for
             * Hamburg's Museum of World Cultures) */
            if (noun_of(nm, kw, kn, " of "))
                return e;
            /* (or before its "for", when no other fits: "the inspectorate"
             * for the Central Inspectorate for Fraud Repression, but "the
             * office" for a Reconstruction Office that spoke before a UN
             * Office for ... Affairs) */
            if (held_for < 0 && noun_of(nm, kw, kn, " for "))
                held_for = e;
            /* (or by the noun's adjective in it: "the prefecture" for the
             * Kagoshima Prefectural Government) */
            if (adj && has_word(nm, adj, strlen(adj)) && has_spoken(d, e))
                return e;
            /* (or by the first: "the region" after "Region Uppsala") */
            if (strchr(nm, ' ') && (size_t)(strchr(nm, ' ') - nm) == kn && strncasecmp(nm, kw, kn) == 0)
                return e;
        }
        return held_for;
    }
    /* "the regulator said" after "the Medicines Evaluation Authority (MEA)
     * said ... . Figures from the Department of Health ... show": the last
     * body named as a regulator is (an authority, a commission, an agency,
     * an office or a board) that has spoken, not a ministry or a hospital */
    if (sift_tok_is(d, k, "regulator") || sift_tok_is(d, k, "watchdog")) {
        static const char *const regulators[] = {"authority", "commission", "agency", "office", "board",
                                                 "regulator", "superintendency", "superintendence", NULL};
        for (uint32_t i = np0, seen = 0; i-- > 0 && seen < 3000; seen++) {
            int e = sift_entity_at(d, i);
            if (e < 0 || d->ents.v[e].type != ET_ORG || (d->toks.v[i].flags & TF_INQUOTE))
                continue;
            for (const char *const *r = regulators; *r; r++)
                if (has_word(d->ents.v[e].name, *r, strlen(*r)) && has_spoken(d, e))
                    return e;
            i = sift_name_start(d, i, 0);
        }
    }
    /* prefer an organisation whose name holds the noun ("the ministry") */
    size_t wl = TOK_N(d, k);
    int business = sift_business_noun(d, k) || house;
    /* ("the bank" is no union, ministry or court: "the EU" is not it, though
     * "the central bank", a reserve or a monetary authority may be) */
    int bank = sift_tok_is(d, k, "bank");
    int public_body = public_noun(d, k);
    /* ("the lab" is the Laurentian Fusion Laboratory) */
    int lab = sift_tok_is(d, k, "lab") || sift_tok_is(d, k, "labs");
    int any = -1, holds = -1, compiler = -1, described_as = -1;
    uint32_t any_at = 0, compiler_at = 0;
    uint32_t lo = np0 > 3000 ? np0 - 3000 : 0;
    for (uint32_t i = np0; i-- > lo;) {
        int e = sift_entity_at(d, i);
        /* (nor one named inside a quotation: '"Cambridge does it, the
         * International Baccalaureate does it."') */
        if (e < 0 || d->ents.v[e].type != ET_ORG || sift_in_dateline(d, i) || (d->toks.v[i].flags & TF_INQUOTE))
            continue; /* "LONDON (Reuters) — The company said": not Reuters */
        const char *nm = d->ents.v[e].name;
        /* "Northfield Albion ..., the Premier League club announced": a
         * name of another kind of body that modifies the noun is not what
         * the noun means (but "the FNV union" is FNV) */
        if (i + 1 <= np0 && d->toks.v[i + 1].kind == TK_WORD && !(d->toks.v[i + 1].flags & TF_CAP) &&
            institution_noun(d, i) && !sift_toks_equal(d, i, k, 1) &&
            (TOK_N(d, i + 1) == wl || (TOK_N(d, i + 1) == wl + 1 && TOK_S(d, i + 1)[wl] == 's')) &&
            strncasecmp(TOK_S(d, i + 1), TOK_S(d, k), wl) == 0) {
            while (i > lo && sift_entity_at(d, i - 1) == e)
                i--;
            continue;
        }
        /* "the university" is Halifax Metropolitan University rather than
         * the Halifax Metropolitan University Faculty Association named since */
        if (ends_with_word(nm, TOK_S(d, k), wl) || noun_of(nm, TOK_S(d, k), wl, " of ") ||
            kind_abroad(nm, TOK_S(d, k), wl) ||
            (lab && (ends_with_word(nm, "laboratory", 10) || ends_with_word(nm, "laboratories", 12))))
            return e;

        /* ("the army" is the Sudanese Armed Forces) */
        int forces = (sift_tok_is(d, k, "army") || sift_tok_is(d, k, "military")) &&
                     (name_holds(nm, "armed forces", 12) || name_holds(nm, "defence forces", 14) ||
                      name_holds(nm, "defense forces", 14));
        /* (not a union or an association whose name holds the firm's
         * kind: "the airline" is no "Independent Union of Airline Pilots") */
        if (holds < 0 && (name_holds(nm, TOK_S(d, k), wl) || forces) && !listed_example(d, i, lo) &&
            !(business && sift_org_not_business(&d->ents.v[e])))
            holds = e;
        uint32_t m0 = i;
        while (m0 > lo && sift_entity_at(d, m0 - 1) == e)
            m0--;
        /* not "analysts polled by LSEG", "told Reuters", "according to
         * LSEG data": who counted, heard or supplied the figures */
        /* (but "an antibody developed by Aldbrook Therapeutics" is the company's own) */
        static const char *const made[] = {"developed", "made", "built", "owned", "founded", "run",
                                           "operated", "produced", "manufactured", "designed",
                                           "proposed", "planned", /* ("a campus proposed by Andes Cloud") */
                                           NULL};
        /* (past a country that owns it: "controlled by Canada's Northfield") */
        uint32_t mb = m0;
        if (mb > lo + 2 && (d->toks.v[mb - 1].flags & TF_POSS) && sift_entity_at(d, mb - 2) >= 0 &&
            d->ents.v[sift_entity_at(d, mb - 2)].type == ET_GPE)
            mb = sift_name_start(d, mb - 2, lo);
        /* (and past its article: "figures published by the Yorkshire
         * Drought Group") */
        if (mb > lo + 2 && sift_tok_is(d, mb - 1, "the") && !(d->toks.v[mb - 1].flags & TF_CAP) &&
            sift_tok_is(d, mb - 2, "by"))
            mb--;
        /* (nor "The turbine parts are being supplied by Nordvind": goods,
         * not figures, supplied) */
        static const char *const supplied[] = {"supplied", "provided", "installed", "delivered", NULL};
        int goods = mb >= 4 && sift_tok_in(d, mb - 2, supplied) && !sift_document_noun(d, mb - 3) &&
                    !sift_document_noun(d, mb - 4) && !(d->toks.v[mb - 3].w.flags & W_UNITWORD);
        int aside = m0 >= 2 && ((mb >= 2 && sift_tok_is(d, mb - 1, "by") && sift_tok_ends(d, mb - 2, "ed") &&
                                 !sift_tok_in(d, mb - 2, made) && !goods) ||
                                sift_tok_is(d, m0 - 1, "told") ||
                                (sift_tok_is(d, m0 - 1, "the") && m0 >= 2 && sift_tok_is(d, m0 - 2, "told")) ||
                                /* ("a statement emailed to Reuters") */
                                (sift_tok_is(d, m0 - 1, "to") && sift_tok_ends(d, m0 - 2, "ed")) ||
                                (sift_tok_is(d, m0 - 1, "to") && sift_tok_is(d, m0 - 2, "according") &&
                                 sift_document_noun(d, i + 1)));
        aside |= listed_example(d, m0, lo) || recipient(d, m0, lo);
        /* ("The benchmark Nikkei average rose": a market's index, no firm) */
        static const char *const indexes[] = {"average", "index", "indexes", "indices", NULL};
        aside |= i + 1 < np0 && sift_tok_in(d, i + 1, indexes) && !(d->toks.v[i + 1].flags & TF_CAP);
        /* (or named as one: "the exchange's main index, the S&P/BMV IPC") */
        for (uint32_t b = m0; b > lo + 1 && b + 8 > m0 && !aside; b--) {
            aside = sift_is_punct(d, b - 1, ',') && sift_tok_in(d, b - 2, indexes);
            if (d->toks.v[b - 1].kind == TK_WORD && !(d->toks.v[b - 1].flags & TF_CAP) && !sift_tok_is(d, b - 1, "the"))
                break; /* (past "the", capitals and "&", "/" only) */
        }
        /* ("The announcement comes after Tata Steel cut 2,800 jobs": the
         * subject of a clause of background, in a sentence before) */
        static const char *const background[] = {"after", "before", "since", "until", "unlike", NULL};
        /* (unless it speaks there: "after Adrialine, the ferry operator,
         * announced that fares would rise") */
        uint32_t said = i + 1;
        if (said + 1 < np0 && sift_is_punct(d, said, ',') && (d->toks.v[said + 1].w.flags & W_DET)) {
            uint32_t c = said + 1;
            while (c < np0 && c < said + 12 && !sift_is_punct(d, c, ','))
                c++;
            said = c + 1;
        }
        aside |= m0 > lo && sift_tok_in(d, m0 - 1, background) && !(d->toks.v[m0 - 1].flags & TF_CAP) &&
                 d->toks.v[m0].sent != d->toks.v[np0].sent && !(said < np0 && sift_is_cue(d, said));
        /* ("Deutsche Bank analysts said": where the analysts work) */
        aside |= i + 1 < np0 && staff_noun(d, i + 1) && !(d->toks.v[i + 1].flags & TF_CAP);
        /* "the 1.9 per cent forecast in an LSEG poll of analysts" */
        aside |= m0 >= 1 && (sift_tok_is(d, m0 - 1, "a") || sift_tok_is(d, m0 - 1, "an")) &&
                 i + 1 < np0 && sift_document_noun(d, i + 1);
        /* "a group calling itself BlackLantern", "the hacker gang Vortex":
         * no business */
        static const char *const outlaws[] = {"itself", "gang", "militia", "cartel", "hackers",
                                              "hacker", "rebels", "insurgents", NULL};
        /* "League One club Mersey Vale ..., the club announced": named
         * right after the same noun */
        /* (unless a nearer body spoke last: "The U.S. Department of
         * Agriculture said ... . ..., the agency said" after "price
         * reporting agency Expana") */
        if (m0 > 0 && TOK_N(d, m0 - 1) == wl && strncasecmp(TOK_S(d, m0 - 1), TOK_S(d, k), wl) == 0 &&
            !(d->toks.v[m0 - 1].flags & TF_INQUOTE) && !(any >= 0 && any != e && spoke_last(d, any, np0)))
            return e;
        /* ("Bank Seetal and Ostbank Privat ... received reduced fines, the
         * watchdog said": a firm in the clause a public body reports on) */
        /* (a central bank regulates: "The Central Bank of Kenya (CBK) has
         * fined digital lender Pesa Haraka ..., the regulator said") */
        int reported_firm = public_body && !public_name(nm) && d->toks.v[i].sent == d->toks.v[np0].sent;
        /* ("the Haldor field", "the Kamoa mine": a name for a site) */
        static const char *const sites[] = {"field", "mine", "project", "plant", "deposit", "well", "site",
                                            "reactor", "refinery", "dam", "pipeline", "terminal", "prospect",
                                            "smelter", "concession", "discovery", NULL};
        /* (but not a company's name before its site: "the Mufulo Copper
         * Smelting plant") */
        int site = i + 1 < np0 && !(d->toks.v[i + 1].flags & TF_CAP) && sift_tok_in(d, i + 1, sites) &&
                   !company_name(d, nm);
        /* ("the department's Civil Division": a part of a public body) */
        int public_part = m0 >= 2 && (d->toks.v[m0 - 1].flags & TF_POSS) && public_noun(d, m0 - 2) &&
                          !(d->toks.v[m0 - 2].flags & TF_CAP);
        /* ("according to figures compiled by Ceylon Leaf Brokers, among the
         * island's largest auction houses. ..., the firm said": who
         * compiled them, in the sentence before, when no other will do) */
        if (compiler < 0 && aside && business && !sift_org_not_business(&d->ents.v[e]) && m0 >= 3 &&
            sift_tok_is(d, m0 - 1, "by") && sift_document_noun(d, m0 - 3) && /* (not "Analysts polled by LSEG") */
            d->toks.v[m0].sent + 1 >= d->toks.v[np0].sent)
            compiler = e, compiler_at = m0;
        /* (a regulator is a public body, or one described as such, or
         * known by its letters: not "Polska Energia Centralna") */
        int regulates = regulator_fits(d, k, e);
        if (any < 0 && !aside && regulates && !(business && (sift_org_not_business(&d->ents.v[e]) || public_part)) &&
            !(bank && sift_org_not_business(&d->ents.v[e]) && !name_holds(nm, "bank", 4) &&
              !name_holds(nm, "reserve", 7) && !name_holds(nm, "monetary", 8)) &&
            !(public_body && (company_name(d, nm) || described_business(&d->ents.v[e]))) &&
            /* (nor a business for "the council", "the union") */
            !(!business && not_business_word(TOK_S(d, k), wl) &&
              (company_name(d, nm) || described_business(&d->ents.v[e]))) &&
            !reported_firm && !site && !other_kind(d, k, nm) && !(runs_service(d, k) && members_name(nm)) &&
            !(d->ents.v[e].desc && other_kind(d, k, d->ents.v[e].desc)) &&
            !(business && described_public(&d->ents.v[e])) && !workplace(d, m0) &&
            !(business && m0 > 0 && sift_tok_in(d, m0 - 1, outlaws)) &&
            /* (a league is no club: "subject to approval by the English
             * Football League. ..., the club said") */
            !(sift_tok_is(d, k, "club") && (has_word(nm, "league", 6) || has_word(nm, "federation", 10) ||
                                            has_word(nm, "association", 11) || public_name(nm) ||
                                            has_word(nm, "municipality", 12) || has_word(nm, "council", 7))) &&
            !(business && d->toks.v[m0].sent != d->toks.v[np0].sent && noun_spoke_for_other(d, m0, e, k)) &&
            !(m0 == i && named_as_site(d, i, lo, np0, sites))) { /* (last: it walks the tokens) */
            any = e;
            any_at = m0;
            /* "Deportivo Rímac sacked its coach after a defeat to city rivals
             * Atlético Chorrillos ... the club said": an organisation after a
             * preposition yields to the one the sentence opens with */
            uint32_t b = sift_body_start(d, d->toks.v[m0].sent);
            int sub = sift_entity_at(d, b);
            if (sub < 0 && sift_tok_is(d, b, "the")) /* ("The Retail Workers Alliance of Ontario") */
                sub = sift_entity_at(d, b + 1);
            /* (or past its description: "Swedish payments company Vinga") */
            for (uint32_t w = b; (sub < 0 || d->ents.v[sub].type != ET_ORG) && w < m0 && w < b + 6; w++) {
                int x = sift_entity_at(d, w);
                if (x >= 0 && d->ents.v[x].type == ET_ORG) {
                    sub = x;
                    break;
                }
                if (x >= 0 ? !(d->ents.v[x].type == ET_NORP || d->ents.v[x].type == ET_GPE)
                           : d->toks.v[w].kind != TK_WORD || (d->toks.v[w].flags & (TF_CAP | TF_INQUOTE)) ||
                                 (d->toks.v[w].w.flags & (W_VERB | W_AUX | W_PREP | W_CUE)))
                    break;
            }
            /* (or after "the": "left the club bottom of the Premier League") */
            uint32_t pm = m0 > 1 && sift_tok_is(d, m0 - 1, "the") ? m0 - 1 : m0;
            /* (or a hyphenated modifier: "majority-owned by Toronto-listed Andescorp") */
            if (pm == m0 && m0 > 3 && sift_in_compound(d, m0 - 1))
                pm = m0 - 3;
            /* (or the kind it is called: "with Chinese partner Hengrui Metals Group") */
            else if (pm == m0) {
                uint32_t pq = m0;
                /* (or a count: "staff at about 80 Hearthside stores") */
                while (pq > lo + 1 && pq + 3 > m0 &&
                       ((d->toks.v[pq - 1].kind == TK_WORD &&
                         !(d->toks.v[pq - 1].w.flags & (W_PREP | W_VERB | W_AUX | W_CUE | W_DET)) &&
                         (!(d->toks.v[pq - 1].flags & TF_CAP) ||
                          (d->toks.v[pq - 1].ment >= 0 && d->ments.v[d->toks.v[pq - 1].ment].type == ET_NORP))) ||
                        d->toks.v[pq - 1].kind == TK_NUM || (d->toks.v[pq - 1].w.flags & W_QUAL)))
                    pq--;
                if (pq < m0 && (d->toks.v[pq - 1].w.flags & W_PREP))
                    pm = pq;
            }
            /* (or the last of a list after one: "which supplies cells to
             * Volvo and BMW") */
            while (pm > lo + 2 && !(d->toks.v[pm - 1].w.flags & W_PREP) &&
                   (sift_tok_is(d, pm - 1, "and") || sift_tok_is(d, pm - 1, "or") || sift_is_punct(d, pm - 1, ',')) &&
                   sift_entity_at(d, pm - 2) >= 0 && d->ents.v[sift_entity_at(d, pm - 2)].type == ET_ORG &&
                   !(d->toks.v[pm - 2].flags & TF_INQUOTE)) {
                uint32_t q = sift_name_start(d, pm - 2, lo);
                pm = q > lo + 1 && sift_tok_is(d, q - 1, "the") ? q - 1 : q;
            }
            int owner = described_by(d, m0, lo);
            if (owner >= 0 && owner != e && !(business && sift_org_not_business(&d->ents.v[owner]))) {
                any = owner;
                /* (by the noun itself: "Europol, the European Union's law
                 * enforcement agency,") */
                uint32_t c = sift_name_end(d, m0, d->toks.n);
                while (c < d->toks.n && c < m0 + 12 && !sift_is_punct(d, c, ','))
                    c++;
                if (c < d->toks.n && sift_is_punct(d, c, ',') && sift_toks_equal(d, c - 1, k, 1))
                    described_as = owner;
            }
            /* (but not one introduced with a description of its own:
             * "buys its chicken from Panay Poultry Processors, a supplier
             * based in Pototan. The company said") */
            else if (sub >= 0 && sub != e && b < m0 && d->ents.v[sub].type == ET_ORG && pm > 0 &&
                ((d->toks.v[pm - 1].w.flags & W_PREP) || sift_tok_is(d, m0 - 1, "rivals") ||
                 sift_tok_is(d, m0 - 1, "rival")) &&
                !(business && sift_org_not_business(&d->ents.v[sub])) && !introduced_as(d, i + 1))
                any = sub;
            /* ("Shareholders in Sakhile Stores voted ... to approve a
             * takeover by larger rival Protea Retail Group, the discount
             * grocer said": not the rival, but the one named before it) */
            else if (m0 >= 2 && (sift_tok_is(d, m0 - 1, "rival") || sift_tok_is(d, m0 - 1, "rivals")) &&
                     !(d->toks.v[m0 - 1].flags & TF_CAP))
                for (uint32_t r = sift_body_start(d, d->toks.v[m0].sent); r < m0; r++) {
                    int o = sift_entity_at(d, r);
                    if (o >= 0 && o != e && d->ents.v[o].type == ET_ORG && !(d->toks.v[r].flags & TF_INQUOTE) &&
                        !(business && sift_org_not_business(&d->ents.v[o]))) {
                        any = o;
                        break;
                    }
                }
        }
        i = m0;
    }
    if (holds >= 0)
        return holds;
    /* "Pilots at Hanbit Air have voted to strike, the union said. ¶ The
     * Hanbit Air Pilots Union said": a body of a kind no name before is,
     * by the organisation the next sentences open with, its name ending
     * in the noun */
    if (!business && not_business_word(TOK_S(d, k), wl)) {
        int next = named_next(d, np0, 0);
        if (next >= 0 && ends_with_word(d->ents.v[next].name, TOK_S(d, k), wl))
            return next;
    }
    /* (or "their union" by the body named next whose name holds the
     * people the clause is of: "Nurses in Irish public hospitals will ...,
     * their union announced. ¶ The Irish Federation of Nurses and Midwives
     * said") */
    if (theirs) {
        int next = named_next(d, np0, 0);
        uint32_t b = sift_body_start(d, d->toks.v[np0].sent);
        for (uint32_t j = b; next >= 0 && j < np0 && j < b + 8; j++)
            if (d->toks.v[j].kind == TK_WORD && d->toks.v[j].upos == SIFT_UPOS_NOUN && TOK_N(d, j) > 3 &&
                TOK_S(d, j)[TOK_N(d, j) - 1] == 's' && name_holds(d->ents.v[next].name, TOK_S(d, j), TOK_N(d, j)))
                return next;
        return -1;
    }
    if (sift_tok_is(d, k, "forum"))
        return -1; /* (a forum is a meeting too: only one named so, "minutes of the forum") */
    if (compiler >= 0 && (any < 0 || any_at < compiler_at)) /* (the nearer) */
        any = compiler, any_at = compiler_at;
    /* "The Competition Commission (COMCO) said ... traders at banks Bank
     * Seetal and Ostbank Privat had ... . ..., the watchdog said": a public
     * body that spoke, named up to two sentences before the others */
    /* (not when the one found spoke last, described with the noun:
     * "Europol, the European Union's law enforcement agency, said ... .
     * ..., the agency said") */
    int called_so = any >= 0 && any == described_as && spoke_last(d, any, np0);
    if (public_body && any >= 0 && !public_name(d->ents.v[any].name) && !field_of_country(d, any) &&
        !described_as_public(&d->ents.v[any]) && !called_so)
        for (uint32_t i = any_at; i-- > lo && d->toks.v[i].sent + 2 >= d->toks.v[any_at].sent;) {
            int e = sift_entity_at(d, i);
            if (e >= 0 && d->ents.v[e].type == ET_ORG && public_name(d->ents.v[e].name) &&
                !company_name(d, d->ents.v[e].name) && !(d->toks.v[i].flags & TF_INQUOTE) && !sift_in_dateline(d, i) &&
                !other_kind(d, k, d->ents.v[e].name)) {
                /* (spoken before the noun: not by what a later document of
                 * someone else's is taken to say; nor where a filing went) */
                if (spoken_before(d, e, np0) && !recipient(d, sift_name_start(d, i, lo), lo))
                    any = e;
                break;
            }
        }
    /* "The Central Bank of Nigeria (CBN) kept its rate ..., saying ... . At
     * a meeting of the Monetary Policy Committee (MPC), ... . The regulator
     * said": not a body named only after "of" that has not spoken, but the
     * public body that spoke, within five sentences */
    uint32_t of_at = any_at; /* (past its acronym: "the Monetary Policy Committee (MPC)") */
    if (any >= 0 && of_at > lo + 2 && sift_is_punct(d, of_at - 1, '(') && sift_entity_at(d, of_at - 2) == any)
        of_at = sift_name_start(d, of_at - 2, lo);
    if (any >= 0 && of_at > lo && sift_tok_is(d, of_at - 1, "the"))
        of_at--;
    if (public_body && any >= 0 && of_at > lo && sift_tok_is(d, of_at - 1, "of") && !has_spoken(d, any))
        for (uint32_t i = of_at; i-- > lo && d->toks.v[i].sent + 5 >= d->toks.v[np0].sent;) {
            int e = sift_entity_at(d, i);
            if (e >= 0 && e != any && d->ents.v[e].type == ET_ORG && public_name(d->ents.v[e].name) &&
                !(d->toks.v[i].flags & TF_INQUOTE) && !sift_in_dateline(d, i) && has_spoken(d, e)) {
                any = e;
                break;
            }
        }
    /* "A row between the British drugmaker Calderwood Pharmaceuticals and
     * the NHS ... after the company said": in the sentence that names the
     * organisation found, one named as a company ("drugmaker X", "X
     * Pharmaceuticals") is the company */
    if (business && any >= 0 && !company_name(d, d->ents.v[any].name)) {
        const sent *st = &d->sents.v[d->toks.v[any_at].sent];
        for (uint32_t j = st->t0; j < st->t1 && j < np0; j++) {
            int e = sift_entity_at(d, j);
            if (e < 0 || e == any || d->ents.v[e].type != ET_ORG || (d->toks.v[j].flags & TF_INQUOTE) ||
                (j > st->t0 && sift_entity_at(d, j - 1) == e))
                continue;
            /* (not the owner in "a joint venture controlled by Canada's
             * Northfield Resources Inc.") */
            uint32_t o = j;
            /* (nor in "majority-owned by Toronto-listed Andescorp Resources") */
            while (o > st->t0 + 1 && ((d->toks.v[o - 1].flags & TF_POSS) || sift_entity_at(d, o - 1) >= 0 ||
                                       sift_tok_is(d, o - 1, "the") || sift_in_compound(d, o - 1) ||
                                       (sift_is_punct(d, o - 1, '-') && sift_in_compound(d, o))))
                o--;
            if (o > st->t0 && sift_tok_is(d, o - 1, "by"))
                continue;
            /* (nor an owner in its description: "Kafue Copper Resources, a
             * joint venture between state mining investment firm ZCCM ...") */
            if ((company_name(d, d->ents.v[e].name) || (j > st->t0 && sift_business_noun(d, j - 1))) &&
                described_by(d, sift_name_start(d, j, st->t0), lo) != any) {
                any = e;
                break;
            }
        }
    }
    /* ("The USDR said ... . The party added": the body that opened the
     * sentence before as its subject) */
    uint32_t ps = d->toks.v[np0].sent;
    if (sift_tok_is(d, k, "party") && np1 == k + 1 && ps > 0 && np0 == sift_body_start(d, ps)) {
        uint32_t pb = sift_body_start(d, ps - 1);
        pb += sift_tok_is(d, pb, "the") && !(d->toks.v[pb].flags & TF_INQUOTE);
        int x = sift_entity_at(d, pb);
        uint32_t xe = x >= 0 ? sift_name_end(d, pb, d->sents.v[ps - 1].t1) : pb;
        /* (or was the subject of: "Fuerza Progresista did not respond ... .
         * The party, which won no seats, has said") */
        if (x >= 0 && d->ents.v[x].type == ET_ORG && sift_name_start(d, pb, 0) == pb && xe < d->toks.n &&
            (sift_is_cue(d, xe) || sift_finite_verb(d, xe)) && !(d->toks.v[xe].flags & TF_INQUOTE))
            return x;
    }
    if (sift_tok_is(d, k, "ministry") || sift_tok_is(d, k, "court") || sift_tok_is(d, k, "army") ||
        sift_tok_is(d, k, "police") || sift_tok_is(d, k, "government") || sift_tok_is(d, k, "navy") ||
        sift_tok_is(d, k, "military") || sift_tok_is(d, k, "party") || unnamed_body_spoke(d, k, np0))
        return -1;
    /* ... unless the organisation named since is new to the story (it has
     * not spoken yet): "Kestrel Devices unveiled a phone. ... the company
     * said" */
    int before = same_noun_before(d, k, lo);
    /* (or it spoke in the sentence before: "The ship's owner, Kestrel Bulk
     * Shipping, said nobody was hurt. The company said") */
    /* (a firm for "the company"; else one whose name holds the noun: not
     * the Idaho Department of Health for "the agency") */
    int fits = any >= 0 && (business ? !sift_org_not_business(&d->ents.v[any])
                                     : name_holds(d->ents.v[any].name, TOK_S(d, k), TOK_N(d, k)));
    if (before >= 0 && any >= 0 && any != before &&
        (!spoken_before(d, any, np0) || (fits && spoke_last(d, any, np0))))
        before = -1;
    if (before >= 0)
        return before;
    /* "..., the company said on Thursday. Hanbit Medical Group, which runs
     * ...": a lead that names the company only after it, as the opening
     * words of one of the next two sentences */
    /* (of the same kind: "the department" is no union opening the next one) */
    if (any < 0) {
        int nx = named_next(d, np0, business);
        return nx >= 0 && (other_kind(d, k, d->ents.v[nx].name) || !regulator_fits(d, k, nx) ||
                           !members_fit(d, np1 - 1, nx))
                   ? -1
                   : nx;
    }
    /* ("the foundation" after "handed over by a private foundation in
     * Switzerland": a body the story introduced with no name, when no
     * organisation's name holds the noun) */
    if (!fits && !business && indefinite_body_before(d, k, lo, np0))
        return -1;
    /* ("the union" is no UNICEF: a union's name says what it is) */
    /* (nor "the villagers' association" the Tadoba-Andhari Tiger Reserve:
     * the members' body by such a name) */
    static const char *const unions[] = {"union", "federation", "confederation", "association", "congress",
                                         "syndicate", "guild", "workers", "alliance", "cooperative", NULL};
    if ((sift_tok_is(d, k, "union") || (members && sift_tok_in(d, k, unions) && !sift_tok_is(d, k, "workers"))) &&
        k + 1 == np1) {
        int named = kind_abroad(d->ents.v[any].name, TOK_S(d, k), TOK_N(d, k));
        for (const char *const *w = unions; *w && !named; w++)
            named = name_holds(d->ents.v[any].name, *w, strlen(*w));
        /* (or a trade's organisation: "the New Zealand Nurses
         * Organisation", "the Democratic Nursing Organisation of South
         * Africa") */
        static const char *const crafts[] = {"nurses", "nursing", "teachers", "doctors", "workers", "pilots",
                                             "journalists", "farmers", "employees", "miners", "drivers", NULL};
        int organisation = name_holds(d->ents.v[any].name, "organisation", 12) ||
                           name_holds(d->ents.v[any].name, "organization", 12);
        for (const char *const *w = crafts; *w && organisation && !named; w++)
            named = name_holds(d->ents.v[any].name, *w, strlen(*w));
        /* (or called one beside its name: "the FNV union") */
        /* (not a company's: "Hanbit Motor union wins pay deal") */
        for (uint32_t i = d->ents.v[any].first_tok; !named && i + 1 < np0; i++)
            named = sift_entity_at(d, i) == any && sift_entity_at(d, i + 1) != any && sift_tok_is(d, i + 1, "union") &&
                    !(d->toks.v[i].w.flags & W_COMPANY);
        if (!named)
            return -1;
    }
    /* (nor "exchange data" the audit court: an exchange's name says so) */
    static const char *const exchanges[] = {"exchange", "bourse", "borsa", "bolsa", "börse", NULL};
    /* (nor "the council" a research group, "the Catalan Rent Monitor": a
     * council's name says so, or a town's government's does) */
    static const char *const councils[] = {"council", "municipality", "municipal", "city", "town", "borough",
                                           "county", "ayuntamiento", "ajuntament", "comune", "mairie", "gemeente",
                                           "assembly", "cabinet", NULL};
    /* (nor "the department" or "the authority" a body described as a
     * group: "the forest rights group Van Sakhi", "the passengers' group
     * Voyageurs du Rhône") */
    static const char *const nongov[] = {"group",    "union",        "association", "charity", "company",
                                         "firm",     "organisation", "organization", "ngo",    "network",
                                         "coalition", "movement",    "party",       "campaign", NULL};
    const char *desc = d->ents.v[any].desc;
    if (k + 1 == np1 && ((sift_tok_is(d, k, "exchange") && !name_holds_any(d->ents.v[any].name, exchanges)) ||
                         (sift_tok_is(d, k, "council") && !name_holds_any(d->ents.v[any].name, councils)) ||
                         (public_noun(d, k) && desc && name_holds_any(desc, nongov))))
        return -1;
    /* (nor "the regulator" a body no regulator's name fits) */
    return regulator_fits(d, np1 - 1, any) ? any : -1;
}

/* Words of kin and the sex each says ('F', 'M', or 0 for either): "the
 * victim's mother", "Her husband, Vasyl,". */
static const struct {
    const char *word;
    char sex;
} kin_words[] = {
    {"mother", 'F'}, {"wife", 'F'}, {"daughter", 'F'}, {"sister", 'F'}, {"aunt", 'F'}, {"grandmother", 'F'},
    {"niece", 'F'}, {"widow", 'F'}, {"girlfriend", 'F'}, {"mum", 'F'}, {"mom", 'F'},
    {"father", 'M'}, {"husband", 'M'}, {"son", 'M'}, {"brother", 'M'}, {"uncle", 'M'}, {"grandfather", 'M'},
    {"nephew", 'M'}, {"widower", 'M'}, {"boyfriend", 'M'}, {"dad", 'M'},
    {"cousin", 0}, {"partner", 0}};

/* Is token i a word of kin? 1 + its index in kin_words, or 0. */
static int kin_word(const doc *d, uint32_t i)
{
    for (size_t k = 0; k < sizeof kin_words / sizeof *kin_words; k++)
        if (sift_tok_is(d, i, kin_words[k].word))
            return (int)k + 1;
    return 0;
}

/*
 * "The federation president read the post aloud. '...,' she said": a
 * pronoun that attributes a quote names the person who is the subject of
 * the latest sentence outside quotations (named, or described as "the
 * federation president"), looking back at most three sentences; -1 if none.
 */
/* A person named by a tie to someone: "colleague", "wife", "friend" (not a
 * title, so not among the person nouns). */
static int tie_noun(const doc *d, uint32_t i)
{
    static const char *const w[] = {"colleague", "friend", "relative", "neighbour", "neighbor",
                                    "cousin", "brother", "sister", "wife", "husband", "classmate",
                                    "supporter", NULL};
    for (const char *const *k = w; *k; k++)
        if (sift_tok_is(d, i, *k))
            return 1;
    return 0;
}

/* A lower-case noun for a person: "colleague", "spokesman". */
static int person_word(const doc *d, uint32_t i)
{
    /* (and one who works a machine: "a sewing machine operator", "a crane
     * operator"; a port or network operator is a company) */
    /* (or a harbour's master: "Peterhead's harbour master") */
    static const char *const masters[] = {"harbour", "harbor", "port", "station", NULL};
    int master = i > 0 && sift_tok_is(d, i, "master") && sift_tok_in(d, i - 1, masters) &&
                 !(d->toks.v[i - 1].flags & TF_CAP);
    return ((d->toks.v[i].w.flags & W_PERSON_NOUN) || tie_noun(d, i) || sift_machine_operator(d, i) || master) &&
           !(d->toks.v[i].flags & TF_CAP);
}

/* ... or for a group of people or a body ("residents", "officials", "ministry"). */
static int person_or_group(const doc *d, uint32_t i)
{
    return person_word(d, i) || ((d->toks.v[i].w.flags & W_GROUP) && !(d->toks.v[i].flags & TF_CAP));
}

/* "A former colleague of MacAuley", "the wife of the minister": the phrase
 * ends before "of" after a noun for a person or group; else np1. */
static uint32_t before_of_owner(const doc *d, uint32_t np0, uint32_t np1)
{
    for (uint32_t i = np0 + 1; i < np1; i++)
        if (sift_tok_is(d, i, "of") && d->toks.v[i - 1].kind == TK_WORD && person_or_group(d, i - 1) &&
            !(d->toks.v[i - 1].w.flags & W_ORGKEY))
            return i;
    return np1;
}

/* The quotes that start in [lo,hi), latest first, at most cap of them.
 * quotes[0..n_direct) are in text order, found by binary search; the
 * quotes after them were added in text order too (roughly: a clause may
 * start before the one reported just before it), so their backward scan
 * stops only after 16 in a row start before lo. Either way the cost is the
 * quotes near the span, not all of them. */
static size_t quotes_in(const doc *d, uint32_t lo, uint32_t hi, size_t *out, size_t cap)
{
    size_t n = 0, a = 0, b = d->n_direct;
    while (a < b) { /* the first direct quote starting at or after hi */
        size_t mid = (a + b) / 2;
        if (d->quotes.v[mid].span.start < hi)
            a = mid + 1;
        else
            b = mid;
    }
    for (size_t q = a; q-- > 0 && n < cap && d->quotes.v[q].span.start >= lo;)
        out[n++] = q;
    for (size_t q = d->quotes.n, before = 0; q-- > d->n_direct && n < cap && before < 16;) {
        uint32_t st = d->quotes.v[q].span.start;
        before = st < lo ? before + 1 : 0;
        if (st >= lo && st < hi)
            out[n++] = q;
    }
    for (size_t i = 1; i < n; i++) /* latest first */
        for (size_t j = i; j > 0 && d->quotes.v[out[j]].span.start > d->quotes.v[out[j - 1]].span.start; j--) {
            size_t t = out[j];
            out[j] = out[j - 1];
            out[j - 1] = t;
        }
    return n;
}

int sift_spokes_noun(const doc *d, uint32_t i)
{
    return TOK_N(d, i) > 6 && strncasecmp(TOK_S(d, i), "spokes", 6) == 0;
}

/* Is token f the "for", "at" or "from" after the head of a phrase
 * [.., np1) that speaks for where it belongs: "A spokeswoman for the
 * Tasmanian Nurses Alliance", "analysts at Kessler Bank", "Prosecutors
 * from the Environment Agency"? */
/* Is token f the "to" of "an aide to", "a senior adviser to"? */
static int aide_to(const doc *d, uint32_t f)
{
    static const char *const aides[] = {"aide", "aides", "adviser", "advisers", "advisor", "advisors", NULL};
    return f > 0 && sift_tok_is(d, f, "to") && sift_tok_in(d, f - 1, aides) && !(d->toks.v[f - 1].flags & TF_CAP);
}

/* Is token f the "at" of "an official at" (or "in": "an official in the
 * agency's resources management department"; or "of": "an official of
 * the ministry")? */
static int official_at(const doc *d, uint32_t f)
{
    return f > 0 && (sift_tok_is(d, f, "at") || sift_tok_is(d, f, "in") || sift_tok_is(d, f, "of")) &&
           sift_tok_is(d, f - 1, "official");
}

/* Are [o, np1) after "the" the lower-case words of a body's part, its
 * owner before them ("the agency's resources management department",
 * "the ministry's fisheries division")? */
static int body_by_words(const doc *d, uint32_t o, uint32_t np1)
{
    static const char *const parts[] = {"department", "division", "directorate", "unit", "office", "section",
                                        "bureau", "branch", "service", "team", NULL};
    if (np1 < o + 3 || np1 > o + 7 || !sift_tok_is(d, o - 1, "the") || !sift_tok_in(d, np1 - 1, parts))
        return 0;
    for (uint32_t k = o; k < np1; k++)
        if ((d->toks.v[k].flags & TF_CAP) || (d->toks.v[k].kind != TK_WORD && !(d->toks.v[k].flags & TF_POSS)) ||
            (d->toks.v[k].w.flags & (W_VERB | W_AUX | W_PREP | W_DET)))
            return 0;
    return 1;
}

/* Are [o, np1) "one of the" and a few words ending in a plural ("one of
 * the larger banks", "one of the big mills"): one body of a kind? */
static int one_of_bodies(const doc *d, uint32_t o, uint32_t np1)
{
    if (np1 < o + 4 || np1 > o + 6 || !sift_tok_is(d, o, "one") || !sift_tok_is(d, o + 1, "of") ||
        !sift_tok_is(d, o + 2, "the") || !sift_tok_ends(d, np1 - 1, "s"))
        return 0;
    for (uint32_t k = o + 3; k < np1; k++)
        if (d->toks.v[k].kind != TK_WORD || (d->toks.v[k].flags & TF_INQUOTE) ||
            (d->toks.v[k].w.flags & (W_VERB | W_AUX | W_PREP | W_DET)))
            return 0;
    return 1;
}

static int spokes_for(const doc *d, uint32_t f, uint32_t np1)
{
    if (f > 0 && f + 1 < np1 && aide_to(d, f))
        return 1;
    /* ("Officials of the water board": "of" after those who speak for it) */
    if (f > 0 && f + 1 < np1 && sift_tok_is(d, f, "of") &&
        (sift_tok_is(d, f - 1, "officials") || sift_tok_is(d, f - 1, "representatives")))
        return 1;
    if (f == 0 || f + 1 >= np1 ||
        !(sift_tok_is(d, f, "for") || sift_tok_is(d, f, "at") || sift_tok_is(d, f, "from") || official_at(d, f)))
        return 0;
    /* "Analysts at Kessler Bank", "Prosecutors from the Environment
     * Agency": people who speak for where they work */
    if (!sift_tok_is(d, f, "from") && sift_spokes_noun(d, f - 1))
        return 1;
    /* ("An official at the Department of Fertilizers": a body named; or
     * one by its kind: "An official at the department", "an official at
     * the morgue") */
    uint32_t o = f + 1 + sift_tok_is(d, f + 1, "the");
    /* (but "in" a body by its words only: not "an official in the
     * Visayas", where the name is a place's) */
    if (official_at(d, f) && o < np1 &&
        ((sift_entity_at(d, o) >= 0 && d->ents.v[sift_entity_at(d, o)].type == ET_ORG &&
          sift_name_start(d, o, f) == o && !sift_tok_is(d, f, "in")) ||
         one_of_bodies(d, o, np1) ||
         (o + 1 == np1 && o > f + 1 && d->toks.v[o].kind == TK_WORD && !(d->toks.v[o].flags & TF_CAP) &&
          d->toks.v[o].upos == SIFT_UPOS_NOUN) ||
         body_by_words(d, o, np1)))
        return 1;
    return staff_noun(d, f - 1) && !sift_tok_is(d, f, "for");
}

/* Where "for" (or "representing") at f and the person it names end,
 * before np1 ("for Governor Lucia Ferraz", "for Prasad" after "Dinesh
 * Prasad"); else 0. A lone word never seen with a first name may be a
 * firm ("for Lufthansa"). */
static uint32_t client_end(const doc *d, uint32_t f, uint32_t np1)
{
    if (!sift_tok_is(d, f, "for") && !sift_tok_is(d, f, "representing") && /* ("A lawyer representing Verlinden") */
        !aide_to(d, f))
        return 0;
    /* (past the title's field: "for Infrastructure Minister Daniel Okafor";
     * and in apposition: "for the Infrastructure Minister, Daniel Okafor") */
    uint32_t p = f + 1 + (sift_tok_is(d, f + 1, "the") && !(d->toks.v[f + 1].flags & TF_CAP)), t = p;
    while (p < np1 && p < t + 3 && sift_entity_at(d, p) < 0 && d->toks.v[p].kind == TK_WORD &&
           (d->toks.v[p].flags & TF_CAP) && !(d->toks.v[p].w.flags & (W_TITLE | W_TITLE_MOD)))
        p++;
    uint32_t field = p;
    while (p < np1 && sift_entity_at(d, p) < 0 && (d->toks.v[p].w.flags & (W_TITLE | W_TITLE_MOD)))
        p++;
    if (p == field)
        p = t = f + 1;
    else if (t > f + 1 && p + 1 < np1 && sift_is_punct(d, p, ','))
        p++;
    else if (t > f + 1)
        return 0;
    int x = p < np1 ? sift_entity_at(d, p) : -1;
    if (x < 0 || d->ents.v[x].type != ET_PERSON || (p == f + 1 && !strchr(d->ents.v[x].name, ' ')))
        return 0;
    return sift_name_end(d, p, np1);
}

/* Is [f + 1, np1) after "for" at f a role with no name: "the minister",
 * "the deputy mayor", "the city's mayor"? */
static int role_client(const doc *d, uint32_t f, uint32_t np1)
{
    if (!(sift_tok_is(d, f, "for") || aide_to(d, f)) || f + 3 > np1 || np1 > f + 7 ||
        !(d->toks.v[f + 1].w.flags & W_DET) ||
        !(d->toks.v[np1 - 1].w.flags & W_TITLE) || (d->toks.v[np1 - 1].flags & TF_CAP))
        return 0;
    /* (its owner's mark too: "for the state's primary industries minister") */
    for (uint32_t k = f + 2; k < np1; k++)
        if ((d->toks.v[k].kind != TK_WORD && !((d->toks.v[k].flags & TF_POSS) && k > f + 2)) ||
            sift_entity_at(d, k) >= 0 || (d->toks.v[k].flags & TF_CAP))
            return 0;
    return 1;
}

/* Where "for the customs agency" after f ends, a body by its kind that no
 * name stands for (so "A spokeswoman for the customs agency" keeps it);
 * else f. */
static uint32_t body_meant(const doc *d, uint32_t f, uint32_t np1)
{
    /* (or one of several: "for one of the largest lines calling at the
     * island", "for one of the large temples in Higashiyama") */
    uint32_t a = f + 1 + (sift_tok_is(d, f + 1, "one") && sift_tok_is(d, f + 2, "of") ? 2 : 0);
    int some = sift_tok_is(d, a, "a") || sift_tok_is(d, a, "an");
    /* (or where an official works: "an official at the morgue") */
    int at = official_at(d, f);
    /* (or a country's: "for Kenya's health ministry", "for Vietnam's
     * embassy in Jakarta") */
    int land = sift_entity_at(d, a) >= 0 && d->ents.v[sift_entity_at(d, a)].type == ET_GPE &&
               sift_owner_mark(d, a, np1) > a;
    if (land)
        a = sift_owner_mark(d, a, np1);
    if (!(sift_tok_is(d, f, "for") || at) || !(sift_tok_is(d, a, "the") || some || land))
        return f;
    int many = !land && a > f + 1;
    /* (a place's too: "for the Punjab irrigation department"; and up to a
     * relative clause or a participle: "for the environmental coalition
     * that brought the case", "for the main rail operator serving the
     * site"; or a people's: "for the Catalan government") */
    for (uint32_t k = a + 1; k < np1 && k < a + 6; k++) {
        int place = sift_entity_at(d, k) >= 0 && (d->ents.v[sift_entity_at(d, k)].type == ET_GPE ||
                                                  d->ents.v[sift_entity_at(d, k)].type == ET_NORP);
        /* (past an owner: "for the city's mobility department") */
        if (k > a + 1 && (d->toks.v[k].flags & TF_POSS) && !(d->toks.v[k - 1].flags & TF_POSS))
            continue;
        /* (an owner or a title may be capitalised: "for the Territory's
         * Health Minister") */
        int owner = k + 1 < np1 && (d->toks.v[k + 1].flags & TF_POSS),
            title = (d->toks.v[k].w.flags & (W_TITLE | W_TITLE_MOD)) && k > a + 1 &&
                    ((d->toks.v[k - 1].flags & TF_POSS) || (d->toks.v[k - 1].w.flags & (W_TITLE | W_TITLE_MOD)));
        if (d->toks.v[k].kind != TK_WORD || ((d->toks.v[k].flags & TF_CAP) && !place && !owner && !title) ||
            (sift_entity_at(d, k) >= 0 && !place && !owner) ||
            (d->toks.v[k].w.flags & (W_PREP | W_VERB | W_AUX | W_DET)))
            return f;
        if (owner)
            continue;
        int kind = institution_noun(d, k) || sift_business_noun(d, k) || sift_tok_org_kind(d, k);
        /* (any office or body a plain noun names: "for the presidency",
         * "for a major convenience store chain", "for the city's mobility
         * department"; or a role: "for the Territory's Health Minister") */
        kind |= (d->toks.v[k].upos == SIFT_UPOS_NOUN && !sift_tok_ends(d, k, "s")) ||
                ((d->toks.v[k].w.flags & W_TITLE) && (k + 1 == np1 || !(d->toks.v[k + 1].w.flags & W_TITLE)));
        /* (the plural after "one of": "lines", "temples") */
        kind |= many && sift_tok_ends(d, k, "s") && d->toks.v[k].upos == SIFT_UPOS_NOUN;
        /* (and where it is, ending the phrase: "for the US embassy in Dhaka") */
        int in = k + 2 < np1 && sift_tok_is(d, k + 1, "in") && sift_entity_at(d, k + 2) >= 0 &&
                 d->ents.v[sift_entity_at(d, k + 2)].type == ET_GPE && sift_name_end(d, k + 2, np1) == np1;
        if (!place && kind && in)
            return np1;
        if (!place && kind &&
            (k + 1 == np1 || d->toks.v[k + 1].kind != TK_WORD || sift_tok_is(d, k + 1, "that") ||
             sift_tok_is(d, k + 1, "which") || ing_form(d, k + 1) || (many && (d->toks.v[k + 1].w.flags & W_PREP))))
            return k + 1;
        /* (and what it is of, to the phrase's end: "for Lebanon's ministry
         * of social affairs") */
        int of = !place && kind && sift_tok_is(d, k + 1, "of") && k + 2 < np1 && np1 <= k + 5;
        for (uint32_t m = k + 2; of && m < np1; m++)
            of = d->toks.v[m].kind == TK_WORD && !(d->toks.v[m].w.flags & (W_PREP | W_VERB | W_AUX | W_DET));
        if (of)
            return np1;
    }
    return f;
}

/* Nouns for a body that governs a place ("The provincial government of
 * Zeeland", "the regional council of Ancash"), for region_named(),
 * spoken_for() and sift_name_speaker(). */
static const char *const governs[] = {"government", "administration", "authority", "authorities",
                                      "council", "cabinet", "legislature", "assembly", "prefecture", NULL};

/* Where such a phrase ends: after the organisation named ("the Tasmanian
 * Nurses Alliance") or meant ("the airline"); else f. */
static uint32_t spoken_for(const doc *d, uint32_t f, uint32_t np1)
{
    if (!spokes_for(d, f, np1))
        return f;
    uint32_t client = client_end(d, f, np1);
    if (client)
        return client;
    /* (or a role: "A spokesperson for the minister", for whoever holds it
     * or, when no one named does, for the role itself) */
    if (role_client(d, f, np1))
        return np1;
    /* "A spokesman for the airline" after "Lufthansa cancelled ...": the
     * organisation the noun stands for */
    if (f + 3 <= np1 && sift_tok_is(d, f + 1, "the") && (f + 3 == np1 || d->toks.v[f + 3].kind != TK_WORD) &&
        generic_org(d, f + 1, f + 3) >= 0)
        return f + 3;
    /* (or a kind of business: "A spokeswoman for the hotel group") */
    if (f + 4 <= np1 && sift_tok_is(d, f + 1, "the") && (f + 4 == np1 || d->toks.v[f + 4].kind != TK_WORD) &&
        !(d->toks.v[f + 2].flags & TF_CAP) && d->toks.v[f + 2].kind == TK_WORD &&
        (sift_business_noun(d, f + 3) || institution_noun(d, f + 3)) &&
        generic_org(d, f + 1, f + 4) >= 0)
        return f + 4;
    uint32_t o = f + 1 + (f + 2 < np1 && sift_tok_is(d, f + 1, "the"));
    o = after_based(d, o, np1); /* "at London-based Carrow Economics" */
    /* (and the kind before the name: "at the consultancy Redmere Commodities") */
    /* (its members' too: "from the drivers' alliance Manibela") */
    for (uint32_t k = o; k < np1 && k < o + 4 && sift_entity_at(d, o) < 0; k++) {
        if ((d->toks.v[k].kind != TK_WORD && !(k > o && (d->toks.v[k].flags & TF_POSS))) ||
            (d->toks.v[k].flags & TF_CAP) || (d->toks.v[k].w.flags & (W_PREP | W_VERB | W_AUX | W_DET)))
            break;
        if (k + 1 < np1 && sift_entity_at(d, k + 1) >= 0)
            o = k + 1;
    }
    int x = sift_entity_at(d, o);
    /* (or a place's body by its noun: "A spokesperson for Umeå
     * municipality") */
    static const char *const local[] = {"municipality", "police", NULL};
    uint32_t ge = x >= 0 && d->ents.v[x].type == ET_GPE ? sift_name_end(d, o, np1) : 0;
    if (ge && ge + 1 == np1 && !(d->toks.v[ge].flags & TF_CAP) &&
        (sift_tok_in(d, ge, governs) || sift_tok_in(d, ge, local)))
        return np1;
    if (x < 0 || d->ents.v[x].type != ET_ORG)
        return body_meant(d, f, np1);
    while (o < np1 && sift_entity_at(d, o) == x)
        o++;
    return o;
}

/* The source phrase of a spokesperson [np0,np1) whose head ends before f:
 * "A spokeswoman for Tallow Events", "A spokesman for Lufthansa" for "A
 * spokesman for the airline", or "A spokesman" for no organisation. */
static char *spokes_phrase(doc *d, uint32_t np0, uint32_t f, uint32_t np1)
{
    uint32_t o = spoken_for(d, f, np1);
    if (o > f && role_client(d, f, o)) {
        int p = sift_resolve_nominal(d, f + 1, o);
        return p >= 0 ? sift_arena_printf(d->arena, "%s %s", sift_span_text(d, np0, f + 1), d->ents.v[p].name)
                      : sift_span_text(d, np0, o);
    }
    int x = o > f && sift_entity_at(d, o - 1) < 0 ? generic_org(d, f + 1, o) : -1;
    return x >= 0 ? sift_arena_printf(d->arena, "%s %s", sift_span_text(d, np0, f + 1), d->ents.v[x].name)
                  : sift_span_text(d, np0, o);
}

/* Where two people named together open a sentence at b, before t1, as
 * its subject: "Jorge and Carmen Pillco run", "Her neighbours, Jorge and
 * Carmen Pillco, run", "Ana Ruiz and Tomas Gil have said"; 0 if they do
 * not. */
static uint32_t named_pair(const doc *d, uint32_t b, uint32_t t1)
{
    uint32_t r = b;
    /* (past a plural noun of kin or kind and its comma) */
    if (r + 3 < t1 && ((d->toks.v[r].w.flags & W_DET) || (d->toks.v[r].w.flags & W_PRONOUN)) &&
        d->toks.v[r + 1].kind == TK_WORD && !(d->toks.v[r + 1].flags & TF_CAP) && sift_tok_ends(d, r + 1, "s") &&
        sift_is_punct(d, r + 2, ','))
        r += 3;
    uint32_t e = r;
    int and = 0, person = 0;
    for (; e < t1 && e < r + 7; e++) {
        const tok *t = &d->toks.v[e];
        if (sift_tok_is(d, e, "and") && !(t->flags & TF_CAP) && e > r && !and)
            and = 1;
        else if (t->kind == TK_WORD && (t->flags & TF_CAP) && !(t->flags & TF_INQUOTE))
            person |= sift_entity_at(d, e) >= 0 && d->ents.v[sift_entity_at(d, e)].type == ET_PERSON;
        else
            break;
    }
    if (!and || !person || e < r + 3 || sift_tok_is(d, e - 1, "and") || e >= t1 ||
        !(sift_finite_verb(d, e) || ((d->toks.v[e].w.flags & W_AUX) && !(d->toks.v[e].flags & TF_CAP)) ||
          (r > b && sift_is_punct(d, e, ','))))
        return 0;
    /* (every capitalised word a person's or a first name: not "Smith and
     * Sons said") */
    for (uint32_t k = r; k < e; k++) {
        int x = sift_entity_at(d, k);
        if (!sift_tok_is(d, k, "and") && !(x >= 0 && d->ents.v[x].type == ET_PERSON) &&
            !(d->toks.v[k].lexcls & (1u << LX_FIRST)))
            return 0;
    }
    return r;
}

/* Is [b, k) a phrase opening the sentence before its subject at k: a
 * preposition's phrase and a comma ("In a note to clients, they said")? */
static int opening_phrase(const doc *d, uint32_t b, uint32_t k)
{
    if (k < b + 3 || k > b + 12 || !(d->toks.v[b].w.flags & W_PREP) || !sift_is_punct(d, k - 1, ','))
        return 0;
    for (uint32_t j = b + 1; j + 1 < k; j++) /* (a figure too: "In a review of 6,200 home sales,") */
        if ((d->toks.v[j].kind != TK_WORD && d->toks.v[j].kind != TK_NUM) || (d->toks.v[j].flags & TF_INQUOTE) ||
            sift_is_cue(d, j))
            return 0;
    return 1;
}

/* The organisation sentence s opens by making speak, with at most an
 * opening phrase before it: "Rapidito said ...", "In a statement, the
 * company said ...", "It warned that ..." (then the one before that, up to
 * depth sentences back); -1 if none. Speech found later in the pipeline
 * (reported clauses) is not yet among the quotes when a direct quote's
 * "it said" is resolved, so this reads the words. */
static int opened_speaking(const doc *d, uint32_t s, int depth)
{
    uint32_t b = sift_body_start(d, s), t1 = d->sents.v[s].t1;
    for (uint32_t k = b; k < t1 && k < b + 10; k++)
        if (sift_is_punct(d, k, ',')) {
            if (opening_phrase(d, b, k + 1))
                b = k + 1;
            break;
        }
    /* a body by its name, however long, an owner's mark in it too:
     * "Ontario's Ministry of Municipal Affairs and Housing said" (a place
     * that speaks too: "Brussels Airport said ... . About 33,000
     * passengers were affected, it said") */
    uint32_t n0 = b + sift_tok_is(d, b, "the");
    int named = n0 < t1 && !(d->toks.v[n0].flags & TF_INQUOTE) ? sift_entity_at(d, n0) : -1;
    uint32_t ne = named >= 0 ? sift_name_end(d, n0, t1) : t1;
    if (named >= 0 && ne < t1 && sift_is_cue(d, ne) && sift_finite_verb(d, ne))
        return d->ents.v[named].type != ET_PERSON && d->ents.v[named].type != ET_NORP ? named : -1;
    uint32_t c = b;
    while (c < t1 && c < b + 6 && d->toks.v[c].kind == TK_WORD && !(d->toks.v[c].flags & TF_INQUOTE) &&
           !(sift_is_cue(d, c) && sift_finite_verb(d, c)))
        c++;
    if (c == b || c >= t1 || !sift_is_cue(d, c) || !sift_finite_verb(d, c))
        return -1;
    if (c == b + 1 && sift_tok_is(d, b, "it"))
        return depth > 1 && s > 0 ? opened_speaking(d, s - 1, depth - 1) : -1;
    if (c == b + 2 && sift_tok_is(d, b, "the") && (sift_business_noun(d, b + 1) || institution_noun(d, b + 1)))
        return generic_org(d, b, c);
    return -1;
}

/* Is a person of the gender g (by first name) named in [b, e)? */
static int gender_named(const doc *d, uint32_t b, uint32_t e, int g)
{
    for (uint32_t k = b; k < e; k++) {
        int x = sift_entity_at(d, k);
        if (x >= 0 && d->ents.v[x].type == ET_PERSON && d->ents.v[x].gender == g)
            return 1;
    }
    return 0;
}

/* The sex a person noun at i names, by its ending: 'F' for "spokeswoman",
 * "chairwoman", "woman"; 'M' for "spokesman", "chairman", "man"; else 0. */
int sift_noun_sex(const doc *d, uint32_t i)
{
    size_t n = TOK_N(d, i);
    const char *s = TOK_S(d, i);
    if (d->toks.v[i].kind != TK_WORD)
        return 0;
    if (n >= 5 && strncasecmp(s + n - 5, "woman", 5) == 0)
        return 'F';
    /* (and the words of kin: "Her husband, Vasyl,") */
    int kin = kin_word(d, i);
    if (kin && kin_words[kin - 1].sex)
        return kin_words[kin - 1].sex;
    /* (and a child's: "The boy, Zarak, has had a fever") */
    static const char *const girls[] = {"girl", "schoolgirl", "granddaughter", "lady", NULL};
    static const char *const boys[] = {"boy", "schoolboy", "grandson", NULL};
    if (sift_tok_in(d, i, girls))
        return 'F';
    if (sift_tok_in(d, i, boys))
        return 'M';
    return n >= 3 && strncasecmp(s + n - 3, "man", 3) == 0 && (n == 3 || person_word(d, i)) ? 'M' : 0;
}

/* The first "a/an ... PERSON-NOUN" outside quotations in [k,e) ("a Lufthansa
 * spokeswoman", "a hospital spokeswoman"), of a gender that may be g:
 * 1 with [*u0,*u1), else 0. */
static int unnamed_source(const doc *d, uint32_t k, uint32_t e, int g, uint32_t *u0, uint32_t *u1)
{
    for (; k + 1 < e; k++) {
        if ((d->toks.v[k].flags & TF_INQUOTE) || !(sift_tok_is(d, k, "a") || sift_tok_is(d, k, "an")))
            continue;
        uint32_t h = k + 1, lim = k + 5;
        /* (past an age: "A 27-year-old sewing machine operator") */
        if (h + 4 < e && sift_age_at(d, h) >= 0)
            h += 5, lim += 5;
        while (h < e && h < lim && d->toks.v[h].kind == TK_WORD && !person_word(d, h) && !sift_is_cue(d, h))
            h++;
        int other = g && h < e && sift_noun_sex(d, h) && sift_noun_sex(d, h) != g; /* (g 0: either) */
        if (h < e && person_word(d, h) && !other) {
            *u0 = k;
            *u1 = h + 1;
            return 1;
        }
        return 0;
    }
    return 0;
}

/* "a lorry driver from Lutsk ... said he had been stuck since Tuesday. ¶
 * '...,' the 44-year-old said": an age phrase [np0,np1) after a sentence
 * that names no person but has one left unnamed speak is that person; 1
 * with [*u0,*u1) for the phrase the sentence gave, else 0. */
static int unnamed_aged(const doc *d, uint32_t np0, uint32_t np1, uint32_t *u0, uint32_t *u1)
{
    if (np1 - np0 != 6 || !sift_tok_is(d, np0, "the") || sift_age_at(d, np0 + 1) < 0)
        return 0;
    uint32_t s = sift_quote_opening_sentence(d, np0);
    if (s == 0)
        return 0;
    uint32_t b = sift_body_start(d, s - 1), e = d->sents.v[s - 1].t1;
    for (uint32_t k = b; k < e; k++)
        if (!(d->toks.v[k].flags & TF_INQUOTE) && sift_entity_at(d, k) >= 0 &&
            d->ents.v[sift_entity_at(d, k)].type == ET_PERSON)
            return 0; /* (a person named there is who the age is given for) */
    /* (direct quotations are attributed before reported speech is found:
     * the words, not the quotes list) */
    /* (the first "a" that opens a person: not "an oil town in ...") */
    uint32_t a = b;
    while (a < e && !((sift_tok_is(d, a, "a") || sift_tok_is(d, a, "an")) && !(d->toks.v[a].flags & TF_INQUOTE) &&
                      unnamed_source(d, a, e, 0, u0, u1)))
        a++;
    if (a >= e)
        return 0;
    for (uint32_t k = b; k < e; k++) /* (before it too: '"...," said a smallholder in Deniyaya') */
        if (sift_is_cue(d, k) && !(d->toks.v[k].flags & (TF_INQUOTE | TF_CAP)))
            return 1;
    return 0;
}

/* "Nordlys Sparebank and Finnmark Sparebank have agreed to merge, ..., the
 * banks said": "the" (and "two" or "both") and the plural of a kind of
 * organisation at [np0,np1) mean the two organisations last named with
 * "and" between them, in its sentence or the three before; their names, or
 * NULL. */
static uint32_t past_initials(const doc *d, uint32_t i, uint32_t lo);

static const char *conjoined_orgs(doc *d, uint32_t np0, uint32_t np1)
{
    uint32_t k = np0 + 1 + (np0 + 2 < np1 && (sift_tok_is(d, np0 + 1, "two") || sift_tok_is(d, np0 + 1, "both")));
    /* (or bodies of members: "The unions said" after "The Federation of
     * Audiovisual Workers and the National Union of Performers") */
    if (!sift_tok_is(d, np0, "the") || k + 1 != np1 || (d->toks.v[k].flags & TF_CAP) ||
        !(sift_plural_flags(d, k) & (W_ORGKIND | W_ORGKEY)))
        return NULL;
    uint32_t s = d->toks.v[np0].sent, lo = d->sents.v[s > 6 ? s - 6 : 0].t0;
    for (uint32_t a = np0; a-- > lo + 1;) {
        int the = a + 2 < np0 && sift_tok_is(d, a + 1, "the") && !(d->toks.v[a + 1].flags & TF_CAP);
        uint32_t xa = past_initials(d, a - 1, lo);
        int x = sift_entity_at(d, xa), y = sift_entity_at(d, a + 1 + the);
        if (!sift_tok_is(d, a, "and") || x < 0 || y < 0 || x == y || d->ents.v[x].type != ET_ORG ||
            d->ents.v[y].type != ET_ORG || (d->toks.v[a].flags & TF_INQUOTE))
            continue;
        uint32_t e = sift_name_end(d, a + 1 + the, np0), b = sift_name_start(d, xa, lo);
        /* (from the first of a list: "the Ghana National Association of
         * Teachers (GNAT), the National Association of Graduate Teachers
         * (NAGRAT) and the Coalition of Concerned Teachers") */
        for (;;) {
            uint32_t c = b - (b > lo + 2 && sift_tok_is(d, b - 1, "the") && !(d->toks.v[b - 1].flags & TF_CAP));
            if (c < lo + 2 || !sift_is_punct(d, c - 1, ','))
                break;
            uint32_t w = past_initials(d, c - 2, lo);
            int z = sift_entity_at(d, w);
            if (z < 0 || d->ents.v[z].type != ET_ORG || z == x || z == y)
                break;
            b = sift_name_start(d, w, lo);
        }
        return e < np0 ? sift_span_text(d, b, e) : NULL;
    }
    return NULL;
}

/* The last token of a name before its initials in brackets at i ("Teachers"
 * of "Teachers (NAGRAT)"), or i. */
static uint32_t past_initials(const doc *d, uint32_t i, uint32_t lo)
{
    return i > lo + 3 && sift_is_punct(d, i, ')') && sift_is_punct(d, i - 2, '(') &&
                   (d->toks.v[i - 1].flags & TF_ALLCAPS)
               ? i - 3
               : i;
}

/* The last quotation or report before byte at that has a speaker's name
 * (no scare quote), among the direct quotations and among the reports
 * found so far, a few steps back at most in each, so a long run of
 * quotations costs no more per call; NULL if none. A quotation whose
 * pronoun waits to be resolved has no name yet and is passed over. */
static const sift_quote *last_said_before(const doc *d, uint32_t at)
{
    const sift_quote *last = NULL;
    size_t nd, lo = quotes_before(d, at, &nd), n = d->quotes.n;
    size_t runs[2][2] = {{lo, lo > 8 ? lo - 8 : 0}, {n, n > nd + 32 ? n - 32 : nd}};
    for (int r = 0; r < 2; r++)
        for (size_t q = runs[r][0]; q-- > runs[r][1];) {
            const sift_quote *x = &d->quotes.v[q];
            if (x->span.start >= at || strcmp(x->kind, "scare") == 0 || !x->speaker_name)
                continue;
            if (!last || x->span.start > last->span.start)
                last = x;
            break;
        }
    return last;
}

/* 'The centre's director said ... "...," he said ... ¶ The budget was 1.6
 * billion zlotys, he said': for a pronoun no named person can be, the
 * speaker of the last quotation before it that has one, in its paragraph
 * or the one before, when that is a person by a noun for one; else NULL. */
static const char *unnamed_speaker_before(const doc *d, uint32_t pron)
{
    uint32_t at = d->toks.v[pron].start, para = d->sents.v[d->toks.v[pron].sent].para;
    const sift_quote *last = last_said_before(d, at);
    if (!last || last->speaker >= 0 || d->sents.v[d->toks.v[sift_tok_at(d, last->span.start)].sent].para + 1 < para)
        return NULL;
    /* (or its head before whom it speaks for: "A spokeswoman for the
     * Infrastructure Minister, Daniel Okafor") */
    char head[64];
    const char *f = strstr(last->speaker_name, " for ");
    size_t hn = f ? (size_t)(f - last->speaker_name) : 0;
    if (hn > 0 && hn < sizeof head) {
        memcpy(head, last->speaker_name, hn);
        head[hn] = '\0';
    }
    if (!(sift_last_word_flags(d, last->speaker_name) & (W_PERSON_NOUN | W_TITLE)) &&
        !(hn > 0 && hn < sizeof head && (sift_last_word_flags(d, head) & W_PERSON_NOUN)))
        return NULL;
    return last->speaker_name;
}

/* "Asked how long the protest would last, Ferreyra shrugged": after an
 * opening question at b, the token after its comma (before e), where the
 * subject is; else b. */
static uint32_t past_asked(const doc *d, uint32_t b, uint32_t e)
{
    static const char *const asked[] = {"asked", "pressed", "questioned", "challenged", NULL};
    if (!sift_tok_in(d, b, asked) || !(d->toks.v[b].flags & TF_CAP))
        return b;
    uint32_t first = 0;
    for (uint32_t k = b + 1; k + 2 < e && k < b + 50 && d->toks.v[k].kind != TK_QUOTE; k++) {
        if (!sift_is_punct(d, k, ','))
            continue;
        /* (past the question's own apposition and relative clause, to a
         * pronoun and its verb: "Asked about criticism from Meenakshi
         * Pillai, an opposition member who said last week that ..., he
         * said") */
        if (sift_tok_in(d, k + 1, sift_subject_pronouns) && !(d->toks.v[k + 1].flags & TF_INQUOTE) &&
            sift_finite_verb(d, k + 2))
            return k + 1;
        if (!first && k < b + 25)
            first = k + 1;
    }
    return first ? first : b;
}

/* Is name, written from token u0 (before e), one who speaks for the person
 * it names with a comma after, then the verb: "A spokeswoman for the
 * Infrastructure Minister, Daniel Okafor, said"? */
static int client_named(const doc *d, const char *name, uint32_t u0, uint32_t e)
{
    size_t n = strlen(name), at = d->toks.v[u0].start;
    if (at + n >= d->len || strncasecmp(name, d->text + at, n) != 0)
        return 0;
    uint32_t k = sift_tok_at(d, (uint32_t)(at + n - 1));
    int x = sift_entity_at(d, k);
    return k + 2 < e && d->toks.v[k].end == at + n && x >= 0 && d->ents.v[x].type == ET_PERSON &&
           sift_is_punct(d, k + 1, ',') && sift_is_cue(d, k + 2) && strstr(name, " for ") != NULL;
}

/* Is token b a capitalised "But", "And" or "Yet" opening a sentence's
 * clause, outside quotations? */
static int opening_conjunction(const doc *d, uint32_t b)
{
    return (d->toks.v[b].flags & TF_CAP) && !(d->toks.v[b].flags & TF_INQUOTE) &&
           (sift_tok_is(d, b, "but") || sift_tok_is(d, b, "and") || sift_tok_is(d, b, "yet"));
}

/* The person who is the subject of a recent sentence: an entity, or -2
 * with [*u0,*u1) when the subject is a person left unnamed ("A former
 * colleague of MacAuley, who spoke on condition of anonymity, said ..."). */
/* The person after "by" in a passive in [k, e) ("was introduced ... by
 * Deputy Rocio Mendez Lara"), when that is the only person the words name
 * and not of the other sex than g; else -1. */
static int passive_agent(const doc *d, uint32_t k, uint32_t e, int g)
{
    int agent = -1, be = 0;
    for (; k < e; k++) {
        int x = sift_entity_at(d, k);
        if (x >= 0 && d->ents.v[x].type == ET_PERSON && x != agent) {
            if (agent >= 0 || !be ||
                !(sift_tok_is(d, k - 1, "by") || (sift_tok_is(d, k - 2, "by") && (d->toks.v[k - 1].w.flags & W_TITLE))))
                return -1;
            agent = x;
        }
        if (d->toks.v[k].flags & TF_INQUOTE)
            return -1;
        be |= (sift_tok_is(d, k, "was") || sift_tok_is(d, k, "were") || sift_tok_is(d, k, "been")) && k + 1 < e &&
              sift_tok_ends(d, k + 1, "ed");
    }
    return agent >= 0 && (!d->ents.v[agent].gender || d->ents.v[agent].gender == g) ? agent : -1;
}

/* "In Bergen, Ingrid Solberg, the sister of ..." (with the comma at c):
 * the comma, from c up to the comma at `to`, that a person's name (past a
 * title) follows and ends at `to`; 0 if none. */
static uint32_t comma_before_name(const doc *d, uint32_t c, uint32_t to)
{
    for (uint32_t k = c; k < to; k++) {
        if (!sift_is_punct(d, k, ','))
            continue;
        uint32_t n = k + 1 + ((d->toks.v[k + 1].w.flags & W_TITLE) != 0);
        int x = sift_entity_at(d, n);
        if (x >= 0 && d->ents.v[x].type == ET_PERSON && sift_name_end(d, n, to + 1) == to)
            return k;
    }
    return 0;
}

static int recent_subject(doc *d, uint32_t pron, int gender, uint32_t *u0, uint32_t *u1)
{
    uint32_t s = d->toks.v[pron].sent;
    /* "Mining Minister Gantulga Dorj defended the toll, which he said was
     * needed": in a relative clause on what the sentence's subject did, the
     * person the sentence opens with, no one else named between */
    if (pron > 1 && (sift_tok_is(d, pron - 1, "which") || sift_tok_is(d, pron - 1, "that")) &&
        sift_is_punct(d, pron - 2, ',') && pron + 1 < d->toks.n && sift_is_cue(d, pron + 1)) {
        uint32_t k = sift_body_start(d, s);
        int x = -1;
        for (uint32_t b = k; k < pron && k < b + 5 && x < 0; k++) /* (past a title) */
            x = sift_entity_at(d, k);
        for (; x >= 0 && k < pron; k++) {
            int o = sift_entity_at(d, k);
            if ((o >= 0 && o != x && d->ents.v[o].type == ET_PERSON) || d->toks.v[k].kind == TK_QUOTE)
                x = -1;
        }
        if (x >= 0 && d->ents.v[x].type == ET_PERSON && (!d->ents.v[x].gender || d->ents.v[x].gender == gender))
            return x;
    }
    for (int back = 0; back < 4 && s + 1 > 0; back++, s--) {
        uint32_t b = sift_body_start(d, s), e = d->sents.v[s].t1;
        /* (the byline names the writer, no subject) */
        int byline = 0;
        for (uint32_t k = d->sents.v[s].t0; k < e && k < d->sents.v[s].t0 + 4 && !byline; k++)
            byline = d->toks.v[k].ment >= 0 && d->ments.v[d->toks.v[k].ment].rule &&
                     strcmp(d->ments.v[d->toks.v[k].ment].rule, "byline") == 0;
        if (byline)
            break;
        /* (past an opening conjunction: "But Oyunchimeg Baatar, an
         * opposition member ..., said") */
        if (b + 2 < e && opening_conjunction(d, b) && sift_entity_at(d, b + 1) >= 0)
            b++;
        /* ("His view was shared by Siti Ismail, who said ... . '...,' he
         * said", "Her assistant, Kamran Ali, said ... . She said", "Her
         * neighbour, Giorgos, said ... . '...,' she said": the one the
         * possessive means, when the sentence names no one else known to be
         * of the pronoun's sex) */
        if (back == 1 && b + 2 < e && (d->toks.v[b].flags & TF_CAP) && !(d->toks.v[b].flags & TF_INQUOTE) &&
            (gender == 'M' || gender == 'F') && sift_tok_is(d, b, gender == 'F' ? "her" : "his") &&
            d->toks.v[b + 1].upos == SIFT_UPOS_NOUN && !(d->toks.v[b + 1].flags & TF_CAP)) {
            int o = sift_resolve_pronoun(d, b, gender), rival = 0;
            for (uint32_t k = b + 2; k < e && !rival; k++) {
                int x = sift_entity_at(d, k);
                rival = x >= 0 && x != o && d->ents.v[x].type == ET_PERSON && d->ents.v[x].gender == gender;
            }
            if (o >= 0 && !rival && d->ents.v[o].type == ET_PERSON && d->ents.v[o].gender == gender)
                return o;
        }
        /* ("He said the teams could cover 30 kilometres a day. The dogs
         * had led to 17 arrests, he added.": the one the same pronoun
         * opening the sentence before was given to) */
        if (back == 1 && b + 2 < e && (gender == 'M' || gender == 'F') && (d->toks.v[b].w.flags & W_PRONOUN) &&
            d->toks.v[b].w.val == gender && !(d->toks.v[b].flags & TF_INQUOTE) && sift_is_cue(d, b + 1)) {
            size_t qs[8], nq = quotes_in(d, d->toks.v[b].start, d->toks.v[e - 1].end, qs, 8);
            const sift_quote *x = nq ? &d->quotes.v[qs[nq - 1]] : NULL;
            if (x && x->speaker >= 0 && d->ents.v[x->speaker].type == ET_PERSON &&
                (!d->ents.v[x->speaker].gender || d->ents.v[x->speaker].gender == gender))
                return x->speaker;
        }
        /* "CLAUSE, a hospital spokeswoman said in a statement. She added
         * that": the unnamed source of the clause the sentence before
         * reports */
        if (back == 1 && b < e) {
            size_t qs[8], nq = quotes_in(d, d->toks.v[b].start, d->toks.v[e - 1].end, qs, 8);
            const sift_quote *x = nq ? &d->quotes.v[qs[nq - 1]] : NULL; /* (the earliest: the clause it opens with) */
            if (x && x->speaker < 0 && x->speaker_name && x->rule && strcmp(x->rule, "final-attribution") == 0 &&
                indefinite(x->speaker_name) &&
                unnamed_source(d, sift_tok_at(d, x->span.end), e, gender, u0, u1))
                return -2;
            /* ("Turnout in the Sangguniang Kabataan elections was 48%, said
             * Teresita Dizon, a director. She said": the person who gave
             * the clause, not one its subject names) */
            if (x && x->speaker >= 0 && x->rule && strcmp(x->rule, "final-attribution") == 0 &&
                d->ents.v[x->speaker].type == ET_PERSON &&
                (d->ents.v[x->speaker].gender == gender || !d->ents.v[x->speaker].gender))
                return x->speaker;
            /* (or "..., the official said" for that source named a sentence
             * or two before: the phrase that introduced it) */
            if (x && x->speaker < 0 && x->speaker_name && x->rule && strcmp(x->rule, "final-attribution") == 0 &&
                indefinite(x->speaker_name) && s >= 1) {
                uint32_t p0 = d->sents.v[s > 2 ? s - 2 : 0].t0;
                size_t ps[8], np = quotes_in(d, d->toks.v[p0].start, d->toks.v[b].start, ps, 8);
                for (size_t j = 0; j < np; j++) {
                    const sift_quote *y = &d->quotes.v[ps[j]];
                    if (!y->speaker_name || strcmp(y->speaker_name, x->speaker_name) != 0 || !y->rule ||
                        strcmp(y->rule, "reported-speech") != 0)
                        continue;
                    uint32_t ys = d->toks.v[sift_tok_at(d, y->span.start)].sent;
                    if (unnamed_source(d, sift_body_start(d, ys), sift_tok_at(d, y->span.start), gender, u0, u1))
                        return -2;
                    break;
                }
            }
            /* ("..., where a hospital spokeswoman said a 52-year-old man was
             * ... . The other three had minor injuries, she said": the
             * source before the clause) */
            if (x && x->speaker < 0 && x->speaker_name && x->rule && strcmp(x->rule, "reported-speech") == 0 &&
                indefinite(x->speaker_name) &&
                unnamed_source(d, b, sift_tok_at(d, x->span.start), gender, u0, u1) && *u1 < e &&
                (sift_is_cue(d, *u1) || /* (not "A spokeswoman for ATR, ..., said": named below) */
                 /* (or the phrase the report was given: "A senior official
                  * familiar with the talks, who ..., said") */
                 (strlen(x->speaker_name) == (size_t)(d->toks.v[*u1 - 1].end - d->toks.v[*u0].start) &&
                  strncasecmp(x->speaker_name, TOK_S(d, *u0), strlen(x->speaker_name)) == 0) ||
                 client_named(d, x->speaker_name, *u0, e)))
                return -2;
        }
        if (b < e && s != d->toks.v[pron].sent &&
            (d->toks.v[b].kind == TK_QUOTE || (d->toks.v[b].flags & TF_INQUOTE))) {
            /* '"...," Justice Robert Aldane wrote. He also warned': the
             * person the quotation was given to, when it was a named person */
            /* (a quotation of several sentences: from the first of them) */
            uint32_t qs0 = s;
            while (qs0 > 0 && qs0 + 3 > s && quote_goes_on(d, qs0))
                qs0--;
            size_t qs[16], nq = quotes_in(d, d->toks.v[d->sents.v[qs0].t0].start, d->toks.v[e - 1].end, qs, 16);
            /* (quotes_in gives the latest first: from the earliest, the part
             * the attribution follows) */
            for (size_t j = nq; j-- > 0;) {
                const sift_quote *x = &d->quotes.v[qs[j]];
                if (x->speaker < 0 && x->speaker_name &&
                    indefinite(x->speaker_name)) {
                    /* '"...," a Lufthansa spokeswoman said. ... She said': that
                     * source, as the attribution named it */
                    if (unnamed_source(d, d->sents.v[qs0].t0, e, gender, u0, u1))
                        return -2;
                }
                /* ('"...," said the chief operating officer of a European
                 * container line, who spoke on condition of anonymity. ...,
                 * he said': that phrase, a person's, of no other sex) */
                /* (one kept unnamed: of a body given no name, or speaking
                 * on condition of anonymity; not "the governor-elect" for a
                 * woman named before) */
                int kept = x->speaker_name && (strstr(x->speaker_name, " of a ") || strstr(x->speaker_name, " of an "));
                for (uint32_t k = d->sents.v[qs0].t0; !kept && k < e; k++)
                    kept = sift_tok_is(d, k, "anonymity") && !(d->toks.v[k].flags & TF_INQUOTE);
                if (kept && x->speaker < 0 && x->speaker_name && x->rule && strcmp(x->rule, "attribution-after") == 0 &&
                    strncasecmp(x->speaker_name, "the ", 4) == 0 && back == 1) {
                    size_t n = strlen(x->speaker_name), at = d->toks.v[sift_tok_at(d, x->span.end)].end;
                    const char *w = at < d->len ? memmem(d->text + at, d->toks.v[e - 1].end - at, x->speaker_name, n)
                                                : NULL;
                    uint32_t p0 = w ? sift_tok_at(d, (size_t)(w - d->text)) : 0, p1 = w ? p0 + 1 : 0;
                    while (w && p1 < e && d->toks.v[p1].end <= (size_t)(w - d->text) + n)
                        p1++;
                    int head = 0;
                    for (uint32_t k = p0 + 1; w && k < p1 && !head; k++)
                        head = (person_word(d, k) || (d->toks.v[k].w.flags & W_TITLE)) &&
                               !(d->toks.v[k].flags & TF_CAP);
                    int sex = 0;
                    for (uint32_t k = p0; w && k < p1 && !sex; k++)
                        sex = sift_noun_sex(d, k);
                    if (head && (!sex || sex == gender)) {
                        *u0 = p0;
                        *u1 = p1;
                        return -2;
                    }
                }
                if (x->speaker < 0)
                    continue;
                const entity *en = &d->ents.v[x->speaker];
                int named = 0; /* by name in the quotation's sentences, not by "she said" */
                for (uint32_t k = d->sents.v[qs0].t0; k < e && !named; k++)
                    named = !(d->toks.v[k].flags & TF_INQUOTE) && sift_entity_at(d, k) == x->speaker;
                /* (or by a definite description: '"...," the 22-year-old told
                 * reporters. He said ...') */
                uint32_t a = sift_tok_at(d, x->span.end);
                while (a < e && (d->toks.v[a].kind == TK_QUOTE || d->toks.v[a].kind == TK_PUNCT))
                    a++;
                if (!named && a + 1 < e && sift_tok_is(d, a, "the") && !(d->toks.v[a].flags & TF_INQUOTE))
                    named = 1;
                /* (or by the same pronoun: '"...," she told Holyrood's
                 * transport committee. She added: "..."') */
                /* (in the sentence right before: not past "Told of the
                 * remark, his former colleague smiled.") */
                if (!named && back == 1 && a + 1 < e && (d->toks.v[a].w.flags & W_PRONOUN) &&
                    d->toks.v[a].w.val == gender && !(d->toks.v[a].flags & TF_INQUOTE))
                    named = 1;
                /* (a name's sex from the statistics yields to the pronoun,
                 * but not one the story's own pronouns gave: "Ruiz ... said
                 * ... . She said ... ¶ '...,' Ruiz said. ¶ He also said") */
                /* (the pronoun may follow an opening "But": "But he warned") */
                uint32_t pb = sift_body_start(d, d->toks.v[pron].sent);
                pb += pb + 1 == pron && opening_conjunction(d, pb);
                if (named && en->type == ET_PERSON && x->rule && strcmp(x->rule, "attribution-after") == 0 &&
                    (!en->gender || en->gender == gender ||
                     (pb == pron && !gender_named(d, b, pron, gender) && !en->gender_told)))
                    return x->speaker; /* (a name's gender is a statistic: Andi is a woman's name in it) */
                break;
            }
        }
        /* ("According to a spokeswoman for the ministry, the government
         * set aside ... . '...,' she said": the source the sentence before
         * opens with, even before its report is found) */
        if (back == 1 && b + 4 < e && sift_tok_is(d, b, "according") && sift_tok_is(d, b + 1, "to") &&
            (sift_tok_is(d, b + 2, "a") || sift_tok_is(d, b + 2, "an")) && !(d->toks.v[b].flags & TF_INQUOTE)) {
            uint32_t h = b + 3;
            while (h < e && h < b + 8 && d->toks.v[h].kind == TK_WORD && !person_word(d, h) &&
                   !(d->toks.v[h].flags & TF_CAP) && !(d->toks.v[h].w.flags & (W_PREP | W_VERB | W_AUX)))
                h++;
            int sex = h < e && person_word(d, h) ? sift_noun_sex(d, h) : 0;
            if (h < e && person_word(d, h) && !(d->toks.v[h].flags & TF_CAP) && (!sex || !gender || sex == gender)) {
                uint32_t c = h + 1;
                while (c < e && c < h + 14 && !sift_is_punct(d, c, ',') && d->toks.v[c].kind != TK_QUOTE)
                    c++;
                if (c < e && sift_is_punct(d, c, ',')) {
                    *u0 = b + 2;
                    *u1 = c;
                    return -2;
                }
            }
        }
        if (back == 1 && b < e) {
            /* "Fernandes is expected to be sworn in on Wednesday, according to
             * Amit Parsekar, general secretary of ... He said ...": the person
             * the sentence before ends by citing */
            size_t qs[16], nq = quotes_in(d, d->toks.v[b].start, d->toks.v[e - 1].end, qs, 16);
            for (size_t j = 0; j < nq; j++) {
                const sift_quote *x = &d->quotes.v[qs[j]];
                if (!x->rule || strcmp(x->rule, "according-to") != 0)
                    continue;
                if (x->speaker < 0) {
                    /* "..., according to a senior ministry official who asked
                     * not to be named. ..., he said": that source */
                    for (uint32_t k = b; k + 3 < e && x->speaker_name; k++)
                        if (sift_tok_is(d, k, "according") && sift_tok_is(d, k + 1, "to") &&
                            (sift_tok_is(d, k + 2, "a") || sift_tok_is(d, k + 2, "an"))) {
                            /* (a hyphen too: "a London-based marine underwriter") */
                            uint32_t h = k + 3;
                            while (h < e && h < k + 12 &&
                                   (d->toks.v[h].kind == TK_WORD || sift_in_compound(d, h + 1)) &&
                                   !is_who(d, h) && !(d->toks.v[h].w.flags & W_PREP))
                                h++;
                            /* (past a participle: "an electrician working on
                             * the project who asked not to be named") */
                            if (h > k + 4 && ing_form(d, h - 1) && person_word(d, h - 2))
                                h--;
                            if (h > k + 3 && (person_word(d, h - 1) || ((d->toks.v[h - 1].w.flags & W_TITLE) &&
                                                                         !(d->toks.v[h - 1].flags & TF_CAP)))) {
                                *u0 = k + 2;
                                *u1 = h;
                                return -2;
                            }
                            break;
                        }
                    break;
                }
                const entity *en = &d->ents.v[x->speaker];
                int after = 0; /* named after the clause it reports */
                for (uint32_t k = b; k < e && !after; k++)
                    after = sift_entity_at(d, k) == x->speaker && d->toks.v[k].start >= x->span.end;
                if (after && en->type == ET_PERSON && (!en->gender || en->gender == gender))
                    return x->speaker;
                break;
            }
        }
        if (b >= e || d->toks.v[b].kind == TK_QUOTE || (d->toks.v[b].flags & TF_INQUOTE))
            continue; /* a sentence that opens with a quotation speaks for someone else */
        /* ("According to her, a commuter travelling the same route now pays
         * ... . '...,' she explained": the one "her" means, not the subject
         * of the clause she was cited for) */
        if (back == 1 && b + 3 < e && (gender == 'M' || gender == 'F') && sift_tok_is(d, b, "according") &&
            sift_tok_is(d, b + 1, "to") && sift_tok_is(d, b + 2, gender == 'F' ? "her" : "him") &&
            sift_is_punct(d, b + 3, ',')) {
            int o = sift_resolve_pronoun(d, b + 2, gender);
            if (o >= 0 && d->ents.v[o].type == ET_PERSON)
                return o;
        }
        /* ("At the port, a man from Darfur who gave his name only as Adam,
         * a former teacher from Nyala, said ... . He said": the name given
         * to the person of the pronoun's sex who speaks there) */
        for (uint32_t k = b; back == 1 && k < e && k < b + 12; k++) {
            uint32_t x = person_word(d, k) && !(d->toks.v[k].flags & TF_CAP) ? sift_name_given(d, k) : 0;
            int his = 0, says = 0;
            for (uint32_t m = k + 1; x && m < x && !his; m++)
                his = sift_tok_is(d, m, "his") ? 'M' : sift_tok_is(d, m, "her") ? 'F' : 0;
            for (uint32_t m = x; x && m < e && !says; m++)
                says = sift_is_cue(d, m) && !(d->toks.v[m].flags & (TF_INQUOTE | TF_CAP));
            if (x && his == gender && says && sift_body_start(d, d->toks.v[pron].sent) == pron) {
                *u0 = x;
                *u1 = sift_given_end(d, x);
                return -2;
            }
        }
        if (b == pron || (b + 1 == pron && d->toks.v[b].kind != TK_WORD))
            continue;
        /* "Standing beside his captain, Saad bin Tariq, he said": the pronoun
         * is who stands; the people in an opening participle phrase are not */
        if (s == d->toks.v[pron].sent && ing_form(d, b))
            continue;
        /* "Under cross-examination by the Clarion's barrister, Jonathan
         * Aldridge KC, Ellery accepted ...": after an opening preposition,
         * the subject follows the last comma before the first verb */
        if ((d->toks.v[b].w.flags & W_PREP) && (d->toks.v[b].flags & TF_CAP)) {
            uint32_t lastc = 0, prevc = 0, firstc = 0, stop = e, namec;
            int rel = 0; /* (in a relative clause: "a nurse who has worked there for 19 years,") */
            for (uint32_t k = b + 1; k < e && k < b + 30; k++) {
                /* (or on the place: "At the gates of Fresnes, where officers
                 * had lit braziers against the cold,") */
                rel = (rel && !sift_is_punct(d, k, ',')) || (is_who(d, k) && !sift_is_punct(d, k - 1, ',')) ||
                      (sift_tok_is(d, k, "where") && sift_is_punct(d, k - 1, ','));
                if (!rel && (sift_finite_verb(d, k) || sift_is_cue(d, k) || d->toks.v[k].kind == TK_QUOTE)) {
                    stop = k;
                    break;
                }
                if (sift_is_punct(d, k, ','))
                    firstc = firstc ? firstc : k, prevc = lastc, lastc = k;
            }
            /* (past an age between commas: "On the picket line, crane
             * operator Fatima El Amrani, 41, said") */
            uint32_t named_at = prevc ? prevc + 1 + ((d->toks.v[prevc + 1].w.flags & W_TITLE) != 0) : 0;
            if (lastc && prevc && lastc == prevc + 2 && d->toks.v[prevc + 1].kind == TK_NUM && firstc < prevc &&
                lastc + 1 == stop)
                lastc = firstc;
            else if (lastc && (is_who(d, lastc + 1) || sift_tok_is(d, lastc + 1, "which")))
                lastc = prevc; /* "In Paris, Macron, who ..., said" */
            /* (the relative clause ending at the verb: "In the Tokar Delta,
             * Musa Adarob, who farms sorghum and millet, said") */
            else if (lastc && prevc && lastc + 1 == stop && firstc < prevc && is_who(d, prevc + 1) &&
                     sift_entity_at(d, prevc - 1) >= 0 && d->ents.v[sift_entity_at(d, prevc - 1)].type == ET_PERSON)
                lastc = firstc;
            /* "In Bergen, Ingrid Solberg, the sister of Erik Solberg, said":
             * the name before a description that ends at the verb */
            /* (after a title too: "In the House of Lords, Baroness
             * Hollingsworth of Kew, a former chair of the board, argued") */
            /* (past a place's own description: "At the University Hospital
             * of Wales in Cardiff, the country's largest hospital, Dylan
             * Morgan, a charge nurse ..., said") */
            else if (lastc && lastc + 1 == stop && prevc && (d->toks.v[prevc + 1].w.flags & W_DET) &&
                     !(d->toks.v[prevc + 1].flags & TF_CAP) && firstc < prevc &&
                     (namec = comma_before_name(d, firstc, prevc)) != 0)
                lastc = namec;
            /* ("In Kyiv, Ukraine's deputy economy minister, Oksana
             * Hrytsenko, told": the name in apposition right before the verb) */
            /* (after an honorific: "At the terminal, a trader, Mrs Bisola
             * Ajayi, said") */
            else if (lastc && lastc + 1 == stop && prevc && sift_entity_at(d, named_at) >= 0 &&
                     d->ents.v[sift_entity_at(d, named_at)].type == ET_PERSON && sift_name_end(d, named_at, e) == lastc)
                lastc = prevc;
            if (lastc && lastc + 1 < e)
                b = lastc + 1;
        }
        b = past_asked(d, b, e);
        /* (and past an opening participle's phrase: "Speaking to a radio
         * station on Tuesday, the secretary of agriculture said") */
        if (b + 3 < e && (d->toks.v[b].flags & TF_CAP) && ing_form(d, b) && d->toks.v[b].upos == SIFT_UPOS_VERB)
            for (uint32_t k = b + 1; k + 2 < e && k < b + 16 && d->toks.v[k].kind != TK_QUOTE; k++)
                if (sift_is_punct(d, k, ',')) {
                    if (d->toks.v[k + 1].w.flags & W_DET)
                        b = k + 1;
                    break;
                }
        /* ('"..." ¶ That was how Meridian's head of rankings, Oliver Grant,
         * put it ... . He said': who put it so) */
        if (b + 4 < e && (sift_tok_is(d, b, "that") || sift_tok_is(d, b, "this")) &&
            (sift_tok_is(d, b + 1, "was") || sift_tok_is(d, b + 1, "is")) && sift_tok_is(d, b + 2, "how"))
            b += 3;
        /* skip an opening adverbial: "On Monday evening, the coach posted ...",
         * "Back in Prichard, the retired cook ..." (no verb, no person before the comma) */
        for (uint32_t k = b; k < e && k < b + 8; k++) {
            const tok *t = &d->toks.v[k];
            if ((t->w.flags & (W_AUX | W_VERB | W_CUE)) && !(t->flags & TF_CAP))
                break;
            int x = sift_entity_at(d, k);
            if (x >= 0 && d->ents.v[x].type == ET_PERSON)
                break;
            if (t->kind == TK_PUNCT && d->text[t->start] == ',') {
                /* not "A former colleague of MacAuley, who ...": a person */
                int person = 0;
                if ((d->toks.v[b].w.flags & W_DET) || sift_tok_is(d, b, "one")) /* ("One skipper, who") */
                    for (uint32_t m = b; m < k; m++)
                        person |= person_or_group(d, m);
                if (!person)
                    b = k + 1;
                break;
            }
        }
        uint32_t np0, np1;
        if (b >= pron && s == d->toks.v[pron].sent)
            continue;
        /* "Passengers would be able to rebook ..., he said": the clause
         * before a final attribution is what was said, not who says it */
        if (s == d->toks.v[pron].sent && pron > b + 2 && sift_is_punct(d, pron - 1, ','))
            continue;
        if (!sift_clause_subject(d, b, e, &np0, &np1))
            continue;
        /* (the phrase a relative clause is on, not its pronoun: "The
         * chairperson of Zimbabwe Digital Rights Watch, which brought the
         * case, welcomed the ruling") */
        uint32_t st0 = d->sents.v[s].t0;
        if (np1 == np0 + 1 && np0 > st0 + 2 && sift_is_punct(d, np0 - 1, ',') &&
            (sift_tok_is(d, np0, "which") || is_who(d, np0)) && !(d->toks.v[np0].flags & TF_CAP)) {
            uint32_t c = np0 - 1, k = st0;
            while (k < c && d->toks.v[k].kind == TK_WORD)
                k++;
            if (k == c && (d->toks.v[st0].w.flags & W_DET))
                np0 = st0, np1 = c;
        }
        if (np1 - np0 == 1 && (d->toks.v[np0].w.flags & W_PRONOUN))
            continue; /* "She added ...": keep looking for who she is */
        /* (the subject's "who" before its own verb of saying: "The
         * emergency room nurse who said that spoke on condition ...") */
        if (np1 > np0 + 2 && is_who(d, np1 - 1) && sift_is_cue(d, np1))
            np1--;
        int e1 = -1;
        /* (the words of the subject's phrase, not past its verb: "Those
         * words came from the captain of a Gulf-registered airliner") */
        uint32_t pe = np0;
        while (pe < e && pe < np0 + 8 && (d->toks.v[pe].kind == TK_WORD || (d->toks.v[pe].flags & TF_POSS)) &&
               !(pe >= np1 && sift_finite_verb(d, pe) && !sift_in_compound(d, pe)))
            pe++;
        /* ("Mireille Nsimba, a mother of four who had queued since early
         * morning, said": the name the description is in apposition to) */
        /* (not when the subject is itself a name: "A lawyer for Prasad,
         * Manoj Tiwari, said") */
        /* (past an age: "Lakshmi Narayanan, 61, a retired schoolteacher
         * who lives on the fourth floor, said") */
        int own_name = sift_entity_at(d, np0) >= 0 && d->ents.v[sift_entity_at(d, np0)].type == ET_PERSON;
        uint32_t pn = np0 >= 4 && sift_age_follows(d, np0 - 3) ? np0 - 2 : np0;
        int pe_x = pn >= 2 && sift_is_punct(d, pn - 1, ',') ? sift_entity_at(d, pn - 2) : -1;
        if (!own_name && pe_x >= 0 && d->ents.v[pe_x].type == ET_PERSON &&
            (!d->ents.v[pe_x].gender || d->ents.v[pe_x].gender == gender))
            return pe_x;
        /* ('"..." ¶ Those words came from the captain of a Gulf-registered
         * airliner ... . He asked': whom the words came from) */
        uint32_t f0, f1, from = sift_came_from(d, np0);
        if (from && from < e && sift_np_after(d, from, e, &f0, &f1)) {
            int x = sift_entity_at(d, f0);
            if (x >= 0 && d->ents.v[x].type == ET_PERSON && (!d->ents.v[x].gender || d->ents.v[x].gender == gender))
                return x;
            uint32_t fo = before_of_owner(d, f0, f1);
            if (x < 0 && (d->toks.v[f0].w.flags & W_DET) && person_word(d, fo - 1)) {
                *u0 = f0;
                *u1 = fo;
                return -2;
            }
        }
        uint32_t own = before_of_owner(d, np0, pe);
        if (own < pe && person_word(d, own - 1) && (d->toks.v[np0].w.flags & W_DET)) {
            /* (unless a person was introduced so: "the Dnipro Aero founder"
             * after "Oleksandra Hnatyuk ..., who founded it") */
            int known = sift_tok_is(d, np0, "the") ? sift_resolve_nominal(d, np0, own) : -1;
            if (known >= 0 && (!d->ents.v[known].gender || d->ents.v[known].gender == gender))
                return known;
            *u0 = np0;
            *u1 = own;
            return -2;
        }
        /* "A spokesman for the airline said ... , he said": the spokesperson */
        /* (or "A nurse at the Abekoase health centre, who asked not to be
         * named, confirmed ...") */
        /* (of the pronoun's sex: not "A spokeswoman for the customs agency
         * said ... . '...,' he said") */
        /* (nor one a pronoun in its own clause gives the other sex: "An
         * official at the board, who asked not to be named because he was
         * not authorised to speak, ..." is no "she") */
        int told = 0;
        uint32_t rw = np1 + (np1 < e && sift_is_punct(d, np1, ','));
        for (uint32_t k = rw + 1; rw < e && is_who(d, rw) && k < e && !told && !sift_is_punct(d, k, ','); k++)
            if (!(d->toks.v[k].flags & (TF_INQUOTE | TF_CAP)))
                told = sift_tok_is(d, k, "he") ? 'M' : sift_tok_is(d, k, "she") ? 'F' : 0;
        int other_sex = told && gender && told != gender;
        for (uint32_t f = np0 + 1; f + 1 < np1 && (d->toks.v[np0].w.flags & W_DET) && !other_sex; f++)
            if ((sift_tok_is(d, f, "for") || sift_tok_is(d, f, "at") || sift_tok_is(d, f, "from")) &&
                sift_entity_at(d, f - 1) < 0 &&
                (person_word(d, f - 1) ||
                 ((d->toks.v[f - 1].w.flags & W_TITLE) && !(d->toks.v[f - 1].flags & TF_CAP))) &&
                !(sift_noun_sex(d, f - 1) && gender && sift_noun_sex(d, f - 1) != gender)) {
                /* (the phrase the attribution gave: "A spokesman for Aerion
                 * Airways", or "A spokesman" for no name) */
                *u0 = np0;
                *u1 = spoken_for(d, f, np1);
                return -2;
            }
        for (uint32_t i = np0; i < np1 && e1 < 0; i++) {
            int x = sift_entity_at(d, i);
            if (x < 0 || d->ents.v[x].type != ET_PERSON)
                continue;
            /* "Gharbi's father, Mokhtar, ... insisted": the owner is not
             * the subject (but owns the words of "Kanda's comments came a
             * day after ... . He said") */
            static const char *const words_of[] = {"comments", "remarks", "words", "comment", "remark", NULL};
            uint32_t mark = sift_owner_mark(d, i, np1 - 1);
            if (mark && !(mark + 1 < np1 && sift_tok_in(d, mark + 1, words_of)))
                i = mark;
            else
                e1 = x;
        }
        if (e1 < 0) {
            /* "ESA's director of science, Pieter van der Hoeven, said": the
             * name in apposition to the subject */
            uint32_t k = np1;
            /* (or after a relative clause on it: "The skipper who spoke on
             * the quay on Monday night, Alan Strachan, said") */
            if (k < e && is_who(d, k) && !(d->toks.v[k].flags & TF_CAP))
                while (k < e && k < np1 + 14 && !sift_is_punct(d, k, ',') && d->toks.v[k].kind != TK_QUOTE)
                    k++;
            while (k < e && k < np1 + 5 && d->toks.v[k].kind == TK_WORD &&
                   !(d->toks.v[k].w.flags & (W_AUX | W_VERB | W_CUE)))
                k++;
            int x = k + 1 < e && sift_is_punct(d, k, ',') ? sift_entity_at(d, k + 1) : -1;
            if (x >= 0 && d->ents.v[x].type == ET_PERSON)
                e1 = x;
        }
        if (e1 < 0)
            e1 = sift_resolve_nominal(d, np0, np1);
        /* "The lands and natural resources minister told parliament ... . He
         * said": a role no one named holds, opening the sentence before */
        /* (its words plain, "and" too, up to the verb) */
        uint32_t rv = np0 + 1;
        while (e1 < 0 && back == 1 && rv < e && rv < np0 + 8 && d->toks.v[rv].kind == TK_WORD &&
               !(d->toks.v[rv].flags & TF_CAP) && sift_entity_at(d, rv) < 0 && !sift_is_cue(d, rv))
            rv++;
        /* (or the head before "of": "the secretary of agriculture"; and the
         * pronoun between commas: "Farm leaders, he said, were") */
        uint32_t rh = rv > np0 + 3 && sift_tok_is(d, np0 + 2, "of") ? np0 + 1 : rv - 1;
        if (e1 < 0 && back == 1 && sift_tok_is(d, np0, "the") && np0 == b && rv > np0 + 1 && rv < e &&
            sift_is_cue(d, rv) &&
            (sift_body_start(d, d->toks.v[pron].sent) == pron || (pron > 0 && sift_is_punct(d, pron - 1, ','))) &&
            (d->toks.v[rh].w.flags & W_TITLE) && (!sift_noun_sex(d, rh) || sift_noun_sex(d, rh) == gender)) {
            *u0 = np0;
            *u1 = rv;
            return -2;
        }
        /* "Filmon, an Eritrean who asked that only his first name be used,
         * said ... . '...,' he said": a first name alone no entity holds,
         * described after it, of the pronoun's sex if the words say */
        uint32_t n0 = d->sents.v[s].t0;
        int nx = sift_entity_at(d, n0);
        if (e1 < 0 && back == 1 && np0 == n0 + 2 && (d->toks.v[n0].flags & TF_CAP) && d->toks.v[n0].kind == TK_WORD &&
            (nx < 0 || d->ents.v[nx].type == ET_PERSON || sift_name_end(d, n0, e) == n0 + 1) &&
            !(d->toks.v[n0].w.flags & (W_DET | W_STOP | W_PRONOUN | W_PREP)) && !is_adverb(d, n0) &&
            sift_is_punct(d, n0 + 1, ',') && (sift_tok_is(d, np0, "a") || sift_tok_is(d, np0, "an"))) {
            if (nx >= 0 && d->ents.v[nx].type != ET_PERSON)
                nx = -1; /* (a word the recognizer took for a place or a body) */
            int sex = nx >= 0 ? d->ents.v[nx].gender : 0;
            for (uint32_t k = np0 + 1; k < e && !sex && !sift_is_cue(d, k); k++)
                sex = sift_tok_is(d, k, "his") ? 'M' : sift_tok_is(d, k, "her") ? 'F' : sift_noun_sex(d, k);
            if (nx >= 0 && (!sex || sex == gender))
                return nx;
            if (!sex || sex == gender) {
                *u0 = n0;
                *u1 = n0 + 1;
                return -2;
            }
        }
        /* "A senior security official who asked not to be named offered a
         * different account. He told Reuters ...": a person given no name */
        /* (or "One skipper, who has fished for herring since ...") */
        /* ("a farmer named Sutrisno, who ..., said": the name it gives) */
        for (uint32_t k = np0 + 1; e1 < 0 && k + 1 < e && k < np0 + 6; k++)
            if ((sift_tok_is(d, k, "named") || sift_tok_is(d, k, "called")) && person_word(d, k - 1)) {
                int x = sift_entity_at(d, k + 1);
                if (x >= 0 && d->ents.v[x].type == ET_PERSON && (!d->ents.v[x].gender || d->ents.v[x].gender == gender))
                    return x;
                break;
            }
        if (e1 < 0 && (sift_tok_is(d, np0, "a") || sift_tok_is(d, np0, "an") || sift_tok_is(d, np0, "one"))) {
            uint32_t h = np0 + 1, w0 = h;
            /* (past an age: "A 27-year-old sewing machine operator who escaped") */
            /* (unless the sentence names the person: "a 29-year-old
             * Venezuelan woman who gave her name only as Yulimar") */
            if (h + 5 < np1 && sift_age_at(d, h) >= 0 && !names_someone(d, np1, e, 1))
                h += 5, w0 = h;
            while (h < np1 && d->toks.v[h].kind == TK_WORD && !is_who(d, h) && !sift_tok_is(d, h, "which") &&
                   !(d->toks.v[h].w.flags & W_PREP))
                h++;
            /* (past a participle: "An insurance adjuster working in
             * Abbotsford, who spoke on condition ...") */
            if (h > w0 + 1 && ing_form(d, h - 1) && person_word(d, h - 2))
                h--;
            if (h > w0 &&
                (person_word(d, h - 1) ||
                 ((d->toks.v[h - 1].w.flags & W_TITLE) && !(d->toks.v[h - 1].flags & TF_CAP))) &&
                !(sift_noun_sex(d, h - 1) && gender && sift_noun_sex(d, h - 1) != gender) && !other_sex) {
                *u0 = np0;
                *u1 = h;
                return -2;
            }
        }
        /* "A bill ... was introduced in the Chamber of Deputies last month
         * by Deputy Rocio Mendez Lara. In an interview, she said": the
         * agent of a passive whose subject is no person, the only person of
         * the pronoun's sex (or of none known) that sentence names */
        if (e1 < 0 && back == 1 && (d->toks.v[np0].w.flags & W_DET) && !person_word(d, np1 - 1) &&
            (sift_body_start(d, d->toks.v[pron].sent) == pron || sift_is_punct(d, pron - 1, ','))) {
            int agent = passive_agent(d, np1, e, gender);
            if (agent >= 0)
                return agent;
        }
        if (e1 >= 0) {
            const entity *en = &d->ents.v[e1];
            /* (a name of no known sex that a possessive after it gives the
             * other sex yields to the person named with it: "Mongi Ayari
             * ... stood with his neighbour Fatma Ben Salah ... . '...,' she
             * said", but not "Vestine Nyiraneza ... alongside her husband") */
            /* (named after the possessive: not "Sandhu was dismissive of
             * Brar and his committee. She said") */
            int sex = 0;
            uint32_t poss = np1;
            for (; poss < e && !sex && !en->gender; poss++)
                if (!(d->toks.v[poss].flags & (TF_INQUOTE | TF_CAP)))
                    sex = sift_tok_is(d, poss, "his") ? 'M' : sift_tok_is(d, poss, "her") ? 'F' : 0;
            for (uint32_t k = poss; sex && (gender == 'M' || gender == 'F') && sex != gender && k < e; k++) {
                int x = sift_entity_at(d, k);
                if (x >= 0 && x != e1 && d->ents.v[x].type == ET_PERSON && d->ents.v[x].gender != sex &&
                    !(d->toks.v[k].flags & TF_INQUOTE))
                    return x;
            }
            if (!en->gender || en->gender == gender)
                return e1;
            /* (a sex a noun in apposition gave is no statistic: "The boy,
             * Zarak, has had a fever ... . '...,' she said" is someone
             * named before) */
            uint32_t ft = en->first_tok;
            if (ft >= 2 && sift_is_punct(d, ft - 1, ',') && sift_noun_sex(d, ft - 2) == en->gender)
                continue;
            /* "Farmers' Alliance leader Dace Ozolina said ... She told
             * lawmakers": the gender of a first name is a statistic (Dace is
             * a man's name in it), so a pronoun opening the next sentence
             * still means the only person that sentence named */
            int other = 0; /* (nor "Mary Smith met him": someone else of the gender) */
            for (uint32_t k = b; k < e && !other; k++) {
                int x = sift_entity_at(d, k);
                /* (not the person's own pronoun: "Kapanadze said she would") */
                if (k >= 2 && sift_is_cue(d, k - 1) && sift_entity_at(d, k - 2) == e1)
                    continue;
                other = (x >= 0 && x != e1 && d->ents.v[x].type == ET_PERSON) ||
                        (gender == 'M' && (sift_tok_is(d, k, "he") || sift_tok_is(d, k, "him") ||
                                           sift_tok_is(d, k, "his"))) ||
                        (gender == 'F' && (sift_tok_is(d, k, "she") || sift_tok_is(d, k, "her")));
            }
            /* (or one right after a quotation that sentence comes just
             * before: 'Kim Sorensen ... said ... . "...," he said') */
            uint32_t q0 = d->toks.v[pron].sent;
            while (q0 > 0 && quote_goes_on(d, q0) && d->toks.v[pron].sent < q0 + 3)
                q0--;
            int after_quote = pron > 0 && d->toks.v[pron - 1].kind == TK_QUOTE &&
                              !(d->toks.v[pron - 1].flags & TF_QOPEN) && s + 1 == q0;
            /* (but after a quotation, not past a person of the pronoun's
             * gender named in the sentence before, a quoted one skipped:
             * 'Cross-examined by Jonathan Alder KC, Raman accepted ... .
             * "...?" Alder asked. ¶ "I did," she replied') */
            uint32_t ns = s > 0 ? s - 1 : 0;
            while (after_quote && ns > 0 &&
                   (d->toks.v[d->sents.v[ns].t0].kind == TK_QUOTE || (d->toks.v[d->sents.v[ns].t0].flags & TF_INQUOTE)))
                ns--;
            /* (nor the one spoken to: '"...," he told her' after "The
             * committee's chairwoman, Esther Mwangi, said") */
            int addressed = pron + 2 < d->toks.n && sift_is_cue(d, pron + 1) &&
                            sift_tok_is(d, pron + 2, en->gender == 'F' ? "her" : "him");
            /* (or in the sentence before that, up to the paragraph before:
             * "Sigrid Bakke ... said ... ¶ Government figures show ... .
             * Haugland said ... . "...," she said") */
            if (ns > 0 && d->sents.v[ns - 1].para + 1 >= d->sents.v[s].para)
                ns--;
            /* (nor past a person of no known sex who spoke there, opening a
             * sentence: "Dr Morag Baillie, a fish pathologist ..., said ... .
             * Reid has said ... . ¶ "...," she said") */
            int unsexed = 0;
            for (uint32_t z = ns; after_quote && z < d->toks.v[pron].sent && !unsexed; z++) {
                uint32_t zb = sift_body_start(d, z), zb1 = d->sents.v[z].t1;
                int x = -1;
                for (uint32_t k = zb; k < zb + 3 && k < zb1 && x < 0; k++)
                    x = sift_entity_at(d, k);
                if (x < 0 || x == e1 || d->ents.v[x].type != ET_PERSON || d->ents.v[x].gender ||
                    (d->toks.v[zb].flags & TF_INQUOTE))
                    continue;
                for (uint32_t k = zb + 1; k < zb1 && !unsexed; k++)
                    unsexed = (d->toks.v[k].w.flags & W_CUE_SAY) && sift_finite_verb(d, k) &&
                              !(d->toks.v[k].flags & (TF_INQUOTE | TF_CAP));
            }
            if (other || addressed || unsexed || (after_quote && gender_named(d, d->sents.v[ns].t0, pron, gender)))
                return -1;
            /* (not when the sentence before that named someone of the
             * pronoun's sex: "Rodrigo Fuentes said ... . Paula Ibanez said
             * ... . He said") */
            if (back == 1 && !after_quote && s > 0 && gender_named(d, d->sents.v[s - 1].t0, d->sents.v[s].t0, gender))
                return -1;
            /* (nor when a person of the pronoun's sex spoke in the
             * paragraphs before: "Eusebia Huaman ... said ... . Delgado
             * welcomed the ruling. ¶ '...,' she said") */
            uint32_t sp = s > 30 ? s - 30 : 0;
            for (size_t q = 0; after_quote && q < d->quotes.n; q++) {
                const sift_quote *x = &d->quotes.v[q];
                if (x->speaker >= 0 && x->speaker != e1 && d->ents.v[x->speaker].type == ET_PERSON &&
                    d->ents.v[x->speaker].gender == gender && x->span.start < d->toks.v[pron].start &&
                    x->span.start >= d->toks.v[d->sents.v[sp].t0].start)
                    return -1;
            }
            return (back == 1 && sift_body_start(d, d->toks.v[pron].sent) == pron) || after_quote ? e1 : -1;
        }
        /* "A senior European negotiator, who asked not to be named, said
         * ... He said": the person described, never named */
        int named = 0; /* "Another witness, a man who gave his name only as Dũng, said" */
        for (uint32_t k = np1; k < e && !named && !sift_is_cue(d, k); k++)
            named = sift_entity_at(d, k) >= 0 && d->ents.v[sift_entity_at(d, k)].type == ET_PERSON;
        /* (a noun the word lists lack, with "who" after it: "A patroller
         * who asked not to be named said") */
        int who = d->toks.v[np1 - 1].kind == TK_WORD && !(d->toks.v[np1 - 1].flags & TF_CAP) &&
                  ((np1 < e && is_who(d, np1)) || (np1 + 1 < e && sift_is_punct(d, np1, ',') && is_who(d, np1 + 1)));
        /* (or a place's or a body's: "Peterhead's harbour master said") */
        int owned = 0, ox = sift_entity_at(d, np0);
        if (ox >= 0 && (d->ents.v[ox].type == ET_GPE || d->ents.v[ox].type == ET_ORG)) {
            uint32_t m = sift_name_end(d, np0, np1);
            owned = m + 2 < np1 && (d->toks.v[m].flags & TF_POSS) && d->toks.v[m].kind != TK_WORD;
        }
        /* (or a title: "The state election commissioner rejected the
         * allegation") */
        int title = (d->toks.v[np1 - 1].w.flags & W_TITLE) && !(d->toks.v[np1 - 1].flags & TF_CAP);
        /* (of the pronoun's sex: not "Her husband, Vasyl, has taken a job
         * ... . '...,' she said") */
        /* (the noun before a preposition too: "A spokeswoman for one
         * foreign-owned discount chain, who spoke on condition ...") */
        /* (the noun before a preposition's phrase, hp, below) */
        uint32_t hp = np0 + 1;
        while (hp < np1 && hp < np0 + 5 && d->toks.v[hp].kind == TK_WORD && !(d->toks.v[hp].w.flags & W_PREP))
            hp++;
        int sex = sift_noun_sex(d, np1 - 1);
        if (!sex && hp > np0 + 1 && hp + 1 < np1 && (d->toks.v[hp].w.flags & W_PREP))
            sex = sift_noun_sex(d, hp - 1);
        if (!sex)
            sex = told;
        if (((d->toks.v[np0].w.flags & W_DET) || owned) && np1 - np0 >= 2 &&
            (person_word(d, np1 - 1) || who || title) && !named && !(sex && gender && sex != gender)) {
            *u0 = np0;
            *u1 = np1;
            return -2;
        }
        /* (or the noun before a preposition's phrase: "The commander in
         * charge of the rescue said") */
        /* (or a title: "The chairperson of Zimbabwe Digital Rights Watch,
         * which brought the case, welcomed the ruling") */
        if ((d->toks.v[np0].w.flags & W_DET) && hp > np0 + 1 && hp < np1 && (d->toks.v[hp].w.flags & W_PREP) &&
            (person_word(d, hp - 1) ||
             ((d->toks.v[hp - 1].w.flags & W_TITLE) && !(d->toks.v[hp - 1].flags & TF_CAP))) &&
            !named && !(sift_noun_sex(d, hp - 1) && gender && sift_noun_sex(d, hp - 1) != gender) && !other_sex) {
            *u0 = np0;
            *u1 = hp;
            return -2;
        }
        /* (or a title, then a word for what it is responsible for: "the
         * junior minister responsible for local government struck a
         * cautious note") */
        if ((d->toks.v[np0].w.flags & W_DET) && hp > np0 + 2 && hp < np1 && (d->toks.v[hp].w.flags & W_PREP) &&
            sift_tok_is(d, hp - 1, "responsible") &&
            (person_word(d, hp - 2) ||
             ((d->toks.v[hp - 2].w.flags & W_TITLE) && !(d->toks.v[hp - 2].flags & TF_CAP))) &&
            !named) {
            *u0 = np0;
            *u1 = np1;
            return -2;
        }
        /* (or one the sentence names by the name given: "Those were the
         * words of a young miner who gave his name only as Kofi. He said") */
        for (uint32_t k = np1; back == 1 && k < e; k++) {
            uint32_t x = person_word(d, k) ? sift_name_given(d, k) : 0;
            int his = 0;
            for (uint32_t m = k + 1; x && m < x && !his; m++)
                his = sift_tok_is(d, m, "his") ? 'M' : sift_tok_is(d, m, "her") ? 'F' : 0;
            if (x && his == gender && sift_body_start(d, d->toks.v[pron].sent) == pron) {
                *u0 = x;
                *u1 = sift_given_end(d, x);
                return -2;
            }
        }
        /* (but a sentence whose speaker is the same pronoun, between
         * commas, says who it is no more than this one: "Farmland ... had
         * expanded by about 25 percent, she said, squeezing ... . ¶ '...,'
         * she said") */
        int same = 0;
        for (uint32_t k = b + 1; k + 1 < e && !same; k++)
            same = sift_is_punct(d, k - 1, ',') && (d->toks.v[k].w.flags & W_PRONOUN) && d->toks.v[k].w.val == gender &&
                   !(d->toks.v[k].flags & (TF_INQUOTE | TF_CAP)) && sift_is_cue(d, k + 1);
        if (same)
            continue;
        return -1; /* the subject is someone or something unnamed */
    }
    return -1;
}

/* Is [np0,np1) two or more names and nothing else but commas, "and" and
 * "the" ("Spain, Ireland and Norway")? */
static int entity_list(const doc *d, uint32_t np0, uint32_t np1)
{
    int names = 0, ands = 0;
    for (uint32_t k = np0; k < np1;) {
        int e = sift_entity_at(d, k);
        if (e >= 0 && d->ents.v[e].type != ET_NORP) {
            names++;
            while (k < np1 && sift_entity_at(d, k) == e)
                k++;
            continue;
        }
        /* (a first name that shares the family name after "and": "Stavros
         * and Maria Kyriakou") */
        int x = k + 2 < np1 && sift_tok_is(d, k + 1, "and") ? sift_entity_at(d, k + 2) : -1;
        if (x >= 0 && d->ents.v[x].type == ET_PERSON && (d->toks.v[k].flags & TF_CAP) &&
            d->toks.v[k].kind == TK_WORD && sift_lex_find_class(d->res->lex, TOK_S(d, k), TOK_N(d, k), LX_FIRST) &&
            sift_lex_find_class(d->res->lex, TOK_S(d, k + 2), TOK_N(d, k + 2), LX_FIRST)) {
            names++;
            k++;
            continue;
        }
        if (sift_tok_is(d, k, "and"))
            ands++;
        else if (!sift_is_punct(d, k, ',') && !sift_tok_is(d, k, "the"))
            return 0;
        k++;
    }
    return names >= 2 && ands == 1;
}

/* A participle by which a document names its maker: "published by",
 * "compiled by" (not "obtained by", "seen by"). */
static int made_by(const doc *d, uint32_t i)
{
    static const char *const w[] = {"published", "released", "issued", "compiled", "prepared",
                                    "produced", "conducted", "commissioned", "provided", "filed", "submitted",
                                    "drafted", "written", "posted", "presented", "unveiled", "collected",
                                    "signed", /* ("A petition signed by the mayors of 11 towns") */
                                    "lodged", "brought", /* ("The suit, lodged in ... Court by the X,") */
                                    "sent", "circulated", /* ("A notice sent by the commission to ...") */
                                    "kept", "maintained", /* ("figures kept by the authority") */
                                    "shared", "supplied", /* ("data shared by the state police") */
                                    "drawn", "carried", /* (with their particle: "drawn up by", "carried out by") */
                                    "led", /* ("a 2021 study led by Flinders University") */
                                    "run", "operated", /* ("the Financial Tracking Service run by OCHA") */
                                    "analyzed", "analysed", /* ("Satellite data analyzed by the group Oceana") */
                                    NULL};
    for (const char *const *k = w; *k; k++)
        if (sift_tok_is(d, i, *k))
            return 1;
    return 0;
}

/* The organisation the sentences after a document's noun at h name as its
 * maker: "a survey published on Wednesday found ... . The survey was
 * carried out by the Zentralverband Haustechnik"; -1 if none. */
int sift_document_made_next(const doc *d, uint32_t h)
{
    if (!sift_document_noun(d, h))
        return -1;
    uint32_t s = d->toks.v[h].sent, end = s + 3 < d->sents.n ? d->sents.v[s + 3].t0 : (uint32_t)d->toks.n;
    for (uint32_t j = d->sents.v[s].t1; j + 4 < end; j++) {
        if (!sift_tok_is(d, j, "the") || !sift_toks_equal(d, j + 1, h, 1) || (d->toks.v[j].flags & TF_INQUOTE))
            continue;
        uint32_t k = j + 2;
        k += sift_is_punct(d, k, ',') || sift_be_form(d, k);
        k += sift_tok_is(d, k, "carried") && sift_tok_is(d, k + 1, "out");
        if (sift_tok_is(d, k, "by") && sift_is_punct(d, k - 1, ','))
            k--; /* ("The study, by the Northern Ground Institute,") */
        else if (!(made_by(d, k) || sift_tok_is(d, k, "out")) || !sift_tok_is(d, k + 1, "by"))
            continue;
        for (uint32_t m = k + 2; m < end && m < k + 7 && d->toks.v[m].kind == TK_WORD; m++) {
            int e = sift_entity_at(d, m);
            if (e >= 0)
                return d->ents.v[e].type == ET_ORG ? e : -1;
        }
        return -1;
    }
    return -1;
}

/* "Norway's largest organisation of small-boat fishers has warned", then
 * "According to the Norwegian Coastal Fishers' Association": a body by the
 * noun at h, described by the people it is of or for, is the first
 * organisation named in the next six sentences whose name holds their
 * word ("Fishers'"); else -1. */
int sift_members_named_next(const doc *d, uint32_t h)
{
    static const char *const bodies[] = {"organisation", "organization", "association", "union", "group",
                                         "federation", "body", "lobby", NULL};
    if (h + 2 >= d->toks.n || !sift_tok_in(d, h, bodies) || (d->toks.v[h].flags & TF_CAP) ||
        !(sift_tok_is(d, h + 1, "of") || sift_tok_is(d, h + 1, "for") || sift_tok_is(d, h + 1, "representing")))
        return -1;
    /* the people: the last plain word of a short phrase ("small-boat fishers") */
    uint32_t w = 0, s = d->toks.v[h].sent;
    for (uint32_t k = h + 2; k < d->sents.v[s].t1 && k < h + 7; k++) {
        const tok *t = &d->toks.v[k];
        if (t->kind == TK_PUNCT && sift_in_compound(d, k + 1))
            continue;
        if (t->kind != TK_WORD || (t->flags & (TF_CAP | TF_INQUOTE)) || (t->w.flags & (W_PREP | W_AUX | W_CUE)) ||
            sift_finite_verb(d, k))
            break;
        w = k;
    }
    if (!w || !sift_tok_ends(d, w, "s") || d->toks.v[w].upos != SIFT_UPOS_NOUN)
        return -1;
    uint32_t end = s + 7 < d->sents.n ? d->sents.v[s + 7].t0 : (uint32_t)d->toks.n;
    for (uint32_t j = d->sents.v[s].t1; j < end; j++) {
        int e = sift_entity_at(d, j);
        if (e < 0 || d->ents.v[e].type != ET_ORG || (d->toks.v[j].flags & TF_INQUOTE))
            continue;
        if (has_word(d->ents.v[e].name, TOK_S(d, w), TOK_N(d, w)))
            return e;
        j = sift_name_end(d, j, end) - 1;
    }
    return -1;
}

/* A word of when a document was made, between its participle and "by":
 * "released on Tuesday by", "published last week by", "published in
 * October by", "issued earlier this month by". */
static int season(const doc *d, uint32_t i)
{
    static const char *const seasons[] = {"spring", "summer", "autumn", "fall", "winter", NULL};
    return i < d->toks.n && sift_tok_in(d, i, seasons);
}

static int when_made(const doc *d, uint32_t i)
{
    return sift_tok_is(d, i, "on") || sift_tok_is(d, i, "last") || sift_tok_is(d, i, "this") ||
           sift_tok_is(d, i, "each") || sift_tok_is(d, i, "every") || /* ("published each Monday by") */
           sift_tok_is(d, i, "earlier") || sift_tok_is(d, i, "early") || sift_tok_is(d, i, "late") ||
           (sift_tok_is(d, i, "in") && i + 1 < d->toks.n &&
            ((d->toks.v[i + 1].w.flags & W_MONTH) || d->toks.v[i + 1].kind == TK_NUM ||
             (sift_tok_is(d, i + 1, "the") && season(d, i + 2)))) ||
           /* ("published in the spring by") */
           (i > 0 && sift_tok_is(d, i, "the") && sift_tok_is(d, i - 1, "in") && season(d, i + 1)) || season(d, i) ||
           (d->toks.v[i].w.flags & (W_WEEKDAY | W_MONTH | W_TIMEUNIT)) || d->toks.v[i].kind == TK_NUM ||
           /* ("published the same morning by") */
           (sift_tok_is(d, i, "the") && i + 1 < d->toks.n && sift_tok_is(d, i + 1, "same")) ||
           (i > 0 && sift_tok_is(d, i, "same") && sift_tok_is(d, i - 1, "the")) ||
           (i > 0 && (sift_tok_is(d, i - 1, "same") || sift_tok_is(d, i - 1, "that")) &&
            (sift_tok_is(d, i, "morning") || sift_tok_is(d, i, "afternoon") || sift_tok_is(d, i, "evening")));
}

/* Are tokens [a,b) lower-case words that only describe a noun after them
 * ("latest interim", "most recent annual"), no preposition or verb? */
static int plain_words(const doc *d, uint32_t a, uint32_t b)
{
    for (uint32_t k = a; k < b; k++)
        if (d->toks.v[k].kind != TK_WORD || (d->toks.v[k].flags & TF_CAP) ||
            (d->toks.v[k].w.flags & (W_PREP | W_VERB | W_AUX)))
            return 0;
    return 1;
}

/* While quotes are found, the direct ones are in text order and the
 * reports found so far follow them: how many of the first *nd (the direct
 * ones, or all before the reports) start before byte offset from. */
static size_t quotes_before(const doc *d, size_t from, size_t *nd)
{
    *nd = d->n_direct ? d->n_direct : d->quotes.n;
    size_t lo = 0, hi = *nd;
    while (lo < hi) {
        size_t mid = (lo + hi) / 2;
        if (d->quotes.v[mid].span.start < from)
            lo = mid + 1;
        else
            hi = mid;
    }
    return lo;
}

/* Does sentence s go on with a quotation opened before it? */
static int quote_goes_on(const doc *d, uint32_t s)
{
    const tok *t = &d->toks.v[d->sents.v[s].t0];
    return t->kind != TK_QUOTE && (t->flags & TF_INQUOTE);
}

/* "The raid lasted 90 seconds, Chief Inspector Markus Steiner, who is
 * leading the investigation, told reporters": the one person sentence s
 * names outside quotations, when it also holds a speech cue after the name
 * (the reports are found after the direct quotes, so a quotation the next
 * sentence gives "the detective" cannot see this one); -1 if none. */

static int sole_reporter(const doc *d, uint32_t s)
{
    const sent *st = &d->sents.v[s];
    int who = -1, cue = 0;
    for (uint32_t k = st->t0; k < st->t1; k++) {
        if (d->toks.v[k].flags & TF_INQUOTE)
            continue;
        int e = sift_entity_at(d, k);
        if (e >= 0 && d->ents.v[e].type == ET_PERSON) {
            if (who >= 0 && who != e)
                return -1;
            who = e;
        } else if (who >= 0 && sift_is_cue(d, k))
            cue = 1;
    }
    return cue ? who : -1;
}

/* Was the person en described with a trade ("a farmer", "a retired
 * cook") whose noun is another than the one at token h? */
static int other_trade(const doc *d, const entity *en, uint32_t h)
{
    /* (the description's head, before where the person works: "a
     * researcher with the Sediment Futures Institute") */
    char head[64];
    size_t hn = en->desc ? desc_head(en->desc, head) : 0;
    if (!hn || !(sift_last_word_flags(d, head) & W_PERSON_NOUN))
        return 0;
    return hn != TOK_N(d, h) || strncasecmp(head, TOK_S(d, h), hn) != 0;
}

uint32_t sift_last_word_flags(const doc *d, const char *phrase)
{
    const char *last = strrchr(phrase, ' ');
    last = last ? last + 1 : phrase;
    char low[32];
    size_t n = sift_utf8_lower(last, strlen(last), low, sizeof low);
    return n > 0 && n < sizeof low - 1 ? sift_words_get(d->res->words, low, n).flags : 0;
}

/* Does the role [np0,np1) of three words ("the foreign minister") name a
 * field that the phrase `held` (a title, a role spoken of before) does not
 * hold ("Minister of Trade and Industry", "the country's trade minister")? */
static int other_field(const doc *d, uint32_t np0, uint32_t np1, const char *held)
{
    return np1 - np0 == 3 && !has_word(held, TOK_S(d, np0 + 1), TOK_N(d, np0 + 1));
}

/* '"...," said Drummond. "We know we left points out there," the fly-half
 * added': a role no one was introduced with ("the fly-half", "the jury
 * president") right after a person's quotation is that person. */
static int role_of_last_speaker(const doc *d, uint32_t np0, uint32_t np1)
{
    if (np1 - np0 < 2 || np1 - np0 > 4 || !sift_tok_is(d, np0, "the"))
        return -1;
    const tok *h = &d->toks.v[np1 - 1];
    /* (or a nationality no one named was given: "The Portuguese, who took
     * charge in the summer, said") */
    int nation = np1 - np0 == 2 && h->ment >= 0 && d->ments.v[h->ment].type == ET_NORP;
    if (!nation && (h->flags & TF_CAP) && !(h->flags & TF_ALLCAPS)) /* (but "the new MP") */
        return -1;
    if (!nation && (!((h->w.flags & (W_PERSON_NOUN | W_TITLE)) ||
                      (np1 - np0 == 4 && (sift_hyphened_flags(d, np1) & W_PERSON_NOUN))) ||
                    h->ment >= 0 || sift_tok_ends(d, np1 - 1, "s")))
        return -1;
    /* not someone's relation: "the widow's daughter", "the victim's mother" */
    for (uint32_t k = np0; k < np1; k++)
        if ((d->toks.v[k].flags & TF_POSS) || kin_word(d, k))
            return -1;
    /* the quotation nearest before the phrase's sentence (before the first
     * sentence of the quotation the phrase closes) */
    uint32_t s = d->toks.v[np0].sent;
    while (s > 0 && quote_goes_on(d, s) && d->toks.v[np0].sent < s + 3)
        s--;
    size_t from = d->toks.v[d->sents.v[s].t0].start, nd, lo = quotes_before(d, from, &nd);
    const sift_quote *x = lo > 0 ? &d->quotes.v[lo - 1] : NULL;
    for (size_t q = d->quotes.n; q-- > nd;)
        if (d->quotes.v[q].span.start < from) {
            if (!x || d->quotes.v[q].span.start > x->span.start)
                x = &d->quotes.v[q];
            break;
        }
    if (!x || d->toks.v[sift_tok_at(d, x->sentence.end - 1)].sent + 1 < s)
        return s > 0 ? sole_reporter(d, s - 1) : -1;
    /* (a quotation's second part, its speaker not yet inherited: '"...,"
     * Patil said. "They even showed him a fake courtroom."') */
    /* (or one that goes on from the paragraph before: '"..." ¶ "If we do
     * nothing, ..."') */
    uint32_t xp = d->sents.v[d->toks.v[sift_tok_at(d, x->span.start)].sent].para;
    while (x > d->quotes.v && !x->speaker_name && x < d->quotes.v + d->n_direct && strcmp(x->kind, "direct") == 0 &&
           d->sents.v[d->toks.v[sift_tok_at(d, x[-1].span.start)].sent].para + 1 >= xp) {
        x--;
        xp = d->sents.v[d->toks.v[sift_tok_at(d, x->span.start)].sent].para;
    }
    if (x->speaker < 0 || d->ents.v[x->speaker].type != ET_PERSON)
        return -1;
    /* (nor of another nationality: "the Australian told" after "Pakistan
     * captain Saad Qureshi" spoke) */
    if (nation && sift_other_nation(d, x->speaker, np0, np1))
        return -1;
    /* (nor another trade, named with a modifier, than the one the speaker
     * was given: "the council member said" after "Pedro Alves, a farmer,";
     * a bare noun may be the writer's variation: "the climber", "the
     * mountaineer") */
    if (np1 - np0 >= 3 && other_trade(d, &d->ents.v[x->speaker], np1 - 1))
        return -1;
    /* (nor an office for one described as no holder of it: "the
     * superintendent warned" after "Ronaldo Ampong, a tricycle driver") */
    const entity *xe = &d->ents.v[x->speaker];
    if (!nation && (h->w.flags & W_TITLE) && !(h->w.flags & W_PERSON_NOUN) && indefinite(xe->desc) && !xe->title &&
        !has_word(xe->desc, TOK_S(d, np1 - 1), TOK_N(d, np1 - 1)))
        return -1;
    /* (nor another portfolio than the one the title names: "the foreign
     * minister" after "Minister of Trade and Industry Seraphin Gnagne") */
    const char *ti = d->ents.v[x->speaker].title;
    if (ti && strchr(ti, ' ') && has_word(ti, TOK_S(d, np1 - 1), TOK_N(d, np1 - 1)) &&
        !(d->toks.v[np0 + 1].flags & TF_CAP) && other_field(d, np0, np1, ti))
        return -1;
    /* (nor of another body, by a name its words do not hold: "The Katanga
     * Metals executive said" after "Helen Marsh, head of battery metals at
     * ... Ridgeway Metals Research") */
    const entity *xs = &d->ents.v[x->speaker];
    for (uint32_t k = np0 + 1; k + 1 < np1; k++) {
        int m = d->toks.v[k].ment;
        if (!(d->toks.v[k].flags & TF_CAP) || d->toks.v[k].kind != TK_WORD ||
            (m >= 0 && d->ments.v[m].type != ET_ORG))
            continue;
        if (!(xs->desc && has_word(xs->desc, TOK_S(d, k), TOK_N(d, k))) &&
            !(xs->title && has_word(xs->title, TOK_S(d, k), TOK_N(d, k))))
            return -1;
    }
    /* (not of the other sex: "the ministry spokeswoman added" after a man) */
    int g = d->ents.v[x->speaker].gender;
    /* (or by the pronoun the quotation was given to: '"...," he said') */
    for (uint32_t k = sift_tok_at(d, x->sentence.start); !g && k < d->toks.n && d->toks.v[k].end <= x->sentence.end; k++)
        if (!(d->toks.v[k].flags & TF_INQUOTE) && d->toks.v[k].kind == TK_WORD)
            g = sift_tok_is(d, k, "he") ? 'M' : sift_tok_is(d, k, "she") ? 'F' : 0;
    return g && sift_noun_sex(d, np1 - 1) && sift_noun_sex(d, np1 - 1) != g ? -1 : x->speaker;
}

/* "the minister said" once given to a person by the quotations around it,
 * then again after another source spoke: the person the same phrase was
 * given to before, when it was given to one person only; -1 if none. */
static int role_given_before(const doc *d, uint32_t np0, uint32_t np1)
{
    if (np1 - np0 < 2 || np1 - np0 > 3 || !sift_tok_is(d, np0, "the"))
        return -1;
    const tok *h = &d->toks.v[np1 - 1];
    if ((h->flags & TF_CAP) || h->ment >= 0 || !(h->w.flags & (W_PERSON_NOUN | W_TITLE)) ||
        sift_tok_ends(d, np1 - 1, "s"))
        return -1;
    int found = -1;
    for (size_t q = 0; q < d->quotes.n; q++) {
        const sift_quote *x = &d->quotes.v[q];
        if (x->sentence.end > d->toks.v[np0].start || x->speaker < 0)
            continue;
        uint32_t k = sift_tok_at(d, x->sentence.start);
        int holds = 0;
        for (; k + (np1 - np0) <= d->toks.n && d->toks.v[k].end <= x->sentence.end && !holds; k++)
            holds = sift_tok_is(d, k, "the") && !(d->toks.v[k].flags & TF_INQUOTE) &&
                    sift_toks_equal(d, k + 1, np0 + 1, np1 - np0 - 1);
        if (!holds)
            continue;
        if (d->ents.v[x->speaker].type != ET_PERSON || (found >= 0 && found != x->speaker))
            return -1;
        found = x->speaker;
    }
    return found;
}

/* A noun that stands for any source given no name: "the person", "the
 * source", "the individual". */
static int any_source(const doc *d, uint32_t h)
{
    return sift_tok_is(d, h, "person") || sift_tok_is(d, h, "source") || sift_tok_is(d, h, "individual");
}

/* Does the phrase for a source given no name hold the noun at token h, or
 * another word for the same role ("the official" for "a senior civil
 * servant", "the staffer" for "a legislative staff member", "the
 * lawmaker" for "a senior member of parliament")? */
static int holds_role(const doc *d, const char *phrase, uint32_t h)
{
    static const char *const roles[][6] = {
        {"official", "civil servant", "officer", "aide", "bureaucrat", "administrator"},
        {"staffer", "staff member", "aide", "employee", NULL, NULL},
        {"lawmaker", "legislator", "member of parliament", "parliamentarian", "senator", "congressman"},
        {"legislator", "lawmaker", "member of parliament", "parliamentarian", "senator", "congressman"},
        {"doctor", "physician", "surgeon", "consultant", NULL, NULL},
        {"physician", "doctor", NULL, NULL, NULL, NULL},
    };
    if (has_word(phrase, TOK_S(d, h), TOK_N(d, h)) || any_source(d, h))
        return 1;
    for (size_t r = 0; r < sizeof roles / sizeof roles[0]; r++)
        if (sift_tok_is(d, h, roles[r][0]))
            for (size_t k = 1; k < 6 && roles[r][k]; k++)
                if (has_word(phrase, roles[r][k], strlen(roles[r][k])))
                    return 1;
    return 0;
}

/* Is x's speaker a source given no name ("A Western diplomat ...") whose
 * phrase holds the word at token h? (When x is far back, only a role its
 * owner gives it counts.) */
static int unnamed_holding(const doc *d, const sift_quote *x, uint32_t h, int far)
{
    if (x->speaker >= 0 || !x->speaker_name)
        return 0;
    /* (or a role its owner gives it, ending in that word, further back:
     * "the rapporteur" after "Council of Europe's rapporteur") */
    /* (the cheap test first: the name's last word is the noun's) */
    const char *nm = x->speaker_name;
    size_t n = strlen(nm), hn = TOK_N(d, h);
    if (n > hn + 1 && nm[n - hn - 1] == ' ' && strncasecmp(nm + n - hn, TOK_S(d, h), hn) == 0 &&
        (strncasecmp(nm, "its ", 4) == 0 || strstr(nm, "'s ") != NULL))
        return 1;
    return !far && indefinite(x->speaker_name) && /* ("In Lagos, an official ...") */
           holds_role(d, x->speaker_name, h);
}

/* "A Western diplomat briefed on the talks ... said ... The question ...
 * could still derail it, the diplomat said": "the NOUN" after a source
 * given no name ("A ... NOUN") in the last three sentences is that source's
 * phrase; NULL if none. */
static const char *unnamed_again(const doc *d, uint32_t np0, uint32_t np1)
{
    if (np1 - np0 < 2 || np1 - np0 > 3 || !sift_tok_is(d, np0, "the"))
        return NULL;
    const tok *h = &d->toks.v[np1 - 1];
    /* (or "the group" after "A group of bondholders represented by ...") */
    if (!((h->w.flags & (W_PERSON_NOUN | W_TITLE)) || any_source(d, np1 - 1) || sift_tok_is(d, np1 - 1, "group")) ||
        (h->flags & TF_CAP) || h->ment >= 0)
        return NULL;
    uint32_t s = d->toks.v[np0].sent;
    /* (three sentences back, not counting those of a quotation: '...,
     * according to a senior customs official who asked not to be named.
     * ¶ "We opened the first container ...," the official said. "Cartons
     * stacked to the roof ... . Nothing." ¶ The official said') */
    uint32_t ls = s;
    for (unsigned told = 0; ls > 0 && told < 3 && ls + 10 > s; ls--) {
        uint32_t b = sift_body_start(d, ls - 1);
        told += d->toks.v[b].kind != TK_QUOTE && !(d->toks.v[b].flags & TF_INQUOTE);
    }
    size_t lim = d->toks.v[d->sents.v[ls].t0].start, at = d->toks.v[np0].start, nd,
           lo = quotes_before(d, at, &nd), far = d->toks.v[d->sents.v[s > 15 ? s - 15 : 0].t0].start;
    /* the latest such source among the direct quotes [0, lo) and the
     * reports found so far [nd, n), within [lim, at) (an owner's role
     * within [far, at)): a report may be in the same sentence ("A senior
     * official ... said the government had misjudged tariffs, which the
     * official said had risen by 18 percent") */
    const sift_quote *best = NULL;
    for (size_t q = lo; q-- > 0 && d->quotes.v[q].span.start >= far;)
        if (unnamed_holding(d, &d->quotes.v[q], np1 - 1, d->quotes.v[q].span.start < lim)) {
            best = &d->quotes.v[q];
            break;
        }
    for (size_t q = d->quotes.n; q-- > nd && d->quotes.v[q].span.start >= far;)
        if (d->quotes.v[q].span.start < at &&
            unnamed_holding(d, &d->quotes.v[q], np1 - 1, d->quotes.v[q].span.start < lim) &&
            (!best || d->quotes.v[q].span.start > best->span.start))
            best = &d->quotes.v[q];
    /* (not another portfolio of an owner's role: "the foreign minister"
     * is not "the country's trade minister") */
    if (best && (strstr(best->speaker_name, "'s ") || strncasecmp(best->speaker_name, "its ", 4) == 0) &&
        other_field(d, np0, np1, best->speaker_name))
        best = NULL;
    /* ("Its rapporteur", named for its owner later: named now) */
    if (best && strncasecmp(best->speaker_name, "its ", 4) == 0) {
        const sent *bs = &d->sents.v[d->toks.v[sift_tok_at(d, (uint32_t)best->span.start)].sent];
        for (uint32_t i = bs->t0; i + 1 < bs->t1; i++)
            if (sift_tok_is(d, i, "its") && !(d->toks.v[i].flags & TF_INQUOTE) &&
                TOK_N(d, i + 1) == TOK_N(d, np1 - 1) &&
                strncasecmp(TOK_S(d, i + 1), TOK_S(d, np1 - 1), TOK_N(d, i + 1)) == 0)
                return sift_its_people((doc *)d, i, i + 2);
        return NULL;
    }
    if (best)
        return best->speaker_name;
    /* (the reports are found after the direct quotes: "A former Cobaltline
     * sales executive, who asked not to be identified, said ... '...,' the
     * person said" finds the source in the sentence before) */
    if (s == 0 || d->n_direct != 0)
        return NULL;
    const sent *st = &d->sents.v[s - 1];
    uint32_t b = sift_body_start(d, s - 1);
    if (b + 1 < st->t1 && (sift_tok_is(d, b, "but") || sift_tok_is(d, b, "and") || sift_tok_is(d, b, "however")))
        b += 1 + sift_is_punct(d, b + 1, ','); /* "But a Hoshikawa executive ..." */
    /* (or past where: "In New Delhi, an official at the ministry ...") */
    if ((d->toks.v[b].w.flags & W_PREP) && (d->toks.v[b].flags & TF_CAP))
        for (uint32_t c = b + 1; c + 1 < st->t1 && c < b + 7 && d->toks.v[c].kind != TK_QUOTE; c++)
            if (sift_is_punct(d, c, ',')) {
                if (sift_tok_is(d, c + 1, "a") || sift_tok_is(d, c + 1, "an"))
                    b = c + 1;
                break;
            }
    /* (or named after the verb: "..., said a senior official in the
     * provincial culture department who asked not to be named. '...,' the
     * official said") */
    for (uint32_t c = b + 1; c + 3 < st->t1; c++) {
        if (!sift_is_cue(d, c) || (d->toks.v[c].flags & (TF_INQUOTE | TF_CAP)) || !sift_is_punct(d, c - 1, ',') ||
            !(sift_tok_is(d, c + 1, "a") || sift_tok_is(d, c + 1, "an")))
            continue;
        for (uint32_t e = c + 2; e < st->t1 && e < c + 6 && d->toks.v[e].kind == TK_WORD &&
                                 !(d->toks.v[e].flags & TF_CAP);
             e++)
            if (sift_toks_equal(d, e, np1 - 1, 1))
                return sift_span_text((doc *)d, c + 1, e + 1);
        break;
    }
    /* (or cited at its end: "..., according to a senior customs official
     * who asked not to be named. '...,' the official said") */
    for (uint32_t c = b; c + 3 < st->t1; c++) {
        if (!sift_tok_is(d, c, "according") || !sift_tok_is(d, c + 1, "to") ||
            !(sift_tok_is(d, c + 2, "a") || sift_tok_is(d, c + 2, "an")) || (d->toks.v[c].flags & TF_INQUOTE))
            continue;
        uint32_t e = c + 3;
        while (e < st->t1 && e < c + 10 && d->toks.v[e].kind == TK_WORD && !is_who(d, e) &&
               !(d->toks.v[e].w.flags & W_PREP))
            e++;
        const char *phrase = e > c + 3 ? sift_span_text((doc *)d, c + 2, e) : NULL;
        if (phrase && holds_role(d, phrase, np1 - 1))
            return phrase;
        break;
    }
    if (!(sift_tok_is(d, b, "a") || sift_tok_is(d, b, "an")) || (d->toks.v[b].flags & TF_INQUOTE))
        return NULL;
    /* (past a relative clause between commas: "A senior doctor at another
     * large Athens hospital, who spoke on condition of anonymity because
     * staff had been told not to comment on the plan, said") */
    int rel = 0;
    for (uint32_t c = b + 2; c < st->t1; c++) {
        if (d->toks.v[c].flags & TF_INQUOTE)
            break;
        uint32_t a0, a1;
        if (sift_is_punct(d, c, ','))
            rel = c + 1 < st->t1 && is_who(d, c + 1);
        if (!sift_is_cue(d, c) || rel)
            continue;
        if (sift_subject_before(d, c, b, &a0, &a1) && a0 == b && a1 > a0 + 1) {
            const char *phrase = sift_span_text((doc *)d, a0, a1);
            if (holds_role(d, phrase, np1 - 1))
                return phrase;
        }
        break;
    }
    return NULL;
}

/* The phrase for a body given no name ("Japan's space agency", "a state
 * lender") that is the subject of a verb of saying in sentence p, before
 * token np0, ending in the same noun as the token at h (or, for h 0, in
 * any noun for a kind of organisation), when no organisation holding that
 * noun is named between it and np0; else NULL. When the phrase names an
 * organisation after all, *ent is that one and its name is returned. */
static const char *unnamed_body_in(const doc *d, uint32_t p, uint32_t h, uint32_t np0, int *ent)
{
    const sent *st = &d->sents.v[p];
    for (uint32_t c = st->t0 + 1; c < st->t1 && c < np0; c++) {
        uint32_t a0, a1;
        if ((d->toks.v[c].flags & TF_INQUOTE) || !sift_is_cue(d, c) || !sift_subject_before(d, c, st->t0, &a0, &a1))
            continue;
        uint32_t k = a1 - 1; /* (a phrase of two words or more, not "the agency" again) */
        if (a1 < a0 + 2 || sift_entity_at(d, k) >= 0 || (a1 == a0 + 2 && sift_tok_is(d, a0, "the")) ||
            (d->toks.v[a0].flags & TF_INQUOTE) || (d->toks.v[k].flags & TF_CAP) ||
            !(h ? sift_toks_equal(d, k, h, 1) : institution_noun(d, k)))
            continue;
        /* (not the body someone speaks for: "A spokesman for the body";
         * nor a phrase with a verb of saying in it: "Alberto Chiziane said
         * the company had not explained") */
        int of = 0;
        for (uint32_t m = a0; m < k && !of; m++)
            of = (m > a0 && (d->toks.v[m].w.flags & W_PREP)) || (sift_is_cue(d, m) && sift_finite_verb(d, m));
        /* (nor when an organisation holding the noun is named since:
         * "their marketing board said ... the Quebec Maple Syrup
         * Marketing Board") */
        for (uint32_t m = a1; m < np0 && !of; m++) {
            int e = sift_entity_at(d, m);
            of = e >= 0 && d->ents.v[e].type == ET_ORG && has_word(d->ents.v[e].name, TOK_S(d, k), TOK_N(d, k));
        }
        if (of)
            return NULL;
        /* (or the one the phrase names: "The Nasdaq-listed company" after
         * "Orvex Security ... said") */
        if ((*ent = generic_org(d, a0, a1)) >= 0)
            return d->ents.v[*ent].name;
        return sift_span_text((doc *)d, a0, a1);
    }
    return NULL;
}

/* "Japan's space agency said in a statement that ... ¶ '...,' the agency
 * said": "the NOUN" for a kind of organisation, after a body given no
 * name in the last two sentences (six, when no organisation is named
 * before), is that body's phrase (or, with *ent, the body it names);
 * else NULL. */
static const char *unnamed_body_again(const doc *d, uint32_t np0, uint32_t np1, int *ent)
{
    uint32_t h = np1 - 1;
    if (np1 - np0 != 2 || !sift_tok_is(d, np0, "the") || !institution_noun(d, h) ||
        (d->toks.v[h].flags & TF_CAP) || d->toks.v[h].ment >= 0)
        return NULL;
    uint32_t s = d->toks.v[np0].sent;
    const char *phrase = NULL;
    /* (or up to six sentences back when no organisation is named before
     * the phrase at all, looked for only then) */
    for (uint32_t p = s; p-- > 0 && p + 6 >= s && !phrase;) {
        if (p + 2 == s - 1 && last_org(d, np0) >= 0)
            break;
        phrase = unnamed_body_in(d, p, h, np0, ent);
    }
    return phrase;
}

/* The organisation named in apposition to the same phrase elsewhere in
 * the report, within 3000 tokens ("According to the UN refugee agency,
 * UNHCR, ..."), for a phrase of a determiner and words ending in a kind of
 * organisation ("the UN refugee agency"); -1 if none. */
static int named_in_apposition(const doc *d, uint32_t np0, uint32_t np1)
{
    uint32_t n = np1 - np0;
    if (n < 3 || n > 6 || !sift_tok_is(d, np0, "the") || !institution_noun(d, np1 - 1) ||
        (d->toks.v[np1 - 1].flags & TF_CAP))
        return -1;
    uint32_t lo = np0 > 3000 ? np0 - 3000 : 0, hi = np1 + 3000 < d->toks.n ? np1 + 3000 : d->toks.n;
    for (uint32_t i = lo; i + n + 2 < hi; i++) {
        if (i == np0 || !sift_toks_equal(d, i, np0, n) || !sift_is_punct(d, i + n, ','))
            continue;
        int e = sift_entity_at(d, i + n + 1);
        uint32_t b = sift_name_end(d, i + n + 1, hi);
        if (e >= 0 && d->ents.v[e].type == ET_ORG && b < d->toks.n &&
            (sift_is_punct(d, b, ',') || sift_is_punct(d, b, '.')))
            return e;
    }
    return -1;
}

/* The document sentence s opens with as its subject ("A petition signed by
 * 1,340 people was submitted ...", "The report, published by the WHO,
 * ..."): "the petition", with *ent the organisation that published it
 * ("published by X") or -1; NULL if it opens with none. */
static const char *document_subject(doc *d, uint32_t s, int *ent)
{
    uint32_t b = sift_body_start(d, s), t1 = d->sents.v[s].t1;
    if (b + 2 >= t1 || !(d->toks.v[b].w.flags & W_DET) || (d->toks.v[b].flags & TF_INQUOTE))
        return NULL;
    uint32_t h = b + 1;
    /* ("The auditors' report": an owner given no name, and no body, which
     * speaks for itself: "The union's count ... It says") */
    if (h + 2 < t1 && d->toks.v[h].kind == TK_WORD && !(d->toks.v[h].flags & TF_CAP) &&
        !sift_tok_org_kind(d, h) && !sift_business_noun(d, h) && !institution_noun(d, h) &&
        (d->toks.v[h + 1].flags & TF_POSS) && sift_document_noun(d, h + 2))
        h += 2;
    if (!sift_document_noun(d, h) && h + 1 < t1 && d->toks.v[h].kind == TK_WORD && !(d->toks.v[h].flags & TF_CAP))
        h++; /* "A new report" */
    if (!sift_document_noun(d, h) || sift_entity_at(d, h) >= 0 || sift_tok_is(d, h, "data") ||
        sift_tok_is(d, h, "results") || sift_tok_is(d, h, "figures") || sift_tok_ends(d, h, "s"))
        return NULL; /* (one document, not "The figures") */
    *ent = -1;
    for (uint32_t k = h + 1; k + 1 < t1 && k < h + 8; k++)
        if ((made_by(d, k) || (k == h + 1 && sift_is_punct(d, k, ','))) && sift_tok_is(d, k + 1, "by")) {
            /* (or by itself: "The study, by the Northern Ground Institute at
             * Yukon University, combined") */
            uint32_t o = k + 2 + (k + 2 < t1 && sift_tok_is(d, k + 2, "the"));
            int e = o < t1 ? sift_entity_at(d, o) : -1;
            if (e >= 0 && d->ents.v[e].type == ET_ORG)
                *ent = e;
            break;
        }
    /* (or whoever made it, spoken of before: "according to a report
     * published on Tuesday by Cerema. The study compared ... . It found") */
    int again = 0;
    for (uint32_t j = d->sents.v[s > 3 ? s - 3 : 0].t0; *ent < 0 && h == b + 1 && j < b && !again; j++)
        again = document_word_again(d, j, h);
    if (again && (d->toks.v[b].flags & TF_CAP) && sift_tok_is(d, b, "the"))
        *ent = document_maker(d, h);
    return sift_arena_printf(d->arena, "the %.*s", (int)TOK_N(d, h), TOK_S(d, h));
}

/* The document sentence ps - 1 opens with (document_subject), by whoever
 * made it, or else by the speaker that sentence gave it ("The report,
 * based on ..., found that ..."), as a name, with *ent its entity or -1;
 * NULL if it opens with none. */
static const char *document_speaker(doc *d, uint32_t ps, int *ent)
{
    const char *what = document_subject(d, ps - 1, ent);
    if (!what)
        return NULL;
    size_t qs[4], nq = quotes_in(d, d->toks.v[d->sents.v[ps - 1].t0].start, d->toks.v[d->sents.v[ps].t0].start, qs, 4);
    for (size_t j = 0; j < nq && *ent < 0; j++)
        if (d->quotes.v[qs[j]].speaker_name) {
            *ent = d->quotes.v[qs[j]].speaker;
            what = d->quotes.v[qs[j]].speaker_name;
        }
    return *ent >= 0 ? d->ents.v[*ent].name : what;
}

/* For "the province", "the state", "the region" (or "the city") at
 * [np0,np1): the place of that kind named last before it, in its sentence
 * or the one before, outside quotations; else -1. When the place was
 * named as what a body governs ("The provincial government of Zeeland
 * said ... , the province said"), *body is that body's phrase and the
 * result -1. */
static int region_named(doc *d, uint32_t np0, uint32_t np1, const char **body)
{
    static const char *const regions[] = {"province", "state", "region", "prefecture", "canton", NULL};
    if (np1 != np0 + 2 || !sift_tok_is(d, np0, "the") || (d->toks.v[np0 + 1].flags & TF_CAP))
        return -1;
    const char *kind = sift_tok_in(d, np0 + 1, regions) ? "kind=admin1" : sift_tok_is(d, np0 + 1, "city") ? "kind=city"
                                                                                                          : NULL;
    uint32_t s = d->toks.v[np0].sent, lo = d->sents.v[s > 0 ? s - 1 : 0].t0;
    for (uint32_t j = np0; kind && j-- > lo;) {
        int m = d->toks.v[j].ment;
        if (m < 0 || (d->toks.v[j].flags & TF_INQUOTE))
            continue;
        const mention *mm = &d->ments.v[m];
        /* (not a place the same noun's sentence goes to: "The city has no
         * train service to Asahikawa. ¶ The city said") */
        int other = 0;
        for (uint32_t k = d->sents.v[d->toks.v[j].sent].t0; k + 1 < mm->t0 && !other; k++)
            other = sift_tok_is(d, k, "the") && sift_toks_equal(d, k + 1, np0 + 1, 1);
        if (other) {
            j = mm->t0;
            continue;
        }
        if (mm->type == ET_GPE && mm->entity >= 0 && mm->lex && mm->lex->info && strstr(mm->lex->info, kind)) {
            uint32_t g = mm->t0;
            if (g < 2 || !sift_tok_is(d, g - 1, "of") || !sift_tok_in(d, g - 2, governs))
                return mm->entity;
            for (g -= 2; g > lo && d->toks.v[g - 1].kind == TK_WORD && !(d->toks.v[g - 1].flags & TF_CAP) &&
                         d->toks.v[g - 1].upos == SIFT_UPOS_ADJ;)
                g--; /* ("provincial") */
            if (g > lo && (d->toks.v[g - 1].w.flags & W_DET))
                g--;
            *body = sift_span_text(d, g, mm->t1);
            return -1;
        }
        /* (not past a body named since: "..., the Seoul Metropolitan
         * Government said. ..., the city said" is that government's) */
        if (mm->type == ET_ORG)
            break;
        if (mm->t0 <= lo)
            break;
        j = mm->t0; /* (past the rest of the name) */
    }
    /* (or the body of that place that spoke before: "..., the Rumoi city
     * government said on Wednesday ... . ¶ The city said", "The Shimane
     * prefectural government said ... . ¶ The prefecture said") */
    static const char *const adjectives[][2] = {{"city", " city "},           {"province", " provincial "},
                                                {"prefecture", " prefectural "}, {"state", " state "},
                                                {"region", " regional "},     {"canton", " cantonal "}};
    const char *adj = NULL;
    for (size_t a = 0; kind && a < sizeof adjectives / sizeof *adjectives && !adj; a++)
        if (sift_tok_is(d, np0 + 1, adjectives[a][0]))
            adj = adjectives[a][1];
    for (size_t q = d->quotes.n; adj && q-- > 0;) {
        const sift_quote *x = &d->quotes.v[q];
        const char *c = x->speaker_name ? strcasestr(x->speaker_name, adj) : NULL;
        if (x->span.start >= d->toks.v[np0].start || x->speaker >= 0 || !c ||
            strncasecmp(x->speaker_name, "the ", 4) != 0)
            continue;
        for (const char *const *g = governs; *g; g++)
            if (strcmp(c + strlen(adj), *g) == 0) {
                *body = x->speaker_name;
                return -1;
            }
    }
    return -1;
}

/* The entity a phrase [np0,np1) names by what stands around it: "who"
 * after a name, a headline's kind of organisation, "the city", "his
 * mother", a document's owner, a phrase given a name in apposition
 * elsewhere; -1 if none (*body is set to the phrase of a body that governs
 * the place "the province" means, see region_named). */
static int named_by_context(doc *d, uint32_t np0, uint32_t np1, const char **body)
{
    /* '"...," said Javier Molina, 52, a mechanic in Paiporta, who said the
     * flood had ...': "who" is the person named before it */
    if (np1 - np0 == 1 && is_who(d, np0) && np0 > 0 && sift_is_punct(d, np0 - 1, ',')) {
        uint32_t s0 = d->sents.v[d->toks.v[np0].sent].t0;
        for (uint32_t k = np0 - 1; k-- > s0 && np0 - k < 25;) {
            if (d->toks.v[k].flags & TF_INQUOTE)
                break;
            int x = sift_entity_at(d, k);
            if (x >= 0 && d->ents.v[x].type == ET_PERSON)
                return x;
        }
    }
    /* a headline's "..., watchdog finds": the organisation the next
     * sentences have speaking ("..., the Maternity and Newborn Safety
     * Authority (MNSA) said on Friday") */
    if (np1 - np0 == 1 && d->toks.v[np0].sent == 0 && !(d->toks.v[np0].flags & TF_CAP) &&
        (sift_tok_org_kind(d, np0) || institution_noun(d, np0)) && d->toks.v[np0].ment < 0) {
        uint32_t hi = d->sents.n > 3 ? d->sents.v[3].t1 : d->toks.n;
        for (uint32_t k = d->sents.v[0].t1; k + 1 < hi; k++) {
            int e = sift_entity_at(d, k);
            if (e < 0 || d->ents.v[e].type != ET_ORG || sift_entity_at(d, k + 1) == e)
                continue;
            uint32_t c = k + 1;
            c += sift_paren_word(d, c, hi);
            if (c < hi && sift_is_cue(d, c))
                return e;
        }
    }
    /* "according to the governor's office" after "the Office of the
     * Governor said": the same office, named the other way round */
    if (np1 - np0 == 4 && sift_tok_is(d, np0, "the") && d->toks.v[np0 + 2].kind != TK_WORD &&
        (d->toks.v[np0 + 2].flags & TF_POSS) && sift_tok_is(d, np0 + 3, "office") &&
        d->toks.v[np0 + 1].kind == TK_WORD && TOK_N(d, np0 + 1) < 40) {
        char full[64];
        snprintf(full, sizeof full, "Office of the %.*s", (int)TOK_N(d, np0 + 1), TOK_S(d, np0 + 1));
        for (size_t e = 0; e < d->ents.n; e++)
            if (d->ents.v[e].type == ET_ORG && d->ents.v[e].first_tok < np0 && strcasecmp(d->ents.v[e].name, full) == 0)
                return (int)e;
    }
    /* ("The city said" after "the city of Phoenix would lease ...": the
     * place last named so) */
    if (np1 - np0 == 2 && sift_tok_is(d, np0, "the") &&
        (sift_tok_is(d, np0 + 1, "city") || sift_tok_is(d, np0 + 1, "town")))
        for (uint32_t k = np0; k-- > 2 && k + 3000 > np0;)
            if (sift_toks_equal(d, k - 1, np0 + 1, 1) && sift_tok_is(d, k - 2, "the") && sift_tok_is(d, k, "of") &&
                k + 1 < np0 && sift_entity_at(d, k + 1) >= 0 && d->ents.v[sift_entity_at(d, k + 1)].type == ET_GPE &&
                !(d->toks.v[k].flags & TF_INQUOTE))
                return sift_entity_at(d, k + 1);
    /* "The city of Yokohama said": the place the phrase names */
    if (np1 >= np0 + 4 && sift_tok_is(d, np0, "the") &&
        (sift_tok_is(d, np0 + 1, "city") || sift_tok_is(d, np0 + 1, "town") ||
         sift_tok_is(d, np0 + 1, "municipality")) &&
        sift_tok_is(d, np0 + 2, "of") && !(d->toks.v[np0 + 1].flags & TF_CAP)) {
        int e = sift_entity_at(d, np0 + 3);
        if (e >= 0 && d->ents.v[e].type == ET_GPE && sift_name_end(d, np0 + 3, np1) == np1)
            return e;
    }
    /* "Venice introduced a €5 fee ..., the city said": the place the
     * sentence opens with */
    /* (or its body: "Positano recorded 6,000 arrivals ..., the town's
     * municipality said", the place the subject of the sentence, past an
     * opening phrase) */
    static const char *const halls[] = {"municipality", "council", "government", "administration", "hall", NULL};
    int hall = np1 - np0 == 4 && d->toks.v[np0 + 2].kind != TK_WORD && (d->toks.v[np0 + 2].flags & TF_POSS) &&
               sift_tok_in(d, np0 + 3, halls) && !(d->toks.v[np0 + 3].flags & TF_CAP);
    if ((np1 - np0 == 2 || hall) && sift_tok_is(d, np0, "the") &&
        (sift_tok_is(d, np0 + 1, "city") || sift_tok_is(d, np0 + 1, "town") ||
         (sift_tok_is(d, np0 + 1, "municipality") && !hall))) {
        uint32_t b = sift_body_start(d, d->toks.v[np0].sent);
        int e = b < np0 ? sift_entity_at(d, b) : -1;
        if (e >= 0 && d->ents.v[e].type == ET_GPE && !(d->toks.v[b].flags & TF_INQUOTE))
            return e;
        for (uint32_t k = b + 1; hall && k + 1 < np0 && k < b + 12; k++) {
            int x = sift_entity_at(d, k);
            uint32_t ne = x >= 0 ? sift_name_end(d, k, np0) : k;
            if (x >= 0 && d->ents.v[x].type == ET_GPE && sift_is_punct(d, k - 1, ',') && ne < np0 &&
                sift_finite_verb(d, ne) && !(d->toks.v[ne].flags & TF_CAP) && !(d->toks.v[k].flags & TF_INQUOTE))
                return x;
        }
    }
    /* (or "North Holland's provincial government will decide ..., the
     * province said": the province, state, region or city the sentence or
     * the one before names, as the gazetteer knows it) */
    int region = region_named(d, np0, np1, body);
    if (region >= 0)
        return region;
    /* "Hawa Abdallah Yousif's youngest son had started to cry. '...,' his
     * mother told him": the person whose child the sentence named */
    if (np1 - np0 == 2 && (sift_tok_is(d, np0, "his") || sift_tok_is(d, np0, "her")) &&
        (sift_tok_is(d, np0 + 1, "mother") || sift_tok_is(d, np0 + 1, "father"))) {
        static const char *const child[] = {"son", "daughter", "child", "children", "baby", "boy", "girl", "sons",
                                            "daughters", NULL};
        uint32_t s = d->toks.v[np0].sent;
        while (s > 0 && (d->toks.v[d->sents.v[s].t0].kind == TK_QUOTE || (d->toks.v[d->sents.v[s].t0].flags & TF_INQUOTE)))
            s--; /* (back over the quotation: '"Enough! We are alive," his mother told him') */
        uint32_t lo = d->sents.v[s > 0 ? s - 1 : 0].t0;
        for (uint32_t k = np0; k-- > lo;) {
            int x = sift_entity_at(d, k);
            if (x < 0 || d->ents.v[x].type != ET_PERSON || !(d->toks.v[k + 1].flags & TF_POSS))
                continue;
            for (uint32_t j = k + 2; j < np0 && j < k + 5; j++)
                if (sift_tok_in(d, j, child))
                    return x;
        }
    }
    /* "The agency's annual Emissions Gap Report found": the owner of a
     * document (its name capitalised or not) speaks */
    static const char *const reports[] = {"report", "study", "survey", "review", "assessment", "audit",
                                          "analysis", "outlook", "index", "list", "tabulation", "tally",
                                          "count", "figures", "data", "estimate", "estimates", "sheet",
                                          "website", /* ("according to the corporation's website") */
                                          /* ("Its petition said", "its latest financial statements") */
                                          "petition", "monitoring", "statements", "submission", "accounts", NULL};
    if (np1 - np0 >= 2 && np1 - np0 <= 8 && d->toks.v[np1 - 1].kind == TK_WORD) {
        int docn = sift_tok_in(d, np1 - 1, reports);
        /* ("Its own parallel vote tabulation": the organisation "its" means) */
        int its = docn && (sift_tok_is(d, np0, "its") || sift_tok_is(d, np0, "their")) ? its_org(d, np0) : -1;
        if (its >= 0)
            return its;
        /* (an owner named, or a noun that stands for any organisation: not
         * "the council's own figures" with no council named) */
        static const char *const anyorg[] = {"agency", "company", "firm", "group", "organisation", "organization",
                                             "body", "watchdog", "regulator", "charity", "lender", "corporation", NULL};
        for (uint32_t p = np0 + 1; docn && p + 1 < np1; p++)
            if ((d->toks.v[p].flags & TF_POSS) && d->toks.v[p].kind != TK_WORD) {
                int named = 0;
                for (uint32_t k = np0; k < p && !named; k++)
                    named = sift_entity_at(d, k) >= 0;
                /* (or one word on that noun: "The industry body's annual survey") */
                /* (or "the think-tank's annual survey") */
                int tank = p == np0 + 4 && sift_tok_is(d, np0, "the") && sift_tok_is(d, np0 + 1, "think") &&
                           sift_is_punct(d, np0 + 2, '-') && sift_tok_is(d, p - 1, "tank");
                int kind = tank || (sift_tok_in(d, p - 1, anyorg) &&
                                    (p == np0 + 2 || (p == np0 + 3 && sift_tok_is(d, np0, "the") &&
                                                      d->toks.v[np0 + 1].kind == TK_WORD &&
                                                      !(d->toks.v[np0 + 1].flags & TF_CAP) &&
                                                      d->toks.v[np0 + 1].upos == SIFT_UPOS_NOUN)));
                if (!named && !kind)
                    break;
                int owner;
                const char *owner_name;
                sift_name_speaker(d, np0, p, &owner, &owner_name);
                if (owner >= 0)
                    return owner;
                break;
            }
    }
    /* "according to agency data", "ministry figures showed": the body a
     * noun before the document names */
    if (np1 - np0 >= 2 && np1 - np0 <= 3 && d->toks.v[np1 - 1].kind == TK_WORD &&
        sift_tok_in(d, np1 - 1, reports) && d->toks.v[np1 - 2].kind == TK_WORD &&
        !(d->toks.v[np1 - 2].flags & TF_CAP) && institution_noun(d, np1 - 2) &&
        (np1 - np0 == 2 || sift_tok_is(d, np0, "the"))) {
        int e = generic_org(d, np1 - 2, np1 - 1);
        if (e >= 0)
            return e;
    }
    /* (past a word on the document: "according to a bureau planning
     * document") */
    static const char *const papers[] = {"document", "documents", "paper", "papers", NULL};
    if (np1 - np0 == 4 && (sift_tok_is(d, np0, "a") || sift_tok_is(d, np0, "the")) && sift_tok_in(d, np1 - 1, papers) &&
        d->toks.v[np0 + 1].kind == TK_WORD && !(d->toks.v[np0 + 1].flags & TF_CAP) && institution_noun(d, np0 + 1) &&
        d->toks.v[np0 + 2].kind == TK_WORD && !(d->toks.v[np0 + 2].flags & TF_CAP)) {
        int e = generic_org(d, np0 + 1, np0 + 2);
        if (e >= 0)
            return e;
    }
    /* ("the Infosiga data show", "the Cerema report found": a body's
     * name before the document) */
    if (np1 - np0 >= 3 && sift_tok_is(d, np0, "the") && sift_tok_in(d, np1 - 1, reports) &&
        !(d->toks.v[np1 - 1].flags & TF_CAP)) {
        int x = sift_entity_at(d, np0 + 1);
        if (x >= 0 && d->ents.v[x].type == ET_ORG && sift_name_end(d, np0 + 1, np1) == np1 - 1)
            return x;
    }
    /* "the UN refugee agency said" where the report calls it "the UN
     * refugee agency, UNHCR," elsewhere: the name in apposition */
    return named_in_apposition(d, np0, np1);
}

uint32_t sift_paren_word(const doc *d, uint32_t i, uint32_t hi)
{
    if (i + 2 >= hi || !sift_is_punct(d, i, '('))
        return 0;
    /* (or one joined by hyphens: "(CERT-In)") */
    uint32_t j = i + 2;
    while (j + 2 < hi && j < i + 8 && sift_is_punct(d, j, '-') && !(d->toks.v[j].flags & TF_SPACE) &&
           !(d->toks.v[j + 1].flags & TF_SPACE) && d->toks.v[j + 1].kind == TK_WORD)
        j += 2;
    return sift_is_punct(d, j, ')') ? j - i + 1 : 0;
}

/* "Heat president of basketball operations Gregory Salter": after "of"
 * at k, the field of a title in lower-case words, then the person who
 * holds it, ending the phrase at np1. */
static int title_of_field(const doc *d, uint32_t k, uint32_t np1)
{
    int e = np1 > k + 2 ? sift_entity_at(d, np1 - 1) : -1;
    if (e < 0 || d->ents.v[e].type != ET_PERSON)
        return 0;
    uint32_t m = sift_name_start(d, np1 - 1, k + 1);
    if (m < k + 2)
        return 0;
    for (uint32_t j = k + 1; j < m; j++) {
        /* (a word in brackets too: "conservator of forests (wildlife)
         * Subhash Rajput") */
        uint32_t pw = sift_paren_word(d, j, m);
        if (pw) {
            j += pw - 1;
            continue;
        }
        if (d->toks.v[j].kind != TK_WORD || (d->toks.v[j].flags & TF_CAP) ||
            (d->toks.v[j].w.flags & (W_DET | W_PRONOUN | W_PREP)))
            return 0;
    }
    return 1;
}

/* Is a speaker phrase an organisation left unnamed: "the" and words that
 * end in a kind of organisation ("The Colombian army", "the state
 * broadcaster") or in an office's capitalised title ("the eSafety
 * Commissioner")? */
/* Is name "the" and a document's noun ("the letter", "the report")?
 * Then a sentence after it may open with "It" for it: '"...," the letter
 * said. It warned that ...'. */
static int doc_phrase(const char *name)
{
    return name && strncasecmp(name, "the ", 4) == 0 && !strchr(name + 4, ' ') &&
           sift_document_word(name + 4, strlen(name + 4));
}

static int org_phrase(const doc *d, const char *name)
{
    /* (or after its owner: "Iceland's civil protection agency") */
    const char *sp = name ? strchr(name, ' ') : NULL;
    int owned = sp && sp - name > 2 && (strncmp(sp - 2, "'s", 2) == 0 ||
                                        (sp - name > 4 && strncmp(sp - 4, "\xe2\x80\x99s", 4) == 0));
    if (!name || (strncasecmp(name, "the ", 4) != 0 && !owned))
        return 0;
    const char *last = strrchr(name, ' ') + 1;
    if (*last >= 'A' && *last <= 'Z')
        return 1; /* (or an office by its capitalised title: "the eSafety Commissioner") */
    char low[32];
    size_t n = sift_utf8_lower(last, strlen(last), low, sizeof low);
    if (n == 0 || n >= sizeof low - 1)
        return 0;
    uint32_t f = sift_words_get(d->res->words, low, n).flags;
    /* (or a candidate's: "Henninger's campaign said ... . It said"; an
     * embassy: "China's embassy in Jakarta said ... . It said") */
    static const char *const bodies[] = {"army", "military", "government", "police", "embassy", "consulate",
                                         "campaign", NULL};
    int body = (f & (W_ORGKIND | W_ORGKEY)) != 0;
    for (const char *const *b = bodies; *b && !body; b++)
        body = strcmp(low, *b) == 0;
    return body || (strcmp(low, "staff") == 0 && strstr(name, "general staff")); /* (an army's headquarters) */
}

/* "..., a local rights group said on Wednesday. The Albertine Land Rights
 * Initiative (ALRI), which represents ..., said": a group given no name
 * ("a|an ... group") is the organisation that opens one of the next two
 * sentences, when its name holds one of the phrase's words ("rights"). */
static int group_named_next(const doc *d, uint32_t np0, uint32_t np1)
{
    static const char *const kinds[] = {"group", "organisation", "organization", "charity", "coalition",
                                        "alliance", "association", "campaign", NULL};
    if (np1 - np0 < 3 || np1 - np0 > 5 || !(sift_tok_is(d, np0, "a") || sift_tok_is(d, np0, "an")) ||
        !sift_tok_in(d, np1 - 1, kinds))
        return -1;
    int e = named_next(d, np0, 0);
    if (e < 0)
        return -1;
    for (uint32_t k = np0 + 1; k + 1 < np1; k++)
        if (d->toks.v[k].kind == TK_WORD && !(d->toks.v[k].flags & TF_CAP) && TOK_N(d, k) > 3 &&
            has_word(d->ents.v[e].name, TOK_S(d, k), TOK_N(d, k)))
            return e;
    return -1;
}

/* Is [b,e) a body by its kind with its owner: "the Finnish parliament's
 * defence committee", "South Korea's trade ministry" (a place's
 * possessive or "the", then lower-case words to an institution's noun)? */
static int owned_body(const doc *d, uint32_t b, uint32_t e)
{
    if (e < b + 3 || e > b + 7 || !institution_noun(d, e - 1) || (d->toks.v[e - 1].flags & TF_CAP))
        return 0;
    if (sift_tok_is(d, b, "the"))
        return 1;
    int x = sift_entity_at(d, b);
    uint32_t o = x >= 0 && d->ents.v[x].type == ET_GPE ? sift_name_end(d, b, e) : b;
    return o > b && o + 2 < e && d->toks.v[o].kind != TK_WORD && (d->toks.v[o].flags & TF_POSS) &&
           plain_words(d, o + 1, e - 1);
}

/* The organisation person e was introduced with: "Paolo Conti, chief
 * executive of Vetro Nord,", "an analyst at Runway Research", "Vetro Nord
 * chief executive Paolo Conti"; -1 if none. */
static int person_org(const doc *d, int e)
{
    for (size_t m = 0; m < d->ments.n; m++) {
        const mention *mm = &d->ments.v[m];
        if (mm->entity != e || mm->kind != MK_NAME)
            continue;
        uint32_t hi = sift_sent_t1(d, mm->t0);
        /* (not past the verb the name was the subject of: "The sports
         * minister, Grace Nyambura, is due to appear before the National
         * Assembly's sports committee") */
        if (mm->t1 + 2 < hi && sift_is_punct(d, mm->t1, ',') &&
            !((d->toks.v[mm->t1 + 1].w.flags & W_AUX) && !(d->toks.v[mm->t1 + 1].flags & TF_CAP)))
            for (uint32_t k = mm->t1 + 1; k < hi && k < mm->t1 + 14 && d->toks.v[k].kind != TK_PUNCT; k++) {
                int x = sift_entity_at(d, k);
                if (x >= 0 && d->ents.v[x].type == ET_ORG)
                    return x;
            }
        uint32_t k = mm->title_t0 >= 0 ? (uint32_t)mm->title_t0 : mm->t0;
        while (k > 0 && mm->t0 - k < 4 && d->toks.v[k - 1].kind == TK_WORD && !(d->toks.v[k - 1].flags & TF_CAP) &&
               (d->toks.v[k - 1].w.flags & W_TITLE))
            k--;
        int x = k > 0 ? sift_entity_at(d, k - 1) : -1;
        return x >= 0 && d->ents.v[x].type == ET_ORG ? x : -1;
    }
    return -1;
}

/* The end of a maker written in capitals from token c, where no entity
 * is, when the phrase ends there (its end, a comma or a verb), else 0:
 * "by the Auditor General tabled", "the Controller of Budget,"; with
 * office, titles only, after a place ("the Queensland Ombudsman"). */
static uint32_t maker_in_capitals(const doc *d, uint32_t c, uint32_t np1, int office)
{
    uint32_t ce = c;
    /* (and "of" or "for" between capitals: "the Controller of Budget",
     * "the Commissioner for Fair Access") */
    /* (and joined by a hyphen: "the Auditor-General") */
    while (ce < np1 && ce < c + (office ? 3 : 5) && sift_entity_at(d, ce) < 0) {
        if (ce > c && ce + 1 < np1 && sift_in_compound(d, ce + 1) && (d->toks.v[ce + 1].flags & TF_CAP)) {
            ce++;
            continue;
        }
        int joins = ce > c && (sift_tok_is(d, ce, "of") || sift_tok_is(d, ce, "for")) && ce + 1 < np1 &&
                    (d->toks.v[ce + 1].flags & TF_CAP);
        if (d->toks.v[ce].kind != TK_WORD || (d->toks.v[ce].flags & (TF_USED | TF_POSS)) ||
            !(office ? (d->toks.v[ce].flags & TF_CAP) && (d->toks.v[ce].w.flags & W_TITLE)
                     : (d->toks.v[ce].flags & TF_CAP) || joins))
            break;
        ce++;
    }
    /* (or its date: "A report by the Auditor General last year found") */
    int dated = ce > c && ce < np1 && np1 <= ce + 3;
    for (uint32_t k = ce; dated && k < np1; k++)
        dated = when_made(d, k);
    return ce > c && (ce == np1 || sift_is_punct(d, ce, ',') || dated ||
                      (d->toks.v[ce].upos == SIFT_UPOS_VERB && !(d->toks.v[ce].flags & TF_CAP)))
               ? ce
               : 0;
}

/* "The state airport operator said ... . A spokesman said", "Avinor said
 * ... . A spokeswoman said": a bare spokesperson right after a body spoke,
 * in the sentence before, speaks for it ("A spokesman for Avinor"); else
 * NULL. */
static const char *spokes_of_body_before(doc *d, uint32_t np0, uint32_t np1)
{
    uint32_t s = d->toks.v[np0].sent;
    if (np1 != np0 + 2 || !(sift_tok_is(d, np0, "a") || sift_tok_is(d, np0, "an")) ||
        !sift_spokes_noun(d, np0 + 1) || s == 0 || np1 >= d->toks.n || !sift_is_cue(d, np1))
        return NULL;
    const sift_quote *last = NULL;
    uint32_t at = d->toks.v[np0].start;
    for (size_t q = 0; q < d->quotes.n; q++) {
        const sift_quote *x = &d->quotes.v[q];
        if (x->span.start < at && x->speaker_name && strcmp(x->kind, "scare") != 0 &&
            (!last || x->span.start > last->span.start))
            last = x;
    }
    if (!last || d->toks.v[sift_tok_at(d, last->span.start)].sent + 1 != s) {
        /* (or a body the sentence before opens with, doing something with
         * words, not speaking: "The association rejected that
         * characterisation. A spokeswoman said") */
        static const char *const answered[] = {"rejected", "denied", "disputed", "dismissed", "defended",
                                               "welcomed", "contested", "challenged", NULL};
        uint32_t b = sift_body_start(d, s - 1), v = b + sift_tok_is(d, b, "the");
        int e = sift_entity_at(d, v);
        if (e < 0 && v == b + 1 && v + 1 < d->sents.v[s - 1].t1 && sift_tok_in(d, v + 1, answered))
            e = generic_org(d, b, v + 1); /* ("The association" for the last one named) */
        uint32_t ve = e >= 0 && sift_entity_at(d, v) == e ? sift_name_end(d, v, d->sents.v[s - 1].t1) : v + 1;
        /* (or one that spoke in words reported speech is found in later:
         * "Ontario's Ministry of Municipal Affairs said in a statement that
         * ... . ¶ A spokesperson described the exemption as ...") */
        int spoke = opened_speaking(d, s - 1, 2);
        if (spoke >= 0 && d->ents.v[spoke].type == ET_ORG)
            return sift_arena_printf(d->arena, "%s for %s", sift_span_text(d, np0, np1), d->ents.v[spoke].name);
        if (ve >= d->sents.v[s - 1].t1 || !sift_tok_in(d, ve, answered) || (d->toks.v[b].flags & TF_INQUOTE))
            return NULL;
        if (e >= 0 && d->ents.v[e].type == ET_ORG)
            return sift_arena_printf(d->arena, "%s for %s", sift_span_text(d, np0, np1), d->ents.v[e].name);
        if (e < 0 && v == b + 1 && (sift_tok_org_kind(d, v) || (d->toks.v[v].w.flags & W_ORGKEY)) &&
            !(d->toks.v[v].flags & TF_CAP))
            return sift_arena_printf(d->arena, "%s for the %.*s", sift_span_text(d, np0, np1), (int)TOK_N(d, v),
                                     TOK_S(d, v));
        return NULL;
    }
    const char *who = NULL;
    if (last->speaker >= 0 && d->ents.v[last->speaker].type == ET_ORG)
        who = d->ents.v[last->speaker].name;
    /* (or a body named by its kind: "The state airport operator") */
    else if (last->speaker < 0 && strncasecmp(last->speaker_name, "the ", 4) == 0 &&
             !(sift_last_word_flags(d, last->speaker_name) & (W_PERSON_NOUN | W_TITLE | W_GROUP)) &&
             !doc_phrase(last->speaker_name) && strchr(last->speaker_name + 4, ' '))
        who = sift_arena_printf(d->arena, "the %s", last->speaker_name + 4);
    return who ? sift_arena_printf(d->arena, "%s for %s", sift_span_text(d, np0, np1), who) : NULL;
}

/* "Antonio Martinez, known to everyone as Tono,": the person a phrase
 * [np0,np1) opens with before a participle's aside, not a place or a body
 * the aside names; else -1. */
static int person_before_participle(const doc *d, uint32_t np0, uint32_t np1)
{
    int e = sift_entity_at(d, np0);
    uint32_t e1 = e >= 0 && d->ents.v[e].type == ET_PERSON ? sift_name_end(d, np0, np1) : np0;
    return e1 > np0 && e1 + 2 < np1 && sift_is_punct(d, e1, ',') && d->toks.v[e1 + 1].kind == TK_WORD &&
                   !(d->toks.v[e1 + 1].flags & TF_CAP) && sift_tok_in(d, e1 + 1, irregular_participles)
               ? e
               : -1;
}

/* Is token k the "of" after a trade in small letters, whose plier is not
 * the body after it ("The publisher of Tiszantuli Hirlap")? */
static int trade_of(const doc *d, uint32_t k)
{
    return k > 0 && sift_tok_is(d, k, "of") && sift_tok_trade(d, k - 1) && !(d->toks.v[k - 1].flags & TF_CAP);
}

/* The maker of the document [np0,np1) names, named right after it: "A
 * study published last year by the Jakarta-based Institute for Maritime
 * Policy counted ... and found", "A survey of 1,050 passengers, carried out
 * this year by the Maluku Coastal Research Centre, found"; or -1, with
 * *body_at the first word after "by (the)" when no organisation's name
 * stands there ("by the city council", "by the Scottish government"). */
static int document_maker_after(const doc *d, uint32_t np0, uint32_t np1, uint32_t *body_at)
{
    int doc_word = 0;
    /* (a place or a people may be in it: "passengers in North Maluku", "by
     * the Scottish government") */
    for (uint32_t k = np0; k < np1; k++) {
        int x = sift_entity_at(d, k);
        if (x >= 0 && d->ents.v[x].type != ET_GPE && d->ents.v[x].type != ET_LOC && d->ents.v[x].type != ET_NORP)
            return -1;
        doc_word |= sift_document_noun(d, k);
    }
    uint32_t n = (uint32_t)d->toks.n, k = np1 + (np1 < n && sift_is_punct(d, np1, ','));
    /* (or any thing made, its noun right before how it was made: "According
     * to a preliminary reconstruction published by the agency", "the
     * breakdown released by the NPS") */
    doc_word |= k == np1 && k < n && np1 > np0 + 1 && (d->toks.v[np0].w.flags & W_DET) &&
                d->toks.v[np1 - 1].upos == SIFT_UPOS_NOUN && !(d->toks.v[np1 - 1].flags & TF_CAP) &&
                !person_word(d, np1 - 1) && !(d->toks.v[np1 - 1].w.flags & W_GROUP) && made_by(d, k) &&
                !sift_tok_is(d, k, "run") && !sift_tok_is(d, k, "operated") && !sift_tok_is(d, k, "led");
    /* (or inside the phrase: "figures released by the city council on
     * Monday show") */
    if (k >= n || !made_by(d, k))
        for (k = np0 + 1; k < np1 && k < np0 + 4 && !(made_by(d, k) && sift_document_noun(d, k - 1)); k++)
            ;
    if (!doc_word || k + 2 >= n || !made_by(d, k))
        return -1;
    k += 1 + (sift_tok_is(d, k + 1, "up") || sift_tok_is(d, k + 1, "out"));
    for (uint32_t lim = k + 4; k < n && k < lim && when_made(d, k);)
        k++;
    if (k + 1 >= n || !sift_tok_is(d, k, "by"))
        return -1;
    k += 1 + sift_tok_is(d, k + 1, "the");
    k = after_based(d, k, n);
    int e = k < n ? sift_entity_at(d, k) : -1;
    if ((e < 0 || d->ents.v[e].type == ET_NORP || d->ents.v[e].type == ET_GPE) && body_at)
        *body_at = k;
    return e >= 0 && d->ents.v[e].type == ET_ORG ? e : -1;
}

/* The person last named before token k whose title ends in words whose
 * initials are the capitals of token k ("the CS" after "Interior Cabinet
 * Secretary Joseph Kiprono Langat"), or -1. */
static int titled_by_initials(const doc *d, uint32_t k)
{
    int best = -1;
    for (size_t e = 0; e < d->ents.n; e++) {
        const entity *x = &d->ents.v[e];
        if (x->type != ET_PERSON || !x->title || x->first_tok >= k ||
            (best >= 0 && d->ents.v[best].first_tok > x->first_tok))
            continue;
        for (const char *w = x->title; w; w = strchr(w + 1, ' '))
            if (sift_spells_acronym(w + (*w == ' '), TOK_S(d, k), TOK_N(d, k))) {
                best = (int)e;
                break;
            }
    }
    return best;
}

/* The organisation a spokesperson phrase [np0,np1) names: "A FEMA
 * spokesperson", "a Lufthansa spokeswoman", "A spokesperson for the
 * ABI"; else -1. */
static int spokes_body(const doc *d, uint32_t np0, uint32_t np1)
{
    if (np1 < np0 + 3 || !(sift_tok_is(d, np0, "a") || sift_tok_is(d, np0, "an")))
        return -1;
    uint32_t o = np0 + 1, oe = np1 - 1;
    if (sift_spokes_noun(d, np0 + 1) && sift_tok_is(d, np0 + 2, "for")) {
        o = np0 + 3 + (np0 + 4 < np1 && sift_tok_is(d, np0 + 3, "the"));
        oe = np1;
    } else if (!sift_spokes_noun(d, np1 - 1)) {
        return -1;
    }
    int x = o < oe ? sift_entity_at(d, o) : -1;
    return x >= 0 && d->ents.v[x].type == ET_ORG && sift_name_start(d, o, np0) == o && sift_name_end(d, o, np1) == oe
               ? x
               : -1;
}

/* The organisation whose document or office [np0,np1) is, by the noun
 * that owns it: "The utility's latest annual report" after "SA Water",
 * "the ministry's October crop survey", "the agency's country office";
 * else -1. */
static int owner_body(const doc *d, uint32_t np0, uint32_t np1)
{
    /* (or the body named: "The WHO's office in Colombo") */
    static const char *const parts[] = {"office", "offices", "branch", "bureau", "mission", "delegation", NULL};
    int named = np1 >= np0 + 4 && sift_tok_is(d, np0, "the") ? sift_entity_at(d, np0 + 1) : -1;
    if (named >= 0 && d->ents.v[named].type == ET_ORG) {
        uint32_t p = sift_name_end(d, np0 + 1, np1);
        if (p + 2 <= np1 && d->toks.v[p].kind != TK_WORD && (d->toks.v[p].flags & TF_POSS) &&
            sift_tok_in(d, p + 1, parts) && !(d->toks.v[p + 1].flags & TF_CAP))
            return named;
    }
    if (np1 < np0 + 4 || np1 > np0 + 8 || !sift_tok_is(d, np0, "the") || d->toks.v[np0 + 1].kind != TK_WORD ||
        (d->toks.v[np0 + 1].flags & TF_CAP) || d->toks.v[np0 + 2].kind == TK_WORD ||
        !(d->toks.v[np0 + 2].flags & TF_POSS) ||
        !(sift_tok_org_kind(d, np0 + 1) || institution_noun(d, np0 + 1) || sift_business_noun(d, np0 + 1)) ||
        !(sift_document_noun(d, np1 - 1) || sift_tok_is(d, np1 - 1, "office")))
        return -1;
    for (uint32_t k = np0 + 3; k < np1; k++)
        if (d->toks.v[k].kind != TK_WORD || (d->toks.v[k].w.flags & (W_PREP | W_VERB | W_AUX | W_DET)))
            return -1;
    /* (one that spoke before: not "the Murray", a river taken for a name,
     * for "the utility") */
    int x = generic_org(d, np0, np0 + 2);
    for (size_t q = 0; x >= 0 && q < d->quotes.n; q++)
        if (d->quotes.v[q].speaker == x && d->quotes.v[q].span.start < d->toks.v[np0].start)
            return d->ents.v[x].type == ET_ORG ? x : -1;
    return -1;
}

static void name_speaker(doc *d, uint32_t np0, uint32_t np1, int *ent, const char **name);

void sift_name_speaker(doc *d, uint32_t np0, uint32_t np1, int *ent, const char **name)
{
    name_speaker(d, np0, np1, ent, name);
    /* (the spokesperson of a body named stays the speaker, a person
     * unnamed whom "she" may take up; the body is bound at the end) */
    int x = *ent < 0 && *name ? spokes_body(d, np0, np1) : -1;
    if (x < 0 && *ent < 0 && *name)
        x = owner_body(d, np0, np1);
    if (x >= 0) {
        body_speaker sf = {*name, x};
        (void)SIFT_VEC_PUSH(d->arena, d->bodies, sf); /* (out of memory: the phrase alone) */
    }
}

/* "Greco's association estimates": the body of that kind the person was
 * named with ("Alessandra Greco, president of the motorists' association
 * Movimento Utenti della Strada"), or -1. */
static int persons_body(const doc *d, uint32_t np0, uint32_t np1)
{
    static const char *const bodies[] = {"association", "union", "federation", "group", "organisation",
                                         "organization", "company", "firm", "party", "charity", "ministry",
                                         "department", "agency", "council", "network", "coalition", "alliance",
                                         "institute", "foundation", "movement", NULL};
    int p = np1 - np0 >= 3 && np1 - np0 <= 5 ? sift_entity_at(d, np0) : -1;
    /* (or "Her group estimated", the person last named before, of that
     * sex, within the two sentences before) */
    int her = np1 == np0 + 2 && (sift_tok_is(d, np0, "her") || sift_tok_is(d, np0, "his")) &&
              !(d->toks.v[np0].flags & TF_INQUOTE);
    uint32_t s = d->toks.v[np0].sent;
    for (uint32_t i = np0; her && p < 0 && i-- > d->sents.v[s > 2 ? s - 2 : 0].t0;) {
        int x = sift_entity_at(d, i);
        if (x < 0 || d->ents.v[x].type != ET_PERSON || (d->toks.v[i].flags & TF_INQUOTE))
            continue;
        if (d->ents.v[x].gender && d->ents.v[x].gender != (sift_tok_is(d, np0, "her") ? 'F' : 'M'))
            return -1; /* (the nearest person is of the other sex) */
        p = x;
    }
    if (p < 0 || d->ents.v[p].type != ET_PERSON || !sift_tok_in(d, np1 - 1, bodies) ||
        (d->toks.v[np1 - 1].flags & TF_CAP))
        return -1;
    uint32_t pe = her ? np0 + 1 : sift_name_end(d, np0, np1);
    if (!her && (pe + 2 != np1 || d->toks.v[pe].kind == TK_WORD || !(d->toks.v[pe].flags & TF_POSS)))
        return -1;
    uint32_t lo = np0 > 3000 ? np0 - 3000 : 0;
    for (uint32_t i = lo; i < np0; i++) {
        if (sift_entity_at(d, i) != p || (i > 0 && sift_entity_at(d, i - 1) == p) || (d->toks.v[i].flags & TF_INQUOTE))
            continue;
        uint32_t hi = sift_sent_t1(d, i), k = sift_name_end(d, i, hi);
        if (k >= hi || !sift_is_punct(d, k, ','))
            continue;
        /* (its role, then "of", "at" or "for" and the body's name) */
        int linked = 0;
        for (uint32_t j = k + 1; j < hi && j < k + 14 && !sift_is_cue(d, j) &&
                                 (d->toks.v[j].kind != TK_QUOTE || (d->toks.v[j].flags & TF_POSS)); /* ("motorists'") */
             j++) {
            int o = sift_entity_at(d, j);
            if (o >= 0 && d->ents.v[o].type == ET_ORG && linked)
                return o;
            /* (past where it is based: "a campaigner with the
             * Bucharest-based group Pădurea Vie") */
            if (o >= 0 && after_based(d, j, hi) > j) {
                j = after_based(d, j, hi) - 1;
                continue;
            }
            if (o >= 0 || sift_is_punct(d, j, ',') || sift_is_punct(d, j, '.'))
                break;
            linked |= sift_tok_is(d, j, "of") || sift_tok_is(d, j, "at") || sift_tok_is(d, j, "for") ||
                      sift_tok_is(d, j, "with");
        }
    }
    return -1;
}

/*
 * "..., according to a report published on Thursday. ¶ The London-based
 * investigative group Timber Trace said it had identified ...": a document
 * the lead brings in after "according to", with no maker, is by the body
 * the next sentence names for the first time as the subject of a verb of
 * saying. Is nx (named_next's) that body for the document or body at np0?
 */
static int new_maker_next(const doc *d, uint32_t np0, int nx)
{
    uint32_t s = d->toks.v[np0].sent;
    if (np0 < 2 || !sift_tok_is(d, np0 - 1, "to") || !sift_tok_is(d, np0 - 2, "according") ||
        d->sents.v[s].para > 1 || s + 1 >= d->sents.n || d->toks.v[d->ents.v[nx].first_tok].sent != s + 1)
        return 0;
    /* (the name, then its verb, past a relative clause on it: "The
     * Nigerian Gaming Operators Forum, which represents 31 ... companies,
     * said") */
    uint32_t t1 = d->sents.v[s + 1].t1, e = sift_name_end(d, d->ents.v[nx].first_tok, t1);
    if (e + 2 < t1 && sift_is_punct(d, e, ',') && (sift_tok_is(d, e + 1, "which") || sift_tok_is(d, e + 1, "who")))
        for (uint32_t k = e + 2; k < t1 && k < e + 24; k++)
            if (sift_is_punct(d, k, ',')) {
                e = k + 1;
                break;
            }
    return e < t1 && sift_is_cue(d, e) && !(d->toks.v[e].flags & TF_CAP);
}

static void name_speaker(doc *d, uint32_t np0, uint32_t np1, int *ent, const char **name)
{
    *ent = -1;
    *name = NULL;
    if (np0 >= np1)
        return;
    /* trim punctuation at the edges */
    while (np0 < np1 && d->toks.v[np0].kind != TK_WORD && d->toks.v[np0].kind != TK_NUM)
        np0++;
    while (np1 > np0 && d->toks.v[np1 - 1].kind != TK_WORD)
        np1--;
    /* ("according to figures the agency released": a document, then who
     * made it, the subject of a relative clause with no "that") */
    uint32_t dn = np0 + ((d->toks.v[np0].w.flags & W_DET) != 0);
    if (dn + 2 < np1 && np1 < d->toks.n && sift_document_noun(d, dn) && !(d->toks.v[dn].flags & TF_CAP) &&
        sift_tok_is(d, dn + 1, "the") && sift_tok_ends(d, np1, "ed") && d->toks.v[np1].upos == SIFT_UPOS_VERB &&
        !(d->toks.v[np1].flags & TF_CAP))
        np0 = dn + 1;
    /* ("..., a trend its authors described as "...": the object of a
     * clause with no "that", its subject after it) */
    if (np1 >= np0 + 4 && (sift_tok_is(d, np0, "a") || sift_tok_is(d, np0, "an")) &&
        d->toks.v[np0 + 1].upos == SIFT_UPOS_NOUN && !(d->toks.v[np0 + 1].flags & TF_CAP) &&
        (sift_tok_is(d, np0 + 2, "its") || sift_tok_is(d, np0 + 2, "their")))
        np0 += 2;
    /* ("An independent review of a large academy trust has found": the
     * document, not what it is of) */
    if (np1 > np0 + 3 && (sift_tok_is(d, np0, "a") || sift_tok_is(d, np0, "an")))
        for (uint32_t k = np0 + 2; k + 1 < np1 && k < np0 + 4; k++)
            if (sift_tok_is(d, k, "of") && sift_document_noun(d, k - 1) && !(d->toks.v[k - 1].flags & TF_CAP)) {
                /* (its maker may follow: "A survey of 1,050 passengers by X",
                 * "..., carried out this year by X,") */
                int maker = 0;
                for (uint32_t m = k + 1, e = sift_sent_t1(d, k); m < e && m < k + 20 && !maker; m++)
                    maker = sift_tok_is(d, m, "by") || sift_tok_is(d, m, "for") || sift_tok_is(d, m, "from") ||
                            made_by(d, m);
                /* (or of its own people, the body "its" means: "A survey of
                 * 1,640 of its members found") */
                static const char *const own_people[] = {"members", "staff", "employees", "workers", "customers",
                                                         "clients", "students", "readers", "subscribers",
                                                         "affiliates", "users", NULL};
                int by = 0;
                for (uint32_t m = k + 1, e = sift_sent_t1(d, k); m < e && m < k + 20 && !by; m++)
                    by = sift_tok_is(d, m, "by");
                for (uint32_t m = k + 1; !by && m + 1 < np1 && m < k + 6; m++)
                    if ((sift_tok_is(d, m, "its") || sift_tok_is(d, m, "their")) && sift_tok_is(d, m - 1, "of") &&
                        sift_tok_in(d, m + 1, own_people) && !(d->toks.v[m].flags & TF_INQUOTE)) {
                        int x = its_org(d, m);
                        if (x >= 0) {
                            *ent = x;
                            *name = d->ents.v[x].name;
                            return;
                        }
                    }
                if (!maker)
                    np1 = k;
                break;
            }
    /* ("The World Food Programme will cut ..., the U.N. agency said": a
     * body of that kind named before, not the parent its initials name;
     * the parent only when none is) */
    int parent = np1 == np0 + 3 && sift_tok_is(d, np0, "the") ? sift_entity_at(d, np0 + 1) : -1;
    if (parent >= 0 && d->ents.v[parent].type == ET_ORG &&
        (d->toks.v[np0 + 1].flags & (TF_ALLCAPS | TF_ABBR)) && !(d->toks.v[np0 + 2].flags & TF_CAP) &&
        sift_entity_at(d, np0 + 2) != parent && (sift_tok_org_kind(d, np0 + 2) || institution_noun(d, np0 + 2))) {
        int x = generic_org(d, np0, np1);
        if (x >= 0 && x != parent) {
            *ent = x;
            *name = d->ents.v[x].name;
            return;
        }
    }
    /* ("The review was commissioned by ... . Its authors said": the
     * document the sentence before opens with, by whoever made it) */
    static const char *const authors[] = {"authors", "researchers", "writers", NULL};
    uint32_t as = d->toks.v[np0].sent;
    if (np1 == np0 + 2 && (sift_tok_is(d, np0, "its") || sift_tok_is(d, np0, "their")) &&
        sift_tok_in(d, np0 + 1, authors) && as > 0 && sift_body_start(d, as) == np0) {
        const char *what = document_speaker(d, as, ent);
        if (what) {
            *name = what;
            return;
        }
        *ent = -1;
    }
    /* ("An Eldoret-based start-up that tests soil says": a business given
     * no name, not the place it is based in) */
    if (np1 > np0 + 4 && (sift_tok_is(d, np0, "a") || sift_tok_is(d, np0, "an")) && sift_is_punct(d, np0 + 2, '-') &&
        sift_tok_is(d, np0 + 3, "based") && sift_entity_at(d, np0 + 1) >= 0 &&
        d->ents.v[sift_entity_at(d, np0 + 1)].type == ET_GPE) {
        int other = -1;
        uint32_t e = np0 + 4; /* (up to a relative clause on it: "who spoke on condition of anonymity") */
        while (e < np1 && !is_who(d, e) && !sift_tok_is(d, e, "that") && !sift_tok_is(d, e, "which"))
            e++;
        for (uint32_t k = np0 + 4; k < e && other < 0; k++)
            other = sift_entity_at(d, k);
        if (other < 0 && e > np0 + 4) {
            *name = sift_span_text(d, np0, e);
            return;
        }
    }
    /* ("Figures from the ombudsman show": whoever the body or the office
     * they come from is, named by its kind) */
    uint32_t fm = np0 + 1;
    if (np1 <= fm + 3 && sift_tok_in(d, np0, figure_nouns) && fm + 3 < d->toks.n && sift_tok_is(d, fm, "from") &&
        sift_tok_is(d, fm + 1, "the") && d->toks.v[fm + 2].kind == TK_WORD && !(d->toks.v[fm + 2].flags & TF_CAP) &&
        (institution_noun(d, fm + 2) || sift_tok_org_kind(d, fm + 2) || (d->toks.v[fm + 2].w.flags & W_TITLE)) &&
        (sift_is_cue(d, fm + 3) || d->toks.v[fm + 3].kind != TK_WORD)) {
        name_speaker(d, fm + 1, fm + 3, ent, name);
        if (!*name)
            *name = sift_span_text(d, fm + 1, fm + 3);
        return;
    }
    /* ("According to figures in the audit": the document they are in) */
    if (np1 > np0 + 3 && sift_tok_in(d, np0, figure_nouns) && sift_tok_is(d, np0 + 1, "in") &&
        own_document(d, np0 + 2, np1)) {
        name_speaker(d, np0 + 2, np1, ent, name);
        return;
    }
    /* ("Residents along the routes were divided. Some told this newspaper
     * ..., while others said": some of the people named just before) */
    static const char *const some_of[] = {"some", "others", "many", "several", "most", NULL};
    if (np1 == np0 + 1 && sift_tok_in(d, np0, some_of) && !(d->toks.v[np0].flags & TF_INQUOTE)) {
        uint32_t ps = d->toks.v[np0].sent, lo = d->sents.v[ps > 0 ? ps - 1 : 0].t0;
        for (uint32_t k = np0; k-- > lo;)
            if (d->toks.v[k].kind == TK_WORD && (d->toks.v[k].w.flags & W_GROUP) && TOK_N(d, k) > 4 &&
                TOK_S(d, k)[TOK_N(d, k) - 1] == 's' && !(d->toks.v[k].flags & TF_INQUOTE)) {
                const char *w = sift_tok_is(d, np0, "others") ? "other" : TOK_S(d, np0);
                size_t n = sift_tok_is(d, np0, "others") ? 5 : TOK_N(d, np0);
                char low[64];
                size_t ln = sift_utf8_lower(TOK_S(d, k), TOK_N(d, k), low, sizeof low);
                *name = sift_arena_printf(d->arena, "%.*s %.*s", (int)n, w, (int)ln, low);
                return;
            }
    }
    uint32_t mbody = 0;
    if ((*ent = document_maker_after(d, np0, np1, &mbody)) >= 0) {
        *name = d->ents.v[*ent].name;
        return;
    }
    /* (or a body it names by its kind: "figures released by the city
     * council on Monday show"; with no article, its name after the kind:
     * "compiled by London-based consultancy Harbourline Analytics") */
    int the = mbody > np0 && sift_tok_is(d, mbody - 1, "the");
    if (mbody > np0) {
        /* (a people's or a place's too: "by the Scottish government", "by
         * the Kenyan health ministry") */
        int of = sift_entity_at(d, mbody);
        uint32_t k0 = of >= 0 && (d->ents.v[of].type == ET_NORP || d->ents.v[of].type == ET_GPE)
                          ? sift_name_end(d, mbody, (uint32_t)d->toks.n)
                          : mbody,
                 e = k0;
        /* (past its owner too: "by the city's urban development authority") */
        uint32_t own = k0 + 1 < d->toks.n && d->toks.v[k0 + 1].kind != TK_WORD && (d->toks.v[k0 + 1].flags & TF_POSS)
                           ? k0 + 1
                           : UINT32_MAX;
        while (e < d->toks.n && e < k0 + 5 &&
               (e == own || (d->toks.v[e].kind == TK_WORD && !(d->toks.v[e].flags & TF_CAP) &&
                             !(d->toks.v[e].w.flags & (W_PREP | W_VERB | W_AUX | W_CUE | W_DET)))))
            e++;
        /* (its name after the kind: "by the national statistics agency INDEC") */
        int named = e < d->toks.n ? sift_entity_at(d, e) : -1;
        if (e > k0 && named >= 0 && d->ents.v[named].type == ET_ORG && (the || sift_tok_org_kind(d, e - 1))) {
            *ent = named;
            *name = d->ents.v[named].name;
            return;
        }
        /* (or "by the park authorities") */
        if (the && e > k0 && named < 0 &&
            (institution_noun(d, e - 1) || sift_tok_org_kind(d, e - 1) || sift_tok_is(d, e - 1, "authorities"))) {
            name_speaker(d, mbody - 1, e, ent, name);
            if (!*name)
                *name = sift_span_text(d, mbody - 1, e);
            return;
        }
    }
    if ((*ent = persons_body(d, np0, np1)) >= 0) {
        *name = d->ents.v[*ent].name;
        return;
    }
    /* "A vote is expected in February, a ministry spokesman said": the
     * spokesperson of the body of that kind named before (the body bound
     * to the phrase by sift_bind_bodies) */
    /* (or its word capitalised: "A Commission spokesperson said" after
     * "The European Commission opened ...") */
    if (np1 == np0 + 3 && (sift_tok_is(d, np0, "a") || sift_tok_is(d, np0, "an") || sift_tok_is(d, np0, "the")) &&
        sift_spokes_noun(d, np0 + 2) && d->toks.v[np0 + 1].kind == TK_WORD && d->toks.v[np0 + 1].ment < 0 &&
        (!(d->toks.v[np0 + 1].flags & TF_CAP) || institution_noun(d, np0 + 1)) &&
        (institution_noun(d, np0 + 1) || sift_business_noun(d, np0 + 1))) {
        int x = generic_org(d, np0, np0 + 2);
        /* (a public body by a name that holds the noun: not "a hospital
         * spokeswoman" for the place of a market) */
        if (x >= 0 && (sift_business_noun(d, np0 + 1) ||
                       has_word(d->ents.v[x].name, TOK_S(d, np0 + 1), TOK_N(d, np0 + 1)))) {
            /* (the phrase stays the speaker, a person unnamed whom "she"
             * may take up; the body is bound to it at the end) */
            *name = sift_span_text(d, np0, np1);
            body_speaker sf = {*name, x};
            (void)SIFT_VEC_PUSH(d->arena, d->bodies, sf); /* (out of memory: the phrase alone) */
            return;
        }
    }
    /* "a report by the province's Residential Tenancy Branch": a document
     * by a body named with its owner, which ends the phrase */
    for (uint32_t k = np0 + 1; k + 4 < np1 && k < np0 + 4; k++)
        if (sift_document_noun(d, k) && sift_tok_is(d, k + 1, "by") && !(d->toks.v[k].flags & TF_INQUOTE)) {
            uint32_t o = k + 2 + sift_tok_is(d, k + 2, "the");
            if (o + 2 < np1 && d->toks.v[o].kind == TK_WORD && !(d->toks.v[o].flags & TF_CAP) &&
                d->toks.v[o + 1].kind != TK_WORD && (d->toks.v[o + 1].flags & TF_POSS))
                o += 2;
            int x = o < np1 ? sift_entity_at(d, o) : -1;
            if (x >= 0 && d->ents.v[x].type == ET_ORG && sift_name_start(d, o, np0) == o &&
                sift_name_end(d, o, np1) == np1) {
                *ent = x;
                *name = d->ents.v[x].name;
                return;
            }
            /* (or capitalised words no recognizer took for a name) */
            int caps = x < 0 && o + 2 <= np1 && o > k + 2;
            for (uint32_t c = o; c < np1 && caps; c++)
                caps = d->toks.v[c].kind == TK_WORD && (d->toks.v[c].flags & TF_CAP) && sift_entity_at(d, c) < 0;
            if (caps) {
                *name = sift_span_text(d, o, np1);
                return;
            }
            break;
        }
    /* "Investigators from the Investigative Committee, which handles serious
     * crimes, said", "Organisers from the Alliance for ...": people who speak
     * for the body they are from */
    uint32_t fr = np0 + 1;
    if (fr + 2 < d->toks.n && (d->toks.v[np0].w.flags & W_GROUP) && TOK_S(d, np0)[TOK_N(d, np0) - 1] == 's' &&
        sift_tok_is(d, fr, "from") && !(d->toks.v[fr].flags & TF_CAP)) { /* (not "analysts at Kessler Bank") */
        uint32_t o = fr + 1 + sift_tok_is(d, fr + 1, "the");
        int x = sift_entity_at(d, o);
        uint32_t oe = x >= 0 ? sift_name_end(d, o, (uint32_t)d->toks.n) : o;
        if (x >= 0 && d->ents.v[x].type == ET_ORG && sift_name_start(d, o, fr) == o && oe < d->toks.n &&
            (oe >= np1 || np1 == fr) && (sift_is_punct(d, oe, ',') || sift_is_cue(d, oe))) {
            *ent = x;
            *name = d->ents.v[x].name;
            return;
        }
    }
    /* "said the CS": a person's title by its initials (not those of a body
     * defined in brackets: "the Financial Accountability Office (FAO)" and
     * "Financial Accountability Officer Helen Arsenault") */
    if (np1 == np0 + 2 && sift_tok_is(d, np0, "the") && (d->toks.v[np0 + 1].flags & TF_ALLCAPS) &&
        !(sift_entity_at(d, np0 + 1) >= 0 && d->ents.v[sift_entity_at(d, np0 + 1)].type == ET_ORG &&
          strlen(d->ents.v[sift_entity_at(d, np0 + 1)].name) > TOK_N(d, np0 + 1)) &&
        TOK_N(d, np0 + 1) >= 2 && TOK_N(d, np0 + 1) <= 4 && (*ent = titled_by_initials(d, np0 + 1)) >= 0) {
        *name = d->ents.v[*ent].name;
        return;
    }
    /* ("A farmer there said": where is said before) */
    /* (nor "itself": "The audit itself found") */
    if (np1 > np0 + 2 && (sift_tok_is(d, np1 - 1, "there") || sift_tok_is(d, np1 - 1, "here") ||
                          sift_tok_is(d, np1 - 1, "itself") || sift_tok_is(d, np1 - 1, "themselves")))
        np1--;
    /* "Figures from the industry's audience measurement body, the Broadcast
     * Audience Council, showed": the body named beside its description */
    /* (past a relative clause on the description: "The company that
     * operates the Hadera plant, Sharon Coast Water, said") */
    uint32_t cm = np1;
    if (cm < d->toks.n && (sift_tok_is(d, cm, "that") || sift_tok_is(d, cm, "which")) &&
        !(d->toks.v[cm].flags & TF_CAP))
        while (cm < d->toks.n && cm < np1 + 12 && d->toks.v[cm].kind != TK_QUOTE && !sift_is_punct(d, cm, ',') &&
               !sift_is_punct(d, cm, '.') && !sift_is_cue(d, cm))
            cm++;
    uint32_t bo = cm + 1 + (cm + 2 < d->toks.n && sift_tok_is(d, cm + 1, "the"));
    int beside = np1 > np0 && bo < d->toks.n && sift_is_punct(d, cm, ',') && !(d->toks.v[np1 - 1].flags & TF_CAP) &&
                 (sift_tok_org_kind(d, np1 - 1) || institution_noun(d, np1 - 1) || sift_tok_is(d, np1 - 1, "body"))
                     ? sift_entity_at(d, bo) : -1;
    if (beside >= 0 && d->ents.v[beside].type == ET_ORG && sift_name_start(d, bo, cm) == bo) {
        uint32_t be = sift_name_end(d, bo, (uint32_t)d->toks.n);
        be += sift_paren_word(d, be, (uint32_t)d->toks.n);
        if (be + 1 < d->toks.n && sift_is_punct(d, be, ',') && sift_is_cue(d, be + 1) &&
            !(d->toks.v[bo].flags & TF_INQUOTE)) {
            *ent = beside;
            *name = d->ents.v[beside].name;
            return;
        }
    }
    if ((*name = conjoined_orgs(d, np0, np1)) != NULL)
        return;
    if ((*name = spokes_of_body_before(d, np0, np1)) != NULL)
        return;
    if ((*ent = person_before_participle(d, np0, np1)) >= 0) {
        *name = d->ents.v[*ent].name;
        return;
    }
    /* "Relatives of patients at Mugda said": people of other people, where
     * they are, speak for themselves, not for the place */
    static const char *const kin_of[] = {"relatives", "families", "parents", "friends", "neighbours",
                                         "neighbors", "mothers", "fathers", "widows", NULL};
    /* (and so do "Hundreds of rice farmers", not the number) */
    int many = (d->toks.v[np0].w.flags & W_VAGUE) && TOK_S(d, np0)[TOK_N(d, np0) - 1] == 's' &&
               TOK_N(d, np0) > 4 && sift_tok_ends(d, np1 - 1, "s");
    if (np1 > np0 + 2 && np1 <= np0 + 8 && (sift_tok_in(d, np0, kin_of) || many) && sift_tok_is(d, np0 + 1, "of") &&
        !(d->toks.v[np0 + 2].flags & TF_CAP)) {
        *name = sift_span_text(d, np0, np1);
        return;
    }
    /* ("Seoul-based Vidara": not the place it is based in) */
    uint32_t based = after_based(d, np0, np1);
    if (based < np1 && sift_entity_at(d, based) >= 0)
        np0 = based;
    if (np0 >= np1)
        return;
    /* "Veridia's press office", "the port authority's media office": the
     * owner speaks through it */
    static const char *const press[] = {"press", "media", "communications", NULL};
    static const char *const office[] = {"office", "service", "team", "department", "unit", NULL};
    if (np1 >= np0 + 4 && d->toks.v[np1 - 3].kind != TK_WORD && (d->toks.v[np1 - 3].flags & TF_POSS) &&
        sift_tok_in(d, np1 - 2, press) && sift_tok_in(d, np1 - 1, office)) {
        sift_name_speaker(d, np0, np1 - 3, ent, name);
        if (*name && (*ent >= 0 || d->toks.v[np0].ment >= 0))
            return;
        *ent = -1;
        *name = NULL;
    }
    const char *governing = NULL;
    int known = named_by_context(d, np0, np1, &governing);
    if (governing) {
        *name = governing;
        return;
    }
    if (known < 0)
        known = group_named_next(d, np0, np1);
    if (known >= 0) {
        *ent = known;
        *name = d->ents.v[known].name;
        return;
    }
    /* "the companies said", "the two banks said" after "Vireo Pharma and
     * Arbon Therapeutics": the two organisations named together last */
    static const char *const firms[] = {"companies", "firms", "groups", "banks", "lenders", "airlines", "carriers",
                                        "insurers", "carmakers", "automakers", "miners", "retailers", NULL};
    uint32_t hd = np1 - 1;
    if (sift_tok_is(d, np0, "the") && np1 - np0 <= 3 && sift_tok_in(d, hd, firms) &&
        (np1 - np0 == 2 || sift_tok_is(d, np0 + 1, "two"))) {
        uint32_t lo = np0 > 3000 ? np0 - 3000 : 0;
        for (uint32_t k = np0; k-- > lo + 1;) {
            if (!sift_tok_is(d, k, "and") || (d->toks.v[k].flags & TF_INQUOTE))
                continue;
            int x = sift_entity_at(d, k - 1), y = sift_entity_at(d, k + 1);
            if (x < 0 || y < 0 || x == y || d->ents.v[x].type != ET_ORG || d->ents.v[y].type != ET_ORG)
                continue;
            *name = sift_span_text(d, sift_name_start(d, k - 1, lo), sift_name_end(d, k + 1, np0));
            return;
        }
    }
    /* "The second, a Jordanian official who asked not to be named, said":
     * the description in apposition names the source */
    static const char *const which_one[] = {"first", "second", "third", "other", "latter", "former", NULL};
    if (np1 - np0 == 2 && sift_tok_is(d, np0, "the") && sift_tok_in(d, np0 + 1, which_one) && np1 + 2 < d->toks.n &&
        sift_is_punct(d, np1, ',') && (sift_tok_is(d, np1 + 1, "a") || sift_tok_is(d, np1 + 1, "an"))) {
        uint32_t h = np1 + 2, hi = sift_sent_t1(d, np1);
        while (h < hi && h < np1 + 8 && d->toks.v[h].kind == TK_WORD && !person_word(d, h) &&
               !((d->toks.v[h].w.flags & W_TITLE) && !(d->toks.v[h].flags & TF_CAP)) && !is_who(d, h))
            h++;
        if (h < hi && (person_word(d, h) || ((d->toks.v[h].w.flags & W_TITLE) && !(d->toks.v[h].flags & TF_CAP)))) {
            *name = sift_span_text(d, np1 + 1, h + 1);
            return;
        }
    }
    /* "Spain, Ireland and Norway", "the EU and Britain": all of them speak */
    if (entity_list(d, np0, np1)) {
        *name = sift_span_text(d, np0, np1);
        return;
    }
    const tok *t0 = &d->toks.v[np0];
    /* "His company said", "Her firm's modelling suggests": the
     * organisation the person "his" or "her" means was introduced with */
    /* (or a person named: "Moura's organisation estimates") */
    int whose = -1;
    if (np1 - np0 >= 2 && np1 - np0 <= 5 && (sift_tok_is(d, np0, "his") || sift_tok_is(d, np0, "her")) &&
        (sift_tok_org_kind(d, np0 + 1) || institution_noun(d, np0 + 1)) && !(d->toks.v[np0 + 1].flags & TF_CAP) &&
        (np1 == np0 + 2 || ((d->toks.v[np0 + 2].flags & TF_POSS) && d->toks.v[np0 + 2].kind != TK_WORD &&
                            sift_document_noun(d, np1 - 1) && plain_words(d, np0 + 3, np1 - 1))))
        whose = sift_resolve_pronoun(d, np0, sift_tok_is(d, np0, "his") ? 'M' : 'F');
    else if (np1 - np0 >= 3 && np1 - np0 <= 5 && (d->toks.v[np1 - 2].flags & TF_POSS) &&
             d->toks.v[np1 - 2].kind != TK_WORD && sift_tok_org_kind(d, np1 - 1) &&
             !(d->toks.v[np1 - 1].flags & TF_CAP) && sift_entity_at(d, np1 - 3) == sift_entity_at(d, np0))
        whose = sift_entity_at(d, np0);
    int employer = whose >= 0 && d->ents.v[whose].type == ET_PERSON ? person_org(d, whose) : -1;
    if (employer >= 0) {
        *ent = employer;
        *name = d->ents.v[employer].name;
        return;
    }
    /* "According to an application it filed with the commission", "the
     * environmental impact study the company submitted": who made the
     * document, its subject in a relative clause with no "that" */
    for (uint32_t h = np0 + 1; h + 1 < np1 && h < np0 + 5; h++) {
        if (!sift_document_noun(d, h) || (d->toks.v[h].flags & TF_CAP))
            continue;
        int pronoun = sift_tok_is(d, h + 1, "it") || sift_tok_is(d, h + 1, "they");
        /* (the phrase may have taken the verb: "a performance report it tabled") */
        uint32_t v = pronoun && np1 == h + 3 ? h + 2 : np1;
        if (v < d->toks.n && d->toks.v[v].kind == TK_WORD && !(d->toks.v[v].flags & TF_CAP) &&
            (sift_past_participle(d, v) || sift_tok_ends(d, v, "ed")) &&
            ((pronoun && v == h + 2) || (sift_tok_is(d, h + 1, "the") && np1 <= h + 4))) {
            int x = np1 == h + 3 && sift_tok_is(d, h + 1, "the") ? generic_org(d, h + 1, np1) : -1;
            if (x >= 0) {
                *ent = x;
                *name = d->ents.v[x].name;
                return;
            }
            /* (for "it", the body its sentence opens with: "The Johannesburg
             * Urban Roads Agency repaired 41,200 potholes ..., according to a
             * performance report it tabled") */
            /* (or, when the sentence opens with "According to", the one the
             * sentence before opens with: "Curlew Air Logistics has operated
             * ... . According to an application it filed") */
            uint32_t s = d->toks.v[h].sent, b = sift_body_start(d, s);
            if (sift_tok_is(d, b, "according") && s > 0 && d->sents.v[s - 1].t1 > d->sents.v[s - 1].t0)
                b = sift_body_start(d, s - 1);
            b += b + 1 < h && sift_tok_is(d, b, "the");
            x = sift_tok_is(d, h + 1, "it") && b < h ? sift_entity_at(d, b) : -1;
            if (x >= 0 && d->ents.v[x].type == ET_ORG && !(d->toks.v[b].flags & TF_INQUOTE)) {
                *ent = x;
                *name = d->ents.v[x].name;
                return;
            }
            /* (or whom the pronoun means: "A report it commissioned found") */
            sift_name_speaker(d, h + 1, pronoun ? h + 2 : np1, ent, name);
            if (*name)
                return;
        }
        break;
    }
    /* "According to her research", "his calculations show": the person
     * "his" or "her" means, whose own work it is */
    static const char *const works[] = {"research", "calculations", "estimates", "analysis", "modelling",
                                        "modeling", "survey", "study", "figures", NULL};
    if (np1 == np0 + 2 && (sift_tok_is(d, np0, "his") || sift_tok_is(d, np0, "her")) &&
        sift_tok_in(d, np0 + 1, works)) {
        int who = sift_resolve_pronoun(d, np0, sift_tok_is(d, np0, "his") ? 'M' : 'F');
        if (who >= 0 && d->ents.v[who].type == ET_PERSON) {
            *ent = who;
            *name = d->ents.v[who].name;
            return;
        }
    }
    if (np1 - np0 == 1 && (t0->w.flags & W_PRONOUN)) {
        int g = t0->w.val;
        if (g == 'M' || g == 'F') {
            uint32_t u0 = 0, u1 = 0;
            *ent = recent_subject(d, np0, g, &u0, &u1);
            /* (not people in the plural for "he" or "she": "Horse-cart
             * drivers and souvenir sellers who depend on visitors said") */
            if (*ent == -2 && u1 > u0 + 1 && d->toks.v[u0].kind == TK_WORD && !(d->toks.v[u0].w.flags & W_DET) &&
                TOK_S(d, u1 - 1)[TOK_N(d, u1 - 1) - 1] == 's' && d->toks.v[u1 - 1].upos == SIFT_UPOS_NOUN)
                *ent = sift_resolve_pronoun(d, np0, g);
            /* ("The speaker was the town's mayor, standing at the pier. He
             * said": whom it says the speaker was) */
            uint32_t was0, was1;
            if (*ent == -2 && u1 == u0 + 2 && sift_tok_is(d, u0, "the") && sift_tok_is(d, u0 + 1, "speaker") &&
                u1 + 1 < d->toks.n && (sift_tok_is(d, u1, "was") || sift_tok_is(d, u1, "is")) &&
                sift_np_after(d, u1 + 1, sift_sent_t1(d, u1), &was0, &was1) && was0 == u1 + 1) {
                int x = sift_entity_at(d, was1 - 1);
                if (x >= 0 && d->ents.v[x].type == ET_PERSON) {
                    *ent = x;
                    *name = d->ents.v[x].name;
                    return;
                }
                u0 = was0, u1 = was1;
            }
            if (*ent == -2) {
                *ent = -1;
                /* (with whom it speaks for, after the phrase: '"...," a
                 * spokeswoman for Transandina said. She said') */
                /* (up to the phrase's comma: "An official at the
                 * commission, who asked not to be named, said") */
                uint32_t hi = sift_sent_t1(d, u0);
                for (uint32_t k = u1 + 1; k < hi; k++)
                    if ((sift_is_punct(d, k, ',') && k + 1 < hi && !(d->toks.v[k + 1].flags & TF_CAP)) ||
                        (sift_is_cue(d, k) && !(d->toks.v[k].flags & TF_INQUOTE))) {
                        hi = k;
                        break;
                    }
                if (u1 + 1 < hi && spokes_for(d, u1, hi)) {
                    uint32_t f1 = spoken_for(d, u1, hi);
                    if (f1 == u1) { /* (a name no entity holds) */
                        uint32_t c = u1 + 1;
                        while (c < hi && (d->toks.v[c].flags & TF_CAP) && d->toks.v[c].kind == TK_WORD &&
                               !(d->toks.v[c].flags & TF_INQUOTE))
                            c++;
                        f1 = c > u1 + 1 ? c : u1;
                    }
                    u1 = f1;
                }
                uint32_t f = u0; /* "A spokesman for the airline" */
                while (f < u1 && !spokes_for(d, f, u1))
                    f++;
                *name = f < u1 ? spokes_phrase(d, u0, f, u1) : sift_span_text(d, u0, u1);
                return;
            }
            if (*ent < 0)
                *ent = sift_resolve_pronoun(d, np0, g);
            if (*ent < 0)
                *name = unnamed_speaker_before(d, np0);
        } else if (g == 'P' && sift_tok_is(d, np0, "they")) {
            /* "The researchers, led by ..., pooled data. They found that ...":
             * a group opening the sentence before */
            uint32_t ps = d->toks.v[np0].sent;
            if (ps > 0 && d->toks.v[np0].sent == d->toks.v[sift_body_start(d, ps)].sent &&
                (sift_body_start(d, ps) == np0 || opening_phrase(d, sift_body_start(d, ps), np0))) {
                uint32_t b = sift_body_start(d, ps - 1), g0 = b;
                /* (or two people named together: "Her neighbours, Jorge and
                 * Carmen Pillco, run a small bakery.") */
                uint32_t pair = named_pair(d, b, d->sents.v[ps - 1].t1);
                if (pair) {
                    uint32_t e = pair;
                    while (d->toks.v[e].kind == TK_WORD && ((d->toks.v[e].flags & TF_CAP) || sift_tok_is(d, e, "and")))
                        e++;
                    *name = sift_span_text(d, pair, e);
                    return;
                }
                if (sift_tok_is(d, g0, "the"))
                    g0++;
                /* (or a number of them: "Two other former looters from the
                 * same village, who also spoke on condition of anonymity,
                 * described a similar trade.") */
                static const char *const how_many[] = {"two", "three", "four", "five", "several", "some", "many",
                                                       "both", NULL};
                if (sift_tok_in(d, g0, how_many) && (d->toks.v[g0].flags & TF_SENT)) {
                    uint32_t h = g0 + 1;
                    /* (people by what they do: "looters", "growers") */
                    while (h < g0 + 4 && d->toks.v[h].kind == TK_WORD && !(d->toks.v[h].flags & TF_CAP) &&
                           !person_or_group(d, h) && !sift_tok_ends(d, h, "ers"))
                        h++;
                    if (h < g0 + 4 && (person_or_group(d, h) || sift_tok_ends(d, h, "ers")) &&
                        d->toks.v[h].upos == SIFT_UPOS_NOUN && sift_tok_ends(d, h, "s") &&
                        !(d->toks.v[h].flags & TF_INQUOTE)) {
                        uint32_t t1 = d->sents.v[ps - 1].t1, e = h + 1;
                        /* (with where they are from: "from the same village") */
                        if (e < t1 && (sift_tok_is(d, e, "from") || sift_tok_is(d, e, "in") || sift_tok_is(d, e, "at")))
                            while (e < t1 && e < h + 8 && d->toks.v[e].kind == TK_WORD && !sift_finite_verb(d, e) &&
                                   !is_who(d, e))
                                e++;
                        *name = sift_span_text(d, b, e);
                        return;
                    }
                }
                const tok *gt = g0 < d->toks.n ? &d->toks.v[g0] : NULL;
                size_t gn = gt ? TOK_N(d, g0) : 0;
                /* (or the businesses or parties of a dispute: "The
                 * operators have disputed the figures.") */
                static const char *const parties[] = {"operators", "companies", "firms", "airlines", "carriers",
                                                      "producers", "manufacturers", "developers", "landlords",
                                                      "tenants", "owners", "drivers", "growers", "unions",
                                                      "retailers", "insurers", "lenders", "banks", NULL};
                if (gt && gt->kind == TK_WORD && ((gt->w.flags & W_GROUP) || sift_tok_in(d, g0, parties)) && gn > 3 &&
                    TOK_S(d, g0)[gn - 1] == 's' && !(d->toks.v[g0].flags & TF_INQUOTE)) {
                    /* (with where they work: "Analysts at Carrow Economics") */
                    uint32_t t1 = d->sents.v[ps - 1].t1;
                    *name = spokes_for(d, g0 + 1, t1) ? spokes_phrase(d, b, g0 + 1, t1)
                                                      : sift_span_text(d, b, g0 + 1);
                    return;
                }
            }
            /* "They found that ...": the group or organisation that spoke last */
            uint32_t at = d->toks.v[np0].start;
            for (size_t q = d->quotes.n, seen = 0; q-- > 0 && seen < 6; seen++) {
                const sift_quote *x = &d->quotes.v[q];
                if (x->span.start >= at || !x->speaker_name)
                    continue;
                if (x->speaker < 0 || d->ents.v[x->speaker].type == ET_ORG) {
                    *ent = x->speaker;
                    *name = x->speaker_name;
                }
                break;
            }
            return;
        } else if (g == 'N') {
            /* "Russia's Defense Ministry said Saturday its troops had ...
             * It said ...": the organisation the sentence before quotes (or
             * this one, before the pronoun), else the last one named */
            uint32_t ps = d->toks.v[np0].sent, body = sift_body_start(d, ps);
            int opens = body == np0; /* or "..., duties it argues" */
            /* ("X said that the attack bore the hallmarks of a group called
             * Graufang, which it described as ...": in a relative clause on
             * a name, whoever the sentence reports, not that name) */
            if (np0 >= 2 && (sift_tok_is(d, np0 - 1, "which") || sift_tok_is(d, np0 - 1, "that")) &&
                sift_is_punct(d, np0 - 2, ',') && body < np0) {
                size_t qs[8], nq = quotes_in(d, d->toks.v[body].start, d->toks.v[np0].start, qs, 8);
                for (size_t j = 0; j < nq; j++) {
                    const sift_quote *x = &d->quotes.v[qs[j]];
                    if (!x->speaker_name || (x->kind && strcmp(x->kind, "indirect") != 0))
                        continue;
                    if (x->speaker >= 0 && d->ents.v[x->speaker].type != ET_ORG)
                        break;
                    *ent = x->speaker;
                    *name = x->speaker_name;
                    return;
                }
                /* (or before the reports are found, the sentence's subject
                 * before its verb of saying) */
                uint32_t v = body;
                while (v < np0 - 2 &&
                       !(sift_is_cue(d, v) && sift_finite_verb(d, v) && !(d->toks.v[v].flags & TF_INQUOTE)))
                    v++;
                sift_attribution said = {-1, NULL, -1, NULL};
                if (v < np0 - 2 && v > body && !(d->toks.v[v - 1].w.flags & W_PRONOUN) &&
                    sift_speaker_of_cue(d, v, body, np0, &said) && said.name &&
                    (said.ent < 0 || d->ents.v[said.ent].type == ET_ORG)) {
                    *ent = said.ent;
                    *name = said.name;
                    return;
                }
            }
            /* "A petition signed by 1,340 people was submitted to the EPA on
             * Monday. It says that ...": the document the sentence before
             * opens with (by whoever published it, if named) */
            /* (also after an opening phrase: "In one case, it said, a
             * single card ...") */
            if ((opens || opening_phrase(d, body, np0)) && ps > 0) {
                const char *what = document_speaker(d, ps, ent);
                if (what) {
                    *name = what;
                    return;
                }
            }
            /* "The company will publish its scheme document ..., it said":
             * the organisation the sentence opens with */
            /* (or "The ministry uses a lower projection, which it says
             * reflects ...": itself, if no ministry is named) */
            /* (past a people's or a place's name: "The Malaysian government
             * has offered ..., in a deal it says would cut tolls") */
            int nat = sift_entity_at(d, body + 1);
            uint32_t hn = body + 1 + (nat >= 0 && (d->ents.v[nat].type == ET_NORP || d->ents.v[nat].type == ET_GPE) &&
                                      sift_entity_at(d, body + 2) != nat && body + 3 < np0);
            if (!opens && hn + 1 < np0 && sift_tok_is(d, body, "the") &&
                (sift_business_noun(d, hn) || institution_noun(d, hn))) {
                *ent = generic_org(d, body, hn + 1);
                if (*ent < 0 && (d->toks.v[hn + 1].upos == SIFT_UPOS_VERB || d->toks.v[hn + 1].upos == SIFT_UPOS_AUX) &&
                    !(d->toks.v[hn].flags & TF_POSS)) {
                    *name = sift_span_text(d, body, hn + 1);
                    return;
                }
            }
            /* (or a business the story opens with, named later: "A
             * Bengaluru start-up that makes hearing aids ... has raised $18
             * million, it said") */
            else if (!opens && body + 2 < np0 && (sift_tok_is(d, body, "a") || sift_tok_is(d, body, "an")) &&
                     !(d->toks.v[body].flags & TF_INQUOTE)) {
                for (uint32_t h = body + 1; h < body + 6 && h < np0; h++) {
                    if ((d->toks.v[h].kind != TK_WORD && !sift_is_punct(d, h, '-')) ||
                        (d->toks.v[h].w.flags & (W_VERB | W_PREP)))
                        break;
                    if (sift_business_noun(d, h) && !(d->toks.v[h].flags & TF_CAP)) {
                        *name = sift_span_text(d, body, h + 1);
                        return;
                    }
                }
            }
            /* "The central bank kept policy unchanged, citing what it described as" */
            else if (!opens && body + 3 < np0 && sift_tok_is(d, body, "the") &&
                     d->toks.v[body + 1].kind == TK_WORD && !(d->toks.v[body + 1].flags & TF_CAP) &&
                     (sift_business_noun(d, body + 2) || sift_tok_org_kind(d, body + 2))) {
                *ent = generic_org(d, body, body + 3);
                /* (or the body itself, named by no name: "The metro operator
                 * will raise the price ..., it said") */
                if (*ent < 0 && (d->toks.v[body + 3].w.flags & W_AUX) && !(d->toks.v[body + 3].flags & TF_CAP) &&
                    !(d->toks.v[body + 1].w.flags & (W_VERB | W_AUX | W_PREP | W_DET))) {
                    *name = sift_span_text(d, body, body + 3);
                    return;
                }
            }
            /* (or a place's: "Medellín's metro operator will raise ..., it
             * said", by the body of its kind named next if any) */
            else if (!opens && sift_entity_at(d, body) >= 0 && d->ents.v[sift_entity_at(d, body)].type == ET_GPE) {
                /* (or two words before the noun: "Australia's peak union
                 * body will ask ..., it announced") */
                uint32_t o = sift_name_end(d, body, np0), h = o + 2;
                if (h + 2 < np0 && d->toks.v[h].kind == TK_WORD && !(d->toks.v[h].flags & TF_CAP) &&
                    !(d->toks.v[h].w.flags & (W_VERB | W_AUX | W_PREP | W_DET)) &&
                    (sift_business_noun(d, h + 1) || sift_tok_org_kind(d, h + 1) || institution_noun(d, h + 1)))
                    h++;
                if (h + 2 < np0 && d->toks.v[o].kind != TK_WORD && (d->toks.v[o].flags & TF_POSS) &&
                    d->toks.v[o + 1].kind == TK_WORD && !(d->toks.v[o + 1].flags & TF_CAP) &&
                    !(d->toks.v[o + 1].w.flags & (W_VERB | W_AUX | W_PREP | W_DET)) &&
                    (sift_business_noun(d, h) || sift_tok_org_kind(d, h) || (h > o + 2 && institution_noun(d, h))) &&
                    (d->toks.v[h + 1].w.flags & W_AUX) && !(d->toks.v[h + 1].flags & TF_CAP)) {
                    *ent = generic_org(d, body, h + 1);
                    if (*ent < 0)
                        *name = sift_span_text(d, body, h + 1);
                    else
                        *name = d->ents.v[*ent].name;
                    return;
                }
            }
            /* ('Singapore's financial regulator said it had asked ... .
             * "...," it said': a body given no name that spoke in the
             * sentence before, found before the reports are) */
            if (*ent < 0 && ps > 0 && np0 > 0 && d->toks.v[np0 - 1].kind == TK_QUOTE && !d->n_direct) {
                const char *b = unnamed_body_in(d, ps - 1, 0, np0, ent);
                if (b) {
                    *name = b;
                    return;
                }
            }
            if (*ent < 0 && (ps > 0 || !opens)) {
                uint32_t from = d->toks.v[d->sents.v[opens ? ps - 1 : ps].t0].start,
                         at = d->toks.v[np0].start;
                size_t qs[16], nq = quotes_in(d, from, at, qs, 16);
                for (size_t j = 0; j < nq; j++) {
                    const sift_quote *x = &d->quotes.v[qs[j]];
                    /* (a fragment quoted inside a report takes the report's
                     * speaker only later: the report speaks for it) */
                    if (x->kind && strcmp(x->kind, "mixed") == 0)
                        continue;
                    if (x->speaker >= 0 && d->ents.v[x->speaker].type == ET_ORG)
                        *ent = x->speaker;
                    /* (or a body left unnamed: "the general staff of the
                     * armed forces said ... . It gave no toll", "the eSafety
                     * Commissioner said ... . It said") */
                    /* (or earlier in its own sentence: "..., the scheme's
                     * operator said on Thursday, though it insisted") */
                    else if (x->speaker < 0 && (org_phrase(d, x->speaker_name) || doc_phrase(x->speaker_name))) {
                        *name = x->speaker_name;
                        return;
                    }
                    break;
                }
            }
            /* "Pirkka's fine was reduced by 30% because it cooperated, it
             * said" after "..., the Commission said in a statement": the
             * organisation the sentence before quotes, unless this one opens
             * with an organisation of its own ("Acme will appeal, it said") */
            if (*ent < 0 && !opens && ps > 0 && body < np0) {
                int own = sift_entity_at(d, body);
                uint32_t e = sift_name_end(d, body, np0);
                if (own < 0 || d->ents.v[own].type != ET_ORG || (d->toks.v[e].flags & TF_POSS)) {
                    size_t qs[16], nq = quotes_in(d, d->toks.v[d->sents.v[ps - 1].t0].start,
                                                  d->toks.v[d->sents.v[ps].t0].start, qs, 16);
                    for (size_t j = nq; j-- > 0;) {
                        const sift_quote *x = &d->quotes.v[qs[j]];
                        if (x->kind && strcmp(x->kind, "mixed") == 0)
                            continue;
                        if (x->speaker >= 0 && d->ents.v[x->speaker].type == ET_ORG)
                            *ent = x->speaker;
                        /* (or a body left unnamed: "The Colombian army said
                         * ... . Five other soldiers were wounded, it said";
                         * or a document: "The evaluation found ... .
                         * Shootings fell by 24 percent, it said") */
                        else if (x->speaker < 0 && (org_phrase(d, x->speaker_name) || doc_phrase(x->speaker_name))) {
                            /* (the one last named if its name holds the noun:
                             * "the committee" after "the People's Committee") */
                            int lo = last_org(d, np0);
                            const char *head = strrchr(x->speaker_name, ' ') + 1;
                            if (lo >= 0 && has_word(d->ents.v[lo].name, head, strlen(head))) {
                                *ent = lo;
                                break;
                            }
                            *name = x->speaker_name;
                            return;
                        }
                        break;
                    }
                }
            }
            /* "The health ministry put the figure far lower. In a statement
             * issued at midday, it said": the body the sentence before opens
             * with, named or not */
            if (*ent < 0 && ps > 0 && (opens || opening_phrase(d, body, np0))) {
                uint32_t pb = sift_body_start(d, ps - 1), pe = pb + 2;
                /* ("The national statistics office", "The city transport
                 * department") */
                while (pe < pb + 4 && pe + 1 < d->sents.v[ps - 1].t1 && d->toks.v[pe - 1].kind == TK_WORD &&
                       !(d->toks.v[pe - 1].flags & TF_CAP) && !institution_noun(d, pe - 1) &&
                       !sift_business_noun(d, pe - 1))
                    pe++;
                /* (or whose possession it opens with: "The union's count
                 * is more than double that. It says ...") */
                /* (or a business: "The company disputed that account.") */
                if (sift_tok_is(d, pb, "the") && pe < d->sents.v[ps - 1].t1 &&
                    (institution_noun(d, pe - 1) || sift_business_noun(d, pe - 1)) &&
                    !(d->toks.v[pe - 1].flags & TF_CAP) &&
                    (sift_finite_verb(d, pe) || (d->toks.v[pe].kind != TK_WORD && (d->toks.v[pe].flags & TF_POSS)) ||
                     /* (a verb the tagger took for a plural: "The
                      * municipality disputes that.") */
                     (sift_tok_ends(d, pe, "s") && pe + 1 < d->sents.v[ps - 1].t1 &&
                      (d->toks.v[pe + 1].w.flags & (W_DET | W_PRONOUN))))) {
                    *ent = generic_org(d, pb, pe);
                    if (*ent < 0) {
                        *name = sift_span_text(d, pb, pe);
                        return;
                    }
                }
                /* (or a country's: "China's embassy in The Hague condemned
                 * the decision.", with where it is) */
                uint32_t pt1 = d->sents.v[ps - 1].t1, ge = pb;
                int owner = sift_entity_at(d, pb);
                if (owner >= 0 && d->ents.v[owner].type == ET_GPE)
                    ge = sift_name_end(d, pb, pt1);
                /* (or one word on the noun: "Egypt's foreign ministry, which
                 * says ..., said") */
                uint32_t gn = ge + 1 + (ge + 3 < pt1 && !institution_noun(d, ge + 1) &&
                                        d->toks.v[ge + 1].kind == TK_WORD && institution_noun(d, ge + 2) &&
                                        !(d->toks.v[ge + 2].flags & TF_CAP));
                if (*ent < 0 && ge > pb && gn + 1 < pt1 && (d->toks.v[ge].flags & TF_POSS) &&
                    institution_noun(d, gn) &&
                    !(d->toks.v[gn].flags & TF_CAP) && !(d->toks.v[ge + 1].flags & TF_CAP)) {
                    uint32_t e = gn + 1;
                    if (e + 1 < pt1 && sift_tok_is(d, e, "in") && sift_entity_at(d, e + 1) >= 0)
                        e = sift_name_end(d, e + 1, pt1);
                    if (e < pt1 && (sift_finite_verb(d, e) || sift_is_punct(d, e, ','))) {
                        *name = sift_span_text(d, pb, e);
                        return;
                    }
                }
            }
            /* ("The report by ... found that ... . Aboriginal and Torres
             * Strait Islander people made up 88 percent of the prison
             * population, it said": the document the sentence before
             * opens with, not a name inside the clause) */
            int own = sift_entity_at(d, body);
            if (*ent < 0 && !opens && ps > 0 && (own < 0 || d->ents.v[own].type != ET_ORG)) {
                const char *what = document_speaker(d, ps, ent);
                if (what) {
                    *name = what;
                    return;
                }
            }
            if (*ent < 0 && ps > 0)
                *ent = opened_speaking(d, ps - 1, 3);
            if (*ent < 0)
                *ent = last_org(d, np0); /* "it said" */
        }
        if (*ent >= 0)
            *name = d->ents.v[*ent].name;
        return;
    }
    /* "The Hanbit branch of the Korean Metal Workers' Union": a part of an
     * organisation speaks, named with it (not the place or firm before) */
    for (uint32_t i = np0 + 1; i + 2 < np1; i++)
        if (sift_tok_in(d, i, org_parts) && !(d->toks.v[i].flags & TF_CAP) && sift_tok_is(d, i + 1, "of")) {
            uint32_t o = i + 2 + (i + 3 < np1 && sift_tok_is(d, i + 2, "the"));
            int x = sift_entity_at(d, o);
            if (x >= 0 && d->ents.v[x].type == ET_ORG && sift_name_end(d, o, np1) == np1) {
                *name = sift_span_text(d, np0, np1);
                return;
            }
            break;
        }
    for (uint32_t i = np0; i < np1; i++) {
        /* "A group calling itself Saraya Thar al-Rafidain claimed": the name
         * the group gives itself */
        if (i > np0 && sift_tok_is(d, i, "itself") && i + 1 < np1 && sift_entity_at(d, i + 1) >= 0 &&
            (sift_tok_is(d, i - 1, "calling") || sift_tok_is(d, i - 1, "calls"))) {
            *ent = sift_entity_at(d, i + 1);
            *name = d->ents.v[*ent].name;
            return;
        }
        /* "he has long complained", "she has repeatedly said": the pronoun
         * alone */
        if (i == np0 && np1 > np0 + 1 && (d->toks.v[i].w.flags & W_PRONOUN) && !(d->toks.v[i].flags & TF_POSS)) {
            int rest = 1;
            for (uint32_t k = np0 + 1; k < np1 && rest; k++)
                rest = (d->toks.v[k].w.flags & W_AUX) || is_adverb(d, k) || sift_tok_is(d, k, "long") ||
                       sift_tok_is(d, k, "also") || sift_tok_is(d, k, "never") || sift_tok_is(d, k, "still");
            if (rest) {
                sift_name_speaker(d, np0, np0 + 1, ent, name);
                return;
            }
        }
        /* "Residents of Ajegunle and Makoko", "A former colleague of
         * MacAuley", "Mediators from Varenia", "Elders in Pir Kallag": the
         * group or person speaks, not a name after "of", "from" or "in" */
        /* (and "A person close to Wekesa's family", "a source familiar with
         * Ortiz's thinking": who is close to the name is not the name) */
        if (i > np0 && (sift_tok_is(d, i, "of") || sift_tok_is(d, i, "from") || sift_tok_is(d, i, "in") ||
                        sift_tok_is(d, i, "close") || sift_tok_is(d, i, "familiar")) &&
            !(d->toks.v[i - 1].w.flags & W_ORGKEY) &&
            (((d->toks.v[i - 1].w.flags & W_GROUP) && TOK_S(d, i - 1)[TOK_N(d, i - 1) - 1] == 's') ||
             person_word(d, i - 1) || any_source(d, i - 1) ||
             /* ("The publisher of Tiszantuli Hirlap": who publishes a paper
              * is not the paper) */
             trade_of(d, i)) &&
            !title_of_field(d, i, np1)) {
            /* ("Leaders of the Norwegian Coastal Fishers' Union": people of
             * an organisation, named with it) */
            uint32_t o = i + 1 + (i + 1 < np1 && sift_tok_is(d, i + 1, "the"));
            int org = o < np1 && sift_tok_is(d, i, "of") && sift_entity_at(d, o) >= 0 &&
                      d->ents.v[sift_entity_at(d, o)].type == ET_ORG && i == np0 + 1;
            if (org && sift_name_end(d, o, np1) == np1) {
                *name = sift_span_text(d, np0, np1);
                return;
            }
            break;
        }
        /* "A lawyer for Lucia Ferraz", "A spokesman for Governor Ferraz":
         * who speaks for a person is not that person (a body speaks through
         * its spokesman: "A spokesman for Lufthansa" stays Lufthansa) */
        if (i > np0 && person_word(d, i - 1) && client_end(d, i, np1) == np1) {
            *name = sift_span_text(d, np0, np1);
            return;
        }
        int e = sift_entity_at(d, i);
        /* "the Boston-based biotech": where it is based is not who speaks */
        if (e >= 0 && d->ents.v[e].type == ET_GPE && after_based(d, i, np1) > i) {
            i = after_based(d, i, np1) - 1;
            continue;
        }
        if (e >= 0 && d->ents.v[e].type == ET_PERSON) {
            /* "Al-Bidda's chief executive": an owner is not the speaker */
            uint32_t k = i;
            while (k < np1 && sift_entity_at(d, k) == e)
                k++;
            if (k + 1 < np1 && (d->toks.v[k].flags & TF_POSS)) {
                i = k;
                continue;
            }
            /* "Vilanova president António de Sousa Brandão": a name before a
             * title and another person's name is where the title is held */
            uint32_t r = k; /* (or a capitalised title: "Las Condes Mayor Rodrigo Larrain") */
            while (r < np1 && r < k + 3 && d->toks.v[r].kind == TK_WORD &&
                   (!(d->toks.v[r].flags & TF_CAP) || (d->toks.v[r].w.flags & (W_TITLE | W_TITLE_MOD))) &&
                   (d->toks.v[r].w.flags & (W_TITLE | W_PERSON_NOUN | W_TITLE_MOD)))
                r++;
            if (r > k && r < np1 && sift_entity_at(d, r) >= 0 && sift_entity_at(d, r) != e &&
                d->ents.v[sift_entity_at(d, r)].type == ET_PERSON) {
                i = r - 1;
                continue;
            }
            *ent = e;
            *name = d->ents.v[e].name;
            return;
        }
    }
    const char *again = unnamed_again(d, np0, np1);
    if (!again)
        again = unnamed_body_again(d, np0, np1, ent);
    if (again) {
        *name = again;
        return;
    }
    uint32_t a0, a1;
    if (unnamed_aged(d, np0, np1, &a0, &a1)) {
        *name = sift_span_text(d, a0, a1);
        return;
    }
    /* "..., a provincial inquiry has concluded. ¶ The Punjab Flood Inquiry
     * Commission, headed by ...": a body the next sentence opens with,
     * named for the document it makes */
    /* (or a body by its kind: "..., according to an industry group,
     * leaving ... . ¶ The Nigerian Gaming Operators Forum, which ..., said") */
    if (np1 >= np0 + 2 && np1 <= np0 + 4 && (sift_tok_is(d, np0, "a") || sift_tok_is(d, np0, "an")) &&
        (sift_tok_org_kind(d, np1 - 1) || institution_noun(d, np1 - 1)) && plain_words(d, np0 + 1, np1)) {
        int nx = named_next(d, np0, 0);
        if (nx >= 0 && new_maker_next(d, np0, nx) && !other_kind(d, np1 - 1, d->ents.v[nx].name)) {
            *ent = nx;
            *name = d->ents.v[nx].name;
            return;
        }
    }
    int adj = np1 == np0 + 3 && d->toks.v[np0 + 1].upos == SIFT_UPOS_ADJ && !(d->toks.v[np0 + 1].flags & TF_CAP);
    if ((np1 == np0 + 2 || adj) && (sift_tok_is(d, np0, "a") || sift_tok_is(d, np0, "an")) &&
        sift_document_noun(d, np1 - 1) && !(d->toks.v[np0].flags & TF_INQUOTE)) {
        int nx = named_next(d, np0, 0);
        if (nx >= 0 && (has_word(d->ents.v[nx].name, TOK_S(d, np1 - 1), TOK_N(d, np1 - 1)) ||
                        new_maker_next(d, np0, nx))) {
            *ent = nx;
            *name = d->ents.v[nx].name;
            return;
        }
    }
    /* "after an audit found that ... . The audit, released Wednesday by
     * the Office of the Comptroller of Bogota, blamed": a document first
     * met without its maker, who the next sentences name */
    if (np1 == np0 + 2 && (sift_tok_is(d, np0, "a") || sift_tok_is(d, np0, "an")) &&
        sift_document_noun(d, np0 + 1) && !(d->toks.v[np0].flags & TF_INQUOTE)) {
        uint32_t s = d->toks.v[np0].sent, last = s + 2 < d->sents.n ? s + 2 : (uint32_t)d->sents.n - 1;
        for (uint32_t j = np1; j + 1 < d->sents.v[last].t1; j++) {
            /* (or another word for it opening the next sentence: "according
             * to a report released on Tuesday. The study by the Victorian
             * Labour Research Centre found") */
            uint32_t js = d->toks.v[j].sent;
            int opens = js == s + 1 && j == sift_body_start(d, js) + 1 && sift_document_noun(d, j) &&
                        sift_tok_is(d, j + 1, "by");
            if ((!sift_toks_equal(d, j, np0 + 1, 1) && !opens) || !sift_tok_is(d, j - 1, "the") ||
                (d->toks.v[j].flags & TF_INQUOTE))
                continue;
            int mk = maker_aside(d, j);
            if (mk >= 0) {
                *ent = mk;
                *name = d->ents.v[mk].name;
                return;
            }
            break;
        }
    }
    /* "WAEC's release", "the Mining Ministry's latest figures": a document
     * by the body or person that owns it, when the owner is named (not
     * "the council's own figures", no council named) */
    if (np1 >= np0 + 3 && (sift_document_noun(d, np1 - 1) || sift_tok_is(d, np1 - 1, "release"))) {
        uint32_t p = np1 - 1;
        while (p > np0 + 2 && p + 3 > np1 && d->toks.v[p - 1].kind == TK_WORD && !(d->toks.v[p - 1].flags & TF_CAP))
            p--; /* ("own", "latest", "annual") */
        int oe = -1;
        const char *on = NULL;
        if (d->toks.v[p - 1].kind != TK_WORD && (d->toks.v[p - 1].flags & TF_POSS))
            sift_name_speaker(d, np0, p - 1, &oe, &on);
        int named = 0;
        for (uint32_t k = np0; k + 1 < p && oe >= 0 && !named; k++)
            named = sift_entity_at(d, k) == oe;
        if (named) {
            *ent = oe;
            *name = d->ents.v[oe].name;
            return;
        }
    }
    /* (or an owner before the phrase: "The BSI's annual report on the
     * state of IT security, published in November, found") */
    if (np0 >= 2 && d->toks.v[np0 - 1].kind != TK_WORD && (d->toks.v[np0 - 1].flags & TF_POSS)) {
        uint32_t hh = head_end(d, np0, np1);
        int oe = sift_entity_at(d, np0 - 2);
        if (hh > np0 && sift_document_noun(d, hh - 1) && oe >= 0 &&
            (d->ents.v[oe].type == ET_ORG || d->ents.v[oe].type == ET_PERSON)) {
            *ent = oe;
            *name = d->ents.v[oe].name;
            return;
        }
    }
    /* (a document is no person its author's description holds: "The
     * study" is not "a researcher ... who led the study") */
    int e = sift_document_noun(d, np1 - 1) && !person_word(d, np1 - 1) ? -1 : sift_resolve_nominal(d, np0, np1);
    if (e < 0)
        e = generic_org(d, np0, np1);
    if (e < 0)
        e = staff_body(d, np0, np1);
    if (e < 0)
        e = same_source(d, np0, np1);
    /* "the company building it said": the noun before what it does */
    /* (not a person's: "The officer leading the investigation told") */
    if (e < 0 && np1 > np0 + 3 && sift_tok_is(d, np0, "the") && ing_form(d, np0 + 2) &&
        !(d->toks.v[np0 + 2].flags & TF_CAP) && !sift_is_cue(d, np0 + 2) && !person_word(d, np0 + 1))
        e = generic_org(d, np0, np0 + 2);
    if (e < 0)
        e = role_of_last_speaker(d, np0, np1);
    if (e < 0)
        e = role_given_before(d, np0, np1);
    if (e < 0)
        e = sift_nation_person(d, np0, np1);
    /* ("The survey of 148 library systems found": the document before
     * what it is of) */
    /* (or what it is on, past a word on it: "The thematic report on
     * internal migration, drawn from ..., found") */
    static const char *const on_what[] = {"of", "on", "into", "about", NULL};
    for (uint32_t k = np0 + 2; e < 0 && k + 1 < np1 && k < np0 + 4; k++)
        if (sift_tok_in(d, k, on_what) && !(d->toks.v[k].flags & TF_CAP) && own_document(d, np0, k)) {
            np1 = k;
            break;
        }
    /* (or before when it came: "Its bulletin on Friday warned") */
    uint32_t dn1 = np1;
    while (e < 0 && dn1 > np0 + 2 && (d->toks.v[dn1 - 1].flags & TF_USED))
        dn1--;
    if (e < 0 && dn1 < np1 && dn1 > np0 + 2 && (sift_tok_is(d, dn1 - 1, "on") || sift_tok_is(d, dn1 - 1, "in")) &&
        own_document(d, np0, dn1 - 1))
        np1 = dn1 - 1;
    /* (not a person by what they do with it: "The officer leading the
     * investigation told reporters") */
    if (e < 0 && own_document(d, np0, np1) && !(np1 > np0 + 3 && person_word(d, np0 + 1) && ing_form(d, np0 + 2))) {
        /* "Protect Kerrisdale Character ... commissioned its own study":
         * the organisation before "its" in the same sentence */
        uint32_t s0 = d->sents.v[d->toks.v[np0].sent].t0;
        if (sift_tok_is(d, np0, "its"))
            for (uint32_t k = np0; k-- > s0 && e < 0;) {
                int x = sift_entity_at(d, k);
                if (x >= 0 && d->ents.v[x].type == ET_ORG && !(d->toks.v[k].flags & TF_INQUOTE))
                    e = x;
            }
        /* ("The Bangladesh Meteorological Department raised its danger
         * signal ... . Its special bulletin said": opening the sentence,
         * the organisation the sentence before opens with) */
        uint32_t ps = d->toks.v[np0].sent;
        if (e < 0 && sift_tok_is(d, np0, "its") && np0 == sift_body_start(d, ps) && ps > 0) {
            uint32_t b = sift_body_start(d, ps - 1);
            b += sift_tok_is(d, b, "the") && !(d->toks.v[b].flags & TF_INQUOTE);
            int x = sift_entity_at(d, b);
            if (x >= 0 && d->ents.v[x].type == ET_ORG && !(d->toks.v[b].flags & TF_INQUOTE) && !sift_in_dateline(d, b))
                e = x;
        }
        if (e < 0)
            e = document_maker(d, np1 - 1);
        const char *maker = e < 0 ? unnamed_document_maker(d, np1 - 1) : NULL;
        if (maker) {
            *name = maker;
            return;
        }
    }
    /* ("According to the agency's draft opinion": the body "the agency"
     * means, named before, makes the document) */
    if (e < 0 && sift_tok_is(d, np0, "the") && np0 + 3 < np1 && np1 <= np0 + 6 && d->toks.v[np0 + 2].kind != TK_WORD &&
        (d->toks.v[np0 + 2].flags & TF_POSS) && !(d->toks.v[np0 + 1].flags & TF_CAP) &&
        (institution_noun(d, np0 + 1) || sift_business_noun(d, np0 + 1)) && !person_word(d, np1 - 1) &&
        !(d->toks.v[np1 - 1].w.flags & (W_TITLE | W_PERSON_NOUN | W_GROUP)) && !(d->toks.v[np1 - 1].flags & TF_CAP) &&
        d->toks.v[np1 - 1].upos == SIFT_UPOS_NOUN) {
        /* (a body whose name holds the noun, or a firm by its name) */
        int x = generic_org(d, np0, np0 + 2);
        if (x >= 0 && (name_holds(d->ents.v[x].name, TOK_S(d, np0 + 1), TOK_N(d, np0 + 1)) ||
                       (sift_business_noun(d, np0 + 1) && company_name(d, d->ents.v[x].name))))
            e = x;
    }
    /* ("A survey, published by X, found": a document no context makes,
     * whose maker the aside names) */
    if (e < 0 && np1 > np0 + 1 && (sift_tok_is(d, np0, "a") || sift_tok_is(d, np0, "an")) &&
        sift_document_noun(d, np0 + 1))
        e = maker_aside(d, np0 + 1);
    if (e >= 0) {
        *ent = e;
        *name = d->ents.v[e].name;
        return;
    }
    uint32_t h = head_end(d, np0, np1);
    /* "the owner of the Arlène and Sorelli fashion houses said": the
     * company named last that owns them */
    if (h == np0 + 2 && h + 2 < np1 && sift_tok_is(d, np0, "the") && sift_tok_is(d, h, "of") &&
        (sift_tok_is(d, np0 + 1, "owner") || sift_tok_is(d, np0 + 1, "parent") || sift_tok_is(d, np0 + 1, "maker"))) {
        int firm = last_org(d, np0);
        if (firm >= 0) {
            *ent = firm;
            *name = d->ents.v[firm].name;
            return;
        }
    }
    /* "The head of the mobile division" before "Kim Soo-yeon, who runs the
     * division": the head of the phrase alone may find the person */
    /* (not "the president of another college": the rest says it is
     * someone else's) */
    /* (nor "the director of a youth theatre": one of many, not met before) */
    int of_one = h + 2 < np1 && sift_tok_is(d, h, "of") && (sift_tok_is(d, h + 1, "a") || sift_tok_is(d, h + 1, "an"));
    if (h < np1 && h >= np0 + 2 && sift_tok_is(d, np0, "the") && d->toks.v[h - 1].kind == TK_WORD &&
        !(d->toks.v[h - 1].flags & TF_CAP) && !sift_someone_else(d, h, sift_sent_t1(d, h)) && !of_one &&
        (e = sift_resolve_nominal(d, np0, h)) >= 0) {
        *ent = e;
        *name = d->ents.v[e].name;
        return;
    }
    /* "The Business Daily newspaper", "state broadcaster NHK": the kind of
     * organisation beside its name is the organisation (not a trade's:
     * "The publisher of Tiszantuli Hirlap" is not the paper) */
    /* (or a union by its initials: "the GMB union") */
    if (h > np0 && (sift_tok_org_kind(d, h - 1) || sift_tok_is(d, h - 1, "union")) && !(h < np1 && trade_of(d, h))) {
        for (uint32_t i = np0; i < np1; i++) {
            int x = sift_entity_at(d, i);
            /* (but "the Premier League club": a league, a group or a union
             * before the noun is not the club, the company or the member
             * it names; the one the noun alone means, if any) */
            if (x >= 0 && d->ents.v[x].type == ET_ORG && sift_name_end(d, i, h) == h - 1 && h - 2 > i &&
                institution_noun(d, h - 2) && !sift_toks_equal(d, h - 2, h - 1, 1)) {
                int y = generic_org(d, h - 1, h);
                if (y >= 0 && y != x)
                    x = y;
            }
            if (x >= 0 && d->ents.v[x].type == ET_ORG) {
                *ent = x;
                *name = d->ents.v[x].name;
                return;
            }
        }
    }
    /* with a parse, the phrase ends at its head noun: "two people familiar
     * with the talks" is "two people"; a role noun the tagger calls an
     * adjective ("Elections official") is still the head, and so is the
     * noun after an adjective ("emergency medical institute INEM") */
    if (d->toks.v[np0].upos) {
        for (uint32_t i = np0 + 1; i < h; i++)
            if ((d->toks.v[i].upos == SIFT_UPOS_ADJ || d->toks.v[i].upos == SIFT_UPOS_VERB) &&
                d->toks.v[i - 1].upos == SIFT_UPOS_NOUN && !(d->toks.v[i].flags & TF_CAP) &&
                !(d->toks.v[i].w.flags & W_PERSON_NOUN) &&
                !(sift_document_noun(d, i) && (d->toks.v[i - 1].w.flags & W_DET) == 0 &&
                  i > np0 + 1 && sift_is_punct(d, i - 2, '-')) && /* ("the 412-page report") */
                !(i + 1 < h && (d->toks.v[i + 1].upos == SIFT_UPOS_NOUN ||
                                d->toks.v[i + 1].upos == SIFT_UPOS_PROPN))) {
                h = i;
                break;
            }
    }
    /* "an OPEC statement", "a UN report": the organisation that made it */
    if (h > np0 + 1 && sift_document_noun(d, h - 1)) {
        for (uint32_t i = np0; i + 1 < h; i++) {
            int x = sift_entity_at(d, i);
            if (x >= 0 && d->ents.v[x].type == ET_ORG && !(d->toks.v[h - 2].flags & TF_POSS)) {
                *ent = x;
                *name = d->ents.v[x].name;
                return;
            }
        }
    }
    /* "a ministry document seen by Reuters", "a company filing": the
     * organisation the noun before the document means, after a determiner
     * (named_by_context takes "agency data" with none; a "business plan"
     * is a kind of plan, no business's) */
    if (h >= np0 + 3 && sift_document_noun(d, h - 1) && d->toks.v[h - 2].kind == TK_WORD &&
        !sift_tok_is(d, h - 2, "business") &&
        !(d->toks.v[h - 2].flags & TF_CAP) && sift_entity_at(d, h - 2) < 0 && institution_noun(d, h - 2) &&
        (d->toks.v[h - 3].w.flags & W_DET)) {
        int x = generic_org(d, h - 2, h - 1);
        if (x >= 0) {
            *ent = x;
            *name = d->ents.v[x].name;
            return;
        }
    }
    /* (or two words with none: "central bank data showed") */
    if (h == np0 + 3 && sift_document_noun(d, h - 1) && institution_noun(d, h - 2) && plain_words(d, np0, h - 1)) {
        int x = generic_org(d, np0, h - 1);
        if (x >= 0) {
            *ent = x;
            *name = d->ents.v[x].name;
            return;
        }
    }
    /* "The group's analysis of satellite imagery found": the organisation
     * the owner stands for */
    /* (with words before the document: "The directorate's daily bulletin") */
    uint32_t ps = h > np0 + 2 ? h - 2 : np0;
    while (ps > np0 + 1 && h - ps <= 4 && d->toks.v[ps].kind == TK_WORD && plain_words(d, ps, ps + 1))
        ps--;
    if (h > np0 + 2 && sift_document_noun(d, h - 1) && d->toks.v[ps].kind != TK_WORD &&
        (d->toks.v[ps].flags & TF_POSS) && sift_tok_is(d, np0, "the") && ps <= np0 + 3 &&
        (ps == h - 2 || named_before(d, ps - 1))) { /* (not "the council's own figures", no council named) */
        int x = generic_org(d, np0, ps);
        if (x >= 0) {
            *ent = x;
            *name = d->ents.v[x].name;
            return;
        }
    }
    /* "A survey by the Visayas Research Center", "Official figures from the
     * Turkish Statistical Institute": the maker named after "by" or "from" */
    /* (the tagger may take the participle for the verb: "Figures released
     * by the Central Statistics Office") */
    /* (and its date: "Figures published last month by the Office for
     * Students") */
    uint32_t dh = h;
    while (dh > np0 + 1 && when_made(d, dh - 1))
        dh--;
    /* (or the date right after it: "A report last year by the Legislative
     * Budget and Finance Committee") */
    dh = dh > np0 + 1 && made_by(d, dh - 1) && sift_document_noun(d, dh - 2) ? dh - 1
         : dh < h && dh > np0 && sift_document_noun(d, dh - 1)              ? dh
                                                                            : h;
    /* (or any count compiled: "Flight times compiled by the forum suggest") */
    static const char *const compiled[] = {"compiled", "collected", "gathered", NULL};
    int counted = dh > np0 && dh + 2 < np1 && sift_tok_in(d, dh, compiled) && sift_tok_is(d, dh + 1, "by") &&
                  d->toks.v[dh - 1].upos == SIFT_UPOS_NOUN;
    if (dh > np0 && (sift_document_noun(d, dh - 1) || counted)) {
        /* "A study commissioned by the ministry and published by the
         * consultancy X": who made it, not who paid for it */
        uint32_t from = dh;
        if (sift_tok_is(d, dh, "commissioned") || sift_tok_is(d, dh, "funded"))
            for (uint32_t k = dh + 2; k + 2 < np1 && k < dh + 10; k++)
                if (sift_tok_is(d, k, "and") && made_by(d, k + 1) && !sift_tok_is(d, k + 1, "commissioned")) {
                    from = k + 1;
                    break;
                }
        for (uint32_t i = from; i + 1 < np1 && i < from + 14; i++) {
            /* (or "of" right after it: "the report of the Cedar Lake
             * Wildfire Inquiry") */
            /* (but an audit "of" something examines it: "An audit of the
             * Kalamaria General Hospital has found" is no hospital's) */
            static const char *const examinations[] = {"audit", "review", "inspection", "investigation",
                                                       "analysis", "survey", "study", "assessment", "inquiry",
                                                       "evaluation", "examination", "probe", "census", "poll", NULL};
            /* (or whom it was carried out for: "a poll of 600 residents
             * conducted for the Rarotonga Herald") */
            int for_whom = sift_tok_is(d, i, "for") && i > dh &&
                           (sift_tok_is(d, i - 1, "conducted") ||
                            (sift_tok_is(d, i - 1, "out") && sift_tok_is(d, i - 2, "carried")));
            if (!sift_tok_is(d, i, "by") && !sift_tok_is(d, i, "from") && !for_whom &&
                !(i == dh && sift_tok_is(d, i, "of") && !sift_tok_in(d, dh - 1, examinations)))
                continue;
            /* (not what it is of when its maker follows: "A review of
             * Brigalow by the Queensland Ombudsman") */
            int by_next = 0;
            if (sift_tok_is(d, i, "of"))
                for (uint32_t b = i + 1; b + 1 < np1 && b < i + 12 && !by_next; b++)
                    by_next = sift_tok_is(d, b, "by");
            if (by_next)
                continue;
            /* "a report obtained by Reuters": not its maker; but "a report
             * published by the Court of Auditors" is */
            if (i > dh && (sift_tok_ends(d, i - 1, "ed") || sift_tok_ends(d, i - 1, "en")) && !made_by(d, i - 1))
                break;
            /* (a body by its kind, owned by a place or a body: "by the
             * Finnish parliament's defence committee", "from South Korea's
             * trade ministry", named as the phrase is) */
            if (!sift_tok_is(d, i, "of") && owned_body(d, i + 1, np1)) {
                sift_name_speaker(d, i + 1, np1, ent, name);
                if (*name)
                    return;
            }
            /* (after its kind: "by the national statistics agency INDEC") */
            /* (and past where it is based: "by Jakarta-based think tank
             * Energi Bersih Institute") */
            for (uint32_t j = i + 1, lim = i + 8; j < np1 && j < lim; j++) {
                int x = sift_entity_at(d, j);
                if (x >= 0 && j + 2 < np1 && sift_is_punct(d, j + 1, '-') && sift_in_compound(d, j + 2) &&
                    sift_entity_at(d, j + 2) != x) { /* (not "Fim-Cisl", a name whole) */
                    j += 2;
                    continue;
                }
                if (x >= 0 && after_based(d, j, np1) > j) { /* ("by the Kuala Lumpur-based ...") */
                    j = after_based(d, j, np1) - 1;
                    continue;
                }
                /* (and past a place before its kind: "by the Istanbul
                 * research firm Sentez Research") */
                uint32_t ow = x >= 0 ? sift_name_end(d, j, np1) : j;
                /* (but a place's name, then its kind and nothing more, is
                 * a body known by the place: "A study by the Ifo institute
                 * in Munich", "by the Kiel institute") */
                uint32_t kw = ow;
                if (x >= 0 && d->ents.v[x].type == ET_GPE && j == i + 2 && sift_tok_is(d, i + 1, "the") &&
                    sift_tok_is(d, i, "by"))
                    while (kw < np1 && kw < ow + 3 && plain_words(d, kw, kw + 1) && !person_word(d, kw))
                        kw++;
                if (kw > ow && institution_noun(d, kw - 1) &&
                    (kw == np1 || sift_is_punct(d, kw, ',') ||
                     ((d->toks.v[kw].w.flags & W_PREP) && !sift_tok_is(d, kw, "of")))) { /* (not "the Puno office of") */
                    *name = sift_span_text(d, i + 1, kw);
                    return;
                }
                if (x >= 0 && d->ents.v[x].type == ET_GPE && ow + 1 < np1 && d->toks.v[ow].kind == TK_WORD &&
                    !(d->toks.v[ow].flags & TF_CAP)) {
                    j = ow - 1;
                    continue;
                }
                /* (and past its owner: "by Spain's National Statistics
                 * Institute"; but an organisation owns its parts: "of the
                 * National University's Medellin campus" is the university) */
                int owned = ow + 1 < np1 ? sift_entity_at(d, ow + 1) : -1;
                if (ow > j && owned >= 0 && d->toks.v[ow].kind != TK_WORD && (d->toks.v[ow].flags & TF_POSS) &&
                    (d->ents.v[x].type != ET_ORG || d->ents.v[owned].type == ET_ORG)) {
                    j = ow;
                    continue;
                }
                /* (or a place's office: "by the Queensland Ombudsman") */
                uint32_t ce = x >= 0 && d->ents.v[x].type == ET_GPE && j == i + 2 && sift_tok_is(d, i + 1, "the") &&
                                      sift_tok_is(d, i, "by")
                                  ? maker_in_capitals(d, sift_name_end(d, j, np1), np1, 1)
                                  : 0;
                if (ce) {
                    *name = sift_span_text(d, j, ce);
                    return;
                }
                /* (a parent's initials before the kind and the name: "from
                 * the U.N. refugee agency UNHCR") */
                if (x >= 0 && d->ents.v[x].type == ET_ORG && (d->toks.v[j].flags & (TF_ALLCAPS | TF_ABBR))) {
                    uint32_t w = ow;
                    while (w < np1 && w < ow + 3 && d->toks.v[w].kind == TK_WORD && !(d->toks.v[w].flags & TF_CAP))
                        w++;
                    int y = w < np1 && w > ow && sift_tok_org_kind(d, w - 1) ? sift_entity_at(d, w) : -1;
                    if (y >= 0 && y != x && d->ents.v[y].type == ET_ORG) {
                        *ent = y;
                        *name = d->ents.v[y].name;
                        return;
                    }
                }
                if (x >= 0 && d->ents.v[x].type != ET_NORP && (d->ents.v[x].type == ET_ORG || !sift_tok_is(d, i, "of"))) {
                    *ent = x;
                    *name = d->ents.v[x].name;
                    return;
                }
                /* (or an organisation named before: "Figures published by
                 * the institute showed", "by the institute's separate DETER
                 * alert system" after the National Institute for Space
                 * Research) */
                /* (in two words too: "by the central bank") */
                /* (then its date or where from: "by the association last
                 * week", "by the ministry from state government reports") */
                uint32_t ge = j + (x < 0 && j + 1 < np1 && plain_words(d, j, j + 2) &&
                                   !(d->toks.v[j + 1].flags & TF_USED));
                /* (not before "of" and a name: "by the fisheries college
                 * of Mindanao State University" is a part of it, below) */
                int part_of = ge + 3 < np1 && sift_tok_is(d, ge + 1, "of") &&
                              (sift_entity_at(d, ge + 2) >= 0 ||
                               (sift_tok_is(d, ge + 2, "the") && sift_entity_at(d, ge + 3) >= 0));
                int ends = ge + 1 == np1 ||
                           (ge + 1 < np1 && !part_of &&
                            ((d->toks.v[ge + 1].flags & TF_USED) ||
                             ((d->toks.v[ge + 1].w.flags & W_PREP) && !(d->toks.v[ge + 1].flags & TF_CAP))));
                int owner = ge + 1 < np1 && d->toks.v[ge + 1].kind != TK_WORD && (d->toks.v[ge + 1].flags & TF_POSS);
                if (x < 0 && j == i + 2 && sift_tok_is(d, i + 1, "the") && (ends || owner) &&
                    (x = generic_org(d, i + 1, ge + 1)) >= 0) {
                    *ent = x;
                    *name = d->ents.v[x].name;
                    return;
                }
                /* (or no body named so: "Data from the education ministry's
                 * university information disclosure service show") */
                if (x < 0 && j == i + 2 && owner && ge > j && sift_tok_is(d, i + 1, "the") &&
                    institution_noun(d, ge) && !(d->toks.v[ge].flags & TF_CAP) && ge + 2 < np1 &&
                    d->toks.v[ge + 2].kind == TK_WORD && !(d->toks.v[ge + 2].flags & TF_CAP)) {
                    *name = sift_span_text(d, i + 1, ge + 1);
                    return;
                }
                /* (past an owner by its kind: "by the city's Department of
                 * Citizen Participation") */
                if (x < 0 && j + 2 < np1 && d->toks.v[j].kind == TK_WORD && !(d->toks.v[j].flags & TF_CAP) &&
                    d->toks.v[j + 1].kind != TK_WORD && (d->toks.v[j + 1].flags & TF_POSS) &&
                    sift_entity_at(d, j + 2) >= 0) {
                    j++;
                    lim += 2;
                    continue;
                }
                /* (past its part: "by the medical faculty of Cheikh Anta
                 * Diop University", "by the acoustics laboratory of ...") */
                if (x < 0 && sift_tok_is(d, j, "of") && j + 2 < np1 && d->toks.v[j - 1].upos == SIFT_UPOS_NOUN &&
                    !(d->toks.v[j - 1].flags & TF_CAP) &&
                    (sift_entity_at(d, j + 1) >= 0 ||
                     (sift_tok_is(d, j + 1, "the") && sift_entity_at(d, j + 2) >= 0))) {
                    lim = j + 5;
                    continue;
                }
                /* (a capitalised word no entity holds: the maker was not
                 * recognised, so no later name is it; but it names the maker
                 * in capitals itself: "A report by the Auditor General tabled
                 * in Parliament found") */
                if (x < 0 && j == i + 2 && sift_tok_is(d, i + 1, "the") && !sift_tok_is(d, i, "of") &&
                    (ce = maker_in_capitals(d, j, np1, 0)) != 0) {
                    *name = sift_span_text(d, j, ce);
                    return;
                }
                /* (or in capitals before its kind, then whom it worked for: "A
                 * study by the Prognos research institute for the federal
                 * economy and environment ministries estimated") */
                if (x < 0 && j == i + 2 && sift_tok_is(d, i + 1, "the") && sift_tok_is(d, i, "by") &&
                    d->toks.v[j].kind == TK_WORD && (d->toks.v[j].flags & TF_CAP) && !(d->toks.v[j].flags & TF_USED)) {
                    uint32_t m = j + 1;
                    while (m < np1 && m < j + 3 && d->toks.v[m].kind == TK_WORD && (d->toks.v[m].flags & TF_CAP) &&
                           sift_entity_at(d, m) < 0)
                        m++;
                    uint32_t w = m;
                    while (w < np1 && w < m + 3 && plain_words(d, w, w + 1) && !person_word(d, w))
                        w++;
                    if (w > m && (institution_noun(d, w - 1) || sift_business_noun(d, w - 1)) &&
                        (w == np1 || sift_is_punct(d, w, ',') || (d->toks.v[w].w.flags & W_PREP))) {
                        *name = sift_span_text(d, i + 1, w);
                        return;
                    }
                }
                /* (a hyphen inside its kind goes on: "by Argentine
                 * sports-data firm Cancha Datos"; so does the mark of those
                 * it serves: "by the metalworkers' union Fim-Cisl") */
                int joined = (j + 1 < np1 && sift_in_compound(d, j + 1)) ||
                             (x < 0 && (d->toks.v[j].flags & TF_POSS) && d->toks.v[j - 1].kind == TK_WORD);
                if ((x < 0 && (d->toks.v[j].flags & TF_CAP) && j > i + 1) ||
                    (j >= i + 3 &&
                     ((d->toks.v[j].kind != TK_WORD && !joined) || (d->toks.v[j].w.flags & (W_PREP | W_VERB | W_AUX)) ||
                      sift_is_cue(d, j))))
                    break;
            }
            /* (or people no name holds: "A letter sent by grain exporters to
             * the prime minister's office") */
            if (sift_tok_is(d, i, "by")) {
                uint32_t pe = i + 1;
                while (pe < np1 && pe < i + 4 && d->toks.v[pe].kind == TK_WORD &&
                       !(d->toks.v[pe].flags & (TF_CAP | TF_INQUOTE)) &&
                       !(d->toks.v[pe].w.flags & (W_PREP | W_DET | W_VERB | W_AUX)) && !sift_is_cue(d, pe))
                    pe++;
                if (pe > i + 1 && (plural_person(d, pe - 1) || (d->toks.v[pe - 1].w.flags & W_GROUP) ||
                                   (d->toks.v[pe - 1].upos == SIFT_UPOS_NOUN &&
                                    (sift_tok_ends(d, pe - 1, "ers") || sift_tok_ends(d, pe - 1, "ors") ||
                                     sift_tok_ends(d, pe - 1, "ists"))))) {
                    *name = sift_span_text(d, i + 1, pe);
                    return;
                }
            }
            if (!sift_tok_is(d, i, "of"))
                break; /* (what it is of may come first: "An analysis of trip data by the ...") */
        }
    }
    /* "the property analytics firm Mosaic Rental Data": a kind, whatever
     * the tagger makes of it, then the organisation's name that ends the
     * phrase (no person's noun nor preposition before it) */
    for (uint32_t i = np0 + 1; i < np1 && d->toks.v[i - 1].kind == TK_WORD && !person_word(d, i - 1) &&
                               !((d->toks.v[i - 1].w.flags & W_PREP) && !(d->toks.v[i - 1].flags & TF_CAP));
         i++) {
        int x = sift_entity_at(d, i);
        if (x >= 0 && d->ents.v[x].type == ET_ORG && sift_entity_at(d, i - 1) != x && sift_tok_org_kind(d, i - 1) &&
            sift_name_end(d, i, np1) == np1) {
            *ent = x;
            *name = d->ents.v[x].name;
            return;
        }
    }
    if (h > np0) {
        const tok *ht = &d->toks.v[h - 1];
        int opens = (ht->flags & TF_SENT) || sift_body_start(d, ht->sent) == h - 1; /* "LAGOS — Residents" */
        int cap_ok = !(ht->flags & TF_CAP) || (opens && (ht->w.flags & (W_GROUP | W_PERSON_NOUN)));
        /* ("Minutes of a meeting of the council in September show": a
         * document with no organisation named after it to have made it, a
         * name no entity holds being one: "Calculations by the consultancy
         * HoopsCap") */
        if (!cap_ok && opens && sift_document_noun(d, h - 1)) {
            int maker = 0;
            for (uint32_t i = h; i < np1 && !maker; i++) {
                int x = sift_entity_at(d, i);
                maker = (d->toks.v[i].flags & TF_CAP) && d->toks.v[i].kind == TK_WORD &&
                        !(d->toks.v[i].flags & TF_USED) && /* (not "September") */
                        (x < 0 || d->ents.v[x].type == ET_ORG);
            }
            cap_ok = !maker;
        }
        if (ht->kind == TK_WORD && ht->ment < 0 && cap_ok && !(ht->w.flags & (W_VERB | W_STOP)) &&
            (!sift_is_cue(d, h - 1) || (sift_document_noun(d, h - 1) && h - 1 > np0))) { /* "its annual report" is a noun */
            /* "A spokeswoman for Tallow Events": the organisation a
             * spokesperson speaks for stays in the phrase */
            /* (and a body's part: "The panel of the National Labour Appeals
             * Court") */
            uint32_t o = h + 1 + (h + 2 < np1 && sift_tok_is(d, h + 1, "the"));
            if (sift_tok_is(d, h, "of") && o < np1 && sift_entity_at(d, o) >= 0 && !person_word(d, h - 1) &&
                !(d->toks.v[h - 1].w.flags & W_TITLE) &&
                d->ents.v[sift_entity_at(d, o)].type == ET_ORG && sift_name_end(d, o, np1) == np1) {
                *name = sift_span_text(d, np0, np1);
                return;
            }
            /* (so does the place a public body governs: "The provincial
             * government of Zeeland") */
            if (sift_tok_is(d, h, "of") && o == h + 1 && o < np1 && sift_tok_in(d, h - 1, governs) &&
                !(d->toks.v[h - 1].flags & TF_CAP) && sift_entity_at(d, o) >= 0 &&
                d->ents.v[sift_entity_at(d, o)].type == ET_GPE && sift_name_end(d, o, np1) == np1) {
                *name = sift_span_text(d, np0, np1);
                return;
            }
            /* ("The head of the government delegation", no one named:
             * the role with what it is held in) */
            static const char *const heads[] = {"head", "chief", "leader", "director", "chair", "chairman",
                                                "chairwoman", "president", "secretary",
                                                "office", /* ("the office of the mayor of Bergen") */
                                                NULL};
            /* (a body's name may hold an owner's mark: "the Geoje
             * Shipbuilders' Union") */
            int body = o < np1 && sift_entity_at(d, o) >= 0 && d->ents.v[sift_entity_at(d, o)].type == ET_ORG &&
                       sift_name_end(d, o, np1) == np1;
            int held = sift_tok_is(d, h, "of") && sift_tok_in(d, h - 1, heads) && np1 - np0 <= (body ? 12 : 8);
            for (uint32_t i = h + 1; held && i < np1; i++)
                /* (an owner's mark too: "the head of the army's rescue
                 * detachment") */
                held = (d->toks.v[i].kind == TK_WORD ||
                        ((d->toks.v[i].flags & TF_POSS) && i > h + 1 && d->toks.v[i - 1].kind == TK_WORD)) &&
                       !(d->toks.v[i].w.flags & (W_VERB | W_AUX)) &&
                       !sift_tok_is(d, i, "who") && !sift_tok_is(d, i, "that");
            if (held) {
                *name = sift_span_text(d, np0, np1);
                return;
            }
            /* ("the vice-president of finance at another community
             * college": the whole phrase, which says it is no one named) */
            *name = sift_someone_else(d, h, np1) && np1 - np0 <= 14 ? sift_span_text(d, np0, np1)
                                                                  : spokes_phrase(d, np0, h, np1);
            return;
        }
    }
    /* "The Hamburg Commissioner for Data Protection and Freedom of
     * Information": an office by its title, whole, not the place it serves */
    int titled = h > np0 && h + 1 < np1 && np1 - np0 <= 14 && sift_tok_is(d, h, "for") &&
                 (d->toks.v[h - 1].flags & TF_CAP) && (d->toks.v[h - 1].w.flags & W_TITLE);
    for (uint32_t i = h + 1; titled && i < np1; i++)
        titled = d->toks.v[i].kind == TK_WORD && ((d->toks.v[i].flags & TF_CAP) || sift_tok_is(d, i, "and") ||
                                                  sift_tok_is(d, i, "of") || sift_tok_is(d, i, "the"));
    for (uint32_t i = np0; titled && i < np1; i++)
        titled = sift_entity_at(d, i) < 0 || d->ents.v[sift_entity_at(d, i)].type == ET_GPE ||
                 d->ents.v[sift_entity_at(d, i)].type == ET_NORP; /* (an organisation's: "the UN High ...") */
    if (titled) {
        *name = sift_span_text(d, np0, np1);
        return;
    }
    /* "The U.N. children's agency UNICEF": the organisation named after its kind */
    for (uint32_t i = np0 + 1; i < np1; i++) {
        int x = sift_entity_at(d, i);
        if (x >= 0 && d->ents.v[x].type == ET_ORG && sift_entity_at(d, i - 1) != x && sift_tok_org_kind(d, i - 1)) {
            *ent = x;
            *name = d->ents.v[x].name;
            return;
        }
    }
    static const int prefs[] = {ET_ORG, ET_GPE};
    for (int p = 0; p < 2; p++)
        for (uint32_t i = np0; i < np1; i++) {
            int x = sift_entity_at(d, i);
            if (x >= 0 && d->ents.v[x].type == prefs[p]) {
                *ent = x;
                *name = d->ents.v[x].name;
                return;
            }
        }
    /* (the phrase without its acronym: "The Indian Computer Emergency
     * Response Team (CERT-In)") */
    uint32_t pe = np1 + (np1 < d->toks.n && sift_is_punct(d, np1, ')')); /* (trimmed above) */
    for (uint32_t p = np0 + 2; p + 2 < pe && (d->toks.v[np0].w.flags & W_DET); p++)
        if (sift_paren_word(d, p, pe) == pe - p) {
            np1 = p;
            break;
        }
    if (np1 - np0 <= 8) {
        for (uint32_t i = np0; i < np1; i++)
            if ((d->toks.v[i].w.flags & W_VERB) || sift_is_cue(d, i))
                return;
        *name = sift_span_text(d, np0, h > np0 && h < np1 ? h : np1);
    }
}

int sift_noun_use(const doc *d, uint32_t i)
{
    /* "beating estimates", "topping forecasts": the object of a participle
     * (not of a noun in -ing: "The firm's modelling suggests", "its
     * polling shows") */
    if (i > 0 && sift_tok_ends(d, i - 1, "ing") &&
        !(i > 1 && d->toks.v[i - 1].upos == SIFT_UPOS_NOUN &&
          ((d->toks.v[i - 2].w.flags & W_DET) || (d->toks.v[i - 2].flags & TF_POSS))))
        return 1;
    /* "the union's demand": a noun after a possessive */
    /* (not after a quantifier that is the subject, a clause after: "...,
     * and some say they have received nothing at all") */
    int subject = i > 1 && i + 1 < d->toks.n && sift_tok_in(d, i - 1, sift_partitives) &&
                  (sift_tok_is(d, i - 2, "and") || sift_is_punct(d, i - 2, ',')) &&
                  (sift_tok_in(d, i + 1, sift_subject_pronouns) || sift_tok_is(d, i + 1, "that"));
    if (i > 0 && ((d->toks.v[i - 1].w.flags & W_DET) || (d->toks.v[i - 1].flags & TF_POSS)) && !subject)
        return 1;
    /* "had resisted calls for limits", "ignored warnings": the object of a
     * past verb */
    if (i > 0 && sift_tok_ends(d, i, "s") && sift_tok_ends(d, i - 1, "ed") && d->toks.v[i - 1].upos == SIFT_UPOS_VERB &&
        !(d->toks.v[i - 1].w.flags & (W_CUE | W_AUX)) && !(d->toks.v[i - 1].flags & TF_CAP))
        return 1;
    /* "the District Court's small claims procedure": a noun between an
     * owner's adjective and the noun it describes */
    if (i > 1 && i + 1 < d->toks.n && d->toks.v[i - 1].upos == SIFT_UPOS_ADJ &&
        ((d->toks.v[i - 2].w.flags & W_DET) || (d->toks.v[i - 2].flags & TF_POSS)) &&
        d->toks.v[i + 1].upos == SIFT_UPOS_NOUN && d->toks.v[i + 1].kind == TK_WORD &&
        !(d->toks.v[i + 1].flags & TF_CAP))
        return 1;
    /* (or the noun an owner's adjective describes, the subject of the verb
     * after it: "the importers' lower estimate could be right"; not "The
     * fishermen's cooperative estimates that ...") */
    if (i > 1 && i + 1 < d->toks.n && d->toks.v[i].upos == SIFT_UPOS_NOUN && d->toks.v[i - 1].upos == SIFT_UPOS_ADJ &&
        !(d->toks.v[i - 1].flags & TF_CAP) && ((d->toks.v[i - 2].flags & TF_POSS) || sift_tok_is(d, i - 2, "the")) &&
        (d->toks.v[i + 1].w.flags & W_AUX) && !(d->toks.v[i + 1].flags & TF_CAP))
        return 1;
    /* "An official report into the blackouts": a noun after an article
     * and its adjective, a preposition after it (the tagger's noun) */
    /* (past more of them: "A long-awaited official report into") */
    if (i > 1 && i + 1 < d->toks.n && d->toks.v[i].upos == SIFT_UPOS_NOUN && d->toks.v[i - 1].upos == SIFT_UPOS_ADJ &&
        !(d->toks.v[i - 1].flags & TF_CAP) && (d->toks.v[i + 1].w.flags & W_PREP) &&
        !(d->toks.v[i + 1].flags & TF_CAP)) {
        /* (or "most" and an owner: "the ministry's most recent report
         * to Congress") */
        uint32_t k = i - 1;
        while (k > 0 && i - k < 6 && !(d->toks.v[k - 1].w.flags & W_DET) &&
               (d->toks.v[k - 1].upos == SIFT_UPOS_ADJ || sift_is_punct(d, k - 1, '-') || sift_in_compound(d, k - 1) ||
                sift_tok_is(d, k - 1, "most")))
            k--;
        if (k > 0 && ((d->toks.v[k - 1].w.flags & W_DET) || (d->toks.v[k - 1].flags & TF_POSS)))
            return 1;
    }
    /* "The Cerema report addressed ...": a noun after "the" and a name,
     * the verb after it */
    /* (opening the sentence, and not before an auxiliary: "a measure the
     * Treasury estimates would cost") */
    if (i > 1 && i + 1 < d->toks.n && sift_entity_at(d, i - 1) >= 0 && sift_finite_verb(d, i + 1) &&
        !(d->toks.v[i + 1].flags & TF_CAP) && !(d->toks.v[i + 1].w.flags & W_AUX)) {
        uint32_t n0 = sift_name_start(d, i - 1, 0);
        if (n0 > 0 && sift_tok_is(d, n0 - 1, "the") && n0 - 1 == sift_body_start(d, d->toks.v[i].sent) &&
            !(d->toks.v[i].flags & TF_CAP))
            return 1;
    }
    /* "in Santa Catarina state": a place's kind, not "they state" */
    if (i > 0 && sift_tok_is(d, i, "state") && sift_entity_at(d, i - 1) >= 0 &&
        d->ents.v[sift_entity_at(d, i - 1)].type == ET_GPE)
        return 1;
    /* "its capital expenditure forecast by ...", "the firm's output
     * forecast for 2027": an owner and nouns before it, a preposition after
     * (not "the company forecast 3% growth", "in its latest survey expect
     * rates to") */
    static const char *const owners[] = {"its", "their", "his", "her", "our", NULL};
    int prep_after = i + 1 < d->toks.n && ((d->toks.v[i + 1].w.flags & W_PREP) || d->toks.v[i + 1].kind == TK_PUNCT);
    /* (but "..., the ministry's figures show.": a document's verb, which
     * no noun "show" follows) */
    /* (or "shows" after one: "..., the centre's weekly bulletin shows.") */
    static const char *const shows[] = {"show", "shows", "suggest", "suggests", NULL};
    int show = sift_tok_in(d, i, shows) && !(d->toks.v[i].flags & TF_CAP);
    prep_after &= !(i > 0 && show && sift_document_noun(d, i - 1));
    /* (nor after the document's source and its owner: "..., figures from
     * the country's banking regulator show.") */
    for (uint32_t k = i; prep_after && show && k-- > 1 && i - k <= 8;)
        if ((sift_tok_is(d, k, "from") || sift_tok_is(d, k, "by")) && sift_document_noun(d, k - 1))
            prep_after = 0;
    for (uint32_t k = i; prep_after && k-- > 0 && i - k <= 3;) {
        if (k + 1 < i && (sift_tok_in(d, k, owners) || (d->toks.v[k].flags & TF_POSS)))
            return 1;
        if (d->toks.v[k].kind != TK_WORD || (d->toks.v[k].flags & TF_CAP) ||
            (d->toks.v[k].upos != SIFT_UPOS_NOUN && d->toks.v[k].upos != SIFT_UPOS_ADJ))
            break;
    }
    /* "its mid-year report": a hyphenated modifier between */
    int hyphen = 0;
    for (uint32_t k = i; k-- > 0 && i - k <= 4;) {
        const tok *m = &d->toks.v[k];
        if (k + 1 < i && (m->w.flags & W_DET) && hyphen)
            return 1;
        if (sift_is_punct(d, k, '-') && k + 1 < i) {
            hyphen = 1;
            continue;
        }
        /* (a figure in it too: "the 412-page report") */
        if ((m->kind != TK_WORD && !(m->kind == TK_NUM && hyphen)) || (m->w.flags & (W_AUX | W_PRONOUN | W_GROUP | W_DET)) ||
            (m->flags & TF_CAP))
            break;
    }
    return 0;
}

int sift_tagged(const doc *d, uint32_t i, const char *xpos)
{
    const sift_tagger *tg = d->res->models.tagger;
    if (!tg || d->no_models || d->toks.v[i].kind != TK_WORD)
        return 0;
    const char *x = sift_tagger_xpos(tg, d->toks.v[i].tcls);
    return x && strcmp(x, xpos) == 0;
}

int sift_past_participle(const doc *d, uint32_t i)
{
    return sift_tagged(d, i, "VBN");
}

int sift_be_form(const doc *d, uint32_t i)
{
    static const char *const be[] = {"is", "are", "was", "were", "be", "been", "being", NULL};
    return sift_tok_in(d, i, be);
}

/* "the court heard that", "an inquest in Cardiff heard that": what a
 * hearing is told, reported by the hearing (not "residents heard that the
 * plant would close", "heard gunfire") */
static int hearing_heard(const doc *d, uint32_t i)
{
    static const char *const hearings[] = {"court", "inquest", "tribunal", "hearing", "jury", "inquiry", NULL};
    if (i + 1 >= d->toks.n || !sift_tok_is(d, i + 1, "that"))
        return 0;
    for (uint32_t j = i; j-- > 0 && j + 5 > i;) {
        /* (or a court by its name: "The High Court heard that",
         * "Nairobi Magistrates Court heard that") */
        if (sift_tok_in(d, j, hearings) && (!(d->toks.v[j].flags & TF_CAP) || j + 1 == i))
            return 1;
        /* (past where it sat: "in Cardiff", "at Swansea Crown Court" is a name) */
        if (d->toks.v[j].kind != TK_WORD ||
            !((d->toks.v[j].flags & TF_CAP) || sift_tok_is(d, j, "in") || sift_tok_is(d, j, "at")))
            return 0;
    }
    return 0;
}

int sift_is_cue(const doc *d, uint32_t i)
{
    const tok *t = &d->toks.v[i];
    if (!(t->w.flags & W_CUE) && t->kind == TK_WORD && !(t->flags & TF_CAP) && TOK_S(d, i)[0] == 'h') {
        if (sift_tok_is(d, i, "heard"))
            return hearing_heard(d, i);
        /* "Justice Sinha ... held that the builder had ...": a court's
         * finding, only before "that" and a clause (not "held that post") */
        if ((sift_tok_is(d, i, "held") || sift_tok_is(d, i, "holds")) && i + 2 < d->toks.n &&
            sift_tok_is(d, i + 1, "that"))
            return !(d->toks.v[i + 2].kind == TK_WORD && !(d->toks.v[i + 2].flags & TF_CAP) &&
                     (d->toks.v[i + 2].upos == SIFT_UPOS_NOUN || d->toks.v[i + 2].upos == SIFT_UPOS_ADJ));
    }
    /* "'...,' the statement read.", "the message reads": what a text says,
     * and only that ("he read the report", "a statement read to the court"
     * report nothing); no word list calls "read" a cue */
    if (!(t->w.flags & W_CUE) && t->kind == TK_WORD && !(t->flags & TF_CAP) && TOK_S(d, i)[0] == 'r' &&
        (sift_tok_is(d, i, "read") || sift_tok_is(d, i, "reads"))) { /* cheap tests first: a hot path */
        static const char *const texts[] = {"message", "post", "text", "email", NULL};
        uint32_t e = i + 1;
        int ends = e >= d->toks.n || d->toks.v[e].kind == TK_PUNCT || d->toks.v[e].kind == TK_QUOTE ||
                   (d->toks.v[e].flags & TF_SENT);
        return i > 0 && ends && (sift_document_noun(d, i - 1) || sift_tok_in(d, i - 1, texts));
    }
    if (t->kind != TK_WORD || !(t->w.flags & W_CUE) || (t->flags & TF_CAP))
        return 0;
    /* "England replied with 298": a score, not speech */
    if (i + 2 < d->toks.n && d->toks.v[i + 2].kind == TK_NUM && sift_tok_is(d, i + 1, "with") &&
        (sift_tok_is(d, i, "replied") || sift_tok_is(d, i, "responded"))) /* (cheap tests first: a hot path) */
        return 0;
    /* "in Anzoategui state that has lost ...", "Rivers state": a state
     * after its name is a place */
    if (i > 1 && TOK_S(d, i)[0] == 's' && sift_tok_is(d, i, "state") && (d->toks.v[i - 1].flags & TF_CAP) &&
        d->toks.v[i - 1].kind == TK_WORD) {
        uint32_t ns = sift_name_start(d, i - 1, 0);
        if ((sift_entity_at(d, i - 1) >= 0 && d->ents.v[sift_entity_at(d, i - 1)].type == ET_GPE) ||
            (ns > 0 && (sift_tok_is(d, ns - 1, "in") || sift_tok_is(d, ns - 1, "of"))))
            return 0;
    }
    /* ("schools in 19 states": a count of places) */
    if (i > 0 && TOK_S(d, i)[0] == 's' && sift_tok_is(d, i, "states") && d->toks.v[i - 1].kind == TK_NUM)
        return 0;
    /* "according to industry estimates": a noun after "according to" and
     * a word or two */
    for (uint32_t k = i; k-- > 1 && k + 4 > i && d->toks.v[k].kind == TK_WORD && !(d->toks.v[k].w.flags & W_CUE);)
        if (sift_tok_is(d, k, "to") && sift_tok_is(d, k - 1, "according"))
            return 0;
    /* "71 confirmed human cases", "12 reported deaths": after a figure,
     * before its noun, the participle describes what is counted */
    if (i > 0 && i + 1 < d->toks.n && d->toks.v[i - 1].kind == TK_NUM && d->toks.v[i + 1].kind == TK_WORD &&
        !(d->toks.v[i + 1].flags & TF_CAP) && sift_tok_ends(d, i, "ed") &&
        (d->toks.v[i + 1].upos == SIFT_UPOS_NOUN || d->toks.v[i + 1].upos == SIFT_UPOS_ADJ))
        return 0;
    /* "where six lithium projects are operating", "the forecasts were
     * wrong": a plural noun before an auxiliary of the present or past,
     * after a figure or a noun, is the clause's subject, not its verb */
    if (i > 0 && i + 1 < d->toks.n && TOK_S(d, i)[TOK_N(d, i) - 1] == 's' &&
        (sift_tok_is(d, i + 1, "are") || sift_tok_is(d, i + 1, "were")) &&
        (d->toks.v[i - 1].kind == TK_NUM ||
         (d->toks.v[i - 1].upos == SIFT_UPOS_NOUN && !(d->toks.v[i - 1].flags & TF_CAP)) ||
         (d->toks.v[i - 1].w.flags & W_DET)))
        return 0;
    /* ("lawyers worry that ...": a worry reports only with its "that", not
     * "the results should worry ministers") */
    if ((sift_tok_is(d, i, "worry") || sift_tok_is(d, i, "worries") || sift_tok_is(d, i, "worried")) &&
        !(i + 1 < d->toks.n && sift_tok_is(d, i + 1, "that")))
        return 0;
    /* "models pointed to a return of showers": evidence, not speech */
    if ((sift_tok_is(d, i, "pointed") || sift_tok_is(d, i, "point") || sift_tok_is(d, i, "points")) &&
        sift_tok_is(d, i + 1, "to"))
        return 0;
    /* "the two-year yield added 2 basis points", "added $3 to": a gain, not
     * speech */
    const tok *nx = i + 1 < d->toks.n ? &d->toks.v[i + 1] : NULL;
    if (nx && (nx->kind == TK_NUM || nx->kind == TK_SYM || ((nx->flags & TF_DIGIT) && nx->kind == TK_WORD)) &&
        (sift_tok_is(d, i, "added") || sift_tok_is(d, i, "adds") || sift_tok_is(d, i, "add") ||
         sift_tok_is(d, i, "adding") ||
         sift_tok_is(d, i, "post") || sift_tok_is(d, i, "posted") || sift_tok_is(d, i, "posts")))
        return 0; /* (nor "to post 288 for seven", "posted a 3% gain") */
    /* "Banca Valpadana posted the strongest result", "posted its biggest
     * loss": a result, not a post (but "posted a statement", "a video") */
    if (nx && (nx->w.flags & W_DET) && !(nx->flags & TF_CAP) &&
        (sift_tok_is(d, i, "posted") || sift_tok_is(d, i, "posts") || sift_tok_is(d, i, "post"))) {
        int message = 0;
        for (uint32_t k = i + 2; k < d->toks.n && k < i + 5 && d->toks.v[k].kind == TK_WORD && !message; k++)
            message = sift_document_noun(d, k) || sift_tok_is(d, k, "video") || sift_tok_is(d, k, "message") ||
                      sift_tok_is(d, k, "photo") || sift_tok_is(d, k, "picture") || sift_tok_is(d, k, "tweet") ||
                      sift_tok_is(d, k, "comment") || sift_tok_is(d, k, "notice");
        if (!message)
            return 0;
    }
    /* "in a statement posted on its Telegram channel", "a video posted
     * online": a participle after the document it describes */
    static const char *const made[] = {"posted", "published", "released", "issued", "circulated", "filed",
                                       "shared", "tweeted", "broadcast", NULL};
    if (i > 0 && TOK_N(d, i) >= 6 && d->toks.v[i - 1].kind == TK_WORD && sift_tok_in(d, i, made) &&
        (sift_document_noun(d, i - 1) || sift_tok_is(d, i - 1, "video") || sift_tok_is(d, i - 1, "message") ||
         sift_tok_is(d, i - 1, "letter")))
        return 0; /* not "data showed", "the study found" */
    /* "are estimated to need", "is said to have", "was told to leave": a
     * passive before "to" reports no one's words */
    if (nx && nx->kind == TK_WORD && i > 0 && sift_tok_is(d, i + 1, "to") && sift_be_form(d, i - 1))
        return 0;
    /* "with only one boundary conceded by Sri Lanka's spinners": a
     * participle before its agent says nothing of the noun before it */
    if (nx && nx->kind == TK_WORD && i > 0 && d->toks.v[i - 1].kind == TK_WORD &&
        !(d->toks.v[i - 1].w.flags & (W_AUX | W_PRONOUN)) && !(d->toks.v[i - 1].flags & TF_CAP) &&
        sift_tok_is(d, i + 1, "by") && sift_tok_ends(d, i, "ed") &&
        !(i > 1 && sift_be_form(d, i - 2) && is_adverb(d, i - 1))) /* (but "It was also announced by") */
        return 0;
    /* "hoped to add "one or two" attackers": the quoted words are what is
     * added, not said */
    if (nx && nx->kind == TK_QUOTE && (nx->flags & TF_QOPEN) && i > 0 && sift_tok_is(d, i - 1, "to") &&
        (sift_tok_is(d, i, "add") || sift_tok_is(d, i, "adds")))
        return 0;
    /* "industrial value-added output": the end of a compound */
    if (i >= 2 && sift_is_punct(d, i - 1, '-') && !(d->toks.v[i - 1].flags & TF_SPACE) &&
        !(d->toks.v[i].flags & TF_SPACE) && d->toks.v[i - 2].kind == TK_WORD)
        return 0;
    /* "performance-related add-ons", "a tell-all book": part of a compound */
    if (i + 2 < d->toks.n && sift_is_punct(d, i + 1, '-') && !(d->toks.v[i + 1].flags & TF_SPACE) &&
        !(d->toks.v[i + 2].flags & TF_SPACE) && d->toks.v[i + 2].kind == TK_WORD)
        return 0;
    /* "a conference call", "the report": a noun after a determiner is no verb.
     * Only forms that can be nouns (call, reports), not past tenses (said). */
    size_t n = TOK_N(d, i);
    const char *w = TOK_S(d, i);
    /* "an estimated 158 million tonnes", "the alleged fraud": an adjective */
    if (i > 0 && (sift_tok_is(d, i - 1, "a") || sift_tok_is(d, i - 1, "an") || sift_tok_is(d, i - 1, "the")))
        return 0;
    /* "The 42-page report said": a noun before the verb that speaks */
    if (nx && nx->kind == TK_WORD && !(nx->flags & TF_CAP) && (nx->w.flags & W_CUE) && sift_document_noun(d, i) &&
        (sift_tok_is(d, i + 1, "said") || sift_tok_is(d, i + 1, "says") || sift_tok_is(d, i + 1, "found") ||
         sift_tok_is(d, i + 1, "showed") || sift_tok_is(d, i + 1, "shows") || sift_tok_is(d, i + 1, "concluded")))
        return 0;
    /* "victims of alleged abuse": an adjective before its noun */
    if (nx && nx->kind == TK_WORD && !(nx->flags & TF_CAP) && sift_tok_is(d, i, "alleged") &&
        (nx->upos == SIFT_UPOS_NOUN || nx->upos == SIFT_UPOS_ADJ) && !(nx->w.flags & (W_DET | W_PRONOUN)))
        return 0;
    int past = (n > 3 && memcmp(w + n - 2, "ed", 2) == 0) || sift_tok_is(d, i, "said") ||
               sift_tok_is(d, i, "told") || sift_tok_is(d, i, "wrote") || sift_tok_is(d, i, "thought") ||
               sift_tok_is(d, i, "knew") || sift_tok_is(d, i, "found") || sift_tok_is(d, i, "says");
    if (past)
        return 1;
    /* "The backlog of compensation claims lodged by veterans": a plural
     * noun a participle and its agent describe */
    if (nx && nx->kind == TK_WORD && !(nx->flags & TF_CAP) && n > 3 && w[n - 1] == 's' && i + 2 < d->toks.n &&
        sift_tok_is(d, i + 2, "by") && (sift_tok_ends(d, i + 1, "ed") || sift_tok_in(d, i + 1, irregular_participles)))
        return 0;
    /* "the annual report", not "the minister warns": a word that can speak
     * is the subject */
    /* (but "Supporters of the camp say": the group before the preposition
     * is the subject) */
    int group_of = i > 3 && (sift_tok_is(d, i, "say") || sift_tok_is(d, i, "says")) &&
                   (d->toks.v[i - 3].w.flags & W_PREP) && !(d->toks.v[i - 3].flags & TF_CAP) &&
                   (d->toks.v[i - 4].w.flags & (W_GROUP | W_PERSON_NOUN)) && TOK_N(d, i - 4) > 3 &&
                   TOK_S(d, i - 4)[TOK_N(d, i - 4) - 1] == 's';
    /* (nor "the platforms say", "the insurers argue": a plural noun before
     * a verb of speaking in the plural, which no noun "say" follows) */
    static const char *const plural_cues[] = {"say", "argue", "insist", "claim", "contend", "complain", NULL};
    group_of |= i > 1 && sift_tok_in(d, i, plural_cues) && d->toks.v[i].upos == SIFT_UPOS_VERB &&
                d->toks.v[i - 1].upos == SIFT_UPOS_NOUN && TOK_N(d, i - 1) > 3 &&
                TOK_S(d, i - 1)[TOK_N(d, i - 1) - 1] == 's' && TOK_S(d, i - 1)[TOK_N(d, i - 1) - 2] != 's';
    /* (or a plural with a relative clause before it: "families who gave
     * up land for the route say") */
    int plural_cue = !group_of && i > 3 && sift_tok_in(d, i, plural_cues);
    for (uint32_t k = i - 1; plural_cue && !group_of && k > 1 && k + 12 > i; k--) {
        if (d->toks.v[k].kind != TK_WORD || (d->toks.v[k].w.flags & W_CUE))
            break;
        if (sift_tok_is(d, k, "who") && d->toks.v[k - 1].upos == SIFT_UPOS_NOUN && !(d->toks.v[k - 1].flags & TF_CAP) &&
            TOK_N(d, k - 1) > 3 && TOK_S(d, k - 1)[TOK_N(d, k - 1) - 1] == 's')
            group_of = 1;
    }
    /* (a form no noun has speaks whatever the noun: "the municipality
     * argues that") */
    static const char *const verb_only[] = {"says", "argues", "insists", "contends", "maintains", "admits",
                                            "warns", "believes", "explains", "concedes", "confirms", "denies",
                                            "alleges", "acknowledges", NULL};
    /* (nor a governed place, standing for its government: "The prefecture
     * estimates that") */
    static const char *const governed[] = {"province", "prefecture", "state", "region", "county", "district",
                                           "municipality", "city", "canton", NULL};
    if (i > 1 && (d->toks.v[i - 2].w.flags & W_DET) && d->toks.v[i - 1].kind == TK_WORD &&
        !(d->toks.v[i - 1].flags & TF_CAP) &&
        !(d->toks.v[i - 1].upos == SIFT_UPOS_NOUN && sift_tok_in(d, i, verb_only)) &&
        !(sift_tok_is(d, i - 2, "the") && sift_tok_in(d, i - 1, governed)) &&
        !(d->toks.v[i - 1].w.flags & (W_AUX | W_PRONOUN | W_GROUP | W_TITLE | W_PERSON_NOUN |
                                      W_ORGKIND | W_ORGKEY)) &&
        !sift_document_noun(d, i - 1) && !group_of)
        return 0;
    /* "in its latest quarterly report": a noun after a determiner or an
     * owner and the words that describe it */
    static const char *const owners[] = {"its", "their", "his", "her", "our", "the", "a", "an", NULL};
    for (uint32_t j = i; sift_document_noun(d, i) && j-- > 0 && i - j <= 4;) {
        const tok *u = &d->toks.v[j];
        if (sift_tok_in(d, j, owners) && !(u->flags & TF_CAP) && j + 1 < i)
            return 0;
        if (u->kind != TK_WORD || (u->flags & TF_CAP) ||
            (u->w.flags & (W_VERB | W_AUX | W_PREP | W_PRONOUN | W_DET | W_GROUP | W_TITLE | W_PERSON_NOUN |
                           W_ORGKIND | W_ORGKEY)) ||
            u->upos == SIFT_UPOS_VERB || sift_document_noun(d, j))
            break;
    }
    /* "rely on reports from partners that ...": a preposition's object
     * (not "after saying", "by warning") */
    if (i > 0 && (d->toks.v[i - 1].w.flags & W_PREP) && !sift_tok_is(d, i - 1, "to") &&
        !(d->toks.v[i - 1].flags & TF_CAP) && !sift_tok_ends(d, i, "ing"))
        return 0;
    /* "squad-cost rules that limit spending": a noun a relative clause
     * describes ("that" and a verb, where a report has its subject) */
    if (i > 0 && i + 2 < d->toks.n && sift_tok_is(d, i + 1, "that") && sift_finite_verb(d, i + 2) &&
        !(d->toks.v[i + 2].w.flags & (W_DET | W_PRONOUN)) && d->toks.v[i - 1].kind == TK_WORD &&
        !(d->toks.v[i - 1].flags & TF_CAP) && d->toks.v[i - 1].ment < 0 &&
        !(d->toks.v[i - 1].w.flags & (W_AUX | W_PRONOUN | W_GROUP | W_TITLE | W_PERSON_NOUN | W_ORGKIND | W_ORGKEY)) &&
        !sift_document_noun(d, i - 1)) /* (but "DGCA data show that flying schools issued") */
        return 0;
    return !sift_noun_use(d, i);
}

int sift_subject_only(const doc *d, uint32_t b, uint32_t e)
{
    for (uint32_t k = b; k < e; k++) {
        const tok *u = &d->toks.v[k];
        if ((u->flags & TF_INQUOTE) || (u->kind == TK_QUOTE && sift_quote_mark(u)))
            return 0;
        int described = k > b && (sift_tok_ends(d, k, "ed") || sift_tok_ends(d, k, "en")) &&
                        d->toks.v[k - 1].kind == TK_WORD && !(d->toks.v[k - 1].w.flags & (W_AUX | W_VERB | W_PRONOUN));
        if (sift_finite_verb(d, k) && !described)
            return 0;
    }
    return 1;
}

/* "fuel alone cost him 1.2 million yen", "a basin now costs 15,000
 * francs": "cost" before what it cost (an amount or whom), not after an
 * article, is a verb whatever the tagger made of it. */
/* Does an amount open at token k with a currency's letters before its
 * figure: split from it ("Sh" "3,500", which sift_money_code() knows), or
 * one token with it ("R28")? */
static int letters_amount(const doc *d, uint32_t k)
{
    if (k >= d->toks.n || d->toks.v[k].kind != TK_WORD || !(d->toks.v[k].flags & TF_CAP))
        return 0;
    const char *w = TOK_S(d, k);
    return sift_money_code(d, k) ||
           (TOK_N(d, k) >= 2 && w[0] >= 'A' && w[0] <= 'Z' && w[1] >= '0' && w[1] <= '9');
}

static int cost_verb(const doc *d, uint32_t k)
{
    static const char *const whom[] = {"him", "her", "them", "us", "me", "it", NULL};
    static const char *const roughly[] = {"about", "around", "nearly", "almost", "roughly", "only", "just", NULL};
    if (k == 0 || k + 2 >= d->toks.n || d->toks.v[k - 1].kind != TK_WORD || (d->toks.v[k - 1].w.flags & W_DET) ||
        (d->toks.v[k - 1].flags & TF_POSS))
        return 0;
    /* "a new helmet sells for about Sh3,500": a price after "sells for" */
    if ((sift_tok_is(d, k, "sells") || sift_tok_is(d, k, "retails")) && sift_tok_is(d, k + 1, "for") &&
        !(d->toks.v[k].flags & TF_CAP)) {
        uint32_t a = k + 2 + (k + 3 < d->toks.n && sift_tok_in(d, k + 2, roughly));
        return d->toks.v[a].kind == TK_NUM || d->toks.v[a].kind == TK_SYM || letters_amount(d, a);
    }
    if (!(sift_tok_is(d, k, "cost") || sift_tok_is(d, k, "costs")))
        return 0;
    const tok *nx = &d->toks.v[k + 1];
    /* (or whom, then the amount: "the change cost the business about
     * $1,200 a year", "cost taxpayers $2 billion") */
    /* (or a longer whom, a place's: "cost Brazil's public health system
     * and economy about 153 billion reais a year") */
    for (uint32_t w = k + 1; w < d->toks.n && w < k + 9 && !(d->toks.v[w].flags & TF_INQUOTE); w++) {
        int place = d->toks.v[w].ment >= 0 && (d->ments.v[d->toks.v[w].ment].type == ET_GPE ||
                                               d->ments.v[d->toks.v[w].ment].type == ET_NORP);
        if (w > k + 1 && ((d->toks.v[w].flags & TF_POSS) || sift_tok_is(d, w, "and")) && !(d->toks.v[w].flags & TF_CAP))
            continue;
        if (place && d->toks.v[w].kind == TK_WORD)
            continue;
        if (d->toks.v[w].kind != TK_WORD || (d->toks.v[w].flags & TF_CAP))
            break;
        /* (an amount after a currency's letter too: "about R12 million") */
        const tok *a = w + 1 < d->toks.n ? &d->toks.v[w + 1] : NULL;
        int amount = a && (a->kind == TK_NUM || a->kind == TK_SYM ||
                           (a->kind == TK_WORD && (a->flags & TF_CAP) && TOK_N(d, w + 1) <= 3 && w + 2 < d->toks.n &&
                            d->toks.v[w + 2].kind == TK_NUM && !(d->toks.v[w + 2].flags & TF_SPACE)));
        if (amount && w > k + 1 && !(d->toks.v[w].w.flags & W_DET))
            return 1;
        /* (past a word on whom: "cost overseas nurses 7,000 to 9,500 New
         * Zealand dollars") */
        if (!(d->toks.v[w].w.flags & W_DET) && d->toks.v[w].upos != SIFT_UPOS_NOUN && !sift_tok_in(d, w, roughly) &&
            !(d->toks.v[w].upos == SIFT_UPOS_ADJ || (w == k + 1 && d->toks.v[w].upos == SIFT_UPOS_ADV)))
            break;
    }
    return nx->kind == TK_NUM || nx->kind == TK_SYM || sift_tok_in(d, k + 1, whom) ||
           (sift_tok_in(d, k + 1, roughly) && /* ("now cost about 1 percent", "about Sh3,500") */
            (d->toks.v[k + 2].kind == TK_NUM || d->toks.v[k + 2].kind == TK_SYM || letters_amount(d, k + 2))) ||
           ((nx->flags & TF_ALLCAPS) && k + 2 < d->toks.n && d->toks.v[k + 2].kind == TK_NUM) || /* ("cost CFA ...") */
           /* (or a currency's letter and the amount, one word: "cost R28") */
           letters_amount(d, k + 1) ||
           /* (or after an adverb of how often: 'licences typically cost
            * "somewhere north of $600,000 a year"') */
           (sift_tok_ends(d, k - 1, "ly") && d->toks.v[k - 1].upos == SIFT_UPOS_ADV);
}

int sift_finite_verb(const doc *d, uint32_t k)
{
    const tok *u = &d->toks.v[k];
    return ((u->w.flags & (W_AUX | W_VERB)) || u->upos == SIFT_UPOS_VERB || u->upos == SIFT_UPOS_AUX ||
            cost_verb(d, k)) &&
           !(u->flags & TF_CAP);
}

uint32_t sift_as_known_aside(const doc *d, uint32_t k, uint32_t hi)
{
    if (!sift_is_punct(d, k, ',') || k + 4 >= hi || !sift_tok_is(d, k + 1, "as") || (d->toks.v[k + 1].flags & TF_CAP))
        return 0;
    uint32_t m = k + 2;
    int called = 0;
    while (m < hi && m < k + 12 && d->toks.v[m].kind != TK_QUOTE && !sift_is_punct(d, m, ',')) {
        called |= sift_tok_is(d, m, "known") || sift_tok_is(d, m, "called");
        m++;
    }
    return called && m + 1 < hi && sift_is_punct(d, m, ',') && sift_finite_verb(d, m + 1) ? m : 0;
}

uint32_t sift_relative_aside(const doc *d, uint32_t comma, uint32_t hi)
{
    if (!sift_is_punct(d, comma, ',') || comma + 2 >= hi)
        return 0;
    /* "the death toll, estimated by the Red Cross at 120, was rising": a
     * participle and its preposition stand for a relative clause */
    const tok *p = &d->toks.v[comma + 1];
    /* (or a date: "the plan, announced last Thursday, was") */
    int participle = p->kind == TK_WORD && !(p->flags & TF_CAP) &&
                     (((d->toks.v[comma + 2].w.flags & W_PREP) && !sift_tok_is(d, comma + 2, "to")) ||
                      ((d->toks.v[comma + 2].flags & TF_USED) && sift_tok_ends(d, comma + 1, "ed"))) &&
                     (p->upos == SIFT_UPOS_VERB || (TOK_N(d, comma + 1) > 4 && sift_tok_ends(d, comma + 1, "ed")));
    /* ("the job cuts, most of which will fall in Germany, would save") */
    int part = comma + 4 < hi && (p->kind == TK_WORD || p->kind == TK_NUM) && !(p->flags & TF_CAP) &&
               sift_tok_is(d, comma + 2, "of") &&
               (sift_tok_is(d, comma + 3, "which") || sift_tok_is(d, comma + 3, "whom"));
    /* (or "where" after a place: "on the Selune river in Normandy, where
     * large dams were taken down in recent years, had been") */
    int where = sift_tok_is(d, comma + 1, "where") && !(p->flags & TF_CAP) && comma > 0 &&
                sift_entity_at(d, comma - 1) >= 0 &&
                (d->ents.v[sift_entity_at(d, comma - 1)].type == ET_GPE ||
                 d->ents.v[sift_entity_at(d, comma - 1)].type == ET_LOC);
    /* (or a passive or perfect participle: "the first aircraft, being
     * built under a joint order, would arrive") */
    int being = (sift_tok_is(d, comma + 1, "being") || sift_tok_is(d, comma + 1, "having")) && comma + 3 < hi &&
                !(p->flags & TF_CAP) && d->toks.v[comma + 2].kind == TK_WORD &&
                !(d->toks.v[comma + 2].flags & TF_CAP) &&
                (d->toks.v[comma + 2].upos == SIFT_UPOS_VERB || d->toks.v[comma + 2].upos == SIFT_UPOS_AUX);
    /* (or the name it goes by: "Hoshimi's chatbot, called Tomo, had") */
    int called = (sift_tok_is(d, comma + 1, "called") || sift_tok_is(d, comma + 1, "named")) &&
                 !(p->flags & TF_CAP) && (d->toks.v[comma + 2].flags & TF_CAP) && d->toks.v[comma + 2].kind == TK_WORD;
    if (!(participle || part || where || being || called || sift_tok_is(d, comma + 1, "which") ||
          is_who(d, comma + 1)))
        return 0;
    for (uint32_t m = comma + 2, lim = comma + 24; m + 1 < hi && m < lim; m++) {
        /* (past a quotation opened and closed inside it: "the catch-up
         * campaign, which she called "the largest the province has ever
         * run", had reached") */
        if (d->toks.v[m].kind == TK_QUOTE && (d->toks.v[m].flags & TF_QOPEN) && !(d->toks.v[m].flags & TF_POSS)) {
            uint32_t e = m + 1;
            while (e < hi && e < m + 16 && d->toks.v[e].kind != TK_QUOTE)
                e++;
            if (e < hi && d->toks.v[e].kind == TK_QUOTE && !(d->toks.v[e].flags & TF_QOPEN)) {
                lim += e - m;
                m = e;
                continue;
            }
        }
        if (d->toks.v[m].kind == TK_QUOTE || sift_is_punct(d, m, ';') || d->toks.v[m].kind == TK_DASH)
            return 0;
        /* (a speech verb with a figure after it is no report: "the
         * centre, which has 30 beds, admitted 74 patients") */
        /* (but one with "that" after it is: "a study by the board, which
         * reviewed records from 12 clinics, found that") */
        /* (past a list of names: "who were arrested in raids in Nairobi,
         * Mombasa and Eldoret,") */
        if (sift_is_punct(d, m, ',') && m + 3 < hi && (d->toks.v[m - 1].flags & TF_CAP) &&
            sift_entity_at(d, m - 1) >= 0 && sift_entity_at(d, m + 1) >= 0 && !sift_finite_verb(d, m + 1))
            continue;
        /* (or of any items: "which gives unlimited rides on LRT, MRT,
         * monorail and Rapid KL buses,") */
        if (sift_is_punct(d, m, ',') && m + 3 < hi && d->toks.v[m + 1].kind == TK_WORD && !sift_finite_verb(d, m + 1) &&
            !(d->toks.v[m + 1].w.flags & (W_DET | W_PREP | W_ADJUNCT))) {
            uint32_t e = m + 1;
            int listed = 0;
            while (e < hi && e < m + 8 && d->toks.v[e].kind == TK_WORD && !sift_finite_verb(d, e))
                listed |= sift_tok_is(d, e++, "and");
            if (e < hi && (sift_is_punct(d, e, ',') || listed) && e + 1 < hi) {
                lim += e - m;
                continue;
            }
        }
        if (sift_is_punct(d, m, ',')) {
            /* (past an adverb: "development charges, which municipalities
             * levy, now add about $135,000") */
            uint32_t v = m + 1 + (m + 2 < hi && is_adverb(d, m + 1) && sift_finite_verb(d, m + 2));
            /* (a figure after a qualifier too: "add about $135,000") */
            uint32_t f = v + 1 + (v + 2 < hi && (d->toks.v[v + 1].w.flags & W_QUAL) &&
                                  !(d->toks.v[v + 1].flags & TF_CAP));
            int figure = f < hi && (d->toks.v[f].kind == TK_NUM || d->toks.v[f].kind == TK_SYM);
            return sift_finite_verb(d, v) && (!sift_is_cue(d, v) || figure || sift_tok_is(d, v + 1, "that")) ? m : 0;
        }
    }
    return 0;
}

uint32_t sift_and_aside(const doc *d, uint32_t k, uint32_t hi)
{
    if (!sift_is_punct(d, k, ',') || k + 3 >= hi || !(sift_tok_is(d, k + 1, "and") || sift_tok_is(d, k + 1, "or")) ||
        (d->toks.v[k + 1].flags & TF_CAP))
        return 0;
    /* (a participle before its noun is none of its verbs: "kiboko, or
     * dried robusta cherry, averaged") */
    uint32_t m = k + 2;
    while (m < hi && m < k + 10 && (d->toks.v[m].kind == TK_WORD || d->toks.v[m].kind == TK_NUM) &&
           (!sift_finite_verb(d, m) ||
            (m == k + 2 && sift_tok_ends(d, m, "ed") && m + 1 < hi && d->toks.v[m + 1].upos == SIFT_UPOS_NOUN)))
        m++;
    return m > k + 2 && m + 1 < hi && sift_is_punct(d, m, ',') && sift_finite_verb(d, m + 1) ? m : 0;
}

uint32_t sift_participle_aside(const doc *d, uint32_t k, uint32_t hi)
{
    if (!sift_is_punct(d, k, ',') || k == 0 || k + 2 >= hi || d->toks.v[k - 1].kind != TK_WORD ||
        !(d->toks.v[k - 1].upos == SIFT_UPOS_NOUN || d->toks.v[k - 1].upos == SIFT_UPOS_PROPN))
        return 0;
    const tok *u = &d->toks.v[k + 1];
    if (u->kind != TK_WORD || (u->flags & TF_CAP))
        return 0;
    /* (or in what role: "the order, as a religious institute, answered") */
    int prep = ((u->w.flags & W_PREP) && !sift_tok_is(d, k + 1, "that")) ||
               (sift_tok_is(d, k + 1, "as") && (d->toks.v[k + 2].w.flags & W_DET) && !sift_tok_is(d, k + 2, "that"));
    int participle = (sift_tok_ends(d, k + 1, "ed") || sift_tok_in(d, k + 1, irregular_participles) ||
                      (sift_tok_ends(d, k + 1, "ing") && !(u->w.flags & W_CUE) && TOK_N(d, k + 1) > 5)) && /* ("measuring") */
                     !(u->w.flags & W_AUX) &&
                     (!(u->w.flags & W_CUE) || sift_tok_is(d, k + 2, "to")); /* ("believed to be") */
    if (!prep && !participle)
        return 0;
    /* (a compound's hyphens and a figure's sign count for nothing: "hit
     * the $5,000-per-megawatt-hour cap") */
    uint32_t m = k + 2, lim = k + 16;
    for (; m < hi && m < lim && !sift_is_punct(d, m, ',') && !sift_quote_mark(&d->toks.v[m]); m++)
        if ((d->toks.v[m].kind == TK_SYM || (sift_is_punct(d, m, '-') && !(d->toks.v[m].flags & TF_SPACE))) &&
            lim < k + 28)
            lim++;
    return m + 1 < hi && sift_is_punct(d, m, ',') && sift_finite_verb(d, m + 1) && !sift_is_cue(d, m + 1) ? m : 0;
}

/* Does a finite clause start at i ("he could", "the toll had")? */
const char *const sift_partitives[] = {"many", "most", "some", "all", "half", "none", "several", NULL};

/* The comma a finite verb follows, reached from m (before lim) over words
 * and figures with no verb of their own (a participle in -ing allowed
 * when ing is set): the end of an aside; or 0. */
static uint32_t verbless_to_comma(const doc *d, uint32_t m, uint32_t lim, uint32_t hi, int ing)
{
    while (m < hi && m < lim && (d->toks.v[m].kind == TK_WORD || d->toks.v[m].kind == TK_NUM) &&
           (!sift_finite_verb(d, m) || (ing && sift_tok_ends(d, m, "ing") && !(d->toks.v[m].w.flags & W_AUX))))
        m++;
    /* (or a second noun of the subject: "the ivory, packed into 312 boxes,
     * and the scales had") */
    return m + 1 < hi && sift_is_punct(d, m, ',') &&
                   (sift_finite_verb(d, m + 1) ||
                    (m + 3 < hi && sift_tok_is(d, m + 1, "and") && (d->toks.v[m + 2].w.flags & W_DET) &&
                     !(d->toks.v[m + 2].flags & TF_CAP)))
               ? m
               : 0;
}

int sift_clause_starts(const doc *d, uint32_t i)
{
    uint32_t hi = sift_sent_t1(d, i);
    const tok *t = &d->toks.v[i];
    if (t->kind == TK_QUOTE || t->kind == TK_PUNCT)
        return 0;
    int figures = 0;
    for (uint32_t k = i, lim = i + 12; k < hi && k < lim; k++) {
        const tok *u = &d->toks.v[k];
        /* (figures count for nothing: "payments of A$1,000 per adult and
         * A$400 per child would be") */
        if ((u->kind == TK_NUM || u->kind == TK_SYM) && lim < i + 24)
            lim++, figures = 1;
        else if ((u->w.flags & W_NUMWORD) && !(u->flags & TF_CAP) && lim < i + 24)
            lim++; /* ("between the two countries could cut") */
        /* (nor do the units after them: "an increase of 22 sen per cubic
         * metre for the first 20 cubic metres of monthly use was") */
        else if (figures && k > i && lim < i + 24 && !(u->flags & TF_CAP) &&
                 ((u->w.flags & W_UNITWORD) || sift_tok_is(d, k, "per") || sift_tok_is(d, k, "cubic") ||
                  sift_tok_is(d, k, "square")))
            lim++;
        /* (nor do articles, and a name counts once: "about 60 percent of
         * the workers at the terminals in Valparaiso and San Antonio were") */
        /* (nor "of" between nouns: "the starting salary for a teacher on
         * the first level of the public pay scale was") */
        else if (k > i && lim < i + 24 &&
                 (((u->w.flags & W_DET) && !(u->flags & TF_CAP)) ||
                  (sift_tok_is(d, k, "of") && d->toks.v[k - 1].upos == SIFT_UPOS_NOUN) ||
                  (u->ment >= 0 && d->ments.v[u->ment].t0 < k && d->ments.v[u->ment].t0 >= i)))
            lim++;
        /* 'it "firmly opposes" the tariffs': a quotation inside the clause */
        /* (whose verb agrees with "it", "he" or "she", whatever the tagger
         * says: 'it "fully shares the concerns"') */
        if (u->kind == TK_QUOTE && k > i && (u->flags & TF_QOPEN) && (d->toks.v[k - 1].w.flags & W_PRONOUN)) {
            static const char *const singular[] = {"it", "he", "she", NULL};
            uint32_t v = k + 1 + (k + 2 < hi && sift_tok_ends(d, k + 1, "ly"));
            if (k == i + 1 && sift_tok_in(d, i, singular) && v < hi && sift_tok_ends(d, v, "s") &&
                !sift_tok_ends(d, v, "ss") && d->toks.v[v].upos != SIFT_UPOS_ADJ && !(d->toks.v[v].flags & TF_CAP))
                return 1;
            continue;
        }
        /* 'an "overflow event" had occurred': a short quotation in the
         * subject after its determiner */
        /* (or a count: '1,240 "ghost" vaccinators appeared') */
        if (u->kind == TK_QUOTE && k > i && (u->flags & TF_QOPEN) &&
            ((d->toks.v[k - 1].w.flags & W_DET) || (d->toks.v[k - 1].flags & TF_POSS) || /* (or "the lira's") */
             d->toks.v[k - 1].kind == TK_NUM)) {
            uint32_t e = k + 1;
            while (e < hi && e < k + 6 && d->toks.v[e].kind == TK_WORD)
                e++;
            if (e > k + 1 && e < hi && d->toks.v[e].kind == TK_QUOTE && !(d->toks.v[e].flags & TF_QOPEN)) {
                lim += e - k;
                k = e;
                continue;
            }
        }
        /* 'the sentence "won't bring the money back"': a quotation that
         * opens with the clause's verb */
        /* (or its adverb: 'his client "deeply regrets" the death') */
        /* (after one noun too: 'said people "cannot believe ..."') */
        /* (or a name: 'said Beijing "respects the choices of ..."') */
        if (u->kind == TK_QUOTE &&
            (k > i + 1 || (k == i + 1 && (d->toks.v[i].upos == SIFT_UPOS_NOUN || sift_entity_at(d, i) >= 0))) &&
            (u->flags & TF_QOPEN) && k + 1 < hi && d->toks.v[k - 1].kind == TK_WORD &&
            (sift_finite_verb(d, k + 1) ||
             (k + 2 < hi && (sift_tok_ends(d, k + 1, "ly") || is_adverb(d, k + 1)) && /* ("already protects") */
              sift_finite_verb(d, k + 2))))
            return 1;
        /* "the outbreak, if confirmed, would be": a short aside with no
         * verb of its own, opened by a conjunction */
        if (sift_is_punct(d, k, ',') && k > i && k + 2 < hi && sift_tok_in(d, k + 1, sift_aside_conjunctions) &&
            !(d->toks.v[k + 1].flags & TF_CAP)) {
            uint32_t m = k + 2;
            while (m < hi && m < k + 7 && d->toks.v[m].kind == TK_WORD &&
                   (!sift_finite_verb(d, m) || (m == k + 2 && sift_tok_ends(d, m, "ed")))) /* ("if confirmed") */
                m++;
            if (m > k + 2 && m + 1 < hi && sift_is_punct(d, m, ',')) {
                lim += m - k + 1;
                k = m;
                continue;
            }
        }
        /* ("the levy, unchanged since it was introduced in 2019, no longer
         * reflected": a participle's aside, then the clause's verb right
         * after it) */
        if (sift_is_punct(d, k, ',') && k > i && k + 4 < hi && !(d->toks.v[k + 1].flags & TF_CAP) &&
            d->toks.v[k + 1].upos == SIFT_UPOS_ADJ &&
            (sift_tok_ends(d, k + 1, "ed") || sift_tok_ends(d, k + 1, "en"))) {
            uint32_t m = k + 2;
            while (m < hi && m < k + 12 && (d->toks.v[m].kind == TK_WORD || d->toks.v[m].kind == TK_NUM))
                m++;
            uint32_t v = m + 1;
            while (v < hi && v < m + 3 && !(d->toks.v[v].flags & TF_CAP) &&
                   (sift_tok_is(d, v, "no") || sift_tok_is(d, v, "longer") || is_adverb(d, v)))
                v++;
            if (m + 2 < hi && sift_is_punct(d, m, ',') && v < hi && sift_finite_verb(d, v) &&
                !(d->toks.v[v].flags & TF_CAP) && !sift_is_cue(d, v)) {
                lim += v - k + 1;
                k = v - 1;
                continue;
            }
        }
        /* "thermal plants, most of them burning natural gas, were": a part
         * of the subject and what it does, with no verb of its own */
        if (sift_is_punct(d, k, ',') && k > i && k + 5 < hi && sift_tok_in(d, k + 1, sift_partitives) &&
            sift_tok_is(d, k + 2, "of") && sift_tok_is(d, k + 3, "them")) {
            uint32_t m = verbless_to_comma(d, k + 4, k + 14, hi, 1);
            if (m) {
                lim += m - k + 1;
                k = m;
                continue;
            }
        }
        /* "staffing shortfalls, rather than money, were": a contrast
         * between commas, with no verb of its own (or ", not money,") */
        if (sift_is_punct(d, k, ',') && k > i && k + 3 < hi &&
            ((sift_tok_is(d, k + 1, "rather") && sift_tok_is(d, k + 2, "than")) || sift_tok_is(d, k + 1, "not")) &&
            !(d->toks.v[k + 1].flags & TF_CAP)) {
            uint32_t m = verbless_to_comma(d, k + 2 + sift_tok_is(d, k + 1, "rather"), k + 9, hi, 0);
            if (m) {
                lim += m - k + 1;
                k = m;
                continue;
            }
        }
        /* "the licence fee of 5 percent of revenue, plus an upfront
         * payment of $15 million, would keep": an addition between commas,
         * with no verb of its own */
        static const char *const added[] = {"plus", "along", "together", NULL};
        if (sift_is_punct(d, k, ',') && k > i && k + 3 < hi && sift_tok_in(d, k + 1, added) &&
            !(d->toks.v[k + 1].flags & TF_CAP) &&
            (sift_tok_is(d, k + 1, "plus") || sift_tok_is(d, k + 2, "with"))) {
            uint32_t m = k + 2 + !sift_tok_is(d, k + 1, "plus");
            while (m < hi && m < k + 14 && d->toks.v[m].kind != TK_QUOTE && !sift_is_punct(d, m, ',') &&
                   !sift_is_punct(d, m, '.') && !sift_finite_verb(d, m))
                m++;
            if (m + 1 < hi && sift_is_punct(d, m, ',') && sift_finite_verb(d, m + 1)) {
                lim += m - k + 1;
                k = m;
                continue;
            }
        }
        /* "waterfowl exports, mainly to France, Germany and Israel, were
         * worth": an aside that narrows, its own list's commas and all,
         * up to the comma a verb follows */
        static const char *const narrows[] = {"mainly", "mostly", "largely", "chiefly", "primarily",
                                              "especially", "particularly", NULL};
        if (sift_is_punct(d, k, ',') && k > i && k + 3 < hi && sift_tok_in(d, k + 1, narrows) &&
            !(d->toks.v[k + 1].flags & TF_CAP)) {
            uint32_t m = k + 2;
            while (m < hi && m < k + 20 && d->toks.v[m].kind != TK_QUOTE && !sift_is_punct(d, m, '.') &&
                   !sift_finite_verb(d, m) && !(sift_is_punct(d, m, ',') && sift_finite_verb(d, m + 1)))
                m++;
            if (m > k + 2 && m + 1 < hi && sift_is_punct(d, m, ',') && sift_finite_verb(d, m + 1)) {
                lim += m - k + 1;
                k = m;
                continue;
            }
        }
        /* "grants of $180 per person, up to $900 per household, were": a
         * figure's limit between commas, with no verb of its own */
        if (sift_is_punct(d, k, ',') && k > i && k + 4 < hi && figures && sift_tok_is(d, k + 1, "up") &&
            sift_tok_is(d, k + 2, "to") &&
            (d->toks.v[k + 3].kind == TK_NUM || d->toks.v[k + 3].kind == TK_SYM)) {
            uint32_t m = k + 3 + (d->toks.v[k + 3].kind == TK_SYM);
            m = verbless_to_comma(d, m, k + 14, hi, 0);
            if (m) {
                lim += m - k + 1;
                k = m;
                continue;
            }
        }
        /* "concessions for students and young adults, and free travel for
         * pensioners, would not be affected" */
        uint32_t and_aside = k > i + 1 ? sift_and_aside(d, k, hi) : 0;
        if (and_aside) {
            lim += and_aside - k + 1;
            k = and_aside;
            continue;
        }
        /* "most of the region's 60,000 garimpeiros, as small-scale miners
         * are known in Brazil, were": an aside on what they are called */
        uint32_t known = k > i ? sift_as_known_aside(d, k, hi) : 0;
        if (known) {
            lim += known - k + 1;
            k = known;
            continue;
        }
        /* "the next decision, due in December, would": a short aside of
         * when, with no verb of its own */
        /* (or how things stand now: "the network, currently about 660
         * kilometres long, would grow"; "waiting times for surgery, long a
         * source of controversy, had improved") */
        static const char *const timed[] = {"due",  "expected", "scheduled", "planned", "slated", "currently",
                                            "now",  "formerly", "once",      "long",    "still", NULL};
        if (sift_is_punct(d, k, ',') && k > i && k + 2 < hi && sift_tok_in(d, k + 1, timed) &&
            !(d->toks.v[k + 1].flags & TF_CAP) &&
            (d->toks.v[k - 1].upos == SIFT_UPOS_NOUN || d->toks.v[k - 1].upos == SIFT_UPOS_PROPN)) {
            uint32_t m = k + 2;
            while (m < hi && m < k + 8 && d->toks.v[m].kind != TK_QUOTE && !sift_is_punct(d, m, ',') &&
                   !sift_finite_verb(d, m))
                m++;
            if (m > k + 2 && m + 1 < hi && sift_is_punct(d, m, ',')) {
                lim += m - k + 1;
                k = m;
                continue;
            }
        }
        /* "Saudi Arabia, the United Kingdom and the United States remained":
         * the comma of a list of names */
        if (sift_is_punct(d, k, ',') && k > i && k + 2 < hi && sift_entity_at(d, k - 1) >= 0 &&
            (sift_entity_at(d, k + 1) >= 0 || (sift_tok_is(d, k + 1, "the") && sift_entity_at(d, k + 2) >= 0)) &&
            lim < i + 24) {
            lim++;
            continue;
        }
        /* "looting at huacas, the adobe temple mounds that dot the coastal
         * desert, had": a noun in apposition, with its relative clause,
         * then the clause's own verb */
        if (sift_is_punct(d, k, ',') && k > i && k + 4 < hi && (d->toks.v[k + 1].w.flags & W_DET) &&
            !(d->toks.v[k + 1].flags & TF_CAP) &&
            (d->toks.v[k - 1].upos == SIFT_UPOS_NOUN || d->toks.v[k - 1].upos == SIFT_UPOS_PROPN)) {
            uint32_t m = k + 2;
            while (m < hi && m < k + 16 && d->toks.v[m].kind != TK_QUOTE && !sift_is_punct(d, m, ',') &&
                   !sift_is_cue(d, m))
                m++;
            if (m + 1 < hi && m > k + 3 && sift_is_punct(d, m, ',') && sift_finite_verb(d, m + 1) &&
                (d->toks.v[m + 1].w.flags & W_AUX) && !(d->toks.v[m + 1].flags & TF_CAP)) {
                lim += m - k + 1;
                k = m;
                continue;
            }
        }
        /* "about 6,000 labourers, many of them seasonal migrants from the
         * north, depended": a verbless aside on some of them */
        if (sift_is_punct(d, k, ',') && k > i && k + 3 < hi && sift_tok_in(d, k + 1, sift_partitives) &&
            sift_tok_is(d, k + 2, "of") && (sift_tok_is(d, k + 3, "them") || sift_tok_is(d, k + 3, "whom"))) {
            uint32_t m = k + 4;
            while (m < hi && m < k + 14 && (d->toks.v[m].kind == TK_WORD || d->toks.v[m].kind == TK_NUM) &&
                   !sift_finite_verb(d, m))
                m++;
            if (m + 1 < hi && sift_is_punct(d, m, ',')) {
                lim += m - k + 1;
                k = m;
                continue;
            }
        }
        /* "the measure, first introduced in 2023, was": a participle's
         * aside (an adverb before it) with no verb of its own */
        static const char *const once[] = {"first", "originally", "recently", "already", "later", NULL};
        if (sift_is_punct(d, k, ',') && k > i && k + 4 < hi) {
            uint32_t p = k + 1 + (sift_tok_in(d, k + 1, once) && !(d->toks.v[k + 1].flags & TF_CAP));
            uint32_t m = !(d->toks.v[p].flags & TF_CAP) &&
                                 (sift_past_participle(d, p) || sift_tok_ends(d, p, "ed") ||
                                  sift_tok_in(d, p, irregular_participles)) && /* ("cut into 312 pieces") */
                                 (d->toks.v[p + 1].w.flags & W_PREP) && !(d->toks.v[p + 1].flags & TF_CAP)
                             ? verbless_to_comma(d, p + 1, k + 12, hi, 0)
                             : 0;
            if (m) {
                lim += m - k + 1;
                k = m;
                continue;
            }
        }
        /* "wholesale prices in the northernmost price zone, SE1, had risen":
         * a name of one word in apposition to a noun */
        if (sift_is_punct(d, k, ',') && k > i && k + 3 < hi && d->toks.v[k - 1].upos == SIFT_UPOS_NOUN &&
            (d->toks.v[k + 1].flags & TF_CAP) && sift_is_punct(d, k + 2, ',') && sift_finite_verb(d, k + 3) &&
            !(d->toks.v[k + 3].flags & TF_CAP)) {
            lim += 3;
            k += 2;
            continue;
        }
        /* "revenue for the quarter, which ended on July 31, rose 6%" */
        uint32_t aside = sift_relative_aside(d, k, hi);
        if (aside) {
            lim += aside - k;
            k = aside;
            continue;
        }
        /* ("the midpoint of the new range, NZ$9.00, was"): a figure alone
         * in apposition to a noun */
        if (sift_is_punct(d, k, ',') && k > i && d->toks.v[k - 1].upos == SIFT_UPOS_NOUN) {
            uint32_t m = k + 1;
            while (m < hi && m < k + 5 && (d->toks.v[m].kind == TK_NUM || d->toks.v[m].kind == TK_SYM ||
                                          /* ("NZ$", "HK$") */
                                          ((d->toks.v[m].flags & TF_ALLCAPS) && m + 1 < hi &&
                                           d->toks.v[m + 1].kind == TK_SYM && !(d->toks.v[m + 1].flags & TF_SPACE))))
                m++;
            if (m > k + 1 && m + 1 < hi && sift_is_punct(d, m, ',') && d->toks.v[m + 1].kind == TK_WORD) {
                lim += m - k + 1;
                k = m;
                continue;
            }
        }
        /* "about 60 percent of customers of the Jamaica Public Service
         * Company, the island's electricity distributor, were ...": a
         * description in apposition to a name */
        /* (or "27 people, including 19 soldiers and two civilians ..., had been") */
        if (sift_is_punct(d, k, ',') && k > i && k + 2 < hi && !(d->toks.v[k + 1].flags & TF_CAP) &&
            (((sift_entity_at(d, k - 1) >= 0 || d->toks.v[k - 1].upos == SIFT_UPOS_NOUN) &&
              ((d->toks.v[k + 1].w.flags & W_DET) || /* "the housing package, the centrepiece of the budget, would" */
               /* ("all four survivors, two Austrians and two Dutch nationals, had") */
               (k > i + 1 && (d->toks.v[k + 1].kind == TK_NUM || (d->toks.v[k + 1].w.flags & W_NUMWORD))))) ||
             sift_tok_is(d, k + 1, "including") ||
             /* ("the first symptoms, bronze-coloured streaks on young
              * leaves, had been": a noun with no article) */
             (k > i + 1 && (d->toks.v[i].w.flags & W_DET) && d->toks.v[k - 1].upos == SIFT_UPOS_NOUN &&
              (d->toks.v[k + 1].upos == SIFT_UPOS_NOUN || d->toks.v[k + 1].upos == SIFT_UPOS_ADJ)) ||
             /* ("its El Teniente division, north of the quake zone, had") */
             compass_of(d, k + 1) ||
             (sift_tok_is(d, k + 1, "worth") && d->toks.v[k + 2].kind != TK_WORD))) { /* "worth 6.5% over 30 months," */
            /* a list after "including" may hold participles ("suspected of
             * helping to plan") and commas of its own ("including data on
             * religion, ethnicity and language, would be"): it ends at the
             * comma a verb follows */
            if (sift_tok_is(d, k + 1, "including")) {
                uint32_t end = 0;
                for (uint32_t m = k + 2; m < hi && m < k + 24 &&
                                         !sift_quote_mark(&d->toks.v[m]); /* ("both sides' costs") */
                     m++) {
                    const tok *v = &d->toks.v[m];
                    if (sift_is_punct(d, m, ',')) {
                        const tok *w = m + 1 < hi ? &d->toks.v[m + 1] : NULL;
                        if (w && (w->w.flags & (W_AUX | W_VERB)) && !(w->flags & TF_CAP)) {
                            end = m;
                            break;
                        }
                        continue;
                    }
                    if ((v->w.flags & W_AUX) && !(v->flags & TF_CAP) && !sift_tok_is(d, m - 1, "to"))
                        break;
                }
                if (end) {
                    lim += end - k + 1;
                    k = end;
                    continue;
                }
            }
            /* (up to 16 words: "the circular debt, the chain of unpaid bills
             * running from consumers through distribution companies to
             * generators and fuel suppliers, stood at") */
            uint32_t m = k + 2, stop = W_AUX | W_VERB | W_CUE;
            while (m < hi && m < k + 18 && d->toks.v[m].kind != TK_QUOTE && !sift_is_punct(d, m, ',') &&
                   (!((d->toks.v[m].w.flags & stop) && !(d->toks.v[m].flags & TF_CAP) &&
                      d->toks.v[m].upos != SIFT_UPOS_NOUN) || /* ("of the plan") */
                    /* (a participle after its noun: "a compact SUV called the Terra";
                     * or before it: "the largest shared groundwater source") */
                    /* (or an irregular one: "the share of seats sold") */
                    (!(d->toks.v[m].w.flags & W_AUX) && m > k + 2 &&
                     (sift_tok_ends(d, m, "ed") || sift_tok_in(d, m, irregular_participles)) &&
                     (d->toks.v[m - 1].upos == SIFT_UPOS_NOUN || d->toks.v[m - 1].upos == SIFT_UPOS_PROPN ||
                      (d->toks.v[m - 1].upos == SIFT_UPOS_ADJ && m + 1 < hi &&
                       d->toks.v[m + 1].upos == SIFT_UPOS_NOUN)))))
                m++;
            if (m < hi && sift_is_punct(d, m, ',')) {
                lim += m - k + 1; /* the aside, and room for the verb after it */
                k = m;
                continue;
            }
        }
        if (k > i && sift_participle_aside(d, k, hi))
            return 1;
        /* "a warmer, longer rainy season has": a comma between adjectives */
        /* (or a participle as one: "a mature, irrigated almond tree was") */
        int participle = k + 2 < hi && sift_tok_ends(d, k + 1, "ed") && d->toks.v[k - 1].upos == SIFT_UPOS_ADJ &&
                         (d->toks.v[k + 2].upos == SIFT_UPOS_NOUN || d->toks.v[k + 2].upos == SIFT_UPOS_ADJ) &&
                         k >= i + 2 && (d->toks.v[k - 2].w.flags & W_DET);
        if (sift_is_punct(d, k, ',') && k > i && k + 1 < hi && d->toks.v[k - 1].upos == SIFT_UPOS_ADJ &&
            (d->toks.v[k + 1].upos == SIFT_UPOS_ADJ || d->toks.v[k + 1].upos == SIFT_UPOS_ADV || participle) &&
            !(d->toks.v[k + 1].flags & TF_CAP) && !(d->toks.v[k + 1].w.flags & (W_AUX | W_VERB | W_CUE))) {
            lim++;
            continue;
        }
        /* "the state railway company, Kazakhstan Temir Zholy, had": a name
         * in apposition to a noun */
        /* (where it is based first: "the salvage contractor, Rotterdam-based
         * Van der Berg Marine Services, expected") */
        uint32_t n0 = k + 1;
        if (k + 4 < hi && sift_entity_at(d, k + 1) >= 0 && d->ents.v[sift_entity_at(d, k + 1)].type == ET_GPE &&
            sift_is_punct(d, k + 2, '-') && sift_tok_is(d, k + 3, "based"))
            n0 = k + 4;
        if (sift_is_punct(d, k, ',') && k > i && n0 + 1 < hi && d->toks.v[k - 1].kind == TK_WORD &&
            !(d->toks.v[k - 1].flags & TF_CAP) && sift_entity_at(d, k - 1) < 0 && sift_entity_at(d, n0) >= 0 &&
            d->ents.v[sift_entity_at(d, n0)].type != ET_GPE) {
            uint32_t b = sift_name_end(d, n0, hi);
            /* (and its acronym: "the state utility, Vietnam Electricity
             * (EVN), had") */
            if (b + 3 < hi && sift_is_punct(d, b, '(') && sift_is_punct(d, b + 2, ')') &&
                (d->toks.v[b + 1].flags & TF_ALLCAPS))
                b += 3;
            if (b < hi && b < n0 + 11 && sift_is_punct(d, b, ',')) {
                lim += b - k + 1;
                k = b;
                continue;
            }
        }
        /* "14 ships, a helicopter and more than 400 personnel had been": a
         * list of nouns as the subject */
        if (sift_is_punct(d, k, ',') && k > i && d->toks.v[k - 1].kind == TK_WORD &&
            !(d->toks.v[k - 1].flags & TF_CAP) && d->toks.v[k - 1].upos == SIFT_UPOS_NOUN) {
            /* (of more than two: "armed conflict, mass displacement, high
             * food prices and erratic rainfall were") */
            /* (a word after an article or a hyphen is no verb: "a
             * fixed-wing aircraft") */
            uint32_t m = k + 1, and_at = 0;
            /* (nor one after a preposition: "a network of paid informers") */
            while (m < hi && m < k + 16 && d->toks.v[m].kind != TK_QUOTE &&
                   !(sift_finite_verb(d, m) && !(d->toks.v[m - 1].w.flags & (W_DET | W_PREP)) &&
                     !(sift_is_punct(d, m - 1, '-') && !(d->toks.v[m].flags & TF_SPACE))) &&
                   !(sift_is_punct(d, m, ',') && (and_at || !(d->toks.v[m - 1].upos == SIFT_UPOS_NOUN)))) {
                if (sift_tok_is(d, m, "and") || sift_tok_is(d, m, "or"))
                    and_at = m;
                m++;
            }
            if (and_at && and_at + 1 < m && m < hi && sift_finite_verb(d, m) && !sift_is_cue(d, m) &&
                d->toks.v[m - 1].upos == SIFT_UPOS_NOUN)
                return 1;
        }
        /* ("previous redenominations in 2006, 2008 and 2009 had": a list
         * of figures) */
        if (sift_is_punct(d, k, ',') && k > i && k + 1 < hi && d->toks.v[k - 1].kind == TK_NUM &&
            d->toks.v[k + 1].kind == TK_NUM) {
            lim += 2;
            continue;
        }
        /* "France, Poland, Austria and Ireland were": a list of names */
        if (sift_is_punct(d, k, ',') && k > i && k + 1 < hi && sift_entity_at(d, k - 1) >= 0 &&
            sift_entity_at(d, k + 1) >= 0 &&
            d->ents.v[sift_entity_at(d, k - 1)].type == d->ents.v[sift_entity_at(d, k + 1)].type) {
            lim += 2;
            continue;
        }
        /* (names the recognizer missed, closed by "and": "units at the
         * Kendal, Tutuka and Majuba power stations had") */
        if (sift_is_punct(d, k, ',') && k > i && k + 3 < hi && d->toks.v[k - 1].kind == TK_WORD &&
            (d->toks.v[k - 1].flags & TF_CAP) && d->toks.v[k + 1].kind == TK_WORD &&
            (d->toks.v[k + 1].flags & TF_CAP)) {
            uint32_t m = k + 1;
            while (m < hi && m < k + 5 && d->toks.v[m].kind == TK_WORD && (d->toks.v[m].flags & TF_CAP))
                m++;
            if ((sift_tok_is(d, m, "and") || sift_tok_is(d, m, "or")) && m + 1 < hi &&
                (d->toks.v[m + 1].flags & TF_CAP)) {
                lim += m - k + 1;
                k = m;
                continue;
            }
        }
        if (sift_is_punct(d, k, ',') || sift_quote_mark(u)) /* (not "doctors' pay") */
            return 0;
        /* a verb the word lists know, or one the tagger saw ("it expected");
         * past the figures, not one after "and", which the cue's subject
         * shares ("reported a loss of 31.6 million euros for the 2025-26
         * season and must comply") */
        /* (not a participle between an article and its noun: "told
         * reporters in a neighbouring village") */
        if (k > i && sift_finite_verb(d, k) &&
            !(k + 1 < hi && d->toks.v[k + 1].upos == SIFT_UPOS_NOUN && sift_tok_ends(d, k, "ing") &&
              (sift_tok_is(d, k - 1, "a") || sift_tok_is(d, k - 1, "an") || sift_tok_is(d, k - 1, "the"))))
            return !(figures && (sift_tok_is(d, k - 1, "and") || sift_tok_is(d, k - 1, "but")));
        /* (a past tense the tagger took for an adjective, right after the
         * subject "the" and a noun: "said the cancellation vindicated years
         * of warnings") */
        if (k == i + 2 && (d->toks.v[i].w.flags & W_DET) && d->toks.v[i + 1].upos == SIFT_UPOS_NOUN &&
            u->upos == SIFT_UPOS_ADJ && !(u->flags & TF_CAP) && TOK_N(d, k) > 5 && sift_tok_ends(d, k, "ed") &&
            k + 1 < hi && (d->toks.v[k + 1].upos == SIFT_UPOS_NOUN || (d->toks.v[k + 1].w.flags & W_DET)))
            return 1;
        /* (or a present tense the tagger took for a plural, after a
         * singular noun and before where: "say the fine grey powder
         * settles on wheat seedlings") */
        static const char *const where[] = {"on", "in", "into", "onto", "over", "across", "through", "around",
                                            "along", "inside", "under", NULL};
        if (k > i && u->upos == SIFT_UPOS_NOUN && u->kind == TK_WORD && !(u->flags & TF_CAP) && TOK_N(d, k) > 4 &&
            sift_tok_ends(d, k, "s") && !sift_tok_ends(d, k, "ss") && d->toks.v[k - 1].upos == SIFT_UPOS_NOUN &&
            d->toks.v[k - 1].kind == TK_WORD && !(d->toks.v[k - 1].flags & (TF_CAP | TF_POSS)) &&
            !sift_tok_ends(d, k - 1, "s") && (k == i + 1 || (d->toks.v[i].w.flags & W_DET)) && k + 1 < hi &&
            sift_tok_in(d, k + 1, where) && !(d->toks.v[k + 1].flags & TF_CAP))
            return 1;
        /* (or after a plural subject, before an adverb or a figure: "said
         * about 650,000 Canadians curl regularly", "say small boats land
         * about 14 percent") */
        static const char *const roughly[] = {"about", "around", "nearly", "almost", "roughly", "more", "fewer",
                                              "less", NULL};
        if (k >= i + 2 && u->upos == SIFT_UPOS_NOUN && !(u->flags & TF_CAP) && u->kind == TK_WORD &&
            !sift_tok_ends(d, k, "s") && TOK_N(d, k) > 2 && d->toks.v[k - 1].kind == TK_WORD &&
            TOK_N(d, k - 1) > 3 && TOK_S(d, k - 1)[TOK_N(d, k - 1) - 1] == 's' && !(d->toks.v[k - 1].flags & TF_POSS) &&
            (d->toks.v[k - 1].upos == SIFT_UPOS_NOUN || d->toks.v[k - 1].upos == SIFT_UPOS_PROPN) && k + 1 < hi &&
            ((sift_tok_ends(d, k + 1, "ly") && d->toks.v[k + 1].upos == SIFT_UPOS_ADV) ||
             d->toks.v[k + 1].kind == TK_NUM || sift_tok_in(d, k + 1, roughly)))
            return 1;
        /* (or "amounts to", "comes to" and a figure after a singular noun:
         * "says the historic debt amounts to roughly 3.5 trillion pesos") */
        if (k >= i + 2 && k + 2 < hi && u->upos == SIFT_UPOS_NOUN && u->kind == TK_WORD && !(u->flags & TF_CAP) &&
            sift_tok_ends(d, k, "s") && !sift_tok_ends(d, k, "ss") && d->toks.v[k - 1].upos == SIFT_UPOS_NOUN &&
            !sift_tok_ends(d, k - 1, "s") && sift_tok_is(d, k + 1, "to") &&
            (d->toks.v[k + 2].kind == TK_NUM || d->toks.v[k + 2].kind == TK_SYM ||
             (sift_tok_in(d, k + 2, roughly) && k + 3 < hi && d->toks.v[k + 3].kind == TK_NUM)))
            return 1;
        /* (a present tense the tagger took for a noun, after an adverb of
         * time on the subject's noun: "said the population now numbers
         * between 180 and 200") */
        static const char *const when_adverbs[] = {"now", "still", "already", "also", "currently", "typically",
                                                   "usually", "often", "rarely", "only", NULL};
        if (k >= i + 2 && u->upos == SIFT_UPOS_NOUN && sift_tok_ends(d, k, "s") && !sift_tok_ends(d, k, "ss") &&
            TOK_N(d, k) > 3 && d->toks.v[k - 2].upos == SIFT_UPOS_NOUN && sift_tok_in(d, k - 1, when_adverbs) &&
            k + 1 < hi && d->toks.v[k + 1].kind != TK_PUNCT) /* (cheap tests first: a hot path) */
            return 1;
        /* (initials in brackets count for nothing: "the average price of
         * very low sulphur fuel oil (VLSFO) at the port was") */
        uint32_t pw = k > i && lim < i + 24 ? sift_paren_word(d, k, hi) : 0;
        if (pw) {
            lim += pw;
            k += pw - 1;
            continue;
        }
        /* names count as one word: "a separate investigation into Norvane's
         * compliance with the Digital Markets Act was continuing" */
        if (k > i && ((u->ment >= 0 && d->toks.v[k - 1].ment == u->ment) || (u->flags & TF_POSS)))
            lim++;
        /* (and words joined by hyphens: "the Asia-to-North Europe route") */
        if (k > i && k + 1 < hi && sift_is_punct(d, k, '-') && !(u->flags & TF_SPACE) &&
            d->toks.v[k - 1].kind == TK_WORD && d->toks.v[k + 1].kind == TK_WORD)
            lim += 2;
    }
    return 0;
}

/* The organisation a possessive "its" at token i means: the one its
 * sentence opens with ("The university has offered 7.5 percent, according
 * to a bargaining update posted on its website"), named or by its kind
 * ("the university"), else the last one named; -1 if none. */
static int its_org(const doc *d, uint32_t i)
{
    uint32_t b = sift_body_start(d, d->toks.v[i].sent);
    int e = sift_entity_at(d, b);
    if (e >= 0 && d->ents.v[e].type == ET_ORG && b < i)
        return e;
    if (sift_tok_is(d, b, "the") && b + 2 < i && (e = generic_org(d, b, b + 2)) >= 0)
        return e;
    /* (opening its sentence, the body the sentence before opens with: "The
     * institute estimated that ... . Its report said") */
    uint32_t s = d->toks.v[i].sent;
    if (b == i && s > 0 && !(d->toks.v[i].flags & TF_INQUOTE)) {
        uint32_t p = sift_body_start(d, s - 1), pe = d->sents.v[s - 1].t1;
        int the = sift_tok_is(d, p, "the") && !(d->toks.v[p].flags & TF_INQUOTE);
        e = sift_entity_at(d, p + the);
        if (e < 0 && the && p + 2 < pe && institution_noun(d, p + 1) && !(d->toks.v[p + 1].flags & TF_CAP) &&
            sift_finite_verb(d, p + 2))
            e = generic_org(d, p, p + 2);
        if (e >= 0 && d->ents.v[e].type == ET_ORG && !sift_in_dateline(d, p + the))
            return e;
        /* (a place that sentence opens with, as its subject, is what "its"
         * means, and no body: "Edinburgh handled 15.8 million passengers
         * last year. Its latest annual accounts show") */
        if (e >= 0 && (d->ents.v[e].type == ET_GPE || d->ents.v[e].type == ET_LOC) && !the &&
            !sift_in_dateline(d, p)) {
            uint32_t v = sift_name_end(d, p, pe);
            if (v < pe && sift_finite_verb(d, v) && !(d->toks.v[v].flags & TF_CAP))
                return -1;
        }
    }
    /* (or a body by its kind, nearer in the sentence than any name: "Fines
     * issued by the watchdog totalled ..., its annual report showed") */
    for (uint32_t k = i; k-- > b + 1;) {
        int x = sift_entity_at(d, k);
        if (x >= 0 && d->ents.v[x].type == ET_ORG)
            break;
        if (sift_tok_is(d, k - 1, "the") && !(d->toks.v[k].flags & TF_CAP) && sift_tok_org_kind(d, k) &&
            (e = generic_org(d, k - 1, k + 1)) >= 0)
            return e;
    }
    return last_org(d, i);
}

/* "Its lawyers", "its chief executive" at [np0,np1): people of the
 * organisation "its" means, named by it ("Lenders Association's
 * lawyers"); NULL if the phrase is no such or no organisation is meant. */
const char *sift_its_people(doc *d, uint32_t np0, uint32_t np1)
{
    /* (or "of" a field after the noun: "Its head of research") */
    uint32_t hn = np1 - 1;
    if (np1 == np0 + 4 && sift_tok_is(d, np0 + 2, "of") && d->toks.v[np0 + 3].kind == TK_WORD)
        hn = np0 + 1;
    if (!sift_tok_is(d, np0, "its") || np1 <= np0 + 1 || np1 > np0 + 4 || (d->toks.v[np1 - 1].flags & TF_CAP) ||
        !(person_word(d, hn) || staff_noun(d, hn) || (d->toks.v[hn].w.flags & W_TITLE)))
        return NULL;
    /* (not after a subject no name gives: "A sawmill ... will eliminate
     * its night shift, its owner said") */
    uint32_t b = sift_body_start(d, d->toks.v[np0].sent);
    int x = its_org(d, np0);
    if (b < np0 && sift_entity_at(d, b) < 0 && !(sift_tok_is(d, b, "the") && sift_entity_at(d, b + 1) >= 0) &&
        (b + 2 >= np0 || generic_org(d, b, b + 2) != x))
        x = -1;
    return x >= 0 ? sift_arena_printf(d->arena, "%s's %s", d->ents.v[x].name, sift_span_text(d, np0 + 1, np1)) : NULL;
}

/* Speaker of the verb at c: its subject, or the phrase after it (inverted). */
int sift_speaker_of_cue(doc *d, uint32_t c, uint32_t lo, uint32_t hi, sift_attribution *a)
{
    uint32_t np0, np1;
    a->cue = c;
    /* (a passive's participle has no speaker before it: "as having been
     * learned "painfully"") */
    if (c > lo && sift_tok_is(d, c - 1, "been") && !(d->toks.v[c - 1].flags & TF_INQUOTE))
        return 0;
    /* "..., saying only 37 screens had closed ..., and argued that": a
     * verb of saying right after "and" shares the subject of the report
     * before it in its sentence, not the subject of that report's clause */
    if (c > lo + 2 && sift_tok_is(d, c - 1, "and") && !(d->toks.v[c - 1].flags & TF_CAP) &&
        sift_is_punct(d, c - 2, ',')) {
        size_t from = d->toks.v[d->sents.v[d->toks.v[c].sent].t0].start;
        for (size_t n = d->quotes.n; n-- > d->n_direct && n + 8 > d->quotes.n;) {
            const sift_quote *x = &d->quotes.v[n];
            if (x->span.start < from || x->span.end > d->toks.v[c].start || strcmp(x->kind, "indirect") != 0 ||
                !x->speaker_name)
                continue;
            /* (not a claim someone else made that the subject answers:
             * "Wickramaratne rejected the NLP's claim that ..., and said") */
            if (!x->rule || strcmp(x->rule, "reported-speech") != 0)
                break;
            a->ent = x->speaker;
            a->name = x->speaker_name;
            return 1;
        }
    }
    /* '"...," said Emi Watanabe, a strategist at SMBC Nikko Securities,
     * adding that ...': a participle after a comma adds to the quotation
     * its sentence gave to a person */
    if (c > lo + 1 && sift_is_punct(d, c - 1, ',') && sift_tok_ends(d, c, "ing")) {
        size_t from = d->toks.v[c].start, nd, q = quotes_before(d, from, &nd);
        while (q-- > 0) {
            const sift_quote *x = &d->quotes.v[q];
            if (x->span.end > from || x->sentence.end < from || x->sentence.start > from)
                break;
            if (x->speaker >= 0 && d->ents.v[x->speaker].type == ET_PERSON && x->rule &&
                strcmp(x->rule, "attribution-after") == 0) {
                a->ent = x->speaker;
                a->name = d->ents.v[x->speaker].name;
                return 1;
            }
            break;
        }
        /* (or to anyone, in what it reported up to the comma: "Hope After
         * Mines said its own field records showed 73 casualties, arguing
         * that ...") */
        for (size_t r = d->quotes.n; r-- > d->n_direct;) {
            const sift_quote *x = &d->quotes.v[r];
            if (x->span.end == d->toks.v[c - 2].end && x->speaker >= 0 && x->rule &&
                strcmp(x->rule, "reported-speech") == 0) {
                a->ent = x->speaker;
                a->name = d->ents.v[x->speaker].name;
                return 1;
            }
            if (x->span.end <= from)
                break;
        }
        /* (or the subject of the clause the participle ends, after ", but":
         * "Berlin tried ..., but the Federal Constitutional Court struck it
         * down, ruling that ...") */
        for (uint32_t k = c - 2; k > lo + 1; k--) {
            if (d->toks.v[k].kind == TK_QUOTE || (d->toks.v[k].flags & TF_INQUOTE) || sift_is_punct(d, k, ';'))
                break;
            if (!(sift_tok_is(d, k, "but") && sift_is_punct(d, k - 1, ',') && sift_clause_starts(d, k + 1)))
                continue;
            uint32_t n0 = k + 1 + sift_tok_is(d, k + 1, "the");
            int x = sift_entity_at(d, n0);
            uint32_t n1 = x >= 0 ? sift_name_end(d, n0, c) : n0;
            if (x >= 0 && d->ents.v[x].type == ET_ORG && sift_name_start(d, n0, k) == n0 && n1 < c &&
                d->toks.v[n1].upos == SIFT_UPOS_VERB && !(d->toks.v[n1].flags & TF_CAP) && !sift_is_cue(d, n1)) {
                a->ent = x;
                a->name = d->ents.v[x].name;
                return 1;
            }
            break;
        }
    }
    if (sift_tok_is(d, c, "according") && sift_tok_is(d, c + 1, "to")) {
        /* "According to her, soldiers had then demanded ...": the person
         * "she" would be */
        int g = sift_tok_is(d, c + 2, "her") ? 'F' : sift_tok_is(d, c + 2, "him") ? 'M' : 0;
        if (g && (c + 3 >= hi || sift_is_punct(d, c + 3, ',') || sift_is_punct(d, c + 3, '.')) &&
            (a->ent = sift_resolve_pronoun(d, c + 2, g)) >= 0) {
            a->name = d->ents.v[a->ent].name;
            return 1;
        }
        if (sift_np_after(d, c + 2, hi, &np0, &np1)) {
            /* "according to its latest interim report", "according to
             * military intelligence estimates": the phrase stopped before a
             * document's noun that is a verb too */
            if (np1 < hi && np1 > np0 && sift_document_noun(d, np1) && d->toks.v[np1].kind == TK_WORD &&
                (np1 + 1 >= hi || d->toks.v[np1 + 1].kind == TK_PUNCT || sift_tok_is(d, np1 + 1, "by") ||
                 sift_tok_is(d, np1 + 1, "from") || (made_by(d, np1 + 1) && sift_tok_is(d, np1 + 2, "by")) ||
                 (made_by(d, np1 + 1) && np1 + 3 < hi && sift_tok_is(d, np1 + 3, "by") &&
                  (sift_tok_is(d, np1 + 2, "up") || sift_tok_is(d, np1 + 2, "out")))))
                np1++; /* (or "14 estimates compiled by LSEG", "a draft plan drawn up by") */
            /* "according to figures from the union", "according to data
             * published by NHS England": whoever the figures come from */
            /* ("a poll published last week by ...": the phrase took the time too) */
            uint32_t tw = np1, by_at = sift_tok_is(d, np1, "by") ? np1 : 0;
            while (tw > np0 + 2 && when_made(d, tw - 1))
                tw--;
            /* (or the document's noun right before the time: "a report last
             * year by the Supreme Audit Agency") */
            if (tw < np1 && (made_by(d, tw - 1) || (sift_document_noun(d, tw - 1) && sift_tok_is(d, np1, "by"))))
                np1 = tw;
            if (np1 - np0 >= 2 && made_by(d, np1 - 1))
                np1--; /* "data published on Tuesday by ...": the phrase took the participle */
            else if (np1 - np0 >= 3 && made_by(d, np1 - 2) &&
                     (sift_tok_is(d, np1 - 1, "up") || sift_tok_is(d, np1 - 1, "out")))
                np1 -= 2; /* (and its particle: "a plan drawn up by") */
            uint32_t by = np1;
            if (by + 1 < hi && made_by(d, by)) {
                /* "... released on Tuesday by the Federal Office" */
                /* (or to whom: "figures presented to council by Winnipeg
                 * Transit") */
                /* (past a particle: "drawn up by", "carried out by") */
                uint32_t b = by + 1 + (by + 2 < hi && (sift_tok_is(d, by + 1, "up") || sift_tok_is(d, by + 1, "out")));
                int to = sift_tok_is(d, b, "to");
                uint32_t lim = by + (to ? 8 : 4);
                while (b < hi && b < lim && !sift_tok_is(d, b, "by")) {
                    /* (or where: "released in Hobart on Thursday by") */
                    int x = b + 1 < hi && (sift_tok_is(d, b, "in") || sift_tok_is(d, b, "at")) &&
                                    !(d->toks.v[b].flags & TF_CAP)
                                ? sift_entity_at(d, b + 1)
                                : -1;
                    if (x >= 0 && d->ents.v[x].type == ET_GPE) {
                        uint32_t e = sift_name_end(d, b + 1, hi);
                        lim += e - b;
                        b = e;
                        continue;
                    }
                    if (!(when_made(d, b) || (to && (sift_tok_is(d, b, "to") || (d->toks.v[b].w.flags & W_DET) ||
                                                     d->toks.v[b].upos == SIFT_UPOS_NOUN ||
                                                     d->toks.v[b].upos == SIFT_UPOS_PROPN))))
                        break;
                    b++;
                }
                if (sift_tok_is(d, b, "by"))
                    by = b;
            }
            if (by_at && !sift_tok_is(d, by, "by"))
                by = by_at;
            uint32_t f0, f1;
            /* (the document may be "of" something: "preliminary results of
             * the 2026 census published by the Central Statistics Office") */
            uint32_t dn = np1 - 1;
            /* (or "a poll of 18 economists by the business daily Dünya") */
            /* (or "the average of 14 estimates compiled by LSEG") */
            static const char *const middles[] = {"average", "median", "mean", NULL};
            for (uint32_t j = np0; j + 2 < np1 && j < np0 + 3; j++)
                if ((sift_document_noun(d, j) || sift_tok_in(d, j, middles)) && sift_tok_is(d, j + 1, "of") &&
                    (made_by(d, np1) || sift_tok_is(d, np1, "by"))) {
                    dn = j;
                    break;
                }
            /* (past where the people asked live: "a survey of 800 households
             * in Huye and Nyanza districts by the Huye Centre for ...") */
            for (uint32_t j = np0; j + 2 < np1 && j < np0 + 3 && !sift_tok_is(d, by, "by"); j++) {
                if (!sift_document_noun(d, j) || !sift_tok_is(d, j + 1, "of"))
                    continue;
                for (uint32_t k = np1; k < hi && k < np1 + 8; k++) {
                    if (sift_tok_is(d, k, "by") && !(d->toks.v[k].flags & TF_CAP)) {
                        by = k;
                        dn = j;
                        break;
                    }
                    if (d->toks.v[k].kind != TK_WORD || (d->toks.v[k].w.flags & (W_VERB | W_AUX)) || sift_is_cue(d, k))
                        break;
                }
                break;
            }
            /* (one word may describe it: "a preliminary assessment by") */
            /* (a compound is one word: "according to top-line data released by") */
            uint32_t words = 0;
            for (uint32_t j = np0; j < dn; j++)
                words += !sift_in_compound(d, j) && !(sift_is_punct(d, j, '-') && sift_in_compound(d, j + 1));
            int plain = words <= 1 || (words == 2 && d->toks.v[dn - 1].kind == TK_WORD &&
                                       !(d->toks.v[dn - 1].flags & TF_CAP) && sift_entity_at(d, dn - 1) < 0);
            /* (or a few plain words after its article: "the most recent
             * national prison assessment by") */
            if (!plain && words <= 5 && (d->toks.v[np0].w.flags & W_DET)) {
                plain = 1;
                for (uint32_t j = np0 + 1; j < dn && plain; j++) /* (a year too: "a 2025 survey by") */
                    plain = (d->toks.v[j].kind == TK_WORD || (d->toks.v[j].kind == TK_NUM && TOK_N(d, j) == 4)) &&
                            !(d->toks.v[j].flags & TF_CAP) && sift_entity_at(d, j) < 0 &&
                            !(d->toks.v[j].w.flags & (W_PREP | W_DET)) && !sift_tok_is(d, j, "of");
            }
            /* (or a named one: "according to the Bostadsindex compiled by
             * property analytics firm Kvadrat Analys") */
            int named_doc = by > np1 && sift_tok_is(d, by, "by") && sift_tok_is(d, np0, "the") &&
                            sift_entity_at(d, np0 + 1) >= 0 && sift_name_end(d, np0 + 1, np1) == np1;
            /* (or by a name no list knows: "according to the Focus survey
             * published each Monday by the central bank") */
            int capped = by > np1 && sift_tok_is(d, by, "by") && sift_tok_is(d, np0, "the") && dn + 1 == np1 &&
                         dn > np0 + 1 && dn < np0 + 4 && sift_document_noun(d, dn);
            for (uint32_t j = np0 + 1; capped && j < dn; j++)
                capped = d->toks.v[j].kind == TK_WORD && (d->toks.v[j].flags & TF_CAP) && sift_entity_at(d, j) < 0;
            named_doc |= capped;
            int doc_head = sift_document_noun(d, dn) || sift_tok_in(d, dn, middles);
            /* (not who saw it: "minutes of the session reviewed by The
             * Associated Press") */
            if (((plain && doc_head && sift_entity_at(d, dn) < 0) || named_doc) &&
                (sift_tok_is(d, by, "from") || sift_tok_is(d, by, "by")) && !sift_tok_in(d, by - 1, seen_by) &&
                sift_np_after(d, by + 1, hi, &f0, &f1)) {
                /* (not when it was made: "a report by the Budget Office
                 * published in September") */
                /* (nor "by the city's auditor general released on Tuesday") */
                if (f1 > f0 + 1 && made_by(d, f1 - 1) && d->toks.v[f1 - 2].kind == TK_WORD)
                    f1--;
                /* (nor when, after it: "published by the institute last
                 * month") */
                static const char *const whens[] = {"last", "this", "next", "earlier", NULL};
                for (uint32_t k = f0 + 1; k + 1 < f1; k++)
                    if (sift_tok_in(d, k, whens) && !(d->toks.v[k].flags & TF_CAP) &&
                        (d->toks.v[k + 1].w.flags & (W_WEEKDAY | W_MONTH | W_TIMEUNIT))) {
                        f1 = k;
                        /* (and the participle before it: "by the World Health
                         * Organization published last December") */
                        if (f1 > f0 + 1 && made_by(d, f1 - 1) && d->toks.v[f1 - 2].kind == TK_WORD)
                            f1--;
                        break;
                    }
                /* (not "... Nordvik Analys and published on Friday") */
                for (uint32_t k = f0 + 1; k < f1; k++)
                    if (sift_tok_is(d, k, "and") && sift_entity_at(d, k - 1) >= 0 && k + 1 < f1 &&
                        (sift_tok_ends(d, k + 1, "ed") || made_by(d, k + 1))) {
                        f1 = k;
                        break;
                    }
                np0 = f0, np1 = f1;
            }
            /* "according to the agency's own figures": the owner of the figures */
            /* (with more words before it: "the company's most recent annual
             * report"; or its accounts: "the federation's latest accounts") */
            int owned = np1 > np0 + 2 && (sift_document_noun(d, np1 - 1) || sift_tok_is(d, np1 - 1, "accounts"));
            for (uint32_t k = np0 + 1; k + 1 < np1; k++)
                if ((d->toks.v[k].flags & TF_POSS) && owned && np1 - k <= 5 &&
                    sift_entity_at(d, np1 - 1) < 0 && plain_words(d, k + 1, np1 - 1) &&
                    (sift_entity_at(d, k - 1) >= 0 || sift_tok_org_kind(d, k - 1) ||
                     (institution_noun(d, k - 1) && named_before(d, k - 1)))) {
                    np1 = k;
                    /* (of a copy of it: "according to a copy of the
                     * company's latest proposal") */
                    static const char *const copies[] = {"copy", "copies", "draft", "version", NULL};
                    for (uint32_t j = np0; j + 2 < np1 && j < np0 + 3; j++)
                        if (sift_tok_in(d, j, copies) && sift_tok_is(d, j + 1, "of")) {
                            np0 = j + 2;
                            break;
                        }
                    break;
                }
            /* "according to its filings", "according to a bargaining update
             * posted on its website": the organisation "its" means */
            uint32_t its = 0;
            /* "According to her report, 63% of the invoices ...": the person "her" is */
            int pg = sift_tok_is(d, np0, "her") ? 'F' : sift_tok_is(d, np0, "his") ? 'M' : 0;
            if (pg && np1 - np0 == 2 && sift_document_noun(d, np0 + 1) &&
                (a->ent = sift_resolve_pronoun(d, np0, pg)) >= 0) {
                a->name = d->ents.v[a->ent].name;
                return 1;
            }
            /* (with words describing it: "its latest interim report") */
            int plain_doc = np1 - np0 >= 2 && np1 - np0 <= 7 && sift_tok_is(d, np0, "its") &&
                            sift_document_noun(d, np1 - 1) && plain_words(d, np0 + 1, np1 - 1);
            if (plain_doc)
                its = np0;
            else if (np1 + 2 < hi && np1 > np0 && sift_document_noun(d, np1 - 1) && made_by(d, np1) &&
                     sift_tok_is(d, np1 + 1, "on") && (sift_tok_is(d, np1 + 2, "its") || sift_tok_is(d, np1 + 2, "their")))
                its = np1 + 2;
            /* ("The fund, which is managed by ..., held ..., according to its
             * most recent holdings list" after "Norway's sovereign wealth
             * fund said": the phrase that spoke by the sentence's noun) */
            uint32_t ob = its ? sift_body_start(d, d->toks.v[its].sent) : 0;
            int og = its && sift_tok_is(d, ob, "the") && ob + 2 < its ? generic_org(d, ob, ob + 2) : -1;
            if (its && sift_tok_is(d, ob, "the") && ob + 2 < its && d->toks.v[ob + 1].kind == TK_WORD &&
                !(d->toks.v[ob + 1].flags & TF_CAP) && sift_entity_at(d, ob + 1) < 0 &&
                (og < 0 || !has_word(d->ents.v[og].name, TOK_S(d, ob + 1), TOK_N(d, ob + 1)))) {
                uint32_t ps = d->toks.v[ob].sent > 3 ? d->toks.v[ob].sent - 3 : 0;
                size_t qs[8], nq = quotes_in(d, d->toks.v[d->sents.v[ps].t0].start, d->toks.v[ob].start, qs, 8);
                for (size_t j = 0; j < nq; j++) {
                    const sift_quote *x = &d->quotes.v[qs[j]];
                    if (x->speaker < 0 && x->speaker_name &&
                        ends_with_word(x->speaker_name, TOK_S(d, ob + 1), TOK_N(d, ob + 1))) {
                        a->name = x->speaker_name;
                        return 1;
                    }
                }
            }
            if (its && (a->ent = its_org(d, its)) >= 0) {
                a->name = d->ents.v[a->ent].name;
                return 1;
            }
            /* "according to a note the brokerage issued": whoever issued it */
            for (uint32_t k = np0 + 1; k + 1 < np1 && k <= np0 + 2; k++)
                if (sift_document_noun(d, k) && sift_entity_at(d, k) < 0 &&
                    ((d->toks.v[k + 1].w.flags & W_DET) || sift_entity_at(d, k + 1) >= 0)) {
                    uint32_t v = k + 2;
                    while (v <= np1 && v < hi && v < k + 6 && !sift_finite_verb(d, v))
                        v++;
                    /* (a past form the tagger took for a participle right
                     * after a name: "a statement Kestrel lodged with") */
                    uint32_t ne = sift_entity_at(d, k + 1) >= 0 ? sift_name_end(d, k + 1, hi) : 0;
                    if (ne && ne < v && ne < hi && sift_tok_ends(d, ne, "ed"))
                        v = ne;
                    if (v <= np1 && v < hi && (sift_finite_verb(d, v) || v == ne))
                        np0 = k + 1, np1 = v;
                    break;
                }
            /* "according to analysts at Kessler Bank": where they work */
            if (np1 < hi && spokes_for(d, np1, hi))
                np1 = spoken_for(d, np1, hi);
            /* "according to figures released by the board's broadcast
             * partner, Kabul Sport TV": an organisation named beside a
             * description that names none */
            if (np1 + 1 < hi && sift_is_punct(d, np1, ',') && (d->toks.v[np0].w.flags & W_DET) &&
                sift_entity_at(d, np1 + 1) >= 0 && d->ents.v[sift_entity_at(d, np1 + 1)].type == ET_ORG &&
                !names_someone(d, np0, np1, 0)) {
                uint32_t ne = sift_name_end(d, np1 + 1, hi);
                if (ne >= hi || sift_is_punct(d, ne, ',') || sift_is_punct(d, ne, '.'))
                    np0 = np1 + 1, np1 = ne;
            }
            /* (or a person named beside a role, at the sentence's end:
             * "according to the surgeon, Dr Geraint Hughes.") */
            if (np1 + 1 < hi && sift_is_punct(d, np1, ',') && (d->toks.v[np0].w.flags & W_DET) &&
                (person_word(d, np1 - 1) || (d->toks.v[np1 - 1].w.flags & W_TITLE))) {
                uint32_t p0 = np1 + 1 + ((d->toks.v[np1 + 1].w.flags & W_TITLE) && (d->toks.v[np1 + 1].flags & TF_CAP));
                int x = sift_entity_at(d, p0);
                uint32_t ne = x >= 0 ? sift_name_end(d, p0, hi) : 0;
                if (x >= 0 && d->ents.v[x].type == ET_PERSON && ne + 1 >= hi) {
                    a->ent = x;
                    a->name = d->ents.v[x].name;
                    return 1;
                }
            }
            sift_name_speaker(d, np0, np1, &a->ent, &a->name);
            /* "Meridian expects inflation to end next year at 30%, according
             * to a note sent to clients": a note whose maker goes unnamed is
             * by the organisation the sentence opens with */
            /* (not an audit or a study, which others make of it: "Lee Valley
             * University Hospital removed 3,100 patients ..., according to
             * an audit published on Wednesday") */
            static const char *const outside[] = {"audit", "investigation", "inquiry", "review", "study",
                                                  "survey", "report", "analysis", "assessment", "probe",
                                                  "poll", "inspection", "evaluation", "ruling", "complaint",
                                                  "lawsuit", "indictment", NULL};
            if (a->ent < 0 && np1 - np0 >= 2 && (sift_tok_is(d, np0, "a") || sift_tok_is(d, np0, "an")) &&
                sift_document_noun(d, np0 + 1) && !sift_tok_in(d, np0 + 1, outside)) {
                uint32_t b = sift_body_start(d, d->toks.v[c].sent);
                int e = sift_entity_at(d, b);
                if (e >= 0 && d->ents.v[e].type == ET_ORG && b < c && !(d->toks.v[b].flags & TF_INQUOTE)) {
                    a->ent = e;
                    a->name = d->ents.v[e].name;
                }
            }
            return a->name != NULL;
        }
        return 0;
    }
    /* "fewer than first reported", "as previously announced": a comparison,
     * not an attribution */
    uint32_t pc = c > lo && (is_adverb(d, c - 1) || sift_tok_is(d, c - 1, "first")) ? c - 1 : c;
    if (pc > lo && (sift_tok_is(d, pc - 1, "than") || sift_tok_is(d, pc - 1, "as")))
        return 0;
    if (sift_tok_ends(d, c, "ing")) {
        uint32_t s0 = d->sents.v[d->toks.v[c].sent].t0;

        /* "..., with traders warning that ...": the noun after "with" */
        for (uint32_t k = c; k-- > s0 && c - k <= 7;) {
            const tok *u = &d->toks.v[k];
            if (sift_tok_is(d, k, "with") && !(u->flags & TF_CAP)) {
                if (k + 1 < c) {
                    sift_name_speaker(d, k + 1, c, &a->ent, &a->name);
                    return a->name != NULL;
                }
                break;
            }
            /* (a compound is one word: "with city-owned utility X warning") */
            if (k + 1 < c && sift_in_compound(d, k + 1))
                continue;
            /* (or an owner's mark: "with the measure's main sponsor saying") */
            if ((u->kind != TK_WORD && u->kind != TK_NUM && !(u->flags & TF_POSS)) ||
                ((u->w.flags & (W_AUX | W_VERB)) && !sift_in_compound(d, k)) || sift_is_cue(d, k))
                break;
        }
        /* "He pointed to figures released by the housing ministry showing
         * that ...": a document right before the participle says it,
         * through its maker (nothing, when it was asked for) */
        if (c > s0 + 1 && !sift_is_punct(d, c - 1, ',') &&
            (sift_tok_is(d, c, "showing") || sift_tok_is(d, c, "revealing"))) {
            uint32_t h = c;
            while (h-- > s0 && c - h <= 12) {
                if (sift_document_noun(d, h) && sift_entity_at(d, h) < 0)
                    break;
                if (d->toks.v[h].kind == TK_PUNCT || d->toks.v[h].kind == TK_QUOTE || sift_is_cue(d, h) ||
                    (sift_finite_verb(d, h) && !made_by(d, h))) {
                    h = s0;
                    break;
                }
            }
            uint32_t d0 = h;
            while (d0 > s0 && plain_words(d, d0 - 1, d0) && !sift_finite_verb(d, d0 - 1))
                d0--;
            /* (not a document its maker has just put out: "The Accounts
             * Commission published a report on Monday showing", below) */
            if (h > s0 && h < c && sift_document_noun(d, h) &&
                !(d0 > s0 + 1 && sift_finite_verb(d, d0 - 1) && made_by(d, d0 - 1))) {
                if (sift_tok_is(d, d0 - 1, "for"))
                    return 0;
                sift_name_speaker(d, d0, c, &a->ent, &a->name);
                return a->name != NULL;
            }
        }
        /* "a request Judge Ashworth declined, saying ...": a name with its
         * own verb right before the comma */
        if (c >= s0 + 3 && sift_is_punct(d, c - 1, ',') && sift_finite_verb(d, c - 2) && !sift_is_cue(d, c - 2)) {
            int e = sift_entity_at(d, c - 3);
            if (e >= 0 && d->ents.v[e].type == ET_PERSON && sift_entity_at(d, c - 2) != e) {
                a->ent = e;
                a->name = d->ents.v[e].name;
                return 1;
            }
        }
        /* "..., the air force said on Sunday, adding that ...": whoever
         * spoke just before in the sentence */
        /* (in the clause after a semicolon: "Their association says 52,000
         * were affected; prosecutors put the number at about 47,000,
         * saying") */
        for (uint32_t k = c; k-- > s0 + 1;)
            if (sift_is_punct(d, k, ';') && !(d->toks.v[k].flags & TF_INQUOTE)) {
                s0 = k + 1;
                break;
            }
        for (uint32_t k = c; k-- > s0 + 1;) {
            if (!sift_is_cue(d, k) || (d->toks.v[k].flags & TF_INQUOTE) || sift_tok_ends(d, k, "ing"))
                continue;
            /* (the speaker that verb's report already has: "The premium was
             * 655 euros, up 6 percent, the head of the federation said,
             * adding that") */
            for (size_t q = d->quotes.n; q-- > 0;) {
                const sift_quote *x = &d->quotes.v[q];
                if (!x->speaker_name || !x->cue || strcmp(x->kind, "indirect") != 0 ||
                    x->sentence.start > d->toks.v[k].start || d->toks.v[k].end > x->sentence.end ||
                    strncmp(x->cue, TOK_S(d, k), TOK_N(d, k)) != 0 || x->cue[TOK_N(d, k)] != '\0')
                    continue;
                /* (the report right after the verb, or before it with no
                 * other verb of saying between) */
                uint32_t ts = sift_tok_at(d, x->span.start), te = sift_tok_at(d, x->span.end - 1) + 1;
                int mine = ts > k && ts <= k + 3;
                for (uint32_t j = te; !mine && te <= k && j <= k; j++)
                    if (j == k)
                        mine = 1;
                    else if (sift_is_cue(d, j) && !(d->toks.v[j].flags & TF_INQUOTE))
                        break;
                if (mine) {
                    a->ent = x->speaker;
                    a->name = x->speaker_name;
                    a->cue = c;
                    return 1;
                }
            }
            if (sift_speaker_of_cue(d, k, lo, c, a)) {
                a->cue = c;
                return 1;
            }
            break;
        }
        /* participle: the subject of the sentence speaks (past an opening
         * phrase: "On Tuesday, the commission published a report saying") */
        uint32_t b = sift_body_start(d, d->toks.v[c].sent);
        if (b > s0 && b < c)
            s0 = b;
        /* (or "In a statement issued through the England and Wales Cricket
         * Board (ECB), Brandon-Hale apologised ..., saying") */
        if ((d->toks.v[s0].w.flags & W_PREP) && !(d->toks.v[s0].flags & TF_INQUOTE))
            for (uint32_t k = s0 + 1; k + 1 < c && k < s0 + 16; k++) {
                if ((sift_finite_verb(d, k) && !(sift_tok_ends(d, k, "ed") && sift_document_noun(d, k - 1))) ||
                    (sift_is_cue(d, k) && !made_by(d, k)))
                    break;
                if (sift_is_punct(d, k, ',')) {
                    s0 = k + 1;
                    break;
                }
            }
        /* (or a document's, published by whoever opens its clause: "after
         * the Accounts Commission, Scotland's spending watchdog, published a
         * report finding that", "published a report on Monday showing") */
        uint32_t dn = c;
        while (dn > s0 + 3 && when_made(d, dn - 1))
            dn--;
        dn -= dn > 0; /* (not past the document's first token) */
        uint32_t v = dn;
        while (v > s0 + 1 && ((d->toks.v[v - 1].w.flags & W_DET) ||
                              (d->toks.v[v - 1].upos == SIFT_UPOS_ADJ && !(d->toks.v[v - 1].flags & TF_CAP))))
            v--;
        if (v < dn && v > s0 + 1 && sift_document_noun(d, dn) && !(d->toks.v[dn].flags & (TF_CAP | TF_INQUOTE)) &&
            made_by(d, v - 1) && d->toks.v[v - 1].upos == SIFT_UPOS_VERB) {
            uint32_t e = v - 1, f;
            while (e > s0 && (d->toks.v[e - 1].w.flags & W_AUX))
                e--; /* ("has published") */
            for (uint32_t q = e - 1; e > s0 + 2 && sift_is_punct(d, e - 1, ',') && q-- > s0 + 1 && q + 14 > e;)
                if (sift_is_punct(d, q, ',')) {
                    e = q; /* (past a description between commas) */
                    break;
                }
            static const char *const opens[] = {"after", "before", "when", "since", "until", "as", "once", NULL};
            for (f = e; f > s0 && (d->toks.v[f - 1].kind == TK_WORD || (d->toks.v[f - 1].flags & TF_POSS)) &&
                        !sift_tok_in(d, f - 1, opens) && !sift_finite_verb(d, f - 1) && e - f < 8;
                 f--)
                ;
            if (f < e && (f == s0 || sift_tok_in(d, f - 1, opens) || sift_is_punct(d, f - 1, ',')) &&
                names_someone(d, f, e, 0)) {
                sift_name_speaker(d, f, e, &a->ent, &a->name);
                return a->name != NULL;
            }
        }
        /* (past a conjunction: "But he disputed the number of victims,
         * saying") */
        if (s0 + 3 < c && (sift_tok_is(d, s0, "but") || sift_tok_is(d, s0, "and") || sift_tok_is(d, s0, "yet")))
            s0++;
        int subj = sift_clause_subject(d, s0, c, &np0, &np1);
        /* (past an opening phrase: "In a written response, the ministry
         * disputed those numbers, saying") */
        uint32_t o0 = np0, o1 = np1;
        if (subj && opener_before_subject(d, np0, np1, c) && !sift_clause_subject(d, o1 + 1, c, &np0, &np1))
            np0 = o0, np1 = o1;
        /* (the body a place's possessive owns: "Chile's Second
         * Environmental Court on Friday ordered ..., saying") */
        int owned = subj && np1 + 1 < c && d->toks.v[np1].kind != TK_WORD && (d->toks.v[np1].flags & TF_POSS)
                        ? sift_entity_at(d, np1 + 1)
                        : -1;
        /* (or a name no list knows: "Sweden's Riksbank left its rate
         * unchanged, saying") */
        /* (not a bare title: "Sweden's Prime Minister") */
        uint32_t ue = np1 + 1;
        while (subj && ue < c && d->toks.v[ue].kind == TK_WORD && (d->toks.v[ue].flags & TF_CAP))
            ue++;
        int unknown = subj && ue > np1 + 1 && owned < 0 && (d->toks.v[np1].flags & TF_POSS) &&
                      d->toks.v[np1].kind != TK_WORD && !(d->toks.v[np1 + 1].w.flags & (W_NONAME | W_TITLE)) &&
                      !(d->toks.v[ue - 1].w.flags & W_TITLE);
        if (((owned >= 0 && (d->ents.v[owned].type == ET_ORG || d->ents.v[owned].type == ET_PERSON)) || unknown) &&
            sift_entity_at(d, np0) >= 0 &&
            d->ents.v[sift_entity_at(d, np0)].type == ET_GPE) {
            np0 = np1 + 1;
            np1 = unknown ? ue : sift_name_end(d, np0, c);
        }
        /* (a title the person's name ends: "Minister of Youth, Culture and
         * Communication Mehdi Alaoui defended ..., telling") */
        for (uint32_t k = np1; subj && sift_entity_at(d, np0) < 0 && k < c && k < np1 + 12; k++) {
            int m = d->toks.v[k].ment;
            if (m >= 0 && d->ments.v[m].type == ET_PERSON && d->ments.v[m].title_t0 == (int32_t)np0) {
                np0 = d->ments.v[m].t0;
                np1 = d->ments.v[m].t1;
                break;
            }
        }
        if (subj) {
            /* (a document with its maker, up to the comma: "Figures
             * released by the statistics office on Monday, showing") */
            if (np1 + 2 < c && sift_is_punct(d, c - 1, ',') && sift_document_noun(d, np1 - 1) && made_by(d, np1))
                np1 = c - 1;
            /* (or its name in apposition: "The agriculture ministry's
             * statistics service, Agreste, gave ..., saying") */
            int x = np1 + 3 < c && sift_is_punct(d, np1, ',') ? sift_entity_at(d, np1 + 1) : -1;
            uint32_t xe = x >= 0 ? sift_name_end(d, np1 + 1, c) : 0;
            if (x >= 0 && (d->ents.v[x].type == ET_ORG || d->ents.v[x].type == ET_PERSON) && xe + 1 < c &&
                sift_is_punct(d, xe, ',') && sift_finite_verb(d, xe + 1) && !(d->toks.v[np1 + 1].flags & TF_INQUOTE) &&
                !names_someone(d, np0, np1, 0)) {
                np0 = np1 + 1;
                np1 = xe;
            }
            sift_name_speaker(d, np0, np1, &a->ent, &a->name);
            return a->name != NULL;
        }
        return 0;
    }
    /* ("Ports Minister Eduardo Sampaio, who described the situation as
     * "serious but under control," told reporters": a relative clause on
     * the name that ends in a quotation, then the verb) */
    if (c > lo + 4 && d->toks.v[c - 1].kind == TK_QUOTE && !(d->toks.v[c - 1].flags & TF_QOPEN))
        for (uint32_t k = c - 1; k-- > lo + 2 && k + 40 > c;) {
            if (sift_tok_is(d, k, "who") && !(d->toks.v[k].flags & (TF_CAP | TF_INQUOTE)) &&
                sift_is_punct(d, k - 1, ',')) {
                int x = sift_entity_at(d, k - 2);
                if (x >= 0 && (d->ents.v[x].type == ET_PERSON || d->ents.v[x].type == ET_ORG)) {
                    a->ent = x;
                    a->name = d->ents.v[x].name;
                    return 1;
                }
                break;
            }
            if (sift_is_punct(d, k, '.') || sift_is_punct(d, k, ';') ||
                (sift_is_cue(d, k) && sift_finite_verb(d, k) && !(d->toks.v[k].flags & TF_INQUOTE) &&
                 !(k > 0 && sift_tok_is(d, k - 1, "who"))))
                break;
        }
    /* not a subject inside the quotation before the verb ('"This quarter,
     * it didn't," said ...') */
    if (sift_subject_before(d, c, lo, &np0, &np1) && !(d->toks.v[np0].flags & TF_INQUOTE)) {
        sift_name_speaker(d, np0, np1, &a->ent, &a->name);
        if (a->name)
            return 1;
    }
    /* inverted order ("..., said Ovcharenko") only right after a comma or quote,
     * with a say-type verb, and not when a clause follows ("said the count was") */
    if (c > lo && !sift_is_punct(d, c - 1, ',') && d->toks.v[c - 1].kind != TK_QUOTE)
        return 0;
    /* (a name and its comma is no clause: ", said Dale Hollis, a spokesman
     * for the consortium, and were expected to top ...") */
    /* (nor a role and its name: ", said the union leader, Tom Okoye, who ...") */
    int pe = c + 1 < hi ? sift_entity_at(d, c + 1) : -1;
    uint32_t name_end;
    /* (after the comma that closes a quotation too: '"...," said Sabine
     * Roth, a spokeswoman ..., adding that') */
    int after_comma = c > 0 && (sift_is_punct(d, c - 1, ',') ||
                                (c > 1 && d->toks.v[c - 1].kind == TK_QUOTE && !(d->toks.v[c - 1].flags & TF_QOPEN) &&
                                 sift_is_punct(d, c - 2, ',')));
    int named = after_comma &&
                ((pe >= 0 && d->ents.v[pe].type == ET_PERSON && sift_is_punct(d, sift_name_end(d, c + 1, hi), ',')) ||
                 sift_role_named_after(d, c, hi, &name_end) || sift_unnamed_who(d, c + 1, hi));
    /* (a verb of reporting too, before a name: "..., warned Aminata Diallo
     * of the migrant rights group Frontera Sur") */
    /* (or of judging: "..., estimated Marco Benassi, a Bologna-based
     * insurance broker") */
    static const char *const inverted[] = {"warned", "argued", "cautioned", "complained", "admitted",
                                           "acknowledged", "confirmed", "announced", "reported", "estimated",
                                           "predicted", "stressed", "suggested", "countered", "observed", NULL};
    int pn = pe >= 0 || c + 2 >= hi || !sift_tok_is(d, c + 1, "the") ? pe : sift_entity_at(d, c + 2);
    int reports = sift_tok_in(d, c, inverted) && after_comma && pn >= 0 &&
                  (d->ents.v[pn].type == ET_PERSON || d->ents.v[pn].type == ET_ORG);
    if (!((d->toks.v[c].w.flags & W_CUE_SAY) || reports) || (c + 1 < hi && !named && sift_clause_starts(d, c + 1)) ||
        (c + 1 < hi && (d->toks.v[c + 1].w.flags & W_PRONOUN)))
        return 0;
    if (sift_np_after(d, c + 1, hi, &np0, &np1)) {
        if (sift_tok_is(d, np0, "that"))
            return 0;
        sift_name_speaker(d, np0, np1, &a->ent, &a->name);
        sift_named_after(d, np0, np1, hi, &a->ent, &a->name);
        return a->name != NULL;
    }
    return 0;
}

/* "a terminal manager who asked not to be named": an article at k, a few
 * lower-case words ending in a noun for a person, then "who"; the "who",
 * or 0. */
uint32_t sift_unnamed_who(const doc *d, uint32_t k, uint32_t s1)
{
    if (!(sift_tok_is(d, k, "a") || sift_tok_is(d, k, "an") || sift_tok_is(d, k, "the")) ||
        (d->toks.v[k].flags & TF_CAP))
        return 0;
    for (uint32_t m = k + 2; m < s1 && m < k + 6; m++) {
        if (sift_tok_is(d, m, "who") && !(d->toks.v[m].flags & TF_CAP))
            return (d->toks.v[m - 1].w.flags & (W_PERSON_NOUN | W_TITLE)) ? m : 0;
        /* (or where the person works first: "a senior official in the
         * provincial culture department in Preah Vihear who asked") */
        if ((d->toks.v[m].w.flags & W_PREP) && !(d->toks.v[m].flags & TF_CAP) &&
            (d->toks.v[m - 1].w.flags & (W_PERSON_NOUN | W_TITLE))) {
            for (uint32_t w = m + 1; w < s1 && w < m + 12; w++) {
                if (sift_tok_is(d, w, "who") && !(d->toks.v[w].flags & TF_CAP))
                    return w;
                if (d->toks.v[w].kind != TK_WORD || sift_finite_verb(d, w) || sift_is_cue(d, w))
                    return 0;
            }
            return 0;
        }
        if (d->toks.v[m].kind != TK_WORD || (d->toks.v[m].flags & TF_CAP))
            return 0;
    }
    return 0;
}

int sift_long_title_named(const doc *d, uint32_t np0, uint32_t np1, uint32_t hi)
{
    uint32_t t = np0 + sift_tok_is(d, np0, "the");
    /* (its title word may come second: "the Auditor General for Wales") */
    if (t + 1 < np1 && (d->toks.v[t].flags & TF_CAP) && !(d->toks.v[t].w.flags & W_TITLE) &&
        (d->toks.v[t + 1].w.flags & W_TITLE) && (d->toks.v[t + 1].flags & TF_CAP))
        t++;
    if (t >= hi || !(d->toks.v[t].w.flags & W_TITLE) || !(d->toks.v[t].flags & TF_CAP))
        return -1;
    for (uint32_t k = np1; k + 1 < hi && k < np0 + 16; k++) {
        int x = sift_is_punct(d, k, ',') ? sift_entity_at(d, k + 1) : -1;
        if (x >= 0 && d->ents.v[x].type == ET_PERSON) {
            uint32_t e = sift_name_end(d, k + 1, hi);
            return e >= hi || sift_is_punct(d, e, ',') || sift_is_punct(d, e, '.') ? x : -1;
        }
        /* (a place the office is for: "for Wales") */
        int place = sift_entity_at(d, k) >= 0 && d->ents.v[sift_entity_at(d, k)].type == ET_GPE && k > np1 &&
                    (sift_tok_is(d, k - 1, "for") || sift_tok_is(d, k - 1, "of") || sift_entity_at(d, k - 1) >= 0);
        if (!sift_is_punct(d, k, ',') && !place &&
            (d->toks.v[k].kind != TK_WORD || sift_entity_at(d, k) >= 0 ||
             (!(d->toks.v[k].flags & TF_CAP) && !sift_tok_is(d, k, "of") && !sift_tok_is(d, k, "for") &&
              !sift_tok_is(d, k, "and"))))
            return -1;
    }
    return -1;
}

void sift_named_after(const doc *d, uint32_t np0, uint32_t np1, uint32_t hi, int *ent, const char **name)
{
    /* (the phrase may have stopped inside the title: "the Minister") */
    if (*ent < 0 && np1 < hi && !sift_is_punct(d, np1, ',')) {
        int x = sift_long_title_named(d, np0, np1, hi);
        if (x >= 0) {
            *ent = x;
            *name = d->ents.v[x].name;
            return;
        }
    }
    if (*ent >= 0 || np1 + 2 >= hi || !sift_is_punct(d, np1, ','))
        return;
    uint32_t e = np1 + 1;
    while (e < hi && e < np1 + 9 && d->toks.v[e].kind == TK_WORD &&
           !(e > np1 + 2 && sift_entity_at(d, e - 1) >= 0 && sift_entity_at(d, e) < 0 &&
             (sift_tok_is(d, e, "of") || sift_tok_is(d, e, "at")))) /* ("Nicholas Goh of the Cybercrime Command") */
        e++;
    int x = e > np1 + 1 ? sift_entity_at(d, e - 1) : -1;
    if (x < 0 || d->ents.v[x].type != ET_PERSON ||
        (e < hi && d->toks.v[e].kind == TK_WORD && !sift_tok_is(d, e, "of") && !sift_tok_is(d, e, "at")))
        return;
    const mention *m = &d->ments.v[d->toks.v[e - 1].ment];
    if (sift_title_word(d, np1 + 1, e) || m->title_t0 >= (int32_t)np1 + 1) {
        *ent = x;
        *name = d->ents.v[x].name;
    }
}

int sift_bind_bodies(doc *d)
{
    for (size_t b = 0; b < d->bodies.n; b++) {
        const body_speaker *sf = &d->bodies.v[b];
        for (size_t i = 0; i < d->quotes.n; i++)
            if (d->quotes.v[i].speaker < 0 && d->quotes.v[i].speaker_name == sf->name)
                d->quotes.v[i].speaker = sf->ent;
        for (size_t i = 0; i < d->claims.n; i++)
            if (d->claims.v[i].source < 0 && d->claims.v[i].source_name == sf->name)
                d->claims.v[i].source = sf->ent;
    }
    return 0;
}

uint32_t sift_name_after_title(const doc *d, uint32_t k, uint32_t lim)
{
    if (sift_entity_at(d, k) >= 0 || d->toks.v[k].ment >= 0)
        return k;
    for (uint32_t j = k + 1; j < d->toks.n && j <= k + lim; j++) {
        int m = d->toks.v[j].ment;
        if (m >= 0 && d->ments.v[m].title_t0 == (int32_t)k && d->ments.v[m].t0 == j)
            return j;
    }
    return k;
}
