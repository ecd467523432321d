/*
 * tests/e2e/browsers.js - the one place that starts real browsers with the
 * real extension and the real host, for the end-to-end tests
 * (tests/e2e/e2e.js) and `make run` (tools/run.js).
 *
 *   serve(routes)             the demo pages on 127.0.0.1 (a random port)
 *   register / unregister     the host manifest, written by installers/install.sh
 *                             into a private profile only (--chromium-profile, --home)
 *   chromiumArgs / launchChromium   Debian's Chromium, headless through playwright-core
 *   launchFirefox             Firefox ESR over WebDriver BiDi (npm `ws`)
 *   until, sleep, fresh       waiting with a deadline, clean folders
 *
 * Facts behind the flags: ../shared/BROWSER-TESTING.md. Every wait has a
 * deadline; every browser is killed by its close(), and by process exit.
 */
'use strict';
const fs = require('node:fs');
const http = require('node:http');
const path = require('node:path');
const {spawn, execFileSync} = require('node:child_process');

const ROOT = path.join(__dirname, '..', '..');
const EXT = path.join(ROOT, 'extension');
const HOST = path.join(ROOT, 'build', 'smallprint-host');
const DEMO_PAGES = path.join(ROOT, 'tests', 'pages');
const CHROMIUM = process.env.CHROMIUM || '/usr/lib/chromium/chromium';
const FIREFOX = process.env.FIREFOX || 'firefox-esr';

/* The names that tie extension and host together (manifests/identity). */
function readIdentity() {
    const out = {};
    for (const line of fs.readFileSync(path.join(ROOT, 'manifests', 'identity'), 'utf8').split('\n')) {
        const m = /^([a-z_]+)=(.*)$/.exec(line);
        if (m)
            out[m[1]] = m[2];
    }
    return out;
}
const IDENTITY = readIdentity();
const CHROMIUM_ID = IDENTITY.chromium_id;
const GECKO_ID = IDENTITY.gecko_id;
const HOST_NAME = IDENTITY.host_name;
const FIREFOX_UUID = '5ba11e57-0000-4000-8000-00000000c0de'; /* fixed moz-extension:// address in test profiles */

function sleep(ms) {
    return new Promise((r) => setTimeout(r, ms));
}

/* Poll fn (every `every` ms) until it returns something truthy; throw
   after ms with the last value seen (an exception inside fn counts as "not
   yet"). */
async function until(fn, ms, what, every) {
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
        await sleep(every || 150);
    }
    throw new Error('timed out after ' + ms + ' ms waiting for ' + what + ' (last: ' +
        String(JSON.stringify(last)).slice(0, 300) + ')');
}

/* Race a promise against a deadline (for calls that have no timeout of
   their own, such as Playwright's evaluate). */
function deadline(promise, ms, what) {
    let t;
    return Promise.race([promise, new Promise((resolve, reject) => {
        t = setTimeout(() => reject(new Error(what + ' did not finish within ' + ms + ' ms')), ms);
    })]).finally(() => clearTimeout(t));
}

function fresh(dir) {
    fs.rmSync(dir, {recursive: true, force: true});
    fs.mkdirSync(dir, {recursive: true});
    return dir;
}

/* ------------------------------------------------------------------ pages */

/*
 * Serve the demo pages (tests/pages) and, under other prefixes, more
 * folders or generated pages: routes maps '/prefix/' to a folder, or an
 * exact path to a function returning {type, body}. On 127.0.0.1 only, on
 * port (0: any free one). Resolves {server, base}.
 */
