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

int sift_file_read(const char *path, char **data, size_t *len, sift_error *err)
{
    *data = NULL;
    *len = 0;
    FILE *f = fopen(path, "rb");
    if (!f)
        return fail(err, SIFT_ERR_IO, path, strerror(errno));
    size_t cap = 1 << 16, n = 0;
    char *buf = malloc(cap);
    while (buf) {
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
    int bad = ferror(f);
    fclose(f);
    if (!buf)
        return fail(err, SIFT_ERR_NOMEM, path, "out of memory");
    if (bad) {
        free(buf);
        return fail(err, SIFT_ERR_IO, path, "read error");
    }
    buf[n] = '\0';
    *data = buf;
    *len = n;
    return SIFT_OK;
}
