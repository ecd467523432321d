/*
 * summary.h - a page's answers from all its findings, and the page-level
 * pass that sets final severities and links related findings.
 *
 * The keys and values are those of shared/taxonomy.md ("The page summary").
 * Ownership: summary_build fills a caller-owned struct (no allocation);
 * summary_json returns a cJSON tree the caller frees with cJSON_Delete.
 * Errors: summary_json returns NULL when memory runs out.
 */
#ifndef SMALLPRINT_SUMMARY_H
#define SMALLPRINT_SUMMARY_H

#include <stddef.h>

#include "classify.h"
#include "rules.h"

struct cJSON;

#define SUMMARY_SUPPORT_MAX 50

enum summary_key {
    SK_AI_TRAINING,
    SK_OPT_OUT,
    SK_OPT_OUT_EXCEPTION,
    SK_MAX_RETENTION_DAYS,
    SK_SALE,
    SK_SHARING,
    SK_CONSENT_BY_USE,
    SK_ARBITRATION,
    SK_COUNT
};

enum ai_answer { AI_NOT_STATED, AI_DEFAULT, AI_OPT_IN, AI_NO };
enum yes_no { YN_NOT_STATED, YN_YES, YN_NO };

typedef struct summary {
    enum ai_answer ai_training;
    int opt_out;
    int opt_out_exception;
    int ai_opt_out;          /* some opt-out covers AI training (not in the JSON
                                keys; used for the text and the severities) */
    int retention_stated;    /* 0: max_retention_days is null */
    long max_retention_days; /* -1: indefinitely / until deleted */
    enum yes_no sale;
    enum yes_no sharing;
    int consent_by_use;
    int arbitration;
    int severity;            /* worst severity, -1 when no findings */
    size_t findings;
    long support[SK_COUNT][SUMMARY_SUPPORT_MAX]; /* finding ids */
    size_t n_support[SK_COUNT];
} summary;

/* Page-level pass over all findings of a page in reading order: final
 * severities (an ai_training finding with no opt-out covering training is
 * high; an opt-out limited by an exception is partial) and `related` links
 * (opt-out <-> exception, ai_training -> the opt-out that covers it).
 * Findings must carry their ids. */
void summary_adjust(finding **all, size_t n, const rules *r);

/* The page's answers from all its findings (in reading order). */
void summary_build(finding *const *all, size_t n, const rules *r, summary *out);

/* {"ai_training": ..., "support": {...}, "severity": ..., "findings": n} */
struct cJSON *summary_json(const summary *s);

/* One line for people: "AI training: by default; opt-out: yes, with
 * exceptions; ..." written into out. */
void summary_text(const summary *s, char *out, size_t out_len);

const char *summary_ai_name(enum ai_answer a);

/* One answer at a time (what changed between two versions of a page). */
const char *summary_key_name(enum summary_key k);  /* "ai_training" */
const char *summary_key_title(enum summary_key k); /* "AI training" */
/* The answer in JSON form, as in summary_json (NULL when memory runs out). */
struct cJSON *summary_answer_json(const summary *s, enum summary_key k);
/* The answer in words: "only with opt-in", "18 months", "not stated". */
void summary_answer_text(const summary *s, enum summary_key k, char *out, size_t len);
/* 1 when a and b give the same answer to k. */
int summary_same_answer(const summary *a, const summary *b, enum summary_key k);
/* Read the answers (and severity, findings when present) back from a
 * summary_json object; support is left empty. 0, or -1 when a key is
 * missing or has the wrong type. */
int summary_answers_from_json(const struct cJSON *o, summary *s);

#endif
