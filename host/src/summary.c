/* summary.c - page answers, final severities, related findings. */
#include "summary.h"

#include "labels.h"

#include <cjson/cJSON.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static int has_hint(const rules *r, const finding *f, const char *hint)
{
    const char *h = rules_info(r, f->rule)->hint;
    return h && strstr(h, hint) != NULL;
}

static void relate(finding *a, finding *b)
{
    int i;
    for (i = 0; i < a->n_related; i++)
        if (a->related[i] == b->id)
            break;
    if (i == a->n_related && a->n_related < 4)
        a->related[a->n_related++] = b->id;
    for (i = 0; i < b->n_related; i++)
        if (b->related[i] == a->id)
            break;
    if (i == b->n_related && b->n_related < 4)
        b->related[b->n_related++] = a->id;
}

#define AI_BIT (1u << LABEL_AI_TRAINING)
/* how far (in sentences) an exception looks for the opt-out it limits */
#define EXCEPTION_REACH_BEFORE 8
#define EXCEPTION_REACH_AFTER 3

/* Sentences from a to b when b follows a in the same run of sentences;
 * (size_t)-1 when they cannot be compared (b before a: findings stored for
 * a page across several requests restart their sentence count). */
static size_t sentences_after(const finding *a, const finding *b)
{
    return b->sentence >= a->sentence ? b->sentence - a->sentence : (size_t)-1;
}

static int same_sentence(const finding *a, const finding *b)
{
    return a->block == b->block && a->start == b->start;
}

/* Where the opt-outs are. Each finding used to search the whole page for
 * its opt-out, which is quadratic in the findings a page holds (up to
 * max_page_findings) and runs after the time budget is checked: 20,000
 * training findings and one training opt-out took 1.25 s per message. The
 * tables give each finding its nearest opt-out before and after (and the
 * same for opt-outs that cover training); without memory for them the
 * same answers come from scanning. */
#define NONE ((size_t)-1)

typedef struct opt_tables {
    size_t *prev, *next;             /* nearest opt-out before / after all[i], or NONE */
    size_t *prev_train, *next_train; /* ... of those that cover AI training */
} opt_tables;

static int is_opt_out(const finding *f, int training)
{
    return f->label == LABEL_OPT_OUT && (!training || (f->covers & AI_BIT));
}

static size_t before(finding **all, const size_t *table, size_t i, int training)
{
    if (table)
        return table[i];
    for (size_t k = i; k-- > 0;)
        if (is_opt_out(all[k], training))
            return k;
    return NONE;
}

static size_t after(finding **all, size_t n, const size_t *table, size_t i, int training)
{
    if (table)
        return table[i];
    for (size_t k = i + 1; k < n; k++)
        if (is_opt_out(all[k], training))
            return k;
    return NONE;
}

static void tables_build(finding **all, size_t n, opt_tables *t)
{
    t->prev = malloc((n + 1) * sizeof *t->prev);
    t->next = malloc((n + 1) * sizeof *t->next);
    t->prev_train = malloc((n + 1) * sizeof *t->prev_train);
    t->next_train = malloc((n + 1) * sizeof *t->next_train);
    if (!t->prev || !t->next || !t->prev_train || !t->next_train) {
        free(t->prev);
        free(t->next);
        free(t->prev_train);
        free(t->next_train);
        memset(t, 0, sizeof *t); /* scan instead */
        return;
    }
    size_t p = NONE, pt = NONE;
    for (size_t i = 0; i < n; i++) {
        t->prev[i] = p;
        t->prev_train[i] = pt;
        if (is_opt_out(all[i], 0))
            p = i;
        if (is_opt_out(all[i], 1))
            pt = i;
    }
    p = pt = NONE;
    for (size_t i = n; i-- > 0;) {
        t->next[i] = p;
        t->next_train[i] = pt;
        if (is_opt_out(all[i], 0))
            p = i;
        if (is_opt_out(all[i], 1))
            pt = i;
    }
}

static void tables_free(opt_tables *t)
{
    free(t->prev);
    free(t->next);
    free(t->prev_train);
    free(t->next_train);
}

