/* cli_trust.c - the command line for trust and memory: rules keygen / sign /
 * verify / keys, diff, and history. */
#include "cli.h"

#include "buf.h"
#include "common.h"
#include "sign.h"

#include <dirent.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* ------------------------------------------------------------------------
 * rules keygen | sign | verify | keys
 * ---------------------------------------------------------------------- */

static int rules_keygen(int argc, char **argv)
{
    const char *paths[2] = {NULL, NULL}, *comment = NULL;
    size_t np = 0;
    for (int i = 1; i < argc; i++) {
        if (strcmp(argv[i], "--comment") == 0 && i + 1 < argc)
            comment = argv[++i];
        else if (argv[i][0] == '-') {
            fprintf(stderr, "smallprint-host rules keygen: unknown option %s\n", argv[i]);
            return 2;
        } else if (np < 2)
            paths[np++] = argv[i];
        else
            np = 3;
    }
    if (np != 2) {
        fprintf(stderr, "usage: smallprint-host rules keygen SECRET_FILE PUBLIC_FILE [--comment TEXT]\n");
        return 2;
    }
    char err[ERR_LEN];
    if (sign_keygen(paths[0], paths[1], comment, err) < 0) {
        fprintf(stderr, "smallprint-host rules keygen: %s\n", err);
        return 2;
    }
    printf("secret key: %s (mode 0600; keep it private, never commit it)\npublic key: %s\n", paths[0], paths[1]);
    return 0;
}

static int rules_sign(int argc, char **argv)
{
    const char *key = NULL;
    int first = 0;
    for (int i = 1; i < argc; i++) {
        if (strcmp(argv[i], "--key") == 0 && i + 1 < argc)
            key = argv[++i];
        else if (argv[i][0] == '-') {
            fprintf(stderr, "smallprint-host rules sign: unknown option %s\n", argv[i]);
            return 2;
        } else {
            first = i;
            break;
        }
    }
    if (!key || !first) {
        fprintf(stderr, "usage: smallprint-host rules sign --key SECRET_FILE PACK...\n");
        return 2;
    }
    int rc = 0;
    for (int i = first; i < argc; i++) {
        char err[ERR_LEN], id[SIGN_KEY_ID_LEN];
        if (sign_pack(key, argv[i], id, err) < 0) {
            fprintf(stderr, "smallprint-host rules sign: %s\n", err);
            rc = 2;
        } else
            printf("signed %s with key %s -> %s.sig\n", argv[i], id, argv[i]);
    }
    return rc;
}

static int cmp_str(const void *a, const void *b) { return strcmp(*(char *const *)a, *(char *const *)b); }

/* Verify one pack file; prints one line. 0 ok, 1 refused, 2 unreadable. */
static int verify_one(const sign_keyring *kr, const char *path)
{
    char err[ERR_LEN];
    buf data = BUF_INIT;
    int rc = 0;
    if (buf_read_file(&data, path, err) < 0) {
        printf("FAILED  %s\n", err);
        rc = 2;
    } else if (sign_verify(kr, path, data.data, data.len, err) < 0) {
        printf("FAILED  %s\n", err);
        rc = 1;
    } else
        printf("ok      %s\n", path);
    buf_free(&data);
    return rc;
}

static int rules_verify(int argc, char **argv, const cli_env *env)
{
    char err[ERR_LEN];
    const char *only = NULL; /* --key PUBLIC_FILE: trust this key alone */
    int first = 1;
    if (argc > 2 && strcmp(argv[1], "--key") == 0) {
        only = argv[2];
        first = 3;
    }
    sign_keyring *kr = only ? sign_keyring_new(err) : sign_keyring_default(env->keys_file, err);
    if (kr && only) {
        int added = sign_keyring_add_file(kr, only, 1, err);
        if (added <= 0) {
            if (added == 0)
                snprintf(err, sizeof err, "%s holds no public key", only);
            sign_keyring_free(kr);
            kr = NULL;
        }
    }
    if (!kr) {
        fprintf(stderr, "smallprint-host rules verify: %s\n", err);
        return 2;
    }
    int worst = 0, rc;
    if (argc > first) {
        for (int i = first; i < argc; i++)
            if ((rc = verify_one(kr, argv[i])) > worst)
                worst = rc;
        sign_keyring_free(kr);
        return worst;
    }
    char dir[4096];
    if (env->rules_dir)
        snprintf(dir, sizeof dir, "%s", env->rules_dir);
    else if (cli_default_rules_dir(dir, sizeof dir, err) < 0) {
        fprintf(stderr, "smallprint-host rules verify: %s\n", err);
        sign_keyring_free(kr);
        return 2;
    }
    DIR *d = opendir(dir);
    if (!d) {
        fprintf(stderr, "smallprint-host rules verify: cannot open %s\n", dir);
        sign_keyring_free(kr);
        return 2;
    }
    char **names = NULL;
    size_t n = 0;
    struct dirent *e;
    while ((e = readdir(d)) != NULL) {
        size_t l = strlen(e->d_name);
        if (l < 6 || e->d_name[0] == '.' || strcmp(e->d_name + l - 5, ".json") != 0)
            continue;
        char **v = realloc(names, (n + 1) * sizeof *v);
        if (!v || !(v[n] = strdup(e->d_name))) {
            free(v ? v : names);
            closedir(d);
            sign_keyring_free(kr);
            fprintf(stderr, "smallprint-host rules verify: out of memory\n");
            return 2;
        }
        names = v;
        n++;
    }
    closedir(d);
    qsort(names, n, sizeof *names, cmp_str);
    if (n == 0) {
        fprintf(stderr, "smallprint-host rules verify: %s holds no *.json pack\n", dir);
        worst = 2;
    }
    for (size_t i = 0; i < n; i++) {
        char path[4400];
        snprintf(path, sizeof path, "%s/%s", dir, names[i]);
        if ((rc = verify_one(kr, path)) > worst)
            worst = rc;
        free(names[i]);
    }
    free(names);
    sign_keyring_free(kr);
    return worst;
}

static int rules_keys(const cli_env *env)
{
    char err[ERR_LEN];
    sign_keyring *kr = sign_keyring_default(env->keys_file, err);
    if (!kr) {
        fprintf(stderr, "smallprint-host rules keys: %s\n", err);
        return 2;
    }
    for (size_t i = 0; i < sign_keyring_count(kr); i++) {
        char id[SIGN_KEY_ID_LEN];
        const char *source, *comment;
        sign_keyring_key(kr, i, id, &source, &comment);
        printf("%s  %-40s  %s\n", id, source, comment);
    }
    sign_keyring_free(kr);
    return 0;
}

int cli_rules_signing(int argc, char **argv, const cli_env *env)
{
    const char *cmd = argv[0];
    if (strcmp(cmd, "keygen") == 0)
        return rules_keygen(argc, argv);
    if (strcmp(cmd, "sign") == 0)
        return rules_sign(argc, argv);
    if (strcmp(cmd, "verify") == 0)
        return rules_verify(argc, argv, env);
    return rules_keys(env);
}

int cli_diff(int argc, char **argv, const cli_env *env) { (void)argc; (void)argv; (void)env; return 2; }
int cli_history(int argc, char **argv, const cli_env *env) { (void)argc; (void)argv; (void)env; return 2; }
