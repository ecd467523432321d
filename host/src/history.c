/* history.c - the encrypted, locked, atomically written page history. */
#include "history.h"

#include "buf.h"
#include "labels.h"
#include "platform.h"

#include <cjson/cJSON.h>
#include <dirent.h>
#include <sodium.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#define HEADER "SPHIST\0\1" /* magic, NUL, format version 1 */
#define HEADER_LEN 8
#define NONCE_LEN crypto_aead_xchacha20poly1305_ietf_NPUBBYTES
#define KEY_LEN crypto_aead_xchacha20poly1305_ietf_KEYBYTES
#define TAG_LEN crypto_aead_xchacha20poly1305_ietf_ABYTES
#define KEEP_BROKEN 3   /* set-aside files kept */
#define TITLE_MAX 300   /* bytes of a page title kept */

struct history {
    char dir[4096];
    char db[4200], key[4200], lock[4200];
    size_t max_bytes;
    unsigned lock_timeout_ms;
};

/* ------------------------------------------------------------------------
 * Opening, keys for URLs, times
 * ---------------------------------------------------------------------- */

history *history_open(const history_opts *o, char *err)
{
    if (sodium_init() < 0) {
        err_set(err, "libsodium could not start (sodium_init failed)");
        return NULL;
    }
    history *h = xcalloc(1, sizeof *h, err);
    if (!h)
        return NULL;
    const char *env = getenv("SMALLPRINT_HISTORY_DIR");
    if (o && o->dir)
        snprintf(h->dir, sizeof h->dir, "%s", o->dir);
    else if (env && *env)
        snprintf(h->dir, sizeof h->dir, "%s", env);
    else if (platform_data_dir(h->dir, sizeof h->dir, err) < 0) {
        free(h);
        return NULL;
    }
    snprintf(h->db, sizeof h->db, "%s%chistory.db", h->dir, PLATFORM_SEP);
    snprintf(h->key, sizeof h->key, "%s%chistory.key", h->dir, PLATFORM_SEP);
    snprintf(h->lock, sizeof h->lock, "%s%chistory.lock", h->dir, PLATFORM_SEP);
    h->max_bytes = o && o->max_bytes ? o->max_bytes : HISTORY_DEFAULT_MAX_BYTES;
    h->lock_timeout_ms = o && o->lock_timeout_ms ? o->lock_timeout_ms : 3000;
    return h;
}

void history_close(history *h) { free(h); }
const char *history_dir(const history *h) { return h->dir; }
const char *history_file(const history *h) { return h->db; }

static char lower(char c) { return c >= 'A' && c <= 'Z' ? (char)(c + 32) : c; }

int history_key(const char *url, char site[HISTORY_SITE_LEN], char path[HISTORY_PATH_LEN])
{
    if (!url)
        return -1;
    const char *sep = strstr(url, "://");
    if (!sep || sep == url)
        return -1;
    size_t sl = (size_t)(sep - url);
    char scheme[8];
    if (sl >= sizeof scheme)
        return -1;
    for (size_t i = 0; i < sl; i++)
        scheme[i] = lower(url[i]);
    scheme[sl] = '\0';
    int is_file = strcmp(scheme, "file") == 0;
    if (strcmp(scheme, "http") != 0 && strcmp(scheme, "https") != 0 && !is_file)
        return -1;
    const char *host = sep + 3;
    size_t hl = strcspn(host, "/?#");
    const char *at = memchr(host, '@', hl); /* drop user:password@ */
    if (at) {
        hl -= (size_t)(at + 1 - host);
        host = at + 1;
    }
    if ((hl == 0 && !is_file) || sl + 3 + hl >= HISTORY_SITE_LEN)
        return -1;
    size_t k = 0;
    for (size_t i = 0; i < sl; i++)
        site[k++] = scheme[i];
    memcpy(site + k, "://", 3);
    k += 3;
    for (size_t i = 0; i < hl; i++)
        site[k++] = lower(host[i]);
    site[k] = '\0';
    const char *p = host + hl;
    size_t pl = strcspn(p, "?#");
    if (pl == 0) {
        strcpy(path, "/");
        return 0;
    }
    if (pl >= HISTORY_PATH_LEN)
        return -1;
    memcpy(path, p, pl);
    path[pl] = '\0';
    return 0;
}

static int same_ascii_nocase(const char *a, const char *b)
{
    for (; *a && *b; a++, b++)
        if (lower(*a) != lower(*b))
            return 0;
    return *a == *b;
}

int history_site_matches(const char *stored, const char *query)
{
    if (strstr(query, "://"))
        return same_ascii_nocase(stored, query);
    const char *host = strstr(stored, "://");
    return host && same_ascii_nocase(host + 3, query);
}

