/* pages.c - per-connection page memory (LRU of pages, hash of blocks). */
#include "pages.h"

#include <stdint.h>
#include <stdlib.h>
#include <string.h>

typedef struct block_rec {
    char *id;
    findings f;
    size_t order;     /* first-seen order */
    size_t *starts;   /* sentence starts, for history (NULL: none kept) */
    uint64_t *fps;    /* sentence fingerprints */
    size_t n_sent;
} block_rec;

struct page {
    char *id;
    uint64_t used;        /* last use, for LRU */
    block_rec *blocks;
    size_t n_blocks, cap_blocks;
    size_t *slots;        /* open addressing: block index + 1, 0 = empty */
    size_t n_slots;
    long next_id;
    size_t total;         /* findings held */
    size_t max_findings;
    int complete;
    int finalised;        /* a final:true batch was answered */
    int unrecordable;     /* history must not record this page */
    finding **all;        /* page_all's array */
    size_t all_cap;
};

struct pages {
    page **v;
    size_t n, max;
    size_t max_findings;
    uint64_t clock;
};

static uint64_t hash_str(const char *s)
{
    uint64_t h = 1469598103934665603ULL;
    for (; *s; s++) {
        h ^= (unsigned char)*s;
        h *= 1099511628211ULL;
    }
    return h;
}

pages *pages_new(size_t max_pages, size_t max_findings, char *err)
{
    pages *ps = xcalloc(1, sizeof *ps, err);
    if (!ps)
        return NULL;
    ps->v = xcalloc(max_pages, sizeof *ps->v, err);
    if (!ps->v) {
        free(ps);
        return NULL;
    }
    ps->max = max_pages;
    ps->max_findings = max_findings;
    return ps;
}

static void page_free(page *pg)
{
    if (!pg)
        return;
    for (size_t i = 0; i < pg->n_blocks; i++) {
        free(pg->blocks[i].id);
        findings_free(&pg->blocks[i].f);
        free(pg->blocks[i].starts);
        free(pg->blocks[i].fps);
    }
    free(pg->blocks);
    free(pg->slots);
    free(pg->all);
    free(pg->id);
    free(pg);
}

void pages_free(pages *ps)
{
    if (!ps)
        return;
    for (size_t i = 0; i < ps->n; i++)
        page_free(ps->v[i]);
    free(ps->v);
    free(ps);
}

size_t pages_count(const pages *ps) { return ps->n; }

page *pages_get(pages *ps, const char *id, char *err)
{
    ps->clock++;
    for (size_t i = 0; i < ps->n; i++)
        if (strcmp(ps->v[i]->id, id) == 0) {
            ps->v[i]->used = ps->clock;
            return ps->v[i];
        }
    if (ps->n == ps->max) {
        size_t old = 0;
        for (size_t i = 1; i < ps->n; i++)
            if (ps->v[i]->used < ps->v[old]->used)
                old = i;
        page_free(ps->v[old]);
        ps->v[old] = ps->v[--ps->n];
    }
    page *pg = xcalloc(1, sizeof *pg, err);
    if (!pg)
        return NULL;
    pg->id = xstrndup(id, strlen(id), err);
    if (!pg->id) {
        free(pg);
        return NULL;
    }
    pg->used = ps->clock;
    pg->max_findings = ps->max_findings;
    pg->complete = 1;
    ps->v[ps->n++] = pg;
    return pg;
}

static int rehash(page *pg, size_t want, char *err)
{
    size_t *slots = xcalloc(want, sizeof *slots, err);
    if (!slots)
        return -1;
    for (size_t i = 0; i < pg->n_blocks; i++) {
        size_t h = (size_t)(hash_str(pg->blocks[i].id) & (want - 1));
        while (slots[h])
            h = (h + 1) & (want - 1);
        slots[h] = i + 1;
    }
    free(pg->slots);
    pg->slots = slots;
    pg->n_slots = want;
    return 0;
}

