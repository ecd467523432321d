/* proto.c - requests, replies and the serve loop (docs/PROTOCOL.md). */
#include "proto.h"

#include "buf.h"
#include "classify.h"
#include "common.h"
#include "diff.h"
#include "frame.h"
#include "history.h"
#include "labels.h"
#include "pages.h"
#include "platform.h"
#include "report.h"
#include "summary.h"
#include "text.h"

#include <cjson/cJSON.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

/* Ids (request, page, block) longer than this are refused: they are echoed
 * in replies and must never make one overflow. */
#define PROTO_MAX_ID 1024

struct proto {
    config cfg;
    rules *rules;
    classifier *cls;
    pages *pages;
    char rules_error[ERR_LEN];
    history *hist;              /* borrowed; NULL when unavailable */
    char hist_error[ERR_LEN];   /* why it is unavailable */
};

static void *json_malloc(size_t n);

/* Entries per list in a result's `changes` (keeps a reply far below 1 MiB). */
#define PROTO_MAX_CHANGES 500

proto *proto_new(const config *cfg, rules *r, const char *rules_error, char *err)
{
    static cJSON_Hooks hooks = {json_malloc, free};
    cJSON_InitHooks(&hooks);
    proto *p = xcalloc(1, sizeof *p, err);
    if (!p)
        return NULL;
    p->cfg = *cfg;
    p->rules = r;
    if (rules_error)
        snprintf(p->rules_error, sizeof p->rules_error, "%s", rules_error);
    if (r && !(p->cls = classify_new(r, err))) {
        free(p);
        return NULL;
    }
    p->pages = pages_new(cfg->max_pages, cfg->max_page_findings, err);
    if (!p->pages) {
        classify_free(p->cls);
        free(p);
        return NULL;
    }
    return p;
}

void proto_set_history(proto *p, history *h, const char *why)
{
    p->hist = h;
    snprintf(p->hist_error, sizeof p->hist_error, "%s", why && *why ? why : "history is not available");
}

void proto_free(proto *p)
{
    if (!p)
        return;
    classify_free(p->cls);
    pages_free(p->pages);
    free(p);
}

/* ------------------------------------------------------------------------
 * Raw checks
 * ---------------------------------------------------------------------- */

static int hex4(const char *s, unsigned *out)
{
    unsigned v = 0;
    for (int i = 0; i < 4; i++) {
        char c = s[i];
        v <<= 4;
        if (c >= '0' && c <= '9')
            v |= (unsigned)(c - '0');
        else if (c >= 'a' && c <= 'f')
            v |= (unsigned)(c - 'a' + 10);
        else if (c >= 'A' && c <= 'F')
            v |= (unsigned)(c - 'A' + 10);
        else
            return -1;
    }
    *out = v;
    return 0;
}

int proto_check_raw(char *body, size_t len, char *msg, size_t msg_len)
{
    size_t bad;
    if (memchr(body, '\0', len)) {
        snprintf(msg, msg_len, "request holds a NUL byte at offset %zu",
                 (size_t)((char *)memchr(body, '\0', len) - body));
        return PE_NUL_BYTE;
    }
    if (!text_utf8_valid(body, len, &bad)) {
        snprintf(msg, msg_len, "request is not valid UTF-8 (byte 0x%02x at offset %zu)",
                 (unsigned char)body[bad], bad);
        return PE_INVALID_UTF8;
    }
    int depth = 0, in_string = 0;
    for (size_t i = 0; i < len; i++) {
        char c = body[i];
        if (in_string) {
            if (c == '"')
                in_string = 0;
            else if (c == '\\' && i + 1 < len) {
                if (body[i + 1] == 'u' && i + 5 < len) {
                    unsigned cp;
                    if (hex4(body + i + 2, &cp) == 0) {
                        if (cp == 0) {
                            memcpy(body + i + 2, "0020", 4); /* cJSON would cut the string */
                        } else if (cp >= 0xD800 && cp <= 0xDBFF) {
                            unsigned lo;
                            if (i + 11 < len && body[i + 6] == '\\' && body[i + 7] == 'u' &&
                                hex4(body + i + 8, &lo) == 0 && lo >= 0xDC00 && lo <= 0xDFFF) {
                                i += 11; /* a proper pair */
                                continue;
                            }
                            memcpy(body + i + 2, "fffd", 4);
                        } else if (cp >= 0xDC00 && cp <= 0xDFFF) {
                            memcpy(body + i + 2, "fffd", 4);
                        }
                    }
                    i += 5;
                } else
                    i++;
            }
            continue;
        }
        if (c == '"')
            in_string = 1;
        else if (c == '[' || c == '{') {
            if (++depth > PROTO_MAX_DEPTH) {
                snprintf(msg, msg_len, "request nests deeper than %d levels", PROTO_MAX_DEPTH);
                return PE_TOO_DEEP;
            }
        } else if (c == ']' || c == '}')
            depth--;
    }
    return 0;
}

