/* classify.c - sentences through rules, context, suppression and values. */
#include "classify.h"

#include "buf.h"
#include "labels.h"
#include "platform.h"
#include "segment.h"
#include "text.h"

#include <ctype.h>
#include <stdlib.h>
#include <string.h>

struct classifier {
    rules *rules;
    rules_matcher *m;
    seg_list sentences;
    uint64_t *cand;      /* candidate bitset */
    size_t cand_words;
    buf norm;            /* normalised sentence */
    size_t *map;         /* normalised byte -> original byte */
    size_t map_cap;
    classify_stats stats;
};

typedef struct hit {
    size_t rule;
    size_t ps, pe;       /* phrase in the normalised sentence */
    int label, severity;
    uint32_t suppresses;
} hit;

void finding_release(finding *f)
{
    free(f->retention_words);
    free(f->where);
    f->retention_words = f->where = NULL;
}

void findings_clear(findings *f)
{
    for (size_t i = 0; i < f->n; i++)
        finding_release(&f->v[i]);
    f->n = 0;
}

void findings_free(findings *f)
{
    findings_clear(f);
    free(f->v);
    f->v = NULL;
    f->cap = 0;
}

classifier *classify_new(rules *r, char *err)
{
    classifier *c = xcalloc(1, sizeof *c, err);
    if (!c)
        return NULL;
    c->rules = r;
    c->m = rules_matcher_new(r, err);
    c->cand_words = rules_bitset_words(r);
    c->cand = xcalloc(c->cand_words, sizeof *c->cand, err);
    if (!c->m || !c->cand) {
        classify_free(c);
        return NULL;
    }
    return c;
}

void classify_free(classifier *c)
{
    if (!c)
        return;
    rules_matcher_free(c->m);
    seg_list_free(&c->sentences);
    free(c->cand);
    buf_free(&c->norm);
    free(c->map);
    free(c);
}

rules *classify_rules(const classifier *c) { return c->rules; }

const classify_stats *classify_get_stats(const classifier *c)
{
    return &c->stats;
}

static int push_finding(findings *out, char *err)
{
    if (out->n == out->cap) {
        size_t cap = out->cap ? out->cap * 2 : 32;
        finding *v = xrealloc(out->v, cap * sizeof *v, err);
        if (!v)
            return -1;
        out->v = v;
        out->cap = cap;
    }
    memset(&out->v[out->n], 0, sizeof out->v[out->n]);
    out->v[out->n].id = -1;
    out->v[out->n].window_days = -1;
    return 0;
}

/* The uses a choice can be about, as labels. */
#define COVER_MASK ((1u << LABEL_AI_TRAINING) | (1u << LABEL_SALE) | (1u << LABEL_SHARING) | (1u << LABEL_MARKETING) | \
                    (1u << LABEL_HUMAN_REVIEW))

/* Cue words that name the use an opt-out (or its exception) is about.
 * `word` cues must start at a word boundary; `exact` ones must also end at
 * one ("ai" is a word, not part of "maintain"). Words about making things
 * better in general ("improve our service") are deliberately absent: an
 * opt-out of analytics cookies is not an opt-out of AI training.
 * Both tables are sorted by their first letter (cues_scan finds a letter's
 * cues by binary search, so a sentence is read once, not once per cue). */
struct cue {
    const char *word;
    int label;
    unsigned char exact;
};
static const struct cue cues[] = {
    {"advertis", LABEL_MARKETING, 0},
    {"ads", LABEL_MARKETING, 1},
    {"artificial intelligence", LABEL_AI_TRAINING, 0},
    {"ai", LABEL_AI_TRAINING, 1},
    {"cross-context", LABEL_SALE, 0},
    {"disclos", LABEL_SHARING, 0},
    {"e-mails", LABEL_MARKETING, 1},
    {"emails", LABEL_MARKETING, 1},
    {"fine-tun", LABEL_AI_TRAINING, 0},
    {"generative", LABEL_AI_TRAINING, 0},
    {"genai", LABEL_AI_TRAINING, 1},
    {"human review", LABEL_HUMAN_REVIEW, 0},
    {"llm", LABEL_AI_TRAINING, 0},
    {"model", LABEL_AI_TRAINING, 0},
    {"machine learning", LABEL_AI_TRAINING, 0},
    {"machine-learning", LABEL_AI_TRAINING, 0},
    {"marketing", LABEL_MARKETING, 0},
    {"mailing", LABEL_MARKETING, 0},
    {"manual review", LABEL_HUMAN_REVIEW, 0},
    {"newsletter", LABEL_MARKETING, 0},
    {"offers", LABEL_MARKETING, 1},
    {"promotion", LABEL_MARKETING, 0},
    {"partners", LABEL_SHARING, 1},
    {"reviewers", LABEL_HUMAN_REVIEW, 1},
    {"sale", LABEL_SALE, 0},
    {"sell", LABEL_SALE, 0},
    {"share my", LABEL_SALE, 0},
    {"sms", LABEL_MARKETING, 1},
    {"sharing", LABEL_SHARING, 0},
    {"train", LABEL_AI_TRAINING, 0},
    {"targeted ad", LABEL_SALE, 0},
    {"text messages", LABEL_MARKETING, 1},
    {"third part", LABEL_SHARING, 0},
    {"unsubscrib", LABEL_MARKETING, 0},
};

