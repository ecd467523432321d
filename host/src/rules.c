/* rules.c - rule packs: load, prefilter, compile lazily, match. */
#define PCRE2_CODE_UNIT_WIDTH 8
#include "rules.h"

#include "arena.h"
#include "buf.h"
#include "labels.h"
#include "text.h"
#include "platform.h"
#include "sign.h"

#include <cjson/cJSON.h>
#include <dirent.h>
#include <errno.h>
#include <pcre2.h>
#include <sodium.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

/* ------------------------------------------------------------------------
 * Types
 * ---------------------------------------------------------------------- */

/* One compiled pattern, shared by every rule that uses the same source
 * (packs reuse `unless` lists through macros): compiled once, and matched
 * once per sentence thanks to the matcher's memo. */
typedef struct compiled {
    char *source;       /* after macro expansion */
    int caseful;        /* compiled without PCRE2_CASELESS */
    pcre2_code *code;   /* NULL until first use */
    int broken;         /* failed to compile: never tried again (2: reported) */
    int jit;            /* JIT-compiled (1), unavailable (-1) */
    unsigned uses;      /* matches attempted, to decide when to JIT */
    int phrase_group;   /* number of the (?<p>...) group, or -1 */
    size_t id;          /* index in the pool, for the memo */
    uint32_t *gate;     /* words it cannot match without (the pack's "gates"), a
                           gate as below; NULL: none */
} compiled;

/* A gate is a list of gate-word ids (rules.gwords), group after group, each
 * group ended by GATE_END and the whole by an empty group: it is open when
 * the sentence holds a word of every group. */
#define GATE_END UINT32_MAX
/* A pack's gate for a pattern has at most this many groups. */
#define GATE_MAX_GROUPS 4
/* Size of the per-sentence trigram filter for gate words (a sentence of 200
 * bytes sets about 5% of them). */
#define TRI_BITS 4096

typedef struct pattern {
    compiled *c;        /* owned by the rules set's pool */
    uint32_t *gate;     /* the entry's own "requires" words, one group; NULL: always runs */
} pattern;

/* Candidate bitsets live on the stack during the prefilter. */
#define RULES_MAX 4096
/* A rule may require words from this many groups beyond its anchors. */
#define RULES_MAX_GROUPS 4

typedef struct rule {
    rule_info info;
    pattern *patterns;  /* any of these must match */
    size_t n_patterns;
    pattern *unless;    /* none of these may match */
    size_t n_unless;
    char **match;       /* examples */
    char **no_match;
    char **anchors;     /* lowercase literals; one must occur for the rule to run */
    size_t n_anchors;
    char **requires;    /* further word groups: one word of each must occur too */
    unsigned char *req_group; /* group (1..RULES_MAX_GROUPS) of each requires word */
    size_t n_requires;
    unsigned n_groups;  /* requires groups */
    int caseful;        /* compile without PCRE2_CASELESS */
    int disabled;       /* a pattern was broken */
} rule;

struct rules {
    rule *v;
    size_t n, cap;
    rules_pack_info *packs;
    size_t n_packs;
    arena *mem;         /* every string the set owns, freed together */
    /* Aho-Corasick automaton over all anchors (a DFA over byte classes) */
    unsigned char cls[256];
    size_t n_cls;
    uint32_t *child_start; /* the trie, sparse: state s's children are child_state[child_start[s] ..
                              child_start[s + 1]), in class order */
    uint32_t *child_state;
    unsigned char *child_class;
    uint32_t root_go[256]; /* the root's children by class, child + 1 (most lookups start there) */
    uint32_t *fail;     /* failure link per state */
    uint32_t *step;     /* the DFA, filled lazily; see build_automaton */
    size_t n_states;
    uint32_t *out_start; /* per state: slice of out_rules */
    uint32_t *out_len;
    uint32_t *out_rules;
    size_t bitset_words;
    size_t longest_anchor; /* bytes of the longest anchor or requires word */
    size_t n_edges, n_out; /* trie edges, merged outputs */
    int automaton_borrowed; /* its arrays are a precompiled image's (not freed) */
    uint64_t *needs_req[RULES_MAX_GROUPS]; /* rules that have requires group g+1 */
    unsigned jit_after; /* JIT a pattern after this many uses */
    compiled **pool;    /* every distinct pattern */
    size_t n_pool, cap_pool;
    size_t *pool_index; /* open addressing over pool: index + 1, 0 = empty */
    size_t n_index;
    size_t *id_index;   /* open addressing over rule ids: index + 1 */
    size_t n_id_index;
    struct raw_entry *raw; /* raw pattern text -> pooled pattern, this pack only */
    size_t raw_n, raw_used;
    char **gwords;      /* distinct words of all gates (the strings are owned by mem) */
    size_t n_gwords, cap_gwords;
    int gate_check;     /* run patterns behind closed gates too, to catch a wrong gate */
    size_t gate_wrong;  /* ... and how many matched all the same */
    uint32_t *gw_tri;   /* per word: start of its trigram hashes in tri (n_gwords + 1) */
    uint16_t *tri;      /* every word's trigram hashes (see tri_hash) */
    size_t *gw_index;   /* open addressing over gwords: index + 1 */
    size_t n_gw_index;
    uint64_t digest;    /* the first 8 bytes of chain */
    unsigned char chain[32]; /* BLAKE2b over the packs' hashes, in load order */
    int precompiled;    /* the pool's code came from rules_opts.precompiled */
};


struct rules_matcher {
    rules *r;
    pcre2_match_context *mctx;
    pcre2_jit_stack *jit_stack;
    pcre2_match_data *md;
    size_t errors;
    buf folded;          /* the sentence as anchors see it, for pattern gates */
    /* per-sentence memo of pattern results (see rules_matcher_reset) */
    uint32_t gen;        /* current sentence */
    int folded_ok;       /* `folded` holds the current sentence */
    uint32_t *memo_gen;  /* per pooled pattern: the sentence its result is for */
    signed char *memo_rc;
    size_t *memo_ps, *memo_pe;
    uint32_t *gw_gen;    /* per gate word: the sentence gw_has is for */
    signed char *gw_has;
    uint64_t tri[TRI_BITS / 64]; /* trigrams of `folded`, hashed: a word with a
                                    trigram not here is not in the sentence */
};

/* ------------------------------------------------------------------------
 * Owned strings
 * ---------------------------------------------------------------------- */

static char *own(rules *r, const char *s, char *err)
{
    char *p = arena_strdup(r->mem, s);
    if (!p)
        err_set(err, "out of memory");
    return p;
}

/* ------------------------------------------------------------------------
 * Macro expansion: {{NAME}} in patterns is replaced by the pack's
 * "defines"[NAME], which may itself use earlier macros.
 * ---------------------------------------------------------------------- */

/* No real pattern comes near this (the largest is ~9 KB); macros that each
 * use the next several times would otherwise multiply without bound (ten
 * uses a level, eight levels: a gigabyte). */
#define RULES_MAX_PATTERN_BYTES 65536

static int expand(const cJSON *defines, const char *src, buf *out, int depth, const char *where, char *err)
{
    if (depth > 8) {
        err_set(err, "%s: macros nest deeper than 8 (a loop?)", where);
        return -1;
    }
    const char *p = src;
    while (*p) {
        if (out->len > RULES_MAX_PATTERN_BYTES) {
            err_set(err, "%s: expands to more than %d bytes (macros that multiply?)", where, RULES_MAX_PATTERN_BYTES);
            return -1;
        }
        const char *open = strstr(p, "{{");
        if (!open) {
            if (buf_puts(out, p) < 0)
                goto oom;
            break;
        }
        const char *close = strstr(open + 2, "}}");
        if (!close) {
            err_set(err, "%s: \"{{\" without \"}}\"", where);
            return -1;
        }
        if (buf_append(out, p, (size_t)(open - p)) < 0)
            goto oom;
        char name[64];
        size_t nl = (size_t)(close - open - 2);
        if (nl == 0 || nl >= sizeof name) {
            err_set(err, "%s: bad macro name", where);
            return -1;
        }
        memcpy(name, open + 2, nl);
        name[nl] = '\0';
        const cJSON *def = cJSON_GetObjectItemCaseSensitive(defines, name);
        if (!cJSON_IsString(def)) {
            err_set(err, "%s: unknown macro {{%s}}", where, name);
            return -1;
        }
        if (expand(defines, def->valuestring, out, depth + 1, where, err) < 0)
            return -1;
        p = close + 2;
    }
    return 0;
oom:
    err_set(err, "%s: out of memory", where);
    return -1;
}

/* ------------------------------------------------------------------------
 * Loading
 * ---------------------------------------------------------------------- */

static int read_whole(const char *path, char **data, size_t *len, char *err)
{
    buf b = BUF_INIT;
    if (buf_read_file(&b, path, err) < 0) {
        buf_free(&b);
        return -1;
    }
    *len = b.len;
    *data = buf_detach(&b);
    return 0;
}

static int string_array(rules *r, const cJSON *arr, char ***out, size_t *n, const char *where, int required, char *err)
{
    *out = NULL;
    *n = 0;
    if (!arr) {
        if (required) {
            err_set(err, "%s is missing", where);
            return -1;
        }
        return 0;
    }
    if (!cJSON_IsArray(arr)) {
        err_set(err, "%s must be an array of strings", where);
        return -1;
    }
    size_t count = (size_t)cJSON_GetArraySize(arr);
    if (required && count == 0) {
        err_set(err, "%s must not be empty", where);
        return -1;
    }
    char **v = xcalloc(count + 1, sizeof *v, err);
    if (!v)
        return -1;
    size_t i = 0;
    const cJSON *it;
    cJSON_ArrayForEach(it, arr)
    {
        if (!cJSON_IsString(it)) {
            err_set(err, "%s[%zu] must be a string", where, i);
            free(v);
            return -1;
        }
        v[i] = own(r, it->valuestring, err);
        if (!v[i]) {
            free(v);
            return -1;
        }
        i++;
    }
    *out = v;
    *n = count;
    return 0;
}