/* The opt-out an exception (all[i]) limits: one in the same sentence; else
 * the nearest one before it (within reach) about the same use; else the
 * nearest before it; else one shortly after it. NULL when none is near. */
static finding *limited_opt_out(finding **all, size_t n, size_t i, const opt_tables *t)
{
    const finding *e = all[i];
    finding *same_use = NULL, *nearest = NULL;
    for (size_t k = before(all, t->prev, i, 0); k != NONE; k = before(all, t->prev, k, 0)) {
        finding *o = all[k];
        if (same_sentence(o, e))
            return o;
        size_t d = sentences_after(o, e);
        if (d > EXCEPTION_REACH_BEFORE)
            break;
        if (!nearest)
            nearest = o;
        if (!same_use && (o->covers & e->covers))
            same_use = o;
    }
    if (same_use)
        return same_use;
    if (nearest)
        return nearest;
    size_t k = after(all, n, t->next, i, 0); /* only the first one after it counts */
    if (k == NONE)
        return NULL;
    if (same_sentence(all[k], e))
        return all[k];
    return sentences_after(e, all[k]) > EXCEPTION_REACH_AFTER ? NULL : all[k];
}

/* The training opt-out an ai_training finding (all[i]) is subject to: in
 * its own sentence, else the nearest one on the page (the earlier of two
 * as near). A sentence's findings are adjacent in `all` and it holds at
 * most one opt-out, so the answer is the nearest one on either side. */
static finding *nearest_training_opt_out(finding **all, size_t n, size_t i, const opt_tables *t)
{
    size_t side[2] = {before(all, t->prev_train, i, 1), after(all, n, t->next_train, i, 1)};
    finding *best = NULL;
    size_t best_d = (size_t)-1;
    for (int s = 0; s < 2; s++) {
        size_t k = side[s];
        if (k == NONE)
            continue;
        size_t d = same_sentence(all[k], all[i]) ? 0 : k > i ? k - i : i - k;
        if (d < best_d) {
            best = all[k];
            best_d = d;
        }
    }
    return best;
}

/* Does the sentence of all[i] also hold a finding with this label? The
 * findings of one sentence are next to each other (they are found and kept
 * in text order); were they not, this answers "no", as before it existed. */
static int sentence_has(finding *const *all, size_t n, size_t i, int label)
{
    const finding *f = all[i];
    for (size_t j = i; j-- > 0 && all[j]->block == f->block && all[j]->start == f->start;)
        if ((int)all[j]->label == label)
            return 1;
    for (size_t j = i + 1; j < n && all[j]->block == f->block && all[j]->start == f->start; j++)
        if ((int)all[j]->label == label)
            return 1;
    return 0;
}

/* A sale finding that only names the right to opt out of a sale ("You may
 * opt out of the sale of your data") says little beside a plain denial ("We
 * do not sell your data"): a careful reader answers "no". One that admits a
 * sale does ("may be considered a sale", "we may have sold"), even beside a
 * denial, and so does any sale stated in the same sentence as a denial
 * ("Although we do not sell for money, our sharing may count as a sale"). */
static int sale_admitted(finding *const *all, size_t n, size_t i)
{
    return sentence_has(all, n, i, LABEL_NO_SALE) || !sentence_has(all, n, i, LABEL_OPT_OUT);
}

