/*
 * ner.c — the entity recognizer (see ner.h): lexicon facts, feature
 * templates, Viterbi decoding of BILOU labels, structured perceptron
 * training and the payload (u32 labels, u32 uses_lex, u64 id of the word
 * clusters trained with as two u32, then the weight table).
 *
 * Invariant of decoding: a path only moves from label i-1 to a label that
 * may follow it (B and I are followed by I or L of their type; everything
 * else by O, B or U), and the last token may not open or continue a span,
 * so every output is a well-formed sequence of whole entities. Training
 * decodes with the current weights and updates where the best path and the
 * gold path differ, label by label and label pair by label pair.
 */
#include "ner.h"

#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "model/modelfile.h"
#include "model/perceptron.h"
#include "tag/tag_int.h"

#define NER_VERSION 6
#define NL 13           /* O, then B I L U for each of the three types */
#define BOS NL
#define NLP 16          /* labels padded to whole vectors (TAG_LATTICE_W) */
#define NTRANS 3        /* transition features per token and previous label */
#define NCLS 32         /* token classes (tok_class) */

/* BILOU label of type t (1..3) and part p (0 B, 1 I, 2 L, 3 U). */
#define LAB(t, p) (1 + 4 * ((t) - 1) + (p))
#define LTYPE(l) ((l) ? ((l) - 1) / 4 + 1 : 0)
#define LPART(l) (((l) - 1) % 4)

static const char *const bio_names[] = {"O", "B-PER", "I-PER", "B-ORG", "I-ORG", "B-LOC", "I-LOC"};

const char *sift_ner_label(uint8_t bio)
{
    return bio < 7 ? bio_names[bio] : "O";
}

uint8_t sift_ner_label_id(const char *name)
{
    for (uint8_t i = 0; name && i < 7; i++)
        if (strcmp(name, bio_names[i]) == 0)
            return i;
    return 0;
}

struct sift_ner {
    sift_modelfile mf;  /* first (see sift_tag_open) */
    const sift_lexicon *lex;
    uint32_t uses_lex;
    const sift_clusters *cl; /* word clusters (borrowed), or NULL */
    sift_wtab wt;
    /* Rows of NLP labels (the pad lanes never win): */
    float gate[NL + 1][NLP];      /* gate[prev][next]: 0 when allowed, -inf when not */
    float gate_end[NL + 1][NLP];  /* the same for the last token of a sentence */
    float tpos[NL + 1][SIFT_UPOS_COUNT][NLP]; /* transition scores, see trans_tables */
    float tcls[NL + 1][NCLS][NLP];
};

static void init_allowed(sift_ner *m)
{
    for (int p = 0; p <= NL; p++) {
        for (int l = NL; l < NLP; l++)
            m->gate[p][l] = m->gate_end[p][l] = -INFINITY;
        int open = p != BOS && p != 0 && LPART(p) < 2; /* B or I */
        for (int l = 0; l < NL; l++) {
            int ok;
            if (open)
                ok = l != 0 && LTYPE(l) == LTYPE(p) && (LPART(l) == 1 || LPART(l) == 2);
            else
                ok = l == 0 || LPART(l) == 0 || LPART(l) == 3;
            int ok_end = ok && (l == 0 || LPART(l) >= 2);
            m->gate[p][l] = ok ? 0.0f : -INFINITY;
            m->gate_end[p][l] = ok_end ? 0.0f : -INFINITY;
        }
    }
}

/* ---- lexicon facts ---------------------------------------------------- */

static uint16_t lex_bits(const sift_lexicon *lx, const char *s, size_t n)
{
    size_t k = 0;
    const lex_entry *e = sift_lex_find(lx, s, n, &k);
    uint16_t b = 0;
    for (size_t i = 0; e && i < k; i++)
        b |= (uint16_t)(1u << e[i].cls);
    return b;
}

/* The facts of one sentence that need the lexicon: class bits of each form
 * (low byte) and of its other casing (high byte), and multi-token gazetteer
 * spans (gaz = 1 + (class bits << 2 | part)). */
