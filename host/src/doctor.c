/*
 * doctor.c - `smallprint-host doctor` (see doctor.h).
 *
 * Linux and macOS keep one manifest file per browser directory, listed in
 * doctor_table.h (generated from manifests/browsers.tsv, the table
 * installers/install.sh reads). Windows browsers read the registry instead;
 * there doctor only says so.
 *
 * What the browsers accept was read from their sources: Chromium
 * (native_messaging_host_manifest.cc: name [a-z0-9._], non-empty
 * description, type "stdio", path, allowed_origins parsed as URL patterns,
 * unknown keys ignored; the per-user file wins even when broken) and Firefox
 * ESR 153 (NativeManifests.sys.mjs and its schema: unknown keys rejected,
 * description required, absolute path, allowed_extensions must list the
 * add-on id; a broken per-user file is skipped and the system one tried).
 * Checked against the real browsers on Debian: a missing description, an
 * origin without its slash and an upper-case name all read "Specified
 * native messaging host not found." in Chromium, which ignores unknown keys;
 * Firefox answers "No such native application" to an unknown key or a
 * missing description.
 */
#include "doctor.h"

#include "buf.h"
#include "cli.h"
#include "common.h"
#include "doctor_table.h"
#include "frame.h"
#include "platform.h"
#include "rules.h"
#include "text.h"

#include <cjson/cJSON.h>
#include <errno.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#ifdef _WIN32

int doctor_main(int argc, char **argv, const cli_env *env)
{
    (void)argc;
    (void)argv;
    (void)env;
    fprintf(stderr, "smallprint-host doctor: on Windows the browsers find the host through the registry; "
                    "doctor checks Linux and macOS only. installers/install.ps1 prints what it registered.\n");
    return 2;
}

#else

#include <limits.h>
#include <poll.h>
#include <signal.h>
#include <sys/stat.h>
#include <sys/types.h>
#include <sys/wait.h>
#include <unistd.h>

/* ------------------------------------------------------------------------
 * The table and the run's state
 * ---------------------------------------------------------------------- */

typedef struct doctor_row {
    const char *id;     /* what --browser takes */
    const char *family; /* "chromium" or "firefox" */
    const char *os;     /* "linux" or "macos" */
    const char *scope;  /* "user", "system", "flatpak", "snap" */
    const char *dir;    /* with $HOME / $CONFIG, or "-" */
    const char *detect; /* ':'-separated paths */
    const char *title;  /* what people read */
} doctor_row;

static const doctor_row doctor_rows[] = {DOCTOR_ROWS};
#define DOCTOR_N_ROWS (sizeof doctor_rows / sizeof doctor_rows[0])

#define DOCTOR_MAX_LIST 16
#define DOCTOR_PATH 4096
#define DOCTOR_MANIFEST_MAX (1024 * 1024)  /* no real manifest comes near */
#define DOCTOR_START_TIMEOUT_MS 5000       /* rules load in milliseconds */
#define DOCTOR_OUT_MAX (2 * 1024 * 1024)   /* a hello reply is ~1 KiB */
#define DOCTOR_ERR_MAX (16 * 1024)
#define DOCTOR_MAX_SEEN 64

typedef struct str_list {
    const char *v[DOCTOR_MAX_LIST];
    size_t n;
} str_list;

/* A file or host already checked, so a shared one is reported once. */
typedef struct seen {
    char path[DOCTOR_PATH];
    int fails;
} seen;

typedef struct doctor {
    /* what to check */
    int want_user, want_system;  /* scopes */
    int use_table;               /* 0: only the --chromium-profile dirs */
    int start_hosts;             /* 0 with --no-start */
    str_list browsers, profiles; /* --browser, --chromium-profile */
    str_list ext_ids, gecko_ids; /* --extension-id, --gecko-id */
    const char *os;
    char home[DOCTOR_PATH];   /* --home or $HOME */
    char config[DOCTOR_PATH]; /* $XDG_CONFIG_HOME or home/.config */
    char root[DOCTOR_PATH];   /* --root, or "" */
    char fix_opts[DOCTOR_PATH]; /* --home/--root repeated in fix commands */
    char installer[DOCTOR_PATH];
    char last_fix[DOCTOR_PATH * 3]; /* printed under the previous problem */
    const char *profile;            /* the --chromium-profile being checked */
    /* results */
    int problems, warnings;
    seen files[DOCTOR_MAX_SEEN];
    size_t n_files;
    seen hosts[DOCTOR_MAX_SEEN];
    size_t n_hosts;
} doctor;

/* ------------------------------------------------------------------------
 * Output: one line per finding, a fix under every problem
 * ---------------------------------------------------------------------- */

/* snprintf for messages and paths: a result longer than the buffer is cut
 * (no path here comes near DOCTOR_PATH; a cut one simply is not found). */
static void textf(char *out, size_t n, const char *fmt, ...) SP_PRINTF(3, 4);
static void textf(char *out, size_t n, const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    if (vsnprintf(out, n, fmt, ap) < 0 && n)
        out[0] = '\0';
    va_end(ap);
}

static void say(const char *tag, const char *fmt, va_list ap) SP_PRINTF(2, 0);
static void say(const char *tag, const char *fmt, va_list ap)
{
    printf("    %-5s ", tag);
    vprintf(fmt, ap);
    putchar('\n');
}

static void say_ok(const char *fmt, ...) SP_PRINTF(1, 2);
static void say_ok(const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    say("ok", fmt, ap);
    va_end(ap);
}

static void say_note(const char *fmt, ...) SP_PRINTF(1, 2);
static void say_note(const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    say("note", fmt, ap);
    va_end(ap);
}

/* A problem (FAIL, counted) or a warning, with the fix under it; a fix
 * that repeats the one just above is shortened. */
static void say_problem(doctor *d, int fail, const char *fix, const char *fmt, va_list ap) SP_PRINTF(4, 0);
static void say_problem(doctor *d, int fail, const char *fix, const char *fmt, va_list ap)
{
    say(fail ? "FAIL" : "warn", fmt, ap);
    if (fix && *fix && strcmp(fix, d->last_fix) == 0) {
        printf("          fix: the same\n");
    } else if (fix && *fix) {
        printf("          fix: %s\n", fix);
        textf(d->last_fix, sizeof d->last_fix, "%s", fix);
    }
    if (fail)
        d->problems++;
    else
        d->warnings++;
}

static void say_fail(doctor *d, const char *fix, const char *fmt, ...) SP_PRINTF(3, 4);
static void say_fail(doctor *d, const char *fix, const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    say_problem(d, 1, fix, fmt, ap);
    va_end(ap);
}

static void say_warn(doctor *d, const char *fix, const char *fmt, ...) SP_PRINTF(3, 4);
static void say_warn(doctor *d, const char *fix, const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    say_problem(d, 0, fix, fmt, ap);
    va_end(ap);
}

