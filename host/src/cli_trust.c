/* cli_trust.c - the command line for trust and memory: rules keygen / sign /
 * verify / keys, diff, and history. */
#include "cli.h"

#include "buf.h"
#include "classify.h"
#include "common.h"
#include "diff.h"
#include "doc.h"
#include "history.h"
#include "labels.h"
#include "sign.h"
#include "summary.h"

#include <cjson/cJSON.h>

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
    char dirs[2][4200];
    size_t nd = 1, total = 0;
    if (env->rules_dir)
        snprintf(dirs[0], sizeof dirs[0], "%s", env->rules_dir);
    else if (cli_default_rules_dir(dirs[0], sizeof dirs[0], err) < 0) {
        fprintf(stderr, "smallprint-host rules verify: %s\n", err);
        sign_keyring_free(kr);
        return 2;
    } else if (cli_user_rules_dir(dirs[1], sizeof dirs[1]) == 0)
        nd = 2;
    for (size_t k = 0; k < nd; k++) {
        char **names;
        size_t n;
        if (rules_list_packs(dirs[k], &names, &n, err) < 0) {
            fprintf(stderr, "smallprint-host rules verify: %s\n", err);
            worst = 2;
            continue;
        }
        for (size_t i = 0; i < n; i++) {
            char path[8600];
            snprintf(path, sizeof path, "%s/%s", dirs[k], names[i]);
            if ((rc = verify_one(kr, path)) > worst)
                worst = rc;
            free(names[i]);
        }
        free(names);
        total += n;
    }
    if (total == 0) {
        fprintf(stderr, "smallprint-host rules verify: %s holds no *.json pack\n", dirs[0]);
        worst = 2;
    }
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


/* ------------------------------------------------------------------------
 * diff OLD NEW
 * ---------------------------------------------------------------------- */

/* One version of a document, read, classified and fingerprinted. */
typedef struct version {
    const char *name;
    buf raw;
    doc *d;
    const char *text;
    size_t len;
    findings f;
    diff_doc *dd;
} version;

static void version_free(version *v)
{
    buf_free(&v->raw);
    doc_free(v->d);
    findings_free(&v->f);
    diff_doc_free(v->dd);
}

static int version_load(version *v, const char *name, classifier *c, char *err)
{
    memset(v, 0, sizeof *v);
    v->name = name;
    if (buf_read_file(&v->raw, name, err) < 0)
        return -1;
    v->d = doc_from_bytes(v->raw.data, v->raw.len, doc_guess_format(name, v->raw.data, v->raw.len), err);
    if (!v->d)
        return -1;
    v->text = doc_text(v->d, &v->len);
    classify_ctx ctx;
    memset(&ctx, 0, sizeof ctx);
    if (classify_text(c, v->text, v->len, 0, &ctx, 0, &v->f, err) < 0)
        return -1;
    const rules *r = classify_rules(c);
    finding **all = xcalloc(v->f.n + 1, sizeof *all, err);
    size_t *starts = NULL, n_sent = 0;
    uint64_t *fps = NULL;
    int rc = -1;
    if (!all || !(v->dd = diff_doc_new(err)))
        goto done;
    for (size_t i = 0; i < v->f.n; i++) {
        v->f.v[i].id = (long)i + 1;
        all[i] = &v->f.v[i];
    }
    summary_adjust(all, v->f.n, r);
    summary sum;
    summary_build(all, v->f.n, r, &sum);
    diff_doc_set_summary(v->dd, &sum);
    if (diff_sentences(v->text, v->len, &starts, &fps, &n_sent, err) < 0)
        goto done;
    for (size_t i = 0; i < n_sent; i++)
        if (diff_doc_add_sentence(v->dd, fps[i], err) < 0)
            goto done;
    if (diff_doc_add_findings(v->dd, 0, starts, n_sent, all, v->f.n, r, err) < 0)
        goto done;
    rc = 0;
done:
    free(all);
    free(starts);
    free(fps);
    return rc;
}

