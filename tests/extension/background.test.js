/* The background under Node: background.js and its plain scripts run in a
   vm context with a fake `chrome` (storage, tabs, action, and a native port
   whose host is simulated here). Checks the dispatcher, hello refusal,
   split replies, private windows, reconnects, a missing host, that a
   restarted background loses nothing, related findings and "show on page",
   the popup's per-site switch, labels off and "only on click". */
'use strict';
const test = require('node:test');
const assert = require('node:assert/strict');
const fs = require('node:fs');
const path = require('node:path');
const vm = require('node:vm');
const {EXT, CHANGES} = require('./helpers.js');

function makeStore(data) {
    return {
        data,
        async get(keys) {
            if (keys === null || keys === undefined)
                return Object.assign({}, JSON.parse(JSON.stringify(data)));
            const out = {};
            for (const k of [].concat(keys))
                if (k in data)
                    out[k] = JSON.parse(JSON.stringify(data[k]));
            return out;
        },
        async set(items) {
            Object.assign(data, JSON.parse(JSON.stringify(items)));
        },
        async remove(keys) {
            for (const k of [].concat(keys))
                delete data[k];
        },
    };
}

/* A storage.session that is full: it takes nothing larger than a few bytes. */
function refusingStore(data) {
    const store = makeStore(data);
    const set = store.set;
    store.set = async (items) => {
        if (JSON.stringify(items).length > 20)
            throw new Error('Session storage quota bytes exceeded. Values were not stored.');
        return set(items);
    };
    return store;
}

/* host(msg, reply, port) simulates the native host. */
function boot({session = {}, local = {}, managed = {}, host, missing = false, refuse = false} = {}) {
    const listeners = {message: [], external: []};
    const sent = [];      /* tabs.sendMessage calls */
    const posted = [];    /* frames to the host */
    const ports = [];
    const badges = {};
    const chrome = {
        runtime: {
            id: 'me',
            lastError: null,
            getURL: (p) => 'chrome-extension://me/' + p,
            onMessage: {addListener: (f) => listeners.message.push(f)},
            onMessageExternal: {addListener: (f) => listeners.external.push(f)},
            connectNative(name) {
                assert.equal(name, 'org.smallprint.host');
                const port = {msg: [], disc: [], open: true};
                ports.push(port);
                const api = {
                    onMessage: {addListener: (f) => port.msg.push(f)},
                    onDisconnect: {addListener: (f) => port.disc.push(f)},
                    postMessage(m) {
                        if (!port.open)
                            throw new Error('Attempting to use a disconnected port object');
                        posted.push(JSON.parse(JSON.stringify(m)));
                        host(m, (r) => setImmediate(() => port.open && port.msg.forEach((f) => f(r))), port);
                    },
                    disconnect() {
                        port.open = false;
                    },
                };
                port.drop = (why) => setImmediate(() => {
                    port.open = false;
                    chrome.runtime.lastError = {message: why};
                    port.disc.forEach((f) => f(api));
                    chrome.runtime.lastError = null;
                });
                if (missing)
                    port.drop('Specified native messaging host not found.');
                return api;
            },
        },
        storage: {session: refuse ? refusingStore(session) : makeStore(session), local: makeStore(local),
            managed: makeStore(managed),
            onChanged: {addListener() {}}},
        tabs: {
            async sendMessage(tabId, msg, opts) {
                sent.push({tabId, msg: JSON.parse(JSON.stringify(msg)), frameId: opts && opts.frameId});
                return {ok: true};
            },
            onRemoved: {addListener() {}},
            async get(id) {
                return {id};
            },
            async query() {
                return [{id: 1}];
            },
        },
        action: {
            async setBadgeText(o) {
                badges[o.tabId] = o.text;
            },
            async setBadgeBackgroundColor() {},
            async setTitle() {},
        },
    };
    const ctx = vm.createContext({chrome, console: {warn() {}, log() {}}, setTimeout, clearTimeout, setImmediate,
        crypto: require('node:crypto').webcrypto, URL, Uint32Array, structuredClone});
    ctx.importScripts = (...files) => {
        for (const f of files)
            vm.runInContext(fs.readFileSync(path.join(EXT, f), 'utf8'), ctx, {filename: f});
    };
    vm.runInContext(fs.readFileSync(path.join(EXT, 'background.js'), 'utf8'), ctx, {filename: 'background.js'});
    function send(msg, sender) {
        return new Promise((resolve) => {
            let answered = false;
            const keep = listeners.message[0](msg, sender, (r) => {
                answered = true;
                resolve(plain(r));
            });
            if (!keep && !answered)
                setImmediate(() => resolve(answered ? undefined : 'no answer'));
        });
    }
    return {ctx, chrome, send, sent, posted, ports, badges, session: chrome.storage.session.data,
        local: chrome.storage.local.data};
}

