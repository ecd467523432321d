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

module.exports = {EXT, dom, checkMap, lib: (name) => require(path.join(EXT, 'lib', name + '.js'))};