/* The pooled pattern for this source, added if new. */
static compiled *intern(rules *r, const char *source, int caseful, char *err)
{
    if ((r->n_pool + 1) * 2 > r->n_index) {
        size_t n = r->n_index ? r->n_index * 2 : 1024;
        size_t *idx = xcalloc(n, sizeof *idx, err);
        if (!idx)
            return NULL;
        for (size_t k = 0; k < r->n_pool; k++) {
            size_t h = (size_t)(str_hash(r->pool[k]->source) & (n - 1));
            while (idx[h])
                h = (h + 1) & (n - 1);
            idx[h] = k + 1;
        }
        free(r->pool_index);
        r->pool_index = idx;
        r->n_index = n;
    }
    size_t h = (size_t)(str_hash(source) & (r->n_index - 1));
    while (r->pool_index[h]) {
        compiled *c = r->pool[r->pool_index[h] - 1];
        if (c->caseful == caseful && strcmp(c->source, source) == 0)
            return c;
        h = (h + 1) & (r->n_index - 1);
    }
    if (r->n_pool == r->cap_pool) {
        size_t cap = r->cap_pool ? r->cap_pool * 2 : 256;
        compiled **v = xrealloc(r->pool, cap * sizeof *v, err);
        if (!v)
            return NULL;
        r->pool = v;
        r->cap_pool = cap;
    }
    compiled *c = xcalloc(1, sizeof *c, err);
    if (!c || !(c->source = own(r, source, err))) {
        free(c);
        return NULL;
    }
    c->caseful = caseful;
    c->phrase_group = -1;
    c->id = r->n_pool;
    r->pool[r->n_pool++] = c;
    r->pool_index[h] = r->n_pool;
    return c;
}

/* Raw (unexpanded) pattern text -> pooled pattern, for the pack being
 * loaded (cleared per pack: another pack's macros may differ) and for one
 * case flag (both are part of the key). */
typedef struct raw_entry {
    const char *raw;
    int caseful;
    compiled *c;
} raw_entry;

static compiled *raw_find(rules *r, const char *raw, int caseful)
{
    if (!r->raw_n)
        return NULL;
    size_t h = (size_t)(str_hash(raw) & (r->raw_n - 1));
    while (r->raw[h].raw) {
        if (r->raw[h].caseful == caseful && strcmp(r->raw[h].raw, raw) == 0)
            return r->raw[h].c;
        h = (h + 1) & (r->raw_n - 1);
    }
    return NULL;
}

static int raw_put(rules *r, const char *raw, int caseful, compiled *c, char *err)
{
    if ((r->raw_used + 1) * 2 > r->raw_n) {
        size_t n = r->raw_n ? r->raw_n * 2 : 1024;
        raw_entry *t = xcalloc(n, sizeof *t, err);
        if (!t)
            return -1;
        for (size_t k = 0; k < r->raw_n; k++)
            if (r->raw[k].raw) {
                size_t h = (size_t)(str_hash(r->raw[k].raw) & (n - 1));
                while (t[h].raw)
                    h = (h + 1) & (n - 1);
                t[h] = r->raw[k];
            }
        free(r->raw);
        r->raw = t;
        r->raw_n = n;
    }
    size_t h = (size_t)(str_hash(raw) & (r->raw_n - 1));
    while (r->raw[h].raw)
        h = (h + 1) & (r->raw_n - 1);
    r->raw[h].raw = raw;
    r->raw[h].caseful = caseful;
    r->raw[h].c = c;
    r->raw_used++;
    return 0;
}

static unsigned char fold(unsigned char c) { return c >= 'A' && c <= 'Z' ? (unsigned char)(c + 32) : c; }

/* The prefilter reads ASCII punctuation and white space as a space, in
 * anchors and text alike, so " ai " finds "AI." and "(AI)" (a prefilter
 * may say yes too often, never too rarely). Apostrophes and hyphens stay
 * themselves: they belong to words ("don't", "opt-out"). */
static unsigned char anchor_byte(unsigned char c)
{
    int word = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '\'' || c == '-';
    return c < 0x80 && !word ? ' ' : fold(c);
}

static int gate_from_json(rules *r, const cJSON *groups, int nested, uint32_t **out, const char *where, char *err);

/* A pattern entry is a string, or {"pattern": "...", "requires": [words]}:
 * then it runs only on sentences holding one of the words (checked like
 * anchors, far cheaper than a regular expression). */
static int load_patterns(rules *r, const cJSON *defines, const cJSON *arr, int caseful, pattern **out, size_t *n,
                         const char *where, int required, char *err)
{
    *out = NULL;
    *n = 0;
    if (!arr) {
        if (required) {
            err_set(err, "%s is missing", where);
            return -1;
        }
        return 0;
    }
    if (!cJSON_IsArray(arr) || (required && cJSON_GetArraySize(arr) == 0)) {
        err_set(err, "%s must be a%s array of patterns", where, required ? " non-empty" : "n");
        return -1;
    }
    size_t count = (size_t)cJSON_GetArraySize(arr);
    if (count == 0)
        return 0;
    pattern *p = xcalloc(count, sizeof *p, err);
    if (!p)
        return -1;
    size_t i = 0;
    const cJSON *it;
    cJSON_ArrayForEach(it, arr)
    {
        /* where this pattern is, for messages: written only when needed
         * (formatting it for each of thousands of patterns cost ~10% of a
         * cold start) */
        char w[600];
        w[0] = '\0';
#define PATTERN_WHERE() (w[0] ? w : (snprintf(w, sizeof w, "%s[%zu]", where, i), w))
        const cJSON *src = it;
        if (cJSON_IsObject(it)) {
            src = cJSON_GetObjectItemCaseSensitive(it, "pattern");
            char wr[640];
            snprintf(wr, sizeof wr, "%s.requires", PATTERN_WHERE());
            if (gate_from_json(r, cJSON_GetObjectItemCaseSensitive(it, "requires"), 0, &p[i].gate, wr, err) < 0)
                goto fail;
        }
        if (!cJSON_IsString(src)) {
            err_set(err, "%s must be a string, or an object with a \"pattern\" string", PATTERN_WHERE());
            goto fail;
        }
        const char *raw = own(r, src->valuestring, err);
        if (!raw)
            goto fail;
        /* the same macro text within one pack expands to the same pattern:
         * look it up before expanding (packs reuse `unless` lists a lot) */
        if ((p[i].c = raw_find(r, raw, caseful)) == NULL) {
            buf b = BUF_INIT;
            if (expand(defines, raw, &b, 0, PATTERN_WHERE(), err) < 0) {
                buf_free(&b);
                goto fail;
            }
            p[i].c = intern(r, b.data ? b.data : "", caseful, err);
            buf_free(&b);
            if (!p[i].c || raw_put(r, raw, caseful, p[i].c, err) < 0)
                goto fail;
        }
#undef PATTERN_WHERE
        i++;
    }
    *out = p;
    *n = count;
    return 0;
fail:
    for (size_t k = 0; k <= i && k < count; k++)
        free(p[k].gate);
    free(p);
    return -1;
}

/* The index of the rule with this id, or r->n. Rule ids are few hundred:
 * a small open-addressing table keeps the duplicate check linear. */
static size_t rule_by_id(const rules *r, const char *id)
{
    if (!r->id_index)
        return r->n;
    size_t h = (size_t)(str_hash(id) & (r->n_id_index - 1));
    while (r->id_index[h]) {
        size_t k = r->id_index[h] - 1;
        if (strcmp(r->v[k].info.id, id) == 0)
            return k;
        h = (h + 1) & (r->n_id_index - 1);
    }
    return r->n;
}

static int index_rule_id(rules *r, size_t k, char *err)
{
    if ((k + 1) * 2 > r->n_id_index) {
        size_t n = r->n_id_index ? r->n_id_index * 2 : 512;
        size_t *idx = xcalloc(n, sizeof *idx, err);
        if (!idx)
            return -1;
        free(r->id_index);
        r->id_index = idx;
        r->n_id_index = n;
        for (size_t j = 0; j < k; j++) {
            size_t h = (size_t)(str_hash(r->v[j].info.id) & (n - 1));
            while (idx[h])
                h = (h + 1) & (n - 1);
            idx[h] = j + 1;
        }
    }
    size_t h = (size_t)(str_hash(r->v[k].info.id) & (r->n_id_index - 1));
    while (r->id_index[h])
        h = (h + 1) & (r->n_id_index - 1);
    r->id_index[h] = k + 1;
    return 0;
}

/* A rule's examples: checked always (a non-empty array of strings), kept
 * only when asked (a cold start does not copy a thousand sentences). */
static int examples_of(rules *r, const cJSON *arr, int keep, char ***out, size_t *n, const char *where, char *err)
{
    if (keep)
        return string_array(r, arr, out, n, where, 1, err);
    *out = NULL;
    *n = 0;
    if (!cJSON_IsArray(arr) || cJSON_GetArraySize(arr) == 0) {
        err_set(err, "%s must be a non-empty array of strings", where);
        return -1;
    }
    const cJSON *it;
    cJSON_ArrayForEach(it, arr)
    {
        if (!cJSON_IsString(it)) {
            err_set(err, "%s[%zu] must be a string", where, *n);
            return -1;
        }
        (*n)++;
    }
    return 0;
}

static int add_rule(rules *r, char *err)
{
    if (r->n == r->cap) {
        size_t cap = r->cap ? r->cap * 2 : 64;
        rule *v = xrealloc(r->v, cap * sizeof *v, err);
        if (!v)
            return -1;
        r->v = v;
        r->cap = cap;
    }
    memset(&r->v[r->n], 0, sizeof r->v[r->n]);
    return 0;
}

static const char *str_field(const cJSON *o, const char *key)
{
    const cJSON *v = cJSON_GetObjectItemCaseSensitive(o, key);
    return cJSON_IsString(v) ? v->valuestring : NULL;
}

/* "requires": ["a", "b"] is one group; [["a", "b"], ["c"]] is two. Every
 * group must have a word in the sentence for the rule to run. */