/* objects from the vm context have its prototypes: compare plain copies */
function plain(v) {
    return v === undefined || v === null ? v : JSON.parse(JSON.stringify(v));
}

const TAB = (id, extra) => ({id: 'me', url: 'https://shop.test/privacy', tab: Object.assign({id}, extra), frameId: 0});
const POPUP = {id: 'me', url: 'chrome-extension://me/popup/popup.html'};
const HELLO = {type: 'frame:hello', top: true, url: 'https://shop.test/privacy', title: 'Privacy Policy', kind: 'policy',
    kinds: ['policy'], sameOrigin: true};

function goodHost(msg, reply) {
    if (msg.type === 'hello')
        return reply({type: 'hello', id: msg.id, protocol: 1, host: 'smallprint-host', version: '0.1.0', labels: [],
            rules_error: null});
    const b = msg.blocks[0];
    const f = (id, label, start, end) => ({id, block: b.id, start, end, phrase_start: start, phrase_end: end, label,
        rule: label + '.x', severity: 'high', explanation: 'e', values: {}, related: []});
    /* always two parts, to exercise reassembly */
    reply({type: 'result', id: msg.id, page: msg.page, part: 1, parts: 2, partial: false, language: 'en',
        findings: [f('f0', 'sale', 0, 22)], summary: null});
    reply({type: 'result', id: msg.id, page: msg.page, part: 2, parts: 2, partial: false, language: 'en',
        findings: [f('f1', 'retention', 23, 48)], summary: {sale: 'yes', findings: 2}});
}

const TEXT = 'We may sell your data. We keep logs for 2 years.';

async function readPage(bg, sender) {
    const h = await bg.send(HELLO, sender);
    assert.equal(h.analyze, true);
    const r = await bg.send({type: 'frame:blocks', page: h.page, full: true, final: true,
        blocks: [{id: 'b0', text: TEXT}]}, sender);
    return {h, r};
}

test('messages off the allowlist get no answer', async () => {
    const bg = boot({host: goodHost});
    assert.equal(await bg.send({type: 'popup:get', tabId: 1}, TAB(1)), 'no answer');          /* page asks popup things */
    assert.equal(await bg.send({type: 'nope'}, POPUP), 'no answer');
    assert.equal(await bg.send({type: 'popup:get', tabId: 1}, {id: 'other', url: 'chrome-extension://other/'}), 'no answer');
    assert.equal(bg.ports.length, 0);
});

