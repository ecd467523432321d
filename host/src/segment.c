/* segment.c - sentence segmentation. */
#include "segment.h"

#include "common.h"
#include "platform.h"

#include <ctype.h>
#include <stdlib.h>
#include <string.h>

void seg_list_free(seg_list *l)
{
    free(l->v);
    l->v = NULL;
    l->n = l->cap = 0;
}

static int is_space(const char *s, size_t n, size_t i, size_t *len)
{
    unsigned char c = (unsigned char)s[i];
    if (c == ' ' || c == '\t' || c == '\r' || c == '\n' || c == '\f' || c == '\v') {
        *len = 1;
        return 1;
    }
    if (c == 0xC2 && i + 1 < n && (unsigned char)s[i + 1] == 0xA0) { /* NBSP */
        *len = 2;
        return 1;
    }
    if (c == 0xE2 && i + 2 < n && (unsigned char)s[i + 1] == 0x80 &&
        ((unsigned char)s[i + 2] <= 0x8B || (unsigned char)s[i + 2] == 0xAF)) { /* U+2000..200B, 202F */
        *len = 3;
        return 1;
    }
    if (c == 0xE3 && i + 2 < n && (unsigned char)s[i + 1] == 0x80 && (unsigned char)s[i + 2] == 0x80) { /* U+3000 */
        *len = 3;
        return 1;
    }
    return 0;
}

/* Bullet characters that start a list item: • ‣ · ▪ ■ □ ▶ ► ◦ ● ○ ◆ ◇ ✓ ✔ ➢ ➤ */
static size_t bullet_len(const char *s, size_t n, size_t i)
{
    const unsigned char *u = (const unsigned char *)s;
    if (i + 1 < n && u[i] == 0xC2 && u[i + 1] == 0xB7)
        return 2; /* · */
    if (i + 2 >= n || u[i] != 0xE2)
        return 0;
    unsigned b = u[i + 1], c = u[i + 2];
    if (b == 0x80 && (c == 0xA2 || c == 0xA3))
        return 3; /* • ‣ */
    if (b == 0x96 && (c == 0xAA || c == 0xA0 || c == 0xA1 || c == 0xB6 || c == 0xBA))
        return 3; /* ▪ ■ □ ▶ ► */
    if (b == 0x97 && (c == 0xA6 || c == 0x8F || c == 0x8B || c == 0x86 || c == 0x87))
        return 3; /* ◦ ● ○ ◆ ◇ */
    if ((b == 0x9C && (c == 0x93 || c == 0x94)) || (b == 0x9E && (c == 0xA2 || c == 0xA4)))
        return 3; /* ✓ ✔ ➢ ➤ */
    return 0;
}

/* Length of a list marker at the start of a line ("- ", "* ", "1. ", "(a) ",
 * "a) ", "iv. ", bullets), 0 when there is none. */
static size_t list_marker(const char *s, size_t n, size_t i)
{
    size_t b = bullet_len(s, n, i);
    if (b)
        return b;
    if (i + 1 < n && (s[i] == '-' || s[i] == '*' || s[i] == '+') && (s[i + 1] == ' ' || s[i + 1] == '\t'))
        return 2;
    size_t j = i;
    if (j < n && s[j] == '(')
        j++;
    size_t k = j;
    while (k < n && k - j < 4 && isalnum((unsigned char)s[k]))
        k++;
    if (k == j || k >= n)
        return 0;
    int digits = 1;
    for (size_t m = j; m < k; m++)
        if (!isdigit((unsigned char)s[m]))
            digits = 0;
    if (!digits && k - j > 1) {
        /* letters: only roman numerals of up to 4 */
        for (size_t m = j; m < k; m++)
            if (!strchr("ivxlIVXL", s[m]))
                return 0;
    }
    if (s[k] == '.' || s[k] == ')') {
        if (k + 1 < n && (s[k + 1] == ' ' || s[k + 1] == '\t'))
            return k + 2 - i;
    }
    return 0;
}

/* Words that end with a dot but rarely end a sentence. */
static const char *const abbrev_never[] = {
    "a.k.a", "aka", "al", "ann", "approx", "apr", "art", "arts", "aug", "ave", "blvd", "bros",
    "c.f.r", "ca", "cal", "cf", "ch", "civ", "cl", "dec", "dept", "dr", "e.g", "ed", "eg", "esp",
    "est", "excl", "ext", "fax", "feb", "fig", "ft", "gen", "govt", "hon", "i.e", "ibid", "ie",
    "incl", "jan", "jr", "jul", "jun", "mar", "max", "min", "mr", "mrs", "ms", "mt", "mx", "n.b",
    "nov", "oct", "p", "para", "paras", "ph.d", "pp", "prof", "pte", "pvt", "rd", "ref", "reg",
    "regs", "resp", "rev", "sch", "sec", "secs", "sep", "sept", "seq", "sr", "st", "stat", "ste",
    "subd", "tel", "u.s.a", "u.s.c", "v", "viz", "vol", "vs",
};

