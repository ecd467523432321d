/* test_history.c - the encrypted page history (history.c): keys for URLs,
 * recording and what changed, eviction, damaged files, key mode, lock. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>

#include "tmpdir.h"

#include "buf.h"
#include "history.h"
#include "labels.h"
#include "platform.h"

#include <cjson/cJSON.h>
#include <dirent.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

static char err[ERR_LEN], note[ERR_LEN];


static history *open_hist(size_t max_bytes)
{
    history_opts o = {dir, max_bytes, 200};
    history *h = history_open(&o, err);
    assert_non_null(h);
    return h;
}

/* A document: sentences "s0".."sN" with findings of the given labels on
 * sentences marked, and a summary with the given AI answer and retention. */
static diff_doc *make_doc(const char *const *sentences, const int *labels, size_t n, enum ai_answer ai, long days)
{
    diff_doc *d = diff_doc_new(err);
    assert_non_null(d);
    for (size_t i = 0; i < n; i++) {
        assert_int_equal(diff_doc_add_sentence(d, diff_fingerprint(sentences[i], strlen(sentences[i])), err), 0);
        if (labels[i] >= 0) {
            diff_item it = {i, labels[i], SEV_LOW, "test.rule", "{\"retention_days\":1}", (long)i + 1, 0, 0};
            assert_int_equal(diff_doc_add_item(d, &it, err), 0);
        }
    }
    summary s;
    memset(&s, 0, sizeof s);
    s.severity = -1;
    s.ai_training = ai;
    if (days) {
        s.retention_stated = 1;
        s.max_retention_days = days;
    }
    diff_doc_set_summary(d, &s);
    return d;
}

static const char *v1[] = {"Privacy notice.", "We keep logs for 18 months.", "Questions go to our office."};
static const char *v2[] = {"Privacy notice.", "We keep logs for 3 years.", "Questions go to our office."};
static const int lab[] = {-1, LABEL_RETENTION, -1};

static size_t count_files(const char *prefix)
{
    DIR *d = opendir(dir);
    size_t n = 0;
    struct dirent *e;
    while (d && (e = readdir(d)) != NULL)
        if (strncmp(e->d_name, prefix, strlen(prefix)) == 0)
            n++;
    if (d)
        closedir(d);
    return n;
}

/* ------------------------------------------------------------------------ */

static void test_key_of_url(void **state)
{
    (void)state;
    char site[HISTORY_SITE_LEN], path[HISTORY_PATH_LEN];
    assert_int_equal(history_key("https://Example.COM/Privacy?utm=1#top", site, path), 0);
    assert_string_equal(site, "https://example.com");
    assert_string_equal(path, "/Privacy");
    assert_int_equal(history_key("http://user:pw@example.com:8080", site, path), 0);
    assert_string_equal(site, "http://example.com:8080");
    assert_string_equal(path, "/");
    assert_int_equal(history_key("file:///home/me/terms.html", site, path), 0);
    assert_string_equal(site, "file://");
    assert_string_equal(path, "/home/me/terms.html");
    assert_int_equal(history_key("chrome-extension://abc/popup.html", site, path), -1);
    assert_int_equal(history_key("about:blank", site, path), -1);
    assert_int_equal(history_key("https:///nohost", site, path), -1);
    assert_true(history_site_matches("https://example.com", "example.com"));
    assert_true(history_site_matches("https://example.com", "HTTPS://EXAMPLE.COM"));
    assert_false(history_site_matches("https://example.com", "http://example.com"));
    assert_false(history_site_matches("https://sub.example.com", "example.com"));
}

