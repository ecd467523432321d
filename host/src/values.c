/*
 * values.c - extracting retention periods, opt-out places and windows.
 *
 * Everything here reads one normalised sentence byte by byte: no regular
 * expressions and no allocation, so it is cheap enough to run on every
 * finding. The sentence is already known to state the practice (a rule
 * fired); these functions only pull out the facts in it.
 */
#include "values.h"

#include <ctype.h>
#include <string.h>

/* ======================================================================
 * Small text helpers (ASCII case folding; UTF-8 bytes are never letters)
 * ====================================================================== */

static int is_alpha(char c) { return isalpha((unsigned char)c) != 0; }
static int is_digit(char c) { return isdigit((unsigned char)c) != 0; }
static int is_alnum(char c) { return isalnum((unsigned char)c) != 0; }
static int is_upper(char c) { return isupper((unsigned char)c) != 0; }
static int is_lower(char c) { return islower((unsigned char)c) != 0; }
static char lower(char c) { return (char)tolower((unsigned char)c); }

/* s[0..n) is exactly word (lower case), ignoring ASCII case */
static int ieq(const char *s, size_t n, const char *word)
{
    size_t wl = strlen(word);
    if (n != wl)
        return 0;
    for (size_t i = 0; i < n; i++)
        if (lower(s[i]) != word[i])
            return 0;
    return 1;
}

/* s[0..n) starts with p (lower case), ignoring ASCII case */
static int prefix_ci(const char *s, size_t n, const char *p)
{
    size_t pl = strlen(p);
    if (n < pl)
        return 0;
    for (size_t i = 0; i < pl; i++)
        if (lower(s[i]) != p[i])
            return 0;
    return 1;
}

/* first position >= from where p (lower case) occurs, ignoring case; -1
 * when none. The candidates are found with memchr for each case of p's
 * first letter: these searches run over every finding's sentence many
 * times, and a byte-by-byte loop was most of the values' time. */
static long find_ci(const char *s, size_t n, size_t from, const char *p)
{
    size_t pl = strlen(p);
    if (from > n || n - from < pl)
        return -1;
    if (pl == 0)
        return (long)from;
    char a = p[0], b = (char)toupper((unsigned char)a);
    const char *end = s + (n - pl) + 1; /* one past the last possible start */
    const char *xa = memchr(s + from, a, (size_t)(end - (s + from)));
    const char *xb = a != b ? memchr(s + from, b, (size_t)(end - (s + from))) : NULL;
    while (xa || xb) {
        const char *x = !xb || (xa && xa < xb) ? xa : xb;
        if (prefix_ci(x, (size_t)(s + n - x), p))
            return (long)(x - s);
        const char *next = x + 1 < end ? memchr(x + 1, x == xa ? a : b, (size_t)(end - (x + 1))) : NULL;
        if (x == xa)
            xa = next;
        else
            xb = next;
    }
    return -1;
}

/* like find_ci, but p must start at a word boundary (p may be a stem) */
static long find_stem(const char *s, size_t n, size_t from, const char *p)
{
    for (long i = find_ci(s, n, from, p); i >= 0; i = find_ci(s, n, (size_t)i + 1, p))
        if (i == 0 || !is_alnum(s[i - 1]))
            return i;
    return -1;
}

/* like find_stem, with a word boundary after p as well */
static long find_word(const char *s, size_t n, size_t from, const char *p)
{
    size_t pl = strlen(p);
    for (long i = find_stem(s, n, from, p); i >= 0; i = find_stem(s, n, (size_t)i + 1, p))
        if ((size_t)i + pl >= n || !is_alnum(s[(size_t)i + pl]))
            return i;
    return -1;
}

/* does any of the stems start a word in s[from..to)? */
static int any_stem_in(const char *s, size_t n, size_t from, size_t to, const char *const *stems)
{
    if (to > n)
        to = n;
    for (size_t k = 0; stems[k]; k++) {
        long p = find_stem(s, to, from, stems[k]);
        if (p >= 0)
            return 1;
    }
    return 0;
}

static size_t skip_spaces(const char *s, size_t n, size_t i)
{
    while (i < n && s[i] == ' ')
        i++;
    return i;
}

/* the word starting at i (letters only), as [i, end) */
static size_t word_end(const char *s, size_t n, size_t i)
{
    while (i < n && is_alpha(s[i]))
        i++;
    return i;
}

/* is the word at i one of words (lower case)? */
static int word_in(const char *s, size_t n, size_t i, const char *const *words)
{
    size_t e = word_end(s, n, i);
    for (size_t k = 0; words[k]; k++)
        if (ieq(s + i, e - i, words[k]))
            return 1;
    return 0;
}

/* start of the word that ends just before position i (skipping spaces) */
static size_t prev_word_start(const char *s, size_t i)
{
    while (i > 0 && s[i - 1] == ' ')
        i--;
    while (i > 0 && is_alpha(s[i - 1]))
        i--;
    return i;
}

/* Copy s[0..n) into out, folding line breaks and runs of spaces, never
 * ending inside a UTF-8 sequence. */
static void copy_text(char *out, size_t out_len, const char *s, size_t n)
{
    if (!out_len)
        return;
    size_t k = 0;
    for (size_t i = 0; i < n && k + 1 < out_len; i++) {
        char c = s[i];
        if (c == '\n' || c == '\t' || c == '\r')
            c = ' ';
        if (c == ' ' && (k == 0 || out[k - 1] == ' '))
            continue;
        out[k++] = c;
    }
    while (k && out[k - 1] == ' ')
        k--;
    /* drop a partial UTF-8 sequence at the end */
    size_t cont = 0;
    while (cont < k && cont < 4 && ((unsigned char)out[k - 1 - cont] & 0xC0) == 0x80)
        cont++;
    if (cont < k) {
        unsigned char lead = (unsigned char)out[k - 1 - cont];
        size_t need = lead >= 0xF0 ? 3 : lead >= 0xE0 ? 2 : lead >= 0xC0 ? 1 : 0;
        if (need != cont)
            k -= cont + (lead >= 0xC0 ? 1 : 0);
    }
    out[k] = '\0';
}

/* Copy from s[start] through the next nwords words, stopping at
 * punctuation and never ending on a little word ("until your account is"). */
static void copy_words_from(char *out, size_t out_len, const char *s, size_t n, size_t start, int nwords)
{
    static const char *const little[] = {"of", "and", "or", "is", "are", "the", "to", "a", "an", "such", "your",
                                         "our", "be", "was", "it", "we", "us", "that", "which", "for", NULL};
    size_t e = start, good = start;
    for (int w = 0; w < nwords && e < n; w++) {
        size_t ws = skip_spaces(s, n, e);
        size_t we = ws;
        while (we < n && (is_alnum(s[we]) || s[we] == '\'' || s[we] == '-'))
            we++;
        if (we == ws)
            break;
        e = we;
        if (!word_in(s, n, ws, little) || w == 0)
            good = e;
    }
    copy_text(out, out_len, s + start, good - start);
}