/* ------------------------------------------------------------------------
 * Running out of memory
 *
 * With the memory cap (memory_limit_mb) a request too large for what is
 * left fails an allocation; the host answers error 12 and keeps serving.
 * cJSON reports a failed allocation while parsing like a syntax error and
 * silently drops a field it cannot add, so it allocates through a hook that
 * counts failures: a count that moved during a request means out of memory.
 * cJSON's hooks are process-wide; so is this count.
 * ---------------------------------------------------------------------- */

static size_t json_alloc_failures;   /* failed cJSON allocations, ever */
static size_t json_failures_at_start; /* ... when the current request began */

static void *json_malloc(size_t n)
{
    void *p = malloc(n);
    if (!p)
        json_alloc_failures++;
    return p;
}

static int json_failed(void) { return json_alloc_failures != json_failures_at_start; }

/* Error 12, built without allocating: what is left when memory has run
 * out. Ids are at most PROTO_MAX_ID bytes, so six times that holds any
 * escaping; `what` is our own text, without quotes. */
static int reply_oom(const cJSON *id, const char *what, proto_writer w, void *wctx)
{
    static char id_text[6 * PROTO_MAX_ID + 64];
    static char body[sizeof id_text + 300];
    char err[ERR_LEN];
    if (!id || !cJSON_PrintPreallocated((cJSON *)id, id_text, (int)sizeof id_text, 0))
        snprintf(id_text, sizeof id_text, "null");
    int n = snprintf(body, sizeof body,
                     "{\"type\":\"error\",\"id\":%s,\"code\":%d,\"message\":\"out of memory %s; the host "
                     "keeps running\"}",
                     id_text, PE_INTERNAL, what);
    fprintf(stderr, "smallprint-host: out of memory %s\n", what);
    if (n < 0 || (size_t)n >= sizeof body)
        return -1;
    int rc = w(wctx, body, (size_t)n, err);
    if (rc < 0)
        fprintf(stderr, "smallprint-host: %s\n", err);
    return rc;
}

/* ------------------------------------------------------------------------
 * Replies
 * ---------------------------------------------------------------------- */

/* How many bytes of s to quote in a message: at most max, never cutting a
 * UTF-8 sequence in two (a reply that is not UTF-8 makes the browser drop
 * the connection). */
static int quote_len(const char *s, size_t max)
{
    size_t n = strlen(s);
    if (n <= max)
        return (int)n;
    while (max > 0 && ((unsigned char)s[max] & 0xC0) == 0x80)
        max--;
    return (int)max;
}

static int send_json(cJSON *o, const cJSON *id, proto_writer w, void *wctx)
{
    char err[ERR_LEN];
    if (!o || json_failed()) /* a field may be missing: do not send it */
        return reply_oom(id, "building the reply", w, wctx);
    char *s = cJSON_PrintUnformatted(o);
    if (!s)
        return reply_oom(id, "printing the reply", w, wctx);
    int rc = w(wctx, s, strlen(s), err);
    if (rc < 0)
        fprintf(stderr, "smallprint-host: %s\n", err);
    cJSON_free(s);
    return rc;
}

/* s, or a copy cut at its first byte that is not UTF-8 (and to ERR_LEN): error
 * texts quote paths and library messages, cut to fit with %.Ns, and a reply
 * that is not UTF-8 makes the browser drop the connection. */
static const char *utf8_only(const char *s, char copy[ERR_LEN])
{
    size_t bad;
    if (text_utf8_valid(s, strlen(s), &bad))
        return s;
    size_t cut = bad;
    if (cut > ERR_LEN - 1) /* s[0..bad) is UTF-8: step back to a character start */
        for (cut = ERR_LEN - 1; cut > 0 && ((unsigned char)s[cut] & 0xC0) == 0x80;)
            cut--;
    snprintf(copy, ERR_LEN, "%.*s", (int)cut, s);
    return copy;
}

static int reply_error_id(const cJSON *id, int code, const char *message, proto_writer w, void *wctx)
{
    char copy[ERR_LEN];
    message = utf8_only(message, copy);
    cJSON *o = cJSON_CreateObject();
    if (!o)
        return reply_oom(id, "building an error reply", w, wctx);
    cJSON_AddStringToObject(o, "type", "error");
    cJSON_AddItemToObject(o, "id", id ? cJSON_Duplicate(id, 1) : cJSON_CreateNull());
    cJSON_AddNumberToObject(o, "code", code);
    cJSON_AddStringToObject(o, "message", message);
    int rc = send_json(o, id, w, wctx);
    cJSON_Delete(o);
    return rc;
}

