/*
 * resolve.c — mentions to document entities, and the lookups later stages
 * use to name a speaker ("he", "the Ukrainian president").
 *
 * Mentions are visited in text order. A person's full name opens an entity;
 * a later single word equal to its last (or first) name joins it, and an
 * earlier surname-only entity is upgraded when the full name appears. Other
 * types join on (type, canonical form), where the lexicon supplies the
 * canonical form (Kiev -> Kyiv, Ukrainians -> Ukrainian).
 */
#include <stdlib.h>
#include <string.h>

#include "../doc_int.h"
#include "../text/utf8.h"

int sift_entity_at(const doc *d, uint32_t i)
{
    if (i >= d->toks.n || d->toks.v[i].ment < 0)
        return -1;
    return d->ments.v[d->toks.v[i].ment].entity;
}

static int cmp_mention(const void *a, const void *b)
{
    const mention *x = a, *y = b;
    return x->t0 < y->t0 ? -1 : x->t0 > y->t0;
}

/* Does the last (or first) word of name equal s[0..n)? */
static int name_part_is(const char *name, const char *s, size_t n)
{
    const char *sp = strrchr(name, ' ');
    const char *last = sp ? sp + 1 : name;
    if (strlen(last) == n && memcmp(last, s, n) == 0)
        return 1;
    const char *first_end = strchr(name, ' ');
    return first_end && (size_t)(first_end - name) == n && memcmp(name, s, n) == 0;
}

static int new_entity(doc *d, int type, const char *name)
{
    entity e;
    memset(&e, 0, sizeof e);
    e.type = type;
    e.name = name;
    e.canon = name;
    if (SIFT_VEC_PUSH(d->arena, d->ents, e) != 0)
        return -1;
    return (int)d->ents.n - 1;
}

/* The entity a mention belongs to, creating it when new; -1 on no memory. */
/* "Oleksiy Marchenko (Олексій Марченко)", "the Japan Meteorological Agency
 * (JMA)": a name in parentheses right after a mention of the same kind is
 * another name for it. Returns that entity, or -1. */
static int parenthesised_alias(doc *d, const mention *m, const char *text)
{
    if (m->t0 < 2 || d->text[d->toks.v[m->t0 - 1].start] != '(' || d->toks.v[m->t0 - 2].ment < 0 ||
        m->t1 >= d->toks.n || d->text[d->toks.v[m->t1].start] != ')')
        return -1;
    const mention *prev = &d->ments.v[d->toks.v[m->t0 - 2].ment];
    if (prev->entity < 0)
        return -1;
    int same = prev->type == m->type ||
               (m->t1 - m->t0 == 1 && (d->toks.v[m->t0].flags & TF_ALLCAPS) && prev->type == ET_ORG);
    if (!same)
        return -1;
    if (!d->ents.v[prev->entity].alias)
        d->ents.v[prev->entity].alias = text;
    return prev->entity;
}

static int entity_for(doc *d, const mention *m, const char *text)
{
    int n_ents = (int)d->ents.n;
    int alias = parenthesised_alias(d, m, text);
    if (alias >= 0)
        return alias;
    if (m->type == ET_PERSON) {
        int single = m->t1 - m->t0 == 1;
        for (int e = n_ents - 1; e >= 0; e--) {
            entity *en = &d->ents.v[e];
            if (en->type != ET_PERSON)
                continue;
            if (strcmp(en->name, text) == 0)
                return e;
            if (single && name_part_is(en->name, text, strlen(text)))
                return e;
            if (!single && !strchr(en->name, ' ')) {
                const char *sp = strrchr(text, ' ');
                if (sp && strcmp(sp + 1, en->name) == 0) {
                    en->name = en->canon = text; /* upgrade a surname-only entity */
                    return e;
                }
            }
        }
        return new_entity(d, ET_PERSON, text);
    }
    const char *canon = m->lex && m->lex->canon[0] ? m->lex->canon : text;
    for (int e = 0; e < n_ents; e++)
        if (d->ents.v[e].type == m->type && (strcmp(d->ents.v[e].canon, canon) == 0 ||
                                             (d->ents.v[e].alias && strcmp(d->ents.v[e].alias, text) == 0)))
            return e;

    /* a dateline in capitals ("KHARKIV") shows the lexicon's spelling */
    int caps = (d->toks.v[m->t0].flags & TF_ALLCAPS) && !(d->toks.v[m->t0].flags & TF_ABBR) &&
               m->lex && strlen(text) > 3;
    int e = new_entity(d, m->type, caps ? canon : text);
    if (e >= 0)
        d->ents.v[e].canon = canon;
    if (e >= 0 && m->lex && (m->type == ET_GPE || m->type == ET_LOC))
        d->ents.v[e].geo = m->lex->info;
    return e;
}

