/* Unit tests: raw checks, requests, replies, page memory, reply parts. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>

#include <cjson/cJSON.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "buf.h"
#include "frame.h"
#include "proto.h"

/* Replies captured from the proto, parsed. */
typedef struct capture {
    cJSON *replies[64];
    size_t sizes[64];
    int n;
} capture;

static int capture_write(void *ctx, const char *body, size_t len, char *err)
{
    (void)err;
    capture *c = ctx;
    assert_true(len <= FRAME_MAX_OUT);
    assert_true(c->n < 64);
    c->sizes[c->n] = len;
    c->replies[c->n] = cJSON_ParseWithLength(body, len);
    assert_non_null(c->replies[c->n]); /* every reply is valid JSON */
    c->n++;
    return 0;
}

static void capture_free(capture *c)
{
    for (int i = 0; i < c->n; i++)
        cJSON_Delete(c->replies[i]);
    c->n = 0;
}

typedef struct fixture {
    rules *r;
    proto *p;
    config cfg;
} fixture;

static int setup(void **state)
{
    fixture *fx = calloc(1, sizeof *fx);
    char err[ERR_LEN];
    rules_opts opts = {0, 1, NULL, 0, NULL};
    fx->r = rules_load("rules", &opts, err);
    if (!fx->r) {
        fprintf(stderr, "cannot load rules/ (run from the repository root): %s\n", err);
        return -1;
    }
    config_defaults(&fx->cfg);
    fx->cfg.max_pages = 3;
    fx->p = proto_new(&fx->cfg, fx->r, NULL, err);
    *state = fx;
    return fx->p ? 0 : -1;
}

static int teardown(void **state)
{
    fixture *fx = *state;
    proto_free(fx->p);
    rules_free(fx->r);
    free(fx);
    return 0;
}

static void send(fixture *fx, const char *json, capture *c)
{
    char *copy = strdup(json);
    assert_int_equal(proto_handle(fx->p, copy, strlen(copy), capture_write, c), 0);
    free(copy);
}

static int error_code(const cJSON *reply)
{
    const cJSON *t = cJSON_GetObjectItemCaseSensitive(reply, "type");
    if (!cJSON_IsString(t) || strcmp(t->valuestring, "error") != 0)
        return 0;
    return cJSON_GetObjectItemCaseSensitive(reply, "code")->valueint;
}

static void test_raw_checks(void **state)
{
    (void)state;
    char msg[256];
    char nul[] = "{\"a\":\"x\0y\"}";
    assert_int_equal(proto_check_raw(nul, sizeof nul - 1, msg, sizeof msg), PE_NUL_BYTE);
    char bad[] = "{\"a\":\"\xC3\x28\"}";
    assert_int_equal(proto_check_raw(bad, strlen(bad), msg, sizeof msg), PE_INVALID_UTF8);
    assert_non_null(strstr(msg, "offset 6"));
    /* \u0000 becomes a space; a lone surrogate becomes U+FFFD; a pair stays */
    char esc[] = "{\"a\":\"x\\u0000y \\ud800 \\ud83d\\ude00 \\udc00 \\\\ud800\"}";
    assert_int_equal(proto_check_raw(esc, strlen(esc), msg, sizeof msg), 0);
    assert_string_equal(esc, "{\"a\":\"x\\u0020y \\ufffd \\ud83d\\ude00 \\ufffd \\\\ud800\"}");
    char deep[300];
    memset(deep, '[', 100);
    memset(deep + 100, ']', 100);
    deep[200] = '\0';
    assert_int_equal(proto_check_raw(deep, 200, msg, sizeof msg), PE_TOO_DEEP);
    /* brackets inside strings do not count */
    char str[] = "{\"a\":\"[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[\"}";
    assert_int_equal(proto_check_raw(str, strlen(str), msg, sizeof msg), 0);
}

static void test_hello(void **state)
{
    fixture *fx = *state;
    capture c = {0};
    send(fx, "{\"type\":\"hello\",\"id\":1,\"protocol\":1}", &c);
    assert_int_equal(c.n, 1);
    const cJSON *r = c.replies[0];
    assert_string_equal(cJSON_GetObjectItem(r, "type")->valuestring, "hello");
    assert_int_equal(cJSON_GetObjectItem(r, "id")->valueint, 1);
    assert_int_equal(cJSON_GetObjectItem(r, "protocol")->valueint, 1);
    assert_int_equal(cJSON_GetArraySize(cJSON_GetObjectItem(r, "labels")), 17);
    assert_true(cJSON_GetArraySize(cJSON_GetObjectItem(r, "packs")) >= 1);
    assert_true(cJSON_IsNull(cJSON_GetObjectItem(r, "rules_error")));
    capture_free(&c);
    send(fx, "{\"type\":\"hello\",\"id\":\"x\",\"protocol\":99}", &c);
    assert_int_equal(error_code(c.replies[0]), PE_PROTOCOL_MISMATCH);
    assert_string_equal(cJSON_GetObjectItem(c.replies[0], "id")->valuestring, "x");
    capture_free(&c);
}

