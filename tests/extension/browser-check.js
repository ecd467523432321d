#!/usr/bin/env node
/*
 * browser-check.js - load the unpacked extension in real headless browsers
 * with the real host, open a few pages of our own, and check what a person
 * would see. A short proof, not the end-to-end suite.
 *
 *   node tests/extension/browser-check.js [chromium|firefox|all]
 *
 * Needs `make` first (build/smallprint-host), Debian's chromium and
 * firefox-esr, and the npm devDependencies. Writes screenshots and browser
 * profiles under build/extension-check/ (TMPDIR is pointed there too).
 * Exits 1 on the first failed check.
 */
'use strict';
const fs = require('node:fs');
const http = require('node:http');
const path = require('node:path');
const {spawn} = require('node:child_process');

const ROOT = path.join(__dirname, '..', '..');
const EXT = path.join(ROOT, 'extension');
const HOST = path.join(ROOT, 'build', 'smallprint-host');
const PAGES = path.join(__dirname, 'pages');
const OUT = path.join(ROOT, 'build', 'extension-check');
const CHROMIUM = process.env.CHROMIUM || '/usr/lib/chromium/chromium';
const FIREFOX = process.env.FIREFOX || 'firefox-esr';
const CHROMIUM_ID = 'cbabilmjaaoiidfcdpdmjgdipnjaapan';
const GECKO_ID = JSON.parse(fs.readFileSync(path.join(EXT, 'manifest.json'), 'utf8')).browser_specific_settings.gecko.id;
const FIREFOX_UUID = '5ba11e57-0000-4000-8000-00000000c0de';

let failures = 0;
const logs = []; /* browser console lines, printed when a check fails */
function check(ok, what, detail) {
    console.log((ok ? 'ok    ' : 'FAIL  ') + what + (detail !== undefined ? '  ' + JSON.stringify(detail).slice(0, 300) : ''));
    if (!ok)
        failures++;
    return ok;
}

function sleep(ms) {
    return new Promise((r) => setTimeout(r, ms));
}

/* Poll fn until it returns something truthy, or give up after ms. */
async function until(fn, ms, what) {
    const end = Date.now() + ms;
    let last;
    while (Date.now() < end) {
        try {
            last = await fn();
            if (last)
                return last;
        } catch (e) {
            last = e.message;
        }
        await sleep(200);
    }
    throw new Error('timed out waiting for ' + what + ' (last: ' + JSON.stringify(last).slice(0, 200) + ')');
}

function serve() {
    const server = http.createServer((req, res) => {
        const name = path.basename(new URL(req.url, 'http://x').pathname) || 'privacy.html';
        const file = path.join(PAGES, name);
        if (!file.startsWith(PAGES) || !fs.existsSync(file)) {
            res.writeHead(404).end('not found');
            return;
        }
        res.writeHead(200, {'content-type': 'text/html; charset=utf-8'});
        res.end(fs.readFileSync(file));
    });
    return new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve(server)));
}

function hostManifest(extra) {
    return JSON.stringify(Object.assign({name: 'org.smallprint.host', description: 'smallprint host (test)',
        path: HOST, type: 'stdio'}, extra), null, 2);
}

function fresh(dir) {
    fs.rmSync(dir, {recursive: true, force: true});
    fs.mkdirSync(dir, {recursive: true});
    return dir;
}

/* ------------------------------------------------------------------ Chromium */

