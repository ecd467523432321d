/* doc.c - plain text from text, Markdown and HTML files, with a map back. */
#include "doc.h"

#include "buf.h"
#include "common.h"
#include "text.h"

#include <ctype.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

/* A run of output text that maps to the source: either byte for byte
 * (`linear`), or as a whole to one source offset (an entity, a line break
 * standing for a tag, a space standing for a newline). */
typedef struct run {
    size_t out;  /* first output byte */
    size_t src;  /* its source byte */
    int linear;  /* 1: out+k comes from src+k; 0: the whole run comes from src */
} run;

struct doc {
    buf text;
    run *runs;
    size_t n_runs, cap_runs;
    const char *src;   /* the caller's bytes, kept for line/column */
    size_t src_len;
    size_t *lines;     /* source offsets of line starts */
    size_t n_lines;
    size_t *heads;     /* headings: text ranges [heads[2i], heads[2i+1]) */
    size_t n_heads, cap_heads;
    size_t head_from;  /* HTML: where the open <hN> began, if in_head */
    int in_head;
    int oom;
};

/* ------------------------------------------------------------------------
 * Output with the offset map
 * ------------------------------------------------------------------------ */

static void add_run(doc *d, size_t src, int linear)
{
    if (d->n_runs && d->runs[d->n_runs - 1].out == d->text.len) {
        d->runs[d->n_runs - 1].src = src;
        d->runs[d->n_runs - 1].linear = linear;
        return;
    }
    if (d->n_runs && linear && d->runs[d->n_runs - 1].linear &&
        d->runs[d->n_runs - 1].src + (d->text.len - d->runs[d->n_runs - 1].out) == src)
        return; /* continues the previous run */
    if (d->n_runs == d->cap_runs) {
        size_t cap = d->cap_runs ? d->cap_runs * 2 : 256;
        run *v = realloc(d->runs, cap * sizeof *v);
        if (!v) {
            d->oom = 1;
            return;
        }
        d->runs = v;
        d->cap_runs = cap;
    }
    d->runs[d->n_runs].out = d->text.len;
    d->runs[d->n_runs].src = src;
    d->runs[d->n_runs].linear = linear;
    d->n_runs++;
}

static void append(doc *d, const char *p, size_t n)
{
    if (buf_append(&d->text, p, n) < 0)
        d->oom = 1;
}

static int is_ws(char c)
{
    return c == '\n' || c == '\r' || c == '\t' || c == '\f' || c == '\v';
}

/* Copy source bytes [src, src+n) as they are, replacing invalid UTF-8 with
 * U+FFFD; with `collapse`, line breaks and tabs become spaces (HTML, where
 * a newline in the source is only a space). */
static void copy_ws(doc *d, const char *s, size_t src, size_t n, int collapse)
{
    size_t i = 0;
    while (i < n) {
        size_t j = i;
        while (j < n) {
            unsigned char c = (unsigned char)s[src + j];
            if (c < 0x80) {
                if (collapse && is_ws((char)c))
                    break;
                j++;
                continue;
            }
            unsigned cp;
            size_t l = text_utf8_decode((const unsigned char *)s + src + j, n - j, &cp);
            if (cp == 0xFFFD && l == 1)
                break;
            j += l;
        }
        if (j > i) {
            add_run(d, src + i, 1);
            append(d, s + src + i, j - i);
        }
        if (j < n) {
            if ((unsigned char)s[src + j] < 0x80) { /* whitespace: same length, still linear */
                add_run(d, src + j, 1);
                append(d, " ", 1);
            } else { /* a bad byte */
                add_run(d, src + j, 0);
                append(d, "\xEF\xBF\xBD", 3);
            }
            j++;
        }
        i = j;
    }
}

static void copy(doc *d, const char *s, size_t src, size_t n)
{
    copy_ws(d, s, src, n, 0);
}

/* Remember that text[from..to) is a heading: it names a topic, so rules
 * marked `fragment` do not apply to it (as for the extension's headings). */
static void heading_add(doc *d, size_t from, size_t to)
{
    while (from < to && (d->text.data[from] == '\n' || d->text.data[from] == ' '))
        from++;
    if (from >= to)
        return;
    /* keep the ranges ordered and apart: a heading inside another (HTML
     * <h2> in a Markdown heading) joins it */
    while (d->n_heads && d->heads[2 * (d->n_heads - 1)] >= from) {
        if (d->heads[2 * (d->n_heads - 1) + 1] > to)
            to = d->heads[2 * (d->n_heads - 1) + 1];
        d->n_heads--;
    }
    if (d->n_heads && d->heads[2 * d->n_heads - 1] >= from) {
        if (to > d->heads[2 * d->n_heads - 1])
            d->heads[2 * d->n_heads - 1] = to;
        return;
    }
    if (d->n_heads == d->cap_heads) {
        size_t cap = d->cap_heads ? d->cap_heads * 2 : 32;
        size_t *v = realloc(d->heads, cap * 2 * sizeof *v);
        if (!v) {
            d->oom = 1;
            return;
        }
        d->heads = v;
        d->cap_heads = cap;
    }
    d->heads[2 * d->n_heads] = from;
    d->heads[2 * d->n_heads + 1] = to;
    d->n_heads++;
}