static int is_word_char(unsigned char ch) { return isalnum(ch) || ch >= 0x80; }

/* Does cue occur at s[i] (ASCII case folded; i is a word start)? */
static int cue_at(const char *s, size_t n, size_t i, const struct cue *cue)
{
    size_t j = 0;
    while (cue->word[j] && i + j < n && tolower((unsigned char)s[i + j]) == cue->word[j])
        j++;
    if (cue->word[j])
        return 0;
    return !(cue->exact && i + j < n && is_word_char((unsigned char)s[i + j]));
}

/* Other uses a choice can name (cookies, analytics, location...): an
 * opt-out that names one of these is about it, not about the use named in
 * the sentence before. Sorted by first letter, like cues. */
static const struct cue other_uses[] = {
    {"analytics", 0, 0},      {"cookie", 0, 0},    {"crash report", 0, 0}, {"camera", 0, 0},
    {"contacts", 0, 1},       {"diagnostic", 0, 0}, {"directory", 0, 0},   {"history", 0, 0},
    {"indexing", 0, 0},       {"location", 0, 0},  {"memory", 0, 0},      {"microphone", 0, 0},
    {"notification", 0, 0},   {"personaliz", 0, 0}, {"personalis", 0, 0}, {"recommendation", 0, 0},
    {"search engine", 0, 0},  {"tracking", 0, 0},  {"telemetry", 0, 0},   {"usage data", 0, 0},
};

/* One pass over s[0..n): the OR of the labels of the cues found (label
 * bits already in `have` are not looked for), or, for a table of plain
 * words (label 0), 1 when any occurs. */
static uint32_t cues_scan(const char *s, size_t n, const struct cue *t, size_t nt, uint32_t have)
{
    uint32_t found = have;
    for (size_t i = 0; i < n; i++) {
        if (i > 0 && is_word_char((unsigned char)s[i - 1]))
            continue;
        int c = tolower((unsigned char)s[i]);
        size_t lo = 0, hi = nt;
        while (lo < hi) {
            size_t mid = (lo + hi) / 2;
            if ((unsigned char)t[mid].word[0] < c)
                lo = mid + 1;
            else
                hi = mid;
        }
        for (size_t k = lo; k < nt && (unsigned char)t[k].word[0] == c; k++) {
            uint32_t bit = t[k].label ? 1u << t[k].label : 1u;
            if (!(found & bit) && cue_at(s, n, i, &t[k]))
                found |= bit;
        }
    }
    return found & ~have;
}

static int names_other_use(const char *s, size_t n)
{
    return cues_scan(s, n, other_uses, sizeof other_uses / sizeof other_uses[0], 0) != 0;
}

/* Which uses a sentence's choice is about: the labels the sentence itself
 * carries ("opt out of us using your chats to train" is also ai_training)
 * plus the cue words it names. */
static uint32_t choice_covers(const char *s, size_t n, uint32_t sentence_labels)
{
    uint32_t covers = sentence_labels & COVER_MASK;
    return covers | cues_scan(s, n, cues, sizeof cues / sizeof cues[0], covers);
}

/* "You can turn this off": a choice that names no use refers to the use
 * named just before it (the last sentence that named one, at most two back). */
static uint32_t covers_from_context(const classify_ctx *ctx)
{
    for (size_t k = 0; k < 2 && k < ctx->sentences; k++) {
        uint32_t c = (ctx->recent[k] & COVER_MASK) | ctx->recent_covers[k];
        if (c)
            return c;
    }
    return 0;
}

static int context_ok(const classify_ctx *ctx, const rule_info *ri)
{
    if (ri->context_label < 0)
        return 1;
    for (int k = 0; k < ri->context_window && k < 8 && (size_t)k < ctx->sentences; k++)
        if (ctx->recent[k] & (1u << ri->context_label))
            return 1;
    return 0;
}