static void lex_facts(const sift_lexicon *lx, const sift_tag_word *w, tag_tok *tk, size_t n)
{
    char buf[128];
    for (size_t i = 0; i < n; i++) {
        tk[i].lex = 0;
        tk[i].gaz = 0;
    }
    if (!lx)
        return;
    for (size_t i = 0; i < n; i++) {
        if (!(tk[i].flags & TF_ALPHA) || w[i].n >= sizeof buf)
            continue;
        uint16_t b = lex_bits(lx, w[i].s, w[i].n);
        /* The other casing: lower case for a capitalised word, title case otherwise. */
        memcpy(buf, w[i].s, w[i].n);
        if (tk[i].flags & (TF_UPPER1 | TF_UPPERIN)) {
            for (size_t j = 0; j < w[i].n; j++)
                if (buf[j] >= 'A' && buf[j] <= 'Z')
                    buf[j] = (char)(buf[j] + 32);
        } else if (buf[0] >= 'a' && buf[0] <= 'z') {
            buf[0] = (char)(buf[0] - 32);
        }
        b |= (uint16_t)(lex_bits(lx, buf, w[i].n) << 8);
        tk[i].lex = b;
    }
    for (size_t i = 0; i < n;) {
        size_t best = 0;
        uint32_t cls = 0;
        if (tk[i].flags & TF_UPPER1) {
            for (size_t len = 4; len >= 2 && !best; len--) {
                if (i + len > n)
                    continue;
                size_t m = 0;
                int fits = 1;
                for (size_t j = i; j < i + len && fits; j++) {
                    if (m + w[j].n + 1 >= sizeof buf) {
                        fits = 0;
                        break;
                    }
                    if (j > i)
                        buf[m++] = ' ';
                    memcpy(buf + m, w[j].s, w[j].n);
                    m += w[j].n;
                }
                uint16_t b = fits ? lex_bits(lx, buf, m) : 0;
                b &= (1u << LX_GPE) | (1u << LX_LOC) | (1u << LX_NORP) | (1u << LX_ORG) |
                     (1u << LX_PER);
                if (b) {
                    best = len;
                    cls = b;
                }
            }
        }
        if (!best) {
            i++;
            continue;
        }
        for (size_t j = 0; j < best; j++)
            tk[i + j].gaz = 1 + (cls << 2 | (j == 0 ? 0u : j + 1 == best ? 2u : 1u));
        i += best;
    }
}

/* ---- features --------------------------------------------------------- */

enum {
    N_BIAS = 300, N_LOWER, N_FORM, N_SHAPE, N_FLAGS, N_WM1, N_WP1, N_WM2, N_WP2, N_FM1, N_FP1,
    N_SHM1, N_SHP1, N_SH3, N_POS0, N_POSM1, N_POSP1, N_POS01, N_POSM10, N_LEX0, N_LEXM1,
    N_LEXP1, N_GAZ0, N_GAZM1, N_GAZP1, N_L1, N_L12, N_L1SH, N_CASE, N_POSP2, N_POSM2, N_L1POS,
    N_LEXPOS, N_RUNEND, N_RUNBEG, N_RUNLEN, N_BIM1, N_BIP1, N_CL, N_CLMID, N_CLM1, N_CLP1
};

#define F(tmpl, v) (f[nf++] = sift_feat_u64((tmpl), (v)))
#define F2(tmpl, a, b) (f[nf++] = sift_feat_u64((tmpl), sift_feat_mix((a), (b))))

static uint64_t edge(int k)
{
    return 0xed6e0000ULL + (uint64_t)(k + 8);
}

/* The case profile of a sentence: 0 mixed, 1 no capitalised word after the
 * first, 2 every word capitalised (headline or all caps). */
static uint32_t case_profile(const tag_tok *tk, size_t n)
{
    size_t alpha = 0, upper = 0;
    for (size_t i = 0; i < n; i++) {
        if (!(tk[i].flags & TF_ALPHA))
            continue;
        alpha++;
        upper += (tk[i].flags & TF_UPPER1) != 0;
    }
    if (alpha >= 3 && upper == alpha)
        return 2;
    if (alpha >= 3 && upper <= 1)
        return 1;
    return 0;
}

/* The emission features of token i: everything that does not depend on
 * the label before it. */
