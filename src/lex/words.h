/*
 * words.h — sift's own closed-class word lists (function words, speech cues,
 * titles, organisation keywords, calendar words, number words), compiled
 * into one hash table keyed by the lowercase form. Every token is looked up
 * once; stages then test bits, never strings.
 */
#ifndef SIFT_WORDS_H
#define SIFT_WORDS_H

#include <stddef.h>
#include <stdint.h>

enum {
    W_STOP = 1u << 0,      /* function word: capitalised at a sentence start it is no name */
    W_CUE = 1u << 1,       /* a speech or reporting verb form (said, warned, argues) */
    W_CUE_SAY = 1u << 2,   /* a verb that introduces direct quotes (said, added, told) */
    W_TITLE = 1u << 3,     /* a head title (President, Minister, Gen.) */
    W_TITLE_MOD = 1u << 4, /* a title modifier (Defense, Deputy, Prime, Lt.) */
    W_ORGKEY = 1u << 5,    /* last word of an organisation name (Ministry, Times, Brigade) */
    W_ORGPRE = 1u << 6,    /* first word of "X of Y" organisations (Ministry, University) */
    W_AUX = 1u << 7,       /* auxiliary, modal or finite copula (has, will, are, could) */
    W_MONTH = 1u << 8,     /* value: month 1-12 */
    W_WEEKDAY = 1u << 9,   /* value: ISO weekday 1-7 */
    W_NUMWORD = 1u << 10,  /* value: the number (three, twelve, hundred, million) */
    W_PRONOUN = 1u << 11,  /* personal subject pronoun (he, she, they, I, we); val 'M' 'F' 'P' */
    W_QUAL = 1u << 12,     /* a quantity qualifier (about, nearly, some, over) */
    W_DET = 1u << 13,      /* determiner or possessive */
    W_PREP = 1u << 14,     /* preposition */
    W_NONAME = 1u << 15,   /* capitalised but never an entity (days, months, I); val 'A': only in capitals (DRAM) */
    W_GROUP = 1u << 16,    /* unnamed group or role that can be a source (officials, critics) */
    W_ADJUNCT = 1u << 17,  /* after a comma, starts an adjunct that ends a reported clause */
    W_CONNECT = 1u << 18,  /* lowercase word allowed inside a name (of, de, al, bin) */
    W_VAGUE = 1u << 19,    /* vague quantity head (dozens, hundreds, several); val = base or 0 */
    W_TIMEUNIT = 1u << 20, /* day, week, month, year (for "two days ago") */
    W_SEASON = 1u << 21,   /* summer, winter, ... val = 'S','W','P','F' */
    W_ABBR = 1u << 22,     /* an abbreviation written with a final period (Dr., U.S., Jan.) */
    W_ABBR_END = 1u << 23, /* an abbreviation that may end a sentence (U.S., Inc., a.m.) */
    W_VERB = 1u << 24,     /* a frequent finite verb form (is, was, has, killed) */
    W_PERSON_NOUN = 1u << 25, /* a noun naming a person's role (soldier, spokesman, analyst) */
    W_CURRENCY = 1u << 26, /* dollars, euros, ... */
    W_DAYPART = 1u << 27,  /* morning, night, ... */
    W_UNITWORD = 1u << 28, /* percent, km, tonnes ... */
    W_ORDINAL = 1u << 29,  /* first, second, ... */
    W_ORGKIND = 1u << 30   /* a noun for a kind of organisation (company, broadcaster, daily) */
};
/* the last word of a company's name (Inc, Ltd, AG, Group, Systems); 1u << 31 is no int, so no enum */
#define W_COMPANY (1u << 31)

typedef struct sift_word_info {
    uint32_t flags;
    int32_t val;
} sift_word_info;

typedef struct sift_words sift_words;

/* Build the table; NULL when out of memory. */
sift_words *sift_words_new(void);
void sift_words_free(sift_words *w);
/* Look up the lowercase form s[0..n); returns a zero info for unknown words. */
sift_word_info sift_words_get(const sift_words *w, const char *s, size_t n);
/* Call fn on every listed word, in the table's order (for tests). */
void sift_words_each(const sift_words *w, void (*fn)(const char *word, sift_word_info info, void *ctx), void *ctx);

#endif
