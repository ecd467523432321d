/* The popup and options pages in jsdom with a fake `chrome` that answers
   as the background would: what a person reads about a changed page, the
   popup's summary, list, buttons, per-site switch and problem messages,
   and the options page (labels, when to read, never-run sites, export,
   history). */
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

/* The popup's background: popupView(tab) for popup:get, {ok} for the rest. */
function popupBackground(tab, extra) {
    return (msg) => (msg.type === 'popup:get' ? Object.assign(popupView(tab), extra) : {ok: true});
}

const buttonsOf = (li) => Array.from(li.querySelectorAll('button'));

test('popup: the summary, findings grouped by label with their buttons, and the per-site switch', async () => {
    const {document, sent} = await open('popup/popup.html', '?tab=5', popupBackground({changes: null}));
    const pairs = Array.from(document.querySelectorAll('#answers dt')).map((dt) => [dt.textContent,
        dt.nextElementSibling.textContent]);
    assert.ok(pairs.some(([q, a]) => /train AI/.test(q) && /^Yes/.test(a)), JSON.stringify(pairs));
    assert.ok(pairs.some(([q, a]) => /sold/.test(q) && /^Yes/.test(a)), JSON.stringify(pairs));
    assert.equal(document.getElementById('findings-title').textContent, 'Marked on the page (2)');
    const groups = Array.from(document.querySelectorAll('#groups > section'));
    assert.deepEqual(groups.map((g) => g.querySelector('h3').firstChild.textContent),
        ['Sale of your data', 'How long data is kept']);
    const items = Array.from(document.querySelectorAll('#groups li'));
    assert.equal(items[1].querySelector('.quote').textContent, '“We keep logs for 2 years.”');
    assert.equal(items[1].querySelector('.values').textContent, 'Kept for up to 2 years');
    assert.deepEqual(buttonsOf(items[0]).map((b) => b.textContent), ['Show on page', 'Dismiss', 'Wrong']);
    buttonsOf(items[0])[0].click();
    buttonsOf(items[1])[2].click();
    await settle();
    assert.deepEqual(sent.filter((m) => m.type !== 'popup:get'), [{type: 'popup:show', tabId: 5, id: 'f0'},
        {type: 'popup:feedback', tabId: 5, id: 'f1', verdict: 'wrong'}]);
    /* the switch names the site and turns smallprint off there */
    const sw = document.getElementById('site-switch');
    assert.equal(document.getElementById('site-switch-label').hidden, false);
    assert.equal(sw.getAttribute('role'), 'switch');
    assert.equal(sw.checked, true);
    assert.equal(document.getElementById('site-switch-text').textContent, 'On for shop.test');
    sw.checked = false;
    sw.dispatchEvent(new document.defaultView.Event('change'));
    await settle();
    assert.deepEqual(sent.filter((m) => m.type === 'popup:site'), [{type: 'popup:site', tabId: 5, enabled: false}]);
});

test('popup: a missing host gives the install command; a page not in English says so; an ordinary page offers a check', async () => {
    const missing = await open('popup/popup.html', '?tab=5', popupBackground({status: 'host-missing', summary: null,
        findings: [], changes: null, error: 'Specified native messaging host not found.'},
    {host: {state: 'host-missing', message: ''}, install: {command: 'make install', script: 'installers/install.sh'}}));
    const status = missing.document.getElementById('status').textContent;
    assert.match(status, /smallprint-host\) is not installed, so this page has not been checked\. The page is left as it was\./);
    assert.match(status, /To install it, run make install in the smallprint clone, or installers\/install\.sh, then reload/);
    assert.match(status, /Details: Specified native messaging host not found\./);
    assert.equal(missing.document.getElementById('summary').hidden, true);
    assert.equal(missing.document.getElementById('findings').hidden, true);
    const again = buttonsOf(missing.document.getElementById('status')).find((b) => b.textContent === 'Try again');
    again.click();
    await settle();
    assert.ok(missing.sent.some((m) => m.type === 'popup:analyze' && m.tabId === 5));

    const german = await open('popup/popup.html', '?tab=5', popupBackground({language: 'de', summary: null,
        findings: [], changes: null}));
    assert.match(german.document.getElementById('status').textContent, /English only for now/);
    assert.equal(german.document.getElementById('findings').hidden, true);

    const idle = await open('popup/popup.html', '?tab=5', popupBackground({status: 'idle', summary: null,
        findings: [], changes: null}));
    assert.match(idle.document.getElementById('status').textContent, /does not look like a policy/);
    assert.ok(buttonsOf(idle.document.getElementById('status')).some((b) => b.textContent === 'Check this page'));
});

test('options: labels on and off, when to read, sites where it never runs, the "wrong" list as a file', async () => {
    const back = optionsBackground(LIST);
    const {document, window: w, sent} = await open('options/options.html', '', (msg) => (msg.type === 'options:export'
        ? {count: 1, text: '{"rule":"sale.x"}\n'} : back(msg)));
    const boxes = Array.from(document.querySelectorAll('#labels input[type=checkbox]'));
    assert.equal(boxes.length, 17);
    assert.ok(boxes.every((b) => b.checked));
    const sale = boxes.find((b) => b.parentElement.textContent.trim() === 'Sale of your data');
    sale.checked = false;
    sale.dispatchEvent(new w.Event('change'));
    await settle();
    const last = () => sent.filter((m) => m.type === 'options:set').pop().settings;
    assert.equal(last().labels.sale, false);
    assert.equal(last().labels.sharing, true);
    assert.equal(document.getElementById('saved').textContent, 'Saved.');
    /* only on click */
    assert.equal(document.querySelector('input[name=mode][value=auto]').checked, true);
    const click = document.querySelector('input[name=mode][value=click]');
    click.checked = true;
    click.dispatchEvent(new w.Event('change'));
    await settle();
    assert.equal(last().mode, 'click');
    assert.equal(last().labels.sale, false); /* the other choices are kept */
    /* sites: a line that is not a site is refused, nothing is saved */
    const sets = sent.filter((m) => m.type === 'options:set').length;
    document.getElementById('never').value = 'example.com\nnot a site!';
    document.getElementById('save-sites').click();
    await settle();
    assert.equal(document.getElementById('saved').textContent, 'Not a site name: not a site!');
    assert.equal(sent.filter((m) => m.type === 'options:set').length, sets);
    document.getElementById('never').value = 'https://www.Example.com/path\n\nshop.test';
    document.getElementById('save-sites').click();
    await settle();
    assert.deepEqual(last().neverSites, ['https://www.Example.com/path', 'shop.test']);
    /* the background keeps the site names (lib/settings.js) and the page shows what it kept */
    assert.equal(document.getElementById('never').value, 'example.com\nshop.test');
    /* export: a JSON Lines file is offered for download */
    const saved = [];
    w.URL.createObjectURL = (blob) => {
        saved.push(blob);
        return 'blob:x';
    };
    w.URL.revokeObjectURL = () => {};
    w.HTMLAnchorElement.prototype.click = function () {
        saved.push(this.download);
    };
    document.getElementById('export').click();
    await settle();
    assert.equal(saved[0].type, 'application/x-ndjson');
    assert.match(saved[1], /^smallprint-wrong-\d{4}-\d{2}-\d{2}\.jsonl$/);
    assert.equal(document.getElementById('saved').textContent, 'Saved 1 corrections to a file.');
});