static size_t ner_feats(const tag_tok *tk, const sift_postag *pos, size_t n, size_t i,
                        uint32_t cprof, uint64_t *f)
{
    size_t nf = 0;
    const tag_tok *t = &tk[i];
    uint64_t wm1 = i >= 1 ? tk[i - 1].lower : edge(-1);
    uint64_t wp1 = i + 1 < n ? tk[i + 1].lower : edge(1);
    uint64_t pm1 = i >= 1 ? pos[i - 1].upos : 99, pp1 = i + 1 < n ? pos[i + 1].upos : 98;
    uint64_t p0 = pos[i].upos;
    uint64_t shm1 = i >= 1 ? tk[i - 1].shape : edge(-1);
    uint64_t shp1 = i + 1 < n ? tk[i + 1].shape : edge(1);
    F(N_BIAS, 0);
    F(N_LOWER, t->lower);
    F(N_FORM, t->form);
    F(N_SHAPE, t->shape);
    F(N_FLAGS, t->flags);
    for (int k = 0; k < 4; k++) {
        if (t->suf[k])
            F(N_BIAS, t->suf[k]);
        if (t->pre[k])
            F(N_BIAS, t->pre[k]);
    }
    F(N_WM1, wm1);
    F(N_WP1, wp1);
    F2(N_BIM1, wm1, t->lower);
    F2(N_BIP1, t->lower, wp1);
    F(N_WM2, i >= 2 ? tk[i - 2].lower : edge(-2));
    F(N_WP2, i + 2 < n ? tk[i + 2].lower : edge(2));
    F(N_FM1, i >= 1 ? tk[i - 1].form : edge(-1));
    F(N_FP1, i + 1 < n ? tk[i + 1].form : edge(1));
    F(N_SHM1, shm1);
    F(N_SHP1, shp1);
    F2(N_SH3, sift_feat_mix(shm1, t->shape), shp1);
    F(N_POS0, p0);
    F(N_POSM1, pm1);
    F(N_POSP1, pp1);
    F(N_POSM2, i >= 2 ? pos[i - 2].upos : 97);
    F(N_POSP2, i + 2 < n ? pos[i + 2].upos : 96);
    F2(N_POS01, p0, pp1);
    F2(N_POSM10, pm1, p0);
    F(N_LEX0, t->lex);
    F(N_LEXM1, i >= 1 ? tk[i - 1].lex : 0xffff);
    F(N_LEXP1, i + 1 < n ? tk[i + 1].lex : 0xffff);
    for (int b = 0; b < 16; b++)
        if (t->lex >> b & 1)
            F2(N_LEXPOS, b, p0);
    F(N_GAZ0, t->gaz);
    F(N_GAZM1, i >= 1 ? tk[i - 1].gaz : 0xffff);
    F(N_GAZP1, i + 1 < n ? tk[i + 1].gaz : 0xffff);
    F(N_CASE, cprof << 16 | (t->flags & 0xff));
    F2(N_CL, TAG_CL_FINE(t->cl), t->flags & (TF_UPPER1 | TF_ALLCAPS));
    F2(N_CLMID, TAG_CL_MID(t->cl), p0);
    F(N_CLM1, i >= 1 ? TAG_CL_MID(tk[i - 1].cl) : 0xffff);
    F(N_CLP1, i + 1 < n ? TAG_CL_MID(tk[i + 1].cl) : 0xffff);
    if (t->rend - t->rbeg > 1) {
        uint32_t len = t->rend - t->rbeg, at = (uint32_t)i - t->rbeg;
        uint32_t shape = (len > 4 ? 4 : len) << 4 | (at > 3 ? 3 : at) << 1 | (t->rbeg == 0);
        F(N_RUNLEN, shape);
        F2(N_RUNEND, tk[t->rend - 1].lower, at == 0);
        F2(N_RUNBEG, tk[t->rbeg].lower, i + 1 == t->rend);
    }
    return nf;
}

/* The transition features of a token with UPOS upos and class cls (see
 * tok_class) after label p. They take few values, so a loaded model
 * turns them into tables (trans_tables). */
static size_t trans_feats(uint32_t p, uint32_t upos, uint32_t cls, uint64_t *f)
{
    size_t nf = 0;
    F(N_L1, p);
    F2(N_L1SH, p, cls);
    F2(N_L1POS, p, upos);
    return nf;
}

static uint32_t tok_class(const tag_tok *t)
{
    return (t->flags & TF_UPPER1 ? 1u : 0) | (t->flags & TF_ALLCAPS ? 2u : 0) |
           (t->flags & TF_DIGIT ? 4u : 0) | (t->flags & TF_PUNCT ? 8u : 0) |
           (t->flags & TF_UPPERIN ? 16u : 0);
}

static uint32_t upos_of(const sift_postag *p)
{
    return p->upos < SIFT_UPOS_COUNT ? p->upos : 0;
}

/* The transition scores of every (p, upos) and (p, class) from m->wt. */
static void trans_tables(sift_ner *m)
{
    uint64_t f[NTRANS];
    int32_t sc[SIFT_WTAB_MAX_CLASSES + 1];
    for (uint32_t p = 0; p <= BOS; p++) {
        for (uint32_t u = 0; u < SIFT_UPOS_COUNT; u++) {
            trans_feats(p, u, 0, f);
            sift_wtab_scores(&m->wt, (const uint64_t[]){f[0], f[2]}, 2, sc);
            for (uint32_t l = 0; l < NL; l++)
                m->tpos[p][u][l] = (float)sc[l];
        }
        for (uint32_t c = 0; c < NCLS; c++) {
            trans_feats(p, 0, c, f);
            sift_wtab_scores(&m->wt, &f[1], 1, sc);
            for (uint32_t l = 0; l < NL; l++)
                m->tcls[p][c][l] = (float)sc[l];
        }
    }
}