async function chromiumRun(base) {
    const {chromium} = require('playwright-core');
    const work = fresh(path.join(OUT, 'chromium'));
    const tmp = fresh(path.join(work, 'tmp'));
    const launch = async (withHost, name) => {
        const udd = fresh(path.join(work, name));
        if (withHost) {
            fs.mkdirSync(path.join(udd, 'NativeMessagingHosts'));
            fs.writeFileSync(path.join(udd, 'NativeMessagingHosts', 'org.smallprint.host.json'),
                hostManifest({allowed_origins: ['chrome-extension://' + CHROMIUM_ID + '/']}));
        }
        const ctx = await chromium.launchPersistentContext(udd, {
            executablePath: CHROMIUM, headless: true, timeout: 30000,
            env: Object.assign({}, process.env, {TMPDIR: tmp}),
            args: ['--no-sandbox', '--disable-background-networking', '--disable-component-update', '--disable-sync',
                '--no-first-run', '--disable-quic', '--disable-extensions-except=' + EXT, '--load-extension=' + EXT],
        });
        const sw = ctx.serviceWorkers()[0] || await ctx.waitForEvent('serviceworker', {timeout: 10000});
        check(sw.url() === 'chrome-extension://' + CHROMIUM_ID + '/background.js', 'chromium: service worker with the fixed id',
            sw.url());
        sw.on('console', (m) => logs.push('service worker: ' + m.text()));
        ctx.on('page', (p) => p.on('console', (m) => logs.push('page ' + p.url() + ': ' + m.text())));
        return {ctx, sw};
    };
    const tabState = (sw, url) => sw.evaluate((u) => globalThis.smallprintTest.findings(u), url);
    const done = (sw, url) => until(async () => {
        const s = await tabState(sw, url);
        return s.status === 'done' || /host|incompatible|rules/.test(s.status) ? s : null;
    }, 15000, url);

    const {ctx, sw} = await launch(true, 'profile');
    try {
        /* --- a policy page: highlights, markers, card, iframe, hidden text */
        const page = await ctx.newPage();
        const url = base + '/privacy.html';
        await page.goto(url);
        await done(sw, url);
        const st = await until(async () => {
            const s = await tabState(sw, url);
            return s.findings.length >= 7 && s.findings.every((f) => f.shown) ? s : null;
        }, 10000, 'policy page marked').catch(() => tabState(sw, url));
        check(st.status === 'done', 'chromium: policy page read automatically', st.status + ' ' + (st.error || ''));
        const labelsFound = st.findings.map((f) => f.label);
        for (const l of ['ai_training', 'opt_out', 'opt_out_exception', 'sale', 'retention', 'arbitration'])
            check(labelsFound.includes(l), 'chromium: finding ' + l, labelsFound);
        check(st.findings.every((f) => f.shown), 'chromium: every finding is marked on the page',
            st.findings.filter((f) => !f.shown).map((f) => f.text));
        check(!st.findings.some((f) => /secret|hidden block/.test(f.text)), 'chromium: hidden text is not read');
        check(st.findings.some((f) => f.label === 'arbitration' && /Larkspur Notes will be resolved/.test(f.text)),
            'chromium: same-origin iframe is read');
        const train = st.findings.find((f) => f.label === 'ai_training');
        check(train && train.text === 'We may use your chats to train our models.', 'chromium: exact marked text',
            train && train.text);
        check(st.summary && st.summary.ai_training === 'default', 'chromium: summary', st.summary);
        const dom = await page.evaluate(() => ({
            markers: document.querySelectorAll('smallprint-marker').length,
            high: CSS.highlights.get('smallprint-high') ? CSS.highlights.get('smallprint-high').size : 0,
            all: ['high', 'medium', 'low', 'info'].reduce((n, s) => n + (CSS.highlights.get('smallprint-' + s) || {size: 0}).size, 0),
            frameMarkers: document.querySelector('iframe').contentDocument.querySelectorAll('smallprint-marker').length,
            marker: document.querySelector('smallprint-marker').shadowRoot.querySelector('button').textContent,
        }));
        check(dom.markers === st.findings.length - dom.frameMarkers, 'chromium: one marker per finding', dom);
        check(dom.high >= 1 && dom.all === dom.markers, 'chromium: highlights registered', dom);
        check(/smallprint: /.test(dom.marker), 'chromium: marker carries label and severity as text', dom.marker);
        /* keyboard: Tab reaches a marker, its card opens */
        await page.evaluate(() => document.querySelector('smallprint-marker').shadowRoot.querySelector('button').focus());
        const cardText = await until(() => page.evaluate(() => {
            const c = document.querySelector('smallprint-card');
            return c && !c.hidden ? c.shadowRoot.textContent : null;
        }), 3000, 'card');
        check(/AI training/.test(cardText) && /train/.test(cardText), 'chromium: focus opens the card', cardText);
        await page.keyboard.press('Escape');
        const optOut = await page.evaluate(() => {
            for (const m of document.querySelectorAll('smallprint-marker')) {
                const b = m.shadowRoot.querySelector('button');
                if (/opt-out|opt out/i.test(b.textContent)) {
                    b.focus();
                    const c = document.querySelector('smallprint-card');
                    return c.shadowRoot.textContent;
                }
            }
            return null;
        });
        check(optOut && /Settings › Data Controls/.test(optOut), 'chromium: card shows the opt-out place', optOut);
        check(optOut && /Related: /.test(optOut), 'chromium: card links the related finding', optOut);
        await page.screenshot({path: path.join(OUT, 'chromium-privacy.png'), fullPage: true});

        /* --- the popup as a page */
        const tabId = st.tabId;
        const pop = await ctx.newPage();
        await pop.goto('chrome-extension://' + CHROMIUM_ID + '/popup/popup.html?tab=' + tabId);
        const popText = await until(() => pop.evaluate(() => document.getElementById('answers').children.length ?
            document.body.innerText : null), 5000, 'popup summary');
        check(/Is what I write or upload used to train AI\?\s*Yes, unless you opt out/.test(popText),
            'chromium: popup shows the summary in plain words', popText.slice(0, 400));
        check(/Show on page/.test(popText), 'chromium: popup lists findings with show on page');
        await pop.screenshot({path: path.join(OUT, 'chromium-popup.png'), fullPage: true});
        await pop.getByRole('button', {name: 'Show on page'}).first().click();
        const flashed = await until(() => page.evaluate(() => (CSS.highlights.get('smallprint-flash') || {size: 0}).size),
            3000, 'flash');
        check(flashed === 1, 'chromium: show on page flashes the sentence');

        /* --- dismiss from the popup: gone from the page and the badge count */
        const before = (await tabState(sw, url)).findings.length;
        await pop.reload();
        await until(() => pop.evaluate(() => document.getElementById('answers').children.length), 5000, 'popup');
        await pop.getByRole('button', {name: 'Dismiss'}).first().click();
        const after = await until(async () => {
            const s = await tabState(sw, url);
            return s.findings.length < before ? s : null;
        }, 5000, 'dismiss');
        check(after.findings.length === before - 1, 'chromium: dismiss hides a finding');

        /* --- sign-up: pre-ticked box, consent by clicking, flipping re-checks */
        const signup = await ctx.newPage();
        const surl = base + '/signup.html';
        await signup.goto(surl);
        const sst = await until(async () => {
            const s = await tabState(sw, surl);
            return s.findings.some((f) => f.label === 'consent_by_use' && f.shown) ? s : null;
        }, 10000, 'sign-up page read');
        check(sst.kind === 'signup', 'chromium: sign-up page detected', sst.kind);
        check(sst.findings.some((f) => f.label === 'consent_by_use' && f.shown), 'chromium: consent by clicking marked');
        const warns = () => signup.evaluate(() => Array.from(document.querySelectorAll('smallprint-warning'))
            .map((w) => w.shadowRoot.textContent));
        const w1 = await until(async () => {
            const w = await warns();
            return w.length >= 2 ? w : null;
        }, 5000, 'sign-up warnings');
        check(w1.some((t) => /^Ticked for you: .*train AI models/.test(t)), 'chromium: pre-ticked box flagged on the box', w1);
        check(w1.some((t) => /Clicking “Sign up” counts as agreeing/.test(t)), 'chromium: warning on the submit button', w1);
        await signup.locator('#train').uncheck();
        const w2 = await until(async () => {
            const w = await warns();
            return w.some((t) => /Ticked for you/.test(t)) ? null : w;
        }, 3000, 'warning gone after unticking');
        check(!w2.some((t) => /Ticked for you/.test(t)), 'chromium: unticking re-checks the box', w2);
        await signup.screenshot({path: path.join(OUT, 'chromium-signup.png'), fullPage: true});

        /* --- settings: an ON switch, what survives, text that appears later */
        const settings = await ctx.newPage();
        const gurl = base + '/settings.html';
        await settings.goto(gurl);
        const gst = await until(async () => {
            const s = await tabState(sw, gurl);
            return s.findings.some((f) => f.label === 'sale' && f.shown) ? s : null;
        }, 10000, 'late paragraph read').catch(async (e) => {
            console.log(JSON.stringify(await tabState(sw, gurl)).slice(0, 1500));
            throw e;
        });
        check(gst.kind === 'settings', 'chromium: settings page detected', gst.kind);
        check(gst.findings.some((f) => f.label === 'sale' && f.shown), 'chromium: text added later is read and marked');
        const sw1 = await until(async () => {
            const w = await settings.evaluate(() => Array.from(document.querySelectorAll('smallprint-warning'))
                .map((x) => x.shadowRoot.textContent));
            return w.length ? w : null;
        }, 5000, 'switch warning');
        check(sw1.some((t) => /^On: what you write or upload is used to train AI models/.test(t)),
            'chromium: ON switch warned', sw1);
        check(sw1.some((t) => /the page says: “Even if you turn this off/.test(t)), 'chromium: what survives the opt-out', sw1);
        await settings.click('#train-switch');
        const sw2 = await until(async () => {
            const w = await settings.evaluate(() => Array.from(document.querySelectorAll('smallprint-warning'))
                .map((x) => x.shadowRoot.textContent));
            return w.some((t) => /^On:/.test(t)) ? null : w;
        }, 4000, 'switch warning after flipping');
        check(!sw2.some((t) => /^On:/.test(t)) && sw2.some((t) => /^Off, but the page says/.test(t)),
            'chromium: flipping the switch re-checks it', sw2);
        await settings.screenshot({path: path.join(OUT, 'chromium-settings.png'), fullPage: true});

        /* --- not English */
        const fr = await ctx.newPage();
        const furl = base + '/privacy-fr.html';
        await fr.goto(furl);
        const fst = await done(sw, furl);
        check(fst.language === 'unknown', 'chromium: French page is not English', fst.language);
        const fpop = await ctx.newPage();
        await fpop.goto('chrome-extension://' + CHROMIUM_ID + '/popup/popup.html?tab=' + fst.tabId);
        const ftext = await until(() => fpop.evaluate(() => /English only/.test(document.body.innerText) &&
            document.body.innerText), 5000, 'english only');
        check(/English only for now/.test(ftext), 'chromium: popup says English only for now');

        /* --- per-tab state lives in storage.session (a stopped worker loses nothing;
           the restart itself is covered by tests/extension/background.test.js) */
        await sw.evaluate(() => {
            /* state must already be in storage.session */
            return chrome.storage.session.get(null).then((all) => Object.keys(all).length);
        }).then((n) => check(n >= 4, 'chromium: per-tab state is in storage.session', n));
    } finally {
        await ctx.close();
    }

    /* --- no host installed: the popup says so, the page is left alone */
    const second = await launch(false, 'nohost');
    try {
        const page = await second.ctx.newPage();
        const url = base + '/privacy.html';
        await page.goto(url);
        const st = await done(second.sw, url);
        check(st.status === 'host-missing', 'chromium: missing host noticed', st.status);
        const markers = await page.evaluate(() => document.querySelectorAll('smallprint-marker, smallprint-warning').length);
        check(markers === 0, 'chromium: page left alone without a host', markers);
        const pop = await second.ctx.newPage();
        await pop.goto('chrome-extension://' + CHROMIUM_ID + '/popup/popup.html?tab=' + st.tabId);
        const text = await until(() => pop.evaluate(() => /not installed/.test(document.body.innerText) &&
            document.body.innerText), 5000, 'missing host message');
        check(/make install/.test(text) && /installers\/install\.sh/.test(text), 'chromium: popup gives the install command',
            text.slice(0, 300));
        await pop.screenshot({path: path.join(OUT, 'chromium-popup-nohost.png'), fullPage: true});
    } finally {
        await second.ctx.close();
    }
}

