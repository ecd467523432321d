/*
 * bench/rule-costs.c - which rules cost the most time on real text.
 *
 * usage: rule-costs RULES_DIR CORPUS_FILE [TOP]
 * Segments the corpus, runs the prefilter, and times every candidate rule
 * on every candidate sentence; prints the TOP rules by total time, with how
 * often each ran and matched. For rule writers: a rule that runs on many
 * sentences and rarely matches wants a more specific anchor.
 */
#define _POSIX_C_SOURCE 200809L
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "buf.h"
#include "rules.h"
#include "segment.h"

typedef struct cost {
    size_t rule;
    double seconds;
    size_t runs, matches;
} cost;

static double now(void)
{
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return (double)ts.tv_sec + (double)ts.tv_nsec / 1e9;
}

static int by_time(const void *a, const void *b)
{
    double x = ((const cost *)a)->seconds, y = ((const cost *)b)->seconds;
    return x < y ? 1 : x > y ? -1 : 0;
}

int main(int argc, char **argv)
{
    if (argc < 3) {
        fprintf(stderr, "usage: rule-costs RULES_DIR CORPUS_FILE [TOP]\n");
        return 2;
    }
    int top = argc > 3 ? atoi(argv[3]) : 25;
    char err[ERR_LEN];
    rules_opts opts = {0, 1, NULL, 0, NULL};
    rules *r = rules_load(argv[1], &opts, err);
    if (!r) {
        fprintf(stderr, "rule-costs: %s\n", err);
        return 2;
    }
    buf file = BUF_INIT;
    if (buf_read_file(&file, argv[2], err) < 0) {
        fprintf(stderr, "%s\n", err);
        return 2;
    }
    char *text = file.data;
    long size = (long)file.len;
    rules_matcher *m = rules_matcher_new(r, err);
    size_t n = rules_count(r), words = rules_bitset_words(r);
    cost *c = calloc(n, sizeof *c);
    uint64_t *cand = calloc(words, sizeof *cand);
    seg_list sl = {0};
    segment_text(text, (size_t)size, &sl, err);
    double total = 0;
    size_t scanned = 0, cand_sent = 0, cand_bytes = 0;
    double in_matches = 0;
    for (size_t s = 0; s < sl.n; s++) {
        const char *p = text + sl.v[s].start;
        size_t len = sl.v[s].end - sl.v[s].start;
        memset(cand, 0, words * sizeof *cand);
        rules_prefilter(r, p, len, cand);
        rules_matcher_reset(m, p, len);
        int any = 0;
        for (size_t w = 0; w < words; w++)
            any |= cand[w] != 0;
        if (any) {
            cand_sent++;
            cand_bytes += len;
        }
        for (size_t w = 0; w < words; w++)
            for (uint64_t bits = cand[w]; bits; bits &= bits - 1) {
                size_t i = w * 64 + (size_t)__builtin_ctzll(bits), ps, pe;
                double t = now();
                int rc = rules_match(m, i, p, len, &ps, &pe);
                double el = now() - t;
                c[i].rule = i;
                c[i].seconds += el;
                c[i].runs++;
                c[i].matches += rc == 1;
                total += el;
                scanned += len;
                if (rc == 1)
                    in_matches += el;
            }
    }
    qsort(c, n, sizeof *c, by_time);
    printf("%zu sentences; %.3f s in rules in all\n", sl.n, total);
    printf("%zu candidate sentences, %.0f bytes on average; %.1f MB scanned by patterns (%.1f MB/s)\n", cand_sent,
           (double)cand_bytes / (double)(cand_sent ? cand_sent : 1), (double)scanned / 1e6, (double)scanned / 1e6 / total);
    printf("%.3f s of it in runs that matched (what a perfect prefilter would leave)\n", in_matches);
    printf("%-44s %8s %8s %8s %7s\n", "rule", "ms", "runs", "matches", "us/run");
    for (int k = 0; k < top && (size_t)k < n && c[k].runs; k++)
        printf("%-44s %8.1f %8zu %8zu %7.2f\n", rules_info(r, c[k].rule)->id, c[k].seconds * 1e3, c[k].runs,
               c[k].matches, c[k].seconds * 1e6 / (double)c[k].runs);
    seg_list_free(&sl);
    free(cand);
    free(c);
    buf_free(&file);
    rules_matcher_free(m);
    rules_free(r);
    return 0;
}
