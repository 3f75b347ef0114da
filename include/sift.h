/*
 * sift.h — the public interface of libsift, a news-intelligence engine.
 *
 * Ownership rule, stated once: every pointer argument is borrowed for the
 * duration of the call unless its doc says "takes ownership". Every object a
 * function returns through an out-parameter belongs to the caller and is
 * released with the matching *_free function; *_free(NULL) is a no-op.
 * Everything reachable from a sift_analysis (strings, arrays) lives in that
 * analysis's arena and dies with sift_analysis_free().
 *
 * Threads: a sift_resources is immutable once loaded and may be shared by any
 * number of threads, each calling sift_analyze() on its own documents.
 *
 * Offsets are UTF-8 byte offsets into the document text exactly as given,
 * end exclusive.
 */
#ifndef SIFT_H
#define SIFT_H

#include <stddef.h>
#include <stdint.h>

#ifdef __cplusplus
extern "C" {
#endif

#if defined(__GNUC__)
#define SIFT_API __attribute__((visibility("default")))
#else
#define SIFT_API
#endif

#define SIFT_VERSION "0.1.0"

/* Result codes. Functions return one of these; details go to an error buffer. */
enum sift_status {
    SIFT_OK = 0,
    SIFT_ERR_NOMEM,     /* an allocation failed */
    SIFT_ERR_IO,        /* a file could not be read */
    SIFT_ERR_FORMAT,    /* a resource file is corrupt, truncated or of another version */
    SIFT_ERR_INPUT,     /* the document is not acceptable (binary, invalid UTF-8, too large) */
    SIFT_ERR_ARG        /* a bad argument (NULL where one is required, a malformed date) */
};

/* An error message: filled by functions that fail, always NUL-terminated. */
typedef struct sift_error {
    char msg[512];
    size_t offset;      /* the byte offset in the input the message is about, or SIZE_MAX */
} sift_error;

typedef struct sift_resources sift_resources;
typedef struct sift_analysis sift_analysis;

/*
 * Load the lexicons from directory `dir` (which holds lexicon.tsv) and the
 * trained models found there (pos.model, ner.model, parse.model; each is
 * optional, but a damaged one is refused). Returns
 * SIFT_OK and stores a new resources object in *out, or an error code with
 * *out set to NULL and `err` naming the file and the place.
 */
SIFT_API int sift_resources_load(const char *dir, sift_resources **out, sift_error *err);

/* sift_resources_open() flags. */
#define SIFT_LOAD_NO_MODELS 1u /* the lexicons only: no trained model is read */
#define SIFT_LOAD_NO_PARSER 2u /* the tagger and entity model, not the parser */

/* sift_resources_load() with flags: the files a flag leaves out are neither
 * read nor checked. Without the parser, speakers come from the rules alone. */
SIFT_API int sift_resources_open(const char *dir, unsigned flags, sift_resources **out,
                                 sift_error *err);

/* Release resources loaded by sift_resources_load(). */
SIFT_API void sift_resources_free(sift_resources *res);

/* Options for one document. Every field may be zero/NULL. */
typedef struct sift_doc_options {
    const char *id;          /* document id for the output; NULL: "doc" */
    const char *title;       /* title from metadata, or NULL */
    const char *published;   /* publication date "YYYY-MM-DD", or NULL */
    int lenient;             /* nonzero: analyse invalid UTF-8 instead of refusing it */
    int no_models;           /* nonzero: rules and lexicons only, skip the trained models */
} sift_doc_options;

/*
 * Analyse one document: `text` of `len` bytes (need not be NUL-terminated;
 * the bytes are copied). On success stores a new analysis in *out. Invalid
 * UTF-8 is refused with SIFT_ERR_INPUT and err->offset at the first bad byte
 * unless opts->lenient is set, in which case bad bytes are carried through
 * and printed as U+FFFD. A NUL byte marks binary input and is refused.
 */
SIFT_API int sift_analyze(const sift_resources *res, const char *text, size_t len,
                          const sift_doc_options *opts, sift_analysis **out, sift_error *err);

/* Release an analysis and everything it owns. */
SIFT_API void sift_analysis_free(sift_analysis *an);

/* ---- Reading an analysis ------------------------------------------------ */

typedef struct sift_span {
    uint32_t start, end;     /* byte offsets, end exclusive */
} sift_span;

typedef struct sift_mention {
    sift_span span;
    const char *text;
    const char *kind;        /* "name", "surname", "nominal", "pronoun" */
} sift_mention;

typedef struct sift_entity {
    const char *id;          /* "E1", "E2", ... */
    const char *type;        /* "PERSON", "ORG", "GPE", "LOC", "NORP" */
    const char *name;        /* the fullest name the document gives */
    const char *canonical;   /* the lexicon's standard form ("Kiev" -> "Kyiv"), else name */
    const char *title;       /* a role seen with the name ("President"), or NULL */
    const char *alias;       /* an acronym the document defines for it ("JMA"), or NULL */
    const char *geo;         /* lexicon facts for places ("cc=RU;kind=city;..."), or NULL */
    const sift_mention *mentions;
    size_t n_mentions;
} sift_entity;

typedef struct sift_quote {
    sift_span span;          /* the quoted words, quote marks excluded */
    const char *text;
    const char *kind;        /* "direct", "mixed", "indirect", "scare" */
    int speaker;             /* entity index, or -1 */
    const char *speaker_name;/* canonical name or source phrase, or NULL */
    const char *cue;         /* "said", "according to", "told KBS", or NULL */
    const char *via;         /* a nested source ("senior U.S. officials"), or NULL */
    sift_span sentence;      /* evidence: the sentence(s) the quote sits in */
    const char *rule;        /* evidence: the rule that attributed it */
} sift_quote;

typedef struct sift_date {
    sift_span span;
    const char *text;
    const char *value;       /* TIMEX3 value, or NULL when it cannot be resolved */
    const char *rule;
} sift_date;

typedef struct sift_claim {
    sift_span span;          /* the quantity phrase */
    const char *text;
    double value;            /* meaningful when has_value */
    int has_value;
    double value_max;        /* upper bound of a range, when has_max */
    int has_max;
    const char *qualifier;   /* "about", "more than", "up to", "range", "vague", or NULL */
    const char *unit;
    const char *per;         /* a rate's denominator: "day" in "2.2 million barrels per day", or NULL */
    const char *subject;
    int source;              /* entity index, or -1 */
    const char *source_name; /* who asserts it, NULL for the outlet's own voice */
    int quote;               /* index of the quote it sits in, or -1 */
    sift_span sentence;
} sift_claim;

/* Accessors: each returns the array and stores its length in *n. */
SIFT_API const sift_entity *sift_analysis_entities(const sift_analysis *an, size_t *n);
SIFT_API const sift_quote *sift_analysis_quotes(const sift_analysis *an, size_t *n);
SIFT_API const sift_date *sift_analysis_dates(const sift_analysis *an, size_t *n);
SIFT_API const sift_claim *sift_analysis_claims(const sift_analysis *an, size_t *n);
/* The document text (a NUL-terminated copy) and its length. */
SIFT_API const char *sift_analysis_text(const sift_analysis *an, size_t *len);

/*
 * Render the analysis as one line of JSON per ../CONTRACT.md (no trailing
 * newline) or as a plain-text report. The string lives in the analysis's
 * arena; its length goes to *len when len is not NULL.
 */
SIFT_API const char *sift_analysis_json(sift_analysis *an, size_t *len);
SIFT_API const char *sift_analysis_report(sift_analysis *an, size_t *len);

#ifdef __cplusplus
}
#endif
#endif /* SIFT_H */