/* ---- decoding --------------------------------------------------------- */

/* Plain tokens: punctuation, lower-case words the lexicon knows as
 * ordinary English words, and lower-case function words (by their tag). */
static int is_plain(const tag_tok *t, const sift_postag *pos)
{
    if (t->flags & (TF_UPPER1 | TF_UPPERIN | TF_DIGIT))
        return 0;
    switch (pos->upos) {
    case SIFT_UPOS_ADP: case SIFT_UPOS_AUX: case SIFT_UPOS_CCONJ: case SIFT_UPOS_DET:
    case SIFT_UPOS_PART: case SIFT_UPOS_PRON: case SIFT_UPOS_SCONJ:
        return 1;
    default:
        return (t->flags & TF_PUNCT) || (t->lex & (1u << LX_WORD));
    }
}

static int plain(const tag_tok *t)
{
    return (t->flags & TF_PLAIN) != 0;
}

/* Whether token i is scored at all. A plain token is O without scoring
 * unless it follows a token that is not plain, or lies inside a name-like
 * run ("Bank of the West"). Most tokens of running text are plain, so this
 * is most of the recognizer's speed; training applies the same rule, so the
 * model never counts on seeing them. */
static int scored(const tag_tok *tk, size_t i)
{
    return !plain(&tk[i]) || (i > 0 && !plain(&tk[i - 1])) || tk[i].rbeg < i;
}

static uint8_t bilou_to_bio(uint32_t l)
{
    if (l == 0)
        return 0;
    uint32_t t = LTYPE(l), p = LPART(l);
    return (p == 0 || p == 3) ? SIFT_NER_B(t) : SIFT_NER_I(t);
}

/* Name-like runs: capitalised tokens, with short lower-case words between
 * two of them ("Association of Muslim Scholars", "Bank of the West"). A
 * token outside any run is a run of its own. The first and last word of
 * its run tell a token what kind of name it may open ("... Association"). */
static void runs(tag_tok *tk, size_t n)
{
    for (size_t i = 0; i < n;) {
        size_t j = i + 1;
        if (tk[i].flags & TF_UPPER1) {
            for (;;) {
                if (j < n && (tk[j].flags & TF_UPPER1)) {
                    j++;
                    continue;
                }
                size_t k = j;
                while (k < n && k < j + 2 && (tk[k].flags & TF_ALPHA) &&
                       !(tk[k].flags & TF_UPPER1) && tk[k].len <= 3)
                    k++;
                if (k > j && k < n && (tk[k].flags & TF_UPPER1)) {
                    j = k;
                    continue;
                }
                break;
            }
        }
        for (size_t k = i; k < j; k++) {
            tk[k].rbeg = (uint32_t)i;
            tk[k].rend = (uint32_t)j;
        }
        i = j;
    }
}

static void facts(const sift_ner *m, sift_tag_scratch *ws, const sift_tag_word *words,
                  const sift_postag *pos, size_t n)
{
    int tagged = ws->words == words && ws->nwords == n;
    if (!tagged)
        sift_tag_words(ws, words, n);
    ws->words = NULL; /* lex_facts overwrites fields the tagger does not own */
    lex_facts(m->uses_lex ? m->lex : NULL, words, ws->tok, n);
    if (!tagged || ws->clusters != m->cl) /* else the tagger looked them up */
        for (size_t i = 0; i < n; i++)
            ws->tok[i].cl = sift_clusters_get(m->cl, ws->tok[i].lower);
    runs(ws->tok, n);
    for (size_t i = 0; i < n; i++)
        if (is_plain(&ws->tok[i], &pos[i]))
            ws->tok[i].flags |= TF_PLAIN;
}

/* Where the scores come from: the exported table (tagging) or the
 * training rows (current weights). */
typedef struct scorer {
    const sift_wtab *wt;
    const sift_rows *rows;
    int32_t *iscores;
} scorer;

static void score(const scorer *sc, const uint64_t *f, size_t nf, float *out)
{
    if (sc->rows) {
        sift_rows_scores(sc->rows, f, nf, out);
        return;
    }
    sift_wtab_scores(sc->wt, f, nf, sc->iscores);
    for (uint32_t l = 0; l < NL; l++)
        out[l] = (float)sc->iscores[l];
}

/* best[k] = max(best[k], base + sum of rows[r][k]) over the NLP lanes,
 * from[k] = p where it grew. Four lanes at a time where the compiler has
 * vectors: this is the inner loop of the Viterbi search. */
