/*
 * test_values.c - unit tests for values.c: numbers, retention periods and
 * kinds, opt-out places, arbitration opt-out windows.
 *
 * Every sentence here was written for this test. Each call gets a buffer of
 * exactly the sentence's length with no NUL after it, so a read past the
 * end shows up under ASan or valgrind.
 */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>

#include <stdlib.h>
#include <string.h>

#include "values.h"

/* ---------------------------------------------------------------------
 * Helpers: exact-length copies
 * --------------------------------------------------------------------- */

static char *exact(const char *s, size_t *n)
{
    *n = strlen(s);
    char *b = malloc(*n ? *n : 1);
    assert_non_null(b);
    memcpy(b, s, *n);
    return b;
}

static size_t number(const char *s, long *v)
{
    size_t n;
    char *b = exact(s, &n);
    size_t used = values_number(b, n, v);
    free(b);
    return used;
}

typedef struct ret {
    enum retention_kind kind;
    long days;
    char words[128];
} ret;

static ret retention(const char *s)
{
    ret r;
    size_t n;
    char *b = exact(s, &n);
    values_retention(b, n, &r.kind, &r.days, r.words, sizeof r.words);
    free(b);
    return r;
}

typedef struct place {
    enum opt_out_how how;
    char where[256];
} place;

static place opt_out(const char *s)
{
    place p;
    size_t n;
    char *b = exact(s, &n);
    values_opt_out(b, n, &p.how, p.where, sizeof p.where);
    free(b);
    return p;
}

static long window(const char *s)
{
    size_t n;
    char *b = exact(s, &n);
    long d = values_window_days(b, n);
    free(b);
    return d;
}

/* The sentence states this kind and number of days (and these words,
 * unless words is NULL). */
static void check_retention(const char *sentence, enum retention_kind kind, long days, const char *words)
{
    ret r = retention(sentence);
    if (r.kind != kind || r.days != days)
        print_error("%s\n  got kind %d, %ld days\n", sentence, (int)r.kind, r.days);
    assert_int_equal(r.kind, kind);
    assert_int_equal(r.days, days);
    if (words)
        assert_string_equal(r.words, words);
}

/* The sentence names this way and place to opt out. */
static void check_place(const char *sentence, enum opt_out_how how, const char *where)
{
    place p = opt_out(sentence);
    if (p.how != how || strcmp(p.where, where) != 0)
        print_error("%s\n  got how %d, where \"%s\"\n", sentence, (int)p.how, p.where);
    assert_int_equal(p.how, how);
    assert_string_equal(p.where, where);
}

#define assert_period(sentence, days) check_retention((sentence), RET_PERIOD, (days), NULL)
#define assert_kind(sentence, kind, days) check_retention((sentence), (kind), (days), NULL)
#define assert_retention(sentence, kind, days, words) check_retention((sentence), (kind), (days), (words))
#define assert_place(sentence, how, where) check_place((sentence), (how), (where))

/* ---------------------------------------------------------------------
 * Numbers
 * --------------------------------------------------------------------- */

/* A number at the start of text: bytes used (0: none) and, when used, its
 * value. USED_ANY accepts any non-zero length. */
#define USED_ANY ((size_t)-1)
typedef struct number_case {
    const char *text;
    size_t used;
    long value;
} number_case;

static void check_numbers(const number_case *cases, size_t n)
{
    for (size_t i = 0; i < n; i++) {
        long v = -7;
        size_t used = number(cases[i].text, &v);
        if (cases[i].used == USED_ANY)
            assert_true(used > 0);
        else
            assert_int_equal(used, cases[i].used);
        assert_int_equal(v, used ? cases[i].value : -7);
    }
}

static void test_number_digits(void **state)
{
    (void)state;
    static const number_case cases[] = {
        {"30 days", 2, 30},
        {"1,095 days", 5, 1095},
        {"1.5 years", 3, 2},          /* a decimal rounds up in the integer form */
        {"1,5", 1, 1},                /* not a thousands group */
        {"99999999999 days", 0, 0},   /* too large to be a period */
    };
    check_numbers(cases, sizeof cases / sizeof cases[0]);
}

