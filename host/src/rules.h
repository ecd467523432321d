/*
 * rules.h - rule packs: loading (cJSON), the anchor prefilter, and PCRE2
 * matching with lazy compilation and JIT.
 *
 * A pack is a JSON file in a rules directory (format: docs/RULES.md). Every
 * rule has literal anchors; one Aho-Corasick pass over a sentence finds the
 * rules whose anchors occur in it, and only those run their patterns.
 * Patterns are compiled on first use (or all at load with RULES_EAGER) so a
 * cold start does not pay for rules a page never needs.
 *
 * Ownership: rules_load returns a rules set freed with rules_free. Strings
 * returned by accessors belong to the set. A rules_matcher (per-thread match
 * state) is freed with rules_matcher_free before its rules set.
 * Errors: load returns NULL with err naming the file, the rule id and the
 * reason. A pattern that fails to compile later is reported once on stderr
 * with file, rule id, offset and PCRE2's message, and that rule is disabled.
 */
#ifndef SMALLPRINT_RULES_H
#define SMALLPRINT_RULES_H

#include <stddef.h>
#include <stdint.h>

#include "common.h"

typedef struct rules rules;
typedef struct rules_matcher rules_matcher;

/* What a caller may read about one rule. */
typedef struct rule_info {
    const char *id;          /* "retention.period" */
    const char *pack;        /* pack name */
    const char *file;        /* file it came from */
    const char *explanation; /* one plain sentence */
    const char *hint;        /* free-form tag for the summary, or NULL */
    int label;               /* enum label */
    int severity;            /* enum severity: the starting severity */
    int context_label;       /* fires only after this label (-1: always) */
    int context_window;      /* ... within this many previous sentences */
    int fragment;            /* matches bare phrases ("Improving our models"):
                                not applied to a block that is a heading */
    uint32_t suppresses;     /* labels removed from the sentence when this fires */
    size_t n_match;          /* examples that must match */
    size_t n_no_match;       /* examples that must not */
} rule_info;

typedef struct rules_pack_info {
    const char *name;
    const char *version;
    const char *file;
    size_t rules;
    int signed_ok; /* 1 when its signature was verified */
} rules_pack_info;

/* The patterns of the packs a host was built with, compiled at build time
 * (tools/precompile.c writes them into build/gen/precompiled.c with
 * pcre2_serialize_encode). A load whose packs are byte for byte those packs
 * (same rules_digest, same number of distinct patterns) takes its compiled
 * patterns from here instead of compiling them on first use; any other
 * load, or a PCRE2 library that cannot read them, compiles as usual. The
 * data is part of the host binary, so it is trusted as the binary is; the
 * packs' signatures are checked as always. */
/* The anchor automaton of the same packs (rules.c: build_automaton), as
 * flat arrays made at build time: a load of those very packs uses them in
 * place instead of building its own (~2 ms of a cold start). */
typedef struct rules_automaton_image {
    uint64_t digest;                  /* rules_digest() of the packs */
    size_t n_rules, n_cls, n_states, n_edges, n_out, longest_anchor;
    const unsigned char *cls;         /* 256: byte -> class */
    const uint32_t *root_go;          /* 256: the root's child by class, + 1 */
    const uint32_t *child_start;      /* n_states + 1 */
    const uint32_t *child_state;      /* n_edges */
    const unsigned char *child_class; /* n_edges */
    const uint32_t *fail;             /* n_states */
    const uint32_t *out_start;        /* n_states */
    const uint32_t *out_len;          /* n_states */
    const uint32_t *out_rules;        /* n_out */
} rules_automaton_image;

typedef struct rules_precompiled {
    uint64_t digest;             /* rules_digest() of the packs */
    size_t n_patterns;           /* distinct patterns, in load order */
    size_t len;                  /* bytes of the serialized set (0: none) */
    const unsigned char *bytes;
    const rules_automaton_image *automaton; /* or NULL */
} rules_precompiled;

/* Defined in build/gen/precompiled.c, which only the host binary links. */
extern const rules_precompiled smallprint_precompiled;

typedef struct rules_opts {
    int eager;             /* compile and JIT every pattern at load */
    int allow_unsigned;    /* accept packs without a valid signature */
    const char *keys_file; /* extra trusted public keys, or NULL */
    int examples;          /* keep every rule's examples (rules test); else only checked */
    const rules_precompiled *precompiled; /* patterns compiled at build time, or NULL */
} rules_opts;

/* Load every *.json pack in dir, in name order. Each pack must carry a
 * signature by a trusted key (sign.h: NAME.json.sig; keys from
 * sign_keyring_default with opts->keys_file) unless opts->allow_unsigned;
 * a pack that fails is refused with err naming the file and the reason. */