void history_iso_time(int64_t t, char out[32])
{
    time_t tt = (time_t)t;
    struct tm tm;
#ifdef _WIN32
    if (gmtime_s(&tm, &tt) != 0)
#else
    if (!gmtime_r(&tt, &tm))
#endif
    {
        snprintf(out, 32, "1970-01-01T00:00:00Z");
        return;
    }
    strftime(out, 32, "%Y-%m-%dT%H:%M:%SZ", &tm);
}

/* ------------------------------------------------------------------------
 * Versions: a diff_doc and its times, as JSON
 *   {"first", "last", "text": hex, "rules": hex, "sents": base64 of 8-byte
 *    fingerprints, "findings": [{"s", "l", "r", "sev", "v"}], "answers"}
 * ---------------------------------------------------------------------- */

static cJSON *version_json(const diff_doc *d, uint64_t rules_digest, int64_t first, int64_t last)
{
    cJSON *v = cJSON_CreateObject();
    if (!v)
        return NULL;
    char text[33], rules_hex[17];
    diff_doc_text_fingerprint(d, text);
    snprintf(rules_hex, sizeof rules_hex, "%016llx", (unsigned long long)rules_digest);
    cJSON_AddNumberToObject(v, "first", (double)first);
    cJSON_AddNumberToObject(v, "last", (double)last);
    cJSON_AddStringToObject(v, "text", text);
    cJSON_AddStringToObject(v, "rules", rules_hex);
    size_t n = diff_doc_sentence_count(d);
    const uint64_t *fps = diff_doc_sentences(d);
    unsigned char *raw = malloc(n * 8 + 1);
    size_t b64_len = sodium_base64_ENCODED_LEN(n * 8, sodium_base64_VARIANT_ORIGINAL);
    char *b64 = malloc(b64_len);
    if (!raw || !b64) {
        free(raw);
        free(b64);
        cJSON_Delete(v);
        return NULL;
    }
    for (size_t i = 0; i < n; i++)
        for (int k = 0; k < 8; k++)
            raw[i * 8 + (size_t)k] = (unsigned char)(fps[i] >> (8 * k));
    sodium_bin2base64(b64, b64_len, raw, n * 8, sodium_base64_VARIANT_ORIGINAL);
    cJSON_AddStringToObject(v, "sents", b64);
    free(raw);
    free(b64);
    cJSON *arr = cJSON_AddArrayToObject(v, "findings");
    for (size_t i = 0; arr && i < diff_doc_item_count(d); i++) {
        const diff_item *it = diff_doc_item(d, i);
        cJSON *f = cJSON_CreateObject();
        if (!f)
            break;
        cJSON_AddNumberToObject(f, "s", (double)it->sentence);
        cJSON_AddStringToObject(f, "l", label_name(it->label));
        cJSON_AddStringToObject(f, "r", it->rule);
        cJSON_AddStringToObject(f, "sev", severity_name(it->severity));
        cJSON *values = it->values ? cJSON_Parse(it->values) : NULL;
        cJSON_AddItemToObject(f, "v", values ? values : cJSON_CreateObject());
        cJSON_AddItemToArray(arr, f);
    }
    const summary *s = diff_doc_summary(d);
    if (s) {
        cJSON *a = summary_json(s);
        if (a) {
            cJSON_DeleteItemFromObjectCaseSensitive(a, "support"); /* finding ids of one visit */
            cJSON_AddItemToObject(v, "answers", a);
        }
    }
    return v;
}

static int64_t num_field(const cJSON *o, const char *key)
{
    const cJSON *v = cJSON_GetObjectItemCaseSensitive(o, key);
    return cJSON_IsNumber(v) ? (int64_t)v->valuedouble : 0;
}

static const char *str_field(const cJSON *o, const char *key)
{
    const cJSON *v = cJSON_GetObjectItemCaseSensitive(o, key);
    return cJSON_IsString(v) ? v->valuestring : NULL;
}

