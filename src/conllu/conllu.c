/*
 * conllu.c — CoNLL-U and UNER IOB2 corpora in memory (see conllu.h).
 *
 * The whole file is read into one buffer (the corpus keeps it, c->text)
 * and cut in place: every field is a NUL-terminated slice of it, so a corpus costs a
 * handful of allocations however many words it holds. Lines that are not
 * plain words (comments, multiword ranges "1-2", empty nodes "1.1") are kept
 * verbatim and written back where they stood, which makes read + write an
 * identity on well-formed files.
 */
#include "conllu.h"
#include "../util/file.h"

#include <errno.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

/* Growable scratch arrays for the sentence being read (malloc'd, reused). */
typedef struct scratch {
    sift_cword *w;
    size_t nw, capw;
    size_t *wline;        /* the line number of each word, for head errors */
    const char **extra;
    size_t *extra_at;
    size_t ne, cape;
    sift_csent *s;
    size_t ns, caps;
} scratch;

static int err_at(sift_error *err, int code, const char *path, size_t line, const char *what)
{
    if (err) {
        if (line)
            snprintf(err->msg, sizeof err->msg, "%.300s:%zu: %.180s", path, line, what);
        else
            snprintf(err->msg, sizeof err->msg, "%.300s: %.180s", path, what);
        err->offset = SIZE_MAX;
    }
    return code;
}

static int grow(void **p, size_t *cap, size_t need, size_t elem)
{
    if (need <= *cap)
        return 0;
    size_t nc = *cap ? *cap * 2 : 64;
    while (nc < need)
        nc *= 2;
    void *np = realloc(*p, nc * elem);
    if (!np)
        return -1;
    *p = np;
    *cap = nc;
    return 0;
}

/* Parse a decimal integer covering all of s; -1 if s is not one (or too big). */
static long parse_int(const char *s, const char *end)
{
    if (s == end)
        return -1;
    long v = 0;
    for (const char *p = s; p < end; p++) {
        if (*p < '0' || *p > '9' || v > 100000000)
            return -1;
        v = v * 10 + (*p - '0');
    }
    return v;
}

/* Move the sentence in scratch into the arena and onto the corpus list. */
static int flush(scratch *sc, sift_arena *a)
{
    if (sc->nw == 0 && sc->ne == 0)
        return 0;
    if (grow((void **)&sc->s, &sc->caps, sc->ns + 1, sizeof *sc->s))
        return -1;
    sift_csent *s = &sc->s[sc->ns];
    memset(s, 0, sizeof *s);
    if (sc->nw) {
        s->w = sift_arena_alloc(a, sc->nw * sizeof *s->w);
        if (!s->w)
            return -1;
        memcpy(s->w, sc->w, sc->nw * sizeof *s->w);
    }
    s->n = sc->nw;
    if (sc->ne) {
        s->extra = sift_arena_alloc(a, sc->ne * sizeof *s->extra);
        s->extra_at = sift_arena_alloc(a, sc->ne * sizeof *s->extra_at);
        if (!s->extra || !s->extra_at)
            return -1;
        memcpy(s->extra, sc->extra, sc->ne * sizeof *s->extra);
        memcpy(s->extra_at, sc->extra_at, sc->ne * sizeof *s->extra_at);
    }
    s->n_extra = sc->ne;
    sc->ns++;
    sc->nw = sc->ne = 0;
    return 0;
}

static int add_extra(scratch *sc, const char *line)
{
    size_t old = sc->cape;
    if (grow((void **)&sc->extra, &sc->cape, sc->ne + 1, sizeof *sc->extra))
        return -1;
    if (sc->cape != old || !sc->extra_at) {
        size_t *na = realloc(sc->extra_at, sc->cape * sizeof *na);
        if (!na)
            return -1;
        sc->extra_at = na;
    }
    sc->extra[sc->ne] = line;
    sc->extra_at[sc->ne] = sc->nw;
    sc->ne++;
    return 0;
}

static sift_cword *add_word(scratch *sc, size_t line)
{
    size_t old = sc->capw;
    if (grow((void **)&sc->w, &sc->capw, sc->nw + 1, sizeof *sc->w))
        return NULL;
    if (sc->capw != old || !sc->wline) {
        size_t *nl = realloc(sc->wline, sc->capw * sizeof *nl);
        if (!nl)
            return NULL;
        sc->wline = nl;
    }
    sc->wline[sc->nw] = line;
    sift_cword *w = &sc->w[sc->nw++];
    memset(w, 0, sizeof *w);
    w->head = -1;
    return w;
}

