/* rules.c - rule packs: load, prefilter, compile lazily, match. */
#define PCRE2_CODE_UNIT_WIDTH 8
#include "rules.h"

#include "buf.h"
#include "labels.h"
#include "platform.h"
#include "sign.h"

#include <cjson/cJSON.h>
#include <dirent.h>
#include <errno.h>
#include <pcre2.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

/* ------------------------------------------------------------------------
 * Types
 * ---------------------------------------------------------------------- */

typedef struct pattern {
    char *source;       /* after macro expansion */
    pcre2_code *code;   /* NULL until first use */
    int broken;         /* failed to compile: never tried again */
    int jit;            /* JIT-compiled */
    unsigned uses;      /* matches attempted, to decide when to JIT */
    int phrase_group;   /* number of the (?<p>...) group, or -1 */
} pattern;

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
    char **requires;    /* a second list: one of these must occur too (optional) */
    size_t n_requires;
    int caseful;        /* compile without PCRE2_CASELESS */
    int disabled;       /* a pattern was broken */
} rule;

struct rules {
    rule *v;
    size_t n, cap;
    rules_pack_info *packs;
    size_t n_packs;
    char **strings;     /* every string the set owns, freed together */
    size_t n_strings, cap_strings;
    /* Aho-Corasick automaton over all anchors (a DFA over byte classes) */
    unsigned char cls[256];
    size_t n_cls;
    int32_t *delta;     /* n_states * n_cls; see build_automaton */
    uint32_t *step;     /* the scan's table: next state's row offset << 1 | has outputs */
    size_t n_states;
    uint32_t *out_start; /* per state: slice of out_rules */
    uint32_t *out_len;
    uint32_t *out_rules;
    size_t bitset_words;
    uint64_t *needs_req; /* rules that have a `requires` list */
    unsigned jit_after; /* JIT a pattern after this many uses */
    uint64_t digest;    /* FNV-1a over every pack's bytes, in load order */
};

/* Candidate bitsets live on the stack during the prefilter. */
#define RULES_MAX 4096

struct rules_matcher {
    rules *r;
    pcre2_match_context *mctx;
    pcre2_jit_stack *jit_stack;
    pcre2_match_data *md;
    size_t errors;
};

/* ------------------------------------------------------------------------
 * Owned strings
 * ---------------------------------------------------------------------- */

