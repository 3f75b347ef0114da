/*
 * ingest.c — `sift ingest`: files, folders, standard input and URLs into the
 * store, each report analysed once; then the corpus-wide reconciliation.
 *
 * Analysis runs on worker threads (the resources are read-only and shared);
 * reports are stored by this thread alone, in the order they were read, so
 * the store is the same whatever the number of workers. Reports wait in a
 * ring of RING_PER_WORKER slots per worker: read (and checked against the
 * store) -> analysed by a worker -> stored and freed; the reader waits when
 * the ring is full, so memory is bounded by the ring, not the input.
 */
#include <dirent.h>
#include <errno.h>
#include <getopt.h>
#include <pthread.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/resource.h>
#include <sys/stat.h>
#include <time.h>
#include <unistd.h>

#include "cli.h"
#include "ingest/ingest.h"
#include "store/store.h"

static volatile sig_atomic_t stop_requested;

static void on_signal(int sig)
{
    (void)sig;
    stop_requested = 1;
}

static void usage(FILE *f)
{
    fprintf(f,
            "usage: sift ingest [options] SOURCE...\n"
            "  SOURCE is a file, a folder (read recursively), '-' (standard input), or an\n"
            "  http(s) URL of a page or a feed. Formats are told by content: plain text,\n"
            "  HTML, RSS/Atom, JSON Lines (text|html, url, title, published, source), WARC;\n"
            "  gzip-compressed files are read as they are.\n"
            "  --db PATH          the store (default $SIFT_DB, else ./sift.db)\n"
            "  --published DATE   publication date for reports that carry none (YYYY-MM-DD)\n"
            "  --outlet NAME      outlet for reports that name none\n"
            "  --no-follow        do not fetch the page of a feed item that has only a summary\n"
            "  --timeout S        per-URL time limit in seconds (default 30)\n"
            "  --max-bytes N      refuse a report, page or line over N bytes (default 64 MiB)\n"
            "  --batch N          reports per transaction (default 500)\n"
            "  --jobs N           analysis threads (default: one per processor)\n"
            "  --quiet            no progress and no summary\n"
            "  --models DIR       where lexicon.tsv lives\n"
            "  --no-parser        skip the parser (about twice as fast to analyse)\n");
}

/* One report in the ring: its own copies of the text and metadata, then its
 * analysis. A slot is FREE, QUEUED (waiting for a worker), BUSY (being
 * analysed) or DONE (waiting to be stored). */
enum { FREE, QUEUED, BUSY, DONE };
enum { RING_PER_WORKER = 4, MAX_JOBS = 64 };
typedef struct job {
    int state;
    sift_ingest_doc d;
    char *own[7]; /* text, url, title, byline, published, outlet, origin */
    sift_analysis *an;
    sift_error err;
    int rc;
} job;

typedef struct ctx {
    sift_store *store;
    sift_resources *res;
    sift_ingest_limits lim;
    sift_fetch_options fetch;
    const char *published, *outlet;
    int follow, progress, quiet;
    size_t batch, in_batch;
    /* counts */
    size_t stored, dups, linked, failed, words, bytes_done, bytes_total;
    double t0, last_draw, last_commit;
    int fatal;
    /* the ring: jobs [head, tail) in reading order; next is the first QUEUED */
    job *ring;
    size_t ring_n, head, tail, next;
    pthread_mutex_t mu;
    pthread_cond_t queued, done;
    int quit;
} ctx;

static double now(void)
{
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return (double)ts.tv_sec + ts.tv_nsec / 1e9;
}

static void draw(ctx *c, int final)
{
    if (!c->progress)
        return;
    double t = now();
    if (!final && t - c->last_draw < 0.2)
        return;
    c->last_draw = t;
    double el = t - c->t0;
    double rate = el > 0 ? c->stored / el : 0;
    double frac = c->bytes_total ? (double)c->bytes_done / (double)c->bytes_total : 0;
    if (frac > 1)
        frac = 1;
    char bar[21];
    int fill = (int)(frac * 20);
    for (int i = 0; i < 20; i++)
        bar[i] = i < fill ? '#' : '-';
    bar[20] = '\0';
    double left = frac > 0.01 ? el / frac - el : 0;
    fprintf(stderr, "\r\033[K[%s] %3.0f%%  %zu reports  %zu words  %.0f reports/s  %zu dup",
            bar, frac * 100, c->stored, c->words, rate, c->dups);
    if (left > 0 && !final)
        fprintf(stderr, "  %.0fs left", left);
    if (final)
        fputc('\n', stderr);
}