static int load_requires(rules *r, rule *ru, const cJSON *req, const char *where, char *err)
{
    ru->requires = NULL;
    ru->req_group = NULL;
    ru->n_requires = 0;
    ru->n_groups = 0;
    if (!req)
        return 0;
    if (!cJSON_IsArray(req) || cJSON_GetArraySize(req) == 0) {
        err_set(err, "%s must be a non-empty array of strings, or of arrays of strings", where);
        return -1;
    }
    int nested = cJSON_IsArray(cJSON_GetArrayItem(req, 0));
    const cJSON *groups[RULES_MAX_GROUPS];
    size_t n_groups = 0, total = 0;
    if (nested) {
        const cJSON *g;
        cJSON_ArrayForEach(g, req)
        {
            if (!cJSON_IsArray(g) || n_groups == RULES_MAX_GROUPS) {
                err_set(err, "%s: at most %d groups, each an array of strings", where, RULES_MAX_GROUPS);
                return -1;
            }
            groups[n_groups++] = g;
            total += (size_t)cJSON_GetArraySize(g);
        }
    } else {
        groups[n_groups++] = req;
        total = (size_t)cJSON_GetArraySize(req);
    }
    ru->requires = xcalloc(total + 1, sizeof *ru->requires, err);
    ru->req_group = xcalloc(total + 1, 1, err);
    if (!ru->requires || !ru->req_group)
        return -1;
    for (size_t g = 0; g < n_groups; g++) {
        char **words;
        size_t n;
        if (string_array(r, groups[g], &words, &n, where, 1, err) < 0)
            return -1;
        for (size_t k = 0; k < n; k++) {
            ru->requires[ru->n_requires] = words[k];
            ru->req_group[ru->n_requires] = (unsigned char)(g + 1);
            ru->n_requires++;
        }
        free(words);
    }
    ru->n_groups = (unsigned)n_groups;
    return 0;
}

/* The id of a gate word, added if new. */
static int gate_word(rules *r, const char *word, uint32_t *id, char *err)
{
    if ((r->n_gwords + 1) * 2 > r->n_gw_index) {
        size_t n = r->n_gw_index ? r->n_gw_index * 2 : 1024;
        size_t *idx = xcalloc(n, sizeof *idx, err);
        if (!idx)
            return -1;
        for (size_t k = 0; k < r->n_gwords; k++) {
            size_t h = (size_t)(str_hash(r->gwords[k]) & (n - 1));
            while (idx[h])
                h = (h + 1) & (n - 1);
            idx[h] = k + 1;
        }
        free(r->gw_index);
        r->gw_index = idx;
        r->n_gw_index = n;
    }
    size_t h = (size_t)(str_hash(word) & (r->n_gw_index - 1));
    for (; r->gw_index[h]; h = (h + 1) & (r->n_gw_index - 1))
        if (strcmp(r->gwords[r->gw_index[h] - 1], word) == 0) {
            *id = (uint32_t)(r->gw_index[h] - 1);
            return 0;
        }
    if (r->n_gwords == r->cap_gwords) {
        size_t cap = r->cap_gwords ? r->cap_gwords * 2 : 256;
        char **v = xrealloc(r->gwords, cap * sizeof *v, err);
        if (!v)
            return -1;
        r->gwords = v;
        r->cap_gwords = cap;
    }
    char *w = own(r, word, err);
    if (!w)
        return -1;
    r->gwords[r->n_gwords] = w;
    r->gw_index[h] = r->n_gwords + 1;
    *id = (uint32_t)r->n_gwords++;
    return 0;
}

/* A gate (see GATE_END) from JSON: one group of words (nested = 0: the
 * `requires` of a pattern entry) or an array of groups (the pack's "gates").
 * Words are lower case and read as the folded sentence holds them
 * (punctuation as a space). */
static int gate_from_json(rules *r, const cJSON *groups, int nested, uint32_t **out, const char *where, char *err)
{
    *out = NULL;
    size_t n_groups = nested ? (size_t)cJSON_GetArraySize(groups) : 1, total = 1;
    for (size_t g = 0; g < n_groups; g++) {
        const cJSON *grp = nested ? cJSON_GetArrayItem(groups, (int)g) : groups;
        if (!cJSON_IsArray(grp) || cJSON_GetArraySize(grp) == 0) {
            err_set(err, "%s: each group is a non-empty array of words", where);
            return -1;
        }
        total += (size_t)cJSON_GetArraySize(grp) + 1;
    }
    uint32_t *ids = xmalloc(total * sizeof *ids, err);
    if (!ids)
        return -1;
    size_t k = 0;
    for (size_t g = 0; g < n_groups; g++) {
        const cJSON *grp = nested ? cJSON_GetArrayItem(groups, (int)g) : groups, *w;
        cJSON_ArrayForEach(w, grp)
        {
            char word[128];
            size_t wl = cJSON_IsString(w) ? strlen(w->valuestring) : 0;
            if (wl == 0 || wl >= sizeof word) {
                err_set(err, "%s: words are strings of 1 to %zu bytes", where, sizeof word - 1);
                free(ids);
                return -1;
            }
            for (size_t b = 0; b <= wl; b++) {
                unsigned char ch = (unsigned char)w->valuestring[b];
                if (ch != fold(ch)) {
                    err_set(err, "%s: \"%s\" must be lower case", where, w->valuestring);
                    free(ids);
                    return -1;
                }
                word[b] = ch ? (char)anchor_byte(ch) : '\0';
            }
            if (gate_word(r, word, &ids[k++], err) < 0) {
                free(ids);
                return -1;
            }
        }
        ids[k++] = GATE_END;
    }
    ids[k] = GATE_END; /* an empty group: the end */
    *out = ids;
    return 0;
}

static uint16_t tri_hash(const unsigned char *t)
{
    uint32_t h = ((uint32_t)t[0] << 16 | (uint32_t)t[1] << 8 | t[2]) * 0x9E3779B1u;
    return (uint16_t)(h >> (32 - 12)); /* TRI_BITS = 1 << 12 */
}

/* Every gate word's trigram hashes, for the matcher's quick "not here". */
static int index_trigrams(rules *r, char *err)
{
    size_t total = 0;
    for (size_t k = 0; k < r->n_gwords; k++) {
        size_t l = strlen(r->gwords[k]);
        total += l >= 3 ? l - 2 : 0;
    }
    free(r->gw_tri);
    free(r->tri);
    r->gw_tri = xmalloc((r->n_gwords + 1) * sizeof *r->gw_tri, err);
    r->tri = xmalloc((total + 1) * sizeof *r->tri, err);
    if (!r->gw_tri || !r->tri)
        return -1;
    size_t at = 0;
    for (size_t k = 0; k < r->n_gwords; k++) {
        r->gw_tri[k] = (uint32_t)at;
        const unsigned char *w = (const unsigned char *)r->gwords[k];
        for (size_t i = 0; w[i] && w[i + 1] && w[i + 2]; i++)
            r->tri[at++] = tri_hash(w + i);
    }
    r->gw_tri[r->n_gwords] = (uint32_t)at;
    return 0;
}

/* "gates": [[rule, "patterns" or "unless", entry, [[words], ...]], ...]:
 * words the pattern of that entry (of the pack's rule number `rule`, from 0)
 * cannot match without, one of each group, derived from the pattern by the
 * pack's generator (tools/gatelib.py). The pattern, shared by every entry
 * with the same text, then runs only on sentences that hold them. */
static int load_gates(rules *r, const cJSON *gates, size_t base, size_t n_rules, const char *path, char *err)
{
    if (!gates)
        return 0;
    if (!cJSON_IsArray(gates)) {
        err_set(err, "%s: \"gates\" must be an array", path);
        return -1;
    }
    size_t i = 0;
    const cJSON *g;
    cJSON_ArrayForEach(g, gates)
    {
        const cJSON *ri = cJSON_GetArrayItem(g, 0), *kind = cJSON_GetArrayItem(g, 1), *ki = cJSON_GetArrayItem(g, 2),
                    *req = cJSON_GetArrayItem(g, 3);
        compiled *c = NULL;
        if (cJSON_IsArray(g) && cJSON_GetArraySize(g) == 4 && cJSON_IsNumber(ri) && cJSON_IsString(kind) &&
            cJSON_IsNumber(ki) && ri->valuedouble >= 0 && ri->valuedouble < (double)n_rules && ki->valuedouble >= 0) {
            const rule *ru = &r->v[base + (size_t)ri->valuedouble];
            size_t k = (size_t)ki->valuedouble;
            if (strcmp(kind->valuestring, "patterns") == 0 && k < ru->n_patterns)
                c = ru->patterns[k].c;
            else if (strcmp(kind->valuestring, "unless") == 0 && k < ru->n_unless)
                c = ru->unless[k].c;
        }
        if (!c) {
            err_set(err, "%s: gates[%zu] must be [rule, \"patterns\" or \"unless\", entry, groups] naming an entry "
                         "of this pack", path, i);
            return -1;
        }
        if (!cJSON_IsArray(req) || cJSON_GetArraySize(req) == 0 || cJSON_GetArraySize(req) > GATE_MAX_GROUPS) {
            err_set(err, "%s: gates[%zu]: 1 to %d groups of words", path, i, GATE_MAX_GROUPS);
            return -1;
        }
        char where[600];
        snprintf(where, sizeof where, "%s: gates[%zu]", path, i);
        uint32_t *ids;
        if (gate_from_json(r, req, 1, &ids, where, err) < 0)
            return -1;
        if (c->gate) /* the same pattern gated by an earlier pack: both gates hold, keep one */
            free(ids);
        else
            c->gate = ids;
        i++;
    }
    return 0;
}