void summary_adjust(finding **all, size_t n, const rules *r)
{
    int training_opt_out = 0, sale_admitted_here = 0, no_sale = 0;
    for (size_t i = 0; i < n; i++) {
        all[i]->n_related = 0;
        all[i]->severity = rules_info(r, all[i]->rule)->severity;
        if (all[i]->label == LABEL_OPT_OUT && (all[i]->covers & AI_BIT))
            training_opt_out = 1;
        if (all[i]->label == LABEL_NO_SALE)
            no_sale = 1;
        if (all[i]->label == LABEL_SALE && sale_admitted(all, n, i))
            sale_admitted_here = 1;
    }
    opt_tables t;
    tables_build(all, n, &t);
    for (size_t i = 0; i < n; i++) {
        finding *f = all[i];
        if (f->label == LABEL_OPT_OUT_EXCEPTION) {
            finding *o = limited_opt_out(all, n, i, &t);
            if (o) {
                relate(f, o);
                if (o->severity < SEV_LOW)
                    o->severity = SEV_LOW; /* a partial opt-out */
            }
            /* use of your content for AI going on despite the choice */
            if (((o && (o->covers & AI_BIT)) || (f->covers & AI_BIT)) && f->severity < SEV_HIGH)
                f->severity = SEV_HIGH;
        } else if (f->label == LABEL_AI_TRAINING) {
            if (has_hint(r, f, "opt_in"))
                f->severity = SEV_LOW;
            else if (training_opt_out) {
                if (f->severity > SEV_MEDIUM)
                    f->severity = SEV_MEDIUM;
                finding *o = nearest_training_opt_out(all, n, i, &t);
                if (o)
                    relate(f, o);
            } else if (f->severity < SEV_HIGH)
                f->severity = SEV_HIGH;
        } else if (f->label == LABEL_SALE && no_sale && !sale_admitted_here) {
            /* no sale finding on the page admits a sale, so this one is
             * the right to opt out of one, on a page that says it sells
             * nothing (the summary answers "no"): worth knowing, not a
             * warning, so it does not make the page high */
            if (f->severity > SEV_LOW)
                f->severity = SEV_LOW;
        } else if (f->label == LABEL_CONTENT_LICENSE && f->feedback_only) {
            /* a licence over suggestions a person chooses to send, not
             * over what they post: worth knowing, not a warning */
            if (f->severity > SEV_LOW)
                f->severity = SEV_LOW;
        } else if (f->label == LABEL_RETENTION && !f->retention_anonymous) {
            if ((f->retention_kind == RET_INDEFINITE || f->retention_kind == RET_UNTIL_DELETED ||
                 (f->retention_kind == RET_PERIOD && f->retention_days > 3 * 365)) && f->severity < SEV_MEDIUM)
                f->severity = SEV_MEDIUM;
        }
    }
    tables_free(&t);
}

static void support(summary *s, enum summary_key k, const finding *f)
{
    if (s->n_support[k] < SUMMARY_SUPPORT_MAX)
        s->support[k][s->n_support[k]++] = f->id;
}