/* ======================================================================
 * Numbers
 * ====================================================================== */

static const struct {
    const char *w;
    long v;
} small_numbers[] = {
    {"zero", 0},     {"one", 1},        {"two", 2},        {"three", 3},      {"four", 4},
    {"five", 5},     {"six", 6},        {"seven", 7},      {"eight", 8},      {"nine", 9},
    {"ten", 10},     {"eleven", 11},    {"twelve", 12},    {"thirteen", 13},  {"fourteen", 14},
    {"fifteen", 15}, {"sixteen", 16},   {"seventeen", 17}, {"eighteen", 18},  {"nineteen", 19},
    {"twenty", 20},  {"thirty", 30},    {"forty", 40},     {"fifty", 50},     {"sixty", 60},
    {"seventy", 70}, {"eighty", 80},    {"ninety", 90},
};

#define NUMBER_CAP 1000000L /* larger "periods" are not periods */

static long number_word(const char *s, size_t n)
{
    for (size_t k = 0; k < sizeof small_numbers / sizeof small_numbers[0]; k++)
        if (ieq(s, n, small_numbers[k].w))
            return small_numbers[k].v;
    return -1;
}

/* Digits: "1,095", "30", "1.5". The value comes back in thousandths so
 * "1.5 years" can become 548 days. */
static size_t parse_digits(const char *s, size_t n, long *milli)
{
    size_t i = 0;
    long v = 0;
    while (i < n) {
        if (is_digit(s[i])) {
            v = v * 10 + (s[i] - '0');
            if (v > NUMBER_CAP)
                return 0;
            i++;
        } else if (s[i] == ',' && i > 0 && i + 3 < n && is_digit(s[i + 1]) && is_digit(s[i + 2]) &&
                   is_digit(s[i + 3]) && (i + 4 >= n || !is_digit(s[i + 4]))) {
            i++; /* "1,095" */
        } else {
            break;
        }
    }
    if (i == 0)
        return 0;
    long frac = 0, scale = 1000;
    if (i + 1 < n && s[i] == '.' && is_digit(s[i + 1])) {
        i++;
        while (i < n && is_digit(s[i])) {
            if (scale > 1) {
                scale /= 10;
                frac += (s[i] - '0') * scale;
            }
            i++;
        }
    }
    *milli = v * 1000 + frac;
    return i;
}

/* Words: "twelve", "twenty-four", "one hundred (and) eighty", "a", "an".
 * Each word may follow only the words a number can follow it with. */
static size_t parse_number_words(const char *s, size_t n, long *out)
{
    enum { NONE, UNIT, TENS, HUNDRED, THOUSAND } last = NONE;
    size_t i = 0, used = 0;
    long total = 0, current = 0;
    for (;;) {
        size_t e = word_end(s, n, i);
        if (e == i)
            break;
        long v = number_word(s + i, e - i);
        if (last == NONE && (ieq(s + i, e - i, "a") || ieq(s + i, e - i, "an") || ieq(s + i, e - i, "single"))) {
            /* "a year", "a hundred": one; "a few", "a couple": no number */
            size_t j = skip_spaces(s, n, e);
            size_t je = word_end(s, n, j);
            if (ieq(s + j, je - j, "few") || ieq(s + j, je - j, "couple") || ieq(s + j, je - j, "number") ||
                ieq(s + j, je - j, "lot"))
                return 0;
            current = 1;
            last = UNIT;
        } else if (v >= 0 && v < 20 &&
                   (last == NONE || last == HUNDRED || last == THOUSAND || (last == TENS && v > 0 && v < 10))) {
            current += v;
            last = UNIT;
        } else if (v >= 20 && (last == NONE || last == HUNDRED || last == THOUSAND)) {
            current += v;
            last = TENS;
        } else if (ieq(s + i, e - i, "hundred") && (last == UNIT || last == NONE)) {
            current = (current ? current : 1) * 100;
            last = HUNDRED;
        } else if (ieq(s + i, e - i, "thousand") && (last == UNIT || last == TENS || last == HUNDRED)) {
            total += current * 1000;
            current = 0;
            last = THOUSAND;
        } else if ((last == HUNDRED || last == THOUSAND) && ieq(s + i, e - i, "and")) {
            size_t j = skip_spaces(s, n, e);
            size_t je = word_end(s, n, j);
            if (number_word(s + j, je - j) < 1)
                break;
            i = j;
            continue;
        } else {
            break;
        }
        used = e;
        /* number words join with a space or a hyphen */
        if (e + 1 < n && (s[e] == ' ' || s[e] == '-') && is_alpha(s[e + 1]))
            i = e + 1;
        else
            break;
    }
    if (last == NONE)
        return 0;
    *out = total + current;
    return used;
}

/* An echo of the number in the other form: "(12)" or "(twelve)".
 * Returns bytes used from s (0 when there is none), the digits in *digits
 * (-1 when the echo is in words). */
static size_t parse_echo(const char *s, size_t n, long *digits)
{
    size_t i = skip_spaces(s, n, 0);
    if (i >= n || s[i] != '(')
        return 0;
    i++;
    long milli, v;
    size_t u = parse_digits(s + i, n - i, &milli);
    if (u) {
        *digits = (milli + 999) / 1000;
    } else {
        u = parse_number_words(s + i, n - i, &v);
        *digits = -1;
    }
    if (!u || i + u >= n || s[i + u] != ')')
        return 0;
    return i + u + 1;
}

/* A number in digits or words at s[0..n), value in thousandths. */
static size_t parse_quantity(const char *s, size_t n, long *milli)
{
    long v, echo;
    size_t used = parse_digits(s, n, milli);
    if (used) {
        size_t e = parse_echo(s + used, n - used, &echo);
        return used + e;
    }
    used = parse_number_words(s, n, &v);
    if (!used || v > NUMBER_CAP)
        return 0;
    *milli = v * 1000;
    size_t e = parse_echo(s + used, n - used, &echo);
    if (e && echo >= 0)
        *milli = echo * 1000; /* "twelve (12)": the digits are what was meant */
    return used + e;
}

size_t values_number(const char *s, size_t n, long *out)
{
    long milli;
    size_t used = parse_quantity(s, n, &milli);
    if (used)
        *out = (milli + 999) / 1000;
    return used;
}

/* ======================================================================
 * Durations
 * ====================================================================== */

/* A unit after a number: "days", "-day", " calendar months", "hrs".
 * Returns bytes used and the unit in seconds, or 0. */
