/*
 * proto.h - the native messaging protocol (docs/PROTOCOL.md): checking raw
 * frames, parsing requests, answering hello / analyze / error, splitting
 * large results into parts, and the serve loop.
 *
 * One proto is one connection: it owns its page memory (pages.h) and a
 * classifier; it borrows the rules set (NULL when no rules could be loaded;
 * then analyze answers error 13 with rules_error).
 * Ownership: proto_new copies rules_error; proto_free releases everything
 * the proto owns. Reply bodies handed to the writer are only valid during
 * the call.
 * Errors: proto_handle answers every bad request with an `error` reply and
 * returns 0; it returns -1 only when the writer fails (the connection is
 * gone).
 */
#ifndef SMALLPRINT_PROTO_H
#define SMALLPRINT_PROTO_H

#include <stddef.h>
#include <stdio.h>

#include "config.h"
#include "rules.h"

/* Numeric error codes: this list is only ever appended to. */
enum proto_error {
    PE_EMPTY_FRAME = 1,
    PE_TOO_LARGE = 2,
    PE_INVALID_UTF8 = 3,
    PE_NUL_BYTE = 4,
    PE_INVALID_JSON = 5,
    PE_NOT_OBJECT = 6,
    PE_UNKNOWN_TYPE = 7,
    PE_BAD_FIELD = 8,
    PE_TOO_DEEP = 9,
    PE_TOO_MANY_BLOCKS = 10,
    PE_TIME_BUDGET = 11,
    PE_INTERNAL = 12,
    PE_RULES_UNAVAILABLE = 13,
    PE_PROTOCOL_MISMATCH = 14,
    PE_HISTORY_UNAVAILABLE = 15,
};
/* The newest code: move it when one is appended (the fuzz harness and the
 * tests bound replies by it). */
#define PE_LAST PE_HISTORY_UNAVAILABLE

#define PROTO_MAX_DEPTH 64

typedef struct proto proto;

/* Writes one reply body (at most FRAME_MAX_OUT bytes); 0 / -1. */
typedef int (*proto_writer)(void *ctx, const char *body, size_t len, char *err);

proto *proto_new(const config *cfg, rules *r, const char *rules_error, char *err);

/* Give the connection its history (borrowed; it must outlive the proto),
 * or NULL with the reason it is unavailable. Without it analyze records
 * nothing and the history_* requests answer error 15. */
struct history;
void proto_set_history(proto *p, struct history *h, const char *why);
void proto_free(proto *p);

/* Handle one request body (modified in place by the raw checks). */
int proto_handle(proto *p, char *body, size_t len, proto_writer w, void *wctx);

/* Answer a frame that could not be read as a request (empty, over-cap). */
int proto_reply_error(proto *p, int code, const char *message, proto_writer w, void *wctx);

/* Read frames from in and answer on out until end of input. Returns the
 * process exit status: 0 on a clean end, 1 when the stream broke. */
int proto_serve(proto *p, FILE *in, FILE *out);

/* Check and repair a raw body before cJSON sees it: rejects invalid UTF-8,
 * raw NULs and nesting deeper than PROTO_MAX_DEPTH (returning the error
 * code, with detail in msg); rewrites \u0000 to \u0020 and lone surrogate
 * escapes to \ufffd in place. Returns 0 when the body may be parsed. */
int proto_check_raw(char *body, size_t len, char *msg, size_t msg_len);

#endif