/* Dotted abbreviations and company suffixes: they end a sentence only when a
 * typical sentence opener follows. */
static const char *const abbrev_maybe[] = {
    "a.g", "a.m", "a.s", "b.v", "co", "corp", "cos", "d.c", "e.u", "e.v", "etc", "gmbh", "inc",
    "k.k", "l.l.c", "l.l.p", "l.p", "llc", "llp", "lp", "ltd", "ltda", "n.v", "p.m", "plc", "pty",
    "s.a", "s.a.r.l", "s.a.s", "s.p.a", "s.r.l", "s.r.o", "u.a.e", "u.k", "u.n", "u.s",
};

static const char *const openers[] = {
    "a", "accordingly", "additionally", "after", "all", "also", "although", "an", "any", "are",
    "as", "at", "because", "before", "both", "by", "can", "do", "does", "during", "each", "either",
    "even", "finally", "for", "from", "further", "furthermore", "he", "here", "how", "however", "i",
    "if", "in", "is", "it", "its", "many", "may", "moreover", "most", "neither", "no", "note", "on",
    "one", "only", "other", "otherwise", "our", "please", "see", "she", "since", "some", "such",
    "that", "the", "their", "then", "there", "therefore", "these", "they", "this", "those",
    "though", "thus", "to", "under", "unless", "us", "users", "we", "what", "when", "where",
    "which", "while", "who", "why", "will", "with", "without", "you", "your",
};

#define COUNT(a) (sizeof(a) / sizeof((a)[0]))

/* Words before a number: "No. 5", "Art. 6". */
static const char *const before_number[] = {"art", "ch", "no", "nos", "p", "para", "pp", "sec", "vol"};

/* A sorted word list searched by bisection. `sorted` is worked out on first
 * use: a list an edit left unsorted is searched linearly rather than giving
 * wrong answers (the unit tests would show the slowdown, not a bug). */
typedef struct word_list {
    const char *const *v;
    size_t n;
    int sorted; /* -1 not yet known */
} word_list;

static word_list never_words = {abbrev_never, COUNT(abbrev_never), -1};
static word_list maybe_words = {abbrev_maybe, COUNT(abbrev_maybe), -1};
static word_list opener_words = {openers, COUNT(openers), -1};
static word_list number_words = {before_number, COUNT(before_number), -1};

/* Is the word w[0..len) (any case) in the list? */
static int word_in(const char *w, size_t len, word_list *l)
{
    char low[16];
    if (len == 0 || len >= sizeof low)
        return 0;
    for (size_t i = 0; i < len; i++)
        low[i] = (char)tolower((unsigned char)w[i]);
    low[len] = '\0';
    if (l->sorted < 0) {
        l->sorted = 1;
        for (size_t i = 1; i < l->n; i++)
            if (strcmp(l->v[i - 1], l->v[i]) >= 0)
                l->sorted = 0;
    }
    if (!l->sorted) {
        for (size_t i = 0; i < l->n; i++)
            if (strcmp(low, l->v[i]) == 0)
                return 1;
        return 0;
    }
    size_t lo = 0, hi = l->n;
    while (lo < hi) {
        size_t mid = (lo + hi) / 2;
        int c = strcmp(low, l->v[mid]);
        if (c == 0)
            return 1;
        if (c < 0)
            hi = mid;
        else
            lo = mid + 1;
    }
    return 0;
}

/* Closing quotes and brackets that may follow a stop: ) ] } " ' ” ’ » */
static size_t closer_len(const char *s, size_t n, size_t i)
{
    const unsigned char *u = (const unsigned char *)s;
    if (i >= n)
        return 0;
    if (u[i] == ')' || u[i] == ']' || u[i] == '}' || u[i] == '"' || u[i] == '\'')
        return 1;
    if (i + 2 < n && u[i] == 0xE2 && u[i + 1] == 0x80 && (u[i + 2] == 0x9D || u[i + 2] == 0x99))
        return 3;
    if (i + 1 < n && u[i] == 0xC2 && u[i + 1] == 0xBB)
        return 2;
    return 0;
}

