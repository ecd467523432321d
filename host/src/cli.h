/*
 * cli.h - the command-line front ends: scan, classify, rules (cli.c);
 * rules keygen/sign/verify/keys, diff and history (cli_trust.c).
 *
 * Each returns the process exit status. scan: 0 no findings, 1 findings,
 * 2 error. classify: 0, or 2 when an input line could not be read (it still
 * gets an output line). rules: 0 all good, 1 a check failed, 2 error.
 * diff: 0 no change, 1 changes, 2 error. history: 0, or 2 on error.
 * Ownership: nothing outlives a call.
 */
#ifndef SMALLPRINT_CLI_H
#define SMALLPRINT_CLI_H

#include <stdio.h>

#include "rules.h"

typedef struct cli_env {
    const char *rules_dir;   /* --rules, or NULL for the default */
    int allow_unsigned;      /* --allow-unsigned-rules */
    const char *argv0;
    const char *keys_file;   /* --trusted-keys FILE, or NULL */
    const rules_precompiled *precompiled; /* patterns compiled when the binary was built, or NULL */
} cli_env;

/* Default rules directory: beside the executable (build tree, installed
 * share/smallprint/rules, or the source tree's rules/). Never relative to
 * the current directory. */
int cli_default_rules_dir(char *out, size_t out_len, char *err);

/* A person's own packs: <config dir>/rules, when that directory exists
 * (0), else -1. They are loaded after the default directory's. */
int cli_user_rules_dir(char *out, size_t out_len);

/* Load rules as the environment says; NULL with err on failure. */
/* flags for cli_load_rules */
#define CLI_RULES_EAGER 1    /* compile every pattern at load */
#define CLI_RULES_EXAMPLES 2 /* keep the rules' examples (rules test) */
rules *cli_load_rules(const cli_env *env, int flags, char *err);

/* Print a sentence on one line, at most about 300 characters. */
void cli_print_sentence(FILE *out, const char *s, size_t n);

int cli_scan(int argc, char **argv, const cli_env *env);
int cli_classify(int argc, char **argv, const cli_env *env);
int cli_rules(int argc, char **argv, const cli_env *env);

/* rules keygen | sign | verify | keys (argv[0] is the subcommand). */
int cli_rules_signing(int argc, char **argv, const cli_env *env);
/* diff OLD NEW [--format text|json] */
int cli_diff(int argc, char **argv, const cli_env *env);
/* history list | show SITE | forget SITE | clear */
int cli_history(int argc, char **argv, const cli_env *env);

#endif