int proto_reply_error(proto *p, int code, const char *message, proto_writer w, void *wctx)
{
    (void)p;
    return reply_error_id(NULL, code, message, w, wctx);
}

static int handle_hello(proto *p, const cJSON *req, const cJSON *id, proto_writer w, void *wctx)
{
    const cJSON *want = cJSON_GetObjectItemCaseSensitive(req, "protocol");
    if (want && (!cJSON_IsNumber(want) || want->valuedouble != SMALLPRINT_PROTOCOL)) {
        char m[200];
        snprintf(m, sizeof m, "this host speaks protocol %d; the request asked for another", SMALLPRINT_PROTOCOL);
        return reply_error_id(id, PE_PROTOCOL_MISMATCH, m, w, wctx);
    }
    cJSON *o = cJSON_CreateObject();
    if (!o)
        return reply_oom(id, "building the hello reply", w, wctx);
    cJSON_AddStringToObject(o, "type", "hello");
    cJSON_AddItemToObject(o, "id", id ? cJSON_Duplicate(id, 1) : cJSON_CreateNull());
    cJSON_AddStringToObject(o, "host", "smallprint-host");
    cJSON_AddStringToObject(o, "version", SMALLPRINT_VERSION);
    cJSON_AddNumberToObject(o, "protocol", SMALLPRINT_PROTOCOL);
    cJSON *labels = cJSON_AddArrayToObject(o, "labels");
    for (int l = 0; labels && l < LABEL_COUNT; l++)
        cJSON_AddItemToArray(labels, cJSON_CreateString(label_name(l)));
    cJSON *packs = cJSON_AddArrayToObject(o, "packs");
    if (p->rules)
        for (size_t i = 0; packs && i < rules_pack_count(p->rules); i++) {
            const rules_pack_info *pk = rules_pack(p->rules, i);
            cJSON *j = cJSON_CreateObject();
            cJSON_AddStringToObject(j, "name", pk->name);
            cJSON_AddStringToObject(j, "version", pk->version);
            cJSON_AddStringToObject(j, "file", pk->file);
            cJSON_AddNumberToObject(j, "rules", (double)pk->rules);
            cJSON_AddBoolToObject(j, "signed", pk->signed_ok);
            cJSON_AddItemToArray(packs, j);
        }
    cJSON_AddBoolToObject(o, "history", p->hist && p->cfg.history);
    if (p->rules)
        cJSON_AddNullToObject(o, "rules_error");
    else
        cJSON_AddStringToObject(o, "rules_error", p->rules_error[0] ? p->rules_error : "no rules loaded");
    int rc = send_json(o, id, w, wctx);
    cJSON_Delete(o);
    return rc;
}

/* A set of strings, to refuse a block id used twice in one request. */
typedef struct idset {
    const char **slots;
    size_t n;
} idset;

/* 1 added, 0 already there, -1 no memory */
static int idset_add(idset *set, const char *s)
{
    size_t h = (size_t)(str_hash(s) & (set->n - 1));
    while (set->slots[h]) {
        if (strcmp(set->slots[h], s) == 0)
            return 0;
        h = (h + 1) & (set->n - 1);
    }
    set->slots[h] = s;
    return 1;
}

typedef struct req_block {
    const char *id;
    const char *text;
    int heading;      /* "kind": "heading" */
    size_t len;
    finding *stored; /* its findings after page_set_block */
    size_t n_stored;
} req_block;

static int bad_field(const cJSON *id, proto_writer w, void *wctx, const char *fmt, ...) SP_PRINTF(4, 5);

#include <stdarg.h>
static int bad_field(const cJSON *id, proto_writer w, void *wctx, const char *fmt, ...)
{
    char m[ERR_LEN];
    va_list ap;
    va_start(ap, fmt);
    vsnprintf(m, sizeof m, fmt, ap);
    va_end(ap);
    return reply_error_id(id, PE_BAD_FIELD, m, w, wctx);
}