static size_t parse_unit(const char *s, size_t n, long long *seconds)
{
    size_t i = 0;
    while (i < n && (s[i] == ' ' || s[i] == '-'))
        i++;
    static const char *const qualifiers[] = {"calendar", "business", "working", "full", "consecutive",
                                             "additional", "more", "further", "straight", "rolling", NULL};
    for (int k = 0; k < 2; k++) {
        if (!word_in(s, n, i, qualifiers))
            break;
        i = skip_spaces(s, n, word_end(s, n, i));
    }
    size_t e = word_end(s, n, i);
    const char *w = s + i;
    size_t wl = e - i;
    static const struct {
        const char *w;
        long long sec;
    } units[] = {
        {"second", 1},           {"seconds", 1},           {"sec", 1},           {"secs", 1},
        {"minute", 60},          {"minutes", 60},          {"min", 60},          {"mins", 60},
        {"hour", 3600},          {"hours", 3600},          {"hr", 3600},         {"hrs", 3600},
        {"day", 86400},          {"days", 86400},          {"week", 604800},     {"weeks", 604800},
        {"month", 2592000},      {"months", 2592000},      {"year", 31536000},   {"years", 31536000},
        {"yr", 31536000},        {"yrs", 31536000},        {"decade", 315360000}, {"decades", 315360000},
    };
    for (size_t k = 0; k < sizeof units / sizeof units[0]; k++)
        if (ieq(w, wl, units[k].w)) {
            *seconds = units[k].sec;
            return e;
        }
    return 0;
}

static long to_days(long milli, long long seconds)
{
    long long num = (long long)milli * seconds;
    long long den = 1000LL * 86400LL;
    return (long)((num + den - 1) / den);
}

typedef struct duration {
    size_t start, end; /* the number through the unit */
    long days;
} duration;

/* Is the duration at [start, end) not a retention period: an age, a
 * notice period, a look back ("in the last 12 months"), a frequency, or a
 * time to answer a request? */
static int not_a_period(const char *s, size_t n, size_t start, size_t end)
{
    /* after: "13 years of age", "18 years old", "30 days' notice" */
    size_t a = end;
    if (a < n && s[a] == '\'')
        a++;
    else if (a + 1 < n && s[a] == 's' && s[a + 1] == '\'')
        a += 2;
    a = skip_spaces(s, n, a);
    if (a < n && s[a] == '-')
        a = skip_spaces(s, n, a + 1);
    static const char *const after[] = {"of age", "old", "or older", "and older", "or over", "and over", "or younger",
                                        "of experience", "notice", "prior notice", "advance notice", "in advance",
                                        "of notice", "prior written notice", "written notice", "ago", NULL};
    for (size_t k = 0; after[k]; k++)
        if (prefix_ci(s + a, n - a, after[k]) && (a + strlen(after[k]) >= n || !is_alpha(s[a + strlen(after[k])])))
            return 1;
    /* before: up to three words */
    static const char *const look_back[] = {"past", "last", "previous", "preceding", "prior", "per", "once",
                                            "twice", "aged", "age", "ages", NULL};
    static const char *const be[] = {"be", "are", "is", "am", "been", "users", "children", "persons", "people",
                                     "individuals", "anyone", "someone", "minors", NULL};
    size_t b = start, prev[3] = {0, 0, 0};
    int nprev = 0;
    for (int w = 0; w < 3 && b > 0; w++) {
        size_t ws = prev_word_start(s, b);
        if (ws == b)
            break;
        if (word_in(s, n, ws, look_back))
            return 1;
        prev[nprev++] = ws;
        b = ws;
    }
    /* ages: "must be at least 18 years", "children under 13 years" */
    if (nprev >= 3 && ieq(s + prev[0], word_end(s, n, prev[0]) - prev[0], "least") && word_in(s, n, prev[2], be))
        return 1;
    if (nprev >= 2 &&
        (ieq(s + prev[0], word_end(s, n, prev[0]) - prev[0], "under") ||
         ieq(s + prev[0], word_end(s, n, prev[0]) - prev[0], "over")) &&
        word_in(s, n, prev[1], be))
        return 1;
    /* "notice of 8 days", "a notice period of 30 days" */
    long nt = find_ci(s, n, start > 30 ? start - 30 : 0, "notice");
    if (nt >= 0 && (size_t)nt < start && find_ci(s, start, (size_t)nt, " of ") >= 0)
        return 1;
    /* "we will respond within 30 days" */
    size_t from = start > 110 ? start - 110 : 0;
    static const char *const answer[] = {"respond", "reply", "replies", "answer", "acknowledg", "confirm receipt",
                                         "get back", "refund", "cancel", NULL};
    long within = find_ci(s, start, start > 12 ? start - 12 : 0, "within");
    if (within >= 0 && any_stem_in(s, n, from, start, answer))
        return 1;
    return 0;
}

/* The next duration at or after *pos; 0 when there is none. Ranges ("30 to
 * 90 days", "6-12 months", "between 1 and 3 years") count as their upper
 * end. */
static int next_duration(const char *s, size_t n, size_t *pos, duration *d)
{
    for (size_t i = *pos; i < n; i++) {
        if (i > 0 && (is_alnum(s[i - 1]) || s[i - 1] == '.' || s[i - 1] == '$'))
            continue;
        if (!is_alnum(s[i]))
            continue;
        long milli;
        size_t used = parse_quantity(s + i, n - i, &milli);
        if (!used) {
            /* skip the rest of this word */
            while (i + 1 < n && is_alnum(s[i + 1]))
                i++;
            continue;
        }
        size_t j = i + used;
        long long sec;
        size_t uu = parse_unit(s + j, n - j, &sec);
        if (!uu) {
            /* a range: the unit comes after the second number */
            size_t k = skip_spaces(s, n, j);
            size_t after = 0;
            if (prefix_ci(s + k, n - k, "to "))
                after = k + 3;
            else if (prefix_ci(s + k, n - k, "and "))
                after = k + 4;
            else if (prefix_ci(s + k, n - k, "or "))
                after = k + 3;
            else if (prefix_ci(s + k, n - k, "through "))
                after = k + 8;
            else if (k < n && (s[k] == '-' || s[k] == '/'))
                after = k + 1;
            if (after) {
                after = skip_spaces(s, n, after);
                long milli2;
                size_t used2 = parse_quantity(s + after, n - after, &milli2);
                if (used2) {
                    uu = parse_unit(s + after + used2, n - after - used2, &sec);
                    if (uu) {
                        if (milli2 > milli)
                            milli = milli2;
                        j = after + used2;
                    }
                }
            }
        }
        if (!uu) {
            i = j > i ? j - 1 : i;
            continue;
        }
        size_t end = j + uu;
        *pos = end;
        if (not_a_period(s, n, i, end)) {
            i = end - 1;
            continue;
        }
        d->start = i;
        d->end = end;
        d->days = to_days(milli, sec);
        if (milli > 0 && d->days == 0)
            d->days = 1;
        return 1;
    }
    *pos = n;
    return 0;
}

