/* test_sign.c - keys, signatures and trusted-key files (sign.c). */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>

#include "tmpdir.h"

#include "buf.h"
#include "sign.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>


static void path_in(char *out, size_t len, const char *name) { snprintf(out, len, "%s/%s", dir, name); }

static void write_file(const char *path, const char *text)
{
    FILE *f = fopen(path, "wb");
    assert_non_null(f);
    fputs(text, f);
    fclose(f);
}


/* A keyring trusting exactly the public key file pub. */
static sign_keyring *ring_of(const char *pub)
{
    char err[ERR_LEN];
    sign_keyring *kr = sign_keyring_new(err);
    assert_non_null(kr);
    assert_int_equal(sign_keyring_add_file(kr, pub, 1, err), 1);
    return kr;
}

static int verify_file(const sign_keyring *kr, const char *path, char *err)
{
    buf b = BUF_INIT;
    assert_int_equal(buf_read_file(&b, path, err), 0);
    int rc = sign_verify(kr, path, b.data, b.len, err);
    buf_free(&b);
    return rc;
}

static void make_key(const char *name, char *sec, char *pub)
{
    char err[ERR_LEN], s[64], p[64];
    snprintf(s, sizeof s, "%s.secret", name);
    snprintf(p, sizeof p, "%s.pub", name);
    path_in(sec, 400, s);
    path_in(pub, 400, p);
    assert_int_equal(sign_keygen(sec, pub, "test key", err), 0);
}

static void test_keygen_modes_and_refusal(void **state)
{
    (void)state;
    char sec[400], pub[400], err[ERR_LEN];
    make_key("k1", sec, pub);
    struct stat st;
    assert_int_equal(stat(sec, &st), 0);
    assert_int_equal(st.st_mode & 0777, 0600);
    /* never overwrites a key */
    assert_int_equal(sign_keygen(sec, pub, NULL, err), -1);
    assert_non_null(strstr(err, "not overwriting"));
    /* a comment must be one line (it goes into a one-line format) */
    char s2[400], p2[400];
    path_in(s2, sizeof s2, "k2.secret");
    path_in(p2, sizeof p2, "k2.pub");
    assert_int_equal(sign_keygen(s2, p2, "two\nlines", err), -1);
}

static void test_sign_verify_and_each_refusal(void **state)
{
    (void)state;
    char sec[400], pub[400], other_sec[400], other_pub[400], pack[400], err[ERR_LEN];
    make_key("good", sec, pub);
    make_key("other", other_sec, other_pub);
    path_in(pack, sizeof pack, "10-pack.json");
    write_file(pack, "{\"pack\": \"p\", \"version\": \"1\", \"rules\": []}\n");
    sign_keyring *kr = ring_of(pub);

    /* missing signature */
    assert_int_equal(verify_file(kr, pack, err), -1);
    assert_non_null(strstr(err, "10-pack.json"));
    assert_non_null(strstr(err, "unsigned pack"));

    /* signed: verifies */
    char id[SIGN_KEY_ID_LEN];
    assert_int_equal(sign_pack(sec, pack, id, err), 0);
    assert_int_equal(strlen(id), 16);
    assert_int_equal(verify_file(kr, pack, err), 0);

    /* one flipped byte */
    buf b = BUF_INIT;
    assert_int_equal(buf_read_file(&b, pack, err), 0);
    b.data[5] ^= 0x01;
    assert_int_equal(sign_verify(kr, pack, b.data, b.len, err), -1);
    assert_non_null(strstr(err, "changed after key"));
    b.data[5] ^= 0x01;
    assert_int_equal(sign_verify(kr, pack, b.data, b.len, err), 0);

    /* the same bytes under another name: the signature names its file */
    char renamed[400];
    path_in(renamed, sizeof renamed, "20-pack.json");
    assert_int_equal(sign_verify(kr, renamed, b.data, b.len, err), -1);
    buf_free(&b);

    /* a key this ring does not trust */
    assert_int_equal(sign_pack(other_sec, pack, NULL, err), 0);
    assert_int_equal(verify_file(kr, pack, err), -1);
    assert_non_null(strstr(err, "does not trust"));

    /* a malformed signature file */
    char sig[420];
    snprintf(sig, sizeof sig, "%s.sig", pack);
    write_file(sig, "smallprint-signature-1 ed25519 0011223344556677 10-pack.json notbase64!!\n");
    assert_int_equal(verify_file(kr, pack, err), -1);
    assert_non_null(strstr(err, "malformed"));

    /* a signature moved from another file */
    assert_int_equal(sign_pack(sec, pack, NULL, err), 0);
    write_file(renamed, "{\"pack\": \"p\", \"version\": \"1\", \"rules\": []}\n");
    char sig2[420];
    snprintf(sig2, sizeof sig2, "%s.sig", renamed);
    assert_int_equal(rename(sig, sig2), 0);
    assert_int_equal(verify_file(kr, renamed, err), -1);
    assert_non_null(strstr(err, "made for \"10-pack.json\""));
    sign_keyring_free(kr);
}