static int load_pack(rules *r, const char *path, const rules_opts *opts, const rules_opts *dflt,
                     const sign_keyring *kr, char *err)
{
    char *data;
    size_t len;
    if (!opts)
        opts = dflt;
    /* raw pattern text means the same only within one pack's macros */
    if (r->raw)
        memset(r->raw, 0, r->raw_n * sizeof *r->raw);
    r->raw_used = 0;
    if (read_whole(path, &data, &len, err) < 0)
        return -1;
    /* one hash of the bytes serves the signature and the digest */
    unsigned char hash[SIGN_HASH_BYTES];
    sign_pack_hash(data, len, hash);
    int signed_ok = 0;
    if (sign_check_pack(kr, path, hash, opts->allow_unsigned, &signed_ok, err) < 0) {
        free(data);
        return -1;
    }
    /* what was loaded: history tells findings of other rules apart by it,
     * and precompiled patterns are used only for the very same packs, so a
     * hash no one can steer (BLAKE2b, chained pack by pack) */
    unsigned char link[32 + SIGN_HASH_BYTES];
    memcpy(link, r->chain, 32);
    memcpy(link + 32, hash, SIGN_HASH_BYTES);
    crypto_generichash(r->chain, 32, link, sizeof link, NULL, 0);
    r->digest = 0;
    for (int k = 7; k >= 0; k--)
        r->digest = (r->digest << 8) | r->chain[k];
    const char *json_end = NULL;
    /* the tree lives in an arena, dropped whole at the end (a pack is tens
     * of thousands of small nodes: malloc and free one by one cost a cold
     * start about 2 ms) */
    arena *tree = arena_new(256 * 1024);
    if (!tree) {
        free(data);
        err_set(err, "%s: out of memory", path);
        return -1;
    }
    arena_json_begin(tree);
    cJSON *root = cJSON_ParseWithLengthOpts(data, len, &json_end, 0);
    arena_json_end();
    /* nothing but white space may follow the pack */
    while (root && json_end < data + len && (*json_end == ' ' || *json_end == '\n' || *json_end == '\r' || *json_end == '\t'))
        json_end++;
    if (root && json_end != data + len)
        root = NULL;
    size_t at = json_end && json_end >= data ? (size_t)(json_end - data) : 0;
    free(data);
    if (!root) {
        arena_free(tree);
        err_set(err, "%s: not valid JSON (near byte %zu)", path, at);
        return -1;
    }
    int rc = -1;
    const char *name = str_field(root, "pack");
    const char *version = str_field(root, "version");
    const cJSON *defines = cJSON_GetObjectItemCaseSensitive(root, "defines");
    const cJSON *arr = cJSON_GetObjectItemCaseSensitive(root, "rules");
    if (!cJSON_IsObject(root) || !name || !version || !cJSON_IsArray(arr)) {
        err_set(err, "%s: a pack needs \"pack\", \"version\" and a \"rules\" array", path);
        goto done;
    }
    if (defines && !cJSON_IsObject(defines)) {
        err_set(err, "%s: \"defines\" must be an object", path);
        goto done;
    }
    rules_pack_info *packs = xrealloc(r->packs, (r->n_packs + 1) * sizeof *packs, err);
    if (!packs)
        goto done;
    r->packs = packs;
    rules_pack_info *pk = &r->packs[r->n_packs];
    memset(pk, 0, sizeof *pk);
    const char *base = strrchr(path, '/');
    if (!(pk->name = own(r, name, err)) || !(pk->version = own(r, version, err)) ||
        !(pk->file = own(r, base ? base + 1 : path, err)))
        goto done;
    pk->signed_ok = signed_ok;
    r->n_packs++;
    const char *file = own(r, path, err);
    if (!file)
        goto done;

    size_t index = 0;
    const cJSON *jr;
    cJSON_ArrayForEach(jr, arr)
    {
        char where[512];
        const char *id = str_field(jr, "id");
        if (!cJSON_IsObject(jr) || !id) {
            err_set(err, "%s: rules[%zu] needs an \"id\"", path, index);
            goto done;
        }
        size_t dup = rule_by_id(r, id);
        for (size_t k = dup; k < r->n; k = r->n)
            if (strcmp(r->v[k].info.id, id) == 0) {
                err_set(err, "%s: rule %s: id used twice (also in %s)", path, id, r->v[k].info.file);
                goto done;
            }
        if (add_rule(r, err) < 0)
            goto done;
        rule *ru = &r->v[r->n];
        ru->info.file = file;
        ru->info.pack = pk->name;
        if (!(ru->info.id = own(r, id, err)))
            goto done;
        const char *label = str_field(jr, "label");
        const char *sev = str_field(jr, "severity");
        const char *expl = str_field(jr, "explanation");
        const char *hint = str_field(jr, "hint");
        ru->info.label = label ? label_from_name(label) : -1;
        if (ru->info.label < 0) {
            err_set(err, "%s: rule %s: unknown label \"%s\"", path, id, label ? label : "(missing)");
            goto done;
        }
        ru->info.severity = sev ? severity_from_name(sev) : -1;
        if (ru->info.severity < 0) {
            err_set(err, "%s: rule %s: severity must be high, medium, low or info", path, id);
            goto done;
        }
        if (!expl || !*expl) {
            err_set(err, "%s: rule %s: an \"explanation\" is required", path, id);
            goto done;
        }
        if (!(ru->info.explanation = own(r, expl, err)))
            goto done;
        if (hint && !(ru->info.hint = own(r, hint, err)))
            goto done;
        ru->caseful = cJSON_IsTrue(cJSON_GetObjectItemCaseSensitive(jr, "case_sensitive"));
        ru->info.fragment = cJSON_IsTrue(cJSON_GetObjectItemCaseSensitive(jr, "fragment"));
        ru->info.context_label = -1;
        const cJSON *ctx = cJSON_GetObjectItemCaseSensitive(jr, "after");
        if (ctx) {
            const char *cl = str_field(ctx, "label");
            const cJSON *win = cJSON_GetObjectItemCaseSensitive(ctx, "within");
            ru->info.context_label = cl ? label_from_name(cl) : -1;
            if (ru->info.context_label < 0 || (win && !cJSON_IsNumber(win))) {
                err_set(err, "%s: rule %s: \"after\" needs a known \"label\" and a numeric \"within\"", path, id);
                goto done;
            }
            /* range-check the double before converting: (int)1e300 is undefined */
            double within = win ? win->valuedouble : 1;
            if (!(within >= 1 && within <= 8)) {
                err_set(err, "%s: rule %s: \"after.within\" must be 1 to 8 sentences", path, id);
                goto done;
            }
            ru->info.context_window = (int)within;
        }
        const cJSON *sup = cJSON_GetObjectItemCaseSensitive(jr, "suppresses");
        if (sup) {
            const cJSON *s;
            if (!cJSON_IsArray(sup)) {
                err_set(err, "%s: rule %s: \"suppresses\" must be an array of labels", path, id);
                goto done;
            }
            cJSON_ArrayForEach(s, sup)
            {
                int l = cJSON_IsString(s) ? label_from_name(s->valuestring) : -1;
                if (l < 0) {
                    err_set(err, "%s: rule %s: \"suppresses\" names an unknown label", path, id);
                    goto done;
                }
                ru->info.suppresses |= 1u << l;
            }
        }
        snprintf(where, sizeof where, "%s: rule %s: patterns", path, id);
        if (load_patterns(r, defines, cJSON_GetObjectItemCaseSensitive(jr, "patterns"), ru->caseful, &ru->patterns,
                          &ru->n_patterns, where, 1, err) < 0)
            goto done;
        snprintf(where, sizeof where, "%s: rule %s: unless", path, id);
        if (load_patterns(r, defines, cJSON_GetObjectItemCaseSensitive(jr, "unless"), ru->caseful, &ru->unless,
                          &ru->n_unless, where, 0, err) < 0) {
            free(ru->patterns);
            goto done;
        }
        const cJSON *ex = cJSON_GetObjectItemCaseSensitive(jr, "examples");
        snprintf(where, sizeof where, "%s: rule %s: examples.match", path, id);
        char **tmp;
        size_t nt;
        /* every rule must have examples; only `rules test` needs their text */
        int ok = examples_of(r, cJSON_GetObjectItemCaseSensitive(ex, "match"), opts->examples, &tmp, &nt, where,
                             err) == 0;
        if (ok) {
            ru->match = tmp;
            ru->info.n_match = nt;
            snprintf(where, sizeof where, "%s: rule %s: examples.no_match", path, id);
            ok = examples_of(r, cJSON_GetObjectItemCaseSensitive(ex, "no_match"), opts->examples, &tmp, &nt, where,
                             err) == 0;
            if (ok) {
                ru->no_match = tmp;
                ru->info.n_no_match = nt;
            }
        }
        /* anchors are checked when the automaton is built */
        snprintf(where, sizeof where, "%s: rule %s: anchors", path, id);
        if (ok)
            ok = string_array(r, cJSON_GetObjectItemCaseSensitive(jr, "anchors"), &ru->anchors,
                              &ru->n_anchors, where, 1, err) == 0;
        snprintf(where, sizeof where, "%s: rule %s: requires", path, id);
        if (ok)
            ok = load_requires(r, ru, cJSON_GetObjectItemCaseSensitive(jr, "requires"), where, err) == 0;
        if (!ok) {
            free(ru->patterns);
            free(ru->unless);
            free(ru->match);
            free(ru->no_match);
            free(ru->anchors);
            free(ru->requires);
            free(ru->req_group);
            goto done;
        }
        if (r->n >= RULES_MAX) {
            err_set(err, "%s: more than %d rules", path, RULES_MAX);
            goto done;
        }
        if (index_rule_id(r, r->n, err) < 0)
            goto done;
        r->n++;
        index++;
    }
    if (load_gates(r, cJSON_GetObjectItemCaseSensitive(root, "gates"), r->n - index, index, path, err) < 0)
        goto done;
    pk->rules = index;
    rc = 0;
done:
    arena_free(tree); /* root and every node (never cJSON_Delete'd) */
    return rc;
}

/* ------------------------------------------------------------------------
 * The anchor automaton
 * ---------------------------------------------------------------------- */

static const char *anchor_at(const rule *ru, size_t a)
{
    return a < ru->n_anchors ? ru->anchors[a] : ru->requires[a - ru->n_anchors];
}


/*
 * The automaton is an Aho-Corasick trie with failure links, built at load in
 * time linear in the anchors' length; its DFA table (state x byte class ->
 * next state) is filled lazily, the first time a scan needs an entry. A
 * page touches few states, so a cold start pays only for those.
 *
 * A table entry is STEP_DONE | (next state's row offset << 1) | has-outputs;
 * 0 means "not computed yet".
 */
#define STEP_DONE 0x80000000u

static int automaton_tables(rules *r, char *err);

/* The child of trie state st by byte class k, + 1 (0: none). A state's
 * children are contiguous and sorted by class. */
static uint32_t trie_child(const rules *r, uint32_t st, size_t k)
{
    if (st == 0)
        return r->root_go[k];
    for (uint32_t e = r->child_start[st]; e < r->child_start[st + 1]; e++) {
        if (r->child_class[e] == k)
            return r->child_state[e] + 1;
        if (r->child_class[e] > k)
            break;
    }
    return 0;
}