test('a page is read, split replies are joined, findings reach the frame and storage.session', async () => {
    const bg = boot({host: goodHost});
    const {h, r} = await readPage(bg, TAB(5));
    assert.deepEqual(r, {ok: true});
    assert.equal(bg.posted[0].type, 'hello');
    assert.equal(bg.posted[0].protocol, 1);
    const analyze = bg.posted[1];
    assert.equal(analyze.type, 'analyze');
    assert.equal(analyze.url, 'https://shop.test/privacy');
    assert.equal(analyze.history, undefined);
    assert.deepEqual(analyze.blocks, [{id: '0:b0', text: TEXT}]);
    const pushed = bg.sent.filter((s) => s.msg.type === 'frame:findings');
    assert.equal(pushed.length, 1);
    assert.deepEqual(pushed[0].msg.findings.map((f) => [f.id, f.block, f.text]),
        [['f0', 'b0', 'We may sell your data.'], ['f1', 'b0', 'We keep logs for 2 years.']]);
    assert.equal(pushed[0].frameId, 0);
    assert.equal(bg.badges[5], '2');
    const stored = bg.session['tab:5'];
    assert.equal(stored.page, h.page);
    assert.equal(stored.status, 'done');
    assert.deepEqual(stored.summary, {sale: 'yes', findings: 2});

    /* the background is stopped and started again: nothing is lost */
    const again = boot({host: goodHost, session: bg.session, local: bg.local});
    const view = plain(await again.ctx.smallprintTest.findings(5));
    assert.equal(view.status, 'done');
    assert.deepEqual(view.findings.map((f) => [f.label, f.severity, f.text]),
        [['sale', 'high', 'We may sell your data.'], ['retention', 'high', 'We keep logs for 2 years.']]);
    const popup = await again.send({type: 'popup:get', tabId: 5}, POPUP);
    assert.equal(popup.tab.findings.length, 2);
    /* a later change on the new connection: the page is read again in full */
    const delta = await again.send({type: 'frame:blocks', page: h.page, full: false, final: false,
        blocks: [{id: 'b1', text: 'New words.'}]}, TAB(5));
    assert.deepEqual(delta, {resend: true});
    assert.ok(again.sent.some((s) => s.msg.type === 'frame:resend'));
});

test('private windows ask the host to record nothing', async () => {
    const bg = boot({host: goodHost});
    await readPage(bg, TAB(6, {incognito: true}));
    const analyze = bg.posted.find((m) => m.type === 'analyze');
    assert.equal(analyze.history, false);
    assert.equal(analyze.url, undefined);
    assert.equal(analyze.title, undefined);
});

test('a host that speaks another protocol is refused, plainly', async () => {
    const bg = boot({host: (msg, reply) => reply({type: 'hello', id: msg.id, protocol: 2})});
    const {r} = await readPage(bg, TAB(7));
    assert.match(r.error, /speaks protocol 2 and this extension speaks protocol 1/);
    assert.equal(bg.ports[0].open, false);
    assert.equal(bg.session['tab:7'].status, 'incompatible');
    assert.ok(!bg.posted.some((m) => m.type === 'analyze'));
});

test('a missing host: the popup gives the install command and the page gets nothing', async () => {
    const bg = boot({host: goodHost, missing: true});
    const {r} = await readPage(bg, TAB(8));
    assert.match(r.error, /not installed/);
    assert.equal(bg.session['tab:8'].status, 'host-missing');
    assert.ok(!bg.sent.some((s) => s.msg.type === 'frame:findings'));
    const popup = await bg.send({type: 'popup:get', tabId: 8}, POPUP);
    assert.equal(popup.tab.status, 'host-missing');
    assert.deepEqual(popup.install, {command: 'make install', script: 'installers/install.sh'});
});

test('a port that drops is opened again by the next request', async () => {
    const bg = boot({host: goodHost});
    const {h} = await readPage(bg, TAB(9));
    bg.ports[0].drop('Native host has exited.');
    await new Promise((r) => setImmediate(r));
    /* within the retry pause the next request waits for nothing: it fails fast */
    const soon = await bg.send({type: 'frame:blocks', page: h.page, full: true, final: true,
        blocks: [{id: 'b0', text: TEXT}]}, TAB(9));
    assert.match(soon.error, /stopped working/);
    /* the popup's "try again" reconnects at once */
    await bg.send({type: 'popup:analyze', tabId: 9}, POPUP);
    assert.equal(bg.ports.length, 2);
    const r = await bg.send({type: 'frame:blocks', page: h.page, full: true, final: true,
        blocks: [{id: 'b0', text: TEXT}]}, TAB(9));
    assert.deepEqual(r, {ok: true});
    assert.equal(bg.session['tab:9'].findings.length, 2);
});