static inline void relax(float *restrict best, uint8_t *restrict from, float base,
                         const float *const rows[4], uint8_t p)
{
#if defined(__GNUC__) || defined(__clang__)
    typedef float vf __attribute__((vector_size(16)));
    typedef int32_t vi __attribute__((vector_size(16)));
    vf b = {base, base, base, base};
    for (int k = 0; k < NLP; k += 4) {
        vf x = b, r, cur;
        for (int j = 0; j < 4; j++) {
            memcpy(&r, rows[j] + k, sizeof r);
            x += r;
        }
        memcpy(&cur, best + k, sizeof cur);
        vi gt = x > cur;
        if (!(gt[0] | gt[1] | gt[2] | gt[3]))
            continue;
        vi m = (vi)((gt & (vi)x) | (~gt & (vi)cur));
        memcpy(best + k, &m, sizeof m);
        for (int j = 0; j < 4; j++)
            if (gt[j])
                from[k + j] = p;
    }
#else
    for (int k = 0; k < NLP; k++) {
        float x = base + rows[0][k] + rows[1][k] + rows[2][k] + rows[3][k];
        if (x > best[k]) {
            best[k] = x;
            from[k] = p;
        }
    }
#endif
}

/* The best well-formed BILOU sequence for tokens[0..n) (Viterbi over the
 * label pairs; ws holds the word facts) into out[0..n). */
static void decode(const sift_ner *m, const scorer *sc, sift_tag_scratch *ws,
                   const sift_postag *pos, size_t n, uint8_t *out)
{
    const tag_tok *tk = ws->tok;
    uint32_t cprof = case_profile(tk, n);
    static const float zero[NLP];
    float *V = ws->lattice, em[NLP] = {0}, tr[NLP] = {0};
    uint8_t *B = ws->back;
    uint64_t tf[NTRANS];
    for (size_t i = 0; i < n; i++) {
        float *v = V + i * TAG_LATTICE_W;
        const float *pv = i ? v - TAG_LATTICE_W : v;
        uint8_t *bk = B + i * TAG_LATTICE_W;
        const float(*gate)[NLP] = i + 1 == n ? m->gate_end : m->gate;
        for (uint32_t l = 0; l < NLP; l++)
            v[l] = -INFINITY;
        if (!scored(tk, i)) {
            /* O, after any label that may end there */
            for (uint32_t p = i ? 0 : BOS; p <= BOS; p++) {
                if (i && p == BOS)
                    continue;
                float x = (i ? pv[p] : 0) + gate[p][0];
                if (x > v[0]) {
                    v[0] = x;
                    bk[0] = (uint8_t)p;
                }
            }
            continue;
        }
        uint32_t u = upos_of(&pos[i]), c = tok_class(&tk[i]);
        score(sc, ws->feats, ner_feats(tk, pos, n, i, cprof, ws->feats), em);
        for (uint32_t p = i ? 0 : BOS; p <= BOS; p++) {
            if (i ? p == BOS || pv[p] == -INFINITY : p != BOS)
                continue;
            const float *rows[4] = {em, gate[p], m->tpos[p][u], m->tcls[p][c]};
            if (sc->rows) {
                score(sc, tf, trans_feats(p, u, c, tf), tr);
                rows[2] = tr; /* training: the tables do not exist yet */
                rows[3] = zero;
            }
            relax(v, bk, i ? pv[p] : 0, rows, (uint8_t)p);
        }
    }
    if (n == 0)
        return;
    const float *last = V + (n - 1) * TAG_LATTICE_W;
    uint32_t l = 0;
    for (uint32_t k = 1; k < NL; k++)
        if (last[k] > last[l])
            l = k;
    for (size_t i = n; i-- > 0;) {
        out[i] = (uint8_t)l;
        l = B[i * TAG_LATTICE_W + l];
    }
}

int sift_ner_tag(const sift_ner *m, sift_tag_scratch *ws, const sift_tag_word *words,
                 const sift_postag *pos, size_t n, uint8_t *bio)
{
    if (sift_tag_reserve(ws, n))
        return SIFT_ERR_NOMEM;
    facts(m, ws, words, pos, n);
    scorer sc = {&m->wt, NULL, ws->scores};
    decode(m, &sc, ws, pos, n, bio);
    for (size_t i = 0; i < n; i++)
        bio[i] = bilou_to_bio(bio[i]);
    return SIFT_OK;
}

