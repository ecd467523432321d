/* Unit tests: rule packs — loading, macros, the anchor prefilter with
 * `requires` groups, matching with `unless`, and broken packs reported
 * with file, rule id, offset and PCRE2's message. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <unistd.h>

#include "rules.h"

static char dir[256];

static void write_pack(const char *json)
{
    char path[300];
    snprintf(path, sizeof path, "%s/pack.json", dir);
    FILE *f = fopen(path, "w");
    assert_non_null(f);
    fputs(json, f);
    fclose(f);
}

static int setup(void **state)
{
    (void)state;
    snprintf(dir, sizeof dir, "/tmp/sp-test-rules-XXXXXX");
    return mkdtemp(dir) ? 0 : -1;
}

static int teardown(void **state)
{
    (void)state;
    char path[300];
    snprintf(path, sizeof path, "%s/pack.json", dir);
    unlink(path);
    rmdir(dir);
    return 0;
}

static rules *load(char *err)
{
    rules_opts opts = {0, 1, NULL, 0, NULL};
    return rules_load(dir, &opts, err);
}

#define RULE(id, extra) \
    "{\"id\":\"" id "\",\"label\":\"sale\",\"severity\":\"high\",\"explanation\":\"x.\"," \
    "\"examples\":{\"match\":[\"a\"],\"no_match\":[\"b\"]}," extra "}"

static int candidate(rules *r, size_t i, const char *text)
{
    uint64_t cand[64] = {0};
    rules_prefilter(r, text, strlen(text), cand);
    return (int)((cand[i >> 6] >> (i & 63)) & 1);
}

static void test_prefilter_anchors_and_requires(void **state)
{
    (void)state;
    write_pack("{\"pack\":\"t\",\"version\":\"1\",\"rules\":["
               RULE("a.plain", "\"anchors\":[\"sell\"],\"patterns\":[\"sell\"]") ","
               RULE("a.requires", "\"anchors\":[\"consent\"],\"requires\":[\"without\",\"unless\"],\"patterns\":[\"consent\"]") ","
               RULE("a.groups", "\"anchors\":[\"use\"],\"requires\":[[\"train\"],[\"model\",\" ai \"]],\"patterns\":[\"use\"]") ","
               RULE("a.space", "\"anchors\":[\" ai \"],\"patterns\":[\"\\\\bai\\\\b\"]")
               "]}");
    char err[ERR_LEN];
    rules *r = load(err);
    assert_non_null(r);
    assert_int_equal(rules_count(r), 4);
    assert_true(candidate(r, 0, "We may SELL it."));          /* case folded */
    assert_false(candidate(r, 0, "We may share it."));
    assert_false(candidate(r, 1, "With your consent we share it."));
    assert_true(candidate(r, 1, "Without your consent we never share it."));
    assert_false(candidate(r, 2, "We use your chats to train people."));
    assert_true(candidate(r, 2, "We use your chats to train models."));
    assert_true(candidate(r, 2, "We use your chats to train our AI."));
    assert_false(candidate(r, 3, "Send us an email today."));  /* "ai" inside a word */
    assert_true(candidate(r, 3, "AI helps."));                  /* at the start */
    assert_true(candidate(r, 3, "It is built on AI"));          /* at the end */
    assert_true(candidate(r, 3, "Built on\xC2\xA0" "AI\xE2\x80\x9D" " models")); /* no-break space, curly quote */
    assert_true(candidate(r, 1, "Without\xC2\xA0" "your consent, never.")); /* as the patterns see it */
    rules_free(r);
}

/* The anchor automaton made at build time (rules_automaton_image): used in
 * place only by a load of the very same packs, and it finds what a built
 * one finds. */
