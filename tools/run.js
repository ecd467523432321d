#!/usr/bin/env node
/*
 * tools/run.js - `make run`: smallprint in Chromium on the demo pages (or
 * on any page), with nothing written into the person's own browser
 * profiles.
 *
 *   node tools/run.js [--url URL] [--headless]      (make run [URL=...])
 *
 * Registers build/smallprint-host with installers/install.sh inside a
 * private Chromium profile (build/run/profile) and serves tests/pages on
 * 127.0.0.1. With a display ($DISPLAY or $WAYLAND_DISPLAY) it opens Chromium
 * there with the extension and keeps serving until the browser is closed
 * (Ctrl-C stops both). Without one it runs headless: visits each demo page
 * (or URL), waits for the marks, saves screenshots to build/run/ and
 * prints what each page says in plain words; exit status 0 when every page
 * was read.
 */
'use strict';
const fs = require('node:fs');
const path = require('node:path');
const {spawn} = require('node:child_process');
const B = require('../tests/e2e/browsers.js');
const labels = require('../extension/lib/labels.js');
const words = require('../extension/lib/summary.js');

const OUT = path.join(B.ROOT, 'build', 'run');
const PROFILE = path.join(OUT, 'profile');
const PORTS = [8470, 8471, 8472, 0]; /* a fixed port first, so open tabs survive a restart */
const DEMOS = ['index.html', 'settings.html', 'signup.html', 'policy.html', 'dynamic.html', 'neutral.html',
    'german.html', 'markup-text.html'];
const QUIET_MS = 2500;     /* a page counts as finished once its marks stay the same this long */
const PAGE_MS = 45000;     /* give up on one page after this */
const MAX_LINES = 15;      /* marked sentences printed per page */

function usage(code) {
    console.log('usage: node tools/run.js [--url URL] [--headless]\n' +
        '  (make run, or make run URL=https://example.com/privacy)');
    process.exit(code);
}

function parseArgs(argv) {
    const o = {url: process.env.URL || '', headless: !process.env.DISPLAY && !process.env.WAYLAND_DISPLAY};
    for (let i = 0; i < argv.length; i++) {
        if (argv[i] === '--url' && i + 1 < argv.length)
            o.url = argv[++i];
        else if (argv[i] === '--headless')
            o.headless = true;
        else if (argv[i] === '-h' || argv[i] === '--help')
            usage(0);
        else
            usage(2);
    }
    if (o.url && !/^https?:\/\//i.test(o.url)) {
        console.error('run: URL must start with http:// or https:// (smallprint reads web pages only; got ' + JSON.stringify(o.url) + ')');
        process.exit(2);
    }
    return o;
}

/* The demo pages on the first free port of PORTS. */
async function serveDemos() {
    for (const port of PORTS) {
        try {
            return await B.serve({}, port);
        } catch (e) {
            if (e.code !== 'EADDRINUSE')
                throw e;
        }
    }
    throw new Error('no free port to serve the demo pages on');
}

/* ------------------------------------------------------------- with a display */

function headed(targets) {
    /* a private profile the headless runs share: no "restore pages?" after one was stopped */
    const args = B.chromiumArgs({userDataDir: PROFILE}).concat(['--hide-crash-restore-bubble', '--window-size=1280,1000']);
    if (!process.env.DISPLAY && process.env.WAYLAND_DISPLAY)
        args.push('--ozone-platform-hint=auto');
    const log = fs.openSync(path.join(OUT, 'chromium.log'), 'w');
    const child = spawn(B.CHROMIUM, args.concat(targets), {stdio: ['ignore', log, log],
        env: B.browserEnv(OUT, B.fresh(path.join(OUT, 'tmp')))});
    const stop = () => child.kill('SIGTERM');
    process.on('SIGINT', stop);
    process.on('SIGTERM', stop);
    return new Promise((resolve) => {
        child.on('error', (e) => {
            console.error('run: could not start ' + B.CHROMIUM + ': ' + e.message + ' (make deps installs chromium)');
            resolve(1);
        });
        child.on('exit', (code, signal) => {
            console.log('Chromium closed' + (signal ? ' (' + signal + ')' : '') + '; the demo pages are no longer served.');
            resolve(0);
        });
    });
}

/* ---------------------------------------------------------------- headless */

function shotName(url) {
    const u = new URL(url);
    const base = u.protocol === 'http:' && u.hostname === '127.0.0.1' ? path.basename(u.pathname, '.html') || 'index'
        : (u.hostname + u.pathname).replace(/[^A-Za-z0-9.-]+/g, '-').replace(/^-+|-+$/g, '');
    return base.slice(0, 80) || 'page';
}

/* Wait until the page has been read and its marks stopped changing; a page
   smallprint does not read by itself is checked as the popup's "Check this
   page" button would. Resolves {state, onRequest}. */
async function readPage(br, page, url) {
    const state = () => B.swFindings(br.sw, url);
    const first = await B.until(async () => {
        const st = await state();
        return st.status !== 'none' && st.status !== 'reading' ? st : null;
    }, PAGE_MS, 'smallprint to look at ' + url);
    let onRequest = false;
    if (first.status === 'idle') {
        onRequest = true;
        const pop = await br.ctx.newPage();
        try {
            await pop.goto(B.popupUrl(first.tabId), {timeout: 15000});
            await pop.getByRole('button', {name: 'Check this page'}).click({timeout: 10000});
        } finally {
            await pop.close();
        }
    }
    let last = '', since = Date.now();
    const st = await B.until(async () => {
        const s = await state();
        const key = s.status + ' ' + s.findings.length + ' ' + s.findings.filter((f) => f.shown).length;
        if (key !== last) {
            last = key;
            since = Date.now();
        }
        const settled = s.status !== 'reading' && s.status !== 'idle' && s.findings.every((f) => f.shown);
        return settled && Date.now() - since >= QUIET_MS ? s : null;
    }, PAGE_MS, url + ' to be read', 250);
    return {state: st, onRequest};
}