typedef struct anchor_key {
    const unsigned char *cls; /* the word as byte classes, 0-terminated */
    uint32_t out;             /* rule * 8 + group (0: an anchor; 1..: a requires group) */
} anchor_key;

/* Sorts keys by their class strings, which agree on their first `depth`
 * classes: most-significant-digit radix sort (qsort's comparisons cost a
 * cold start over a millisecond), insertion sort for small runs. */
static void sort_keys(anchor_key *k, anchor_key *tmp, size_t n, size_t depth)
{
    if (n < 24) {
        for (size_t i = 1; i < n; i++) {
            anchor_key x = k[i];
            size_t j = i;
            while (j > 0 && strcmp((const char *)k[j - 1].cls + depth, (const char *)x.cls + depth) > 0) {
                k[j] = k[j - 1];
                j--;
            }
            k[j] = x;
        }
        return;
    }
    size_t count[256] = {0}, start[256];
    for (size_t i = 0; i < n; i++)
        count[k[i].cls[depth]]++;
    size_t at = 0;
    for (int c = 0; c < 256; c++) {
        start[c] = at;
        at += count[c];
    }
    for (size_t i = 0; i < n; i++)
        tmp[start[k[i].cls[depth]]++] = k[i];
    memcpy(k, tmp, n * sizeof *k);
    /* class 0 ends a word: those keys are equal, the others go on */
    size_t from = count[0];
    for (int c = 1; c < 256; from += count[c], c++)
        if (count[c] > 1)
            sort_keys(k + from, tmp, count[c], depth + 1);
}

static int build_automaton(rules *r, char *err)
{
    /* byte classes: one per distinct (folded) byte used by an anchor, and
     * one for the space every other ASCII byte stands for */
    memset(r->cls, 0, sizeof r->cls);
    r->cls[' '] = 1;
    r->n_cls = 2;
    size_t total = 1, n_pairs = 0, longest = 0;
    for (size_t i = 0; i < r->n; i++)
        for (size_t a = 0; a < r->v[i].n_anchors + r->v[i].n_requires; a++) {
            const char *word = anchor_at(&r->v[i], a);
            const unsigned char *s = (const unsigned char *)word;
            if (!*s) {
                err_set(err, "%s: rule %s: an anchor is empty", r->v[i].info.file, r->v[i].info.id);
                return -1;
            }
            size_t len = 0;
            for (; *s; s++, len++) {
                if (*s != fold(*s)) {
                    err_set(err, "%s: rule %s: anchor \"%s\" must be lower case", r->v[i].info.file,
                            r->v[i].info.id, word);
                    return -1;
                }
                unsigned char b = anchor_byte(*s);
                if (!r->cls[b])
                    r->cls[b] = (unsigned char)r->n_cls++;
                total++;
            }
            if (len > longest)
                longest = len;
            n_pairs++;
        }
    if (r->n_cls > 255) {
        err_set(err, "anchors use too many distinct bytes");
        return -1;
    }
    for (int c = 0; c < 0x80; c++)
        r->cls[c] = r->cls[anchor_byte((unsigned char)c)];
    for (int c = 'A'; c <= 'Z'; c++)
        r->cls[c] = r->cls[c + 32];
    size_t nc = r->n_cls;
    if (total * nc >= (STEP_DONE >> 1)) {
        err_set(err, "anchors are too many for the prefilter (%zu states)", total);
        return -1;
    }
    /* The trie, built from the words in sorted order (as byte classes): a
     * word shares the states of its common prefix with the word before it,
     * so building needs no lookups, and each state's children come out in
     * class order. Stored sparse (children contiguous per state; the root's
     * by class): a dense state x class table cost a cold start megabytes of
     * page faults. */
    anchor_key *keys = xmalloc((n_pairs + 1) * sizeof *keys, err);
    unsigned char *classes = xmalloc(total + n_pairs + 1, err);
    uint32_t *parent = xmalloc(total * sizeof *parent, err);
    unsigned char *pclass = xmalloc(total, err);
    r->longest_anchor = longest;
    uint32_t *path = xmalloc((longest + 1) * sizeof *path, err);
    uint32_t *pair_state = xmalloc((n_pairs + 1) * sizeof *pair_state, err);
    uint32_t *fail = xcalloc(total, sizeof *fail, err);
    uint32_t *queue = xmalloc(total * sizeof *queue, err);
    uint32_t *own_start = xcalloc(total + 1, sizeof *own_start, err);
    uint32_t *own_len = xcalloc(total + 1, sizeof *own_len, err);
    uint32_t *own_rules = xmalloc((n_pairs + 1) * sizeof *own_rules, err);
    r->child_start = xcalloc(total + 1, sizeof *r->child_start, err);
    r->child_state = xmalloc(total * sizeof *r->child_state, err);
    r->child_class = xmalloc(total, err);
    memset(r->root_go, 0, sizeof r->root_go);
    int ok = keys && classes && parent && pclass && path && pair_state && fail && queue && own_start && own_len &&
             own_rules && r->child_start && r->child_state && r->child_class;
    size_t p = 0, at = 0;
    for (size_t i = 0; ok && i < r->n; i++)
        for (size_t a = 0; a < r->v[i].n_anchors + r->v[i].n_requires; a++) {
            keys[p].cls = classes + at;
            for (const unsigned char *s = (const unsigned char *)anchor_at(&r->v[i], a); *s; s++)
                classes[at++] = r->cls[*s];
            classes[at++] = 0;
            /* outputs are rule * 8 + group: 0 for an anchor, 1.. for a
             * `requires` group */
            keys[p].out = (uint32_t)(i * 8 + (a < r->v[i].n_anchors ? 0 : r->v[i].req_group[a - r->v[i].n_anchors]));
            p++;
        }
    if (ok) {
        anchor_key *tmp = xmalloc((n_pairs + 1) * sizeof *tmp, err);
        ok = tmp != NULL;
        if (ok)
            sort_keys(keys, tmp, n_pairs, 0);
        free(tmp);
    }
    size_t states = 1;
    if (ok)
        path[0] = 0;
    for (size_t q = 0; ok && q < n_pairs; q++) {
        const unsigned char *w = keys[q].cls, *prev = q ? keys[q - 1].cls : (const unsigned char *)"";
        size_t d = 0;
        while (w[d] && w[d] == prev[d])
            d++;
        for (; w[d]; d++) {
            parent[states] = path[d];
            pclass[states] = w[d];
            path[d + 1] = (uint32_t)states++;
        }
        pair_state[q] = path[d];
    }
    /* children, contiguous per state: states were made in sorted order, so
     * each state's children are already in class order */
    for (size_t s = 1; ok && s < states; s++)
        r->child_start[parent[s] + 1]++;
    for (size_t s = 1; ok && s <= states; s++)
        r->child_start[s] += r->child_start[s - 1];
    for (size_t s = 1; ok && s < states; s++) {
        uint32_t e = r->child_start[parent[s]] + own_len[parent[s]]++; /* own_len: a fill count for now */
        r->child_state[e] = (uint32_t)s;
        r->child_class[e] = pclass[s];
        if (parent[s] == 0)
            r->root_go[pclass[s]] = (uint32_t)s + 1;
    }
    if (ok)
        memset(own_len, 0, (total + 1) * sizeof *own_len);
    /* group the (state, rule) pairs by state: a counting sort */
    for (size_t q = 0; ok && q < n_pairs; q++)
        own_len[pair_state[q]]++;
    for (size_t st = 1; ok && st < states; st++)
        own_start[st] = own_start[st - 1] + own_len[st - 1];
    if (ok) {
        uint32_t *fill = xcalloc(states, sizeof *fill, err);
        ok = fill != NULL;
        for (size_t q = 0; ok && q < n_pairs; q++)
            own_rules[own_start[pair_state[q]] + fill[pair_state[q]]++] = keys[q].out;
        free(fill);
    }
    /* breadth-first over the trie: failure links, merged outputs */
    r->out_start = ok ? xcalloc(states, sizeof *r->out_start, err) : NULL;
    r->out_len = ok ? xcalloc(states, sizeof *r->out_len, err) : NULL;
    size_t pool_cap = n_pairs * 2 + 16, pool_n = 0;
    uint32_t *pool = ok ? xmalloc(pool_cap * sizeof *pool, err) : NULL;
    ok = ok && r->out_start && r->out_len && pool;
    size_t qh = 0, qt = 0;
    if (ok)
        queue[qt++] = 0;
    while (ok && qh < qt) {
        uint32_t st = queue[qh++];
        /* this state's outputs: its own plus its failure state's (which is
         * shallower, so already complete) */
        size_t need = own_len[st] + (st ? r->out_len[fail[st]] : 0);
        if (pool_n + need > pool_cap) {
            while (pool_n + need > pool_cap)
                pool_cap *= 2;
            uint32_t *np = xrealloc(pool, pool_cap * sizeof *pool, err);
            if (!np) {
                ok = 0;
                break;
            }
            pool = np;
        }
        size_t begin = pool_n;
        for (uint32_t q = 0; q < own_len[st]; q++)
            pool[pool_n++] = own_rules[own_start[st] + q];
        if (st)
            for (uint32_t q = 0; q < r->out_len[fail[st]]; q++)
                pool[pool_n++] = pool[r->out_start[fail[st]] + q];
        r->out_start[st] = (uint32_t)begin;
        r->out_len[st] = (uint32_t)(pool_n - begin);
        /* children: the failure link of child c via class k is the state
         * reached from fail(st) via k (following failure links) */
        for (uint32_t e = r->child_start[st]; e < r->child_start[st + 1]; e++) {
            uint32_t child = r->child_state[e];
            size_t k = r->child_class[e];
            uint32_t f = 0;
            if (st) {
                uint32_t g = fail[st];
                for (;;) {
                    uint32_t t = trie_child(r, g, k);
                    if (t) {
                        f = t - 1;
                        break;
                    }
                    if (!g)
                        break;
                    g = fail[g];
                }
            }
            fail[child] = f;
            queue[qt++] = child;
        }
    }
    free(keys);
    free(classes);
    free(parent);
    free(pclass);
    free(path);
    free(queue);
    free(pair_state);
    free(own_start);
    free(own_len);
    free(own_rules);
    if (!ok) {
        free(fail);
        free(pool);
        err_set(err, "out of memory building the anchor automaton");
        return -1;
    }
    r->out_rules = pool;
    r->fail = fail;
    r->n_states = states;
    r->n_edges = states - 1;
    r->n_out = pool_n;
    return automaton_tables(r, err);
}

