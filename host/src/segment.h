/*
 * segment.h - split a block of text into sentences with exact byte offsets.
 *
 * Handles abbreviations (e.g., i.e., U.S., Inc., No. 5), decimals, closing
 * quotes and brackets, list items and headings on their own lines without a
 * final stop, bullets, ALL-CAPS legal text, and caps very long sentences at
 * a clause boundary so no rule ever runs over an unbounded subject.
 *
 * Ownership: spans go into a caller-owned seg_list; seg_list_free releases.
 * Errors: segment_text returns 0, or -1 (out of memory) with err filled.
 */
#ifndef SMALLPRINT_SEGMENT_H
#define SMALLPRINT_SEGMENT_H

#include <stddef.h>
#include <stdint.h>

/* Sentences longer than this many bytes are cut at a clause boundary. */
#define SEGMENT_MAX_BYTES 3000u

typedef struct seg_span {
    size_t start; /* byte offset of the first character */
    size_t end;   /* byte offset just past the last character */
} seg_span;

typedef struct seg_list {
    seg_span *v;
    size_t n, cap;
} seg_list;

/* Append the sentences of s[0..n) to out (out->n is not reset). */
int segment_text(const char *s, size_t n, seg_list *out, char *err);

/* The same, but stop when platform_now_ms() passes deadline_ms (0: never)
 * and return 1: the sentences appended until then are exactly those a full
 * run gives, the rest of the text is not segmented. */
int segment_text_until(const char *s, size_t n, seg_list *out, uint64_t deadline_ms, char *err);

void seg_list_free(seg_list *l);

#endif
