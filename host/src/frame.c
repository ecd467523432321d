/* frame.c - reading and writing length-prefixed frames. */
#include "frame.h"

#include "common.h"

#include <errno.h>
#include <string.h>

/* Read exactly n bytes; returns bytes read (short on EOF or error). */
static size_t read_full(FILE *in, void *p, size_t n)
{
    size_t got = 0;
    while (got < n) {
        size_t r = fread((char *)p + got, 1, n - got, in);
        if (r == 0) {
            if (ferror(in) && errno == EINTR) {
                clearerr(in);
                continue;
            }
            break;
        }
        got += r;
    }
    return got;
}

frame_status frame_read(FILE *in, size_t cap, buf *body, uint32_t *length_out, char *err)
{
    unsigned char hdr[4];
    uint32_t len;
    body->len = 0;
    if (body->data)
        body->data[0] = '\0';
    size_t got = read_full(in, hdr, 4);
    if (got == 0 && !ferror(in))
        return FRAME_EOF;
    if (got < 4) {
        err_set(err, "input ended inside a frame header (%zu of 4 bytes)%s%s", got,
                ferror(in) ? ": " : "", ferror(in) ? strerror(errno) : "");
        return FRAME_ERROR;
    }
    memcpy(&len, hdr, 4); /* native byte order, as browsers write it */
    if (length_out)
        *length_out = len;
    if (len == 0)
        return FRAME_EMPTY;
    if (len > cap) {
        /* Never allocate what the peer claims; drain it in bounded chunks. */
        static char chunk[FRAME_DISCARD_CHUNK];
        size_t left = len;
        while (left) {
            size_t want = left < sizeof chunk ? left : sizeof chunk;
            size_t r = read_full(in, chunk, want);
            if (r < want) {
                err_set(err, "input ended inside an over-cap frame (%u bytes announced)", len);
                return FRAME_ERROR;
            }
            left -= r;
        }
        return FRAME_TOO_LARGE;
    }
    if (buf_reserve(body, len) < 0) {
        /* drain so the stream stays in step */
        static char chunk[FRAME_DISCARD_CHUNK];
        size_t left = len;
        while (left) {
            size_t want = left < sizeof chunk ? left : sizeof chunk;
            if (read_full(in, chunk, want) < want) {
                err_set(err, "input ended inside a frame body (%u bytes announced)", len);
                return FRAME_ERROR;
            }
            left -= want;
        }
        err_set(err, "out of memory for a %u-byte frame", len);
        return FRAME_NO_MEMORY;
    }
    got = read_full(in, body->data, len);
    if (got < len) {
        err_set(err, "input ended inside a frame body (%zu of %u bytes)", got, len);
        return FRAME_ERROR;
    }
    body->len = len;
    body->data[len] = '\0';
    return FRAME_OK;
}

int frame_write(FILE *out, const char *body, size_t len, char *err)
{
    if (len > FRAME_MAX_OUT) {
        err_set(err, "reply of %zu bytes is over the %u-byte browser limit", len, FRAME_MAX_OUT);
        return -1;
    }
    uint32_t n = (uint32_t)len;
    unsigned char hdr[4];
    memcpy(hdr, &n, 4);
    if (fwrite(hdr, 1, 4, out) != 4 || fwrite(body, 1, len, out) != len || fflush(out) != 0) {
        err_set(err, "writing a frame: %s", strerror(errno));
        return -1;
    }
    return 0;
}