/* Rebuild a version's diff_doc; NULL (with err) when it is malformed. */
static diff_doc *version_doc(const cJSON *v, char *err)
{
    const char *sents = str_field(v, "sents");
    const cJSON *arr = cJSON_GetObjectItemCaseSensitive(v, "findings");
    if (!cJSON_IsObject(v) || !sents || !cJSON_IsArray(arr) || !str_field(v, "text")) {
        err_set(err, "a stored version is malformed");
        return NULL;
    }
    diff_doc *d = diff_doc_new(err);
    if (!d)
        return NULL;
    size_t slen = strlen(sents), raw_len = 0;
    unsigned char *raw = malloc(slen + 1);
    if (!raw || sodium_base642bin(raw, slen, sents, slen, NULL, &raw_len, NULL, sodium_base64_VARIANT_ORIGINAL) != 0 ||
        raw_len % 8) {
        err_set(err, "a stored version's fingerprints are malformed");
        free(raw);
        diff_doc_free(d);
        return NULL;
    }
    size_t n = raw_len / 8;
    for (size_t i = 0; i < n; i++) {
        uint64_t fp = 0;
        for (int k = 0; k < 8; k++)
            fp |= (uint64_t)raw[i * 8 + (size_t)k] << (8 * k);
        if (diff_doc_add_sentence(d, fp, err) < 0) {
            free(raw);
            diff_doc_free(d);
            return NULL;
        }
    }
    free(raw);
    const cJSON *f;
    cJSON_ArrayForEach(f, arr)
    {
        const cJSON *s = cJSON_GetObjectItemCaseSensitive(f, "s");
        const char *l = str_field(f, "l"), *r = str_field(f, "r"), *sev = str_field(f, "sev");
        int label = l ? label_from_name(l) : -1;
        if (!cJSON_IsNumber(s) || s->valuedouble < 0 || (size_t)s->valuedouble >= n || label < 0 || !r)
            continue; /* a label this host no longer knows: skip it */
        char *values = cJSON_PrintUnformatted(cJSON_GetObjectItemCaseSensitive(f, "v"));
        int severity = sev ? severity_from_name(sev) : SEV_INFO;
        diff_item it = {(size_t)s->valuedouble, label, severity < 0 ? SEV_INFO : severity, r, values, -1, 0, 0};
        int rc = diff_doc_add_item(d, &it, err);
        cJSON_free(values);
        if (rc < 0) {
            diff_doc_free(d);
            return NULL;
        }
    }
    const cJSON *answers = cJSON_GetObjectItemCaseSensitive(v, "answers");
    summary sum;
    if (answers && summary_answers_from_json(answers, &sum) == 0)
        diff_doc_set_summary(d, &sum);
    return d;
}

/* ------------------------------------------------------------------------
 * Transactions: lock, key, read, (change), write, unlock
 * ---------------------------------------------------------------------- */

typedef struct txn {
    history *h;
    intptr_t lock;
    int locked;
    unsigned char key[KEY_LEN];
    int have_key;
    cJSON *root; /* {"format": 1, "docs": [...]} */
    cJSON *docs;
} txn;

static int cmp_str(const void *a, const void *b) { return strcmp(*(char *const *)a, *(char *const *)b); }

/* Keep only the newest set-aside files. */
static void prune_broken(const history *h)
{
    DIR *d = opendir(h->dir);
    if (!d)
        return;
    char *names[64];
    size_t n = 0;
    struct dirent *e;
    while ((e = readdir(d)) != NULL && n < 64)
        if (strncmp(e->d_name, "history.db.broken-", 18) == 0 && (names[n] = strdup(e->d_name)) != NULL)
            n++;
    closedir(d);
    qsort(names, n, sizeof *names, cmp_str); /* Unix times of one width sort by age */
    for (size_t i = 0; i < n; i++) {
        if (i + KEEP_BROKEN < n) {
            char p[4400];
            snprintf(p, sizeof p, "%s%c%s", h->dir, PLATFORM_SEP, names[i]);
            platform_remove(p, NULL);
        }
        free(names[i]);
    }
}

/* Move an unreadable history file out of the way and say so. */
static int set_aside(txn *t, const char *why, char *note, char *err)
{
    char to[4300];
    long long now = (long long)time(NULL);
    for (int k = 1; k < 100; k++) { /* names sort by age: TIME-NN */
        snprintf(to, sizeof to, "%s.broken-%lld-%02d", t->h->db, now, k);
        FILE *f = fopen(to, "rb");
        if (!f)
            break;
        fclose(f);
    }
    if (platform_rename(t->h->db, to, err) < 0)
        return -1;
    prune_broken(t->h);
    const char *base = strrchr(to, PLATFORM_SEP);
    err_set(note, "the history file %.200s could not be read (%.120s); it was set aside as %.100s and a new "
                  "history started", t->h->db, why, base ? base + 1 : to);
    fprintf(stderr, "smallprint-host: %s\n", note);
    return 0;
}