function serve(routes, port) {
    const table = Object.assign({'/': DEMO_PAGES}, routes || {});
    const server = http.createServer((req, res) => {
        let pathname;
        try {
            pathname = decodeURIComponent(new URL(req.url, 'http://x').pathname);
        } catch (e) {
            res.writeHead(400).end('bad address');
            return;
        }
        if (pathname === '/favicon.ico') {
            res.writeHead(204).end();
            return;
        }
        if (typeof table[pathname] === 'function') {
            const page = table[pathname]();
            res.writeHead(200, {'content-type': page.type || 'text/html; charset=utf-8', 'cache-control': 'no-store'});
            res.end(page.body);
            return;
        }
        const prefix = Object.keys(table).filter((p) => p.endsWith('/') && pathname.startsWith(p))
            .sort((a, b) => b.length - a.length)[0];
        const dir = prefix && table[prefix];
        const file = dir && path.join(dir, pathname.slice(prefix.length) || 'index.html');
        if (!file || !file.startsWith(dir + path.sep) || !fs.existsSync(file) || !fs.statSync(file).isFile()) {
            res.writeHead(404, {'content-type': 'text/plain'}).end('not found');
            return;
        }
        const type = {'.html': 'text/html; charset=utf-8', '.css': 'text/css', '.png': 'image/png',
            '.js': 'text/javascript'}[path.extname(file)] || 'application/octet-stream';
        res.writeHead(200, {'content-type': type, 'cache-control': 'no-store'});
        res.end(fs.readFileSync(file));
    });
    return new Promise((resolve, reject) => {
        server.once('error', reject);
        server.listen(port || 0, '127.0.0.1', () => resolve({server, base: 'http://127.0.0.1:' + server.address().port}));
    });
}

/* ---------------------------------------------------- host registration */

/* Write the host manifest with the project's own installer, into a private
   place only: {chromiumProfile: dir} or {home: dir} (Firefox). */
function register(where) {
    const args = ['--host', HOST, '--quiet'];
    if (where.chromiumProfile)
        args.push('--chromium-profile', where.chromiumProfile);
    else if (where.home)
        args.push('--home', where.home, '--browser', 'firefox');
    else
        throw new Error('register: say where (chromiumProfile or home)');
    execFileSync(path.join(ROOT, 'installers', 'install.sh'), args, {stdio: ['ignore', 'inherit', 'inherit']});
}

/* Remove what register() wrote, from install.sh's receipt. */
function unregister(where) {
    const args = ['--quiet'];
    if (where.chromiumProfile)
        args.push('--chromium-profile', where.chromiumProfile);
    else
        args.push('--home', where.home, '--browser', 'firefox');
    execFileSync(path.join(ROOT, 'installers', 'uninstall.sh'), args, {stdio: ['ignore', 'inherit', 'inherit']});
}

function hostManifestPath(where) {
    return where.chromiumProfile ? path.join(where.chromiumProfile, 'NativeMessagingHosts', HOST_NAME + '.json')
        : path.join(where.home, '.mozilla', 'native-messaging-hosts', HOST_NAME + '.json');
}

/* --------------------------------------------------------------- Chromium */

/* Flags for Debian's Chromium with the unpacked extension and a private
   profile (BROWSER-TESTING.md). As root Chromium needs --no-sandbox. */
function chromiumArgs(opts) {
    const o = opts || {};
    const args = ['--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run',
        '--no-default-browser-check', '--disable-quic', '--disable-extensions-except=' + EXT, '--load-extension=' + EXT,
        /* builds that turned --load-extension off by default take it again with this */
        '--disable-features=DisableLoadExtensionCommandLineSwitch'];
    if (o.userDataDir)
        args.push('--user-data-dir=' + o.userDataDir);
    if (process.getuid && process.getuid() === 0)
        args.push('--no-sandbox');
    return args;
}

/*
 * The environment for a browser on a private profile: TMPDIR in the test
 * folder, and the host's page history (which the host keeps in the
 * person's data directory otherwise) in dir/history; the browser passes
 * its environment on to the host.
 */
function browserEnv(dir, tmp) {
    return Object.assign({}, process.env, {TMPDIR: tmp, SMALLPRINT_HISTORY_DIR: path.join(dir, 'history')});
}