void sift_ner_count(const uint8_t *gold, const uint8_t *pred, size_t n, sift_ner_score *sc)
{
    /* An entity is a B (or a stray I) and the I's of its type that follow. */
    for (size_t i = 0; i < n; i++) {
        for (int side = 0; side < 2; side++) {
            const uint8_t *x = side ? pred : gold;
            uint8_t t = (uint8_t)SIFT_NER_TYPE(x[i]);
            if (!t)
                continue;
            if (!SIFT_NER_IS_B(x[i]) && i > 0 && SIFT_NER_TYPE(x[i - 1]) == t)
                continue;
            if (side)
                sc->pred++;
            else
                sc->gold++;
        }
        /* A correct entity starts at the same place in both, with the same
         * type, and ends at the same place. */
        uint8_t tg = (uint8_t)SIFT_NER_TYPE(gold[i]), tp = (uint8_t)SIFT_NER_TYPE(pred[i]);
        if (!tg || tg != tp)
            continue;
        int gs = SIFT_NER_IS_B(gold[i]) || i == 0 || SIFT_NER_TYPE(gold[i - 1]) != tg;
        int ps = SIFT_NER_IS_B(pred[i]) || i == 0 || SIFT_NER_TYPE(pred[i - 1]) != tp;
        if (!gs || !ps)
            continue;
        size_t j = i + 1;
        while (j < n && gold[j] == SIFT_NER_I(tg) && pred[j] == SIFT_NER_I(tg))
            j++;
        int gend = j == n || gold[j] != SIFT_NER_I(tg);
        int pend = j == n || pred[j] != SIFT_NER_I(tg);
        if (gend && pend)
            sc->correct++;
    }
}

/* ---- payload ---------------------------------------------------------- */

void sift_ner_free(sift_ner *m)
{
    if (!m)
        return;
    sift_modelfile_free(&m->mf);
    free(m);
}

static int read_payload(sift_ner *m, const unsigned char *p, size_t len, uint64_t *cl_id)
{
    sift_rd r = {p, len, 0, 0};
    uint32_t nl = sift_rd_u32(&r);
    m->uses_lex = sift_rd_u32(&r);
    *cl_id = sift_rd_u32(&r);
    *cl_id |= (uint64_t)sift_rd_u32(&r) << 32;
    if (r.failed || nl != NL || m->uses_lex > 1)
        return -1;
    if (sift_wtab_read(&m->wt, &r) || m->wt.n_classes != NL || r.pos != r.len)
        return -1;
    init_allowed(m);
    trans_tables(m);
    return 0;
}

static void put_payload(sift_wr *w, uint32_t uses_lex, uint64_t cl_id, const sift_wtab *wt)
{
    sift_wr_u32(w, NL);
    sift_wr_u32(w, uses_lex);
    sift_wr_u32(w, (uint32_t)cl_id);
    sift_wr_u32(w, (uint32_t)(cl_id >> 32));
    sift_wtab_write(wt, w);
}

/* Check the version and read the payload of m->mf; frees m on error. */
static int finish_load(sift_ner *m, const char *name, const sift_lexicon *lex,
                       const sift_clusters *clusters, sift_ner **out, sift_error *err)
{
    const char *why = NULL;
    int rc = SIFT_ERR_FORMAT;
    uint64_t cl_id = 0;
    if (m->mf.kind_version != NER_VERSION)
        why = "entity model format version is not the one this sift reads";
    else if (read_payload(m, m->mf.payload, m->mf.payload_len, &cl_id))
        why = "malformed entity model payload";
    else if (m->uses_lex && !lex)
        why = "this entity model needs the lexicon (lexicon.tsv)", rc = SIFT_ERR_ARG;
    if (why) {
        snprintf(err->msg, sizeof err->msg, "%.400s: %s", name, why);
        sift_ner_free(m);
        return rc;
    }
    if ((rc = sift_clusters_bind(cl_id, clusters, &m->cl, name, err)) != SIFT_OK) {
        sift_ner_free(m);
        return rc;
    }
    m->lex = lex;
    *out = m;
    return SIFT_OK;
}

/* Load from the file `name`, or from the image data[0..size) when from_mem. */
static int open_ner(const char *name, int from_mem, const unsigned char *data, size_t size,
                    const sift_lexicon *lex, const sift_clusters *clusters, sift_ner **out,
                    sift_error *err)
{
    int rc;
    sift_ner *m = sift_tag_open(name, from_mem, data, size, SIFT_MODEL_NER, sizeof *m, &rc, err);
    *out = NULL;
    return m ? finish_load(m, name, lex, clusters, out, err) : rc;
}

int sift_ner_load(const char *path, const sift_lexicon *lex, const sift_clusters *clusters,
                  sift_ner **out, sift_error *err)
{
    return open_ner(path, 0, NULL, 0, lex, clusters, out, err);
}

int sift_ner_load_mem(const unsigned char *data, size_t size, const char *name,
                      const sift_lexicon *lex, const sift_clusters *clusters, sift_ner **out,
                      sift_error *err)
{
    return open_ner(name, 1, data, size, lex, clusters, out, err);
}

