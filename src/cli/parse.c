/*
 * parse.c — `sift parse`: tag, lemmatise, parse and find entities in
 * CoNLL-U, UNER IOB2 or plain text, and write CoNLL-U.
 */
#include <limits.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <time.h>
#include <unistd.h>

#include "cli.h"
#include "conllu/conllu.h"
#include "lex/lexicon.h"
#include "parse/parser.h"
#include "tag/models.h"
#include "util/arena.h"

static void usage(FILE *f)
{
    fprintf(f,
            "usage: sift parse [--input conllu|iob2|text] [--models DIR] [--no-ner] [--echo] [--time]\n"
            "                  [--max-bytes N] FILE\n"
            "  FILE '-' reads standard input. Writes CoNLL-U with UPOS, XPOS, LEMMA, HEAD and\n"
            "  DEPREL (when DIR has parse.model) and MISC NER=B-PER|I-PER|...|O.\n"
            "  --echo writes the input back unchanged (a format check).\n"
            "  --time prints the tagging speed (POS + entities) to standard error.\n"
            "  --max-bytes N refuses --input text larger than N bytes (default 1 GiB).\n");
}

typedef struct models {
    sift_lexicon *lex;
    sift_models m;  /* clusters, tagger, lemmas, recognizer, parser */
} models;

static int exists(const char *p)
{
    struct stat st;
    return stat(p, &st) == 0;
}

static int load_models(const char *dir, int want_ner, models *m)
{
    char p[PATH_MAX + 32];
    sift_error err;
    /* the lexicon only serves the recognizer */
    snprintf(p, sizeof p, "%s/ner.model", dir);
    want_ner = want_ner && exists(p);
    snprintf(p, sizeof p, "%s/lexicon.tsv", dir);
    if (want_ner && exists(p) && sift_lex_load(p, &m->lex, &err) != SIFT_OK)
        goto fail;
    if (sift_models_load(dir, want_ner ? 0 : SIFT_MODELS_NO_NER, m->lex, &m->m, &err) != SIFT_OK)
        goto fail;
    return 0;
fail:
    fprintf(stderr, "sift parse: %s\n", err.msg);
    return -1;
}

static void free_models(models *m)
{
    sift_models_free(&m->m);
    sift_lex_free(m->lex);
}

/* Working buffers for one sentence, grown as needed. */
typedef struct work {
    sift_tag_scratch *ws;
    sift_tag_word *w;
    sift_postag *tags;
    uint8_t *bio;
    size_t cap;
    double seconds;  /* spent in the tagger and the recognizer (--time) */
    size_t tokens;
} work;

static int work_reserve(work *k, size_t n)
{
    if (n <= k->cap)
        return 0;
    size_t cap = n * 2;
    sift_tag_word *w = realloc(k->w, cap * sizeof *w);
    if (w)
        k->w = w;
    sift_postag *t = realloc(k->tags, cap * sizeof *t);
    if (t)
        k->tags = t;
    uint8_t *b = realloc(k->bio, cap);
    if (b)
        k->bio = b;
    if (!w || !t || !b)
        return -1;
    k->cap = cap;
    return 0;
}

/* Fill the predicted columns of one sentence; strings go to the arena. */
static int annotate(const models *m, work *k, sift_csent *s, sift_arena *a)
{
    if (work_reserve(k, s->n))
        return -1;
    for (size_t i = 0; i < s->n; i++) {
        k->w[i].s = s->w[i].form;
        k->w[i].n = strlen(s->w[i].form);
    }
    struct timespec t0, t1;
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &t0);
    if (sift_tagger_tag(m->m.tagger, k->ws, k->w, s->n, k->tags) != SIFT_OK)
        return -1;
    if (m->m.ner && sift_ner_tag(m->m.ner, k->ws, k->w, k->tags, s->n, k->bio) != SIFT_OK)
        return -1;
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &t1);
    k->seconds += (double)(t1.tv_sec - t0.tv_sec) + (double)(t1.tv_nsec - t0.tv_nsec) / 1e9;
    k->tokens += s->n;
    char buf[256];
    for (size_t i = 0; i < s->n; i++) {
        sift_cword *w = &s->w[i];
        w->upos = sift_tagger_upos(m->m.tagger, k->tags[i].cls);
        w->xpos = sift_tagger_xpos(m->m.tagger, k->tags[i].cls);
        if (m->m.lemma) {
            size_t len = sift_lemma(m->m.lemma, k->w[i].s, k->w[i].n, k->tags[i].upos, w->xpos,
                                    buf, sizeof buf);
            w->lemma = sift_arena_strndup(a, buf, len);
        } else {
            w->lemma = NULL;
        }
        w->feats = NULL;
        w->deps = NULL;
        w->head = -1;
        w->deprel = NULL;
        w->ner = m->m.ner ? sift_ner_label(k->bio[i]) : NULL;
    }
    if (m->m.parser && s->n && sift_parser_parse(m->m.parser, s->w, s->n) != 0)
        return -1;
    return 0;
}

