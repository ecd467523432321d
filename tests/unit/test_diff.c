/* test_diff.c - fingerprints and the added / removed / reworded matching
 * (diff.c), on documents built by hand. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>

#include "diff.h"

#include <cjson/cJSON.h>
#include "labels.h"

#include <stdlib.h>
#include <string.h>

/* ------------------------------------------------------------------------
 * Fingerprints
 * ---------------------------------------------------------------------- */

static uint64_t fp(const char *s) { return diff_fingerprint(s, strlen(s)); }

static void test_fingerprint_ignores_layout(void **state)
{
    (void)state;
    uint64_t a = fp("We keep server logs for 18 months.");
    assert_true(a == fp("  we KEEP server\n logs  for 18\tmonths."));
    assert_true(a == fp("- We keep server logs for 18 months."));
    assert_true(a == fp("3.2 We keep server logs for 18 months."));
    assert_true(a == fp("(b) We keep server logs for 18 months."));
    assert_true(a == fp("12. We keep server logs for 18 months."));
    assert_true(a == fp("## We keep server logs for 18 months."));
    /* typography: curly quotes and no-break spaces */
    assert_true(fp("We don't sell data.") == fp("We don\xe2\x80\x99t\xc2\xa0sell data."));
}

static void test_fingerprint_sees_words(void **state)
{
    (void)state;
    assert_true(fp("We keep server logs for 18 months.") != fp("We keep server logs for 36 months."));
    /* a leading number that is not a section number stays */
    assert_true(fp("18 months is how long we keep logs.") != fp("36 months is how long we keep logs."));
    assert_true(fp("We sell data.") != fp("We do not sell data."));
}

/* ------------------------------------------------------------------------
 * Documents from letters: each character is a sentence ("A".."Z" plain,
 * lower case marks a finding of the label given in the table).
 * ---------------------------------------------------------------------- */

static diff_doc *doc_of(const char *const *sentences, size_t n, const int *labels)
{
    char err[ERR_LEN];
    diff_doc *d = diff_doc_new(err);
    assert_non_null(d);
    for (size_t i = 0; i < n; i++) {
        assert_int_equal(diff_doc_add_sentence(d, fp(sentences[i]), err), 0);
        if (labels[i] >= 0) {
            diff_item it = {i, labels[i], SEV_LOW, "test.rule", NULL, (long)i, 0, 0};
            assert_int_equal(diff_doc_add_item(d, &it, err), 0);
        }
    }
    return d;
}

#define N(a) (sizeof(a) / sizeof((a)[0]))

static void test_moved_section_is_no_change(void **state)
{
    (void)state;
    const char *o[] = {"Intro.", "Retention heading", "We keep logs for 18 months.", "Logs help us.",
                       "Sale heading", "We may sell your data.", "Closing words."};
    int ol[] = {-1, -1, LABEL_RETENTION, -1, -1, LABEL_SALE, -1};
    const char *n[] = {"Intro.", "Sale heading", "We may sell your data.", "Retention heading",
                       "We keep logs for 18 months.", "Logs help us.", "Closing words."};
    int nl[] = {-1, -1, LABEL_SALE, -1, LABEL_RETENTION, -1, -1};
    diff_doc *a = doc_of(o, N(o), ol), *b = doc_of(n, N(n), nl);
    diff_result r;
    char err[ERR_LEN];
    assert_int_equal(diff_run(a, b, 1, &r, err), 0);
    assert_false(diff_result_any(&r));
    diff_result_free(&r);
    diff_doc_free(a);
    diff_doc_free(b);
}

static void test_reworded_added_removed(void **state)
{
    (void)state;
    const char *o[] = {"Intro.", "Retention heading", "We keep logs for 18 months.", "Sharing heading",
                       "We share data with partners.", "Contact us."};
    int ol[] = {-1, -1, LABEL_RETENTION, -1, LABEL_SHARING, -1};
    const char *n[] = {"Intro.", "Retention heading", "We keep logs for 3 years.", "Disputes heading",
                       "Disputes go to binding arbitration.", "Contact us."};
    int nl[] = {-1, -1, LABEL_RETENTION, -1, LABEL_ARBITRATION, -1};
    diff_doc *a = doc_of(o, N(o), ol), *b = doc_of(n, N(n), nl);
    diff_result r;
    char err[ERR_LEN];
    assert_int_equal(diff_run(a, b, 1, &r, err), 0);
    assert_int_equal(r.n_reworded, 1);
    assert_int_equal(diff_doc_item(b, r.reworded[0].new_item)->label, LABEL_RETENTION);
    assert_int_equal(diff_doc_item(a, r.reworded[0].old_item)->label, LABEL_RETENTION);
    assert_int_equal(r.n_added, 1);
    assert_int_equal(diff_doc_item(b, r.added[0])->label, LABEL_ARBITRATION);
    assert_int_equal(r.n_removed, 1);
    assert_int_equal(diff_doc_item(a, r.removed[0])->label, LABEL_SHARING);
    diff_result_free(&r);
    diff_doc_free(a);
    diff_doc_free(b);
}

