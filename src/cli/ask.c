/*
 * ask.c — the questions asked of the store: stats, quotes, claims,
 * conflicts, entities, stories, search, export. Aligned tables for people,
 * --json (one object per line) for programs.
 */
#include <getopt.h>
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <jansson.h>

#include "cli.h"
#include "ingest/ingest.h"
#include "store/store.h"

typedef struct ask {
    const char *cmd, *db, *by, *about, *since, *type, *format, *what;
    int json;
    size_t limit;
    sift_store *store;
    size_t rows;
} ask;

/* Print s padded or cut to w columns (UTF-8 aware, one column per code point). */
static void cell(const char *s, int w)
{
    if (!s)
        s = "";
    int cols = 0;
    const char *p = s;
    while (*p && cols < w) {
        if (*p == '\n' || *p == '\t') {
            fputc(' ', stdout);
            p++;
            cols++;
            continue;
        }
        size_t n = 1;
        while ((p[n] & 0xC0) == 0x80)
            n++;
        if (cols == w - 1 && p[n]) { /* no room for more: mark the cut */
            fputs("…", stdout);
            cols++;
            break;
        }
        fwrite(p, 1, n, stdout);
        p += n;
        cols++;
    }
    for (; cols < w; cols++)
        fputc(' ', stdout);
    fputs("  ", stdout);
}

static void emit(json_t *o)
{
    char *s = json_dumps(o, JSON_COMPACT | JSON_REAL_PRECISION(12));
    if (s) {
        puts(s);
        free(s);
    }
    json_decref(o);
}

static json_t *jstr_or_null(const char *s)
{
    return s ? json_string(s) : json_null();
}

static void fmt_value(char *buf, size_t n, int has, double v, int has_max, double max)
{
    if (!has)
        snprintf(buf, n, "-");
    else if (has_max)
        snprintf(buf, n, "%.10g-%.10g", v, max);
    else
        snprintf(buf, n, "%.10g", v);
}

/* ---- stats ------------------------------------------------------------------ */

static int cmd_stats(ask *a)
{
    sift_store_stats st;
    sift_error err;
    if (sift_store_stats_get(a->store, &st, &err) != SIFT_OK) {
        fprintf(stderr, "sift: %s\n", err.msg);
        return 1;
    }
    if (a->json) {
        emit(json_pack("{sIsIsIsIsIsIsIsIsIsIsi}", "reports", (json_int_t)st.reports, "stories",
                       (json_int_t)st.stories, "outlets", (json_int_t)st.outlets, "entities",
                       (json_int_t)st.entities, "quotes", (json_int_t)st.quotes, "claims",
                       (json_int_t)st.claims, "claim_groups", (json_int_t)st.claim_groups,
                       "conflicts", (json_int_t)st.conflicts, "revisions",
                       (json_int_t)st.revisions, "multi_outlet_stories",
                       (json_int_t)st.multi_outlet_stories, "schema_version", st.schema_version));
        return 0;
    }
    printf("reports       %lld\nstories       %lld  (%lld carried by several outlets)\n"
           "outlets       %lld\nentities      %lld\nquotes        %lld\nclaims        %lld"
           "  (%lld revised)\nclaim groups  %lld\nconflicts     %lld\n",
           (long long)st.reports, (long long)st.stories, (long long)st.multi_outlet_stories,
           (long long)st.outlets, (long long)st.entities, (long long)st.quotes,
           (long long)st.claims, (long long)st.revisions, (long long)st.claim_groups,
           (long long)st.conflicts);
    return 0;
}

/* ---- quotes ----------------------------------------------------------------- */

static int quote_row(void *ud, const sift_store_quote_row *q)
{
    ask *a = ud;
    if (a->json) {
        emit(json_pack("{sIsIsisisssosssosososo}", "id", (json_int_t)q->id, "report",
                       (json_int_t)q->report_id, "start", (int)q->start, "end", (int)q->end,
                       "text", q->text ? q->text : "", "speaker", jstr_or_null(q->speaker),
                       "kind", q->kind ? q->kind : "", "cue", jstr_or_null(q->cue), "date",
                       jstr_or_null(q->date), "outlet", jstr_or_null(q->outlet), "url",
                       jstr_or_null(q->url)));
    } else {
        if (a->rows == 0) {
            cell("DATE", 10), cell("SPEAKER", 24), cell("OUTLET", 16), cell("QUOTE", 70);
            putchar('\n');
        }
        cell(q->date ? q->date : "-", 10);
        cell(q->speaker ? q->speaker : "(unattributed)", 24);
        cell(q->outlet ? q->outlet : "-", 16);
        char buf[4096];
        snprintf(buf, sizeof buf, "%s%s%s", strcmp(q->kind ? q->kind : "", "indirect") ? "“" : "",
                 q->text ? q->text : "", strcmp(q->kind ? q->kind : "", "indirect") ? "”" : "");
        cell(buf, 70);
        putchar('\n');
    }
    a->rows++;
    return 0;
}