static void ctx_push(classify_ctx *ctx, uint32_t labels, uint32_t covers)
{
    memmove(ctx->recent + 1, ctx->recent, sizeof ctx->recent - sizeof ctx->recent[0]);
    memmove(ctx->recent_covers + 1, ctx->recent_covers, sizeof ctx->recent_covers - sizeof ctx->recent_covers[0]);
    ctx->recent[0] = labels;
    ctx->recent_covers[0] = covers;
    ctx->sentences++;
}

/* A heading names a topic ("Sale of personal information", "How we share
 * your data") unless it reads as a statement ("We never sell your data"):
 * a person or a modal among its words, and no question word first. Only a
 * statement heading is a finding (the taxonomy: topic names get no label). */
static int heading_is_statement(const char *s, size_t n)
{
    static const char *const wh[] = {"how", "what", "why", "when", "where", "who", "whom", "whose", "which",
                                     "whether", NULL};
    static const char *const says[] = {"we", "you", "i", "us", "may", "might", "will", "can", "cannot", "can't",
                                       "won't", "don't", "doesn't", "never", "shall", "must", "do", "does", "is",
                                       "are", NULL};
    int first = 1;
    for (size_t i = 0; i < n;) {
        while (i < n && !isalpha((unsigned char)s[i]))
            i++;
        size_t b = i;
        while (i < n && (isalpha((unsigned char)s[i]) || s[i] == '\''))
            i++;
        if (i == b)
            break;
        /* an enumerator ("b.", "iv)") is not the heading's first word */
        if (first && i < n && (s[i] == '.' || s[i] == ')') && (i - b == 1 || strspn(s + b, "ivxIVX") >= i - b))
            continue;
        char w[12];
        size_t l = i - b;
        if (l >= sizeof w)
            l = sizeof w - 1;
        for (size_t k = 0; k < l; k++)
            w[k] = (char)tolower((unsigned char)s[b + k]);
        w[l] = '\0';
        if (first) {
            for (int k = 0; wh[k]; k++)
                if (strcmp(w, wh[k]) == 0)
                    return 0;
            first = 0;
        }
        for (int k = 0; says[k]; k++)
            if (strcmp(w, says[k]) == 0)
                return 1;
    }
    return 0;
}

/* A heading that was not marked as one: a short line that starts with a
 * section number or letter ("4. HOW WE SHARE", "k. Opt-out.", "d) Deletion
 * Request Rights.") and is in title case or capitals, or a short line all in
 * capitals ("BINDING ARBITRATION"). Text and Markdown files and many pages
 * set headings this way; like a marked heading it names a topic unless it
 * reads as a statement. */
static int looks_like_heading(const char *s, size_t n)
{
    if (n == 0 || n > 90)
        return 0;
    size_t i = 0;
    while (i < n && (s[i] == ' ' || s[i] == '\t' || s[i] == '(' || s[i] == '*'))
        i++;
    /* the enumerator: 4. / 4.1 / 12) / iv. / k. / d) */
    size_t e = i;
    int numbered = 0;
    while (e < n && (isdigit((unsigned char)s[e]) || s[e] == '.'))
        e++;
    if (e > i && isdigit((unsigned char)s[i]) && e < n && (s[e - 1] == '.' || s[e] == ')'))
        numbered = 1;
    else {
        e = i;
        while (e < n && e - i < 5 && strchr("ivxlIVXL", s[e]) && s[e])
            e++;
        if (e == i && e < n && isalpha((unsigned char)s[e]))
            e++; /* one letter */
        if (e > i && e < n && (s[e] == '.' || s[e] == ')') && e + 1 < n && s[e + 1] == ' ')
            numbered = 1;
        else
            e = i;
    }
    if (numbered)
        while (e < n && (s[e] == '.' || s[e] == ')' || s[e] == ' '))
            e++;
    /* the words: how many, and whether each starts with a capital (small
     * joining words aside) or every letter is one */
    static const char *const small[] = {"a", "an", "and", "as", "at", "by", "for", "from", "in", "of", "on", "or",
                                        "the", "to", "with", "your", "our", "we", "you", NULL};
    size_t words = 0;
    int title = 1, caps = 1;
    for (size_t k = e; k < n;) {
        while (k < n && !isalpha((unsigned char)s[k]))
            k++;
        size_t b = k;
        while (k < n && (isalpha((unsigned char)s[k]) || s[k] == '\'' || s[k] == '-'))
            k++;
        if (k == b)
            break;
        words++;
        for (size_t q = b; q < k; q++)
            if (islower((unsigned char)s[q]))
                caps = 0;
        if (islower((unsigned char)s[b])) {
            int is_small = 0;
            for (int m = 0; small[m]; m++)
                if (k - b == strlen(small[m]) && strncmp(s + b, small[m], k - b) == 0)
                    is_small = 1;
            if (!is_small || words == 1)
                title = 0;
        }
    }
    if (words == 0 || words > 12)
        return 0;
    /* "b. When we use other companies to power our services": a numbered
     * question without its question mark */
    static const char *const wh[] = {"when", "how", "what", "why", "who", "whom", "where", "which", "with", NULL};
    size_t k = e;
    while (k < n && isalpha((unsigned char)s[k]))
        k++;
    int wh_first = 0;
    for (int m = 0; wh[m] && !wh_first; m++) {
        size_t q = 0;
        while (e + q < k && wh[m][q] && tolower((unsigned char)s[e + q]) == wh[m][q])
            q++;
        wh_first = e + q == k && !wh[m][q];
    }
    int ends_stop = s[n - 1] == '.' || s[n - 1] == ';' || s[n - 1] == ':';
    if (numbered && wh_first && !ends_stop)
        return 1;
    return words <= 8 && ((numbered && (title || caps)) || (caps && words >= 2));
}

