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
#include <stdint.h>

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

/* ---- for history (history.h): which pass is the page's first complete
 * one, and the fingerprint of every sentence of every block ---- */

/* Remember the sentences of block_id (their byte starts and fingerprints,
 * n of each; both malloc'd, the page takes them over and frees them),
 * replacing earlier ones. Returns 0, or -1 (then the arrays are freed). */
int page_set_block_sentences(page *pg, const char *block_id, size_t *starts, uint64_t *fps, size_t n, char *err);

/* Blocks in reading order (the order of finding.block). */
size_t page_block_count(const page *pg);
/* The sentences of block k; 0 when none were remembered for it. */
int page_block_sentences(const page *pg, size_t k, const size_t **starts, const uint64_t **fps, size_t *n);

/* Set once an analyze with final:true was answered for this page: later
 * batches are updates of a dynamic page, never a first complete pass. */
int page_finalised(const page *pg);
void page_set_finalised(page *pg);

/* Cleared when a batch of the page was cut short by the time budget or
 * asked not to be recorded (history: false): then the page is not recorded. */
int page_recordable(const page *pg);
void page_set_unrecordable(page *pg);

#endif