void summary_build(finding *const *all, size_t n, const rules *r, summary *s)
{
    memset(s, 0, sizeof *s);
    s->severity = -1;
    s->findings = n;
    int ai_default = 0, ai_opt_in = 0, ai_no = 0, sale = 0, sale_right = 0, no_sale = 0, sharing = 0, no_sharing = 0;
    int indefinite = 0;
    for (size_t i = 0; i < n; i++) {
        const finding *f = all[i];
        if (f->severity > s->severity)
            s->severity = f->severity;
        switch (f->label) {
        case LABEL_AI_TRAINING:
            if (has_hint(r, f, "opt_in"))
                ai_opt_in = 1;
            else
                ai_default = 1;
            break;
        case LABEL_NO_AI_TRAINING:
            if (has_hint(r, f, "opt_in"))
                ai_opt_in = 1;
            else
                ai_no = 1;
            break;
        case LABEL_OPT_OUT:
            s->opt_out = 1;
            if (f->covers & AI_BIT)
                s->ai_opt_out = 1;
            support(s, SK_OPT_OUT, f);
            break;
        case LABEL_OPT_OUT_EXCEPTION:
            s->opt_out_exception = 1;
            support(s, SK_OPT_OUT_EXCEPTION, f);
            break;
        case LABEL_RETENTION:
            /* how long the person's data is kept: "non-personal information
             * is kept indefinitely" does not answer it */
            if (f->retention_anonymous)
                break;
            if (f->retention_kind == RET_INDEFINITE || f->retention_kind == RET_UNTIL_DELETED)
                indefinite = 1;
            else if (f->retention_kind == RET_PERIOD) {
                if (!s->retention_stated || f->retention_days > s->max_retention_days)
                    s->max_retention_days = f->retention_days;
                s->retention_stated = 1;
            }
            break;
        case LABEL_SALE:
            if (sale_admitted(all, n, i))
                sale = 1;
            else
                sale_right = 1;
            break;
        case LABEL_NO_SALE: no_sale = 1; break;
        case LABEL_SHARING: sharing = 1; break;
        case LABEL_NO_SHARING: no_sharing = 1; break;
        case LABEL_CONSENT_BY_USE:
            s->consent_by_use = 1;
            support(s, SK_CONSENT_BY_USE, f);
            break;
        case LABEL_ARBITRATION:
            s->arbitration = 1;
            support(s, SK_ARBITRATION, f);
            break;
        default: break;
        }
    }
    if (indefinite) {
        s->retention_stated = 1;
        s->max_retention_days = -1;
    }
    s->ai_training = ai_default ? AI_DEFAULT : ai_opt_in ? AI_OPT_IN : ai_no ? AI_NO : AI_NOT_STATED;
    s->sale = sale ? YN_YES : no_sale ? YN_NO : sale_right ? YN_YES : YN_NOT_STATED;
    s->sharing = sharing ? YN_YES : no_sharing ? YN_NO : YN_NOT_STATED;
    /* the findings behind each answer */
    for (size_t i = 0; i < n; i++) {
        const finding *f = all[i];
        int l = f->label;
        if ((s->ai_training == AI_DEFAULT && l == LABEL_AI_TRAINING && !has_hint(r, f, "opt_in")) ||
            (s->ai_training == AI_OPT_IN && (l == LABEL_AI_TRAINING || l == LABEL_NO_AI_TRAINING) && has_hint(r, f, "opt_in")) ||
            (s->ai_training == AI_NO && l == LABEL_NO_AI_TRAINING))
            support(s, SK_AI_TRAINING, f);
        if (l == LABEL_RETENTION && s->retention_stated && !f->retention_anonymous &&
            ((s->max_retention_days == -1 && (f->retention_kind == RET_INDEFINITE || f->retention_kind == RET_UNTIL_DELETED)) ||
             (s->max_retention_days >= 0 && f->retention_kind == RET_PERIOD && f->retention_days == s->max_retention_days)))
            support(s, SK_MAX_RETENTION_DAYS, f);
        if ((s->sale == YN_YES && l == LABEL_SALE && (!sale || sale_admitted(all, n, i))) ||
            (s->sale == YN_NO && l == LABEL_NO_SALE))
            support(s, SK_SALE, f);
        if ((s->sharing == YN_YES && l == LABEL_SHARING) || (s->sharing == YN_NO && l == LABEL_NO_SHARING))
            support(s, SK_SHARING, f);
    }
}

const char *summary_ai_name(enum ai_answer a)
{
    static const char *const names[] = {"not_stated", "default", "opt_in", "no"};
    return names[a];
}

static const char *yn_name(enum yes_no v)
{
    static const char *const names[] = {"not_stated", "yes", "no"};
    return names[v];
}

static const char *const key_names[SK_COUNT] = {"ai_training", "opt_out", "opt_out_exception", "max_retention_days",
                                                "sale", "sharing", "consent_by_use", "arbitration"};

const char *summary_key_name(enum summary_key k) { return key_names[k]; }

const char *summary_key_title(enum summary_key k)
{
    static const char *const titles[SK_COUNT] = {"AI training", "Opt-out", "Use despite an opt-out",
                                                 "Longest retention", "Sale of your data", "Sharing with third parties",
                                                 "Agreeing just by using", "Binding arbitration"};
    return titles[k];
}

cJSON *summary_answer_json(const summary *s, enum summary_key k)
{
    switch (k) {
    case SK_AI_TRAINING: return cJSON_CreateString(summary_ai_name(s->ai_training));
    case SK_OPT_OUT: return cJSON_CreateBool(s->opt_out);
    case SK_OPT_OUT_EXCEPTION: return cJSON_CreateBool(s->opt_out_exception);
    case SK_MAX_RETENTION_DAYS:
        return s->retention_stated ? cJSON_CreateNumber((double)s->max_retention_days) : cJSON_CreateNull();
    case SK_SALE: return cJSON_CreateString(yn_name(s->sale));
    case SK_SHARING: return cJSON_CreateString(yn_name(s->sharing));
    case SK_CONSENT_BY_USE: return cJSON_CreateBool(s->consent_by_use);
    case SK_ARBITRATION: return cJSON_CreateBool(s->arbitration);
    default: return cJSON_CreateNull();
    }
}