static void test_number_words(void **state)
{
    (void)state;
    static const number_case cases[] = {
        {"twelve months", 6, 12},
        {"twenty-four hours", 11, 24},
        {"Twenty four hours", 11, 24},
        {"one hundred eighty days", USED_ANY, 180},
        {"one hundred and eighty days", USED_ANY, 180},
        {"a hundred days", USED_ANY, 100},
        {"two thousand", USED_ANY, 2000},
        {"a year", 1, 1},
        {"an hour", 2, 1},
        {"a few days", 0, 0},         /* not numbers */
        {"several weeks", 0, 0},
        {"and one", 0, 0},
        {"", 0, 0},
        {"one and only", 3, 1},       /* stops before "and" when no number follows */
        {"one two", 3, 1},            /* two units in a row are not one number */
    };
    check_numbers(cases, sizeof cases / sizeof cases[0]);
}

static void test_number_echo(void **state)
{
    (void)state;
    static const number_case cases[] = {
        {"twelve (12) months", 11, 12},
        {"12 (twelve) months", 11, 12},
        {"thirty-five (35) days", 16, 35},
        {"eighty (180) days", 12, 180}, /* when words and digits disagree the digits win */
        {"ten (10 days", 3, 10},        /* an unclosed echo is not consumed */
    };
    check_numbers(cases, sizeof cases / sizeof cases[0]);
}

static void test_number_bounds(void **state)
{
    (void)state;
    /* the length, not a NUL, ends the input */
    long v = 0;
    assert_int_equal(values_number("123456", 2, &v), 2);
    assert_int_equal(v, 12);
    assert_int_equal(values_number("twelve", 3, &v), 0);
    assert_int_equal(values_number("x", 0, &v), 0);
}

/* ---------------------------------------------------------------------
 * Retention periods
 * --------------------------------------------------------------------- */

static void test_retention_simple(void **state)
{
    (void)state;
    assert_retention("We keep server logs for 18 months.", RET_PERIOD, 540, "for 18 months");

    assert_retention("Voice clips are kept for up to 5 years.", RET_PERIOD, 5 * 365, "for up to 5 years");

    assert_period("Drafts are removed after two weeks.", 14);
    assert_period("Backups are held for one year.", 365);
    assert_period("Records are archived for a decade.", 3650);
    assert_period("We retain invoices for seven (7) years.", 7 * 365);
    assert_period("Support tickets are purged after twelve (12) months.", 360);
    assert_period("Raw audio is erased within 72 hours.", 3);
    assert_period("Temporary files are deleted after 24 hours.", 1);
    assert_period("Uploads are deleted after 36 hours.", 2);
    assert_period("Previews are discarded after 30 minutes.", 1);
    assert_period("We keep the scan for 1.5 years.", 548);
    assert_period("Crash reports are kept for one hundred eighty (180) days.", 180);
    assert_period("Chat logs are kept for 1,095 days.", 1095);
    assert_period("Payment records are kept for 10 calendar years.", 3650);
}

static void test_retention_longest(void **state)
{
    (void)state;
    /* the longest period stated in the sentence */
    assert_period("We keep prompts for 30 days and safety flags for up to 2 years.", 730);
    assert_period("Safety flags: up to 2 years; prompts: 30 days.", 730);
    /* ranges count as their upper end */
    assert_period("Logs are kept for 30 to 90 days.", 90);
    assert_period("Logs are kept for between 6 and 12 months.", 360);
    assert_period("Logs are kept for 6-12 months.", 360);
    assert_period("We apply a 90-day retention window.", 90);
    assert_period("Notes stay in the bin for a 30-day period.", 30);
}