async function screenshots(br, page, tabId, name) {
    const file = path.join(OUT, name + '.png');
    const tall = await page.evaluate(() => document.documentElement.scrollHeight);
    if (tall <= 3000) {
        await page.screenshot({path: file, fullPage: true});
    } else {
        await page.evaluate(() => {
            const m = document.querySelector('smallprint-marker');
            if (m)
                m.scrollIntoView({block: 'center'});
        });
        await page.screenshot({path: file});
    }
    const pop = await br.ctx.newPage();
    try {
        await pop.setViewportSize({width: 420, height: 900});
        await pop.goto(B.popupUrl(tabId), {timeout: 15000});
        await B.sleep(500);
        await pop.screenshot({path: path.join(OUT, name + '-popup.png'), fullPage: true});
    } finally {
        await pop.close();
    }
    return file;
}

function clip(s, n) {
    const t = s.replace(/\s+/g, ' ').trim();
    return t.length > n ? t.slice(0, n - 1) + '…' : t;
}

const KIND_WORDS = {policy: 'a privacy policy', terms: 'terms', settings: 'a settings page', signup: 'a sign-up form',
    checkout: 'a checkout', other: 'not a policy, terms, settings or sign-up page'};

function report(url, res, shot) {
    const st = res.state;
    console.log('\n' + url);
    console.log('  ' + (KIND_WORDS[st.kind] || st.kind) + (res.onRequest ? '; checked on request' : '; read automatically'));
    if (['host-missing', 'host-failed', 'incompatible', 'rules'].includes(st.status)) {
        console.log('  not checked: ' + st.error);
        return false;
    }
    if (st.language && st.language !== 'en') {
        console.log('  ' + words.ENGLISH_ONLY);
    } else {
        for (const a of words.answers(st.summary, st.findings))
            console.log('  ' + a.question + ' ' + a.answer + (a.tone === 'bad' ? '  (!)' : ''));
        if (st.partial)
            console.log('  (only part of the page was read in time)');
        console.log('  ' + (st.findings.length ? 'Marked on the page (' + st.findings.length + '):' : 'Nothing marked on this page.'));
        /* one line a sentence, with every label it carries */
        const sentences = new Map();
        for (const f of st.findings) {
            if (!sentences.has(f.text))
                sentences.set(f.text, []);
            sentences.get(f.text).push(labels.labelName(f.label) + ' (' + labels.severityWords(f.severity).toLowerCase() + ')');
        }
        const list = Array.from(sentences).slice(0, MAX_LINES);
        for (const [text, names] of list)
            console.log('    “' + clip(text, 100) + '”\n        ' + names.join(', '));
        if (sentences.size > list.length)
            console.log('    … and ' + (sentences.size - list.length) + ' more sentences (all of them in the popup)');
    }
    console.log('  screenshot: ' + path.relative(process.cwd(), shot) + ' (and ' +
        path.relative(process.cwd(), shot.replace(/\.png$/, '-popup.png')) + ')');
    return true;
}

async function headless(targets) {
    console.log('No display: running headless. Screenshots go to ' + path.relative(process.cwd(), OUT) + '/.');
    const br = await B.launchChromium({profile: PROFILE, tmp: B.fresh(path.join(OUT, 'tmp')),
        viewport: {width: 1100, height: 1000}});
    const stop = () => {
        br.close().finally(() => process.exit(130));
    };
    process.on('SIGINT', stop);
    let ok = true;
    try {
        for (const url of targets) {
            const page = await br.ctx.newPage();
            try {
                await page.goto(url, {timeout: 30000, waitUntil: 'domcontentloaded'});
                const res = await readPage(br, page, page.url());
                const shot = await screenshots(br, page, res.state.tabId, shotName(page.url()));
                ok = report(page.url(), res, shot) && ok;
            } catch (e) {
                console.log('\n' + url + '\n  could not be checked: ' + e.message.split('\n')[0]);
                ok = false;
            } finally {
                await page.close().catch(() => {});
            }
        }
    } finally {
        await br.close();
    }
    return ok ? 0 : 1;
}

async function main() {
    const opts = parseArgs(process.argv.slice(2));
    if (!fs.existsSync(B.HOST)) {
        console.error('run: ' + B.HOST + ' is missing; run make first');
        process.exit(2);
    }
    fs.mkdirSync(PROFILE, {recursive: true});
    B.register({chromiumProfile: PROFILE});
    const {server, base} = await serveDemos();
    console.log('smallprint: host ' + path.relative(process.cwd(), B.HOST) + ', registered only in the private profile ' +
        path.relative(process.cwd(), PROFILE) + '/');
    console.log('Demo pages: ' + base + '/');
    let code;
    try {
        if (opts.headless) {
            const targets = opts.url ? [opts.url] : DEMOS.filter((d) => d !== 'index.html').map((d) => base + '/' + d);
            code = await headless(targets);
        } else {
            const targets = opts.url ? [opts.url] : DEMOS.map((d) => base + '/' + d);
            console.log('Opening Chromium with the extension. Close it (or press Ctrl-C) to stop.');
            code = await headed(targets);
        }
    } finally {
        server.close();
    }
    process.exit(code);
}

main().catch((e) => {
    console.error('run: ' + (e && e.stack || e));
    process.exit(1);
});
