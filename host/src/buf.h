/*
 * buf.h - a growable byte buffer (the host's only string builder).
 *
 * Ownership: a buf owns `data`; buf_free releases it. buf_detach hands the
 * bytes to the caller (free() them) and leaves the buf empty. The data is
 * always NUL-terminated after a successful append.
 * Errors: appends return 0, or -1 when memory runs out (the buf is unchanged).
 */
#ifndef SMALLPRINT_BUF_H
#define SMALLPRINT_BUF_H

#include <stddef.h>

typedef struct buf {
    char *data;   /* NUL-terminated when len > 0 or after any append */
    size_t len;   /* bytes used, not counting the NUL */
    size_t cap;   /* bytes allocated */
} buf;

#define BUF_INIT {NULL, 0, 0}

int buf_reserve(buf *b, size_t extra);
int buf_append(buf *b, const void *p, size_t n);
int buf_puts(buf *b, const char *s);
int buf_putc(buf *b, char c);
int buf_printf(buf *b, const char *fmt, ...)
#if defined(__GNUC__) || defined(__clang__)
    __attribute__((format(printf, 2, 3)))
#endif
    ;
char *buf_detach(buf *b);
/* Append the whole file at path (0 / -1 with err naming the file and
 * strerror; err may be NULL). */
int buf_read_file(buf *b, const char *path, char *err);
void buf_free(buf *b);

#endif
