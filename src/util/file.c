/* file.c — whole-file reads for the loaders (see file.h). */
#include "file.h"

#include <errno.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static int fail(sift_error *err, int code, const char *path, const char *what)
{
    if (err) {
        snprintf(err->msg, sizeof err->msg, "%.300s: %.200s", path, what);
        err->offset = SIZE_MAX;
    }
    return code;
}

int sift_file_read_stream(FILE *f, const char *name, size_t max, char **data, size_t *len,
                          sift_error *err)
{
    *data = NULL;
    *len = 0;
    size_t cap = 1 << 16, n = 0;
    char *buf = malloc(cap);
    while (buf && n <= max) {
        if (cap - n < 2) {
            char *nb = cap < SIZE_MAX / 2 ? realloc(buf, cap * 2) : NULL;
            if (!nb) {
                free(buf);
                buf = NULL;
                break;
            }
            buf = nb;
            cap *= 2;
        }
        size_t k = fread(buf + n, 1, cap - n - 1, f);
        n += k;
        if (k == 0)
            break;
    }
    if (!buf)
        return fail(err, SIFT_ERR_NOMEM, name, "out of memory");
    if (ferror(f)) {
        int e = errno;
        free(buf);
        char what[128];
        snprintf(what, sizeof what, "read error: %s", strerror(e));
        return fail(err, SIFT_ERR_IO, name, what);
    }
    if (n > max) {
        free(buf);
        char what[96];
        snprintf(what, sizeof what, "input is over the limit of %zu bytes", max);
        return fail(err, SIFT_ERR_INPUT, name, what);
    }
    buf[n] = '\0';
    *data = buf;
    *len = n;
    return SIFT_OK;
}

int sift_file_read(const char *path, char **data, size_t *len, sift_error *err)
{
    *data = NULL;
    *len = 0;
    FILE *f = fopen(path, "rb");
    if (!f)
        return fail(err, SIFT_ERR_IO, path, strerror(errno));
    int rc = sift_file_read_stream(f, path, SIZE_MAX - 1, data, len, err);
    fclose(f);
    return rc;
}
