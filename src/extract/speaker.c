/*
 * speaker.c — who is speaking: the noun phrase around a speech verb, and
 * the entity or source phrase it names.
 *
 * A speaker phrase is resolved in this order: a pronoun -> the last person
 * named outside quotations (gender-checked); a phrase whose head is a group
 * noun ("Ukrainian military officials", "U.S. intelligence") -> the phrase
 * itself; a person, organisation or place named in it -> that entity; a
 * determiner + title ("the Ukrainian president") -> the person introduced
 * with that title; any other short noun phrase -> the phrase.
 */
#include <string.h>

#include "../doc_int.h"
#include "extract_int.h"

static int is_punct(const doc *d, uint32_t i, char c)
{
    const tok *t = &d->toks.v[i];
    return t->kind == TK_PUNCT && t->end - t->start == 1 && d->text[t->start] == c;
}

static int is_boundary(const doc *d, uint32_t i)
{
    const tok *t = &d->toks.v[i];
    if (t->kind == TK_QUOTE || t->kind == TK_DASH)
        return 1;
    if (t->kind == TK_PUNCT && !(t->flags & TF_POSS) && !(is_punct(d, i, '-')) &&
        !(is_punct(d, i, '.')) && !(is_punct(d, i, '&')))
        return 1;
    if (t->kind == TK_PUNCT && is_punct(d, i, '.') && !(t->flags & TF_ABBR))
        return 1;
    return sift_tok_is(d, i, "that") || sift_tok_is(d, i, "but") || sift_tok_is(d, i, "while") ||
           sift_tok_is(d, i, "because") || sift_tok_is(d, i, "when") || sift_tok_is(d, i, "as") ||
           sift_tok_is(d, i, "if") || sift_tok_is(d, i, "although");
}

static int is_adverb(const doc *d, uint32_t i)
{
    const tok *t = &d->toks.v[i];
    if (t->kind != TK_WORD || (t->flags & TF_CAP))
        return 0;
    size_t n = TOK_N(d, i);
    const char *s = TOK_S(d, i);
    return (n > 4 && memcmp(s + n - 2, "ly", 2) == 0) || sift_tok_is(d, i, "also") ||
           sift_tok_is(d, i, "later") || sift_tok_is(d, i, "then") || sift_tok_is(d, i, "again") ||
           sift_tok_is(d, i, "once") || sift_tok_is(d, i, "not") || sift_tok_is(d, i, "never");
}

int sift_subject_before(const doc *d, uint32_t cue, uint32_t lo, uint32_t *np0, uint32_t *np1)
{
    uint32_t j = cue;
    /* skip auxiliaries and adverbs between subject and verb: "has also said" */
    while (j > lo && ((d->toks.v[j - 1].w.flags & W_AUX) || is_adverb(d, j - 1)))
        j--;
    if (j > lo && (sift_tok_is(d, j - 1, "and") || sift_tok_is(d, j - 1, "but"))) {
        /* coordinated verbs: "Trump has been critical ... and has suggested";
         * the subject opens the clause, after ", while" or at the sentence start */
        uint32_t s0 = d->sents.v[d->toks.v[cue].sent].t0;
        if (s0 < lo)
            s0 = lo;
        for (uint32_t b = j - 1; b-- > s0 + 1;)
            if (is_punct(d, b, ',') && (d->toks.v[b + 1].w.flags & W_ADJUNCT) &&
                !sift_tok_is(d, b + 1, "and") && !(d->toks.v[b + 1].flags & TF_INQUOTE)) {
                s0 = b + 2;
                break;
            }
        return sift_clause_subject(d, s0, j - 1, np0, np1);
    }
    uint32_t end = j, k = j;
    while (k > lo && !is_boundary(d, k - 1))
        k--;
    /* an appositive: "Ovcharenko, a soldier stationed in the region, said" */
    if (k < end && k > lo + 1 && is_punct(d, k - 1, ',') &&
        (sift_tok_is(d, k, "a") || sift_tok_is(d, k, "an") || sift_tok_is(d, k, "the") ||
         sift_tok_is(d, k, "who"))) {
        uint32_t e2 = k - 1, k2 = e2;
        /* the appositive ended with a comma; find the comma that opened it */
        while (k2 > lo && !is_punct(d, k2 - 1, ','))
            k2--;
        if (k2 > lo) {
            uint32_t s2 = k2 - 1, b = s2;
            while (b > lo && !is_boundary(d, b - 1))
                b--;
            if (b < s2 && sift_entity_at(d, s2 - 1) >= 0) {
                *np0 = b;
                *np1 = s2;
                return 1;
            }
        }
        (void)e2;
    }
    if (k >= end && end > lo + 1 && is_punct(d, end - 1, ',')) {
        /* "Ovcharenko, a soldier, said": empty slot before the verb */
        return 0;
    }
    if (k >= end)
        return 0;
    /* keep at most the last 10 tokens */
    if (end - k > 10)
        k = end - 10;
    *np0 = k;
    *np1 = end;
    return 1;
}

