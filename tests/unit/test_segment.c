/*
 * test_segment.c - sentence segmentation: exact offsets, abbreviations,
 * decimals, quotes and brackets, list items and headings, ALL-CAPS legal
 * text and the cap on very long sentences. Every sentence here is written
 * for this test.
 */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>

#include <cmocka.h>

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "common.h"
#include "segment.h"

/* Segment s and compare with the expected sentences (NULL-terminated). */
static void expect_sentences(const char *s, const char *const *want)
{
    seg_list l = {0};
    char err[ERR_LEN];
    assert_int_equal(segment_text(s, strlen(s), &l, err), 0);
    size_t n = 0;
    while (want[n])
        n++;
    if (l.n != n) {
        for (size_t i = 0; i < l.n; i++)
            fprintf(stderr, "  got [%zu] \"%.*s\"\n", i, (int)(l.v[i].end - l.v[i].start), s + l.v[i].start);
    }
    assert_int_equal(l.n, n);
    for (size_t i = 0; i < n; i++) {
        size_t len = l.v[i].end - l.v[i].start;
        if (len != strlen(want[i]) || memcmp(s + l.v[i].start, want[i], len) != 0)
            fprintf(stderr, "  sentence %zu: got \"%.*s\", want \"%s\"\n", i, (int)len, s + l.v[i].start, want[i]);
        assert_int_equal(len, strlen(want[i]));
        assert_memory_equal(s + l.v[i].start, want[i], len);
    }
    seg_list_free(&l);
}

#define EXPECT(s, ...) expect_sentences((s), (const char *const[]){__VA_ARGS__, NULL})

/* Invariants every segmentation must keep: in bounds, in order, no
 * overlap, no empty span, no leading or trailing space, within the cap,
 * on UTF-8 character boundaries. */
static void check_invariants(const char *s, size_t n, const seg_list *l)
{
    size_t prev_end = 0;
    for (size_t i = 0; i < l->n; i++) {
        size_t a = l->v[i].start, b = l->v[i].end;
        assert_true(a < b);
        assert_true(b <= n);
        assert_true(a >= prev_end);
        assert_true(b - a <= SEGMENT_MAX_BYTES);
        assert_false(s[a] == ' ' || s[a] == '\n' || s[a] == '\t' || s[a] == '\r');
        assert_false(s[b - 1] == ' ' || s[b - 1] == '\n' || s[b - 1] == '\t' || s[b - 1] == '\r');
        assert_true(((unsigned char)s[a] & 0xC0) != 0x80);
        assert_true(b == n || ((unsigned char)s[b] & 0xC0) != 0x80);
        prev_end = b;
    }
}

/* Segment s[0..n), check the invariants, and hand back the list. */
static seg_list segment_checked(const char *s, size_t n)
{
    seg_list l = {0};
    char err[ERR_LEN];
    assert_int_equal(segment_text(s, n, &l, err), 0);
    check_invariants(s, n, &l);
    return l;
}

static void test_plain_sentences(void **state)
{
    (void)state;
    EXPECT("We keep server logs. You can delete them! Why would you? Because they are yours.",
           "We keep server logs.", "You can delete them!", "Why would you?", "Because they are yours.");
    EXPECT("Really?! Yes.", "Really?!", "Yes.");
    EXPECT("One sentence without a final stop", "One sentence without a final stop");
    EXPECT("Do we sell data? No. We never do.", "Do we sell data?", "No.", "We never do.");
}

static void test_empty_and_blank(void **state)
{
    (void)state;
    seg_list l = {0};
    char err[ERR_LEN];
    assert_int_equal(segment_text("", 0, &l, err), 0);
    assert_int_equal(l.n, 0);
    assert_int_equal(segment_text("   \n\n\t  \r\n", 10, &l, err), 0);
    assert_int_equal(l.n, 0);
    assert_int_equal(segment_text("---\n***\n", 8, &l, err), 0); /* no letter or digit */
    assert_int_equal(l.n, 0);
    seg_list_free(&l);
}

