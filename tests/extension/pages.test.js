/* The popup and options pages in jsdom with a fake `chrome` that answers
   as the background would: what a person reads about a changed page, and
   the history controls of the options page. */
'use strict';
const test = require('node:test');
const assert = require('node:assert/strict');
const fs = require('node:fs');
const path = require('node:path');
const {JSDOM} = require('jsdom');
const {EXT, CHANGES, lib} = require('./helpers.js');
const protocol = lib('protocol');
const prefs = lib('settings');

/* Open an extension page with its own scripts; answer(msg) plays the
   background. Returns {window, document, sent}. */
async function open(page, query, answer) {
    const file = path.join(EXT, page);
    const html = fs.readFileSync(file, 'utf8');
    const d = new JSDOM(html, {url: 'chrome-extension://me/' + page + query, runScripts: 'outside-only'});
    const w = d.window;
    const sent = [];
    w.chrome = {
        runtime: {
            id: 'me',
            getURL: (p) => 'chrome-extension://me/' + p,
            sendMessage: async (msg) => {
                sent.push(JSON.parse(JSON.stringify(msg)));
                return JSON.parse(JSON.stringify(answer(msg)));
            },
            openOptionsPage() {},
            onMessage: {addListener() {}},
        },
        tabs: {query: async () => [{id: 5}]},
    };
    for (const [, src] of html.matchAll(/<script src="([^"]+)"><\/script>/g))
        w.eval(fs.readFileSync(path.join(path.dirname(file), src), 'utf8'));
    await settle();
    return {window: w, document: w.document, sent};
}

function settle() {
    return new Promise((r) => setTimeout(r, 30));
}

const FINDINGS = [
    {id: 'f0', label: 'sale', severity: 'high', text: 'We may sell your data.', values: {}},
    {id: 'f1', label: 'retention', severity: 'low', text: 'We keep logs for 2 years.', values: {retention_days: 730}},
];

function popupView(tab) {
    return {tab: Object.assign({status: 'done', language: 'en', summary: {ai_training: 'default', sale: 'yes', findings: 2},
        findings: FINDINGS, changes: protocol.cleanChanges(CHANGES), historyNote: null, hiddenCount: 0}, tab),
    site: 'shop.test', siteEnabled: true, mode: 'auto', host: {state: 'ok', message: ''},
    hostInfo: {host: 'smallprint-host', version: '0.1.0'}, install: {command: 'make install', script: 'x'}};
}

test('popup: "Changed since" comes first, with the changed answers and the findings that went', async () => {
    const {document} = await open('popup/popup.html', '?tab=5', () => popupView({
        historyNote: 'the history file could not be read; it was set aside'}));
    const main = document.querySelector('main');
    const shown = Array.from(main.children).filter((s) => !s.hidden).map((s) => s.id);
    assert.deepEqual(shown, ['status', 'changes', 'summary', 'findings']);
    const changes = document.getElementById('changes');
    assert.equal(document.getElementById('changes-title').textContent, 'Changed since 10 January 2025');
    assert.deepEqual(Array.from(changes.querySelectorAll('.changed-answers li')).map((li) => li.textContent),
        ['AI training: only with opt-in → by default']);
    assert.match(changes.textContent, /1 new finding and 1 reworded finding, tagged below/);
    assert.match(changes.textContent, /No longer on the page \(1\)/);
    assert.match(changes.textContent, /A way to opt out\s*Good to know\s*You can switch this off\.\s*Opt out by: settings/);
    assert.match(changes.textContent, /first noticed the change on 2 March 2025/);
    const tags = Array.from(document.querySelectorAll('#groups .changed-tag')).map((t) => t.textContent).sort();
    assert.deepEqual(tags, ['New since 10 January 2025', 'Reworded since 10 January 2025']);
    assert.match(document.getElementById('status').textContent,
        /About smallprint’s page history: the history file could not be read; it was set aside/);
});