static uint8_t first_name_gender(const doc *d, const mention *m)
{
    if (m->t1 - m->t0 < 2)
        return 0;
    const lex_entry *e = sift_lex_find_class(d->res->lex, TOK_S(d, m->t0), TOK_N(d, m->t0), LX_FIRST);
    if (!e || e->gender == 'U')
        return 0;
    return e->gender;
}

int sift_resolve(doc *d)
{
    if (d->ments.n > 1)
        qsort(d->ments.v, d->ments.n, sizeof *d->ments.v, cmp_mention);
    for (size_t i = 0; i < d->toks.n; i++)
        d->toks.v[i].ment = -1;
    for (size_t m = 0; m < d->ments.n; m++) {
        mention *mm = &d->ments.v[m];
        for (uint32_t t = mm->t0; t < mm->t1; t++)
            d->toks.v[t].ment = (int32_t)m;
        char *text = sift_span_text(d, mm->t0, mm->t1);
        if (!text)
            return -1;
        /* a lone word guessed a person ("Eskom said") that already names an
         * organisation or place in this document keeps that identity */
        if (mm->type == ET_PERSON && mm->t1 - mm->t0 == 1 && mm->kind == MK_NAME) {
            for (size_t e = 0; e < d->ents.n; e++)
                if (d->ents.v[e].type != ET_PERSON && strcmp(d->ents.v[e].name, text) == 0) {
                    mm->type = d->ents.v[e].type;
                    break;
                }
        }
        int e = entity_for(d, mm, text);
        if (e < 0)
            return -1;
        mm->entity = e;
        entity *en = &d->ents.v[e];
        if (en->type != ET_PERSON && mm->kind == MK_NAME && strlen(text) > strlen(en->name) &&
            strcmp(text, en->canon) != 0 && en->ments.n > 0 && !(d->toks.v[mm->t0].flags & TF_ALLCAPS))
            en->name = text; /* "Kursk" then "Kursk Oblast": the fuller form */
        if (SIFT_VEC_PUSH(d->arena, en->ments, (int)m) != 0)
            return -1;
        if (en->ments.n == 1)
            en->first_tok = mm->t0;
        en->last_tok = mm->t0;
        if (mm->title_t0 >= 0 && !en->title) {
            en->title = sift_span_text(d, (uint32_t)mm->title_t0, mm->t0);
            if (!en->title)
                return -1;
        }
        if (!en->gender)
            en->gender = first_name_gender(d, mm);
    }
    return 0;
}

int sift_resolve_pronoun(const doc *d, uint32_t i, int gender)
{
    /* the last person named before token i, outside quotations */
    for (uint32_t j = i; j-- > 0;) {
        const tok *t = &d->toks.v[j];
        if (t->ment < 0 || (t->flags & TF_INQUOTE))
            continue;
        const mention *m = &d->ments.v[t->ment];
        if (m->type != ET_PERSON || m->entity < 0)
            continue;
        const entity *e = &d->ents.v[m->entity];
        if (gender == 'M' || gender == 'F') {
            if (e->gender && e->gender != gender)
                continue;
        }
        return m->entity;
    }
    return -1;
}

/* Lowercase word list of s (letters only), for title comparison. */
static int words_in(const char *title, const char *w, size_t n)
{
    char low[128];
    size_t m = sift_utf8_lower(title, strlen(title), low, sizeof low);
    for (size_t i = 0; i + n <= m; i++) {
        if ((i == 0 || low[i - 1] == ' ') && memcmp(low + i, w, n) == 0 &&
            (i + n == m || low[i + n] == ' ' || low[i + n] == '.'))
            return 1;
    }
    return 0;
}

int sift_resolve_nominal(const doc *d, uint32_t t0, uint32_t t1)
{
    /* "the Ukrainian president": every content word must be in the title
     * some person was introduced with; the most recent such person wins */
    int have_head = 0;
    for (uint32_t i = t0; i < t1; i++)
        if (d->toks.v[i].w.flags & W_TITLE)
            have_head = 1;
    if (!have_head)
        return -1;
    int best = -1;
    uint32_t best_tok = 0;
    for (size_t e = 0; e < d->ents.n; e++) {
        const entity *en = &d->ents.v[e];
        if (en->type != ET_PERSON || !en->title || en->first_tok >= t0)
            continue;
        int ok = 1;
        for (uint32_t i = t0; i < t1 && ok; i++) {
            const tok *t = &d->toks.v[i];
            if (t->kind != TK_WORD || (t->w.flags & W_DET))
                continue;
            char low[64];
            size_t n = sift_utf8_lower(TOK_S(d, i), TOK_N(d, i), low, sizeof low);
            ok = words_in(en->title, low, n);
        }
        if (ok && (best < 0 || en->last_tok > best_tok)) {
            best = (int)e;
            best_tok = en->last_tok;
        }
    }
    return best;
}
