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
    /* eight bytes a step (byte-at-a-time FNV-1a cost a cold start most of
     * a millisecond over the packs' pattern texts); not for adversaries */
    size_t n = strlen(s);
    uint64_t h = 1469598103934665603ULL ^ (n * 0x9E3779B97F4A7C15ULL);
    for (; n >= 8; n -= 8, s += 8) {
        uint64_t w;
        memcpy(&w, s, 8);
        h = (h ^ w) * 0xFF51AFD7ED558CCDULL;
        h ^= h >> 29;
    }
    uint64_t w = 0;
    memcpy(&w, s, n);
    h = (h ^ w) * 0xC4CEB9FE1A85EC53ULL;
    return h ^ (h >> 32);
}
