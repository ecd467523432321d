/*
 * bench/throughput.c - classifier speed on real text.
 *
 * usage: throughput RULES_DIR CORPUS_FILE
 * CORPUS_FILE is plain text (bench/run.sh makes it from ../shared/documents,
 * repeated to at least 20 MB). Prints MB/s over the whole file on one core,
 * the share of sentences that pass the anchor prefilter, the latency of a
 * 100 KB page (median of 30), and the process's peak memory.
 */
#define _POSIX_C_SOURCE 200809L
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/resource.h>
#include <time.h>

#include "classify.h"
#include "buf.h"
#include "rules.h"

static double now(void)
{
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return (double)ts.tv_sec + (double)ts.tv_nsec / 1e9;
}

/* CPU time of this process: steadier than wall time on a busy machine. */
static double cpu_now(void)
{
    struct timespec ts;
    clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &ts);
    return (double)ts.tv_sec + (double)ts.tv_nsec / 1e9;
}

static int cmp_double(const void *a, const void *b)
{
    double x = *(const double *)a, y = *(const double *)b;
    return x < y ? -1 : x > y;
}

int main(int argc, char **argv)
{
    if (argc != 3) {
        fprintf(stderr, "usage: throughput RULES_DIR CORPUS_FILE\n");
        return 2;
    }
    char err[ERR_LEN];
    rules_opts opts = {0, 1, NULL, 0, NULL};
    rules *r = rules_load(argv[1], &opts, err);
    if (!r) {
        fprintf(stderr, "throughput: %s\n", err);
        return 2;
    }
    buf file = BUF_INIT;
    if (buf_read_file(&file, argv[2], err) < 0) {
        fprintf(stderr, "%s\n", err);
        return 2;
    }
    char *text = file.data;
    long size = (long)file.len;
    classifier *c = classify_new(r, err);
    findings out = {0};
    /* warm-up: compile and JIT the patterns this text needs */
    classify_ctx ctx;
    memset(&ctx, 0, sizeof ctx);
    size_t warm = size > 4000000 ? 4000000 : (size_t)size;
    while (warm < (size_t)size && text[warm] != '\n')
        warm++;
    classify_text(c, text, warm, 0, &ctx, 0, &out, err);
    findings_clear(&out);
    classify_stats before = *classify_get_stats(c);
    /* the whole file, paragraph by paragraph as pages arrive in blocks */
    double t0 = now(), c0 = cpu_now();
    size_t i = 0, blocks = 0;
    memset(&ctx, 0, sizeof ctx);
    while (i < (size_t)size) {
        char *nl = memchr(text + i, '\n', (size_t)size - i);
        size_t e = nl ? (size_t)(nl - text) : (size_t)size;
        if (e > i) {
            if (classify_text(c, text + i, e - i, blocks++, &ctx, 0, &out, err) < 0) {
                fprintf(stderr, "throughput: %s\n", err);
                return 2;
            }
            findings_clear(&out);
        }
        i = e + 1;
    }
    double t1 = now(), c1 = cpu_now();
    const classify_stats *st = classify_get_stats(c);
    size_t sentences = st->sentences - before.sentences, cands = st->candidates - before.candidates;
    double mb = (double)size / 1e6;
    printf("text            %.1f MB of real policy text (%zu blocks, %zu sentences)\n", mb, blocks, sentences);
    printf("throughput      %.1f MB/s on one core (%.3f s of CPU; %.3f s wall clock)\n", mb / (c1 - c0), c1 - c0,
           t1 - t0);
    /* the elapsed seconds, for run.sh's comparison with ripgrep */
    char side[4096];
    snprintf(side, sizeof side, "%s.ours", argv[2]);
    FILE *sf = fopen(side, "w");
    if (sf) {
        fprintf(sf, "%.6f\n", c1 - c0);
        fclose(sf);
    }
    printf("prefilter       %.1f%% of sentences pass to the rules (%zu of %zu); %.2f rules run per candidate\n",
           100.0 * (double)cands / (double)(sentences ? sentences : 1), cands, sentences,
           (double)(st->rule_runs - before.rule_runs) / (double)(cands ? cands : 1));
    /* a 100 KB page */
    size_t page = 100 * 1000;
    if ((size_t)size > page) {
        double lat[30];
        for (int k = 0; k < 30; k++) {
            size_t off = ((size_t)k * 7919 * 1000) % ((size_t)size - page);
            while (off > 0 && (text[off] & 0xC0) == 0x80)
                off--;
            size_t len = page;
            while (off + len < (size_t)size && (text[off + len] & 0xC0) == 0x80)
                len++;
            memset(&ctx, 0, sizeof ctx);
            double a = now();
            classify_text(c, text + off, len, 0, &ctx, 0, &out, err);
            lat[k] = now() - a;
            findings_clear(&out);
        }
        qsort(lat, 30, sizeof lat[0], cmp_double);
        printf("100 KB page     %.2f ms median, %.2f ms worst (classification only)\n", lat[15] * 1e3, lat[29] * 1e3);
    }
    struct rusage ru;
    getrusage(RUSAGE_SELF, &ru);
    printf("peak memory     %.1f MB (whole process, text included)\n", (double)ru.ru_maxrss / 1024.0);
    printf("pcre2 limits    %zu match-limit hits\n", st->match_errors);
    findings_free(&out);
    classify_free(c);
    rules_free(r);
    buf_free(&file);
    return 0;
}
