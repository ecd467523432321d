/*
 * fuzz_proto.c - the whole message handler: frames in, frames out
 * (proto_serve over a stream, as the browser drives it).
 *
 * Input: byte 0 picks the mode. Even: the rest is the raw byte stream
 * (headers and all). Odd: the rest is split on FUZZ_SEP into message bodies
 * and the harness frames them correctly, so mutations reach the parser
 * instead of breaking the length header; with bit 1 set, a last frame that
 * announces more bytes than follow is appended (the browser went away).
 *
 * Limits are small so every path runs on small inputs: 4 KiB messages,
 * 3 pages, 40 findings a page, 30 blocks a request.
 *
 * Checks: every complete frame gets exactly one reply (a result split in
 * parts counts once); every reply is one JSON object of at most
 * FRAME_MAX_OUT bytes with a known type; error codes are in the table;
 * finding offsets are ordered and inside their block's UTF-16 length; the
 * exit status says whether the stream ended cleanly.
 */
#include "frame.h"
#include "proto.h"
#include "text.h"

#include "fuzz_common.h"

#include <cjson/cJSON.h>
#include <stdint.h>
#include <string.h>

#define FUZZ_SEP "\x1e\x1e"
#define MAX_FRAMES 64

typedef struct frame_ref {
    size_t off, len; /* body within the stream */
} frame_ref;

static void put_frame(buf *b, const unsigned char *body, size_t len)
{
    uint32_t l = (uint32_t)len;
    FUZZ_CHECK(buf_append(b, &l, 4) == 0 && buf_append(b, body, len) == 0, "out of memory");
}

/* The request as the host parses it (checked and repaired first), or NULL. */
static cJSON *parse_request(const char *req_body, size_t len)
{
    char *copy = malloc(len + 1);
    FUZZ_CHECK(copy != NULL, "out of memory");
    memcpy(copy, req_body, len);
    copy[len] = '\0';
    char msg[ERR_LEN];
    cJSON *req = proto_check_raw(copy, len, msg, sizeof msg) == 0 ? cJSON_ParseWithLength(copy, len) : NULL;
    free(copy);
    return req;
}

/* UTF-16 length of the text of block `block` in the request, or -1. */
static long block_len16(const cJSON *req, const char *block)
{
    const cJSON *blocks = cJSON_GetObjectItemCaseSensitive(req, "blocks");
    const cJSON *b;
    long out = -1;
    cJSON_ArrayForEach(b, blocks)
    {
        const cJSON *id = cJSON_GetObjectItemCaseSensitive(b, "id");
        const cJSON *text = cJSON_GetObjectItemCaseSensitive(b, "text");
        if (cJSON_IsString(id) && cJSON_IsString(text) && strcmp(id->valuestring, block) == 0)
            out = (long)text_utf16_len(text->valuestring, strlen(text->valuestring));
    }
    return out;
}

static double num(const cJSON *o, const char *key)
{
    const cJSON *v = cJSON_GetObjectItemCaseSensitive(o, key);
    FUZZ_CHECK(cJSON_IsNumber(v), "\"%s\" is not a number", key);
    return v->valuedouble;
}

static void check_result(const cJSON *reply, const char *req_body, size_t req_len)
{
    const cJSON *findings = cJSON_GetObjectItemCaseSensitive(reply, "findings");
    FUZZ_CHECK(cJSON_IsArray(findings), "result without findings");
    cJSON *req = parse_request(req_body, req_len);
    FUZZ_CHECK(req != NULL, "a result for a request that does not parse");
    const cJSON *f;
    cJSON_ArrayForEach(f, findings)
    {
        double start = num(f, "start"), end = num(f, "end");
        double ps = num(f, "phrase_start"), pe = num(f, "phrase_end");
        FUZZ_CHECK(0 <= start && start <= ps && ps <= pe && pe <= end && start < end,
                   "offsets out of order: %g %g %g %g", start, ps, pe, end);
        const cJSON *block = cJSON_GetObjectItemCaseSensitive(f, "block");
        FUZZ_CHECK(cJSON_IsString(block), "finding without a block");
        long len16 = block_len16(req, block->valuestring);
        FUZZ_CHECK(len16 >= 0, "finding names block \"%s\" the request does not have", block->valuestring);
        FUZZ_CHECK(end <= (double)len16, "finding ends at %g in a block of %ld UTF-16 units", end, len16);
    }
    cJSON_Delete(req);
    const cJSON *summary = cJSON_GetObjectItemCaseSensitive(reply, "summary");
    FUZZ_CHECK(summary != NULL, "result without summary");
    if (num(reply, "part") == num(reply, "parts"))
        FUZZ_CHECK(cJSON_IsObject(summary), "last part without a summary");
}

