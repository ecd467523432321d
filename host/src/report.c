/* report.c - findings as JSON. */
#include "report.h"

#include "labels.h"

#include <cjson/cJSON.h>
#include <stdio.h>

cJSON *report_values(const finding *f)
{
    cJSON *v = cJSON_CreateObject();
    if (!v)
        return NULL;
    switch (f->retention_kind) {
    case RET_PERIOD:
        cJSON_AddNumberToObject(v, "retention_days", (double)f->retention_days);
        break;
    case RET_INDEFINITE:
    case RET_UNTIL_DELETED:
        cJSON_AddNumberToObject(v, "retention_days", -1);
        break;
    default:
        break;
    }
    if (f->retention_words)
        cJSON_AddStringToObject(v, "retention", f->retention_words);
    if (f->where)
        cJSON_AddStringToObject(v, "opt_out_where", f->where);
    if (f->how != HOW_NONE)
        cJSON_AddStringToObject(v, "opt_out_how", values_how_name(f->how));
    if (f->window_days >= 0)
        cJSON_AddNumberToObject(v, "opt_out_window_days", (double)f->window_days);
    if (f->label == LABEL_OPT_OUT && f->covers) {
        cJSON *c = cJSON_AddArrayToObject(v, "covers");
        for (int l = 0; l < LABEL_COUNT && c; l++)
            if (f->covers & (1u << l))
                cJSON_AddItemToArray(c, cJSON_CreateString(label_name(l)));
    }
    return v;
}

cJSON *report_finding(const finding *f, const rules *r, const char *text, text_cursor *cur, const char *block_id)
{
    const rule_info *ri = rules_info(r, f->rule);
    cJSON *o = cJSON_CreateObject();
    if (!o)
        return NULL;
    char id[32];
    if (f->id >= 0) {
        snprintf(id, sizeof id, "f%ld", f->id);
        cJSON_AddStringToObject(o, "id", id);
    }
    if (block_id)
        cJSON_AddStringToObject(o, "block", block_id);
    /* offsets in UTF-16 units: walk forward from the last finding */
    text_cursor_seek(text, cur, f->start);
    text_cursor c2 = *cur;
    size_t start = cur->u16;
    text_cursor_seek(text, &c2, f->phrase_start);
    size_t ps = c2.u16;
    text_cursor_seek(text, &c2, f->phrase_end);
    size_t pe = c2.u16;
    text_cursor_seek(text, &c2, f->end);
    size_t end = c2.u16;
    cJSON_AddNumberToObject(o, "start", (double)start);
    cJSON_AddNumberToObject(o, "end", (double)end);
    cJSON_AddNumberToObject(o, "phrase_start", (double)ps);
    cJSON_AddNumberToObject(o, "phrase_end", (double)pe);
    cJSON_AddStringToObject(o, "label", label_name(f->label));
    cJSON_AddStringToObject(o, "rule", ri->id);
    cJSON_AddStringToObject(o, "severity", severity_name(f->severity));
    cJSON_AddStringToObject(o, "explanation", ri->explanation);
    cJSON *v = report_values(f);
    if (v)
        cJSON_AddItemToObject(o, "values", v);
    cJSON *rel = cJSON_AddArrayToObject(o, "related");
    for (int k = 0; rel && k < f->n_related; k++) {
        snprintf(id, sizeof id, "f%ld", f->related[k]);
        cJSON_AddItemToArray(rel, cJSON_CreateString(id));
    }
    return o;
}