/* ---- plain text ----------------------------------------------------- */

static int is_space(char c)
{
    return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v';
}

static int lead_punct(unsigned char c)
{
    return c == '(' || c == '[' || c == '{' || c == '"' || c == '\'' || c == '`';
}

static int trail_punct(unsigned char c)
{
    return c == ')' || c == ']' || c == '}' || c == '"' || c == '\'' || c == '.' || c == ',' ||
           c == ';' || c == ':' || c == '!' || c == '?';
}

static int ieq(const char *a, const char *b, size_t n)
{
    for (size_t i = 0; i < n; i++) {
        char c = a[i];
        if (c >= 'A' && c <= 'Z')
            c = (char)(c + 32);
        if (c != b[i])
            return 0;
    }
    return 1;
}

/* The length of an English clitic at the end of w[0..n) ("n't", "'s", ...), or 0. */
static size_t clitic(const char *w, size_t n)
{
    static const char *const cl[] = {"n't", "'s", "'re", "'ll", "'ve", "'d", "'m"};
    for (size_t i = 0; i < sizeof cl / sizeof *cl; i++) {
        size_t k = strlen(cl[i]);
        if (n > k && ieq(w + n - k, cl[i], k))
            return k;
    }
    return 0;
}

/* A period that belongs to its word: initials, abbreviations like U.S. or Dr. */
static int keeps_period(const char *w, size_t n)
{
    if (n < 2 || w[n - 1] != '.')
        return 0;
    if (memchr(w, '.', n - 1))
        return 1;
    static const char *const ab[] = {"mr.", "mrs.", "ms.", "dr.", "st.", "jr.", "sr.", "inc.",
                                     "co.", "corp.", "ltd.", "vs.", "etc.", "gen.", "gov.",
                                     "sen.", "rep.", "prof.", "no.", "jan.", "feb.", "aug.",
                                     "sept.", "oct.", "nov.", "dec.", "mt.", "ft."};
    for (size_t i = 0; i < sizeof ab / sizeof *ab; i++)
        if (strlen(ab[i]) == n && ieq(w, ab[i], n))
            return 1;
    return n == 2 && w[0] >= 'A' && w[0] <= 'Z';
}

typedef struct tokbuf {
    sift_cword *w;
    size_t n, cap;
} tokbuf;

static int push_tok(tokbuf *tb, sift_arena *a, const char *s, size_t n)
{
    if (tb->n == tb->cap) {
        size_t cap = tb->cap ? tb->cap * 2 : 64;
        sift_cword *w = realloc(tb->w, cap * sizeof *w);
        if (!w)
            return -1;
        tb->w = w;
        tb->cap = cap;
    }
    sift_cword *w = &tb->w[tb->n++];
    memset(w, 0, sizeof *w);
    w->head = -1;
    w->form = sift_arena_strndup(a, s, n);
    return w->form ? 0 : -1;
}