static int commit(ctx *c)
{
    sift_error err;
    if (sift_store_commit(c->store, &err) != SIFT_OK) {
        fprintf(stderr, "sift: %s\n", err.msg);
        c->fatal = 1;
        return -1;
    }
    c->in_batch = 0;
    c->last_commit = now();
    return 0;
}

static void on_warn(void *ud, const sift_error *e)
{
    ctx *c = ud;
    if (c->progress)
        fprintf(stderr, "\r\033[K");
    fprintf(stderr, "sift: %s\n", e->msg);
    c->failed++;
}

/* A feed item with a summary only: its page, for the full text. */
static char *follow_page(ctx *c, const sift_ingest_doc *d, sift_html_page *pg)
{
    sift_fetch_result r;
    sift_error err;
    if (sift_fetch(d->follow, &c->fetch, &r, &err) != SIFT_OK) {
        fprintf(stderr, "sift: %s: %s (kept the feed's summary)\n", d->origin, err.msg);
        return NULL;
    }
    int rc = sift_html_extract(d->follow, r.body, r.len, 0, pg, &err);
    sift_fetch_result_free(&r);
    if (rc != SIFT_OK || pg->len == 0) {
        if (rc == SIFT_OK)
            sift_html_page_free(pg);
        fprintf(stderr, "sift: %s: %s (kept the feed's summary)\n", d->origin,
                rc == SIFT_OK ? "the page holds no article text" : err.msg);
        return NULL;
    }
    return pg->text;
}

static void job_clear(job *j)
{
    sift_analysis_free(j->an);
    for (size_t i = 0; i < sizeof j->own / sizeof *j->own; i++)
        free(j->own[i]);
    memset(j, 0, sizeof *j);
}

/* Copy a report out of the reader's buffers into slot j; 0, or -1 when out of memory. */
static int job_fill(job *j, const sift_ingest_doc *d)
{
    const char *src[7] = {NULL, d->url, d->title, d->byline, d->published, d->outlet, d->origin};
    j->own[0] = malloc(d->len + 1);
    if (!j->own[0])
        return -1;
    memcpy(j->own[0], d->text, d->len);
    j->own[0][d->len] = '\0';
    for (int i = 1; i < 7; i++)
        if (src[i] && !(j->own[i] = strdup(src[i])))
            return -1;
    j->d = (sift_ingest_doc){.text = j->own[0], .len = d->len, .url = j->own[1],
                             .title = j->own[2], .byline = j->own[3], .published = j->own[4],
                             .outlet = j->own[5], .origin = j->own[6]};
    return 0;
}

static void *worker(void *ud)
{
    ctx *c = ud;
    pthread_mutex_lock(&c->mu);
    for (;;) {
        while (!c->quit && c->next == c->tail)
            pthread_cond_wait(&c->queued, &c->mu);
        if (c->next == c->tail)
            break; /* quit, and nothing left */
        job *j = &c->ring[c->next++ % c->ring_n];
        j->state = BUSY;
        pthread_mutex_unlock(&c->mu);
        sift_doc_options o = {.id = j->d.origin, .title = j->d.title,
                              .published = j->d.published};
        j->rc = sift_analyze(c->res, j->d.text, j->d.len, &o, &j->an, &j->err);
        pthread_mutex_lock(&c->mu);
        j->state = DONE;
        pthread_cond_broadcast(&c->done);
    }
    pthread_mutex_unlock(&c->mu);
    return NULL;
}

/* Store an analysed report (this thread only, in reading order). A report
 * read twice within the ring is caught here, where the first is stored. */
static void store_job(ctx *c, job *j)
{
    sift_error err;
    int64_t id;
    if (c->fatal)
        return;
    if (j->rc != SIFT_OK) {
        if (c->progress)
            fprintf(stderr, "\r\033[K");
        fprintf(stderr, "sift: %s: %s\n", j->d.origin, j->err.msg);
        c->failed++;
        return;
    }
    int seen = sift_store_seen(c->store, j->d.url, j->d.text, j->d.len, &id, &err);
    if (seen != 0) {
        if (seen < 0) {
            fprintf(stderr, "sift: %s\n", err.msg);
            c->fatal = 1;
        }
        c->dups += seen > 0;
        return;
    }
    if (sift_store_begin(c->store, &err) != SIFT_OK) {
        fprintf(stderr, "sift: %s\n", err.msg);
        c->fatal = 1;
        return;
    }
    sift_store_added added;
    if (sift_store_add(c->store, &j->d, j->an, &added, &err) != SIFT_OK) {
        fprintf(stderr, "sift: %s\n", err.msg);
        c->fatal = 1;
        return;
    }
    c->stored++;
    c->words += added.words;
    c->linked += !added.new_story;
    c->in_batch++;
    if (c->in_batch >= c->batch || now() - c->last_commit > 2.0)
        commit(c);
    draw(c, 0);
}