/* A finding of one version for JSON: rule facts, place and sentence. */
static cJSON *version_item_json(const version *v, size_t item, const rules *r)
{
    const diff_item *it = diff_doc_item(v->dd, item);
    cJSON *o = diff_item_json(it, r);
    if (!o)
        return NULL;
    size_t line, col;
    doc_line_col(v->d, doc_source_offset(v->d, it->start), &line, &col);
    cJSON_AddNumberToObject(o, "line", (double)line);
    cJSON_AddNumberToObject(o, "column", (double)col);
    char *sent = xstrndup(v->text + it->start, it->end - it->start, NULL);
    if (sent) {
        cJSON_AddStringToObject(o, "sentence", sent);
        free(sent);
    }
    return o;
}

static void diff_print_json(const version *o, const version *n, const diff_result *res, const rules *r)
{
    cJSON *j = cJSON_CreateObject();
    if (!j)
        return;
    cJSON_AddStringToObject(j, "old", o->name);
    cJSON_AddStringToObject(j, "new", n->name);
    cJSON *added = cJSON_AddArrayToObject(j, "added");
    for (size_t i = 0; added && i < res->n_added; i++)
        cJSON_AddItemToArray(added, version_item_json(n, res->added[i], r));
    cJSON *removed = cJSON_AddArrayToObject(j, "removed");
    for (size_t i = 0; removed && i < res->n_removed; i++)
        cJSON_AddItemToArray(removed, version_item_json(o, res->removed[i], r));
    cJSON *reworded = cJSON_AddArrayToObject(j, "reworded");
    for (size_t i = 0; reworded && i < res->n_reworded; i++) {
        cJSON *p = cJSON_CreateObject();
        if (!p)
            break;
        cJSON_AddStringToObject(p, "label", label_name(diff_doc_item(n->dd, res->reworded[i].new_item)->label));
        cJSON_AddItemToObject(p, "old", version_item_json(o, res->reworded[i].old_item, r));
        cJSON_AddItemToObject(p, "new", version_item_json(n, res->reworded[i].new_item, r));
        cJSON_AddItemToArray(reworded, p);
    }
    cJSON_AddItemToObject(j, "answers", diff_answers_json(o->dd, n->dd, res));
    cJSON *sums = cJSON_AddObjectToObject(j, "summary");
    if (sums) {
        cJSON_AddItemToObject(sums, "old", summary_json(diff_doc_summary(o->dd)));
        cJSON_AddItemToObject(sums, "new", summary_json(diff_doc_summary(n->dd)));
    }
    char *s = cJSON_Print(j);
    if (s) {
        printf("%s\n", s);
        cJSON_free(s);
    }
    cJSON_Delete(j);
}

static void print_item(const version *v, size_t item, const char *mark)
{
    const diff_item *it = diff_doc_item(v->dd, item);
    size_t line, col;
    doc_line_col(v->d, doc_source_offset(v->d, it->start), &line, &col);
    printf("  %s %s:%zu:%zu  %s [%s]\n      \"", mark, v->name, line, col, label_name(it->label),
           severity_name(it->severity));
    cli_print_sentence(stdout, v->text + it->start, it->end - it->start);
    printf("\"\n");
}

static void diff_print_text(const version *o, const version *n, const diff_result *res)
{
    if (!diff_result_any(res)) {
        printf("%s \xe2\x86\x92 %s: no finding or answer changed\n", o->name, n->name);
        return;
    }
    printf("%s \xe2\x86\x92 %s: %zu added, %zu removed, %zu reworded; %zu answer%s changed\n", o->name, n->name, res->n_added,
           res->n_removed, res->n_reworded, res->n_answers, res->n_answers == 1 ? "" : "s");
    if (res->n_answers) {
        printf("Answers that changed:\n");
        for (int k = 0; k < SK_COUNT; k++) {
            if (!res->answers[k])
                continue;
            char was[64], now[64];
            summary_answer_text(diff_doc_summary(o->dd), (enum summary_key)k, was, sizeof was);
            summary_answer_text(diff_doc_summary(n->dd), (enum summary_key)k, now, sizeof now);
            printf("  %s: %s \xe2\x86\x92 %s\n", summary_key_title((enum summary_key)k), was, now);
        }
    }
    if (res->n_added)
        printf("Added:\n");
    for (size_t i = 0; i < res->n_added; i++)
        print_item(n, res->added[i], "+");
    if (res->n_removed)
        printf("Removed:\n");
    for (size_t i = 0; i < res->n_removed; i++)
        print_item(o, res->removed[i], "-");
    if (res->n_reworded)
        printf("Reworded:\n");
    for (size_t i = 0; i < res->n_reworded; i++) {
        print_item(o, res->reworded[i].old_item, "~ was");
        print_item(n, res->reworded[i].new_item, "  now");
    }
}

