/* Unit tests: the page pass (severities, related findings) and the page
 * answers a careful reader would give when sentences disagree. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "classify.h"
#include "labels.h"
#include "rules.h"
#include "summary.h"

/* A small pack of our own, so these tests do not depend on the wording of
 * the real rules: one rule per kind of finding the page pass cares about. */
static const char test_pack[] =
    "{\"pack\": \"summary-test\", \"version\": \"1\", \"language\": \"en\", \"rules\": [\n"
    " {\"id\": \"t.ai\", \"label\": \"ai_training\", \"severity\": \"medium\", \"anchors\": [\"zz\"],"
    "  \"patterns\": [\"zz1\"], \"explanation\": \"x\", \"examples\": {\"match\": [\"zz1\"], \"no_match\": [\"a\"]}},\n"
    " {\"id\": \"t.ai_optin\", \"label\": \"ai_training\", \"severity\": \"medium\", \"hint\": \"opt_in\","
    "  \"anchors\": [\"zz\"], \"patterns\": [\"zz2\"], \"explanation\": \"x\","
    "  \"examples\": {\"match\": [\"zz2\"], \"no_match\": [\"a\"]}},\n"
    " {\"id\": \"t.noai\", \"label\": \"no_ai_training\", \"severity\": \"info\", \"anchors\": [\"zz\"],"
    "  \"patterns\": [\"zz3\"], \"explanation\": \"x\", \"examples\": {\"match\": [\"zz3\"], \"no_match\": [\"a\"]}},\n"
    " {\"id\": \"t.noai_optin\", \"label\": \"no_ai_training\", \"severity\": \"low\", \"hint\": \"opt_in\","
    "  \"anchors\": [\"zz\"], \"patterns\": [\"zz4\"], \"explanation\": \"x\","
    "  \"examples\": {\"match\": [\"zz4\"], \"no_match\": [\"a\"]}},\n"
    " {\"id\": \"t.optout\", \"label\": \"opt_out\", \"severity\": \"info\", \"anchors\": [\"zz\"],"
    "  \"patterns\": [\"zz5\"], \"explanation\": \"x\", \"examples\": {\"match\": [\"zz5\"], \"no_match\": [\"a\"]}},\n"
    " {\"id\": \"t.exc\", \"label\": \"opt_out_exception\", \"severity\": \"medium\", \"anchors\": [\"zz\"],"
    "  \"patterns\": [\"zz6\"], \"explanation\": \"x\", \"examples\": {\"match\": [\"zz6\"], \"no_match\": [\"a\"]}}\n"
    "]}\n";

enum { R_AI, R_AI_OPTIN, R_NOAI, R_NOAI_OPTIN, R_OPTOUT, R_EXC, R_COUNT };
static const char *const rule_ids[R_COUNT] = {"t.ai", "t.ai_optin", "t.noai", "t.noai_optin", "t.optout", "t.exc"};

typedef struct fixture {
    rules *r;
    size_t idx[R_COUNT]; /* rule index of each kind */
    finding v[16];
    finding *all[16];
    size_t n;
} fixture;

static int setup(void **state)
{
    char dir[] = "/tmp/smallprint-summary-XXXXXX";
    if (!mkdtemp(dir))
        return -1;
    char path[128];
    snprintf(path, sizeof path, "%s/pack.json", dir);
    FILE *f = fopen(path, "w");
    if (!f)
        return -1;
    fputs(test_pack, f);
    fclose(f);
    fixture *fx = calloc(1, sizeof *fx);
    char err[ERR_LEN];
    rules_opts opts = {0, 1, NULL, 0, NULL};
    fx->r = rules_load(dir, &opts, err);
    remove(path);
    rmdir(dir);
    if (!fx->r) {
        fprintf(stderr, "test pack: %s\n", err);
        free(fx);
        return -1;
    }
    for (int k = 0; k < R_COUNT; k++)
        for (size_t i = 0; i < rules_count(fx->r); i++)
            if (strcmp(rules_info(fx->r, i)->id, rule_ids[k]) == 0)
                fx->idx[k] = i;
    *state = fx;
    return 0;
}

static int teardown(void **state)
{
    fixture *fx = *state;
    rules_free(fx->r);
    free(fx);
    return 0;
}