/* Split one whitespace-separated chunk into tokens. */
static int split_chunk(tokbuf *tb, sift_arena *a, const char *s, size_t n)
{
    size_t b = 0, e = n;
    while (b < e && lead_punct((unsigned char)s[b]))
        if (push_tok(tb, a, s + b++, 1))
            return -1;
    size_t ntrail = 0;
    while (e > b && trail_punct((unsigned char)s[e - 1]) && !keeps_period(s + b, e - b)) {
        e--;
        ntrail++;
    }
    if (e > b) {
        size_t k = clitic(s + b, e - b);
        if (push_tok(tb, a, s + b, e - b - k) || (k && push_tok(tb, a, s + e - k, k)))
            return -1;
    }
    for (size_t i = e; i < n; i++)
        if (push_tok(tb, a, s + i, 1))
            return -1;
    return 0;
}

static int is_end(const sift_cword *w)
{
    return strcmp(w->form, ".") == 0 || strcmp(w->form, "!") == 0 || strcmp(w->form, "?") == 0;
}

static int emit(const models *m, work *k, tokbuf *tb, size_t from, size_t to, size_t *sent_no,
                sift_arena *a)
{
    if (to <= from)
        return 0;
    sift_csent s = {0};
    s.w = tb->w + from;
    s.n = to - from;
    char idline[64], *text = NULL;
    snprintf(idline, sizeof idline, "# sent_id = %zu", ++*sent_no);
    size_t len = 9;
    for (size_t i = from; i < to; i++)
        len += strlen(tb->w[i].form) + 1;
    text = sift_arena_alloc(a, len + 1);
    if (!text)
        return -1;
    memcpy(text, "# text =", 8);
    size_t o = 8;
    for (size_t i = from; i < to; i++) {
        size_t n = strlen(tb->w[i].form);
        text[o++] = ' ';
        memcpy(text + o, tb->w[i].form, n);
        o += n;
    }
    text[o] = '\0';
    const char *extra[2] = {idline, text};
    size_t at[2] = {0, 0};
    s.extra = extra;
    s.extra_at = at;
    s.n_extra = 2;
    if (annotate(m, k, &s, a))
        return -1;
    return sift_conllu_write_sent(stdout, &s);
}

/* Paragraphs (blank lines) and sentence ends (. ! ? before a capital or the end). */
static int run_text(const models *m, work *k, const char *text, size_t len)
{
    int rc = -1;
    size_t sent_no = 0;
    tokbuf tb = {0};
    sift_arena *a = NULL;
    size_t i = 0;
    while (i < len) {
        sift_arena_free(a);
        a = sift_arena_new(1 << 16);
        if (!a)
            goto done;
        tb.n = 0;
        /* One paragraph: up to a blank line. */
        size_t end = i;
        while (end < len) {
            if (text[end] == '\n') {
                size_t j = end + 1;
                while (j < len && (text[j] == ' ' || text[j] == '\t' || text[j] == '\r'))
                    j++;
                if (j < len && text[j] == '\n')
                    break;
            }
            end++;
        }
        for (size_t p = i; p < end;) {
            while (p < end && is_space(text[p]))
                p++;
            size_t q = p;
            while (q < end && !is_space(text[q]))
                q++;
            if (q > p && split_chunk(&tb, a, text + p, q - p))
                goto done;
            p = q;
        }
        size_t from = 0;
        for (size_t t = 0; t < tb.n; t++) {
            int last = t + 1 == tb.n;
            if (!last && is_end(&tb.w[t])) {
                size_t nx = t + 1;
                while (nx < tb.n && (strcmp(tb.w[nx].form, "\"") == 0 ||
                                     strcmp(tb.w[nx].form, "'") == 0 ||
                                     strcmp(tb.w[nx].form, ")") == 0))
                    nx++;
                unsigned char c = nx < tb.n ? (unsigned char)tb.w[nx].form[0] : 'A';
                if ((c >= 'A' && c <= 'Z') || c == '"' || c >= 0x80 || nx == tb.n) {
                    if (emit(m, k, &tb, from, nx, &sent_no, a))
                        goto done;
                    from = nx;
                    t = nx - 1;
                }
            } else if (last && emit(m, k, &tb, from, tb.n, &sent_no, a)) {
                goto done;
            }
        }
        i = end + 1;
    }
    rc = 0;
done:
    sift_arena_free(a);
    free(tb.w);
    return rc;
}