/* ------------------------------------------------------------------- Firefox */

class Bidi {
    constructor(ws) {
        this.ws = ws;
        this.next = 1;
        this.waiting = new Map();
        ws.on('message', (data) => {
            const m = JSON.parse(String(data));
            if (m.id && this.waiting.has(m.id)) {
                const w = this.waiting.get(m.id);
                this.waiting.delete(m.id);
                if (m.type === 'error')
                    w.reject(new Error(m.error + ': ' + m.message));
                else
                    w.resolve(m.result);
            }
        });
    }

    send(method, params, ms) {
        const id = this.next++;
        this.ws.send(JSON.stringify({id, method, params}));
        return new Promise((resolve, reject) => {
            const t = setTimeout(() => reject(new Error(method + ' timed out')), ms || 20000);
            this.waiting.set(id, {resolve: (v) => { clearTimeout(t); resolve(v); },
                reject: (e) => { clearTimeout(t); reject(e); }});
        });
    }

    async eval(context, expression) {
        const r = await this.send('script.evaluate', {expression, target: {context}, awaitPromise: true,
            resultOwnership: 'none'});
        if (r.type === 'exception')
            throw new Error(r.exceptionDetails.text);
        return r.result.type === 'string' ? JSON.parse(r.result.value) : r.result.value;
    }
}

