/*
 * frame.h - native messaging frames: a 4-byte length in native byte order,
 * then the body.
 *
 * Ownership: frame_read fills a caller-owned buf (see buf.h).
 * Errors: frame_read returns a frame_status; FRAME_ERROR means the stream is
 * broken (cut short or unreadable) and err says how; the caller stops.
 * frame_write returns 0 / -1.
 */
#ifndef SMALLPRINT_FRAME_H
#define SMALLPRINT_FRAME_H

#include "buf.h"

#include <stdint.h>
#include <stdio.h>

/* The most a browser accepts from a host in one message. */
#define FRAME_MAX_OUT 1048576u
/* Over-cap bodies are discarded in chunks of this size. */
#define FRAME_DISCARD_CHUNK 65536u

typedef enum frame_status {
    FRAME_OK,        /* body holds one message */
    FRAME_EOF,       /* clean end of input before a header */
    FRAME_EMPTY,     /* a frame of length 0 */
    FRAME_TOO_LARGE, /* length over the cap; the body was read and thrown away */
    FRAME_NO_MEMORY, /* no memory for the body (memory cap); it was read and thrown away */
    FRAME_ERROR      /* truncated header or body, or a read error */
} frame_status;

/* Read one frame from in. On FRAME_TOO_LARGE and FRAME_NO_MEMORY,
 * *length_out holds the announced length. body is reset first. */
frame_status frame_read(FILE *in, size_t cap, buf *body, uint32_t *length_out, char *err);

/* Write one frame; refuses (-1) a body over FRAME_MAX_OUT. Flushes. */
int frame_write(FILE *out, const char *body, size_t len, char *err);

#endif
