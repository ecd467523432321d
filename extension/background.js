/*
 * background.js - smallprint's background: one dispatcher, one native port,
 * per-tab state, the badge.
 *
 * Chromium runs this file as the service worker and loads the shared plain
 * scripts with importScripts(); Firefox runs it as an event page after the
 * same scripts, listed before it in manifest.json's background.scripts.
 * Either can be stopped at any time: everything a tab needs (its page id,
 * findings, summary, status) lives in storage.session under "tab:<id>", and
 * only the native port and in-flight requests live in memory. A request cut
 * off by a restart fails in the content script, which sends its blocks
 * again; a page whose host connection changed is read again in full.
 */
'use strict';

if (typeof importScripts === 'function')
    importScripts('lib/define.js', 'lib/labels.js', 'lib/protocol.js', 'lib/summary.js', 'lib/settings.js',
        'lib/dispatch.js', 'platform.js');

const {platform, protocol, summary: words, settings: prefs, dispatch} = globalThis.smallprint;
const SELF = {id: platform.id, origin: platform.origin};

const HELLO_TIMEOUT_MS = 10000;
const REQUEST_TIMEOUT_MS = 30000;
const RETRY_AFTER_FAILURE_MS = 5000;  /* a missing host is not asked again more often */
const MAX_BLOCK_ID = 200;             /* host: ids up to 256 bytes; we add "<frame>:" */
const MAX_BLOCKS_PER_MESSAGE = 200000;

function log(...args) {
    console.warn('smallprint:', ...args);
}

/* ------------------------------------------------------------------------
 * Listeners: registered synchronously at the top, before any await, so a
 * restarted service worker or event page gets the event that woke it.
 * --------------------------------------------------------------------- */
platform.onMessage(dispatcher);
platform.onMessageExternal((msg, sender) =>
    log('dropped a message from outside the extension:', (sender && (sender.id || sender.url)) || 'unknown sender'));
platform.onTabRemoved((tabId) => {
    platform.session.remove('tab:' + tabId).catch((e) => log('could not forget tab', tabId, e.message));
});

/* ------------------------------------------------------------------------
 * The dispatcher: every runtime message passes here; anything not on the
 * allowlist (lib/dispatch.js) is dropped and logged, and gets no answer.
 * --------------------------------------------------------------------- */
const HANDLERS = {
    'frame:hello': onFrameHello,
    'frame:blocks': onFrameBlocks,
    'frame:shown': onFrameShown,
    'frame:feedback': (msg, sender) => onFeedback(sender.tab.id, msg.id, msg.verdict, msg.page),
    'popup:get': (msg) => popupState(msg.tabId),
    'popup:analyze': (msg) => analyzeOnClick(msg.tabId),
    'popup:show': (msg) => showOnPage(msg.tabId, msg.id),
    'popup:site': (msg) => setSiteEnabled(msg.tabId, msg.enabled),
    'popup:feedback': (msg) => onFeedback(msg.tabId, msg.id, msg.verdict, null),
    'options:get': () => optionsState(),
    'options:set': (msg) => saveSettings(msg.settings),
    'options:export': () => exportWrong(),
    'options:forget': () => forgetFeedback(),
    'test:findings': (msg) => testFindings(msg.tabId !== undefined ? msg.tabId : msg.url),
    'test:page': (msg, sender) => testFromPage(sender),
};

function dispatcher(msg, sender) {
    const verdict = dispatch.check(msg, sender, SELF);
    if (!verdict.ok) {
        log('dropped a message:', verdict.reason);
        return undefined;
    }
    return HANDLERS[msg.type](msg, sender);
}

/* ------------------------------------------------------------------------
 * Per-tab state in storage.session. Updates of one tab are serialised so
 * two frames answering at once cannot overwrite each other.
 * --------------------------------------------------------------------- */
const tabLocks = new Map();

async function getTabState(tabId) {
    const key = 'tab:' + tabId;
    const got = await platform.session.get(key);
    return got[key] || null;
}