/* Read the key, creating it (0600) when asked. */
static int load_key(txn *t, int create, char *note, char *err)
{
    buf b = BUF_INIT;
    char e2[ERR_LEN];
    if (buf_read_file(&b, t->h->key, e2) == 0) {
        if (b.len == KEY_LEN) {
            memcpy(t->key, b.data, KEY_LEN);
            t->have_key = 1;
            if (platform_others_bits(t->h->key)) {
                /* the key must stay the person's own */
                if (platform_make_private(t->h->key, err) < 0) {
                    sodium_memzero(b.data, b.cap);
                    buf_free(&b);
                    return -1;
                }
                err_set(note, "the history key %s could be read by others; it is now 0600", t->h->key);
                fprintf(stderr, "smallprint-host: %s\n", note);
            }
        } else {
            /* a damaged key: keep it aside with the file it would open */
            char to[4300];
            snprintf(to, sizeof to, "%s.broken-%lld", t->h->key, (long long)time(NULL));
            if (platform_rename(t->h->key, to, err) < 0) {
                buf_free(&b);
                return -1;
            }
            fprintf(stderr, "smallprint-host: history key %s is damaged (%zu bytes); set aside as %s\n", t->h->key,
                    b.len, to);
        }
        sodium_memzero(b.data, b.cap);
    }
    buf_free(&b);
    if (t->have_key || !create)
        return 0;
    randombytes_buf(t->key, KEY_LEN);
    if (platform_write_new(t->h->key, t->key, KEY_LEN, 1, err) < 0) {
        sodium_memzero(t->key, KEY_LEN);
        return -1;
    }
    t->have_key = 1;
    return 0;
}

static int empty_root(txn *t, char *err)
{
    cJSON_Delete(t->root);
    t->root = cJSON_CreateObject();
    t->docs = t->root ? cJSON_AddArrayToObject(t->root, "docs") : NULL;
    if (!t->docs) {
        err_set(err, "out of memory");
        return -1;
    }
    cJSON_AddNumberToObject(t->root, "format", 1);
    return 0;
}

/* Decrypt and parse the history file into t->root. 1 when it was read,
 * 0 when there is none (or it was set aside), -1 on error. */
static int load_db(txn *t, char *note, char *err)
{
    buf b = BUF_INIT;
    FILE *probe = fopen(t->h->db, "rb");
    if (!probe)
        return 0;
    fclose(probe);
    if (buf_read_file(&b, t->h->db, err) < 0)
        return -1;
    const unsigned char *u = (const unsigned char *)b.data;
    char why[200] = "";
    unsigned char *plain = NULL;
    unsigned long long plain_len = 0;
    if (b.len < HEADER_LEN + NONCE_LEN + TAG_LEN)
        snprintf(why, sizeof why, "it is cut short at %zu bytes", b.len);
    else if (memcmp(u, HEADER, HEADER_LEN - 1) != 0)
        snprintf(why, sizeof why, "it is not a smallprint history file");
    else if (u[HEADER_LEN - 1] != (unsigned char)HEADER[HEADER_LEN - 1])
        snprintf(why, sizeof why, "it has format %u, which this host does not read", u[HEADER_LEN - 1]);
    else if (!t->have_key)
        snprintf(why, sizeof why, "its key file history.key is missing");
    else if (!(plain = malloc(b.len))) {
        buf_free(&b);
        err_set(err, "out of memory reading %s", t->h->db);
        return -1;
    } else if (crypto_aead_xchacha20poly1305_ietf_decrypt(plain, &plain_len, NULL, u + HEADER_LEN + NONCE_LEN,
                                                          b.len - HEADER_LEN - NONCE_LEN, u, HEADER_LEN,
                                                          u + HEADER_LEN, t->key) != 0)
        snprintf(why, sizeof why, "it is damaged or was written with another key");
    buf_free(&b);
    cJSON *root = NULL;
    if (!why[0]) {
        root = cJSON_ParseWithLength((const char *)plain, (size_t)plain_len);
        const cJSON *docs = root ? cJSON_GetObjectItemCaseSensitive(root, "docs") : NULL;
        if (!cJSON_IsArray(docs)) {
            snprintf(why, sizeof why, "its contents are not a history");
            cJSON_Delete(root);
            root = NULL;
        }
    }
    if (plain) {
        sodium_memzero(plain, (size_t)plain_len);
        free(plain);
    }
    if (why[0])
        return set_aside(t, why, note, err) < 0 ? -1 : 0;
    cJSON_Delete(t->root);
    t->root = root;
    t->docs = cJSON_GetObjectItemCaseSensitive(root, "docs");
    return 1;
}

static void txn_end(txn *t)
{
    sodium_memzero(t->key, sizeof t->key);
    t->have_key = 0;
    cJSON_Delete(t->root);
    t->root = NULL;
    if (t->locked)
        platform_unlock(t->lock);
    t->locked = 0;
}

/* Lock and read. create: make the directory and the key when missing
 * (only writers do; reading a history that does not exist creates
 * nothing). */