/* Pack the finding strings into parts of at most FRAME_MAX_OUT bytes. */
static int send_result(const cJSON *id, const char *page_id, int final, int partial, int complete,
                       const char *language, char **items, size_t n_items, const char *summary_str,
                       const char *changes_str, const char *note_str, proto_writer w, void *wctx)
{
    char err[ERR_LEN];
    char *id_str = NULL, *page_str = NULL;
    cJSON *tmp = id ? cJSON_Duplicate(id, 1) : cJSON_CreateNull();
    if (tmp) {
        id_str = cJSON_PrintUnformatted(tmp);
        cJSON_Delete(tmp);
    }
    tmp = cJSON_CreateString(page_id);
    if (tmp) {
        page_str = cJSON_PrintUnformatted(tmp);
        cJSON_Delete(tmp);
    }
    int rc = -1;
    if (!id_str || !page_str)
        goto oom;
    /* worst-case envelope: ten-digit part numbers */
    size_t envelope = strlen(id_str) + strlen(page_str) + strlen(summary_str) + strlen(changes_str) +
                      (note_str ? strlen(note_str) : 0) + 256;
    size_t budget = FRAME_MAX_OUT - envelope;
    size_t parts = 1, used = 0;
    for (size_t i = 0; i < n_items; i++) {
        size_t l = strlen(items[i]) + 1;
        if (l > budget) {
            fprintf(stderr, "smallprint-host: a finding of %zu bytes cannot fit a reply\n", l);
            goto oom;
        }
        if (used + l > budget) {
            parts++;
            used = 0;
        }
        used += l;
    }
    size_t k = 0;
    for (size_t part = 1; part <= parts; part++) {
        buf b = BUF_INIT;
        int ok = buf_printf(&b,
                            "{\"type\":\"result\",\"id\":%s,\"page\":%s,\"final\":%s,\"part\":%zu,\"parts\":%zu,"
                            "\"partial\":%s,\"complete\":%s,\"language\":\"%s\",\"findings\":[",
                            id_str, page_str, final ? "true" : "false", part, parts, partial ? "true" : "false",
                            complete ? "true" : "false", language) == 0;
        size_t part_used = 0, first = 1;
        while (ok && k < n_items) {
            size_t l = strlen(items[k]) + 1;
            if (part_used + l > budget)
                break;
            ok = (first ? 0 : buf_putc(&b, ',')) == 0 && buf_puts(&b, items[k]) == 0;
            part_used += l;
            first = 0;
            k++;
        }
        ok = ok && buf_printf(&b, "],\"summary\":%s,\"changes\":%s%s%s}", part == parts ? summary_str : "null",
                              part == parts ? changes_str : "null", part == parts && note_str ? ",\"history_note\":" : "",
                              part == parts && note_str ? note_str : "") == 0;
        if (!ok) {
            buf_free(&b);
            goto oom;
        }
        rc = w(wctx, b.data, b.len, err);
        buf_free(&b);
        if (rc < 0) {
            fprintf(stderr, "smallprint-host: %s\n", err);
            goto done;
        }
    }
    rc = 0;
    goto done;
oom:
    rc = reply_oom(id, "building the result", w, wctx);
done:
    cJSON_free(id_str);
    cJSON_free(page_str);
    return rc;
}

/* ------------------------------------------------------------------------
 * History: the page's first complete pass is recorded (docs/PROTOCOL.md,
 * "History"). Every batch before it keeps its sentences' fingerprints.
 * ---------------------------------------------------------------------- */

static int history_on(const proto *p) { return p->hist && p->cfg.history; }

/* Remember the sentence fingerprints of this batch's blocks, or mark the
 * page as one not to record. Fingerprinting segments the text again, so it
 * stops at deadline (like classifying) and the page is then not recorded,
 * as a partial one is not. */
static int history_batch(proto *p, page *pg, const req_block *blocks, size_t handled, int allowed, int partial,
                         uint64_t deadline, char *err)
{
    if (!history_on(p) || page_finalised(pg))
        return 0;
    if (!allowed || partial) {
        page_set_unrecordable(pg);
        return 0;
    }
    for (size_t i = 0; i < handled; i++) {
        size_t *starts, n;
        uint64_t *fps;
        int rc = diff_sentences_until(blocks[i].text, blocks[i].len, deadline, &starts, &fps, &n, err);
        if (rc == 1) {
            page_set_unrecordable(pg);
            return 0;
        }
        if (rc < 0 || page_set_block_sentences(pg, blocks[i].id, starts, fps, n, err) < 0)
            return -1;
    }
    return 0;
}

/* The page as history sees it: every block's sentences and findings. NULL
 * when a block's sentences were not kept. */
static diff_doc *history_doc(const proto *p, const page *pg, finding *const *all, size_t n_all, const summary *sum,
                             char *err)
{
    diff_doc *d = diff_doc_new(err);
    size_t from = 0;
    for (size_t k = 0; d && k < page_block_count(pg); k++) {
        const size_t *starts;
        const uint64_t *fps;
        size_t n, base = diff_doc_sentence_count(d), count = 0;
        if (!page_block_sentences(pg, k, &starts, &fps, &n)) {
            err_set(err, "a block of the page was analysed without history");
            diff_doc_free(d);
            return NULL;
        }
        for (size_t i = 0; i < n; i++)
            if (diff_doc_add_sentence(d, fps[i], err) < 0)
                goto fail;
        while (from + count < n_all && all[from + count]->block == k)
            count++;
        if (diff_doc_add_findings(d, base, starts, n, all + from, count, p->rules, err) < 0)
            goto fail;
        from += count;
    }
    if (d)
        diff_doc_set_summary(d, sum);
    return d;
fail:
    diff_doc_free(d);
    return NULL;
}

