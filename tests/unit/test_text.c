/* Unit tests: UTF-8 checks, UTF-16 offsets, normalisation, language. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>

#include <stdlib.h>
#include <string.h>

#include "text.h"

static void test_utf8_validation(void **state)
{
    (void)state;
    size_t bad = 99;
    assert_true(text_utf8_valid("plain ascii", 11, &bad));
    const char *ok = "caf\xC3\xA9 \xE2\x80\x99 \xF0\x9F\x98\x80 \xE4\xB8\xAD";
    assert_true(text_utf8_valid(ok, strlen(ok), &bad));
    assert_false(text_utf8_valid("ab\xC3", 3, &bad)); /* cut sequence */
    assert_int_equal(bad, 2);
    assert_false(text_utf8_valid("\xC0\xAF", 2, &bad)); /* overlong */
    assert_false(text_utf8_valid("x\xED\xA0\x80", 4, &bad)); /* encoded surrogate */
    assert_int_equal(bad, 1);
    assert_false(text_utf8_valid("\xF4\x90\x80\x80", 4, &bad)); /* > U+10FFFF */
    assert_false(text_utf8_valid("\xFF", 1, &bad));
    assert_false(text_utf8_valid("\x80", 1, &bad));
}

/* UTF-16 offsets are what JavaScript indexes: curly quotes, accents, CJK
 * are one unit each; an emoji outside the BMP is two. */
static void test_utf16_offsets(void **state)
{
    (void)state;
    /* “Café” 😀 中文 */
    const char *s = "\xE2\x80\x9C" "Caf\xC3\xA9" "\xE2\x80\x9D \xF0\x9F\x98\x80 \xE4\xB8\xAD\xE6\x96\x87";
    size_t n = strlen(s);
    assert_int_equal(text_utf16_len(s, n), 1 + 4 + 1 + 1 + 2 + 1 + 2);
    text_cursor c = {0, 0};
    text_cursor_seek(s, &c, 3); /* after the opening quote */
    assert_int_equal(c.u16, 1);
    text_cursor_seek(s, &c, 3 + 5); /* after "Café" (é is 2 bytes) */
    assert_int_equal(c.u16, 5);
    size_t emoji_end = 3 + 5 + 3 + 1 + 4;
    text_cursor_seek(s, &c, emoji_end);
    assert_int_equal(c.u16, 9);
    /* going backwards restarts from the beginning, still exact */
    text_cursor_seek(s, &c, 3);
    assert_int_equal(c.u16, 1);
    assert_int_equal(text_codepoints(s, n), 1 + 4 + 1 + 1 + 1 + 1 + 2);
}

static void test_normalize_keeps_a_map(void **state)
{
    (void)state;
    const char *s = "We don\xE2\x80\x99t\xC2\xA0sell \xE2\x80\x94 ever.";
    buf out = BUF_INIT;
    size_t *map = NULL, cap = 0;
    assert_int_equal(text_normalize(s, strlen(s), &out, &map, &cap), 0);
    assert_string_equal(out.data, "We don't sell - ever.");
    /* "sell" in the output maps back to "sell" in the input */
    const char *o = strstr(out.data, "sell");
    size_t k = (size_t)(o - out.data);
    assert_memory_equal(s + map[k], "sell", 4);
    assert_int_equal(map[out.len], strlen(s));
    /* invisible characters are dropped: a zero-width space beside a space,
     * a soft hyphen inside a word, a word joiner, a byte order mark */
    const char *z = "partners\xE2\x80\x8B have ac\xC2\xAD" "cess\xE2\x81\xA0 to \xEF\xBB\xBF" "it";
    assert_int_equal(text_normalize(z, strlen(z), &out, &map, &cap), 0);
    assert_string_equal(out.data, "partners have access to it");
    o = strstr(out.data, "cess");
    k = (size_t)(o - out.data);
    assert_memory_equal(z + map[k], "cess", 4);
    assert_int_equal(map[out.len], strlen(z));
    size_t len;
    assert_int_equal(text_plain_char("\xE2\x80\x8B", 3, &len), TEXT_DROP);
    assert_int_equal(len, 3);
    free(map);
    buf_free(&out);
    assert_true(text_is_ascii("abc", 3));
    assert_false(text_is_ascii("ab\xC3\xA9", 4));
}

static void test_language_guess(void **state)
{
    (void)state;
    const char *en = "We may keep the messages you send us for as long as your account is open, and you can "
                     "delete them at any time from the settings page of the app.";
    assert_string_equal(text_language(en, strlen(en)), "en");
    const char *de = "Wir speichern Ihre Nachrichten so lange, wie Ihr Konto besteht, und Sie k\xC3\xB6nnen sie "
                     "jederzeit in den Einstellungen der App l\xC3\xB6schen, wenn Sie das wollen.";
    assert_string_equal(text_language(de, strlen(de)), "unknown");
    const char *ja = "\xE5\x80\x8B\xE4\xBA\xBA\xE6\x83\x85\xE5\xA0\xB1\xE3\x81\xAE\xE5\x8F\x96\xE3\x82\x8A"
                     "\xE6\x89\xB1\xE3\x81\x84\xE3\x81\xAB\xE3\x81\xA4\xE3\x81\x84\xE3\x81\xA6\xE3\x80\x82"
                     "\xE5\x80\x8B\xE4\xBA\xBA\xE6\x83\x85\xE5\xA0\xB1\xE3\x81\xAE\xE5\x8F\x96\xE3\x82\x8A";
    assert_string_equal(text_language(ja, strlen(ja)), "unknown");
    assert_string_equal(text_language("Sign up", 7), "en"); /* too short to tell */
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_utf8_validation),
        cmocka_unit_test(test_utf16_offsets),
        cmocka_unit_test(test_normalize_keeps_a_map),
        cmocka_unit_test(test_language_guess),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
