/* cli.c - scan, classify --jsonl and rules check/test. */
#include "cli.h"

#include "buf.h"
#include "classify.h"
#include "common.h"
#include "doc.h"
#include "labels.h"
#include "platform.h"
#include "report.h"
#include "summary.h"
#include "text.h"

#include <cjson/cJSON.h>
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* ------------------------------------------------------------------------
 * Shared
 * ---------------------------------------------------------------------- */

int cli_default_rules_dir(char *out, size_t out_len, char *err)
{
    char exe[4096];
    if (platform_exe_path(exe, sizeof exe, err) < 0)
        return -1;
    char *slash = strrchr(exe, PLATFORM_SEP);
    if (!slash) {
        err_set(err, "cannot tell the executable's directory from %s", exe);
        return -1;
    }
    *slash = '\0';
    /* signed build copies, an installed tree, then the source tree */
    static const char *const rel[] = {"rules", "../share/smallprint/rules", "../rules"};
    for (size_t i = 0; i < sizeof rel / sizeof rel[0]; i++) {
        snprintf(out, out_len, "%s%c%s", exe, PLATFORM_SEP, rel[i]);
        if (platform_is_dir(out))
            return 0;
    }
    err_set(err, "no rules directory found beside %s (looked for rules/, ../share/smallprint/rules, ../rules); "
                 "use --rules DIR", exe);
    return -1;
}

int cli_user_rules_dir(char *out, size_t out_len)
{
    char cfg[4096];
    if (platform_config_dir(cfg, sizeof cfg, NULL) < 0)
        return -1;
    snprintf(out, out_len, "%s%crules", cfg, PLATFORM_SEP);
    return platform_is_dir(out) ? 0 : -1;
}

rules *cli_load_rules(const cli_env *env, int flags, char *err)
{
    char dir[4096];
    if (env->rules_dir)
        snprintf(dir, sizeof dir, "%s", env->rules_dir);
    else if (cli_default_rules_dir(dir, sizeof dir, err) < 0)
        return NULL;
    /* the person's own packs join the default set, never an explicit --rules */
    char user[4200];
    int has_user = !env->rules_dir && cli_user_rules_dir(user, sizeof user) == 0;
    rules_opts opts = {(flags & CLI_RULES_EAGER) != 0, env->allow_unsigned, env->keys_file,
                       (flags & CLI_RULES_EXAMPLES) != 0, env->precompiled};
    return rules_load_dirs(dir, has_user ? user : NULL, &opts, err);
}

static int read_stream(FILE *f, buf *b, char *err)
{
    char chunk[65536];
    size_t r;
    while ((r = fread(chunk, 1, sizeof chunk, f)) > 0)
        if (buf_append(b, chunk, r) < 0) {
            err_set(err, "out of memory");
            return -1;
        }
    if (ferror(f)) {
        err_set(err, "read error: %s", strerror(errno));
        return -1;
    }
    if (buf_reserve(b, 1) < 0) {
        err_set(err, "out of memory");
        return -1;
    }
    return 0;
}

static int read_path(const char *path, buf *b, char *err)
{
    if (strcmp(path, "-") == 0)
        return read_stream(stdin, b, err);
    FILE *f = fopen(path, "rb");
    if (!f) {
        err_set(err, "%s: %s", path, strerror(errno));
        return -1;
    }
    int rc = read_stream(f, b, err);
    fclose(f);
    if (rc < 0) {
        char e2[ERR_LEN];
        memcpy(e2, err, ERR_LEN);
        err_set(err, "%.200s: %.300s", path, e2);
    }
    return rc;
}

/* ------------------------------------------------------------------------
 * scan
 * ---------------------------------------------------------------------- */

enum scan_format { SCAN_TEXT, SCAN_JSON, SCAN_JSONL };

static void usage_scan(FILE *f)
{
    fprintf(f, "usage: smallprint-host scan [--format text|json|jsonl] [--] FILE... (- for stdin)\n"
               "Reads plain text, Markdown or HTML and reports the sentences that decide what\n"
               "happens to your data. Exit status: 0 no findings, 1 findings, 2 error.\n");
}