static void test_abbreviations(void **state)
{
    (void)state;
    EXPECT("We use vendors, e.g. cloud hosts and mail services. They store data for us.",
           "We use vendors, e.g. cloud hosts and mail services.", "They store data for us.");
    EXPECT("Some data, i.e. your email, is kept. The rest is not.",
           "Some data, i.e. your email, is kept.", "The rest is not.");
    EXPECT("Our servers are in the U.S. and Canada.", "Our servers are in the U.S. and Canada.");
    EXPECT("The service is run by the U.S. Department of Examples.",
           "The service is run by the U.S. Department of Examples.");
    EXPECT("We moved our office to the U.S. We also opened one in Spain.",
           "We moved our office to the U.S.", "We also opened one in Spain.");
    EXPECT("Example Inc. is the controller.", "Example Inc. is the controller.");
    EXPECT("The app is made by Example Inc. We answer questions by email.",
           "The app is made by Example Inc.", "We answer questions by email.");
    EXPECT("Example Holdings Ltd. Registered in England.", "Example Holdings Ltd. Registered in England.");
    EXPECT("See clause No. 5 below for details.", "See clause No. 5 below for details.");
    EXPECT("Under Art. 6 GDPR we need a legal basis.", "Under Art. 6 GDPR we need a legal basis.");
    EXPECT("The case Doe v. Example settled.", "The case Doe v. Example settled.");
    EXPECT("Dr. Rivera reviews flagged items. Prof. Chen approves them.",
           "Dr. Rivera reviews flagged items.", "Prof. Chen approves them.");
    EXPECT("Signed by J. Doe on behalf of the company.", "Signed by J. Doe on behalf of the company.");
    EXPECT("Cal. Civ. Code section 1798 gives you rights.", "Cal. Civ. Code section 1798 gives you rights.");
    EXPECT("Call us on Tel. 555 0100 today.", "Call us on Tel. 555 0100 today.");
    EXPECT("We close at 5 p.m. on Fridays.", "We close at 5 p.m. on Fridays.");
    EXPECT("Photos, videos, etc. We keep all of them.", "Photos, videos, etc.", "We keep all of them.");
}

static void test_decimals_and_domains(void **state)
{
    (void)state;
    EXPECT("The fee is 2.5 percent. It may change.", "The fee is 2.5 percent.", "It may change.");
    EXPECT("Version 1.2.3 fixed it.", "Version 1.2.3 fixed it.");
    EXPECT("Visit example.com for details. Thanks for reading.",
           "Visit example.com for details.", "Thanks for reading.");
    EXPECT("Write to privacy@example.org. We reply within a week.",
           "Write to privacy@example.org.", "We reply within a week.");
    EXPECT("It costs $4.99 a month.", "It costs $4.99 a month.");
}

static void test_quotes_and_brackets(void **state)
{
    (void)state;
    EXPECT("The button says \"Stop sharing.\" Then sharing ends.",
           "The button says \"Stop sharing.\"", "Then sharing ends.");
    EXPECT("(This part applies to you.) The next part does not.",
           "(This part applies to you.)", "The next part does not.");
    EXPECT("Tap \xE2\x80\x9C" "Delete.\xE2\x80\x9D Your chats are gone.",
           "Tap \xE2\x80\x9C" "Delete.\xE2\x80\x9D", "Your chats are gone.");
    EXPECT("We call it \xE2\x80\x98" "Memories.\xE2\x80\x99 It keeps photos.",
           "We call it \xE2\x80\x98" "Memories.\xE2\x80\x99", "It keeps photos.");
    EXPECT("See section 4 (\"Your Choices\") for details.", "See section 4 (\"Your Choices\") for details.");
    EXPECT("First point.\xC2\xA0Second point.", "First point.", "Second point.");
}

static void test_headings_and_lists(void **state)
{
    (void)state;
    EXPECT("Your choices\nYou can opt out at any time.\n- Email us\n- Use the toggle in Settings\n",
           "Your choices", "You can opt out at any time.", "Email us", "Use the toggle in Settings");
    EXPECT("We may use your data to:\n* send receipts\n* improve the app\n+ answer questions",
           "We may use your data to:", "send receipts", "improve the app", "answer questions");
    EXPECT("Steps:\n1. Open Settings\n2. Tap Privacy\n3) Turn off sharing",
           "Steps:", "1. Open Settings", "2. Tap Privacy", "3) Turn off sharing");
    EXPECT("(a) your name; and\n(b) your email address.", "(a) your name; and", "(b) your email address.");
    EXPECT("\xE2\x80\xA2 First point \xE2\x80\xA2 Second point", "First point", "Second point");
    EXPECT("\xE2\x96\xA0 Countries with adequacy decisions\n\xE2\x96\xA0 Other countries",
           "Countries with adequacy decisions", "Other countries");
    /* a letter or numeral marker opening a heading stays with it */
    EXPECT("b. When you pay for a plan\nWe charge your card.", "b. When you pay for a plan", "We charge your card.");
    EXPECT("A. Definitions\niv. Notices to you", "A. Definitions", "iv. Notices to you");
    EXPECT("2.3. Changes to these terms", "2.3. Changes to these terms");
}

