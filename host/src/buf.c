/* buf.c - growable byte buffer. */
#include "buf.h"

#include "common.h"

#include <errno.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

int buf_reserve(buf *b, size_t extra)
{
    if (b->len + extra + 1 <= b->cap)
        return 0;
    size_t need = b->len + extra + 1;
    if (need < b->len) /* overflow */
        return -1;
    size_t cap = b->cap ? b->cap : 64;
    while (cap < need) {
        if (cap > ((size_t)-1) / 2)
            return -1;
        cap *= 2;
    }
    char *p = realloc(b->data, cap);
    if (!p)
        return -1;
    b->data = p;
    b->cap = cap;
    return 0;
}

int buf_append(buf *b, const void *p, size_t n)
{
    if (buf_reserve(b, n) < 0)
        return -1;
    if (n)
        memcpy(b->data + b->len, p, n);
    b->len += n;
    b->data[b->len] = '\0';
    return 0;
}

int buf_puts(buf *b, const char *s) { return buf_append(b, s, strlen(s)); }

int buf_putc(buf *b, char c) { return buf_append(b, &c, 1); }

int buf_printf(buf *b, const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    int n = vsnprintf(NULL, 0, fmt, ap);
    va_end(ap);
    if (n < 0 || buf_reserve(b, (size_t)n) < 0)
        return -1;
    va_start(ap, fmt);
    vsnprintf(b->data + b->len, (size_t)n + 1, fmt, ap);
    va_end(ap);
    b->len += (size_t)n;
    return 0;
}

char *buf_detach(buf *b)
{
    char *p = b->data;
    if (!p)
        p = calloc(1, 1);
    b->data = NULL;
    b->len = b->cap = 0;
    return p;
}

void buf_free(buf *b)
{
    free(b->data);
    b->data = NULL;
    b->len = b->cap = 0;
}

int buf_read_file(buf *b, const char *path, char *err)
{
    FILE *f = fopen(path, "rb");
    if (!f) {
        err_set(err, "%s: %s", path, strerror(errno));
        return -1;
    }
    /* room for the whole file first, then reads straight into it (chunks
     * copied into a growing buffer cost a cold start ~1 ms for the packs);
     * a file that is longer than it said is still read whole */
    long size = fseek(f, 0, SEEK_END) == 0 ? ftell(f) : -1;
    rewind(f);
    size_t want = size > 0 ? (size_t)size + 1 : 65536;
    for (;;) {
        if (buf_reserve(b, want) < 0) {
            fclose(f);
            err_set(err, "%s: out of memory", path);
            return -1;
        }
        size_t r = fread(b->data + b->len, 1, b->cap - b->len - 1, f);
        b->len += r;
        if (r == 0 || ferror(f) || feof(f))
            break;
        want = 65536;
    }
    int bad = ferror(f);
    fclose(f);
    if (bad || buf_reserve(b, 0) < 0) {
        err_set(err, "%s: %s", path, bad ? "read error" : "out of memory");
        return -1;
    }
    b->data[b->len] = '\0'; /* an empty file still gives a string */
    return 0;
}