static void test_precompiled_automaton(void **state)
{
    (void)state;
    write_pack("{\"pack\":\"t\",\"version\":\"1\",\"rules\":["
               RULE("a.plain", "\"anchors\":[\"sell\",\"sold\",\"share\"],\"patterns\":[\"sell\"]") ","
               RULE("a.requires", "\"anchors\":[\"consent\"],\"requires\":[\"without\",\"unless\"],\"patterns\":[\"consent\"]") ","
               RULE("a.groups", "\"anchors\":[\"use\"],\"requires\":[[\"train\"],[\"model\",\" ai \"]],\"patterns\":[\"use\"]") ","
               RULE("a.space", "\"anchors\":[\" ai \",\"shared\"],\"patterns\":[\"\\\\bai\\\\b\"]")
               "]}");
    char err[ERR_LEN];
    rules *built = load(err);
    assert_non_null(built);
    assert_false(rules_automaton_is_precompiled(built));
    rules_automaton_image img;
    rules_automaton_export(built, &img); /* points into `built`, alive below */
    rules_precompiled pc = {0, 0, 0, NULL, &img};
    rules_opts opts = {0, 1, NULL, 0, &pc};
    rules *r = rules_load(dir, &opts, err);
    assert_non_null(r);
    assert_true(rules_automaton_is_precompiled(r));
    static const char *texts[] = {"We may SELL it.", "We share and we sold it.", "Without your consent we never share it.",
                                  "We use your chats to train our AI.", "We use your chats to train people.",
                                  "Send us an email today.", "It is built on AI", "Built on\xC2\xA0" "AI\xE2\x80\x9D" " models",
                                  "Nothing here.", ""};
    for (size_t t = 0; t < sizeof texts / sizeof texts[0]; t++)
        for (size_t i = 0; i < rules_count(r); i++)
            if (candidate(r, i, texts[t]) != candidate(built, i, texts[t]))
                fail_msg("rule %zu on \"%s\": precompiled and built automata differ", i, texts[t]);
    rules_free(r);
    /* another digest (other packs): built as usual */
    img.digest ^= 1;
    r = rules_load(dir, &opts, err);
    assert_non_null(r);
    assert_false(rules_automaton_is_precompiled(r));
    assert_true(candidate(r, 0, "We may SELL it."));
    rules_free(r);
    rules_free(built);
}

/* One rule with macros, a phrase group and an `unless`. */
static void write_sell_pack(void)
{
    write_pack("{\"pack\":\"t\",\"version\":\"1\",\"defines\":{\"WE\":\"(?:we|us)\",\"NEG\":\"(?:not|never)\"},"
               "\"rules\":["
               RULE("b.sell", "\"anchors\":[\"sell\"],\"patterns\":[\"\\\\b{{WE}}\\\\s+may\\\\s+(?<p>sell)\\\\b\"],"
                              "\"unless\":[\"\\\\b{{WE}}\\\\s+do\\\\s+{{NEG}}\\\\b\"]")
               "]}");
}

static void test_match_unless_and_phrase(void **state)
{
    (void)state;
    write_sell_pack();
    char err[ERR_LEN];
    rules *r = load(err);
    assert_non_null(r);
    rules_matcher *m = rules_matcher_new(r, err);
    size_t ps = 0, pe = 0;
    const char *s = "Sometimes we may sell your data.";
    rules_matcher_reset(m, s, strlen(s));
    assert_int_equal(rules_match(m, 0, s, strlen(s), &ps, &pe), 1);
    assert_int_equal(ps, 17); /* the (?<p>...) group, not the whole match */
    assert_int_equal(pe, 21);
    s = "We do not sell it, and we may sell nothing.";
    rules_matcher_reset(m, s, strlen(s));
    assert_int_equal(rules_match(m, 0, s, strlen(s), &ps, &pe), 0);
    assert_string_equal(rules_pattern_source(r, 0), "\\b(?:we|us)\\s+may\\s+(?<p>sell)\\b");
    rules_matcher_free(m);
    rules_free(r);
}

