/*
 * extract_int.h — helpers shared by the extractors (quotes, dates, claims).
 */
#ifndef SIFT_EXTRACT_INT_H
#define SIFT_EXTRACT_INT_H

#include "../doc_int.h"

/* The subject noun phrase of the verb at token `cue`, not reaching before
 * token lo: stores [*np0,*np1) and returns 1, or returns 0 when none. */
int sift_subject_before(const doc *d, uint32_t cue, uint32_t lo, uint32_t *np0, uint32_t *np1);
/* First token of sentence s after a dateline ("KYIV, Ukraine — "). */
uint32_t sift_body_start(const doc *d, uint32_t s);
/* The subject that opens the clause at `from` (a named entity, or the words
 * up to the first verb), not reaching hi. */
int sift_clause_subject(const doc *d, uint32_t from, uint32_t hi, uint32_t *np0, uint32_t *np1);
/* The noun phrase starting at `from` (inverted "said Ovcharenko"), before hi. */
int sift_np_after(const doc *d, uint32_t from, uint32_t hi, uint32_t *np0, uint32_t *np1);
/* Name the speaker phrase [np0,np1): an entity index in *ent (or -1) and a
 * display name in *name (canonical entity name or the phrase, or NULL). */
void sift_name_speaker(doc *d, uint32_t np0, uint32_t np1, int *ent, const char **name);

/* The reported-speech spans found by the quote extractor, for claims. */
typedef struct attrib_span {
    uint32_t t0, t1;         /* tokens */
    int quote;               /* index in doc->quotes */
} attrib_span;

#endif
