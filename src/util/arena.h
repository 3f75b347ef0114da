/*
 * arena.h — a bump allocator: one per document, freed in one call.
 *
 * Invariant: every block returned is 16-byte aligned and stays valid until
 * sift_arena_free(); nothing is freed individually. Chunks grow
 * geometrically so a document costs O(log n) mallocs, never one per token.
 */
#ifndef SIFT_ARENA_H
#define SIFT_ARENA_H

#include <stddef.h>

typedef struct sift_arena sift_arena;

/* A new empty arena, or NULL when out of memory. */
sift_arena *sift_arena_new(size_t first_chunk);
/* Release the arena and every block it handed out. NULL is a no-op. */
void sift_arena_free(sift_arena *a);
/* n bytes, uninitialised; NULL when out of memory. */
void *sift_arena_alloc(sift_arena *a, size_t n);
/* n zeroed bytes; NULL when out of memory. */
void *sift_arena_calloc(sift_arena *a, size_t count, size_t size);
/* A NUL-terminated copy of s[0..n). */
char *sift_arena_strndup(sift_arena *a, const char *s, size_t n);
/* A printf-style formatted string. */
char *sift_arena_printf(sift_arena *a, const char *fmt, ...)
    __attribute__((format(printf, 2, 3)));
/* Bytes handed out so far (for memory accounting). */
size_t sift_arena_used(const sift_arena *a);

/*
 * A growable array in an arena: SIFT_VEC(T) declares {T *v; size_t n, cap;}.
 * Growth copies into a fresh block twice the size; the old block is left in
 * the arena, which bounds the waste at the final size.
 */
#define SIFT_VEC(T) struct { T *v; size_t n, cap; }
int sift_vec_grow(sift_arena *a, void **v, size_t *cap, size_t elem, size_t need);
#define SIFT_VEC_PUSH(a, vec, item)                                                   \
    ((vec).n < (vec).cap ||                                                           \
             sift_vec_grow((a), (void **)&(vec).v, &(vec).cap, sizeof *(vec).v,      \
                           (vec).n + 1) == 0                                          \
         ? ((vec).v[(vec).n++] = (item), 0)                                           \
         : -1)

#endif
