/*
 * fuzz_doc.c - HTML and Markdown (and plain text) to text, as `scan` reads
 * files.
 *
 * Input: byte 0 picks the format (0 text, 1 Markdown, 2 HTML, 3 guess from
 * the content); the rest is the file. Checks: the text is valid UTF-8 and
 * NUL-terminated; text offsets (every one of a short text, about 512 spread
 * over a long one) map back to source offsets inside the file,
 * non-decreasing; line and column of each are inside the file; heading
 * ranges are inside the text, non-empty, in order and apart.
 */
#include "doc.h"
#include "text.h"

#include "fuzz_common.h"

#include <string.h>

int LLVMFuzzerTestOneInput(const unsigned char *data, size_t size)
{
    if (size < 1)
        return 0;
    const char *src = (const char *)data + 1;
    size_t n = size - 1;
    enum doc_format fmt;
    switch (data[0] & 3) {
    case 0: fmt = DOC_TEXT; break;
    case 1: fmt = DOC_MARKDOWN; break;
    case 2: fmt = DOC_HTML; break;
    default: fmt = doc_guess_format(NULL, src, n); break;
    }
    (void)doc_format_name(fmt);
    char err[ERR_LEN];
    doc *d = doc_from_bytes(src, n, fmt, err);
    FUZZ_CHECK(d != NULL, "doc_from_bytes: %s", err);
    size_t len;
    const char *t = doc_text(d, &len);
    size_t bad = 0;
    FUZZ_CHECK(t[len] == '\0', "text not NUL-terminated");
    FUZZ_CHECK(text_utf8_valid(t, len, &bad), "text is not UTF-8 at %zu", bad);
    size_t lines = 1;
    for (size_t i = 0; i < n; i++)
        lines += src[i] == '\n';
    size_t prev = 0;
    /* every offset of a short text, about 512 spread over a long one
     * (line_col walks its line, so all of them is quadratic) */
    size_t step = len > 512 ? len / 512 : 1;
    for (size_t off = 0;; off = off + step < len ? off + step : len) {
        size_t so = doc_source_offset(d, off);
        FUZZ_CHECK(so <= n, "text offset %zu maps to %zu past the %zu-byte file", off, so, n);
        FUZZ_CHECK(so >= prev, "text offset %zu maps to %zu, before %zu", off, so, prev);
        prev = so;
        size_t line, col;
        doc_line_col(d, so, &line, &col);
        FUZZ_CHECK(line >= 1 && line <= lines && col >= 1 && col <= n + 1, "line %zu col %zu", line, col);
        if (off == len)
            break;
    }
    const size_t *h;
    size_t nh = doc_headings(d, &h);
    for (size_t i = 0; i < nh; i++) {
        FUZZ_CHECK(h[2 * i] < h[2 * i + 1] && h[2 * i + 1] <= len, "heading %zu: [%zu, %zu) in %zu bytes", i,
                   h[2 * i], h[2 * i + 1], len);
        FUZZ_CHECK(i == 0 || h[2 * i] >= h[2 * i - 1], "heading %zu starts at %zu, before the end of the last (%zu)",
                   i, h[2 * i], h[2 * i - 1]);
    }
    doc_free(d);
    return 0;
}