void cli_print_sentence(FILE *out, const char *s, size_t n)
{
    /* one line, at most ~300 characters */
    size_t shown = 0;
    for (size_t i = 0; i < n; i++) {
        char c = s[i];
        if (c == '\n' || c == '\r' || c == '\t')
            c = ' ';
        if (shown >= 300 && ((unsigned char)c & 0xC0) != 0x80) {
            fputs("...", out);
            break;
        }
        fputc(c, out);
        shown++;
    }
}

/* Classify text[from..to) as a heading or not, its findings' offsets
 * counted from the start of text. 0, or -1 with err. */
static int classify_piece(classifier *c, const char *text, size_t from, size_t to, int heading, classify_ctx *ctx,
                          findings *f, char *err)
{
    if (to <= from)
        return 0;
    size_t first = f->n;
    ctx->heading = heading;
    if (classify_text(c, text + from, to - from, 0, ctx, 0, f, err) < 0)
        return -1;
    for (size_t i = first; i < f->n; i++) {
        f->v[i].start += from;
        f->v[i].end += from;
        f->v[i].phrase_start += from;
        f->v[i].phrase_end += from;
    }
    return 0;
}

/* Scan one document; returns findings count or -1. */
static long scan_one(classifier *c, const char *name, const char *data, size_t len, enum scan_format fmt,
                     cJSON *json_out, FILE *out, char *err)
{
    enum doc_format df = doc_guess_format(strcmp(name, "-") ? name : NULL, data, len);
    doc *d = doc_from_bytes(data, len, df, err);
    if (!d)
        return -1;
    size_t tl;
    const char *text = doc_text(d, &tl);
    findings f = {0};
    classify_ctx ctx;
    memset(&ctx, 0, sizeof ctx);
    /* the text in pieces: headings apart (they name topics, as the
     * extension's heading blocks do), the rest between them */
    const size_t *heads;
    size_t nh = doc_headings(d, &heads), pos = 0;
    int rc = 0;
    for (size_t h = 0; rc == 0 && h < nh; h++) {
        rc = classify_piece(c, text, pos, heads[2 * h], 0, &ctx, &f, err);
        if (rc == 0)
            rc = classify_piece(c, text, heads[2 * h], heads[2 * h + 1], 1, &ctx, &f, err);
        pos = heads[2 * h + 1];
    }
    if (rc == 0)
        rc = classify_piece(c, text, pos, tl, 0, &ctx, &f, err);
    if (rc < 0) {
        doc_free(d);
        findings_free(&f);
        return -1;
    }
    const rules *r = classify_rules(c);
    finding **all = xcalloc(f.n + 1, sizeof *all, err);
    if (!all) {
        doc_free(d);
        findings_free(&f);
        return -1;
    }
    for (size_t i = 0; i < f.n; i++) {
        f.v[i].id = (long)i + 1;
        all[i] = &f.v[i];
    }
    summary_adjust(all, f.n, (rules *)r);
    summary sum;
    summary_build(all, f.n, r, &sum);
    if (fmt == SCAN_TEXT) {
        fprintf(out, "%s (%s, %zu bytes): %zu finding%s\n", name, doc_format_name(df), len, f.n, f.n == 1 ? "" : "s");
        for (size_t i = 0; i < f.n; i++) {
            size_t line, col;
            doc_line_col(d, doc_source_offset(d, f.v[i].start), &line, &col);
            const rule_info *ri = rules_info(r, f.v[i].rule);
            fprintf(out, "  %zu:%zu  %s  [%s]  %s\n", line, col, label_name(f.v[i].label),
                    severity_name(f.v[i].severity), ri->explanation);
            if (f.v[i].retention_words)
                fprintf(out, "        kept: %s\n", f.v[i].retention_words);
            if (f.v[i].where)
                fprintf(out, "        opt out: %s\n", f.v[i].where);
            if (f.v[i].window_days >= 0)
                fprintf(out, "        arbitration opt-out window: %ld days\n", f.v[i].window_days);
            fputs("        \"", out);
            cli_print_sentence(out, text + f.v[i].start, f.v[i].end - f.v[i].start);
            fputs("\"\n", out);
        }
        char line[1024];
        summary_text(&sum, line, sizeof line);
        fputs("  Summary:\n", out);
        for (char *p = line, *nl; p && *p; p = nl ? nl + 1 : NULL) {
            nl = strchr(p, '\n');
            fprintf(out, "    %.*s\n", nl ? (int)(nl - p) : (int)strlen(p), p);
        }
        fputc('\n', out);
    } else {
        cJSON *o = cJSON_CreateObject();
        cJSON_AddStringToObject(o, "file", name);
        cJSON_AddStringToObject(o, "format", doc_format_name(df));
        cJSON_AddStringToObject(o, "language", text_language(text, tl < 65536 ? tl : 65536));
        cJSON *arr = cJSON_AddArrayToObject(o, "findings");
        text_cursor cur = {0, 0};
        for (size_t i = 0; i < f.n; i++) {
            cJSON *fj = report_finding(&f.v[i], r, text, &cur, NULL);
            if (!fj)
                continue;
            size_t line, col;
            doc_line_col(d, doc_source_offset(d, f.v[i].start), &line, &col);
            cJSON_AddNumberToObject(fj, "line", (double)line);
            cJSON_AddNumberToObject(fj, "column", (double)col);
            char *sent = xstrndup(text + f.v[i].start, f.v[i].end - f.v[i].start, NULL);
            if (sent) {
                cJSON_AddStringToObject(fj, "sentence", sent);
                free(sent);
            }
            cJSON_AddItemToArray(arr, fj);
        }
        cJSON_AddItemToObject(o, "summary", summary_json(&sum));
        if (fmt == SCAN_JSONL) {
            char *s = cJSON_PrintUnformatted(o);
            if (s) {
                fprintf(out, "%s\n", s);
                cJSON_free(s);
            }
            cJSON_Delete(o);
        } else
            cJSON_AddItemToArray(json_out, o);
    }
    long count = (long)f.n;
    free(all);
    findings_free(&f);
    doc_free(d);
    return count;
}

