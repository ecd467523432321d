/* text.c - UTF-8 validation, UTF-16 offsets, language guess. */
#include "text.h"

#include <ctype.h>
#include <stdlib.h>
#include <string.h>

size_t text_utf8_decode(const unsigned char *s, size_t n, unsigned *cp)
{
    unsigned c = s[0];
    if (c < 0x80) {
        *cp = c;
        return 1;
    }
    size_t len;
    unsigned min;
    if (c >= 0xC2 && c <= 0xDF) {
        len = 2;
        c &= 0x1F;
        min = 0x80;
    } else if (c >= 0xE0 && c <= 0xEF) {
        len = 3;
        c &= 0x0F;
        min = 0x800;
    } else if (c >= 0xF0 && c <= 0xF4) {
        len = 4;
        c &= 0x07;
        min = 0x10000;
    } else {
        *cp = 0xFFFD;
        return 1;
    }
    if (n < len) {
        *cp = 0xFFFD;
        return 1;
    }
    for (size_t i = 1; i < len; i++) {
        if ((s[i] & 0xC0) != 0x80) {
            *cp = 0xFFFD;
            return 1;
        }
        c = (c << 6) | (s[i] & 0x3F);
    }
    if (c < min || c > 0x10FFFF || (c >= 0xD800 && c <= 0xDFFF)) {
        *cp = 0xFFFD;
        return 1;
    }
    *cp = c;
    return len;
}

size_t text_utf8_seq_len(const unsigned char *s, size_t n)
{
    unsigned cp;
    return text_utf8_decode(s, n, &cp);
}

int text_utf8_valid(const char *str, size_t n, size_t *bad)
{
    const unsigned char *s = (const unsigned char *)str;
    size_t i = 0;
    while (i < n) {
        /* fast path for ASCII runs, 8 bytes at a time */
        while (i + 8 <= n) {
            unsigned long long w;
            memcpy(&w, s + i, 8);
            if (w & 0x8080808080808080ULL)
                break;
            i += 8;
        }
        if (i >= n)
            break;
        if (s[i] < 0x80) {
            i++;
            continue;
        }
        unsigned cp;
        size_t len = text_utf8_decode(s + i, n - i, &cp);
        if (cp == 0xFFFD && len == 1) {
            if (bad)
                *bad = i;
            return 0;
        }
        i += len;
    }
    return 1;
}

void text_cursor_seek(const char *str, text_cursor *c, size_t to)
{
    const unsigned char *s = (const unsigned char *)str;
    if (to < c->byte) {
        c->byte = 0;
        c->u16 = 0;
    }
    size_t i = c->byte, u = c->u16;
    while (i < to) {
        unsigned char b = s[i];
        if (b < 0x80) {
            i++;
            u++;
        } else if (b < 0xE0) {
            i += 2;
            u++;
        } else if (b < 0xF0) {
            i += 3;
            u++;
        } else {
            i += 4;
            u += 2; /* a surrogate pair in UTF-16 */
        }
    }
    c->byte = to;
    c->u16 = u;
}

size_t text_utf16_len(const char *s, size_t n)
{
    text_cursor c = {0, 0};
    text_cursor_seek(s, &c, n);
    return c.u16;
}

size_t text_codepoints(const char *str, size_t n)
{
    const unsigned char *s = (const unsigned char *)str;
    size_t count = 0;
    for (size_t i = 0; i < n; i++)
        if ((s[i] & 0xC0) != 0x80)
            count++;
    return count;
}

/* Function words that make up a large share of any English prose. */
#define W(s) {s, sizeof s - 1}
static const struct {
    const char *w;
    size_t len;
} english_words[] = {
    W("the"), W("and"), W("of"),   W("to"),   W("you"),  W("we"),   W("your"), W("our"), W("is"),
    W("in"),  W("for"), W("that"), W("with"), W("or"),   W("by"),   W("may"),  W("not"), W("this"),
    W("are"), W("be"),  W("on"),   W("as"),   W("it"),   W("if"),   W("use"),  W("can"), W("any"),
    W("from"), W("will"), W("an"), W("at"),   W("us"),   W("have"), W("data"), W("information"),
};
#undef W