/* Run fn(state) -> state under the tab's lock and store what it returns
   (null removes the state). Returns the stored state. */
function updateTab(tabId, fn) {
    const prev = tabLocks.get(tabId) || Promise.resolve();
    const next = prev.catch(() => {}).then(async () => {
        const key = 'tab:' + tabId;
        const st = await getTabState(tabId);
        const out = await fn(st);
        if (out === null)
            await platform.session.remove(key);
        else if (out !== undefined)
            await platform.session.set({[key]: out});
        return out === undefined ? st : out;
    });
    tabLocks.set(tabId, next);
    next.finally(() => {
        if (tabLocks.get(tabId) === next)
            tabLocks.delete(tabId);
    }).catch(() => {});
    return next;
}

async function allTabStates() {
    const all = await platform.session.get(null);
    const out = [];
    for (const [k, v] of Object.entries(all))
        if (k.startsWith('tab:'))
            out.push([Number(k.slice(4)), v]);
    return out;
}

/* ------------------------------------------------------------------------
 * Settings and feedback (storage.local; private windows keep their
 * feedback in storage.session only, so it is gone with the session).
 * --------------------------------------------------------------------- */
async function loadSettings() {
    const got = await platform.local.get('settings');
    return prefs.normalize(got.settings);
}

async function saveSettings(raw) {
    const s = prefs.normalize(raw);
    await platform.local.set({settings: s});
    await refreshAllTabs();
    return {settings: s};
}

async function loadFeedback(isPrivate) {
    const local = (await platform.local.get('feedback')).feedback || [];
    if (!isPrivate)
        return local;
    const session = (await platform.session.get('feedback')).feedback || [];
    return local.concat(session);
}

/* The findings a person sees on a tab: labels switched on, minus the ones
   they dismissed or marked wrong on this site. */
function visibleFindings(st, settings, feedback) {
    const site = prefs.siteOf(st.url) || '';
    const hidden = new Set(feedback.filter((e) => e.site === site).map((e) => e.key));
    return st.findings.filter((f) => settings.labels[f.label] !== false && !hidden.has(prefs.feedbackKey(site, f)));
}

/* ------------------------------------------------------------------------
 * The native host: one port, opened on demand, hello first, replies in
 * request order. A port that drops is opened again by the next request;
 * requests in flight when it dropped are failed (their senders retry).
 * --------------------------------------------------------------------- */
const host = {
    port: null,
    conn: 0,                  /* which connection this is; a new one forgets every page */
    hello: null,              /* promise of the checked hello reply */
    helloWaiter: null,
    status: {state: 'unknown', message: ''},
    info: null,
    pending: new Map(),       /* JSON id -> {resolve, reject, timer} */
    assembler: new protocol.ReplyAssembler(),
    nextId: 1,
    failedAt: 0,
};

/* A connection's name in stored tab state: unique across restarts of the
   background too (a restarted one counts from 1 again), because a new host
   process knows none of the pages the old one was told about. */
const BOOT = (() => {
    const r = new Uint32Array(2);
    crypto.getRandomValues(r);
    return r[0].toString(36) + r[1].toString(36);
})();

function connKey(n) {
    return BOOT + '.' + n;
}

class HostError extends Error {
    constructor(state, message) {
        super(message);
        this.state = state;
    }
}

function hostGoneState(why) {
    if (/not found|No such native application|not registered/i.test(why))
        return 'host-missing';
    return 'host-failed';
}

function hostMessageFor(state, why) {
    const install = ' From the smallprint clone run `' + protocol.INSTALL_COMMAND + '`, or run `' +
        protocol.INSTALL_SCRIPT + '`, then reload this page.';
    if (state === 'host-missing')
        return 'smallprint’s helper program (smallprint-host) is not installed for this browser.' + install +
            ' (The browser said: ' + why + ')';
    return 'smallprint’s helper program stopped working: ' + why + install;
}