/* Include a leading qualifier in the phrase: "up to 5 years". */
static size_t qualifier_start(const char *s, size_t start)
{
    static const char *const quals[] = {"for a period of up to ", "for a maximum of ", "for a minimum of ",
                                        "for a period of ", "a maximum of ", "a minimum of ", "for up to ",
                                        "for at least ", "no more than ", "no longer than ", "not longer than ",
                                        "no later than ", "up to ", "at least ", "at most ", "within ", "after ",
                                        "for ", "over ", NULL};
    for (size_t q = 0; quals[q]; q++) {
        size_t ql = strlen(quals[q]);
        if (start >= ql && prefix_ci(s + start - ql, ql, quals[q]) &&
            (start == ql || !is_alnum(s[start - ql - 1])))
            return start - ql;
    }
    return start;
}

/* ======================================================================
 * Retention
 * ====================================================================== */

static const char *const keep_verbs[] = {"retain", "retention", "keep", "kept", "stor", "hold", "held", "save",
                                         "maintain", "preserv", "archiv", "remain", "persist", "exist", "cach", NULL};
static const char *const gone_words[] = {"delet", "remov", "eras", "destroy", "de-identif", "deidentif", "anonymi",
                                         "suspend", "banned", "block", "lost", "gone", "disappear", "purg", NULL};
static const char *const negations[] = {"not", "never", "no", "cannot", "nor", NULL};

/* Is there a negation in the few words before position i? */
static int negated_before(const char *s, size_t n, size_t i, int words)
{
    size_t b = i;
    for (int w = 0; w < words && b > 0; w++) {
        /* "don't", "won't", "doesn't" end in n't */
        size_t ws = b;
        while (ws > 0 && s[ws - 1] == ' ')
            ws--;
        if (ws >= 3 && prefix_ci(s + ws - 3, 3, "n't"))
            return 1;
        ws = prev_word_start(s, b);
        if (ws == b)
            break;
        if (word_in(s, n, ws, negations))
            return 1;
        b = ws;
    }
    return 0;
}

/* "indefinitely", "permanently", "forever": only as a way of keeping data
 * ("retained indefinitely"), never "permanently deleted" or "we cannot
 * promise to keep it forever". Returns the position or -1. */
static long find_indefinite(const char *s, size_t n, const char **which)
{
    static const char *const words[] = {"indefinitely", "permanently", "forever", "in perpetuity", "perpetually",
                                        "without time limit", "without a time limit", "for an unlimited", NULL};
    for (size_t k = 0; words[k]; k++) {
        for (long p = find_word(s, n, 0, words[k]); p >= 0; p = find_word(s, n, (size_t)p + 1, words[k])) {
            size_t at = (size_t)p, wl = strlen(words[k]);
            size_t before = at > 80 ? at - 80 : 0;
            /* the verb is right after ("forever stored") or before it in
             * the same clause ("kept ... indefinitely") */
            long verb = -1;
            for (size_t v = 0; keep_verbs[v]; v++) {
                long q = -1;
                for (long r = find_stem(s, at, before, keep_verbs[v]); r >= 0; r = find_stem(s, at, (size_t)r + 1, keep_verbs[v]))
                    q = r;
                if (q > verb)
                    verb = q;
            }
            if (verb >= 0) {
                for (size_t c = (size_t)verb; c < at; c++)
                    if (s[c] == ';' || s[c] == ':' || prefix_ci(s + c, at - c, ", but") || prefix_ci(s + c, at - c, " but "))
                        verb = -1;
            }
            if (verb < 0) {
                size_t stop = at + wl;
                while (stop < n && stop < at + wl + 15 && s[stop] != ',' && s[stop] != ';')
                    stop++;
                if (any_stem_in(s, n, at + wl, stop, keep_verbs))
                    verb = (long)(at + wl);
            }
            if (verb < 0)
                continue;
            size_t gb = at > 15 ? at - 15 : 0;
            if (any_stem_in(s, n, gb, at + wl + 20, gone_words))
                continue;
            /* the keep verb must not be negated */
            if (negated_before(s, n, (size_t)verb, 3))
                continue;
            if (negated_before(s, n, at, 2))
                continue;
            static const char *const disclaimers[] = {"no obligation", "not obligat", "guarantee", "promise", "cannot",
                                                      "can't", "unable", "under no", NULL};
            if (any_stem_in(s, n, before, at, disclaimers))
                continue;
            *which = words[k];
            return p;
        }
    }
    return -1;
}

/* "until you delete it", "as long as your account is active", "for the
 * life of your account". Returns the position or -1. */
static long find_until_deleted(const char *s, size_t n)
{
    static const char *const needs[] = {"necess", "need", "requir", "legitimate", "purpose", "reason", "permitted",
                                        "appropriate", "relevant", "no longer", NULL};
    static const char *const user_ends[] = {"delet", "remov", "clos", "deactivat", "cancel", "request", "ask",
                                            "tell", "choose", "decide", "withdraw", "opt", "unsubscrib", "terminat",
                                            "stop", "disabl", "turn", "revok", "leave", "change", "edit", "end", "expir", NULL};
    /* until ... */
    for (long p = find_word(s, n, 0, "until"); p >= 0; p = find_word(s, n, (size_t)p + 1, "until")) {
        size_t at = (size_t)p + 5, to = at + 60 < n ? at + 60 : n;
        size_t near = at + 30 < n ? at + 30 : n;
        static const char *const people[] = {"you", "your", "account", "user", "profile", "member", "customer",
                                             "parent", "guardian", "person", "individual", "subscriber", NULL};
        int you = any_stem_in(s, n, at, near, people);
        if (you && any_stem_in(s, n, at, to, user_ends) && find_ci(s, to, at, "we no longer") < 0 &&
            find_ci(s, to, at, "period") < 0)
            return p;
    }
    /* as long as / so long as / while + you, your account ... */
    static const char *const openers[] = {"as long as", "so long as", "while", NULL};
    for (size_t k = 0; openers[k]; k++)
        for (long p = find_word(s, n, 0, openers[k]); p >= 0; p = find_word(s, n, (size_t)p + 1, openers[k])) {
            size_t at = skip_spaces(s, n, (size_t)p + strlen(openers[k]));
            size_t to = at + 40 < n ? at + 40 : n;
            static const char *const subjects[] = {"you", "your", "the account", "an account", "a user",
                                                   "the user", "a member", "the member", "the profile", NULL};
            int subject = 0;
            for (size_t q = 0; subjects[q]; q++)
                if (prefix_ci(s + at, n - at, subjects[q]) &&
                    (at + strlen(subjects[q]) >= n || !is_alnum(s[at + strlen(subjects[q])])))
                    subject = 1;
            if (subject && !any_stem_in(s, n, at, to, needs))
                return p;
        }
    /* for the life of your account, during the term of your subscription */
    static const char *const spans[] = {"life of your", "lifetime of your", "life of the account", "lifetime of the account",
                                        "duration of your", "term of your", "existence of your", "life of an account",
                                        NULL};
    for (size_t k = 0; spans[k]; k++) {
        long p = find_ci(s, n, 0, spans[k]);
        if (p >= 0)
            return p;
    }
    return -1;
}

