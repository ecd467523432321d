/*
 * arena.h - a bump allocator: many small allocations that are all released
 * together (a rule set's strings, a pack's parsed JSON).
 *
 * Ownership: an arena owns every block it hands out; arena_free releases
 * them all at once (there is no freeing one block). Blocks are aligned for
 * any type.
 * Errors: arena_alloc and arena_strdup return NULL when memory runs out
 * (the arena stays usable and keeps what it had).
 */
#ifndef SMALLPRINT_ARENA_H
#define SMALLPRINT_ARENA_H

#include <stddef.h>

typedef struct arena arena;

arena *arena_new(size_t chunk); /* chunk: bytes asked of malloc at a time (0: 64 KiB) */
void *arena_alloc(arena *a, size_t n);
char *arena_strdup(arena *a, const char *s);
void arena_free(arena *a);

/* Lets cJSON allocate from `a` (cJSON_InitHooks), until arena_json_end: a
 * tree parsed meanwhile lives in the arena, is never cJSON_Delete'd, and
 * goes with arena_free. cJSON's hooks are process-wide: for the host's one
 * thread only, around a parse. */
void arena_json_begin(arena *a);
void arena_json_end(void);

#endif