/* Record the page; returns the `changes` JSON text (cJSON_free it) or
 * NULL, and a note for the person in note ("" when none). */
static char *history_first_pass(proto *p, const page *pg, finding *const *all, size_t n_all, const summary *sum,
                                const char *url, const char *title, char *note)
{
    char err[ERR_LEN] = "";
    note[0] = '\0';
    if (!history_on(p) || !page_recordable(pg) || !page_complete(pg) || !url)
        return NULL;
    char site[HISTORY_SITE_LEN], path[HISTORY_PATH_LEN];
    if (history_key(url, site, path) < 0)
        return NULL;
    diff_doc *d = history_doc(p, pg, all, n_all, sum, err);
    history_change *change = NULL;
    char *out = NULL;
    if (!d || history_record(p->hist, url, title, d, rules_digest(p->rules), (int64_t)time(NULL), &change, note,
                             err) < 0) {
        fprintf(stderr, "smallprint-host: history: %s\n", err);
        snprintf(note, ERR_LEN, "history: %.480s", err);
    } else if (change) {
        cJSON *cj = history_change_json(change, d, p->rules, PROTO_MAX_CHANGES);
        out = cj ? cJSON_PrintUnformatted(cj) : NULL;
        cJSON_Delete(cj);
    }
    history_change_free(change);
    diff_doc_free(d);
    return out;
}

