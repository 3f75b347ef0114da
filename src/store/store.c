/*
 * store.c — opening the store (schema, migrations, WAL), batches, and
 * adding a report with everything its analysis found.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "corpus/corpus.h"
#include "store_int.h"

/* Migration i takes a store from version i to i + 1. Append, never edit. */
static const char *migrations[] = {
    /* 0 -> 1 */
    "CREATE TABLE outlets(id INTEGER PRIMARY KEY, name TEXT NOT NULL UNIQUE);\n"
    "CREATE TABLE stories(id INTEGER PRIMARY KEY, title TEXT, first_published TEXT,\n"
    "  reports INTEGER NOT NULL DEFAULT 0);\n"
    "CREATE TABLE reports(id INTEGER PRIMARY KEY, url TEXT UNIQUE,\n"
    "  text_hash INTEGER NOT NULL UNIQUE, story_id INTEGER NOT NULL REFERENCES stories(id),\n"
    "  outlet_id INTEGER REFERENCES outlets(id), title TEXT, byline TEXT, published TEXT,\n"
    "  origin TEXT, similarity REAL, words INTEGER, minhash BLOB NOT NULL, text TEXT NOT NULL);\n"
    "CREATE INDEX reports_story ON reports(story_id);\n"
    "CREATE TABLE report_bands(band INTEGER NOT NULL, report_id INTEGER NOT NULL,\n"
    "  PRIMARY KEY(band, report_id)) WITHOUT ROWID;\n"
    "CREATE TABLE entities(id INTEGER PRIMARY KEY, key TEXT NOT NULL UNIQUE, type TEXT NOT NULL,\n"
    "  name TEXT NOT NULL, surname TEXT, single INTEGER NOT NULL DEFAULT 0, cc TEXT,\n"
    "  lat REAL, lon REAL, mentions INTEGER NOT NULL DEFAULT 0,\n"
    "  reports INTEGER NOT NULL DEFAULT 0);\n"
    "CREATE INDEX entities_surname ON entities(surname) WHERE surname IS NOT NULL;\n"
    "CREATE TABLE aliases(entity_id INTEGER NOT NULL, alias TEXT NOT NULL,\n"
    "  count INTEGER NOT NULL DEFAULT 0, PRIMARY KEY(entity_id, alias)) WITHOUT ROWID;\n"
    "CREATE TABLE report_entities(report_id INTEGER NOT NULL, local_id TEXT NOT NULL,\n"
    "  entity_id INTEGER NOT NULL, name TEXT, mentions TEXT NOT NULL,\n"
    "  PRIMARY KEY(report_id, local_id)) WITHOUT ROWID;\n"
    "CREATE INDEX report_entities_entity ON report_entities(entity_id);\n"
    "CREATE TABLE quotes(id INTEGER PRIMARY KEY, report_id INTEGER NOT NULL, start INTEGER,\n"
    "  end INTEGER, text TEXT, kind TEXT, speaker_id INTEGER, speaker_name TEXT, cue TEXT,\n"
    "  date TEXT);\n"
    "CREATE INDEX quotes_speaker ON quotes(speaker_id);\n"
    "CREATE INDEX quotes_report ON quotes(report_id);\n"
    "CREATE VIRTUAL TABLE quotes_fts USING fts5(text, speaker_name, content='quotes',\n"
    "  content_rowid='id');\n"
    "CREATE VIRTUAL TABLE reports_fts USING fts5(title, text, content='reports',\n"
    "  content_rowid='id');\n"
    "CREATE TABLE claim_groups(id INTEGER PRIMARY KEY, key TEXT NOT NULL UNIQUE, what TEXT,\n"
    "  unit TEXT, place TEXT, cc TEXT, place_name TEXT, merged_into INTEGER);\n"
    "CREATE TABLE claims(id INTEGER PRIMARY KEY, report_id INTEGER NOT NULL, start INTEGER,\n"
    "  end INTEGER, text TEXT, value REAL, value_max REAL, qualifier TEXT, unit TEXT,\n"
    "  subject TEXT, source_id INTEGER, source_name TEXT, source_key TEXT, place_id INTEGER,\n"
    "  date TEXT, group_id INTEGER, revised INTEGER NOT NULL DEFAULT 0);\n"
    "CREATE INDEX claims_group ON claims(group_id);\n"
    "CREATE INDEX claims_report ON claims(report_id);\n"
    "CREATE TABLE verdicts(group_id INTEGER PRIMARY KEY, conflict INTEGER NOT NULL,\n"
    "  lo REAL, hi REAL, spread REAL, sources INTEGER, revisions INTEGER);\n",
    /* 1 -> 2: signatures in a table of their own (the near-duplicate check
     * reads them for every new report; in the reports rows, beside the text,
     * they cost a page read each once the file outgrows the cache), and
     * entity report counts recounted (one report once, however many of its
     * entities are the same identity). */
    "CREATE TABLE report_sigs(report_id INTEGER PRIMARY KEY, story_id INTEGER NOT NULL,\n"
    "  minhash BLOB NOT NULL);\n"
    "INSERT INTO report_sigs SELECT id, story_id, minhash FROM reports;\n"
    "ALTER TABLE reports DROP COLUMN minhash;\n"
    "UPDATE entities SET reports = (SELECT count(DISTINCT report_id) FROM report_entities re\n"
    "  WHERE re.entity_id = entities.id);\n",
    /* 2 -> 3: claim groups looked up by what they count (the reconciler's
     * containment pass, quadratic in the groups without it). */
    "CREATE INDEX claim_groups_what ON claim_groups(what, merged_into);\n",
};
#define N_MIGRATIONS (sizeof migrations / sizeof *migrations)
_Static_assert(N_MIGRATIONS == SIFT_STORE_VERSION, "one migration per schema version");