int cli_diff(int argc, char **argv, const cli_env *env)
{
    const char *files[2] = {NULL, NULL};
    int json = 0, nf = 0;
    for (int i = 0; i < argc; i++) {
        const char *fmt = NULL;
        if (strcmp(argv[i], "--format") == 0 && i + 1 < argc)
            fmt = argv[++i];
        else if (strncmp(argv[i], "--format=", 9) == 0)
            fmt = argv[i] + 9;
        else if (strcmp(argv[i], "-h") == 0 || strcmp(argv[i], "--help") == 0) {
            printf("usage: smallprint-host diff OLD NEW [--format text|json]\n"
                   "Compares two versions of a document (text, Markdown or HTML): findings added,\n"
                   "removed and reworded, and summary answers that changed. Moved text is not a change.\n"
                   "Exit status: 0 nothing changed, 1 changes, 2 error.\n");
            return 0;
        } else if (argv[i][0] == '-') {
            fprintf(stderr, "smallprint-host diff: unknown option %s\n", argv[i]);
            return 2;
        } else if (nf < 2)
            files[nf++] = argv[i];
        else
            nf = 3;
        if (fmt) {
            if (strcmp(fmt, "json") != 0 && strcmp(fmt, "text") != 0) {
                fprintf(stderr, "smallprint-host diff: unknown format \"%s\" (text or json)\n", fmt);
                return 2;
            }
            json = strcmp(fmt, "json") == 0;
        }
    }
    if (nf != 2) {
        fprintf(stderr, "usage: smallprint-host diff OLD NEW [--format text|json]\n");
        return 2;
    }
    char err[ERR_LEN];
    rules *r = cli_load_rules(env, 0, err);
    classifier *c = r ? classify_new(r, err) : NULL;
    if (!c) {
        fprintf(stderr, "smallprint-host: %s\n", err);
        rules_free(r);
        return 2;
    }
    version o = {0}, n = {0};
    diff_result res = {0};
    int status = 2;
    int ok = version_load(&o, files[0], c, err) == 0;
    ok = ok && version_load(&n, files[1], c, err) == 0;
    if (!ok || diff_run(o.dd, n.dd, 1, &res, err) < 0)
        fprintf(stderr, "smallprint-host diff: %s\n", err);
    else {
        if (json)
            diff_print_json(&o, &n, &res, r);
        else
            diff_print_text(&o, &n, &res);
        status = diff_result_any(&res) ? 1 : 0;
    }
    diff_result_free(&res);
    version_free(&o);
    version_free(&n);
    classify_free(c);
    rules_free(r);
    return status;
}

/* ------------------------------------------------------------------------
 * history list | show SITE | forget SITE | clear
 * ---------------------------------------------------------------------- */

static void usage_history(FILE *f)
{
    fprintf(f, "usage: smallprint-host history list | show SITE | forget SITE | clear\n"
               "  list         the sites and documents remembered, and which changed\n"
               "  show SITE    each document of SITE: its answers and what changed\n"
               "  forget SITE  remove SITE (https://example.com, or example.com for every scheme)\n"
               "  clear        remove the whole history and its key\n"
               "History is kept encrypted in the data directory ($XDG_DATA_HOME/smallprint or\n"
               "~/.local/share/smallprint; $SMALLPRINT_HISTORY_DIR overrides it). Only the\n"
               "extension's complete page analyses are recorded; `history = 0` in host.conf or\n"
               "the extension's options turn it off.\n");
}