/* The install.sh command that rewrites one browser's manifest. */
static void fix_register(const doctor *d, const char *browser, const char *scope, char *out, size_t n)
{
    if (scope && strcmp(scope, "profile") == 0 && d->profile) {
        textf(out, n, "%s --chromium-profile '%s'", d->installer, d->profile);
        return;
    }
    int system = scope && strcmp(scope, "system") == 0;
    textf(out, n, "%s%s --browser %s%s%s", system && !d->root[0] ? "sudo " : "", d->installer, browser,
             system ? " --system" : "", d->fix_opts);
}

/* ------------------------------------------------------------------------
 * Paths
 * ---------------------------------------------------------------------- */

/* Expand p[0..n) from the table: $HOME, $CONFIG, or an absolute path under
 * --root. */
static int expand(const doctor *d, const char *p, size_t n, char *out, size_t out_len)
{
    const char *base;
    size_t skip;
    if (n >= 5 && strncmp(p, "$HOME", 5) == 0) {
        base = d->home;
        skip = 5;
    } else if (n >= 7 && strncmp(p, "$CONFIG", 7) == 0) {
        base = d->config;
        skip = 7;
    } else if (n > 0 && p[0] == '/') {
        base = d->root;
        skip = 0;
    } else {
        return -1;
    }
    int w = snprintf(out, out_len, "%s%.*s", base, (int)(n - skip), p + skip);
    return w < 0 || (size_t)w >= out_len ? -1 : 0;
}

/* 1 when a path of the ':'-separated list exists; where = the first one. */
static int detected(const doctor *d, const char *list, char *where, size_t where_len)
{
    const char *p = list;
    while (*p) {
        const char *colon = strchr(p, ':');
        size_t n = colon ? (size_t)(colon - p) : strlen(p);
        char path[DOCTOR_PATH];
        struct stat st;
        if (expand(d, p, n, path, sizeof path) == 0 && stat(path, &st) == 0) {
            textf(where, where_len, "%s", path);
            return 1;
        }
        p += n;
        if (*p == ':')
            p++;
    }
    return 0;
}

static int in_list(const str_list *l, const char *s)
{
    for (size_t i = 0; i < l->n; i++)
        if (strcmp(l->v[i], s) == 0)
            return 1;
    return 0;
}

static seen *find_seen(seen *v, size_t n, const char *path)
{
    for (size_t i = 0; i < n; i++)
        if (strcmp(v[i].path, path) == 0)
            return &v[i];
    return NULL;
}

static seen *add_seen(seen *v, size_t *n, const char *path)
{
    if (*n >= DOCTOR_MAX_SEEN)
        return NULL;
    seen *s = &v[(*n)++];
    textf(s->path, sizeof s->path, "%s", path);
    s->fails = 0;
    return s;
}

/* Where install.sh is, to name it in fixes: beside a built tree or an
 * installed one. */
static void find_installer(doctor *d)
{
    char exe[DOCTOR_PATH], err[ERR_LEN];
    static const char *const rel[] = {"../installers/install.sh", "../share/smallprint/installers/install.sh"};
    textf(d->installer, sizeof d->installer, "installers/install.sh");
    if (platform_exe_path(exe, sizeof exe, err) < 0)
        return;
    char *slash = strrchr(exe, '/');
    if (!slash)
        return;
    *slash = '\0';
    for (size_t i = 0; i < sizeof rel / sizeof rel[0]; i++) {
        char cand[DOCTOR_PATH + 64], real[PATH_MAX];
        textf(cand, sizeof cand, "%s/%s", exe, rel[i]);
        if (access(cand, R_OK) == 0 && realpath(cand, real)) {
            textf(d->installer, sizeof d->installer, "%s", real);
            return;
        }
    }
}

/* ------------------------------------------------------------------------
 * Starting the host the way a browser does
 * ---------------------------------------------------------------------- */

typedef struct run_result {
    buf out;       /* the host's stdout */
    buf errtext;   /* its stderr */
    int status;    /* waitpid status */
    int timed_out; /* killed after DOCTOR_START_TIMEOUT_MS */
} run_result;

static void drain(int fd, buf *b, size_t cap, int *open_fd)
{
    char chunk[4096];
    ssize_t r = read(fd, chunk, sizeof chunk);
    if (r <= 0) {
        if (r == 0 || (errno != EINTR && errno != EAGAIN)) {
            close(fd);
            *open_fd = -1;
        }
        return;
    }
    if (b->len + (size_t)r <= cap && buf_append(b, chunk, (size_t)r) < 0) {
        close(fd);
        *open_fd = -1;
    }
}

/* Start exe with argv in its own directory (as Chromium and Firefox do),
 * write input to its stdin and close it, and collect stdout and stderr
 * until it exits or the time runs out. 0, or -1 with err when it could not
 * be started at all. */
static int run_host(const char *exe, char *const argv[], const char *input, size_t in_len, run_result *rr,
                    char *err)
{
    int in[2], out[2], er[2];
    if (pipe(in) < 0) {
        err_set(err, "pipe: %s", strerror(errno));
        return -1;
    }
    if (pipe(out) < 0) {
        err_set(err, "pipe: %s", strerror(errno));
        close(in[0]);
        close(in[1]);
        return -1;
    }
    if (pipe(er) < 0) {
        err_set(err, "pipe: %s", strerror(errno));
        close(in[0]);
        close(in[1]);
        close(out[0]);
        close(out[1]);
        return -1;
    }
    fflush(stdout);
    pid_t pid = fork();
    if (pid < 0) {
        err_set(err, "fork: %s", strerror(errno));
        int fds[] = {in[0], in[1], out[0], out[1], er[0], er[1]};
        for (size_t i = 0; i < 6; i++)
            close(fds[i]);
        return -1;
    }
    if (pid == 0) {
        dup2(in[0], 0);
        dup2(out[1], 1);
        dup2(er[1], 2);
        int fds[] = {in[0], in[1], out[0], out[1], er[0], er[1]};
        for (size_t i = 0; i < 6; i++)
            close(fds[i]);
        char dir[DOCTOR_PATH];
        textf(dir, sizeof dir, "%s", exe);
        char *slash = strrchr(dir, '/');
        if (slash && slash != dir) {
            *slash = '\0';
            if (chdir(dir) < 0) {
                /* the browser would fail the same way; say so below */
            }
        }
        execv(exe, argv);
        fprintf(stderr, "cannot start %s: %s\n", exe, strerror(errno));
        _exit(127);
    }
    close(in[0]);
    close(out[1]);
    close(er[1]);
    /* A host that dies early must not kill doctor with SIGPIPE. */
    void (*old_pipe)(int) = signal(SIGPIPE, SIG_IGN);
    for (size_t off = 0; off < in_len;) {
        ssize_t w = write(in[1], input + off, in_len - off);
        if (w < 0 && errno == EINTR)
            continue;
        if (w <= 0)
            break;
        off += (size_t)w;
    }
    close(in[1]);
    signal(SIGPIPE, old_pipe);

    int fo = out[0], fe = er[0];
    uint64_t deadline = platform_now_ms() + DOCTOR_START_TIMEOUT_MS;
    while (fo >= 0 || fe >= 0) {
        uint64_t now = platform_now_ms();
        if (now >= deadline) {
            kill(pid, SIGKILL);
            rr->timed_out = 1;
            break;
        }
        struct pollfd pf[2];
        nfds_t np = 0;
        if (fo >= 0)
            pf[np++] = (struct pollfd){fo, POLLIN, 0};
        if (fe >= 0)
            pf[np++] = (struct pollfd){fe, POLLIN, 0};
        int pr = poll(pf, np, (int)(deadline - now));
        if (pr < 0 && errno != EINTR)
            break;
        for (nfds_t i = 0; pr > 0 && i < np; i++) {
            if (!pf[i].revents)
                continue;
            if (pf[i].fd == fo)
                drain(fo, &rr->out, DOCTOR_OUT_MAX, &fo);
            else
                drain(fe, &rr->errtext, DOCTOR_ERR_MAX, &fe);
        }
    }
    if (fo >= 0)
        close(fo);
    if (fe >= 0)
        close(fe);
    while (waitpid(pid, &rr->status, 0) < 0 && errno == EINTR) {
    }
    return 0;
}