static const char *sql_of[Q_COUNT] = {
    [Q_SEEN_URL] = "SELECT id FROM reports WHERE url = ?",
    [Q_SEEN_HASH] = "SELECT id FROM reports WHERE text_hash = ?",
    [Q_OUTLET_GET] = "SELECT id FROM outlets WHERE name = ?",
    [Q_OUTLET_ADD] = "INSERT INTO outlets(name) VALUES (?)",
    [Q_BAND_FIND] = "SELECT report_id FROM report_bands WHERE band = ? "
                    "ORDER BY report_id DESC LIMIT " SIFT_STR(BAND_LIMIT),
    [Q_REPORT_SIG] = "SELECT minhash, story_id FROM report_sigs WHERE report_id = ?",
    [Q_SIG_ADD] = "INSERT INTO report_sigs(report_id, story_id, minhash) VALUES (?, ?, ?)",
    [Q_STORY_ADD] = "INSERT INTO stories(title, first_published, reports) VALUES (?, ?, 0)",
    [Q_STORY_BUMP] = "UPDATE stories SET reports = reports + 1, first_published = "
                     "CASE WHEN first_published IS NULL OR ?1 < first_published THEN ?1 "
                     "ELSE first_published END WHERE id = ?2",
    [Q_REPORT_ADD] = "INSERT INTO reports(url, text_hash, story_id, outlet_id, title, byline, "
                     "published, origin, similarity, words, text) "
                     "VALUES (?,?,?,?,?,?,?,?,?,?,?)",
    [Q_REPORT_FTS] = "INSERT INTO reports_fts(rowid, title, text) VALUES (?, ?, ?)",
    [Q_BAND_ADD] = "INSERT OR IGNORE INTO report_bands(band, report_id) VALUES (?, ?)",
    [Q_ENT_GET] = "SELECT id FROM entities WHERE key = ?",
    [Q_ENT_REKEY] = "UPDATE entities SET key = ?, surname = ? WHERE id = ?",
    [Q_ENT_ADD] = "INSERT INTO entities(key, type, name, surname, single, cc, lat, lon) "
                  "VALUES (?,?,?,?,?,?,?,?)",
    [Q_ENT_SURNAME] = "SELECT id FROM entities WHERE type = 'PERSON' AND surname = ? "
                      "AND single = 0 LIMIT 2",
    [Q_ENT_BUMP] = "UPDATE entities SET mentions = mentions + ?1, reports = reports + ?4, "
                   "name = CASE WHEN length(?2) > length(name) AND single = 0 "
                   "AND key NOT LIKE 'geo:%' AND key NOT LIKE 'cc:%' AND key NOT LIKE 'gov:%' "
                   "THEN ?2 ELSE name END WHERE id = ?3",
    [Q_ALIAS_ADD] = "INSERT INTO aliases(entity_id, alias, count) VALUES (?, ?, 1) "
                    "ON CONFLICT(entity_id, alias) DO UPDATE SET count = count + 1",
    [Q_REPENT_ADD] = "INSERT OR IGNORE INTO report_entities(report_id, local_id, entity_id, "
                     "name, mentions) VALUES (?,?,?,?,?)",
    [Q_QUOTE_ADD] = "INSERT INTO quotes(report_id, start, end, text, kind, speaker_id, "
                    "speaker_name, cue, date) VALUES (?,?,?,?,?,?,?,?,?)",
    [Q_QUOTE_FTS] = "INSERT INTO quotes_fts(rowid, text, speaker_name) VALUES (?, ?, ?)",
    [Q_GROUP_GET] = "SELECT id, merged_into FROM claim_groups WHERE key = ?",
    [Q_GROUP_ADD] = "INSERT INTO claim_groups(key, what, unit, place, cc, place_name) "
                    "VALUES (?,?,?,?,?,?)",
    [Q_CLAIM_ADD] = "INSERT INTO claims(report_id, start, end, text, value, value_max, "
                    "qualifier, unit, subject, source_id, source_name, source_key, place_id, "
                    "date, group_id) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)",
};

