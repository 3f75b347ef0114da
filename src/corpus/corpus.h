/*
 * corpus.h — what holds across reports: near-duplicate signatures, one
 * identity per real-world entity, the key that says what a claim counts,
 * and the verdict on a group of claims (agreement, revision, conflict).
 *
 * Everything here is pure computation over an analysis or over rows the
 * store hands in; nothing here knows the schema or does I/O.
 */
#ifndef SIFT_CORPUS_H
#define SIFT_CORPUS_H

#include <stddef.h>
#include <stdint.h>

#include "sift.h"

/* ---- Duplicates and near-duplicates -------------------------------------- */

/* MinHash over word 4-shingles: SIFT_MINHASH_N minimum hashes, banded for
 * locality-sensitive lookup into SIFT_MINHASH_BANDS keys of
 * SIFT_MINHASH_N / SIFT_MINHASH_BANDS hashes each. Two reports whose shingle
 * sets have Jaccard similarity s share a band with probability
 * 1 - (1 - s^4)^16: 0.89 at s = 0.6, 0.99 at s = 0.7, 0.004 at s = 0.2. */
#define SIFT_MINHASH_N 64
#define SIFT_MINHASH_BANDS 16
#define SIFT_NEAR_DUP 0.5 /* estimated Jaccard similarity for "the same story" */

/* The signature of text[0..len); returns the number of shingles. */
size_t sift_corpus_minhash(const char *text, size_t len, uint32_t sig[SIFT_MINHASH_N]);
/* The estimated Jaccard similarity of two signatures, in [0, 1]. */
double sift_corpus_minhash_similarity(const uint32_t *a, const uint32_t *b);
/* The band keys of a signature (each mixes the band index in). */
void sift_corpus_minhash_bands(const uint32_t sig[SIFT_MINHASH_N],
                               int64_t bands[SIFT_MINHASH_BANDS]);
/* A 64-bit hash of the text with white space runs collapsed: "same text". */
uint64_t sift_corpus_text_hash(const char *text, size_t len);

/* ---- Identity ------------------------------------------------------------ */

/* Who an entity is across reports. key is stable and compared for equality:
 *   "geo:703448"    a place the gazetteer knows (Kyiv, Kiev, Kiew ...)
 *   "cc:RU"         a country
 *   "gov:RU"        a country's government ("Moscow said", "Russia said")
 *   "PERSON:volodymyr zelensky", "ORG:kbs", ...  names folded: lower case, no
 *                   accents, transliteration variants merged (Zelenskyy,
 *                   Zelenskiy -> zelensky; Kathmandu -> katmandu)
 * surname holds the folded last name of a person (for "Zelensky" alone). */
typedef struct sift_identity {
    char key[192];
    char legacy_key[192]; /* the key an older sift gave (accents kept), when it differs */
    char name[192];
    char surname[64];
    char type[16];
    char cc[8];
    double lat, lon;
    int has_coords;
    int single_name;   /* a person named by one word only */
} sift_identity;

/* The identity of entity e. */
void sift_corpus_identity(const sift_entity *e, sift_identity *out);
/* The identity of a speaker or source: like sift_corpus_identity, but a
 * country or its capital speaking stands for the country's government. */
void sift_corpus_speaker_identity(const sift_entity *e, sift_identity *out);
/* A gazetteer fact ("cc", "kind", "code", "adm1", "gid", "lat", "lon") from an
 * entity's geo string "cc=RU;kind=city;..." into out; returns 1, or 0 if absent. */
int sift_corpus_geo_get(const char *geo, const char *key, char *out, size_t cap);
/* Fold a name as identities do (for searching by name): out gets at most
 * cap-1 bytes. */
void sift_corpus_fold(const char *name, char *out, size_t cap);
/* Only lower case, accents stripped and punctuation made spaces (no
 * transliteration merging): for words that are read, not matched. */
void sift_corpus_lower(const char *s, char *out, size_t cap);

/* ---- What a claim counts -------------------------------------------------- */

typedef struct sift_claim_key {
    char what[160];       /* folded subject and unit: "north korean troop", "people killed" */
    char unit[48];        /* canonical unit: "troop", "person", "USD" */
    char place[64];       /* "RU.41" (first-level region), "RU" (country), or "" */
    char cc[8];           /* the place's country, or "" */
    char place_name[128]; /* "Kursk Oblast", "Russia" */
    int place_entity;     /* index of the place entity in the analysis, or -1 */
    char date[11];        /* the day the figure is about: a date in its sentence, else "" */
} sift_claim_key;

/* What happens to what claim c counts, read from the words around it in
 * text[0..tlen) (the analysed text): an event class ("killed", "sheltered",
 * "fed", "deployed") or the verb itself ("destroyed"), into out. Returns 1,
 * or 0 when the sentence names none. */
int sift_corpus_claim_event(const char *text, size_t tlen, const sift_claim *c, char *out,
                            size_t cap);

/* Compute the key of claim c of analysis an. Returns 0, or -1 when the claim
 * counts nothing that can be compared (no unit and no subject). */
int sift_corpus_claim_key(const sift_analysis *an, const sift_claim *c, sift_claim_key *out);

/* ---- Verdicts ------------------------------------------------------------- */

/* One claim of a group, as the judge sees it. */
typedef struct sift_obs {
    double value, value_max;
    int has_max;
    const char *qualifier;  /* "about", "at least", "more than", "up to", "range", ... */
    const char *source;     /* the source's identity key */
    const char *date;       /* "YYYY-MM-DD" or "" */
    int64_t tag;            /* the caller's own (a row id), carried through the reordering */
    int revised;            /* out: a later claim from the same source replaced it */
} sift_obs;

typedef struct sift_verdict {
    int conflict;       /* two sources' current figures cannot both hold */
    int revisions;      /* claims replaced by a later figure from the same source */
    int sources;        /* distinct sources */
    double lo, hi;      /* the smallest and largest current figure */
    double spread;      /* (hi - lo) / hi: 0 when all agree */
} sift_verdict;

/*
 * Judge a group of claims about one quantity. Each source's latest figure
 * stands; its earlier different figures are revisions. A figure becomes an
 * interval by its qualifier ("about" +-10%, "at least" [x, inf), "up to"
 * [0, x], ranges [x, max]); sources conflict when their intervals are
 * disjoint. obs is reordered (by source, then date).
 */
void sift_corpus_judge(sift_obs *obs, size_t n, sift_verdict *v);

#endif
