/* summary.c - page answers, final severities, related findings. */
#include "summary.h"

#include "labels.h"

#include <cjson/cJSON.h>
#include <stdio.h>
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

void summary_adjust(finding **all, size_t n, const rules *r)
{
    int training_opt_out = 0;
    /* Where the opt-outs are, so that no finding searches the whole page
     * (a page holds up to max_page_findings; searching per finding made
     * this quadratic, 1.3 s for 20,000 findings, outside the time budget). */
    size_t first_opt_out = n, first_training_opt_out = n;
    for (size_t i = 0; i < n; i++) {
        all[i]->n_related = 0;
        all[i]->severity = rules_info(r, all[i]->rule)->severity;
        if (all[i]->label == LABEL_OPT_OUT && first_opt_out == n)
            first_opt_out = i;
        if (all[i]->label == LABEL_OPT_OUT && (all[i]->covers & (1u << LABEL_AI_TRAINING))) {
            training_opt_out = 1;
            if (first_training_opt_out == n)
                first_training_opt_out = i;
        }
    }
    finding *last_opt_out = NULL; /* the nearest opt-out before all[i] */
    for (size_t i = 0; i < n; i++) {
        finding *f = all[i];
        if (f->label == LABEL_OPT_OUT_EXCEPTION) {
            /* the opt-out it limits: the nearest before it, else just after */
            finding *o = last_opt_out;
            if (!o)
                for (size_t k = i + 1 > first_opt_out ? i + 1 : first_opt_out; k < n; k++)
                    if (all[k]->label == LABEL_OPT_OUT && all[k]->sentence <= f->sentence + 3) {
                        o = all[k];
                        break;
                    }
            if (!o) /* or an opt-out in the same sentence */
                for (size_t k = first_opt_out; k < n; k++)
                    if (all[k]->label == LABEL_OPT_OUT && all[k]->block == f->block && all[k]->start == f->start)
                        o = all[k];
            if (o) {
                relate(f, o);
                if (o->severity < SEV_LOW)
                    o->severity = SEV_LOW; /* a partial opt-out */
                if ((o->covers & (1u << LABEL_AI_TRAINING)) && f->severity < SEV_HIGH)
                    f->severity = SEV_HIGH;
            }
        } else if (f->label == LABEL_AI_TRAINING) {
            if (has_hint(r, f, "opt_in"))
                f->severity = SEV_LOW;
            else if (training_opt_out) {
                if (f->severity > SEV_MEDIUM)
                    f->severity = SEV_MEDIUM;
                relate(f, all[first_training_opt_out]);
            } else if (f->severity < SEV_HIGH)
                f->severity = SEV_HIGH;
        } else if (f->label == LABEL_RETENTION) {
            if ((f->retention_kind == RET_INDEFINITE || f->retention_kind == RET_UNTIL_DELETED ||
                 (f->retention_kind == RET_PERIOD && f->retention_days > 3 * 365)) && f->severity < SEV_MEDIUM)
                f->severity = SEV_MEDIUM;
        }
        if (f->label == LABEL_OPT_OUT)
            last_opt_out = f;
    }
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
    int ai_default = 0, ai_opt_in = 0, ai_no = 0, sale = 0, no_sale = 0, sharing = 0, no_sharing = 0;
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
            support(s, SK_OPT_OUT, f);
            break;
        case LABEL_OPT_OUT_EXCEPTION:
            s->opt_out_exception = 1;
            support(s, SK_OPT_OUT_EXCEPTION, f);
            break;
        case LABEL_RETENTION:
            if (f->retention_kind == RET_INDEFINITE || f->retention_kind == RET_UNTIL_DELETED)
                indefinite = 1;
            else if (f->retention_kind == RET_PERIOD) {
                if (!s->retention_stated || f->retention_days > s->max_retention_days)
                    s->max_retention_days = f->retention_days;
                s->retention_stated = 1;
            }
            break;
        case LABEL_SALE: sale = 1; break;
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
    s->sale = sale ? YN_YES : no_sale ? YN_NO : YN_NOT_STATED;
    s->sharing = sharing ? YN_YES : no_sharing ? YN_NO : YN_NOT_STATED;
    /* the findings behind each answer */
    for (size_t i = 0; i < n; i++) {
        const finding *f = all[i];
        int l = f->label;
        if ((s->ai_training == AI_DEFAULT && l == LABEL_AI_TRAINING && !has_hint(r, f, "opt_in")) ||
            (s->ai_training == AI_OPT_IN && (l == LABEL_AI_TRAINING || l == LABEL_NO_AI_TRAINING) && has_hint(r, f, "opt_in")) ||
            (s->ai_training == AI_NO && l == LABEL_NO_AI_TRAINING))
            support(s, SK_AI_TRAINING, f);
        if (l == LABEL_RETENTION && s->retention_stated &&
            ((s->max_retention_days == -1 && (f->retention_kind == RET_INDEFINITE || f->retention_kind == RET_UNTIL_DELETED)) ||
             (s->max_retention_days >= 0 && f->retention_kind == RET_PERIOD && f->retention_days == s->max_retention_days)))
            support(s, SK_MAX_RETENTION_DAYS, f);
        if ((s->sale == YN_YES && l == LABEL_SALE) || (s->sale == YN_NO && l == LABEL_NO_SALE))
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

cJSON *summary_json(const summary *s)
{
    cJSON *o = cJSON_CreateObject();
    if (!o)
        return NULL;
    cJSON_AddStringToObject(o, "ai_training", summary_ai_name(s->ai_training));
    cJSON_AddBoolToObject(o, "opt_out", s->opt_out);
    cJSON_AddBoolToObject(o, "opt_out_exception", s->opt_out_exception);
    if (s->retention_stated)
        cJSON_AddNumberToObject(o, "max_retention_days", (double)s->max_retention_days);
    else
        cJSON_AddNullToObject(o, "max_retention_days");
    cJSON_AddStringToObject(o, "sale", yn_name(s->sale));
    cJSON_AddStringToObject(o, "sharing", yn_name(s->sharing));
    cJSON_AddBoolToObject(o, "consent_by_use", s->consent_by_use);
    cJSON_AddBoolToObject(o, "arbitration", s->arbitration);
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

void summary_text(const summary *s, char *out, size_t out_len)
{
    static const char *const ai[] = {"not stated", "by default", "only with opt-in", "says no"};
    static const char *const yn[] = {"not stated", "yes", "no"};
    char ret[64];
    if (s->retention_stated)
        days_text(s->max_retention_days, ret, sizeof ret);
    else
        snprintf(ret, sizeof ret, "not stated");
    snprintf(out, out_len,
             "AI training on your content: %s\n"
             "Way to opt out: %s%s\n"
             "Longest retention: %s\n"
             "Sold: %s; shared with third parties: %s\n"
             "Using or signing up counts as agreeing: %s\n"
             "Binding arbitration: %s\n"
             "Severity: %s (%zu finding%s)",
             ai[s->ai_training], s->opt_out ? "yes" : "no",
             s->opt_out_exception ? ", but some use continues despite it" : "", ret, yn[s->sale], yn[s->sharing],
             s->consent_by_use ? "yes" : "no", s->arbitration ? "yes" : "no",
             s->severity < 0 ? "none" : severity_name(s->severity), s->findings, s->findings == 1 ? "" : "s");
}
