/*
 * history.h - what this machine remembers about the pages it analysed, kept
 * encrypted, so the host can say what changed since a page was last seen.
 *
 * Per site and document (site = scheme://host[:port], document = the path
 * without query or fragment) history keeps its current version and, once
 * it has changed, the version before it. A version holds the time it was
 * first and last seen, the fingerprint of its normalised text, the
 * fingerprint of every sentence (8 bytes each, never the text), each
 * finding's sentence, label, rule, severity and values, the summary
 * answers, and which rules produced them (a digest of the packs).
 *
 * Files, in the data dir ($SMALLPRINT_HISTORY_DIR, else
 * platform_data_dir(): ~/.local/share/smallprint, honouring XDG_DATA_HOME),
 * created 0700:
 *   history.db    "SPHIST" 0 1 | 24-byte nonce | XChaCha20-Poly1305 of the
 *                 JSON (the 8-byte header is the associated data)
 *   history.key   32 random bytes, created 0600 on first use; read for each
 *                 operation and wiped from memory after it
 *   history.lock  every operation holds an exclusive lock on it, so several
 *                 hosts (one per browser) share the file safely
 * Writes are atomic (platform_write_atomic: temp file, fsync, rename): a
 * kill at any moment leaves the old file or the new one. A file that cannot
 * be read back (truncated, damaged, wrong key) is set aside as
 * history.db.broken-TIME-NN (the three newest are kept) and a new history
 * starts; the caller gets a note to show the person, never a crash.
 * The decrypted size is capped (history_opts.max_bytes); documents not seen
 * for the longest time are dropped first.
 *
 * Ownership: history_open / history_close; history_change and
 * history_entry arrays have their own _free. note buffers are ERR_LEN bytes
 * and receive "" when there is nothing to tell.
 * Errors: 0 / -1 with err (no data dir, lock timeout, I/O, memory).
 */
#ifndef SMALLPRINT_HISTORY_H
#define SMALLPRINT_HISTORY_H

#include <stddef.h>
#include <stdint.h>

#include "common.h"
#include "diff.h"
#include "rules.h"
#include "summary.h"

struct cJSON;

#define HISTORY_DEFAULT_MAX_BYTES (4u * 1024u * 1024u)
#define HISTORY_SITE_LEN 512
#define HISTORY_PATH_LEN 2048

typedef struct history history;

typedef struct history_opts {
    const char *dir;          /* NULL: $SMALLPRINT_HISTORY_DIR, else the data dir */
    size_t max_bytes;         /* cap on the decrypted size; 0: the default */
    unsigned lock_timeout_ms; /* 0: 3000 */
} history_opts;

/* Resolve where history lives; nothing is created until the first write. */
history *history_open(const history_opts *o, char *err);
void history_close(history *h);
const char *history_dir(const history *h);
const char *history_file(const history *h);

/* Site and path of a URL, or -1 when history does not keep it (not http,
 * https or file; no host). Query and fragment are dropped; the scheme and
 * host are lower-cased; an empty path is "/". */
int history_key(const char *url, char site[HISTORY_SITE_LEN], char path[HISTORY_PATH_LEN]);

/* What changed since the document was last seen with different contents. */
typedef struct history_change {
    diff_doc *old_doc;    /* the earlier version (fingerprints, findings, answers) */
    diff_result result;   /* old_doc against the doc passed to history_record */
    int64_t since;        /* when the earlier version was last seen (Unix time) */
    int64_t noticed;      /* when the current version was first seen */
    int rules_changed;    /* other rules made the earlier findings: answers are not compared */
} history_change;

void history_change_free(history_change *c);

/* Record a complete analysis of url (doc with its summary), made by rules
 * with this digest, at time now. A document is first recorded when it has
 * at least one finding. When it was seen before and its findings or
 * answers differ from an earlier version, *change is set (free it with
 * history_change_free), else NULL. */
int history_record(history *h, const char *url, const char *title, const diff_doc *doc, uint64_t rules_digest,
                   int64_t now, history_change **change, char *note, char *err);

typedef struct history_entry {
    char *site, *path, *title;
    int64_t first_seen;      /* the current version: first seen */
    int64_t last_seen;       /* ... last seen */
    size_t findings;
    summary answers;
    int changed;             /* an earlier version is kept */
    int64_t changed_since;   /* when it was last seen */
    size_t added, removed, reworded;
    int answer_changed[SK_COUNT];
    summary old_answers;
} history_entry;

/* Every document, by site then path. */
int history_list(history *h, history_entry **out, size_t *n, char *note, char *err);
void history_entries_free(history_entry *e, size_t n);

/* 1 when a stored site matches what a person typed: the full site
 * ("https://example.com") or its host[:port] ("example.com"). */
int history_site_matches(const char *stored, const char *query);

/* Forget every document of a site; *removed receives how many. */
int history_forget(history *h, const char *site, size_t *removed, char *note, char *err);

/* Delete the history, its key and anything set aside. */
int history_clear(history *h, char *err);

/* The `changes` object of an analyze result (docs/PROTOCOL.md): ids of
 * added and reworded findings of doc (the current page), removed findings
 * described from the earlier version, changed answers, the dates. Each
 * list holds at most cap entries ("truncated": true when cut). */
struct cJSON *history_change_json(const history_change *c, const diff_doc *doc, const rules *r, size_t cap);

/* {"sites": [{"site", "documents": [{"path", "title", "first_seen",
 * "last_seen", "findings", "changed_since"}], "last_seen"}]} for
 * history_list replies (entries sorted by site). */
struct cJSON *history_sites_json(const history_entry *e, size_t n);

/* "2025-03-01T09:30:00Z" */
void history_iso_time(int64_t t, char out[32]);

#endif
