/*
 * query.c — the questions the store answers: counts, quotes, claim
 * timelines, conflicts, entities, stories and full-text search.
 */
#include <ctype.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "corpus/corpus.h"
#include "store_int.h"

static int prepare(sift_store *s, const char *sql, sqlite3_stmt **st, sift_error *err)
{
    if (sqlite3_prepare_v2(s->db, sql, -1, st, NULL) != SQLITE_OK)
        return sift_store_fail(s, err, "preparing a query");
    return SIFT_OK;
}

static int64_t count(sift_store *s, const char *sql, int *rc)
{
    sqlite3_stmt *st;
    if (sqlite3_prepare_v2(s->db, sql, -1, &st, NULL) != SQLITE_OK) {
        *rc = SIFT_ERR_IO;
        return 0;
    }
    int64_t n = sqlite3_step(st) == SQLITE_ROW ? sqlite3_column_int64(st, 0) : 0;
    sqlite3_finalize(st);
    return n;
}

int sift_store_stats_get(sift_store *s, sift_store_stats *st, sift_error *err)
{
    int rc = SIFT_OK;
    memset(st, 0, sizeof *st);
    st->reports = count(s, "SELECT count(*) FROM reports", &rc);
    st->stories = count(s, "SELECT count(*) FROM stories", &rc);
    st->outlets = count(s, "SELECT count(*) FROM outlets", &rc);
    st->entities = count(s, "SELECT count(*) FROM entities", &rc);
    st->quotes = count(s, "SELECT count(*) FROM quotes", &rc);
    st->claims = count(s, "SELECT count(*) FROM claims", &rc);
    st->claim_groups = count(s, "SELECT count(DISTINCT group_id) FROM claims", &rc);
    st->conflicts = count(s, "SELECT count(*) FROM verdicts WHERE conflict", &rc);
    st->revisions = count(s, "SELECT count(*) FROM claims WHERE revised", &rc);
    st->multi_outlet_stories =
        count(s, "SELECT count(*) FROM (SELECT story_id FROM reports GROUP BY story_id "
                 "HAVING count(DISTINCT outlet_id) > 1)", &rc);
    st->schema_version = (int)count(s, "PRAGMA user_version", &rc);
    if (rc != SIFT_OK)
        return sift_store_fail(s, err, "counting");
    return SIFT_OK;
}

/* An FTS5 query from free text: each word quoted, so punctuation is safe. */
static char *fts_words(const char *text)
{
    size_t n = strlen(text);
    char *q = malloc(n * 3 + 8);
    if (!q)
        return NULL;
    size_t o = 0;
    for (const char *p = text; *p;) {
        while (*p && !isalnum((unsigned char)*p) && (unsigned char)*p < 0x80)
            p++;
        const char *w = p;
        while (*p && (isalnum((unsigned char)*p) || (unsigned char)*p >= 0x80))
            p++;
        if (p > w) {
            o += (size_t)sprintf(q + o, "%s\"%.*s\"", o ? " " : "", (int)(p - w), w);
        }
    }
    q[o] = '\0';
    if (o == 0) {
        free(q);
        return NULL;
    }
    return q;
}

