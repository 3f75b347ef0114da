/*
 * annotate.c — the statistical models inside the analysis: part of speech,
 * entity labels and (where a later stage can use it) the dependency parse,
 * sentence by sentence over the analysis's own tokens.
 *
 * The parser runs only on sentences that hold a speech verb: those are the
 * ones whose subject the speaker rules may ask it for, and skipping the
 * rest keeps the analysis fast. Results land on the tokens
 * (upos, bio, head, deprel); every later stage may read them or ignore them
 * when the models are not loaded.
 */
#include <stdlib.h>
#include <string.h>

#include "../doc_int.h"
#include "../parse/parser.h"
#include "ner.h"
#include "tagger.h"

static int wants_parse(const doc *d, const sent *s)
{
    for (uint32_t i = s->t0; i < s->t1; i++) {
        const tok *t = &d->toks.v[i];
        if ((t->w.flags & W_CUE) && !(t->flags & TF_CAP))
            return 1;
    }
    return 0;
}

int sift_annotate(doc *d)
{
    const sift_resources *r = d->res;
    if (!r->tagger || d->no_models || d->toks.n == 0)
        return 0;
    sift_tag_scratch *ws = sift_tag_scratch_new();
    size_t cap = 256;
    sift_tag_word *words = malloc(cap * sizeof *words);
    sift_postag *tags = malloc(cap * sizeof *tags);
    uint8_t *bio = malloc(cap);
    sift_cword *cw = malloc(cap * sizeof *cw);
    int rc = -1;
    if (!ws || !words || !tags || !bio || !cw)
        goto done;
    for (size_t s = 0; s < d->sents.n; s++) {
        const sent *st = &d->sents.v[s];
        size_t n = st->t1 - st->t0;
        if (n > cap)
            continue; /* sentences are capped well below this by the tokenizer */
        for (size_t i = 0; i < n; i++) {
            words[i].s = TOK_S(d, st->t0 + i);
            words[i].n = TOK_N(d, st->t0 + i);
        }
        if (sift_tagger_tag(r->tagger, ws, words, n, tags) != SIFT_OK)
            goto done;
        if (r->ner && sift_ner_tag(r->ner, ws, words, tags, n, bio) != SIFT_OK)
            goto done;
        for (size_t i = 0; i < n; i++) {
            tok *t = &d->toks.v[st->t0 + i];
            t->upos = tags[i].upos;
            t->bio = r->ner ? bio[i] : 0;
            t->head = -1;
        }
        if (!r->parser || !wants_parse(d, st))
            continue;
        memset(cw, 0, n * sizeof *cw);
        for (size_t i = 0; i < n; i++) {
            cw[i].form = sift_arena_strndup(d->arena, words[i].s, words[i].n);
            cw[i].upos = sift_tagger_upos(r->tagger, tags[i].cls);
            cw[i].xpos = sift_tagger_xpos(r->tagger, tags[i].cls);
            cw[i].head = -1;
            if (!cw[i].form)
                goto done;
        }
        if (sift_parser_parse(r->parser, cw, n) != 0)
            goto done;
        for (size_t i = 0; i < n; i++) {
            tok *t = &d->toks.v[st->t0 + i];
            t->head = cw[i].head > 0 ? (int32_t)(st->t0 + (uint32_t)cw[i].head - 1) : -1;
            t->deprel = cw[i].deprel;
        }
        d->parsed = 1;
    }
    rc = 0;
done:
    free(words);
    free(tags);
    free(bio);
    free(cw);
    sift_tag_scratch_free(ws);
    return rc;
}