function hostConnect() {
    const conn = ++host.conn;
    host.assembler.clear();
    host.info = null;
    host.hello = new Promise((resolve, reject) => {
        host.helloWaiter = {resolve, reject, id: null, timer: null};
    });
    host.hello.catch(() => {}); /* callers see the failure through hostReady */
    try {
        host.port = platform.connectNative(protocol.HOST_NAME, {
            onMessage: (m) => {
                if (conn === host.conn)
                    onHostMessage(m);
            },
            onDisconnect: (why) => {
                if (conn === host.conn)
                    onHostGone(why);
            },
        });
    } catch (e) {
        onHostGone(e.message);
        return;
    }
    const id = host.nextId++;
    host.helloWaiter.id = id;
    host.helloWaiter.timer = setTimeout(() => {
        if (conn === host.conn && host.helloWaiter)
            onHostGone('it did not answer hello within ' + HELLO_TIMEOUT_MS / 1000 + ' s');
    }, HELLO_TIMEOUT_MS);
    try {
        host.port.post({type: 'hello', id, protocol: protocol.PROTOCOL_VERSION});
    } catch (e) {
        onHostGone(e.message);
    }
}

function closePort() {
    const p = host.port;
    host.port = null;
    host.conn++; /* whatever the old port still says is ignored */
    if (p)
        try {
            p.close();
        } catch (e) {
            /* already gone */
        }
}

function onHostMessage(m) {
    if (!m || typeof m !== 'object') {
        log('host sent something that is not an object');
        return;
    }
    const w = host.helloWaiter;
    if (w && m.id === w.id) {
        host.helloWaiter = null;
        clearTimeout(w.timer);
        const h = protocol.checkHello(m);
        if (!h.ok) {
            /* refuse a host we cannot speak with: close the port, keep the reason */
            host.status = {state: h.status === 'incompatible' ? 'incompatible' : 'host-failed', message: h.message};
            host.failedAt = Date.now();
            closePort();
            w.reject(new HostError(host.status.state, h.message));
            return;
        }
        host.info = h;
        host.status = h.rulesError ? {state: 'rules', message: 'The smallprint host has no usable rules: ' +
            h.rulesError} : {state: 'ok', message: h.host + ' ' + h.version};
        w.resolve(h);
        return;
    }
    const key = JSON.stringify(m.id === undefined ? null : m.id);
    if (m.type === 'result') {
        const p = host.pending.get(key);
        let whole;
        try {
            whole = host.assembler.add(m);
        } catch (e) {
            if (p)
                settle(key, null, new HostError('host-failed', e.message));
            log(e.message);
            return;
        }
        if (whole && p)
            settle(key, whole, null);
        else if (whole)
            log('a result for a request nobody waits for:', key);
        return;
    }
    if (m.type === 'error') {
        /* id null: the host could not read the request's id; replies come in
           order, so it is the oldest one waiting */
        const k = m.id === null || m.id === undefined ? host.pending.keys().next().value : key;
        const state = m.code === 13 ? 'rules' : m.code === 14 ? 'incompatible' : 'host-error';
        if (m.code === 13 || m.code === 14)
            host.status = {state, message: String(m.message || '')};
        if (k !== undefined && host.pending.has(k))
            settle(k, null, new HostError(state, 'host error ' + m.code + ': ' + m.message));
        else
            log('host error for no waiting request:', m.code, m.message);
        return;
    }
    log('host sent an unknown message type:', String(m.type).slice(0, 40));
}

function settle(key, value, err) {
    const p = host.pending.get(key);
    if (!p)
        return;
    host.pending.delete(key);
    clearTimeout(p.timer);
    host.assembler.drop(JSON.parse(key));
    if (err)
        p.reject(err);
    else
        p.resolve(value);
}

function onHostGone(why) {
    const hadHello = !!host.info;
    const state = hadHello ? 'host-failed' : hostGoneState(why);
    host.status = {state, message: hostMessageFor(state, why)};
    host.failedAt = Date.now();
    host.port = null;
    host.info = null;
    host.conn++;
    const w = host.helloWaiter;
    host.helloWaiter = null;
    if (w) {
        clearTimeout(w.timer);
        w.reject(new HostError(state, host.status.message));
    }
    for (const key of Array.from(host.pending.keys()))
        settle(key, null, new HostError(state, host.status.message));
    log('native host connection closed:', why);
}