/* "as long as necessary", "no longer than needed", "for the period
 * required". Returns the position or -1. */
static long find_as_long_as_needed(const char *s, size_t n)
{
    static const char *const needs[] = {"necess", "need", "requir", "legitimate", "purpose", "reason", "permitted",
                                        "appropriate", "relevant", "useful", "allowed", "valid", "legal", "law",
                                        "obligat", "business", NULL};
    static const char *const openers[] = {"as long as", "so long as", "no longer than", "longer than", "until",
                                          "for the period", "for the time", "for the duration", "for the length",
                                          "for the shortest", "only for the time", "only as long", NULL};
    for (size_t k = 0; openers[k]; k++)
        for (long p = find_word(s, n, 0, openers[k]); p >= 0; p = find_word(s, n, (size_t)p + 1, openers[k])) {
            size_t at = (size_t)p + strlen(openers[k]);
            size_t to = at + 45 < n ? at + 45 : n;
            if (any_stem_in(s, n, at, to, needs) || (strcmp(openers[k], "until") != 0 && find_word(s, to, at, "we") >= 0))
                return p;
        }
    return -1;
}

/* "we do not store", "is not retained", "never logged", "no logs", "zero
 * data retention", "discarded once". Returns the position or -1. */
static long find_not_kept(const char *s, size_t n)
{
    static const char *const verbs[] = {"retain", "stor", "keep", "kept", "save", "log", "cach", "persist",
                                        "archiv", "hold", "held", NULL};
    static const char *const neg[] = {"not", "never", "n't", "no", NULL};
    for (size_t k = 0; neg[k]; k++)
        for (long p = find_ci(s, n, 0, neg[k]); p >= 0; p = find_ci(s, n, (size_t)p + 1, neg[k])) {
            size_t at = (size_t)p, nl = strlen(neg[k]);
            if (strcmp(neg[k], "n't") != 0 && at > 0 && is_alnum(s[at - 1]))
                continue;
            if (at + nl < n && is_alnum(s[at + nl]) && strcmp(neg[k], "no") != 0)
                continue;
            if (!strcmp(neg[k], "no") && at + 2 < n && s[at + 2] != ' ' && s[at + 2] != '-')
                continue;
            /* the next three words */
            size_t w = at + nl;
            for (int c = 0; c < 4; c++) {
                w = skip_spaces(s, n, w);
                if (w < n && s[w] == '-')
                    w++;
                size_t we = word_end(s, n, w);
                if (we == w)
                    break;
                for (size_t v = 0; verbs[v]; v++)
                    if (prefix_ci(s + w, we - w, verbs[v]) && !prefix_ci(s + w, we - w, "login") &&
                        !prefix_ci(s + w, we - w, "logged in") && !prefix_ci(s + w, we - w, "holder"))
                        return p;
                w = we;
            }
        }
    static const char *const fixed[] = {"zero data retention", "zero retention", "zero-retention", "no-log",
                                        "discarded", "forgets", NULL};
    for (size_t k = 0; fixed[k]; k++) {
        long p = find_stem(s, n, 0, fixed[k]);
        if (p >= 0)
            return p;
    }
    return -1;
}

int values_retention_anonymous(const char *s, size_t n)
{
    static const char *const kinds[] = {"non-personal", "nonpersonal", "non-identifying", "anonymous", "anonymised",
                                        "anonymized", "aggregated", "aggregate", "de-identified", "deidentified", NULL};
    static const char *const nouns[] = {"data", "information", "info", "statistics", "form", "records", NULL};
    int anon = 0;
    for (size_t k = 0; kinds[k] && !anon; k++)
        for (long p = find_word(s, n, 0, kinds[k]); p >= 0 && !anon; p = find_word(s, n, (size_t)p + 1, kinds[k])) {
            size_t at = skip_spaces(s, n, (size_t)p + strlen(kinds[k]));
            anon = word_in(s, n, at, nouns);
        }
    if (!anon)
        return 0;
    /* the person's own data named too: "your data ... and aggregated data" */
    if (find_word(s, n, 0, "your") >= 0)
        return 0;
    for (long p = find_word(s, n, 0, "personal"); p >= 0; p = find_word(s, n, (size_t)p + 1, "personal"))
        if (!(p >= 4 && (prefix_ci(s + p - 4, 4, "non-") || prefix_ci(s + p - 4, 4, "non "))))
            return 0;
    return 1;
}

/* does any of words occur in s as a whole word? */
static int any_word(const char *s, size_t n, const char *const *words)
{
    for (size_t k = 0; words[k]; k++)
        if (find_word(s, n, 0, words[k]) >= 0)
            return 1;
    return 0;
}

int values_feedback_only(const char *s, size_t n)
{
    static const char *const feedback[] = {"feedback", "suggestion", "suggestions", "idea", "ideas", "proposal", "proposals", NULL};
    static const char *const content[] = {"content", "contents", "post", "posts", "photo", "photos", "picture", "pictures",
                                          "video", "videos", "upload", "uploads", "image", "images", "recording",
                                          "recordings", "music", "message", "messages", "likeness", "submissions",
                                          "prompts", "inputs", "outputs", "works", "materials", NULL};
    return any_word(s, n, feedback) && !any_word(s, n, content);
}

void values_retention(const char *s, size_t n, enum retention_kind *kind, long *days, char *words, size_t words_len)
{
    *kind = RET_NONE;
    *days = 0;
    if (words_len)
        words[0] = '\0';

    /* kept with no end outranks every number */
    const char *which = NULL;
    long p = find_indefinite(s, n, &which);
    if (p >= 0) {
        *kind = RET_INDEFINITE;
        *days = -1;
        copy_text(words, words_len, s + p, strlen(which));
        return;
    }
    p = find_until_deleted(s, n);
    if (p >= 0) {
        *kind = RET_UNTIL_DELETED;
        *days = -1;
        /* "term of your use" reads better as "during the term of your use" */
        size_t from = (size_t)p;
        static const char *const leads[] = {"for the ", "during the ", "within the ", "throughout the ", "over the ", NULL};
        for (size_t k = 0; leads[k]; k++) {
            size_t ll = strlen(leads[k]);
            if (from >= ll && prefix_ci(s + from - ll, ll, leads[k])) {
                from -= ll;
                break;
            }
        }
        copy_words_from(words, words_len, s, n, from, from < (size_t)p ? 7 : 5);
        return;
    }

    duration d, best = {0, 0, -1};
    size_t pos = 0;
    while (next_duration(s, n, &pos, &d))
        if (d.days > best.days)
            best = d;
    if (best.days >= 0) {
        *kind = RET_PERIOD;
        *days = best.days;
        size_t from = qualifier_start(s, best.start);
        copy_text(words, words_len, s + from, best.end - from);
        return;
    }
    p = find_as_long_as_needed(s, n);
    if (p >= 0) {
        *kind = RET_AS_LONG_AS_NEEDED;
        copy_text(words, words_len, "as long as necessary", 20);
        return;
    }
    p = find_not_kept(s, n);
    if (p >= 0) {
        *kind = RET_NOT_KEPT;
        copy_text(words, words_len, "not kept", 8);
    }
}

