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

/* jsdom has no CSS Custom Highlight API and no scrolling: a small stand-in
   records what marks.js registers, so the highlights can be checked. */
function withHighlights(w) {
    w.CSS = {highlights: new w.Map()};
    w.Highlight = class extends w.Set {};
    w.Element.prototype.scrollIntoView = function () {
        w.scrolledTo = this;
    };
    return w;
}

function highlightPage(body) {
    const d = new JSDOM('<!doctype html><html><body>' + body + '</body></html>', {url: 'https://shop.test/privacy',
        runScripts: 'outside-only'});
    const w = withHighlights(d.window);
    for (const f of ['lib/define.js', 'lib/labels.js', 'lib/textmap.js', 'lib/summary.js', 'content/marks.js'])
        w.eval(fs.readFileSync(path.join(EXT, f), 'utf8'));
    const sp = w.smallprint;
    const {blocks} = sp.textmap.extractBlocks(w.document, {idFor: sp.textmap.makeIdAllocator('b')});
    return {w, sp, blocks: new Map(blocks.map((b) => [b.id, b])), first: blocks[0]};
}

const rangeText = (r) => {
    const range = r.startContainer.ownerDocument.createRange();
    range.setStart(r.startContainer, r.startOffset);
    range.setEnd(r.endContainer, r.endOffset);
    return range.toString();
};

test('each finding: a highlight of its severity over its exact words, and a focusable marker saying label and severity', () => {
    const {w, sp, blocks, first} = highlightPage('<p>Your orders are <b>shared with</b> couriers. Receipts stay for 6 years.</p>');
    const f = (id, label, start, end, severity) => ({id, block: first.id, start, end, label, severity, explanation: 'x',
        values: {}, related: []});
    const at = (t) => [first.text.indexOf(t), first.text.indexOf(t) + t.length];
    const res = sp.marks.render([f('s', 'sharing', ...at('Your orders are shared with couriers.'), 'medium'),
        f('r', 'retention', ...at('Receipts stay for 6 years.'), 'low')], blocks, {});
    assert.deepEqual({shown: [...res.shown], missing: [...res.missing]}, {shown: ['s', 'r'], missing: []});
    const hl = w.CSS.highlights;
    assert.deepEqual([...hl.get('smallprint-medium')].map(rangeText), ['Your orders are shared with couriers.']);
    assert.deepEqual([...hl.get('smallprint-low')].map(rangeText), ['Receipts stay for 6 years.']);
    assert.ok(hl.get('smallprint-medium').priority > hl.get('smallprint-low').priority, 'the worse severity is drawn on top');
    const markers = Array.from(w.document.querySelectorAll('smallprint-marker'));
    assert.equal(markers.length, 2);
    /* markers follow the text they belong to, in page order */
    assert.equal(markers[0].previousSibling.textContent, ' couriers. Receipts stay for 6 years.');
    assert.equal(markers[1].previousSibling, markers[0]);
    const btn = markers[0].shadowRoot.querySelector('button');
    assert.match(btn.getAttribute('part'), /marker-medium/);
    assert.equal(btn.localName, 'button'); /* reachable with Tab, announced as a button */
    assert.equal(btn.getAttribute('aria-haspopup'), 'dialog');
    assert.equal(btn.querySelector('[part=sr]').textContent, 'smallprint: Sharing with others, worth a look');
    assert.match(btn.title, /Sharing with others \(worth a look\)/);
    assert.equal(btn.querySelector('[part=symbol]').getAttribute('aria-hidden'), 'true');
    /* offsets that do not fit the page are reported, not drawn */
    const bad = sp.marks.render([f('x', 'sale', 60, 500, 'high')], blocks, {});
    assert.deepEqual({shown: [...bad.shown], missing: [...bad.missing]}, {shown: [], missing: ['x']});
    assert.equal(w.document.querySelectorAll('smallprint-marker').length, 0);
    assert.equal(hl.get('smallprint-medium').size, 0);
});