static void test_record_and_change(void **state)
{
    (void)state;
    history *h = open_hist(0);
    diff_doc *a = make_doc(v1, lab, 3, AI_OPT_IN, 540), *b = make_doc(v2, lab, 3, AI_DEFAULT, 1095);
    history_change *c;
    /* first visit: nothing to compare with */
    assert_int_equal(history_record(h, "https://example.com/privacy", "Privacy", a, 7, 1000, &c, note, err), 0);
    assert_null(c);
    assert_string_equal(note, "");
    /* key file 0600, directory 0700 */
    struct stat st;
    char p[600];
    snprintf(p, sizeof p, "%s/history.key", dir);
    assert_int_equal(stat(p, &st), 0);
    assert_int_equal(st.st_mode & 0777, 0600);
    assert_int_equal(st.st_size, 32);
    snprintf(p, sizeof p, "%s/history.db", dir);
    assert_int_equal(stat(p, &st), 0);
    assert_int_equal(st.st_mode & 0777, 0600);
    /* same text again: nothing changed */
    assert_int_equal(history_record(h, "https://example.com/privacy?ref=x", "Privacy", a, 7, 2000, &c, note, err), 0);
    assert_null(c);
    /* the policy changed */
    assert_int_equal(history_record(h, "https://example.com/privacy", "Privacy", b, 7, 3000, &c, note, err), 0);
    assert_non_null(c);
    assert_int_equal(c->since, 2000);
    assert_int_equal(c->noticed, 3000);
    assert_int_equal(c->result.n_reworded, 1);
    assert_true(c->result.answers[SK_AI_TRAINING]);
    assert_true(c->result.answers[SK_MAX_RETENTION_DAYS]);
    assert_false(c->rules_changed);
    cJSON *j = history_change_json(c, b, NULL, 10);
    char *s = cJSON_PrintUnformatted(j);
    assert_non_null(strstr(s, "\"since\":\"1970-01-01T00:33:20Z\""));
    assert_non_null(strstr(s, "\"reworded\":[{\"id\":\"f2\",\"label\":\"retention\""));
    assert_non_null(strstr(s, "AI training: only with opt-in \xe2\x86\x92 by default"));
    cJSON_free(s);
    cJSON_Delete(j);
    history_change_free(c);
    /* seen again unchanged: the change is still told, against the same date */
    assert_int_equal(history_record(h, "https://example.com/privacy", "Privacy", b, 7, 4000, &c, note, err), 0);
    assert_non_null(c);
    assert_int_equal(c->since, 2000);
    assert_int_equal(c->noticed, 3000);
    history_change_free(c);
    /* listed */
    history_entry *e;
    size_t n;
    assert_int_equal(history_list(h, &e, &n, note, err), 0);
    assert_int_equal(n, 1);
    assert_string_equal(e[0].site, "https://example.com");
    assert_string_equal(e[0].path, "/privacy");
    assert_string_equal(e[0].title, "Privacy");
    assert_int_equal(e[0].last_seen, 4000);
    assert_true(e[0].changed);
    assert_int_equal(e[0].reworded, 1);
    assert_int_equal(e[0].answers.ai_training, AI_DEFAULT);
    assert_int_equal(e[0].old_answers.ai_training, AI_OPT_IN);
    history_entries_free(e, n);
    diff_doc_free(a);
    diff_doc_free(b);
    history_close(h);
}

static void test_nothing_kept_without_findings_or_for_other_urls(void **state)
{
    (void)state;
    history *h = open_hist(0);
    static const int none[] = {-1, -1, -1};
    diff_doc *a = make_doc(v1, none, 3, AI_NOT_STATED, 0);
    history_change *c;
    assert_int_equal(history_record(h, "https://news.example/story", "Story", a, 1, 10, &c, note, err), 0);
    assert_int_equal(history_record(h, "chrome://settings", "x", a, 1, 10, &c, note, err), 0);
    history_entry *e;
    size_t n;
    assert_int_equal(history_list(h, &e, &n, note, err), 0);
    assert_int_equal(n, 0);
    history_entries_free(e, n);
    diff_doc_free(a);
    history_close(h);
}

static void test_other_rules_are_not_a_change(void **state)
{
    (void)state;
    history *h = open_hist(0);
    diff_doc *a = make_doc(v1, lab, 3, AI_NOT_STATED, 540);
    static const int more[] = {LABEL_AI_TRAINING, LABEL_RETENTION, -1};
    diff_doc *a2 = make_doc(v1, more, 3, AI_DEFAULT, 540); /* same text, newer rules */
    diff_doc *b = make_doc(v2, more, 3, AI_DEFAULT, 1095);
    history_change *c;
    assert_int_equal(history_record(h, "https://example.com/p", "", a, 1, 100, &c, note, err), 0);
    assert_int_equal(history_record(h, "https://example.com/p", "", a2, 2, 200, &c, note, err), 0);
    assert_null(c);
    /* text changed too, with old findings from rules 1: only the text
     * change counts, answers are not compared */
    assert_int_equal(history_record(h, "https://example.com/p", "", b, 2, 300, &c, note, err), 0);
    assert_non_null(c);
    assert_false(c->rules_changed); /* a2 re-based the stored version on rules 2 */
    assert_int_equal(c->result.n_reworded, 1);
    history_change_free(c);
    diff_doc_free(a);
    diff_doc_free(a2);
    diff_doc_free(b);
    history_close(h);
}

