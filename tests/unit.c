/*
 * unit.c — sift's unit tests and the runner for case files.
 *
 *   unit [--models DIR] [CASE.txt ...]
 *
 * Without case files it runs the built-in unit tests. A case file holds an
 * input and the lines its analysis must (or, prefixed "not ", must not)
 * produce, in the dump format of dump_analysis():
 *
 *   # any comment
 *   published: 2024-11-07          (optional)
 *   --- input
 *   The text to analyse ...
 *   --- expect
 *   entity PERSON Volodymyr Zelensky
 *   quote direct speaker=Volodymyr Zelensky cue=said | Some of these troops ...
 *   date 2024-11-07 | Thursday
 *   claim 11000 unit=soldier source=Volodymyr Zelensky | 11,000 North Korean soldiers
 *   per day | 2.2 million barrels per day       (a rate's denominator)
 *   speaker-for Hanbit Electronics | The hinges ...  (the body a speaker's
 *   source-for Hanbit Electronics | 200,000 folds     phrase speaks for)
 *   not entity PERSON Shahed
 *   not claim 4 unit=collapse ...
 *
 * A "not" line ending in " ..." forbids every line that starts with what
 * comes before it, ending where a word ends ("| Maria Lopez ..." forbids
 * "| Maria Lopez, a fisheries economist"; "claim 1 ..." not "claim 12");
 * any other line must match a whole line.
 * "input-file: PATH" before "--- input" analyses that file instead.
 *
 * Every test prints "ok NAME" or "FAIL NAME: why"; the last line is
 * "N passed, N failed".
 */
#include <ctype.h>
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "sift.h"
#include "lex/words.h"

static int passed, failed;
static const char *models = "models";

#define CHECK(cond, ...)                                                                      \
    do {                                                                                      \
        if (!(cond)) {                                                                        \
            printf("FAIL %s: ", __func__);                                                    \
            printf(__VA_ARGS__);                                                              \
            printf("\n");                                                                     \
            return 1;                                                                         \
        }                                                                                     \
    } while (0)

static sift_resources *res;

static sift_analysis *analyze(const char *text, const char *published)
{
    sift_doc_options o = {0};
    o.id = "t";
    o.published = published;
    sift_analysis *an = NULL;
    sift_error err;
    if (sift_analyze(res, text, strlen(text), &o, &an, &err) != SIFT_OK) {
        printf("  (analyze failed: %s)\n", err.msg);
        return NULL;
    }
    return an;
}

/* ---- the dump format shared with case files ---------------------------- */

typedef struct lines {
    char **v;
    size_t n, cap;
} lines;

static void add_line(lines *l, const char *s)
{
    if (l->n == l->cap) {
        l->cap = l->cap ? l->cap * 2 : 64;
        l->v = realloc(l->v, l->cap * sizeof *l->v);
        if (!l->v)
            abort();
    }
    l->v[l->n++] = strdup(s);
}

static void free_lines(lines *l)
{
    for (size_t i = 0; i < l->n; i++)
        free(l->v[i]);
    free(l->v);
}

static void flatten(char *s)
{
    for (; *s; s++)
        if (*s == '\n' || *s == '\r')
            *s = ' ';
}