/*
 * Start headless Chromium (playwright-core, Debian's binary) on a private
 * profile. opts: {profile, tmp, viewport}; the host's history goes beside
 * the profile. Resolves {ctx, sw, logs, close()}: sw is the extension's
 * service worker, logs collects console lines of the worker and pages
 * (printed when a check fails).
 */
async function launchChromium(opts) {
    const {chromium} = require('playwright-core');
    const logs = [];
    const ctx = await chromium.launchPersistentContext(opts.profile, {
        executablePath: CHROMIUM, headless: true, timeout: 60000,
        viewport: opts.viewport || {width: 1100, height: 900},
        env: browserEnv(path.dirname(opts.profile), opts.tmp),
        args: chromiumArgs(),
    });
    try {
        const sw = ctx.serviceWorkers().find((w) => w.url().startsWith('chrome-extension://' + CHROMIUM_ID + '/')) ||
            await ctx.waitForEvent('serviceworker', {timeout: 20000});
        sw.on('console', (m) => logs.push('service worker: ' + m.text()));
        ctx.on('page', (p) => p.on('console', (m) => logs.push(p.url().slice(0, 80) + ': ' + m.text())));
        let closed = false;
        return {
            ctx, sw, logs,
            async close() {
                if (closed)
                    return;
                closed = true;
                await deadline(ctx.close(), 15000, 'closing Chromium').catch((e) => logs.push(e.message));
            },
        };
    } catch (e) {
        await deadline(ctx.close(), 15000, 'closing Chromium').catch(() => {});
        throw e;
    }
}

/* The service worker's test hook (docs/TESTING.md), with a deadline. */
function swFindings(sw, tabOrUrl) {
    return deadline(sw.evaluate((k) => globalThis.smallprintTest.findings(k), tabOrUrl), 10000, 'test hook');
}

function popupUrl(tabId) {
    return 'chrome-extension://' + CHROMIUM_ID + '/popup/popup.html?tab=' + tabId;
}

/* ---------------------------------------------------------------- Firefox */

class Bidi {
    constructor(ws) {
        this.ws = ws;
        this.next = 1;
        this.waiting = new Map();
        ws.on('message', (data) => {
            let m;
            try {
                m = JSON.parse(String(data));
            } catch (e) {
                return;
            }
            if (m.id && this.waiting.has(m.id)) {
                const w = this.waiting.get(m.id);
                this.waiting.delete(m.id);
                if (m.type === 'error')
                    w.reject(new Error(m.error + ': ' + m.message));
                else
                    w.resolve(m.result);
            }
        });
        ws.on('close', () => {
            for (const w of this.waiting.values())
                w.reject(new Error('the WebDriver BiDi connection closed'));
            this.waiting.clear();
        });
    }

    send(method, params, ms) {
        const id = this.next++;
        return new Promise((resolve, reject) => {
            const t = setTimeout(() => {
                this.waiting.delete(id);
                reject(new Error(method + ' timed out'));
            }, ms || 20000);
            this.waiting.set(id, {resolve: (v) => { clearTimeout(t); resolve(v); },
                reject: (e) => { clearTimeout(t); reject(e); }});
            this.ws.send(JSON.stringify({id, method, params}));
        });
    }

    /* Evaluate an expression in a page (promises awaited); a string result
       is parsed as JSON, so page code returns JSON.stringify(...). */
    async eval(context, expression, ms) {
        const r = await this.send('script.evaluate', {expression, target: {context}, awaitPromise: true,
            resultOwnership: 'none'}, ms);
        if (r.type === 'exception')
            throw new Error(r.exceptionDetails.text);
        return r.result.type === 'string' ? JSON.parse(r.result.value) : r.result.value;
    }

