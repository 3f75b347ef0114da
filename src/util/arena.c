/* arena.c — the per-document bump allocator (see arena.h). */
#include "arena.h"

#include <stdarg.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

typedef struct chunk {
    struct chunk *prev;
    size_t size, used;
    _Alignas(16) unsigned char data[];
} chunk;

struct sift_arena {
    chunk *head;
    size_t next_size, total;
};

sift_arena *sift_arena_new(size_t first_chunk)
{
    sift_arena *a = calloc(1, sizeof *a);
    if (!a)
        return NULL;
    a->next_size = first_chunk < 4096 ? 4096 : first_chunk;
    return a;
}

void sift_arena_free(sift_arena *a)
{
    if (!a)
        return;
    chunk *c = a->head;
    while (c) {
        chunk *p = c->prev;
        free(c);
        c = p;
    }
    free(a);
}

void *sift_arena_alloc(sift_arena *a, size_t n)
{
    n = (n + 15) & ~(size_t)15;
    if (n == 0)
        n = 16;
    chunk *c = a->head;
    if (!c || c->size - c->used < n) {
        size_t size = a->next_size;
        while (size < n)
            size *= 2;
        c = malloc(sizeof *c + size);
        if (!c)
            return NULL;
        c->prev = a->head;
        c->size = size;
        c->used = 0;
        a->head = c;
        if (a->next_size < (64u << 20))
            a->next_size *= 2;
    }
    void *p = c->data + c->used;
    c->used += n;
    a->total += n;
    return p;
}

void *sift_arena_calloc(sift_arena *a, size_t count, size_t size)
{
    if (size && count > SIZE_MAX / size)
        return NULL;
    void *p = sift_arena_alloc(a, count * size);
    if (p)
        memset(p, 0, count * size);
    return p;
}

char *sift_arena_strndup(sift_arena *a, const char *s, size_t n)
{
    char *p = sift_arena_alloc(a, n + 1);
    if (!p)
        return NULL;
    memcpy(p, s, n);
    p[n] = '\0';
    return p;
}

char *sift_arena_printf(sift_arena *a, const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    int n = vsnprintf(NULL, 0, fmt, ap);
    va_end(ap);
    if (n < 0)
        return NULL;
    char *p = sift_arena_alloc(a, (size_t)n + 1);
    if (!p)
        return NULL;
    va_start(ap, fmt);
    vsnprintf(p, (size_t)n + 1, fmt, ap);
    va_end(ap);
    return p;
}

size_t sift_arena_used(const sift_arena *a)
{
    return a->total;
}

int sift_vec_grow(sift_arena *a, void **v, size_t *cap, size_t elem, size_t need)
{
    size_t ncap = *cap ? *cap * 2 : 16;
    while (ncap < need)
        ncap *= 2;
    void *nv = sift_arena_alloc(a, ncap * elem);
    if (!nv)
        return -1;
    if (*v && *cap)
        memcpy(nv, *v, *cap * elem);
    *v = nv;
    *cap = ncap;
    return 0;
}