static int handle_analyze(proto *p, const cJSON *req, const cJSON *id, uint64_t deadline, proto_writer w, void *wctx)
{
    char err[ERR_LEN] = ""; /* printed on the way out even when nothing set it */
    if (!p->rules)
        return reply_error_id(id, PE_RULES_UNAVAILABLE, p->rules_error[0] ? p->rules_error : "no rules loaded", w, wctx);
    const cJSON *page_j = cJSON_GetObjectItemCaseSensitive(req, "page");
    const cJSON *final_j = cJSON_GetObjectItemCaseSensitive(req, "final");
    const cJSON *blocks_j = cJSON_GetObjectItemCaseSensitive(req, "blocks");
    const cJSON *url_j = cJSON_GetObjectItemCaseSensitive(req, "url");
    const cJSON *title_j = cJSON_GetObjectItemCaseSensitive(req, "title");
    const cJSON *history_j = cJSON_GetObjectItemCaseSensitive(req, "history");
    if (!cJSON_IsString(page_j) || !*page_j->valuestring)
        return bad_field(id, w, wctx, "analyze: \"page\" must be a non-empty string");
    if (strlen(page_j->valuestring) > PROTO_MAX_ID)
        return bad_field(id, w, wctx, "analyze: \"page\" is longer than %d bytes", PROTO_MAX_ID);
    if (final_j && !cJSON_IsBool(final_j))
        return bad_field(id, w, wctx, "analyze: \"final\" must be true or false");
    if (history_j && !cJSON_IsBool(history_j))
        return bad_field(id, w, wctx, "analyze: \"history\" must be true or false");
    if (url_j && !cJSON_IsString(url_j) && !cJSON_IsNull(url_j))
        return bad_field(id, w, wctx, "analyze: \"url\" must be a string");
    if (title_j && !cJSON_IsString(title_j) && !cJSON_IsNull(title_j))
        return bad_field(id, w, wctx, "analyze: \"title\" must be a string");
    if (!cJSON_IsArray(blocks_j))
        return bad_field(id, w, wctx, "analyze: \"blocks\" must be an array of {id, text}");
    size_t nb = (size_t)cJSON_GetArraySize(blocks_j);
    if (nb > p->cfg.max_blocks) {
        char m[200];
        snprintf(m, sizeof m, "analyze: %zu blocks is more than the limit of %zu; send them in batches", nb,
                 p->cfg.max_blocks);
        return reply_error_id(id, PE_TOO_MANY_BLOCKS, m, w, wctx);
    }
    req_block *blocks = xcalloc(nb + 1, sizeof *blocks, err);
    size_t set_n = 64;
    while (set_n < nb * 2)
        set_n *= 2;
    idset set = {xcalloc(set_n, sizeof(char *), err), set_n};
    findings tmp = {0};
    char **items = NULL;
    size_t n_items = 0;
    int rc = 0;
    if (!blocks || !set.slots)
        goto oom;
    size_t i = 0;
    const cJSON *b;
    cJSON_ArrayForEach(b, blocks_j)
    {
        const cJSON *bid = cJSON_GetObjectItemCaseSensitive(b, "id");
        const cJSON *text = cJSON_GetObjectItemCaseSensitive(b, "text");
        const cJSON *kind = cJSON_GetObjectItemCaseSensitive(b, "kind");
        if (!cJSON_IsObject(b) || !cJSON_IsString(bid) || !cJSON_IsString(text)) {
            rc = bad_field(id, w, wctx, "analyze: blocks[%zu] must be an object with string \"id\" and \"text\"", i);
            goto done;
        }
        if (strlen(bid->valuestring) > PROTO_MAX_ID) {
            rc = bad_field(id, w, wctx, "analyze: blocks[%zu].id is longer than %d bytes", i, PROTO_MAX_ID);
            goto done;
        }
        if (idset_add(&set, bid->valuestring) == 0) {
            rc = bad_field(id, w, wctx, "analyze: blocks[%zu].id \"%.*s\" is used twice in one request", i,
                           quote_len(bid->valuestring, 64), bid->valuestring);
            goto done;
        }
        if (kind && !cJSON_IsString(kind) && !cJSON_IsNull(kind)) {
            rc = bad_field(id, w, wctx, "analyze: blocks[%zu].kind must be a string", i);
            goto done;
        }
        blocks[i].id = bid->valuestring;
        blocks[i].text = text->valuestring;
        blocks[i].heading = cJSON_IsString(kind) && strcmp(kind->valuestring, "heading") == 0;
        blocks[i].len = strlen(text->valuestring);
        i++;
    }
    /* classify block by block until the time budget runs out */
    classify_ctx ctx;
    memset(&ctx, 0, sizeof ctx);
    /* a page keeps no more findings than max_page_findings; one more is
     * enough to know the page went over it (complete: false), and no reply
     * reports more, so that reporting stays inside the time budget too */
    ctx.max_findings = p->cfg.max_page_findings + 1;
    size_t handled = 0;
    int partial = 0;
    size_t *ends = xcalloc(nb + 1, sizeof *ends, err); /* findings end index per block */
    if (!ends)
        goto oom;
    /* classifying stops at 75% of the budget: the rest is for history's
     * fingerprints (until 85%, see below) and for storing,
     * summarising and reporting what was found (at most max_page_findings) */
    uint64_t stop_at = deadline - p->cfg.time_budget_ms / 4;
    for (i = 0; i < nb; i++) {
        if (platform_now_ms() > stop_at) {
            partial = 1;
            break;
        }
        ctx.heading = blocks[i].heading;
        int crc = classify_text(p->cls, blocks[i].text, blocks[i].len, i, &ctx, stop_at, &tmp, err);
        if (crc < 0) {
            free(ends);
            goto oom; /* the only way it fails */
        }
        ends[i] = tmp.n;
        if (crc == 1) {
            partial = 1;
            handled = i + 1;
            break;
        }
        handled = i + 1;
    }
    if (handled == 0 && nb > 0) {
        free(ends);
        char m[200];
        snprintf(m, sizeof m, "analyze: the %u ms time budget ran out before any text was read", p->cfg.time_budget_ms);
        rc = reply_error_id(id, PE_TIME_BUDGET, m, w, wctx);
        goto done;
    }
    page *pg = pages_get(p->pages, page_j->valuestring, err);
    if (!pg) {
        free(ends);
        goto oom;
    }
    size_t from = 0;
    for (i = 0; i < handled; i++) {
        if (page_set_block(pg, blocks[i].id, tmp.v ? tmp.v + from : NULL, ends[i] - from, &blocks[i].stored,
                           &blocks[i].n_stored, err) < 0) {
            free(ends);
            goto oom;
        }
        from = ends[i];
    }
    free(ends);
    /* history's fingerprints get until 85% of the budget; the rest is for
     * summarising and printing up to max_page_findings findings */
    if (history_batch(p, pg, blocks, handled, !cJSON_IsFalse(history_j), partial,
                      deadline - p->cfg.time_budget_ms * 3 / 20, err) < 0)
        goto oom;
    size_t n_all;
    finding **all = page_all(pg, &n_all, err);
    if (!all)
        goto oom;
    summary_adjust(all, n_all, p->rules);
    summary sum;
    summary_build(all, n_all, p->rules, &sum);
    /* the language of what was sent, from a sample */
    buf sample = BUF_INIT;
    for (i = 0; i < handled && sample.len < 16384; i++) {
        size_t take = blocks[i].len < 4096 ? blocks[i].len : 4096;
        while (take > 0 && take < blocks[i].len && ((unsigned char)blocks[i].text[take] & 0xC0) == 0x80)
            take--;
        if (buf_append(&sample, blocks[i].text, take) < 0 || buf_putc(&sample, '\n') < 0) {
            buf_free(&sample);
            goto oom;
        }
    }
    const char *language = text_language(sample.data ? sample.data : "", sample.len);
    buf_free(&sample);
    /* findings as JSON strings */
    size_t total = 0;
    for (i = 0; i < handled; i++)
        total += blocks[i].n_stored;
    items = xcalloc(total + 1, sizeof *items, err);
    if (!items)
        goto oom;
    for (i = 0; i < handled; i++) {
        text_cursor cur = {0, 0};
        for (size_t k = 0; k < blocks[i].n_stored; k++) {
            cJSON *fj = report_finding(&blocks[i].stored[k], p->rules, blocks[i].text, &cur, blocks[i].id);
            char *s = fj ? cJSON_PrintUnformatted(fj) : NULL;
            cJSON_Delete(fj);
            if (!s)
                goto oom;
            items[n_items++] = s;
        }
    }
    cJSON *sj = summary_json(&sum);
    char *summary_str = sj ? cJSON_PrintUnformatted(sj) : NULL;
    cJSON_Delete(sj);
    if (!summary_str)
        goto oom;
    if (json_failed()) { /* a finding or the summary may lack a field */
        cJSON_free(summary_str);
        goto oom;
    }
    char *changes_str = NULL, *note_str = NULL, note[ERR_LEN] = "";
    if (cJSON_IsTrue(final_j) && !page_finalised(pg)) { /* the first complete pass */
        page_set_finalised(pg);
        changes_str = history_first_pass(p, pg, all, n_all, &sum, cJSON_IsString(url_j) ? url_j->valuestring : NULL,
                                         cJSON_IsString(title_j) ? title_j->valuestring : NULL, note);
        char note_copy[ERR_LEN];
        cJSON *nj = note[0] ? cJSON_CreateString(utf8_only(note, note_copy)) : NULL;
        note_str = nj ? cJSON_PrintUnformatted(nj) : NULL;
        cJSON_Delete(nj);
    }
    rc = send_result(id, page_j->valuestring, cJSON_IsTrue(final_j), partial, page_complete(pg), language, items,
                     n_items, summary_str, changes_str ? changes_str : "null", note_str, w, wctx);
    cJSON_free(summary_str);
    cJSON_free(changes_str);
    cJSON_free(note_str);
    goto done;
oom:
    if (err[0])
        fprintf(stderr, "smallprint-host: %s\n", err);
    rc = reply_oom(id, "while analysing", w, wctx);
done:
    for (size_t k = 0; k < n_items; k++)
        cJSON_free(items[k]);
    free(items);
    findings_free(&tmp);
    free(set.slots);
    free(blocks);
    return rc;
}

