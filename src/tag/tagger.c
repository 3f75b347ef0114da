/*
 * tagger.c — the part-of-speech tagger (see tagger.h): word facts, feature
 * templates, greedy decoding, training and the model payload.
 *
 * Invariant of decoding: the features of token i depend on the words
 * around it and on the tags already chosen for i-1 and i-2 only, so one
 * left-to-right pass tags a sentence; training replays exactly that pass
 * (with its own mistakes in the history) and updates on each wrong tag.
 */
#include "tagger.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "model/modelfile.h"
#include "lex/lexicon.h"
#include "model/perceptron.h"
#include "tag/tag_int.h"

#define POS_VERSION 4
#define NONE 0xffff

static const char *const upos_names[SIFT_UPOS_COUNT] = {
    "X", "ADJ", "ADP", "ADV", "AUX", "CCONJ", "DET", "INTJ", "NOUN",
    "NUM", "PART", "PRON", "PROPN", "PUNCT", "SCONJ", "SYM", "VERB"};

const char *sift_upos_name(int upos)
{
    return upos >= 0 && upos < SIFT_UPOS_COUNT ? upos_names[upos] : "X";
}

int sift_upos_id(const char *name)
{
    for (int i = 0; name && i < SIFT_UPOS_COUNT; i++)
        if (strcmp(name, upos_names[i]) == 0)
            return i;
    return SIFT_UPOS_X;
}

/* ---- word facts ------------------------------------------------------- */

static inline uint64_t fnv_byte(uint64_t h, unsigned char c)
{
    return (h ^ c) * 0x100000001b3ULL;
}

static inline unsigned char lower_byte(unsigned char c)
{
    if (c >= 'A' && c <= 'Z')
        return (unsigned char)(c + 32);
    if (c >= '0' && c <= '9')
        return '0';
    return c;
}

uint64_t sift_tag_lower_hash(const char *s, size_t n)
{
    uint64_t h = SIFT_FNV_OFFSET;
    for (size_t i = 0; i < n; i++)
        h = fnv_byte(h, lower_byte((unsigned char)s[i]));
    return sift_feat_u64(1, h);
}

int sift_tag_reserve(sift_tag_scratch *ws, size_t n)
{
    if (n <= ws->cap)
        return 0;
    size_t cap = ws->cap ? ws->cap : 64;
    while (cap < n)
        cap *= 2;
    tag_tok *t = realloc(ws->tok, cap * sizeof *t);
    if (!t)
        return -1;
    ws->tok = t;
    float *l = realloc(ws->lattice, cap * TAG_LATTICE_W * sizeof *l);
    if (!l)
        return -1;
    ws->lattice = l;
    uint8_t *b = realloc(ws->back, cap * TAG_LATTICE_W);
    if (!b)
        return -1;
    ws->back = b;
    ws->cap = cap;
    ws->words = NULL;
    return 0;
}

sift_tag_scratch *sift_tag_scratch_new(void)
{
    return calloc(1, sizeof(sift_tag_scratch));
}

void sift_tag_scratch_free(sift_tag_scratch *ws)
{
    if (!ws)
        return;
    free(ws->tok);
    free(ws->lattice);
    free(ws->back);
    free(ws);
}

static char shape_class(unsigned char c)
{
    if (c >= 'A' && c <= 'Z')
        return 'X';
    if (c >= 'a' && c <= 'z')
        return 'x';
    if (c >= '0' && c <= '9')
        return 'd';
    if (c >= 0x80)
        return c >= 0xc0 ? 'u' : 0; /* one 'u' per non-ASCII character */
    return (char)c;
}

