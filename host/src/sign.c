/* sign.c - Ed25519 keys and detached signatures for rule packs. */
#include "sign.h"

#include "buf.h"
#include "platform.h"

#include <errno.h>
#include <sodium.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* The project's release public key (keys/release.pub). Its secret half is
 * kept offline; it never enters the repository. tests/trust checks that
 * this line and keys/release.pub agree. */
static const char release_key_line[] = "ed25519 vlTXpK0K727/rLAZJKFS0iE1nakgYyK6Rnw/9SRoLuU= smallprint release key 1";

#define SIG_MAGIC "smallprint-signature-1"
#define SECRET_MAGIC "smallprint-secret-key-1"
#define SIGNED_CONTEXT "smallprint-rule-pack-1\n"

typedef struct trusted_key {
    unsigned char pk[crypto_sign_PUBLICKEYBYTES];
    char id[SIGN_KEY_ID_LEN];
    char *source;  /* "built in" or the file it came from */
    char *comment; /* may be "" */
} trusted_key;

struct sign_keyring {
    trusted_key *v;
    size_t n;
};

static int sodium_ready(char *err)
{
    if (sodium_init() < 0) {
        err_set(err, "libsodium could not start (sodium_init failed)");
        return -1;
    }
    return 0;
}

static void key_id(const unsigned char pk[crypto_sign_PUBLICKEYBYTES], char id[SIGN_KEY_ID_LEN])
{
    unsigned char h[16];
    crypto_generichash(h, sizeof h, pk, crypto_sign_PUBLICKEYBYTES, NULL, 0);
    sodium_bin2hex(id, SIGN_KEY_ID_LEN, h, 8);
}

/* Decode base64 of exactly want bytes; 0 / -1. */
static int b64_exact(const char *s, size_t n, unsigned char *out, size_t want)
{
    size_t got = 0;
    const char *end = NULL;
    if (sodium_base642bin(out, want, s, n, NULL, &got, &end, sodium_base64_VARIANT_ORIGINAL) != 0)
        return -1;
    return got == want && end == s + n ? 0 : -1;
}

/* Split a line into at most max whitespace-separated fields (in place);
 * the last field keeps the rest of the line. Returns the count. */
static size_t fields(char *line, char **f, size_t max)
{
    size_t n = 0;
    char *p = line;
    while (n < max) {
        while (*p == ' ' || *p == '\t')
            p++;
        if (!*p || *p == '\n' || *p == '\r')
            break;
        f[n++] = p;
        if (n == max)
            break;
        while (*p && *p != ' ' && *p != '\t' && *p != '\n' && *p != '\r')
            p++;
        if (*p)
            *p++ = '\0';
    }
    if (n) { /* trim the end of the last field */
        char *last = f[n - 1];
        size_t l = strlen(last);
        while (l && (last[l - 1] == '\n' || last[l - 1] == '\r' || last[l - 1] == ' ' || last[l - 1] == '\t'))
            last[--l] = '\0';
    }
    return n;
}

/* ------------------------------------------------------------------------
 * Keyring
 * ---------------------------------------------------------------------- */

/* Parse "ed25519 BASE64 comment" into pk and comment; 0 / -1. */
static int parse_public_line(char *line, unsigned char pk[crypto_sign_PUBLICKEYBYTES], const char **comment)
{
    char *f[3];
    size_t n = fields(line, f, 3);
    if (n < 2 || strcmp(f[0], "ed25519") != 0 || b64_exact(f[1], strlen(f[1]), pk, crypto_sign_PUBLICKEYBYTES) < 0)
        return -1;
    *comment = n > 2 ? f[2] : "";
    return 0;
}

static int keyring_add(sign_keyring *kr, const unsigned char *pk, const char *source, const char *comment, char *err)
{
    char id[SIGN_KEY_ID_LEN];
    key_id(pk, id);
    for (size_t i = 0; i < kr->n; i++)
        if (strcmp(kr->v[i].id, id) == 0)
            return 0; /* listed twice: once is enough */
    trusted_key *v = xrealloc(kr->v, (kr->n + 1) * sizeof *v, err);
    if (!v)
        return -1;
    kr->v = v;
    trusted_key *k = &kr->v[kr->n];
    memcpy(k->pk, pk, crypto_sign_PUBLICKEYBYTES);
    memcpy(k->id, id, sizeof id);
    k->source = xstrndup(source, strlen(source), err);
    k->comment = xstrndup(comment, strlen(comment), err);
    if (!k->source || !k->comment) {
        free(k->source);
        free(k->comment);
        return -1;
    }
    kr->n++;
    return 1;
}

