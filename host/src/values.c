/* values.c - extracting retention periods, opt-out places and windows. */
#include "values.h"

#include <ctype.h>
#include <stdio.h>
#include <string.h>

static int ieq(const char *a, size_t n, const char *word)
{
    size_t wl = strlen(word);
    if (n != wl)
        return 0;
    for (size_t i = 0; i < n; i++)
        if (tolower((unsigned char)a[i]) != word[i])
            return 0;
    return 1;
}

static int prefix_ci(const char *s, size_t n, const char *p)
{
    size_t pl = strlen(p);
    if (n < pl)
        return 0;
    for (size_t i = 0; i < pl; i++)
        if (tolower((unsigned char)s[i]) != p[i])
            return 0;
    return 1;
}

/* find p (lower case) in s, case-insensitively, from `from` */
static long find_ci(const char *s, size_t n, size_t from, const char *p)
{
    size_t pl = strlen(p);
    for (size_t i = from; i + pl <= n; i++)
        if (prefix_ci(s + i, n - i, p))
            return (long)i;
    return -1;
}

static const struct {
    const char *w;
    long v;
} number_words[] = {
    {"zero", 0},     {"one", 1},       {"two", 2},         {"three", 3},      {"four", 4},
    {"five", 5},     {"six", 6},       {"seven", 7},       {"eight", 8},      {"nine", 9},
    {"ten", 10},     {"eleven", 11},   {"twelve", 12},     {"thirteen", 13},  {"fourteen", 14},
    {"fifteen", 15}, {"sixteen", 16},  {"seventeen", 17},  {"eighteen", 18},  {"nineteen", 19},
    {"twenty", 20},  {"thirty", 30},   {"forty", 40},      {"fifty", 50},     {"sixty", 60},
    {"seventy", 70}, {"eighty", 80},   {"ninety", 90},     {"hundred", 100},  {"a", 1},
    {"an", 1},       {"single", 1},    {"several", -1},    {"few", -1},
};

size_t values_number(const char *s, size_t n, long *out)
{
    size_t i = 0;
    if (i < n && isdigit((unsigned char)s[i])) {
        long v = 0;
        while (i < n && (isdigit((unsigned char)s[i]) || (s[i] == ',' && i + 3 < n && isdigit((unsigned char)s[i + 1])))) {
            if (s[i] != ',')
                v = v * 10 + (s[i] - '0');
            if (v > 100000000)
                return 0;
            i++;
        }
        /* decimals: "1.5 years" -> round up */
        if (i + 1 < n && s[i] == '.' && isdigit((unsigned char)s[i + 1])) {
            i++;
            int frac = 0;
            while (i < n && isdigit((unsigned char)s[i])) {
                frac = 1;
                i++;
            }
            v += frac;
        }
        *out = v;
        return i;
    }
    /* words, possibly "twenty-four" or "twenty four" */
    size_t j = i;
    while (j < n && isalpha((unsigned char)s[j]))
        j++;
    long v = -2;
    for (size_t k = 0; k < sizeof number_words / sizeof number_words[0]; k++)
        if (ieq(s + i, j - i, number_words[k].w)) {
            v = number_words[k].v;
            break;
        }
    if (v == -2 || v == -1)
        return 0;
    if (v >= 20 && v < 100 && j < n && (s[j] == '-' || s[j] == ' ')) {
        size_t k2 = j + 1, e = k2;
        while (e < n && isalpha((unsigned char)s[e]))
            e++;
        for (size_t k = 1; k < 10; k++)
            if (ieq(s + k2, e - k2, number_words[k].w)) {
                v += number_words[k].v;
                j = e;
                break;
            }
    }
    /* "twelve (12) months": skip the echo in digits */
    size_t m = j;
    while (m < n && s[m] == ' ')
        m++;
    if (m < n && s[m] == '(') {
        size_t q = m + 1;
        while (q < n && isdigit((unsigned char)s[q]))
            q++;
        if (q < n && s[q] == ')' && q > m + 1)
            j = q + 1;
    }
    *out = v;
    return j;
}