int LLVMFuzzerTestOneInput(const unsigned char *data, size_t size)
{
    static config cfg;
    static int ready;
    if (!ready) {
        config_defaults(&cfg);
        cfg.max_message_bytes = 4096;
        cfg.max_pages = 3;
        cfg.max_page_findings = 40;
        cfg.max_blocks = 30;
        ready = 1;
    }
    if (size < 1)
        return 0;
    int mode = data[0];
    const unsigned char *s = data + 1;
    size_t n = size - 1;

    buf stream = BUF_INIT;
    if (mode & 1) {
        size_t at = 0;
        for (;;) {
            const unsigned char *sep = memmem(s + at, n - at, FUZZ_SEP, 2);
            size_t end = sep ? (size_t)(sep - s) : n;
            put_frame(&stream, s + at, end - at);
            if (!sep)
                break;
            at = end + 2;
        }
        if (mode & 2) {
            uint32_t more = 100;
            FUZZ_CHECK(buf_append(&stream, &more, 4) == 0 && buf_append(&stream, "{\"ty", 4) == 0, "oom");
        }
    } else if (n) {
        FUZZ_CHECK(buf_append(&stream, s, n) == 0, "out of memory");
    }

    /* the frames the host should answer, as the spec reads */
    frame_ref frames[MAX_FRAMES];
    size_t n_frames = 0, pos = 0;
    int clean = 1;
    while (pos < stream.len) {
        uint32_t l;
        if (pos + 4 > stream.len) {
            clean = 0;
            break;
        }
        memcpy(&l, stream.data + pos, 4);
        if (pos + 4 + (size_t)l > stream.len) {
            clean = 0;
            break;
        }
        if (n_frames < MAX_FRAMES) {
            frames[n_frames].off = pos + 4;
            frames[n_frames].len = l;
        }
        n_frames++;
        pos += 4 + (size_t)l;
    }

    char err[ERR_LEN];
    proto *p = proto_new(&cfg, fuzz_rules(), NULL, err);
    FUZZ_CHECK(p != NULL, "proto_new: %s", err);
    FILE *in = fmemopen(stream.data ? stream.data : (char *)"", stream.len, "rb");
    char *out = NULL;
    size_t out_len = 0;
    FILE *o = open_memstream(&out, &out_len);
    FUZZ_CHECK(in && o, "stream setup");
    int status = proto_serve(p, in, o);
    fclose(in);
    fclose(o);
    proto_free(p);
    FUZZ_CHECK(status == (clean ? 0 : 1), "exit status %d for a %s stream", status, clean ? "clean" : "broken");

    /* every reply frame */
    size_t replies = 0;
    pos = 0;
    while (pos < out_len) {
        uint32_t l;
        FUZZ_CHECK(pos + 4 <= out_len, "reply header cut short");
        memcpy(&l, out + pos, 4);
        FUZZ_CHECK(l > 0 && l <= FRAME_MAX_OUT, "reply of %u bytes", l);
        FUZZ_CHECK(pos + 4 + (size_t)l <= out_len, "reply body cut short");
        const char *body = out + pos + 4;
        size_t bad;
        FUZZ_CHECK(text_utf8_valid(body, l, &bad), "reply is not UTF-8 at %zu", bad);
        cJSON *reply = cJSON_ParseWithLength(body, l);
        FUZZ_CHECK(cJSON_IsObject(reply), "reply is not a JSON object: %.*s", (int)(l < 300 ? l : 300), body);
        const cJSON *type = cJSON_GetObjectItemCaseSensitive(reply, "type");
        FUZZ_CHECK(cJSON_IsString(type), "reply without a type");
        int last = 1;
        if (strcmp(type->valuestring, "error") == 0) {
            double code = num(reply, "code");
            FUZZ_CHECK(code >= 1 && code <= PE_LAST, "error code %g", code);
            FUZZ_CHECK(cJSON_IsString(cJSON_GetObjectItemCaseSensitive(reply, "message")), "error without message");
        } else if (strcmp(type->valuestring, "result") == 0) {
            double part = num(reply, "part"), parts = num(reply, "parts");
            FUZZ_CHECK(part >= 1 && part <= parts, "part %g of %g", part, parts);
            last = part == parts;
            FUZZ_CHECK(replies < n_frames, "a result with no request");
            if (replies < MAX_FRAMES)
                check_result(reply, stream.data + frames[replies].off, frames[replies].len);
        } else {
            FUZZ_CHECK(strcmp(type->valuestring, "hello") == 0, "unknown reply type %s", type->valuestring);
        }
        cJSON_Delete(reply);
        if (last)
            replies++;
        pos += 4 + (size_t)l;
    }
    FUZZ_CHECK(replies == n_frames, "%zu replies to %zu frames", replies, n_frames);
    free(out);
    buf_free(&stream);
    return 0;
}
