/*
 * fuzz_diff.c - comparing two versions of a document (diff.h), as history
 * does when a page is seen again.
 *
 * Input: byte 0 picks the mode.
 *   Even: the rest is two texts split on FUZZ_SEP ("\x1e\x1e"); each is
 *   segmented and fingerprinted (diff_sentences), given findings (rules of
 *   rules/, picked by each sentence's first byte), summarised, and turned
 *   into a diff_doc, as history builds one from a page.
 *   Odd: the rest is pairs of bytes (fingerprint, label) making two
 *   synthetic documents, split on the first 0xff; fingerprints come from a
 *   small alphabet, so sentences repeat and anchors are rare: the cases the
 *   anchor logic has to get right.
 * Checks: every index in a result is inside its document, no item is both
 * added and reworded (or removed and reworded), and a document compared
 * with itself reports nothing. The JSON helpers run on every result.
 */
#include "diff.h"
#include "labels.h"
#include "text.h"

#include "fuzz_common.h"

#include <cjson/cJSON.h>
#include <string.h>

#define FUZZ_SEP "\x1e\x1e"

/* A text as history sees a page: its sentences segmented and fingerprinted
 * (diff_sentences), and findings on some of them. The findings come from
 * the sentences' first bytes, not from the classifier: fuzz_classify covers
 * that, and running it here made this harness five times slower. */
static diff_doc *text_doc(const rules *r, const char *s, size_t n, char *err)
{
    /* the protocol only ever passes valid UTF-8 */
    buf text = BUF_INIT;
    for (size_t i = 0; i < n;) {
        unsigned cp;
        size_t l = text_utf8_decode((const unsigned char *)s + i, n - i, &cp);
        int ok = cp == 0xFFFD && l == 1 ? buf_append(&text, "\xEF\xBF\xBD", 3) : buf_append(&text, s + i, l);
        FUZZ_CHECK(ok == 0, "out of memory");
        i += l;
    }
    const char *t = text.data ? text.data : "";
    diff_doc *d = diff_doc_new(err);
    FUZZ_CHECK(d != NULL, "diff_doc_new: %s", err);
    size_t *starts, n_sent;
    uint64_t *fps;
    FUZZ_CHECK(diff_sentences(t, text.len, &starts, &fps, &n_sent, err) == 0, "diff_sentences: %s", err);
    findings f = {0};
    for (size_t i = 0; i < n_sent; i++) {
        FUZZ_CHECK(starts[i] <= text.len && (i == 0 || starts[i] > starts[i - 1]), "sentence starts out of order");
        FUZZ_CHECK(diff_doc_add_sentence(d, fps[i], err) == 0, "add_sentence: %s", err);
        unsigned char c = (unsigned char)t[starts[i]];
        if (c % 3)
            continue;
        if (f.n == f.cap) {
            f.cap = f.cap ? 2 * f.cap : 16;
            f.v = realloc(f.v, f.cap * sizeof *f.v);
            FUZZ_CHECK(f.v != NULL, "out of memory");
        }
        finding *x = &f.v[f.n++];
        memset(x, 0, sizeof *x);
        x->start = starts[i];
        x->end = i + 1 < n_sent ? starts[i + 1] : text.len;
        x->rule = c % rules_count(r);
        x->label = rules_info(r, x->rule)->label;
        x->severity = c % SEV_COUNT;
        x->retention_kind = c & 8 ? RET_PERIOD : RET_NONE;
        x->retention_days = c;
        x->window_days = -1;
        x->id = (long)i;
    }
    finding **all = calloc(f.n + 1, sizeof *all);
    FUZZ_CHECK(all != NULL, "out of memory");
    for (size_t i = 0; i < f.n; i++)
        all[i] = &f.v[i];
    summary_adjust(all, f.n, r);
    summary sum;
    summary_build(all, f.n, r, &sum);
    diff_doc_set_summary(d, &sum);
    FUZZ_CHECK(diff_doc_add_findings(d, 0, starts, n_sent, all, f.n, r, err) == 0, "add_findings: %s", err);
    for (size_t i = 0; i < diff_doc_item_count(d); i++)
        FUZZ_CHECK(diff_doc_item(d, i)->sentence < n_sent, "item %zu on sentence %zu of %zu", i,
                   diff_doc_item(d, i)->sentence, n_sent);
    free(all);
    findings_free(&f);
    free(starts);
    free(fps);
    buf_free(&text);
    return d;
}

