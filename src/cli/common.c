/* common.c — helpers shared by the subcommands: resources and file input. */
#include <errno.h>
#include <limits.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "cli.h"
#include "util/file.h"

static int is_dir(const char *p)
{
    struct stat st;
    return stat(p, &st) == 0 && S_ISDIR(st.st_mode);
}

const char *sift_cli_models_dir(const char *given, char *buf, size_t cap)
{
    const char *dir = given ? given : getenv("SIFT_MODELS");
    if (dir)
        return dir;
    char exe[PATH_MAX];
    ssize_t n = readlink("/proc/self/exe", exe, sizeof exe - 1);
    if (n > 0) {
        exe[n] = '\0';
        char *slash = strrchr(exe, '/');
        if (slash)
            *slash = '\0';
        const char *tries[] = {"%s/../models", "%s/models", "%s/../share/sift/models"};
        for (size_t i = 0; i < 3; i++) {
            snprintf(buf, cap, tries[i], exe);
            if (is_dir(buf))
                return buf;
        }
    }
    return "models";
}

sift_resources *sift_cli_load_resources(const char *models_dir, unsigned flags)
{
    char cand[PATH_MAX + 32];
    const char *dir = sift_cli_models_dir(models_dir, cand, sizeof cand);
    sift_resources *res = NULL;
    sift_error err;
    if (sift_resources_open(dir, flags, &res, &err) != SIFT_OK) {
        fprintf(stderr, "sift: cannot load resources: %s\n", err.msg);
        return NULL;
    }
    return res;
}

const char *sift_cli_db_path(const char *opt)
{
    if (opt)
        return opt;
    const char *env = getenv("SIFT_DB");
    return env && *env ? env : "sift.db";
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
    char *buf;
    sift_error err;
    int rc = sift_file_read_stream(f, is_stdin ? "(stdin)" : path, max, &buf, len, &err);
    if (!is_stdin)
        fclose(f);
    if (rc == SIFT_OK)
        return buf;
    fprintf(stderr, "sift: %s%s\n", err.msg,
            rc == SIFT_ERR_INPUT ? "; raise it with --max-bytes N" : "");
    return NULL;
}