static void word_facts(tag_tok *t, const char *s, size_t n)
{
    memset(t, 0, sizeof *t);
    t->single = NONE;
    t->len = (uint32_t)n;
    uint64_t hl = SIFT_FNV_OFFSET, hf = hl, hs = hl;
    char last = 0;
    int letters = 0, uppers = 0, other = 0;
    for (size_t i = 0; i < n; i++) {
        unsigned char c = (unsigned char)s[i];
        hl = fnv_byte(hl, lower_byte(c));
        hf = fnv_byte(hf, c);
        char k = shape_class(c);
        if (k && k != last) {
            hs = fnv_byte(hs, (unsigned char)k);
            last = k;
        }
        if (c >= 'A' && c <= 'Z') {
            letters++;
            uppers++;
            if (i == 0)
                t->flags |= TF_UPPER1;
            else
                t->flags |= TF_UPPERIN;
        } else if (c >= 'a' && c <= 'z') {
            letters++;
        } else if (c >= '0' && c <= '9') {
            t->flags |= TF_DIGIT;
        } else if (c >= 0x80) {
            t->flags |= TF_NONASCII;
            letters++;
        } else {
            if (c == '-')
                t->flags |= TF_HYPHEN;
            if (c != ',' && c != '.')
                other = 1;
        }
    }
    if (letters)
        t->flags |= TF_ALPHA;
    else if (!(t->flags & TF_DIGIT))
        t->flags |= TF_PUNCT;
    if (uppers > 1 && uppers == letters)
        t->flags |= TF_ALLCAPS;
    if ((t->flags & TF_DIGIT) && !letters && !other)
        t->flags |= TF_ALLDIGIT;
    if (n && s[n - 1] == '.')
        t->flags |= TF_PERIOD;
    t->lower = sift_feat_u64(1, hl);
    t->form = sift_feat_u64(2, hf);
    t->shape = sift_feat_u64(3, hs);
    for (size_t k = 1; k <= 4 && k <= n; k++) {
        uint64_t hp = SIFT_FNV_OFFSET, hx = hp;
        for (size_t i = 0; i < k; i++) {
            hp = fnv_byte(hp, lower_byte((unsigned char)s[i]));
            hx = fnv_byte(hx, lower_byte((unsigned char)s[n - k + i]));
        }
        t->pre[k - 1] = sift_feat_u64(10 + (uint32_t)k, hp);
        t->suf[k - 1] = sift_feat_u64(20 + (uint32_t)k, hx);
    }
}

void sift_tag_words(sift_tag_scratch *ws, const sift_tag_word *w, size_t n)
{
    for (size_t i = 0; i < n; i++)
        word_facts(&ws->tok[i], w[i].s, w[i].n);
}

/* ---- the model -------------------------------------------------------- */

struct sift_tagger {
    sift_modelfile mf;      /* first (see sift_tag_open); owns the bytes of a loaded model */
    uint32_t n_classes;
    const char **upos, **xpos;
    uint8_t *cls_upos;
    uint32_t dict_bits;
    uint64_t dict_mask;
    const uint32_t *dict;   /* 2 words a slot: key, 1<<31 | single<<23 | amb */
    sift_tag_map wc;        /* word classes (bits, see tagger.h); may be empty */
    const sift_clusters *cl; /* word clusters (borrowed), or NULL */
    sift_wtab wt;
};

/* Ambiguity class, single tag, word classes and cluster of every token. */
static void dict_facts(const sift_tagger *t, tag_tok *tk, size_t n)
{
    for (size_t i = 0; i < n; i++) {
        uint64_t h = tk[i].lower & t->dict_mask;
        uint32_t key = (uint32_t)(tk[i].lower >> 32);
        for (;;) {
            const uint32_t *s = t->dict + 2 * h;
            if (!(s[1] >> 31))
                break;
            if (s[0] == key) {
                tk[i].amb = s[1] & 0x7fffff;
                uint32_t single = (s[1] >> 23) & 0xff;
                tk[i].single = single == 0xff ? NONE : (uint16_t)single;
                break;
            }
            h = (h + 1) & t->dict_mask;
        }
        tk[i].wn = (uint16_t)sift_tag_map_get(&t->wc, tk[i].lower);
        tk[i].cl = sift_clusters_get(t->cl, tk[i].lower);
    }
}

enum {
    T_BIAS = 100, T_LOWER, T_FORM, T_SHAPE, T_FLAGS, T_P1, T_P12, T_P1W, T_WM1, T_WM2, T_WP1,
    T_WP2, T_SUFM1, T_SUFP1, T_AMB, T_AMBP1, T_AMBP2, T_AMBM1, T_SHAPEP1, T_P1AMB, T_BIGM,
    T_BIGP, T_FIRST, T_SHAPEM1, T_P1SUF, T_WC, T_WCSUF, T_WCP1, T_CL, T_CLMID, T_CLCO, T_CLM1,
    T_CLP1
};


#define F(tmpl, v) (f[nf++] = sift_feat_u64((tmpl), (v)))
#define F2(tmpl, a, b) (f[nf++] = sift_feat_u64((tmpl), sift_feat_mix((a), (b))))