static char *own(rules *r, const char *s, char *err)
{
    if (r->n_strings == r->cap_strings) {
        size_t cap = r->cap_strings ? r->cap_strings * 2 : 256;
        char **v = xrealloc(r->strings, cap * sizeof *v, err);
        if (!v)
            return NULL;
        r->strings = v;
        r->cap_strings = cap;
    }
    char *p = xstrndup(s, strlen(s), err);
    if (p)
        r->strings[r->n_strings++] = p;
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
    FILE *f = fopen(path, "rb");
    if (!f) {
        err_set(err, "%s: %s", path, strerror(errno));
        return -1;
    }
    buf b = BUF_INIT;
    char chunk[65536];
    size_t r;
    while ((r = fread(chunk, 1, sizeof chunk, f)) > 0)
        if (buf_append(&b, chunk, r) < 0) {
            fclose(f);
            buf_free(&b);
            err_set(err, "%s: out of memory", path);
            return -1;
        }
    int bad = ferror(f);
    fclose(f);
    if (bad) {
        buf_free(&b);
        err_set(err, "%s: read error", path);
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

static int load_patterns(rules *r, const cJSON *defines, const cJSON *arr, pattern **out, size_t *n,
                         const char *where, int required, char *err)
{
    char **src;
    if (string_array(r, arr, &src, n, where, required, err) < 0)
        return -1;
    *out = NULL;
    if (*n == 0) {
        free(src);
        return 0;
    }
    pattern *p = xcalloc(*n, sizeof *p, err);
    if (!p) {
        free(src);
        return -1;
    }
    for (size_t i = 0; i < *n; i++) {
        buf b = BUF_INIT;
        char w[600];
        snprintf(w, sizeof w, "%s[%zu]", where, i);
        if (expand(defines, src[i], &b, 0, w, err) < 0) {
            buf_free(&b);
            free(p);
            free(src);
            return -1;
        }
        char *flat = buf_detach(&b);
        p[i].source = own(r, flat, err);
        free(flat);
        if (!p[i].source) {
            free(p);
            free(src);
            return -1;
        }
        p[i].phrase_group = -1;
    }
    free(src);
    *out = p;
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

static int load_pack(rules *r, const char *path, const rules_opts *opts, const rules_opts *dflt,
                     const sign_keyring *kr, char *err)
{
    char *data;
    size_t len;
    if (!opts)
        opts = dflt;
    if (read_whole(path, &data, &len, err) < 0)
        return -1;
    int signed_ok = 0;
    if (sign_check_pack(kr, path, data, len, opts->allow_unsigned, &signed_ok, err) < 0) {
        free(data);
        return -1;
    }
    /* what was loaded, for telling findings of other rules apart (history) */
    for (size_t i = 0; i < len; i++) {
        r->digest ^= (unsigned char)data[i];
        r->digest *= 1099511628211ULL;
    }
    cJSON *root = cJSON_ParseWithLength(data, len);
    free(data);
    if (!root) {
        err_set(err, "%s: not valid JSON", path);
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
        for (size_t k = 0; k < r->n; k++)
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
        if (load_patterns(r, defines, cJSON_GetObjectItemCaseSensitive(jr, "patterns"), &ru->patterns,
                          &ru->n_patterns, where, 1, err) < 0)
            goto done;
        snprintf(where, sizeof where, "%s: rule %s: unless", path, id);
        if (load_patterns(r, defines, cJSON_GetObjectItemCaseSensitive(jr, "unless"), &ru->unless,
                          &ru->n_unless, where, 0, err) < 0) {
            free(ru->patterns);
            goto done;
        }
        const cJSON *ex = cJSON_GetObjectItemCaseSensitive(jr, "examples");
        snprintf(where, sizeof where, "%s: rule %s: examples.match", path, id);
        char **tmp;
        size_t nt;
        int ok = string_array(r, cJSON_GetObjectItemCaseSensitive(ex, "match"), &tmp, &nt, where, 1, err) == 0;
        if (ok) {
            ru->match = tmp;
            ru->info.n_match = nt;
            snprintf(where, sizeof where, "%s: rule %s: examples.no_match", path, id);
            ok = string_array(r, cJSON_GetObjectItemCaseSensitive(ex, "no_match"), &tmp, &nt, where, 1, err) == 0;
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
            ok = string_array(r, cJSON_GetObjectItemCaseSensitive(jr, "requires"), &ru->requires, &ru->n_requires,
                              where, 0, err) == 0;
        if (!ok) {
            free(ru->patterns);
            free(ru->unless);
            free(ru->match);
            free(ru->no_match);
            free(ru->anchors);
            goto done;
        }
        if (r->n >= RULES_MAX) {
            err_set(err, "%s: more than %d rules", path, RULES_MAX);
            goto done;
        }
        r->n++;
        index++;
    }
    pk->rules = index;
    rc = 0;
done:
    cJSON_Delete(root);
    return rc;
}

/* ------------------------------------------------------------------------
 * The anchor automaton
 * ---------------------------------------------------------------------- */

static const char *anchor_at(const rule *ru, size_t a)
{
    return a < ru->n_anchors ? ru->anchors[a] : ru->requires[a - ru->n_anchors];
}

static unsigned char fold(unsigned char c) { return c >= 'A' && c <= 'Z' ? (unsigned char)(c + 32) : c; }

static int build_automaton(rules *r, char *err)
{
    /* byte classes: one per distinct (folded) byte used by an anchor */
    memset(r->cls, 0, sizeof r->cls);
    r->n_cls = 1;
    size_t total = 1;
    for (size_t i = 0; i < r->n; i++)
        for (size_t a = 0; a < r->v[i].n_anchors + r->v[i].n_requires; a++) {
            const char *word = anchor_at(&r->v[i], a);
            const unsigned char *s = (const unsigned char *)word;
            if (!*s) {
                err_set(err, "%s: rule %s: an anchor is empty", r->v[i].info.file, r->v[i].info.id);
                return -1;
            }
            for (; *s; s++) {
                if (*s != fold(*s)) {
                    err_set(err, "%s: rule %s: anchor \"%s\" must be lower case", r->v[i].info.file,
                            r->v[i].info.id, word);
                    return -1;
                }
                if (!r->cls[*s])
                    r->cls[*s] = (unsigned char)r->n_cls++;
                total++;
            }
        }
    if (r->n_cls > 255) {
        err_set(err, "anchors use too many distinct bytes");
        return -1;
    }
    for (int c = 'A'; c <= 'Z'; c++)
        r->cls[c] = r->cls[c + 32];
    size_t nc = r->n_cls;
    /* trie: at most `total` states */
    int32_t *delta = xmalloc(total * nc * sizeof *delta, err);
    uint32_t *own_start = xcalloc(total, sizeof *own_start, err);
    uint32_t *own_len = xcalloc(total, sizeof *own_len, err);
    int32_t *fail = xcalloc(total, sizeof *fail, err);
    int32_t *queue = xmalloc(total * sizeof *queue, err);
    /* (state, rule) pairs of anchor ends */
    size_t n_pairs = 0;
    for (size_t i = 0; i < r->n; i++)
        n_pairs += r->v[i].n_anchors + r->v[i].n_requires;
    uint32_t *pair_state = xmalloc(n_pairs * sizeof *pair_state, err);
    uint32_t *pair_rule = xmalloc(n_pairs * sizeof *pair_rule, err);
    if (!delta || !own_start || !own_len || !fail || !queue || !pair_state || !pair_rule)
        goto oom;
    for (size_t i = 0; i < total * nc; i++)
        delta[i] = -1;
    size_t states = 1, p = 0;
    for (size_t i = 0; i < r->n; i++)
        for (size_t a = 0; a < r->v[i].n_anchors + r->v[i].n_requires; a++) {
            int32_t st = 0;
            for (const unsigned char *s = (const unsigned char *)anchor_at(&r->v[i], a); *s; s++) {
                int32_t *t = &delta[(size_t)st * nc + r->cls[*s]];
                if (*t < 0)
                    *t = (int32_t)states++;
                st = *t;
            }
            pair_state[p] = (uint32_t)st;
            /* outputs are rule * 2, plus 1 for a `requires` word */
            pair_rule[p] = (uint32_t)(i * 2 + (a >= r->v[i].n_anchors));
            p++;
        }
    /* breadth-first: fail links, full DFA transitions, merged outputs */
    r->out_start = xcalloc(states, sizeof *r->out_start, err);
    r->out_len = xcalloc(states, sizeof *r->out_len, err);
    if (!r->out_start || !r->out_len)
        goto oom;
    size_t qh = 0, qt = 0;
    for (size_t c = 0; c < nc; c++) {
        int32_t t = delta[c];
        if (t < 0)
            delta[c] = 0;
        else {
            fail[t] = 0;
            queue[qt++] = t;
        }
    }
    int32_t *order = xmalloc(states * sizeof *order, err);
    if (!order)
        goto oom;
    size_t n_order = 0;
    order[n_order++] = 0;
    while (qh < qt) {
        int32_t st = queue[qh++];
        order[n_order++] = st;
        for (size_t c = 0; c < nc; c++) {
            int32_t *t = &delta[(size_t)st * nc + c];
            int32_t f = delta[(size_t)fail[st] * nc + c];
            if (*t < 0)
                *t = f;
            else {
                fail[*t] = f;
                queue[qt++] = *t;
            }
        }
    }
    /* group the (state, rule) pairs by state: a counting sort */
    uint32_t *own_rules = xmalloc((n_pairs + 1) * sizeof *own_rules, err);
    if (!own_rules) {
        free(order);
        goto oom;
    }
    for (size_t q = 0; q < n_pairs; q++)
        own_len[pair_state[q]]++;
    for (size_t st = 1; st < states; st++)
        own_start[st] = own_start[st - 1] + own_len[st - 1];
    {
        uint32_t *fill = xcalloc(states, sizeof *fill, err);
        if (!fill) {
            free(own_rules);
            free(order);
            goto oom;
        }
        for (size_t q = 0; q < n_pairs; q++)
            own_rules[own_start[pair_state[q]] + fill[pair_state[q]]++] = pair_rule[q];
        free(fill);
    }
    /* outputs of a state: its own rules plus those of its fail state
     * (already complete, as fail states are shallower) */
    size_t pool_cap = n_pairs * 4 + 16, pool_n = 0;
    uint32_t *pool = xmalloc(pool_cap * sizeof *pool, err);
    if (!pool) {
        free(own_rules);
        free(order);
        goto oom;
    }
    for (size_t k = 0; k < n_order; k++) {
        int32_t st = order[k];
        size_t begin = pool_n;
        size_t need = own_len[st] + (st ? r->out_len[fail[st]] : 0);
        if (pool_n + need > pool_cap) {
            while (pool_n + need > pool_cap)
                pool_cap *= 2;
            uint32_t *np = xrealloc(pool, pool_cap * sizeof *pool, err);
            if (!np) {
                free(pool);
                free(own_rules);
                free(order);
                goto oom;
            }
            pool = np;
        }
        for (uint32_t q = 0; q < own_len[st]; q++)
            pool[pool_n++] = own_rules[own_start[st] + q];
        if (st)
            for (uint32_t q = 0; q < r->out_len[fail[st]]; q++)
                pool[pool_n++] = pool[r->out_start[fail[st]] + q];
        r->out_start[st] = (uint32_t)begin;
        r->out_len[st] = (uint32_t)(pool_n - begin);
    }
    free(order);
    free(own_rules);
    r->out_rules = pool;
    /* The scan's table: row offsets instead of state numbers (no multiply
     * per byte) and the low bit saying whether the state has outputs (no
     * second lookup per byte). */
    r->step = xmalloc(states * nc * sizeof *r->step, err);
    if (!r->step) {
        free(delta);
        err_set(err, "out of memory building the anchor automaton");
        return -1;
    }
    for (size_t k = 0; k < states * nc; k++) {
        uint32_t t = (uint32_t)delta[k];
        r->step[k] = (uint32_t)((t * nc) << 1) | (r->out_len[t] ? 1u : 0u);
    }
    free(delta);
    r->n_states = states;
    r->bitset_words = (r->n + 63) / 64;
    r->needs_req = xcalloc(r->bitset_words ? r->bitset_words : 1, sizeof *r->needs_req, err);
    if (!r->needs_req) {
        delta = NULL; /* already freed */
        goto oom;
    }
    for (size_t i = 0; i < r->n; i++)
        if (r->v[i].n_requires)
            r->needs_req[i >> 6] |= 1ULL << (i & 63);
    free(own_start);
    free(own_len);
    free(fail);
    free(queue);
    free(pair_state);
    free(pair_rule);
    return 0;
oom:
    free(delta);
    free(own_start);
    free(own_len);
    free(fail);
    free(queue);
    free(pair_state);
    free(pair_rule);
    err_set(err, "out of memory building the anchor automaton");
    return -1;
}

void rules_prefilter(const rules *r, const char *s, size_t n, uint64_t *cand)
{
    const unsigned char *u = (const unsigned char *)s;
    const uint32_t *step = r->step;
    const unsigned char *cls = r->cls;
    size_t nc = r->n_cls, words = r->bitset_words;
    uint64_t req[RULES_MAX / 64];
    memset(req, 0, words * sizeof req[0]);
    /* A space before and after the sentence, so " ai " finds "AI" at
     * either end too. */
    uint32_t row = step[cls[' ']] >> 1;
    for (size_t i = 0; i <= n; i++) {
        uint32_t v = step[row + cls[i < n ? u[i] : ' ']];
        row = v >> 1;
        if (v & 1) {
            size_t st = row / nc;
            const uint32_t *o = r->out_rules + r->out_start[st];
            for (uint32_t k = 0; k < r->out_len[st]; k++) {
                uint32_t ri = o[k] >> 1;
                uint64_t bit = 1ULL << (ri & 63);
                if (o[k] & 1)
                    req[ri >> 6] |= bit;
                else
                    cand[ri >> 6] |= bit;
            }
        }
    }
    /* a rule with a `requires` list needs a hit in both lists */
    for (size_t w = 0; w < words; w++)
        cand[w] &= ~r->needs_req[w] | req[w];
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
    r->jit_after = 16; /* JIT pays off only for patterns a page uses often */
    r->digest = 1469598103934665603ULL;
    const char *j = getenv("SMALLPRINT_JIT_AFTER");
    if (j && *j)
        r->jit_after = (unsigned)strtoul(j, NULL, 10);
    return r;
}

static int finish(rules *r, const rules_opts *opts, char *err)
{
    if (r->n == 0) {
        err_set(err, "no rules found");
        return -1;
    }
    if (build_automaton(r, err) < 0)
        return -1;
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
    static const rules_opts dflt = {0, 0, NULL};
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
    static const rules_opts dflt = {0, 0, NULL};
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

static void free_patterns(pattern *p, size_t n)
{
    for (size_t i = 0; i < n; i++)
        pcre2_code_free(p[i].code);
    free(p);
}

void rules_free(rules *r)
{
    if (!r)
        return;
    for (size_t i = 0; i < r->n; i++) {
        free_patterns(r->v[i].patterns, r->v[i].n_patterns);
        free_patterns(r->v[i].unless, r->v[i].n_unless);
        free(r->v[i].match);
        free(r->v[i].no_match);
        free(r->v[i].anchors);
        free(r->v[i].requires);
    }
    for (size_t i = 0; i < r->n_strings; i++)
        free(r->strings[i]);
    free(r->strings);
    free(r->v);
    free(r->packs);
    free(r->delta);
    free(r->step);
    free(r->needs_req);
    free(r->out_start);
    free(r->out_len);
    free(r->out_rules);
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
            return r->v[i].patterns[k].source;
        k -= r->v[i].n_patterns;
        if (k < r->v[i].n_unless)
            return r->v[i].unless[k].source;
        k -= r->v[i].n_unless;
    }
    return NULL;
}

/* ------------------------------------------------------------------------
 * Compiling and matching
 * ---------------------------------------------------------------------- */

static int compile_pattern(rule *ru, pattern *p, const char *kind, size_t idx, char *err)
{
    if (p->code)
        return 0;
    if (p->broken)
        return -1;
    int errcode;
    PCRE2_SIZE off;
    /* No PCRE2_NO_UTF_CHECK here: pack strings are not validated as UTF-8
     * (cJSON passes bad bytes through), and PCRE2 reads out of bounds on an
     * invalid pattern it was told not to check. It now reports it instead. */
    uint32_t flags = PCRE2_UTF | (ru->caseful ? 0 : PCRE2_CASELESS);
    p->code = pcre2_compile((PCRE2_SPTR)p->source, PCRE2_ZERO_TERMINATED, flags, &errcode, &off, NULL);
    if (!p->code) {
        PCRE2_UCHAR msg[256];
        pcre2_get_error_message(errcode, msg, sizeof msg);
        p->broken = 1;
        ru->disabled = 1;
        err_set(err, "%s: rule %s: %s[%zu]: at offset %zu: %s", ru->info.file, ru->info.id, kind, idx,
                (size_t)off, (const char *)msg);
        return -1;
    }
    int g = pcre2_substring_number_from_name(p->code, (PCRE2_SPTR) "p");
    p->phrase_group = g > 0 ? g : -1;
    return 0;
}

static void jit_pattern(pattern *p)
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
            pattern *p = is_unless ? &ru->unless[k - ru->n_patterns] : &ru->patterns[k];
            if (compile_pattern(ru, p, is_unless ? "unless" : "patterns", is_unless ? k - ru->n_patterns : k, e) < 0) {
                if (p->broken == 1) {
                    fprintf(stderr, "smallprint-host: %s\n", e);
                    if (!broken)
                        err_set(err, "%s", e);
                    broken++;
                    p->broken = 2; /* reported */
                }
                continue;
            }
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
    free(m);
}

size_t rules_matcher_errors(const rules_matcher *m) { return m->errors; }

/* 1 match, 0 none, -1 error */
static int run(rules_matcher *m, rule *ru, pattern *p, const char *kind, size_t idx, const char *s, size_t n)
{
    char e[ERR_LEN];
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
    if (rc >= 0)
        return 1;
    if (rc == PCRE2_ERROR_NOMATCH)
        return 0;
    m->errors++;
    return -1;
}

int rules_match(rules_matcher *m, size_t i, const char *s, size_t n, size_t *ps, size_t *pe)
{
    rule *ru = &m->r->v[i];
    if (ru->disabled)
        return 0;
    int hit = 0, err = 0;
    for (size_t k = 0; k < ru->n_patterns && !hit; k++) {
        int rc = run(m, ru, &ru->patterns[k], "patterns", k, s, n);
        if (rc == 1) {
            PCRE2_SIZE *ov = pcre2_get_ovector_pointer(m->md);
            int g = ru->patterns[k].phrase_group;
            if (g > 0 && ov[2 * g] != PCRE2_UNSET) {
                *ps = ov[2 * g];
                *pe = ov[2 * g + 1];
            } else {
                *ps = ov[0];
                *pe = ov[1];
            }
            if (*pe < *ps) /* \K tricks */
                *pe = *ps;
            hit = 1;
        } else if (rc < 0)
            err = 1;
    }
    if (!hit)
        return err ? -1 : 0;
    for (size_t k = 0; k < ru->n_unless; k++) {
        int rc = run(m, ru, &ru->unless[k], "unless", k, s, n);
        if (rc == 1)
            return 0;
    }
    return 1;
}