/* What every automaton needs beyond its arrays, built or precompiled: the
 * DFA table and the rules each requires group applies to. */
static int automaton_tables(rules *r, char *err)
{
    /* the DFA table, filled on demand (zero pages until then) */
    r->step = xcalloc(r->n_states * r->n_cls, sizeof *r->step, err);
    r->bitset_words = (r->n + 63) / 64;
    for (int g = 0; r->step && g < RULES_MAX_GROUPS; g++) {
        r->needs_req[g] = xcalloc(r->bitset_words ? r->bitset_words : 1, sizeof *r->needs_req[g], err);
        if (!r->needs_req[g])
            return -1;
    }
    if (!r->step)
        return -1;
    for (size_t i = 0; i < r->n; i++)
        for (unsigned g = 0; g < r->v[i].n_groups; g++)
            r->needs_req[g][i >> 6] |= 1ULL << (i & 63);
    return 0;
}

/* The DFA entry for (state, class), computed from the trie and failure
 * links the first time it is needed. */
static uint32_t step_fill(rules *r, uint32_t st, size_t k)
{
    size_t nc = r->n_cls;
    uint32_t *e = &r->step[(size_t)st * nc + k];
    if (*e)
        return *e;
    uint32_t t = trie_child(r, st, k), next;
    if (t)
        next = t - 1; /* a trie edge */
    else if (st == 0)
        next = 0;     /* the root stays put */
    else              /* where the failure state goes (shallower: bounded recursion) */
        next = (uint32_t)(((step_fill(r, r->fail[st], k) & ~STEP_DONE) >> 1) / nc);
    *e = STEP_DONE | (uint32_t)((next * nc) << 1) | (r->out_len[next] ? 1u : 0u);
    return *e;
}

void rules_prefilter(const rules *r_const, const char *s, size_t n, uint64_t *cand)
{
    /* the DFA table fills as it is used: the only state a scan changes
     * (rules_prefilter is not for concurrent use on one rules set) */
    rules *r = (rules *)(uintptr_t)r_const;
    const unsigned char *u = (const unsigned char *)s;
    const unsigned char *cls = r->cls;
    size_t nc = r->n_cls, words = r->bitset_words;
    /* hit[0] is cand itself; hit[g] the rules whose requires group g hit */
    uint64_t req[RULES_MAX_GROUPS][RULES_MAX / 64];
    uint64_t *hit[RULES_MAX_GROUPS + 1] = {cand, req[0], req[1], req[2], req[3]};
    for (int g = 0; g < RULES_MAX_GROUPS; g++)
        memset(req[g], 0, words * sizeof req[g][0]);
    /* A space before and after the sentence, so " ai " finds "AI" at
     * either end too. */
    uint32_t row = (step_fill(r, 0, cls[' ']) & ~STEP_DONE) >> 1;
    uint32_t *step = r->step;
    for (size_t i = 0; i <= n; i++) {
        unsigned char b = i < n ? u[i] : ' ';
        if (b >= 0xC2) {
            /* see what the patterns see: a no-break space, curly quote or
             * dash counts as its ASCII stand-in (text_normalize) */
            size_t len;
            char plain = text_plain_char(s + i, n - i, &len);
            if (plain == TEXT_DROP) {
                i += len - 1;
                continue;
            }
            if (plain) {
                b = (unsigned char)plain;
                i += len - 1;
            }
        }
        uint32_t v = step[row + cls[b]];
        if (!v)
            v = step_fill(r, (uint32_t)(row / nc), cls[b]);
        row = (v & ~STEP_DONE) >> 1;
        if (v & 1) {
            size_t st = row / nc;
            const uint32_t *o = r->out_rules + r->out_start[st];
            for (uint32_t k = 0; k < r->out_len[st]; k++) {
                uint32_t ri = o[k] >> 3;
                hit[o[k] & 7][ri >> 6] |= 1ULL << (ri & 63);
            }
        }
    }
    /* a rule with `requires` groups needs a hit in every one of them */
    for (int g = 0; g < RULES_MAX_GROUPS; g++)
        for (size_t w = 0; w < words; w++)
            cand[w] &= ~r->needs_req[g][w] | req[g][w];
}

size_t rules_bitset_words(const rules *r) { return r->bitset_words ? r->bitset_words : 1; }

/* ------------------------------------------------------------------------
 * Loading a directory, freeing, accessors
 * ---------------------------------------------------------------------- */

static rules *rules_new(char *err)
{
    rules *r = xcalloc(1, sizeof *r, err);
    if (!r)
        return NULL;
    r->mem = arena_new(256 * 1024);
    if (!r->mem) {
        free(r);
        err_set(err, "out of memory");
        return NULL;
    }
    /* JIT (~85 us a pattern here) pays off only for patterns a page uses
     * often: on a 64 KB policy, 32 uses instead of 16 answers the first
     * analyze 4 ms sooner with the same 100 KB page time (bench/coldstart.py;
     * SMALLPRINT_JIT_AFTER=N to compare) */
    r->jit_after = 32;
    if (sodium_init() < 0) { /* BLAKE2b for the digest (load_pack) */
        err_set(err, "libsodium could not start (sodium_init failed)");
        arena_free(r->mem);
        free(r);
        return NULL;
    }
    /* for tests of the packs' generator (tools/gatelib.py): see rules.h */
    r->gate_check = getenv("SMALLPRINT_GATE_CHECK") != NULL;
    const char *j = getenv("SMALLPRINT_JIT_AFTER");
    if (j && *j)
        r->jit_after = (unsigned)strtoul(j, NULL, 10);
    return r;
}

static void use_precompiled(rules *r, const rules_precompiled *pc);

/* The precompiled automaton of these very packs, in place (rules.h). */
static int use_automaton(rules *r, const rules_automaton_image *img, char *err)
{
    memcpy(r->cls, img->cls, sizeof r->cls);
    memcpy(r->root_go, img->root_go, sizeof r->root_go);
    r->n_cls = img->n_cls;
    r->n_states = img->n_states;
    r->n_edges = img->n_edges;
    r->n_out = img->n_out;
    r->longest_anchor = img->longest_anchor;
    /* read-only from here on (step_fill and the prefilter only read them) */
    r->child_start = (uint32_t *)(uintptr_t)img->child_start;
    r->child_state = (uint32_t *)(uintptr_t)img->child_state;
    r->child_class = (unsigned char *)(uintptr_t)img->child_class;
    r->fail = (uint32_t *)(uintptr_t)img->fail;
    r->out_start = (uint32_t *)(uintptr_t)img->out_start;
    r->out_len = (uint32_t *)(uintptr_t)img->out_len;
    r->out_rules = (uint32_t *)(uintptr_t)img->out_rules;
    r->automaton_borrowed = 1;
    return automaton_tables(r, err);
}

void rules_automaton_export(const rules *r, rules_automaton_image *img)
{
    img->digest = r->digest;
    img->n_rules = r->n;
    img->n_cls = r->n_cls;
    img->n_states = r->n_states;
    img->n_edges = r->n_edges;
    img->n_out = r->n_out;
    img->longest_anchor = r->longest_anchor;
    img->cls = r->cls;
    img->root_go = r->root_go;
    img->child_start = r->child_start;
    img->child_state = r->child_state;
    img->child_class = r->child_class;
    img->fail = r->fail;
    img->out_start = r->out_start;
    img->out_len = r->out_len;
    img->out_rules = r->out_rules;
}

int rules_automaton_is_precompiled(const rules *r) { return r->automaton_borrowed; }

static int finish(rules *r, const rules_opts *opts, char *err)
{
    if (r->n == 0) {
        err_set(err, "no rules found");
        return -1;
    }
    const rules_automaton_image *img = opts && opts->precompiled ? opts->precompiled->automaton : NULL;
    int fits = img && img->digest == r->digest && img->n_rules == r->n && img->n_states > 0;
    if ((fits ? use_automaton(r, img, err) : build_automaton(r, err)) < 0 || index_trigrams(r, err) < 0)
        return -1;
    if (opts && opts->precompiled)
        use_precompiled(r, opts->precompiled);
    if (opts && opts->eager) {
        char e2[ERR_LEN];
        if (rules_compile_all(r, e2) > 0) {
            err_set(err, "%s", e2);
            return -1;
        }
    }
    return 0;
}

static int cmp_str(const void *a, const void *b) { return strcmp(*(char *const *)a, *(char *const *)b); }

int rules_list_packs(const char *dir, char ***out, size_t *count, char *err)
{
    DIR *d = opendir(dir);
    if (!d) {
        err_set(err, "rules directory %s: %s", dir, strerror(errno));
        return -1;
    }
    char **names = NULL;
    size_t n = 0, cap = 0;
    struct dirent *e;
    int fail = 0;
    while ((e = readdir(d)) != NULL) {
        size_t len = strlen(e->d_name);
        if (len < 6 || strcmp(e->d_name + len - 5, ".json") != 0 || e->d_name[0] == '.')
            continue;
        if (n == cap) {
            cap = cap ? cap * 2 : 16;
            char **v = realloc(names, cap * sizeof *v);
            if (!v) {
                fail = 1;
                break;
            }
            names = v;
        }
        if (!(names[n] = strdup(e->d_name))) {
            fail = 1;
            break;
        }
        n++;
    }
    closedir(d);
    if (fail) {
        for (size_t i = 0; i < n; i++)
            free(names[i]);
        free(names);
        err_set(err, "out of memory listing %s", dir);
        return -1;
    }
    if (n)
        qsort(names, n, sizeof *names, cmp_str);
    *out = names;
    *count = n;
    return 0;
}