/* Print what the host wrote on stderr, a few lines, indented. */
static void show_stderr(const buf *e)
{
    if (!e->len)
        return;
    const char *p = e->data;
    for (int lines = 0; *p && lines < 4; lines++) {
        const char *nl = strchr(p, '\n');
        int n = nl ? (int)(nl - p) : (int)strlen(p);
        printf("          host said: %.*s\n", n > 300 ? 300 : n, p);
        p = nl ? nl + 1 : p + n;
    }
}

/* Start the host named by a manifest, say hello, and report. */
static void check_host_starts(doctor *d, const char *host, const char *family, const char *manifest_file)
{
    char full[DOCTOR_PATH * 2];
    textf(full, sizeof full, "%s%s", d->root, host);
    seen *s = find_seen(d->hosts, d->n_hosts, full);
    if (s) {
        if (s->fails)
            say_note("the host fails to start properly (see above)");
        else
            say_ok("host starts and answers hello (checked above)");
        return;
    }
    s = add_seen(d->hosts, &d->n_hosts, full);
    int problems_before = d->problems;

    char origin[128];
    textf(origin, sizeof origin, "chrome-extension://%s/", DOCTOR_CHROMIUM_ID);
    char gecko[] = DOCTOR_GECKO_ID;
    char mfile[DOCTOR_PATH];
    textf(mfile, sizeof mfile, "%s", manifest_file);
    /* argv as each browser passes it (BROWSER-TESTING.md) */
    char *argv_chromium[] = {full, origin, NULL};
    char *argv_firefox[] = {full, mfile, gecko, NULL};
    char *const *argv = strcmp(family, "firefox") == 0 ? argv_firefox : argv_chromium;

    static const char hello[] = "{\"type\":\"hello\",\"id\":\"doctor\",\"protocol\":1}";
    char frame[sizeof hello - 1 + 4];
    uint32_t len = sizeof hello - 1;
    memcpy(frame, &len, 4); /* native byte order, as browsers write it */
    memcpy(frame + 4, hello, len);

    run_result rr = {BUF_INIT, BUF_INIT, 0, 0};
    char err[ERR_LEN], fix[DOCTOR_PATH * 2];
    if (run_host(full, argv, frame, sizeof frame, &rr, err) < 0) {
        say_fail(d, NULL, "could not start %s to test it: %s", full, err);
        goto out;
    }
    if (rr.timed_out) {
        textf(fix, sizeof fix, "make sure the manifest names smallprint-host; try: %s --version", full);
        say_fail(d, fix, "%s started but did not answer hello within %d ms", full, DOCTOR_START_TIMEOUT_MS);
        show_stderr(&rr.errtext);
        goto out;
    }
    if (WIFSIGNALED(rr.status)) {
        say_fail(d, "rebuild and reinstall it (make && make install), then run doctor again",
                 "%s crashed (signal %d) before answering; the browser would say \"Native host has exited.\"", full,
                 WTERMSIG(rr.status));
        show_stderr(&rr.errtext);
        goto out;
    }
    if (WIFEXITED(rr.status) && WEXITSTATUS(rr.status) == 127 && !rr.out.len) {
        textf(fix, sizeof fix, "check that %s runs on this machine: %s --version", full, full);
        say_fail(d, fix, "%s could not be started", full);
        show_stderr(&rr.errtext);
        goto out;
    }
    buf body = BUF_INIT;
    cJSON *reply = NULL;
    uint32_t announced = 0;
    frame_status fs = FRAME_ERROR;
    FILE *mem = rr.out.len ? fmemopen(rr.out.data, rr.out.len, "rb") : NULL;
    if (mem) {
        fs = frame_read(mem, DOCTOR_OUT_MAX, &body, &announced, err);
        fclose(mem);
    }
    if (fs == FRAME_OK)
        reply = cJSON_ParseWithLength(body.data, body.len);
    const cJSON *type = cJSON_GetObjectItemCaseSensitive(reply, "type");
    if (!reply || !cJSON_IsString(type)) {
        say_fail(d, "make sure the manifest names smallprint-host, not another program",
                 "%s exited (status %d) without a framed JSON reply to hello", full,
                 WIFEXITED(rr.status) ? WEXITSTATUS(rr.status) : -1);
        show_stderr(&rr.errtext);
    } else if (strcmp(type->valuestring, "hello") != 0) {
        const cJSON *msg = cJSON_GetObjectItemCaseSensitive(reply, "message");
        say_fail(d, "rebuild the host and the extension from the same tree",
                 "%s answered hello with \"%s\": %s", full, type->valuestring,
                 cJSON_IsString(msg) ? msg->valuestring : "(no message)");
    } else {
        const cJSON *proto = cJSON_GetObjectItemCaseSensitive(reply, "protocol");
        const cJSON *version = cJSON_GetObjectItemCaseSensitive(reply, "version");
        const cJSON *packs = cJSON_GetObjectItemCaseSensitive(reply, "packs");
        const cJSON *rules_error = cJSON_GetObjectItemCaseSensitive(reply, "rules_error");
        double n_rules = 0;
        const cJSON *pk;
        cJSON_ArrayForEach(pk, packs)
        {
            const cJSON *r = cJSON_GetObjectItemCaseSensitive(pk, "rules");
            if (cJSON_IsNumber(r))
                n_rules += r->valuedouble;
        }
        if (!cJSON_IsNumber(proto) || (int)proto->valuedouble != SMALLPRINT_PROTOCOL) {
            say_fail(d, "install the host built from the same tree as the extension (make install)",
                     "%s speaks protocol %d; this smallprint (and its extension) speaks %d", full,
                     cJSON_IsNumber(proto) ? (int)proto->valuedouble : -1, SMALLPRINT_PROTOCOL);
        } else if (cJSON_IsString(rules_error)) {
            textf(fix, sizeof fix,
                     "the rules must sit beside the host (rules/, ../share/smallprint/rules or ../rules): "
                     "reinstall with make install, or %s --browser ... to register a complete tree",
                     d->installer);
            say_fail(d, fix, "%s starts, but its rules do not load: %s", full, rules_error->valuestring);
        } else {
            say_ok("host starts and answers hello: smallprint-host %s, protocol %d, %d rule pack%s (%.0f rules)",
                   cJSON_IsString(version) ? version->valuestring : "?", (int)proto->valuedouble,
                   cJSON_GetArraySize(packs), cJSON_GetArraySize(packs) == 1 ? "" : "s", n_rules);
        }
        if (rr.errtext.len && d->problems == problems_before)
            show_stderr(&rr.errtext);
    }
    cJSON_Delete(reply);
    buf_free(&body);
out:
    buf_free(&rr.out);
    buf_free(&rr.errtext);
    if (s)
        s->fails = d->problems - problems_before;
}

