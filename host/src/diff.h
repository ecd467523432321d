/*
 * diff.h - what changed between two versions of a document: findings added,
 * removed and reworded, and summary answers that changed.
 *
 * A version is a diff_doc: the fingerprint of every sentence in reading
 * order, the findings (each tied to its sentence) and the page summary. The
 * command line builds one from a file; history stores one (fingerprints,
 * never text) and rebuilds it later, so both compare the same way.
 *
 * How two versions are compared:
 *   - A sentence is unchanged when its fingerprint occurs in the other
 *     version, wherever it is: a moved section changes nothing. Findings on
 *     unchanged sentences are never reported (a label that appears or goes
 *     on the same words comes from other rules, not from the document).
 *   - Anchors are sentences that occur exactly once in each version. The
 *     place of a sentence is the pair of anchors around it.
 *   - A finding on a changed sentence is *reworded* when the other version
 *     has a finding with the same label on a changed sentence at the same
 *     place (same anchor before it or after it; both, first). Otherwise it is
 *     *added* (new version) or *removed* (old version).
 *   - Answers: each summary key whose answer differs.
 *
 * Fingerprints: the sentence with typography made plain (text_normalize),
 * ASCII letters lower-cased, runs of white space made one space, and a
 * leading bullet or section number ("3.2", "(a)", "12.") dropped; then the
 * first 8 bytes of BLAKE2b.
 *
 * Ownership: diff_doc_new / diff_doc_free; items' strings are copied in.
 * diff_run fills a diff_result released with diff_result_free.
 * Errors: 0 / -1 with err (out of memory).
 */
#ifndef SMALLPRINT_DIFF_H
#define SMALLPRINT_DIFF_H

#include <stddef.h>
#include <stdint.h>

#include "classify.h"
#include "common.h"
#include "rules.h"
#include "summary.h"

struct cJSON;

typedef struct diff_doc diff_doc;

typedef struct diff_item {
    size_t sentence;   /* index of its sentence in the document */
    int label;         /* enum label */
    int severity;      /* enum severity */
    const char *rule;  /* rule id (copied by diff_doc_add_item) */
    const char *values; /* the finding's `values` as JSON text, or NULL (copied) */
    long id;           /* the caller's finding id, or -1 */
    size_t start, end; /* the sentence's byte range in the caller's text (0, 0 if none) */
} diff_item;

diff_doc *diff_doc_new(char *err);
void diff_doc_free(diff_doc *d);

int diff_doc_add_sentence(diff_doc *d, uint64_t fp, char *err);
int diff_doc_add_item(diff_doc *d, const diff_item *it, char *err);
void diff_doc_set_summary(diff_doc *d, const summary *s);

size_t diff_doc_sentence_count(const diff_doc *d);
const uint64_t *diff_doc_sentences(const diff_doc *d);
size_t diff_doc_item_count(const diff_doc *d);
const diff_item *diff_doc_item(const diff_doc *d, size_t i);
/* NULL when no summary was set. */
const summary *diff_doc_summary(const diff_doc *d);

/* 16 bytes of BLAKE2b over the sentence fingerprints in order: the
 * fingerprint of the whole normalised text, as hex (33 bytes with NUL). */
void diff_doc_text_fingerprint(const diff_doc *d, char hex[33]);

/* The fingerprint of one sentence. */
uint64_t diff_fingerprint(const char *s, size_t n);

/* Segment text (as classify does) and fingerprint each sentence: *starts
 * and *fps (n entries each) are malloc'd for the caller. */
int diff_sentences(const char *text, size_t len, size_t **starts, uint64_t **fps, size_t *n, char *err);

/* The same, but when platform_now_ms() passes deadline_ms (0: never) it
 * stops and returns 1, with nothing in *starts and *fps (n = 0): a page
 * too large to fingerprint in its time budget is not recorded. */
int diff_sentences_until(const char *text, size_t len, uint64_t deadline_ms, size_t **starts, uint64_t **fps,
                         size_t *n, char *err);

/* Add the findings f[0..n) of one block whose sentences (starts, from
 * diff_sentences) were added from index base on. */
int diff_doc_add_findings(diff_doc *d, size_t base, const size_t *starts, size_t n_sentences,
                          finding *const *f, size_t n, const rules *r, char *err);

typedef struct diff_pair {
    size_t old_item, new_item;
} diff_pair;

typedef struct diff_result {
    size_t *added;      /* items of the new version */
    size_t n_added;
    size_t *removed;    /* items of the old version */
    size_t n_removed;
    diff_pair *reworded;
    size_t n_reworded;
    int answers[SK_COUNT]; /* 1 when the answer to that key changed */
    size_t n_answers;
} diff_result;

/* Compare old and new. Answers are compared only when both carry a
 * summary and compare_answers is set. */
int diff_run(const diff_doc *old_doc, const diff_doc *new_doc, int compare_answers, diff_result *out, char *err);
void diff_result_free(diff_result *r);

/* 1 when the result reports anything. */
int diff_result_any(const diff_result *r);

/* [{"key", "title", "old", "new", "text": "AI training: only with opt-in → by
 * default"}] for the changed answers. */
struct cJSON *diff_answers_json(const diff_doc *old_doc, const diff_doc *new_doc, const diff_result *r);

/* A removed finding for the extension: {label, rule, severity, explanation,
 * values} (explanation from the rules when the rule is still loaded, else
 * the label's title). */
struct cJSON *diff_item_json(const diff_item *it, const rules *r);

#endif