test('a dismissed finding is hidden and the badge follows', async () => {
    const bg = boot({host: goodHost});
    await readPage(bg, TAB(10));
    assert.deepEqual(await bg.send({type: 'popup:feedback', tabId: 10, id: 'f0', verdict: 'wrong'}, POPUP), {ok: true});
    const view = plain(await bg.ctx.smallprintTest.findings(10));
    assert.deepEqual(view.findings.map((f) => f.id), ['f1']);
    assert.equal(bg.badges[10], '1');
    const exp = await bg.send({type: 'options:export'}, POPUP);
    assert.equal(exp.count, 1);
    assert.equal(JSON.parse(exp.text.trim()).text, 'We may sell your data.');
});

test('the page test hook answers only when managed storage turns it on', async () => {
    const off = boot({host: goodHost});
    const h = await off.send(Object.assign({}, HELLO, {kind: 'other', kinds: []}), TAB(8));
    assert.equal(h.analyze, false);
    assert.equal(await off.send({type: 'test:page'}, TAB(8)), null);
    assert.equal(await off.send({type: 'test:analyze'}, TAB(8)), null);
    assert.equal(off.sent.filter((s) => s.msg.type === 'frame:start').length, 0);

    const on = boot({host: goodHost, managed: {testHook: true}});
    const h2 = await on.send(Object.assign({}, HELLO, {kind: 'other', kinds: []}), TAB(8));
    assert.equal(h2.analyze, false);
    assert.equal((await on.send({type: 'test:page'}, TAB(8))).status, 'idle');
    /* "analyze" does what the popup's "Check this page" does: tell the tab to start */
    assert.deepEqual(await on.send({type: 'test:analyze'}, TAB(8)), {ok: true});
    assert.deepEqual(on.sent.filter((s) => s.msg.type === 'frame:start').map((s) => s.msg.page), [h2.page]);
});

test('a page whose state storage.session refuses is still read, kept in memory', async () => {
    const bg = boot({host: goodHost, refuse: true});
    const {r} = await readPage(bg, TAB(9));
    assert.deepEqual(r, {ok: true});
    assert.equal(bg.session['tab:9'], undefined);
    const view = plain(await bg.ctx.smallprintTest.findings(9));
    assert.equal(view.status, 'done');
    assert.equal(view.findings.length, 2);
    assert.equal(bg.badges[9], '2');
    assert.equal((await bg.send({type: 'popup:get', tabId: 9}, POPUP)).tab.findings.length, 2);
});

/* A host that remembers history: the first complete pass of a page says
   what changed (in the last part of a split reply); history_* requests
   answer from a list of sites, or with error 15 when `broken`. */
function historyHost({broken = false, recording = true} = {}) {
    const sites = [{site: 'https://shop.test', last_seen: '2025-03-02T12:00:00Z', documents: [{path: '/privacy',
        title: 'Privacy Policy', first_seen: '2025-03-02T12:00:00Z', last_seen: '2025-03-02T12:00:00Z', findings: 2,
        changed_since: '2025-01-10T12:00:00Z'}]}];
    const finals = new Set();
    const fn = (msg, reply) => {
        fn.seen.push(msg);
        if (msg.type === 'hello')
            return reply({type: 'hello', id: msg.id, protocol: 1, host: 'smallprint-host', version: '0.1.0', labels: [],
                history: recording, rules_error: null});
        if (msg.type.startsWith('history_') && broken)
            return reply({type: 'error', id: msg.id, code: 15, message: 'history: the file is locked by another host'});
        if (msg.type === 'history_list')
            return reply({type: 'history_list', id: msg.id, enabled: true, sites});
        if (msg.type === 'history_forget') {
            const before = sites.length;
            sites.splice(0, sites.length, ...sites.filter((s) => s.site !== msg.site));
            return reply({type: 'history_forget', id: msg.id, site: msg.site, forgotten: before - sites.length,
                enabled: true});
        }
        if (msg.type === 'history_clear') {
            sites.length = 0;
            return reply({type: 'history_clear', id: msg.id, cleared: true, enabled: true,
                history_note: 'the history file could not be read; it was set aside'});
        }
        const first = msg.final && msg.history !== false && !finals.has(msg.page);
        if (msg.final)
            finals.add(msg.page);
        const b = msg.blocks[0];
        const f = (id, label, start, end) => ({id, block: b.id, start, end, label, rule: label + '.x', severity: 'high',
            explanation: 'e', values: {}, related: []});
        const found = b.text === TEXT ? [f('f0', 'sale', 0, 22), f('f1', 'retention', 23, 48)] : [];
        reply({type: 'result', id: msg.id, page: msg.page, part: 1, parts: 2, language: 'en', findings: found.slice(0, 1),
            summary: null, changes: null});
        reply({type: 'result', id: msg.id, page: msg.page, part: 2, parts: 2, language: 'en', findings: found.slice(1),
            summary: {sale: 'yes', findings: 2}, changes: first ? CHANGES : null});
    };
    fn.seen = [];
    return fn;
}

