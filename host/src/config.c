/* config.c - host.conf and SMALLPRINT_* environment overrides. */
#include "config.h"

#include "common.h"
#include "platform.h"

#include <ctype.h>
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

void config_defaults(config *c)
{
    memset(c, 0, sizeof *c);
    c->max_message_bytes = 64u * 1024u * 1024u;
    c->time_budget_ms = 2000;
    c->max_pages = 64;
    c->max_page_findings = 20000;
    c->max_blocks = 200000;
    c->memory_limit_mb = 1024; /* native mode: an error reply, not an OOM kill */
    c->history = 1;
}

static int parse_size(const char *s, size_t *out)
{
    char *end;
    errno = 0;
    unsigned long long v = strtoull(s, &end, 10);
    if (errno || end == s || v > (unsigned long long)((size_t)-1))
        return -1;
    while (isspace((unsigned char)*end))
        end++;
    if (*end)
        return -1;
    *out = (size_t)v;
    return 0;
}

struct key {
    const char *name;
    const char *env;
    size_t offset;
    int kind; /* 0 size_t, 1 unsigned */
};

#define KEY(n, e, f, k) {n, e, offsetof(config, f), k}
static const struct key keys[] = {
    KEY("max_message_bytes", "SMALLPRINT_MAX_MESSAGE_BYTES", max_message_bytes, 0),
    KEY("time_budget_ms", "SMALLPRINT_TIME_BUDGET_MS", time_budget_ms, 1),
    KEY("max_pages", "SMALLPRINT_MAX_PAGES", max_pages, 0),
    KEY("max_page_findings", "SMALLPRINT_MAX_PAGE_FINDINGS", max_page_findings, 0),
    KEY("max_blocks", "SMALLPRINT_MAX_BLOCKS", max_blocks, 0),
    KEY("memory_limit_mb", "SMALLPRINT_MEMORY_LIMIT_MB", memory_limit_mb, 0),
    KEY("history", "SMALLPRINT_HISTORY", history, 2),
};

static int set_key(config *c, const struct key *k, const char *value, const char *where, char *err)
{
    size_t v;
    if (parse_size(value, &v) < 0) {
        err_set(err, "%s: %s must be a whole number, got \"%s\"", where, k->name, value);
        return -1;
    }
    char *base = (char *)c + k->offset;
    if (k->kind == 0)
        *(size_t *)(void *)base = v;
    else if (k->kind == 1)
        *(unsigned *)(void *)base = v > 0xffffffffu ? 0xffffffffu : (unsigned)v;
    else
        *(int *)(void *)base = v != 0;
    return 0;
}

static char *trim(char *s)
{
    while (isspace((unsigned char)*s))
        s++;
    size_t n = strlen(s);
    while (n && isspace((unsigned char)s[n - 1]))
        s[--n] = '\0';
    return s;
}

static int read_file(config *c, const char *path, int required, char *err)
{
    FILE *f = fopen(path, "r");
    if (!f) {
        if (!required && errno == ENOENT)
            return 0;
        err_set(err, "config %s: %s", path, strerror(errno));
        return -1;
    }
    snprintf(c->path, sizeof c->path, "%s", path);
    char line[1024];
    int lineno = 0;
    while (fgets(line, sizeof line, f)) {
        lineno++;
        char *hash = strchr(line, '#');
        if (hash)
            *hash = '\0';
        char *s = trim(line);
        if (!*s)
            continue;
        char *eq = strchr(s, '=');
        if (!eq) {
            err_set(err, "config %s:%d: expected key = value", path, lineno);
            fclose(f);
            return -1;
        }
        *eq = '\0';
        char *key = trim(s), *value = trim(eq + 1);
        const struct key *k = NULL;
        for (size_t i = 0; i < sizeof keys / sizeof keys[0]; i++)
            if (strcmp(keys[i].name, key) == 0)
                k = &keys[i];
        if (!k) {
            fprintf(stderr, "smallprint-host: config %s:%d: unknown key \"%s\" ignored\n", path, lineno, key);
            continue;
        }
        char where[4200];
        snprintf(where, sizeof where, "config %s:%d", path, lineno);
        if (set_key(c, k, value, where, err) < 0) {
            fclose(f);
            return -1;
        }
    }
    fclose(f);
    return 0;
}

int config_load(config *c, char *err)
{
    const char *named = getenv("SMALLPRINT_CONFIG");
    if (named && *named) {
        if (read_file(c, named, 1, err) < 0)
            return -1;
    } else {
        char dir[4096], path[4200];
        if (platform_config_dir(dir, sizeof dir, NULL) == 0) {
            snprintf(path, sizeof path, "%s%chost.conf", dir, PLATFORM_SEP);
            if (read_file(c, path, 0, err) < 0)
                return -1;
        }
    }
    for (size_t i = 0; i < sizeof keys / sizeof keys[0]; i++) {
        const char *v = getenv(keys[i].env);
        if (v && *v && set_key(c, &keys[i], v, keys[i].env, err) < 0)
            return -1;
    }
    if (c->max_message_bytes == 0 || c->time_budget_ms == 0 || c->max_pages == 0) {
        err_set(err, "config: max_message_bytes, time_budget_ms and max_pages must be above 0");
        return -1;
    }
    return 0;
}