static void test_wrapped_lines(void **state)
{
    (void)state;
    /* a hard-wrapped paragraph runs on; a short line before a capital is a heading */
    EXPECT("We may share limited account details with the payment processor that\n"
           "handles your subscription renewals each month.",
           "We may share limited account details with the payment processor that\n"
           "handles your subscription renewals each month.");
    EXPECT("Retention\nWe keep invoices for seven years.", "Retention", "We keep invoices for seven years.");
    EXPECT("Para one ends here.\n\nPara two starts here.", "Para one ends here.", "Para two starts here.");
    EXPECT("First line.\r\nSecond line.\r\n", "First line.", "Second line.");
    EXPECT("Contact\tus:\n\tprivacy team", "Contact\tus:", "privacy team");
}

static void test_all_caps(void **state)
{
    (void)state;
    EXPECT("THE SERVICE IS PROVIDED \"AS IS.\" WE DISCLAIM ALL WARRANTIES. YOU AGREE TO ARBITRATE ALL CLAIMS.",
           "THE SERVICE IS PROVIDED \"AS IS.\"", "WE DISCLAIM ALL WARRANTIES.", "YOU AGREE TO ARBITRATE ALL CLAIMS.");
    EXPECT("THIS AGREEMENT IS WITH EXAMPLE INC. YOU MAY OPT OUT WITHIN 30 DAYS.",
           "THIS AGREEMENT IS WITH EXAMPLE INC.", "YOU MAY OPT OUT WITHIN 30 DAYS.");
    EXPECT("DISPUTES IN THE U.S. GO TO ARBITRATION.", "DISPUTES IN THE U.S. GO TO ARBITRATION.");
    EXPECT("LIMITS APPLY, E.G. TO DAMAGES. READ THEM.", "LIMITS APPLY, E.G. TO DAMAGES.", "READ THEM.");
}

static void test_ellipsis(void **state)
{
    (void)state;
    EXPECT("We may pause the account... In that case we tell you.",
           "We may pause the account...", "In that case we tell you.");
    EXPECT("Wait\xE2\x80\xA6 Then continue.", "Wait\xE2\x80\xA6", "Then continue.");
}

/* A very long sentence is cut into pieces no longer than the cap, at a
 * semicolon or comma when there is one in the second half of the window. */
static void test_long_sentence_clause_cut(void **state)
{
    (void)state;
    size_t cap = 3 * SEGMENT_MAX_BYTES + 500;
    char *s = malloc(cap + 1);
    assert_non_null(s);
    size_t n = 0;
    static const char *const parts[] = {"we may share your account details with partners, ",
                                        "including payment and delivery services; ",
                                        "and with advisers who help us run the business, "};
    for (size_t k = 0; n + 60 < cap; k++) {
        const char *p = parts[k % 3];
        memcpy(s + n, p, strlen(p));
        n += strlen(p);
    }
    s[n++] = '.';
    s[n] = '\0';
    seg_list l = segment_checked(s, n);
    assert_true(l.n >= 3);
    for (size_t i = 0; i + 1 < l.n; i++) {
        char last = s[l.v[i].end - 1];
        assert_true(last == ';' || last == ',');
        assert_true(l.v[i].end - l.v[i].start > SEGMENT_MAX_BYTES / 2);
    }
    /* the pieces cover the text: only spaces lie between them */
    for (size_t i = 0; i + 1 < l.n; i++)
        for (size_t b = l.v[i].end; b < l.v[i + 1].start; b++)
            assert_int_equal(s[b], ' ');
    seg_list_free(&l);
    free(s);
}