static void test_retention_not_periods(void **state)
{
    (void)state;
    /* ages, notice, look-backs and response times are not periods */
    assert_period("Users must be at least 13 years old, and we keep their data for 30 days.", 30);
    assert_kind("Children under 13 years cannot open an account here.", RET_NONE, 0);
    assert_kind("We keep your data, subject to 30 days' notice of any change.", RET_NONE, 0);
    assert_kind("We give 30 days notice before we delete an account.", RET_NONE, 0);
    assert_period("In the last 12 months we kept support records for 2 years.", 730);
    assert_kind("We will respond to deletion requests within 45 days.", RET_NONE, 0);
    assert_period("We reply within 10 days, and we delete the data after 90 days.", 90);
    assert_kind("You will be told of the deletion with prior notice of eight (8) days.", RET_NONE, 0);
    assert_kind("Data kept since 2019 under Section 12.", RET_NONE, 0);
    assert_kind("", RET_NONE, 0);
}

static void test_retention_kinds(void **state)
{
    (void)state;
    assert_retention("Anonymous statistics may be retained indefinitely.", RET_INDEFINITE, -1, "indefinitely");

    assert_kind("If the file is saved permanently, only a hash is kept.", RET_INDEFINITE, -1);
    assert_kind("We may keep backup copies forever.", RET_INDEFINITE, -1);
    /* "permanently" next to deleting is not indefinite retention */
    assert_period("Deleted items are permanently removed within 30 days.", 30);
    assert_kind("Your account will be permanently deleted if it stays inactive.", RET_NONE, 0);
    /* a denial or a disclaimer is not indefinite either */
    assert_kind("We do not permanently retain call audio on our servers.", RET_NOT_KEPT, 0);
    assert_kind("We cannot promise that photos will be stored forever.", RET_NONE, 0);
    assert_kind("We hope your friendships last forever, but we keep data only as long as necessary.",
                RET_AS_LONG_AS_NEEDED, 0);
}

static void test_retention_until_deleted(void **state)
{
    (void)state;
    ret r = retention("Your notes are stored until you delete them.");
    assert_int_equal(r.kind, RET_UNTIL_DELETED);
    assert_int_equal(r.days, -1);
    assert_true(strncmp(r.words, "until you delete", 16) == 0);

    assert_kind("Profile data is retained as long as your account is active.", RET_UNTIL_DELETED, -1);
    assert_kind("We keep it while your account remains open.", RET_UNTIL_DELETED, -1);
    assert_kind("Playlists are kept for the lifetime of your account.", RET_UNTIL_DELETED, -1);
    assert_kind("Retained until the member asks us to remove it.", RET_UNTIL_DELETED, -1);
    assert_kind("Kept until your account is closed, whichever is earlier.", RET_UNTIL_DELETED, -1);
    /* until-deleted outranks any number in the same sentence */
    assert_kind("We keep your messages for as long as you have an account, and backups for 30 days after.",
                RET_UNTIL_DELETED, -1);
    /* "until we no longer need it" is a need, not the person's choice */
    assert_kind("We keep it until we no longer need it for the purposes above.", RET_AS_LONG_AS_NEEDED, 0);
    assert_kind("We retain it as long as your data is needed for billing.", RET_AS_LONG_AS_NEEDED, 0);
    /* a period "until the end of the retention period" is not until-deleted */
    assert_kind("It is blocked until the end of the retention period.", RET_NONE, 0);
}

static void test_retention_as_long_as_needed(void **state)
{
    (void)state;
    assert_retention("We retain personal data for as long as reasonably necessary.",
                     RET_AS_LONG_AS_NEEDED, 0, "as long as necessary");

    assert_kind("Records are kept no longer than is needed for the purpose.", RET_AS_LONG_AS_NEEDED, 0);
    assert_kind("We store it for the period required by tax law.", RET_AS_LONG_AS_NEEDED, 0);
    assert_kind("We hold it only as long as we do the work you asked for.", RET_AS_LONG_AS_NEEDED, 0);
    /* a number is more specific than "as long as necessary" */
    assert_period("We keep it as long as necessary, and never longer than 3 years.", 1095);
}