/* Out-of-sentence stand-ins for word values. */
static uint64_t edge(int k)
{
    return 0x51f70000ULL + (uint64_t)(k + 8);
}

static size_t pos_feats(const tag_tok *tk, size_t n, size_t i, uint32_t p1, uint32_t p2,
                        uint64_t *f)
{
    size_t nf = 0;
    const tag_tok *t = &tk[i];
    uint64_t wm1 = i >= 1 ? tk[i - 1].lower : edge(-1);
    uint64_t wm2 = i >= 2 ? tk[i - 2].lower : edge(-2);
    uint64_t wp1 = i + 1 < n ? tk[i + 1].lower : edge(1);
    uint64_t wp2 = i + 2 < n ? tk[i + 2].lower : edge(2);
    F(T_BIAS, 0);
    F(T_LOWER, t->lower);
    if (t->flags & (TF_UPPER1 | TF_UPPERIN))
        F(T_FORM, t->form);
    for (int k = 0; k < 4; k++) {
        if (t->suf[k])
            f[nf++] = t->suf[k];
        if (t->pre[k] && k < 3)
            f[nf++] = t->pre[k];
    }
    F(T_SHAPE, t->shape);
    F(T_FLAGS, t->flags);
    F(T_P1, p1);
    F(T_P12, (uint64_t)p1 << 16 | p2);
    F2(T_P1W, p1, t->lower);
    F(T_WM1, wm1);
    F(T_WM2, wm2);
    F(T_WP1, wp1);
    F(T_WP2, wp2);
    F(T_SUFM1, i >= 1 && tk[i - 1].suf[2] ? tk[i - 1].suf[2] : edge(-1));
    F(T_SUFP1, i + 1 < n && tk[i + 1].suf[2] ? tk[i + 1].suf[2] : edge(1));
    F(T_AMB, t->amb);
    F(T_AMBP1, i + 1 < n ? tk[i + 1].amb : edge(1));
    F(T_AMBP2, i + 2 < n ? tk[i + 2].amb : edge(2));
    F2(T_P1AMB, p1, t->amb);
    F2(T_BIGM, wm1, t->lower);
    F2(T_BIGP, t->lower, wp1);
    F(T_SHAPEP1, i + 1 < n ? tk[i + 1].shape : edge(1));
    F(T_SHAPEM1, i >= 1 ? tk[i - 1].shape : edge(-1));
    F2(T_FIRST, i == 0, t->flags & TF_UPPER1);
    F2(T_P1SUF, p1, t->suf[2] ? t->suf[2] : t->lower);
    F2(T_WC, t->wn, t->amb == 0);
    F2(T_WCSUF, t->wn, t->suf[1]);
    F(T_WCP1, i + 1 < n ? tk[i + 1].wn : 0xffff);
    F(T_CL, TAG_CL_FINE(t->cl));
    F2(T_CLMID, TAG_CL_MID(t->cl), t->flags & TF_UPPER1);
    F2(T_CLCO, TAG_CL_COARSE(t->cl), t->suf[1]);
    F(T_CLM1, i >= 1 ? TAG_CL_MID(tk[i - 1].cl) : 0xffff);
    F(T_CLP1, i + 1 < n ? TAG_CL_MID(tk[i + 1].cl) : 0xffff);
    return nf;
}

static int tag_sent(const sift_tagger *t, sift_tag_scratch *ws, size_t n, sift_postag *tags)
{
    tag_tok *tk = ws->tok;
    dict_facts(t, tk, n);
    uint32_t bos = t->n_classes, p1 = bos, p2 = bos + 1;
    for (size_t i = 0; i < n; i++) {
        uint32_t c = tk[i].single;
        if (c == NONE) {
            size_t nf = pos_feats(tk, n, i, p1, p2, ws->feats);
            sift_wtab_scores(&t->wt, ws->feats, nf, ws->scores);
            c = sift_wtab_best(&t->wt, ws->scores);
        }
        tags[i].cls = (uint16_t)c;
        tags[i].upos = t->cls_upos[c];
        p2 = p1;
        p1 = c;
    }
    return SIFT_OK;
}

int sift_tagger_tag(const sift_tagger *t, sift_tag_scratch *ws, const sift_tag_word *words,
                    size_t n, sift_postag *tags)
{
    if (sift_tag_reserve(ws, n))
        return SIFT_ERR_NOMEM;
    sift_tag_words(ws, words, n);
    ws->words = words;
    ws->nwords = n;
    ws->clusters = t->cl;
    return tag_sent(t, ws, n, tags);
}