sign_keyring *sign_keyring_new(char *err)
{
    if (sodium_ready(err) < 0)
        return NULL;
    return xcalloc(1, sizeof(sign_keyring), err);
}

int sign_keyring_add_release(sign_keyring *kr, char *err)
{
    char line[sizeof release_key_line];
    memcpy(line, release_key_line, sizeof line);
    unsigned char pk[crypto_sign_PUBLICKEYBYTES];
    const char *comment;
    if (parse_public_line(line, pk, &comment) < 0) {
        err_set(err, "the release key built into this host is malformed (a build error)");
        return -1;
    }
    return keyring_add(kr, pk, "built in", comment, err) < 0 ? -1 : 0;
}

void sign_keyring_free(sign_keyring *kr)
{
    if (!kr)
        return;
    for (size_t i = 0; i < kr->n; i++) {
        free(kr->v[i].source);
        free(kr->v[i].comment);
    }
    free(kr->v);
    free(kr);
}

int sign_keyring_add_file(sign_keyring *kr, const char *path, int required, char *err)
{
    FILE *f = fopen(path, "r");
    if (!f) {
        if (!required && errno == ENOENT)
            return 0;
        err_set(err, "trusted keys %s: %s", path, strerror(errno));
        return -1;
    }
    /* a key file anyone else may rewrite cannot vouch for anything */
    if (platform_others_bits(path) & 022) {
        fclose(f);
        err_set(err, "trusted keys %s: others may write to it; make it writable by you only (chmod go-w)", path);
        return -1;
    }
    char line[1024];
    int lineno = 0, added = 0;
    while (fgets(line, sizeof line, f)) {
        lineno++;
        char *s = line;
        while (*s == ' ' || *s == '\t')
            s++;
        if (!*s || *s == '#' || *s == '\n' || *s == '\r')
            continue;
        unsigned char pk[crypto_sign_PUBLICKEYBYTES];
        const char *comment;
        if (parse_public_line(s, pk, &comment) < 0) {
            fprintf(stderr, "smallprint-host: %s:%d: not a public key (expected \"ed25519 BASE64 comment\"); "
                            "line ignored\n", path, lineno);
            continue;
        }
        int rc = keyring_add(kr, pk, path, comment, err);
        if (rc < 0) {
            fclose(f);
            return -1;
        }
        added += rc;
    }
    fclose(f);
    return added;
}

sign_keyring *sign_keyring_default(const char *keys_file, char *err)
{
    sign_keyring *kr = sign_keyring_new(err);
    if (!kr)
        return NULL;
    if (sign_keyring_add_release(kr, err) < 0 || (keys_file && sign_keyring_add_file(kr, keys_file, 1, err) < 0)) {
        sign_keyring_free(kr);
        return NULL;
    }
    char paths[3][4200];
    size_t np = 0;
    char exe[4096], e2[ERR_LEN];
    if (platform_exe_path(exe, sizeof exe, e2) == 0) {
        char *slash = strrchr(exe, PLATFORM_SEP);
        if (slash) {
            *slash = '\0';
            snprintf(paths[np++], sizeof paths[0], "%s%ctrusted-keys", exe, PLATFORM_SEP);
            snprintf(paths[np++], sizeof paths[0], "%s%c..%cshare%csmallprint%ctrusted-keys", exe, PLATFORM_SEP,
                     PLATFORM_SEP, PLATFORM_SEP, PLATFORM_SEP);
        }
    }
    char cfg[4096];
    if (platform_config_dir(cfg, sizeof cfg, e2) == 0)
        snprintf(paths[np++], sizeof paths[0], "%s%ctrusted-keys", cfg, PLATFORM_SEP);
    for (size_t i = 0; i < np; i++)
        if (sign_keyring_add_file(kr, paths[i], 0, e2) < 0)
            fprintf(stderr, "smallprint-host: %s; its keys are not trusted\n", e2);
    return kr;
}