static int txn_begin(history *h, txn *t, int create, char *note, char *err)
{
    memset(t, 0, sizeof *t);
    t->h = h;
    if (note)
        note[0] = '\0';
    if (empty_root(t, err) < 0)
        return -1;
    if (!create && !platform_is_dir(h->dir))
        return 0;
    if (create && platform_mkdirs(h->dir, err) < 0) {
        txn_end(t);
        return -1;
    }
    if (platform_lock(h->lock, h->lock_timeout_ms, &t->lock, err) < 0) {
        txn_end(t);
        return -1;
    }
    t->locked = 1;
    if (load_key(t, create, note, err) < 0 || load_db(t, note, err) < 0) {
        txn_end(t);
        return -1;
    }
    return 0;
}

static int64_t doc_last(const cJSON *doc) { return num_field(cJSON_GetObjectItemCaseSensitive(doc, "cur"), "last"); }

/* Encrypt and write t->root, dropping the documents seen longest ago while
 * it is over the cap (never `keep`, the one just recorded, unless it
 * alone is too large). */
static int txn_commit(txn *t, const cJSON *keep, char *err)
{
    if (!t->have_key && load_key(t, 1, NULL, err) < 0)
        return -1;
    size_t n = (size_t)cJSON_GetArraySize(t->docs);
    char **parts = xcalloc(n + 1, sizeof *parts, err);
    buf plain = BUF_INIT;
    unsigned char *out = NULL;
    int rc = -1;
    if (!parts)
        goto done;
    size_t total = 64, i = 0;
    const cJSON *d;
    cJSON_ArrayForEach(d, t->docs)
    {
        if (!(parts[i] = cJSON_PrintUnformatted(d))) {
            err_set(err, "out of memory writing the history");
            goto done;
        }
        total += strlen(parts[i]) + 1;
        i++;
    }
    /* oldest first: a selection sort is enough for the rare eviction */
    for (size_t a = 0; a < n && total > t->h->max_bytes; a++) {
        size_t best = (size_t)-1;
        for (size_t k = 0; k < n; k++) {
            if (!parts[k] || cJSON_GetArrayItem(t->docs, (int)k) == keep)
                continue;
            if (best == (size_t)-1 || doc_last(cJSON_GetArrayItem(t->docs, (int)k)) <
                                          doc_last(cJSON_GetArrayItem(t->docs, (int)best)))
                best = k;
        }
        if (best == (size_t)-1)
            break;
        total -= strlen(parts[best]) + 1;
        cJSON_free(parts[best]);
        parts[best] = NULL;
    }
    if (total > t->h->max_bytes) {
        err_set(err, "this page's record alone is larger than the history's %zu-byte cap; not recorded",
                t->h->max_bytes);
        goto done;
    }
    int ok = buf_puts(&plain, "{\"format\":1,\"docs\":[") == 0;
    int first = 1;
    for (size_t k = 0; ok && k < n; k++) {
        if (!parts[k])
            continue;
        ok = (first ? 0 : buf_putc(&plain, ',')) == 0 && buf_puts(&plain, parts[k]) == 0;
        first = 0;
    }
    ok = ok && buf_puts(&plain, "]}") == 0;
    if (!ok) {
        err_set(err, "out of memory writing the history");
        goto done;
    }
    size_t out_len = HEADER_LEN + NONCE_LEN + plain.len + TAG_LEN;
    out = xmalloc(out_len, err);
    if (!out)
        goto done;
    memcpy(out, HEADER, HEADER_LEN);
    randombytes_buf(out + HEADER_LEN, NONCE_LEN);
    crypto_aead_xchacha20poly1305_ietf_encrypt(out + HEADER_LEN + NONCE_LEN, NULL, (const unsigned char *)plain.data,
                                               plain.len, out, HEADER_LEN, NULL, out + HEADER_LEN, t->key);
    rc = platform_write_atomic(t->h->db, out, out_len, 1, err);
done:
    for (size_t k = 0; parts && k < n; k++)
        cJSON_free(parts[k]);
    free(parts);
    if (plain.data)
        sodium_memzero(plain.data, plain.cap);
    buf_free(&plain);
    free(out);
    return rc;
}

static cJSON *find_doc(const cJSON *docs, const char *site, const char *path)
{
    cJSON *d;
    cJSON_ArrayForEach(d, docs)
    {
        const char *s = str_field(d, "site"), *p = str_field(d, "path");
        if (s && p && strcmp(s, site) == 0 && strcmp(p, path) == 0)
            return d;
    }
    return NULL;
}

/* ------------------------------------------------------------------------
 * Recording
 * ---------------------------------------------------------------------- */

void history_change_free(history_change *c)
{
    if (!c)
        return;
    diff_doc_free(c->old_doc);
    diff_result_free(&c->result);
    free(c);
}

static int same_str(const cJSON *o, const char *key, const char *value)
{
    const char *s = str_field(o, key);
    return s && strcmp(s, value) == 0;
}

