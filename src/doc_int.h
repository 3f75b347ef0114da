/*
 * doc_int.h — the document under analysis: the structures every stage reads
 * and adds to. Private to the library.
 *
 * Invariants: tokens are in text order and never overlap; a token's
 * [start,end) are byte offsets into doc->text; every index stored in a
 * mention, quote, date or claim points into these arrays; all memory is in
 * doc->arena, which sift_analysis_free() releases in one call.
 */
#ifndef SIFT_DOC_INT_H
#define SIFT_DOC_INT_H

#include <stdint.h>

#include "lex/lexicon.h"
#include "lex/words.h"
#include "tag/models.h"
#include "sift.h"
#include "util/arena.h"

struct sift_tagger;
struct sift_ner;
struct sift_parser;
struct sift_lemmatizer;

/* Everything loaded once and shared read-only by all analyses. The
 * statistical models are optional: without them the rules work alone. */
struct sift_resources {
    sift_lexicon *lex;
    sift_words *words;
    sift_models models;           /* all NULL without models (tag/models.h) */
};

enum tok_kind { TK_WORD, TK_NUM, TK_PUNCT, TK_QUOTE, TK_DASH, TK_ELLIPSIS, TK_SYM };

enum tok_flag {
    TF_CAP = 1u << 0,        /* first character is an uppercase letter */
    TF_ALLCAPS = 1u << 1,    /* two or more letters, all uppercase */
    TF_SPACE = 1u << 2,      /* white space before the token */
    TF_PARA = 1u << 3,       /* a line break before the token: new paragraph */
    TF_SENT = 1u << 4,       /* first token of a sentence */
    TF_POSS = 1u << 5,       /* the possessive 's or ' */
    TF_ABBR = 1u << 6,       /* a word with its final period kept (U.S., Dr., J.) */
    TF_QOPEN = 1u << 7,      /* a quote mark that opens */
    TF_QCLOSE = 1u << 8,     /* a quote mark that closes */
    TF_QSINGLE = 1u << 9,    /* a single quote mark */
    TF_INQUOTE = 1u << 10,   /* inside a paired quotation */
    TF_DIGIT = 1u << 11,     /* contains a digit */
    TF_ORDINAL = 1u << 12,   /* 1st, 61st, 3rd */
    TF_USED = 1u << 13       /* consumed by a date expression */
};

typedef struct tok {
    uint32_t start, end;
    uint32_t flags;
    uint8_t kind;
    uint8_t lexcls;          /* bit set of lexicon classes for the single-token form */
    uint32_t sent;           /* sentence index */
    sift_word_info w;        /* closed-class info of the lowercase form */
    int32_t ment;            /* mention covering this token, or -1 */
    double num;              /* value of a TK_NUM token */
    uint8_t upos;            /* SIFT_UPOS_* from the tagger, 0 (X) without models */
    uint8_t bio;             /* entity label from the recognizer (0 = O) */
    uint16_t tcls;           /* the tagger's joint class (UPOS and XPOS, for the parser) */
    /* The dependency parse, filled by sift_parse_sentence on first use. */
    int32_t head;            /* token index of the syntactic head, -1 root or unparsed */
    const char *deprel;      /* UD relation to the head, or NULL when unparsed */
} tok;

/* The tokenizer cuts sentences at this many tokens, so that no stage is
 * quadratic in a run-on sentence; per-sentence buffers may rely on it. */
enum { SIFT_MAX_SENTENCE = 250 };

typedef struct sent {
    uint32_t t0, t1;         /* tokens [t0, t1) */
    uint32_t para;
    uint8_t parse;           /* 0 not asked yet, 1 parsed, 2 no parse */
} sent;

enum { MK_NAME, MK_SURNAME, MK_NOMINAL, MK_PRONOUN };

typedef struct mention {
    uint32_t t0, t1;         /* tokens [t0, t1) of the name itself */
    int type;                /* ET_* */
    int entity;              /* index in doc->ents, assigned by resolve */
    int kind;                /* MK_* */
    int title_t0;            /* first token of a title before the name, or -1 */
    const lex_entry *lex;    /* lexicon entry that named it, or NULL */
    const char *rule;        /* evidence */
} mention;