static void dump_analysis(const sift_analysis *an, lines *out)
{
    char buf[4096];
    size_t n;
    const sift_entity *e = sift_analysis_entities(an, &n);
    for (size_t i = 0; i < n; i++) {
        snprintf(buf, sizeof buf, "entity %s %s", e[i].type, e[i].name);
        add_line(out, buf);
        if (e[i].canonical && strcmp(e[i].canonical, e[i].name) != 0) {
            snprintf(buf, sizeof buf, "canonical %s %s", e[i].name, e[i].canonical);
            add_line(out, buf);
        }
        if (e[i].title) {
            snprintf(buf, sizeof buf, "title %s %s", e[i].name, e[i].title);
            add_line(out, buf);
        }
    }
    const sift_quote *q = sift_analysis_quotes(an, &n);
    for (size_t i = 0; i < n; i++) {
        snprintf(buf, sizeof buf, "quote %s speaker=%s cue=%s | %s", q[i].kind,
                 q[i].speaker_name ? q[i].speaker_name : "-", q[i].cue ? q[i].cue : "-", q[i].text);
        flatten(buf);
        add_line(out, buf);
        /* (the body a spokesperson's phrase speaks for) */
        const sift_entity *se = q[i].speaker >= 0 ? &e[q[i].speaker] : NULL;
        if (se && q[i].speaker_name && !strstr(q[i].speaker_name, se->name)) {
            snprintf(buf, sizeof buf, "speaker-for %s | %s", se->name, q[i].text);
            flatten(buf);
            add_line(out, buf);
        }
        if (q[i].via) {
            snprintf(buf, sizeof buf, "via %s | %s", q[i].via, q[i].text);
            flatten(buf);
            add_line(out, buf);
        }
    }
    const sift_date *d = sift_analysis_dates(an, &n);
    for (size_t i = 0; i < n; i++) {
        snprintf(buf, sizeof buf, "date %s | %s", d[i].value ? d[i].value : "-", d[i].text);
        add_line(out, buf);
    }
    const sift_claim *c = sift_analysis_claims(an, &n);
    for (size_t i = 0; i < n; i++) {
        char v[64];
        if (c[i].has_value)
            snprintf(v, sizeof v, "%.15g", c[i].value);
        else
            snprintf(v, sizeof v, "null");
        snprintf(buf, sizeof buf, "claim %s unit=%s source=%s | %s", v, c[i].unit ? c[i].unit : "-",
                 c[i].source_name ? c[i].source_name : "-", c[i].text);
        flatten(buf);
        add_line(out, buf);
        const sift_entity *ce = c[i].source >= 0 ? &e[c[i].source] : NULL;
        if (ce && c[i].source_name && !strstr(c[i].source_name, ce->name)) {
            snprintf(buf, sizeof buf, "source-for %s | %s", ce->name, c[i].text);
            flatten(buf);
            add_line(out, buf);
        }
        if (c[i].qualifier) {
            snprintf(buf, sizeof buf, "qualifier %s | %s", c[i].qualifier, c[i].text);
            flatten(buf);
            add_line(out, buf);
        }
        if (c[i].per) {
            snprintf(buf, sizeof buf, "per %s | %s", c[i].per, c[i].text);
            flatten(buf);
            add_line(out, buf);
        }
    }
}

static char *read_all(const char *path)
{
    FILE *f = fopen(path, "rb");
    if (!f)
        return NULL;
    fseek(f, 0, SEEK_END);
    long sz = ftell(f);
    fseek(f, 0, SEEK_SET);
    char *b = malloc((size_t)sz + 1);
    if (b && fread(b, 1, (size_t)sz, f) != (size_t)sz) {
        free(b);
        b = NULL;
    }
    if (b)
        b[sz] = '\0';
    fclose(f);
    return b;
}

static int run_case(const char *path)
{
    char *all = read_all(path);
    if (!all) {
        printf("FAIL %s: cannot read\n", path);
        return 1;
    }
    char *in = strstr(all, "--- input\n"), *ex = strstr(all, "\n--- expect\n");
    if (!in || !ex || ex < in) {
        printf("FAIL %s: no '--- input' / '--- expect' sections\n", path);
        free(all);
        return 1;
    }
    char published[32] = "";
    char *pub = strstr(all, "published: ");
    if (pub && pub < in)
        sscanf(pub + 11, "%31s", published);
    *ex = '\0';
    char *text = in + 10, *ext = NULL;
    char *inf = strstr(all, "input-file: ");
    if (inf && inf < in) {
        char fpath[512], resolved[1024];
        sscanf(inf + 12, "%511s", fpath);
        /* "../shared/..." follows $SIFT_SHARED when the tests run from elsewhere */
        const char *shared = getenv("SIFT_SHARED");
        if (shared && strncmp(fpath, "../shared/", 10) == 0) {
            snprintf(resolved, sizeof resolved, "%s/%s", shared, fpath + 10);
            ext = read_all(resolved);
        } else {
            ext = read_all(fpath);
        }
        if (!ext) {
            printf("FAIL %s: cannot read %s\n", path, fpath);
            free(all);
            return 1;
        }
        text = ext;
    }
    char *expect = ex + 12;
    sift_analysis *an = analyze(text, published[0] ? published : NULL);
    free(ext);
    if (!an) {
        printf("FAIL %s: analysis failed\n", path);
        free(all);
        return 1;
    }
    lines got = {0};
    dump_analysis(an, &got);
    int bad = 0;
    for (char *line = strtok(expect, "\n"); line; line = strtok(NULL, "\n")) {
        if (!*line || line[0] == '#')
            continue;
        int neg = strncmp(line, "not ", 4) == 0;
        const char *want = neg ? line + 4 : line;
        size_t wl = strlen(want);
        int prefix = neg && wl > 4 && strcmp(want + wl - 4, " ...") == 0;
        int found = 0;
        for (size_t i = 0; i < got.n && !found; i++)
            found = prefix ? strncmp(got.v[i], want, wl - 4) == 0 && !isalnum((unsigned char)got.v[i][wl - 4])
                           : strcmp(got.v[i], want) == 0;
        if (found == neg) {
            if (!bad)
                printf("FAIL %s:\n", path);
            printf("    %s: %s\n", neg ? "unexpected" : "missing", want);
            bad = 1;
        }
    }
    if (bad) {
        printf("    the analysis produced:\n");
        for (size_t i = 0; i < got.n; i++)
            printf("      %s\n", got.v[i]);
    } else {
        printf("ok %s\n", path);
    }
    free_lines(&got);
    sift_analysis_free(an);
    free(all);
    return bad;
}