test('popup: no changes, no section', async () => {
    const {document} = await open('popup/popup.html', '?tab=5', () => popupView({changes: null}));
    assert.equal(document.getElementById('changes').hidden, true);
    assert.equal(document.querySelectorAll('.changed-tag').length, 0);
    assert.equal(document.getElementById('summary').hidden, false);
});

/* The background as the options page sees it, with a host that
   remembers one site. */
function optionsBackground(history) {
    const state = {settings: prefs.defaults()};
    return (msg) => {
        if (msg.type === 'options:get')
            return {settings: state.settings, dismissed: 0, wrong: 0, host: {state: 'ok'}};
        if (msg.type === 'options:set') {
            state.settings = prefs.normalize(msg.settings);
            return {settings: state.settings};
        }
        if (msg.type === 'options:history')
            return history;
        if (msg.type === 'options:history-forget')
            return {site: msg.site, forgotten: 2, enabled: true, recording: true, note: null};
        if (msg.type === 'options:history-clear')
            return {cleared: true, enabled: true, recording: true, note: null};
        return {error: 'unexpected ' + msg.type};
    };
}

const LIST = {enabled: true, recording: true, note: null, sites: [{site: 'https://shop.test',
    last_seen: '2025-03-02T12:00:00Z', documents: [{path: '/privacy', title: 'Privacy Policy',
        last_seen: '2025-03-02T12:00:00Z', findings: 9, changed_since: '2025-01-10T12:00:00Z'}, {path: '/terms',
        title: '', last_seen: '2025-02-01T12:00:00Z', findings: 3, changed_since: null}]}]};

test('options: remembered sites with Forget, Clear all, and the history switch', async () => {
    const {document, sent} = await open('options/options.html', '', optionsBackground(LIST));
    assert.equal(document.getElementById('history-on').checked, true);
    const site = document.querySelector('#history-sites > li');
    assert.match(site.textContent, /https:\/\/shop\.test\s*2 pages, last seen 2 March 2025/);
    assert.deepEqual(Array.from(site.querySelectorAll('.documents li')).map((li) => li.textContent), [
        '/privacy — Privacy Policy · last seen 2 March 2025 · changed since 10 January 2025',
        '/terms · last seen 1 February 2025']);
    const forget = site.querySelector('button');
    assert.equal(forget.getAttribute('aria-label'), 'Forget https://shop.test');
    forget.click();
    await settle();
    assert.deepEqual(sent.find((m) => m.type === 'options:history-forget'), {type: 'options:history-forget',
        site: 'https://shop.test'});
    assert.equal(document.getElementById('saved').textContent, 'Forgot 2 pages of https://shop.test.');
    document.getElementById('history-clear').click();
    await settle();
    assert.ok(sent.some((m) => m.type === 'options:history-clear'));
    assert.equal(document.getElementById('saved').textContent, 'Page history cleared.');
    /* turning history off is stored with the other settings */
    const box = document.getElementById('history-on');
    box.checked = false;
    box.dispatchEvent(new document.defaultView.Event('change'));
    await settle();
    assert.equal(sent.filter((m) => m.type === 'options:set').pop().settings.history, false);
    assert.equal(box.checked, false);
});

test('options: history unavailable, a missing host, a host that keeps none', async () => {
    const broken = await open('options/options.html', '', optionsBackground({error: 'The helper program cannot use ' +
        'its page history just now: history: the file is locked', reason: 'unavailable'}));
    const status = broken.document.getElementById('history-status');
    assert.match(status.querySelector('.problem').textContent, /cannot use its page history just now/);
    assert.equal(broken.document.getElementById('history-clear').disabled, true);

    const off = await open('options/options.html', '', optionsBackground({enabled: false, recording: false,
        note: null, sites: []}));
    assert.match(off.document.getElementById('history-status').textContent,
        /own history setting is off .*No pages are remembered\./s);
    assert.equal(off.document.getElementById('history-on').disabled, true);
});