int sift_cli_parse(int argc, char **argv)
{
    const char *input = "conllu", *dir = NULL, *file = NULL;
    int echo = 0, want_ner = 1, timing = 0;
    size_t max = (size_t)1 << 30;
    for (int i = 1; i < argc; i++) {
        const char *a = argv[i];
        if (strcmp(a, "--help") == 0 || strcmp(a, "-h") == 0) {
            usage(stdout);
            return 0;
        } else if (strcmp(a, "--echo") == 0) {
            echo = 1;
        } else if (strcmp(a, "--time") == 0) {
            timing = 1;
        } else if (strcmp(a, "--no-ner") == 0) {
            want_ner = 0;
        } else if ((strcmp(a, "--input") == 0 || strcmp(a, "--models") == 0) && i + 1 < argc) {
            if (a[2] == 'i')
                input = argv[++i];
            else
                dir = argv[++i];
        } else if (strcmp(a, "--max-bytes") == 0 && i + 1 < argc) {
            char *end;
            unsigned long long v = strtoull(argv[++i], &end, 10);
            if (*end || v == 0) {
                fprintf(stderr, "sift parse: --max-bytes takes a positive number, not '%s'\n", argv[i]);
                return 2;
            }
            max = (size_t)v;
        } else if (a[0] == '-' && a[1]) {
            fprintf(stderr, "sift parse: unknown option %s\n", a);
            usage(stderr);
            return 2;
        } else if (!file) {
            file = a;
        } else {
            fprintf(stderr, "sift parse: one input file at a time\n");
            return 2;
        }
    }
    if (!file || (strcmp(input, "conllu") && strcmp(input, "iob2") && strcmp(input, "text"))) {
        usage(stderr);
        return 2;
    }
    const char *path = strcmp(file, "-") == 0 ? "/dev/stdin" : file;
    models m = {0};
    work k = {0};
    sift_corpus *c = NULL;
    int rc = 1;
    char mdir[PATH_MAX + 32];
    if (!echo) {
        if (load_models(sift_cli_models_dir(dir, mdir, sizeof mdir), want_ner, &m))
            goto done;
        k.ws = sift_tag_scratch_new();
        if (!k.ws)
            goto nomem;
    }
    if (strcmp(input, "text") == 0) {
        size_t len;
        char *text = sift_cli_read_file(file, max, &len);
        if (!text)
            goto done;
        int bad = echo ? (fwrite(text, 1, len, stdout) != len) : run_text(&m, &k, text, len);
        free(text);
        if (bad)
            goto nomem;
    } else {
        sift_error err;
        int r = strcmp(input, "iob2") == 0 ? sift_iob2_read(path, &c, &err)
                                           : sift_conllu_read(path, &c, &err);
        if (r != SIFT_OK) {
            fprintf(stderr, "sift parse: %s\n", err.msg);
            goto done;
        }
        for (size_t s = 0; s < c->n; s++) {
            if (!echo) {
                sift_arena *a = sift_arena_new(4096);
                int bad = !a || annotate(&m, &k, &c->s[s], a);
                if (!bad)
                    bad = sift_conllu_write_sent(stdout, &c->s[s]) != SIFT_OK;
                sift_arena_free(a);
                if (bad)
                    goto nomem;
            } else if (sift_conllu_write_sent(stdout, &c->s[s]) != SIFT_OK) {
                goto nomem;
            }
        }
    }
    if (fflush(stdout) != 0) {
        fprintf(stderr, "sift parse: write error\n");
        goto done;
    }
    if (timing && k.seconds > 0)
        fprintf(stderr, "tagged %zu tokens in %.3f s: %.0f tokens/s (POS%s, one thread)\n",
                k.tokens, k.seconds, (double)k.tokens / k.seconds, m.m.ner ? " + entities" : "");
    rc = 0;
    goto done;
nomem:
    fprintf(stderr, "sift parse: out of memory or write error\n");
done:
    sift_corpus_free(c);
    free_models(&m);
    sift_tag_scratch_free(k.ws);
    free(k.w);
    free(k.tags);
    free(k.bio);
    return rc;
}
