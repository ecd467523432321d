/*
 * classify.h - run sentences through the rules: prefilter, patterns,
 * cancelling patterns, neighbouring-sentence context, suppression of
 * contradicted labels, and the values a finding states.
 *
 * One classifier serves the native messaging side and the command line.
 * Ownership: findings live in a caller-owned `findings` list; the strings
 * inside a finding (values) are owned by it and released by findings_clear /
 * findings_free. A classifier borrows its rules (free it first).
 * Errors: 0 / -1 with err; 1 from classify_text means the deadline passed
 * and the findings cover only the sentences before it.
 */
#ifndef SMALLPRINT_CLASSIFY_H
#define SMALLPRINT_CLASSIFY_H

#include <stddef.h>
#include <stdint.h>

#include "common.h"
#include "rules.h"
#include "values.h"

typedef struct finding {
    size_t block;            /* which block (index given by the caller) */
    size_t start, end;       /* the sentence: byte offsets in the block */
    size_t phrase_start;     /* the words that triggered the rule */
    size_t phrase_end;
    size_t sentence;         /* running sentence number within the call sequence */
    size_t rule;             /* index in the rules set */
    int label;               /* enum label */
    int severity;            /* enum severity (adjusted by summary_adjust) */
    uint32_t covers;         /* opt_out: the uses (labels) this opt-out refuses;
                                opt_out_exception: the uses the carve-out is about */
    enum retention_kind retention_kind;
    long retention_days;     /* with RET_PERIOD */
    int retention_anonymous; /* the data kept is not the person's (values_retention_anonymous) */
    int feedback_only;       /* content_license: only feedback is licensed (values_feedback_only) */
    enum opt_out_how how;
    long window_days;        /* arbitration opt-out window, -1 none */
    char *retention_words;   /* "up to 5 years"; owned, may be NULL */
    char *where;             /* opt-out place; owned, may be NULL */
    long id;                 /* page-level id, assigned by the caller (-1) */
    long related[4];         /* ids of related findings */
    int n_related;
} finding;

typedef struct findings {
    finding *v;
    size_t n, cap;
} findings;

/* Release the values of every finding and empty the list. */
void findings_clear(findings *f);
void findings_free(findings *f);
/* Release one finding's values. */
void finding_release(finding *f);

typedef struct classifier classifier;

classifier *classify_new(rules *r, char *err);
void classify_free(classifier *c);
rules *classify_rules(const classifier *c);

/* Carries what earlier sentences said, for rules that depend on a
 * neighbour ("During this period, ..." after an opt-out) and for a choice
 * that names no use ("You can turn this off" after a training sentence).
 * Zero it to start a new document. */
typedef struct classify_ctx {
    uint32_t recent[8];        /* label masks of the last sentences, newest first */
    uint32_t recent_covers[8]; /* the uses their opt-outs / exceptions were about */
    size_t sentences;          /* sentences seen so far */
    int heading;               /* the block being classified is a heading (set by
                                  the caller per block): a heading names a topic,
                                  so rules marked `fragment` do not apply */
    size_t max_findings;       /* stop (as at the deadline) once `out` holds this many; 0: no limit */
} classify_ctx;

/* Statistics for the benchmark. */
typedef struct classify_stats {
    size_t sentences;    /* sentences segmented */
    size_t candidates;   /* sentences that passed the prefilter */
    size_t rule_runs;    /* rules run on candidates */
    size_t match_errors; /* PCRE2 limits hit */
} classify_stats;

/* Classify text[0..len) (valid UTF-8) as block number `block`, appending
 * findings to out. deadline_ms is a platform_now_ms() time, or 0 for none.
 * Returns 0, 1 (deadline passed, or ctx->max_findings reached: partial) or
 * -1 (err). */
int classify_text(classifier *c, const char *text, size_t len, size_t block, classify_ctx *ctx,
                  uint64_t deadline_ms, findings *out, char *err);

const classify_stats *classify_get_stats(const classifier *c);

/* Labels (bitmask) found in text, for `classify --jsonl` and the rule
 * examples; findings optional. */
int classify_labels(classifier *c, const char *text, size_t len, uint32_t *labels, findings *out, char *err);

#endif