static void scratch_free(scratch *sc)
{
    free(sc->w);
    free(sc->wline);
    free(sc->extra);
    free(sc->extra_at);
    free(sc->s);
}

/* "_" is the empty column. */
static const char *col(char *s)
{
    return (s[0] == '_' && s[1] == '\0') ? NULL : s;
}

/* The value of NER=... inside a MISC column, NUL-terminated in the arena; NULL if none. */
static const char *misc_ner(sift_arena *a, const char *misc)
{
    if (!misc)
        return NULL;
    for (const char *p = misc; *p;) {
        const char *e = strchr(p, '|');
        size_t n = e ? (size_t)(e - p) : strlen(p);
        if (n > 4 && memcmp(p, "NER=", 4) == 0)
            return sift_arena_strndup(a, p + 4, n - 4);
        if (!e)
            break;
        p = e + 1;
    }
    return NULL;
}

/* Split line at tabs in place; up to max fields. Returns the field count. */
static int split_tabs(char *line, char **f, int max)
{
    int n = 0;
    f[n++] = line;
    for (char *p = line; *p; p++) {
        if (*p == '\t') {
            *p = '\0';
            if (n == max)
                return max + 1;
            f[n++] = p + 1;
        }
    }
    return n;
}

/* Check the heads of the sentence in scratch once it is complete. */
static int check_heads(const scratch *sc, const char *path, sift_error *err)
{
    for (size_t i = 0; i < sc->nw; i++)
        if (sc->w[i].head > (int)sc->nw)
            return err_at(err, SIFT_ERR_FORMAT, path, sc->wline[i],
                          "HEAD points past the end of the sentence");
    return 0;
}

/* A blank line (or the end of the file): check the sentence's heads and keep it. */
static int end_sentence(scratch *sc, sift_arena *a, const char *path, size_t lineno, sift_error *err)
{
    if (check_heads(sc, path, err))
        return SIFT_ERR_FORMAT;
    if (flush(sc, a))
        return err_at(err, SIFT_ERR_NOMEM, path, lineno, "out of memory");
    return SIFT_OK;
}

typedef int (*line_fn)(scratch *sc, sift_arena *a, char *line, size_t lineno, const char *path,
                       sift_error *err);

static int conllu_line(scratch *sc, sift_arena *a, char *line, size_t lineno, const char *path,
                       sift_error *err)
{
    if (line[0] == '#')
        return add_extra(sc, line) ? err_at(err, SIFT_ERR_NOMEM, path, lineno, "out of memory") : 0;
    const char *tab = strchr(line, '\t');
    if (!tab)
        return err_at(err, SIFT_ERR_FORMAT, path, lineno, "expected 10 tab-separated columns");
    /* Multiword ranges and empty nodes are kept verbatim (after a shape check). */
    const char *dash = memchr(line, '-', (size_t)(tab - line));
    const char *dot = memchr(line, '.', (size_t)(tab - line));
    if (dash || dot) {
        const char *sep = dash ? dash : dot;
        if (parse_int(line, sep) < 0 || parse_int(sep + 1, tab) < 0)
            return err_at(err, SIFT_ERR_FORMAT, path, lineno, "malformed ID column");
        size_t tabs = 0;
        for (const char *p = line; *p; p++)
            tabs += *p == '\t';
        if (tabs != 9)
            return err_at(err, SIFT_ERR_FORMAT, path, lineno, "expected 10 tab-separated columns");
        return add_extra(sc, line) ? err_at(err, SIFT_ERR_NOMEM, path, lineno, "out of memory") : 0;
    }
    char *f[11];
    if (split_tabs(line, f, 10) != 10)
        return err_at(err, SIFT_ERR_FORMAT, path, lineno, "expected 10 tab-separated columns");
    for (int i = 0; i < 10; i++)
        if (!f[i][0])
            return err_at(err, SIFT_ERR_FORMAT, path, lineno, "empty column (use _)");
    long id = parse_int(f[0], f[0] + strlen(f[0]));
    if (id < 0)
        return err_at(err, SIFT_ERR_FORMAT, path, lineno, "malformed ID column");
    if ((size_t)id != sc->nw + 1)
        return err_at(err, SIFT_ERR_FORMAT, path, lineno,
                      "word IDs must run 1, 2, 3, ... within a sentence");
    sift_cword *w = add_word(sc, lineno);
    if (!w)
        return err_at(err, SIFT_ERR_NOMEM, path, lineno, "out of memory");
    w->form = f[1];   /* a form of "_" is a real underscore */
    w->lemma = col(f[2]);
    if (w->lemma == NULL && strcmp(f[1], "_") == 0)
        w->lemma = f[2];
    w->upos = col(f[3]);
    w->xpos = col(f[4]);
    w->feats = col(f[5]);
    if (strcmp(f[6], "_") == 0) {
        w->head = -1;
    } else {
        long h = parse_int(f[6], f[6] + strlen(f[6]));
        if (h < 0)
            return err_at(err, SIFT_ERR_FORMAT, path, lineno, "malformed HEAD column");
        w->head = (int)h;
    }
    w->deprel = col(f[7]);
    w->deps = col(f[8]);
    w->misc = col(f[9]);
    w->ner = misc_ner(a, w->misc);
    return 0;
}