static int classify_sentence(classifier *c, const char *text, size_t start, size_t end, size_t block,
                             classify_ctx *ctx, findings *out, char *err)
{
    const rules *r = c->rules;
    memset(c->cand, 0, c->cand_words * sizeof *c->cand);
    rules_prefilter(r, text + start, end - start, c->cand);
    int any = 0;
    for (size_t w = 0; w < c->cand_words; w++)
        if (c->cand[w])
            any = 1;
    int heading = ctx->heading || (any && looks_like_heading(text + start, end - start));
    if (any && heading && !heading_is_statement(text + start, end - start))
        any = 0;
    if (!any) {
        ctx_push(ctx, 0, 0);
        return 0;
    }
    c->stats.candidates++;
    /* normalise typography so rules need one spelling of quotes and spaces */
    const char *s = text + start;
    size_t n = end - start;
    int mapped = 0;
    if (!text_is_ascii(s, n)) {
        if (text_normalize(s, n, &c->norm, &c->map, &c->map_cap) < 0) {
            err_set(err, "out of memory normalising a sentence");
            return -1;
        }
        s = c->norm.data;
        n = c->norm.len;
        mapped = 1;
    }
    hit hits[64];
    size_t nh = 0;
    rules_matcher_reset(c->m, s, n); /* a new subject: forget the last sentence's pattern results */
    uint32_t suppressed = 0;
    int found_sev[LABEL_COUNT]; /* most severe hit so far per label, -1 none */
    for (int l = 0; l < LABEL_COUNT; l++)
        found_sev[l] = -1;
    for (size_t w = 0; w < c->cand_words; w++) {
        uint64_t bits = c->cand[w];
        while (bits) {
            int b = __builtin_ctzll(bits);
            bits &= bits - 1;
            size_t ri = w * 64 + (size_t)b;
            const rule_info *info = rules_info(r, ri);
            if (!context_ok(ctx, info) || (heading && info->fragment))
                continue;
            /* One finding per label per sentence: a rule that could neither
             * win (its label already fired at least as severely) nor
             * suppress anything new need not run. */
            if (found_sev[info->label] >= info->severity && !(info->suppresses & ~suppressed))
                continue;
            c->stats.rule_runs++;
            size_t ps, pe;
            int rc = rules_match(c->m, ri, s, n, &ps, &pe);
            if (rc < 0)
                c->stats.match_errors++;
            if (rc != 1 || nh == sizeof hits / sizeof hits[0])
                continue;
            hits[nh].rule = ri;
            hits[nh].ps = ps;
            hits[nh].pe = pe;
            hits[nh].label = info->label;
            hits[nh].severity = info->severity;
            hits[nh].suppresses = info->suppresses;
            suppressed |= info->suppresses;
            if (info->severity > found_sev[info->label])
                found_sev[info->label] = info->severity;
            nh++;
        }
    }
    uint32_t labels = 0;
    uint32_t choice = 0; /* uses the sentence's opt-out (or exception) is about */
    /* one finding per label: a denial rule suppresses the label it denies,
     * unless the two suppress each other (then both stand) */
    size_t best[LABEL_COUNT];
    for (int l = 0; l < LABEL_COUNT; l++)
        best[l] = (size_t)-1;
    for (size_t h = 0; h < nh; h++) {
        int l = hits[h].label;
        if (suppressed & (1u << l)) {
            int mutual = 0;
            for (size_t g = 0; g < nh; g++)
                if ((hits[g].suppresses & (1u << l)) && (hits[h].suppresses & (1u << hits[g].label)))
                    mutual = 1;
            if (!mutual)
                continue;
        }
        if (best[l] == (size_t)-1 || hits[h].severity > hits[best[l]].severity ||
            (hits[h].severity == hits[best[l]].severity && hits[h].ps < hits[best[l]].ps))
            best[l] = h;
        labels |= 1u << l;
    }
    for (int l = 0; l < LABEL_COUNT; l++) {
        if (best[l] == (size_t)-1)
            continue;
        const hit *h = &hits[best[l]];
        if (push_finding(out, err) < 0)
            return -1;
        finding *f = &out->v[out->n];
        f->block = block;
        f->start = start;
        f->end = end;
        f->phrase_start = start + (mapped ? c->map[h->ps] : h->ps);
        f->phrase_end = start + (mapped ? c->map[h->pe] : h->pe);
        if (f->phrase_end < f->phrase_start)
            f->phrase_end = f->phrase_start;
        f->sentence = ctx->sentences;
        f->rule = h->rule;
        f->label = l;
        f->severity = h->severity;
        char words[128];
        if (l == LABEL_RETENTION) {
            values_retention(s, n, &f->retention_kind, &f->retention_days, words, sizeof words);
            f->retention_anonymous = values_retention_anonymous(s, n);
            if (words[0] && !(f->retention_words = xstrndup(words, strlen(words), err)))
                return -1;
        } else if (l == LABEL_CONTENT_LICENSE) {
            f->feedback_only = values_feedback_only(s, n);
        } else if (l == LABEL_OPT_OUT) {
            values_opt_out(s, n, &f->how, words, sizeof words);
            if (words[0] && !(f->where = xstrndup(words, strlen(words), err)))
                return -1;
            f->covers = choice_covers(s, n, labels);
            if (!f->covers && !names_other_use(s, n))
                f->covers = covers_from_context(ctx);
            choice = f->covers;
        } else if (l == LABEL_OPT_OUT_EXCEPTION) {
            /* what the carve-out is about, so the page pass can tie it to
             * the opt-out it limits */
            f->covers = choice_covers(s, n, labels);
            if (!f->covers && !names_other_use(s, n))
                f->covers = covers_from_context(ctx);
            if (!choice)
                choice = f->covers;
        } else if (l == LABEL_ARBITRATION) {
            f->window_days = values_window_days(s, n);
        }
        out->n++;
    }
    ctx_push(ctx, labels, choice);
    return 0;
}