test('keyboard focus opens the card: explanation, values, related finding; Escape closes it', () => {
    const {w, sp, blocks, first} = highlightPage('<p>You can switch off ads in Settings. Ads you saw before are kept.</p>');
    const at = (t) => [first.text.indexOf(t), first.text.indexOf(t) + t.length];
    const [os, oe] = at('You can switch off ads in Settings.');
    const [es, ee] = at('Ads you saw before are kept.');
    const out = {id: 'o', block: first.id, start: os, end: oe, label: 'opt_out', severity: 'info',
        explanation: 'There is a way to say no.', phrase: 'switch off', values: {opt_out_where: 'Settings > Ads'},
        related: [{id: 'e', label: 'opt_out_exception', here: true}, {id: 'gone', label: 'sale', here: false}]};
    const exc = {id: 'e', block: first.id, start: es, end: ee, label: 'opt_out_exception', severity: 'medium',
        explanation: 'Something goes on anyway.', values: {}, related: []};
    const verdicts = [];
    sp.marks.render([out, exc], blocks, {handlers: {feedback: (id, v) => verdicts.push([id, v])}});
    const [mo, me] = Array.from(w.document.querySelectorAll('smallprint-marker')).map((m) => m.shadowRoot.querySelector('button'));
    mo.dispatchEvent(new w.FocusEvent('focus'));
    const host = w.document.querySelector('smallprint-card');
    const card = host.shadowRoot;
    assert.equal(host.hidden, false);
    assert.equal(mo.getAttribute('aria-expanded'), 'true');
    const parts = (p) => Array.from(card.querySelectorAll('[part=' + p + ']')).map((x) => x.textContent);
    assert.deepEqual(parts('card-title'), ['A way to opt out']);
    assert.deepEqual(parts('card-text'), ['There is a way to say no.']);
    assert.deepEqual(parts('card-phrase'), ['Words that matter: “switch off”']);
    assert.deepEqual(parts('card-value'), ['Opt out: Settings › Ads']);
    assert.deepEqual(parts('card-related'), ['Related: Exception to an opt-out — show it',
        'Related: Sale of your data (elsewhere on this page)']);
    /* the link goes to the exception: its words flash and its card opens */
    card.querySelector('[part=card-link]').click();
    assert.equal(w.scrolledTo, w.document.querySelector('p'));
    assert.deepEqual([...w.CSS.highlights.get('smallprint-flash')].map(rangeText), ['Ads you saw before are kept.']);
    assert.equal(w.document.activeElement, me.getRootNode().host);
    assert.deepEqual(parts('card-title'), ['Exception to an opt-out']);
    assert.equal(me.getAttribute('aria-expanded'), 'true');
    assert.equal(mo.getAttribute('aria-expanded'), 'false');
    /* Escape closes the card and gives focus back to the marker */
    card.querySelector('[part=card]').dispatchEvent(new w.KeyboardEvent('keydown', {key: 'Escape', bubbles: true}));
    assert.equal(host.hidden, true);
    assert.equal(me.getAttribute('aria-expanded'), 'false');
    /* "Dismiss" and "This is wrong" tell the background, and close the card */
    me.click();
    assert.equal(host.hidden, false);
    Array.from(card.querySelectorAll('[part=card-button]')).find((b) => b.textContent === 'This is wrong').click();
    assert.equal(host.hidden, true);
    mo.click();
    Array.from(card.querySelectorAll('[part=card-button]')).find((b) => b.textContent === 'Dismiss').click();
    assert.deepEqual(verdicts, [['e', 'wrong'], ['o', 'dismiss']]);
    /* show() of a finding that is not drawn here says so */
    assert.equal(sp.marks.show('nope'), false);
    sp.marks.clear();
    assert.equal(w.document.querySelectorAll('smallprint-marker').length, 0);
    assert.equal(sp.marks.count(), 0);
});