/* Normalise an IOB2 tag to PER/ORG/LOC only: OTH and the stray "O" type become O. */
static const char *iob2_tag(const char *t, const char *prev)
{
    if (strcmp(t, "O") == 0)
        return "O";
    if ((t[0] != 'B' && t[0] != 'I') || t[1] != '-')
        return NULL;
    const char *type = t + 2;
    static const char *const tags[2][3] = {{"B-PER", "B-ORG", "B-LOC"},
                                           {"I-PER", "I-ORG", "I-LOC"}};
    static const char *const types[3] = {"PER", "ORG", "LOC"};
    for (int k = 0; k < 3; k++) {
        if (strcmp(type, types[k]) != 0)
            continue;
        int inside = t[0] == 'I';
        /* An I- that does not continue an entity of its type begins one. */
        if (inside && (!prev || strcmp(prev + (prev[0] == 'O' ? 0 : 2), types[k]) != 0))
            inside = 0;
        return tags[inside][k];
    }
    return "O";
}

static int iob2_line(scratch *sc, sift_arena *a, char *line, size_t lineno, const char *path,
                     sift_error *err)
{
    (void)a;
    if (line[0] == '#')
        return add_extra(sc, line) ? err_at(err, SIFT_ERR_NOMEM, path, lineno, "out of memory") : 0;
    char *f[9];
    int nf = split_tabs(line, f, 8);
    if (nf < 3 || nf > 8)
        return err_at(err, SIFT_ERR_FORMAT, path, lineno,
                      "expected index TAB token TAB tag [TAB ...]");
    long id = parse_int(f[0], f[0] + strlen(f[0]));
    if (id < 0 || (size_t)id != sc->nw + 1)
        return err_at(err, SIFT_ERR_FORMAT, path, lineno,
                      "token indexes must run 1, 2, 3, ... within a sentence");
    if (!f[1][0])
        return err_at(err, SIFT_ERR_FORMAT, path, lineno, "empty token");
    const char *prev = sc->nw ? sc->w[sc->nw - 1].ner : NULL;
    const char *tag = iob2_tag(f[2], prev);
    if (!tag)
        return err_at(err, SIFT_ERR_FORMAT, path, lineno, "tag is not O, B-TYPE or I-TYPE");
    sift_cword *w = add_word(sc, lineno);
    if (!w)
        return err_at(err, SIFT_ERR_NOMEM, path, lineno, "out of memory");
    w->form = f[1];
    w->ner = tag;
    return 0;
}