const char *sift_tagger_upos(const sift_tagger *t, uint16_t cls)
{
    return cls < t->n_classes ? t->upos[cls] : "X";
}

const char *sift_tagger_xpos(const sift_tagger *t, uint16_t cls)
{
    return cls < t->n_classes ? t->xpos[cls] : "_";
}

int sift_tagger_class(const sift_tagger *t, const char *upos, const char *xpos)
{
    for (uint16_t c = 0; c < t->n_classes; c++)
        if (strcmp(t->upos[c], upos) == 0 && strcmp(t->xpos[c], xpos) == 0)
            return c;
    return -1;
}

/* ---- payload ---------------------------------------------------------- */

static void release(sift_tagger *t)
{
    free(t->upos);
    free(t->xpos);
    free(t->cls_upos);
    sift_modelfile_free(&t->mf);
}

void sift_tagger_free(sift_tagger *t)
{
    if (!t)
        return;
    release(t);
    free(t);
}

/* The word-class table (wordmap.c), then the id of the word clusters the
 * model was trained with (u32 low, u32 high; 0 = none) into *cl_id. */
static int read_word_maps(sift_tagger *t, sift_rd *r, uint64_t *cl_id)
{
    if (sift_tag_map_read(&t->wc, r, 0xffff))
        return -1;
    *cl_id = sift_rd_u32(r);
    *cl_id |= (uint64_t)sift_rd_u32(r) << 32;
    return r->failed ? -1 : 0;
}

/* The dictionary: u32 bits, then 2 << bits u32 words; t->n_classes set.
 * Checks that a probe always ends and that every single tag is a class. */
static int read_dict(sift_tagger *t, sift_rd *r)
{
    t->dict_bits = sift_rd_u32(r);
    if (r->failed || t->dict_bits < 4 || t->dict_bits > 24)
        return -1;
    size_t nslots = (size_t)1 << t->dict_bits;
    t->dict_mask = nslots - 1;
    t->dict = sift_rd_bytes(r, 2 * nslots * sizeof *t->dict);
    if (!t->dict)
        return -1;
    size_t empty = 0;
    for (size_t s = 0; s < nslots; s++) {
        uint32_t v = t->dict[2 * s + 1];
        if (!(v >> 31))
            empty++;
        else if (((v >> 23) & 0xff) != 0xff && ((v >> 23) & 0xff) >= t->n_classes)
            return -1;
    }
    return empty ? 0 : -1;
}

/* Read a payload (borrowed: it must outlive the tagger). */
static int read_payload(sift_tagger *t, const unsigned char *p, size_t len, uint64_t *cl_id)
{
    sift_rd r = {p, len, 0, 0};
    t->n_classes = sift_rd_u32(&r);
    if (r.failed || t->n_classes == 0 || t->n_classes >= 0xff)
        return -1;
    t->upos = calloc(t->n_classes, sizeof *t->upos);
    t->xpos = calloc(t->n_classes, sizeof *t->xpos);
    t->cls_upos = calloc(t->n_classes, 1);
    if (!t->upos || !t->xpos || !t->cls_upos)
        return -1;
    for (uint32_t k = 0; k < t->n_classes; k++) {
        t->upos[k] = sift_rd_str(&r, NULL);
        t->xpos[k] = sift_rd_str(&r, NULL);
        if (!t->upos[k] || !t->xpos[k])
            return -1;
        t->cls_upos[k] = (uint8_t)sift_upos_id(t->upos[k]);
    }
    if (read_dict(t, &r) || read_word_maps(t, &r, cl_id) || sift_wtab_read(&t->wt, &r) ||
        t->wt.n_classes != t->n_classes || r.pos != r.len)
        return -1;
    return 0;
}

/* Check the version and read the payload of t->mf; frees t on error. */
static int finish_load(sift_tagger *t, const char *name, const sift_clusters *clusters,
                       sift_tagger **out, sift_error *err)
{
    uint64_t cl_id = 0;
    int rc;
    if (t->mf.kind_version != POS_VERSION) {
        snprintf(err->msg, sizeof err->msg,
                 "%.400s: POS model format version %u (this sift reads %d)", name,
                 t->mf.kind_version, POS_VERSION);
        sift_tagger_free(t);
        return SIFT_ERR_FORMAT;
    }
    if (read_payload(t, t->mf.payload, t->mf.payload_len, &cl_id)) {
        snprintf(err->msg, sizeof err->msg, "%.400s: malformed POS model payload", name);
        sift_tagger_free(t);
        return SIFT_ERR_FORMAT;
    }
    if ((rc = sift_clusters_bind(cl_id, clusters, &t->cl, name, err)) != SIFT_OK) {
        sift_tagger_free(t);
        return rc;
    }
    *out = t;
    return SIFT_OK;
}