int sift_store_quotes(sift_store *s, const char *by, const char *about, const char *since,
                      size_t limit, int (*cb)(void *, const sift_store_quote_row *), void *ud,
                      sift_error *err)
{
    char sql[2048];
    char folded[192] = "", key[220] = "";
    char *fts = about ? fts_words(about) : NULL;
    if (by) {
        sift_corpus_fold(by, folded, sizeof folded);
        snprintf(key, sizeof key, "PERSON:%s", folded);
    }
    snprintf(sql, sizeof sql,
             "SELECT q.id, q.report_id, q.start, q.end, q.text, q.kind, q.cue, "
             "COALESCE(e.name, q.speaker_name), COALESCE(q.date, r.published), o.name, r.url, "
             "r.title FROM quotes q JOIN reports r ON r.id = q.report_id "
             "LEFT JOIN entities e ON e.id = q.speaker_id "
             "LEFT JOIN outlets o ON o.id = r.outlet_id WHERE 1 %s %s %s "
             "ORDER BY COALESCE(q.date, r.published), q.report_id, q.start LIMIT ?5",
             by ? "AND (q.speaker_id IN (SELECT id FROM entities WHERE key = ?1 OR "
                  "(type = 'PERSON' AND surname = ?2 AND instr(?2, ' ') = 0) "
                  "UNION SELECT entity_id FROM aliases WHERE alias = ?3 COLLATE NOCASE) "
                  "OR q.speaker_name LIKE '%' || ?3 || '%')"
                : "",
             fts ? "AND q.id IN (SELECT rowid FROM quotes_fts WHERE quotes_fts MATCH ?4)" : "",
             since ? "AND COALESCE(q.date, r.published) >= ?6" : "");
    sqlite3_stmt *st;
    if (prepare(s, sql, &st, err) != SIFT_OK) {
        free(fts);
        return SIFT_ERR_IO;
    }
    if (by) {
        sqlite3_bind_text(st, 1, key, -1, SQLITE_TRANSIENT);
        sqlite3_bind_text(st, 2, folded, -1, SQLITE_TRANSIENT);
        sqlite3_bind_text(st, 3, by, -1, SQLITE_TRANSIENT);
    }
    if (fts)
        sqlite3_bind_text(st, 4, fts, -1, SQLITE_TRANSIENT);
    sqlite3_bind_int64(st, 5, limit ? (int64_t)limit : -1);
    if (since)
        sqlite3_bind_text(st, 6, since, -1, SQLITE_TRANSIENT);
    int r;
    while ((r = sqlite3_step(st)) == SQLITE_ROW) {
        sift_store_quote_row row = {
            .id = sqlite3_column_int64(st, 0), .report_id = sqlite3_column_int64(st, 1),
            .start = (uint32_t)sqlite3_column_int(st, 2), .end = (uint32_t)sqlite3_column_int(st, 3),
            .text = sift_store_col(st, 4), .kind = sift_store_col(st, 5),
            .cue = sift_store_col(st, 6), .speaker = sift_store_col(st, 7),
            .date = sift_store_col(st, 8), .outlet = sift_store_col(st, 9),
            .url = sift_store_col(st, 10), .title = sift_store_col(st, 11)};
        if (cb(ud, &row))
            break;
    }
    int rc = r == SQLITE_ROW || r == SQLITE_DONE ? SIFT_OK : sift_store_fail(s, err, "reading quotes");
    sqlite3_finalize(st);
    free(fts);
    return rc;
}

/* The columns every claim row query selects, in the order read_claim reads them. */
#define CLAIM_COLS                                                                               \
    "c.id, c.report_id, c.group_id, c.start, c.end, c.value, c.value_max, c.revised, "          \
    "COALESCE(v.conflict, 0), c.text, c.qualifier, c.unit, g.what, COALESCE(g.place_name, ''), " \
    "COALESCE(se.name, c.source_name, o.name, '(the outlet)'), COALESCE(c.date, r.published), "  \
    "o.name, r.url, r.title, pe.lat, pe.lon "
#define CLAIM_FROM                                                                \
    "FROM claims c JOIN reports r ON r.id = c.report_id "                         \
    "LEFT JOIN claim_groups g ON g.id = c.group_id "                              \
    "LEFT JOIN verdicts v ON v.group_id = c.group_id "                            \
    "LEFT JOIN entities se ON se.id = c.source_id "                               \
    "LEFT JOIN entities pe ON pe.id = c.place_id "                                \
    "LEFT JOIN outlets o ON o.id = r.outlet_id "

