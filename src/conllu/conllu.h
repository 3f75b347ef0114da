/*
 * conllu.h — treebank sentences in memory, read from and written to
 * CoNLL-U (and UNER IOB2), mirroring the format's columns.
 *
 * Field sentinels: head 0 = root, -1 = unset; strings are NULL when the
 * column is "_". All strings of a corpus live in its arena.
 * (Interface fixed here; implemented in conllu.c.)
 */
#ifndef SIFT_CONLLU_H
#define SIFT_CONLLU_H

#include <stddef.h>
#include <stdio.h>

#include "sift.h"
#include "util/arena.h"

typedef struct sift_cword {
    const char *form, *lemma, *upos, *xpos, *feats, *deprel, *deps, *misc;
    int head;             /* 0 root, -1 unset */
    const char *ner;      /* BIO entity tag ("B-PER", "O"), or NULL when unknown */
} sift_cword;

typedef struct sift_csent {
    sift_cword *w;        /* the syntactic words, 1..n in CoNLL-U are w[0..n-1] */
    size_t n;
    const char **extra;   /* lines kept verbatim for round trips: comments,
                             multiword-token ranges, empty nodes, in order */
    size_t *extra_at;     /* extra[i] is written before word extra_at[i] (n: at the end) */
    size_t n_extra;
} sift_csent;

typedef struct sift_corpus {
    sift_csent *s;
    size_t n;
    sift_arena *arena;
    char *text;              /* the file as read; forms point into it */
} sift_corpus;

/* Read a CoNLL-U file. On error *out is NULL and err names the file and line. */
int sift_conllu_read(const char *path, sift_corpus **out, sift_error *err);
/* Read a UNER IOB2 file (idx TAB token TAB tag ...); sets form and ner. */
int sift_iob2_read(const char *path, sift_corpus **out, sift_error *err);
/* Write one sentence as CoNLL-U (with its kept lines) and a blank line. */
int sift_conllu_write_sent(FILE *f, const sift_csent *s);
void sift_corpus_free(sift_corpus *c);

#endif