static void test_bad_requests_get_errors(void **state)
{
    fixture *fx = *state;
    static const struct {
        const char *json;
        int code;
        int id_null;
    } cases[] = {
        {"not json", PE_INVALID_JSON, 1},
        {"[1,2]", PE_NOT_OBJECT, 1},
        {"\"str\"", PE_NOT_OBJECT, 1},
        {"{\"id\":3}", PE_UNKNOWN_TYPE, 0},
        {"{\"id\":3,\"type\":\"dance\"}", PE_UNKNOWN_TYPE, 0},
        {"{\"id\":3,\"type\":7}", PE_UNKNOWN_TYPE, 0},
        {"{\"id\":[1],\"type\":\"hello\"}", PE_BAD_FIELD, 1},
        {"{\"id\":3,\"type\":\"analyze\"}", PE_BAD_FIELD, 0},
        {"{\"id\":3,\"type\":\"analyze\",\"page\":\"p\",\"blocks\":{}}", PE_BAD_FIELD, 0},
        {"{\"id\":3,\"type\":\"analyze\",\"page\":\"p\",\"blocks\":[{\"id\":\"a\"}]}", PE_BAD_FIELD, 0},
        {"{\"id\":3,\"type\":\"analyze\",\"page\":\"p\",\"blocks\":[{\"id\":1,\"text\":\"x\"}]}", PE_BAD_FIELD, 0},
        {"{\"id\":3,\"type\":\"analyze\",\"page\":\"p\",\"final\":\"yes\",\"blocks\":[]}", PE_BAD_FIELD, 0},
        {"{\"id\":3,\"type\":\"analyze\",\"page\":\"p\",\"blocks\":[{\"id\":\"a\",\"text\":\"x\"},{\"id\":\"a\",\"text\":\"y\"}]}",
         PE_BAD_FIELD, 0},
        {"{\"id\":3,\"type\":\"analyze\",\"page\":\"\",\"blocks\":[]}", PE_BAD_FIELD, 0},
    };
    for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++) {
        capture c = {0};
        send(fx, cases[i].json, &c);
        assert_int_equal(c.n, 1);
        if (error_code(c.replies[0]) != cases[i].code)
            fail_msg("case %zu (%s): got code %d", i, cases[i].json, error_code(c.replies[0]));
        const cJSON *id = cJSON_GetObjectItem(c.replies[0], "id");
        assert_int_equal(cJSON_IsNull(id), cases[i].id_null);
        assert_true(strlen(cJSON_GetObjectItem(c.replies[0], "message")->valuestring) > 10);
        capture_free(&c);
    }
    /* and the next request is still served */
    capture c = {0};
    send(fx, "{\"type\":\"hello\",\"id\":9}", &c);
    assert_string_equal(cJSON_GetObjectItem(c.replies[0], "type")->valuestring, "hello");
    capture_free(&c);
}

static const cJSON *find_label(const cJSON *findings, const char *label)
{
    const cJSON *f;
    cJSON_ArrayForEach(f, findings) if (strcmp(cJSON_GetObjectItem(f, "label")->valuestring, label) == 0) return f;
    return NULL;
}

/* Offsets are UTF-16 code units of the block text. */
static void test_offsets_are_utf16(void **state)
{
    fixture *fx = *state;
    /* “Café” 😀 中文 — then a sentence the rules catch */
    const char *prefix = "\xE2\x80\x9C" "Caf\xC3\xA9" "\xE2\x80\x9D \xF0\x9F\x98\x80 \xE4\xB8\xAD\xE6\x96\x87. ";
    const char *sentence = "By clicking Sign up, you agree to our Terms.";
    char json[1024];
    snprintf(json, sizeof json,
             "{\"type\":\"analyze\",\"id\":5,\"page\":\"u16\",\"final\":true,\"blocks\":[{\"id\":\"b\",\"text\":\"%s%s\"}]}",
             prefix, sentence);
    capture c = {0};
    send(fx, json, &c);
    assert_int_equal(c.n, 1);
    const cJSON *r = c.replies[0];
    assert_string_equal(cJSON_GetObjectItem(r, "type")->valuestring, "result");
    const cJSON *f = find_label(cJSON_GetObjectItem(r, "findings"), "consent_by_use");
    assert_non_null(f);
    /* JS: “Café” 😀 中文.  => 1+4+1 +1 +2 +1 +2 +1 +1 = 14 units before the sentence */
    size_t start = 14;
    assert_int_equal(cJSON_GetObjectItem(f, "start")->valueint, start);
    assert_int_equal(cJSON_GetObjectItem(f, "end")->valueint, start + strlen(sentence));
    assert_int_equal(cJSON_GetObjectItem(f, "phrase_start")->valueint, start);
    assert_string_equal(cJSON_GetObjectItem(f, "block")->valuestring, "b");
    capture_free(&c);
}