/* ======================================================================
 * Where to opt out
 * ====================================================================== */

const char *values_how_name(enum opt_out_how how)
{
    static const char *const names[] = {"", "settings", "url", "email", "link", "contact", "form"};
    if ((unsigned)how >= sizeof names / sizeof names[0])
        return "";
    return names[how];
}

/* Length of a path separator at s[i] (">", "->", "›", "→", "|"), or 0. */
static size_t separator_at(const char *s, size_t n, size_t i)
{
    const unsigned char *u = (const unsigned char *)s + i;
    if (s[i] == '>')
        return 1;
    if (s[i] == '-' && i + 1 < n && s[i + 1] == '>')
        return 2;
    if (u[0] == 0xE2 && i + 2 < n && ((u[1] == 0x80 && u[2] == 0xBA) || (u[1] == 0x86 && u[2] == 0x92)))
        return 3;
    return 0;
}

static int is_step_char(char c) { return is_alnum(c) || c == '&' || c == '-' || c == '\'' || c == '/'; }

/* A step of a settings path starting at i: capitalised words, "&", "and"
 * or lower-case words after a capitalised one ("Data controls"). Leading
 * verbs ("Select Privacy") are skipped. Sets [*ws, *we) and returns 1. */
static int path_step(const char *s, size_t n, size_t i, size_t *ws, size_t *we)
{
    static const char *const lead[] = {"select", "tap", "click", "choose", "open", "then", "go", NULL};
    static const char *const stop[] = {"to", "then", "or", "the", "you", "if", "in", "on", "at", "for", "from",
                                       "under", "by", "your", "and", "where", "which", "when", "toggle",
                                       "switch", "turn", "select", "tap", "click", "choose", "disable", "enable",
                                       "uncheck", "untick", "set", NULL};
    i = skip_spaces(s, n, i);
    int quoted = 0;
    if (i < n && (s[i] == '"' || s[i] == '\'')) {
        quoted = 1;
        i++;
    }
    while (i < n && is_upper(s[i]) && word_in(s, n, i, lead)) {
        size_t e = skip_spaces(s, n, word_end(s, n, i));
        if (e < n && is_upper(s[e]))
            i = e;
        else
            break;
    }
    if (i >= n || !(is_upper(s[i]) || is_digit(s[i])))
        return 0;
    /* a verb as the step means the path has ended: "... > Disable" */
    static const char *const verbs[] = {"disable", "enable", "turn", "toggle", "switch", "uncheck", "untick", NULL};
    if (word_in(s, n, i, verbs))
        return 0;
    size_t start = i, end = i;
    for (int w = 0; w < 5 && i < n; w++) {
        size_t e = i;
        while (e < n && is_step_char(s[e]))
            e++;
        if (e == i)
            break;
        if (w > 0 && is_lower(s[i]) && word_in(s, n, i, stop)) {
            /* "Privacy and Security" goes on, "Privacy and turn off" stops */
            if (ieq(s + i, word_end(s, n, i) - i, "and")) {
                size_t nx = skip_spaces(s, n, e);
                if (nx < n && is_upper(s[nx])) {
                    i = nx;
                    continue;
                }
            }
            break;
        }
        end = e;
        if (quoted && e < n && (s[e] == '"' || s[e] == '\''))
            break;
        if (e < n && s[e] == ' ' && e + 1 < n && (is_alnum(s[e + 1]) || s[e + 1] == '&'))
            i = e + 1;
        else
            break;
    }
    /* never end on "&" or "and" */
    while (end > start && (s[end - 1] == '&' || s[end - 1] == ' '))
        end--;
    if (end == start)
        return 0;
    *ws = start;
    *we = end;
    return 1;
}

/* Append text to out (at *k), bounded. */
static void append(char *out, size_t out_len, size_t *k, const char *t, size_t tl)
{
    if (!out_len)
        return;
    for (size_t i = 0; i < tl && *k + 1 < out_len; i++)
        out[(*k)++] = t[i];
    out[*k] = '\0';
}

/* A quoted control name ("Improve the model for everyone") at or after
 * from; prefers one right after a verb like "turn off". Returns 1 and the
 * span. */
static int find_quoted(const char *s, size_t n, size_t from, size_t *qs, size_t *qe)
{
    size_t best_s = 0, best_e = 0;
    int found = 0, after_verb = 0;
    static const char *const verbs[] = {"off", "disable", "uncheck", "untick", "deselect", "toggle", "switch",
                                        "select", "click", "tap", "choose", "enable", "using", NULL};
    for (size_t i = from; i < n; i++) {
        char q = s[i];
        if (q != '"' && q != '\'')
            continue;
        /* an apostrophe inside a word is not a quote */
        if (i > 0 && is_alnum(s[i - 1]))
            continue;
        if (i + 1 >= n || !(is_upper(s[i + 1]) || is_digit(s[i + 1])))
            continue;
        size_t j = i + 1;
        while (j < n && s[j] != q && s[j] != '.' && j - i < 80)
            j++;
        if (j >= n || s[j] != q || j - i < 3 || j - i >= 80)
            continue;
        if (q == '\'' && j + 1 < n && is_alnum(s[j + 1]))
            continue;
        /* legal terms in quotes and section titles are not controls */
        static const char *const terms[] = {"sale", "sales", "sell", "selling", "sold", "share", "sharing",
                                            "targeted advertising", "personal information", "personal data",
                                            "opt-out", "opt out", "do not track", "cookies", NULL};
        int term = 0;
        for (size_t t = 0; terms[t]; t++)
            if (ieq(s + i + 1, j - i - 1, terms[t]))
                term = 1;
        static const char *const titles[] = {"section", "titled", "entitled", "heading", "chapter", "paragraph",
                                             "clause", "law", "act", NULL};
        /* nor are defined terms: ("Disputes"), "Harmful Code" means */
        int defined = (i > 0 && s[i - 1] == '(') || (j + 1 < n && s[j + 1] == ')') ||
                      memchr(s + i + 1, '(', j - i - 1) || memchr(s + i + 1, ')', j - i - 1);
        static const char *const after[] = {"means", "mean", "shall", "refers", "law", "act", "section", "table",
                                            "policy", "notice", NULL};
        size_t a = skip_spaces(s, n, j + 1);
        if (term || defined || any_stem_in(s, n, i > 25 ? i - 25 : 0, i, titles) || word_in(s, n, a, after)) {
            i = j;
            continue;
        }
        size_t ws = prev_word_start(s, i);
        if (ieq(s + ws, word_end(s, n, ws) - ws, "the") || ieq(s + ws, word_end(s, n, ws) - ws, "your"))
            ws = prev_word_start(s, ws);
        int v = word_in(s, n, ws, verbs);
        if (!found || (v && !after_verb)) {
            best_s = i + 1;
            best_e = j;
            after_verb = v;
            found = 1;
        }
        i = j;
    }
    if (found) {
        *qs = best_s;
        *qe = best_e;
    }
    return found;
}

