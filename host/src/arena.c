/* arena.c - a bump allocator (arena.h). */
#include "arena.h"

#include <cjson/cJSON.h>
#include <stdalign.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

typedef struct chunk {
    struct chunk *next;
    size_t size, used;
    alignas(max_align_t) unsigned char data[];
} chunk;

struct arena {
    chunk *head;
    size_t chunk_size;
};

arena *arena_new(size_t chunk_size)
{
    arena *a = calloc(1, sizeof *a);
    if (a)
        a->chunk_size = chunk_size ? chunk_size : 65536;
    return a;
}

void *arena_alloc(arena *a, size_t n)
{
    const size_t align = alignof(max_align_t);
    n = (n + align - 1) & ~(align - 1);
    if (n == 0)
        n = align;
    chunk *c = a->head;
    if (!c || c->size - c->used < n) {
        /* a block larger than a chunk gets a chunk of its own */
        size_t size = n > a->chunk_size ? n : a->chunk_size;
        if (size > SIZE_MAX - sizeof *c)
            return NULL;
        chunk *fresh = malloc(sizeof *fresh + size);
        if (!fresh)
            return NULL;
        fresh->size = size;
        fresh->used = 0;
        if (c && n > a->chunk_size) {
            /* keep filling the current chunk: the big block goes behind it */
            fresh->next = c->next;
            c->next = fresh;
            fresh->used = n;
            return fresh->data;
        }
        fresh->next = c;
        a->head = c = fresh;
    }
    void *p = c->data + c->used;
    c->used += n;
    return p;
}

char *arena_strdup(arena *a, const char *s)
{
    size_t n = strlen(s) + 1;
    char *p = arena_alloc(a, n);
    if (p)
        memcpy(p, s, n);
    return p;
}

void arena_free(arena *a)
{
    if (!a)
        return;
    for (chunk *c = a->head, *next; c; c = next) {
        next = c->next;
        free(c);
    }
    free(a);
}

/* cJSON's hooks take no context: the arena in use, for the one thread */
static arena *json_arena;

static void *json_malloc(size_t n) { return arena_alloc(json_arena, n); }
static void json_free(void *p) { (void)p; }

void arena_json_begin(arena *a)
{
    json_arena = a;
    cJSON_Hooks h = {json_malloc, json_free};
    cJSON_InitHooks(&h);
}

void arena_json_end(void)
{
    cJSON_InitHooks(NULL);
    json_arena = NULL;
}