static int reset(void **state)
{
    fixture *fx = *state;
    memset(fx->v, 0, sizeof fx->v);
    fx->n = 0;
    return 0;
}

/* Add a finding of rule kind k in sentence `sentence` (block 0; the
 * sentence number doubles as its start offset). */
static finding *add(fixture *fx, int k, size_t sentence, uint32_t covers)
{
    finding *f = &fx->v[fx->n];
    memset(f, 0, sizeof *f);
    f->rule = fx->idx[k];
    const rule_info *ri = rules_info(fx->r, f->rule);
    f->label = ri->label;
    f->severity = ri->severity;
    f->sentence = sentence;
    f->start = sentence * 100;
    f->end = f->start + 50;
    f->covers = covers;
    f->window_days = -1;
    f->id = (long)fx->n + 1;
    fx->all[fx->n] = f;
    fx->n++;
    return f;
}

static int related_to(const finding *a, const finding *b)
{
    for (int i = 0; i < a->n_related; i++)
        if (a->related[i] == b->id)
            return 1;
    return 0;
}

#define AI (1u << LABEL_AI_TRAINING)
#define MKT (1u << LABEL_MARKETING)
#define SALE (1u << LABEL_SALE)

/* An opt-out of marketing e-mail is not an opt-out of AI training. */
static void test_marketing_opt_out_does_not_cover_training(void **state)
{
    fixture *fx = *state;
    finding *ai = add(fx, R_AI, 0, 0);
    finding *o = add(fx, R_OPTOUT, 5, MKT);
    summary_adjust(fx->all, fx->n, fx->r);
    assert_int_equal(ai->severity, SEV_HIGH);
    assert_false(related_to(ai, o));
    summary s;
    summary_build(fx->all, fx->n, fx->r, &s);
    assert_int_equal(s.ai_training, AI_DEFAULT);
    assert_true(s.opt_out); /* the page still offers a way to refuse a use */
    assert_false(s.ai_opt_out);
    char text[512];
    summary_text(&s, text, sizeof text);
    assert_non_null(strstr(text, "no opt-out for it"));
}

/* A training opt-out lowers the training finding and links the two; the
 * nearest training opt-out is the one named. */
static void test_training_opt_out_links_nearest(void **state)
{
    fixture *fx = *state;
    finding *far = add(fx, R_OPTOUT, 1, AI);
    add(fx, R_OPTOUT, 2, MKT);
    finding *ai = add(fx, R_AI, 30, 0);
    finding *near = add(fx, R_OPTOUT, 31, AI | SALE);
    summary_adjust(fx->all, fx->n, fx->r);
    assert_int_equal(ai->severity, SEV_MEDIUM);
    assert_true(related_to(ai, near));
    assert_false(related_to(ai, far));
    summary s;
    summary_build(fx->all, fx->n, fx->r, &s);
    assert_true(s.ai_opt_out);
    assert_int_equal(s.ai_training, AI_DEFAULT);
}

/* An exception about training limits the training opt-out, not the nearer
 * newsletter opt-out; it is high, the opt-out becomes partial (low). */
static void test_exception_links_opt_out_of_same_use(void **state)
{
    fixture *fx = *state;
    finding *train_out = add(fx, R_OPTOUT, 10, AI);
    finding *mail_out = add(fx, R_OPTOUT, 11, MKT);
    finding *e = add(fx, R_EXC, 12, AI);
    summary_adjust(fx->all, fx->n, fx->r);
    assert_true(related_to(e, train_out));
    assert_true(related_to(train_out, e));
    assert_false(related_to(e, mail_out));
    assert_int_equal(e->severity, SEV_HIGH);
    assert_int_equal(train_out->severity, SEV_LOW);
    assert_int_equal(mail_out->severity, SEV_INFO);
}

/* An exception that names no use limits the nearest opt-out before it; one
 * about e-mail keeps its own severity. */
static void test_exception_nearest_before(void **state)
{
    fixture *fx = *state;
    add(fx, R_OPTOUT, 3, AI);
    finding *mail_out = add(fx, R_OPTOUT, 6, MKT);
    finding *e = add(fx, R_EXC, 7, 0);
    summary_adjust(fx->all, fx->n, fx->r);
    assert_true(related_to(e, mail_out));
    assert_int_equal(e->severity, SEV_MEDIUM);
    assert_int_equal(mail_out->severity, SEV_LOW);
}