/* Load from the file `name`, or from the image data[0..size) when from_mem. */
static int open_tagger(const char *name, int from_mem, const unsigned char *data, size_t size,
                       const sift_clusters *clusters, sift_tagger **out, sift_error *err)
{
    int rc;
    sift_tagger *t = sift_tag_open(name, from_mem, data, size, SIFT_MODEL_POS, sizeof *t, &rc, err);
    *out = NULL;
    return t ? finish_load(t, name, clusters, out, err) : rc;
}

int sift_tagger_load(const char *path, const sift_clusters *clusters, sift_tagger **out,
                     sift_error *err)
{
    return open_tagger(path, 0, NULL, 0, clusters, out, err);
}

int sift_tagger_load_mem(const unsigned char *data, size_t size, const char *name,
                         const sift_clusters *clusters, sift_tagger **out, sift_error *err)
{
    return open_tagger(name, 1, data, size, clusters, out, err);
}

/* ---- training --------------------------------------------------------- */

/* The joint classes of a corpus: "UPOS\tXPOS" strings in order of first use. */
typedef struct classes {
    const char **upos, **xpos;
    uint32_t n;
} classes;

static int class_of(classes *c, const sift_cword *w, int add)
{
    const char *u = w->upos ? w->upos : "X", *x = w->xpos ? w->xpos : "_";
    for (uint32_t k = 0; k < c->n; k++)
        if (strcmp(c->upos[k], u) == 0 && strcmp(c->xpos[k], x) == 0)
            return (int)k;
    if (!add || c->n >= 250)
        return -1;
    c->upos[c->n] = u;
    c->xpos[c->n] = x;
    return (int)c->n++;
}

/* Per-form tag counts for the dictionary. */
typedef struct dentry {
    uint64_t key;
    uint32_t *count;  /* n_classes counts */
    uint32_t total;
} dentry;

/* The ambiguity class of a form: a hash of the tags that make up at least
 * 5% of its uses (0 for a form seen less than twice); *best is its most
 * frequent tag, used *top times. */
static uint32_t amb_class(const dentry *d, uint32_t nc, uint32_t *best, uint32_t *top)
{
    if (d->total < 2)
        return 0;
    uint64_t amb = 0x9ae16a3b2f90404fULL;
    *top = 0;
    *best = 0;
    for (uint32_t k = 0; k < nc; k++) {
        if (d->count[k] * 20 >= d->total)
            amb = sift_feat_mix(amb, k + 1);
        if (d->count[k] > *top) {
            *top = d->count[k];
            *best = k;
        }
    }
    return (uint32_t)(amb & 0x7fffff) | 1;
}

static void put_dict(sift_wr *w, dentry *d, size_t nd, uint32_t nc)
{
    size_t used = 0;
    for (size_t i = 0; i < nd; i++)
        used += d[i].key != 0 && d[i].total >= 2;
    uint32_t bits = 4;
    while (((size_t)1 << bits) < used * 2 + 1)
        bits++;
    size_t nslots = (size_t)1 << bits;
    uint32_t *slots = calloc(2 * nslots, sizeof *slots);
    if (!slots) {
        w->failed = 1;
        return;
    }
    for (size_t i = 0; i < nd; i++) {
        if (!d[i].key || d[i].total < 2)
            continue;
        uint32_t best = 0, top = 0;
        uint32_t a = amb_class(&d[i], nc, &best, &top);
        uint32_t single = d[i].total >= 10 && top * 1000 >= d[i].total * 995 ? best : 0xff;
        uint64_t h = d[i].key & (nslots - 1);
        while (slots[2 * h + 1] >> 31)
            h = (h + 1) & (nslots - 1);
        slots[2 * h] = (uint32_t)(d[i].key >> 32);
        slots[2 * h + 1] = 1u << 31 | single << 23 | a;
    }
    sift_wr_u32(w, bits);
    sift_wr_bytes(w, slots, 2 * nslots * sizeof *slots);
    free(slots);
}