static int read_file(const char *path, line_fn fn, sift_corpus **out, sift_error *err)
{
    *out = NULL;
    scratch sc = {0};
    sift_corpus *c = calloc(1, sizeof *c);
    if (!c)
        return err_at(err, SIFT_ERR_NOMEM, path, 0, "out of memory");
    int rc = SIFT_OK;
    c->arena = sift_arena_new(1 << 16);
    if (!c->arena) {
        rc = err_at(err, SIFT_ERR_NOMEM, path, 0, "out of memory");
        goto fail;
    }
    size_t len;
    if ((rc = sift_file_read(path, &c->text, &len, err)) != SIFT_OK)
        goto fail;
    char *buf = c->text;
    if (memchr(buf, '\0', len)) {
        rc = err_at(err, SIFT_ERR_FORMAT, path, 0, "binary data (a NUL byte) in a text corpus");
        goto fail;
    }
    size_t lineno = 0;
    char *p = buf, *end = buf + len;
    while (p < end) {
        char *nl = memchr(p, '\n', (size_t)(end - p));
        char *e = nl ? nl : end;
        *e = '\0';
        lineno++;
        if (e > p && e[-1] == '\r') {
            rc = err_at(err, SIFT_ERR_FORMAT, path, lineno, "CR LF line ending (use LF)");
            goto fail;
        }
        rc = p == e ? end_sentence(&sc, c->arena, path, lineno, err)
                    : fn(&sc, c->arena, p, lineno, path, err);
        if (rc != SIFT_OK)
            goto fail;
        p = e + 1;
    }
    /* the end of the file ends the last sentence too */
    if ((rc = end_sentence(&sc, c->arena, path, lineno, err)) != SIFT_OK)
        goto fail;
    if (sc.ns) {
        c->s = sift_arena_alloc(c->arena, sc.ns * sizeof *c->s);
        if (!c->s) {
            rc = err_at(err, SIFT_ERR_NOMEM, path, 0, "out of memory");
            goto fail;
        }
        memcpy(c->s, sc.s, sc.ns * sizeof *c->s);
    }
    c->n = sc.ns;
    scratch_free(&sc);
    *out = c;
    return SIFT_OK;
fail:
    scratch_free(&sc);
    sift_corpus_free(c);
    return rc;
}

int sift_conllu_read(const char *path, sift_corpus **out, sift_error *err)
{
    return read_file(path, conllu_line, out, err);
}

int sift_iob2_read(const char *path, sift_corpus **out, sift_error *err)
{
    return read_file(path, iob2_line, out, err);
}

static void put_col(FILE *f, const char *s)
{
    fputs(s ? s : "_", f);
}

/* One MISC entry, with the '|' before it unless it is the first. */
static void misc_item(FILE *f, int *wrote, const char *prefix, const char *s, size_t n)
{
    if ((*wrote)++)
        fputc('|', f);
    fputs(prefix, f);
    fwrite(s, 1, n, f);
}

/* MISC with its NER= entry set to `ner` (added when missing, removed when ner is NULL). */
static void put_misc(FILE *f, const char *misc, const char *ner)
{
    int wrote = 0, placed = 0;
    for (const char *p = misc; p && *p;) {
        const char *e = strchr(p, '|');
        size_t n = e ? (size_t)(e - p) : strlen(p);
        if (n > 4 && memcmp(p, "NER=", 4) == 0) {
            if (ner && !placed)
                misc_item(f, &wrote, "NER=", ner, strlen(ner));
            placed = 1;
        } else {
            misc_item(f, &wrote, "", p, n);
        }
        if (!e)
            break;
        p = e + 1;
    }
    if (ner && !placed)
        misc_item(f, &wrote, "NER=", ner, strlen(ner));
    if (!wrote)
        fputc('_', f);
}

int sift_conllu_write_sent(FILE *f, const sift_csent *s)
{
    size_t e = 0;
    for (size_t i = 0; i <= s->n; i++) {
        for (; e < s->n_extra && s->extra_at[e] <= i; e++) {
            fputs(s->extra[e], f);
            fputc('\n', f);
        }
        if (i == s->n)
            break;
        const sift_cword *w = &s->w[i];
        fprintf(f, "%zu\t", i + 1);
        put_col(f, w->form);
        fputc('\t', f);
        put_col(f, w->lemma);
        fputc('\t', f);
        put_col(f, w->upos);
        fputc('\t', f);
        put_col(f, w->xpos);
        fputc('\t', f);
        put_col(f, w->feats);
        fputc('\t', f);
        if (w->head >= 0)
            fprintf(f, "%d", w->head);
        else
            fputc('_', f);
        fputc('\t', f);
        put_col(f, w->deprel);
        fputc('\t', f);
        put_col(f, w->deps);
        fputc('\t', f);
        put_misc(f, w->misc, w->ner);
        fputc('\n', f);
    }
    fputc('\n', f);
    return ferror(f) ? SIFT_ERR_IO : SIFT_OK;
}

void sift_corpus_free(sift_corpus *c)
{
    if (!c)
        return;
    sift_arena_free(c->arena);
    free(c->text);
    free(c);
}