/* ------------------------------------------------------------------------
 * One manifest
 * ---------------------------------------------------------------------- */

/* The host file a manifest names: exists, is a file, may run. */
static int check_host_file(doctor *d, const char *host, const char *browser, const char *scope)
{
    char full[DOCTOR_PATH * 2], fix[DOCTOR_PATH * 3], reg[DOCTOR_PATH * 2];
    textf(full, sizeof full, "%s%s", d->root, host);
    fix_register(d, browser, scope, reg, sizeof reg);
    struct stat st;
    if (stat(full, &st) != 0) {
        textf(fix, sizeof fix, "build it (make), or point the manifest at an existing host: %s", reg);
        say_fail(d, fix, "\"path\" names %s, which %s", host,
                 errno == ENOENT ? "does not exist" : strerror(errno));
        return -1;
    }
    if (!S_ISREG(st.st_mode)) {
        textf(fix, sizeof fix, "%s", reg);
        say_fail(d, fix, "\"path\" names %s, which is not a file", host);
        return -1;
    }
    if (access(full, X_OK) != 0) {
        textf(fix, sizeof fix, "chmod 755 '%s'", full);
        say_fail(d, fix, "%s is not executable, so the browser cannot start it "
                         "(Chromium: \"Error when communicating with the native messaging host.\")",
                 host);
        return -1;
    }
    if (st.st_mode & (S_IWGRP | S_IWOTH)) {
        textf(fix, sizeof fix, "chmod go-w '%s'", full);
        say_warn(d, fix, "%s can be changed by other users, who would then decide what your browser runs", host);
    }
    say_ok("host %s is an executable file", host);
    return 0;
}

/* Line and column (1-based) of byte offset off in s. */
static void line_col(const char *s, size_t off, size_t *line, size_t *col)
{
    *line = 1;
    *col = 1;
    for (size_t i = 0; i < off; i++) {
        if (s[i] == '\n') {
            (*line)++;
            *col = 1;
        } else {
            (*col)++;
        }
    }
}

static int is_ext_id(const char *s, size_t n)
{
    if (n != 32)
        return 0;
    for (size_t i = 0; i < n; i++)
        if (s[i] < 'a' || s[i] > 'p')
            return 0;
    return 1;
}

/* Chromium: allowed_origins must parse as extension patterns; ours must be
 * among them. */
static void check_origins(doctor *d, const cJSON *j, const char *fix_reg)
{
    const cJSON *ao = cJSON_GetObjectItemCaseSensitive(j, "allowed_origins");
    if (!ao) {
        if (cJSON_GetObjectItemCaseSensitive(j, "allowed_extensions"))
            say_fail(d, fix_reg,
                     "this is a Firefox manifest (it has \"allowed_extensions\"); Chromium needs \"allowed_origins\"");
        else
            say_fail(d, fix_reg, "no \"allowed_origins\": Chromium needs the list of extensions that may connect");
        return;
    }
    if (!cJSON_IsArray(ao)) {
        say_fail(d, fix_reg, "\"allowed_origins\" must be a list of strings");
        return;
    }
    const char *prefix = "chrome-extension://";
    size_t plen = strlen(prefix);
    int have_dev = 0, broken = 0;
    const cJSON *it;
    char fix[DOCTOR_PATH];
    cJSON_ArrayForEach(it, ao)
    {
        if (!cJSON_IsString(it)) {
            say_fail(d, fix_reg, "\"allowed_origins\" holds something other than a string; Chromium rejects the "
                                 "whole manifest");
            broken = 1;
            continue;
        }
        const char *o = it->valuestring;
        size_t n = strlen(o);
        if (strchr(o, '*')) {
            say_fail(d, fix_reg, "\"%s\": Chromium allows no wildcards in \"allowed_origins\" and rejects the manifest",
                     o);
            broken = 1;
        } else if (n == plen + 32 && strncmp(o, prefix, plen) == 0 && is_ext_id(o + plen, 32)) {
            textf(fix, sizeof fix, "write \"%s/\", with the slash (or run: %s)", o, fix_reg);
            say_fail(d, fix,
                     "\"%s\" lacks the trailing slash; Chromium rejects the whole manifest and says only "
                     "\"Specified native messaging host not found.\"",
                     o);
            broken = 1;
        } else if (n == plen + 33 && strncmp(o, prefix, plen) == 0 && is_ext_id(o + plen, 32) && o[n - 1] == '/') {
            if (strncmp(o + plen, DOCTOR_CHROMIUM_ID, 32) == 0)
                have_dev = 1;
            else {
                char id[33];
                memcpy(id, o + plen, 32);
                id[32] = '\0';
                if (!in_list(&d->ext_ids, id))
                    say_note("also allows %s (a store build's id?)", o);
            }
        } else {
            say_fail(d, fix_reg, "\"%s\" is not an extension origin (chrome-extension://<32 letters a-p>/)", o);
            broken = 1;
        }
    }
    if (have_dev)
        say_ok("allows chrome-extension://%s/ (the extension in this tree; its key fixes the id)",
               DOCTOR_CHROMIUM_ID);
    else if (!broken)
        say_fail(d, fix_reg,
                 "does not allow chrome-extension://%s/, the extension in this tree: Chromium answers "
                 "\"Access to the specified native messaging host is forbidden.\"",
                 DOCTOR_CHROMIUM_ID);
    for (size_t i = 0; i < d->ext_ids.n; i++) {
        char want[128];
        textf(want, sizeof want, "%s%s/", prefix, d->ext_ids.v[i]);
        int found = 0;
        cJSON_ArrayForEach(it, ao) found |= cJSON_IsString(it) && strcmp(it->valuestring, want) == 0;
        char f2[DOCTOR_PATH * 2];
        textf(f2, sizeof f2, "%s --extension-id %s", fix_reg, d->ext_ids.v[i]);
        if (found)
            say_ok("allows %s (--extension-id)", want);
        else
            say_fail(d, f2, "does not allow %s, given with --extension-id", want);
    }
}