static int scan_format_named(const char *f, enum scan_format *fmt)
{
    if (strcmp(f, "text") == 0)
        *fmt = SCAN_TEXT;
    else if (strcmp(f, "json") == 0)
        *fmt = SCAN_JSON;
    else if (strcmp(f, "jsonl") == 0)
        *fmt = SCAN_JSONL;
    else {
        fprintf(stderr, "smallprint-host scan: unknown format \"%s\" (text, json or jsonl)\n", f);
        return -1;
    }
    return 0;
}

int cli_scan(int argc, char **argv, const cli_env *env)
{
    enum scan_format fmt = SCAN_TEXT;
    /* Options may come before or after the files (as GNU tools allow);
     * "--" ends them, so a file named "-x" can still be scanned. The
     * operands are gathered in place at the front of argv. */
    int files = 0, options_done = 0;
    for (int i = 0; i < argc; i++) {
        const char *a = argv[i];
        if (options_done || a[0] != '-' || !a[1]) {
            argv[files++] = argv[i];
        } else if (strcmp(a, "--") == 0) {
            options_done = 1;
        } else if (strcmp(a, "--format") == 0) {
            if (i + 1 >= argc) {
                fprintf(stderr, "smallprint-host scan: --format needs a value (text, json or jsonl)\n");
                return 2;
            }
            if (scan_format_named(argv[++i], &fmt) < 0)
                return 2;
        } else if (strncmp(a, "--format=", 9) == 0) {
            if (scan_format_named(a + 9, &fmt) < 0)
                return 2;
        } else if (strcmp(a, "-h") == 0 || strcmp(a, "--help") == 0) {
            usage_scan(stdout);
            return 0;
        } else {
            fprintf(stderr, "smallprint-host scan: unknown option %s\n", a);
            usage_scan(stderr);
            return 2;
        }
    }
    if (files == 0) {
        usage_scan(stderr);
        return 2;
    }
    char err[ERR_LEN];
    rules *r = cli_load_rules(env, 0, err);
    if (!r) {
        fprintf(stderr, "smallprint-host: %s\n", err);
        return 2;
    }
    classifier *c = classify_new(r, err);
    if (!c) {
        fprintf(stderr, "smallprint-host: %s\n", err);
        rules_free(r);
        return 2;
    }
    cJSON *json_out = fmt == SCAN_JSON ? cJSON_CreateArray() : NULL;
    int status = 0, failed = 0;
    int progress = files >= 5 && platform_isatty(2);
    for (int i = 0; i < files; i++) {
        if (progress)
            fprintf(stderr, "\rscanning %d/%d: %.60s\033[K", i + 1, files, argv[i]);
        buf b = BUF_INIT;
        if (read_path(argv[i], &b, err) < 0) {
            fprintf(stderr, "%ssmallprint-host scan: %s\n", progress ? "\n" : "", err);
            failed = 1;
            buf_free(&b);
            continue;
        }
        long n = scan_one(c, argv[i], b.data ? b.data : "", b.len, fmt, json_out, stdout, err);
        buf_free(&b);
        if (n < 0) {
            fprintf(stderr, "%ssmallprint-host scan: %s: %s\n", progress ? "\n" : "", argv[i], err);
            failed = 1;
        } else if (n > 0)
            status = 1;
    }
    if (progress)
        fprintf(stderr, "\r\033[K");
    if (json_out) {
        char *s = cJSON_Print(json_out);
        if (s) {
            printf("%s\n", s);
            cJSON_free(s);
        }
        cJSON_Delete(json_out);
    }
    classify_free(c);
    rules_free(r);
    return failed ? 2 : status;
}