static void set_title(cJSON *doc, const char *title)
{
    char t[TITLE_MAX + 1];
    size_t n = title ? strlen(title) : 0;
    if (n > TITLE_MAX) {
        n = TITLE_MAX;
        while (n && ((unsigned char)title[n] & 0xC0) == 0x80) /* whole characters */
            n--;
    }
    for (size_t i = 0; i < n; i++) /* a page's title must not drive a terminal (history show) */
        t[i] = (unsigned char)title[i] < 0x20 || title[i] == 0x7f ? ' ' : title[i];
    t[n] = '\0';
    cJSON_DeleteItemFromObjectCaseSensitive(doc, "title");
    cJSON_AddStringToObject(doc, "title", t);
}

/* Compare a stored version with doc: *res, and whether the rules agree. */
static int compare(const cJSON *stored, const diff_doc *doc, const char *rules_hex, diff_doc **old_doc,
                   diff_result *res, int *same_rules, char *err)
{
    *old_doc = version_doc(stored, err);
    if (!*old_doc)
        return -1;
    *same_rules = same_str(stored, "rules", rules_hex);
    if (diff_run(*old_doc, doc, *same_rules, res, err) < 0) {
        diff_doc_free(*old_doc);
        *old_doc = NULL;
        return -1;
    }
    return 0;
}

int history_record(history *h, const char *url, const char *title, const diff_doc *doc, uint64_t rules_digest,
                   int64_t now, history_change **change, char *note, char *err)
{
    char site[HISTORY_SITE_LEN], path[HISTORY_PATH_LEN];
    *change = NULL;
    note[0] = '\0';
    if (history_key(url, site, path) < 0)
        return 0;
    txn t;
    if (txn_begin(h, &t, 1, note, err) < 0)
        return -1;
    char text[33], rules_hex[17];
    diff_doc_text_fingerprint(doc, text);
    snprintf(rules_hex, sizeof rules_hex, "%016llx", (unsigned long long)rules_digest);
    int rc = -1;
    cJSON *entry = find_doc(t.docs, site, path);
    if (!entry) {
        if (diff_doc_item_count(doc) == 0) { /* nothing worth remembering yet */
            txn_end(&t);
            return 0;
        }
        entry = cJSON_CreateObject();
        cJSON *cur = version_json(doc, rules_digest, now, now);
        if (!entry || !cur) {
            cJSON_Delete(entry);
            cJSON_Delete(cur);
            err_set(err, "out of memory recording history");
            goto done;
        }
        cJSON_AddStringToObject(entry, "site", site);
        cJSON_AddStringToObject(entry, "path", path);
        set_title(entry, title);
        cJSON_AddItemToObject(entry, "cur", cur);
        cJSON_AddItemToArray(t.docs, entry);
    } else {
        set_title(entry, title);
        cJSON *cur = cJSON_GetObjectItemCaseSensitive(entry, "cur");
        int64_t first = num_field(cur, "first");
        int replace = 0, push = 0;
        if (cur && same_str(cur, "text", text)) {
            /* the same text: other rules may have found other things */
            replace = !same_str(cur, "rules", rules_hex);
            if (!replace)
                cJSON_ReplaceItemInObjectCaseSensitive(cur, "last", cJSON_CreateNumber((double)now));
        } else {
            diff_doc *cur_doc = NULL;
            diff_result res;
            int same_rules;
            char e2[ERR_LEN];
            if (!cur || compare(cur, doc, rules_hex, &cur_doc, &res, &same_rules, e2) < 0)
                replace = 1; /* an unreadable version is simply replaced */
            else {
                push = diff_result_any(&res);
                replace = !push;
                diff_result_free(&res);
                diff_doc_free(cur_doc);
            }
        }
        if (push || replace) {
            cJSON *next = version_json(doc, rules_digest, push || !cur ? now : first, now);
            if (!next) {
                err_set(err, "out of memory recording history");
                goto done;
            }
            if (push) { /* the current version becomes the one before */
                cJSON_DeleteItemFromObjectCaseSensitive(entry, "prev");
                cJSON_AddItemToObject(entry, "prev", cJSON_DetachItemFromObjectCaseSensitive(entry, "cur"));
                cJSON_AddItemToObject(entry, "cur", next);
            } else if (cur)
                cJSON_ReplaceItemInObjectCaseSensitive(entry, "cur", next);
            else
                cJSON_AddItemToObject(entry, "cur", next);
        }
        const cJSON *prev = cJSON_GetObjectItemCaseSensitive(entry, "prev");
        if (prev) {
            history_change *c = xcalloc(1, sizeof *c, err);
            int same_rules;
            char e2[ERR_LEN];
            if (!c)
                goto done;
            if (compare(prev, doc, rules_hex, &c->old_doc, &c->result, &same_rules, e2) == 0 &&
                diff_result_any(&c->result)) {
                c->since = num_field(prev, "last");
                c->noticed = num_field(cJSON_GetObjectItemCaseSensitive(entry, "cur"), "first");
                c->rules_changed = !same_rules;
                *change = c;
            } else
                history_change_free(c);
        }
    }
    rc = txn_commit(&t, entry, err);
done:
    if (rc < 0) {
        history_change_free(*change);
        *change = NULL;
    }
    txn_end(&t);
    return rc;
}