/* Store the analysed reports at the head of the ring; with all set, wait
 * until the ring is empty, else until it has a free slot. */
static void drain(ctx *c, int all)
{
    pthread_mutex_lock(&c->mu);
    while (c->head < c->tail && (all || c->tail - c->head == c->ring_n)) {
        job *j = &c->ring[c->head % c->ring_n];
        if (j->state != DONE) {
            pthread_cond_wait(&c->done, &c->mu);
            continue;
        }
        pthread_mutex_unlock(&c->mu);
        store_job(c, j);
        job_clear(j);
        pthread_mutex_lock(&c->mu);
        c->head++;
    }
    pthread_mutex_unlock(&c->mu);
}

static int on_doc(void *ud, const sift_ingest_doc *in)
{
    ctx *c = ud;
    if (c->fatal || stop_requested)
        return 1;
    sift_ingest_doc d = *in;
    sift_html_page pg = {0};
    if (d.follow && c->follow && follow_page(c, &d, &pg)) {
        d.text = pg.text;
        d.len = pg.len;
        if (!d.title)
            d.title = pg.title;
        if (!d.byline)
            d.byline = pg.byline;
    }
    if (!d.published)
        d.published = c->published;
    if (!d.outlet)
        d.outlet = c->outlet;
    c->bytes_done += d.len;
    sift_error err;
    int64_t id;
    if (d.len == 0) {
        fprintf(stderr, "sift: %s: no text, skipped\n", d.origin);
        c->failed++;
        goto out;
    }
    /* Already stored: no need to analyse it. */
    int seen = sift_store_seen(c->store, d.url, d.text, d.len, &id, &err);
    if (seen < 0) {
        fprintf(stderr, "sift: %s\n", err.msg);
        c->fatal = 1;
        goto out;
    }
    if (seen) {
        c->dups++;
        goto out;
    }
    drain(c, 0); /* a free slot */
    job *j = &c->ring[c->tail % c->ring_n];
    if (job_fill(j, &d) != 0) {
        job_clear(j);
        fprintf(stderr, "sift: %s: out of memory\n", d.origin);
        c->fatal = 1;
        goto out;
    }
    pthread_mutex_lock(&c->mu);
    j->state = QUEUED;
    c->tail++;
    pthread_cond_signal(&c->queued);
    pthread_mutex_unlock(&c->mu);
out:
    sift_html_page_free(&pg);
    return c->fatal || stop_requested;
}

static void ingest_path(ctx *c, const char *path, int depth);

static int by_name(const void *a, const void *b)
{
    return strcmp(*(char *const *)a, *(char *const *)b);
}

static void ingest_dir(ctx *c, const char *path, int depth)
{
    DIR *d = opendir(path);
    if (!d) {
        fprintf(stderr, "sift: %s: %s\n", path, strerror(errno));
        c->failed++;
        return;
    }
    char **names = NULL;
    size_t n = 0, cap = 0;
    struct dirent *e;
    while ((e = readdir(d))) {
        if (e->d_name[0] == '.')
            continue; /* hidden files and . .. */
        if (n == cap) {
            cap = cap ? cap * 2 : 64;
            char **nn = realloc(names, cap * sizeof *nn);
            if (!nn)
                break;
            names = nn;
        }
        names[n++] = strdup(e->d_name);
    }
    closedir(d);
    qsort(names, n, sizeof *names, by_name);
    for (size_t i = 0; i < n; i++) {
        if (names[i] && !stop_requested && !c->fatal) {
            char full[4096];
            snprintf(full, sizeof full, "%s/%s", path, names[i]);
            ingest_path(c, full, depth + 1);
        }
        free(names[i]);
    }
    free(names);
}