/* ------------------------------------------------------------------------
 * classify --jsonl
 * ---------------------------------------------------------------------- */

static int cmp_label_name(const void *a, const void *b)
{
    return strcmp(label_name(*(const int *)a), label_name(*(const int *)b));
}

static void classify_line(classifier *c, char *line, size_t len, FILE *out, int *bad)
{
    char err[ERR_LEN];
    cJSON *o = cJSON_CreateObject();
    cJSON *in = cJSON_ParseWithLength(line, len);
    const cJSON *id = in ? cJSON_GetObjectItemCaseSensitive(in, "id") : NULL;
    const cJSON *text = in ? cJSON_GetObjectItemCaseSensitive(in, "text") : NULL;
    cJSON_AddItemToObject(o, "id", id ? cJSON_Duplicate(id, 1) : cJSON_CreateNull());
    cJSON *labels = cJSON_AddArrayToObject(o, "labels");
    if (!in || !cJSON_IsObject(in) || !cJSON_IsString(text)) {
        cJSON_AddStringToObject(o, "error", !in ? "not valid JSON" : "needs an object with a string \"text\"");
        *bad = 1;
    } else {
        const char *t = text->valuestring;
        size_t tl = strlen(t);
        size_t badpos;
        buf fixed = BUF_INIT;
        if (!text_utf8_valid(t, tl, &badpos)) { /* cJSON passes bad bytes through */
            doc *d = doc_from_bytes(t, tl, DOC_TEXT, err);
            if (d) {
                size_t dl;
                const char *dt = doc_text(d, &dl);
                if (buf_append(&fixed, dt, dl) == 0) {
                    t = fixed.data;
                    tl = fixed.len;
                }
                doc_free(d);
            }
        }
        findings f = {0};
        uint32_t mask;
        if (classify_labels(c, t, tl, &mask, &f, err) < 0) {
            cJSON_AddStringToObject(o, "error", err);
            *bad = 1;
        } else {
            int ids[LABEL_COUNT], n = 0;
            for (int l = 0; l < LABEL_COUNT; l++)
                if (mask & (1u << l))
                    ids[n++] = l;
            qsort(ids, (size_t)n, sizeof ids[0], cmp_label_name);
            for (int k = 0; k < n; k++)
                cJSON_AddItemToArray(labels, cJSON_CreateString(label_name(ids[k])));
            finding **all = calloc(f.n + 1, sizeof *all);
            for (size_t i = 0; all && i < f.n; i++) {
                f.v[i].id = (long)i + 1;
                all[i] = &f.v[i];
            }
            if (all)
                summary_adjust(all, f.n, classify_rules(c));
            free(all);
            cJSON *arr = cJSON_AddArrayToObject(o, "findings");
            text_cursor cur = {0, 0};
            for (size_t i = 0; i < f.n; i++)
                cJSON_AddItemToArray(arr, report_finding(&f.v[i], classify_rules(c), t, &cur, NULL));
        }
        findings_free(&f);
        buf_free(&fixed);
    }
    char *s = cJSON_PrintUnformatted(o);
    if (s) {
        fprintf(out, "%s\n", s);
        cJSON_free(s);
    }
    cJSON_Delete(o);
    cJSON_Delete(in);
}