/* emit replacement text that stands for source bytes starting at src */
static void put(doc *d, const char *s, size_t n, size_t src)
{
    add_run(d, src, 0);
    append(d, s, n);
}

/* A line break (paragraph: a blank line), without piling them up and never
 * at the very start. */
static void brk(doc *d, size_t src, int paragraph)
{
    size_t l = d->text.len;
    int nl = 0;
    while (l > 0 && (d->text.data[l - 1] == '\n' || d->text.data[l - 1] == ' ')) {
        if (d->text.data[l - 1] == '\n')
            nl++;
        l--;
    }
    if (l == 0)
        return;
    int want = paragraph ? 2 : 1;
    for (; nl < want; nl++)
        put(d, "\n", 1, src);
}

/* <br>: a line break; two in a row end a paragraph */
static void line_break(doc *d, size_t src)
{
    size_t l = d->text.len;
    while (l > 0 && d->text.data[l - 1] == ' ')
        l--;
    brk(d, src, l > 0 && d->text.data[l - 1] == '\n');
}

/* 1 when the output so far ends a line (only spaces after the last '\n') */
static int at_line_start(const doc *d)
{
    size_t l = d->text.len;
    while (l > 0 && d->text.data[l - 1] == ' ')
        l--;
    return l == 0 || d->text.data[l - 1] == '\n';
}

static void put_cp(doc *d, unsigned cp, size_t src)
{
    char u[4];
    size_t n;
    if (cp == 0 || cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF))
        cp = 0xFFFD;
    if (cp < 0x80) {
        u[0] = (char)cp;
        n = 1;
    } else if (cp < 0x800) {
        u[0] = (char)(0xC0 | (cp >> 6));
        u[1] = (char)(0x80 | (cp & 0x3F));
        n = 2;
    } else if (cp < 0x10000) {
        u[0] = (char)(0xE0 | (cp >> 12));
        u[1] = (char)(0x80 | ((cp >> 6) & 0x3F));
        u[2] = (char)(0x80 | (cp & 0x3F));
        n = 3;
    } else {
        u[0] = (char)(0xF0 | (cp >> 18));
        u[1] = (char)(0x80 | ((cp >> 12) & 0x3F));
        u[2] = (char)(0x80 | ((cp >> 6) & 0x3F));
        u[3] = (char)(0x80 | (cp & 0x3F));
        n = 4;
    }
    put(d, u, n, src);
}

/* ------------------------------------------------------------------------
 * Entities
 * ------------------------------------------------------------------------ */

static const struct {
    const char *name;
    unsigned cp;
} entities[] = {
    {"amp", '&'},       {"lt", '<'},        {"gt", '>'},        {"quot", '"'},      {"apos", '\''},
    {"nbsp", 0xA0},     {"rsquo", 0x2019},  {"lsquo", 0x2018},  {"ldquo", 0x201C},  {"rdquo", 0x201D},
    {"sbquo", 0x201A},  {"bdquo", 0x201E},  {"prime", 0x2032},  {"Prime", 0x2033},  {"mdash", 0x2014},
    {"ndash", 0x2013},  {"minus", 0x2212},  {"hellip", 0x2026}, {"copy", 0xA9},     {"reg", 0xAE},
    {"trade", 0x2122},  {"middot", 0xB7},   {"bull", 0x2022},   {"rarr", 0x2192},   {"larr", 0x2190},
    {"raquo", 0xBB},    {"laquo", 0xAB},    {"rsaquo", 0x203A}, {"lsaquo", 0x2039}, {"euro", 0x20AC},
    {"pound", 0xA3},    {"cent", 0xA2},     {"yen", 0xA5},      {"dollar", '$'},    {"sect", 0xA7},
    {"para", 0xB6},     {"shy", 0xAD},      {"zwnj", 0x200C},   {"zwj", 0x200D},    {"zwsp", 0x200B},
    {"lrm", 0x200E},    {"rlm", 0x200F},    {"thinsp", 0x2009}, {"ensp", 0x2002},   {"emsp", 0x2003},
    {"iexcl", 0xA1},    {"iquest", 0xBF},   {"deg", 0xB0},      {"times", 0xD7},    {"divide", 0xF7},
    {"plusmn", 0xB1},   {"micro", 0xB5},    {"frac12", 0xBD},   {"frac14", 0xBC},   {"frac34", 0xBE},
    {"sup1", 0xB9},     {"sup2", 0xB2},     {"sup3", 0xB3},     {"ordf", 0xAA},     {"ordm", 0xBA},
    {"aacute", 0xE1},   {"Aacute", 0xC1},   {"agrave", 0xE0},   {"Agrave", 0xC0},   {"acirc", 0xE2},
    {"auml", 0xE4},     {"Auml", 0xC4},     {"aring", 0xE5},    {"Aring", 0xC5},    {"aelig", 0xE6},
    {"AElig", 0xC6},    {"atilde", 0xE3},   {"ccedil", 0xE7},   {"Ccedil", 0xC7},   {"eacute", 0xE9},
    {"Eacute", 0xC9},   {"egrave", 0xE8},   {"Egrave", 0xC8},   {"ecirc", 0xEA},    {"euml", 0xEB},
    {"iacute", 0xED},   {"igrave", 0xEC},   {"icirc", 0xEE},    {"iuml", 0xEF},     {"ntilde", 0xF1},
    {"Ntilde", 0xD1},   {"oacute", 0xF3},   {"Oacute", 0xD3},   {"ograve", 0xF2},   {"ocirc", 0xF4},
    {"ouml", 0xF6},     {"Ouml", 0xD6},     {"otilde", 0xF5},   {"oslash", 0xF8},   {"Oslash", 0xD8},
    {"uacute", 0xFA},   {"Uacute", 0xDA},   {"ugrave", 0xF9},   {"ucirc", 0xFB},    {"uuml", 0xFC},
    {"Uuml", 0xDC},     {"yacute", 0xFD},   {"yuml", 0xFF},     {"szlig", 0xDF},    {"oelig", 0x153},
};