static void read_claim(sqlite3_stmt *st, sift_store_claim_row *c)
{
    memset(c, 0, sizeof *c);
    c->id = sqlite3_column_int64(st, 0);
    c->report_id = sqlite3_column_int64(st, 1);
    c->group_id = sqlite3_column_int64(st, 2);
    c->start = (uint32_t)sqlite3_column_int(st, 3);
    c->end = (uint32_t)sqlite3_column_int(st, 4);
    c->has_value = sqlite3_column_type(st, 5) != SQLITE_NULL;
    c->value = sqlite3_column_double(st, 5);
    c->has_max = sqlite3_column_type(st, 6) != SQLITE_NULL;
    c->value_max = sqlite3_column_double(st, 6);
    c->revised = sqlite3_column_int(st, 7);
    c->conflict = sqlite3_column_int(st, 8);
    c->text = sift_store_col(st, 9);
    c->qualifier = sift_store_col(st, 10);
    c->unit = sift_store_col(st, 11);
    c->what = sift_store_col(st, 12);
    c->place = sift_store_col(st, 13);
    c->source = sift_store_col(st, 14);
    c->date = sift_store_col(st, 15);
    c->outlet = sift_store_col(st, 16);
    c->url = sift_store_col(st, 17);
    c->title = sift_store_col(st, 18);
    c->has_coords = sqlite3_column_type(st, 19) != SQLITE_NULL;
    c->lat = sqlite3_column_double(st, 19);
    c->lon = sqlite3_column_double(st, 20);
}

int sift_store_claims(sift_store *s, const char *about, size_t limit,
                      int (*cb)(void *, const sift_store_claim_row *), void *ud, sift_error *err)
{
    /* --about: every word must occur in what the claim counts, its place,
     * its subject or its text. */
    char sql[4096];
    size_t o = (size_t)snprintf(sql, sizeof sql, "SELECT " CLAIM_COLS CLAIM_FROM "WHERE 1");
    char words[8][64];
    int nw = 0;
    if (about) {
        char f[256];
        sift_corpus_lower(about, f, sizeof f);
        for (char *save = NULL, *w = strtok_r(f, " ", &save); w && nw < 8;
             w = strtok_r(NULL, " ", &save)) {
            snprintf(words[nw++], sizeof words[0], "%%%s%%", w);
            o += (size_t)snprintf(sql + o, sizeof sql - o,
                                  " AND (COALESCE(g.what,'') || ' ' || COALESCE(g.place_name,'') "
                                  "|| ' ' || COALESCE(c.subject,'') || ' ' || c.text) LIKE ?%d",
                                  nw);
        }
    }
    snprintf(sql + o, sizeof sql - o,
             " ORDER BY COALESCE(c.date, r.published), c.report_id, c.start LIMIT %lld",
             limit ? (long long)limit : -1LL);
    sqlite3_stmt *st;
    if (prepare(s, sql, &st, err) != SIFT_OK)
        return SIFT_ERR_IO;
    for (int i = 0; i < nw; i++)
        sqlite3_bind_text(st, i + 1, words[i], -1, SQLITE_TRANSIENT);
    int r;
    while ((r = sqlite3_step(st)) == SQLITE_ROW) {
        sift_store_claim_row c;
        read_claim(st, &c);
        if (cb(ud, &c))
            break;
    }
    int rc = r == SQLITE_ROW || r == SQLITE_DONE ? SIFT_OK : sift_store_fail(s, err, "reading claims");
    sqlite3_finalize(st);
    return rc;
}