int sift_store_fail(sift_store *s, sift_error *err, const char *doing)
{
    if (err) {
        snprintf(err->msg, sizeof err->msg, "%s: %s: %s", s && s->path ? s->path : "store",
                 doing, s && s->db ? sqlite3_errmsg(s->db) : "no database");
        err->offset = SIZE_MAX;
    }
    return SIFT_ERR_IO;
}

int sift_store_exec(sift_store *s, const char *sql, sift_error *err)
{
    char *msg = NULL;
    if (sqlite3_exec(s->db, sql, NULL, NULL, &msg) != SQLITE_OK) {
        if (err) {
            snprintf(err->msg, sizeof err->msg, "%s: %s", s->path, msg ? msg : "SQL error");
            err->offset = SIZE_MAX;
        }
        sqlite3_free(msg);
        return SIFT_ERR_IO;
    }
    return SIFT_OK;
}

const char *sift_store_col(sqlite3_stmt *st, int i)
{
    return (const char *)sqlite3_column_text(st, i);
}

static int user_version(sift_store *s, int *v, sift_error *err)
{
    sqlite3_stmt *st;
    if (sqlite3_prepare_v2(s->db, "PRAGMA user_version", -1, &st, NULL) != SQLITE_OK)
        return sift_store_fail(s, err, "reading the schema version");
    *v = sqlite3_step(st) == SQLITE_ROW ? sqlite3_column_int(st, 0) : 0;
    sqlite3_finalize(st);
    return SIFT_OK;
}

static int migrate(sift_store *s, sift_error *err)
{
    int v;
    if (user_version(s, &v, err) != SIFT_OK)
        return SIFT_ERR_IO;
    if (v > SIFT_STORE_VERSION) {
        snprintf(err->msg, sizeof err->msg,
                 "%s: store schema version %d is newer than this sift (%d); upgrade sift",
                 s->path, v, SIFT_STORE_VERSION);
        return SIFT_ERR_FORMAT;
    }
    if (v == SIFT_STORE_VERSION)
        return SIFT_OK;
    if (s->readonly) {
        /* An older store is migrated once through a writing connection of
         * its own; this one then reads the new schema. */
        sift_store *w = NULL;
        int rc = sift_store_open(s->path, 0, &w, err);
        sift_store_close(w);
        if (rc != SIFT_OK) {
            char why[sizeof err->msg];
            memcpy(why, err->msg, sizeof why);
            why[sizeof why - 129] = '\0';
            snprintf(err->msg, sizeof err->msg, "store schema version %d needs migrating to %d, "
                     "which failed: %.383s", v, SIFT_STORE_VERSION, why);
        }
        return rc;
    }
    if (sift_store_exec(s, "BEGIN IMMEDIATE", err) != SIFT_OK)
        return SIFT_ERR_IO;
    /* Re-read inside the write lock: another process may have migrated. */
    if (user_version(s, &v, err) != SIFT_OK)
        goto fail;
    for (; v < SIFT_STORE_VERSION; v++) {
        if (sift_store_exec(s, migrations[v], err) != SIFT_OK)
            goto fail;
        char pragma[64];
        snprintf(pragma, sizeof pragma, "PRAGMA user_version = %d", v + 1);
        if (sift_store_exec(s, pragma, err) != SIFT_OK)
            goto fail;
    }
    return sift_store_exec(s, "COMMIT", err);
fail:
    sqlite3_exec(s->db, "ROLLBACK", NULL, NULL, NULL);
    return SIFT_ERR_IO;
}