/* Numeric references 128-159 name Windows-1252 characters in real pages
 * (browsers read them so): curly quotes, dashes, the euro sign. */
static unsigned cp1252(unsigned long cp)
{
    static const unsigned short map[32] = {
        0x20AC, 0xFFFD, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021, 0x02C6, 0x2030, 0x0160,
        0x2039, 0x0152, 0xFFFD, 0x017D, 0xFFFD, 0xFFFD, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022,
        0x2013, 0x2014, 0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0xFFFD, 0x017E, 0x0178,
    };
    if (cp >= 0x80 && cp <= 0x9F)
        return map[cp - 0x80];
    return cp > 0x10FFFF ? 0xFFFD : (unsigned)cp;
}

/* decode an entity at s[i] == '&'; returns bytes consumed or 0 */
static size_t entity(doc *d, const char *s, size_t n, size_t i)
{
    size_t j = i + 1;
    if (j < n && s[j] == '#') {
        j++;
        unsigned long cp = 0;
        int hex = j < n && (s[j] == 'x' || s[j] == 'X');
        if (hex)
            j++;
        size_t k = j;
        while (k < n && k - j < 8 && (hex ? isxdigit((unsigned char)s[k]) : isdigit((unsigned char)s[k]))) {
            int c = (unsigned char)s[k];
            cp = cp * (hex ? 16 : 10) + (unsigned long)(isdigit(c) ? c - '0' : tolower(c) - 'a' + 10);
            k++;
        }
        if (k == j)
            return 0;
        if (k < n && s[k] == ';')
            k++;
        put_cp(d, cp1252(cp), i);
        return k - i;
    }
    size_t k = j;
    while (k < n && k - j < 10 && isalnum((unsigned char)s[k]))
        k++;
    if (k == j || k >= n || s[k] != ';')
        return 0;
    for (size_t e = 0; e < sizeof entities / sizeof entities[0]; e++)
        if (strlen(entities[e].name) == k - j && strncmp(entities[e].name, s + j, k - j) == 0) {
            put_cp(d, entities[e].cp, i);
            return k + 1 - i;
        }
    return 0;
}

/* ------------------------------------------------------------------------
 * HTML
 * ------------------------------------------------------------------------ */

static int tag_is(const char *name, size_t nl, const char *const *list)
{
    for (; *list; list++)
        if (strlen(*list) == nl && strncasecmp(*list, name, nl) == 0)
            return 1;
    return 0;
}

/* first occurrence of needle in s[from..n), or n */
static size_t find(const char *s, size_t n, size_t from, const char *needle)
{
    size_t nl = strlen(needle);
    for (size_t i = from; i + nl <= n; i++)
        if (s[i] == needle[0] && memcmp(s + i, needle, nl) == 0)
            return i;
    return n;
}