/* ------------------------------------------------------------------------
 * Listing, forgetting, clearing
 * ---------------------------------------------------------------------- */

void history_entries_free(history_entry *e, size_t n)
{
    for (size_t i = 0; e && i < n; i++) {
        free(e[i].site);
        free(e[i].path);
        free(e[i].title);
    }
    free(e);
}

static int cmp_entry(const void *a, const void *b)
{
    const history_entry *x = a, *y = b;
    int c = strcmp(x->site, y->site);
    return c ? c : strcmp(x->path, y->path);
}

static void fill_entry(history_entry *e, const cJSON *doc)
{
    const cJSON *cur = cJSON_GetObjectItemCaseSensitive(doc, "cur");
    const cJSON *prev = cJSON_GetObjectItemCaseSensitive(doc, "prev");
    e->first_seen = num_field(cur, "first");
    e->last_seen = num_field(cur, "last");
    e->findings = (size_t)cJSON_GetArraySize(cJSON_GetObjectItemCaseSensitive(cur, "findings"));
    const cJSON *answers = cJSON_GetObjectItemCaseSensitive(cur, "answers");
    if (!answers || summary_answers_from_json(answers, &e->answers) < 0)
        memset(&e->answers, 0, sizeof e->answers);
    if (!prev || !cur)
        return;
    char e2[ERR_LEN];
    diff_doc *o = version_doc(prev, e2), *n = version_doc(cur, e2);
    diff_result r;
    if (o && n && diff_run(o, n, same_str(prev, "rules", str_field(cur, "rules") ? str_field(cur, "rules") : ""), &r,
                           e2) == 0) {
        e->changed = 1;
        e->changed_since = num_field(prev, "last");
        e->added = r.n_added;
        e->removed = r.n_removed;
        e->reworded = r.n_reworded;
        memcpy(e->answer_changed, r.answers, sizeof e->answer_changed);
        if (diff_doc_summary(o))
            e->old_answers = *diff_doc_summary(o);
        diff_result_free(&r);
    }
    diff_doc_free(o);
    diff_doc_free(n);
}

int history_list(history *h, history_entry **out, size_t *n, char *note, char *err)
{
    *out = NULL;
    *n = 0;
    txn t;
    if (txn_begin(h, &t, 0, note, err) < 0)
        return -1;
    size_t count = (size_t)cJSON_GetArraySize(t.docs);
    history_entry *e = xcalloc(count + 1, sizeof *e, err);
    if (!e) {
        txn_end(&t);
        return -1;
    }
    size_t k = 0;
    const cJSON *d;
    cJSON_ArrayForEach(d, t.docs)
    {
        const char *site = str_field(d, "site"), *path = str_field(d, "path"), *title = str_field(d, "title");
        if (!site || !path)
            continue;
        e[k].site = strdup(site);
        e[k].path = strdup(path);
        e[k].title = strdup(title ? title : "");
        if (!e[k].site || !e[k].path || !e[k].title) {
            history_entries_free(e, k + 1);
            txn_end(&t);
            err_set(err, "out of memory");
            return -1;
        }
        fill_entry(&e[k], d);
        k++;
    }
    txn_end(&t);
    qsort(e, k, sizeof *e, cmp_entry);
    *out = e;
    *n = k;
    return 0;
}

int history_forget(history *h, const char *site, size_t *removed, char *note, char *err)
{
    *removed = 0;
    txn t;
    if (txn_begin(h, &t, 0, note, err) < 0)
        return -1;
    for (int i = cJSON_GetArraySize(t.docs) - 1; i >= 0; i--) {
        const char *s = str_field(cJSON_GetArrayItem(t.docs, i), "site");
        if (s && history_site_matches(s, site)) {
            cJSON_DeleteItemFromArray(t.docs, i);
            (*removed)++;
        }
    }
    int rc = *removed ? txn_commit(&t, NULL, err) : 0;
    txn_end(&t);
    return rc;
}

