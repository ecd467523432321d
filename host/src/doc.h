/*
 * doc.h - turn a file (plain text, Markdown or HTML) into plain text for
 * classification, remembering where each piece of text came from so that
 * findings can be reported at the file's own line and column.
 *
 * HTML: tags removed (block tags become line breaks), entities decoded,
 * script/style/noscript/template/svg/head content dropped, comments dropped.
 * Markdown: headings, emphasis, links and images, tables, blockquotes and
 * HTML tags reduced to their text. Invalid UTF-8 becomes U+FFFD.
 * Ownership: doc_from_bytes returns a doc freed with doc_free; doc_text
 * points into it.
 * Errors: NULL with err (out of memory).
 */
#ifndef SMALLPRINT_DOC_H
#define SMALLPRINT_DOC_H

#include <stddef.h>

enum doc_format { DOC_TEXT, DOC_MARKDOWN, DOC_HTML };

typedef struct doc doc;

/* Guess from the file name, then from the content. */
enum doc_format doc_guess_format(const char *name, const char *data, size_t n);
const char *doc_format_name(enum doc_format f);

doc *doc_from_bytes(const char *data, size_t n, enum doc_format fmt, char *err);
void doc_free(doc *d);

/* The plain text (valid UTF-8, NUL-terminated). */
const char *doc_text(const doc *d, size_t *len);

/* Offset in the original bytes of the text at text_offset. */
size_t doc_source_offset(const doc *d, size_t text_offset);

/* The headings found (Markdown '#' and underlined headings, a line wrapped
 * whole in emphasis, HTML h1-h6): n ranges of the text, [r[2i], r[2i+1]),
 * in order and not overlapping. The caller classifies them as headings. */
size_t doc_headings(const doc *d, const size_t **ranges);

/* 1-based line and column (in characters) of an original byte offset. */
void doc_line_col(const doc *d, size_t source_offset, size_t *line, size_t *col);

#endif
