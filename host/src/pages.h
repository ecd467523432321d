/*
 * pages.h - what one connection remembers about the pages it has seen, so
 * each result's summary covers the whole page so far (pages arrive in
 * batches, and dynamic pages send blocks that appear or change later).
 *
 * Bounded: at most max_pages pages (the least recently used is dropped) and
 * max_findings findings a page (beyond that new findings are dropped, and
 * page_complete() says so).
 * Ownership: the store owns pages, block ids and stored findings (with their
 * values). page_set_block takes over the values of the findings it is given.
 * Pointers from page_all/page_block stay valid until the page changes.
 * Errors: 0 / -1 (out of memory) with err.
 */
#ifndef SMALLPRINT_PAGES_H
#define SMALLPRINT_PAGES_H

#include <stddef.h>

#include "classify.h"

typedef struct pages pages;
typedef struct page page;

pages *pages_new(size_t max_pages, size_t max_findings, char *err);
void pages_free(pages *ps);

/* The page with this id, created if new (evicting the oldest if full). */
page *pages_get(pages *ps, const char *id, char *err);

/* Number of pages held (for tests). */
size_t pages_count(const pages *ps);

/* Replace the findings of block_id with src[0..n) (their values move into
 * the store; src entries are left without values). New ids are assigned;
 * the stored copies are returned through *stored and *n_stored, which is
 * less than n when the page reached max_findings (the rest are dropped and
 * page_complete() turns 0). */
int page_set_block(page *pg, const char *block_id, finding *src, size_t n, finding **stored, size_t *n_stored,
                   char *err);

/* All findings of the page in reading order (blocks in the order first
 * seen, then by offset). The array belongs to the page. */
finding **page_all(page *pg, size_t *n, char *err);

/* 0 when the page hit max_findings and stopped remembering. */
int page_complete(const page *pg);

#endif
