/*
 * cli.h - the command-line front ends: scan, classify, rules.
 *
 * Each returns the process exit status. scan: 0 no findings, 1 findings,
 * 2 error. classify: 0, or 2 when an input line could not be read (it still
 * gets an output line). rules: 0 all good, 1 a check failed, 2 error.
 * Ownership: nothing outlives a call.
 */
#ifndef SMALLPRINT_CLI_H
#define SMALLPRINT_CLI_H

#include "rules.h"

typedef struct cli_env {
    const char *rules_dir;   /* --rules, or NULL for the default */
    int allow_unsigned;      /* --allow-unsigned-rules */
    const char *argv0;
} cli_env;

/* Default rules directory: beside the executable (build tree, installed
 * share/smallprint/rules, or the source tree's rules/). Never relative to
 * the current directory. */
int cli_default_rules_dir(char *out, size_t out_len, char *err);

/* Load rules as the environment says; NULL with err on failure. */
rules *cli_load_rules(const cli_env *env, int eager, char *err);

int cli_scan(int argc, char **argv, const cli_env *env);
int cli_classify(int argc, char **argv, const cli_env *env);
int cli_rules(int argc, char **argv, const cli_env *env);

#endif