static void test_gated_patterns(void **state)
{
    (void)state;
    /* the second pattern runs only where "partners" occurs; the unless
     * entry only where "never" does */
    write_pack("{\"pack\":\"t\",\"version\":\"1\",\"rules\":["
               RULE("g.share", "\"anchors\":[\"share\"],\"patterns\":[\"\\\\bshare with advertisers\","
                               "{\"pattern\":\"\\\\b(?<p>share)\\\\b\",\"requires\":[\"partners\"]}],"
                               "\"unless\":[{\"pattern\":\"\\\\bnever\\\\b\",\"requires\":[\" never \"]}]")
               "]}");
    char err[ERR_LEN];
    rules *r = load(err);
    if (!r)
        fail_msg("%s", err);
    rules_matcher *m = rules_matcher_new(r, err);
    size_t ps, pe;
    static const struct {
        const char *text;
        int want;
    } cases[] = {
        {"We share with advertisers.", 1},           /* the plain pattern */
        {"We share your name with partners.", 1},    /* the gated one, gate open */
        {"We share your name with friends.", 0},     /* gate closed: not run */
        {"We never share with partners.", 0},        /* the gated unless cancels */
        {"We share (never!) with Partners.", 0},     /* gates fold case and punctuation */
    };
    for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++) {
        rules_matcher_reset(m, cases[i].text, strlen(cases[i].text));
        int got = rules_match(m, 0, cases[i].text, strlen(cases[i].text), &ps, &pe);
        if (got != cases[i].want)
            fail_msg("\"%s\": got %d", cases[i].text, got);
    }
    rules_matcher_free(m);
    rules_free(r);
    write_pack("{\"pack\":\"t\",\"version\":\"1\",\"rules\":["
               RULE("g.bad", "\"anchors\":[\"share\"],\"patterns\":[{\"pattern\":\"x\",\"requires\":[\"Partners\"]}]") "]}");
    assert_null(load(err));
    assert_non_null(strstr(err, "must be lower case"));
}

/* Pack-level "gates" (tools/gatelib.py): groups of words a pattern cannot
 * match without; the pattern runs only where one word of each is. */
static void test_pack_gates(void **state)
{
    (void)state;
    write_pack("{\"pack\":\"t\",\"version\":\"1\",\"rules\":["
               RULE("g.terms", "\"anchors\":[\"change\"],\"patterns\":[\"\\\\b(?<p>change)\\\\s+(?:these|our)\\\\s+(?:terms|t&cs)\\\\b\"],"
                               "\"unless\":[\"\\\\bnot\\\\s+change\\\\b\"]") ","
               RULE("g.same", "\"anchors\":[\"modify\"],\"patterns\":[\"\\\\bmodify\\\\b\",\"\\\\b(?<p>change)\\\\s+(?:these|our)\\\\s+(?:terms|t&cs)\\\\b\"]") ","
               /* a gate the pattern does not need, to see that it is obeyed */
               RULE("g.zebra", "\"anchors\":[\"change\"],\"patterns\":[\"\\\\bchange\\\\b\"]")
               "],\"gates\":[[0,\"patterns\",0,[[\"terms\",\"t cs\"],[\"these\",\"our\"]]],[0,\"unless\",0,[[\"not\"]]],"
               "[2,\"patterns\",0,[[\"zebra\"]]]]}");
    char err[ERR_LEN];
    rules *r = load(err);
    if (!r)
        fail_msg("%s", err);
    rules_matcher *m = rules_matcher_new(r, err);
    assert_non_null(m);
    size_t ps, pe;
    static const struct {
        const char *text;
        size_t rule;
        int want;
    } cases[] = {
        {"We may change these terms.", 0, 1},        /* both groups there */
        {"We may change our T&Cs at any time.", 0, 1}, /* "&" is one space when folded */
        {"We may change these settings.", 0, 0},     /* a group missing: not run */
        {"We will not change our terms.", 0, 0},     /* the gated unless runs and cancels */
        {"You may change our terms? No.", 1, 1},     /* another rule with the same pattern shares its gate */
        {"We modify nothing.", 1, 1},
        {"We change.", 2, 0},                        /* gate closed: never run */
        {"We change the Zebra.", 2, 1},
    };
    for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++) {
        size_t n = strlen(cases[i].text);
        rules_matcher_reset(m, cases[i].text, n);
        int got = rules_match(m, cases[i].rule, cases[i].text, n, &ps, &pe);
        if (got != cases[i].want)
            fail_msg("\"%s\": got %d", cases[i].text, got);
    }
    /* gate checking (for the generator's tests): the zebra gate is wrong
     * for "We change." and is caught; the answer stays the gate's */
    rules_check_gates(r, 1);
    rules_matcher_reset(m, "We change.", 10);
    assert_int_equal(rules_match(m, 2, "We change.", 10, &ps, &pe), 0);
    assert_int_equal(rules_gates_wrong(r), 1);
    rules_matcher_free(m);
    rules_free(r);
    static const struct {
        const char *gates;
        const char *needle;
    } bad[] = {
        {"[[5,\"patterns\",0,[[\"x\"]]]]", "naming an entry of this pack"},
        {"[[0,\"unless\",3,[[\"x\"]]]]", "naming an entry of this pack"},
        {"[[0,\"patterns\",0,[]]]", "1 to 4 groups"},
        {"[[0,\"patterns\",0,[[]]]]", "non-empty array of words"},
        {"[[0,\"patterns\",0,[[\"Terms\"]]]]", "must be lower case"},
        {"{}", "must be an array"},
    };
    for (size_t i = 0; i < sizeof bad / sizeof bad[0]; i++) {
        char json[1024];
        snprintf(json, sizeof json, "{\"pack\":\"t\",\"version\":\"1\",\"rules\":["
                 RULE("g.b", "\"anchors\":[\"change\"],\"patterns\":[\"change\"],\"unless\":[\"x\"]") "],\"gates\":%s}",
                 bad[i].gates);
        write_pack(json);
        err[0] = '\0';
        r = load(err);
        if (r || !strstr(err, bad[i].needle))
            fail_msg("gates %zu: expected \"%s\", got \"%s\"", i, bad[i].needle, err);
    }
}

