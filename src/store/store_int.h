/* store_int.h — the store's private state, shared by its files. */
#ifndef SIFT_STORE_INT_H
#define SIFT_STORE_INT_H

#include <sqlite3.h>

#include "store.h"

/* Near-duplicate candidates: the newest BAND_LIMIT reports under each band
 * key, and the MAX_CANDIDATES of them sharing most keys (see find_story). */
#define BAND_LIMIT 8
#define MAX_CANDIDATES 16
#define SIFT_STR_(x) #x
#define SIFT_STR(x) SIFT_STR_(x)

/* Prepared statements, made once per open store. */
enum {
    Q_SEEN_URL, Q_SEEN_HASH, Q_OUTLET_GET, Q_OUTLET_ADD, Q_BAND_FIND, Q_REPORT_SIG, Q_SIG_ADD, Q_STORY_ADD,
    Q_STORY_BUMP, Q_REPORT_ADD, Q_REPORT_FTS, Q_BAND_ADD, Q_ENT_GET, Q_ENT_ADD, Q_ENT_SURNAME, Q_ENT_REKEY,
    Q_ENT_BUMP, Q_ALIAS_ADD, Q_REPENT_ADD, Q_QUOTE_ADD, Q_QUOTE_FTS, Q_GROUP_GET, Q_GROUP_ADD,
    Q_CLAIM_ADD, Q_COUNT
};

struct sift_store {
    sqlite3 *db;
    char *path;
    int readonly, in_batch;
    sqlite3_stmt *q[Q_COUNT];
};

/* Fill err from the database's last error, naming the store and what was
 * being done; returns SIFT_ERR_IO. */
int sift_store_fail(sift_store *s, sift_error *err, const char *doing);

/* Run SQL with no results. */
int sift_store_exec(sift_store *s, const char *sql, sift_error *err);

/* Text column or NULL. */
const char *sift_store_col(sqlite3_stmt *st, int i);

#endif
