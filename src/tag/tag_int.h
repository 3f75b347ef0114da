/*
 * tag_int.h — what the tagger and the entity recognizer share inside tag/:
 * the per-token facts computed once per token (hashed, so the feature
 * extractors never touch strings again) and the scratch that holds them.
 */
#ifndef SIFT_TAG_INT_H
#define SIFT_TAG_INT_H

#include <stdint.h>

#include "tag/tagger.h"
#include "tag/weights.h"

/* Token flags. */
enum {
    TF_UPPER1 = 1 << 0,   /* first character upper case */
    TF_ALLCAPS = 1 << 1,  /* letters, all upper case (and more than one) */
    TF_DIGIT = 1 << 2,    /* contains a digit */
    TF_ALLDIGIT = 1 << 3, /* digits and , . only */
    TF_HYPHEN = 1 << 4,
    TF_ALPHA = 1 << 5,    /* contains a letter */
    TF_PUNCT = 1 << 6,    /* no letter and no digit */
    TF_NONASCII = 1 << 7,
    TF_UPPERIN = 1 << 8,  /* an upper-case letter after the first character */
    TF_PERIOD = 1 << 9,   /* ends with '.' */
    TF_PLAIN = 1 << 10    /* recognizer: a plain token (see ner.c) */
};

/* The hashed facts about one token (0 when absent). */
typedef struct tag_tok {
    uint64_t lower;       /* the lower-cased form, digits as 0 */
    uint64_t form;        /* the form as written */
    uint64_t shape;       /* Xxxx -> Xx, 1,234 -> d,d */
    uint64_t pre[4], suf[4];
    uint32_t flags;
    uint32_t len;         /* bytes */
    uint32_t amb;         /* tagger: ambiguity class (0 = unknown word) */
    uint16_t single;      /* tagger: the only tag of a frequent word, or 0xffff */
    uint16_t wn;          /* tagger: the word classes of the form (see tagger.h), 0 if none */
    uint32_t cl;          /* the form's word cluster code (TAG_CL_*), 0 if none */
    uint16_t lex;         /* recognizer: lexicon class bits of the form */
    uint32_t gaz;         /* recognizer: gazetteer span code */
    uint32_t rbeg, rend;  /* recognizer: the name-like run [rbeg, rend) holding the token */
} tag_tok;

#define TAG_MAX_FEATS 64
#define TAG_LATTICE_W 16  /* labels per token in the lattice (the recognizer's Viterbi) */

struct sift_tag_scratch {
    tag_tok *tok;
    size_t cap;
    uint64_t feats[TAG_MAX_FEATS];
    int32_t scores[SIFT_WTAB_MAX_CLASSES + 1];
    float fscores[SIFT_WTAB_MAX_CLASSES + 1];
    float *lattice;       /* recognizer: cap * TAG_LATTICE_W best path scores */
    uint8_t *back;        /* recognizer: cap * TAG_LATTICE_W back pointers */
    const sift_tag_word *words; /* the words whose facts tok holds (set by the tagger) */
    size_t nwords;
    const sift_clusters *clusters; /* the clusters tok[].cl came from (set with words) */
};

/* Room for n tokens in ws. 0, or -1 when out of memory. */
int sift_tag_reserve(sift_tag_scratch *ws, size_t n);
/* Fill ws->tok[0..n) with the word facts (not amb/single/lex/gaz). */
void sift_tag_words(sift_tag_scratch *ws, const sift_tag_word *w, size_t n);
/* The hash of a lower-cased form, as in tag_tok.lower. */
uint64_t sift_tag_lower_hash(const char *s, size_t n);

/* Word cluster codes (tools/mkclusters.c): fine | middle << 11 | coarse << 20,
 * each counted from 1, so 0 means "no cluster". */
#define TAG_CLUSTER_MAX 0x7ffffffu
#define TAG_CL_FINE(c) ((c) & 0x7ffu)
#define TAG_CL_MID(c) ((c) >> 11 & 0x1ffu)
#define TAG_CL_COARSE(c) ((c) >> 20)

/* A table from lower-cased forms to numbers 1..max, kept in a model's
 * payload (wordmap.c): the tagger's word classes, the word clusters. */
typedef struct sift_tag_map {
    uint32_t bits;            /* 0: no table */
    uint64_t mask;
    const uint32_t *slots;    /* borrowed from the payload */
} sift_tag_map;

/* The number of a form (its lower-case hash), 0 when absent. */
uint32_t sift_tag_map_get(const sift_tag_map *m, uint64_t lower);
/* Read a table from a payload, checking every value is at most max_value
 * and that a probe always ends. 0, or -1 when malformed. */
int sift_tag_map_read(sift_tag_map *m, sift_rd *r, uint32_t max_value);
/* Append the table of a "form TAB number" file (an empty table when path
 * is NULL). Forms that hash alike get the union of their numbers when
 * merge_bits, else the first one's. SIFT_OK, or an error code with err
 * naming the file and line. */
int sift_tag_map_put(sift_wr *w, const char *path, uint32_t max_value, int merge_bits,
                     sift_error *err);

#endif
