/*
 * sign.h - signed rule packs: Ed25519 keys, detached signatures, and the
 * set of public keys the host trusts (libsodium).
 *
 * A pack `NAME.json` is signed by `NAME.json.sig` beside it, one line:
 *
 *     smallprint-signature-1 ed25519 KEYID NAME.json BASE64SIG
 *
 * The signature covers "smallprint-rule-pack-1\n" NAME "\n" BLAKE2b-512(the
 * pack's bytes), so a pack cannot be edited, and a signature cannot be moved
 * to another file name, without the check failing. KEYID is the first 8
 * bytes of BLAKE2b(public key) in hex.
 *
 * Public keys are one line, the same in a `.pub` file and in a trusted-keys
 * file (so `cat my.pub >> trusted-keys` trusts a key):
 *
 *     ed25519 BASE64KEY optional comment
 *
 * Keys the host trusts (sign_keyring_default), in this order:
 *   1. the project's release key, built into the host (keys/release.pub);
 *   2. a file named on the command line (--trusted-keys FILE);
 *   3. <exe dir>/trusted-keys: a build tree (`make` writes its dev key here);
 *   4. <exe dir>/../share/smallprint/trusted-keys: an installed tree;
 *   5. <config dir>/trusted-keys: a person's own keys.
 * Files 3-5 are optional. A trusted-keys file that others may write is
 * ignored with a warning, as is a malformed line (file:line on stderr).
 *
 * Ownership: a keyring is freed with sign_keyring_free; strings returned by
 * sign_keyring_key belong to it. Secret keys are held only inside a call and
 * wiped (sodium_memzero) before it returns.
 * Errors: 0 / -1 with err naming the file and the reason.
 */
#ifndef SMALLPRINT_SIGN_H
#define SMALLPRINT_SIGN_H

#include <stddef.h>

#include "common.h"

#define SIGN_KEY_ID_LEN 17 /* 16 hex digits and a NUL */

typedef struct sign_keyring sign_keyring;

/* An empty keyring. */
sign_keyring *sign_keyring_new(char *err);

/* Add the release key built into the host. */
int sign_keyring_add_release(sign_keyring *kr, char *err);

/* The release key plus keys_file (may be NULL; must exist when given) plus
 * the optional files listed above. */
sign_keyring *sign_keyring_default(const char *keys_file, char *err);

void sign_keyring_free(sign_keyring *kr);

/* Add every key of a trusted-keys file. A missing file is an error only
 * when required. Returns the number of keys added, or -1. */
int sign_keyring_add_file(sign_keyring *kr, const char *path, int required, char *err);

size_t sign_keyring_count(const sign_keyring *kr);

/* Key i: its id, where it came from ("built in" or a path) and its comment. */
void sign_keyring_key(const sign_keyring *kr, size_t i, char id[SIGN_KEY_ID_LEN], const char **source,
                      const char **comment);

/* Create a key pair: the secret key file (mode 0600) and the public key
 * file. Refuses to overwrite either. */
int sign_keygen(const char *secret_path, const char *public_path, const char *comment, char *err);

/* Sign the file at pack_path with the secret key file; writes
 * pack_path.sig atomically. key_id (may be NULL) receives the key's id. */
int sign_pack(const char *secret_path, const char *pack_path, char key_id[SIGN_KEY_ID_LEN], char *err);

/* Check data (the bytes of the file at path) against path.sig. 0 when a
 * trusted key signed exactly these bytes under this file name; -1 with a
 * message naming the file and the reason (no signature, a malformed one,
 * a key that is not trusted, contents changed, signed for another name). */
int sign_verify(const sign_keyring *kr, const char *path, const char *data, size_t len, char *err);

/* The BLAKE2b-512 hash of a pack's bytes: what a signature covers (with
 * the file name), and what the rules loader chains into its digest, so a
 * pack is hashed once. */
#define SIGN_HASH_BYTES 64
void sign_pack_hash(const char *data, size_t len, unsigned char hash[SIGN_HASH_BYTES]);

/* The check the rules loader makes for each pack, given its hash
 * (sign_pack_hash): 0 and *signed_ok = 1 when it verifies; when it does
 * not, -1 with the reason, or 0 and *signed_ok = 0 when allow_unsigned
 * (--allow-unsigned-rules). kr may be NULL (no keys: nothing verifies). */
int sign_check_pack(const sign_keyring *kr, const char *path, const unsigned char hash[SIGN_HASH_BYTES],
                    int allow_unsigned, int *signed_ok, char *err);

/* The id of the release key built into the host. */
void sign_release_key_id(char id[SIGN_KEY_ID_LEN]);

#endif
