/*
 * fuzz_classify.c - the classifier on arbitrary text, as one block or as
 * several (split on U+001E) sharing one context, with the rules in rules/.
 *
 * Bytes that are not UTF-8 become U+FFFD first (the protocol rejects such
 * messages and doc.c repairs files; the classifier is only ever given valid
 * text). Checks: every finding lies inside its block, its phrase inside its
 * sentence, on character boundaries; reporting (UTF-16 offsets, values) and
 * the page summary work on whatever was found. No deadline: an input that
 * is slow here is a finding (libFuzzer's -timeout).
 */
#include "classify.h"
#include "labels.h"
#include "report.h"
#include "summary.h"
#include "text.h"

#include "fuzz_common.h"

#include <cjson/cJSON.h>
#include <string.h>

static int boundary(const char *s, size_t n, size_t at)
{
    return at == n || ((unsigned char)s[at] & 0xC0) != 0x80;
}

int LLVMFuzzerTestOneInput(const unsigned char *data, size_t size)
{
    static classifier *c;
    char err[ERR_LEN];
    rules *r = fuzz_rules();
    if (!c) {
        c = classify_new(r, err);
        FUZZ_CHECK(c != NULL, "classify_new: %s", err);
    }
    /* repair to valid UTF-8, as doc.c does */
    buf text = BUF_INIT;
    for (size_t i = 0; i < size;) {
        unsigned cp;
        size_t l = text_utf8_decode(data + i, size - i, &cp);
        int ok = cp == 0xFFFD && l == 1 ? buf_append(&text, "\xEF\xBF\xBD", 3) : buf_append(&text, data + i, l);
        FUZZ_CHECK(ok == 0, "out of memory");
        i += l;
    }
    const char *s = text.data ? text.data : "";
    FUZZ_CHECK(text_utf8_valid(s, text.len, NULL), "repair left invalid UTF-8");

    findings out = {0};
    classify_ctx ctx;
    memset(&ctx, 0, sizeof ctx);
    size_t block_start[64], block_len[64], n_blocks = 0, at = 0;
    for (;;) {
        const char *sep = memchr(s + at, 0x1e, text.len - at);
        size_t end = sep && n_blocks < 63 ? (size_t)(sep - s) : text.len;
        block_start[n_blocks] = at;
        block_len[n_blocks] = end - at;
        FUZZ_CHECK(classify_text(c, s + at, end - at, n_blocks, &ctx, 0, &out, err) == 0, "classify_text: %s", err);
        n_blocks++;
        if (end == text.len)
            break;
        at = end + 1;
    }
    finding **all = calloc(out.n + 1, sizeof *all);
    FUZZ_CHECK(all != NULL, "out of memory");
    for (size_t i = 0; i < out.n; i++) {
        finding *f = &out.v[i];
        FUZZ_CHECK(f->block < n_blocks, "block %zu of %zu", f->block, n_blocks);
        const char *b = s + block_start[f->block];
        size_t bl = block_len[f->block];
        FUZZ_CHECK(f->start < f->end && f->end <= bl, "sentence %zu..%zu in a block of %zu", f->start, f->end, bl);
        FUZZ_CHECK(f->start <= f->phrase_start && f->phrase_start <= f->phrase_end && f->phrase_end <= f->end,
                   "phrase %zu..%zu outside sentence %zu..%zu", f->phrase_start, f->phrase_end, f->start, f->end);
        FUZZ_CHECK(boundary(b, bl, f->start) && boundary(b, bl, f->end) && boundary(b, bl, f->phrase_start) &&
                       boundary(b, bl, f->phrase_end),
                   "an offset splits a character");
        FUZZ_CHECK(f->label >= 0 && f->label < LABEL_COUNT && f->rule < rules_count(r), "label %d rule %zu", f->label,
                   f->rule);
        f->id = (long)i;
        all[i] = f;
        text_cursor cur = {0, 0};
        cJSON *j = report_finding(f, r, b, &cur, "b");
        FUZZ_CHECK(j != NULL, "report_finding");
        double end16 = cJSON_GetObjectItemCaseSensitive(j, "end")->valuedouble;
        FUZZ_CHECK(end16 <= (double)text_utf16_len(b, bl), "UTF-16 end past the block");
        cJSON_Delete(j);
    }
    summary_adjust(all, out.n, r);
    summary sum;
    summary_build(all, out.n, r, &sum);
    cJSON *sj = summary_json(&sum);
    FUZZ_CHECK(sj != NULL, "summary_json");
    cJSON_Delete(sj);
    char line[2048];
    summary_text(&sum, line, sizeof line);
    (void)text_language(s, text.len);
    free(all);
    findings_free(&out);
    buf_free(&text);
    return 0;
}