/* ---- claims and conflicts --------------------------------------------------- */

static json_t *claim_json(const sift_store_claim_row *c)
{
    json_t *o = json_pack("{sIsIsisisssososososososososbsb}", "id", (json_int_t)c->id, "report",
                          (json_int_t)c->report_id, "start", (int)c->start, "end", (int)c->end,
                          "text", c->text ? c->text : "", "qualifier", jstr_or_null(c->qualifier),
                          "unit", jstr_or_null(c->unit), "what", jstr_or_null(c->what), "place",
                          jstr_or_null(c->place && *c->place ? c->place : NULL), "source",
                          jstr_or_null(c->source), "date", jstr_or_null(c->date), "outlet",
                          jstr_or_null(c->outlet), "url", jstr_or_null(c->url), "revised",
                          c->revised, "conflict", c->conflict);
    json_object_set_new(o, "value", c->has_value ? json_real(c->value) : json_null());
    if (c->has_max)
        json_object_set_new(o, "value_max", json_real(c->value_max));
    if (c->group_id)
        json_object_set_new(o, "group", json_integer(c->group_id));
    return o;
}

static void claim_line(const sift_store_claim_row *c, int with_what)
{
    char v[64], q[96];
    fmt_value(v, sizeof v, c->has_value, c->value, c->has_max, c->value_max);
    snprintf(q, sizeof q, "%s%s%s", c->qualifier && strcmp(c->qualifier, "range") ? c->qualifier : "",
             c->qualifier && strcmp(c->qualifier, "range") ? " " : "", v);
    cell(c->date ? c->date : "-", 10);
    cell(q, 18);
    if (with_what)
        cell(c->what ? c->what : (c->unit ? c->unit : "-"), 26);
    cell(c->source, 26);
    cell(c->outlet ? c->outlet : "-", 18);
    cell(c->revised ? "revised later" : c->conflict ? "in conflict" : "", 13);
    putchar('\n');
}

static int claim_row(void *ud, const sift_store_claim_row *c)
{
    ask *a = ud;
    if (a->json) {
        emit(claim_json(c));
    } else {
        if (a->rows == 0) {
            cell("DATE", 10), cell("VALUE", 18), cell("WHAT", 26), cell("SOURCE", 26);
            cell("OUTLET", 18), cell("NOTE", 13);
            putchar('\n');
        }
        claim_line(c, 1);
    }
    a->rows++;
    return 0;
}

static json_t *pending_group;

static int conflict_group(void *ud, const sift_store_conflict_row *g)
{
    ask *a = ud;
    if (a->json) {
        if (pending_group)
            emit(pending_group);
        pending_group = json_pack("{sIsssosfsfsfsisis[]}", "group", (json_int_t)g->group_id,
                                  "what", g->what ? g->what : "", "place",
                                  jstr_or_null(g->place && *g->place ? g->place : NULL), "low",
                                  g->lo, "high", g->hi, "spread", g->spread, "sources", g->sources,
                                  "revisions", g->revisions, "claims");
    } else {
        printf("%s%s%s%s: %.10g to %.10g (spread %.0f%%), %d sources%s\n", a->rows ? "\n" : "",
               g->what ? g->what : "", g->place && *g->place ? " in " : "",
               g->place ? g->place : "", g->lo, g->hi, g->spread * 100, g->sources,
               g->revisions ? ", with revisions" : "");
    }
    a->rows++;
    return 0;
}

static int conflict_claim(void *ud, const sift_store_claim_row *c)
{
    ask *a = ud;
    if (a->json) {
        json_array_append_new(json_object_get(pending_group, "claims"), claim_json(c));
    } else {
        fputs("  ", stdout);
        claim_line(c, 0);
        if (c->title || c->url) {
            fputs("  ", stdout);
            cell("", 10);
            printf("\"%s\" %s\n", c->text ? c->text : "", c->url ? c->url : "");
        }
    }
    return 0;
}

/* ---- entities, stories, search ------------------------------------------------ */