/* unit at s[0..n) after optional spaces or a hyphen: days per unit, or 0 */
static long unit_days(const char *s, size_t n, size_t *used, int *hours)
{
    size_t i = 0;
    while (i < n && (s[i] == ' ' || s[i] == '-'))
        i++;
    /* "calendar days", "business days", "full years" */
    static const char *const skip[] = {"calendar ", "business ", "working ", "full ", "consecutive ", "additional "};
    for (size_t k = 0; k < sizeof skip / sizeof skip[0]; k++)
        if (prefix_ci(s + i, n - i, skip[k]))
            i += strlen(skip[k]);
    size_t j = i;
    while (j < n && isalpha((unsigned char)s[j]))
        j++;
    const char *w = s + i;
    size_t wl = j - i;
    long d = 0;
    *hours = 0;
    if (ieq(w, wl, "day") || ieq(w, wl, "days"))
        d = 1;
    else if (ieq(w, wl, "week") || ieq(w, wl, "weeks"))
        d = 7;
    else if (ieq(w, wl, "month") || ieq(w, wl, "months"))
        d = 30;
    else if (ieq(w, wl, "year") || ieq(w, wl, "years"))
        d = 365;
    else if (ieq(w, wl, "hour") || ieq(w, wl, "hours")) {
        d = 1;
        *hours = 1;
    } else if (ieq(w, wl, "decade") || ieq(w, wl, "decades"))
        d = 3650;
    *used = j;
    return d;
}

static void copy_words(char *out, size_t out_len, const char *s, size_t n)
{
    if (!out_len)
        return;
    size_t k = 0;
    for (size_t i = 0; i < n && k + 1 < out_len; i++) {
        char c = s[i];
        if (c == '\n' || c == '\t' || c == '\r')
            c = ' ';
        if (c == ' ' && k && out[k - 1] == ' ')
            continue;
        out[k++] = c;
    }
    /* do not end inside a UTF-8 sequence */
    while (k && ((unsigned char)out[k - 1] & 0xC0) == 0x80)
        k--;
    if (k && (unsigned char)out[k - 1] >= 0xC0)
        k--;
    out[k] = '\0';
}

void values_retention(const char *s, size_t n, enum retention_kind *kind, long *days, char *words, size_t words_len)
{
    *kind = RET_NONE;
    *days = 0;
    if (words_len)
        words[0] = '\0';
    long best = -1;
    size_t best_from = 0, best_to = 0;
    for (size_t i = 0; i < n; i++) {
        if (i > 0 && isalnum((unsigned char)s[i - 1]))
            continue; /* numbers start at a word boundary */
        long v;
        size_t used = values_number(s + i, n - i, &v);
        if (!used)
            continue;
        size_t uu;
        int hours;
        long per = unit_days(s + i + used, n - i - used, &uu, &hours);
        if (!per) {
            /* "30 to 90 days", "between 6 and 12 months": look at the
             * number after "to"/"and"/"-" for the unit */
            size_t j = i + used;
            while (j < n && s[j] == ' ')
                j++;
            size_t after = 0;
            if (prefix_ci(s + j, n - j, "to "))
                after = j + 3;
            else if (prefix_ci(s + j, n - j, "and "))
                after = j + 4;
            else if (prefix_ci(s + j, n - j, "or "))
                after = j + 3;
            else if (j < n && s[j] == '-')
                after = j + 1;
            if (after) {
                while (after < n && s[after] == ' ')
                    after++;
                long v2;
                size_t used2 = values_number(s + after, n - after, &v2);
                if (used2) {
                    per = unit_days(s + after + used2, n - after - used2, &uu, &hours);
                    if (per) {
                        if (v2 > v)
                            v = v2;
                        used = after + used2 - i;
                    }
                }
            }
            if (!per)
                continue;
        }
        long d = hours ? (v + 23) / 24 : v * per;
        if (d > best) {
            best = d;
            /* include a leading qualifier: "up to", "at least", "for" */
            size_t from = i;
            static const char *const quals[] = {"up to ", "at least ", "a maximum of ", "no more than ",
                                                "no longer than ", "a minimum of ", "at most ", "within ",
                                                "after ", "for "};
            for (size_t q = 0; q < sizeof quals / sizeof quals[0]; q++) {
                size_t ql = strlen(quals[q]);
                if (i >= ql && prefix_ci(s + i - ql, ql, quals[q])) {
                    from = i - ql;
                    break;
                }
            }
            best_from = from;
            best_to = i + used + uu;
        }
        i += used;
    }
    if (best >= 0) {
        *kind = RET_PERIOD;
        *days = best;
        copy_words(words, words_len, s + best_from, best_to - best_from);
    }
    /* kinds that outrank or stand without a number */
    static const char *const indefinite[] = {"indefinitely", "permanently", "forever", "in perpetuity",
                                             "no set retention", "without time limit", "without a time limit",
                                             "for an unlimited"};
    for (size_t k = 0; k < sizeof indefinite / sizeof indefinite[0]; k++)
        if (find_ci(s, n, 0, indefinite[k]) >= 0) {
            *kind = RET_INDEFINITE;
            *days = -1;
            copy_words(words, words_len, indefinite[k], strlen(indefinite[k]));
            return;
        }
    static const char *const until[] = {"until you delete",      "until you choose to delete", "until you remove",
                                        "until you close",       "until you request",          "until your account is deleted",
                                        "until you deactivate",  "as long as your account",    "for as long as you have an account",
                                        "as long as you maintain", "as long as you keep",      "while your account",
                                        "for the life of your account", "as long as you use",  "until the account is deleted",
                                        "until such time as you delete", "as long as you have an account"};
    if (*kind == RET_NONE)
        for (size_t k = 0; k < sizeof until / sizeof until[0]; k++)
            if (find_ci(s, n, 0, until[k]) >= 0) {
                *kind = RET_UNTIL_DELETED;
                *days = -1;
                copy_words(words, words_len, until[k], strlen(until[k]));
                return;
            }
    static const char *const needed[] = {"as long as necessary", "as long as is necessary", "as long as reasonably necessary",
                                         "as long as it is necessary", "as long as needed", "as long as it is needed",
                                         "as long as required", "as long as is required", "as long as it is required",
                                         "no longer than necessary", "no longer than is necessary",
                                         "only as long as", "for as long as we need", "as long as we need",
                                         "as long as is reasonably", "for the period necessary", "as long as we have a"};
    if (*kind == RET_NONE)
        for (size_t k = 0; k < sizeof needed / sizeof needed[0]; k++)
            if (find_ci(s, n, 0, needed[k]) >= 0) {
                *kind = RET_AS_LONG_AS_NEEDED;
                *days = 0;
                copy_words(words, words_len, "as long as necessary", 20);
                return;
            }
}