/* The same sentence wins; an opt-out far before is not linked, one just
 * after is. */
static void test_exception_same_sentence_and_reach(void **state)
{
    fixture *fx = *state;
    finding *o1 = add(fx, R_OPTOUT, 0, MKT);
    finding *e1 = add(fx, R_EXC, 40, 0); /* far from o1 */
    finding *o2 = add(fx, R_OPTOUT, 42, 0);
    finding *o3 = add(fx, R_OPTOUT, 50, 0);
    finding *e3 = add(fx, R_EXC, 50, 0); /* same sentence as o3 */
    summary_adjust(fx->all, fx->n, fx->r);
    assert_false(related_to(e1, o1));
    assert_true(related_to(e1, o2));
    assert_true(related_to(e3, o3));
    assert_false(related_to(e3, o2));
    summary s;
    summary_build(fx->all, fx->n, fx->r, &s);
    assert_true(s.opt_out_exception);
    assert_int_equal(s.n_support[SK_OPT_OUT_EXCEPTION], 2);
}

/* Findings kept for a page across requests restart their sentence count:
 * a "later" opt-out with a smaller number is not taken as near. */
static void test_exception_across_requests(void **state)
{
    fixture *fx = *state;
    finding *o = add(fx, R_OPTOUT, 900, AI);
    finding *e = add(fx, R_EXC, 2, 0);
    summary_adjust(fx->all, fx->n, fx->r);
    assert_false(related_to(e, o));
    assert_int_equal(o->severity, SEV_INFO);
}

/* "Only if you opt in" answers opt_in and makes the training finding low;
 * a flat "never" answers no; any default use outranks both. */
static void test_ai_answers(void **state)
{
    fixture *fx = *state;
    summary s;
    add(fx, R_NOAI, 0, 0);
    summary_adjust(fx->all, fx->n, fx->r);
    summary_build(fx->all, fx->n, fx->r, &s);
    assert_int_equal(s.ai_training, AI_NO);
    assert_int_equal(s.n_support[SK_AI_TRAINING], 1);

    finding *hinted = add(fx, R_AI_OPTIN, 1, 0);
    add(fx, R_NOAI_OPTIN, 2, 0);
    summary_adjust(fx->all, fx->n, fx->r);
    summary_build(fx->all, fx->n, fx->r, &s);
    assert_int_equal(s.ai_training, AI_OPT_IN);
    assert_int_equal(hinted->severity, SEV_LOW);
    assert_int_equal(s.n_support[SK_AI_TRAINING], 2);

    add(fx, R_AI, 3, 0);
    summary_adjust(fx->all, fx->n, fx->r);
    summary_build(fx->all, fx->n, fx->r, &s);
    assert_int_equal(s.ai_training, AI_DEFAULT);
    assert_int_equal(s.severity, SEV_HIGH);
    assert_string_equal(summary_ai_name(s.ai_training), "default");
}

static void test_empty_page(void **state)
{
    fixture *fx = *state;
    summary s;
    summary_adjust(fx->all, 0, fx->r);
    summary_build(fx->all, 0, fx->r, &s);
    assert_int_equal(s.ai_training, AI_NOT_STATED);
    assert_false(s.opt_out);
    assert_int_equal(s.severity, -1);
}

/* ------------------------------------------------------------------------
 * The same through the real rules: what an opt-out covers comes from its
 * words (classify.c), and the page answers follow.
 * ---------------------------------------------------------------------- */

typedef struct page {
    summary s;
    findings f;
} page;

static void run_page(rules *r, const char *text, page *pg)
{
    char err[ERR_LEN];
    classifier *c = classify_new(r, err);
    assert_non_null(c);
    memset(pg, 0, sizeof *pg);
    classify_ctx ctx;
    memset(&ctx, 0, sizeof ctx);
    assert_int_equal(classify_text(c, text, strlen(text), 0, &ctx, 0, &pg->f, err), 0);
    finding **all = calloc(pg->f.n + 1, sizeof *all);
    assert_non_null(all);
    for (size_t i = 0; i < pg->f.n; i++) {
        pg->f.v[i].id = (long)i + 1;
        all[i] = &pg->f.v[i];
    }
    summary_adjust(all, pg->f.n, r);
    summary_build(all, pg->f.n, r, &pg->s);
    free(all);
    classify_free(c);
}

