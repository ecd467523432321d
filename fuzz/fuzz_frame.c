/*
 * fuzz_frame.c - the frame reader on arbitrary bytes.
 *
 * Input: byte 0 is the size cap (0..255, so both the normal and the
 * over-cap paths run); the rest is the stream. Checks: every frame read is
 * the bytes the stream holds at that place, no body exceeds the cap, the
 * reader stops exactly where the stream breaks, and frame_write gives back
 * the same bytes.
 */
#include "frame.h"

#include "fuzz_common.h"

#include <stdint.h>
#include <string.h>

int LLVMFuzzerTestOneInput(const unsigned char *data, size_t size)
{
    if (size < 1)
        return 0;
    size_t cap = data[0];
    const unsigned char *s = data + 1;
    size_t n = size - 1;
    FILE *in = fmemopen((void *)s, n, "rb");
    if (!in)
        return 0;
    buf body = BUF_INIT;
    char err[ERR_LEN];
    size_t pos = 0;
    for (;;) {
        uint32_t announced = 0;
        frame_status st = frame_read(in, cap, &body, &announced, err);
        if (st == FRAME_EOF) {
            FUZZ_CHECK(pos == n, "EOF at %zu of %zu", pos, n);
            break;
        }
        if (st == FRAME_ERROR) {
            /* only a stream cut short may end like this */
            size_t len = 0;
            if (pos + 4 <= n) {
                uint32_t l;
                memcpy(&l, s + pos, 4);
                len = l;
                FUZZ_CHECK(pos + 4 + len > n, "error on a complete frame at %zu", pos);
            }
            break;
        }
        FUZZ_CHECK(pos + 4 <= n, "a frame past the end");
        uint32_t len;
        memcpy(&len, s + pos, 4);
        FUZZ_CHECK(announced == len, "announced %u, header says %u", announced, len);
        if (st == FRAME_EMPTY) {
            FUZZ_CHECK(len == 0, "empty frame with length %u", len);
            pos += 4;
            continue;
        }
        if (st == FRAME_TOO_LARGE) {
            FUZZ_CHECK(len > cap, "length %u under the cap %zu called too large", len, cap);
            pos += 4 + (size_t)len;
            continue;
        }
        FUZZ_CHECK(st == FRAME_OK, "unknown status %d", (int)st);
        FUZZ_CHECK(len > 0 && len <= cap, "body of %u bytes with cap %zu", len, cap);
        FUZZ_CHECK(body.len == len && body.data[len] == '\0', "body length %zu, header %u", body.len, len);
        FUZZ_CHECK(memcmp(body.data, s + pos + 4, len) == 0, "body bytes differ from the stream");
        /* writing it back gives the same bytes */
        char *out = NULL;
        size_t out_len = 0;
        FILE *o = open_memstream(&out, &out_len);
        FUZZ_CHECK(o != NULL, "open_memstream");
        FUZZ_CHECK(frame_write(o, body.data, body.len, err) == 0, "frame_write: %s", err);
        fclose(o);
        FUZZ_CHECK(out_len == 4 + (size_t)len && memcmp(out, s + pos, out_len) == 0, "frame_write bytes differ");
        free(out);
        pos += 4 + (size_t)len;
    }
    buf_free(&body);
    fclose(in);
    return 0;
}