test('a changed page: changes kept in storage.session, new and reworded findings tagged, badge starred', async () => {
    const host = historyHost();
    const bg = boot({host});
    const {h} = await readPage(bg, TAB(11));
    const stored = bg.session['tab:11'];
    assert.deepEqual(stored.changes.added, ['f1']);
    assert.equal(stored.changes.answers[0].text, 'AI training: only with opt-in → by default');
    const pushed = bg.sent.filter((s) => s.msg.type === 'frame:findings').pop();
    const byId = Object.fromEntries(pushed.msg.findings.map((f) => [f.id, f.change]));
    assert.equal(byId.f1.tag, 'new');
    assert.equal(byId.f1.title, 'New since 10 January 2025');
    assert.equal(byId.f0.tag, 'reworded');
    assert.equal(bg.badges[11], '2*');
    /* a later change on the page (not a first pass) keeps what changed */
    await bg.send({type: 'frame:blocks', page: h.page, full: false, final: false,
        blocks: [{id: 'b1', text: 'New words.'}]}, TAB(11));
    assert.deepEqual(bg.session['tab:11'].changes.added, ['f1']);
    /* a restarted background still has it for the popup and the test hook */
    const again = boot({host, session: bg.session, local: bg.local});
    const popup = await again.send({type: 'popup:get', tabId: 11}, POPUP);
    assert.equal(popup.tab.changes.removed[0].label, 'opt_out');
    const view = plain(await again.ctx.smallprintTest.findings(11));
    assert.deepEqual(view.findings.map((f) => [f.id, f.change]), [['f0', 'reworded'], ['f1', 'added']]);
    assert.equal(view.changes.since, '2025-01-10T12:00:00Z');
});

test('history off in the options: every analyze says history: false', async () => {
    const host = historyHost();
    const bg = boot({host});
    assert.equal((await bg.send({type: 'options:set', settings: {history: false}}, POPUP)).settings.history, false);
    const {h} = await readPage(bg, TAB(12));
    await bg.send({type: 'frame:blocks', page: h.page, full: false, final: false,
        blocks: [{id: 'b1', text: 'New words.'}]}, TAB(12));
    const analyses = host.seen.filter((m) => m.type === 'analyze');
    assert.equal(analyses.length, 2);
    for (const a of analyses) {
        assert.equal(a.history, false);
        assert.equal(a.url, undefined);
    }
    assert.equal(bg.session['tab:12'].changes, null);
    assert.equal(bg.badges[12], '2');
    /* on again: the next page is sent with its address and may be compared */
    await bg.send({type: 'options:set', settings: {history: true}}, POPUP);
    await readPage(bg, TAB(13));
    const last = host.seen.filter((m) => m.type === 'analyze').pop();
    assert.equal(last.history, undefined);
    assert.equal(last.url, 'https://shop.test/privacy');
});

