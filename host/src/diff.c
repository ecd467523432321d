/* diff.c - findings added, removed and reworded between two versions. */
#include "diff.h"

#include "buf.h"
#include "labels.h"
#include "platform.h"
#include "report.h"
#include "segment.h"
#include "text.h"

#include <cjson/cJSON.h>
#include <sodium.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

struct diff_doc {
    uint64_t *fps; /* sentence fingerprints in reading order */
    size_t n_fps, cap_fps;
    diff_item *items;
    size_t n_items, cap_items;
    summary sum;
    int has_sum;
};

/* ------------------------------------------------------------------------
 * Documents
 * ---------------------------------------------------------------------- */

diff_doc *diff_doc_new(char *err) { return xcalloc(1, sizeof(diff_doc), err); }

void diff_doc_free(diff_doc *d)
{
    if (!d)
        return;
    for (size_t i = 0; i < d->n_items; i++) {
        free((char *)d->items[i].rule);
        free((char *)d->items[i].values);
    }
    free(d->items);
    free(d->fps);
    free(d);
}

int diff_doc_add_sentence(diff_doc *d, uint64_t fp, char *err)
{
    if (d->n_fps == d->cap_fps) {
        size_t cap = d->cap_fps ? d->cap_fps * 2 : 256;
        uint64_t *v = xrealloc(d->fps, cap * sizeof *v, err);
        if (!v)
            return -1;
        d->fps = v;
        d->cap_fps = cap;
    }
    d->fps[d->n_fps++] = fp;
    return 0;
}

int diff_doc_add_item(diff_doc *d, const diff_item *it, char *err)
{
    if (d->n_items == d->cap_items) {
        size_t cap = d->cap_items ? d->cap_items * 2 : 32;
        diff_item *v = xrealloc(d->items, cap * sizeof *v, err);
        if (!v)
            return -1;
        d->items = v;
        d->cap_items = cap;
    }
    diff_item c = *it;
    c.rule = xstrndup(it->rule ? it->rule : "", it->rule ? strlen(it->rule) : 0, err);
    c.values = it->values ? xstrndup(it->values, strlen(it->values), err) : NULL;
    if (!c.rule || (it->values && !c.values)) {
        free((char *)c.rule);
        free((char *)c.values);
        return -1;
    }
    d->items[d->n_items++] = c;
    return 0;
}

void diff_doc_set_summary(diff_doc *d, const summary *s)
{
    d->sum = *s;
    d->has_sum = 1;
}

size_t diff_doc_sentence_count(const diff_doc *d) { return d->n_fps; }
const uint64_t *diff_doc_sentences(const diff_doc *d) { return d->fps; }
size_t diff_doc_item_count(const diff_doc *d) { return d->n_items; }
const diff_item *diff_doc_item(const diff_doc *d, size_t i) { return &d->items[i]; }
const summary *diff_doc_summary(const diff_doc *d) { return d->has_sum ? &d->sum : NULL; }

void diff_doc_text_fingerprint(const diff_doc *d, char hex[33])
{
    unsigned char h[16];
    crypto_generichash_state st;
    crypto_generichash_init(&st, NULL, 0, sizeof h);
    for (size_t i = 0; i < d->n_fps; i++) {
        unsigned char b[8];
        for (int k = 0; k < 8; k++)
            b[k] = (unsigned char)(d->fps[i] >> (8 * k));
        crypto_generichash_update(&st, b, sizeof b);
    }
    crypto_generichash_final(&st, h, sizeof h);
    sodium_bin2hex(hex, 33, h, sizeof h);
}

/* ------------------------------------------------------------------------
 * Fingerprints
 * ---------------------------------------------------------------------- */