/* A settings path: "Settings > Privacy > Model improvement". */
static int find_settings_path(const char *s, size_t n, char *where, size_t where_len)
{
    for (size_t i = 0; i < n; i++) {
        size_t sl = separator_at(s, n, i);
        if (!sl)
            continue;
        /* the step before the separator: capitalised words */
        size_t b = i;
        while (b > 0 && s[b - 1] == ' ')
            b--;
        if (b > 0 && (s[b - 1] == '"' || s[b - 1] == '\''))
            b--;
        size_t left_end = b, left = b;
        for (int w = 0; w < 4; w++) {
            size_t we = left;
            if (w > 0)
                while (we > 0 && s[we - 1] == ' ')
                    we--;
            size_t ws = we;
            while (ws > 0 && is_step_char(s[ws - 1]))
                ws--;
            if (ws == we)
                break;
            if (!(is_upper(s[ws]) || is_digit(s[ws]) || s[ws] == '&' || (w > 0 && ieq(s + ws, we - ws, "and"))))
                break;
            left = ws;
        }
        /* "Open Settings > ...": a verb before the path is not part of it */
        static const char *const verbs[] = {"open", "go", "select", "tap", "click", "choose", "visit", "navigate",
                                            "then", "under", "in", "via", "use", NULL};
        while (left < left_end && word_in(s, n, left, verbs)) {
            size_t e = skip_spaces(s, left_end, word_end(s, n, left));
            if (e >= left_end)
                break;
            left = e;
        }
        /* never start on "&" or "and" */
        while (left < left_end && !(is_upper(s[left]) || is_digit(s[left]))) {
            size_t e = left;
            while (e < left_end && s[e] != ' ')
                e++;
            left = skip_spaces(s, left_end, e);
        }
        if (left >= left_end)
            continue;
        size_t k = 0;
        if (where_len)
            where[0] = '\0';
        size_t ls = left, le = left_end;
        if (s[ls] == '"' || s[ls] == '\'')
            ls++;
        append(where, where_len, &k, s + ls, le - ls);
        int steps = 0;
        size_t j = i;
        for (;;) {
            size_t sep = separator_at(s, n, j);
            if (!sep)
                break;
            size_t ws, we;
            if (!path_step(s, n, j + sep, &ws, &we))
                break;
            append(where, where_len, &k, " > ", 3);
            append(where, where_len, &k, s + ws, we - ws);
            steps++;
            j = we;
            if (j < n && (s[j] == '"' || s[j] == '\''))
                j++;
            j = skip_spaces(s, n, j);
        }
        if (!steps)
            continue;
        /* "... > Data Settings and disable "Suggest Contacts"": the control */
        size_t qs, qe;
        if (find_quoted(s, n, j, &qs, &qe) && qs < j + 60) {
            append(where, where_len, &k, " > ", 3);
            append(where, where_len, &k, s + qs, qe - qs);
        }
        /* keep what is shown tidy and UTF-8 safe */
        if (where_len) {
            char tmp[256];
            copy_text(tmp, sizeof tmp, where, k);
            copy_text(where, where_len, tmp, strlen(tmp));
        }
        return 1;
    }
    return 0;
}

static int is_email_char(char c) { return is_alnum(c) || c == '.' || c == '_' || c == '-' || c == '+'; }

/* top-level domains we accept for a bare domain ("optout.example.org") */
static int known_tld(const char *s, size_t n)
{
    static const char *const tlds[] = {"com", "org", "net", "info", "io", "ai", "co", "uk", "eu", "de", "fr",
                                       "app", "gov", "edu", "us", "ca", "me", "tv", "ly", "gg", "so", NULL};
    for (size_t k = 0; tlds[k]; k++)
        if (ieq(s, n, tlds[k]))
            return 1;
    return 0;
}

/* An e-mail address at or after from: [*a, *b). */
static int find_email(const char *s, size_t n, size_t *a, size_t *b)
{
    for (size_t i = 1; i + 1 < n; i++) {
        if (s[i] != '@')
            continue;
        size_t x = i, y = i + 1;
        while (x > 0 && is_email_char(s[x - 1]))
            x--;
        while (y < n && is_email_char(s[y]))
            y++;
        while (y > i + 1 && (s[y - 1] == '.' || s[y - 1] == '-'))
            y--;
        long dot = -1;
        for (size_t q = i + 1; q < y; q++)
            if (s[q] == '.')
                dot = (long)q;
        if (x < i && dot > (long)i + 1 && y - (size_t)dot >= 3) {
            *a = x;
            *b = y;
            return 1;
        }
    }
    return 0;
}

/* A URL ("https://...", "www....") or a bare domain with a path or a
 * known top-level domain: [*a, *b). */
static int find_url(const char *s, size_t n, size_t *a, size_t *b)
{
    for (size_t i = 0; i < n; i++) {
        if (i > 0 && (is_alnum(s[i - 1]) || s[i - 1] == '.' || s[i - 1] == '@' || s[i - 1] == '/'))
            continue;
        size_t e = i;
        int scheme = prefix_ci(s + i, n - i, "http://") || prefix_ci(s + i, n - i, "https://") ||
                     prefix_ci(s + i, n - i, "www.");
        if (scheme) {
            while (e < n && !(s[e] == ' ' || s[e] == ')' || s[e] == '"' || s[e] == '<' || s[e] == '>' ||
                              s[e] == ']' || s[e] == '\''))
                e++;
        } else {
            /* label(.label)+ [/path] */
            size_t last_dot = 0;
            int labels = 0;
            while (e < n) {
                size_t ls = e;
                while (e < n && (is_alnum(s[e]) || s[e] == '-'))
                    e++;
                if (e == ls)
                    break;
                labels++;
                if (e < n && s[e] == '.' && e + 1 < n && is_alnum(s[e + 1])) {
                    last_dot = e;
                    e++;
                } else
                    break;
            }
            if (labels < 2 || !last_dot || (e < n && s[e] == '@'))
                continue;
            if (!known_tld(s + last_dot + 1, e - last_dot - 1))
                continue;
            if (e < n && s[e] == '/')
                while (e < n && !(s[e] == ' ' || s[e] == ')' || s[e] == '"' || s[e] == '<' || s[e] == '>' ||
                                  s[e] == ']' || s[e] == '\''))
                    e++;
        }
        while (e > i && (s[e - 1] == '.' || s[e - 1] == ',' || s[e - 1] == ';' || s[e - 1] == ':'))
            e--;
        if (e > i + 4) {
            *a = i;
            *b = e;
            return 1;
        }
    }
    return 0;
}