/* The word-class table from its file (may be NULL) and the clusters id,
 * as read_word_maps reads them. */
static int put_word_maps(sift_wr *w, const sift_tag_train_opts *opts, sift_error *err)
{
    int rc = sift_tag_map_put(w, opts->word_classes, 0xffff, 1, err);
    uint64_t id = sift_clusters_id(opts->clusters);
    sift_wr_u32(w, (uint32_t)id);
    sift_wr_u32(w, (uint32_t)(id >> 32));
    return rc;
}

static void put_payload(sift_wr *w, const classes *c, const sift_wr *dict,
                        const sift_wr *word_classes, const sift_wtab *wt)
{
    sift_wr_u32(w, c->n);
    for (uint32_t k = 0; k < c->n; k++) {
        sift_wr_str(w, c->upos[k]);
        sift_wr_str(w, c->xpos[k]);
    }
    sift_wr_bytes(w, dict->p, dict->len);
    sift_wr_bytes(w, word_classes->p, word_classes->len);
    sift_wtab_write(wt, w);
}

/* Build the dictionary from the training corpus: an open-addressing table
 * whose count arrays all live in *block. */
static dentry *count_forms(const sift_corpus *train, const classes *c, size_t *nd_out,
                           uint32_t **block)
{
    size_t words = 0;
    for (size_t s = 0; s < train->n; s++)
        words += train->s[s].n;
    size_t cap = 16;
    while (cap < words * 2)
        cap *= 2;
    dentry *d = calloc(cap, sizeof *d);
    uint32_t *counts = calloc(words ? words : 1, (size_t)c->n * sizeof *counts);
    if (!d || !counts) {
        free(d);
        free(counts);
        return NULL;
    }
    size_t used = 0;
    classes cc = *c;
    for (size_t s = 0; s < train->n; s++) {
        for (size_t i = 0; i < train->s[s].n; i++) {
            const sift_cword *w = &train->s[s].w[i];
            uint64_t key = sift_tag_lower_hash(w->form, strlen(w->form));
            size_t h = key & (cap - 1);
            while (d[h].key && d[h].key != key)
                h = (h + 1) & (cap - 1);
            if (!d[h].key) {
                d[h].key = key;
                d[h].count = counts + (size_t)c->n * used++;
            }
            int k = class_of(&cc, w, 0);
            if (k >= 0) {
                d[h].count[k]++;
                d[h].total++;
            }
        }
    }
    *nd_out = cap;
    *block = counts;
    return d;
}

static dentry *find_form(dentry *d, size_t nd, const char *form)
{
    uint64_t key = sift_tag_lower_hash(form, strlen(form));
    size_t h = key & (nd - 1);
    while (d[h].key && d[h].key != key)
        h = (h + 1) & (nd - 1);
    return d[h].key ? &d[h] : NULL;
}

/* Add delta to the dictionary counts of the words of sentence cs. */
static void count_sent(dentry *d, size_t nd, const classes *c, const sift_csent *cs, int delta)
{
    classes cc = *c;
    for (size_t i = 0; i < cs->n; i++) {
        dentry *e = find_form(d, nd, cs->w[i].form);
        int k = class_of(&cc, &cs->w[i], 0);
        if (e && k >= 0) {
            e->count[k] += (uint32_t)delta;
            e->total += (uint32_t)delta;
        }
    }
}

#define AMB_FOLDS 10

/* Jack-knifed ambiguity classes of every training word, in corpus order:
 * the class of a word of fold k (sentence number % AMB_FOLDS) comes from
 * the counts of the other folds, so training meets rare and unknown words
 * as tagging new text does instead of always finding its own tag in the
 * class. NULL when out of memory. */
static uint32_t *jackknife_amb(const sift_corpus *train, const classes *c, dentry *d, size_t nd,
                               const size_t *soff, size_t words)
{
    uint32_t *amb = malloc((words ? words : 1) * sizeof *amb);
    if (!amb)
        return NULL;
    for (size_t k = 0; k < AMB_FOLDS; k++) {
        for (size_t s = k; s < train->n; s += AMB_FOLDS)
            count_sent(d, nd, c, &train->s[s], -1);
        for (size_t s = k; s < train->n; s += AMB_FOLDS) {
            for (size_t i = 0; i < train->s[s].n; i++) {
                const dentry *e = find_form(d, nd, train->s[s].w[i].form);
                uint32_t best, top;
                amb[soff[s] + i] = e ? amb_class(e, c->n, &best, &top) : 0;
            }
        }
        for (size_t s = k; s < train->n; s += AMB_FOLDS)
            count_sent(d, nd, c, &train->s[s], 1);
    }
    return amb;
}

