/*
 * main.c - smallprint-host: pick a mode from the arguments and wire the
 * modules together. Nothing else lives here.
 *
 * Browsers start the host with no arguments we choose: Chromium passes the
 * caller's origin (chrome-extension://ID/) and on Windows --parent-window=N;
 * Firefox passes the manifest path and the add-on id. All of those mean
 * native messaging mode.
 */
#include "cli.h"
#include "common.h"
#include "config.h"
#include "doctor.h"
#include "history.h"
#include "platform.h"
#include "proto.h"
#include "rules.h"
#include "sandbox.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static void usage(FILE *f)
{
    fprintf(f,
            "smallprint-host %s - finds the sentences that decide what happens to your data\n"
            "\n"
            "usage:\n"
            "  smallprint-host                      native messaging host (started by the browser)\n"
            "  smallprint-host scan FILE...         report on text, Markdown or HTML files (- for stdin)\n"
            "  smallprint-host classify --jsonl [FILE]   label one {\"id\",\"text\"} object a line\n"
            "  smallprint-host rules check|test|list     check the rule packs\n"
            "  smallprint-host rules keygen|sign|verify|keys   sign rule packs, check signatures\n"
            "  smallprint-host diff OLD NEW [--format json]     what changed between two versions of a document\n"
            "  smallprint-host history list|show SITE|forget SITE|clear   the pages remembered on this machine\n"
            "  smallprint-host doctor [--browser NAME]   check how each browser finds this host\n"
            "\n"
            "options (before or after the command; \"--\" ends them):\n"
            "  --rules DIR               use the rule packs in DIR\n"
            "  --allow-unsigned-rules    accept rule packs without a valid signature (for writing rules)\n"
            "  --trusted-keys FILE       also trust the public keys in FILE\n"
            "  --version, --help\n"
            "\n"
            "Nothing leaves this machine: the host reads stdin and files, writes stdout, and keeps\n"
            "an encrypted history of the pages it analysed in its data directory (see history).\n",
            SMALLPRINT_VERSION);
}

/* Is this argument one a browser passes to a native host? */
static int browser_arg(const char *a)
{
    size_t n = strlen(a);
    return strncmp(a, "chrome-extension://", 19) == 0 || strncmp(a, "--parent-window=", 16) == 0 ||
           (n > 5 && strcmp(a + n - 5, ".json") == 0);
}

static int serve(const cli_env *env)
{
    char err[ERR_LEN], done[ERR_LEN];
    config cfg;
    config_defaults(&cfg);
    if (config_load(&cfg, err) < 0) {
        fprintf(stderr, "smallprint-host: %s; using defaults\n", err);
        config_defaults(&cfg);
    }
    /* before anything large is allocated, so running out is an error reply */
    if (sandbox_limit_memory(cfg.memory_limit_mb, done, sizeof done, err) < 0)
        fprintf(stderr, "smallprint-host: memory cap not set: %s\n", err);
    platform_binary_stdio();
    char rules_err[ERR_LEN] = "";
    rules *r = cli_load_rules(env, 0, rules_err);
    if (!r)
        fprintf(stderr, "smallprint-host: %s\n", rules_err);
    proto *p = proto_new(&cfg, r, rules_err, err);
    if (!p) {
        fprintf(stderr, "smallprint-host: %s\n", err);
        rules_free(r);
        return 1;
    }
    char hist_err[ERR_LEN] = "";
    history *h = history_open(NULL, hist_err);
    if (!h)
        fprintf(stderr, "smallprint-host: history unavailable: %s\n", hist_err);
    /* History writes its files lazily, but after sandbox_enter the host can
     * create, open, rename and delete files only inside this directory
     * (Landlock), and nothing at all when history is off: create it now. */
    const char *data_dir = NULL;
    if (h && cfg.history) {
        if (platform_mkdirs(history_dir(h), hist_err) == 0)
            data_dir = history_dir(h);
        else
            fprintf(stderr, "smallprint-host: history unavailable: %s\n", hist_err);
    }
    proto_set_history(p, h, hist_err);

    /* From here on: no network, no programs, no files but data_dir. */
    sandbox_opts so = {data_dir, getenv("SMALLPRINT_SANDBOX_STRICT") != NULL};
    char sandboxed[ERR_LEN];
    if (sandbox_enter(&so, sandboxed, sizeof sandboxed, err) < 0)
        fprintf(stderr, "smallprint-host: sandbox not in force (%s); serving without it\n", err);
    if (getenv("SMALLPRINT_SANDBOX_SELFTEST")) { /* tests/sandbox */
        fprintf(stderr, "smallprint-host: memory: %s\nsmallprint-host: sandbox: %s\n", done, sandboxed);
        sandbox_selftest(so.data_dir, stderr);
    }

    int status = proto_serve(p, stdin, stdout);
    proto_free(p);
    history_close(h);
    rules_free(r);
    return status;
}