static void test_forget_and_clear(void **state)
{
    (void)state;
    history *h = open_hist(0);
    diff_doc *a = make_doc(v1, lab, 3, AI_NOT_STATED, 540);
    history_change *c;
    assert_int_equal(history_record(h, "https://a.example/p", "", a, 1, 1, &c, note, err), 0);
    assert_int_equal(history_record(h, "http://a.example/q", "", a, 1, 2, &c, note, err), 0);
    assert_int_equal(history_record(h, "https://b.example/p", "", a, 1, 3, &c, note, err), 0);
    size_t removed;
    assert_int_equal(history_forget(h, "https://a.example", &removed, note, err), 0);
    assert_int_equal(removed, 1);
    assert_int_equal(history_forget(h, "a.example", &removed, note, err), 0);
    assert_int_equal(removed, 1);
    history_entry *e;
    size_t n;
    assert_int_equal(history_list(h, &e, &n, note, err), 0);
    assert_int_equal(n, 1);
    assert_string_equal(e[0].site, "https://b.example");
    history_entries_free(e, n);
    assert_int_equal(history_clear(h, err), 0);
    assert_int_equal(count_files("history.db"), 0);
    assert_int_equal(count_files("history.key"), 0);
    assert_int_equal(history_list(h, &e, &n, note, err), 0);
    assert_int_equal(n, 0);
    history_entries_free(e, n);
    diff_doc_free(a);
    history_close(h);
}

static void test_oldest_evicted_first(void **state)
{
    (void)state;
    history *h = open_hist(6000);
    diff_doc *a = make_doc(v1, lab, 3, AI_NOT_STATED, 540);
    history_change *c;
    for (int i = 0; i < 40; i++) {
        char url[100];
        snprintf(url, sizeof url, "https://site%02d.example/terms", i);
        assert_int_equal(history_record(h, url, "Terms", a, 1, 100 + i, &c, note, err), 0);
    }
    history_entry *e;
    size_t n;
    assert_int_equal(history_list(h, &e, &n, note, err), 0);
    assert_true(n > 3 && n < 40);
    /* the newest are the ones kept */
    assert_string_equal(e[n - 1].site, "https://site39.example");
    for (size_t i = 0; i < n; i++)
        assert_true(e[i].last_seen >= 100 + 40 - (int64_t)n);
    history_entries_free(e, n);
    char p[600];
    snprintf(p, sizeof p, "%s/history.db", dir);
    struct stat st;
    assert_int_equal(stat(p, &st), 0);
    assert_true(st.st_size <= 6000 + 48);
    diff_doc_free(a);
    history_close(h);
}

/* Damage the file in several ways: each time it is set aside with a note
 * and a new history works. */
static void damage_and_check(void (*damage)(const char *db, const char *key), const char *expect)
{
    history *h = open_hist(0);
    diff_doc *a = make_doc(v1, lab, 3, AI_NOT_STATED, 540);
    history_change *c;
    assert_int_equal(history_record(h, "https://example.com/p", "", a, 1, 1, &c, note, err), 0);
    char db[600], key[600];
    snprintf(db, sizeof db, "%s/history.db", dir);
    snprintf(key, sizeof key, "%s/history.key", dir);
    damage(db, key);
    size_t before = count_files("history.db.broken-");
    history_entry *e;
    size_t n;
    assert_int_equal(history_list(h, &e, &n, note, err), 0);
    assert_int_equal(n, 0);
    history_entries_free(e, n);
    assert_non_null(strstr(note, "set aside"));
    assert_non_null(strstr(note, expect));
    assert_int_equal(count_files("history.db.broken-"), before < 3 ? before + 1 : 3);
    /* a fresh history works */
    assert_int_equal(history_record(h, "https://example.com/p", "", a, 1, 2, &c, note, err), 0);
    assert_string_equal(note, "");
    assert_int_equal(history_list(h, &e, &n, note, err), 0);
    assert_int_equal(n, 1);
    history_entries_free(e, n);
    diff_doc_free(a);
    history_close(h);
}

static void flip_byte(const char *db, const char *key)
{
    (void)key;
    FILE *f = fopen(db, "r+b");
    assert_non_null(f);
    fseek(f, 60, SEEK_SET);
    int ch = fgetc(f);
    fseek(f, 60, SEEK_SET);
    fputc(ch ^ 0x20, f);
    fclose(f);
}

static void truncate_file(const char *db, const char *key)
{
    (void)key;
    assert_int_equal(truncate(db, 20), 0);
}

static void truncate_half(const char *db, const char *key)
{
    (void)key;
    struct stat st;
    assert_int_equal(stat(db, &st), 0);
    assert_int_equal(truncate(db, st.st_size / 2), 0);
}