/* first "<name" (any case) at a tag boundary in s[from..n), or n */
static size_t find_tag(const char *s, size_t n, size_t from, const char *name, int closing)
{
    size_t nl = strlen(name);
    for (size_t i = from; i < n; i++) {
        if (s[i] != '<')
            continue;
        size_t j = i + 1;
        if (closing) {
            if (j >= n || s[j] != '/')
                continue;
            j++;
        }
        if (j + nl <= n && strncasecmp(s + j, name, nl) == 0 &&
            (j + nl == n || !isalnum((unsigned char)s[j + nl])))
            return i;
    }
    return n;
}

static const char *const skip_tags[] = {"script", "style", "noscript", "template", "svg", "head", "iframe", "object", "math", NULL};
static const char *const para_tags[] = {"p", "div", "section", "article", "h1", "h2", "h3", "h4", "h5", "h6",
                                        "ul", "ol", "table", "blockquote", "pre", "header", "footer", "nav",
                                        "main", "aside", "form", "fieldset", "dl", "figure", "hr", "title",
                                        "details", "summary", "address", "body", "html", "dialog", "menu",
                                        /* one unit each: items, cells and controls never run on into the next */
                                        "li", "tr", "td", "th", "dt", "dd", "label", "button", "option",
                                        "caption", "legend", "figcaption", "textarea", "select", NULL};
static const char *const inline_tags[] = {"span", "a", "b", "i", "em", "strong", "u", "small", "sup", "sub", "code",
                                          "abbr", "mark", "font", "q", "cite", "s", "del", "ins", "time", "bdi",
                                          "bdo", "var", "kbd", "samp", "dfn", "wbr", "data", "nobr", "tt", "big", NULL};

static void html(doc *d, const char *s, size_t n)
{
    size_t i = 0, text_from = 0;
    int pre = 0; /* inside <pre> or <textarea>: newlines are real */
    while (i < n) {
        char c = s[i];
        if (c != '<' && c != '&') {
            i++;
            continue;
        }
        if (i > text_from)
            copy_ws(d, s, text_from, i - text_from, !pre);
        if (c == '&') {
            size_t used = entity(d, s, n, i);
            if (!used) {
                copy(d, s, i, 1);
                used = 1;
            }
            i += used;
            text_from = i;
            continue;
        }
        /* comments, doctype, CDATA, processing instructions */
        if (i + 3 < n && memcmp(s + i, "<!--", 4) == 0) {
            size_t e = find(s, n, i + 4, "-->");
            i = e < n ? e + 3 : n;
            text_from = i;
            continue;
        }
        if (i + 1 < n && (s[i + 1] == '!' || s[i + 1] == '?')) {
            const char *e = memchr(s + i, '>', n - i);
            i = e ? (size_t)(e - s) + 1 : n;
            text_from = i;
            continue;
        }
        size_t j = i + 1;
        int closing = j < n && s[j] == '/';
        if (closing)
            j++;
        size_t name = j;
        while (j < n && (isalnum((unsigned char)s[j]) || s[j] == '-' || s[j] == ':'))
            j++;
        size_t nl = j - name;
        if (nl == 0 || !isalpha((unsigned char)s[name])) { /* "a < b", "<3" are text */
            copy(d, s, i, 1);
            i++;
            text_from = i;
            continue;
        }
        /* the end of the tag, skipping quoted attribute values */
        char q = 0;
        while (j < n && (q || s[j] != '>')) {
            if (q && s[j] == q)
                q = 0;
            else if (!q && (s[j] == '"' || s[j] == '\'') && (s[j - 1] == '=' || isspace((unsigned char)s[j - 1])))
                q = s[j];
            j++;
        }
        size_t tag_end = j < n ? j + 1 : n;
        int self_closing = j < n && j > i && s[j - 1] == '/';
        if (!closing && !self_closing && tag_is(s + name, nl, skip_tags)) {
            /* drop everything up to the matching close tag; a <head> left
             * open ends where the body starts */
            char tname[16];
            size_t tl = nl < sizeof tname - 1 ? nl : sizeof tname - 1;
            for (size_t k = 0; k < tl; k++)
                tname[k] = (char)tolower((unsigned char)s[name + k]);
            tname[tl] = '\0';
            size_t k = find_tag(s, n, tag_end, tname, 1);
            if (k < n) {
                const char *gt = memchr(s + k, '>', n - k);
                k = gt ? (size_t)(gt - s) + 1 : n;
            } else if (strcmp(tname, "head") == 0) {
                k = find_tag(s, n, tag_end, "body", 0);
            }
            i = k;
            text_from = i;
            continue;
        }
        if (tag_is(s + name, nl, (const char *const[]){"pre", "textarea", NULL}))
            pre = closing ? (pre > 0 ? pre - 1 : 0) : pre + 1;
        int hn = tag_is(s + name, nl, (const char *const[]){"h1", "h2", "h3", "h4", "h5", "h6", NULL});
        if (hn && closing && d->in_head) {
            heading_add(d, d->head_from, d->text.len);
            d->in_head = 0;
        }
        if (tag_is(s + name, nl, para_tags))
            brk(d, i, 1);
        if (hn && !closing && !self_closing) {
            d->head_from = d->text.len;
            d->in_head = 1;
        }
        else if (tag_is(s + name, nl, (const char *const[]){"br", NULL}))
            line_break(d, i);
        else if (!tag_is(s + name, nl, inline_tags))
            put(d, " ", 1, i); /* unknown tags (img, input...) separate words */
        i = tag_end;
        text_from = i;
    }
    if (n > text_from)
        copy_ws(d, s, text_from, n - text_from, !pre);
}