test('options: list, forget a site and clear all through the dispatcher', async () => {
    const host = historyHost();
    const bg = boot({host});
    const list = await bg.send({type: 'options:history'}, POPUP);
    assert.equal(list.enabled, true);
    assert.equal(list.recording, true);
    assert.deepEqual(list.sites.map((s) => s.site), ['https://shop.test']);
    assert.equal(list.sites[0].documents[0].changed_since, '2025-01-10T12:00:00Z');
    const forgot = await bg.send({type: 'options:history-forget', site: 'https://shop.test'}, POPUP);
    assert.deepEqual([forgot.site, forgot.forgotten], ['https://shop.test', 1]);
    assert.deepEqual((await bg.send({type: 'options:history'}, POPUP)).sites, []);
    const cleared = await bg.send({type: 'options:history-clear'}, POPUP);
    assert.equal(cleared.cleared, true);
    assert.match(cleared.note, /set aside/);
    assert.deepEqual(host.seen.filter((m) => m.type.startsWith('history_')).map((m) => m.type),
        ['history_list', 'history_forget', 'history_list', 'history_clear']);
    /* content scripts may not ask, and a site must be a string */
    assert.equal(await bg.send({type: 'options:history-clear'}, TAB(1)), 'no answer');
    assert.equal(await bg.send({type: 'options:history-forget', site: 5}, POPUP), 'no answer');
});

test('options: history unavailable (error 15) and a missing host are said plainly', async () => {
    const bg = boot({host: historyHost({broken: true})});
    const r = await bg.send({type: 'options:history'}, POPUP);
    assert.equal(r.reason, 'unavailable');
    assert.match(r.error, /cannot use its page history just now: history: the file is locked by another host/);
    const c = await bg.send({type: 'options:history-clear'}, POPUP);
    assert.equal(c.reason, 'unavailable');
    /* the host is still there for pages */
    const {r: page} = await readPage(bg, TAB(14));
    assert.deepEqual(page, {ok: true});

    const none = boot({host: historyHost(), missing: true});
    const m = await none.send({type: 'options:history'}, POPUP);
    assert.equal(m.reason, 'missing');
    assert.match(m.error, /not installed for this browser/);
    assert.match(m.error, /make install/);
});

/* A host whose first finding names the second as related (an opt-out and
   the exception that limits it). */
function relatedHost(msg, reply) {
    if (msg.type === 'hello')
        return goodHost(msg, reply);
    const b = msg.blocks[0];
    reply({type: 'result', id: msg.id, page: msg.page, part: 1, parts: 1, partial: false, language: 'en', summary: null,
        findings: [{id: 'f0', block: b.id, start: 0, end: 22, label: 'opt_out', rule: 'opt_out.x', severity: 'info',
            explanation: 'e', values: {}, related: ['f1', 'nowhere']},
        {id: 'f1', block: b.id, start: 23, end: 48, label: 'opt_out_exception', rule: 'opt_out_exception.x',
            severity: 'medium', explanation: 'e', values: {}, related: []}]});
}

test('findings reach the frame with their related findings named, and "show on page" goes to that frame', async () => {
    const bg = boot({host: relatedHost});
    await readPage(bg, TAB(20));
    const pushed = bg.sent.filter((s) => s.msg.type === 'frame:findings').pop().msg;
    const f0 = pushed.findings.find((f) => f.id === 'f0');
    /* an id the reply does not hold is dropped; the other says what it is and that it is in this frame */
    assert.deepEqual(f0.related, [{id: 'f1', label: 'opt_out_exception', here: true}]);
    assert.deepEqual(pushed.exceptions.map((e) => e.id), ['f1']);
    assert.deepEqual(await bg.send({type: 'popup:show', tabId: 20, id: 'f1'}, POPUP), {ok: true});
    const show = bg.sent.filter((s) => s.msg.type === 'frame:show').pop();
    assert.deepEqual([show.msg.id, show.frameId], ['f1', 0]);
    assert.match((await bg.send({type: 'popup:show', tabId: 20, id: 'gone'}, POPUP)).error, /no longer on the page/);
});