typedef struct seg_state {
    const char *s;
    size_t n;
    seg_list *out;
    char *err;
} seg_state;

static int emit(seg_state *st, size_t start, size_t end)
{
    const char *s = st->s;
    size_t n = st->n, sp;
    /* trim leading space and bullets (keep numbers: "1." can matter) */
    for (;;) {
        while (start < end && is_space(s, n, start, &sp))
            start += sp;
        size_t b = bullet_len(s, n, start);
        if (b && start + b <= end) {
            start += b;
            continue;
        }
        if (start + 1 < end && (s[start] == '-' || s[start] == '*' || s[start] == '+') &&
            (s[start + 1] == ' ' || s[start + 1] == '\t')) {
            start += 1;
            continue;
        }
        break;
    }
    while (end > start) {
        size_t k = end - 1;
        /* step back to the start of the last character */
        while (k > start && ((unsigned char)s[k] & 0xC0) == 0x80)
            k--;
        if (is_space(s, n, k, &sp) && k + sp == end)
            end = k;
        else
            break;
    }
    if (end <= start)
        return 0;
    /* a sentence with no letter or digit at all is not worth a rule */
    int any = 0;
    for (size_t i = start; i < end && !any; i++)
        if (isalnum((unsigned char)s[i]) || (unsigned char)s[i] >= 0x80)
            any = 1;
    if (!any)
        return 0;
    /* cap very long sentences at a clause boundary */
    while (end - start > SEGMENT_MAX_BYTES) {
        size_t limit = start + SEGMENT_MAX_BYTES, cut = 0;
        for (size_t i = limit; i > start + SEGMENT_MAX_BYTES / 2; i--) {
            if (s[i - 1] == ';' || (s[i - 1] == ',' && cut == 0 && i < limit)) {
                cut = i;
                if (s[i - 1] == ';')
                    break;
            }
        }
        if (!cut)
            for (size_t i = limit; i > start + 1; i--)
                if (s[i - 1] == ' ') {
                    cut = i;
                    break;
                }
        if (!cut) { /* no space at all: cut on a character boundary */
            cut = limit;
            while (cut > start + 1 && ((unsigned char)s[cut] & 0xC0) == 0x80)
                cut--;
        }
        if (emit(st, start, cut) < 0)
            return -1;
        start = cut;
        while (start < end && is_space(s, n, start, &sp))
            start += sp;
    }
    if (st->out->n == st->out->cap) {
        size_t cap = st->out->cap ? st->out->cap * 2 : 64;
        seg_span *v = xrealloc(st->out->v, cap * sizeof *v, st->err);
        if (!v)
            return -1;
        st->out->v = v;
        st->out->cap = cap;
    }
    st->out->v[st->out->n].start = start;
    st->out->v[st->out->n].end = end;
    st->out->n++;
    return 0;
}

/* Does the line s[ls..le) end like a finished sentence or a heading? */
static int line_ends_hard(const char *s, size_t ls, size_t le)
{
    while (le > ls && (s[le - 1] == ' ' || s[le - 1] == '\t' || s[le - 1] == '\r'))
        le--;
    if (le == ls)
        return 1;
    char c = s[le - 1];
    if (c == '.' || c == '!' || c == '?' || c == ':' || c == ';')
        return 1;
    /* short lines without a stop are headings, labels, list items */
    return le - ls < 60;
}

/* Decide whether the stop at s[dot] ends a sentence; `next` is the first
 * character after the following space. */
static int stop_ends(const char *s, size_t n, size_t sent_start, size_t dot, size_t next)
{
    if (next >= n)
        return 1;
    unsigned char nc = (unsigned char)s[next];
    if (islower(nc))
        return 0; /* "e.g. the", "Inc. is" */
    if (s[dot] != '.')
        return 1;
    /* the word before the dot, with inner dots ("U.S", "e.g") */
    size_t w = dot;
    while (w > sent_start && (isalnum((unsigned char)s[w - 1]) || s[w - 1] == '.'))
        w--;
    size_t wl = dot - w;
    if (wl == 0)
        return 1;
    const char *word = s + w;
    /* a list or heading marker at the start of the sentence: "1. ", "2.3. ",
     * "b. ", "A. ", "iv. " */
    if (w == sent_start && wl <= 5) {
        int numeric = 1, roman = 1;
        for (size_t i = 0; i < wl; i++) {
            if (!isdigit((unsigned char)word[i]) && word[i] != '.')
                numeric = 0;
            if (!strchr("ivxlIVXL", word[i]))
                roman = 0;
        }
        if (numeric || (wl == 1 && isalpha((unsigned char)word[0])) || (roman && wl <= 4))
            return 0;
    }
    /* "No. 5", "art. 6" */
    if (isdigit(nc) && word_in(word, wl, &number_words))
        return 0;
    if (word_in(word, wl, &never_words))
        return 0;
    /* single capital initial, as in "J. Smith" */
    if (wl == 1 && isupper((unsigned char)word[0]) && w > sent_start)
        return 0;
    if (word_in(word, wl, &maybe_words)) {
        size_t e = next;
        while (e < n && isalpha((unsigned char)s[e]))
            e++;
        return word_in(s + next, e - next, &opener_words);
    }
    return 1;
}