    /* Evaluate fn(arg) in the page: fn is serialised, arg passed as JSON. */
    call(context, fn, arg, ms) {
        return this.eval(context, '(async () => JSON.stringify(await (' + fn.toString() + ')(' +
            JSON.stringify(arg === undefined ? null : arg) + ')))()', ms);
    }

    async screenshot(context, file, origin) {
        const shot = await this.send('browsingContext.captureScreenshot', {context, origin: origin || 'viewport'}, 30000);
        fs.writeFileSync(file, Buffer.from(shot.data, 'base64'));
    }
}

/*
 * Start Firefox ESR headless on a private profile and HOME under work/,
 * with the test hook on through managed storage (docs/TESTING.md), install
 * the extension over BiDi. opts: {work, withHost}. Resolves {bidi, context,
 * home, close()}; register({home}) later makes the host appear.
 */
async function launchFirefox(opts) {
    const WebSocket = require('ws');
    const home = fresh(path.join(opts.work, 'home'));
    const profile = fresh(path.join(opts.work, 'profile'));
    const tmp = fresh(path.join(opts.work, 'tmp'));
    if (opts.withHost)
        register({home});
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
    ].join('\n') + '\n');
    const port = 9300 + (process.pid % 500);
    const ff = spawn(FIREFOX, ['--headless', '--no-remote', '--profile', profile, '--remote-debugging-port=' + port,
        '--width=1100', '--height=900'], {
        env: Object.assign(browserEnv(opts.work, tmp), {HOME: home, MOZ_CRASHREPORTER_DISABLE: '1'}),
        stdio: ['ignore', 'pipe', 'pipe'],
    });
    const killOnExit = () => ff.kill('SIGKILL');
    process.on('exit', killOnExit);
    let output = '';
    ff.stderr.on('data', (d) => { output += d; });
    ff.stdout.on('data', (d) => { output += d; });
    const exited = new Promise((r) => ff.once('exit', r));
    let ws = null;
    const close = async () => {
        if (ws)
            ws.close();
        ws = null;
        ff.kill('SIGTERM');
        await deadline(exited, 10000, 'Firefox exit').catch(() => ff.kill('SIGKILL'));
        process.removeListener('exit', killOnExit);
        fs.writeFileSync(path.join(opts.work, 'firefox.log'), output);
    };
    try {
        ws = await until(() => new Promise((resolve) => {
            const s = new WebSocket('ws://127.0.0.1:' + port + '/session');
            s.on('open', () => resolve(s));
            s.on('error', () => resolve(null));
        }), 45000, 'Firefox remote port ' + port);
        const bidi = new Bidi(ws);
        await bidi.send('session.new', {capabilities: {}});
        const inst = await bidi.send('webExtension.install', {extensionData: {type: 'path', path: EXT}}, 30000);
        const tree = await bidi.send('browsingContext.getTree', {});
        return {bidi, context: tree.contexts[0].context, home, extension: inst.extension, close};
    } catch (e) {
        await close();
        throw e;
    }
}

/* Ask the content script's test hook from the page: what a person sees on
   this tab (docs/TESTING.md). 'analyze' instead asks it to check the page,
   as the popup's "Check this page" does. */
function firefoxHook(bidi, context, request) {
    return bidi.eval(context, `new Promise((resolve) => {
        const t = setTimeout(() => resolve('null'), 5000);
        document.addEventListener('smallprint-test-response', (e) => { clearTimeout(t); resolve(e.detail); }, {once: true});
        document.dispatchEvent(new CustomEvent('smallprint-test-request', {detail: ${JSON.stringify(request || 'findings')}}));
    })`);
}

module.exports = {
    ROOT, EXT, HOST, DEMO_PAGES, CHROMIUM, FIREFOX, CHROMIUM_ID, GECKO_ID, HOST_NAME,
    sleep, until, deadline, fresh, serve, register, unregister, hostManifestPath,
    chromiumArgs, browserEnv, launchChromium, swFindings, popupUrl, Bidi, launchFirefox, firefoxHook,
};