const char *values_how_name(enum opt_out_how how)
{
    static const char *const names[] = {"", "settings", "url", "email", "link", "contact", "form"};
    return names[how];
}

static int is_email_char(char c) { return isalnum((unsigned char)c) || c == '.' || c == '_' || c == '-' || c == '+'; }

void values_opt_out(const char *s, size_t n, enum opt_out_how *how, char *where, size_t where_len)
{
    *how = HOW_NONE;
    if (where_len)
        where[0] = '\0';
    /* an e-mail address */
    for (size_t i = 1; i + 1 < n; i++) {
        if (s[i] != '@')
            continue;
        size_t a = i, b = i + 1;
        while (a > 0 && is_email_char(s[a - 1]))
            a--;
        while (b < n && is_email_char(s[b]))
            b++;
        while (b > i + 1 && s[b - 1] == '.')
            b--;
        if (a < i && memchr(s + i, '.', b - i)) {
            *how = HOW_EMAIL;
            copy_words(where, where_len, s + a, b - a);
            return;
        }
    }
    /* a settings path: "Settings > Privacy > Model improvement" */
    long p = find_ci(s, n, 0, "settings");
    while (p >= 0) {
        size_t start = (size_t)p;
        /* include a capitalised word before, as in "Account Settings" */
        size_t end = start + 8, j = end;
        int steps = 0;
        for (;;) {
            size_t k = j;
            while (k < n && s[k] == ' ')
                k++;
            if (k < n && (s[k] == '>' || s[k] == '/' || s[k] == '|' || (k + 1 < n && s[k] == '-' && s[k + 1] == '>') ||
                          ((unsigned char)s[k] == 0xE2 && k + 2 < n) || ((unsigned char)s[k] == 0xC2 && k + 1 < n && (unsigned char)s[k + 1] == 0xBB))) {
                size_t sep = 1;
                if (s[k] == '-')
                    sep = 2;
                else if ((unsigned char)s[k] == 0xE2) {
                    /* › → */
                    const unsigned char *u = (const unsigned char *)s + k;
                    if (!((u[1] == 0x80 && u[2] == 0xBA) || (u[1] == 0x86 && u[2] == 0x92)))
                        break;
                    sep = 3;
                } else if ((unsigned char)s[k] == 0xC2)
                    sep = 2;
                size_t w = k + sep;
                while (w < n && s[w] == ' ')
                    w++;
                if (w >= n || !(isupper((unsigned char)s[w]) || s[w] == '"' || s[w] == '\''))
                    break;
                /* the next step: capitalised words */
                size_t e = w;
                int words = 0;
                while (e < n && words < 5) {
                    size_t ws = e;
                    if (s[e] == '"' || s[e] == '\'')
                        e++;
                    while (e < n && (isalnum((unsigned char)s[e]) || s[e] == '&' || s[e] == '-' || s[e] == '\'' || s[e] == '"'))
                        e++;
                    if (e == ws)
                        break;
                    words++;
                    if (e + 1 < n && s[e] == ' ' && (isupper((unsigned char)s[e + 1]) || s[e + 1] == '&'))
                        e++;
                    else
                        break;
                }
                if (e == w)
                    break;
                end = e;
                j = e;
                steps++;
            } else
                break;
        }
        if (steps > 0) {
            if (start > 0) {
                size_t b = start - 1;
                if (s[b] == ' ' && b > 0 && isupper((unsigned char)s[start]) == 0) {
                    /* "account settings > ..." keep as is */
                }
                (void)b;
            }
            *how = HOW_SETTINGS;
            copy_words(where, where_len, s + start, end - start);
            if (where_len && islower((unsigned char)where[0]))
                where[0] = (char)toupper((unsigned char)where[0]);
            return;
        }
        p = find_ci(s, n, (size_t)p + 8, "settings");
    }
    /* a URL */
    long u = find_ci(s, n, 0, "http://");
    if (u < 0)
        u = find_ci(s, n, 0, "https://");
    if (u < 0)
        u = find_ci(s, n, 0, "www.");
    if (u >= 0) {
        size_t e = (size_t)u;
        while (e < n && !isspace((unsigned char)s[e]) && s[e] != ')' && s[e] != '"' && s[e] != '>' && s[e] != '<')
            e++;
        while (e > (size_t)u && (s[e - 1] == '.' || s[e - 1] == ',' || s[e - 1] == ';'))
            e--;
        *how = HOW_URL;
        copy_words(where, where_len, s + u, e - (size_t)u);
        return;
    }
    /* a named control: turn off "Improve the model for everyone" */
    static const char *const verbs[] = {"toggle off ", "turn off ", "switch off ", "disable ", "uncheck ", "untick ", "deselect "};
    for (size_t k = 0; k < sizeof verbs / sizeof verbs[0]; k++) {
        long v = find_ci(s, n, 0, verbs[k]);
        if (v < 0)
            continue;
        size_t q = (size_t)v + strlen(verbs[k]);
        if (q + 4 < n && prefix_ci(s + q, n - q, "the "))
            q += 4;
        if (q < n && (s[q] == '"' || s[q] == '\'')) {
            char quote = s[q];
            const char *close = memchr(s + q + 1, quote, n - q - 1);
            if (close && close - (s + q) < 120) {
                *how = HOW_SETTINGS;
                copy_words(where, where_len, s + q + 1, (size_t)(close - (s + q + 1)));
                return;
            }
        }
    }
    if (find_ci(s, n, 0, "unsubscribe") >= 0 || find_ci(s, n, 0, " link") >= 0) {
        *how = HOW_LINK;
        return;
    }
    if (find_ci(s, n, 0, "setting") >= 0 || find_ci(s, n, 0, "toggle") >= 0 || find_ci(s, n, 0, "dashboard") >= 0 ||
        find_ci(s, n, 0, "preferences") >= 0) {
        *how = HOW_SETTINGS;
        return;
    }
    if (find_ci(s, n, 0, "form") >= 0) {
        *how = HOW_FORM;
        return;
    }
    if (find_ci(s, n, 0, "contact") >= 0 || find_ci(s, n, 0, "writing to") >= 0 || find_ci(s, n, 0, "write to") >= 0) {
        *how = HOW_CONTACT;
        return;
    }
}

long values_window_days(const char *s, size_t n)
{
    long w = find_ci(s, n, 0, "within ");
    while (w >= 0) {
        size_t i = (size_t)w + 7;
        long v;
        size_t used = values_number(s + i, n - i, &v);
        if (used) {
            size_t uu;
            int hours;
            long per = unit_days(s + i + used, n - i - used, &uu, &hours);
            if (per)
                return hours ? (v + 23) / 24 : v * per;
        }
        w = find_ci(s, n, (size_t)w + 7, "within ");
    }
    return -1;
}