/* ---- training --------------------------------------------------------- */

/* Gold BIO of a corpus word (the ner column). */
static uint8_t gold_bio(const sift_cword *w)
{
    return sift_ner_label_id(w->ner);
}

/* BIO to BILOU for a whole sentence. */
static void to_bilou(const uint8_t *bio, size_t n, uint8_t *out)
{
    for (size_t i = 0; i < n; i++) {
        int t = SIFT_NER_TYPE(bio[i]);
        if (!t) {
            out[i] = 0;
            continue;
        }
        int starts = SIFT_NER_IS_B(bio[i]) || i == 0 || SIFT_NER_TYPE(bio[i - 1]) != t;
        int goes_on = i + 1 < n && bio[i + 1] == SIFT_NER_I(t);
        out[i] = (uint8_t)LAB(t, starts ? (goes_on ? 0 : 3) : (goes_on ? 1 : 2));
    }
}

/* The words and tagger output of one sentence, in growable buffers. */
typedef struct sentbuf {
    sift_tag_word *w;
    sift_postag *pos;
    uint8_t *gold, *bilou, *pred;
    size_t cap;
} sentbuf;

static int sentbuf_fill(sentbuf *b, const sift_csent *cs, const sift_tagger *tagger,
                        sift_tag_scratch *ws)
{
    if (cs->n > b->cap) {
        size_t cap = cs->n * 2;
        sift_tag_word *w = realloc(b->w, cap * sizeof *w);
        if (w)
            b->w = w;
        sift_postag *p = realloc(b->pos, cap * sizeof *p);
        if (p)
            b->pos = p;
        uint8_t *g = realloc(b->gold, cap * 3);
        if (g)
            b->gold = g;
        if (!w || !p || !g)
            return -1;
        b->bilou = b->gold + cap;
        b->pred = b->gold + 2 * cap;
        b->cap = cap;
    }
    for (size_t i = 0; i < cs->n; i++) {
        b->w[i].s = cs->w[i].form;
        b->w[i].n = strlen(cs->w[i].form);
        b->gold[i] = gold_bio(&cs->w[i]);
    }
    return sift_tagger_tag(tagger, ws, b->w, cs->n, b->pos) == SIFT_OK ? 0 : -1;
}

static void sentbuf_free(sentbuf *b)
{
    free(b->w);
    free(b->pos);
    free(b->gold);
}

/* Entity F1 of a model on a corpus. */
static double evaluate(const sift_ner *m, const sift_corpus *dev, const sift_tagger *tagger,
                       sift_tag_scratch *ws, sentbuf *b)
{
    sift_ner_score sc = {0};
    for (size_t s = 0; s < dev->n; s++) {
        const sift_csent *cs = &dev->s[s];
        if (sentbuf_fill(b, cs, tagger, ws) ||
            sift_ner_tag(m, ws, b->w, b->pos, cs->n, b->pred) != SIFT_OK)
            return 0;
        sift_ner_count(b->gold, b->pred, cs->n, &sc);
    }
    double p = sc.pred ? (double)sc.correct / (double)sc.pred : 0;
    double r = sc.gold ? (double)sc.correct / (double)sc.gold : 0;
    return p + r > 0 ? 200 * p * r / (p + r) : 0;
}

/* Gold entities that hold a token the recognizer never scores cannot be
 * found; training sees them as O. */
static void reachable(const tag_tok *tk, uint8_t *bio, size_t n)
{
    for (size_t i = 0; i < n;) {
        int t = SIFT_NER_TYPE(bio[i]);
        size_t j = i + 1;
        if (!t) {
            i = j;
            continue;
        }
        while (j < n && bio[j] == SIFT_NER_I(t))
            j++;
        int ok = 1;
        for (size_t k = i; k < j; k++)
            ok &= scored(tk, k);
        for (size_t k = i; k < j && !ok; k++)
            bio[k] = 0;
        i = j;
    }
}

/* One structured perceptron update: reward the gold sequence and punish
 * the predicted one where they differ, label by label and pair by pair. */