int sift_store_open(const char *path, int readonly, sift_store **out, sift_error *err)
{
    *out = NULL;
    sift_store *s = calloc(1, sizeof *s);
    if (!s || !(s->path = strdup(path))) {
        free(s);
        snprintf(err->msg, sizeof err->msg, "%s: out of memory", path);
        return SIFT_ERR_NOMEM;
    }
    s->readonly = readonly;
    int flags = readonly ? SQLITE_OPEN_READONLY : SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE;
    int rc;
    if (sqlite3_open_v2(path, &s->db, flags | SQLITE_OPEN_NOMUTEX, NULL) != SQLITE_OK) {
        rc = sift_store_fail(s, err, readonly ? "cannot open (run 'sift ingest' first?)"
                                              : "cannot open");
        goto fail;
    }
    sqlite3_busy_timeout(s->db, 10000);
    sqlite3_extended_result_codes(s->db, 1);
    /* Is it a database at all? (A text file named sift.db fails here.) */
    rc = sift_store_exec(s, "SELECT count(*) FROM sqlite_master", err);
    if (rc != SIFT_OK)
        goto fail;
    if (!readonly) {
        rc = sift_store_exec(s, "PRAGMA journal_mode = WAL; PRAGMA synchronous = NORMAL;"
                                "PRAGMA foreign_keys = OFF; PRAGMA temp_store = MEMORY;"
                                "PRAGMA cache_size = -32000",
                             err);
        if (rc != SIFT_OK)
            goto fail;
    }
    rc = migrate(s, err);
    if (rc != SIFT_OK)
        goto fail;
    if (!readonly)
        for (int i = 0; i < Q_COUNT; i++)
            if (sqlite3_prepare_v3(s->db, sql_of[i], -1, SQLITE_PREPARE_PERSISTENT, &s->q[i],
                                   NULL) != SQLITE_OK) {
                rc = sift_store_fail(s, err, "preparing a statement");
                goto fail;
            }
    *out = s;
    return SIFT_OK;
fail:
    sift_store_close(s);
    return rc;
}

void sift_store_close(sift_store *s)
{
    if (!s)
        return;
    if (s->in_batch)
        sqlite3_exec(s->db, "ROLLBACK", NULL, NULL, NULL);
    for (int i = 0; i < Q_COUNT; i++)
        sqlite3_finalize(s->q[i]);
    if (s->db && !s->readonly)
        sqlite3_exec(s->db, "PRAGMA optimize", NULL, NULL, NULL);
    sqlite3_close(s->db);
    free(s->path);
    free(s);
}

int sift_store_begin(sift_store *s, sift_error *err)
{
    if (s->in_batch)
        return SIFT_OK;
    int rc = sift_store_exec(s, "BEGIN IMMEDIATE", err);
    s->in_batch = rc == SIFT_OK;
    return rc;
}

int sift_store_commit(sift_store *s, sift_error *err)
{
    if (!s->in_batch)
        return SIFT_OK;
    int rc = sift_store_exec(s, "COMMIT", err);
    if (rc != SIFT_OK)
        sqlite3_exec(s->db, "ROLLBACK", NULL, NULL, NULL);
    s->in_batch = 0;
    return rc;
}

/* ---- Binding helpers --------------------------------------------------------- */

static void bind_text(sqlite3_stmt *st, int i, const char *v)
{
    if (v)
        sqlite3_bind_text(st, i, v, -1, SQLITE_TRANSIENT);
    else
        sqlite3_bind_null(st, i);
}

static void bind_id(sqlite3_stmt *st, int i, int64_t v)
{
    if (v > 0)
        sqlite3_bind_int64(st, i, v);
    else
        sqlite3_bind_null(st, i);
}

/* Step a statement that returns at most one integer; 0 when no row. */
static int64_t step_id(sqlite3_stmt *st, int *rc)
{
    int r = sqlite3_step(st);
    int64_t id = 0;
    if (r == SQLITE_ROW)
        id = sqlite3_column_int64(st, 0);
    else if (r != SQLITE_DONE)
        *rc = r;
    sqlite3_reset(st);
    sqlite3_clear_bindings(st);
    return id;
}

static int step_done(sqlite3_stmt *st)
{
    int r = sqlite3_step(st);
    sqlite3_reset(st);
    sqlite3_clear_bindings(st);
    return r == SQLITE_DONE || r == SQLITE_ROW ? SQLITE_OK : r;
}

int sift_store_seen(sift_store *s, const char *url, const char *text, size_t len, int64_t *id,
                    sift_error *err)
{
    int rc = SQLITE_OK;
    *id = 0;
    if (url) {
        bind_text(s->q[Q_SEEN_URL], 1, url);
        *id = step_id(s->q[Q_SEEN_URL], &rc);
    }
    if (!*id && rc == SQLITE_OK) {
        sqlite3_bind_int64(s->q[Q_SEEN_HASH], 1, (int64_t)sift_corpus_text_hash(text, len));
        *id = step_id(s->q[Q_SEEN_HASH], &rc);
    }
    if (rc != SQLITE_OK) {
        sift_store_fail(s, err, "looking up a report");
        return -1;
    }
    return *id != 0;
}