size_t sign_keyring_count(const sign_keyring *kr) { return kr->n; }

void sign_keyring_key(const sign_keyring *kr, size_t i, char id[SIGN_KEY_ID_LEN], const char **source,
                      const char **comment)
{
    memcpy(id, kr->v[i].id, SIGN_KEY_ID_LEN);
    *source = kr->v[i].source;
    *comment = kr->v[i].comment;
}

void sign_release_key_id(char id[SIGN_KEY_ID_LEN])
{
    char line[sizeof release_key_line];
    memcpy(line, release_key_line, sizeof line);
    unsigned char pk[crypto_sign_PUBLICKEYBYTES];
    const char *comment;
    if (sodium_init() < 0 || parse_public_line(line, pk, &comment) < 0) {
        snprintf(id, SIGN_KEY_ID_LEN, "%s", "malformed");
        return;
    }
    key_id(pk, id);
}

/* ------------------------------------------------------------------------
 * Keys and signatures
 * ---------------------------------------------------------------------- */

int sign_keygen(const char *secret_path, const char *public_path, const char *comment, char *err)
{
    if (sodium_ready(err) < 0)
        return -1;
    if (!comment || !*comment)
        comment = "smallprint rules key";
    if (strpbrk(comment, "\r\n")) {
        err_set(err, "a key comment must be one line");
        return -1;
    }
    FILE *probe;
    if ((probe = fopen(secret_path, "rb")) || (probe = fopen(public_path, "rb"))) {
        fclose(probe);
        err_set(err, "%s or %s already exists; not overwriting a key", secret_path, public_path);
        return -1;
    }
    unsigned char pk[crypto_sign_PUBLICKEYBYTES], sk[crypto_sign_SECRETKEYBYTES];
    char id[SIGN_KEY_ID_LEN];
    char sk64[sodium_base64_ENCODED_LEN(crypto_sign_SECRETKEYBYTES, sodium_base64_VARIANT_ORIGINAL)];
    char pk64[sodium_base64_ENCODED_LEN(crypto_sign_PUBLICKEYBYTES, sodium_base64_VARIANT_ORIGINAL)];
    crypto_sign_keypair(pk, sk);
    key_id(pk, id);
    sodium_bin2base64(sk64, sizeof sk64, sk, sizeof sk, sodium_base64_VARIANT_ORIGINAL);
    sodium_bin2base64(pk64, sizeof pk64, pk, sizeof pk, sodium_base64_VARIANT_ORIGINAL);
    sodium_memzero(sk, sizeof sk);
    buf s = BUF_INIT, p = BUF_INIT;
    int rc = -1;
    if (buf_printf(&s, "%s ed25519 %s %s\n# secret key %s (%s): keep it private, never commit it\n", SECRET_MAGIC,
                   id, sk64, id, comment) < 0 ||
        buf_printf(&p, "ed25519 %s %s\n", pk64, comment) < 0) {
        err_set(err, "out of memory");
        goto done;
    }
    if (platform_write_new(secret_path, s.data, s.len, 1, err) < 0)
        goto done;
    if (platform_write_new(public_path, p.data, p.len, 0, err) < 0) {
        remove(secret_path);
        goto done;
    }
    rc = 0;
done:
    sodium_memzero(sk64, sizeof sk64);
    if (s.data)
        sodium_memzero(s.data, s.cap);
    buf_free(&s);
    buf_free(&p);
    return rc;
}

/* The base name of a path. */
static const char *base_name(const char *path)
{
    const char *b = strrchr(path, '/');
#ifdef _WIN32
    const char *b2 = strrchr(path, '\\');
    if (b2 && (!b || b2 > b))
        b = b2;
#endif
    return b ? b + 1 : path;
}

void sign_pack_hash(const char *data, size_t len, unsigned char hash[SIGN_HASH_BYTES])
{
    crypto_generichash(hash, SIGN_HASH_BYTES, (const unsigned char *)data, len, NULL, 0);
}

/* The message a signature covers: context, file name, BLAKE2b-512 of the
 * bytes. Prehashing keeps large packs out of the signing call. */