/* ------------------------------------------------------------------------
 * Markdown
 * ------------------------------------------------------------------------ */

static int md_line_is_rule(const char *s, size_t n)
{
    size_t k = 0, marks = 0;
    char m = 0;
    for (; k < n; k++) {
        if (s[k] == ' ' || s[k] == '\t')
            continue;
        if (s[k] != '-' && s[k] != '*' && s[k] != '_' && s[k] != '=')
            return 0;
        if (m && s[k] != m)
            return 0;
        m = s[k];
        marks++;
    }
    return marks >= 3;
}

/* A table's header separator: "|---|:--:|" or "--- | ---". */
static int md_line_is_table_rule(const char *s, size_t n)
{
    int bars = 0, dashes = 0;
    for (size_t k = 0; k < n; k++) {
        char c = s[k];
        if (c == '|')
            bars++;
        else if (c == '-')
            dashes++;
        else if (c != ':' && c != ' ' && c != '\t')
            return 0;
    }
    return bars > 0 && dashes >= 3;
}

/* A paragraph of one line wrapped whole in emphasis, with no stop at its
 * end ("**3. Sharing**", "_Sales of personal data_"): a heading written
 * without '#', common in policies converted to Markdown. line is where the
 * line starts, s[k..end) its text, next where the next line starts. */
static int md_emphasis_heading(const char *s, size_t line, size_t k, size_t end, size_t n, size_t next)
{
    if (end - k < 3 || (s[k] != '*' && s[k] != '_'))
        return 0;
    size_t m = s[k + 1] == s[k] ? 2 : 1;
    if (end - k <= 2 * m || s[end - 1] != s[k] || (m == 2 && s[end - 2] != s[k]))
        return 0;
    for (size_t j = k + m; j < end - m; j++)
        if (s[j] == s[k])
            return 0; /* "*a* and *b*": emphasis inside, not around */
    char last = s[end - m - 1];
    if (last == '.' || last == '!' || last == '?' || last == ';' || last == ',')
        return 0;
    /* alone: a blank line (or nothing) before and after */
    int blank_before = line == 0 || (line >= 2 && s[line - 2] == '\n') || (line >= 3 && s[line - 2] == '\r' && s[line - 3] == '\n');
    size_t j = next;
    while (j < n && (s[j] == ' ' || s[j] == '\t' || s[j] == '\r'))
        j++;
    int blank_after = next >= n || j >= n || s[j] == '\n';
    return blank_before && blank_after;
}

/* Length of a list marker at s[0..n): "- ", "* ", "+ ", "1. ", "1) "; 0 if none. */
static size_t md_list_marker(const char *s, size_t n)
{
    if (n >= 2 && (s[0] == '-' || s[0] == '*' || s[0] == '+') && (s[1] == ' ' || s[1] == '\t'))
        return 2;
    size_t k = 0;
    while (k < n && k < 9 && isdigit((unsigned char)s[k]))
        k++;
    if (k > 0 && k + 1 < n && (s[k] == '.' || s[k] == ')') && (s[k + 1] == ' ' || s[k + 1] == '\t'))
        return k + 2;
    return 0;
}

/* "[id]: https://..." link reference definitions are not text */
static int md_line_is_refdef(const char *s, size_t n)
{
    if (n < 4 || s[0] != '[' || s[1] == '^')
        return 0;
    const char *close = memchr(s, ']', n);
    return close && (size_t)(close - s) + 1 < n && close[1] == ':';
}