/* Load every pack of dir into r. */
static int load_dir(rules *r, const char *dir, const rules_opts *opts, const rules_opts *dflt, const sign_keyring *kr,
                    char *err)
{
    char **names;
    size_t n;
    if (rules_list_packs(dir, &names, &n, err) < 0)
        return -1;
    int rc = 0;
    for (size_t i = 0; i < n; i++) {
        char path[4096];
        snprintf(path, sizeof path, "%s/%s", dir, names[i]);
        if (rc == 0 && load_pack(r, path, opts, dflt, kr, err) < 0)
            rc = -1;
        free(names[i]);
    }
    free(names);
    return rc;
}

rules *rules_load(const char *dir, const rules_opts *opts, char *err) { return rules_load_dirs(dir, NULL, opts, err); }

rules *rules_load_dirs(const char *dir, const char *user, const rules_opts *opts, char *err)
{
    static const rules_opts dflt = {0, 0, NULL, 0, NULL};
    rules *r = rules_new(err);
    if (!r)
        return NULL;
    sign_keyring *kr = sign_keyring_default(opts ? opts->keys_file : NULL, err);
    if ((!kr && !(opts && opts->allow_unsigned)) || load_dir(r, dir, opts, &dflt, kr, err) < 0 ||
        (user && platform_is_dir(user) && load_dir(r, user, opts, &dflt, kr, err) < 0)) {
        rules_free(r);
        r = NULL;
    } else if (r->n_packs == 0) {
        err_set(err, "rules directory %s holds no *.json pack", dir);
        rules_free(r);
        r = NULL;
    } else if (finish(r, opts, err) < 0) {
        rules_free(r);
        r = NULL;
    }
    sign_keyring_free(kr);
    return r;
}

rules *rules_load_file(const char *path, const rules_opts *opts, char *err)
{
    static const rules_opts dflt = {0, 0, NULL, 0, NULL};
    rules *r = rules_new(err);
    if (!r)
        return NULL;
    sign_keyring *kr = sign_keyring_default(opts ? opts->keys_file : NULL, err);
    if ((!kr && !(opts && opts->allow_unsigned)) || load_pack(r, path, opts, &dflt, kr, err) < 0 ||
        finish(r, opts, err) < 0) {
        sign_keyring_free(kr);
        rules_free(r);
        return NULL;
    }
    sign_keyring_free(kr);
    return r;
}


void rules_free(rules *r)
{
    if (!r)
        return;
    for (size_t i = 0; i < r->n; i++) {
        for (size_t k = 0; k < r->v[i].n_patterns; k++)
            free(r->v[i].patterns[k].gate);
        for (size_t k = 0; k < r->v[i].n_unless; k++)
            free(r->v[i].unless[k].gate);
        free(r->v[i].patterns);
        free(r->v[i].unless);
        free(r->v[i].match);
        free(r->v[i].no_match);
        free(r->v[i].anchors);
        free(r->v[i].requires);
        free(r->v[i].req_group);
    }
    for (size_t i = 0; i < r->n_pool; i++) {
        pcre2_code_free(r->pool[i]->code);
        free(r->pool[i]->gate);
        free(r->pool[i]);
    }
    free(r->gwords);
    free(r->gw_index);
    free(r->gw_tri);
    free(r->tri);
    free(r->pool);
    free(r->pool_index);
    free(r->id_index);
    free(r->raw);
    arena_free(r->mem);
    free(r->v);
    free(r->packs);
    if (!r->automaton_borrowed) {
        free(r->child_start);
        free(r->child_state);
        free(r->child_class);
        free(r->fail);
        free(r->out_start);
        free(r->out_len);
        free(r->out_rules);
    }
    free(r->step);
    for (int g = 0; g < RULES_MAX_GROUPS; g++)
        free(r->needs_req[g]);
    free(r);
}

size_t rules_count(const rules *r) { return r->n; }
uint64_t rules_digest(const rules *r) { return r->digest; }
const rule_info *rules_info(const rules *r, size_t i) { return &r->v[i].info; }
size_t rules_pack_count(const rules *r) { return r->n_packs; }
const rules_pack_info *rules_pack(const rules *r, size_t i) { return &r->packs[i]; }

const char *rules_example(const rules *r, size_t i, int must_match, size_t k)
{
    const rule *ru = &r->v[i];
    if (!ru->match) /* loaded without rules_opts.examples */
        return NULL;
    if (must_match)
        return k < ru->info.n_match ? ru->match[k] : NULL;
    return k < ru->info.n_no_match ? ru->no_match[k] : NULL;
}

size_t rules_pattern_count(const rules *r)
{
    size_t n = 0;
    for (size_t i = 0; i < r->n; i++)
        n += r->v[i].n_patterns + r->v[i].n_unless;
    return n;
}

const char *rules_pattern_source(const rules *r, size_t k)
{
    for (size_t i = 0; i < r->n; i++) {
        if (k < r->v[i].n_patterns)
            return r->v[i].patterns[k].c->source;
        k -= r->v[i].n_patterns;
        if (k < r->v[i].n_unless)
            return r->v[i].unless[k].c->source;
        k -= r->v[i].n_unless;
    }
    return NULL;
}

/* ------------------------------------------------------------------------
 * Compiling and matching
 * ---------------------------------------------------------------------- */

static pcre2_code *compile_code(const compiled *p, int *errcode, PCRE2_SIZE *off)
{
    /* No PCRE2_NO_UTF_CHECK here: pack strings are not validated as UTF-8
     * (cJSON passes bad bytes through), and PCRE2 reads out of bounds on an
     * invalid pattern it was told not to check. It now reports it instead. */
    uint32_t flags = PCRE2_UTF | (p->caseful ? 0 : PCRE2_CASELESS);
    return pcre2_compile((PCRE2_SPTR)p->source, PCRE2_ZERO_TERMINATED, flags, errcode, off, NULL);
}

static void set_phrase_group(compiled *p)
{
    int g = pcre2_substring_number_from_name(p->code, (PCRE2_SPTR) "p");
    p->phrase_group = g > 0 ? g : -1;
}

static int compile_pattern(rule *ru, compiled *p, const char *kind, size_t idx, char *err)
{
    if (p->code)
        return 0;
    if (p->broken)
        return -1;
    int errcode;
    PCRE2_SIZE off;
    p->code = compile_code(p, &errcode, &off);
    if (!p->code) {
        PCRE2_UCHAR msg[256];
        pcre2_get_error_message(errcode, msg, sizeof msg);
        p->broken = 1;
        ru->disabled = 1;
        err_set(err, "%s: rule %s: %s[%zu]: at offset %zu: %s", ru->info.file, ru->info.id, kind, idx,
                (size_t)off, (const char *)msg);
        return -1;
    }
    set_phrase_group(p);
    return 0;
}

/* ------------------------------------------------------------------------
 * Patterns compiled at build time (rules.h: rules_precompiled)
 * ---------------------------------------------------------------------- */

/* Take the pool's code from a set serialized when the host was built, if it
 * was made from exactly these packs; otherwise leave the pool to compile on
 * first use. Nothing here can fail the load. */
int rules_precompiled_fits(const rules *r, const rules_precompiled *pc)
{
    return pc && pc->len && pc->bytes && pc->digest == r->digest && pc->n_patterns == r->n_pool && r->n_pool > 0 &&
           r->n_pool <= INT32_MAX;
}

static void use_precompiled(rules *r, const rules_precompiled *pc)
{
    if (!rules_precompiled_fits(r, pc))
        return;
    pcre2_code **codes = malloc(r->n_pool * sizeof *codes);
    if (!codes)
        return;
    /* refuses (< 0) a set made by another PCRE2 version or build */
    int32_t got = pcre2_serialize_decode(codes, (int32_t)r->n_pool, pc->bytes, NULL);
    if (got == (int32_t)r->n_pool) {
        for (size_t k = 0; k < r->n_pool; k++) {
            compiled *p = r->pool[k];
            p->code = codes[k]; /* NULL before: nothing compiles before finish() */
            set_phrase_group(p);
        }
        r->precompiled = 1;
    } else {
        for (int32_t k = 0; k < got; k++)
            pcre2_code_free(codes[k]);
    }
    free(codes);
}

int rules_serialize(rules *r, unsigned char **bytes, size_t *len, size_t *n_patterns, char *err)
{
    *bytes = NULL;
    *len = 0;
    *n_patterns = 0;
    char e[ERR_LEN] = "";
    if (rules_compile_all(r, e) > 0) {
        err_set(err, "%s", e);
        return -1;
    }
    const pcre2_code **list = malloc((r->n_pool ? r->n_pool : 1) * sizeof *list);
    if (!list) {
        err_set(err, "out of memory");
        return -1;
    }
    for (size_t k = 0; k < r->n_pool; k++) {
        compiled *p = r->pool[k];
        int errcode;
        PCRE2_SIZE off;
        if (!p->code && !p->broken && (p->code = compile_code(p, &errcode, &off)) != NULL)
            set_phrase_group(p);
        if (!p->code) {
            err_set(err, "pattern %zu does not compile: %s", k, p->source);
            free(list);
            return -1;
        }
        list[k] = p->code;
    }
    uint8_t *out;
    PCRE2_SIZE out_len;
    int32_t rc = r->n_pool <= INT32_MAX ? pcre2_serialize_encode(list, (int32_t)r->n_pool, &out, &out_len, NULL) : -1;
    free(list);
    if (rc < 0) {
        PCRE2_UCHAR msg[256];
        pcre2_get_error_message(rc, msg, sizeof msg);
        err_set(err, "cannot serialize the patterns: %s", (const char *)msg);
        return -1;
    }
    *bytes = out;
    *len = out_len;
    *n_patterns = r->n_pool;
    return 0;
}

void rules_serialized_free(unsigned char *bytes) { pcre2_serialize_free(bytes); }

int rules_is_precompiled(const rules *r) { return r->precompiled; }

static void jit_pattern(compiled *p)
{
    if (!p->jit && p->code && pcre2_jit_compile(p->code, PCRE2_JIT_COMPLETE) == 0)
        p->jit = 1;
    else
        p->jit = -1; /* JIT unavailable: interpret, and do not ask again */
}

