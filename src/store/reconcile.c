/*
 * reconcile.c — the corpus-wide pass after an ingest: identities merged,
 * claim groups folded by place containment, and every group judged again.
 * The pass is idempotent, so a rerun after an interruption redoes it.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "corpus/corpus.h"
#include "store_int.h"

/* A person named by surname only, and the one full name with that surname. */
static const char *merge_people =
    "DROP TABLE IF EXISTS temp.m;\n"
    "CREATE TEMP TABLE m(src INTEGER PRIMARY KEY, dst INTEGER);\n"
    "INSERT INTO m SELECT s.id, (SELECT f.id FROM entities f\n"
    "  WHERE f.type = 'PERSON' AND f.single = 0 AND f.surname = s.surname) AS dst\n"
    "  FROM entities s WHERE s.type = 'PERSON' AND s.single = 1 AND (SELECT count(*)\n"
    "  FROM entities f WHERE f.type = 'PERSON' AND f.single = 0 AND f.surname = s.surname) = 1;\n"
    "UPDATE report_entities SET entity_id = (SELECT dst FROM m WHERE src = entity_id)\n"
    "  WHERE entity_id IN (SELECT src FROM m);\n"
    "UPDATE quotes SET speaker_id = (SELECT dst FROM m WHERE src = speaker_id)\n"
    "  WHERE speaker_id IN (SELECT src FROM m);\n"
    "UPDATE claims SET source_id = (SELECT dst FROM m WHERE src = source_id),\n"
    "  source_key = (SELECT e.key FROM m JOIN entities e ON e.id = m.dst WHERE m.src = source_id)\n"
    "  WHERE source_id IN (SELECT src FROM m);\n"
    "INSERT INTO aliases(entity_id, alias, count) SELECT m.dst, a.alias, a.count\n"
    "  FROM aliases a JOIN m ON a.entity_id = m.src WHERE true\n"
    "  ON CONFLICT(entity_id, alias) DO UPDATE SET count = count + excluded.count;\n"
    "DELETE FROM aliases WHERE entity_id IN (SELECT src FROM m);\n"
    "UPDATE entities SET\n"
    "  mentions = mentions + (SELECT sum(s.mentions) FROM m JOIN entities s ON s.id = m.src\n"
    "                         WHERE m.dst = entities.id),\n"
    "  reports = (SELECT count(DISTINCT report_id) FROM report_entities re\n"
    "             WHERE re.entity_id = entities.id)\n"
    "  WHERE id IN (SELECT dst FROM m);\n"
    "DELETE FROM entities WHERE id IN (SELECT src FROM m);\n"
    "DROP TABLE temp.m;\n";

/* Containment: a country-level group (or one without a place) joins the
 * single group of the same quantity placed inside that country. (gm and m
 * are keyed by src: the updates look every row up in them.) */
static const char *merge_groups =
    "DROP TABLE IF EXISTS temp.gm;\n"
    "CREATE TEMP TABLE gm(src INTEGER PRIMARY KEY, dst INTEGER);\n"
    "INSERT INTO gm SELECT c.id, (SELECT r.id FROM claim_groups r\n"
    "  WHERE r.what = c.what AND r.merged_into IS NULL AND r.id <> c.id AND r.place IS NOT NULL\n"
    "  AND (c.place IS NULL OR (r.cc = c.cc AND r.place <> c.place))) AS dst\n"
    "  FROM claim_groups c WHERE c.merged_into IS NULL AND (c.place IS NULL OR c.place = c.cc)\n"
    "  AND (SELECT count(*) FROM claim_groups r WHERE r.what = c.what AND r.merged_into IS NULL\n"
    "       AND r.id <> c.id AND r.place IS NOT NULL\n"
    "       AND (c.place IS NULL OR (r.cc = c.cc AND r.place <> c.place))) = 1;\n"
    "UPDATE claims SET group_id = (SELECT dst FROM gm WHERE src = group_id)\n"
    "  WHERE group_id IN (SELECT src FROM gm);\n"
    "UPDATE claim_groups SET merged_into = (SELECT dst FROM gm WHERE src = id)\n"
    "  WHERE id IN (SELECT src FROM gm);\n"
    "DROP TABLE temp.gm;\n";

typedef struct judge_buf {
    sift_obs *obs;
    char **strs; /* owned copies of source and date, two per claim */
    size_t n, cap;
} judge_buf;

static void jb_clear(judge_buf *b)
{
    for (size_t i = 0; i < 2 * b->n; i++)
        free(b->strs[i]);
    b->n = 0;
}

static int jb_push(judge_buf *b, int64_t id, sqlite3_stmt *st)
{
    if (b->n == b->cap) {
        size_t cap = b->cap ? b->cap * 2 : 64;
        sift_obs *o = realloc(b->obs, cap * sizeof *o);
        if (o)
            b->obs = o;
        char **s = realloc(b->strs, 2 * cap * sizeof *s);
        if (s)
            b->strs = s;
        if (!o || !s)
            return -1;
        b->cap = cap;
    }
    sift_obs *o = &b->obs[b->n];
    memset(o, 0, sizeof *o);
    o->value = sqlite3_column_double(st, 2);
    o->has_max = sqlite3_column_type(st, 3) != SQLITE_NULL;
    o->value_max = sqlite3_column_double(st, 3);
    const char *q = sift_store_col(st, 4), *src = sift_store_col(st, 5),
               *date = sift_store_col(st, 6);
    o->qualifier = NULL;
    b->strs[2 * b->n] = strdup(src ? src : "");
    b->strs[2 * b->n + 1] = strdup(date ? date : "");
    o->source = b->strs[2 * b->n];
    o->date = b->strs[2 * b->n + 1];
    /* qualifiers are a small closed set: keep a static copy */
    static const char *quals[] = {"about", "nearly", "more than", "less than", "at least",
                                  "at most", "up to", "range", "vague", "over", "under",
                                  "approximately", "around", "roughly", "almost", NULL};
    for (int i = 0; q && quals[i]; i++)
        if (strcmp(q, quals[i]) == 0)
            o->qualifier = quals[i];
    o->tag = id;
    b->n++;
    return o->source && o->date ? 0 : -1;
}