static int is_space(unsigned char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v'; }
static int is_digit(unsigned char c) { return c >= '0' && c <= '9'; }
static int is_lower(unsigned char c) { return c >= 'a' && c <= 'z'; }

/* Length of a leading section number followed by white space: "3.2 ",
 * "12. ", "(a) ", "iv) ". A bare number ("18 months") is not one. */
static size_t section_number(const char *s, size_t n)
{
    size_t i = 0;
    int paren = 0, dotted = 0, closed = 0;
    if (i < n && s[i] == '(') {
        paren = 1;
        i++;
    }
    size_t begin = i;
    if (i < n && is_digit((unsigned char)s[i])) {
        while (i < n && (is_digit((unsigned char)s[i]) || (s[i] == '.' && i + 1 < n && is_digit((unsigned char)s[i + 1])))) {
            if (s[i] == '.')
                dotted = 1;
            i++;
        }
    } else {
        while (i < n && i - begin < 4 && is_lower((unsigned char)(s[i] | 0x20)))
            i++;
        if (i - begin > 1) { /* only roman numerals run longer than one letter */
            for (size_t k = begin; k < i; k++)
                if (!strchr("ivxlIVXL", s[k]))
                    return 0;
        }
    }
    if (i == begin)
        return 0;
    if (i < n && (s[i] == '.' || s[i] == ')')) {
        closed = 1;
        i++;
    }
    if (paren && !(closed && s[i - 1] == ')'))
        return 0;
    if (!(closed || dotted) || i >= n || !is_space((unsigned char)s[i]))
        return 0;
    return i;
}

/* Append the canonical form of s[0..n) (ASCII typography) to out. */
static int canonical(const char *s, size_t n, buf *out)
{
    size_t i = 0;
    /* bullets, quote marks and heading marks before the words */
    while (i < n && (is_space((unsigned char)s[i]) || strchr("-*#>|+", s[i])))
        i++;
    i += section_number(s + i, n - i);
    int space = 0;
    for (; i < n; i++) {
        unsigned char c = (unsigned char)s[i];
        if (is_space(c)) {
            space = 1;
            continue;
        }
        if (space && out->len && buf_putc(out, ' ') < 0)
            return -1;
        space = 0;
        if (buf_putc(out, (char)(c >= 'A' && c <= 'Z' ? c + 32 : c)) < 0)
            return -1;
    }
    return 0;
}

/* Fingerprint with scratch buffers reused across sentences. */
static uint64_t fingerprint_with(const char *s, size_t n, buf *norm, buf *canon, size_t **map, size_t *map_cap)
{
    canon->len = 0;
    if (!text_is_ascii(s, n)) {
        if (text_normalize(s, n, norm, map, map_cap) == 0) {
            s = norm->data;
            n = norm->len;
        }
    }
    unsigned char h[16];
    if (canonical(s, n, canon) < 0) /* no memory: hash the raw bytes */
        crypto_generichash(h, sizeof h, (const unsigned char *)s, n, NULL, 0);
    else
        crypto_generichash(h, sizeof h, (const unsigned char *)(canon->data ? canon->data : ""), canon->len, NULL, 0);
    uint64_t fp = 0;
    for (int k = 0; k < 8; k++)
        fp |= (uint64_t)h[k] << (8 * k);
    return fp;
}

uint64_t diff_fingerprint(const char *s, size_t n)
{
    buf norm = BUF_INIT, canon = BUF_INIT;
    size_t *map = NULL, map_cap = 0;
    uint64_t fp = fingerprint_with(s, n, &norm, &canon, &map, &map_cap);
    buf_free(&norm);
    buf_free(&canon);
    free(map);
    return fp;
}

int diff_sentences(const char *text, size_t len, size_t **starts, uint64_t **fps, size_t *n, char *err)
{
    return diff_sentences_until(text, len, 0, starts, fps, n, err);
}

int diff_sentences_until(const char *text, size_t len, uint64_t deadline_ms, size_t **starts, uint64_t **fps,
                         size_t *n, char *err)
{
    seg_list spans = {0};
    *starts = NULL;
    *fps = NULL;
    *n = 0;
    int cut = segment_text_until(text, len, &spans, deadline_ms, err);
    if (cut < 0)
        return -1;
    size_t *st = xcalloc(spans.n + 1, sizeof *st, err);
    uint64_t *fp = xcalloc(spans.n + 1, sizeof *fp, err);
    if (!st || !fp) {
        free(st);
        free(fp);
        seg_list_free(&spans);
        return -1;
    }
    buf norm = BUF_INIT, canon = BUF_INIT;
    size_t *map = NULL, map_cap = 0;
    for (size_t i = 0; i < spans.n && !cut; i++) {
        if (deadline_ms && (i & 1023) == 1023 && platform_now_ms() > deadline_ms)
            cut = 1;
        st[i] = spans.v[i].start;
        fp[i] = fingerprint_with(text + spans.v[i].start, spans.v[i].end - spans.v[i].start, &norm, &canon, &map,
                                 &map_cap);
    }
    buf_free(&norm);
    buf_free(&canon);
    free(map);
    *starts = st;
    *fps = fp;
    *n = spans.n;
    seg_list_free(&spans);
    if (cut) { /* no partial answer: the caller gives up on this text */
        free(st);
        free(fp);
        *starts = NULL;
        *fps = NULL;
        *n = 0;
        return 1;
    }
    return 0;
}

/* Index of the sentence holding byte offset `at` (starts ascending). */
static size_t sentence_at(const size_t *starts, size_t n, size_t at)
{
    size_t lo = 0, hi = n;
    while (lo < hi) {
        size_t mid = lo + (hi - lo) / 2;
        if (starts[mid] <= at)
            lo = mid + 1;
        else
            hi = mid;
    }
    return lo ? lo - 1 : 0;
}

int diff_doc_add_findings(diff_doc *d, size_t base, const size_t *starts, size_t n_sentences,
                          finding *const *f, size_t n, const rules *r, char *err)
{
    for (size_t i = 0; i < n; i++) {
        cJSON *v = report_values(f[i]);
        char *values = v ? cJSON_PrintUnformatted(v) : NULL;
        cJSON_Delete(v);
        if (!values) {
            err_set(err, "out of memory");
            return -1;
        }
        diff_item it = {base + (n_sentences ? sentence_at(starts, n_sentences, f[i]->start) : 0),
                        f[i]->label,
                        f[i]->severity,
                        rules_info(r, f[i]->rule)->id,
                        values,
                        f[i]->id,
                        f[i]->start,
                        f[i]->end};
        int rc = diff_doc_add_item(d, &it, err);
        cJSON_free(values);
        if (rc < 0)
            return -1;
    }
    return 0;
}

/* ------------------------------------------------------------------------
 * Comparing
 * ---------------------------------------------------------------------- */

static int cmp_u64(const void *a, const void *b)
{
    uint64_t x = *(const uint64_t *)a, y = *(const uint64_t *)b;
    return x < y ? -1 : x > y;
}

/* How many times fp occurs in the sorted array v[0..n): 0, 1, or 2 for
 * "more than once", which is all callers ask. Counting every copy made a
 * page of a few sentences repeated many times quadratic (1 MB: 28 s). */
static size_t count_in(const uint64_t *v, size_t n, uint64_t fp)
{
    size_t lo = 0, hi = n;
    while (lo < hi) {
        size_t mid = lo + (hi - lo) / 2;
        if (v[mid] < fp)
            lo = mid + 1;
        else
            hi = mid;
    }
    size_t c = 0;
    while (c < 2 && lo + c < n && v[lo + c] == fp)
        c++;
    return c;
}

#define PLACE_START 0u /* no anchor before: the start of the document */
#define PLACE_END 1u   /* no anchor after: its end */

/* One side of the comparison: which sentences are unchanged, and the
 * anchors around each sentence. */
typedef struct side {
    const diff_doc *d;
    uint64_t *sorted;  /* its fingerprints, sorted */
    unsigned char *kept; /* per sentence: occurs in the other version */
    uint64_t *before, *after; /* per sentence: the anchors around it */
} side;

static void side_free(side *s)
{
    free(s->sorted);
    free(s->kept);
    free(s->before);
    free(s->after);
}

static int side_sort(side *s, const diff_doc *d, char *err)
{
    s->d = d;
    size_t n = d->n_fps;
    s->sorted = xmalloc((n + 1) * sizeof *s->sorted, err);
    s->kept = xcalloc(n + 1, 1, err);
    s->before = xmalloc((n + 1) * sizeof *s->before, err);
    s->after = xmalloc((n + 1) * sizeof *s->after, err);
    if (!s->sorted || !s->kept || !s->before || !s->after)
        return -1;
    if (n)
        memcpy(s->sorted, d->fps, n * sizeof *s->sorted);
    qsort(s->sorted, n, sizeof *s->sorted, cmp_u64);
    return 0;
}

static void side_places(side *s, const side *other)
{
    size_t n = s->d->n_fps, no = other->d->n_fps;
    uint64_t last = PLACE_START;
    for (size_t i = 0; i < n; i++) {
        uint64_t fp = s->d->fps[i];
        size_t there = count_in(other->sorted, no, fp);
        s->kept[i] = there > 0;
        s->before[i] = last;
        if (there == 1 && count_in(s->sorted, n, fp) == 1)
            last = fp;
    }
    last = PLACE_END;
    for (size_t i = n; i-- > 0;) {
        s->after[i] = last;
        uint64_t fp = s->d->fps[i];
        if (s->kept[i] && count_in(other->sorted, no, fp) == 1 && count_in(s->sorted, n, fp) == 1)
            last = fp;
    }
}

/* A changed finding waiting for a partner. */
typedef struct cand {
    int label;
    uint64_t k1, k2; /* the place, as this pass sees it */
    size_t item;
    size_t order;
} cand;

static int cmp_cand(const void *a, const void *b)
{
    const cand *x = a, *y = b;
    if (x->label != y->label)
        return x->label < y->label ? -1 : 1;
    if (x->k1 != y->k1)
        return x->k1 < y->k1 ? -1 : 1;
    if (x->k2 != y->k2)
        return x->k2 < y->k2 ? -1 : 1;
    return x->order < y->order ? -1 : x->order > y->order;
}

static void place_key(const side *s, const diff_item *it, int pass, uint64_t *k1, uint64_t *k2)
{
    uint64_t b = s->before[it->sentence], a = s->after[it->sentence];
    *k1 = pass == 2 ? a : b;
    *k2 = pass == 0 ? a : 0;
}

/* Next unused position at or after p (path-halving skip list). */
static size_t next_free(size_t *skip, size_t p)
{
    while (skip[p] != p) {
        skip[p] = skip[skip[p]];
        p = skip[p];
    }
    return p;
}

/* Pair changed findings of the same label at the same place; pass 0 wants
 * both anchors to agree, pass 1 the one before, pass 2 the one after. */
static int pair_pass(const side *os, const side *ns, const size_t *olist, size_t on, const size_t *nlist, size_t nn,
                     size_t *o_partner, size_t *n_partner, int pass, char *err)
{
    cand *c = xmalloc((on + 1) * sizeof *c, err);
    size_t *skip = xmalloc((on + 2) * sizeof *skip, err);
    if (!c || !skip) {
        free(c);
        free(skip);
        return -1;
    }
    size_t m = 0;
    for (size_t i = 0; i < on; i++) {
        if (o_partner[i] != (size_t)-1)
            continue;
        const diff_item *it = &os->d->items[olist[i]];
        c[m].label = it->label;
        place_key(os, it, pass, &c[m].k1, &c[m].k2);
        c[m].item = i;
        c[m].order = i;
        m++;
    }
    qsort(c, m, sizeof *c, cmp_cand);
    for (size_t i = 0; i <= m; i++)
        skip[i] = i;
    for (size_t j = 0; j < nn; j++) {
        if (n_partner[j] != (size_t)-1)
            continue;
        const diff_item *it = &ns->d->items[nlist[j]];
        cand key = {it->label, 0, 0, 0, 0};
        place_key(ns, it, pass, &key.k1, &key.k2);
        /* first candidate with this label and place */
        size_t lo = 0, hi = m;
        while (lo < hi) {
            size_t mid = lo + (hi - lo) / 2;
            if (cmp_cand(&c[mid], &key) < 0)
                lo = mid + 1;
            else
                hi = mid;
        }
        size_t p = next_free(skip, lo);
        if (p < m && c[p].label == key.label && c[p].k1 == key.k1 && c[p].k2 == key.k2) {
            o_partner[c[p].item] = j;
            n_partner[j] = c[p].item;
            skip[p] = p + 1;
        }
    }
    free(c);
    free(skip);
    return 0;
}

int diff_run(const diff_doc *old_doc, const diff_doc *new_doc, int compare_answers, diff_result *out, char *err)
{
    memset(out, 0, sizeof *out);
    side os = {0}, ns = {0};
    size_t *olist = NULL, *nlist = NULL, *o_partner = NULL, *n_partner = NULL;
    int rc = -1;
    if (side_sort(&os, old_doc, err) < 0 || side_sort(&ns, new_doc, err) < 0)
        goto done;
    side_places(&os, &ns);
    side_places(&ns, &os);
    /* findings on changed sentences */
    olist = xmalloc((old_doc->n_items + 1) * sizeof *olist, err);
    nlist = xmalloc((new_doc->n_items + 1) * sizeof *nlist, err);
    o_partner = xmalloc((old_doc->n_items + 1) * sizeof *o_partner, err);
    n_partner = xmalloc((new_doc->n_items + 1) * sizeof *n_partner, err);
    if (!olist || !nlist || !o_partner || !n_partner)
        goto done;
    size_t on = 0, nn = 0;
    for (size_t i = 0; i < old_doc->n_items; i++)
        if (old_doc->items[i].sentence < old_doc->n_fps && !os.kept[old_doc->items[i].sentence])
            olist[on++] = i;
    for (size_t i = 0; i < new_doc->n_items; i++)
        if (new_doc->items[i].sentence < new_doc->n_fps && !ns.kept[new_doc->items[i].sentence])
            nlist[nn++] = i;
    for (size_t i = 0; i < on; i++)
        o_partner[i] = (size_t)-1;
    for (size_t j = 0; j < nn; j++)
        n_partner[j] = (size_t)-1;
    for (int pass = 0; pass < 3; pass++)
        if (pair_pass(&os, &ns, olist, on, nlist, nn, o_partner, n_partner, pass, err) < 0)
            goto done;
    out->added = xmalloc((nn + 1) * sizeof *out->added, err);
    out->removed = xmalloc((on + 1) * sizeof *out->removed, err);
    out->reworded = xmalloc((nn + 1) * sizeof *out->reworded, err);
    if (!out->added || !out->removed || !out->reworded)
        goto done;
    for (size_t j = 0; j < nn; j++) {
        if (n_partner[j] == (size_t)-1)
            out->added[out->n_added++] = nlist[j];
        else {
            out->reworded[out->n_reworded].old_item = olist[n_partner[j]];
            out->reworded[out->n_reworded].new_item = nlist[j];
            out->n_reworded++;
        }
    }
    for (size_t i = 0; i < on; i++)
        if (o_partner[i] == (size_t)-1)
            out->removed[out->n_removed++] = olist[i];
    if (compare_answers && old_doc->has_sum && new_doc->has_sum)
        for (int k = 0; k < SK_COUNT; k++)
            if (!summary_same_answer(&old_doc->sum, &new_doc->sum, (enum summary_key)k)) {
                out->answers[k] = 1;
                out->n_answers++;
            }
    rc = 0;
done:
    if (rc < 0)
        diff_result_free(out);
    side_free(&os);
    side_free(&ns);
    free(olist);
    free(nlist);
    free(o_partner);
    free(n_partner);
    return rc;
}

void diff_result_free(diff_result *r)
{
    free(r->added);
    free(r->removed);
    free(r->reworded);
    memset(r, 0, sizeof *r);
}

int diff_result_any(const diff_result *r) { return r->n_added || r->n_removed || r->n_reworded || r->n_answers; }

/* ------------------------------------------------------------------------
 * JSON
 * ---------------------------------------------------------------------- */

cJSON *diff_answers_json(const diff_doc *old_doc, const diff_doc *new_doc, const diff_result *r)
{
    cJSON *arr = cJSON_CreateArray();
    if (!arr || !old_doc->has_sum || !new_doc->has_sum)
        return arr;
    for (int k = 0; k < SK_COUNT; k++) {
        if (!r->answers[k])
            continue;
        enum summary_key key = (enum summary_key)k;
        char was[64], now[64], text[200];
        summary_answer_text(&old_doc->sum, key, was, sizeof was);
        summary_answer_text(&new_doc->sum, key, now, sizeof now);
        snprintf(text, sizeof text, "%s: %s \xe2\x86\x92 %s", summary_key_title(key), was, now);
        cJSON *o = cJSON_CreateObject();
        if (!o)
            break;
        cJSON_AddStringToObject(o, "key", summary_key_name(key));
        cJSON_AddStringToObject(o, "title", summary_key_title(key));
        cJSON_AddItemToObject(o, "old", summary_answer_json(&old_doc->sum, key));
        cJSON_AddItemToObject(o, "new", summary_answer_json(&new_doc->sum, key));
        cJSON_AddStringToObject(o, "text", text);
        cJSON_AddItemToArray(arr, o);
    }
    return arr;
}

cJSON *diff_item_json(const diff_item *it, const rules *r)
{
    cJSON *o = cJSON_CreateObject();
    if (!o)
        return NULL;
    const char *explanation = NULL;
    for (size_t i = 0; r && i < rules_count(r) && !explanation; i++)
        if (strcmp(rules_info(r, i)->id, it->rule) == 0)
            explanation = rules_info(r, i)->explanation;
    cJSON_AddStringToObject(o, "label", label_name(it->label));
    cJSON_AddStringToObject(o, "rule", it->rule);
    cJSON_AddStringToObject(o, "severity", severity_name(it->severity));
    cJSON_AddStringToObject(o, "explanation", explanation ? explanation : label_title(it->label));
    cJSON *v = it->values ? cJSON_Parse(it->values) : NULL;
    cJSON_AddItemToObject(o, "values", v ? v : cJSON_CreateObject());
    return o;
}