/* inline Markdown: links, images, emphasis, code ticks, inline HTML */
static void md_inline(doc *d, const char *s, size_t from, size_t to)
{
    size_t i = from, text_from = from;
    while (i < to) {
        char c = s[i];
        if (c == '[' || (c == '!' && i + 1 < to && s[i + 1] == '[')) {
            size_t open = c == '!' ? i + 1 : i;
            /* find the matching ] and a ( or [ right after */
            int depth = 0;
            size_t k = open;
            for (; k < to; k++) {
                if (s[k] == '[')
                    depth++;
                else if (s[k] == ']' && --depth == 0)
                    break;
            }
            if (k < to && k + 1 < to && (s[k + 1] == '(' || s[k + 1] == '[')) {
                char close = s[k + 1] == '(' ? ')' : ']';
                const char *e = memchr(s + k + 2, close, to - k - 2);
                if (e) {
                    if (i > text_from)
                        copy(d, s, text_from, i - text_from);
                    md_inline(d, s, open + 1, k);
                    i = (size_t)(e - s) + 1;
                    text_from = i;
                    continue;
                }
            }
        }
        if ((c == '*' || c == '-' || c == '+') && i + 1 < to && (s[i + 1] == ' ' || s[i + 1] == '\t') &&
            i > from && at_line_start(d) && text_from == i) {
            /* a bullet after a <br> inside a table cell: keep it for the segmenter */
            copy(d, s, i, 1);
            i++;
            text_from = i;
            continue;
        }
        if (c == '*' || c == '`' ||
            (c == '_' && (i == from || !isalnum((unsigned char)s[i - 1]) || i + 1 >= to || !isalnum((unsigned char)s[i + 1])))) {
            if (i > text_from)
                copy(d, s, text_from, i - text_from);
            i++;
            text_from = i;
            continue;
        }
        if (c == '\\' && i + 1 < to && ispunct((unsigned char)s[i + 1])) {
            if (i > text_from)
                copy(d, s, text_from, i - text_from);
            copy(d, s, i + 1, 1);
            i += 2;
            text_from = i;
            continue;
        }
        if (c == '<' || c == '&') {
            if (i > text_from)
                copy(d, s, text_from, i - text_from);
            if (c == '&') {
                size_t used = entity(d, s, to, i);
                if (!used) {
                    copy(d, s, i, 1);
                    used = 1;
                }
                i += used;
            } else {
                const char *gt = memchr(s + i, '>', to - i);
                size_t nm = i + 1 + (i + 1 < to && s[i + 1] == '/');
                size_t nl = 0;
                while (nm + nl < to && isalnum((unsigned char)s[nm + nl]))
                    nl++;
                int tag = gt && nl > 0 && isalpha((unsigned char)s[nm]);
                int autolink = tag && (memchr(s + i, ':', (size_t)(gt - s) - i) || memchr(s + i, '@', (size_t)(gt - s) - i)) &&
                               !memchr(s + i, ' ', (size_t)(gt - s) - i);
                if (autolink) { /* <https://...>, <name@example.com>: keep the address */
                    copy(d, s, i + 1, (size_t)(gt - s) - i - 1);
                    i = (size_t)(gt - s) + 1;
                } else if (tag || (gt && i + 1 < to && s[i + 1] == '!')) {
                    if (tag && tag_is(s + nm, nl, para_tags))
                        brk(d, i, 1);
                    else if (tag && tag_is(s + nm, nl, (const char *const[]){"br", NULL}))
                        line_break(d, i);
                    i = (size_t)(gt - s) + 1;
                } else {
                    copy(d, s, i, 1);
                    i++;
                }
            }
            text_from = i;
            continue;
        }
        i++;
    }
    if (to > text_from)
        copy(d, s, text_from, to - text_from);
}

/* One line of a Markdown file, with its indentation and line end removed. */
typedef struct md_line {
    size_t start, end; /* source bytes of the line without '\r\n' */
    size_t k;          /* first non-blank byte */
} md_line;

static md_line md_line_at(const char *s, size_t n, size_t i)
{
    md_line l;
    const char *nlp = memchr(s + i, '\n', n - i);
    l.start = i;
    l.end = nlp ? (size_t)(nlp - s) : n;
    if (l.end > i && s[l.end - 1] == '\r')
        l.end--;
    l.k = i;
    while (l.k < l.end && (s[l.k] == ' ' || s[l.k] == '\t'))
        l.k++;
    return l;
}

static int md_is_fence(const char *s, const md_line *l)
{
    return l->end - l->k >= 3 && (memcmp(s + l->k, "```", 3) == 0 || memcmp(s + l->k, "~~~", 3) == 0);
}

/* Does this line start a new block (so a paragraph line before it does not
 * run on into it)? */
static int md_starts_block(const char *s, const md_line *l)
{
    size_t len = l->end - l->k;
    const char *p = s + l->k;
    if (len == 0 || md_is_fence(s, l) || md_line_is_rule(p, len) || md_line_is_refdef(p, len))
        return 1;
    return p[0] == '#' || p[0] == '>' || p[0] == '|' || p[0] == '<' || md_list_marker(p, len) ||
           md_line_is_table_rule(p, len);
}

