/* labels.c - label and severity names. */
#include "labels.h"

#include <string.h>

static const char *const label_names[LABEL_COUNT] = {
    "ai_training",   "no_ai_training", "opt_out",           "opt_out_exception",
    "opt_in",        "retention",      "sharing",           "no_sharing",
    "sale",          "no_sale",        "consent_by_use",    "arbitration",
    "unilateral_change", "deletion",   "human_review",      "content_license",
    "marketing",
};

static const char *const label_titles[LABEL_COUNT] = {
    "AI training",        "No AI training",  "Opt-out",          "Opt-out exception",
    "Opt-in",             "Retention",       "Sharing",          "No sharing",
    "Sale",               "No sale",         "Consent by use",   "Arbitration",
    "Terms can change",   "Deletion",        "Human review",     "Content licence",
    "Marketing",
};

static const char *const severity_names[SEV_COUNT] = {"info", "low", "medium", "high"};

const char *label_name(int label)
{
    return label >= 0 && label < LABEL_COUNT ? label_names[label] : "?";
}

const char *label_title(int label)
{
    return label >= 0 && label < LABEL_COUNT ? label_titles[label] : "?";
}

int label_from_name(const char *name)
{
    for (int i = 0; i < LABEL_COUNT; i++)
        if (strcmp(label_names[i], name) == 0)
            return i;
    return -1;
}

const char *severity_name(int severity)
{
    return severity >= 0 && severity < SEV_COUNT ? severity_names[severity] : "?";
}

int severity_from_name(const char *name)
{
    for (int i = 0; i < SEV_COUNT; i++)
        if (strcmp(severity_names[i], name) == 0)
            return i;
    return -1;
}
