/*
 * annotate.c — the statistical models inside the analysis: part of speech
 * and entity labels on every sentence, over the analysis's own tokens; and
 * the dependency parse of one sentence when a later stage asks for it.
 *
 * The parse is the costliest model and only the speaker rules use it, as a
 * fallback where word order finds no subject, so it runs on demand:
 * sift_parse_sentence parses a sentence the first time it is asked and
 * keeps the result on its tokens (head, deprel).
 */
#include <stdlib.h>
#include <string.h>

#include "../doc_int.h"
#include "../parse/parser.h"
#include "ner.h"
#include "tagger.h"

int sift_parse_sentence(const doc *d, uint32_t s)
{
    const sift_resources *r = d->res;
    sent *st = &d->sents.v[s];
    if (st->parse)
        return st->parse == 1;
    st->parse = 2;
    size_t n = st->t1 - st->t0;
    if (!r->models.parser || !r->models.tagger || d->no_models || n == 0)
        return 0;
    sift_cword *cw = calloc(n, sizeof *cw);
    if (!cw)
        return 0;
    int ok = 1;
    for (size_t i = 0; i < n && ok; i++) {
        const tok *t = &d->toks.v[st->t0 + i];
        cw[i].form = sift_arena_strndup(d->arena, TOK_S(d, st->t0 + i), TOK_N(d, st->t0 + i));
        cw[i].upos = sift_tagger_upos(r->models.tagger, t->tcls);
        cw[i].xpos = sift_tagger_xpos(r->models.tagger, t->tcls);
        cw[i].head = -1;
        ok = cw[i].form != NULL;
    }
    if (ok && sift_parser_parse(r->models.parser, cw, n) == 0) {
        for (size_t i = 0; i < n; i++) {
            tok *t = &d->toks.v[st->t0 + i];
            t->head = cw[i].head > 0 ? (int32_t)(st->t0 + (uint32_t)cw[i].head - 1) : -1;
            t->deprel = cw[i].deprel;
        }
        st->parse = 1;
    }
    free(cw);
    return st->parse == 1;
}

int sift_annotate(doc *d)
{
    const sift_resources *r = d->res;
    if (!r->models.tagger || d->no_models || d->toks.n == 0)
        return 0;
    sift_tag_scratch *ws = sift_tag_scratch_new();
    size_t cap = SIFT_MAX_SENTENCE;
    sift_tag_word *words = malloc(cap * sizeof *words);
    sift_postag *tags = malloc(cap * sizeof *tags);
    uint8_t *bio = malloc(cap);
    int rc = -1;
    if (!ws || !words || !tags || !bio)
        goto done;
    int adj = sift_tagger_class(r->models.tagger, "ADJ", "JJ");
    for (size_t s = 0; s < d->sents.n; s++) {
        const sent *st = &d->sents.v[s];
        size_t n = st->t1 - st->t0;
        if (n > cap)
            goto done; /* cannot happen: the tokenizer cuts sentences at cap */
        for (size_t i = 0; i < n; i++) {
            words[i].s = TOK_S(d, st->t0 + i);
            words[i].n = TOK_N(d, st->t0 + i);
        }
        if (sift_tagger_tag(r->models.tagger, ws, words, n, tags) != SIFT_OK)
            goto done;
        if (r->models.ner && sift_ner_tag(r->models.ner, ws, words, tags, n, bio) != SIFT_OK)
            goto done;
        for (size_t i = 0; i < n; i++) {
            tok *t = &d->toks.v[st->t0 + i];
            t->upos = tags[i].upos;
            t->tcls = tags[i].cls;
            t->bio = r->models.ner ? bio[i] : 0;
        }
        /* "the sector accounts for 3 percent": after a noun (not an owner
         * or a determiner: "its accounts for 2025"), "accounts for" is the
         * verb the tagger often takes for a noun */
        for (size_t i = 1; i + 1 < n; i++) {
            tok *t = &d->toks.v[st->t0 + i];
            const tok *p = &d->toks.v[st->t0 + i - 1];
            if (t->upos == SIFT_UPOS_NOUN && (sift_tok_is(d, st->t0 + i, "accounts") ||
                                              sift_tok_is(d, st->t0 + i, "account")) &&
                sift_tok_is(d, st->t0 + i + 1, "for") && p->kind == TK_WORD && !(p->flags & TF_POSS) &&
                (p->upos == SIFT_UPOS_NOUN || p->upos == SIFT_UPOS_PROPN || p->upos == SIFT_UPOS_PRON) &&
                !sift_tok_is(d, st->t0 + i - 1, "its") && !sift_tok_is(d, st->t0 + i - 1, "their"))
                t->upos = SIFT_UPOS_VERB;
        }
        /* "Retired Colonel Graham Pike, ..., said": a capitalised
         * participle before a capitalised title is part of the title, not
         * the sentence's verb */
        for (size_t i = 0; i + 2 < n; i++) {
            tok *t = &d->toks.v[st->t0 + i];
            const tok *nx = &d->toks.v[st->t0 + i + 1];
            size_t len = TOK_N(d, st->t0 + i);
            if (t->upos == SIFT_UPOS_VERB && (t->flags & TF_CAP) && !(t->flags & TF_ALLCAPS) && len > 4 &&
                memcmp(TOK_S(d, st->t0 + i) + len - 2, "ed", 2) == 0 && (nx->flags & TF_CAP) &&
                (nx->w.flags & W_TITLE) && (d->toks.v[st->t0 + i + 2].flags & TF_CAP) && adj >= 0) {
                t->upos = SIFT_UPOS_ADJ;
                t->tcls = (uint16_t)adj;
            }
        }
    }
    rc = 0;
done:
    free(words);
    free(tags);
    free(bio);
    sift_tag_scratch_free(ws);
    return rc;
}
