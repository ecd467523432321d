/* The content scripts (manifest order) in jsdom with a fake `chrome`
   playing the background: the page is read and sent once in full, findings
   are drawn, and later changes to the page send only the blocks that are
   new, changed or gone, once the page has been quiet for a moment. */
'use strict';
const test = require('node:test');
const assert = require('node:assert/strict');
const fs = require('node:fs');
const path = require('node:path');
const {JSDOM} = require('jsdom');
const {EXT} = require('./helpers.js');

const SCRIPTS = JSON.parse(fs.readFileSync(path.join(EXT, 'manifest.json'), 'utf8')).content_scripts[0].js;

const wait = (ms) => new Promise((r) => setTimeout(r, ms));

async function load(body) {
    const d = new JSDOM('<!doctype html><html><head><title>Privacy notice</title></head><body>' + body + '</body></html>',
        {url: 'https://shop.test/privacy', runScripts: 'outside-only'});
    const w = d.window;
    const sent = [];
    const listeners = [];
    w.chrome = {
        runtime: {
            id: 'me',
            getURL: (p) => 'chrome-extension://me/' + p,
            onMessage: {addListener: (f) => listeners.push(f)},
            sendMessage: async (msg) => {
                sent.push(JSON.parse(JSON.stringify(msg)));
                if (msg.type === 'frame:hello')
                    return {page: 'p1', analyze: true, kind: msg.kind};
                return {ok: true};
            },
        },
        storage: {managed: {get: async () => ({})}},
    };
    for (const f of SCRIPTS)
        w.eval(fs.readFileSync(path.join(EXT, f), 'utf8'));
    await wait(20);
    /* a message from our background, as the browser delivers it */
    const deliver = (msg, sender) => new Promise((resolve) => {
        let answered = false;
        for (const f of listeners)
            f(msg, sender || {id: 'me'}, (r) => {
                answered = true;
                resolve(r);
            });
        if (!answered)
            setTimeout(() => resolve(answered ? undefined : null), 0);
    });
    return {w, document: w.document, sent, deliver, blocks: () => sent.filter((m) => m.type === 'frame:blocks')};
}

test('the page is sent once in full, then only what changed, after a quiet moment', async () => {
    const {w, document, sent, deliver, blocks} = await load(
        '<h1>Privacy notice</h1><p id="a">We may sell your data.</p><p id="b">Logs are kept for 2 years.</p>' +
        '<p hidden>Nobody sees this.</p><script>var notText = 1;</script>');
    const hello = sent[0];
    assert.equal(hello.type, 'frame:hello');
    assert.equal(hello.top, true);
    assert.equal(hello.url, 'https://shop.test/privacy');
    const first = blocks();
    assert.equal(first.length, 1);
    assert.deepEqual([first[0].page, first[0].full, first[0].final], ['p1', true, true]);
    assert.deepEqual(first[0].blocks.map((b) => [b.text, b.kind]), [['Privacy notice', 'heading'],
        ['We may sell your data.', 'text'], ['Logs are kept for 2 years.', 'text']]);
    const id = (text) => first[0].blocks.find((b) => b.text === text).id;

    /* findings from the background are drawn on the page */
    const drawn = await deliver({type: 'frame:findings', page: 'p1', kinds: ['policy'], exceptions: [],
        findings: [{id: 'f0', block: id('We may sell your data.'), start: 0, end: 22, label: 'sale', severity: 'high',
            explanation: 'e', values: {}, related: []}]});
    assert.equal(drawn.drawn, 1);
    assert.equal(document.querySelectorAll('smallprint-marker').length, 1);
    const shown = sent.filter((m) => m.type === 'frame:shown').pop();
    assert.deepEqual([shown.shown, shown.missing], [['f0'], []]);

    /* three changes in a row: one message, after the page is quiet, with
       only the new block, the reworded one and the one that went */
    const before = blocks().length;
    const p = document.createElement('p');
    p.textContent = 'We share your e-mail with couriers.';
    document.body.append(p);
    document.getElementById('b').textContent = 'Logs are kept for 3 years.';
    await wait(100);
    document.getElementById('a').remove();
    await wait(200);
    assert.equal(blocks().length, before, 'nothing is sent while the page keeps changing');
    await wait(700);
    const later = blocks().slice(before);
    assert.equal(later.length, 1);
    assert.deepEqual([later[0].full, later[0].final], [false, false]);
    const got = Object.fromEntries(later[0].blocks.map((b) => [b.id, b.text]));
    assert.equal(got[id('Logs are kept for 2 years.')], 'Logs are kept for 3 years.');
    assert.equal(got[id('We may sell your data.')], '');
    assert.ok(Object.values(got).includes('We share your e-mail with couriers.'));
    assert.equal(Object.keys(got).length, 3, JSON.stringify(got)); /* the heading did not change: not sent again */
    /* our own markers going away is not a change of the page */
    const n = blocks().length;
    await deliver({type: 'frame:findings', page: 'p1', findings: [], exceptions: []});
    await wait(700);
    assert.equal(blocks().length, n);
    await deliver({type: 'frame:clear', page: 'p1'});
    w.close();
});

test('messages that are not from our own background are ignored', async () => {
    const {w, document, deliver, blocks} = await load('<p>We may sell your data.</p>');
    const b = blocks()[0].blocks[0];
    const msg = {type: 'frame:findings', page: 'p1', exceptions: [], findings: [{id: 'f0', block: b.id, start: 0, end: 22,
        label: 'sale', severity: 'high', explanation: 'e', values: {}, related: []}]};
    /* from a tab (a page's script through another content script), from another extension, for another page */
    assert.equal(await deliver(msg, {id: 'me', tab: {id: 3}}), null);
    assert.equal(await deliver(msg, {id: 'other'}), null);
    assert.equal(await deliver(Object.assign({}, msg, {page: 'p2'}), {id: 'me'}), null);
    assert.equal(document.querySelectorAll('smallprint-marker').length, 0);
    assert.equal((await deliver(msg)).drawn, 1);
    await deliver({type: 'frame:clear', page: 'p1'});
    assert.equal(document.querySelectorAll('smallprint-marker').length, 0);
    w.close();
});