static int entity_row(void *ud, const sift_store_entity_row *e)
{
    ask *a = ud;
    if (a->json) {
        json_t *al = json_array();
        if (e->aliases) {
            char *dup = strdup(e->aliases);
            for (char *save = NULL, *t = dup ? strtok_r(dup, "|", &save) : NULL; t;
                 t = strtok_r(NULL, "|", &save))
                json_array_append_new(al, json_string(t));
            free(dup);
        }
        json_t *o = json_pack("{sIsssssssosIsI}", "id", (json_int_t)e->id, "key", e->key,
                              "type", e->type, "name", e->name, "aliases", al, "mentions",
                              (json_int_t)e->mentions, "reports", (json_int_t)e->reports);
        if (e->has_coords) {
            json_object_set_new(o, "lat", json_real(e->lat));
            json_object_set_new(o, "lon", json_real(e->lon));
        }
        emit(o);
    } else {
        if (a->rows == 0) {
            cell("NAME", 28), cell("TYPE", 6), cell("REPORTS", 7), cell("MENTIONS", 8);
            cell("ALIASES", 60);
            putchar('\n');
        }
        char n1[32], n2[32], al[1024];
        snprintf(n1, sizeof n1, "%lld", (long long)e->reports);
        snprintf(n2, sizeof n2, "%lld", (long long)e->mentions);
        snprintf(al, sizeof al, "%s", e->aliases ? e->aliases : "");
        for (char *p = al; *p; p++)
            if (*p == '|')
                *p = ',';
        cell(e->name, 28), cell(e->type, 6), cell(n1, 7), cell(n2, 8), cell(al, 60);
        putchar('\n');
    }
    a->rows++;
    return 0;
}

static int story_row(void *ud, const sift_store_story_row *s)
{
    ask *a = ud;
    if (a->json) {
        emit(json_pack("{sIsIsoss}", "story", (json_int_t)s->story_id, "reports",
                       (json_int_t)s->reports, "title", jstr_or_null(s->title), "outlets",
                       s->outlets ? s->outlets : ""));
    } else {
        if (a->rows == 0) {
            cell("STORY", 6), cell("REPORTS", 7), cell("TITLE", 50), cell("OUTLETS", 40);
            putchar('\n');
        }
        char n1[32], n2[32];
        snprintf(n1, sizeof n1, "%lld", (long long)s->story_id);
        snprintf(n2, sizeof n2, "%lld", (long long)s->reports);
        cell(n1, 6), cell(n2, 7), cell(s->title ? s->title : "-", 50), cell(s->outlets, 40);
        putchar('\n');
    }
    a->rows++;
    return 0;
}

static int hit_row(void *ud, const sift_store_hit *h)
{
    ask *a = ud;
    if (a->json) {
        emit(json_pack("{sIsIsfsososososo}", "report", (json_int_t)h->report_id, "story",
                       (json_int_t)h->story_id, "score", h->score, "title", jstr_or_null(h->title),
                       "url", jstr_or_null(h->url), "date", jstr_or_null(h->date), "outlet",
                       jstr_or_null(h->outlet), "snippet", jstr_or_null(h->snippet)));
    } else {
        printf("%s%.2f  %s  %s  %s\n      %s\n      %s\n", a->rows ? "\n" : "", h->score,
               h->date ? h->date : "-", h->outlet ? h->outlet : "-",
               h->title ? h->title : "(untitled)", h->url ? h->url : "", h->snippet ? h->snippet : "");
    }
    a->rows++;
    return 0;
}

/* ---- export ------------------------------------------------------------------ */

static void csv_field(const char *s, int last)
{
    if (!s)
        s = "";
    if (strpbrk(s, ",\"\n\r")) {
        putchar('"');
        for (; *s; s++) {
            if (*s == '"')
                putchar('"');
            putchar(*s);
        }
        putchar('"');
    } else {
        fputs(s, stdout);
    }
    putchar(last ? '\n' : ',');
}

static int csv_claim(void *ud, const sift_store_claim_row *c)
{
    ask *a = ud;
    if (a->rows++ == 0)
        puts("id,report,start,end,date,value,value_max,qualifier,unit,what,place,lat,lon,source,"
             "outlet,url,revised,conflict,text");
    char b[13][64];
    snprintf(b[0], 64, "%lld", (long long)c->id);
    snprintf(b[1], 64, "%lld", (long long)c->report_id);
    snprintf(b[2], 64, "%u", c->start);
    snprintf(b[3], 64, "%u", c->end);
    fmt_value(b[4], 64, c->has_value, c->value, 0, 0);
    if (c->has_max)
        snprintf(b[5], 64, "%.10g", c->value_max);
    else
        b[5][0] = '\0';
    b[6][0] = b[7][0] = '\0';
    if (c->has_coords) {
        snprintf(b[6], 64, "%.5f", c->lat);
        snprintf(b[7], 64, "%.5f", c->lon);
    }
    snprintf(b[8], 64, "%d", c->revised);
    snprintf(b[9], 64, "%d", c->conflict);
    csv_field(b[0], 0), csv_field(b[1], 0), csv_field(b[2], 0), csv_field(b[3], 0);
    csv_field(c->date, 0), csv_field(c->has_value ? b[4] : "", 0), csv_field(b[5], 0);
    csv_field(c->qualifier, 0), csv_field(c->unit, 0), csv_field(c->what, 0);
    csv_field(c->place, 0), csv_field(b[6], 0), csv_field(b[7], 0), csv_field(c->source, 0);
    csv_field(c->outlet, 0), csv_field(c->url, 0), csv_field(b[8], 0), csv_field(b[9], 0);
    csv_field(c->text, 1);
    return 0;
}

