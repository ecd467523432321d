/*
 * history_writer.c - drives history_record for the crash and concurrency
 * tests (tests/trust/test_history_kill.py).
 *
 *   history_writer DIR write START      record generation START, START+1, ...
 *                                       forever, printing "committed G" after
 *                                       each; the test kills it with SIGKILL
 *   history_writer DIR check            print "gen G" of the document, or
 *                                       "empty"; exit 1 when the file had to
 *                                       be set aside or a record is not whole
 *   history_writer DIR fill N           record N other documents (makes every
 *                                       write long, so kills land inside one)
 *   history_writer DIR distinct TAG N   record N documents of its own
 *
 * Generation G is a document of 3000 + G % 500 sentences with G % 7 + 1
 * findings, titled "gen G": a whole record is one whose sentences and
 * findings agree with its title.
 */
#include "history.h"
#include "labels.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static diff_doc *generation(long g, char *err)
{
    diff_doc *d = diff_doc_new(err);
    size_t sentences = 3000 + (size_t)(g % 500), n_findings = (size_t)(g % 7) + 1;
    for (size_t i = 0; d && i < sentences; i++) {
        char s[64];
        snprintf(s, sizeof s, "Sentence %zu of generation %ld.", i, g);
        if (diff_doc_add_sentence(d, diff_fingerprint(s, strlen(s)), err) < 0)
            return NULL;
        if (i < n_findings) {
            diff_item it = {i, LABEL_RETENTION, SEV_LOW, "retention.period", NULL, (long)i, 0, 0};
            if (diff_doc_add_item(d, &it, err) < 0)
                return NULL;
        }
    }
    summary s;
    memset(&s, 0, sizeof s);
    s.severity = SEV_LOW;
    s.findings = n_findings;
    if (d)
        diff_doc_set_summary(d, &s);
    return d;
}

static int record(history *h, const char *url, long g, char *err)
{
    diff_doc *d = generation(g, err);
    if (!d)
        return -1;
    char title[64], note[ERR_LEN];
    snprintf(title, sizeof title, "gen %ld", g);
    history_change *c = NULL;
    int rc = history_record(h, url, title, d, 1, 1000 + g, &c, note, err);
    history_change_free(c);
    diff_doc_free(d);
    if (note[0]) {
        fprintf(stderr, "history_writer: unexpected note: %s\n", note);
        return -1;
    }
    return rc;
}

int main(int argc, char **argv)
{
    char err[ERR_LEN];
    if (argc < 3)
        return 2;
    history_opts o = {argv[1], 64u * 1024u * 1024u, 20000};
    history *h = history_open(&o, err);
    if (!h) {
        fprintf(stderr, "history_writer: %s\n", err);
        return 2;
    }
    const char *url = "https://writer.example/policy";
    int rc = 0;
    if (!strcmp(argv[2], "write") && argc == 4) {
        setvbuf(stdout, NULL, _IOLBF, 0);
        for (long g = atol(argv[3]);; g++) {
            if (record(h, url, g, err) < 0) {
                fprintf(stderr, "history_writer: %s\n", err);
                rc = 1;
                break;
            }
            printf("committed %ld\n", g);
        }
    } else if (!strcmp(argv[2], "fill") && argc == 4) {
        for (long i = 0; i < atol(argv[3]) && rc == 0; i++) {
            char other[100];
            snprintf(other, sizeof other, "https://other%ld.example/terms", i);
            rc = record(h, other, 100000 + i, err) < 0;
        }
    } else if (!strcmp(argv[2], "distinct") && argc == 5) {
        for (long i = 0; i < atol(argv[4]) && rc == 0; i++) {
            char other[100];
            snprintf(other, sizeof other, "https://%s-%ld.example/p", argv[3], i);
            rc = record(h, other, i, err) < 0;
        }
        if (rc)
            fprintf(stderr, "history_writer: %s\n", err);
    } else if (!strcmp(argv[2], "check")) {
        history_entry *e;
        size_t n;
        char note[ERR_LEN];
        if (history_list(h, &e, &n, note, err) < 0) {
            fprintf(stderr, "history_writer: %s\n", err);
            rc = 1;
        } else {
            if (note[0]) {
                fprintf(stderr, "history_writer: %s\n", note);
                rc = 1;
            }
            int found = 0;
            for (size_t i = 0; i < n; i++) {
                if (strcmp(e[i].site, "https://writer.example") != 0)
                    continue;
                long g = atol(e[i].title + 4);
                found = 1;
                if (strncmp(e[i].title, "gen ", 4) != 0 || e[i].findings != (size_t)(g % 7) + 1 ||
                    e[i].last_seen != 1000 + g) {
                    fprintf(stderr, "history_writer: a record that is not whole: %s\n", e[i].title);
                    rc = 1;
                }
                printf("gen %ld\n", g);
            }
            if (!found)
                printf("empty\n");
            printf("documents %zu\n", n);
            history_entries_free(e, n);
        }
    } else
        rc = 2;
    history_close(h);
    return rc;
}