/* history_list | history_forget | history_clear (docs/PROTOCOL.md) */
static int handle_history(proto *p, const cJSON *req, const cJSON *id, const char *type, proto_writer w, void *wctx)
{
    char err[ERR_LEN] = "", note[ERR_LEN] = "";
    if (!p->hist)
        return reply_error_id(id, PE_HISTORY_UNAVAILABLE, p->hist_error, w, wctx);
    cJSON *o = NULL;
    int failed = 0;
    if (strcmp(type, "history_list") == 0) {
        history_entry *e;
        size_t n;
        failed = history_list(p->hist, &e, &n, note, err) < 0;
        if (!failed) {
            o = history_sites_json(e, n);
            history_entries_free(e, n);
        }
    } else if (strcmp(type, "history_forget") == 0) {
        const cJSON *site = cJSON_GetObjectItemCaseSensitive(req, "site");
        if (!cJSON_IsString(site) || !*site->valuestring || strlen(site->valuestring) >= HISTORY_SITE_LEN)
            return bad_field(id, w, wctx, "history_forget: \"site\" must be a non-empty string such as "
                                          "\"https://example.com\"");
        size_t removed;
        failed = history_forget(p->hist, site->valuestring, &removed, note, err) < 0;
        if (!failed && (o = cJSON_CreateObject()) != NULL) {
            cJSON_AddStringToObject(o, "site", site->valuestring);
            cJSON_AddNumberToObject(o, "forgotten", (double)removed);
        }
    } else {
        failed = history_clear(p->hist, err) < 0;
        if (!failed && (o = cJSON_CreateObject()) != NULL)
            cJSON_AddBoolToObject(o, "cleared", 1);
    }
    if (failed) {
        fprintf(stderr, "smallprint-host: %s: %s\n", type, err);
        return reply_error_id(id, PE_HISTORY_UNAVAILABLE, err, w, wctx);
    }
    if (!o)
        return reply_oom(id, "building the reply", w, wctx);
    cJSON_AddStringToObject(o, "type", type);
    cJSON_AddItemToObject(o, "id", id ? cJSON_Duplicate(id, 1) : cJSON_CreateNull());
    cJSON_AddBoolToObject(o, "enabled", p->cfg.history);
    char note_copy[ERR_LEN];
    if (note[0])
        cJSON_AddStringToObject(o, "history_note", utf8_only(note, note_copy));
    int rc = send_json(o, id, w, wctx);
    cJSON_Delete(o);
    return rc;
}