static void test_broken_packs_are_reported(void **state)
{
    (void)state;
    char err[ERR_LEN];
    static const struct {
        const char *json;
        const char *needle;
    } cases[] = {
        {"{\"pack\":\"t\",\"version\":\"1\",\"rules\":[" RULE("c.label", "\"anchors\":[\"x\"],\"patterns\":[\"x\"]") "]}"
         "trailing", "not valid JSON"},
        {"{\"pack\":\"t\",\"version\":\"1\",\"rules\":[{\"id\":\"c.nolabel\",\"label\":\"salez\",\"severity\":\"high\","
         "\"explanation\":\"x.\",\"anchors\":[\"x\"],\"patterns\":[\"x\"],\"examples\":{\"match\":[\"a\"],\"no_match\":[\"b\"]}}]}",
         "unknown label \"salez\""},
        {"{\"pack\":\"t\",\"version\":\"1\",\"rules\":[" RULE("c.noanchor", "\"patterns\":[\"x\"]") "]}", "anchors is missing"},
        {"{\"pack\":\"t\",\"version\":\"1\",\"rules\":[" RULE("c.upper", "\"anchors\":[\"Sell\"],\"patterns\":[\"x\"]") "]}",
         "must be lower case"},
        {"{\"pack\":\"t\",\"version\":\"1\",\"rules\":[" RULE("c.macro", "\"anchors\":[\"x\"],\"patterns\":[\"{{NOPE}}\"]") "]}",
         "unknown macro {{NOPE}}"},
        {"{\"pack\":\"t\",\"version\":\"1\",\"rules\":[" RULE("c.dup", "\"anchors\":[\"x\"],\"patterns\":[\"x\"]") ","
         RULE("c.dup", "\"anchors\":[\"x\"],\"patterns\":[\"x\"]") "]}", "id used twice"},
        {"{\"pack\":\"t\",\"version\":\"1\",\"rules\":[" RULE("c.groups", "\"anchors\":[\"x\"],\"requires\":[[\"a\"],[\"b\"],[\"c\"],[\"d\"],[\"e\"]],\"patterns\":[\"x\"]") "]}",
         "at most 4 groups"},
    };
    for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++) {
        write_pack(cases[i].json);
        err[0] = '\0';
        rules *r = load(err);
        if (r || !strstr(err, cases[i].needle))
            fail_msg("case %zu: expected \"%s\", got \"%s\"", i, cases[i].needle, err);
        assert_non_null(strstr(err, "pack.json")); /* the file is named */
    }
    /* a pattern PCRE2 refuses: file, rule id, which pattern, offset, message */
    write_pack("{\"pack\":\"t\",\"version\":\"1\",\"rules\":[" RULE("c.regex", "\"anchors\":[\"x\"],\"patterns\":[\"ok\",\"x(?<p>y\"]") "]}");
    rules *r = load(err);
    assert_non_null(r); /* found when compiled: lazily, or all at once here */
    assert_int_equal(rules_compile_all(r, err), 1);
    assert_non_null(strstr(err, "pack.json"));
    assert_non_null(strstr(err, "rule c.regex"));
    assert_non_null(strstr(err, "patterns[1]"));
    assert_non_null(strstr(err, "offset 7"));
    assert_non_null(strstr(err, "missing closing parenthesis"));
    /* matching a disabled rule is a quiet no-match, never a crash */
    rules_matcher *m = rules_matcher_new(r, err);
    size_t ps, pe;
    rules_matcher_reset(m, "x", 1);
    assert_int_equal(rules_match(m, 0, "x", 1, &ps, &pe), 0);
    rules_matcher_free(m);
    rules_free(r);
}