/* Resolve with the hello info once a port is open and hello checked. */
async function hostReady(force) {
    if (!host.port) {
        if (!force && host.failedAt && Date.now() - host.failedAt < RETRY_AFTER_FAILURE_MS)
            throw new HostError(host.status.state, host.status.message);
        hostConnect();
    }
    return host.hello;
}

/* Send one request; resolve {result, conn} with the whole (reassembled)
   result, or reject with a HostError. */
async function hostRequest(body) {
    await hostReady(false);
    const conn = host.conn;
    const id = host.nextId++;
    const key = JSON.stringify(id);
    return new Promise((resolve, reject) => {
        const timer = setTimeout(() => settle(key, null, new HostError('host-failed',
            'The smallprint host did not answer within ' + REQUEST_TIMEOUT_MS / 1000 + ' s.')), REQUEST_TIMEOUT_MS);
        host.pending.set(key, {resolve: (r) => resolve({result: r, conn: connKey(conn)}), reject, timer});
        try {
            host.port.post(Object.assign({id}, body));
        } catch (e) {
            settle(key, null, new HostError('host-failed', 'Could not send to the smallprint host: ' + e.message));
        }
    });
}

/* ------------------------------------------------------------------------
 * Pages: a top frame's hello starts a page; its frames send blocks.
 * --------------------------------------------------------------------- */
function newPageId(tabId) {
    const r = new Uint32Array(2);
    crypto.getRandomValues(r);
    return 't' + tabId + '-' + r[0].toString(36) + r[1].toString(36);
}

async function onFrameHello(msg, sender) {
    const tabId = sender.tab.id;
    if (!msg.top) {
        const st = await getTabState(tabId);
        const live = st && (st.status === 'reading' || st.status === 'done') && msg.sameOrigin;
        return {page: st ? st.page : null, analyze: !!live};
    }
    if (sender.frameId !== 0)
        return {page: null, analyze: false};
    const settings = await loadSettings();
    const d = prefs.decide(settings, msg.url, msg.kind);
    const page = newPageId(tabId);
    const isPrivate = !!sender.tab.incognito;
    const st = protocol.newPageState({page, url: msg.url, title: msg.title.slice(0, 500), kind: msg.kind,
        kinds: msg.kinds.filter((k) => typeof k === 'string').slice(0, 8), private: isPrivate,
        status: d.allowed ? (d.auto ? 'reading' : 'idle') : 'off', frames: [], shown: {}, missing: {}});
    await updateTab(tabId, () => st);
    await refreshBadge(tabId, st);
    if (d.auto)
        /* child frames that said hello before the top frame start now */
        setTimeout(() => platform.sendToTab(tabId, {type: 'frame:start', page}).catch((e) => log(e.message)), 0);
    return {page, analyze: d.auto, off: !d.allowed, kind: msg.kind};
}

function cleanBlocks(list, frameId) {
    if (list.length > MAX_BLOCKS_PER_MESSAGE)
        throw new Error('too many blocks in one message');
    const out = [];
    for (const b of list) {
        if (!b || typeof b.id !== 'string' || typeof b.text !== 'string' || !b.id || b.id.length > MAX_BLOCK_ID)
            throw new Error('a block must be {id, text} with a short id');
        out.push({id: frameId + ':' + b.id, text: protocol.wellFormed(b.text)});
    }
    return out;
}