void values_opt_out(const char *s, size_t n, enum opt_out_how *how, char *where, size_t where_len)
{
    *how = HOW_NONE;
    if (where_len)
        where[0] = '\0';
    if (find_settings_path(s, n, where, where_len)) {
        *how = HOW_SETTINGS;
        return;
    }
    /* a URL or an e-mail address: whichever the sentence names first */
    size_t ua = 0, ub = 0, ea = 0, eb = 0;
    int url = find_url(s, n, &ua, &ub), mail = find_email(s, n, &ea, &eb);
    if (url && (!mail || ua < ea)) {
        *how = HOW_URL;
        copy_text(where, where_len, s + ua, ub - ua);
        return;
    }
    if (mail) {
        *how = HOW_EMAIL;
        copy_text(where, where_len, s + ea, eb - ea);
        return;
    }
    /* a named control: turn off "Improve the model for everyone" */
    static const char *const control_words[] = {"toggle", "switch", "setting", "turn off", "turn it off", "disable",
                                                "uncheck", "untick", "deselect", "opt out", "opt-out", "option",
                                                "button", "link", "menu", "tab", "click", "tap", "select", NULL};
    int control = 0;
    for (size_t k = 0; control_words[k] && !control; k++)
        control = find_ci(s, n, 0, control_words[k]) >= 0;
    size_t qs, qe;
    if (control && find_quoted(s, n, 0, &qs, &qe)) {
        copy_text(where, where_len, s + qs, qe - qs);
        *how = (prefix_ci(s + qs, qe - qs, "do not sell") || find_ci(s, n, 0, "link") >= 0) ? HOW_LINK : HOW_SETTINGS;
        return;
    }
    if (find_stem(s, n, 0, "unsubscrib") >= 0 || find_word(s, n, 0, "link") >= 0 || find_word(s, n, 0, "links") >= 0) {
        *how = HOW_LINK;
        return;
    }
    if (find_stem(s, n, 0, "setting") >= 0 || find_stem(s, n, 0, "toggle") >= 0 || find_stem(s, n, 0, "dashboard") >= 0 ||
        find_stem(s, n, 0, "preferences") >= 0 || find_stem(s, n, 0, "privacy center") >= 0 ||
        find_stem(s, n, 0, "control panel") >= 0 || find_stem(s, n, 0, "privacy controls") >= 0) {
        *how = HOW_SETTINGS;
        return;
    }
    if (find_word(s, n, 0, "form") >= 0 || find_word(s, n, 0, "webform") >= 0) {
        *how = HOW_FORM;
        return;
    }
    if (find_stem(s, n, 0, "contact") >= 0 || find_ci(s, n, 0, "writing to") >= 0 || find_ci(s, n, 0, "write to") >= 0 ||
        find_ci(s, n, 0, "email us") >= 0 || find_ci(s, n, 0, "e-mail us") >= 0 || find_ci(s, n, 0, "call us") >= 0) {
        *how = HOW_CONTACT;
        return;
    }
}

/* ======================================================================
 * Arbitration opt-out window
 * ====================================================================== */

/* Where the sentence offers a way out of arbitration ("opt out", "reject
 * this agreement to arbitrate", "choose not to be bound"), or -1. A day
 * count elsewhere in an arbitration clause ("within 60 days after receipt
 * of a Notice of Dispute", "claims must be filed within one year") is a
 * deadline of the procedure, not an opt-out window. */
static long opt_out_cue(const char *s, size_t n)
{
    static const char *const cues[] = {"opt out", "opt-out", "optout", "opting out", "opted out", "opt  out",
                                       "not to be bound", "not be bound", NULL};
    long best = -1;
    for (size_t k = 0; cues[k]; k++) {
        long p = find_stem(s, n, 0, cues[k]);
        if (p >= 0 && (best < 0 || p < best))
            best = p;
    }
    if (best >= 0)
        return best;
    /* "reject" / "decline" the agreement to arbitrate (not a claim or a charge) */
    static const char *const refuse[] = {"reject", "decline", NULL};
    static const char *const what[] = {"arbitrat", "agreement", "provision", NULL};
    for (size_t k = 0; refuse[k]; k++) {
        long p = find_stem(s, n, 0, refuse[k]);
        if (p >= 0 && any_stem_in(s, n, (size_t)p, (size_t)p + 80, what))
            return p;
    }
    return -1;
}

/* the days of the first "within 30 days" (or "30 days after ...") in s[from..to) */
static long window_in(const char *s, size_t from, size_t to)
{
    /* "within 30 days", then "no later than 30 days", then "30 days after" */
    static const char *const leads[] = {"within ", "no later than ", "not later than ", "not more than ",
                                        "no more than ", NULL};
    for (size_t k = 0; leads[k]; k++)
        for (long w = find_stem(s, to, from, leads[k]); w >= 0; w = find_stem(s, to, (size_t)w + 1, leads[k])) {
            size_t i = skip_spaces(s, to, (size_t)w + strlen(leads[k]));
            if (prefix_ci(s + i, to - i, "the first "))
                i += 10;
            long milli;
            size_t used = parse_quantity(s + i, to - i, &milli);
            long long sec;
            size_t uu = used ? parse_unit(s + i + used, to - i - used, &sec) : 0;
            if (uu) {
                long d = to_days(milli, sec);
                return d > 0 ? d : 1;
            }
        }
    duration d;
    size_t pos = from;
    while (next_duration(s, to, &pos, &d)) {
        size_t a = skip_spaces(s, to, d.end);
        static const char *const after[] = {"after", "of", "from", "following", NULL};
        if (word_in(s, to, a, after))
            return d.days;
    }
    return -1;
}

long values_window_days(const char *s, size_t n)
{
    long cue = opt_out_cue(s, n);
    if (cue < 0)
        return -1;
    /* the clause that holds the opt-out: a semicolon ends a clause */
    size_t from = (size_t)cue, to = (size_t)cue;
    while (from > 0 && s[from - 1] != ';')
        from--;
    while (to < n && s[to] != ';')
        to++;
    return window_in(s, from, to);
}
