/*
 * file.h — reading a whole file into memory, for the loaders of lexicons,
 * treebanks, lemma tables and models.
 */
#ifndef SIFT_FILE_H
#define SIFT_FILE_H

#include <stddef.h>
#include <stdio.h>

#include "sift.h"

/*
 * Read all of `path` into a malloc'd buffer with a NUL after the last byte.
 * Returns SIFT_OK and stores the buffer (caller frees) and its length, or an
 * error code with err naming the file (SIFT_ERR_IO, SIFT_ERR_NOMEM).
 */
int sift_file_read(const char *path, char **data, size_t *len, sift_error *err);

/*
 * The same for an open stream (stdin, say), named `name` in messages: at
 * most max bytes, else SIFT_ERR_INPUT ("input is over the limit of max
 * bytes"), having read no more than about max bytes of it.
 */
int sift_file_read_stream(FILE *f, const char *name, size_t max, char **data, size_t *len,
                          sift_error *err);

#endif
