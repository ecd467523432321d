/*
 * config.h - the host's limits, from a config file with environment
 * overrides (browsers pass no options to a native host).
 *
 * Location: $SMALLPRINT_CONFIG, else <config dir>/host.conf
 * (platform_config_dir). Format: `key = value` lines, `#` comments.
 * Ownership: a plain struct, no allocation.
 * Errors: config_load returns -1 only when a named file ($SMALLPRINT_CONFIG)
 * cannot be read or a value is malformed; a missing default file is fine.
 * Unknown keys are reported on stderr and ignored.
 */
#ifndef SMALLPRINT_CONFIG_H
#define SMALLPRINT_CONFIG_H

#include <stddef.h>

typedef struct config {
    size_t max_message_bytes;  /* incoming frame cap */
    unsigned time_budget_ms;   /* per message */
    size_t max_pages;          /* pages remembered per connection */
    size_t max_page_findings;  /* findings remembered per page */
    size_t max_blocks;         /* blocks per analyze */
    size_t memory_limit_mb;    /* address-space cap (0 = none) */
    int history;               /* record complete analyses (1 = on) */
    char path[4096];           /* file it was read from, "" when defaults */
} config;

/* Fill c with defaults. */
void config_defaults(config *c);

/* Read the config file then environment overrides into c. */
int config_load(config *c, char *err);

#endif