static void test_same_label_elsewhere_is_not_reworded(void **state)
{
    (void)state;
    /* a retention sentence removed in one section and another added in a
     * far away one: different places, so removed + added */
    const char *o[] = {"Alpha heading", "We keep logs for 18 months.", "Alpha end.", "Beta heading", "Beta text.",
                       "Beta end."};
    int ol[] = {-1, LABEL_RETENTION, -1, -1, -1, -1};
    const char *n[] = {"Alpha heading", "Alpha end.", "Beta heading", "Beta text.", "We keep backups for 5 years.",
                       "Beta end."};
    int nl[] = {-1, -1, -1, -1, LABEL_RETENTION, -1};
    diff_doc *a = doc_of(o, N(o), ol), *b = doc_of(n, N(n), nl);
    diff_result r;
    char err[ERR_LEN];
    assert_int_equal(diff_run(a, b, 1, &r, err), 0);
    assert_int_equal(r.n_reworded, 0);
    assert_int_equal(r.n_added, 1);
    assert_int_equal(r.n_removed, 1);
    diff_result_free(&r);
    diff_doc_free(a);
    diff_doc_free(b);
}

static void test_label_change_on_same_words_is_ignored(void **state)
{
    (void)state;
    /* other rules, same text: not a change in the document */
    const char *s[] = {"Intro.", "During this period your data may still be used.", "End."};
    int ol[] = {-1, LABEL_OPT_OUT_EXCEPTION, -1};
    int nl[] = {-1, -1, -1};
    diff_doc *a = doc_of(s, N(s), ol), *b = doc_of(s, N(s), nl);
    diff_result r;
    char err[ERR_LEN];
    assert_int_equal(diff_run(a, b, 0, &r, err), 0);
    assert_false(diff_result_any(&r));
    diff_result_free(&r);
    diff_doc_free(a);
    diff_doc_free(b);
}

static void test_several_in_one_gap_pair_in_order(void **state)
{
    (void)state;
    const char *o[] = {"Head.", "Keep A for 1 year.", "Keep B for 2 years.", "Tail."};
    int ol[] = {-1, LABEL_RETENTION, LABEL_RETENTION, -1};
    const char *n[] = {"Head.", "Keep A for 2 years.", "Keep B for 3 years.", "Tail."};
    int nl[] = {-1, LABEL_RETENTION, LABEL_RETENTION, -1};
    diff_doc *a = doc_of(o, N(o), ol), *b = doc_of(n, N(n), nl);
    diff_result r;
    char err[ERR_LEN];
    assert_int_equal(diff_run(a, b, 1, &r, err), 0);
    assert_int_equal(r.n_reworded, 2);
    assert_int_equal(diff_doc_item(a, r.reworded[0].old_item)->sentence, 1);
    assert_int_equal(diff_doc_item(b, r.reworded[0].new_item)->sentence, 1);
    assert_int_equal(diff_doc_item(a, r.reworded[1].old_item)->sentence, 2);
    assert_int_equal(diff_doc_item(b, r.reworded[1].new_item)->sentence, 2);
    diff_result_free(&r);
    diff_doc_free(a);
    diff_doc_free(b);
}

static void test_answers(void **state)
{
    (void)state;
    const char *s[] = {"One."};
    int l[] = {-1};
    diff_doc *a = doc_of(s, 1, l), *b = doc_of(s, 1, l);
    summary x, y;
    memset(&x, 0, sizeof x);
    x.ai_training = AI_OPT_IN;
    x.retention_stated = 1;
    x.max_retention_days = 540;
    y = x;
    y.ai_training = AI_DEFAULT;
    y.max_retention_days = 1095;
    diff_doc_set_summary(a, &x);
    diff_doc_set_summary(b, &y);
    diff_result r;
    char err[ERR_LEN];
    assert_int_equal(diff_run(a, b, 1, &r, err), 0);
    assert_int_equal(r.n_answers, 2);
    assert_true(r.answers[SK_AI_TRAINING]);
    assert_true(r.answers[SK_MAX_RETENTION_DAYS]);
    cJSON *j = diff_answers_json(a, b, &r);
    assert_non_null(j);
    assert_int_equal(cJSON_GetArraySize(j), 2);
    assert_string_equal(cJSON_GetObjectItem(cJSON_GetArrayItem(j, 0), "text")->valuestring,
                        "AI training: only with opt-in \xe2\x86\x92 by default");
    diff_result_free(&r);
    /* answers are left alone when asked to (other rules) */
    assert_int_equal(diff_run(a, b, 0, &r, err), 0);
    assert_int_equal(r.n_answers, 0);
    diff_result_free(&r);
    cJSON_Delete(j);
    diff_doc_free(a);
    diff_doc_free(b);
}

static void test_text_fingerprint(void **state)
{
    (void)state;
    const char *s1[] = {"One.", "Two."}, *s2[] = {"one.", "  Two."}, *s3[] = {"Two.", "One."};
    int l[] = {-1, -1};
    diff_doc *a = doc_of(s1, 2, l), *b = doc_of(s2, 2, l), *c = doc_of(s3, 2, l);
    char ha[33], hb[33], hc[33];
    diff_doc_text_fingerprint(a, ha);
    diff_doc_text_fingerprint(b, hb);
    diff_doc_text_fingerprint(c, hc);
    assert_string_equal(ha, hb);
    assert_string_not_equal(ha, hc);
    diff_doc_free(a);
    diff_doc_free(b);
    diff_doc_free(c);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_fingerprint_ignores_layout),
        cmocka_unit_test(test_fingerprint_sees_words),
        cmocka_unit_test(test_moved_section_is_no_change),
        cmocka_unit_test(test_reworded_added_removed),
        cmocka_unit_test(test_same_label_elsewhere_is_not_reworded),
        cmocka_unit_test(test_label_change_on_same_words_is_ignored),
        cmocka_unit_test(test_several_in_one_gap_pair_in_order),
        cmocka_unit_test(test_answers),
        cmocka_unit_test(test_text_fingerprint),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
