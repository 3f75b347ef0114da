/* common.c — helpers shared by the subcommands: resources and file input. */
#include <errno.h>
#include <limits.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "cli.h"

static int is_dir(const char *p)
{
    struct stat st;
    return stat(p, &st) == 0 && S_ISDIR(st.st_mode);
}

sift_resources *sift_cli_load_resources(const char *models_dir, unsigned flags)
{
    char exe[PATH_MAX], cand[PATH_MAX + 32];
    const char *dir = models_dir ? models_dir : getenv("SIFT_MODELS");
    if (!dir) {
        ssize_t n = readlink("/proc/self/exe", exe, sizeof exe - 1);
        if (n > 0) {
            exe[n] = '\0';
            char *slash = strrchr(exe, '/');
            if (slash)
                *slash = '\0';
            const char *tries[] = {"%s/../models", "%s/models", "%s/../share/sift/models"};
            for (size_t i = 0; i < 3 && !dir; i++) {
                snprintf(cand, sizeof cand, tries[i], exe);
                if (is_dir(cand))
                    dir = cand;
            }
        }
        if (!dir)
            dir = "models";
    }
    sift_resources *res = NULL;
    sift_error err;
    if (sift_resources_open(dir, flags, &res, &err) != SIFT_OK) {
        fprintf(stderr, "sift: cannot load resources: %s\n", err.msg);
        return NULL;
    }
    return res;
}

char *sift_cli_read_file(const char *path, size_t max, size_t *len)
{
    FILE *f = stdin;
    int is_stdin = strcmp(path, "-") == 0;
    if (!is_stdin) {
        struct stat st;
        if (stat(path, &st) != 0) {
            fprintf(stderr, "sift: %s: %s\n", path, strerror(errno));
            return NULL;
        }
        if (S_ISDIR(st.st_mode)) {
            fprintf(stderr, "sift: %s: is a directory (give the files inside it)\n", path);
            return NULL;
        }
        if (S_ISREG(st.st_mode) && (size_t)st.st_size > max) {
            fprintf(stderr,
                    "sift: %s: %lld bytes is over the limit of %zu bytes; raise it with --max-bytes N\n",
                    path, (long long)st.st_size, max);
            return NULL;
        }
        f = fopen(path, "rb");
        if (!f) {
            fprintf(stderr, "sift: %s: %s\n", path, strerror(errno));
            return NULL;
        }
    }
    size_t cap = 1 << 16, n = 0;
    char *buf = malloc(cap);
    while (buf) {
        if (n == cap) {
            if (cap > max) {
                fprintf(stderr,
                        "sift: %s: input is over the limit of %zu bytes; raise it with --max-bytes N\n",
                        is_stdin ? "(stdin)" : path, max);
                free(buf);
                buf = NULL;
                break;
            }
            char *nb = realloc(buf, cap * 2);
            if (!nb) {
                free(buf);
                buf = NULL;
                break;
            }
            buf = nb;
            cap *= 2;
        }
        size_t k = fread(buf + n, 1, cap - n, f);
        n += k;
        if (k == 0) {
            if (ferror(f)) {
                fprintf(stderr, "sift: %s: read error: %s\n", is_stdin ? "(stdin)" : path,
                        strerror(errno));
                free(buf);
                buf = NULL;
            }
            break;
        }
    }
    if (!is_stdin)
        fclose(f);
    if (buf && n > max) {
        fprintf(stderr, "sift: %s: input is over the limit of %zu bytes; raise it with --max-bytes N\n",
                is_stdin ? "(stdin)" : path, max);
        free(buf);
        return NULL;
    }
    if (!buf)
        return NULL;
    *len = n;
    return buf;
}