/* Tagging accuracy of a model on a corpus: UPOS and joint. */
static void evaluate(const sift_tagger *t, const sift_corpus *dev, sift_tag_scratch *ws,
                     double *upos_acc, double *xpos_acc)
{
    size_t total = 0, ok_u = 0, ok_x = 0;
    sift_tag_word *words = NULL;
    sift_postag *tags = NULL;
    size_t cap = 0;
    for (size_t s = 0; s < dev->n; s++) {
        const sift_csent *cs = &dev->s[s];
        if (cs->n > cap) {
            cap = cs->n * 2;
            free(words);
            free(tags);
            words = malloc(cap * sizeof *words);
            tags = malloc(cap * sizeof *tags);
            if (!words || !tags)
                break;
        }
        for (size_t i = 0; i < cs->n; i++) {
            words[i].s = cs->w[i].form;
            words[i].n = strlen(cs->w[i].form);
        }
        if (sift_tagger_tag(t, ws, words, cs->n, tags) != SIFT_OK)
            break;
        for (size_t i = 0; i < cs->n; i++) {
            const char *u = cs->w[i].upos ? cs->w[i].upos : "X";
            const char *x = cs->w[i].xpos ? cs->w[i].xpos : "_";
            total++;
            ok_u += strcmp(t->upos[tags[i].cls], u) == 0;
            ok_x += strcmp(t->xpos[tags[i].cls], x) == 0;
        }
    }
    free(words);
    free(tags);
    *upos_acc = total ? 100.0 * (double)ok_u / (double)total : 0;
    *xpos_acc = total ? 100.0 * (double)ok_x / (double)total : 0;
}

static int train_fail(sift_error *err, const char *what)
{
    snprintf(err->msg, sizeof err->msg, "training the tagger: %.400s", what);
    return SIFT_ERR_NOMEM;
}