int history_clear(history *h, char *err)
{
    txn t;
    memset(&t, 0, sizeof t);
    t.h = h;
    if (!platform_is_dir(h->dir))
        return 0;
    /* no reading: a damaged file is cleared like any other */
    if (platform_lock(h->lock, h->lock_timeout_ms, &t.lock, err) < 0)
        return -1;
    t.locked = 1;
    char tmp[4300];
    snprintf(tmp, sizeof tmp, "%s.tmp", h->db);
    int rc = platform_remove(h->db, err) < 0 || platform_remove(tmp, err) < 0 || platform_remove(h->key, err) < 0
                 ? -1
                 : 0;
    /* and whatever was set aside */
    DIR *d = opendir(h->dir);
    if (d) {
        struct dirent *e;
        while ((e = readdir(d)) != NULL)
            if (strncmp(e->d_name, "history.db.broken-", 18) == 0 || strncmp(e->d_name, "history.key.broken-", 19) == 0) {
                char p[4400];
                snprintf(p, sizeof p, "%s%c%s", h->dir, PLATFORM_SEP, e->d_name);
                if (platform_remove(p, err) < 0)
                    rc = -1;
            }
        closedir(d);
    }
    txn_end(&t);
    return rc;
}

/* ------------------------------------------------------------------------
 * JSON for the protocol
 * ---------------------------------------------------------------------- */

static void add_time(cJSON *o, const char *key, int64_t t)
{
    char iso[32];
    history_iso_time(t, iso);
    cJSON_AddStringToObject(o, key, iso);
}

static void add_id(cJSON *arr, long id)
{
    char s[32];
    snprintf(s, sizeof s, "f%ld", id);
    cJSON_AddItemToArray(arr, cJSON_CreateString(s));
}

cJSON *history_change_json(const history_change *c, const diff_doc *doc, const rules *r, size_t cap)
{
    cJSON *o = cJSON_CreateObject();
    if (!o)
        return NULL;
    const diff_result *res = &c->result;
    int truncated = res->n_added > cap || res->n_removed > cap || res->n_reworded > cap;
    add_time(o, "since", c->since);
    add_time(o, "noticed", c->noticed);
    cJSON *added = cJSON_AddArrayToObject(o, "added");
    for (size_t i = 0; added && i < res->n_added && i < cap; i++)
        add_id(added, diff_doc_item(doc, res->added[i])->id);
    cJSON *reworded = cJSON_AddArrayToObject(o, "reworded");
    for (size_t i = 0; reworded && i < res->n_reworded && i < cap; i++) {
        const diff_item *now = diff_doc_item(doc, res->reworded[i].new_item);
        cJSON *p = cJSON_CreateObject();
        if (!p)
            break;
        char id[32];
        snprintf(id, sizeof id, "f%ld", now->id);
        cJSON_AddStringToObject(p, "id", id);
        cJSON_AddStringToObject(p, "label", label_name(now->label));
        cJSON_AddItemToObject(p, "was", diff_item_json(diff_doc_item(c->old_doc, res->reworded[i].old_item), r));
        cJSON_AddItemToArray(reworded, p);
    }
    cJSON *removed = cJSON_AddArrayToObject(o, "removed");
    for (size_t i = 0; removed && i < res->n_removed && i < cap; i++)
        cJSON_AddItemToArray(removed, diff_item_json(diff_doc_item(c->old_doc, res->removed[i]), r));
    cJSON_AddItemToObject(o, "answers", diff_answers_json(c->old_doc, doc, res));
    cJSON_AddBoolToObject(o, "rules_changed", c->rules_changed);
    cJSON_AddBoolToObject(o, "truncated", truncated);
    return o;
}

cJSON *history_sites_json(const history_entry *e, size_t n)
{
    cJSON *o = cJSON_CreateObject();
    cJSON *sites = o ? cJSON_AddArrayToObject(o, "sites") : NULL;
    if (!sites) {
        cJSON_Delete(o);
        return NULL;
    }
    for (size_t i = 0; i < n;) {
        cJSON *site = cJSON_CreateObject();
        if (!site)
            break;
        cJSON_AddStringToObject(site, "site", e[i].site);
        cJSON *docs = cJSON_AddArrayToObject(site, "documents");
        int64_t last = 0;
        size_t k = i;
        for (; k < n && strcmp(e[k].site, e[i].site) == 0; k++) {
            cJSON *d = cJSON_CreateObject();
            if (!d)
                break;
            cJSON_AddStringToObject(d, "path", e[k].path);
            cJSON_AddStringToObject(d, "title", e[k].title);
            add_time(d, "first_seen", e[k].first_seen);
            add_time(d, "last_seen", e[k].last_seen);
            cJSON_AddNumberToObject(d, "findings", (double)e[k].findings);
            if (e[k].changed)
                add_time(d, "changed_since", e[k].changed_since);
            else
                cJSON_AddNullToObject(d, "changed_since");
            cJSON_AddItemToArray(docs, d);
            if (e[k].last_seen > last)
                last = e[k].last_seen;
        }
        add_time(site, "last_seen", last);
        cJSON_AddItemToArray(sites, site);
        i = k > i ? k : i + 1;
    }
    return o;
}
