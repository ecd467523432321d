/* content/marks.js in jsdom: a finding new or reworded since the last
   visit gets a visible tag on its marker (words, not colour alone), says
   so to screen readers, and its card says since when. */
'use strict';
const test = require('node:test');
const assert = require('node:assert/strict');
const fs = require('node:fs');
const path = require('node:path');
const {JSDOM} = require('jsdom');
const {EXT, CHANGES, lib} = require('./helpers.js');
const protocol = lib('protocol');
const changes = lib('changes');

function page(body) {
    const d = new JSDOM('<!doctype html><html><body>' + body + '</body></html>', {url: 'https://shop.test/privacy',
        runScripts: 'outside-only'});
    const w = d.window;
    for (const f of ['lib/define.js', 'lib/labels.js', 'lib/textmap.js', 'lib/summary.js', 'content/marks.js'])
        w.eval(fs.readFileSync(path.join(EXT, f), 'utf8'));
    return w;
}

test('new and reworded findings are tagged on the page and in their card', () => {
    const w = page('<p>We may sell your data. We keep logs for 2 years.</p>');
    const sp = w.smallprint;
    const {blocks} = sp.textmap.extractBlocks(w.document, {idFor: sp.textmap.makeIdAllocator('b')});
    const b = blocks[0];
    const by = changes.byFinding(protocol.cleanChanges(CHANGES));
    const f = (id, label, start, end, severity) => ({id, block: b.id, start, end, label, severity, explanation: 'x',
        values: {}, related: [], change: by.get(id) || null});
    const res = sp.marks.render([f('f0', 'sale', 0, 22, 'high'), f('f1', 'retention', 23, 48, 'low'),
        f('f2', 'sale', 0, 22, 'medium')], new Map([[b.id, b]]), {});
    assert.deepEqual([...res.shown].sort(), ['f0', 'f1', 'f2']);
    const buttons = Array.from(w.document.querySelectorAll('smallprint-marker')).map((m) => m.shadowRoot.querySelector('button'));
    const info = buttons.map((btn) => ({part: btn.getAttribute('part'), tag: (btn.querySelector('[part=tag]') || {}).textContent,
        sr: btn.querySelector('[part=sr]').textContent}));
    const added = info.find((i) => i.tag === 'new');
    assert.equal(added.part, 'marker marker-low marker-changed');
    assert.equal(added.sr, 'smallprint: How long data is kept, minor, new since 10 January 2025');
    assert.equal(info.filter((i) => i.tag === 'reworded').length, 1);
    assert.equal(info.filter((i) => i.tag === undefined).length, 1); /* f2 did not change */
    /* the card of the new finding */
    buttons.find((btn) => /new since/.test(btn.textContent)).click();
    const card = w.document.querySelector('smallprint-card').shadowRoot;
    assert.equal(card.querySelector('[part=card-change-title]').textContent, 'New since 10 January 2025.');
    assert.equal(card.querySelector('[part=card-change-line]').textContent, 'This sentence was not on the page then.');
    /* and of the reworded one */
    buttons.find((btn) => /reworded since/.test(btn.textContent)).click();
    assert.deepEqual(Array.from(card.querySelectorAll('[part=card-change-line]')).map((p) => p.textContent),
        ['It used to say: Your data may be sold.', 'smallprint rated it “Worth a look” then.']);
});