/* Ask the content script's test hook (see docs/TESTING.md) from the page. */
function pageHook(bidi, context) {
    return bidi.eval(context, `new Promise((resolve) => {
        const t = setTimeout(() => resolve('null'), 3000);
        document.addEventListener('smallprint-test-response', (e) => { clearTimeout(t); resolve(e.detail); }, {once: true});
        document.dispatchEvent(new CustomEvent('smallprint-test-request'));
    })`);
}

async function firefoxRun(base) {
    const WebSocket = require('ws');
    const work = fresh(path.join(OUT, 'firefox'));
    const home = fresh(path.join(work, 'home'));
    const profile = fresh(path.join(work, 'profile'));
    const tmp = fresh(path.join(work, 'tmp'));
    fs.mkdirSync(path.join(home, '.mozilla', 'native-messaging-hosts'), {recursive: true});
    fs.writeFileSync(path.join(home, '.mozilla', 'native-messaging-hosts', 'org.smallprint.host.json'),
        hostManifest({allowed_extensions: [GECKO_ID]}));
    fs.mkdirSync(path.join(home, '.mozilla', 'managed-storage'), {recursive: true});
    fs.writeFileSync(path.join(home, '.mozilla', 'managed-storage', GECKO_ID + '.json'), JSON.stringify({
        name: GECKO_ID, description: 'smallprint test profile', type: 'storage', data: {testHook: true}}));
    fs.writeFileSync(path.join(profile, 'user.js'), [
        'user_pref("extensions.background.idle.timeout", 600);',
        'user_pref("extensions.webextensions.uuids", ' + JSON.stringify(JSON.stringify({[GECKO_ID]: FIREFOX_UUID})) + ');',
        'user_pref("browser.shell.checkDefaultBrowser", false);',
        'user_pref("datareporting.policy.dataSubmissionEnabled", false);',
        'user_pref("app.update.enabled", false);',
        'user_pref("devtools.console.stdout.content", true);',
        'user_pref("devtools.console.stdout.chrome", true);',
    ].join('\n') + '\n');
    const port = 9300 + (process.pid % 500);
    const ff = spawn(FIREFOX, ['--headless', '--no-remote', '--profile', profile, '--remote-debugging-port=' + port],
        {env: Object.assign({}, process.env, {HOME: home, TMPDIR: tmp, MOZ_CRASHREPORTER_DISABLE: '1'}),
            stdio: ['ignore', 'pipe', 'pipe']});
    let stderr = '';
    ff.stderr.on('data', (d) => { stderr += d; });
    ff.stdout.on('data', (d) => { stderr += d; });
    let ws;
    try {
        ws = await until(() => new Promise((resolve) => {
            const s = new WebSocket('ws://127.0.0.1:' + port + '/session');
            s.on('open', () => resolve(s));
            s.on('error', () => resolve(null));
        }), 20000, 'firefox remote port');
        const bidi = new Bidi(ws);
        await bidi.send('session.new', {capabilities: {}});
        const inst = await bidi.send('webExtension.install', {extensionData: {type: 'path', path: EXT}});
        check(inst.extension === GECKO_ID, 'firefox: extension installs with its gecko id', inst);
        const tree = await bidi.send('browsingContext.getTree', {});
        const ctxId = tree.contexts[0].context;
        const url = base + '/privacy.html';
        await bidi.send('browsingContext.navigate', {context: ctxId, url, wait: 'complete'});
        const dom = await until(async () => {
            const d = await bidi.eval(ctxId, `JSON.stringify({markers: document.querySelectorAll('smallprint-marker').length,
                highlights: ['high','medium','low','info'].reduce((n, s) => n + (CSS.highlights.get('smallprint-' + s) || {size: 0}).size, 0),
                frame: document.querySelector('iframe').contentDocument.querySelectorAll('smallprint-marker').length})`);
            return d.markers >= 5 && d.frame >= 1 ? d : null;
        }, 20000, 'markers in firefox').catch(async (e) => {
            console.log('state:', JSON.stringify(await pageHook(bidi, ctxId)).slice(0, 800));
            throw e;
        });
        check(dom.markers >= 5, 'firefox: markers on the page', dom);
        check(dom.highlights === dom.markers, 'firefox: highlights registered', dom);
        check(dom.frame >= 1, 'firefox: same-origin iframe marked', dom);
        const shot = await bidi.send('browsingContext.captureScreenshot', {context: ctxId, origin: 'document'});
        fs.writeFileSync(path.join(OUT, 'firefox-privacy.png'), Buffer.from(shot.data, 'base64'));
        /* the test hook through the page (managed storage turns it on) */
        const st = await until(async () => {
            const s = await pageHook(bidi, ctxId);
            return s && s.findings && s.findings.every((f) => f.shown) ? s : null;
        }, 5000, 'firefox test hook');
        check(st.status === 'done' && st.findings.length >= 7, 'firefox: test hook reports the findings',
            {status: st.status, n: st.findings.length, error: st.error});
        check(st.findings.some((f) => f.label === 'ai_training' && f.text === 'We may use your chats to train our models.'),
            'firefox: exact marked text');
        check(st.summary && st.summary.ai_training === 'default', 'firefox: summary from the host', st.summary);
        /* hovering a marker opens its card (a headless Firefox window has no
           focus, so focus events wait; the pointer is real input) */
        const at = await bidi.eval(ctxId, `JSON.stringify((() => { const m = document.querySelector('smallprint-marker');
            m.scrollIntoView({block: 'center'}); const r = m.getBoundingClientRect();
            return {x: Math.round(r.left + r.width / 2), y: Math.round(r.top + r.height / 2)}; })())`);
        await bidi.send('input.performActions', {context: ctxId, actions: [{type: 'pointer', id: 'mouse',
            parameters: {pointerType: 'mouse'}, actions: [{type: 'pointerMove', x: 1, y: 1},
                {type: 'pointerMove', x: at.x, y: at.y, duration: 50}]}]});
        const card = await until(() => bidi.eval(ctxId, `JSON.stringify(document.querySelector('smallprint-card') &&
            !document.querySelector('smallprint-card').hidden ? document.querySelector('smallprint-card').shadowRoot.textContent : '')`),
        3000, 'firefox card').catch(() => '');
        check(/AI training/.test(card), 'firefox: hovering a marker opens the card', card.slice(0, 120));
        const cshot = await bidi.send('browsingContext.captureScreenshot', {context: ctxId});
        fs.writeFileSync(path.join(OUT, 'firefox-card.png'), Buffer.from(cshot.data, 'base64'));
        /* sign-up page: warnings on the box and the button */
        const surl = base + '/signup.html';
        await bidi.send('browsingContext.navigate', {context: ctxId, url: surl, wait: 'complete'});
        const sst = await until(async () => {
            const s = await pageHook(bidi, ctxId);
            return s && s.warnings && s.warnings.length >= 2 ? s : null;
        }, 10000, 'firefox sign-up warnings');
        check(sst.warnings.some((t) => /^Ticked for you/.test(t)), 'firefox: pre-ticked box flagged', sst.warnings);
        const sshot = await bidi.send('browsingContext.captureScreenshot', {context: ctxId, origin: 'document'});
        fs.writeFileSync(path.join(OUT, 'firefox-signup.png'), Buffer.from(sshot.data, 'base64'));
        await bidi.send('session.end', {}).catch(() => {});
    } finally {
        if (ws)
            ws.close();
        ff.kill('SIGTERM');
        await new Promise((r) => ff.once('exit', r));
        fs.writeFileSync(path.join(OUT, 'firefox.log'), stderr);
    }
}

async function main() {
    const which = process.argv[2] || 'all';
    if (!fs.existsSync(HOST)) {
        console.error('build/smallprint-host is missing: run make first');
        process.exit(2);
    }
    fs.mkdirSync(OUT, {recursive: true});
    const server = await serve();
    const base = 'http://127.0.0.1:' + server.address().port;
    try {
        if (which === 'chromium' || which === 'all')
            await chromiumRun(base);
        if (which === 'firefox' || which === 'all')
            await firefoxRun(base);
    } catch (e) {
        check(false, 'browser check stopped: ' + e.message);
    } finally {
        server.close();
    }
    if (failures && logs.length)
        console.log('browser console:\n  ' + logs.slice(-40).join('\n  '));
    console.log(failures ? failures + ' check(s) failed' : 'all browser checks passed');
    process.exit(failures ? 1 : 0);
}

main();