enum { ET_PERSON, ET_ORG, ET_GPE, ET_LOC, ET_NORP, ET_N };
extern const char *const sift_type_names[ET_N];

typedef struct entity {
    int type;
    const char *name;        /* the fullest name the document gives */
    const char *canon;       /* the lexicon's canonical form (Kiev -> Kyiv), the identity key */
    const char *title;
    const char *desc;        /* an appositive description ("a retired cook"), or NULL */
    const char *alias;       /* an acronym given in parentheses ("JMA") */
    const char *geo;
    uint8_t gender;          /* 'M', 'F' or 0 */
    uint8_t gender_told;     /* the story's own pronouns for the name give that sex */
    uint32_t first_tok, last_tok; /* extent of its mentions */
    SIFT_VEC(int) ments;
} entity;

/* A spokesperson's phrase as a speaker's name and the body it speaks for
 * ("a company spokesman", Hanbit Electronics). */
typedef struct body_speaker {
    const char *name;
    int ent;
} body_speaker;

struct sift_analysis {
    sift_arena *arena;
    const sift_resources *res;
    char *text;
    size_t len;
    const char *id, *title, *published;
    int pub_y, pub_m, pub_d;    /* 0 when unknown */
    int no_models;              /* rules only for this document */
    SIFT_VEC(tok) toks;
    SIFT_VEC(sent) sents;
    SIFT_VEC(mention) ments;
    SIFT_VEC(uint32_t) acronyms;  /* tokens of "(ACRONYM)" given after an ORG (recognize.c) */
    SIFT_VEC(uint32_t) terms;     /* tokens of "(UC)" given after the lower-case words it spells */
    SIFT_VEC(entity) ents;
    SIFT_VEC(sift_quote) quotes;
    size_t n_direct;            /* quotes[0..n_direct) are the paired quotations, in text order */
    SIFT_VEC(sift_date) dates;
    SIFT_VEC(sift_claim) claims;
    SIFT_VEC(body_speaker) bodies;  /* named by speaker.c, bound to quotes and claims last */
    /* public views built at the end */
    sift_entity *pub_ents;
    size_t n_pub_ents;
};

typedef struct sift_analysis doc;

/* Text of token i, and of tokens [t0,t1) as written. */
#define TOK_S(d, i) ((d)->text + (d)->toks.v[i].start)
#define TOK_N(d, i) ((size_t)((d)->toks.v[i].end - (d)->toks.v[i].start))

/* Is t a quotation mark, not the apostrophe of "analysts' estimates" or
 * "the Swiss Tenants' Association"? */
static inline int sift_quote_mark(const tok *t)
{
    return t->kind == TK_QUOTE && !(t->flags & TF_POSS);
}

/* Is token i (when there is one) the one-character punctuation mark ch? */
static inline int sift_is_punct(const doc *d, uint32_t i, char ch)
{
    return i < d->toks.n && d->toks.v[i].kind == TK_PUNCT && TOK_N(d, i) == 1 &&
           d->text[d->toks.v[i].start] == ch;
}

/* Is token i (when there is one) the lower-case word given, in any case?
 * Inline: most callers pass a literal, whose length the compiler knows, so
 * a word of another length costs one compare (the test runs millions of
 * times a document set; bench/run.sh). */
static inline int sift_tok_is(const doc *d, uint32_t i, const char *lower)
{
    if (i >= d->toks.n)
        return 0;
    size_t n = TOK_N(d, i);
    if (n != strlen(lower))
        return 0;
    const char *s = TOK_S(d, i);
    for (size_t k = 0; k < n; k++) {
        char c = s[k];
        if (c >= 'A' && c <= 'Z')
            c = (char)(c + 32);
        if (c != lower[k])
            return 0;
    }
    return 1;
}

/* First token of the sentence holding token i, and one past its last. */
static inline uint32_t sift_sent_t0(const doc *d, uint32_t i)
{
    return d->sents.v[d->toks.v[i].sent].t0;
}

static inline uint32_t sift_sent_t1(const doc *d, uint32_t i)
{
    return d->sents.v[d->toks.v[i].sent].t1;
}