/* ---- unit tests ---------------------------------------------------------- */

/* Every item's text is exactly the bytes its offsets name. */
static int test_offsets_round_trip(void)
{
    const char *t = "KYIV, Ukraine \xe2\x80\x94 Defense Minister Rustem Umerov said on Monday that "
                    "\xe2\x80\x9c" "about 3,000\xc2\xa0soldiers\xe2\x80\x9d had left Avdiivka.\n"
                    "\xe2\x80\x9cWe held the line,\xe2\x80\x9d he said. \xe2\x80\x9cNobody ran.\xe2\x80\x9d\n";
    sift_analysis *an = analyze(t, "2024-02-20");
    CHECK(an, "analysis failed");
    size_t n, len;
    const char *text = sift_analysis_text(an, &len);
    const sift_quote *q = sift_analysis_quotes(an, &n);
    CHECK(n >= 3, "expected at least 3 quotes, got %zu", n);
    for (size_t i = 0; i < n; i++)
        CHECK(strlen(q[i].text) == q[i].span.end - q[i].span.start &&
                  memcmp(text + q[i].span.start, q[i].text, strlen(q[i].text)) == 0,
              "quote %zu offsets do not match its text", i);
    const sift_entity *e = sift_analysis_entities(an, &n);
    for (size_t i = 0; i < n; i++)
        for (size_t m = 0; m < e[i].n_mentions; m++)
            CHECK(memcmp(text + e[i].mentions[m].span.start, e[i].mentions[m].text,
                         e[i].mentions[m].span.end - e[i].mentions[m].span.start) == 0,
                  "mention offsets of %s", e[i].name);
    const sift_claim *c = sift_analysis_claims(an, &n);
    for (size_t i = 0; i < n; i++)
        CHECK(memcmp(text + c[i].span.start, c[i].text, c[i].span.end - c[i].span.start) == 0,
              "claim offsets");
    sift_analysis_free(an);
    return 0;
}

static int test_invalid_utf8(void)
{
    const char bad[] = "Officials said \xff\xfe the bridge was closed.";
    sift_analysis *an = NULL;
    sift_error err;
    sift_doc_options o = {0};
    o.id = "bad";
    int rc = sift_analyze(res, bad, sizeof bad - 1, &o, &an, &err);
    CHECK(rc == SIFT_ERR_INPUT && !an, "invalid UTF-8 accepted");
    CHECK(err.offset == 15, "offset %zu, expected 15", err.offset);
    CHECK(strstr(err.msg, "bad") && strstr(err.msg, "15"), "message lacks name or offset: %s", err.msg);
    o.lenient = 1;
    rc = sift_analyze(res, bad, sizeof bad - 1, &o, &an, &err);
    CHECK(rc == SIFT_OK && an, "lenient mode refused");
    const char *json = sift_analysis_json(an, NULL);
    CHECK(json && !strchr(json, '\xff'), "raw invalid byte in JSON");
    sift_analysis_free(an);
    return 0;
}

static int test_binary_and_empty(void)
{
    const char bin[] = "abc\0def";
    sift_analysis *an = NULL;
    sift_error err;
    CHECK(sift_analyze(res, bin, 7, NULL, &an, &err) == SIFT_ERR_INPUT, "NUL byte accepted");
    CHECK(err.offset == 3, "NUL offset %zu", err.offset);
    CHECK(sift_analyze(res, "", 0, NULL, &an, &err) == SIFT_OK && an, "empty text refused");
    size_t n;
    sift_analysis_quotes(an, &n);
    CHECK(n == 0, "quotes in empty text");
    sift_analysis_free(an);
    sift_analysis_free(NULL);
    sift_doc_options o = {0};
    o.published = "2024-02-30";
    CHECK(sift_analyze(res, "x", 1, &o, &an, &err) == SIFT_ERR_ARG, "bad date accepted");
    return 0;
}