static void test_check_pack_allow_unsigned(void **state)
{
    (void)state;
    char err[ERR_LEN], pack[400];
    path_in(pack, sizeof pack, "lonely.json");
    write_file(pack, "{}");
    sign_keyring *kr = sign_keyring_new(err);
    int ok = 7;
    unsigned char h[SIGN_HASH_BYTES];
    sign_pack_hash("{}", 2, h);
    assert_int_equal(sign_check_pack(kr, pack, h, 0, &ok, err), -1);
    assert_int_equal(ok, 0);
    assert_int_equal(sign_check_pack(kr, pack, h, 1, &ok, err), 0);
    assert_int_equal(ok, 0);
    sign_keyring_free(kr);
}

static void test_trusted_keys_file(void **state)
{
    (void)state;
    char sec[400], pub[400], err[ERR_LEN], file[400];
    make_key("tk", sec, pub);
    buf b = BUF_INIT;
    assert_int_equal(buf_read_file(&b, pub, err), 0);
    path_in(file, sizeof file, "trusted-keys");
    char text[1024];
    snprintf(text, sizeof text, "# comment line\n\nnot a key at all\n%s%s", b.data, b.data);
    buf_free(&b);
    write_file(file, text);
    chmod(file, 0644);
    sign_keyring *kr = sign_keyring_new(err);
    /* the malformed line is skipped, the key listed twice counts once */
    assert_int_equal(sign_keyring_add_file(kr, file, 1, err), 1);
    assert_int_equal(sign_keyring_count(kr), 1);
    char id[SIGN_KEY_ID_LEN];
    const char *source, *comment;
    sign_keyring_key(kr, 0, id, &source, &comment);
    assert_string_equal(source, file);
    assert_string_equal(comment, "test key");
    sign_keyring_free(kr);
    /* others may write to it: it vouches for nothing */
    chmod(file, 0666);
    kr = sign_keyring_new(err);
    assert_int_equal(sign_keyring_add_file(kr, file, 1, err), -1);
    assert_non_null(strstr(err, "others may write"));
    /* missing: fine unless required */
    char missing[400];
    path_in(missing, sizeof missing, "nope");
    assert_int_equal(sign_keyring_add_file(kr, missing, 0, err), 0);
    assert_int_equal(sign_keyring_add_file(kr, missing, 1, err), -1);
    sign_keyring_free(kr);
}

static void test_release_key_built_in(void **state)
{
    (void)state;
    char err[ERR_LEN], id[SIGN_KEY_ID_LEN], id2[SIGN_KEY_ID_LEN];
    sign_keyring *kr = sign_keyring_new(err);
    assert_int_equal(sign_keyring_add_release(kr, err), 0);
    assert_int_equal(sign_keyring_count(kr), 1);
    const char *source, *comment;
    sign_keyring_key(kr, 0, id, &source, &comment);
    assert_string_equal(source, "built in");
    sign_release_key_id(id2);
    assert_string_equal(id, id2);
    /* the committed keys/release.pub is the same key */
    int n = sign_keyring_add_file(kr, "keys/release.pub", 1, err);
    assert_int_equal(n, 0); /* already there */
    sign_keyring_free(kr);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test_setup_teardown(test_keygen_modes_and_refusal, tmpdir_setup, tmpdir_teardown),
        cmocka_unit_test_setup_teardown(test_sign_verify_and_each_refusal, tmpdir_setup, tmpdir_teardown),
        cmocka_unit_test_setup_teardown(test_check_pack_allow_unsigned, tmpdir_setup, tmpdir_teardown),
        cmocka_unit_test_setup_teardown(test_trusted_keys_file, tmpdir_setup, tmpdir_teardown),
        cmocka_unit_test(test_release_key_built_in),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