/*
 * The dependency parse of sentence s, computed the first time a later stage
 * asks for it (most sentences never need one). The heads and relations on
 * the tokens are a cache: filling it does not change anything a reader saw
 * before, so it is done through a const doc. 1 when the sentence has a
 * parse, 0 when it has none (no parser loaded, rules only, out of memory).
 */
int sift_parse_sentence(const doc *d, uint32_t s);

/* Stages, in pipeline order. Each returns 0, or -1 when out of memory. */
int sift_tokenize(doc *d);
/* The length of a website's last part at s[i] ("ie" in "Daft.ie"), when
 * nothing of a word follows it before n; else 0 (text/token.c). */
size_t sift_domain_suffix(const char *s, size_t n, size_t i);
int sift_annotate(doc *d);            /* tag/: POS and entity labels (when loaded) */
int sift_recognize(doc *d);           /* tag/: names, titles, lexicon classes -> mentions */
int sift_resolve(doc *d);             /* resolve/: mentions -> entities */
int sift_extract_dates(doc *d);
int sift_extract_quotes(doc *d);
int sift_extract_claims(doc *d);
/* speaker.c: give each quote and claim whose speaker is a spokesperson's
 * phrase named for a body (d->bodies) that body's entity, once all are
 * attributed. */
int sift_bind_bodies(doc *d);
int sift_build_public(doc *d);        /* output/: the sift_entity views */

/* Helpers shared by stages. */
char *sift_span_text(doc *d, uint32_t t0, uint32_t t1);   /* raw text of tokens [t0,t1) */
uint32_t sift_tok_at(const doc *d, uint32_t off);          /* the token covering byte off */
uint32_t sift_hyphened_flags(const doc *d, uint32_t e); /* word flags of "fly-half" ending at e - 1, or 0 */
uint32_t sift_plural_flags(const doc *d, uint32_t i); /* word flags of a lower-case plural's singular, or 0 */
uint32_t sift_plural_flags_any_case(const doc *d, uint32_t i); /* ... capitals allowed */
/* First token of sentence s after a dateline ("KYIV, Ukraine — "). */
uint32_t sift_body_start(const doc *d, uint32_t s);
/* Is token i in a dateline, before the dash ("LONDON (Reuters) —")? */
int sift_in_dateline(const doc *d, uint32_t i);
/* "the justice secretary" is no "shadow justice secretary": does `words`
 * (a title or description) put a word that makes the role another's
 * ("shadow", "former", "deputy") right before a word of [t0,t1) that the
 * phrase does not put it before? (resolve/resolve.c) */
int sift_other_holder(const doc *d, uint32_t t0, uint32_t t1, const char *words);
/* Is token i one of the lower-case words of a NULL-terminated list? */
int sift_tok_in(const doc *d, uint32_t i, const char *const *lower);
/* A word that names a kind of organisation in another language and opens
 * its name: "Banco", "Grupo", "Clube" (tag/recognize.c). */
int sift_foreign_org_word(const doc *d, uint32_t t0);
/* Is [t0,t1) a name with its family name first and a given name of two
 * syllables joined by a hyphen, the second in lower case ("Kim Do-hyun",
 * "Jang Hoon-seok")? */
int sift_family_first(const doc *d, uint32_t t0, uint32_t t1);
/* Are the n tokens at a and at b the same words, byte for byte? */
int sift_toks_equal(const doc *d, uint32_t a, uint32_t b, uint32_t n);
/* Is token i a noun for a kind of organisation (W_ORGKIND, or a "-maker":
 * "chipmaker TSMC", "drugmaker Pfizer"), in lower case or opening a sentence? */
int sift_tok_org_kind(const doc *d, uint32_t i);
/* The bytes of an elided article written onto word k ("d'" of
 * "d'orientation", "l’" of "l’aviation", straight or curly), or 0. */
size_t sift_elision(const doc *d, uint32_t k);
/* Is token i, capitalised, a common Vietnamese family name ("Nguyen",
 * "Pham", "Le")? */
int sift_viet_family(const doc *d, uint32_t i);
/* Is token i, capitalised, a common Chinese family name ("Wang", "Ma")? */
int sift_chinese_family(const doc *d, uint32_t i);
/* Is token i a kind of organisation that is also a trade a person may ply
 * ("publisher", "operator", "miner")? */