int sift_store_conflicts(sift_store *s, size_t limit,
                         int (*group_cb)(void *, const sift_store_conflict_row *),
                         int (*claim_cb)(void *, const sift_store_claim_row *), void *ud,
                         sift_error *err)
{
    sqlite3_stmt *g, *c;
    if (prepare(s, "SELECT v.group_id, g.what, COALESCE(g.place_name, ''), v.lo, v.hi, v.spread, "
                   "v.sources, v.revisions FROM verdicts v JOIN claim_groups g ON g.id = v.group_id "
                   "WHERE v.conflict ORDER BY v.spread DESC, v.sources DESC, v.group_id LIMIT ?",
                &g, err) != SIFT_OK)
        return SIFT_ERR_IO;
    if (prepare(s, "SELECT " CLAIM_COLS CLAIM_FROM "WHERE c.group_id = ? "
                   "ORDER BY COALESCE(c.date, r.published), c.report_id, c.start", &c, err) != SIFT_OK) {
        sqlite3_finalize(g);
        return SIFT_ERR_IO;
    }
    sqlite3_bind_int64(g, 1, limit ? (int64_t)limit : -1);
    int r, stop = 0;
    while (!stop && (r = sqlite3_step(g)) == SQLITE_ROW) {
        sift_store_conflict_row row = {
            .group_id = sqlite3_column_int64(g, 0), .what = sift_store_col(g, 1),
            .place = sift_store_col(g, 2), .lo = sqlite3_column_double(g, 3),
            .hi = sqlite3_column_double(g, 4), .spread = sqlite3_column_double(g, 5),
            .sources = sqlite3_column_int(g, 6), .revisions = sqlite3_column_int(g, 7)};
        if (group_cb(ud, &row))
            break;
        sqlite3_bind_int64(c, 1, row.group_id);
        int rc2;
        while ((rc2 = sqlite3_step(c)) == SQLITE_ROW) {
            sift_store_claim_row cr;
            read_claim(c, &cr);
            if (claim_cb(ud, &cr)) {
                stop = 1;
                break;
            }
        }
        if (!stop && rc2 != SQLITE_DONE) {
            r = rc2; /* a failed claim query ends the listing with its error */
            break;
        }
        sqlite3_reset(c);
    }
    int rc = SIFT_OK;
    if (!stop && r != SQLITE_DONE && r != SQLITE_ROW)
        rc = sift_store_fail(s, err, "reading conflicts");
    sqlite3_finalize(g);
    sqlite3_finalize(c);
    return rc;
}

int sift_store_entities(sift_store *s, const char *type, int places, size_t limit,
                        int (*cb)(void *, const sift_store_entity_row *), void *ud,
                        sift_error *err)
{
    sqlite3_stmt *st;
    if (prepare(s, "SELECT e.id, e.key, e.type, e.name, "
                   "(SELECT group_concat(alias, '|') FROM (SELECT alias FROM aliases a "
                   " WHERE a.entity_id = e.id ORDER BY a.count DESC, a.alias)), "
                   "e.mentions, e.reports, "
                   "(SELECT count(*) FROM claims c WHERE c.place_id = e.id), e.lat, e.lon, e.cc "
                   "FROM entities e WHERE (?1 IS NULL OR e.type = ?1 COLLATE NOCASE) "
                   "AND (?2 = 0 OR e.lat IS NOT NULL) "
                   "ORDER BY 7 DESC, e.mentions DESC, e.name LIMIT ?3",
                &st, err) != SIFT_OK)
        return SIFT_ERR_IO;
    if (type)
        sqlite3_bind_text(st, 1, type, -1, SQLITE_TRANSIENT);
    sqlite3_bind_int(st, 2, places);
    sqlite3_bind_int64(st, 3, limit ? (int64_t)limit : -1);
    int r;
    while ((r = sqlite3_step(st)) == SQLITE_ROW) {
        sift_store_entity_row e = {
            .id = sqlite3_column_int64(st, 0), .key = sift_store_col(st, 1),
            .type = sift_store_col(st, 2), .name = sift_store_col(st, 3),
            .aliases = sift_store_col(st, 4), .mentions = sqlite3_column_int64(st, 5),
            .reports = sqlite3_column_int64(st, 6), .claims = sqlite3_column_int64(st, 7),
            .has_coords = sqlite3_column_type(st, 8) != SQLITE_NULL,
            .lat = sqlite3_column_double(st, 8), .lon = sqlite3_column_double(st, 9),
            .cc = sift_store_col(st, 10)};
        if (cb(ud, &e))
            break;
    }
    int rc = r == SQLITE_ROW || r == SQLITE_DONE ? SIFT_OK : sift_store_fail(s, err, "reading entities");
    sqlite3_finalize(st);
    return rc;
}