rules *rules_load(const char *dir, const rules_opts *opts, char *err);

/* The same, then the packs of user_dir (a person's own) when it is not NULL
 * and exists. */
rules *rules_load_dirs(const char *dir, const char *user_dir, const rules_opts *opts, char *err);

/* The pack file names (*.json, not hidden) in dir, sorted: *names and each
 * name are malloc'd for the caller. 0 / -1 with err. */
int rules_list_packs(const char *dir, char ***names, size_t *n, char *err);

/* Load a single pack file. */
rules *rules_load_file(const char *path, const rules_opts *opts, char *err);

void rules_free(rules *r);

size_t rules_count(const rules *r);
/* A fingerprint of the bytes of every pack loaded, in load order (BLAKE2b):
 * history tells findings made by other rules apart from changes in a page,
 * and precompiled patterns are used only when it matches theirs. */
uint64_t rules_digest(const rules *r);
const rule_info *rules_info(const rules *r, size_t i);
size_t rules_pack_count(const rules *r);
const rules_pack_info *rules_pack(const rules *r, size_t i);
const char *rules_example(const rules *r, size_t i, int must_match, size_t k);

/* Compile every pattern now (used by `rules check` and tests). Returns the
 * number of broken patterns; each is described on stderr and, for the
 * first, in err. */
size_t rules_compile_all(rules *r, char *err);

/* Compile every distinct pattern and encode them all, in load order, with
 * pcre2_serialize_encode (for tools/precompile.c). Free *bytes with
 * rules_serialized_free. 0, or -1 with err when a pattern does not compile. */
int rules_serialize(rules *r, unsigned char **bytes, size_t *len, size_t *n_patterns, char *err);
void rules_serialized_free(unsigned char *bytes);

/* Did this load take its compiled patterns from opts->precompiled? */
int rules_is_precompiled(const rules *r);

/* Gate checking, for tests of the packs: with it on (or with
 * SMALLPRINT_GATE_CHECK in the environment at load), a pattern whose gate
 * (the pack's "gates") is closed still runs, and if it matches, the gate
 * was wrong: reported on stderr and counted. Matching answers stay the same. */
void rules_check_gates(rules *r, int on);
size_t rules_gates_wrong(const rules *r);
/* Would pc be used for these packs (same digest, same distinct patterns)? */
int rules_precompiled_fits(const rules *r, const rules_precompiled *pc);

/* The set's automaton as an image (pointers into r, valid while it lives),
 * for tools/precompile.c; and whether a load used a precompiled one. */
void rules_automaton_export(const rules *r, rules_automaton_image *img);
int rules_automaton_is_precompiled(const rules *r);

/* Total number of patterns (including `unless`), for the benchmark. */
size_t rules_pattern_count(const rules *r);
/* The source of pattern k of the whole set after macro expansion (for the
 * benchmark's rg comparison). */
const char *rules_pattern_source(const rules *r, size_t k);

/* Number of 64-bit words in a candidate bitset. */
size_t rules_bitset_words(const rules *r);

/* Set the bit of every rule whose anchor occurs in s[0..n) (ASCII case
 * folded). cand must hold rules_bitset_words() words, zeroed by the caller. */
void rules_prefilter(const rules *r, const char *s, size_t n, uint64_t *cand);

/* Per-thread match state: one PCRE2 match context with a match limit, a JIT
 * stack and match data. */
rules_matcher *rules_matcher_new(rules *r, char *err);
void rules_matcher_free(rules_matcher *m);

/* Run rule i on the sentence s[0..n) (valid UTF-8; the sentence of the last
 * rules_matcher_reset). Returns 1 on a match
 * (its patterns match and no `unless` does), with the phrase's byte range in
 * *ps / *pe (the (?<p>...) group if the pattern has one, else the whole
 * match); 0 when it does not match; -1 when PCRE2 hit its match limit or
 * another error (counted; treated as no match). */
int rules_match(rules_matcher *m, size_t i, const char *s, size_t n, size_t *ps, size_t *pe);

/* Start a new subject, the sentence s[0..n): rules_match remembers each
 * pattern's result for it (patterns are shared between rules, so an
 * `unless` list used by many rules runs once per sentence), and checks
 * pattern gates against it. Call before the first rules_match on every new
 * sentence, with the same text rules_match will get. */
void rules_matcher_reset(rules_matcher *m, const char *s, size_t n);

/* Match-limit and other PCRE2 errors seen by this matcher. */
size_t rules_matcher_errors(const rules_matcher *m);

#endif
