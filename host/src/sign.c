/* sign.c - signature checks for rule packs.
 *
 * NOT YET IMPLEMENTED: signed packs are issue 7. Until then every pack is
 * accepted and reported as unsigned (signed_ok = 0), so `hello` tells the
 * truth about it.
 */
#include "common.h"
#include "rules.h"

int rules_verify_pack(const char *path, const char *data, size_t len, const rules_opts *opts, int *signed_ok,
                      char *err);

int rules_verify_pack(const char *path, const char *data, size_t len, const rules_opts *opts, int *signed_ok,
                      char *err)
{
    (void)path;
    (void)data;
    (void)len;
    (void)opts;
    (void)err;
    *signed_ok = 0;
    return 0;
}