const char *text_language(const char *str, size_t n)
{
    const unsigned char *s = (const unsigned char *)str;
    size_t words = 0, hits = 0, letters = 0, nonlatin = 0;
    size_t i = 0;
    while (i < n && words < 4000) {
        if (s[i] >= 0x80) {
            unsigned cp;
            size_t len = text_utf8_decode(s + i, n - i, &cp);
            if (cp >= 0x370 && cp != 0xFFFD && !(cp >= 0x2000 && cp <= 0x206F))
                nonlatin++;
            else if (cp >= 0xC0 && cp < 0x370)
                letters++;
            i += len;
            continue;
        }
        if (!isalpha(s[i])) {
            i++;
            continue;
        }
        size_t start = i;
        while (i < n && s[i] < 0x80 && isalpha(s[i]))
            i++;
        size_t len = i - start;
        letters += len;
        words++;
        if (len <= 11) {
            char w[12];
            for (size_t k = 0; k < len; k++)
                w[k] = (char)tolower(s[start + k]);
            w[len] = '\0';
            /* length and first letter first: a page has thousands of words */
            for (size_t k = 0; k < sizeof english_words / sizeof english_words[0]; k++)
                if (english_words[k].len == len && english_words[k].w[0] == w[0] &&
                    memcmp(w, english_words[k].w, len) == 0) {
                    hits++;
                    break;
                }
        }
    }
    if (nonlatin > letters && nonlatin > 20)
        return "unknown";
    if (words < 12)
        return "en";
    /* English prose runs at 25-45% function words; other Latin-script
     * languages share few of these. */
    return hits * 100 >= words * 8 ? "en" : "unknown";
}

int text_is_ascii(const char *str, size_t n)
{
    const unsigned char *s = (const unsigned char *)str;
    size_t i = 0;
    for (; i + 8 <= n; i += 8) {
        unsigned long long w;
        memcpy(&w, s + i, 8);
        if (w & 0x8080808080808080ULL)
            return 0;
    }
    for (; i < n; i++)
        if (s[i] & 0x80)
            return 0;
    return 1;
}

/* ASCII stand-in for a code point, or 0 to copy it unchanged. */
static char ascii_for(unsigned cp)
{
    switch (cp) {
    case 0x2018: case 0x2019: case 0x201A: case 0x201B: case 0x2032: case 0x00B4: case 0x02BC:
        return '\'';
    case 0x201C: case 0x201D: case 0x201E: case 0x201F: case 0x2033: case 0x00AB: case 0x00BB:
        return '"';
    case 0x00A0: case 0x2000: case 0x2001: case 0x2002: case 0x2003: case 0x2004: case 0x2005:
    case 0x2006: case 0x2007: case 0x2008: case 0x2009: case 0x200A: case 0x202F: case 0x205F:
    case 0x3000:
        return ' ';
    case 0x2010: case 0x2011: case 0x2012: case 0x2013: case 0x2014: case 0x2015: case 0x2212:
        return '-';
    case 0x200B: case 0x2060: case 0xFEFF: case 0x00AD:
        return TEXT_DROP;
    default:
        return 0;
    }
}

char text_plain_char(const char *str, size_t n, size_t *len)
{
    unsigned cp;
    *len = text_utf8_decode((const unsigned char *)str, n, &cp);
    return ascii_for(cp);
}

int text_normalize(const char *str, size_t n, buf *out, size_t **map, size_t *map_cap)
{
    const unsigned char *s = (const unsigned char *)str;
    out->len = 0;
    if (buf_reserve(out, n) < 0)
        return -1;
    if (*map_cap < n + 1) {
        size_t *m = realloc(*map, (n + 1) * sizeof *m);
        if (!m)
            return -1;
        *map = m;
        *map_cap = n + 1;
    }
    size_t k = 0;
    for (size_t i = 0; i < n;) {
        if (s[i] < 0x80) {
            out->data[k] = (char)s[i];
            (*map)[k++] = i++;
            continue;
        }
        unsigned cp;
        size_t len = text_utf8_decode(s + i, n - i, &cp);
        char a = ascii_for(cp);
        if (a == TEXT_DROP) {
            /* nothing: the map skips it */
        } else if (a) {
            out->data[k] = a;
            (*map)[k++] = i;
        } else {
            for (size_t j = 0; j < len; j++) {
                out->data[k] = (char)s[i + j];
                (*map)[k++] = i + j;
            }
        }
        i += len;
    }
    out->len = k;
    out->data[k] = '\0';
    (*map)[k] = n;
    return 0;
}
