/*
 * lexicon.h — the compiled gazetteer (models/lexicon.tsv, built by
 * `make models` from ../shared/data with tools/mklex.c).
 *
 * File format, version 1: a header line
 *   #sift-lexicon TAB 1 TAB <entries> TAB <fnv1a64 of the rest, 16 hex>
 * then one entry a line, sorted by form: form TAB class TAB canonical TAB info.
 * The loader checks version, count and checksum and refuses anything else.
 * After loading, the table is read-only and shared by all threads.
 */
#ifndef SIFT_LEXICON_H
#define SIFT_LEXICON_H

#include <stddef.h>
#include <stdint.h>

#include "sift.h"

/* PER: a person WordNet knows by name ("Plato", "Marie Curie"), beside any other class. */
enum lex_class { LX_GPE, LX_LOC, LX_NORP, LX_ORG, LX_FIRST, LX_LAST, LX_WORD, LX_PER, LX_NCLASS };

typedef struct lex_entry {
    const char *form;
    const char *canon;
    const char *info;
    uint8_t cls;
    uint8_t gender;  /* FIRST: 'M', 'F', 'U'; else 0 */
} lex_entry;

typedef struct sift_lexicon sift_lexicon;

/* Load and verify `path`. On error *out is NULL and err names the file and line. */
int sift_lex_load(const char *path, sift_lexicon **out, sift_error *err);
void sift_lex_free(sift_lexicon *lx);
/* The entries whose form is exactly s[0..n) (contiguous), count in *count; NULL if none. */
const lex_entry *sift_lex_find(const sift_lexicon *lx, const char *s, size_t n, size_t *count);
/* The entry of class cls for form s[0..n), or NULL. */
const lex_entry *sift_lex_find_class(const sift_lexicon *lx, const char *s, size_t n, int cls);
size_t sift_lex_size(const sift_lexicon *lx);
/* Is a gazetteer entry a town of fewer than 100,000 people (kind=city and
 * its "pop=")? NULL is none. */
int sift_lex_small_town(const lex_entry *e);

/* FNV-1a 64-bit hash, used for the checksum and for hashing keys. */
uint64_t sift_fnv1a64(const void *data, size_t n, uint64_t h);
#define SIFT_FNV_OFFSET 0xcbf29ce484222325ULL

#endif