static void show_entry(const history_entry *e)
{
    char first[32], last[32], since[32];
    history_iso_time(e->first_seen, first);
    history_iso_time(e->last_seen, last);
    printf("%s%s%s%s\n", e->path, e->title[0] ? "  \"" : "", e->title, e->title[0] ? "\"" : "");
    printf("  seen %s .. %s, %zu finding%s\n", first, last, e->findings, e->findings == 1 ? "" : "s");
    for (int k = 0; k < SK_COUNT; k++) {
        char now[64];
        summary_answer_text(&e->answers, (enum summary_key)k, now, sizeof now);
        printf("  %-28s %s\n", summary_key_title((enum summary_key)k), now);
    }
    if (!e->changed)
        return;
    history_iso_time(e->changed_since, since);
    printf("  changed since %s: %zu added, %zu removed, %zu reworded\n", since, e->added, e->removed, e->reworded);
    for (int k = 0; k < SK_COUNT; k++) {
        if (!e->answer_changed[k])
            continue;
        char was[64], now[64];
        summary_answer_text(&e->old_answers, (enum summary_key)k, was, sizeof was);
        summary_answer_text(&e->answers, (enum summary_key)k, now, sizeof now);
        printf("    %s: %s \xe2\x86\x92 %s\n", summary_key_title((enum summary_key)k), was, now);
    }
}

int cli_history(int argc, char **argv, const cli_env *env)
{
    (void)env;
    if (argc < 1 || !strcmp(argv[0], "-h") || !strcmp(argv[0], "--help")) {
        usage_history(argc < 1 ? stderr : stdout);
        return argc < 1 ? 2 : 0;
    }
    const char *cmd = argv[0];
    int needs_site = !strcmp(cmd, "show") || !strcmp(cmd, "forget");
    if ((strcmp(cmd, "list") && strcmp(cmd, "clear") && !needs_site) || argc != (needs_site ? 2 : 1)) {
        usage_history(stderr);
        return 2;
    }
    char err[ERR_LEN], note[ERR_LEN] = "";
    history *h = history_open(NULL, err);
    if (!h) {
        fprintf(stderr, "smallprint-host history: %s\n", err);
        return 2;
    }
    int rc = 0;
    if (!strcmp(cmd, "clear")) {
        if (history_clear(h, err) < 0) {
            fprintf(stderr, "smallprint-host history: %s\n", err);
            rc = 2;
        } else
            printf("history cleared (%s)\n", history_dir(h));
    } else if (!strcmp(cmd, "forget")) {
        size_t removed;
        if (history_forget(h, argv[1], &removed, note, err) < 0) {
            fprintf(stderr, "smallprint-host history: %s\n", err);
            rc = 2;
        } else
            printf("forgot %zu document%s of %s\n", removed, removed == 1 ? "" : "s", argv[1]);
    } else {
        history_entry *e;
        size_t n, shown = 0;
        if (history_list(h, &e, &n, note, err) < 0) {
            fprintf(stderr, "smallprint-host history: %s\n", err);
            rc = 2;
        } else {
            if (!strcmp(cmd, "list"))
                printf("%s: %zu document%s\n", history_file(h), n, n == 1 ? "" : "s");
            for (size_t i = 0; i < n; i++) {
                if (!strcmp(cmd, "show")) {
                    if (!history_site_matches(e[i].site, argv[1]))
                        continue;
                    if (!shown++ || strcmp(e[i].site, e[i - 1].site))
                        printf("%s\n", e[i].site);
                    show_entry(&e[i]);
                    continue;
                }
                char last[32], since[32] = "";
                history_iso_time(e[i].last_seen, last);
                if (e[i].changed)
                    history_iso_time(e[i].changed_since, since);
                printf("  %s%s  last seen %s%s%s\n", e[i].site, e[i].path, last, e[i].changed ? ", changed since " : "",
                       since);
            }
            if (!strcmp(cmd, "show") && !shown) {
                fprintf(stderr, "smallprint-host history: nothing remembered for %s\n", argv[1]);
                rc = 2;
            }
            history_entries_free(e, n);
        }
    }
    history_close(h);
    return rc;
}