int sift_tagger_train(const sift_corpus *train, const sift_corpus *dev,
                      const sift_tag_train_opts *opts, const char *out_path, sift_error *err)
{
    int rc = SIFT_OK;
    classes c = {0};
    sift_rows ap = {0};
    sift_tag_scratch *ws = sift_tag_scratch_new();
    sift_wr best = {0}, wcw = {0};
    dentry *d = NULL;
    uint32_t *counts = NULL;
    size_t nd = 0, *order = NULL, *soff = NULL;
    uint32_t *tamb = NULL;
    sift_tagger view = {0};
    double best_acc = -1;
    c.upos = calloc(256, sizeof *c.upos);
    c.xpos = calloc(256, sizeof *c.xpos);
    order = malloc((train->n ? train->n : 1) * sizeof *order);
    if (!ws || !c.upos || !c.xpos || !order) {
        rc = train_fail(err, "out of memory");
        goto done;
    }
    for (size_t s = 0; s < train->n; s++)
        for (size_t i = 0; i < train->s[s].n; i++)
            if (class_of(&c, &train->s[s].w[i], 1) < 0) {
                rc = train_fail(err, "more than 250 UPOS+XPOS pairs in the training data");
                goto done;
            }
    if (c.n == 0) {
        snprintf(err->msg, sizeof err->msg, "training the tagger: no tagged words in the data");
        rc = SIFT_ERR_INPUT;
        goto done;
    }
    if ((rc = put_word_maps(&wcw, opts, err)) != SIFT_OK)
        goto done;
    d = count_forms(train, &c, &nd, &counts);
    soff = malloc((train->n + 1) * sizeof *soff);
    if (soff) {
        soff[0] = 0;
        for (size_t s = 0; s < train->n; s++)
            soff[s + 1] = soff[s] + train->s[s].n;
    }
    if (d && soff)
        tamb = jackknife_amb(train, &c, d, nd, soff, soff[train->n]);
    if (!d || !tamb || sift_rows_init(&ap, c.n)) {
        rc = train_fail(err, "out of memory");
        goto done;
    }
    /* The dictionary as the model will see it: read it back through the loader's path. */
    sift_wr dw = {0};
    put_dict(&dw, d, nd, c.n);
    sift_tagger dictview = {.n_classes = c.n, .cl = opts->clusters};
    uint64_t cl_id;
    sift_rd dr = {dw.p, dw.len, 0, 0}, wr = {wcw.p, wcw.len, 0, 0};
    if (dw.failed || wcw.failed || read_dict(&dictview, &dr) ||
        read_word_maps(&dictview, &wr, &cl_id)) {
        sift_wr_free(&dw);
        rc = train_fail(err, "out of memory");
        goto done;
    }

    uint64_t rng = opts->seed * 0x9e3779b97f4a7c15ULL + 1;
    for (size_t s = 0; s < train->n; s++)
        order[s] = s;
    int epochs = opts->epochs > 0 ? opts->epochs : 8;
    for (int ep = 1; ep <= epochs && rc == SIFT_OK; ep++) {
        sift_tag_shuffle(order, train->n, &rng);
        size_t total = 0, correct = 0;
        for (size_t si = 0; si < train->n; si++) {
            const sift_csent *cs = &train->s[order[si]];
            if (sift_tag_reserve(ws, cs->n)) {
                rc = train_fail(err, "out of memory");
                break;
            }
            for (size_t i = 0; i < cs->n; i++)
                word_facts(&ws->tok[i], cs->w[i].form, strlen(cs->w[i].form));
            dict_facts(&dictview, ws->tok, cs->n);
            for (size_t i = 0; i < cs->n; i++)
                ws->tok[i].amb = tamb[soff[order[si]] + i];
            uint32_t p1 = c.n, p2 = c.n + 1;
            for (size_t i = 0; i < cs->n; i++) {
                int gold = class_of(&c, &cs->w[i], 0);
                uint32_t guess = ws->tok[i].single;
                if (guess == NONE) {
                    size_t nf = pos_feats(ws->tok, cs->n, i, p1, p2, ws->feats);
                    sift_rows_scores(&ap, ws->feats, nf, ws->fscores);
                    guess = sift_rows_best(&ap, ws->fscores);
                    sift_rows_learn(&ap, ws->feats, nf, (uint32_t)gold, guess);
                }
                total++;
                correct += guess == (uint32_t)gold;
                p2 = p1;
                p1 = guess;
            }
            if (opts->progress && (si % 256 == 0 || si + 1 == train->n))
                opts->progress(opts->ctx, ep, si + 1, train->n);
        }
        if (rc != SIFT_OK)
            break;
        /* Export the averaged weights and measure them exactly as they will run. */
        sift_wtab wt;
        int bad = sift_wtab_build(&wt, &ap);
        sift_wr pw = {0};
        if (!bad)
            put_payload(&pw, &c, &dw, &wcw, &wt);
        sift_wtab_free(&wt);
        if (bad || pw.failed) {
            sift_wr_free(&pw);
            rc = train_fail(err, "out of memory");
            break;
        }
        memset(&view, 0, sizeof view);
        view.cl = opts->clusters;
        if (read_payload(&view, pw.p, pw.len, &cl_id)) {
            release(&view);
            sift_wr_free(&pw);
            rc = train_fail(err, "the model did not read back");
            break;
        }
        double ua = 0, xa = 0;
        if (dev)
            evaluate(&view, dev, ws, &ua, &xa);
        release(&view);
        char line[256];
        snprintf(line, sizeof line,
                 "pass %d: train %.2f%%, dev UPOS %.2f%% XPOS %.2f%%, %zu features, %.1f MB", ep,
                 total ? 100.0 * (double)correct / (double)total : 0.0, ua, xa, ap.n,
                 (double)pw.len / 1e6);
        if (opts->log)
            opts->log(opts->ctx, line);
        if (!dev || ua > best_acc) {
            best_acc = ua;
            if (opts->chosen)
                *opts->chosen = ep;
            sift_wr_free(&best);
            best = pw;
        } else {
            sift_wr_free(&pw);
        }
    }
    sift_wr_free(&dw);
    if (rc == SIFT_OK && best.p &&
        sift_modelfile_write(out_path, SIFT_MODEL_POS, POS_VERSION, best.p, best.len, err) != 0)
        rc = SIFT_ERR_IO;
done:
    sift_wr_free(&best);
    sift_wr_free(&wcw);
    sift_rows_free(&ap);
    sift_tag_scratch_free(ws);
    free(d);
    free(counts);
    free(c.upos);
    free(c.xpos);
    free(order);
    free(soff);
    free(tamb);
    return rc;
}