static const finding *first_of(const page *pg, int label)
{
    for (size_t i = 0; i < pg->f.n; i++)
        if (pg->f.v[i].label == label)
            return &pg->f.v[i];
    return NULL;
}

static void test_real_rules_pages(void **state)
{
    (void)state;
    char err[ERR_LEN];
    rules_opts opts = {0, 1, NULL, 0, NULL};
    rules *r = rules_load("rules", &opts, err);
    if (!r) {
        fprintf(stderr, "cannot load rules/ (run from the repository root): %s\n", err);
        fail();
    }
    page pg;

    /* training, and only a newsletter unsubscribe on the page */
    run_page(r,
             "We may use the questions you ask to train our language models. "
             "You can unsubscribe from our newsletter with the link in every e-mail.",
             &pg);
    assert_int_equal(pg.s.ai_training, AI_DEFAULT);
    assert_true(pg.s.opt_out);
    assert_false(pg.s.ai_opt_out);
    const finding *ai = first_of(&pg, LABEL_AI_TRAINING);
    assert_non_null(ai);
    assert_int_equal(ai->severity, SEV_HIGH);
    const finding *o = first_of(&pg, LABEL_OPT_OUT);
    assert_non_null(o);
    assert_true(o->covers & MKT);
    assert_false(o->covers & AI);
    findings_free(&pg.f);

    /* "turn this off" right after the training sentence covers training;
     * the carve-out that follows is tied to it and is high */
    run_page(r,
             "We may use the questions you ask to train our language models. "
             "You can turn this off at any time in your privacy settings. "
             "Even if you turn it off, questions flagged for abuse may still be used to improve our safety models.",
             &pg);
    assert_int_equal(pg.s.ai_training, AI_DEFAULT);
    assert_true(pg.s.ai_opt_out);
    assert_true(pg.s.opt_out_exception);
    ai = first_of(&pg, LABEL_AI_TRAINING);
    o = first_of(&pg, LABEL_OPT_OUT);
    const finding *e = first_of(&pg, LABEL_OPT_OUT_EXCEPTION);
    assert_non_null(ai);
    assert_non_null(o);
    assert_non_null(e);
    assert_true(o->covers & AI);
    assert_int_equal(ai->severity, SEV_MEDIUM);
    assert_int_equal(e->severity, SEV_HIGH);
    assert_int_equal(o->severity, SEV_LOW);
    assert_true(related_to(e, o));
    findings_free(&pg.f);

    /* an opt-out of analytics cookies that "help us improve our website"
     * is not an AI-training opt-out */
    run_page(r,
             "We use your chats to improve our models. "
             "You can refuse analytics cookies, which help us improve our website.",
             &pg);
    assert_int_equal(pg.s.ai_training, AI_DEFAULT);
    assert_false(pg.s.ai_opt_out);
    findings_free(&pg.f);

    /* training only with the person's opt-in */
    run_page(r, "We will only use your recordings to train our speech models if you opt in.", &pg);
    assert_int_equal(pg.s.ai_training, AI_OPT_IN);
    findings_free(&pg.f);

    /* a flat denial */
    run_page(r, "We never use your documents to train AI models.", &pg);
    assert_int_equal(pg.s.ai_training, AI_NO);
    assert_int_equal(pg.s.severity, SEV_INFO);
    findings_free(&pg.f);

    /* sale: the right to opt out of a sale beside a plain denial is "no";
     * an admission beside the denial is "yes"; the right alone is "yes" */
    run_page(r,
             "California residents may opt out of the sale of their personal information. "
             "We do not sell your personal information.",
             &pg);
    assert_non_null(first_of(&pg, LABEL_SALE));
    assert_int_equal(pg.s.sale, YN_NO);
    assert_int_equal(pg.s.n_support[SK_SALE], 1);
    assert_int_equal(pg.f.v[0].label == LABEL_NO_SALE || pg.f.v[pg.f.n - 1].label == LABEL_NO_SALE, 1);
    /* ... and that right is not a warning there: the page is not high */
    assert_int_equal(first_of(&pg, LABEL_SALE)->severity, SEV_LOW);
    assert_true(pg.s.severity < SEV_HIGH);
    findings_free(&pg.f);
    run_page(r,
             "We do not sell your personal information. "
             "Some of our advertising cookies may be considered a sale under state law.",
             &pg);
    assert_int_equal(pg.s.sale, YN_YES);
    assert_int_equal(pg.s.n_support[SK_SALE], 1);
    assert_int_equal(pg.s.severity, SEV_HIGH);
    findings_free(&pg.f);
    run_page(r, "You can opt out of the sale of your personal information in Settings.", &pg);
    assert_int_equal(pg.s.sale, YN_YES);
    assert_int_equal(first_of(&pg, LABEL_SALE)->severity, SEV_HIGH);
    findings_free(&pg.f);

    /* a heading set as a numbered or capitalised line names a topic; a
     * statement in capitals is still a statement */
    run_page(r,
             "7. ADVERTISING; HOW TO OPT OUT\n"
             "You can opt out of interest-based ads in Settings.\n"
             "k. Opt-out.\n"
             "BINDING ARBITRATION\n"
             "YOU WAIVE YOUR RIGHT TO A JURY TRIAL.\n"
             "b. When we share your data with advertising partners\n",
             &pg);
    size_t n_oo = 0, n_arb = 0, n_share = 0;
    for (size_t i = 0; i < pg.f.n; i++) {
        n_oo += pg.f.v[i].label == LABEL_OPT_OUT;
        n_arb += pg.f.v[i].label == LABEL_ARBITRATION;
        n_share += pg.f.v[i].label == LABEL_SHARING;
    }
    assert_int_equal(n_oo, 1);
    assert_int_equal(n_arb, 1);
    assert_int_equal(n_share, 0);
    findings_free(&pg.f);

    /* the longest time the person's data is kept: statistics that are not
     * theirs, kept forever, do not answer it (the finding stays) */
    run_page(r,
             "We delete your account details 90 days after you close your account. "
             "Aggregated statistics may be kept indefinitely.",
             &pg);
    size_t n_ret = 0;
    for (size_t i = 0; i < pg.f.n; i++)
        n_ret += pg.f.v[i].label == LABEL_RETENTION;
    assert_int_equal(n_ret, 2);
    assert_true(pg.s.retention_stated);
    assert_int_equal(pg.s.max_retention_days, 90);
    assert_int_equal(pg.s.n_support[SK_MAX_RETENTION_DAYS], 1);
    findings_free(&pg.f);
    run_page(r, "Your messages are kept indefinitely, and aggregated data for research too.", &pg);
    assert_int_equal(pg.s.max_retention_days, -1);
    findings_free(&pg.f);

    /* a perpetual licence over feedback is worth knowing, not a warning;
     * over what the person posts it is */
    run_page(r, "You grant us a perpetual, irrevocable licence to use any feedback you send us.", &pg);
    assert_non_null(first_of(&pg, LABEL_CONTENT_LICENSE));
    assert_int_equal(first_of(&pg, LABEL_CONTENT_LICENSE)->severity, SEV_LOW);
    findings_free(&pg.f);
    run_page(r, "You grant us a perpetual, irrevocable licence to use anything you post.", &pg);
    assert_int_equal(first_of(&pg, LABEL_CONTENT_LICENSE)->severity, SEV_HIGH);
    findings_free(&pg.f);

    rules_free(r);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test_setup(test_marketing_opt_out_does_not_cover_training, reset),
        cmocka_unit_test_setup(test_training_opt_out_links_nearest, reset),
        cmocka_unit_test_setup(test_exception_links_opt_out_of_same_use, reset),
        cmocka_unit_test_setup(test_exception_nearest_before, reset),
        cmocka_unit_test_setup(test_exception_same_sentence_and_reach, reset),
        cmocka_unit_test_setup(test_exception_across_requests, reset),
        cmocka_unit_test_setup(test_ai_answers, reset),
        cmocka_unit_test_setup(test_empty_page, reset),
        cmocka_unit_test(test_real_rules_pages),
    };
    return cmocka_run_group_tests(tests, setup, teardown);
}