int sift_tok_trade(const doc *d, uint32_t i);
/* Is token i an ordinary English word in any case ("Nearby", "Reading"),
 * a plural counting, or a stop, title or group word? (recognize.c) */
int sift_tok_common(const doc *d, uint32_t i);
/* Is token i "operator" after a machine ("a crane operator"): a person's
 * role, not a company's kind? */
int sift_machine_operator(const doc *d, uint32_t i);
/* The currency whose letters token i writes before the figure after it
 * ("Tk 12,500" BDT, "R9.4 billion" ZAR), "" for a shilling or rupee whose
 * country the story decides ("Sh", "Rs"), or NULL. */
const char *sift_money_code(const doc *d, uint32_t i);
/* Is token i a "-maker" that makes things ("drugmaker", "automaker"), not a
 * person ("lawmaker", "filmmaker")? */
int sift_tok_maker(const doc *d, uint32_t i);
/* The entity whose mentions cover token i, or -1. */
int sift_entity_at(const doc *d, uint32_t i);
/* The first token after the name of the entity at token i, before hi (i
 * itself when no entity is named there), and the first token of that name,
 * no earlier than lo. */
uint32_t sift_name_end(const doc *d, uint32_t i, uint32_t hi);
uint32_t sift_name_start(const doc *d, uint32_t i, uint32_t lo);
/* Pick the entity a pronoun at token i refers to (the last person before it). */
int sift_resolve_pronoun(const doc *d, uint32_t i, int gender);
/* Do the capitalised words of name spell the n letters of acr ("U.S. Food
 * and Drug Administration" for "FDA")? */
int sift_spells_acronym(const char *name, const char *acr, size_t n);
/* Entity named by a noun phrase [t0,t1) ("the Ukrainian president"), or -1. */
int sift_resolve_nominal(const doc *d, uint32_t t0, uint32_t t1);
/* speaker.c: the sex a person noun at i names by its ending or kin: 'F'
 * for "spokeswoman", "daughter", 'M' for "chairman"; else 0. */
int sift_noun_sex(const doc *d, uint32_t i);
/* resolve.c: do the words from t0 (before t1, up to a comma or a verb) say
 * their holder is someone else's ("of another college", "at a rival
 * firm")? Then no one named before is meant. */
int sift_someone_else(const doc *d, uint32_t t0, uint32_t t1);
/* resolve.c: do the words after token j, in its sentence and before a
 * quotation or a person named, keep its holder unnamed ("who asked not to
 * be named", "speaking on condition of anonymity", "who was not
 * authorised to speak")? */
int sift_kept_unnamed_after(const doc *d, uint32_t j);
/* resolve.c: the age written at token i as "54-year-old" (five tokens), or -1. */
int sift_age_at(const doc *d, uint32_t i);
/* resolve.c: ", 47," from the comma at t1 after a name: an age, so a
 * person's name? */
int sift_age_follows(const doc *d, uint32_t t1);
/* resolve.c: the sentence a quotation at or before token t opens in, within
 * its paragraph: back over the quotation's own sentences and past a
 * closing mark the sentence split after ('"How am I supposed to fish?"
 * the 52-year-old asked'). */
uint32_t sift_quote_opening_sentence(const doc *d, uint32_t t);
/* resolve.c: "The Swede" [t0,t1) with no one introduced as Swedish: the
 * person named last in the three sentences before who was introduced with
 * no other nationality, or -1. */
int sift_nation_person(const doc *d, uint32_t t0, uint32_t t1);
/* resolve.c: was person e introduced with a nationality other than the one
 * "the Australian" [t0,t1) names ("Pakistan captain Saad Qureshi")? */
int sift_other_nation(const doc *d, int e, uint32_t t0, uint32_t t1);
/* Is [t0,t1) the leading words of the organisation name mention `full`, with
 * at most three words dropped, the last an organisation keyword ("Emirates
 * Crescent" of "Emirates Crescent Bank")? */
int sift_org_short_form(const doc *d, uint32_t t0, uint32_t t1, const mention *full);

#endif
