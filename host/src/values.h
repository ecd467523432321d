/*
 * values.h - the facts a finding states: retention periods in days, where
 * and how to opt out, an arbitration opt-out window.
 *
 * Input is one normalised sentence (ASCII quotes, spaces and dashes; see
 * text_normalize), not necessarily NUL-terminated. Ownership: results go
 * into caller buffers, always NUL-terminated and cut at a UTF-8 boundary.
 * No errors: a value that is not stated is simply absent.
 */
#ifndef SMALLPRINT_VALUES_H
#define SMALLPRINT_VALUES_H

#include <stddef.h>

enum retention_kind {
    RET_NONE,              /* nothing stated */
    RET_PERIOD,            /* a number of days */
    RET_AS_LONG_AS_NEEDED, /* "as long as necessary", no number */
    RET_INDEFINITE,        /* indefinitely, permanently */
    RET_UNTIL_DELETED,     /* until you delete it / close your account */
    RET_NOT_KEPT,          /* "we do not store", zero retention */
};

/* What the sentence says about how long data is kept. With RET_PERIOD,
 * *days is the LONGEST period stated (month = 30, year = 365, a part of a
 * day counts as a whole day); with RET_INDEFINITE and RET_UNTIL_DELETED it
 * is -1 (they outrank any number); otherwise 0. Ages ("13 years old"),
 * notice periods, response times and "in the last 12 months" are not
 * periods. words receives the phrase as written ("up to 5 years"). */
void values_retention(const char *s, size_t n, enum retention_kind *kind, long *days, char *words,
                      size_t words_len);

/* Is the data the sentence keeps not the person's: "non-personal
 * information", "aggregated data", "in de-identified form", with no "your"
 * or "personal" data beside it? (Deleting or anonymising personal data
 * after a period is still how long that data is kept.) */
int values_retention_anonymous(const char *s, size_t n);

/* Is what the sentence licenses only feedback: suggestions or ideas about
 * the service, with no posts, photos or other content beside them? */
int values_feedback_only(const char *s, size_t n);

enum opt_out_how { HOW_NONE, HOW_SETTINGS, HOW_URL, HOW_EMAIL, HOW_LINK, HOW_CONTACT, HOW_FORM };

/* Where and how the sentence says to opt out. where receives a settings
 * path ("Settings > Data Controls", also with › or → or ->), a URL or bare
 * domain, an e-mail address or a named control in quotes, when stated. */
void values_opt_out(const char *s, size_t n, enum opt_out_how *how, char *where, size_t where_len);

/* A short name for how ("settings", "url", ...); "" for HOW_NONE. */
const char *values_how_name(enum opt_out_how how);

/* Days allowed to opt out of arbitration ("opt out within 30 days"), or -1;
 * only a sentence that offers the opt-out (or rejection) has one. */
long values_window_days(const char *s, size_t n);

/* Parse a number written in digits ("1,095", "1.5" rounds up to 2) or
 * words ("twelve", "twenty-four", "one hundred eighty", "a") at s[0..n),
 * skipping an echo in the other form ("twelve (12)", "12 (twelve)"; the
 * digits win). Returns bytes used (0 when there is none) and the value in
 * *out. */
size_t values_number(const char *s, size_t n, long *out);

#endif
