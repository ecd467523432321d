/* common.c - the error buffer and checked allocation. */
#include "common.h"

#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

void err_set(char *err, const char *fmt, ...)
{
    if (!err)
        return;
    va_list ap;
    va_start(ap, fmt);
    vsnprintf(err, ERR_LEN, fmt, ap);
    va_end(ap);
}

void *xmalloc(size_t n, char *err)
{
    void *p = malloc(n ? n : 1);
    if (!p)
        err_set(err, "out of memory (%zu bytes)", n);
    return p;
}

void *xcalloc(size_t count, size_t size, char *err)
{
    void *p = calloc(count ? count : 1, size ? size : 1);
    if (!p)
        err_set(err, "out of memory (%zu x %zu bytes)", count, size);
    return p;
}

void *xrealloc(void *p, size_t n, char *err)
{
    void *q = realloc(p, n ? n : 1);
    if (!q)
        err_set(err, "out of memory (%zu bytes)", n);
    return q;
}

char *xstrndup(const char *s, size_t n, char *err)
{
    char *p = xmalloc(n + 1, err);
    if (!p)
        return NULL;
    memcpy(p, s, n);
    p[n] = '\0';
    return p;
}

uint64_t str_hash(const char *s)
{
    uint64_t h = 1469598103934665603ULL;
    for (; *s; s++) {
        h ^= (unsigned char)*s;
        h *= 1099511628211ULL;
    }
    return h;
}