static void md_table_row(doc *d, const char *s, size_t k, size_t end)
{
    size_t c = k < end && s[k] == '|' ? k + 1 : k;
    while (c < end) {
        const char *bar = memchr(s + c, '|', end - c);
        size_t ce = bar ? (size_t)(bar - s) : end;
        size_t a = c, z = ce;
        while (a < z && (s[a] == ' ' || s[a] == '\t'))
            a++;
        while (z > a && (s[z - 1] == ' ' || s[z - 1] == '\t'))
            z--;
        if (a < z) {
            md_inline(d, s, a, z);
            brk(d, ce, 1); /* a cell is a unit of its own */
        }
        c = ce + 1;
    }
}

static void markdown(doc *d, const char *s, size_t n)
{
    size_t i = 0;
    int fence = 0, table = 0;
    while (i < n) {
        md_line l = md_line_at(s, n, i);
        size_t next = l.end < n && s[l.end] == '\r' ? l.end + 2 : l.end + 1;
        size_t k = l.k, end = l.end;
        if (md_is_fence(s, &l)) {
            fence = !fence;
            brk(d, i, 1);
        } else if (fence) {
            copy(d, s, i, end - i);
            put(d, "\n", 1, end);
        } else if (k == end) {
            brk(d, i, 1);
            table = 0;
        } else if (md_line_is_refdef(s + k, end - k)) {
            brk(d, i, 1);
        } else if (md_line_is_table_rule(s + k, end - k) && (table || s[k] == '|' || memchr(s + k, '|', end - k))) {
            table = 1; /* the header row above was output as a row already */
        } else if (md_line_is_rule(s + k, end - k)) {
            brk(d, i, 1);
            table = 0;
        } else {
            /* a row: starts with '|', or we are in a table, or the next line
             * is a table's header separator */
            md_line nx = next < n ? md_line_at(s, n, next) : l;
            int row = s[k] == '|' || (table && memchr(s + k, '|', end - k)) ||
                      (next < n && memchr(s + k, '|', end - k) && md_line_is_table_rule(s + nx.k, nx.end - nx.k));
            if (row) {
                brk(d, i, 1);
                md_table_row(d, s, k, end);
                i = next;
                continue;
            }
            table = 0;
            int heading = 0;
            while (k < end && s[k] == '>') { /* blockquote */
                k++;
                while (k < end && s[k] == ' ')
                    k++;
            }
            size_t h = 0;
            while (k + h < end && h < 7 && s[k + h] == '#')
                h++;
            if (h > 0 && h <= 6 && (k + h == end || s[k + h] == ' ' || s[k + h] == '\t')) {
                k += h; /* "## Heading"; "#hashtag" stays text */
                heading = 1;
            }
            if (heading) {
                brk(d, i, 1);
                while (k < end && (s[k] == ' ' || s[k] == '\t'))
                    k++;
                while (end > k && (s[end - 1] == '#' || s[end - 1] == ' ' || s[end - 1] == '\t'))
                    end--;
            }
            size_t marker = heading ? 0 : md_list_marker(s + k, end - k);
            if (marker) {
                /* keep the marker: the segmenter starts an item there */
                brk(d, i, 0);
                copy(d, s, k, marker);
                k += marker;
            }
            int hard = l.end - l.k >= 2 && (memcmp(s + l.end - 2, "  ", 2) == 0 || s[l.end - 1] == '\\');
            if (end > k && s[end - 1] == '\\')
                end--;
            size_t text_from = d->text.len;
            md_inline(d, s, k, end);
            /* a paragraph's lines run on (a soft line break is a space);
             * a heading, a hard break or a new block ends the line */
            md_line nl = next < n ? md_line_at(s, n, next) : l;
            int setext = next < n && nl.end > nl.k && md_line_is_rule(s + nl.k, nl.end - nl.k) &&
                         (s[nl.k] == '=' || s[nl.k] == '-');
            if (heading || setext || (!marker && md_emphasis_heading(s, i, k, end, n, next)))
                heading_add(d, text_from, d->text.len);
            if (heading || setext || hard)
                brk(d, l.end, 1); /* a hard break ("  " or "\\" at the end) separates lines, like <br> */
            else if (next < n && !hard && !md_starts_block(s, &nl) && !md_is_fence(s, &nl))
                put(d, " ", 1, l.end);
            else
                put(d, "\n", 1, l.end);
        }
        i = next;
    }
}

/* ------------------------------------------------------------------------
 * The document
 * ------------------------------------------------------------------------ */

static int has_tag_within(const char *data, size_t from, size_t to)
{
    static const char *const names[] = {"html", "head", "body", "div", "p", "span", "section", "article", "main",
                                        "h1", "h2", "h3", "ul", "ol", "li", "table", "meta", "title", "br",
                                        "a", "!doctype", "form", "label", "button", NULL};
    for (size_t i = from; i + 1 < to; i++) {
        if (data[i] != '<')
            continue;
        size_t j = i + 1 + (data[i + 1] == '/');
        size_t e = j;
        while (e < to && (isalnum((unsigned char)data[e]) || data[e] == '!'))
            e++;
        if (e < to && (data[e] == '>' || data[e] == ' ' || data[e] == '/' || data[e] == '\n') &&
            tag_is(data + j, e - j, names))
            return 1;
    }
    return 0;
}