async function onFrameBlocks(msg, sender) {
    const tabId = sender.tab.id, frameId = sender.frameId;
    let st = await getTabState(tabId);
    if (!st || st.page !== msg.page)
        return {stale: true};
    if (st.status === 'off')
        return {off: true};
    const blocks = cleanBlocks(msg.blocks, frameId);
    try {
        await hostReady(false);
    } catch (e) {
        await failTab(tabId, msg.page, e);
        return {error: e.message};
    }
    /* The host remembers pages per connection: on a new one, every frame of
       the page sends everything again and old findings go. */
    if (st.conn !== connKey(host.conn)) {
        const first = st.conn === null;
        const conn = connKey(host.conn);
        st = await updateTab(tabId, (s) => {
            if (!s || s.page !== msg.page)
                return undefined;
            if (s.conn !== conn) {
                s.conn = conn;
                if (!first) {
                    s.findings = [];
                    s.summary = null;
                    s.language = null;
                    s.shown = {};
                }
            }
            return s;
        });
        if (!first) {
            platform.sendToTab(tabId, {type: 'frame:resend', page: msg.page}).catch((e) => log(e.message));
            if (!msg.full)
                return {resend: true};
        }
    }
    await updateTab(tabId, (s) => {
        if (!s || s.page !== msg.page)
            return undefined;
        if (!s.frames.includes(frameId))
            s.frames.push(frameId);
        s.status = 'reading';
        s.error = null;
        return s;
    });
    const batches = protocol.makeBatches(blocks);
    for (let i = 0; i < batches.length; i++) {
        const sent = new Map(batches[i].map((b) => [b.id, b.text]));
        const req = {type: 'analyze', page: msg.page, final: msg.final && i === batches.length - 1, blocks: batches[i]};
        if (st.private)
            req.history = false; /* private window: the host records nothing; url and title stay here */
        else {
            req.url = st.url;
            req.title = st.title;
        }
        let answer;
        try {
            answer = await hostRequest(req);
        } catch (e) {
            await failTab(tabId, msg.page, e);
            return {error: e.message};
        }
        const done = i === batches.length - 1;
        const ns = await updateTab(tabId, (s) => {
            if (!s || s.page !== msg.page || s.conn !== answer.conn)
                return undefined; /* the page or the connection changed meanwhile */
            protocol.applyResult(s, answer.result, sent);
            if (done)
                s.status = 'done';
            s.updated = Date.now();
            return s;
        });
        if (!ns || ns.page !== msg.page || ns.conn !== answer.conn)
            return {stale: true};
        await pushFindings(tabId, ns);
    }
    return {ok: true};
}

async function failTab(tabId, page, err) {
    const state = err instanceof HostError ? err.state : 'host-failed';
    const st = await updateTab(tabId, (s) => {
        if (!s || s.page !== page)
            return undefined;
        s.status = ['host-missing', 'incompatible', 'rules'].includes(state) ? state : 'host-failed';
        s.error = err.message;
        return s;
    });
    if (st)
        await refreshBadge(tabId, st);
}

async function onFrameShown(msg, sender) {
    const frameId = String(sender.frameId);
    const ids = (list) => list.filter((x) => typeof x === 'string').slice(0, 100000);
    await updateTab(sender.tab.id, (s) => {
        if (!s || s.page !== msg.page)
            return undefined;
        /* per frame: each frame reports what it drew of its own findings */
        s.shown = Object.assign({}, s.shown, {[frameId]: ids(msg.shown)});
        s.missing = Object.assign({}, s.missing, {[frameId]: ids(msg.missing)});
        return s;
    });
    return {ok: true};
}

function splitId(id) {
    const i = id.indexOf(':');
    return {frameId: Number(id.slice(0, i)), local: id.slice(i + 1)};
}

/* Send each frame its visible findings (all of them: the content script
   redraws), and set the badge. */
async function pushFindings(tabId, st) {
    const settings = await loadSettings();
    const visible = visibleFindings(st, settings, await loadFeedback(st.private));
    const byId = new Map(st.findings.map((f) => [f.id, f]));
    const exceptions = visible.filter((f) => f.label === 'opt_out_exception').map((f) => ({id: f.id, text: f.text}));
    for (const frameId of st.frames) {
        const prefix = frameId + ':';
        const mine = visible.filter((f) => f.block.startsWith(prefix)).map((f) => Object.assign({}, f, {
            block: f.block.slice(prefix.length),
            related: f.related.filter((r) => byId.has(r)).map((r) => ({id: r, label: byId.get(r).label,
                here: byId.get(r).block.startsWith(prefix)})),
        }));
        await platform.sendToTab(tabId, {type: 'frame:findings', page: st.page, kind: st.kind, kinds: st.kinds || [],
            findings: mine, exceptions, language: st.language}, frameId).catch((e) => log(e.message));
    }
    await refreshBadge(tabId, st, visible);
}

