/*
 * fuzz_rules.c - the rule-pack loader on arbitrary pack files.
 *
 * Input: the bytes of one pack file. It is written to a file under /dev/shm
 * (or $TMPDIR) because packs are read from disk, loaded without a signature
 * check (the loader proper is what is fuzzed here; signatures are checked
 * before the JSON is parsed), every pattern compiled, and when it loads,
 * each rule's examples and a few fixed sentences are classified with it.
 * PCRE2 itself is not the target: a pattern it refuses must be reported
 * and its rule disabled, never crash or hang the host.
 */
#include "classify.h"
#include "text.h"

#include "fuzz_common.h"

#include <string.h>
#include <unistd.h>

static const char *const sentences[] = {
    "We may use your content to train our models unless you opt out in Settings.",
    "We keep your logs for 18 months, and we never sell personal information.",
    "By using the service you agree to binding arbitration; you may opt out within 30 days.",
};

int LLVMFuzzerTestOneInput(const unsigned char *data, size_t size)
{
    static char path[512];
    if (!path[0]) {
        const char *dir = access("/dev/shm", W_OK) == 0 ? "/dev/shm" : getenv("TMPDIR");
        snprintf(path, sizeof path, "%s/smallprint-fuzz-rules-%ld.json", dir ? dir : "/tmp", (long)getpid());
    }
    FILE *f = fopen(path, "wb");
    FUZZ_CHECK(f != NULL, "cannot write %s", path);
    FUZZ_CHECK(fwrite(data, 1, size, f) == size && fclose(f) == 0, "cannot write %s", path);

    char err[ERR_LEN];
    rules_opts opts = {0, 1, NULL, 1, NULL};
    rules *r = rules_load_file(path, &opts, err);
    unlink(path);
    if (!r) {
        FUZZ_CHECK(err[0] != '\0', "load failed without a reason");
        return 0;
    }
    FUZZ_CHECK(rules_count(r) > 0, "a pack loaded with no rules");
    rules_compile_all(r, err);
    for (size_t k = 0; k < rules_pattern_count(r); k++)
        FUZZ_CHECK(rules_pattern_source(r, k) != NULL, "pattern %zu has no source", k);
    classifier *c = classify_new(r, err);
    FUZZ_CHECK(c != NULL, "classify_new: %s", err);
    for (size_t i = 0; i < rules_count(r); i++) {
        const rule_info *ri = rules_info(r, i);
        FUZZ_CHECK(ri->id && ri->explanation && ri->label >= 0, "rule %zu incomplete", i);
        for (int must = 0; must <= 1; must++)
            for (size_t k = 0;; k++) {
                const char *ex = rules_example(r, i, must, k);
                if (!ex)
                    break;
                uint32_t labels;
                if (!text_utf8_valid(ex, strlen(ex), NULL))
                    continue;
                FUZZ_CHECK(classify_labels(c, ex, strlen(ex), &labels, NULL, err) == 0, "classify: %s", err);
            }
    }
    for (size_t k = 0; k < sizeof sentences / sizeof sentences[0]; k++) {
        uint32_t labels;
        FUZZ_CHECK(classify_labels(c, sentences[k], strlen(sentences[k]), &labels, NULL, err) == 0, "classify: %s",
                   err);
    }
    classify_free(c);
    rules_free(r);
    return 0;
}
