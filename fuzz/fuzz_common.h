/*
 * fuzz_common.h - what the libFuzzer harnesses share: the rule set they run
 * with, and a check that aborts (so libFuzzer saves the input) when an
 * invariant of the host breaks.
 *
 * The rules come from $SMALLPRINT_FUZZ_RULES, else the repository's rules/
 * (FUZZ_RULES_DIR, set by mk/fuzz.mk). They are loaded once per process and
 * deliberately never freed: every input shares them, as every message of a
 * connection does in the host.
 */
#ifndef SMALLPRINT_FUZZ_COMMON_H
#define SMALLPRINT_FUZZ_COMMON_H

#include "common.h"
#include "rules.h"

#include <stdio.h>
#include <stdlib.h>

#ifndef FUZZ_RULES_DIR
#define FUZZ_RULES_DIR "rules"
#endif

#define FUZZ_CHECK(cond, ...)                                                   \
    do {                                                                        \
        if (!(cond)) {                                                          \
            fprintf(stderr, "fuzz check failed at %s:%d: %s: ", __FILE__,       \
                    __LINE__, #cond);                                           \
            fprintf(stderr, __VA_ARGS__);                                       \
            fputc('\n', stderr);                                                \
            abort();                                                            \
        }                                                                       \
    } while (0)

static inline rules *fuzz_rules(void)
{
    static rules *r;
    if (!r) {
        char err[ERR_LEN];
        const char *dir = getenv("SMALLPRINT_FUZZ_RULES");
        rules_opts opts = {0, 1, NULL, 0, NULL};
        r = rules_load(dir && *dir ? dir : FUZZ_RULES_DIR, &opts, err);
        if (!r) {
            fprintf(stderr, "fuzz: cannot load rules: %s\n", err);
            abort();
        }
    }
    return r;
}

int LLVMFuzzerTestOneInput(const unsigned char *data, size_t size);

#endif
