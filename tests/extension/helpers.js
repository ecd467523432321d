/* Shared helpers for the extension's Node tests. */
'use strict';
const path = require('node:path');
const {JSDOM} = require('jsdom');

const EXT = path.join(__dirname, '..', '..', 'extension');

/* A jsdom document for an HTML body. */
function dom(body) {
    const d = new JSDOM('<!doctype html><html><head><title>t</title></head><body>' + body + '</body></html>',
        {url: 'https://example.test/page'});
    return d.window.document;
}

/* Every mapped character of every block equals the text node character it
   maps to: the map is exact. Returns the number of characters checked. */
function checkMap(block) {
    let n = 0;
    let prevEnd = -1;
    for (const s of block.segments) {
        if (s.blockStart < prevEnd)
            throw new Error('segments overlap in ' + block.id);
        prevEnd = s.blockStart + s.length;
        for (let k = 0; k < s.length; k++) {
            const a = block.text[s.blockStart + k], b = s.node.data[s.nodeStart + k];
            const ws = (c) => c === ' ' || c === '\n' || c === '\t' || c === '\r' || c === '\f';
            if (a !== b && !(ws(a) && ws(b)))
                throw new Error('map mismatch in ' + block.id + ' at ' + (s.blockStart + k) + ': ' +
                    JSON.stringify(a) + ' vs ' + JSON.stringify(b));
            n++;
        }
    }
    return n;
}

/* A host's `changes` (docs/PROTOCOL.md, "History") for findings f0
   (reworded) and f1 (new) of a page, with one removed finding and one
   changed answer. */
const CHANGES = {since: '2025-01-10T12:00:00Z', noticed: '2025-03-02T12:00:00Z', added: ['f1'],
    reworded: [{id: 'f0', label: 'sale', was: {label: 'sale', rule: 'sale.x', severity: 'medium',
        explanation: 'Your data may be sold.', values: {}}}],
    removed: [{label: 'opt_out', rule: 'opt_out.settings', severity: 'info', explanation: 'You can switch this off.',
        values: {opt_out_how: 'settings'}}],
    answers: [{key: 'ai_training', title: 'AI training', old: 'opt_in', new: 'default',
        text: 'AI training: only with opt-in → by default'}],
    rules_changed: false, truncated: false};

module.exports = {EXT, dom, checkMap, CHANGES, lib: (name) => require(path.join(EXT, 'lib', name + '.js'))};