/* Firefox's add-on id pattern (manifest.ExtensionID), case-insensitive. */
static int is_gecko_id(const char *s)
{
    size_t n = strlen(s);
    if (n == 38 && s[0] == '{' && s[37] == '}') {
        for (size_t i = 1; i < 37; i++) {
            char c = s[i];
            int dash = i == 9 || i == 14 || i == 19 || i == 24;
            if (dash ? c != '-' : !((c >= '0' && c <= '9') || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F')))
                return 0;
        }
        return 1;
    }
    const char *at = strchr(s, '@');
    if (!at || at[1] == '\0')
        return 0;
    for (const char *p = s; *p; p++) {
        char c = *p;
        int ok = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '-' ||
                 c == '.' || c == '_' || (p == at);
        if (!ok)
            return 0;
    }
    return 1;
}

/* Firefox: allowed_extensions lists the add-on id; no key it does not know. */
static void check_extensions(doctor *d, const cJSON *j, const char *fix_reg)
{
    static const char *const known[] = {"name", "description", "path", "type", "allowed_extensions"};
    const cJSON *it;
    cJSON_ArrayForEach(it, j)
    {
        int ok = 0;
        for (size_t i = 0; i < sizeof known / sizeof known[0]; i++)
            ok |= it->string && strcmp(it->string, known[i]) == 0;
        if (!ok && strcmp(it->string ? it->string : "", "allowed_origins") == 0)
            say_fail(d, fix_reg,
                     "\"allowed_origins\" is Chromium's key: Firefox rejects a manifest with a key it does not know "
                     "(\"Unexpected property\"), and needs \"allowed_extensions\"");
        else if (!ok)
            say_fail(d, fix_reg, "\"%s\": Firefox rejects a manifest with a key it does not know", it->string);
    }
    const cJSON *ae = cJSON_GetObjectItemCaseSensitive(j, "allowed_extensions");
    if (!ae) {
        say_fail(d, fix_reg, "no \"allowed_extensions\": Firefox needs the add-on id %s there", DOCTOR_GECKO_ID);
        return;
    }
    if (!cJSON_IsArray(ae) || cJSON_GetArraySize(ae) == 0) {
        say_fail(d, fix_reg, "\"allowed_extensions\" must be a non-empty list of add-on ids");
        return;
    }
    int have_dev = 0;
    cJSON_ArrayForEach(it, ae)
    {
        if (!cJSON_IsString(it) || !is_gecko_id(it->valuestring)) {
            say_fail(d, fix_reg, "\"allowed_extensions\" holds %s%s%s, not an add-on id; Firefox rejects the manifest",
                     cJSON_IsString(it) ? "\"" : "", cJSON_IsString(it) ? it->valuestring : "a non-string",
                     cJSON_IsString(it) ? "\"" : "");
            return;
        }
        if (strcmp(it->valuestring, DOCTOR_GECKO_ID) == 0)
            have_dev = 1;
        else if (!in_list(&d->gecko_ids, it->valuestring))
            say_note("also allows %s", it->valuestring);
    }
    if (have_dev)
        say_ok("allows %s (the add-on id in extension/manifest.json)", DOCTOR_GECKO_ID);
    else
        say_fail(d, fix_reg,
                 "does not list %s, the add-on id in extension/manifest.json: Firefox says the extension "
                 "\"does not have permission to use native manifest\"",
                 DOCTOR_GECKO_ID);
    for (size_t i = 0; i < d->gecko_ids.n; i++) {
        int found = 0;
        cJSON_ArrayForEach(it, ae) found |= cJSON_IsString(it) && strcmp(it->valuestring, d->gecko_ids.v[i]) == 0;
        char f2[DOCTOR_PATH * 2];
        textf(f2, sizeof f2, "%s --gecko-id %s", fix_reg, d->gecko_ids.v[i]);
        if (found)
            say_ok("allows %s (--gecko-id)", d->gecko_ids.v[i]);
        else
            say_fail(d, f2, "does not list %s, given with --gecko-id", d->gecko_ids.v[i]);
    }
}

/* Check one manifest that exists. Returns the number of problems found;
 * host gets the "path" it names when that file may run (else ""). */
static int check_manifest(doctor *d, const char *file, const char *family, const char *browser, const char *scope,
                          char *host, size_t host_len)
{
    int before = d->problems;
    char fix_reg[DOCTOR_PATH * 2];
    fix_register(d, browser, scope, fix_reg, sizeof fix_reg);
    host[0] = '\0';

    struct stat st;
    if (stat(file, &st) != 0) {
        say_fail(d, fix_reg, "%s is a link to %s", file, errno == ENOENT ? "a file that does not exist" : strerror(errno));
        return d->problems - before;
    }
    if (!S_ISREG(st.st_mode)) {
        say_fail(d, fix_reg, "%s is not a regular file", file);
        return d->problems - before;
    }
    if (st.st_size > DOCTOR_MANIFEST_MAX) {
        say_fail(d, fix_reg, "%s is %lld bytes: not a manifest", file, (long long)st.st_size);
        return d->problems - before;
    }
    FILE *f = fopen(file, "rb");
    if (!f) {
        say_fail(d, fix_reg, "cannot read %s: %s (the browser cannot either)", file, strerror(errno));
        return d->problems - before;
    }
    buf text = BUF_INIT;
    char chunk[8192];
    size_t r;
    int oom = 0;
    while ((r = fread(chunk, 1, sizeof chunk, f)) > 0)
        oom |= buf_append(&text, chunk, r) < 0;
    int rerr = ferror(f);
    fclose(f);
    if (oom || rerr || buf_reserve(&text, 1) < 0) {
        say_fail(d, NULL, "cannot read %s%s", file, oom ? ": out of memory" : "");
        buf_free(&text);
        return d->problems - before;
    }
    size_t bad = 0, line, col;
    if (!text_utf8_valid(text.data, text.len, &bad)) {
        line_col(text.data, bad, &line, &col);
        say_fail(d, fix_reg, "not valid UTF-8 at line %zu, column %zu; browsers refuse it", line, col);
        buf_free(&text);
        return d->problems - before;
    }
    const char *end = NULL;
    cJSON *j = cJSON_ParseWithLengthOpts(text.data, text.len, &end, 0);
    if (!j) {
        size_t off = end && end >= text.data ? (size_t)(end - text.data) : 0;
        line_col(text.data, off, &line, &col);
        say_fail(d, fix_reg, "not valid JSON: it goes wrong at line %zu, column %zu", line, col);
        buf_free(&text);
        return d->problems - before;
    }
    size_t rest = end ? (size_t)(end - text.data) : text.len;
    while (rest < text.len && strchr(" \t\r\n", text.data[rest]))
        rest++;
    if (rest < text.len) {
        line_col(text.data, rest, &line, &col);
        say_fail(d, fix_reg, "text after the JSON object, at line %zu, column %zu", line, col);
    }
    if (!cJSON_IsObject(j)) {
        say_fail(d, fix_reg, "the JSON is not an object");
        goto done;
    }
    int chromium = strcmp(family, "chromium") == 0;
    const cJSON *name = cJSON_GetObjectItemCaseSensitive(j, "name");
    const cJSON *desc = cJSON_GetObjectItemCaseSensitive(j, "description");
    const cJSON *type = cJSON_GetObjectItemCaseSensitive(j, "type");
    const cJSON *path = cJSON_GetObjectItemCaseSensitive(j, "path");
    int fields_ok = 1;
    if (!cJSON_IsString(name)) {
        say_fail(d, fix_reg, "no \"name\"; it must be \"%s\"", DOCTOR_HOST_NAME);
        fields_ok = 0;
    } else if (strcmp(name->valuestring, DOCTOR_HOST_NAME) != 0) {
        say_fail(d, fix_reg,
                 "\"name\" is \"%s\", but the browser looks this file up as %s.json and needs the name inside to "
                 "match",
                 name->valuestring, DOCTOR_HOST_NAME);
        fields_ok = 0;
    }
    /* measured: Chromium 156 and Firefox ESR 153 both refuse a manifest
     * without one (Firefox: "No such native application ...") */
    if (!cJSON_IsString(desc) || (chromium && !desc->valuestring[0])) {
        say_fail(d, fix_reg, "no \"description\": %s rejects a manifest without a%s one",
                 chromium ? "Chromium" : "Firefox", chromium ? " non-empty" : "");
        fields_ok = 0;
    }
    if (!cJSON_IsString(type) || strcmp(type->valuestring, "stdio") != 0) {
        say_fail(d, fix_reg, "\"type\" must be \"stdio\"");
        fields_ok = 0;
    }
    if (fields_ok)
        say_ok("a manifest for %s (valid JSON; name, %stype stdio)", DOCTOR_HOST_NAME,
               chromium ? "description, " : "");
    if (!cJSON_IsString(path) || !path->valuestring[0]) {
        say_fail(d, fix_reg, "no \"path\" to the host program");
    } else if (path->valuestring[0] != '/') {
        say_fail(d, fix_reg,
                 "\"path\" is relative (%s); on Linux and macOS it must be absolute (Chromium then says only "
                 "\"Specified native messaging host not found.\")",
                 path->valuestring);
    } else if (check_host_file(d, path->valuestring, browser, scope) == 0) {
        textf(host, host_len, "%s", path->valuestring);
    }
    if (chromium)
        check_origins(d, j, fix_reg);
    else
        check_extensions(d, j, fix_reg);
done:
    cJSON_Delete(j);
    buf_free(&text);
    return d->problems - before;
}

/* Check the manifest at dir/<name>.json: absent (0), or its problems. *exists
 * tells which; host as for check_manifest. Shared files are checked once. */
static int check_location(doctor *d, const char *dir, const char *family, const char *browser, const char *scope,
                          const char *label, int *exists, char *host, size_t host_len)
{
    char file[DOCTOR_PATH + 64];
    textf(file, sizeof file, "%s/%s.json", dir, DOCTOR_HOST_NAME);
    struct stat st;
    *exists = lstat(file, &st) == 0;
    host[0] = '\0';
    if (!*exists) {
        printf("  %-12s %s: none\n", label, file);
        return 0;
    }
    printf("  %-12s %s\n", label, file);
    d->last_fix[0] = '\0';
    seen *s = find_seen(d->files, d->n_files, file);
    if (s) {
        say_note("the same file as above (browsers share this directory)");
        return s->fails;
    }
    s = add_seen(d->files, &d->n_files, file);
    int before = d->problems;
    if (check_manifest(d, file, family, browser, scope, host, host_len) == 0 && host[0] && d->start_hosts)
        check_host_starts(d, host, family, file);
    if (s)
        s->fails = d->problems - before;
    return d->problems - before;
}

/* ------------------------------------------------------------------------
 * Per browser
 * ---------------------------------------------------------------------- */

static const char *scope_words(const char *scope)
{
    return strcmp(scope, "user") == 0 ? "per user" : strcmp(scope, "system") == 0 ? "system-wide" : scope;
}

/* Check one browser (every row with that id for this OS). Returns 1 when it
 * was shown, 0 when it is absent and unregistered (listed at the end). */
static int check_browser(doctor *d, const char *id)
{
    const doctor_row *rows[8];
    size_t n = 0;
    const char *title = id;
    int present = 0;
    char where[DOCTOR_PATH] = "";
    for (size_t i = 0; i < DOCTOR_N_ROWS && n < 8; i++) {
        const doctor_row *r = &doctor_rows[i];
        if (strcmp(r->id, id) != 0 || strcmp(r->os, d->os) != 0)
            continue;
        if (strcmp(r->scope, "user") == 0 || strcmp(r->scope, "system") == 0) {
            title = r->title;
            if (!present)
                present = detected(d, r->detect, where, sizeof where);
            if ((strcmp(r->scope, "user") == 0 && d->want_user) || (strcmp(r->scope, "system") == 0 && d->want_system))
                rows[n++] = r;
        }
    }
    /* Is anything registered at all? Look before printing anything. */
    int any = 0;
    for (size_t i = 0; i < n; i++) {
        char dir[DOCTOR_PATH], file[DOCTOR_PATH + 64];
        struct stat st;
        if (expand(d, rows[i]->dir, strlen(rows[i]->dir), dir, sizeof dir) == 0) {
            textf(file, sizeof file, "%s/%s.json", dir, DOCTOR_HOST_NAME);
            any |= lstat(file, &st) == 0;
        }
    }
    int chosen = in_list(&d->browsers, id);
    if (!present && !any && !chosen)
        return 0;

    printf("\n%s%s%s%s\n", title, present ? " (found: " : "", present ? where : "", present ? ")" : "");
    int used = 0; /* a manifest the browser will use was seen */
    int chromium = 0;
    for (size_t i = 0; i < n; i++) {
        char dir[DOCTOR_PATH], host[DOCTOR_PATH];
        chromium = strcmp(rows[i]->family, "chromium") == 0;
        if (expand(d, rows[i]->dir, strlen(rows[i]->dir), dir, sizeof dir) < 0) {
            say_fail(d, NULL, "the table's directory %s does not expand (path too long?)", rows[i]->dir);
            continue;
        }
        /* a second directory of the same scope (Firefox's lib64) only
         * matters where its own browser build is found */
        char file[DOCTOR_PATH + 64], w2[DOCTOR_PATH];
        struct stat st;
        textf(file, sizeof file, "%s/%s.json", dir, DOCTOR_HOST_NAME);
        if (i > 0 && strcmp(rows[i - 1]->scope, rows[i]->scope) == 0 && lstat(file, &st) != 0 &&
            !detected(d, rows[i]->detect, w2, sizeof w2))
            continue;
        int exists = 0;
        int broken = check_location(d, dir, rows[i]->family, id, rows[i]->scope, scope_words(rows[i]->scope),
                                    &exists, host, sizeof host) > 0;
        if (!exists)
            continue;
        if (used)
            say_note("not used: %s finds the manifest above first", title);
        else if (broken && chromium && strcmp(rows[i]->scope, "user") == 0)
            say_note("Chromium-family browsers use this per-user file even when it is broken; a system-wide one "
                     "is never reached");
        else if (broken && !chromium && strcmp(rows[i]->scope, "user") == 0)
            say_note("Firefox skips this broken file and tries the system-wide one");
        if (!broken || (chromium && strcmp(rows[i]->scope, "user") == 0))
            used = 1;
    }
    if (!any) {
        char fix[DOCTOR_PATH * 2];
        const char *scope = d->want_user ? "user" : "system";
        fix_register(d, id, scope, fix, sizeof fix);
        if (present)
            say_fail(d, fix, "%s is installed, but smallprint is not registered for it", title);
        else
            say_fail(d, fix, "smallprint is not registered for %s", title);
    }
    return 1;
}

/* Flatpak and Snap browsers: found, and why they cannot work. */
static void check_sandboxes(doctor *d)
{
    for (size_t i = 0; i < DOCTOR_N_ROWS; i++) {
        const doctor_row *r = &doctor_rows[i];
        char where[DOCTOR_PATH];
        if (strcmp(r->os, d->os) != 0 || (strcmp(r->scope, "flatpak") != 0 && strcmp(r->scope, "snap") != 0))
            continue;
        if (d->browsers.n && !in_list(&d->browsers, r->id))
            continue;
        if (!detected(d, r->detect, where, sizeof where))
            continue;
        printf("\n%s (found: %s)\n", r->title, where);
        say_warn(d,
                 "install the browser from your distribution (.deb/.rpm) or its maker's own package, "
                 "then run install.sh again",
                 "a %s browser runs in a sandbox and cannot start smallprint-host, which lives outside it",
                 strcmp(r->scope, "flatpak") == 0 ? "Flatpak" : "Snap");
    }
}

/* ------------------------------------------------------------------------
 * This program
 * ---------------------------------------------------------------------- */

static void check_self(doctor *d, const cli_env *env)
{
    char exe[DOCTOR_PATH], err[ERR_LEN];
    if (platform_exe_path(exe, sizeof exe, err) < 0)
        textf(exe, sizeof exe, "smallprint-host");
    printf("This program: %s (smallprint-host %s, protocol %d)\n", exe, SMALLPRINT_VERSION, SMALLPRINT_PROTOCOL);
    rules *r = cli_load_rules(env, 0, err);
    if (!r) {
        say_fail(d, "rebuild (make) or reinstall (make install) so that the rules sit beside the program",
                 "its rules do not load: %s", err);
        return;
    }
    size_t packs = rules_pack_count(r);
    say_ok("its rules load: %zu pack%s, %zu rules", packs, packs == 1 ? "" : "s", rules_count(r));
    rules_free(r);
}

/* ------------------------------------------------------------------------
 * Options and the whole run
 * ---------------------------------------------------------------------- */

static void usage(FILE *f)
{
    fprintf(f,
            "usage: smallprint-host doctor [options]\n"
            "Checks where each browser looks for the %s manifest and says what is wrong.\n"
            "  --user | --system         only per-user or only system-wide manifests (default: both)\n"
            "  --browser NAME            only this browser (chrome chromium edge brave vivaldi firefox librewolf)\n"
            "  --chromium-profile DIR    check DIR/NativeMessagingHosts (Chromium --user-data-dir)\n"
            "  --home DIR, --root DIR    look under another home directory / a staged tree\n"
            "  --os linux|macos          use that table (default: this machine)\n"
            "  --extension-id ID         also require chrome-extension://ID/ (a store build)\n"
            "  --gecko-id ID             also require this Firefox add-on id\n"
            "  --no-start                do not start the hosts the manifests name\n"
            "Exit status: 0 nothing wrong, 1 problems found, 2 usage error.\n",
            DOCTOR_HOST_NAME);
}

static int push(str_list *l, const char *v, const char *opt)
{
    if (l->n >= DOCTOR_MAX_LIST) {
        fprintf(stderr, "smallprint-host doctor: too many %s (at most %d)\n", opt, DOCTOR_MAX_LIST);
        return -1;
    }
    l->v[l->n++] = v;
    return 0;
}

static int known_browser(const char *id)
{
    for (size_t i = 0; i < DOCTOR_N_ROWS; i++)
        if (strcmp(doctor_rows[i].id, id) == 0)
            return 1;
    return 0;
}

static int absolute_into(const char *p, char *out, size_t n)
{
    char cwd[DOCTOR_PATH];
    if (p[0] == '/')
        return snprintf(out, n, "%s", p) < (int)n ? 0 : -1;
    if (!getcwd(cwd, sizeof cwd))
        return -1;
    return snprintf(out, n, "%s/%s", cwd, p) < (int)n ? 0 : -1;
}

static int parse_args(doctor *d, int argc, char **argv)
{
    int scope_given = 0, home_given = 0;
    d->want_user = d->want_system = 1;
    d->start_hosts = 1;
    for (int i = 0; i < argc; i++) {
        const char *a = argv[i];
        const char *v = i + 1 < argc ? argv[i + 1] : NULL;
        int takes = 1;
        if (strcmp(a, "--user") == 0) {
            d->want_system = 0;
            d->want_user = 1;
            scope_given = 1;
            takes = 0;
        } else if (strcmp(a, "--system") == 0) {
            d->want_user = 0;
            d->want_system = 1;
            scope_given = 1;
            takes = 0;
        } else if (strcmp(a, "--no-start") == 0) {
            d->start_hosts = 0;
            takes = 0;
        } else if (strcmp(a, "-h") == 0 || strcmp(a, "--help") == 0) {
            usage(stdout);
            exit(0);
        } else if (!v && (strcmp(a, "--browser") == 0 || strcmp(a, "--chromium-profile") == 0 ||
                          strcmp(a, "--home") == 0 || strcmp(a, "--root") == 0 || strcmp(a, "--os") == 0 ||
                          strcmp(a, "--extension-id") == 0 || strcmp(a, "--gecko-id") == 0)) {
            fprintf(stderr, "smallprint-host doctor: %s needs a value\n", a);
            return -1;
        } else if (strcmp(a, "--browser") == 0) {
            if (!known_browser(v)) {
                fprintf(stderr, "smallprint-host doctor: unknown browser \"%s\" (chrome chromium edge brave vivaldi "
                                "firefox librewolf)\n", v);
                return -1;
            }
            if (push(&d->browsers, v, a) < 0)
                return -1;
        } else if (strcmp(a, "--chromium-profile") == 0) {
            if (push(&d->profiles, v, a) < 0)
                return -1;
        } else if (strcmp(a, "--home") == 0) {
            if (absolute_into(v, d->home, sizeof d->home) < 0)
                return -1;
            home_given = 1;
        } else if (strcmp(a, "--root") == 0) {
            if (absolute_into(v, d->root, sizeof d->root) < 0)
                return -1;
            if (strcmp(d->root, "/") == 0)
                d->root[0] = '\0';
        } else if (strcmp(a, "--os") == 0) {
            if (strcmp(v, "linux") != 0 && strcmp(v, "macos") != 0) {
                fprintf(stderr, "smallprint-host doctor: --os takes linux or macos\n");
                return -1;
            }
            d->os = v;
        } else if (strcmp(a, "--extension-id") == 0) {
            if (!is_ext_id(v, strlen(v))) {
                fprintf(stderr, "smallprint-host doctor: --extension-id: 32 letters a-p, got \"%s\"\n", v);
                return -1;
            }
            if (push(&d->ext_ids, v, a) < 0)
                return -1;
        } else if (strcmp(a, "--gecko-id") == 0) {
            if (!is_gecko_id(v)) {
                fprintf(stderr, "smallprint-host doctor: --gecko-id: expected name@example.org or {uuid}, got \"%s\"\n",
                        v);
                return -1;
            }
            if (push(&d->gecko_ids, v, a) < 0)
                return -1;
        } else {
            fprintf(stderr, "smallprint-host doctor: unknown option \"%s\"\n\n", a);
            usage(stderr);
            return -1;
        }
        i += takes;
    }
    if (!d->os) {
#ifdef __APPLE__
        d->os = "macos";
#else
        d->os = "linux";
#endif
    }
    const char *env_home = getenv("HOME");
    if (!home_given) {
        if (!env_home || !*env_home) {
            fprintf(stderr, "smallprint-host doctor: HOME is not set; pass --home DIR\n");
            return -1;
        }
        textf(d->home, sizeof d->home, "%s", env_home);
    }
    /* as install.sh: with --home, XDG variables of the real session do not apply */
    const char *xdg = getenv("XDG_CONFIG_HOME");
    if (!home_given && xdg && xdg[0] == '/')
        textf(d->config, sizeof d->config, "%s", xdg);
    else if (snprintf(d->config, sizeof d->config, "%s/.config", d->home) >= (int)sizeof d->config)
        return -1;
    d->use_table = !(d->profiles.n && !d->browsers.n && !scope_given && !home_given);
    int w = snprintf(d->fix_opts, sizeof d->fix_opts, "%s%s%s%s", home_given ? " --home " : "",
                     home_given ? d->home : "", d->root[0] ? " --root " : "", d->root);
    return w < 0 || (size_t)w >= sizeof d->fix_opts ? -1 : 0;
}

int doctor_main(int argc, char **argv, const cli_env *env)
{
    doctor *d = calloc(1, sizeof *d);
    if (!d) {
        fprintf(stderr, "smallprint-host doctor: out of memory\n");
        return 2;
    }
    if (parse_args(d, argc, argv) < 0) {
        free(d);
        return 2;
    }
    find_installer(d);
    printf("smallprint doctor: how your browsers find the native host %s\n", DOCTOR_HOST_NAME);
    check_self(d, env);

    for (size_t i = 0; i < d->profiles.n; i++) {
        char dir[DOCTOR_PATH], host[DOCTOR_PATH], prof[DOCTOR_PATH];
        if (absolute_into(d->profiles.v[i], prof, sizeof prof) < 0 ||
            snprintf(dir, sizeof dir, "%s/NativeMessagingHosts", prof) >= (int)sizeof dir) {
            say_fail(d, NULL, "--chromium-profile %s: path too long", d->profiles.v[i]);
            continue;
        }
        printf("\nChromium profile %s\n", prof);
        d->profile = prof;
        int exists = 0;
        check_location(d, dir, "chromium", "chromium", "profile", "profile", &exists, host, sizeof host);
        if (!exists) {
            char fix[DOCTOR_PATH * 2];
            textf(fix, sizeof fix, "%s --chromium-profile '%s'", d->installer, prof);
            say_fail(d, fix, "smallprint is not registered in this profile");
        }
        d->profile = NULL;
    }

    if (d->use_table) {
        buf absent = BUF_INIT;
        const char *done[DOCTOR_N_ROWS];
        size_t n_done = 0;
        for (size_t i = 0; i < DOCTOR_N_ROWS; i++) {
            const doctor_row *r = &doctor_rows[i];
            int dup = 0;
            for (size_t k = 0; k < n_done; k++)
                dup |= strcmp(done[k], r->id) == 0;
            if (dup || strcmp(r->os, d->os) != 0 || (strcmp(r->scope, "user") && strcmp(r->scope, "system")))
                continue;
            done[n_done++] = r->id;
            if (d->browsers.n && !in_list(&d->browsers, r->id))
                continue;
            if (!check_browser(d, r->id)) {
                if (buf_printf(&absent, "%s%s", absent.len ? ", " : "", r->title) < 0) {
                    /* the list is only informative */
                }
            }
        }
        check_sandboxes(d);
        if (absent.len)
            printf("\nNot found, not registered (skipped): %s\n", absent.data);
        buf_free(&absent);
    }

    printf("\n");
    if (d->problems)
        printf("%d problem%s found. Browsers report most of these only as \"Specified native messaging host not "
               "found.\" (Chromium) or \"No such native application\" (Firefox); each line above says which one "
               "it is and how to fix it.\n",
               d->problems, d->problems == 1 ? "" : "s");
    else
        printf("No problems found%s.\n", d->warnings ? " (see the warnings above)" : "");
    int status = d->problems ? 1 : 0;
    free(d);
    return status;
}

#endif