static void garbage(const char *db, const char *key)
{
    (void)key;
    FILE *f = fopen(db, "wb");
    fputs("{\"this is\": \"not our file at all, but long enough to pass the size check\"}", f);
    fclose(f);
}

static void lose_key(const char *db, const char *key)
{
    (void)db;
    assert_int_equal(unlink(key), 0);
}

static void other_key(const char *db, const char *key)
{
    (void)db;
    FILE *f = fopen(key, "wb");
    for (int i = 0; i < 32; i++)
        fputc(i, f);
    fclose(f);
}

static void test_damaged_files(void **state)
{
    (void)state;
    damage_and_check(flip_byte, "damaged or was written with another key");
    damage_and_check(truncate_file, "cut short");
    damage_and_check(truncate_half, "damaged");
    damage_and_check(garbage, "not a smallprint history file");
    damage_and_check(lose_key, "key file history.key is missing");
    damage_and_check(other_key, "another key");
    /* only the newest few set-aside files are kept */
    damage_and_check(flip_byte, "damaged");
    assert_true(count_files("history.db.broken-") <= 3);
}

static void test_key_mode_repaired(void **state)
{
    (void)state;
    history *h = open_hist(0);
    diff_doc *a = make_doc(v1, lab, 3, AI_NOT_STATED, 540);
    history_change *c;
    assert_int_equal(history_record(h, "https://example.com/p", "", a, 1, 1, &c, note, err), 0);
    char key[600];
    snprintf(key, sizeof key, "%s/history.key", dir);
    assert_int_equal(chmod(key, 0644), 0);
    history_entry *e;
    size_t n;
    assert_int_equal(history_list(h, &e, &n, note, err), 0);
    assert_int_equal(n, 1);
    history_entries_free(e, n);
    assert_non_null(strstr(note, "now 0600"));
    struct stat st;
    assert_int_equal(stat(key, &st), 0);
    assert_int_equal(st.st_mode & 0777, 0600);
    diff_doc_free(a);
    history_close(h);
}

static void test_lock_timeout(void **state)
{
    (void)state;
    history *h = open_hist(0);
    diff_doc *a = make_doc(v1, lab, 3, AI_NOT_STATED, 540);
    history_change *c;
    assert_int_equal(history_record(h, "https://example.com/p", "", a, 1, 1, &c, note, err), 0);
    char lock[600];
    snprintf(lock, sizeof lock, "%s/history.lock", dir);
    intptr_t held;
    assert_int_equal(platform_lock(lock, 100, &held, err), 0);
    assert_int_equal(history_record(h, "https://example.com/p", "", a, 1, 2, &c, note, err), -1);
    assert_non_null(strstr(err, "locked"));
    platform_unlock(held);
    assert_int_equal(history_record(h, "https://example.com/p", "", a, 1, 3, &c, note, err), 0);
    diff_doc_free(a);
    history_close(h);
}

static void test_list_without_history_creates_nothing(void **state)
{
    (void)state;
    char sub[400];
    snprintf(sub, sizeof sub, "%s/not-yet", dir);
    history_opts o = {sub, 0, 0};
    history *h = history_open(&o, err);
    history_entry *e;
    size_t n, removed;
    assert_int_equal(history_list(h, &e, &n, note, err), 0);
    assert_int_equal(n, 0);
    history_entries_free(e, n);
    assert_int_equal(history_forget(h, "example.com", &removed, note, err), 0);
    assert_int_equal(history_clear(h, err), 0);
    assert_false(platform_is_dir(sub));
    history_close(h);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_key_of_url),
        cmocka_unit_test_setup_teardown(test_record_and_change, tmpdir_setup, tmpdir_teardown),
        cmocka_unit_test_setup_teardown(test_nothing_kept_without_findings_or_for_other_urls, tmpdir_setup, tmpdir_teardown),
        cmocka_unit_test_setup_teardown(test_other_rules_are_not_a_change, tmpdir_setup, tmpdir_teardown),
        cmocka_unit_test_setup_teardown(test_forget_and_clear, tmpdir_setup, tmpdir_teardown),
        cmocka_unit_test_setup_teardown(test_oldest_evicted_first, tmpdir_setup, tmpdir_teardown),
        cmocka_unit_test_setup_teardown(test_damaged_files, tmpdir_setup, tmpdir_teardown),
        cmocka_unit_test_setup_teardown(test_key_mode_repaired, tmpdir_setup, tmpdir_teardown),
        cmocka_unit_test_setup_teardown(test_lock_timeout, tmpdir_setup, tmpdir_teardown),
        cmocka_unit_test_setup_teardown(test_list_without_history_creates_nothing, tmpdir_setup, tmpdir_teardown),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
