/*
 * text.h - UTF-8 checks, UTF-16 offsets and a rough language guess.
 *
 * JavaScript indexes strings in UTF-16 code units; the host works in UTF-8
 * bytes. Everything that crosses to the extension goes through here.
 * No allocation. Functions on "valid" text assume text_utf8_valid passed.
 */
#ifndef SMALLPRINT_TEXT_H
#define SMALLPRINT_TEXT_H

#include <stddef.h>

#include "buf.h"

/* 1 when s[0..n) is valid UTF-8 (no overlongs, no surrogates, <= U+10FFFF);
 * otherwise 0 and *bad (if not NULL) is the offset of the first bad byte. */
int text_utf8_valid(const char *s, size_t n, size_t *bad);

/* Length in bytes of the valid UTF-8 sequence at s[0..n) (1 for a bad byte). */
size_t text_utf8_seq_len(const unsigned char *s, size_t n);

/* Decode one code point at s[0..n); returns bytes consumed (>= 1), and
 * U+FFFD for a bad sequence. */
size_t text_utf8_decode(const unsigned char *s, size_t n, unsigned *cp);

/* A position counted both ways, for walking forward through a text. */
typedef struct text_cursor {
    size_t byte; /* UTF-8 byte offset */
    size_t u16;  /* the same place in UTF-16 code units */
} text_cursor;

/* Move c forward to byte offset `to` (restarting from 0 if `to` is behind),
 * counting UTF-16 units; `to` must lie on a character boundary. */
void text_cursor_seek(const char *s, text_cursor *c, size_t to);

/* UTF-16 length of valid UTF-8. */
size_t text_utf16_len(const char *s, size_t n);

/* Number of code points in s[0..n) (used for 1-based columns). */
size_t text_codepoints(const char *s, size_t n);

/* "en" when the text reads like English, "unknown" when it clearly does
 * not; short or ambiguous text counts as English. */
const char *text_language(const char *s, size_t n);

/* 1 when s[0..n) is plain ASCII. */
int text_is_ascii(const char *s, size_t n);

/* text_plain_char's answer for an invisible character that matching drops
 * (zero-width space, word joiner, byte order mark, soft hyphen): pages put
 * them between words ("partners\u200B have access"), where they would
 * break every phrase. */
#define TEXT_DROP '\x01'

/* The ASCII stand-in text_normalize uses for the character at s[0..n)
 * (a curly quote, a no-break space, a dash), TEXT_DROP when it drops the
 * character, or 0 when it keeps it; *len is the character's length in
 * bytes. */
char text_plain_char(const char *s, size_t n, size_t *len);

/* Copy s[0..n) into out with typographic characters made ASCII (curly
 * quotes to ' and ", no-break and other spaces to a space, dashes to -)
 * and invisible ones dropped (TEXT_DROP), so rules need one spelling.
 * (*map)[k] is the byte offset in s of the character that produced out
 * byte k, and (*map)[out->len] == n. out and
 * *map are reused across calls (caller frees both). Returns 0, or -1 when
 * memory runs out. */
int text_normalize(const char *s, size_t n, buf *out, size_t **map, size_t *map_cap);

#endif