/* Is argv[*i] a global option? 1: taken into env (and *i moved past its
 * value), 0: not one, -1: it needs a value and has none. */
static int global_option(int argc, char **argv, int *i, cli_env *env)
{
    const char *a = argv[*i];
    const char **slot = strcmp(a, "--rules") == 0 || strncmp(a, "--rules=", 8) == 0 ? &env->rules_dir
                        : strcmp(a, "--trusted-keys") == 0 || strncmp(a, "--trusted-keys=", 15) == 0
                            ? &env->keys_file
                            : NULL;
    if (strcmp(a, "--allow-unsigned-rules") == 0) {
        env->allow_unsigned = 1;
        return 1;
    }
    if (!slot)
        return 0;
    const char *eq = strchr(a, '=');
    if (eq) {
        *slot = eq + 1;
        return 1;
    }
    if (*i + 1 >= argc)
        return -1;
    *slot = argv[++*i];
    return 1;
}

int main(int argc, char **argv)
{
    cli_env env = {NULL, 0, argv[0], NULL, &smallprint_precompiled};
    int i = 1;
    /* global options before the command */
    for (; i < argc; i++) {
        int g = global_option(argc, argv, &i, &env);
        if (g < 0) {
            fprintf(stderr, "smallprint-host: %s needs a value\n", argv[i]);
            return 2;
        }
        if (g == 0)
            break;
    }
    /* ... or among the command's own arguments, up to "--": a person writes
     * `scan --rules DIR page.html` as readily as `--rules DIR scan page.html`.
     * Not when a browser started us: its arguments are not ours to read. */
    if (i < argc && !browser_arg(argv[i])) {
        int kept = i + 1, j = i + 1;
        for (; j < argc && strcmp(argv[j], "--") != 0; j++) {
            int g = global_option(argc, argv, &j, &env);
            if (g < 0) {
                fprintf(stderr, "smallprint-host %s: %s needs a value\n", argv[i], argv[j]);
                return 2;
            }
            if (g == 0)
                argv[kept++] = argv[j];
        }
        while (j < argc)
            argv[kept++] = argv[j++];
        argv[kept] = NULL;
        argc = kept;
    }
    if (env.allow_unsigned)
        fprintf(stderr, "smallprint-host: warning: --allow-unsigned-rules: rule packs are not checked "
                        "against a signature (for writing rules only)\n");
    if (i >= argc || browser_arg(argv[i]))
        return serve(&env);
    const char *cmd = argv[i];
    if (strcmp(cmd, "--version") == 0 || strcmp(cmd, "version") == 0) {
        printf("smallprint-host %s (protocol %d)\n", SMALLPRINT_VERSION, SMALLPRINT_PROTOCOL);
        return 0;
    }
    if (strcmp(cmd, "--help") == 0 || strcmp(cmd, "-h") == 0 || strcmp(cmd, "help") == 0) {
        usage(stdout);
        return 0;
    }
    if (strcmp(cmd, "scan") == 0)
        return cli_scan(argc - i - 1, argv + i + 1, &env);
    if (strcmp(cmd, "classify") == 0)
        return cli_classify(argc - i - 1, argv + i + 1, &env);
    if (strcmp(cmd, "rules") == 0)
        return cli_rules(argc - i - 1, argv + i + 1, &env);
    if (strcmp(cmd, "diff") == 0)
        return cli_diff(argc - i - 1, argv + i + 1, &env);
    if (strcmp(cmd, "history") == 0)
        return cli_history(argc - i - 1, argv + i + 1, &env);
    if (strcmp(cmd, "doctor") == 0)
        return doctor_main(argc - i - 1, argv + i + 1, &env);
    fprintf(stderr, "smallprint-host: unknown command \"%s\"\n\n", cmd);
    usage(stderr);
    return 2;
}