static int signed_message_hashed(const char *name, const unsigned char h[SIGN_HASH_BYTES], buf *msg)
{
    return buf_puts(msg, SIGNED_CONTEXT) < 0 || buf_puts(msg, name) < 0 || buf_putc(msg, '\n') < 0 ||
                   buf_append(msg, h, SIGN_HASH_BYTES) < 0
               ? -1
               : 0;
}

static int signed_message(const char *name, const char *data, size_t len, buf *msg)
{
    unsigned char h[SIGN_HASH_BYTES];
    sign_pack_hash(data, len, h);
    return signed_message_hashed(name, h, msg);
}

static int read_secret(const char *path, unsigned char sk[crypto_sign_SECRETKEYBYTES], char *err)
{
    buf b = BUF_INIT;
    if (buf_read_file(&b, path, err) < 0)
        return -1;
    if (platform_others_bits(path) & 077)
        fprintf(stderr, "smallprint-host: warning: secret key %s is readable by others; chmod 600 it\n", path);
    char *f[4];
    size_t n = fields(b.data, f, 4);
    int rc = 0;
    if (n < 4 || strcmp(f[0], SECRET_MAGIC) != 0 || strcmp(f[1], "ed25519") != 0) {
        err_set(err, "%s: not a smallprint secret key (create one with `smallprint-host rules keygen`)", path);
        rc = -1;
    } else {
        /* the key is the 4th field up to the end of its line */
        char *nl = strpbrk(f[3], " \t\r\n");
        size_t l = nl ? (size_t)(nl - f[3]) : strlen(f[3]);
        if (b64_exact(f[3], l, sk, crypto_sign_SECRETKEYBYTES) < 0) {
            err_set(err, "%s: the secret key is damaged (bad base64 or length)", path);
            rc = -1;
        }
    }
    sodium_memzero(b.data, b.cap);
    buf_free(&b);
    return rc;
}

int sign_pack(const char *secret_path, const char *pack_path, char key_id_out[SIGN_KEY_ID_LEN], char *err)
{
    if (sodium_ready(err) < 0)
        return -1;
    const char *name = base_name(pack_path);
    if (!*name || strpbrk(name, " \t\r\n")) {
        err_set(err, "%s: a signed pack's file name must not contain spaces", pack_path);
        return -1;
    }
    unsigned char sk[crypto_sign_SECRETKEYBYTES];
    if (read_secret(secret_path, sk, err) < 0)
        return -1;
    buf data = BUF_INIT, msg = BUF_INIT, line = BUF_INIT;
    int rc = -1;
    if (buf_read_file(&data, pack_path, err) < 0)
        goto done;
    if (signed_message(name, data.data, data.len, &msg) < 0) {
        err_set(err, "out of memory");
        goto done;
    }
    unsigned char sig[crypto_sign_BYTES], pk[crypto_sign_PUBLICKEYBYTES];
    crypto_sign_detached(sig, NULL, (const unsigned char *)msg.data, msg.len, sk);
    crypto_sign_ed25519_sk_to_pk(pk, sk);
    char id[SIGN_KEY_ID_LEN];
    key_id(pk, id);
    char sig64[sodium_base64_ENCODED_LEN(crypto_sign_BYTES, sodium_base64_VARIANT_ORIGINAL)];
    sodium_bin2base64(sig64, sizeof sig64, sig, sizeof sig, sodium_base64_VARIANT_ORIGINAL);
    char sig_path[4200];
    snprintf(sig_path, sizeof sig_path, "%s.sig", pack_path);
    if (buf_printf(&line, "%s ed25519 %s %s %s\n", SIG_MAGIC, id, name, sig64) < 0) {
        err_set(err, "out of memory");
        goto done;
    }
    if (platform_write_atomic(sig_path, line.data, line.len, 0, err) < 0)
        goto done;
    if (key_id_out)
        memcpy(key_id_out, id, SIGN_KEY_ID_LEN);
    rc = 0;
done:
    sodium_memzero(sk, sizeof sk);
    buf_free(&data);
    buf_free(&msg);
    buf_free(&line);
    return rc;
}