int cli_classify(int argc, char **argv, const cli_env *env)
{
    const char *path = NULL;
    int jsonl = 0;
    for (int i = 0; i < argc; i++) {
        if (strcmp(argv[i], "--jsonl") == 0)
            jsonl = 1;
        else if (strcmp(argv[i], "-h") == 0 || strcmp(argv[i], "--help") == 0) {
            printf("usage: smallprint-host classify --jsonl [FILE]\n"
                   "One JSON object a line in ({\"id\", \"text\"}), one line out per input, in order:\n"
                   "{\"id\", \"labels\": [sorted], \"findings\": [...]}.\n");
            return 0;
        } else if (argv[i][0] == '-' && argv[i][1]) {
            fprintf(stderr, "smallprint-host classify: unknown option %s\n", argv[i]);
            return 2;
        } else
            path = argv[i];
    }
    if (!jsonl) {
        fprintf(stderr, "smallprint-host classify: only --jsonl input is supported; see --help\n");
        return 2;
    }
    char err[ERR_LEN];
    FILE *in = stdin;
    if (path && strcmp(path, "-") != 0 && !(in = fopen(path, "rb"))) {
        fprintf(stderr, "smallprint-host classify: %s: %s\n", path, strerror(errno));
        return 2;
    }
    rules *r = cli_load_rules(env, 0, err);
    classifier *c = r ? classify_new(r, err) : NULL;
    if (!c) {
        fprintf(stderr, "smallprint-host: %s\n", err);
        rules_free(r);
        if (in != stdin)
            fclose(in);
        return 2;
    }
    buf line = BUF_INIT;
    int bad = 0, ch;
    for (;;) {
        line.len = 0;
        while ((ch = getc(in)) != EOF && ch != '\n')
            if (buf_putc(&line, (char)ch) < 0) {
                fprintf(stderr, "smallprint-host classify: out of memory\n");
                bad = 1;
                break;
            }
        size_t l = line.len;
        while (l && (line.data[l - 1] == '\r' || line.data[l - 1] == ' '))
            l--;
        if (l)
            classify_line(c, line.data, l, stdout, &bad);
        if (ch == EOF)
            break;
    }
    buf_free(&line);
    if (in != stdin)
        fclose(in);
    classify_free(c);
    rules_free(r);
    fflush(stdout);
    return bad ? 2 : 0;
}

/* ------------------------------------------------------------------------
 * rules check | test | list
 * ---------------------------------------------------------------------- */

static int rules_test(rules *r, int verbose)
{
    char err[ERR_LEN];
    classifier *c = classify_new(r, err);
    if (!c) {
        fprintf(stderr, "smallprint-host: %s\n", err);
        return 2;
    }
    size_t failures = 0, checked = 0;
    rules_check_gates(r, 1); /* a gate must never keep a pattern from an example it matches */
    for (size_t i = 0; i < rules_count(r); i++) {
        const rule_info *ri = rules_info(r, i);
        for (int must = 1; must >= 0; must--) {
            const char *ex;
            for (size_t k = 0; (ex = rules_example(r, i, must, k)) != NULL; k++) {
                findings f = {0};
                uint32_t mask;
                if (classify_labels(c, ex, strlen(ex), &mask, &f, err) < 0) {
                    fprintf(stderr, "smallprint-host: %s\n", err);
                    findings_free(&f);
                    classify_free(c);
                    return 2;
                }
                int fired = 0;
                for (size_t j = 0; j < f.n; j++)
                    if (f.v[j].rule == i)
                        fired = 1;
                /* a must-match example may be won by a sibling rule of the
                 * same label (one finding per label per sentence) */
                int label_found = (mask >> ri->label) & 1;
                checked++;
                if (must && !fired && !label_found) {
                    fprintf(stderr, "%s: rule %s: example should match but does not: \"%s\"\n", ri->file, ri->id, ex);
                    failures++;
                } else if (!must && fired) {
                    fprintf(stderr, "%s: rule %s: example should not match but does: \"%s\"\n", ri->file, ri->id, ex);
                    failures++;
                } else if (verbose)
                    printf("ok %s %s\n", ri->id, must ? "match" : "no_match");
                findings_free(&f);
            }
        }
    }
    classify_free(c);
    failures += rules_gates_wrong(r);
    printf("%zu rules, %zu examples checked, %zu failed\n", rules_count(r), checked, failures);
    return failures ? 1 : 0;
}