static void test_retention_not_kept(void **state)
{
    (void)state;
    assert_retention("We do not store your conversations.", RET_NOT_KEPT, 0, "not kept");

    assert_kind("Prompts are never logged.", RET_NOT_KEPT, 0);
    assert_kind("We don't retain the images you upload.", RET_NOT_KEPT, 0);
    assert_kind("No personal data is stored on our side.", RET_NOT_KEPT, 0);
    assert_kind("The provider offers zero data retention.", RET_NOT_KEPT, 0);
    assert_kind("Each request is discarded once the answer is sent.", RET_NOT_KEPT, 0);
    /* a stated period wins over a partial denial */
    assert_period("We do not keep raw audio, and transcripts are deleted after 60 days.", 60);
}

static void test_retention_anonymous(void **state)
{
    (void)state;
    const char *yes[] = {"Non-Personal Information may be retained indefinitely.",
                         "Aggregated statistics are kept for ten years.",
                         "Usage data may be kept in de-identified form for longer.",
                         "We keep anonymous data as long as we need it."};
    const char *no[] = {"Personal Information is deleted, aggregated or de-identified after 90 days.",
                        "We keep your data for two years and aggregated data indefinitely.",
                        "We keep personal data and aggregate statistics for five years.",
                        "We keep your messages for 30 days."};
    for (size_t i = 0; i < sizeof yes / sizeof yes[0]; i++)
        assert_true(values_retention_anonymous(yes[i], strlen(yes[i])));
    for (size_t i = 0; i < sizeof no / sizeof no[0]; i++)
        assert_false(values_retention_anonymous(no[i], strlen(no[i])));
}

static void test_feedback_only(void **state)
{
    (void)state;
    const char *yes[] = {"You grant us a perpetual licence to use any feedback you send.",
                         "If you send us ideas or suggestions, we may use them without paying you."};
    const char *no[] = {"You grant us a perpetual licence to your posts, photos and feedback.",
                        "You grant us a worldwide licence to the content you upload."};
    for (size_t i = 0; i < sizeof yes / sizeof yes[0]; i++)
        assert_true(values_feedback_only(yes[i], strlen(yes[i])));
    for (size_t i = 0; i < sizeof no / sizeof no[0]; i++)
        assert_false(values_feedback_only(no[i], strlen(no[i])));
}

static void test_retention_words_buffer(void **state)
{
    (void)state;
    const char *s = "We keep logs for up to eighteen months.";
    enum retention_kind kind;
    long days;
    char small[6];
    memset(small, 'x', sizeof small);
    values_retention(s, strlen(s), &kind, &days, small, sizeof small);
    assert_int_equal(kind, RET_PERIOD);
    assert_int_equal(days, 540);
    assert_int_equal(strlen(small), 5);
    /* a zero-length buffer is never written */
    char none = 'z';
    values_retention(s, strlen(s), &kind, &days, &none, 0);
    assert_int_equal(none, 'z');
    assert_int_equal(days, 540);
    /* a phrase is never cut inside a UTF-8 sequence */
    const char *u = "Kept for\xC2\xA0" "30\xE2\x80\xAF" "days.";
    char tiny[64];
    values_retention(u, strlen(u), &kind, &days, tiny, sizeof tiny);
    assert_int_equal(kind, RET_NONE);
}

/* ---------------------------------------------------------------------
 * Where to opt out
 * --------------------------------------------------------------------- */