int classify_text(classifier *c, const char *text, size_t len, size_t block, classify_ctx *ctx,
                  uint64_t deadline_ms, findings *out, char *err)
{
    c->sentences.n = 0;
    /* Segmenting a huge block must not use up the whole budget before
     * classifying begins: it gets half of what is left, and the sentences it
     * found by then are classified (the result is partial). */
    uint64_t seg_deadline = 0;
    if (deadline_ms) {
        uint64_t now = platform_now_ms();
        seg_deadline = now < deadline_ms ? now + (deadline_ms - now) / 2 : now;
    }
    int cut = segment_text_until(text, len, &c->sentences, seg_deadline, err);
    if (cut < 0)
        return -1;
    c->stats.sentences += c->sentences.n;
    for (size_t i = 0; i < c->sentences.n; i++) {
        /* every sentence: one can cost many capped regex runs, and the
         * clock is a vDSO call */
        if (deadline_ms && platform_now_ms() > deadline_ms)
            return 1;
        /* what a request finds must also be reported in its time budget */
        if (ctx->max_findings && out->n >= ctx->max_findings)
            return 1;
        if (classify_sentence(c, text, c->sentences.v[i].start, c->sentences.v[i].end, block, ctx, out, err) < 0)
            return -1;
    }
    return cut; /* 1: the end of the block was never segmented */
}

int classify_labels(classifier *c, const char *text, size_t len, uint32_t *labels, findings *out, char *err)
{
    findings local = {0};
    findings *f = out ? out : &local;
    size_t before = f->n;
    classify_ctx ctx;
    memset(&ctx, 0, sizeof ctx);
    int rc = classify_text(c, text, len, 0, &ctx, 0, f, err);
    *labels = 0;
    for (size_t i = before; i < f->n; i++)
        *labels |= 1u << f->v[i].label;
    findings_free(&local);
    return rc < 0 ? -1 : 0;
}