int proto_handle(proto *p, char *body, size_t len, proto_writer w, void *wctx)
{
    char msg[ERR_LEN];
    uint64_t deadline = platform_now_ms() + p->cfg.time_budget_ms;
    json_failures_at_start = json_alloc_failures;
    int code = proto_check_raw(body, len, msg, sizeof msg);
    if (code)
        return reply_error_id(NULL, code, msg, w, wctx);
    const char *end = NULL;
    cJSON *req = cJSON_ParseWithLengthOpts(body, len, &end, 0);
    if (!req && json_failed()) {
        snprintf(msg, sizeof msg, "reading a %zu-byte request", len);
        return reply_oom(NULL, msg, w, wctx);
    }
    if (!req) {
        size_t at = end && end >= body ? (size_t)(end - body) : 0;
        snprintf(msg, sizeof msg, "request is not valid JSON (near byte %zu)", at);
        return reply_error_id(NULL, PE_INVALID_JSON, msg, w, wctx);
    }
    int rc;
    const cJSON *id = cJSON_GetObjectItemCaseSensitive(req, "id");
    const cJSON *type = cJSON_GetObjectItemCaseSensitive(req, "type");
    if (!cJSON_IsObject(req))
        rc = reply_error_id(NULL, PE_NOT_OBJECT, "request must be a JSON object", w, wctx);
    else if (id && !cJSON_IsString(id) && !cJSON_IsNumber(id) && !cJSON_IsNull(id))
        rc = reply_error_id(NULL, PE_BAD_FIELD, "\"id\" must be a string or a number", w, wctx);
    else if (id && cJSON_IsString(id) && strlen(id->valuestring) > PROTO_MAX_ID)
        rc = reply_error_id(NULL, PE_BAD_FIELD, "\"id\" is too long", w, wctx);
    else if (!cJSON_IsString(type))
        rc = reply_error_id(id, PE_UNKNOWN_TYPE, "request needs a string \"type\" (hello, analyze or history_...)", w,
                            wctx);
    else if (strcmp(type->valuestring, "hello") == 0)
        rc = handle_hello(p, req, id, w, wctx);
    else if (strcmp(type->valuestring, "analyze") == 0)
        rc = handle_analyze(p, req, id, deadline, w, wctx);
    else if (!strcmp(type->valuestring, "history_list") || !strcmp(type->valuestring, "history_forget") ||
             !strcmp(type->valuestring, "history_clear"))
        rc = handle_history(p, req, id, type->valuestring, w, wctx);
    else {
        snprintf(msg, sizeof msg, "unknown request type \"%.*s\" (expected hello, analyze, history_list, "
                 "history_forget or history_clear)", quote_len(type->valuestring, 64), type->valuestring);
        rc = reply_error_id(id, PE_UNKNOWN_TYPE, msg, w, wctx);
    }
    cJSON_Delete(req);
    return rc;
}

/* ------------------------------------------------------------------------
 * Serve loop
 * ---------------------------------------------------------------------- */

static int write_frame(void *ctx, const char *body, size_t len, char *err)
{
    return frame_write((FILE *)ctx, body, len, err);
}

int proto_serve(proto *p, FILE *in, FILE *out)
{
    buf body = BUF_INIT;
    char err[ERR_LEN];
    int status = 0;
    for (;;) {
        uint32_t announced = 0;
        err[0] = '\0';
        frame_status st = frame_read(in, p->cfg.max_message_bytes, &body, &announced, err);
        int rc = 0;
        if (st == FRAME_EOF)
            break;
        if (st == FRAME_ERROR) {
            fprintf(stderr, "smallprint-host: %s; stopping\n", err);
            status = 1;
            break;
        }
        if (st == FRAME_EMPTY)
            rc = proto_reply_error(p, PE_EMPTY_FRAME, "empty frame (length 0)", write_frame, out);
        else if (st == FRAME_NO_MEMORY) {
            char m[200];
            snprintf(m, sizeof m, "for a %u-byte message (it was discarded)", announced);
            rc = reply_oom(NULL, m, write_frame, out);
        } else if (st == FRAME_TOO_LARGE) {
            char m[200];
            snprintf(m, sizeof m, "message of %u bytes is over the %zu-byte limit; it was discarded", announced,
                     p->cfg.max_message_bytes);
            rc = proto_reply_error(p, PE_TOO_LARGE, m, write_frame, out);
        } else
            rc = proto_handle(p, body.data, body.len, write_frame, out);
        if (rc < 0) {
            fprintf(stderr, "smallprint-host: cannot write to the browser; stopping\n");
            status = 1;
            break;
        }
        /* do not keep a 64 MiB buffer around after one large page */
        if (body.cap > 4u * 1024u * 1024u)
            buf_free(&body);
    }
    buf_free(&body);
    return status;
}
