/*
 * lib/protocol.js - the extension's side of docs/PROTOCOL.md, without any
 * browser API: the hello check, well-formed text, batching a large page,
 * putting split results back together, and folding a result into a tab's
 * state. The background wires these to the native port.
 */
if (typeof module === 'object')
    require('./define.js'); /* Node: the shared registration (see define.js) */
(typeof module === 'object' ? module : {}).exports = globalThis.smallprint.define('protocol', function (need) {
    'use strict';
    const labels = need('labels');

    const PROTOCOL_VERSION = 1;
    const HOST_NAME = 'org.smallprint.host';
    const INSTALL_COMMAND = 'make install';
    const INSTALL_SCRIPT = 'installers/install.sh';

    /* Batches: the host takes up to 200,000 blocks and 64 MiB a message, and
       answers each within a 2 s budget; smaller batches keep each answer well
       inside that budget and let highlights appear while the rest is read. */
    const BATCH_MAX_BLOCKS = 2000;
    const BATCH_MAX_UNITS = 300000; /* UTF-16 units of text per batch */

    /* Text the host can take: lone surrogates become U+FFFD, one unit for
       one unit, so no offset moves. */
    function wellFormed(s) {
        if (typeof s.toWellFormed === 'function')
            return s.toWellFormed();
        return s.replace(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g, '\uFFFD');
    }

    /*
     * Check the host's reply to hello. Returns {ok: true, host, version,
     * labels, rulesError} or {ok: false, status, message} with status
     * 'incompatible' (another protocol version) or 'failed' (not a hello).
     */
    function checkHello(reply) {
        if (reply && reply.type === 'error' && reply.code === 14)
            return {ok: false, status: 'incompatible',
                message: 'The smallprint host does not speak protocol ' + PROTOCOL_VERSION +
                    ', the only one this extension speaks (' + String(reply.message || '') + '). Install the host and ' +
                    'the extension from the same smallprint version: ' + INSTALL_COMMAND + ' in the clone.'};
        if (!reply || reply.type !== 'hello')
            return {ok: false, status: 'failed',
                message: 'The smallprint host answered hello with ' +
                    (reply && reply.type === 'error' ? 'error ' + reply.code + ': ' + reply.message : 'something else') + '.'};
        if (reply.protocol !== PROTOCOL_VERSION)
            return {ok: false, status: 'incompatible',
                message: 'The smallprint host speaks protocol ' + JSON.stringify(reply.protocol) + ' and this ' +
                    'extension speaks protocol ' + PROTOCOL_VERSION + ', so they cannot work together. Install both ' +
                    'from the same smallprint version (' + INSTALL_COMMAND + ' in the clone).'};
        return {ok: true, host: String(reply.host || ''), version: String(reply.version || ''),
            labels: Array.isArray(reply.labels) ? reply.labels : [], rulesError: reply.rules_error || null};
    }

    /* Split [{id, text}] into batches of at most maxBlocks blocks and about
       maxUnits units (a single larger block goes alone). Order is kept. */
    function makeBatches(blocks, opts) {
        const maxBlocks = (opts && opts.maxBlocks) || BATCH_MAX_BLOCKS;
        const maxUnits = (opts && opts.maxUnits) || BATCH_MAX_UNITS;
        const out = [];
        let cur = [], units = 0;
        for (const b of blocks) {
            if (cur.length && (cur.length >= maxBlocks || units + b.text.length > maxUnits)) {
                out.push(cur);
                cur = [];
                units = 0;
            }
            cur.push(b);
            units += b.text.length;
        }
        if (cur.length)
            out.push(cur);
        return out;
    }

    function isCount(n) {
        return Number.isInteger(n) && n >= 1;
    }

    /*
     * Put split results back together. add(msg) takes one `result` frame and
     * returns the whole result (findings of parts 1..parts in order, summary
     * from the last) once the last part is in, else null. A frame out of
     * order or inconsistent with the earlier parts throws: the caller fails
     * that request rather than show half of it.
     */
    class ReplyAssembler {
        constructor() {
            this.pending = new Map(); /* id -> {parts, next, findings} */
        }

        add(msg) {
            if (!msg || msg.type !== 'result')
                throw new Error('not a result');
            const parts = msg.parts === undefined ? 1 : msg.parts;
            const part = msg.part === undefined ? 1 : msg.part;
            if (!isCount(parts) || !isCount(part) || part > parts)
                throw new Error('result ' + msg.id + ': bad part ' + part + ' of ' + parts);
            if (!Array.isArray(msg.findings))
                throw new Error('result ' + msg.id + ': findings is not a list');
            const key = JSON.stringify(msg.id);
            let st = this.pending.get(key);
            if (!st) {
                if (part !== 1)
                    throw new Error('result ' + msg.id + ': part ' + part + ' arrived before part 1');
                st = {parts, next: 1, findings: []};
                this.pending.set(key, st);
            }
            if (part !== st.next || parts !== st.parts) {
                this.pending.delete(key);
                throw new Error('result ' + msg.id + ': expected part ' + st.next + ' of ' + st.parts + ', got ' +
                    part + ' of ' + parts);
            }
            for (const f of msg.findings)
                st.findings.push(f);
            st.next++;
            if (part < parts)
                return null;
            this.pending.delete(key);
            return Object.assign({}, msg, {findings: st.findings, part: 1, parts: 1});
        }

        /* Forget a request (its port died, or it failed). */
        drop(id) {
            this.pending.delete(JSON.stringify(id));
        }

        clear() {
            this.pending.clear();
        }
    }

    function validFinding(f, text) {
        return f && typeof f.id === 'string' && typeof f.block === 'string' && typeof f.label === 'string' &&
            labels.isSeverity(f.severity) && Number.isInteger(f.start) && Number.isInteger(f.end) &&
            f.start >= 0 && f.end <= text.length && f.start < f.end;
    }

    /* A new, empty state for one tab's page. */
    function newPageState(fields) {
        return Object.assign({page: '', url: '', title: '', kind: 'other', private: false, status: 'idle', error: null,
            language: null, summary: null, findings: [], partial: false, incomplete: false, conn: null, updated: 0},
        fields || {});
    }

    /*
     * Fold one (reassembled) result into a tab's page state. sent: Map block
     * id -> the exact text sent in that request (the host reports findings
     * for those blocks only, and each replaces the block's earlier ones).
     * Findings that do not fit their block are dropped and counted in
     * `rejected`. Returns the same state object, changed.
     */
    function applyResult(state, result, sent) {
        state.findings = state.findings.filter((f) => !sent.has(f.block));
        let rejected = 0;
        for (const f of result.findings) {
            const text = sent.get(f.block);
            if (text === undefined || !validFinding(f, text)) {
                rejected++;
                continue;
            }
            const ps = Number.isInteger(f.phrase_start) && f.phrase_start >= f.start ? f.phrase_start : f.start;
            const pe = Number.isInteger(f.phrase_end) && f.phrase_end <= f.end && f.phrase_end > ps ? f.phrase_end : f.end;
            state.findings.push({
                id: f.id, block: f.block, start: f.start, end: f.end, phrase_start: ps, phrase_end: pe,
                label: f.label, rule: String(f.rule || ''), severity: f.severity,
                explanation: String(f.explanation || ''), values: f.values && typeof f.values === 'object' ? f.values : {},
                related: Array.isArray(f.related) ? f.related.filter((r) => typeof r === 'string') : [],
                text: text.slice(f.start, f.end), phrase: text.slice(ps, pe),
            });
        }
        if (result.summary && typeof result.summary === 'object')
            state.summary = result.summary;
        /* A small later batch (a modal's three lines) is no sample of the
           page's language: once a page reads as English it stays so. */
        if (result.language === 'en' || !state.language)
            state.language = typeof result.language === 'string' ? result.language : 'unknown';
        state.partial = state.partial || !!result.partial;
        /* complete: false -> the host stopped keeping findings for this page */
        state.incomplete = result.complete === false || (!!state.incomplete && result.complete !== true);
        state.rejected = (state.rejected || 0) + rejected;
        return state;
    }

    return {PROTOCOL_VERSION, HOST_NAME, INSTALL_COMMAND, INSTALL_SCRIPT, BATCH_MAX_BLOCKS, BATCH_MAX_UNITS,
        wellFormed, checkHello, makeBatches, ReplyAssembler, newPageState, applyResult};
});