static int write_file(const char *path, const char *data, size_t n)
{
    FILE *f = fopen(path, "wb");
    if (!f)
        return -1;
    fwrite(data, 1, n, f);
    return fclose(f);
}

static int test_lexicon_rejects_damage(void)
{
    char path[512];
    snprintf(path, sizeof path, "%s/lexicon.tsv", models);
    char *good = read_all(path);
    CHECK(good, "cannot read %s", path);
    size_t n = strlen(good);
    const char *dir = "build/test-lex";
    CHECK(system("mkdir -p build/test-lex") == 0, "mkdir");
    sift_resources *r = NULL;
    sift_error err;
    /* truncated */
    CHECK(write_file("build/test-lex/lexicon.tsv", good, n / 2) == 0, "write");
    CHECK(sift_resources_load(dir, &r, &err) == SIFT_ERR_FORMAT && !r, "truncated file loaded");
    CHECK(strstr(err.msg, "lexicon.tsv"), "message does not name the file: %s", err.msg);
    /* one byte flipped */
    good[n - 10] ^= 1;
    CHECK(write_file("build/test-lex/lexicon.tsv", good, n) == 0, "write");
    CHECK(sift_resources_load(dir, &r, &err) == SIFT_ERR_FORMAT, "corrupt file loaded");
    good[n - 10] ^= 1;
    /* another version */
    char *tab = strchr(good, '\t');
    CHECK(tab && tab[1] == '1', "unexpected header");
    tab[1] = '9';
    CHECK(write_file("build/test-lex/lexicon.tsv", good, n) == 0, "write");
    CHECK(sift_resources_load(dir, &r, &err) == SIFT_ERR_FORMAT && strstr(err.msg, "version"),
          "other version loaded: %s", err.msg);
    tab[1] = '1';
    /* a damaged model is refused, unless the models are not wanted */
    CHECK(write_file("build/test-lex/lexicon.tsv", good, n) == 0, "write");
    CHECK(write_file("build/test-lex/pos.model", "not a model\n", 12) == 0, "write");
    CHECK(sift_resources_load(dir, &r, &err) == SIFT_ERR_FORMAT && !r, "damaged pos.model loaded");
    CHECK(strstr(err.msg, "pos.model"), "message does not name the model: %s", err.msg);
    CHECK(sift_resources_open(dir, SIFT_LOAD_NO_MODELS, &r, &err) == SIFT_OK && r,
          "lexicon-only load failed: %s", err.msg);
    sift_resources_free(r);
    r = NULL;
    CHECK(remove("build/test-lex/pos.model") == 0, "remove");
    /* the parser is read only beside a tagger */
    char cmd[1024];
    snprintf(cmd, sizeof cmd, "cp '%s/pos.model' build/test-lex/pos.model", models);
    CHECK(system(cmd) == 0, "cannot copy %s/pos.model", models);
    /* a tagger trained with word clusters needs them beside it */
    snprintf(path, sizeof path, "%s/clusters.bin", models);
    if (access(path, R_OK) == 0) {
        CHECK(sift_resources_load(dir, &r, &err) == SIFT_ERR_ARG && !r, "pos.model loaded without clusters");
        CHECK(strstr(err.msg, "pos.model: this model needs the word clusters"), "message: %s", err.msg);
        snprintf(cmd, sizeof cmd, "cp '%s/clusters.bin' build/test-lex/clusters.bin", models);
        CHECK(system(cmd) == 0, "cannot copy %s/clusters.bin", models);
    }
    CHECK(write_file("build/test-lex/parse.model", "not a model\n", 12) == 0, "write");
    CHECK(sift_resources_load(dir, &r, &err) == SIFT_ERR_FORMAT && !r, "damaged parse.model loaded");
    CHECK(sift_resources_open(dir, SIFT_LOAD_NO_PARSER, &r, &err) == SIFT_OK && r,
          "load without the parser failed: %s", err.msg);
    sift_resources_free(r);
    r = NULL;
    CHECK(remove("build/test-lex/parse.model") == 0 && remove("build/test-lex/pos.model") == 0,
          "remove");
    remove("build/test-lex/clusters.bin");
    /* missing */
    CHECK(sift_resources_load("build/no-such-dir", &r, &err) == SIFT_ERR_IO, "missing dir loaded");
    free(good);
    return 0;
}