static int name_index(const char *const *names, int n, const cJSON *v)
{
    if (!cJSON_IsString(v))
        return -1;
    for (int i = 0; i < n; i++)
        if (strcmp(names[i], v->valuestring) == 0)
            return i;
    return -1;
}

int summary_answers_from_json(const cJSON *o, summary *s)
{
    static const char *const ai[] = {"not_stated", "default", "opt_in", "no"};
    static const char *const yn[] = {"not_stated", "yes", "no"};
    memset(s, 0, sizeof *s);
    s->severity = -1;
    const cJSON *v[SK_COUNT];
    for (int k = 0; k < SK_COUNT; k++)
        if (!(v[k] = cJSON_GetObjectItemCaseSensitive(o, key_names[k])))
            return -1;
    int a = name_index(ai, 4, v[SK_AI_TRAINING]), sale = name_index(yn, 3, v[SK_SALE]),
        sharing = name_index(yn, 3, v[SK_SHARING]);
    if (a < 0 || sale < 0 || sharing < 0 || !cJSON_IsBool(v[SK_OPT_OUT]) || !cJSON_IsBool(v[SK_OPT_OUT_EXCEPTION]) ||
        !cJSON_IsBool(v[SK_CONSENT_BY_USE]) || !cJSON_IsBool(v[SK_ARBITRATION]) ||
        !(cJSON_IsNull(v[SK_MAX_RETENTION_DAYS]) || cJSON_IsNumber(v[SK_MAX_RETENTION_DAYS])))
        return -1;
    s->ai_training = (enum ai_answer)a;
    s->sale = (enum yes_no)sale;
    s->sharing = (enum yes_no)sharing;
    s->opt_out = cJSON_IsTrue(v[SK_OPT_OUT]);
    s->opt_out_exception = cJSON_IsTrue(v[SK_OPT_OUT_EXCEPTION]);
    s->consent_by_use = cJSON_IsTrue(v[SK_CONSENT_BY_USE]);
    s->arbitration = cJSON_IsTrue(v[SK_ARBITRATION]);
    if (cJSON_IsNumber(v[SK_MAX_RETENTION_DAYS])) {
        s->retention_stated = 1;
        s->max_retention_days = (long)v[SK_MAX_RETENTION_DAYS]->valuedouble;
    }
    const cJSON *sev = cJSON_GetObjectItemCaseSensitive(o, "severity");
    if (cJSON_IsString(sev))
        s->severity = severity_from_name(sev->valuestring);
    const cJSON *n = cJSON_GetObjectItemCaseSensitive(o, "findings");
    if (cJSON_IsNumber(n) && n->valuedouble >= 0)
        s->findings = (size_t)n->valuedouble;
    return 0;
}

int summary_same_answer(const summary *a, const summary *b, enum summary_key k)
{
    switch (k) {
    case SK_AI_TRAINING: return a->ai_training == b->ai_training;
    case SK_OPT_OUT: return !a->opt_out == !b->opt_out;
    case SK_OPT_OUT_EXCEPTION: return !a->opt_out_exception == !b->opt_out_exception;
    case SK_MAX_RETENTION_DAYS:
        return a->retention_stated == b->retention_stated &&
               (!a->retention_stated || a->max_retention_days == b->max_retention_days);
    case SK_SALE: return a->sale == b->sale;
    case SK_SHARING: return a->sharing == b->sharing;
    case SK_CONSENT_BY_USE: return !a->consent_by_use == !b->consent_by_use;
    case SK_ARBITRATION: return !a->arbitration == !b->arbitration;
    default: return 1;
    }
}