static void test_page_summary_accumulates(void **state)
{
    fixture *fx = *state;
    capture c = {0};
    send(fx,
         "{\"type\":\"analyze\",\"id\":1,\"page\":\"acc\",\"final\":false,\"blocks\":[{\"id\":\"b1\",\"text\":"
         "\"By clicking Sign up, you agree to our Terms.\"}]}",
         &c);
    const cJSON *s = cJSON_GetObjectItem(c.replies[0], "summary");
    assert_true(cJSON_IsTrue(cJSON_GetObjectItem(s, "consent_by_use")));
    assert_false(cJSON_IsTrue(cJSON_GetObjectItem(s, "arbitration")));
    capture_free(&c);
    /* a later batch: the summary covers both */
    send(fx,
         "{\"type\":\"analyze\",\"id\":2,\"page\":\"acc\",\"final\":true,\"blocks\":[{\"id\":\"b2\",\"text\":"
         "\"Any dispute will be resolved by binding arbitration.\"}]}",
         &c);
    s = cJSON_GetObjectItem(c.replies[0], "summary");
    assert_true(cJSON_IsTrue(cJSON_GetObjectItem(s, "consent_by_use")));
    assert_true(cJSON_IsTrue(cJSON_GetObjectItem(s, "arbitration")));
    assert_int_equal(cJSON_GetArraySize(cJSON_GetObjectItem(c.replies[0], "findings")), 1);
    capture_free(&c);
    /* block b1 changes and no longer says it: its findings are replaced */
    send(fx,
         "{\"type\":\"analyze\",\"id\":3,\"page\":\"acc\",\"final\":false,\"blocks\":[{\"id\":\"b1\",\"text\":"
         "\"Welcome back.\"}]}",
         &c);
    s = cJSON_GetObjectItem(c.replies[0], "summary");
    assert_false(cJSON_IsTrue(cJSON_GetObjectItem(s, "consent_by_use")));
    assert_true(cJSON_IsTrue(cJSON_GetObjectItem(s, "arbitration")));
    capture_free(&c);
    /* other pages do not see it; max_pages = 3 drops the oldest */
    for (int i = 0; i < 3; i++) {
        char json[256];
        snprintf(json, sizeof json,
                 "{\"type\":\"analyze\",\"id\":%d,\"page\":\"other%d\",\"blocks\":[{\"id\":\"x\",\"text\":\"Hello.\"}]}",
                 10 + i, i);
        send(fx, json, &c);
        s = cJSON_GetObjectItem(c.replies[0], "summary");
        assert_false(cJSON_IsTrue(cJSON_GetObjectItem(s, "arbitration")));
        capture_free(&c);
    }
    send(fx, "{\"type\":\"analyze\",\"id\":20,\"page\":\"acc\",\"blocks\":[]}", &c);
    s = cJSON_GetObjectItem(c.replies[0], "summary");
    assert_false(cJSON_IsTrue(cJSON_GetObjectItem(s, "arbitration"))); /* forgotten: was evicted */
    capture_free(&c);
}