async function refreshBadge(tabId, st, visible) {
    let v = visible;
    if (!v && st && st.findings.length) {
        const settings = await loadSettings();
        v = visibleFindings(st, settings, await loadFeedback(st.private));
    }
    await platform.setBadge(tabId, words.badge(st, v)).catch((e) => log('badge:', e.message));
}

async function refreshAllTabs() {
    for (const [tabId, st] of await allTabStates())
        if (st.status === 'done')
            await pushFindings(tabId, st);
}

/* ------------------------------------------------------------------------
 * Popup and options.
 * --------------------------------------------------------------------- */
async function popupState(tabId) {
    const st = await getTabState(tabId);
    const settings = await loadSettings();
    if (host.status.state === 'unknown' || (!host.port && host.status.state !== 'ok'))
        await hostReady(true).catch(() => {}); /* so the popup can say whether the host works */
    const site = st ? prefs.siteOf(st.url) : null;
    let view = null;
    if (st) {
        const feedback = await loadFeedback(st.private);
        const visible = visibleFindings(st, settings, feedback);
        view = Object.assign({}, st, {findings: visible, hiddenCount: st.findings.length - visible.length});
    }
    return {tab: view, site, siteEnabled: site ? !prefs.siteListed(settings.neverSites, st.url) : false,
        mode: settings.mode, host: host.status, hostInfo: host.info,
        install: {command: protocol.INSTALL_COMMAND, script: protocol.INSTALL_SCRIPT}};
}

async function analyzeOnClick(tabId) {
    const st = await getTabState(tabId);
    if (!st)
        return {error: 'smallprint cannot read this page. If it was open before smallprint was installed, reload it.'};
    if (st.status === 'off')
        return {error: 'smallprint is off for this site.'};
    try {
        await hostReady(true);
    } catch (e) {
        await failTab(tabId, st.page, e);
        return {error: e.message};
    }
    await updateTab(tabId, (s) => {
        if (s && s.page === st.page)
            s.status = 'reading';
        return s || undefined;
    });
    const reply = await platform.sendToTab(tabId, {type: 'frame:start', page: st.page});
    if (reply === undefined)
        return {error: 'smallprint cannot read this page. Reload it and try again.'};
    return {ok: true};
}

async function showOnPage(tabId, id) {
    const st = await getTabState(tabId);
    const f = st && st.findings.find((x) => x.id === id);
    if (!f)
        return {error: 'That finding is no longer on the page.'};
    const {frameId} = splitId(f.block);
    const reply = await platform.sendToTab(tabId, {type: 'frame:show', page: st.page, id}, frameId);
    return reply || {error: 'The page did not answer. Reload it and try again.'};
}

async function setSiteEnabled(tabId, enabled) {
    const st = await getTabState(tabId);
    const site = st && prefs.siteOf(st.url);
    if (!site)
        return {error: 'smallprint does not run on this kind of page.'};
    const settings = await loadSettings();
    /* turning a site back on removes it and any parent domain that covered it */
    settings.neverSites = settings.neverSites.filter((s) => !(site === s || site.endsWith('.' + s)));
    if (!enabled)
        settings.neverSites.push(site);
    await platform.local.set({settings: prefs.normalize(settings)});
    if (!enabled) {
        const ns = await updateTab(tabId, (s) => {
            if (!s)
                return undefined;
            s.status = 'off';
            s.findings = [];
            s.summary = null;
            s.shown = {};
            return s;
        });
        await platform.sendToTab(tabId, {type: 'frame:clear', page: st.page}).catch((e) => log(e.message));
        await refreshBadge(tabId, ns);
        return {ok: true};
    }
    const d = prefs.decide(prefs.normalize(settings), st.url, st.kind);
    await updateTab(tabId, (s) => {
        if (s)
            s.status = 'idle';
        return s || undefined;
    });
    if (d.auto)
        return analyzeOnClick(tabId);
    await refreshBadge(tabId, await getTabState(tabId));
    return {ok: true};
}