/* "the release key 1a2b... and 2 keys from build/trusted-keys" */
static void describe_trusted(const sign_keyring *kr, char *out, size_t len)
{
    size_t used = 0;
    out[0] = '\0';
    for (size_t i = 0; i < kr->n && used + 1 < len; i++) {
        int n = snprintf(out + used, len - used, "%s%s (%s)", i ? ", " : "", kr->v[i].id,
                         strcmp(kr->v[i].source, "built in") == 0 ? "release key" : kr->v[i].source);
        if (n < 0)
            break;
        used += (size_t)n;
    }
}

static int verify_hashed(const sign_keyring *kr, const char *path, const unsigned char hash[SIGN_HASH_BYTES], char *err)
{
    char sig_path[4200];
    snprintf(sig_path, sizeof sig_path, "%s.sig", path);
    FILE *f = fopen(sig_path, "r");
    if (!f) {
        if (errno == ENOENT)
            err_set(err, "%s: unsigned pack (no %s.sig beside it); the host only runs signed rules "
                         "(`make` signs rules/ into build/rules; --allow-unsigned-rules is for writing rules)",
                    path, base_name(path));
        else
            err_set(err, "%s: cannot read its signature %s: %s", path, sig_path, strerror(errno));
        return -1;
    }
    char line[512];
    int got = fgets(line, sizeof line, f) != NULL;
    fclose(f);
    char *fl[5];
    size_t n = got ? fields(line, fl, 5) : 0;
    unsigned char sig[crypto_sign_BYTES];
    if (n != 5 || strcmp(fl[0], SIG_MAGIC) != 0 || strcmp(fl[1], "ed25519") != 0 || strlen(fl[2]) != 16 ||
        b64_exact(fl[4], strlen(fl[4]), sig, sizeof sig) < 0) {
        err_set(err, "%s: its signature file %s is malformed (expected \"%s ed25519 KEYID FILE SIGNATURE\")", path,
                sig_path, SIG_MAGIC);
        return -1;
    }
    const char *name = base_name(path);
    if (strcmp(fl[3], name) != 0) {
        err_set(err, "%s: the signature beside it was made for \"%.100s\", not for \"%s\"", path, fl[3], name);
        return -1;
    }
    const trusted_key *k = NULL;
    for (size_t i = 0; i < kr->n; i++)
        if (strcmp(kr->v[i].id, fl[2]) == 0)
            k = &kr->v[i];
    if (!k) {
        char trusted[300];
        describe_trusted(kr, trusted, sizeof trusted);
        err_set(err, "%s: signed with key %s, which this host does not trust (trusted: %s); "
                     "add its public key to a trusted-keys file to accept it",
                path, fl[2], trusted);
        return -1;
    }
    buf msg = BUF_INIT;
    if (signed_message_hashed(name, hash, &msg) < 0) {
        err_set(err, "out of memory");
        return -1;
    }
    int ok = crypto_sign_verify_detached(sig, (const unsigned char *)msg.data, msg.len, k->pk) == 0;
    buf_free(&msg);
    if (!ok) {
        err_set(err, "%s: signature check failed: the pack was changed after key %s signed it; "
                     "restore it or sign it again",
                path, k->id);
        return -1;
    }
    return 0;
}

int sign_verify(const sign_keyring *kr, const char *path, const char *data, size_t len, char *err)
{
    if (sodium_ready(err) < 0)
        return -1;
    unsigned char h[SIGN_HASH_BYTES];
    sign_pack_hash(data, len, h);
    return verify_hashed(kr, path, h, err);
}

int sign_check_pack(const sign_keyring *kr, const char *path, const unsigned char hash[SIGN_HASH_BYTES],
                    int allow_unsigned, int *signed_ok, char *err)
{
    char why[ERR_LEN];
    *signed_ok = 0;
    if (kr && sodium_ready(why) == 0 && verify_hashed(kr, path, hash, why) == 0) {
        *signed_ok = 1;
        return 0;
    }
    if (!kr)
        snprintf(why, sizeof why, "%s: no trusted keys could be loaded", path);
    if (allow_unsigned)
        return 0; /* loaded as unsigned: hello reports "signed": false */
    err_set(err, "%s", why);
    return -1;
}