/* ---- Adding a report --------------------------------------------------------- */

static int64_t outlet_id(sift_store *s, const char *name, int *rc)
{
    if (!name || !*name)
        return 0;
    bind_text(s->q[Q_OUTLET_GET], 1, name);
    int64_t id = step_id(s->q[Q_OUTLET_GET], rc);
    if (id || *rc != SQLITE_OK)
        return id;
    bind_text(s->q[Q_OUTLET_ADD], 1, name);
    if ((*rc = step_done(s->q[Q_OUTLET_ADD])) != SQLITE_OK)
        return 0;
    return sqlite3_last_insert_rowid(s->db);
}

/*
 * The story of the most similar earlier report, or 0. Candidates are the
 * reports that share a band key (locality-sensitive hashing): the newest
 * BAND_LIMIT under each key, ranked by how many keys they share, then by
 * recency; the first MAX_CANDIDATES have their signatures compared. The caps
 * bound the work per report however large the store grows and however many
 * reports share boilerplate; a report sharing more keys is the likelier
 * near-duplicate, and a story's newest report stands for it.
 */
typedef struct cand {
    int64_t id;
    int shared;
} cand;

static int by_shared(const void *a, const void *b)
{
    const cand *x = a, *y = b;
    if (x->shared != y->shared)
        return y->shared - x->shared;
    return x->id < y->id ? 1 : x->id > y->id ? -1 : 0;
}

static int64_t find_story(sift_store *s, const int64_t bands[SIFT_MINHASH_BANDS],
                          const uint32_t *sig, double *best_sim, int *rc)
{
    sqlite3_stmt *f = s->q[Q_BAND_FIND], *g = s->q[Q_REPORT_SIG];
    cand cands[SIFT_MINHASH_BANDS * BAND_LIMIT];
    size_t nc = 0;
    for (int b = 0; b < SIFT_MINHASH_BANDS && *rc == SQLITE_OK; b++) {
        sqlite3_bind_int64(f, 1, bands[b]);
        int r;
        while ((r = sqlite3_step(f)) == SQLITE_ROW) {
            int64_t id = sqlite3_column_int64(f, 0);
            size_t k = 0;
            while (k < nc && cands[k].id != id)
                k++;
            if (k == nc)
                cands[nc++] = (cand){id, 0};
            cands[k].shared++;
        }
        if (r != SQLITE_DONE)
            *rc = r;
        sqlite3_reset(f);
    }
    qsort(cands, nc, sizeof *cands, by_shared);
    if (nc > MAX_CANDIDATES)
        nc = MAX_CANDIDATES;
    int64_t best = 0;
    *best_sim = 0;
    for (size_t i = 0; i < nc && *rc == SQLITE_OK; i++) {
        sqlite3_bind_int64(g, 1, cands[i].id);
        if (sqlite3_step(g) == SQLITE_ROW &&
            sqlite3_column_bytes(g, 0) == (int)(SIFT_MINHASH_N * sizeof(uint32_t))) {
            double sim = sift_corpus_minhash_similarity(sqlite3_column_blob(g, 0), sig);
            if (sim >= SIFT_NEAR_DUP && sim > *best_sim) {
                *best_sim = sim;
                best = sqlite3_column_int64(g, 1);
            }
        }
        sqlite3_reset(g);
    }
    return best;
}

static int64_t entity_id(sift_store *s, const sift_identity *idn, int *rc)
{
    bind_text(s->q[Q_ENT_GET], 1, idn->key);
    int64_t id = step_id(s->q[Q_ENT_GET], rc);
    if (id || *rc != SQLITE_OK)
        return id;
    if (idn->legacy_key[0]) {
        /* stored by an older sift under its accented key ("PERSON:josé
         * sánchez"): that entity, now under the key this sift gives it */
        bind_text(s->q[Q_ENT_GET], 1, idn->legacy_key);
        id = step_id(s->q[Q_ENT_GET], rc);
        if (*rc != SQLITE_OK)
            return 0;
        if (id) {
            sqlite3_stmt *u = s->q[Q_ENT_REKEY];
            bind_text(u, 1, idn->key);
            bind_text(u, 2, idn->surname[0] ? idn->surname : NULL);
            sqlite3_bind_int64(u, 3, id);
            *rc = step_done(u);
            return *rc == SQLITE_OK ? id : 0;
        }
    }
    if (idn->single_name && idn->surname[0]) {
        /* "Zelensky" alone: the one full name with that surname, if unique. */
        sqlite3_stmt *q = s->q[Q_ENT_SURNAME];
        bind_text(q, 1, idn->surname);
        int64_t found = 0, n = 0;
        while (sqlite3_step(q) == SQLITE_ROW)
            found = sqlite3_column_int64(q, 0), n++;
        sqlite3_reset(q);
        sqlite3_clear_bindings(q);
        if (n == 1)
            return found;
    }
    sqlite3_stmt *a = s->q[Q_ENT_ADD];
    bind_text(a, 1, idn->key);
    bind_text(a, 2, idn->type);
    bind_text(a, 3, idn->name);
    bind_text(a, 4, idn->surname[0] ? idn->surname : NULL);
    sqlite3_bind_int(a, 5, idn->single_name);
    bind_text(a, 6, idn->cc[0] ? idn->cc : NULL);
    if (idn->has_coords) {
        sqlite3_bind_double(a, 7, idn->lat);
        sqlite3_bind_double(a, 8, idn->lon);
    }
    if ((*rc = step_done(a)) != SQLITE_OK)
        return 0;
    return sqlite3_last_insert_rowid(s->db);
}