async function onFeedback(tabId, id, verdict, page) {
    const st = await getTabState(tabId);
    if (!st || (page !== null && st.page !== page))
        return {stale: true};
    const frameFinding = page !== null ? st.findings.find((x) => x.id === id) : null;
    const f = frameFinding || st.findings.find((x) => x.id === id);
    if (!f)
        return {error: 'That finding is no longer on the page.'};
    const site = prefs.siteOf(st.url) || '';
    const area = st.private ? platform.session : platform.local;
    const list = (await area.get('feedback')).feedback || [];
    const key = prefs.feedbackKey(site, f);
    const next = verdict === 'undo' ? list.filter((e) => e.key !== key)
        : prefs.addFeedback(list, prefs.makeFeedback(verdict, site, f, Date.now()));
    await area.set({feedback: next});
    await pushFindings(tabId, st);
    return {ok: true};
}

async function optionsState() {
    const settings = await loadSettings();
    const list = (await platform.local.get('feedback')).feedback || [];
    return {settings, dismissed: list.filter((e) => e.kind === 'dismiss').length,
        wrong: list.filter((e) => e.kind === 'wrong').length, host: host.status};
}

async function exportWrong() {
    const list = (await platform.local.get('feedback')).feedback || [];
    const wrong = list.filter((e) => e.kind === 'wrong');
    return {count: wrong.length, text: prefs.exportWrong(list)};
}

async function forgetFeedback() {
    await platform.local.remove('feedback');
    await platform.session.remove('feedback');
    await refreshAllTabs();
    return {ok: true};
}

/* ------------------------------------------------------------------------
 * Test hook (docs/TESTING.md): what a person would see on a tab. Chromium
 * tests call smallprintTest.findings(tabId) through Playwright's
 * serviceWorker.evaluate; Firefox tests send {type: 'test:findings'} from
 * an extension page opened over WebDriver BiDi. Read-only.
 * --------------------------------------------------------------------- */
async function testFindings(tabOrUrl) {
    let entry;
    const all = await allTabStates();
    if (typeof tabOrUrl === 'number')
        entry = all.find(([id]) => id === tabOrUrl);
    else
        entry = all.filter(([, s]) => s.url === tabOrUrl).sort((a, b) => b[1].updated - a[1].updated)[0];
    if (!entry)
        return {tabId: null, status: 'none', findings: []};
    const [tabId, st] = entry;
    const settings = await loadSettings();
    const visible = visibleFindings(st, settings, await loadFeedback(st.private));
    const shown = new Set(Object.values(st.shown || {}).flat());
    return {
        tabId, url: st.url, page: st.page, status: st.status, error: st.error, language: st.language,
        kind: st.kind, summary: st.summary, partial: st.partial,
        findings: visible.map((f) => ({id: f.id, label: f.label, severity: f.severity, text: f.text, phrase: f.phrase,
            rule: f.rule, values: f.values, shown: shown.has(f.id)})),
    };
}

/* The same, asked for by a page's content script: only when managed
   storage turns the test hook on (a test profile; never a web page). */
async function testFromPage(sender) {
    if (!(await platform.testHookEnabled())) {
        log('dropped test:page: the test hook is off');
        return undefined;
    }
    return testFindings(sender.tab.id);
}

globalThis.smallprintTest = Object.freeze({
    findings: testFindings,
    async tabs() {
        return (await allTabStates()).map(([tabId, s]) => ({tabId, url: s.url, status: s.status,
            findings: s.findings.length}));
    },
    host() {
        return {status: host.status, info: host.info, connected: !!host.port};
    },
});