/* A pattern that backtracks without end (nested repeats on a subject that
 * almost matches) stops at PCRE2's match limit: a quiet no-match counted as
 * a matcher error, never a hang. Interpreted and JIT-compiled alike (the
 * depth limit does not bind JIT matching; the match limit does). */
static void test_match_limit_stops_runaway_patterns(void **state)
{
    (void)state;
    write_pack("{\"pack\":\"t\",\"version\":\"1\",\"rules\":["
               RULE("d.runaway", "\"anchors\":[\"a\"],\"patterns\":[\"^(?:a+)+$\"]") "]}");
    char subject[64];
    memset(subject, 'a', 40);
    memcpy(subject + 40, "!", 2); /* 2^40 ways to split the a's, none ending the subject */
    size_t n = strlen(subject);
    for (int eager = 0; eager <= 1; eager++) {
        char err[ERR_LEN];
        rules_opts opts = {eager, 1, NULL, 0, NULL};
        rules *r = rules_load(dir, &opts, err);
        if (!r)
            fail_msg("%s", err);
        rules_matcher *m = rules_matcher_new(r, err);
        assert_non_null(m);
        size_t ps = 0, pe = 0;
        struct timespec t0, t1;
        clock_gettime(CLOCK_MONOTONIC, &t0);
        rules_matcher_reset(m, subject, n);
        assert_true(rules_match(m, 0, subject, n, &ps, &pe) <= 0);
        clock_gettime(CLOCK_MONOTONIC, &t1);
        double took = (double)(t1.tv_sec - t0.tv_sec) + (double)(t1.tv_nsec - t0.tv_nsec) / 1e9;
        if (took > 2.0)
            fail_msg("%s: the runaway pattern ran %.2f s", eager ? "JIT" : "interpreted", took);
        assert_int_equal(rules_matcher_errors(m), 1);
        /* the matcher still works on the next sentence */
        rules_matcher_reset(m, "aaa", 3);
        assert_int_equal(rules_match(m, 0, "aaa", 3, &ps, &pe), 1);
        rules_matcher_free(m);
        rules_free(r);
    }
}

/* Patterns compiled at build time (rules_precompiled): used only for the
 * very packs they were made from, they match exactly as compiled ones do,
 * and a set that does not fit (other packs, another PCRE2, damaged bytes)
 * leaves the load compiling as usual. */