typedef struct job {
    const char *text;
    char *json;
} job;

static void *worker(void *arg)
{
    job *j = arg;
    for (int k = 0; k < 20; k++) {
        sift_analysis *an = analyze(j->text, "2024-11-07");
        if (!an)
            return NULL;
        const char *js = sift_analysis_json(an, NULL);
        if (k == 0 && js)
            j->json = strdup(js);
        sift_analysis_free(an);
    }
    return NULL;
}

/* One resources object serves several threads, with identical results. */
/* Every word sift lists (cues, titles, function words, ...) at the edges of
 * a document, where a look before or after it has nothing to read: a feed's
 * excerpt can start at "saying ..." or end at "the data show". Under ASan
 * (tests/run.sh) a read before the first token or past the last fails. */
typedef struct {
    int bad;
    char failed[256];
} edges;

static void word_at_edges(const char *w, sift_word_info info, void *ctx)
{
    (void)info;
    edges *e = ctx;
    static const char *const shapes[] = {
        "%s he will go.", "%s, the data show.", "%s", "The figures %s", "\"No,\" %s", "%s, saying 12 people %s.",
        "Officials %s 12", "%s %s %s", "%s of 40 homes, saying", "A spokesman %s: \"%s",
    };
    char text[256], cap[64];
    snprintf(cap, sizeof cap, "%s", w);
    cap[0] = (char)toupper((unsigned char)cap[0]);
    for (size_t i = 0; i < sizeof shapes / sizeof *shapes && !e->bad; i++)
        for (int c = 0; c < 2 && !e->bad; c++) {
            const char *x = c ? cap : w;
            snprintf(text, sizeof text, shapes[i], x, x, x);
            sift_analysis *an = analyze(text, "2025-01-15");
            if (!an || !sift_analysis_json(an, NULL)) {
                e->bad = 1;
                snprintf(e->failed, sizeof e->failed, "%s", text);
            }
            sift_analysis_free(an);
        }
}

static int test_words_at_edges(void)
{
    sift_words *w = sift_words_new();
    CHECK(w, "out of memory");
    edges e = {0, ""};
    sift_words_each(w, word_at_edges, &e);
    sift_words_free(w);
    CHECK(!e.bad, "analysis failed on \"%s\"", e.failed);
    return 0;
}

static int test_threads(void)
{
    const char *t = "Prime Minister Anna Lind said on Tuesday that 400 workers would lose their "
                    "jobs. \xe2\x80\x9cIt is a hard day,\xe2\x80\x9d she said.";
    job a = {t, NULL}, b = {t, NULL};
    pthread_t ta, tb;
    CHECK(pthread_create(&ta, NULL, worker, &a) == 0 && pthread_create(&tb, NULL, worker, &b) == 0,
          "pthread_create");
    pthread_join(ta, NULL);
    pthread_join(tb, NULL);
    CHECK(a.json && b.json && strcmp(a.json, b.json) == 0, "threads disagree");
    free(a.json);
    free(b.json);
    return 0;
}

int main(int argc, char **argv)
{
    int a = 1;
    if (a + 1 < argc && strcmp(argv[a], "--models") == 0) {
        models = argv[a + 1];
        a += 2;
    }
    sift_error err;
    if (sift_resources_load(models, &res, &err) != SIFT_OK) {
        printf("FAIL load resources: %s\n0 passed, 1 failed\n", err.msg);
        return 1;
    }
    if (a < argc) {
        for (; a < argc; a++)
            run_case(argv[a]) ? failed++ : passed++;
    } else {
        static const struct {
            const char *name;
            int (*fn)(void);
        } tests[] = {
            {"offsets_round_trip", test_offsets_round_trip},
            {"invalid_utf8", test_invalid_utf8},
            {"binary_and_empty", test_binary_and_empty},
            {"lexicon_rejects_damage", test_lexicon_rejects_damage},
            {"threads", test_threads},
            {"words_at_edges", test_words_at_edges},
        };
        for (size_t i = 0; i < sizeof tests / sizeof *tests; i++) {
            if (tests[i].fn() == 0) {
                printf("ok %s\n", tests[i].name);
                passed++;
            } else {
                failed++;
            }
        }
    }
    sift_resources_free(res);
    printf("%d passed, %d failed\n", passed, failed);
    return failed ? 1 : 0;
}
