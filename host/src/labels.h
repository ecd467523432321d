/*
 * labels.h - the 17 labels of the taxonomy and the four severities.
 *
 * The names are exactly those of shared/taxonomy.md; nothing else in the
 * host spells a label. No allocation; no errors (unknown names give -1).
 */
#ifndef SMALLPRINT_LABELS_H
#define SMALLPRINT_LABELS_H

enum label {
    LABEL_AI_TRAINING,
    LABEL_NO_AI_TRAINING,
    LABEL_OPT_OUT,
    LABEL_OPT_OUT_EXCEPTION,
    LABEL_OPT_IN,
    LABEL_RETENTION,
    LABEL_SHARING,
    LABEL_NO_SHARING,
    LABEL_SALE,
    LABEL_NO_SALE,
    LABEL_CONSENT_BY_USE,
    LABEL_ARBITRATION,
    LABEL_UNILATERAL_CHANGE,
    LABEL_DELETION,
    LABEL_HUMAN_REVIEW,
    LABEL_CONTENT_LICENSE,
    LABEL_MARKETING,
    LABEL_COUNT
};

enum severity { SEV_INFO, SEV_LOW, SEV_MEDIUM, SEV_HIGH, SEV_COUNT };

/* Label name for an id in [0, LABEL_COUNT); "?" otherwise. */
const char *label_name(int label);
/* Label id for a name, or -1. */
int label_from_name(const char *name);
/* A short human title ("AI training"). */
const char *label_title(int label);

const char *severity_name(int severity);
int severity_from_name(const char *name);

#endif