static void ingest_path(ctx *c, const char *path, int depth)
{
    sift_ingest_sink sink = {on_doc, on_warn, c};
    sift_error err;
    if (sift_ingest_is_url(path)) {
        sift_fetch_result r;
        if (sift_fetch(path, &c->fetch, &r, &err) != SIFT_OK) {
            fprintf(stderr, "sift: %s\n", err.msg);
            c->failed++;
            return;
        }
        c->bytes_total += r.len;
        int fmt = SIFT_FMT_AUTO;
        if (r.content_type && (strstr(r.content_type, "rss") || strstr(r.content_type, "atom")))
            fmt = SIFT_FMT_FEED;
        if (sift_ingest_buffer(r.final_url, r.body, r.len, fmt, r.final_url, &c->lim, &sink,
                               &err) != SIFT_OK) {
            fprintf(stderr, "sift: %s\n", err.msg);
            c->failed++;
        }
        sift_fetch_result_free(&r);
        return;
    }
    struct stat st;
    if (strcmp(path, "-") != 0) {
        if (stat(path, &st) != 0) {
            fprintf(stderr, "sift: %s: %s\n", path, strerror(errno));
            c->failed++;
            return;
        }
        if (S_ISDIR(st.st_mode)) {
            if (depth > 32)
                fprintf(stderr, "sift: %s: folders nested too deep, skipped\n", path);
            else
                ingest_dir(c, path, depth);
            return;
        }
        if (!S_ISREG(st.st_mode) && depth > 0)
            return; /* sockets, fifos found inside folders */
    }
    if (sift_ingest_file(path, SIFT_FMT_AUTO, &c->lim, &sink, &err) != SIFT_OK) {
        if (c->progress)
            fprintf(stderr, "\r\033[K");
        fprintf(stderr, "sift: %s\n", err.msg);
        c->failed++;
    }
}

/* Total bytes of the file sources, for the progress bar's time left. */
static size_t total_bytes(const char *path, int depth)
{
    struct stat st;
    if (sift_ingest_is_url(path) || strcmp(path, "-") == 0 || stat(path, &st) != 0)
        return 0;
    if (S_ISREG(st.st_mode))
        return (size_t)st.st_size;
    if (!S_ISDIR(st.st_mode) || depth > 32)
        return 0;
    size_t t = 0;
    DIR *d = opendir(path);
    struct dirent *e;
    while (d && (e = readdir(d))) {
        if (e->d_name[0] == '.')
            continue;
        char full[4096];
        snprintf(full, sizeof full, "%s/%s", path, e->d_name);
        t += total_bytes(full, depth + 1);
    }
    if (d)
        closedir(d);
    return t;
}