/* No clause boundary and no space at all: cut on character boundaries. */
static void test_long_run_without_spaces(void **state)
{
    (void)state;
    size_t n = 4 * SEGMENT_MAX_BYTES + 7;
    char *s = malloc(n + 1);
    assert_non_null(s);
    for (size_t i = 0; i + 1 < n; i += 2) { /* "é" repeated: two bytes each */
        s[i] = (char)0xC3;
        s[i + 1] = (char)0xA9;
    }
    s[n - 1] = 'x';
    s[n] = '\0';
    seg_list l = segment_checked(s, n);
    assert_true(l.n >= 4);
    assert_int_equal(l.v[0].start, 0);
    assert_int_equal(l.v[l.n - 1].end, n);
    for (size_t i = 0; i + 1 < l.n; i++)
        assert_int_equal(l.v[i].end, l.v[i + 1].start);
    seg_list_free(&l);
    free(s);
}

/* Long words with spaces but no punctuation: cut at a space. */
static void test_long_sentence_space_cut(void **state)
{
    (void)state;
    size_t n = 2 * SEGMENT_MAX_BYTES + 100;
    char *s = malloc(n + 1);
    assert_non_null(s);
    for (size_t i = 0; i < n; i++)
        s[i] = (i % 10 == 9) ? ' ' : 'w';
    s[n - 1] = 'w';
    s[n] = '\0';
    seg_list l = segment_checked(s, n);
    assert_true(l.n >= 2);
    seg_list_free(&l);
    free(s);
}

/* segment_text appends: the caller's list is not reset. */
static void test_appends(void **state)
{
    (void)state;
    seg_list l = {0};
    char err[ERR_LEN];
    const char *a = "One. Two.";
    assert_int_equal(segment_text(a, strlen(a), &l, err), 0);
    assert_int_equal(segment_text(a, strlen(a), &l, err), 0);
    assert_int_equal(l.n, 4);
    assert_int_equal(l.v[2].start, 0);
    seg_list_free(&l);
    assert_null(l.v);
    assert_int_equal(l.n, 0);
}

/* Bytes that are not text must not break anything. */
static void test_odd_bytes(void **state)
{
    (void)state;
    const char s[] = "A\0B. C\xFF\xFE. \xE2\x80 end. \xC2";
    size_t n = sizeof s - 1;
    seg_list l = {0};
    char err[ERR_LEN];
    assert_int_equal(segment_text(s, n, &l, err), 0);
    assert_true(l.n >= 1);
    for (size_t i = 0; i < l.n; i++) {
        assert_true(l.v[i].start < l.v[i].end);
        assert_true(l.v[i].end <= n);
    }
    seg_list_free(&l);
}

/* Many short sentences: the list grows and every offset stays exact. */
static void test_many_sentences(void **state)
{
    (void)state;
    size_t count = 5000;
    char *s = malloc(count * 16 + 1);
    assert_non_null(s);
    size_t n = 0;
    for (size_t i = 0; i < count; i++)
        n += (size_t)sprintf(s + n, "Item %zu here. ", i);
    seg_list l = segment_checked(s, n);
    assert_int_equal(l.n, count);
    char want[32];
    for (size_t i = 0; i < count; i += 997) {
        int w = sprintf(want, "Item %zu here.", i);
        assert_int_equal(l.v[i].end - l.v[i].start, (size_t)w);
        assert_memory_equal(s + l.v[i].start, want, (size_t)w);
    }
    seg_list_free(&l);
    free(s);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_plain_sentences),      cmocka_unit_test(test_empty_and_blank),
        cmocka_unit_test(test_abbreviations),        cmocka_unit_test(test_decimals_and_domains),
        cmocka_unit_test(test_quotes_and_brackets),  cmocka_unit_test(test_headings_and_lists),
        cmocka_unit_test(test_wrapped_lines),        cmocka_unit_test(test_all_caps),
        cmocka_unit_test(test_ellipsis),             cmocka_unit_test(test_long_sentence_clause_cut),
        cmocka_unit_test(test_long_run_without_spaces), cmocka_unit_test(test_long_sentence_space_cut),
        cmocka_unit_test(test_appends),              cmocka_unit_test(test_odd_bytes),
        cmocka_unit_test(test_many_sentences),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