cJSON *summary_json(const summary *s)
{
    cJSON *o = cJSON_CreateObject();
    if (!o)
        return NULL;
    for (int k = 0; k < SK_COUNT; k++)
        cJSON_AddItemToObject(o, key_names[k], summary_answer_json(s, (enum summary_key)k));
    cJSON_AddStringToObject(o, "severity", s->severity < 0 ? "none" : severity_name(s->severity));
    cJSON_AddNumberToObject(o, "findings", (double)s->findings);
    cJSON *sup = cJSON_AddObjectToObject(o, "support");
    if (!sup) {
        cJSON_Delete(o);
        return NULL;
    }
    for (int k = 0; k < SK_COUNT; k++) {
        if (!s->n_support[k])
            continue;
        cJSON *arr = cJSON_AddArrayToObject(sup, key_names[k]);
        if (!arr) {
            cJSON_Delete(o);
            return NULL;
        }
        for (size_t i = 0; i < s->n_support[k]; i++) {
            char id[32];
            snprintf(id, sizeof id, "f%ld", s->support[k][i]);
            cJSON_AddItemToArray(arr, cJSON_CreateString(id));
        }
    }
    return o;
}

static void days_text(long days, char *out, size_t len)
{
    if (days < 0)
        snprintf(out, len, "indefinitely or until you delete it");
    else if (days >= 365 && days % 365 == 0)
        snprintf(out, len, "%ld year%s", days / 365, days == 365 ? "" : "s");
    else if (days >= 30 && days % 30 == 0)
        snprintf(out, len, "%ld month%s", days / 30, days == 30 ? "" : "s");
    else
        snprintf(out, len, "%ld day%s", days, days == 1 ? "" : "s");
}

static const char *const ai_words[] = {"not stated", "by default", "only with opt-in", "no"};
static const char *const yn_words[] = {"not stated", "yes", "no"};

void summary_answer_text(const summary *s, enum summary_key k, char *out, size_t len)
{
    switch (k) {
    case SK_AI_TRAINING: snprintf(out, len, "%s", ai_words[s->ai_training]); break;
    case SK_OPT_OUT: snprintf(out, len, "%s", s->opt_out ? "yes" : "no"); break;
    case SK_OPT_OUT_EXCEPTION: snprintf(out, len, "%s", s->opt_out_exception ? "yes" : "no"); break;
    case SK_MAX_RETENTION_DAYS:
        if (s->retention_stated)
            days_text(s->max_retention_days, out, len);
        else
            snprintf(out, len, "not stated");
        break;
    case SK_SALE: snprintf(out, len, "%s", yn_words[s->sale]); break;
    case SK_SHARING: snprintf(out, len, "%s", yn_words[s->sharing]); break;
    case SK_CONSENT_BY_USE: snprintf(out, len, "%s", s->consent_by_use ? "yes" : "no"); break;
    case SK_ARBITRATION: snprintf(out, len, "%s", s->arbitration ? "yes" : "no"); break;
    default: snprintf(out, len, "?"); break;
    }
}

void summary_text(const summary *s, char *out, size_t out_len)
{
    char ret[64];
    summary_answer_text(s, SK_MAX_RETENTION_DAYS, ret, sizeof ret);
    /* a careful reader's answer: an opt-out of e-mail is not an opt-out of
     * training, so say which one the page offers */
    const char *ai_choice = "";
    if (s->ai_training == AI_DEFAULT)
        ai_choice = s->ai_opt_out ? " (you can opt out)" : " (no opt-out for it found)";
    snprintf(out, out_len,
             "AI training on your content: %s%s\n"
             "Way to opt out: %s%s\n"
             "Longest retention: %s\n"
             "Sold: %s; shared with third parties: %s\n"
             "Using or signing up counts as agreeing: %s\n"
             "Binding arbitration: %s\n"
             "Severity: %s (%zu finding%s)",
             s->ai_training == AI_NO ? "says no" : ai_words[s->ai_training], ai_choice, s->opt_out ? "yes" : "no",
             s->opt_out_exception ? ", but some use continues despite it" : "", ret, yn_words[s->sale], yn_words[s->sharing],
             s->consent_by_use ? "yes" : "no", s->arbitration ? "yes" : "no",
             s->severity < 0 ? "none" : severity_name(s->severity), s->findings, s->findings == 1 ? "" : "s");
}
