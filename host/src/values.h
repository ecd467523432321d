/*
 * values.h - the facts a finding states: retention periods in days, where
 * and how to opt out, an arbitration opt-out window.
 *
 * Input is one normalised sentence (ASCII quotes, spaces and dashes; see
 * text_normalize). Ownership: results go into caller buffers.
 * No errors: a value that is not stated is simply absent.
 */
#ifndef SMALLPRINT_VALUES_H
#define SMALLPRINT_VALUES_H

#include <stddef.h>

enum retention_kind {
    RET_NONE,            /* nothing stated */
    RET_PERIOD,          /* a number of days */
    RET_AS_LONG_AS_NEEDED,
    RET_INDEFINITE,      /* indefinitely, permanently */
    RET_UNTIL_DELETED,   /* until you delete it / close your account */
};

/* Longest period stated in s (days; month = 30, year = 365) or a kind
 * without a number. words receives the phrase ("up to 5 years"). */
void values_retention(const char *s, size_t n, enum retention_kind *kind, long *days, char *words,
                      size_t words_len);

enum opt_out_how { HOW_NONE, HOW_SETTINGS, HOW_URL, HOW_EMAIL, HOW_LINK, HOW_CONTACT, HOW_FORM };

/* Where and how the sentence says to opt out. where receives a settings
 * path ("Settings > Data Controls"), a URL, an e-mail address or a named
 * control, when stated. */
void values_opt_out(const char *s, size_t n, enum opt_out_how *how, char *where, size_t where_len);

const char *values_how_name(enum opt_out_how how);

/* Days allowed to opt out of arbitration ("within 30 days"), or -1. */
long values_window_days(const char *s, size_t n);

/* Parse a number written in digits or words at s[0..n): returns bytes used
 * (0 when there is none) and the value in *out. */
size_t values_number(const char *s, size_t n, long *out);

#endif