static void add_alias(sift_store *s, int64_t eid, const char *alias, int *rc)
{
    if (!alias || !*alias || *rc != SQLITE_OK)
        return;
    sqlite3_bind_int64(s->q[Q_ALIAS_ADD], 1, eid);
    bind_text(s->q[Q_ALIAS_ADD], 2, alias);
    *rc = step_done(s->q[Q_ALIAS_ADD]);
}

static int64_t group_id(sift_store *s, const sift_claim_key *k, int *rc)
{
    char key[300];
    snprintf(key, sizeof key, "%s|%s", k->what, k->place);
    sqlite3_stmt *g = s->q[Q_GROUP_GET];
    bind_text(g, 1, key);
    int64_t id = 0, merged = 0;
    int r = sqlite3_step(g);
    if (r == SQLITE_ROW) {
        id = sqlite3_column_int64(g, 0);
        merged = sqlite3_column_int64(g, 1);
    } else if (r != SQLITE_DONE) {
        *rc = r;
    }
    sqlite3_reset(g);
    sqlite3_clear_bindings(g);
    if (id)
        return merged ? merged : id;
    if (*rc != SQLITE_OK)
        return 0;
    sqlite3_stmt *a = s->q[Q_GROUP_ADD];
    bind_text(a, 1, key);
    bind_text(a, 2, k->what);
    bind_text(a, 3, k->unit[0] ? k->unit : NULL);
    bind_text(a, 4, k->place[0] ? k->place : NULL);
    bind_text(a, 5, k->cc[0] ? k->cc : NULL);
    bind_text(a, 6, k->place_name[0] ? k->place_name : NULL);
    if ((*rc = step_done(a)) != SQLITE_OK)
        return 0;
    return sqlite3_last_insert_rowid(s->db);
}

static size_t count_words(const char *t, size_t n)
{
    size_t w = 0;
    int in = 0;
    for (size_t i = 0; i < n; i++) {
        int sp = t[i] == ' ' || t[i] == '\n' || t[i] == '\t' || t[i] == '\r';
        if (!sp && !in)
            w++;
        in = !sp;
    }
    return w;
}