static int flush_group(sift_store *s, int64_t gid, judge_buf *b, sqlite3_stmt *ins,
                       sqlite3_stmt *rev)
{
    if (b->n < 2)
        return SQLITE_OK;
    sift_verdict v;
    sift_corpus_judge(b->obs, b->n, &v);
    int rc = SQLITE_OK;
    sqlite3_bind_int64(ins, 1, gid);
    sqlite3_bind_int(ins, 2, v.conflict);
    sqlite3_bind_double(ins, 3, v.lo);
    sqlite3_bind_double(ins, 4, v.hi);
    sqlite3_bind_double(ins, 5, v.spread);
    sqlite3_bind_int(ins, 6, v.sources);
    sqlite3_bind_int(ins, 7, v.revisions);
    if (sqlite3_step(ins) != SQLITE_DONE)
        rc = sqlite3_errcode(s->db);
    sqlite3_reset(ins);
    for (size_t i = 0; i < b->n && rc == SQLITE_OK; i++) {
        if (!b->obs[i].revised)
            continue;
        sqlite3_bind_int64(rev, 1, b->obs[i].tag);
        if (sqlite3_step(rev) != SQLITE_DONE)
            rc = sqlite3_errcode(s->db);
        sqlite3_reset(rev);
    }
    return rc;
}

int sift_store_reconcile(sift_store *s, sift_error *err)
{
    int rc = sift_store_exec(s, "BEGIN IMMEDIATE", err);
    if (rc != SIFT_OK)
        return rc;
    if ((rc = sift_store_exec(s, merge_people, err)) != SIFT_OK ||
        (rc = sift_store_exec(s, merge_groups, err)) != SIFT_OK ||
        (rc = sift_store_exec(s, "DELETE FROM verdicts; UPDATE claims SET revised = 0 "
                                 "WHERE revised <> 0", err)) != SIFT_OK)
        goto fail;
    sqlite3_stmt *q = NULL, *ins = NULL, *rev = NULL;
    if (sqlite3_prepare_v2(s->db,
                           "SELECT c.group_id, c.id, c.value, c.value_max, c.qualifier, "
                           "c.source_key, COALESCE(c.date, r.published) FROM claims c "
                           "JOIN reports r ON r.id = c.report_id WHERE c.group_id IS NOT NULL "
                           "AND c.value IS NOT NULL AND (c.qualifier IS NULL OR "
                           "c.qualifier <> 'vague') ORDER BY c.group_id",
                           -1, &q, NULL) != SQLITE_OK ||
        sqlite3_prepare_v2(s->db, "INSERT INTO verdicts VALUES (?,?,?,?,?,?,?)", -1, &ins,
                           NULL) != SQLITE_OK ||
        sqlite3_prepare_v2(s->db, "UPDATE claims SET revised = 1 WHERE id = ?", -1, &rev,
                           NULL) != SQLITE_OK) {
        rc = sift_store_fail(s, err, "judging claim groups");
        sqlite3_finalize(q);
        sqlite3_finalize(ins);
        goto fail;
    }
    judge_buf b = {0};
    int64_t cur = 0;
    int r, sr = SQLITE_OK;
    while ((r = sqlite3_step(q)) == SQLITE_ROW && sr == SQLITE_OK) {
        int64_t gid = sqlite3_column_int64(q, 0);
        if (gid != cur) {
            sr = flush_group(s, cur, &b, ins, rev);
            jb_clear(&b);
            cur = gid;
        }
        if (jb_push(&b, sqlite3_column_int64(q, 1), q) != 0)
            sr = SQLITE_NOMEM;
    }
    if (sr == SQLITE_OK && r == SQLITE_DONE)
        sr = flush_group(s, cur, &b, ins, rev);
    else if (sr == SQLITE_OK)
        sr = r;
    /* the message before the finalizes, which reset the connection's error */
    if (sr == SQLITE_NOMEM && err) {
        snprintf(err->msg, sizeof err->msg, "%s: judging claim groups: out of memory", s->path);
        err->offset = SIZE_MAX;
        rc = SIFT_ERR_NOMEM;
    } else if (sr != SQLITE_OK) {
        rc = sift_store_fail(s, err, "judging claim groups");
    }
    jb_clear(&b);
    free(b.obs);
    free(b.strs);
    sqlite3_finalize(q);
    sqlite3_finalize(ins);
    sqlite3_finalize(rev);
    if (sr != SQLITE_OK)
        goto fail;
    return sift_store_exec(s, "COMMIT", err);
fail:
    sqlite3_exec(s->db, "ROLLBACK", NULL, NULL, NULL);
    return rc;
}
