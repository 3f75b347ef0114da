/*
 * store.h — the corpus on disk: one SQLite file (WAL mode, FTS5), reached
 * only through these functions. Nothing outside src/store/ knows the schema.
 *
 * Writes happen in batches: sift_store_begin(), any number of
 * sift_store_add(), sift_store_commit(). A batch is all or nothing, so an
 * ingest killed at any point keeps every batch committed before it, and a
 * rerun skips what is stored (sift_store_seen) and carries on.
 *
 * Every stored item (entity mention, quote, claim) keeps its report and its
 * UTF-8 byte offsets into the report text, which is stored as analysed.
 */
#ifndef SIFT_STORE_H
#define SIFT_STORE_H

#include <stddef.h>
#include <stdint.h>

#include "ingest/ingest.h"
#include "sift.h"

typedef struct sift_store sift_store;

/* The schema version this build writes; older stores are migrated on open,
 * newer ones refused. */
#define SIFT_STORE_VERSION 3

/* Open (creating and migrating as needed) the store at path. readonly opens
 * an existing store without writing to it. */
int sift_store_open(const char *path, int readonly, sift_store **out, sift_error *err);
/* Close; an open batch is rolled back. NULL is a no-op. */
void sift_store_close(sift_store *s);

int sift_store_begin(sift_store *s, sift_error *err);
int sift_store_commit(sift_store *s, sift_error *err);

/* Whether a report with this canonical URL (may be NULL) or this text is
 * stored already: 1 yes (its id in *id), 0 no, -1 error. */
int sift_store_seen(sift_store *s, const char *url, const char *text, size_t len, int64_t *id,
                    sift_error *err);

/* What sift_store_add did. */
typedef struct sift_store_added {
    int64_t report_id, story_id;
    int new_story;          /* 0: linked to an earlier report of the same story */
    double similarity;      /* with the closest earlier report of its story */
    size_t words;
} sift_store_added;

/* Store one report with its analysis (inside a batch): outlet, story
 * (near-duplicate linking), entities under their corpus identity, quotes,
 * claims under their group key. */
int sift_store_add(sift_store *s, const sift_ingest_doc *doc, const sift_analysis *an,
                   sift_store_added *out, sift_error *err);

/* Across the corpus: merge single-name people into the one full name that
 * carries their surname, fold country-level claim groups into the single
 * regional group of that country, and judge every claim group again
 * (conflicts and revisions). Runs in its own transaction. */
int sift_store_reconcile(sift_store *s, sift_error *err);

/* ---- Counts ---------------------------------------------------------------- */

typedef struct sift_store_stats {
    int64_t reports, stories, outlets, entities, quotes, claims, claim_groups, conflicts;
    int64_t multi_outlet_stories, revisions;
    int schema_version;
} sift_store_stats;

int sift_store_stats_get(sift_store *s, sift_store_stats *st, sift_error *err);

/* ---- Questions ------------------------------------------------------------- */
/* Each query calls cb once per row (strings valid during the call only);
 * cb returns nonzero to stop. limit 0 means no limit. */

typedef struct sift_store_quote_row {
    int64_t id, report_id;
    uint32_t start, end;
    const char *text, *kind, *cue, *speaker, *date, *outlet, *url, *title;
} sift_store_quote_row;

int sift_store_quotes(sift_store *s, const char *by, const char *about, const char *since,
                      size_t limit, int (*cb)(void *, const sift_store_quote_row *), void *ud,
                      sift_error *err);

typedef struct sift_store_claim_row {
    int64_t id, report_id, group_id;
    uint32_t start, end;
    int has_value, has_max, revised, conflict;
    double value, value_max;
    const char *text, *qualifier, *unit, *what, *place, *source, *date, *outlet, *url, *title;
    double lat, lon;
    int has_coords;
} sift_store_claim_row;

int sift_store_claims(sift_store *s, const char *about, size_t limit,
                      int (*cb)(void *, const sift_store_claim_row *), void *ud, sift_error *err);

typedef struct sift_store_conflict_row {
    int64_t group_id;
    const char *what, *place;
    double lo, hi, spread;
    int sources, revisions;
} sift_store_conflict_row;

/* Conflicting groups, widest spread first; claim_cb gets every claim of the
 * group (oldest first) after group_cb got the group. */
int sift_store_conflicts(sift_store *s, size_t limit,
                         int (*group_cb)(void *, const sift_store_conflict_row *),
                         int (*claim_cb)(void *, const sift_store_claim_row *), void *ud,
                         sift_error *err);

typedef struct sift_store_entity_row {
    int64_t id;
    const char *key, *type, *name, *aliases; /* aliases: "a|b|c" */
    int64_t mentions, reports, claims;
    double lat, lon;
    int has_coords;
    const char *cc;
} sift_store_entity_row;

/* Entities of one type (NULL: all), most reported first; with places set,
 * only entities with coordinates. */
int sift_store_entities(sift_store *s, const char *type, int places, size_t limit,
                        int (*cb)(void *, const sift_store_entity_row *), void *ud,
                        sift_error *err);

typedef struct sift_store_hit {
    int64_t report_id, story_id;
    double score;
    const char *title, *url, *date, *outlet, *snippet;
} sift_store_hit;

/* Full-text search (FTS5 syntax; plain words work), best first. */
int sift_store_search(sift_store *s, const char *query, size_t limit,
                      int (*cb)(void *, const sift_store_hit *), void *ud, sift_error *err);

typedef struct sift_store_story_row {
    int64_t story_id, reports;
    const char *title, *outlets; /* outlets: "a|b" */
} sift_store_story_row;

/* Stories carried by more than one report, most reports first. */
int sift_store_stories(sift_store *s, size_t limit,
                       int (*cb)(void *, const sift_store_story_row *), void *ud,
                       sift_error *err);

#endif