static void test_opt_out_settings_path(void **state)
{
    (void)state;
    assert_place("You can turn this off under Settings > Data Controls.", HOW_SETTINGS, "Settings > Data Controls");
    assert_place("Open Settings \xE2\x80\xBA Privacy \xE2\x80\xBA Model training and switch it off.",
                 HOW_SETTINGS, "Settings > Privacy > Model training");

    assert_place("Go to Settings \xE2\x86\x92 Personalization \xE2\x86\x92 Memory to turn it off.",
                 HOW_SETTINGS, "Settings > Personalization > Memory");

    assert_place("Choose Account Settings -> Privacy & Security -> Ads.",
                 HOW_SETTINGS, "Account Settings > Privacy & Security > Ads");

    assert_place("On a phone, go to Settings> Privacy> Location> Maps.",
                 HOW_SETTINGS, "Settings > Privacy > Location > Maps");

    /* leading "Select" steps are dropped, and a verb ends the path */
    assert_place("Go to your Settings > Select Privacy > Select Tracking > Disable the toggle.",
                 HOW_SETTINGS, "Settings > Privacy > Tracking");

    /* a control named right after the path is added to it */
    assert_place("Go to Settings > Data Settings and disable \"Suggest Contacts\".",
                 HOW_SETTINGS, "Settings > Data Settings > Suggest Contacts");

    assert_place("Open Profile > Settings > Privacy and Safety, then turn off sharing.",
                 HOW_SETTINGS, "Profile > Settings > Privacy and Safety");
}

static void test_opt_out_url_and_email(void **state)
{
    (void)state;
    assert_place("To opt out, visit https://example.com/privacy/optout.",
                 HOW_URL, "https://example.com/privacy/optout");

    assert_place("Use the tool at www.example.org/choices, or write to us.", HOW_URL, "www.example.org/choices");
    assert_place("You can opt out of such ads at optout.example.info.", HOW_URL, "optout.example.info");
    assert_place("Send an e-mail to privacy@example.com to opt out.", HOW_EMAIL, "privacy@example.com");

    /* the first one named wins */
    assert_place("Email optout@example.co.uk or visit https://example.co.uk/out.", HOW_EMAIL, "optout@example.co.uk");
    assert_place("Visit (https://example.net/out) or email out@example.net.", HOW_URL, "https://example.net/out");

    /* abbreviations and handles are not addresses */
    assert_place("You may opt out, e.g. by writing to @support on the forum.", HOW_CONTACT, "");
}

static void test_opt_out_named_control(void **state)
{
    (void)state;
    assert_place("You can turn off \"Improve the model for everyone\" at any time.",
                 HOW_SETTINGS, "Improve the model for everyone");

    assert_place("Open the \"Notifications\" menu and disable \"Show my avatar\".", HOW_SETTINGS, "Show my avatar");
    assert_place("You may disable the 'Smart Replies' option in the app.", HOW_SETTINGS, "Smart Replies");
    assert_place("Click the \"Do Not Sell My Personal Information\" link.",
                 HOW_LINK, "Do Not Sell My Personal Information");

    /* apostrophes are not quotes */
    assert_place("You can't turn off the company's default toggle.", HOW_SETTINGS, "");
}

static void test_opt_out_generic(void **state)
{
    (void)state;
    assert_int_equal(opt_out("Use the unsubscribe link in any email.").how, HOW_LINK);
    assert_int_equal(opt_out("You can change this in your privacy settings.").how, HOW_SETTINGS);
    assert_int_equal(opt_out("Fill in the objection form.").how, HOW_FORM);
    assert_int_equal(opt_out("Contact us to object.").how, HOW_CONTACT);
    assert_int_equal(opt_out("You may object at any time.").how, HOW_NONE);
    assert_string_equal(values_how_name(HOW_SETTINGS), "settings");
    assert_string_equal(values_how_name(HOW_EMAIL), "email");
    assert_string_equal(values_how_name(HOW_NONE), "");
    assert_string_equal(values_how_name((enum opt_out_how)99), "");
}

static void test_opt_out_where_buffer(void **state)
{
    (void)state;
    const char *s = "Go to Settings > Data Controls > Training.";
    enum opt_out_how how;
    char small[10];
    values_opt_out(s, strlen(s), &how, small, sizeof small);
    assert_int_equal(how, HOW_SETTINGS);
    assert_string_equal(small, "Settings");
    char none = 'z';
    values_opt_out(s, strlen(s), &how, &none, 0);
    assert_int_equal(none, 'z');
}