int cli_rules(int argc, char **argv, const cli_env *env)
{
    if (argc < 1 || strcmp(argv[0], "-h") == 0 || strcmp(argv[0], "--help") == 0) {
        printf("usage: smallprint-host rules check|test|list|patterns [--verbose]\n"
               "       smallprint-host rules keygen|sign|verify|keys ...\n"
               "  check     load every pack and compile every pattern; report broken ones\n"
               "  test      check, then run every rule's examples\n"
               "  list      print each rule's id, label and severity\n"
               "  patterns  print every pattern, one a line (for comparisons with other tools)\n"
               "  (check, test, list and patterns read packs as their author does: no signature needed)\n"
               "  keygen SECRET PUBLIC [--comment TEXT]   create a signing key pair\n"
               "  sign --key SECRET PACK...               write PACK.sig beside each pack\n"
               "  verify [--key PUBLIC] [PACK...]         check signatures (default: the packs the host\n"
               "                                          loads; --key: trust that key alone)\n"
               "  keys                                    the public keys this host trusts\n");
        return argc < 1 ? 2 : 0;
    }
    const char *cmd = argv[0];
    if (!strcmp(cmd, "keygen") || !strcmp(cmd, "sign") || !strcmp(cmd, "verify") || !strcmp(cmd, "keys"))
        return cli_rules_signing(argc, argv, env);
    int verbose = argc > 1 && strcmp(argv[1], "--verbose") == 0;
    if (strcmp(cmd, "check") && strcmp(cmd, "test") && strcmp(cmd, "list") && strcmp(cmd, "patterns")) {
        fprintf(stderr, "smallprint-host rules: unknown command \"%s\"\n", cmd);
        return 2;
    }
    char err[ERR_LEN];
    /* authoring tools: an edited pack is unsigned until the build signs it */
    cli_env author = *env;
    author.allow_unsigned = 1;
    author.precompiled = NULL; /* check and test compile every pattern from its source */
    rules *r = cli_load_rules(&author, CLI_RULES_EXAMPLES, err);
    if (!r) {
        fprintf(stderr, "smallprint-host: %s\n", err);
        return 2;
    }
    int rc = 0;
    if (strcmp(cmd, "patterns") == 0) {
        for (size_t k = 0; k < rules_pattern_count(r); k++)
            printf("%s\n", rules_pattern_source(r, k));
    } else if (strcmp(cmd, "list") == 0) {
        for (size_t i = 0; i < rules_count(r); i++) {
            const rule_info *ri = rules_info(r, i);
            printf("%-40s %-18s %s\n", ri->id, label_name(ri->label), severity_name(ri->severity));
        }
    } else {
        size_t broken = rules_compile_all(r, err);
        if (broken) {
            fprintf(stderr, "smallprint-host rules: %zu broken pattern%s\n", broken, broken == 1 ? "" : "s");
            rc = 1;
        } else if (strcmp(cmd, "check") == 0) {
            printf("%zu packs, %zu rules, %zu patterns: all compile\n", rules_pack_count(r), rules_count(r),
                   rules_pattern_count(r));
            /* whether a cold start skips compiling (rules.h: rules_precompiled) */
            if (rules_precompiled_fits(r, env->precompiled))
                printf("precompiled: this host carries these packs' %zu patterns compiled%s\n",
                       env->precompiled->n_patterns,
                       env->precompiled->automaton && env->precompiled->automaton->digest == rules_digest(r)
                           ? ", and their anchor automaton"
                           : "");
            else
                printf("precompiled: no (these packs are not the ones this host was built with; "
                       "patterns compile on first use)\n");
        }
        if (strcmp(cmd, "test") == 0) {
            int t = rules_test(r, verbose);
            if (t > rc)
                rc = t;
        }
    }
    rules_free(r);
    return rc;
}
