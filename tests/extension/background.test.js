/* The background under Node: background.js and its plain scripts run in a
   vm context with a fake `chrome` (storage, tabs, action, and a native port
   whose host is simulated here). Checks the dispatcher, hello refusal,
   split replies, private windows, reconnects, a missing host, and that a
   restarted background loses nothing. */
'use strict';
const test = require('node:test');
const assert = require('node:assert/strict');
const fs = require('node:fs');
const path = require('node:path');
const vm = require('node:vm');
const {EXT} = require('./helpers.js');

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

/* host(msg, reply, port) simulates the native host. */
function boot({session = {}, local = {}, host, missing = false} = {}) {
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
        storage: {session: makeStore(session), local: makeStore(local), managed: makeStore({}),
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
        crypto: require('node:crypto').webcrypto, URL, Uint32Array});
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