int sift_clause_subject(const doc *d, uint32_t from, uint32_t hi, uint32_t *np0, uint32_t *np1)
{
    uint32_t k = from;
    int e = sift_entity_at(d, k);
    if (e < 0 && k + 1 < hi && (d->toks.v[k].w.flags & W_DET))
        e = sift_entity_at(d, k + 1);
    if (e >= 0) {
        /* the named entity is the subject: "the Port of Rotterdam Authority" */
        while (k < hi && (sift_entity_at(d, k) == e || (d->toks.v[k].w.flags & W_DET)))
            k++;
    } else {
        while (k < hi && k < from + 5 && !(d->toks.v[k].w.flags & (W_AUX | W_CUE | W_VERB)) &&
               !is_boundary(d, k))
            k++;
    }
    if (k == from)
        return 0;
    *np0 = from;
    *np1 = k;
    return 1;
}

int sift_np_after(const doc *d, uint32_t from, uint32_t hi, uint32_t *np0, uint32_t *np1)
{
    uint32_t k = from;
    while (k < hi && !is_boundary(d, k) && k - from < 12) {
        /* stop before a trailing clause: "said Smith, who ..." handled by the comma */
        if (k > from && (d->toks.v[k].w.flags & (W_CUE | W_AUX)) && !(d->toks.v[k].flags & TF_CAP))
            break;
        if (k > from && (d->toks.v[k].w.flags & W_PREP) && !sift_tok_is(d, k, "of") &&
            !(d->toks.v[k].flags & TF_CAP))
            break;
        k++;
    }
    if (k == from)
        return 0;
    *np0 = from;
    *np1 = k;
    return 1;
}

static int head_is_group(const doc *d, uint32_t np0, uint32_t np1)
{
    uint32_t h = np1;
    while (h > np0 && d->toks.v[h - 1].kind != TK_WORD)
        h--;
    if (h == np0)
        return 0;
    const tok *t = &d->toks.v[h - 1];
    if (t->ment >= 0)
        return 0;
    return (t->w.flags & (W_GROUP | W_PERSON_NOUN)) != 0;
}

void sift_name_speaker(doc *d, uint32_t np0, uint32_t np1, int *ent, const char **name)
{
    *ent = -1;
    *name = NULL;
    if (np0 >= np1)
        return;
    /* trim punctuation at the edges */
    while (np0 < np1 && d->toks.v[np0].kind != TK_WORD && d->toks.v[np0].kind != TK_NUM)
        np0++;
    while (np1 > np0 && d->toks.v[np1 - 1].kind != TK_WORD)
        np1--;
    if (np0 >= np1)
        return;
    const tok *t0 = &d->toks.v[np0];
    if (np1 - np0 == 1 && (t0->w.flags & W_PRONOUN)) {
        int g = t0->w.val;
        if (g == 'M' || g == 'F') {
            *ent = sift_resolve_pronoun(d, np0, g);
            if (*ent >= 0)
                *name = d->ents.v[*ent].name;
        }
        return;
    }
    int nom = sift_resolve_nominal(d, np0, np1);
    if (nom >= 0) {
        *ent = nom;
        *name = d->ents.v[nom].name;
        return;
    }
    if (head_is_group(d, np0, np1)) {
        *name = sift_span_text(d, np0, np1);
        return;
    }
    static const int prefs[] = {ET_PERSON, ET_ORG, ET_GPE};
    for (int p = 0; p < 3; p++)
        for (uint32_t i = np0; i < np1; i++) {
            int e = sift_entity_at(d, i);
            if (e >= 0 && d->ents.v[e].type == prefs[p]) {
                *ent = e;
                *name = d->ents.v[e].name;
                return;
            }
        }
    if (np1 - np0 <= 8) {
        for (uint32_t i = np0; i < np1; i++)
            if (d->toks.v[i].w.flags & (W_VERB | W_CUE))
                return;
        *name = sift_span_text(d, np0, np1);
    }
}