static int geo_place(void *ud, const sift_store_entity_row *e)
{
    ask *a = ud;
    json_t *f = json_pack("{sss{sss[ff]}s{sIsssssssosIsIsI}}", "type", "Feature", "geometry",
                          "type", "Point", "coordinates", e->lon, e->lat, "properties", "id",
                          (json_int_t)e->id, "name", e->name, "type", e->type, "key", e->key,
                          "cc", jstr_or_null(e->cc), "mentions", (json_int_t)e->mentions,
                          "reports", (json_int_t)e->reports, "claims", (json_int_t)e->claims);
    char *s = json_dumps(f, JSON_COMPACT | JSON_REAL_PRECISION(10));
    if (s)
        printf("%s%s", a->rows ? ",\n" : "", s);
    free(s);
    json_decref(f);
    a->rows++;
    return 0;
}

static int cmd_export(ask *a)
{
    sift_error err;
    int rc;
    const char *fmt = a->format ? a->format : "jsonl";
    const char *what = a->what ? a->what : "claims";
    if (strcmp(fmt, "geojson") == 0) {
        printf("{\"type\":\"FeatureCollection\",\"features\":[\n");
        rc = sift_store_entities(a->store, NULL, 1, a->limit, geo_place, a, &err);
        printf("\n]}\n");
    } else if (strcmp(fmt, "jsonl") == 0 || strcmp(fmt, "csv") == 0) {
        int csv = strcmp(fmt, "csv") == 0;
        a->json = 1;
        if (strcmp(what, "claims") == 0)
            rc = sift_store_claims(a->store, NULL, a->limit, csv ? csv_claim : claim_row, a, &err);
        else if (strcmp(what, "quotes") == 0 && !csv)
            rc = sift_store_quotes(a->store, NULL, NULL, NULL, a->limit, quote_row, a, &err);
        else if (strcmp(what, "entities") == 0 && !csv)
            rc = sift_store_entities(a->store, NULL, 0, a->limit, entity_row, a, &err);
        else {
            fprintf(stderr, "sift export: cannot export '%s' as %s (claims as jsonl or csv; "
                            "quotes and entities as jsonl)\n", what, fmt);
            return 2;
        }
    } else {
        fprintf(stderr, "sift export: unknown format '%s' (jsonl, csv or geojson)\n", fmt);
        return 2;
    }
    if (rc != SIFT_OK) {
        fprintf(stderr, "sift: %s\n", err.msg);
        return 1;
    }
    return 0;
}

/* ---- dispatch ------------------------------------------------------------------ */

static void usage(FILE *f, const char *cmd)
{
    fprintf(f,
            "usage: sift %s [options]%s\n"
            "  --db PATH        the store (default $SIFT_DB, else ./sift.db)\n"
            "  --json           one JSON object per line\n"
            "  --limit N        at most N rows\n",
            cmd, strcmp(cmd, "search") == 0 ? " QUERY" : "");
    if (!strcmp(cmd, "quotes"))
        fprintf(f, "  --by NAME        quotes by this speaker (any alias or spelling)\n"
                   "  --about TEXT     quotes whose words match\n"
                   "  --since DATE     quotes from reports of DATE or later\n");
    if (!strcmp(cmd, "claims"))
        fprintf(f, "  --about TEXT     claims about this (what is counted, place, subject)\n");
    if (!strcmp(cmd, "entities"))
        fprintf(f, "  --type T         PERSON, ORG, GPE, LOC, NORP\n");
    if (!strcmp(cmd, "export"))
        fprintf(f, "  --format F       jsonl (default), csv or geojson (places with coordinates)\n"
                   "  --what W         claims (default), quotes or entities (jsonl)\n");
}