/* A result bigger than one frame arrives in numbered parts, none cut. */
static void test_large_result_is_split(void **state)
{
    fixture *fx = *state;
    buf b = BUF_INIT;
    buf_puts(&b, "{\"type\":\"analyze\",\"id\":\"big\",\"page\":\"big\",\"final\":true,\"blocks\":[");
    const int blocks = 400, per = 12;
    for (int i = 0; i < blocks; i++) {
        buf_printf(&b, "%s{\"id\":\"block-%d\",\"text\":\"", i ? "," : "", i);
        for (int k = 0; k < per; k++)
            buf_puts(&b, "Any dispute will be resolved by binding arbitration. ");
        buf_puts(&b, "\"}");
    }
    buf_puts(&b, "]}");
    capture c = {0};
    assert_int_equal(proto_handle(fx->p, b.data, b.len, capture_write, &c), 0);
    assert_true(c.n >= 2);
    int total = 0;
    for (int i = 0; i < c.n; i++) {
        const cJSON *r = c.replies[i];
        assert_string_equal(cJSON_GetObjectItem(r, "type")->valuestring, "result");
        assert_string_equal(cJSON_GetObjectItem(r, "id")->valuestring, "big");
        assert_int_equal(cJSON_GetObjectItem(r, "part")->valueint, i + 1);
        assert_int_equal(cJSON_GetObjectItem(r, "parts")->valueint, c.n);
        assert_true(c.sizes[i] <= FRAME_MAX_OUT);
        const cJSON *s = cJSON_GetObjectItem(r, "summary");
        if (i + 1 < c.n)
            assert_true(cJSON_IsNull(s));
        else
            assert_int_equal(cJSON_GetObjectItem(s, "findings")->valueint, blocks * per);
        total += cJSON_GetArraySize(cJSON_GetObjectItem(r, "findings"));
    }
    assert_int_equal(total, blocks * per);
    capture_free(&c);
    buf_free(&b);
}

static void test_too_many_blocks(void **state)
{
    fixture *fx = *state;
    char err[ERR_LEN];
    config cfg = fx->cfg;
    cfg.max_blocks = 2;
    proto *p = proto_new(&cfg, fx->r, NULL, err);
    char json[] = "{\"type\":\"analyze\",\"id\":1,\"page\":\"p\",\"blocks\":[{\"id\":\"a\",\"text\":\"x\"},"
                  "{\"id\":\"b\",\"text\":\"x\"},{\"id\":\"c\",\"text\":\"x\"}]}";
    capture c = {0};
    assert_int_equal(proto_handle(p, json, strlen(json), capture_write, &c), 0);
    assert_int_equal(error_code(c.replies[0]), PE_TOO_MANY_BLOCKS);
    capture_free(&c);
    proto_free(p);
}

static void test_page_findings_are_bounded(void **state)
{
    fixture *fx = *state;
    char err[ERR_LEN];
    config cfg = fx->cfg;
    cfg.max_page_findings = 5;
    proto *p = proto_new(&cfg, fx->r, NULL, err);
    buf b = BUF_INIT;
    buf_puts(&b, "{\"type\":\"analyze\",\"id\":1,\"page\":\"p\",\"blocks\":[{\"id\":\"a\",\"text\":\"");
    for (int k = 0; k < 8; k++)
        buf_puts(&b, "Any dispute will be resolved by binding arbitration. ");
    buf_puts(&b, "\"}]}");
    capture c = {0};
    assert_int_equal(proto_handle(p, b.data, b.len, capture_write, &c), 0);
    const cJSON *r = c.replies[0];
    assert_int_equal(cJSON_GetArraySize(cJSON_GetObjectItem(r, "findings")), 5);
    assert_false(cJSON_IsTrue(cJSON_GetObjectItem(r, "complete")));
    assert_int_equal(cJSON_GetObjectItem(cJSON_GetObjectItem(r, "summary"), "findings")->valueint, 5);
    capture_free(&c);
    buf_free(&b);
    proto_free(p);
}

static void test_no_rules(void **state)
{
    fixture *fx = *state;
    char err[ERR_LEN];
    proto *p = proto_new(&fx->cfg, NULL, "core.json: signature does not match", err);
    capture c = {0};
    char hello[] = "{\"type\":\"hello\",\"id\":1}";
    assert_int_equal(proto_handle(p, hello, strlen(hello), capture_write, &c), 0);
    assert_string_equal(cJSON_GetObjectItem(c.replies[0], "rules_error")->valuestring,
                        "core.json: signature does not match");
    capture_free(&c);
    char an[] = "{\"type\":\"analyze\",\"id\":2,\"page\":\"p\",\"blocks\":[]}";
    assert_int_equal(proto_handle(p, an, strlen(an), capture_write, &c), 0);
    assert_int_equal(error_code(c.replies[0]), PE_RULES_UNAVAILABLE);
    assert_non_null(strstr(cJSON_GetObjectItem(c.replies[0], "message")->valuestring, "signature"));
    capture_free(&c);
    proto_free(p);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_raw_checks),
        cmocka_unit_test(test_hello),
        cmocka_unit_test(test_bad_requests_get_errors),
        cmocka_unit_test(test_offsets_are_utf16),
        cmocka_unit_test(test_page_summary_accumulates),
        cmocka_unit_test(test_large_result_is_split),
        cmocka_unit_test(test_too_many_blocks),
        cmocka_unit_test(test_page_findings_are_bounded),
        cmocka_unit_test(test_no_rules),
    };
    return cmocka_run_group_tests(tests, setup, teardown);
}