int sift_store_add(sift_store *s, const sift_ingest_doc *doc, const sift_analysis *an,
                   sift_store_added *out, sift_error *err)
{
    memset(out, 0, sizeof *out);
    int rc = SQLITE_OK;
    size_t tlen;
    const char *text = sift_analysis_text(an, &tlen);
    uint32_t sig[SIFT_MINHASH_N];
    int64_t bands[SIFT_MINHASH_BANDS];
    sift_corpus_minhash(text, tlen, sig);
    sift_corpus_minhash_bands(sig, bands);
    out->words = count_words(text, tlen);

    int64_t oid = outlet_id(s, doc->outlet, &rc);
    double sim = 0;
    int64_t story = rc == SQLITE_OK ? find_story(s, bands, sig, &sim, &rc) : 0;
    if (rc != SQLITE_OK)
        goto fail;
    if (!story) {
        bind_text(s->q[Q_STORY_ADD], 1, doc->title);
        bind_text(s->q[Q_STORY_ADD], 2, doc->published);
        if ((rc = step_done(s->q[Q_STORY_ADD])) != SQLITE_OK)
            goto fail;
        story = sqlite3_last_insert_rowid(s->db);
        out->new_story = 1;
    }
    bind_text(s->q[Q_STORY_BUMP], 1, doc->published);
    sqlite3_bind_int64(s->q[Q_STORY_BUMP], 2, story);
    if ((rc = step_done(s->q[Q_STORY_BUMP])) != SQLITE_OK)
        goto fail;

    sqlite3_stmt *r = s->q[Q_REPORT_ADD];
    bind_text(r, 1, doc->url);
    sqlite3_bind_int64(r, 2, (int64_t)sift_corpus_text_hash(text, tlen));
    sqlite3_bind_int64(r, 3, story);
    bind_id(r, 4, oid);
    bind_text(r, 5, doc->title);
    bind_text(r, 6, doc->byline);
    bind_text(r, 7, doc->published);
    bind_text(r, 8, doc->origin);
    if (!out->new_story)
        sqlite3_bind_double(r, 9, sim);
    sqlite3_bind_int64(r, 10, (int64_t)out->words);
    sqlite3_bind_text(r, 11, text, (int)tlen, SQLITE_STATIC);
    if ((rc = step_done(r)) != SQLITE_OK)
        goto fail;
    int64_t rid = sqlite3_last_insert_rowid(s->db);
    sqlite3_bind_int64(s->q[Q_SIG_ADD], 1, rid);
    sqlite3_bind_int64(s->q[Q_SIG_ADD], 2, story);
    sqlite3_bind_blob(s->q[Q_SIG_ADD], 3, sig, sizeof sig, SQLITE_STATIC);
    if ((rc = step_done(s->q[Q_SIG_ADD])) != SQLITE_OK)
        goto fail;
    out->report_id = rid;
    out->story_id = story;
    out->similarity = sim;
    sqlite3_bind_int64(s->q[Q_REPORT_FTS], 1, rid);
    bind_text(s->q[Q_REPORT_FTS], 2, doc->title);
    sqlite3_bind_text(s->q[Q_REPORT_FTS], 3, text, (int)tlen, SQLITE_STATIC);
    if ((rc = step_done(s->q[Q_REPORT_FTS])) != SQLITE_OK)
        goto fail;
    for (int i = 0; i < SIFT_MINHASH_BANDS && rc == SQLITE_OK; i++) {
        sqlite3_bind_int64(s->q[Q_BAND_ADD], 1, bands[i]);
        sqlite3_bind_int64(s->q[Q_BAND_ADD], 2, rid);
        rc = step_done(s->q[Q_BAND_ADD]);
    }

    /* Entities under their corpus identity. */
    size_t ne, nq, nc;
    const sift_entity *ents = sift_analysis_entities(an, &ne);
    int64_t *eids = calloc(ne ? ne : 1, sizeof *eids);
    if (!eids) {
        snprintf(err->msg, sizeof err->msg, "%s: out of memory", doc->origin ? doc->origin : "");
        return SIFT_ERR_NOMEM;
    }
    for (size_t i = 0; i < ne && rc == SQLITE_OK; i++) {
        sift_identity idn;
        sift_corpus_identity(&ents[i], &idn);
        eids[i] = entity_id(s, &idn, &rc);
        if (rc != SQLITE_OK)
            break;
        /* Two entities of one report may be one identity (Kyiv and Kiev):
         * the report counts once. */
        int first = 1;
        for (size_t j = 0; j < i && first; j++)
            first = eids[j] != eids[i];
        sqlite3_stmt *b = s->q[Q_ENT_BUMP];
        sqlite3_bind_int64(b, 1, (int64_t)ents[i].n_mentions);
        bind_text(b, 2, idn.name);
        sqlite3_bind_int64(b, 3, eids[i]);
        sqlite3_bind_int(b, 4, first);
        if ((rc = step_done(b)) != SQLITE_OK)
            break;
        add_alias(s, eids[i], ents[i].name, &rc);
        if (ents[i].alias)
            add_alias(s, eids[i], ents[i].alias, &rc);
        char spans[4096];
        size_t o = 0;
        spans[0] = '\0';
        for (size_t m = 0; m < ents[i].n_mentions; m++) {
            const sift_mention *mm = &ents[i].mentions[m];
            if (mm->kind && (strcmp(mm->kind, "name") == 0 || strcmp(mm->kind, "surname") == 0) &&
                mm->text && strcmp(mm->text, ents[i].name) != 0)
                add_alias(s, eids[i], mm->text, &rc);
            if (o + 24 < sizeof spans)
                o += (size_t)snprintf(spans + o, sizeof spans - o, "%s%u-%u", o ? "," : "",
                                      mm->span.start, mm->span.end);
        }
        sqlite3_stmt *re = s->q[Q_REPENT_ADD];
        sqlite3_bind_int64(re, 1, rid);
        bind_text(re, 2, ents[i].id);
        sqlite3_bind_int64(re, 3, eids[i]);
        bind_text(re, 4, ents[i].name);
        bind_text(re, 5, spans);
        if (rc == SQLITE_OK)
            rc = step_done(re);
    }

    /* Quotes, with the speaker's identity (a capital speaking is its government). */
    const sift_quote *qs = sift_analysis_quotes(an, &nq);
    for (size_t i = 0; i < nq && rc == SQLITE_OK; i++) {
        const sift_quote *q = &qs[i];
        int64_t sid = 0;
        const char *sname = q->speaker_name;
        sift_identity idn;
        if (q->speaker >= 0 && (size_t)q->speaker < ne) {
            sift_corpus_speaker_identity(&ents[q->speaker], &idn);
            sid = entity_id(s, &idn, &rc);
            if (rc == SQLITE_OK && strncmp(idn.key, "gov:", 4) == 0) {
                add_alias(s, sid, ents[q->speaker].name, &rc);
                sname = idn.name;
            }
        }
        sqlite3_stmt *a = s->q[Q_QUOTE_ADD];
        sqlite3_bind_int64(a, 1, rid);
        sqlite3_bind_int(a, 2, (int)q->span.start);
        sqlite3_bind_int(a, 3, (int)q->span.end);
        bind_text(a, 4, q->text);
        bind_text(a, 5, q->kind);
        bind_id(a, 6, sid);
        bind_text(a, 7, sname);
        bind_text(a, 8, q->cue);
        bind_text(a, 9, doc->published);
        if (rc == SQLITE_OK && (rc = step_done(a)) == SQLITE_OK) {
            int64_t qid = sqlite3_last_insert_rowid(s->db);
            sqlite3_bind_int64(s->q[Q_QUOTE_FTS], 1, qid);
            bind_text(s->q[Q_QUOTE_FTS], 2, q->text);
            bind_text(s->q[Q_QUOTE_FTS], 3, sname);
            rc = step_done(s->q[Q_QUOTE_FTS]);
        }
    }

    /* Claims, under the key of what they count. */
    const sift_claim *cs = sift_analysis_claims(an, &nc);
    for (size_t i = 0; i < nc && rc == SQLITE_OK; i++) {
        const sift_claim *c = &cs[i];
        sift_claim_key k;
        int keyed = sift_corpus_claim_key(an, c, &k) == 0;
        int64_t gid = keyed ? group_id(s, &k, &rc) : 0;
        int64_t sid = 0;
        char skey[256];
        const char *sname = c->source_name;
        if (c->source >= 0 && (size_t)c->source < ne) {
            sift_identity idn;
            sift_corpus_speaker_identity(&ents[c->source], &idn);
            sid = entity_id(s, &idn, &rc);
            snprintf(skey, sizeof skey, "%s", idn.key);
            if (strncmp(idn.key, "gov:", 4) == 0)
                sname = idn.name;
        } else if (c->source_name) {
            char f[192];
            sift_corpus_fold(c->source_name, f, sizeof f);
            snprintf(skey, sizeof skey, "src:%s", f);
        } else {
            char f[192];
            sift_corpus_fold(doc->outlet ? doc->outlet : "", f, sizeof f);
            snprintf(skey, sizeof skey, "outlet:%s", f);
        }
        sqlite3_stmt *a = s->q[Q_CLAIM_ADD];
        sqlite3_bind_int64(a, 1, rid);
        sqlite3_bind_int(a, 2, (int)c->span.start);
        sqlite3_bind_int(a, 3, (int)c->span.end);
        bind_text(a, 4, c->text);
        if (c->has_value)
            sqlite3_bind_double(a, 5, c->value);
        if (c->has_max)
            sqlite3_bind_double(a, 6, c->value_max);
        bind_text(a, 7, c->qualifier);
        bind_text(a, 8, keyed && k.unit[0] ? k.unit : c->unit);
        bind_text(a, 9, c->subject);
        bind_id(a, 10, sid);
        bind_text(a, 11, sname);
        bind_text(a, 12, skey);
        bind_id(a, 13, keyed && k.place_entity >= 0 ? eids[k.place_entity] : 0);
        /* A claim is dated when it was asserted: the report's date. */
        bind_text(a, 14, doc->published ? doc->published : keyed && k.date[0] ? k.date : NULL);
        bind_id(a, 15, gid);
        if (rc == SQLITE_OK)
            rc = step_done(a);
    }
    free(eids);
    if (rc == SQLITE_OK)
        return SIFT_OK;
fail:
    return sift_store_fail(s, err, doc->origin ? doc->origin : "storing a report");
}