static diff_doc *synthetic_doc(const unsigned char *s, size_t n, char *err)
{
    static const char *const rule_ids[] = {"fuzz.a", "fuzz.b", "fuzz.c"};
    diff_doc *d = diff_doc_new(err);
    FUZZ_CHECK(d != NULL, "diff_doc_new: %s", err);
    summary sum;
    memset(&sum, 0, sizeof sum);
    sum.severity = -1;
    for (size_t i = 0; i + 1 < n; i += 2) {
        size_t sentence = diff_doc_sentence_count(d);
        FUZZ_CHECK(diff_doc_add_sentence(d, (uint64_t)(s[i] & 15), err) == 0, "add_sentence: %s", err);
        if (s[i + 1] & 0x80)
            continue; /* a sentence without a finding */
        int label = (s[i + 1] & 0x7f) % LABEL_COUNT;
        diff_item it = {sentence, label, label % SEV_COUNT, rule_ids[label % 3],
                        (s[i + 1] & 1) ? "{\"retention_days\":30}" : NULL, (long)i, 0, 0};
        FUZZ_CHECK(diff_doc_add_item(d, &it, err) == 0, "add_item: %s", err);
        if (label == LABEL_ARBITRATION)
            sum.arbitration = 1;
        if (label == LABEL_SALE)
            sum.sale = YN_YES;
    }
    diff_doc_set_summary(d, &sum);
    return d;
}

static void check_result(const diff_doc *o, const diff_doc *n, const diff_result *res, const rules *r)
{
    size_t no = diff_doc_item_count(o), nn = diff_doc_item_count(n);
    for (size_t i = 0; i < res->n_added; i++)
        FUZZ_CHECK(res->added[i] < nn, "added item %zu of %zu", res->added[i], nn);
    for (size_t i = 0; i < res->n_removed; i++)
        FUZZ_CHECK(res->removed[i] < no, "removed item %zu of %zu", res->removed[i], no);
    for (size_t i = 0; i < res->n_reworded; i++) {
        const diff_pair *p = &res->reworded[i];
        FUZZ_CHECK(p->old_item < no && p->new_item < nn, "reworded %zu -> %zu of %zu / %zu", p->old_item,
                   p->new_item, no, nn);
        for (size_t k = 0; k < res->n_added; k++)
            FUZZ_CHECK(res->added[k] != p->new_item, "item %zu both added and reworded", p->new_item);
        for (size_t k = 0; k < res->n_removed; k++)
            FUZZ_CHECK(res->removed[k] != p->old_item, "item %zu both removed and reworded", p->old_item);
    }
    cJSON *a = diff_answers_json(o, n, res);
    cJSON_Delete(a);
    for (size_t i = 0; i < res->n_removed; i++) {
        cJSON *j = diff_item_json(diff_doc_item(o, res->removed[i]), r);
        FUZZ_CHECK(j != NULL, "diff_item_json");
        cJSON_Delete(j);
    }
}

int LLVMFuzzerTestOneInput(const unsigned char *data, size_t size)
{
    char err[ERR_LEN];
    const rules *r = fuzz_rules();
    if (size < 1)
        return 0;
    const unsigned char *s = data + 1;
    size_t n = size - 1;
    diff_doc *docs[2];
    if (data[0] & 1) {
        const unsigned char *cut = memchr(s, 0xff, n);
        size_t first = cut ? (size_t)(cut - s) : n;
        docs[0] = synthetic_doc(s, first, err);
        docs[1] = synthetic_doc(cut ? cut + 1 : s + n, cut ? n - first - 1 : 0, err);
    } else {
        const unsigned char *sep = memmem(s, n, FUZZ_SEP, 2);
        size_t first = sep ? (size_t)(sep - s) : n;
        docs[0] = text_doc(r, (const char *)s, first, err);
        docs[1] = sep ? text_doc(r, (const char *)sep + 2, n - first - 2, err) : text_doc(r, "", 0, err);
    }
    for (int k = 0; k < 4; k++) {
        const diff_doc *o = docs[k & 1], *nw = docs[(k >> 1) & 1];
        diff_result res;
        FUZZ_CHECK(diff_run(o, nw, 1, &res, err) == 0, "diff_run: %s", err);
        check_result(o, nw, &res, r);
        if (o == nw)
            FUZZ_CHECK(!diff_result_any(&res), "a document differs from itself");
        diff_result_free(&res);
    }
    char hex[33];
    diff_doc_text_fingerprint(docs[0], hex);
    FUZZ_CHECK(strlen(hex) == 32, "text fingerprint of %zu characters", strlen(hex));
    diff_doc_free(docs[0]);
    diff_doc_free(docs[1]);
    return 0;
}