static int run_search(sift_store *s, const char *q, size_t limit,
                      int (*cb)(void *, const sift_store_hit *), void *ud, int *r)
{
    sqlite3_stmt *st;
    if (sqlite3_prepare_v2(s->db,
                           "SELECT r.id, r.story_id, bm25(reports_fts, 5.0, 1.0), r.title, r.url, "
                           "r.published, o.name, snippet(reports_fts, 1, '[', ']', '...', 14) "
                           "FROM reports_fts JOIN reports r ON r.id = reports_fts.rowid "
                           "LEFT JOIN outlets o ON o.id = r.outlet_id "
                           "WHERE reports_fts MATCH ? ORDER BY bm25(reports_fts, 5.0, 1.0) LIMIT ?",
                           -1, &st, NULL) != SQLITE_OK)
        return -1;
    sqlite3_bind_text(st, 1, q, -1, SQLITE_TRANSIENT);
    sqlite3_bind_int64(st, 2, limit ? (int64_t)limit : -1);
    int n = 0;
    while ((*r = sqlite3_step(st)) == SQLITE_ROW) {
        sift_store_hit h = {.report_id = sqlite3_column_int64(st, 0),
                            .story_id = sqlite3_column_int64(st, 1),
                            .score = -sqlite3_column_double(st, 2),
                            .title = sift_store_col(st, 3), .url = sift_store_col(st, 4),
                            .date = sift_store_col(st, 5), .outlet = sift_store_col(st, 6),
                            .snippet = sift_store_col(st, 7)};
        n++;
        if (cb(ud, &h)) {
            *r = SQLITE_DONE;
            break;
        }
    }
    sqlite3_finalize(st);
    return n;
}

int sift_store_search(sift_store *s, const char *query, size_t limit,
                      int (*cb)(void *, const sift_store_hit *), void *ud, sift_error *err)
{
    int r = SQLITE_DONE;
    int n = run_search(s, query, limit, cb, ud, &r);
    if (n == 0 && r != SQLITE_DONE) {
        /* Not valid FTS5 syntax: search for the words themselves. */
        char *q = fts_words(query);
        if (!q) {
            snprintf(err->msg, sizeof err->msg, "search: no words in '%s'", query);
            return SIFT_ERR_ARG;
        }
        n = run_search(s, q, limit, cb, ud, &r);
        free(q);
    }
    if (n < 0 || (r != SQLITE_DONE && r != SQLITE_ROW))
        return sift_store_fail(s, err, "searching");
    return SIFT_OK;
}

int sift_store_stories(sift_store *s, size_t limit,
                       int (*cb)(void *, const sift_store_story_row *), void *ud,
                       sift_error *err)
{
    sqlite3_stmt *st;
    if (prepare(s, "SELECT r.story_id, count(*), "
                   "(SELECT title FROM reports r2 WHERE r2.story_id = r.story_id ORDER BY r2.id "
                   " LIMIT 1), group_concat(DISTINCT o.name) FROM reports r "
                   "LEFT JOIN outlets o ON o.id = r.outlet_id GROUP BY r.story_id "
                   "HAVING count(*) > 1 ORDER BY 2 DESC, r.story_id LIMIT ?",
                &st, err) != SIFT_OK)
        return SIFT_ERR_IO;
    sqlite3_bind_int64(st, 1, limit ? (int64_t)limit : -1);
    int r;
    while ((r = sqlite3_step(st)) == SQLITE_ROW) {
        sift_store_story_row row = {.story_id = sqlite3_column_int64(st, 0),
                                    .reports = sqlite3_column_int64(st, 1),
                                    .title = sift_store_col(st, 2),
                                    .outlets = sift_store_col(st, 3)};
        if (cb(ud, &row))
            break;
    }
    int rc = r == SQLITE_ROW || r == SQLITE_DONE ? SIFT_OK : sift_store_fail(s, err, "reading stories");
    sqlite3_finalize(st);
    return rc;
}