enum doc_format doc_guess_format(const char *name, const char *data, size_t n)
{
    if (name) {
        const char *dot = strrchr(name, '.');
        if (dot && (strcasecmp(dot, ".html") == 0 || strcasecmp(dot, ".htm") == 0 || strcasecmp(dot, ".xhtml") == 0))
            return DOC_HTML;
        if (dot && (strcasecmp(dot, ".md") == 0 || strcasecmp(dot, ".markdown") == 0))
            return DOC_MARKDOWN;
        if (dot && strcasecmp(dot, ".txt") == 0)
            return DOC_TEXT;
    }
    size_t k = 0;
    if (n >= 3 && memcmp(data, "\xEF\xBB\xBF", 3) == 0)
        k = 3;
    while (k < n && isspace((unsigned char)data[k]))
        k++;
    size_t look = n - k < 4096 ? n - k : 4096;
    if (look && data[k] == '<' && has_tag_within(data, k, k + look))
        return DOC_HTML;
    if (look && data[k] == '#')
        return DOC_MARKDOWN;
    /* a heading or a link further down */
    for (size_t i = k; i + 2 < k + look; i++)
        if ((data[i] == '\n' && data[i + 1] == '#' && (data[i + 2] == ' ' || data[i + 2] == '#')) ||
            (data[i] == ']' && data[i + 1] == '(' && memchr(data + k, '[', i - k)))
            return DOC_MARKDOWN;
    return DOC_TEXT;
}

const char *doc_format_name(enum doc_format f)
{
    return f == DOC_HTML ? "html" : f == DOC_MARKDOWN ? "markdown" : "text";
}

doc *doc_from_bytes(const char *data, size_t n, enum doc_format fmt, char *err)
{
    doc *d = xcalloc(1, sizeof *d, err);
    if (!d)
        return NULL;
    d->src = data;
    d->src_len = n;
    /* a UTF-8 byte order mark is not text */
    size_t from = n >= 3 && memcmp(data, "\xEF\xBB\xBF", 3) == 0 ? 3 : 0;
    if (fmt == DOC_HTML)
        html(d, data + from, n - from);
    else if (fmt == DOC_MARKDOWN)
        markdown(d, data + from, n - from);
    else
        copy(d, data + from, 0, n - from);
    if (from)
        for (size_t i = 0; i < d->n_runs; i++)
            d->runs[i].src += from;
    if (buf_reserve(&d->text, 1) < 0)
        d->oom = 1;
    else
        d->text.data[d->text.len] = '\0'; /* also when nothing was appended */
    /* line starts of the source */
    size_t lines = 1;
    for (size_t i = 0; i < n; i++)
        if (data[i] == '\n')
            lines++;
    d->lines = malloc(lines * sizeof *d->lines);
    if (!d->lines || d->oom) {
        doc_free(d);
        err_set(err, "out of memory converting a %zu-byte document", n);
        return NULL;
    }
    d->lines[0] = 0;
    d->n_lines = 1;
    for (size_t i = 0; i < n; i++)
        if (data[i] == '\n')
            d->lines[d->n_lines++] = i + 1;
    return d;
}

void doc_free(doc *d)
{
    if (!d)
        return;
    buf_free(&d->text);
    free(d->runs);
    free(d->lines);
    free(d->heads);
    free(d);
}

size_t doc_headings(const doc *d, const size_t **ranges)
{
    *ranges = d->heads;
    return d->n_heads;
}

const char *doc_text(const doc *d, size_t *len)
{
    *len = d->text.len;
    return d->text.data ? d->text.data : "";
}

size_t doc_source_offset(const doc *d, size_t off)
{
    if (!d->n_runs)
        return 0;
    size_t lo = 0, hi = d->n_runs;
    while (hi - lo > 1) {
        size_t mid = (lo + hi) / 2;
        if (d->runs[mid].out <= off)
            lo = mid;
        else
            hi = mid;
    }
    const run *r = &d->runs[lo];
    size_t src = r->linear ? r->src + (off - r->out) : r->src;
    return src > d->src_len ? d->src_len : src;
}

void doc_line_col(const doc *d, size_t src, size_t *line, size_t *col)
{
    if (src > d->src_len)
        src = d->src_len;
    size_t lo = 0, hi = d->n_lines;
    while (hi - lo > 1) {
        size_t mid = (lo + hi) / 2;
        if (d->lines[mid] <= src)
            lo = mid;
        else
            hi = mid;
    }
    *line = lo + 1;
    *col = text_codepoints(d->src + d->lines[lo], src - d->lines[lo]) + 1;
}