test('the popup switch turns smallprint off for a site, and on again', async () => {
    const bg = boot({host: goodHost});
    const {h} = await readPage(bg, TAB(21));
    assert.equal((await bg.send({type: 'popup:get', tabId: 21}, POPUP)).siteEnabled, true);
    assert.deepEqual(await bg.send({type: 'popup:site', tabId: 21, enabled: false}, POPUP), {ok: true});
    assert.deepEqual(bg.local.settings.neverSites, ['shop.test']);
    /* the page is cleared, its findings forgotten, the badge empty */
    assert.ok(bg.sent.some((s) => s.msg.type === 'frame:clear' && s.msg.page === h.page));
    assert.equal(bg.session['tab:21'].status, 'off');
    assert.deepEqual(bg.session['tab:21'].findings, []);
    assert.equal(bg.badges[21], '');
    const pop = await bg.send({type: 'popup:get', tabId: 21}, POPUP);
    assert.deepEqual([pop.site, pop.siteEnabled], ['shop.test', false]);
    assert.match((await bg.send({type: 'popup:analyze', tabId: 21}, POPUP)).error, /off for this site/);
    /* the next page of the site (and of its subdomains) is not read */
    const off = await bg.send(HELLO, TAB(22));
    assert.deepEqual([off.analyze, off.off], [false, true]);
    const sub = await bg.send(Object.assign({}, HELLO, {url: 'https://help.shop.test/terms'}), TAB(23));
    assert.equal(sub.analyze, false);
    /* on again: a policy page is read at once */
    const starts = () => bg.sent.filter((s) => s.msg.type === 'frame:start' && s.tabId === 21 && s.msg.again).length;
    assert.equal(starts(), 0);
    assert.deepEqual(await bg.send({type: 'popup:site', tabId: 21, enabled: true}, POPUP), {ok: true});
    assert.deepEqual(bg.local.settings.neverSites, []);
    assert.equal(starts(), 1);
    assert.equal(bg.session['tab:21'].status, 'reading');
    assert.equal((await bg.send(HELLO, TAB(24))).analyze, true);
});

test('options: a label switched off is hidden on every page, and "only on click" waits for the person', async () => {
    const bg = boot({host: goodHost});
    await readPage(bg, TAB(25));
    const settings = (await bg.send({type: 'options:get'}, POPUP)).settings;
    settings.labels.sale = false;
    await bg.send({type: 'options:set', settings}, POPUP);
    /* the open tab is redrawn without it at once */
    const pushed = bg.sent.filter((s) => s.msg.type === 'frame:findings' && s.tabId === 25).pop().msg;
    assert.deepEqual(pushed.findings.map((f) => f.label), ['retention']);
    assert.equal(bg.badges[25], '1');
    assert.deepEqual(plain(await bg.ctx.smallprintTest.findings(25)).findings.map((f) => f.label), ['retention']);
    const pop = await bg.send({type: 'popup:get', tabId: 25}, POPUP);
    assert.deepEqual([pop.tab.findings.length, pop.tab.hiddenCount], [1, 1]);

    settings.mode = 'click';
    await bg.send({type: 'options:set', settings}, POPUP);
    const h = await bg.send(HELLO, TAB(26));
    assert.deepEqual([h.analyze, h.off], [false, false]);
    assert.equal(bg.session['tab:26'].status, 'idle');
    assert.deepEqual(await bg.send({type: 'popup:analyze', tabId: 26}, POPUP), {ok: true});
    assert.ok(bg.sent.some((s) => s.tabId === 26 && s.msg.type === 'frame:start' && s.msg.page === h.page));
});

test('in a private window, findings marked wrong or dismissed are kept for the session only', async () => {
    const bg = boot({host: goodHost});
    await readPage(bg, TAB(27, {incognito: true}));
    assert.deepEqual(await bg.send({type: 'popup:feedback', tabId: 27, id: 'f0', verdict: 'wrong'}, POPUP), {ok: true});
    assert.equal(bg.local.feedback, undefined);
    assert.equal(bg.session.feedback.length, 1);
    assert.deepEqual(plain(await bg.ctx.smallprintTest.findings(27)).findings.map((f) => f.id), ['f1']);
    assert.equal((await bg.send({type: 'options:export'}, POPUP)).count, 0);
});
