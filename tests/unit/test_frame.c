/* Unit tests: frame reading and writing. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>

#include <stdio.h>
#include <string.h>

#include "common.h"
#include "frame.h"

static FILE *stream_of(const void *bytes, size_t n)
{
    FILE *f = tmpfile();
    assert_non_null(f);
    if (n)
        assert_int_equal(fwrite(bytes, 1, n, f), n);
    rewind(f);
    return f;
}

static void put_frame(FILE *f, const char *body, uint32_t len)
{
    fwrite(&len, 4, 1, f); /* native byte order, as browsers write */
    if (len)
        fwrite(body, 1, len, f);
}

static void test_reads_frames_in_native_order(void **state)
{
    (void)state;
    FILE *f = tmpfile();
    put_frame(f, "{\"a\":1}", 7);
    put_frame(f, "[]", 2);
    rewind(f);
    buf b = BUF_INIT;
    char err[ERR_LEN];
    uint32_t len;
    assert_int_equal(frame_read(f, 1024, &b, &len, err), FRAME_OK);
    assert_int_equal(b.len, 7);
    assert_string_equal(b.data, "{\"a\":1}");
    assert_int_equal(frame_read(f, 1024, &b, &len, err), FRAME_OK);
    assert_string_equal(b.data, "[]");
    assert_int_equal(frame_read(f, 1024, &b, &len, err), FRAME_EOF);
    buf_free(&b);
    fclose(f);
}

static void test_empty_frame(void **state)
{
    (void)state;
    FILE *f = tmpfile();
    put_frame(f, "", 0);
    put_frame(f, "{}", 2);
    rewind(f);
    buf b = BUF_INIT;
    char err[ERR_LEN];
    uint32_t len;
    assert_int_equal(frame_read(f, 1024, &b, &len, err), FRAME_EMPTY);
    assert_int_equal(frame_read(f, 1024, &b, &len, err), FRAME_OK);
    assert_string_equal(b.data, "{}");
    buf_free(&b);
    fclose(f);
}

static void test_over_cap_is_discarded_and_stream_stays_in_step(void **state)
{
    (void)state;
    FILE *f = tmpfile();
    static char big[200000];
    memset(big, 'x', sizeof big);
    put_frame(f, big, sizeof big);
    put_frame(f, "{\"next\":true}", 13);
    rewind(f);
    buf b = BUF_INIT;
    char err[ERR_LEN];
    uint32_t len = 0;
    assert_int_equal(frame_read(f, 1000, &b, &len, err), FRAME_TOO_LARGE);
    assert_int_equal(len, sizeof big);
    assert_true(b.cap < 1000); /* never allocated what was announced */
    assert_int_equal(frame_read(f, 1000, &b, &len, err), FRAME_OK);
    assert_string_equal(b.data, "{\"next\":true}");
    buf_free(&b);
    fclose(f);
}

static void test_truncated_header_and_body(void **state)
{
    (void)state;
    char err[ERR_LEN];
    buf b = BUF_INIT;
    uint32_t len;
    FILE *f = stream_of("\x05\x00", 2);
    assert_int_equal(frame_read(f, 1024, &b, &len, err), FRAME_ERROR);
    assert_non_null(strstr(err, "header"));
    fclose(f);
    f = tmpfile();
    uint32_t n = 10;
    fwrite(&n, 4, 1, f);
    fwrite("{\"a\"", 1, 4, f);
    rewind(f);
    assert_int_equal(frame_read(f, 1024, &b, &len, err), FRAME_ERROR);
    assert_non_null(strstr(err, "body"));
    fclose(f);
    /* an over-cap frame cut short is a broken stream too */
    f = tmpfile();
    n = 5000;
    fwrite(&n, 4, 1, f);
    fwrite("abc", 1, 3, f);
    rewind(f);
    assert_int_equal(frame_read(f, 100, &b, &len, err), FRAME_ERROR);
    fclose(f);
    buf_free(&b);
}

static void test_write_refuses_oversized_reply(void **state)
{
    (void)state;
    char err[ERR_LEN];
    FILE *f = tmpfile();
    static char big[FRAME_MAX_OUT + 1];
    memset(big, 'a', sizeof big);
    assert_int_equal(frame_write(f, big, FRAME_MAX_OUT + 1, err), -1);
    assert_int_equal(ftell(f), 0);
    assert_int_equal(frame_write(f, big, FRAME_MAX_OUT, err), 0);
    assert_int_equal(ftell(f), 4 + FRAME_MAX_OUT);
    rewind(f);
    uint32_t n;
    assert_int_equal(fread(&n, 4, 1, f), 1);
    assert_int_equal(n, FRAME_MAX_OUT);
    fclose(f);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_reads_frames_in_native_order),
        cmocka_unit_test(test_empty_frame),
        cmocka_unit_test(test_over_cap_is_discarded_and_stream_stays_in_step),
        cmocka_unit_test(test_truncated_header_and_body),
        cmocka_unit_test(test_write_refuses_oversized_reply),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