/* ---------------------------------------------------------------------
 * Arbitration opt-out window
 * --------------------------------------------------------------------- */

static void test_window(void **state)
{
    (void)state;
    assert_int_equal(window("You may opt out of arbitration within 30 days of accepting these terms."), 30);
    assert_int_equal(window("Send your opt-out notice within thirty (30) days after you first use the service."), 30);
    assert_int_equal(window("An opt-out letter must arrive no later than 60 days after sign-up."), 60);
    assert_int_equal(window("You have 45 days from the date you accept to opt out."), 45);
    assert_int_equal(window("You can opt out within one year."), 365);
    assert_int_equal(window("To reject this agreement to arbitrate, write to us within 21 days of your first order."), 21);
    assert_int_equal(window("You may choose not to be bound by this section by emailing us within 15 days."), 15);
    assert_int_equal(window("You may opt out by writing to us."), -1);
    assert_int_equal(window(""), -1);
    /* day counts of the procedure are not an opt-out window */
    assert_int_equal(window("If we cannot settle it within sixty (60) days after receipt of a notice of dispute, "
                            "either party may start arbitration."), -1);
    assert_int_equal(window("Any claim must be brought to arbitration within one year after it arose."), -1);
    assert_int_equal(window("The arbitrator will decide within 30 days; you can opt out by writing to us."), -1);
    assert_int_equal(window("You may opt out within 30 days; the arbitrator must rule within 90 days."), 30);
    assert_int_equal(window("If the arbitrator rejects your claim, you may appeal within 30 days."), -1);
}

/* ---------------------------------------------------------------------
 * Robustness: arbitrary bytes never crash and results stay well formed
 * --------------------------------------------------------------------- */

static void test_arbitrary_bytes(void **state)
{
    (void)state;
    static const char alphabet[] = "a0 1>-.@\"'(),:/kept for days until never www.x.com Settings \xE2\x80\xBA\xC2";
    unsigned seed = 12345;
    for (int round = 0; round < 3000; round++) {
        size_t n = (size_t)(round % 97);
        char *b = malloc(n ? n : 1);
        assert_non_null(b);
        for (size_t i = 0; i < n; i++) {
            seed = seed * 1103515245u + 12345u;
            b[i] = alphabet[(seed >> 16) % (sizeof alphabet - 1)];
        }
        enum retention_kind kind;
        long days;
        char words[32];
        values_retention(b, n, &kind, &days, words, sizeof words);
        assert_true(days >= -1);
        assert_true(strlen(words) < sizeof words);
        enum opt_out_how how;
        char where[32];
        values_opt_out(b, n, &how, where, sizeof where);
        assert_true(strlen(where) < sizeof where);
        assert_true(values_window_days(b, n) >= -1);
        long v;
        (void)values_number(b, n, &v);
        free(b);
    }
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_number_digits),
        cmocka_unit_test(test_number_words),
        cmocka_unit_test(test_number_echo),
        cmocka_unit_test(test_number_bounds),
        cmocka_unit_test(test_retention_simple),
        cmocka_unit_test(test_retention_longest),
        cmocka_unit_test(test_retention_not_periods),
        cmocka_unit_test(test_retention_kinds),
        cmocka_unit_test(test_retention_until_deleted),
        cmocka_unit_test(test_retention_as_long_as_needed),
        cmocka_unit_test(test_retention_not_kept),
        cmocka_unit_test(test_retention_anonymous),
        cmocka_unit_test(test_feedback_only),
        cmocka_unit_test(test_retention_words_buffer),
        cmocka_unit_test(test_opt_out_settings_path),
        cmocka_unit_test(test_opt_out_url_and_email),
        cmocka_unit_test(test_opt_out_named_control),
        cmocka_unit_test(test_opt_out_generic),
        cmocka_unit_test(test_opt_out_where_buffer),
        cmocka_unit_test(test_window),
        cmocka_unit_test(test_arbitrary_bytes),
    };
    return cmocka_run_group_tests_name("values", tests, NULL, NULL);
}