static void learn(sift_rows *ap, sift_tag_scratch *ws, const sift_postag *pos, size_t n,
                  const uint8_t *gold, const uint8_t *pred)
{
    const tag_tok *tk = ws->tok;
    uint32_t cprof = case_profile(tk, n);
    uint64_t tf[NTRANS];
    for (size_t i = 0; i < n; i++) {
        if (!scored(tk, i))
            continue;
        uint32_t gp = i ? gold[i - 1] : BOS, pp = i ? pred[i - 1] : BOS;
        if (gold[i] != pred[i]) {
            size_t nf = ner_feats(tk, pos, n, i, cprof, ws->feats);
            sift_rows_add(ap, ws->feats, nf, gold[i], 1.0f);
            sift_rows_add(ap, ws->feats, nf, pred[i], -1.0f);
        }
        if (gold[i] != pred[i] || gp != pp) {
            uint32_t u = upos_of(&pos[i]), c = tok_class(&tk[i]);
            sift_rows_add(ap, tf, trans_feats(gp, u, c, tf), gold[i], 1.0f);
            sift_rows_add(ap, tf, trans_feats(pp, u, c, tf), pred[i], -1.0f);
        }
    }
    sift_rows_tick(ap);
}

static int train_fail(sift_error *err, const char *what)
{
    snprintf(err->msg, sizeof err->msg, "training the entity recognizer: %.400s", what);
    return SIFT_ERR_NOMEM;
}

int sift_ner_train(const sift_corpus *train, const sift_corpus *dev, const sift_tagger *tagger,
                   const sift_lexicon *lex, const sift_tag_train_opts *opts,
                   const char *out_path, sift_error *err)
{
    int rc = SIFT_OK;
    sift_rows ap = {0};
    sift_wr best = {0};
    sentbuf b = {0};
    sift_ner *view = calloc(1, sizeof *view);
    sift_tag_scratch *ws = sift_tag_scratch_new();
    size_t *order = malloc((train->n ? train->n : 1) * sizeof *order);
    double best_f1 = -1;
    if (!view || !ws || !order || sift_rows_init(&ap, NL)) {
        rc = train_fail(err, "out of memory");
        goto done;
    }
    view->cl = opts->clusters;
    init_allowed(view);
    scorer sc = {NULL, &ap, NULL};
    view->lex = lex;
    view->uses_lex = lex != NULL;
    uint64_t rng = opts->seed * 0x9e3779b97f4a7c15ULL + 7;
    for (size_t s = 0; s < train->n; s++)
        order[s] = s;
    int epochs = opts->epochs > 0 ? opts->epochs : 10;
    for (int ep = 1; ep <= epochs; ep++) {
        sift_tag_shuffle(order, train->n, &rng);
        size_t total = 0, correct = 0;
        for (size_t si = 0; si < train->n; si++) {
            const sift_csent *cs = &train->s[order[si]];
            if (cs->n == 0)
                continue;
            if (sentbuf_fill(&b, cs, tagger, ws)) {
                rc = train_fail(err, "out of memory");
                goto done;
            }
            facts(view, ws, b.w, b.pos, cs->n);
            reachable(ws->tok, b.gold, cs->n);
            to_bilou(b.gold, cs->n, b.bilou);
            decode(view, &sc, ws, b.pos, cs->n, b.pred);
            learn(&ap, ws, b.pos, cs->n, b.bilou, b.pred);
            for (size_t i = 0; i < cs->n; i++)
                correct += b.pred[i] == b.bilou[i];
            total += cs->n;
            if (opts->progress && (si % 256 == 0 || si + 1 == train->n))
                opts->progress(opts->ctx, ep, si + 1, train->n);
        }
        int bad = sift_wtab_build(&view->wt, &ap);
        sift_wr pw = {0};
        if (!bad)
            trans_tables(view);
        if (!bad)
            put_payload(&pw, view->uses_lex, sift_clusters_id(opts->clusters), &view->wt);
        double f1 = !bad && dev ? evaluate(view, dev, tagger, ws, &b) : 0;
        sift_wtab_free(&view->wt);
        if (bad || pw.failed) {
            sift_wr_free(&pw);
            rc = train_fail(err, "out of memory");
            goto done;
        }
        char line[256];
        snprintf(line, sizeof line, "pass %d: train label accuracy %.2f%%, dev entity F1 %.2f, %zu features, %.1f MB",
                 ep, total ? 100.0 * (double)correct / (double)total : 0.0, f1, ap.n,
                 (double)pw.len / 1e6);
        if (opts->log)
            opts->log(opts->ctx, line);
        if (!dev || f1 > best_f1) {
            best_f1 = f1;
            if (opts->chosen)
                *opts->chosen = ep;
            sift_wr_free(&best);
            best = pw;
        } else {
            sift_wr_free(&pw);
        }
    }
    if (best.p &&
        sift_modelfile_write(out_path, SIFT_MODEL_NER, NER_VERSION, best.p, best.len, err) != 0)
        rc = SIFT_ERR_IO;
done:
    sift_wr_free(&best);
    sift_rows_free(&ap);
    sift_tag_scratch_free(ws);
    sentbuf_free(&b);
    free(view);
    free(order);
    return rc;
}