static void match_both(rules *r, size_t *ps, size_t *pe, int *unless_hit)
{
    char err[ERR_LEN];
    rules_matcher *m = rules_matcher_new(r, err);
    assert_non_null(m);
    const char *s = "Sometimes we may sell your data.";
    rules_matcher_reset(m, s, strlen(s));
    assert_int_equal(rules_match(m, 0, s, strlen(s), ps, pe), 1);
    s = "We do not sell it, and we may sell nothing.";
    rules_matcher_reset(m, s, strlen(s));
    size_t a, b;
    *unless_hit = rules_match(m, 0, s, strlen(s), &a, &b) == 0;
    rules_matcher_free(m);
}

static void test_precompiled_patterns(void **state)
{
    (void)state;
    write_sell_pack();
    char err[ERR_LEN];
    rules *r = load(err);
    assert_non_null(r);
    assert_false(rules_is_precompiled(r));
    unsigned char *bytes;
    size_t len, n;
    assert_int_equal(rules_serialize(r, &bytes, &len, &n, err), 0);
    assert_int_equal(n, 2); /* the pattern and its unless */
    rules_precompiled pc = {rules_digest(r), n, len, bytes, NULL};
    rules_free(r);

    rules_opts opts = {0, 1, NULL, 0, &pc};
    r = rules_load(dir, &opts, err);
    assert_non_null(r);
    assert_true(rules_is_precompiled(r));
    size_t ps = 0, pe = 0;
    int unless_hit = 0;
    match_both(r, &ps, &pe, &unless_hit);
    assert_int_equal(ps, 17); /* the phrase group survives serialization */
    assert_int_equal(pe, 21);
    assert_true(unless_hit);
    rules_free(r);

    /* other packs (another digest): compiled as usual, same answers */
    rules_precompiled other = pc;
    other.digest ^= 1;
    opts.precompiled = &other;
    r = rules_load(dir, &opts, err);
    assert_non_null(r);
    assert_false(rules_is_precompiled(r));
    match_both(r, &ps, &pe, &unless_hit);
    assert_int_equal(ps, 17);
    assert_true(unless_hit);
    rules_free(r);

    /* bytes PCRE2 refuses (its header damaged) or an empty set: the same */
    unsigned char *bad = malloc(len);
    assert_non_null(bad);
    memcpy(bad, bytes, len);
    bad[0] ^= 0xff;
    rules_precompiled damaged = {pc.digest, n, len, bad, NULL};
    rules_precompiled empty = {pc.digest, n, 0, NULL, NULL};
    const rules_precompiled *cases[] = {&damaged, &empty};
    for (size_t k = 0; k < 2; k++) {
        opts.precompiled = cases[k];
        r = rules_load(dir, &opts, err);
        assert_non_null(r);
        assert_false(rules_is_precompiled(r));
        match_both(r, &ps, &pe, &unless_hit);
        assert_int_equal(pe, 21);
        assert_true(unless_hit);
        rules_free(r);
    }
    free(bad);
    rules_serialized_free(bytes);
}

/* A pack with a pattern that does not compile cannot be serialized. */
static void test_precompile_refuses_broken_pack(void **state)
{
    (void)state;
    write_pack("{\"pack\":\"t\",\"version\":\"1\",\"rules\":["
               RULE("c.bad", "\"anchors\":[\"x\"],\"patterns\":[\"(x\"]") "]}");
    char err[ERR_LEN];
    rules *r = load(err);
    assert_non_null(r);
    unsigned char *bytes;
    size_t len, n;
    assert_int_equal(rules_serialize(r, &bytes, &len, &n, err), -1);
    assert_non_null(strstr(err, "c.bad"));
    rules_free(r);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_prefilter_anchors_and_requires),
        cmocka_unit_test(test_match_unless_and_phrase),
        cmocka_unit_test(test_gated_patterns),
        cmocka_unit_test(test_pack_gates),
        cmocka_unit_test(test_broken_packs_are_reported),
        cmocka_unit_test(test_match_limit_stops_runaway_patterns),
        cmocka_unit_test(test_precompiled_patterns),
        cmocka_unit_test(test_precompiled_automaton),
        cmocka_unit_test(test_precompile_refuses_broken_pack),
    };
    return cmocka_run_group_tests(tests, setup, teardown);
}