static int run(int argc, char **argv, const char *cmd)
{
    static const struct option opts[] = {
        {"db", required_argument, NULL, 'd'},     {"json", no_argument, NULL, 'j'},
        {"limit", required_argument, NULL, 'l'},  {"by", required_argument, NULL, 'b'},
        {"about", required_argument, NULL, 'a'},  {"since", required_argument, NULL, 's'},
        {"type", required_argument, NULL, 't'},   {"format", required_argument, NULL, 'f'},
        {"what", required_argument, NULL, 'w'},   {"help", no_argument, NULL, 'h'},
        {NULL, 0, NULL, 0}};
    ask a = {.cmd = cmd};
    int c;
    optind = 1;
    while ((c = getopt_long(argc, argv, "d:jl:b:a:s:t:f:w:h", opts, NULL)) != -1) {
        char *end;
        switch (c) {
        case 'd': a.db = optarg; break;
        case 'j': a.json = 1; break;
        case 'l':
            a.limit = strtoull(optarg, &end, 10);
            if (*end) {
                fprintf(stderr, "sift %s: --limit takes a number\n", cmd);
                return 2;
            }
            break;
        case 'b': a.by = optarg; break;
        case 'a': a.about = optarg; break;
        case 's': a.since = optarg; break;
        case 't': a.type = optarg; break;
        case 'f': a.format = optarg; break;
        case 'w': a.what = optarg; break;
        case 'h': usage(stdout, cmd); return 0;
        default: usage(stderr, cmd); return 2;
        }
    }
    int is_search = strcmp(cmd, "search") == 0;
    if ((is_search && optind != argc - 1) || (!is_search && optind != argc)) {
        fprintf(stderr, is_search ? "sift search: give one QUERY (quote it)\n"
                                  : "sift %s: unexpected argument '%s'\n", cmd, argv[optind]);
        return 2;
    }
    char d[11];
    if (a.since && (strlen(a.since) != 10 || sift_ingest_date(a.since, d) != 0)) {
        fprintf(stderr, "sift %s: invalid --since '%s' (expected YYYY-MM-DD)\n", cmd, a.since);
        return 2;
    }
    sift_error err;
    const char *db = sift_cli_db_path(a.db);
    if (sift_store_open(db, 1, &a.store, &err) != SIFT_OK) {
        fprintf(stderr, "sift: %s\n", err.msg);
        return 1;
    }
    int rc = 0, src = SIFT_OK;
    if (!strcmp(cmd, "stats"))
        rc = cmd_stats(&a);
    else if (!strcmp(cmd, "quotes"))
        src = sift_store_quotes(a.store, a.by, a.about, a.since, a.limit, quote_row, &a, &err);
    else if (!strcmp(cmd, "claims"))
        src = sift_store_claims(a.store, a.about, a.limit, claim_row, &a, &err);
    else if (!strcmp(cmd, "conflicts")) {
        src = sift_store_conflicts(a.store, a.limit, conflict_group, conflict_claim, &a, &err);
        if (pending_group)
            emit(pending_group);
        pending_group = NULL;
    } else if (!strcmp(cmd, "entities"))
        src = sift_store_entities(a.store, a.type, 0, a.limit, entity_row, &a, &err);
    else if (!strcmp(cmd, "stories"))
        src = sift_store_stories(a.store, a.limit, story_row, &a, &err);
    else if (is_search)
        src = sift_store_search(a.store, argv[optind], a.limit ? a.limit : 20, hit_row, &a, &err);
    else if (!strcmp(cmd, "export"))
        rc = cmd_export(&a);
    if (src != SIFT_OK) {
        fprintf(stderr, "sift: %s\n", err.msg);
        rc = 1;
    } else if (rc == 0 && a.rows == 0 && !a.json && strcmp(cmd, "stats") && strcmp(cmd, "export")) {
        fprintf(stderr, "sift %s: nothing found\n", cmd);
    }
    sift_store_close(a.store);
    if (fflush(stdout) != 0) {
        perror("sift: writing output");
        rc = 1;
    }
    return rc;
}

int sift_cli_stats(int argc, char **argv) { return run(argc, argv, "stats"); }
int sift_cli_quotes(int argc, char **argv) { return run(argc, argv, "quotes"); }
int sift_cli_claims(int argc, char **argv) { return run(argc, argv, "claims"); }
int sift_cli_conflicts(int argc, char **argv) { return run(argc, argv, "conflicts"); }
int sift_cli_entities(int argc, char **argv) { return run(argc, argv, "entities"); }
int sift_cli_stories(int argc, char **argv) { return run(argc, argv, "stories"); }
int sift_cli_search(int argc, char **argv) { return run(argc, argv, "search"); }
int sift_cli_export(int argc, char **argv) { return run(argc, argv, "export"); }
