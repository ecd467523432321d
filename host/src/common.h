/*
 * common.h - small things every module shares: the error buffer and the
 * project version.
 *
 * Errors: functions that can fail return 0 on success and -1 on failure and
 * fill a caller-supplied `char err[ERR_LEN]` with a reason a person can act
 * on. There is no global error state.
 */
#ifndef SMALLPRINT_COMMON_H
#define SMALLPRINT_COMMON_H

#include <stddef.h>
#include <stdint.h>

#define ERR_LEN 512
#define SMALLPRINT_VERSION "0.1.0"
#define SMALLPRINT_PROTOCOL 1
#define SMALLPRINT_HOST_NAME "org.smallprint.host"

#if defined(__GNUC__) || defined(__clang__)
#define SP_PRINTF(a, b) __attribute__((format(printf, a, b)))
#define SP_MUST_CHECK __attribute__((warn_unused_result))
#else
#define SP_PRINTF(a, b)
#define SP_MUST_CHECK
#endif

/* Write a formatted reason into err (ERR_LEN bytes); err may be NULL. */
void err_set(char *err, const char *fmt, ...) SP_PRINTF(2, 3);

/* Allocation that reports failure through err instead of returning NULL
 * silently; the result is freed with free(). */
void *xmalloc(size_t n, char *err);
void *xcalloc(size_t count, size_t size, char *err);
void *xrealloc(void *p, size_t n, char *err);
char *xstrndup(const char *s, size_t n, char *err);

/* FNV-1a hash of a NUL-terminated string, for the host's small hash tables. */
uint64_t str_hash(const char *s);

#endif