static block_rec *find_or_add(page *pg, const char *id, char *err)
{
    if (pg->n_slots) {
        size_t h = (size_t)(hash_str(id) & (pg->n_slots - 1));
        while (pg->slots[h]) {
            block_rec *b = &pg->blocks[pg->slots[h] - 1];
            if (strcmp(b->id, id) == 0)
                return b;
            h = (h + 1) & (pg->n_slots - 1);
        }
    }
    if ((pg->n_blocks + 1) * 2 > pg->n_slots && rehash(pg, pg->n_slots ? pg->n_slots * 2 : 64, err) < 0)
        return NULL;
    if (pg->n_blocks == pg->cap_blocks) {
        size_t cap = pg->cap_blocks ? pg->cap_blocks * 2 : 32;
        block_rec *v = xrealloc(pg->blocks, cap * sizeof *v, err);
        if (!v)
            return NULL;
        pg->blocks = v;
        pg->cap_blocks = cap;
    }
    block_rec *b = &pg->blocks[pg->n_blocks];
    memset(b, 0, sizeof *b);
    b->id = xstrndup(id, strlen(id), err);
    if (!b->id)
        return NULL;
    b->order = pg->n_blocks;
    size_t h = (size_t)(hash_str(id) & (pg->n_slots - 1));
    while (pg->slots[h])
        h = (h + 1) & (pg->n_slots - 1);
    pg->slots[h] = ++pg->n_blocks;
    return b;
}

int page_set_block(page *pg, const char *block_id, finding *src, size_t n, finding **stored, size_t *n_stored,
                   char *err)
{
    block_rec *b = find_or_add(pg, block_id, err);
    if (!b)
        return -1;
    pg->total -= b->f.n;
    findings_clear(&b->f);
    if (pg->total + n > pg->max_findings) {
        /* over the bound: keep what fits, drop the rest, and say so */
        size_t fit = pg->max_findings - pg->total;
        for (size_t i = fit; i < n; i++)
            finding_release(&src[i]);
        n = fit;
        pg->complete = 0;
    }
    if (n > b->f.cap) {
        finding *v = xrealloc(b->f.v, n * sizeof *v, err);
        if (!v)
            return -1;
        b->f.v = v;
        b->f.cap = n;
    }
    for (size_t i = 0; i < n; i++) {
        b->f.v[i] = src[i];
        b->f.v[i].id = pg->next_id++;
        b->f.v[i].block = b->order; /* page-level block number */
        src[i].retention_words = src[i].where = NULL; /* moved */
    }
    b->f.n = n;
    pg->total += n;
    *stored = b->f.v;
    *n_stored = n;
    return 0;
}

finding **page_all(page *pg, size_t *n, char *err)
{
    if (pg->total + 1 > pg->all_cap) {
        size_t cap = pg->total + 64;
        finding **v = xrealloc(pg->all, cap * sizeof *v, err);
        if (!v)
            return NULL;
        pg->all = v;
        pg->all_cap = cap;
    }
    size_t k = 0;
    for (size_t i = 0; i < pg->n_blocks; i++)
        for (size_t j = 0; j < pg->blocks[i].f.n; j++)
            pg->all[k++] = &pg->blocks[i].f.v[j];
    *n = k;
    return pg->all;
}

int page_complete(const page *pg) { return pg->complete; }

int page_set_block_sentences(page *pg, const char *block_id, size_t *starts, uint64_t *fps, size_t n, char *err)
{
    block_rec *b = find_or_add(pg, block_id, err);
    if (!b) {
        free(starts);
        free(fps);
        return -1;
    }
    free(b->starts);
    free(b->fps);
    b->starts = starts;
    b->fps = fps;
    b->n_sent = n;
    return 0;
}

size_t page_block_count(const page *pg) { return pg->n_blocks; }

int page_block_sentences(const page *pg, size_t k, const size_t **starts, const uint64_t **fps, size_t *n)
{
    const block_rec *b = &pg->blocks[k];
    *starts = b->starts;
    *fps = b->fps;
    *n = b->n_sent;
    return b->starts != NULL;
}

int page_finalised(const page *pg) { return pg->finalised; }
void page_set_finalised(page *pg) { pg->finalised = 1; }
int page_recordable(const page *pg) { return !pg->unrecordable; }
void page_set_unrecordable(page *pg) { pg->unrecordable = 1; }
