/*
 * report.h - findings as JSON, shared by the protocol and the command line.
 *
 * Offsets are converted from UTF-8 bytes to UTF-16 code units of the
 * block text (what JavaScript indexes).
 * Ownership: functions return cJSON trees the caller frees with cJSON_Delete.
 * Errors: NULL when memory runs out.
 */
#ifndef SMALLPRINT_REPORT_H
#define SMALLPRINT_REPORT_H

#include "classify.h"
#include "rules.h"
#include "text.h"

struct cJSON;

/* The `values` object of a finding ({} when it states none). */
struct cJSON *report_values(const finding *f);

/* A finding in protocol form: {id, block, start, end, phrase_start,
 * phrase_end, label, rule, severity, explanation, values, related}.
 * text is the block's text; cur is a cursor over it that callers reuse for
 * findings in increasing start order (pass a zeroed one otherwise).
 * block_id may be NULL (then "block" is omitted). */
struct cJSON *report_finding(const finding *f, const rules *r, const char *text, text_cursor *cur,
                             const char *block_id);

#endif
