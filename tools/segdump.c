/*
 * segdump.c - print how a file is turned into text and cut into sentences,
 * each with its 1-based line:column in the original file. A tool for reading
 * the segmenter's output by eye; not part of the host.
 *
 * usage: build/segdump [--text] FILE...
 *   --text   also print the converted plain text before the sentences
 */
#include "doc.h"
#include "segment.h"

#include "common.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static char *slurp(const char *path, size_t *len)
{
    FILE *f = fopen(path, "rb");
    if (!f)
        return NULL;
    size_t cap = 1 << 16, n = 0;
    char *b = malloc(cap);
    size_t got;
    while (b && (got = fread(b + n, 1, cap - n, f)) > 0) {
        n += got;
        if (n == cap) {
            char *nb = realloc(b, cap *= 2);
            if (!nb) {
                free(b);
                b = NULL;
            }
            b = nb;
        }
    }
    fclose(f);
    *len = n;
    return b;
}

int main(int argc, char **argv)
{
    int show_text = 0, rc = 0;
    for (int a = 1; a < argc; a++) {
        if (strcmp(argv[a], "--text") == 0) {
            show_text = 1;
            continue;
        }
        size_t n;
        char *data = slurp(argv[a], &n);
        char err[ERR_LEN];
        if (!data) {
            fprintf(stderr, "segdump: cannot read %s\n", argv[a]);
            rc = 1;
            continue;
        }
        doc *d = doc_from_bytes(data, n, doc_guess_format(argv[a], data, n), err);
        if (!d) {
            fprintf(stderr, "segdump: %s: %s\n", argv[a], err);
            free(data);
            rc = 1;
            continue;
        }
        size_t tl;
        const char *t = doc_text(d, &tl);
        if (show_text)
            printf("----- %s (text)\n%.*s\n", argv[a], (int)tl, t);
        seg_list l = {0};
        if (segment_text(t, tl, &l, err) < 0) {
            fprintf(stderr, "segdump: %s: %s\n", argv[a], err);
            rc = 1;
        }
        printf("----- %s: %zu sentences\n", argv[a], l.n);
        for (size_t i = 0; i < l.n; i++) {
            size_t line, col;
            doc_line_col(d, doc_source_offset(d, l.v[i].start), &line, &col);
            printf("%zu:%zu\t%.*s\n", line, col, (int)(l.v[i].end - l.v[i].start), t + l.v[i].start);
        }
        seg_list_free(&l);
        doc_free(d);
        free(data);
    }
    return rc;
}