size_t rules_compile_all(rules *r, char *err)
{
    size_t broken = 0;
    char e[ERR_LEN];
    for (size_t i = 0; i < r->n; i++) {
        rule *ru = &r->v[i];
        for (size_t k = 0; k < ru->n_patterns + ru->n_unless; k++) {
            int is_unless = k >= ru->n_patterns;
            compiled *p = is_unless ? ru->unless[k - ru->n_patterns].c : ru->patterns[k].c;
            if (p->broken) { /* shared with a rule reported before */
                ru->disabled = 1;
                continue;
            }
            if (compile_pattern(ru, p, is_unless ? "unless" : "patterns", is_unless ? k - ru->n_patterns : k, e) < 0) {
                fprintf(stderr, "smallprint-host: %s\n", e);
                if (!broken)
                    err_set(err, "%s", e);
                broken++;
                p->broken = 2; /* reported */
                continue;
            }
            if (p->jit == 0)
                jit_pattern(p);
        }
    }
    return broken;
}

rules_matcher *rules_matcher_new(rules *r, char *err)
{
    rules_matcher *m = xcalloc(1, sizeof *m, err);
    if (!m)
        return NULL;
    m->r = r;
    m->mctx = pcre2_match_context_create(NULL);
    /* The depth limit does not apply to JIT matching: a sized JIT stack
     * plus the match limit bound both kinds. */
    m->jit_stack = pcre2_jit_stack_create(32 * 1024, 1024 * 1024, NULL);
    m->md = pcre2_match_data_create(32, NULL);
    if (!m->mctx || !m->jit_stack || !m->md) {
        rules_matcher_free(m);
        err_set(err, "out of memory creating PCRE2 match state");
        return NULL;
    }
    m->memo_gen = xcalloc(r->n_pool + 1, sizeof *m->memo_gen, err);
    m->memo_rc = xcalloc(r->n_pool + 1, sizeof *m->memo_rc, err);
    m->memo_ps = xcalloc(r->n_pool + 1, sizeof *m->memo_ps, err);
    m->memo_pe = xcalloc(r->n_pool + 1, sizeof *m->memo_pe, err);
    m->gw_gen = xcalloc(r->n_gwords + 1, sizeof *m->gw_gen, err);
    m->gw_has = xcalloc(r->n_gwords + 1, sizeof *m->gw_has, err);
    if (!m->memo_gen || !m->memo_rc || !m->memo_ps || !m->memo_pe || !m->gw_gen || !m->gw_has) {
        rules_matcher_free(m);
        return NULL;
    }
    m->gen = 1;
    pcre2_set_match_limit(m->mctx, 200000);
    pcre2_set_depth_limit(m->mctx, 2000);
    pcre2_set_heap_limit(m->mctx, 20000); /* KiB */
    pcre2_jit_stack_assign(m->mctx, NULL, m->jit_stack);
    return m;
}

void rules_matcher_free(rules_matcher *m)
{
    if (!m)
        return;
    pcre2_match_data_free(m->md);
    pcre2_jit_stack_free(m->jit_stack);
    pcre2_match_context_free(m->mctx);
    buf_free(&m->folded);
    free(m->memo_gen);
    free(m->memo_rc);
    free(m->memo_ps);
    free(m->memo_pe);
    free(m->gw_gen);
    free(m->gw_has);
    free(m);
}

void rules_matcher_reset(rules_matcher *m, const char *s, size_t n)
{
    if (++m->gen == 0) { /* wrapped: forget everything */
        memset(m->memo_gen, 0, (m->r->n_pool + 1) * sizeof *m->memo_gen);
        memset(m->gw_gen, 0, (m->r->n_gwords + 1) * sizeof *m->gw_gen);
        m->gen = 1;
    }
    /* " the sentence " folded as the prefilter reads it, for gates */
    m->folded.len = 0;
    if (buf_reserve(&m->folded, n + 2) < 0) {
        m->folded_ok = 0; /* out of memory: gates then let every pattern run */
        return;
    }
    char *f = m->folded.data;
    f[0] = ' ';
    for (size_t i = 0; i < n; i++)
        f[i + 1] = (char)anchor_byte((unsigned char)s[i]);
    f[n + 1] = ' ';
    f[n + 2] = '\0';
    m->folded.len = n + 2;
    m->folded_ok = 1;
    if (m->r->n_gwords) {
        memset(m->tri, 0, sizeof m->tri);
        for (size_t i = 0; i + 2 < n + 2; i++) {
            uint16_t h = tri_hash((const unsigned char *)f + i);
            m->tri[h >> 6] |= 1ULL << (h & 63);
        }
    }
}

/* Does hay[0..n) contain the NUL-terminated word? */
static int contains(const char *hay, size_t n, const char *word)
{
    size_t wl = strlen(word);
    if (!wl)
        return 1;
    for (const char *p = hay; wl <= (size_t)(hay + n - p); p++) {
        p = memchr(p, word[0], (size_t)(hay + n - p) - wl + 1);
        if (!p)
            return 0;
        if (memcmp(p, word, wl) == 0)
            return 1;
    }
    return 0;
}


/* Does the sentence hold a word of every group of the pattern's gate? Each
 * word is looked up once a sentence (gates share many words). */
static int word_here(const rules_matcher *m, uint32_t w)
{
    const rules *r = m->r;
    for (uint32_t k = r->gw_tri[w]; k < r->gw_tri[w + 1]; k++)
        if (!(m->tri[r->tri[k] >> 6] & (1ULL << (r->tri[k] & 63))))
            return 0;
    return contains(m->folded.data, m->folded.len, r->gwords[w]);
}

static int gate_open(rules_matcher *m, const uint32_t *gate)
{
    if (!gate || !m->folded_ok)
        return 1;
    for (const uint32_t *w = gate; *w != GATE_END; w++) { /* a group */
        int found = 0;
        for (; *w != GATE_END; w++)
            if (!found) {
                if (m->gw_gen[*w] != m->gen) {
                    m->gw_gen[*w] = m->gen;
                    m->gw_has[*w] = (signed char)word_here(m, *w);
                }
                found = m->gw_has[*w];
            }
        if (!found)
            return 0;
    }
    return 1;
}

size_t rules_matcher_errors(const rules_matcher *m) { return m->errors; }

/* Gate checking (rules_check_gates): a pattern whose gate is closed must
 * not match; one that does is reported with the sentence. */
static void check_closed_gate(rules_matcher *m, rule *ru, compiled *p, const char *kind, size_t idx, const char *s,
                              size_t n)
{
    char e[ERR_LEN];
    if (!p->code && (p->broken || compile_pattern(ru, p, kind, idx, e) < 0))
        return;
    if (pcre2_match(p->code, (PCRE2_SPTR)s, n, 0, PCRE2_NO_UTF_CHECK, m->md, m->mctx) >= 0) {
        m->r->gate_wrong++;
        fprintf(stderr, "smallprint-host: gate check: %s: rule %s: %s[%zu] matches a sentence its gate keeps it from: "
                        "\"%.*s\"\n", ru->info.file, ru->info.id, kind, idx, (int)(n > 300 ? 300 : n), s);
    }
}

void rules_check_gates(rules *r, int on) { r->gate_check = on; }
size_t rules_gates_wrong(const rules *r) { return r->gate_wrong; }

/* 1 match (the phrase in ps and pe), 0 none, -1 error; a pattern already run on
 * this sentence answers from the memo. */
static int run(rules_matcher *m, rule *ru, compiled *p, const char *kind, size_t idx, const char *s, size_t n,
               size_t *ps, size_t *pe)
{
    char e[ERR_LEN];
    if (m->memo_gen[p->id] == m->gen) {
        *ps = m->memo_ps[p->id];
        *pe = m->memo_pe[p->id];
        return m->memo_rc[p->id];
    }
    if (!gate_open(m, p->gate)) { /* cannot match: not even compiled */
        if (m->r->gate_check)
            check_closed_gate(m, ru, p, kind, idx, s, n);
        m->memo_gen[p->id] = m->gen;
        m->memo_rc[p->id] = 0;
        m->memo_ps[p->id] = m->memo_pe[p->id] = 0;
        return 0;
    }
    if (!p->code) {
        if (p->broken)
            return -1;
        if (compile_pattern(ru, p, kind, idx, e) < 0) {
            fprintf(stderr, "smallprint-host: %s (rule disabled)\n", e);
            p->broken = 2;
            return -1;
        }
    }
    if (!p->jit && ++p->uses >= m->r->jit_after)
        jit_pattern(p);
    int rc = pcre2_match(p->code, (PCRE2_SPTR)s, n, 0, PCRE2_NO_UTF_CHECK, m->md, m->mctx);
    int result;
    if (rc >= 0) {
        PCRE2_SIZE *ov = pcre2_get_ovector_pointer(m->md);
        int g = p->phrase_group;
        if (g > 0 && ov[2 * g] != PCRE2_UNSET) {
            *ps = ov[2 * g];
            *pe = ov[2 * g + 1];
        } else {
            *ps = ov[0];
            *pe = ov[1];
        }
        if (*pe < *ps) /* \K tricks */
            *pe = *ps;
        result = 1;
    } else if (rc == PCRE2_ERROR_NOMATCH) {
        result = 0;
    } else {
        m->errors++;
        result = -1;
    }
    m->memo_gen[p->id] = m->gen;
    m->memo_rc[p->id] = (signed char)result;
    m->memo_ps[p->id] = result == 1 ? *ps : 0;
    m->memo_pe[p->id] = result == 1 ? *pe : 0;
    return result;
}

int rules_match(rules_matcher *m, size_t i, const char *s, size_t n, size_t *ps, size_t *pe)
{
    rule *ru = &m->r->v[i];
    if (ru->disabled)
        return 0;
    int hit = 0, err = 0;
    for (size_t k = 0; k < ru->n_patterns && !hit; k++) {
        if (!gate_open(m, ru->patterns[k].gate))
            continue;
        int rc = run(m, ru, ru->patterns[k].c, "patterns", k, s, n, ps, pe);
        if (rc == 1)
            hit = 1;
        else if (rc < 0)
            err = 1;
    }
    if (!hit)
        return err ? -1 : 0;
    for (size_t k = 0; k < ru->n_unless; k++) {
        size_t us, ue;
        if (gate_open(m, ru->unless[k].gate) && run(m, ru, ru->unless[k].c, "unless", k, s, n, &us, &ue) == 1)
            return 0;
    }
    return 1;
}
