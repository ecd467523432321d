/* doc.c - plain text from text, Markdown and HTML files, with a map back. */
#include "doc.h"

#include "buf.h"
#include "common.h"
#include "text.h"

#include <ctype.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

/* A run of output text that maps linearly to the source. */
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
    int oom;
};

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

/* copy source bytes [src, src+n) as they are (fixing invalid UTF-8) */
static void copy(doc *d, const char *s, size_t src, size_t n)
{
    size_t i = 0;
    while (i < n) {
        size_t j = i;
        while (j < n) {
            unsigned char c = (unsigned char)s[src + j];
            if (c < 0x80) {
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
            if (buf_append(&d->text, s + src + i, j - i) < 0)
                d->oom = 1;
        }
        if (j < n) { /* a bad byte */
            add_run(d, src + j, 0);
            if (buf_append(&d->text, "\xEF\xBF\xBD", 3) < 0)
                d->oom = 1;
            j++;
        }
        i = j;
    }
}

/* emit replacement text that stands for source bytes starting at src */
static void put(doc *d, const char *s, size_t n, size_t src)
{
    add_run(d, src, 0);
    if (buf_append(&d->text, s, n) < 0)
        d->oom = 1;
}

/* a line break, without piling up more than two */
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

static const struct {
    const char *name;
    unsigned cp;
} entities[] = {
    {"amp", '&'},       {"lt", '<'},        {"gt", '>'},        {"quot", '"'},      {"apos", '\''},
    {"nbsp", 0xA0},     {"rsquo", 0x2019},  {"lsquo", 0x2018},  {"ldquo", 0x201C},  {"rdquo", 0x201D},
    {"mdash", 0x2014},  {"ndash", 0x2013},  {"hellip", 0x2026}, {"copy", 0xA9},     {"reg", 0xAE},
    {"trade", 0x2122},  {"middot", 0xB7},   {"bull", 0x2022},   {"rarr", 0x2192},   {"raquo", 0xBB},
    {"laquo", 0xAB},    {"rsaquo", 0x203A}, {"lsaquo", 0x2039}, {"euro", 0x20AC},   {"pound", 0xA3},
    {"sect", 0xA7},     {"para", 0xB6},     {"shy", 0xAD},      {"zwnj", 0x200C},   {"zwj", 0x200D},
    {"thinsp", 0x2009}, {"ensp", 0x2002},   {"emsp", 0x2003},   {"eacute", 0xE9},   {"egrave", 0xE8},
    {"aacute", 0xE1},   {"agrave", 0xE0},   {"uuml", 0xFC},     {"ouml", 0xF6},     {"auml", 0xE4},
    {"ccedil", 0xE7},   {"ntilde", 0xF1},   {"szlig", 0xDF},    {"deg", 0xB0},      {"times", 0xD7},
};

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
        put_cp(d, (unsigned)(cp > 0x10FFFF ? 0xFFFD : cp), i);
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

static int tag_is(const char *name, size_t nl, const char *const *list)
{
    for (; *list; list++)
        if (strlen(*list) == nl && strncasecmp(*list, name, nl) == 0)
            return 1;
    return 0;
}

static const char *const skip_tags[] = {"script", "style", "noscript", "template", "svg", "head", "iframe", "object", NULL};
static const char *const para_tags[] = {"p", "div", "section", "article", "h1", "h2", "h3", "h4", "h5", "h6",
                                        "ul", "ol", "table", "blockquote", "pre", "header", "footer", "nav",
                                        "main", "aside", "form", "fieldset", "dl", "figure", "hr", "title",
                                        "details", "summary", NULL};
static const char *const line_tags[] = {"br", "li", "tr", "td", "th", "dt", "dd", "label", "button", "option",
                                        "caption", "legend", "figcaption", NULL};

static void html(doc *d, const char *s, size_t n)
{
    size_t i = 0, text_from = 0;
    while (i < n) {
        char c = s[i];
        if (c != '<' && c != '&') {
            i++;
            continue;
        }
        if (i > text_from)
            copy(d, s, text_from, i - text_from);
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
        /* comments, doctype, CDATA */
        if (i + 3 < n && strncmp(s + i, "<!--", 4) == 0) {
            size_t e = i + 4;
            while (e + 3 <= n && memcmp(s + e, "-->", 3) != 0) /* s is not NUL-terminated */
                e++;
            i = e + 3 <= n ? e + 3 : n;
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
        while (j < n && (isalnum((unsigned char)s[j]) || s[j] == '-'))
            j++;
        size_t nl = j - name;
        if (nl == 0) { /* a lone "<" is text */
            copy(d, s, i, 1);
            i++;
            text_from = i;
            continue;
        }
        /* find the end of the tag, skipping quoted attribute values */
        char q = 0;
        while (j < n && (q || s[j] != '>')) {
            if (q && s[j] == q)
                q = 0;
            else if (!q && (s[j] == '"' || s[j] == '\''))
                q = s[j];
            j++;
        }
        size_t tag_end = j < n ? j + 1 : n;
        if (!closing && tag_is(s + name, nl, skip_tags)) {
            /* drop everything up to the matching close tag */
            size_t k = tag_end;
            for (;;) {
                const char *lt = memchr(s + k, '<', n - k);
                if (!lt) {
                    k = n;
                    break;
                }
                k = (size_t)(lt - s);
                if (k + 2 + nl <= n && s[k + 1] == '/' && strncasecmp(s + k + 2, s + name, nl) == 0) {
                    const char *gt = memchr(s + k, '>', n - k);
                    k = gt ? (size_t)(gt - s) + 1 : n;
                    break;
                }
                k++;
            }
            i = k;
            text_from = i;
            continue;
        }
        if (tag_is(s + name, nl, para_tags))
            brk(d, i, 1);
        else if (tag_is(s + name, nl, line_tags))
            brk(d, i, 0);
        else if (tag_is(s + name, nl, (const char *const[]){"span", "a", "b", "i", "em", "strong", "u", "small", "sup", "sub", "code", "abbr", "mark", "font", NULL}) == 0)
            put(d, " ", 1, i); /* unknown tags separate words */
        i = tag_end;
        text_from = i;
    }
    if (n > text_from)
        copy(d, s, text_from, n - text_from);
}

/* strspn within s[0..n): s is not NUL-terminated */
static size_t span_of(const char *s, size_t n, const char *accept)
{
    size_t k = 0;
    while (k < n && strchr(accept, s[k]) && s[k])
        k++;
    return k;
}

static int md_line_is_rule(const char *s, size_t n)
{
    size_t k = 0, marks = 0;
    char m = 0;
    for (; k < n; k++) {
        if (s[k] == ' ')
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
        if (c == '*' || c == '`' || (c == '_' && (i == from || !isalnum((unsigned char)s[i - 1]) || i + 1 >= to ||
                                                  !isalnum((unsigned char)s[i + 1])))) {
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
                if (gt && i + 1 < to && (isalpha((unsigned char)s[i + 1]) || s[i + 1] == '/' || s[i + 1] == '!')) {
                    size_t nl = 0;
                    size_t nm = i + 1 + (s[i + 1] == '/');
                    while (nm + nl < to && isalnum((unsigned char)s[nm + nl]))
                        nl++;
                    if (tag_is(s + nm, nl, (const char *const[]){"br", "p", "div", "li", "tr", NULL}))
                        brk(d, i, 0);
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

static void markdown(doc *d, const char *s, size_t n)
{
    size_t i = 0;
    int fence = 0;
    while (i < n) {
        const char *nlp = memchr(s + i, '\n', n - i);
        size_t e = nlp ? (size_t)(nlp - s) : n;
        size_t k = i;
        while (k < e && (s[k] == ' ' || s[k] == '\t'))
            k++;
        if (e - k >= 3 && (strncmp(s + k, "```", 3) == 0 || strncmp(s + k, "~~~", 3) == 0)) {
            fence = !fence;
            brk(d, i, 1);
        } else if (fence) {
            copy(d, s, i, e - i);
            put(d, "\n", 1, e);
        } else if (k == e) {
            brk(d, i, 1);
        } else if (md_line_is_rule(s + k, e - k)) {
            brk(d, i, 1);
        } else {
            int heading = 0;
            while (k < e && s[k] == '#') {
                k++;
                heading = 1;
            }
            while (k < e && s[k] == '>') { /* blockquote */
                k++;
                while (k < e && s[k] == ' ')
                    k++;
            }
            if (heading) {
                brk(d, i, 1);
                while (k < e && s[k] == ' ')
                    k++;
            }
            size_t end = e;
            if (heading)
                while (end > k && (s[end - 1] == '#' || s[end - 1] == ' '))
                    end--;
            if (k < end && s[k] == '|') {
                /* a table row: each cell on its own line */
                size_t c = k + 1;
                while (c < end) {
                    const char *bar = memchr(s + c, '|', end - c);
                    size_t ce = bar ? (size_t)(bar - s) : end;
                    size_t a = c;
                    while (a < ce && s[a] == ' ')
                        a++;
                    if (a < ce && !md_line_is_rule(s + a, ce - a) && span_of(s + a, ce - a, "-: ") < ce - a) {
                        md_inline(d, s, a, ce);
                        brk(d, ce, 0);
                    }
                    c = ce + 1;
                }
            } else {
                md_inline(d, s, k, end);
                put(d, "\n", 1, e);
            }
            if (heading)
                brk(d, e, 1);
        }
        i = e + 1;
    }
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
    while (k < n && isspace((unsigned char)data[k]))
        k++;
    size_t look = n - k < 2048 ? n - k : 2048;
    if (look && data[k] == '<') {
        for (size_t i = k; i + 5 < k + look; i++)
            if (strncasecmp(data + i, "<html", 5) == 0 || strncasecmp(data + i, "<body", 5) == 0 ||
                strncasecmp(data + i, "<p>", 3) == 0 || strncasecmp(data + i, "<div", 4) == 0 ||
                strncasecmp(data + i, "<!doc", 5) == 0)
                return DOC_HTML;
    }
    if (look && data[k] == '#')
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
        d->text.data[d->text.len] = '\0'; /* an empty text was never written */
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
    free(d);
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