int segment_text(const char *s, size_t n, seg_list *out, char *err)
{
    return segment_text_until(s, n, out, 0, err);
}

int segment_text_until(const char *s, size_t n, seg_list *out, uint64_t deadline_ms, char *err)
{
    unsigned ticks = 0;
    seg_state st = {s, n, out, err};
    size_t start = 0, line_start = 0, i = 0, sp;
    size_t lead_of = (size_t)-1, lead = 0; /* first non-space of the sentence at lead_of */
    /* bytes the loop must look at: line ends, stops, and the lead bytes of
     * bullets and the ellipsis; everything else is skipped in a tight loop */
    static const unsigned char special[256] = {
        ['\n'] = 1, ['.'] = 1, ['!'] = 1, ['?'] = 1, [0xC2] = 1, [0xE2] = 1,
    };
    while (i < n) {
        while (i < n && !special[(unsigned char)s[i]])
            i++;
        if (i >= n)
            break;
        /* a block can be megabytes of tiny sentences: look at the clock
         * now and then (every step moves forward; sentences so far are final) */
        if (deadline_ms && (++ticks & 0x3FFF) == 0 && platform_now_ms() > deadline_ms)
            return 1;
        unsigned char c = (unsigned char)s[i];
        if (c == '\n') {
            size_t j = i + 1;
            while (j < n && (s[j] == ' ' || s[j] == '\t' || s[j] == '\r'))
                j++;
            int brk = 0;
            if (j >= n || s[j] == '\n')
                brk = 1;
            else if (list_marker(s, n, j))
                brk = 1;
            else if (line_ends_hard(s, line_start, i))
                brk = 1;
            else if (!islower((unsigned char)s[j]) && i - line_start < 60)
                brk = 1;
            if (brk) {
                if (emit(&st, start, i) < 0)
                    return -1;
                start = i + 1;
            }
            i++;
            line_start = i;
            continue;
        }
        /* a bullet in the middle of a line starts a new item */
        if (i > start && (c == 0xE2 || c == 0xC2) && bullet_len(s, n, i) && i > 0 && (s[i - 1] == ' ' || s[i - 1] == '\t')) {
            if (emit(&st, start, i) < 0)
                return -1;
            start = i;
            i += bullet_len(s, n, i);
            continue;
        }
        int stop = c == '.' || c == '!' || c == '?';
        size_t stop_len = 1;
        if (c == 0xE2 && i + 2 < n && (unsigned char)s[i + 1] == 0x80 && (unsigned char)s[i + 2] == 0xA6) {
            stop = 1; /* … */
            stop_len = 3;
        }
        if (!stop) {
            i++;
            continue;
        }
        size_t j = i + stop_len, cl;
        while (j < n && (s[j] == '.' || s[j] == '!' || s[j] == '?'))
            j++; /* "?!", "..." */
        while ((cl = closer_len(s, n, j)) != 0)
            j += cl;
        if (j < n && !is_space(s, n, j, &sp)) {
            i = j > i ? j : i + 1;
            continue; /* "1.5", "example.com", "U.S." mid-word */
        }
        size_t k = j;
        while (k < n && is_space(s, n, k, &sp) && s[k] != '\n')
            k += sp;
        if (k < n && s[k] == '\n') {
            /* the newline rule decides; a stop before it always breaks */
            if (emit(&st, start, j) < 0)
                return -1;
            start = j;
            i = k;
            continue;
        }
        /* skip the sentence's leading space once per sentence, not once per
         * stop: a long run of spaces before many stops was quadratic */
        if (lead_of != start) {
            lead_of = start;
            lead = start;
        }
        while (lead < i && is_space(s, n, lead, &sp))
            lead += sp;
        size_t sent_start = lead;
        if (stop_ends(s, n, sent_start, i, k)) {
            if (emit(&st, start, j) < 0)
                return -1;
            start = j;
        }
        i = j > i ? j : i + 1;
    }
    return emit(&st, start, n);
}