int sift_cli_ingest(int argc, char **argv)
{
    static const struct option opts[] = {
        {"db", required_argument, NULL, 'd'},        {"published", required_argument, NULL, 'p'},
        {"outlet", required_argument, NULL, 'o'},    {"no-follow", no_argument, NULL, 'F'},
        {"timeout", required_argument, NULL, 't'},   {"max-bytes", required_argument, NULL, 'm'},
        {"batch", required_argument, NULL, 'b'},     {"quiet", no_argument, NULL, 'q'},
        {"jobs", required_argument, NULL, 'j'},
        {"models", required_argument, NULL, 'M'},    {"progress", no_argument, NULL, 'P'},
        {"no-parser", no_argument, NULL, 'R'},
        {"help", no_argument, NULL, 'h'},            {NULL, 0, NULL, 0}};
    ctx c = {.follow = 1, .batch = 500};
    c.lim.max_doc = (size_t)64 << 20;
    const char *db = NULL, *models = NULL;
    int force_progress = 0, ch;
    unsigned load = 0;
    long jobs = sysconf(_SC_NPROCESSORS_ONLN);
    optind = 1;
    while ((ch = getopt_long(argc, argv, "d:p:o:Ft:m:b:j:qM:Ph", opts, NULL)) != -1) {
        char *end = NULL;
        switch (ch) {
        case 'd': db = optarg; break;
        case 'p': c.published = optarg; break;
        case 'o': c.outlet = optarg; break;
        case 'F': c.follow = 0; break;
        case 't':
            c.fetch.timeout_s = strtol(optarg, &end, 10);
            if (*end || c.fetch.timeout_s <= 0) {
                fprintf(stderr, "sift ingest: --timeout takes a positive number of seconds\n");
                return 2;
            }
            c.fetch.connect_timeout_s = c.fetch.timeout_s < 10 ? c.fetch.timeout_s : 10;
            break;
        case 'm':
            c.lim.max_doc = strtoull(optarg, &end, 10);
            if (*end || c.lim.max_doc == 0) {
                fprintf(stderr, "sift ingest: --max-bytes takes a positive number\n");
                return 2;
            }
            c.fetch.max_bytes = c.lim.max_doc;
            break;
        case 'b':
            c.batch = strtoull(optarg, &end, 10);
            if (*end || c.batch == 0) {
                fprintf(stderr, "sift ingest: --batch takes a positive number\n");
                return 2;
            }
            break;
        case 'j':
            jobs = strtol(optarg, &end, 10);
            if (*end || jobs <= 0 || jobs > MAX_JOBS) {
                fprintf(stderr, "sift ingest: --jobs takes a number from 1 to %d\n", MAX_JOBS);
                return 2;
            }
            break;
        case 'q': c.quiet = 1; break;
        case 'M': models = optarg; break;
        case 'P': force_progress = 1; break;
        case 'R': load |= SIFT_LOAD_NO_PARSER; break;
        case 'h': usage(stdout); return 0;
        default: usage(stderr); return 2;
        }
    }
    if (optind >= argc) {
        fprintf(stderr, "sift ingest: no sources\n");
        usage(stderr);
        return 2;
    }
    char pdate[11];
    if (c.published && (sift_ingest_date(c.published, pdate) != 0 || strlen(c.published) != 10)) {
        fprintf(stderr, "sift ingest: invalid --published '%s' (expected YYYY-MM-DD)\n",
                c.published);
        return 2;
    }
    c.progress = !c.quiet && (force_progress || isatty(STDERR_FILENO));
    c.res = sift_cli_load_resources(models, load);
    if (!c.res)
        return 1;
    sift_error err;
    db = sift_cli_db_path(db);
    if (sift_store_open(db, 0, &c.store, &err) != SIFT_OK) {
        fprintf(stderr, "sift: %s\n", err.msg);
        sift_resources_free(c.res);
        return 1;
    }
    struct sigaction sa = {0};
    sa.sa_handler = on_signal;
    sigaction(SIGINT, &sa, NULL);
    sigaction(SIGTERM, &sa, NULL);
    if (c.progress)
        for (int a = optind; a < argc; a++)
            c.bytes_total += total_bytes(argv[a], 0);
    if (jobs < 1)
        jobs = 1;
    if (jobs > MAX_JOBS)
        jobs = MAX_JOBS;
    pthread_t threads[MAX_JOBS];
    long started = 0;
    c.ring_n = (size_t)jobs * RING_PER_WORKER;
    c.ring = calloc(c.ring_n, sizeof *c.ring);
    pthread_mutex_init(&c.mu, NULL);
    pthread_cond_init(&c.queued, NULL);
    pthread_cond_init(&c.done, NULL);
    while (c.ring && started < jobs && pthread_create(&threads[started], NULL, worker, &c) == 0)
        started++;
    if (!started) {
        fprintf(stderr, "sift: cannot start the analysis: %s\n",
                c.ring ? "no thread" : "out of memory");
        c.fatal = 1;
    }
    c.t0 = c.last_commit = now();
    for (int a = optind; a < argc && !stop_requested && !c.fatal; a++)
        ingest_path(&c, argv[a], 0);
    if (started)
        drain(&c, 1);
    pthread_mutex_lock(&c.mu);
    c.quit = 1;
    pthread_cond_broadcast(&c.queued);
    pthread_mutex_unlock(&c.mu);
    for (long t = 0; t < started; t++)
        pthread_join(threads[t], NULL);
    for (size_t i = 0; c.ring && i < c.ring_n; i++)
        job_clear(&c.ring[i]);
    free(c.ring);
    pthread_mutex_destroy(&c.mu);
    pthread_cond_destroy(&c.queued);
    pthread_cond_destroy(&c.done);
    if (!c.fatal)
        commit(&c);
    draw(&c, 1);
    int rc = c.fatal ? 1 : c.failed ? 1 : 0;
    if (stop_requested) {
        fprintf(stderr, "sift: interrupted; %zu reports stored and committed. Run the same "
                        "command again to continue.\n", c.stored);
        rc = 130;
    } else if (!c.fatal && c.stored > 0) {
        if (sift_store_reconcile(c.store, &err) != SIFT_OK) {
            fprintf(stderr, "sift: %s\n", err.msg);
            rc = 1;
        }
    }
    if (!c.quiet && (c.progress || isatty(STDERR_FILENO))) {
        double el = now() - c.t0;
        fprintf(stderr, "sift: %zu reports stored (%zu words, %.1f s, %.0f reports/s), "
                        "%zu already stored, %zu joined an earlier story, %zu failed; store %s\n",
                c.stored, c.words, el, el > 0 ? c.stored / el : 0.0, c.dups, c.linked, c.failed,
                db);
    }
    sift_store_close(c.store);
    sift_resources_free(c.res);
    return rc;
}
