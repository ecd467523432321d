#!/usr/bin/env node
/*
 * tests/e2e/e2e.js - smallprint end to end: the real extension in Debian's
 * Chromium (playwright-core) and in Firefox ESR (WebDriver BiDi), the real
 * host registered by installers/install.sh into private profiles, the demo
 * pages of tests/pages served from 127.0.0.1.
 *
 *   node tests/e2e/e2e.js [chromium|firefox|all]
 *
 * What a person sees is read from the page itself (highlight ranges and
 * their text, the markers after them, the card, the inline warnings) and
 * compared with the extension's test hook (docs/TESTING.md). Prints one
 * line per check, the measured timings, and exits 1 if any check failed.
 * Screenshots land in build/e2e/. A global deadline
 * (SMALLPRINT_E2E_TIMEOUT_S, default 420) ends the run, and its browsers,
 * whatever happens.
 */
'use strict';
const fs = require('node:fs');
const path = require('node:path');
const B = require('./browsers.js');
const inpage = require('./inpage.js');
const {PAGES} = require('./expect.js');
const {bigPolicy} = require('./bigpage.js');
const labels = require('../../extension/lib/labels.js');
const words = require('../../extension/lib/summary.js');

const OUT = path.join(B.ROOT, 'build', 'e2e');
/* /changing.html is tests/e2e/pages/changing-v<changing>.html: one address, two versions */
const served = {changing: 1};
const FIXTURES = path.join(__dirname, 'pages');
const TOTAL_S = Number(process.env.SMALLPRINT_E2E_TIMEOUT_S || 420);
const BIG_BYTES = 5 * 1024 * 1024;
/* what the popup shows once a page has been checked */
const DONE = /Marked on the page|Nothing marked on this page|English only for now/;

/* ------------------------------------------------------------ reporting */

let failures = 0;
const figures = [];
const passedBy = {};

function check(ok, browser, what, detail) {
    console.log((ok ? 'ok    ' : 'FAIL  ') + browser.padEnd(9) + what +
        (!ok && detail !== undefined ? '\n        ' + JSON.stringify(detail).slice(0, 700) : ''));
    passedBy[browser] = passedBy[browser] || {pass: 0, fail: 0};
    passedBy[browser][ok ? 'pass' : 'fail']++;
    if (!ok)
        failures++;
    return ok;
}

function figure(line) {
    figures.push(line);
    console.log('      ' + line);
}

function clip(s, n) {
    return s.length > n ? s.slice(0, n - 1) + '…' : s;
}

function median(list) {
    const s = list.slice().sort((a, b) => a - b);
    return s[Math.floor((s.length - 1) / 2)];
}

/* Page load to marks over several loads (inpage.readTiming figures). */
function timingLine(runs) {
    const dcl = runs.map((t) => Math.round(t.firstMark - t.domContentLoaded));
    const load = runs.map((t) => Math.round(t.firstMark - t.load));
    return 'DOMContentLoaded → marks drawn: ' + dcl.join(', ') + ' ms (median ' + median(dcl) +
        ' ms; target ≤ 150 ms); load event → marks: median ' + median(load) + ' ms; navigation start → marks: median ' +
        median(runs.map((t) => Math.round(t.firstMark))) + ' ms';
}

/* -------------------------------------------- checks shared by browsers */

const norm = (s) => String(s).replace(/\s+/g, ' ').trim();
const nameOf = (label) => labels.labelName(label);

/* The expected marks of a page against what the page shows (view, from
   inpage.readMarks) and what the test hook says (state). */
function checkMarks(b, name, exp, view, state) {
    for (const m of exp.marks) {
        const want = (m.any || [m.label]).map(nameOf);
        const at = view.marks.filter((k) => k.text === m.text);
        check(at.some((k) => want.includes(k.label)), b, name + ': “' + clip(m.text, 70) + '” marked ' + want.join(' or '),
            at.length ? {marked_as: at.map((k) => k.label)} : {not_highlighted: true,
                near: view.marks.filter((k) => k.text.includes(m.text.slice(0, 25)) || m.text.includes(k.text))
                    .map((k) => [k.label, clip(k.text, 80)])});
    }
    for (const u of exp.unmarked || [])
        check(!view.marks.some((k) => k.text.includes(u) || u.includes(k.text)), b, name + ': “' + clip(u, 60) +
            '” not marked', view.marks.filter((k) => k.text.includes(u) || u.includes(k.text)));
    check(view.unpaired === 0 && view.highlights === view.markers, b, name + ': each highlight has its marker',
        {highlights: view.highlights, markers: view.markers, unpaired: view.unpaired});
    /* the hook's findings (top frame) and the page agree */
    const shown = state.findings.filter((f) => f.shown);
    const missing = shown.filter((f) => !view.marks.some((k) => k.text === norm(f.text) && k.label === nameOf(f.label)));
    check(state.findings.every((f) => f.shown) && !missing.length, b, name + ': every finding the hook reports is on the page',
        {not_shown: state.findings.filter((f) => !f.shown).map((f) => f.text), not_in_page: missing.map((f) => f.text)});
}

/* The texts of the warnings drawn after the control with this id (or
   after the element holding it), or after an element whose text starts so. */
function warningsAfter(view, after) {
    return view.warnings.filter((x) => x.after && (x.after.ids.includes(after) || x.after.text.startsWith(after)))
        .flatMap((x) => x.texts);
}

function checkWarnings(b, name, exp, view) {
    const hits = (w) => warningsAfter(view, w.after);
    for (const w of exp.warnings || []) {
        const texts = hits(w);
        check(texts.some((t) => w.match.test(t)), b, name + ': warning on ' + w.what, {there: texts, all: view.warnings});
    }
    for (const w of exp.noWarnings || []) {
        const texts = hits(w);
        check(!texts.some((t) => w.match.test(t)), b, name + ': no such warning on ' + w.what, texts);
    }
}

function checkCard(b, name, exp, card) {
    const lines = card ? card.lines : [];
    check(exp.card.lines.every((re) => lines.some((l) => re.test(l))), b, name + ': card of “' + clip(exp.card.text, 40) +
        '” says ' + exp.card.lines.map(String).join(' + '), lines);
}

function checkSummary(b, name, exp, summary) {
    for (const [k, v] of Object.entries(exp.summary || {}))
        check(summary && [].concat(v).includes(summary[k]), b, name + ': summary ' + k + ' = ' +
            [].concat(v).map((x) => JSON.stringify(x)).join(' or '), summary && summary[k]);
}

function checkNothing(b, name, view, state) {
    check(state.status === 'done' && state.findings.length === 0, b, name + ': read, and nothing found',
        {status: state.status, findings: state.findings.map((f) => [f.label, f.text])});
    check(view.highlights === 0 && view.markers === 0 && view.warnings.length === 0, b, name + ': no marks on the page',
        {highlights: view.highlights, markers: view.markers, warnings: view.warnings});
}

/* ------------------------------------------------------------- Chromium */

async function chromiumRun(base) {
    const b = 'chromium';
    const work = B.fresh(path.join(OUT, 'chromium'));
    const profile = path.join(work, 'profile');
    const where = {chromiumProfile: profile};
    /* the manifest written, then removed: the extension must say so */
    B.register(where);
    B.unregister(where);
    check(!fs.existsSync(B.hostManifestPath(where)), b, 'host manifest removed from the private profile');
    const br = await B.launchChromium({profile, tmp: B.fresh(path.join(work, 'tmp'))});
    const {ctx, sw} = br;
    try {
        check(sw.url() === 'chrome-extension://' + B.CHROMIUM_ID + '/background.js', b, 'extension loaded with its fixed id', sw.url());
        await ctx.addInitScript(inpage.installTimingProbe);
        const state = (tab) => B.swFindings(sw, tab);
        const marks = (page, opts) => B.deadline(page.evaluate(inpage.readMarks, opts || null), 20000, 'reading marks');
        const badge = (tabId) => B.deadline(sw.evaluate(async (id) => {
            const c = await chrome.action.getBadgeBackgroundColor({tabId: id});
            return {text: await chrome.action.getBadgeText({tabId: id}),
                colour: '#' + c.slice(0, 3).map((x) => x.toString(16).padStart(2, '0')).join('')};
        }, tabId), 10000, 'badge');
        const settled = (page, what, ms, test) => B.until(async () => {
            const st = await state(page.url());
            return test(st) ? st : null;
        }, ms || 20000, what);
        const finished = (page, ms, stale) => settled(page, page.url() + ' read and drawn', ms,
            (st) => st.page !== stale && st.status === 'done' && st.findings.every((f) => f.shown));
        /* reload, and wait for the new reading (not the last one's state) */
        const reread = async (page) => {
            const stale = (await state(page.url())).page;
            await page.reload({timeout: 30000});
            return finished(page, 30000, stale);
        };
        const popup = async (tabId) => {
            const p = await ctx.newPage();
            await p.goto(B.popupUrl(tabId), {timeout: 20000});
            return p;
        };
        const popupText = (p, re, what) => B.until(() => p.evaluate((src) => new RegExp(src).test(document.body.innerText) &&
            document.body.innerText, re.source), 10000, what);

        /* --- no host: the page is left alone, the popup says what to run */
        const policy = await ctx.newPage();
        await policy.goto(base + PAGES.policy.path, {timeout: 30000});
        const miss = await settled(policy, 'host-missing', 20000, (st) => st.status !== 'none' && st.status !== 'reading');
        check(miss.status === 'host-missing', b, 'missing host noticed', miss.status + ' ' + miss.error);
        const mview = await marks(policy);
        check(mview.markers === 0 && mview.highlights === 0, b, 'page left alone without a host', mview);
        check((await badge(miss.tabId)).text === '!', b, 'badge says something is wrong', await badge(miss.tabId));
        const mpop = await popup(miss.tabId);
        const mtext = await popupText(mpop, /not installed/, 'missing-host message');
        check(/make install/.test(mtext) && /installers\/install\.sh/.test(mtext), b, 'popup says the host is missing and how to install it',
            clip(mtext, 300));
        await mpop.screenshot({path: path.join(OUT, 'chromium-popup-nohost.png')});

        /* --- install, then "Try again" in the popup reads the page */
        B.register(where);
        await mpop.getByRole('button', {name: 'Try again'}).click({timeout: 10000});
        const pst = await finished(policy, 30000).catch((e) => (check(false, b, 'page read after installing and “Try again”',
            e.message), null));
        if (pst)
            check(pst.findings.length > 0, b, 'page read after installing and “Try again”', pst.status);
        await mpop.close();

        /* --- the long policy page: marks, summary, popup, card, timing */
        const pol = await reread(policy);
        const pview = await marks(policy);
        checkMarks(b, 'policy', PAGES.policy, pview, pol);
        checkSummary(b, 'policy', PAGES.policy, pol.summary);
        const worst = labels.worst(pview.marks.map((k) => k.severity));
        const bd = await badge(pol.tabId);
        check(bd.text === String(pol.findings.length) && bd.colour === words.BADGE_COLOURS[worst], b,
            'policy: badge shows ' + pol.findings.length + ' in the colour of “' + worst + '”', bd);
        await marks(policy, {focus: {text: PAGES.policy.card.text, label: nameOf(PAGES.policy.card.label)}});
        const pcard = await B.until(() => policy.evaluate(inpage.readCard), 5000, 'card').catch(() => null);
        checkCard(b, 'policy', PAGES.policy, pcard);
        await policy.screenshot({path: path.join(OUT, 'chromium-policy.png')});
        await policy.keyboard.press('Escape');

        const ppop = await popup(pol.tabId);
        await popupText(ppop, /What this page says/, 'popup summary');
        const pairs = await ppop.evaluate(() => Array.from(document.querySelectorAll('#answers dt'))
            .map((dt) => [dt.textContent, dt.nextElementSibling ? dt.nextElementSibling.textContent : '']));
        for (const [q, a] of PAGES.policy.popup) {
            const got = pairs.find((p) => p[0] === q);
            check(got && (a instanceof RegExp ? a.test(got[1]) : got[1] === a), b, 'popup: “' + q + '” → ' + String(a),
                got ? got[1] : pairs);
        }
        const items = await ppop.evaluate(() => document.querySelectorAll('#groups li').length);
        check(items === pol.findings.length, b, 'popup lists every finding', {items, findings: pol.findings.length});
        await ppop.screenshot({path: path.join(OUT, 'chromium-popup-policy.png'), fullPage: true});
        /* "Show on page" scrolls to the sentence and opens its card */
        const arb = PAGES.policy.marks.find((m) => m.label === 'arbitration').text;
        const shown = await popupButton(ppop, arb, 'Show on page');
        const scard = shown ? await B.until(() => policy.evaluate(inpage.readCard), 5000, 'card from the popup').catch(() => null) : null;
        check(scard && scard.lines[0].startsWith('Arbitration'), b, 'popup: “Show on page” opens the sentence’s card',
            scard || (shown ? 'no card' : 'arbitration finding not in the popup'));
        await ppop.close();

        /* page load to marks on the 100 KB page (printed, not asserted) */
        const runs = [];
        for (let i = 0; i < 5; i++) {
            await reread(policy);
            const t = await B.until(async () => {
                const x = await policy.evaluate(inpage.readTiming);
                return x.firstMark !== null ? x : null;
            }, 5000, 'timing');
            runs.push(t);
        }
        const kb = Math.round(fs.statSync(path.join(B.DEMO_PAGES, 'policy.html')).size / 1024);
        figure('chromium: policy.html (' + kb + ' KB): ' + timingLine(runs));

        /* "Dismiss" in the popup takes the mark off the page (and keeps it off) */
        const logs18 = 'Server logs are kept for 18 months.';
        const before = await state(policy.url());
        const dpop = await popup(before.tabId);
        await popupText(dpop, /Marked on the page/, 'popup list');
        const dismissed = await popupButton(dpop, logs18, 'Dismiss');
        const gone = dismissed ? await B.until(async () => {
            const v = await marks(policy);
            return v.marks.some((k) => k.text === logs18) ? null : v;
        }, 5000, 'dismissed mark gone').catch(() => null) : null;
        const after = await state(policy.url());
        check(!!gone && !after.findings.some((f) => f.text === logs18) && after.findings.length === before.findings.length - 1,
            b, 'popup: “Dismiss” takes the mark off the page', {dismissed, before: before.findings.length,
                after: after.findings.length});
        await dpop.close();

        /* a page with switches or boxes: its kind, marks and warnings */
        const controlsPage = async (name, minWarnings) => {
            const page = await ctx.newPage();
            await page.goto(base + PAGES[name].path, {timeout: 30000});
            const st = await finished(page);
            check(st.kind === PAGES[name].kind, b, name + ': recognised as ' + PAGES[name].kind, st.kind);
            const view = await B.until(async () => {
                const v = await marks(page);
                return v.warnings.length >= minWarnings ? v : null;
            }, 5000, name + ' warnings').catch(() => marks(page));
            checkMarks(b, name, PAGES[name], view, st);
            checkWarnings(b, name, PAGES[name], view);
            return {page, st};
        };

        /* --- settings: switches, what survives the opt-out, retention */
        const {page: settings, st: sst} = await controlsPage('settings', 1);
        await marks(settings, {focus: {text: PAGES.settings.card.text, label: nameOf(PAGES.settings.card.label)}});
        checkCard(b, 'settings', PAGES.settings, await B.until(() => settings.evaluate(inpage.readCard), 5000, 'card')
            .catch(() => null));
        await settings.screenshot({path: path.join(OUT, 'chromium-settings.png'), fullPage: true});
        await readmeShot(ctx, settings, sst.tabId, base);
        await settings.keyboard.press('Escape');
        await settings.click('#improve', {timeout: 5000});
        const flipped = await B.until(async () => {
            const v = await marks(settings);
            const t = warningsAfter(v, 'improve');
            return t.length && !t.some((x) => /^On:/.test(x)) ? t : null;
        }, 5000, 'warning after flipping').catch((e) => e.message);
        check(Array.isArray(flipped) && flipped.some((x) => /^Off, but the page says: “Even if you turn this setting off/.test(x)),
            b, 'settings: turning the switch off changes its warning', flipped);

        /* --- sign-up: pre-ticked boxes, "by clicking you agree" */
        const {page: signup} = await controlsPage('signup', 2);
        await signup.screenshot({path: path.join(OUT, 'chromium-signup.png'), fullPage: true});
        await signup.locator('input[name=improve]').uncheck({timeout: 5000});
        const unticked = await B.until(async () => {
            const v = await marks(signup);
            const t = warningsAfter(v, 'Let Parley use');
            return t.some((x) => /^Ticked for you/.test(x)) ? null : v;
        }, 5000, 'warning gone after unticking').catch(() => null);
        check(!!unticked, b, 'signup: unticking the box removes its warning');

        /* --- text that arrives after load */
        const dyn = await ctx.newPage();
        await dyn.goto(base + PAGES.dynamic.path, {timeout: 30000});
        const dview = await B.until(async () => {
            const v = await marks(dyn);
            return PAGES.dynamic.marks.every((m) => v.marks.some((k) => k.text === m.text)) ? v : null;
        }, 15000, 'late text marked').catch(() => marks(dyn));
        checkMarks(b, 'dynamic', PAGES.dynamic, dview, await state(dyn.url()));
        const dt = await dyn.evaluate(inpage.readTiming);
        check(dt.arrived !== null && dt.firstMark !== null && dt.firstMark > dt.arrived, b,
            'dynamic: marks appear after the late text arrives', dt);
        if (dt.arrived !== null && dt.lastMark !== null)
            figure('chromium: dynamic.html: late text → marks drawn: ' + Math.round(dt.firstMark - dt.arrived) +
                ' ms (the content script waits for the page to be quiet for 500 ms)');
        await dyn.screenshot({path: path.join(OUT, 'chromium-dynamic.png'), fullPage: true});

        /* --- pages not read by themselves, checked from the popup */
        for (const name of ['neutral', 'german', 'markup']) {
            const exp = PAGES[name];
            const page = await ctx.newPage();
            let dialogs = 0;
            page.on('dialog', (d) => {
                dialogs++;
                d.dismiss().catch(() => {});
            });
            await page.goto(base + exp.path, {timeout: 30000});
            const idle = await settled(page, name + ' idle', 15000, (st) => st.status === 'idle');
            const before = (await marks(page)).elements;
            const pop = await popup(idle.tabId);
            await popupText(pop, /does not look like a policy/, 'popup offers to check ' + name);
            await pop.getByRole('button', {name: 'Check this page'}).click({timeout: 5000});
            const st = await finished(page);
            const view = await marks(page);
            if (exp.nothing)
                checkNothing(b, name, view, st);
            else
                checkMarks(b, name, exp, view, st);
            const bd2 = await badge(st.tabId);
            if (name === 'neutral') {
                check(bd2.text === '', b, 'neutral: no badge', bd2);
                const t = await popupText(pop, DONE, 'popup after checking').catch((e) => e.message);
                check(/Nothing marked on this page/.test(t), b, 'neutral: popup says nothing is marked', clip(t, 200));
            }
            if (name === 'german') {
                check(st.language === 'unknown', b, 'german: not taken for English', st.language);
                check(bd2.text === 'EN?', b, 'german: badge says English only', bd2);
                const t = await popupText(pop, DONE, 'popup after checking').catch((e) => e.message);
                check(t.includes(words.ENGLISH_ONLY), b, 'german: popup says English only for now', clip(t, 200));
            }
            if (name === 'markup') {
                check(dialogs === 0, b, 'markup: no script from the page text ran', dialogs);
                check(view.elements === before, b, 'markup: no element was made from the page text',
                    {before, after: view.elements});
                await marks(page, {focus: {text: exp.marks[0].text, label: nameOf(exp.marks[0].label)}});
                const c = await B.until(() => page.evaluate(inpage.readCard), 5000, 'card').catch(() => null);
                check(c && c.foreign === 0, b, 'markup: the card holds text only', c);
                const t = await popupText(pop, DONE, 'popup list').catch((e) => e.message);
                check(t.includes('<b>Sign up</b>') && await pop.evaluate(() => document.querySelectorAll('img, svg, iframe').length) === 0,
                    b, 'markup: the popup quotes the text as text', clip(t, 300));
            }
            await pop.screenshot({path: path.join(OUT, 'chromium-popup-' + name + '.png'), fullPage: true});
            await page.screenshot({path: path.join(OUT, 'chromium-' + name + '.png'), fullPage: true});
            await pop.close();
        }

        /* --- a page that changed since the last visit (the host's history) */
        await changedPageChromium(ctx, base, state, finished);

        /* --- frames and hidden text (test fixture) */
        const fr = await ctx.newPage();
        await fr.goto(base + '/fixtures/frames.html', {timeout: 30000});
        const fst = await finished(fr);
        check(fst.findings.some((f) => f.label === 'arbitration' && /Larkspur Notes will be resolved/.test(f.text)),
            b, 'frames: a same-origin frame is read', fst.findings.map((f) => f.text));
        const frameMarkers = await B.deadline(fr.frames()[1].evaluate(() => document.querySelectorAll('smallprint-marker').length),
            5000, 'frame markers').catch(() => -1);
        check(frameMarkers >= 1, b, 'frames: the frame’s sentence is marked inside the frame', frameMarkers);
        check(!fst.findings.some((f) => /in secret|hidden block/.test(f.text)), b, 'frames: hidden text is not read');

        /* --- a 5 MB page: read to the end, port never dropped */
        const big = await ctx.newPage();
        const logsBefore = br.logs.length;
        const t0 = Date.now();
        await big.goto(base + '/big.html', {timeout: 60000});
        /* polled by tab and seldom: each look at the state copies megabytes */
        const bigTab = (await B.until(async () => (await state(big.url())).tabId, 10000, 'big page tab')) || null;
        const bst = await B.until(async () => {
            const st = await state(bigTab);
            return st.status !== 'reading' && st.status !== 'none' && st.status !== 'idle' ? st : null;
        }, 150000, 'the 5 MB page', 2000).catch((e) => ({status: 'timeout', error: e.message, findings: []}));
        const took = Date.now() - t0;
        const host = await B.deadline(sw.evaluate(() => globalThis.smallprintTest.host()), 5000, 'host state');
        const dropped = br.logs.slice(logsBefore).filter((l) => /Error when communicating|Native host has exited|connection closed/i.test(l));
        check(bst.status === 'done' && host.connected && !dropped.length, b, '5 MB page: read to the end over one port',
            {status: bst.status, error: bst.error, connected: host.connected, logs: dropped});
        check(bst.findings.length > 5000, b, '5 MB page: thousands of findings come back (results split by the host)',
            bst.findings.length);
        const bview = await marks(big).catch(() => ({markers: -1}));
        check(bview.markers === bst.findings.length, b, '5 MB page: every finding is marked', {markers: bview.markers,
            findings: bst.findings.length});
        figure('chromium: 5 MB page: ' + bst.findings.length + ' findings marked ' + (took / 1000).toFixed(1) +
            ' s after navigation' + (bst.partial ? ' (partial: the host ran out of time on some batch)' : ''));
    } catch (e) {
        check(false, b, 'stopped: ' + e.message, e.stack.split('\n').slice(1, 4).join(' | '));
    } finally {
        if (failures)
            console.log('chromium console (last lines):\n  ' + br.logs.slice(-25).join('\n  '));
        await br.close();
    }
}

/* Click a finding's button (Show on page, Dismiss, Wrong) in the popup;
   false when the popup does not list that sentence. */
function popupButton(pop, text, name) {
    return pop.evaluate(([t, n]) => {
        for (const li of document.querySelectorAll('#groups li'))
            if (li.querySelector('.quote').textContent === '“' + t + '”') {
                Array.from(li.querySelectorAll('button')).find((x) => x.textContent === n).click();
                return true;
            }
        return false;
    }, [text, name]);
}

/* Open /changing.html, then serve its second version and reload: the host
   compares it with the first, and the markers, the popup and the options
   page say so. */
async function changedPageChromium(ctx, base, state, finished) {
    const b = 'chromium';
    served.changing = 1;
    const page = await ctx.newPage();
    await page.goto(base + '/changing.html', {timeout: 30000});
    const first = await finished(page);
    check(first.changes === null, b, 'changed page: first visit, no changes', first.changes);
    served.changing = 2;
    await page.reload({timeout: 30000});
    const second = await finished(page, 30000, first.page);
    const ch = second.changes || {answers: [], added: [], removed: [], reworded: []};
    check(ch.answers.some((a) => a.key === 'ai_training'), b, 'changed page: the host says the AI training answer changed',
        ch.answers);
    check(ch.removed.some((r) => r.label === 'opt_out'), b, 'changed page: the opt-out that went is listed as removed',
        ch.removed);
    const tagged = second.findings.filter((f) => f.change).map((f) => f.label + ':' + f.change);
    check(tagged.includes('ai_training:added') && tagged.includes('retention:reworded'), b,
        'changed page: new and reworded findings are told apart', tagged);
    const tags = await page.evaluate(() => Array.from(document.querySelectorAll('smallprint-marker'))
        .map((m) => (m.shadowRoot.querySelector('[part=tag]') || {}).textContent).filter(Boolean));
    check(tags.includes('new') && tags.includes('reworded'), b, 'changed page: markers carry a "new" or "reworded" tag', tags);
    await page.screenshot({path: path.join(OUT, 'chromium-changed.png'), fullPage: true});

    const pop = await ctx.newPage();
    await pop.goto(B.popupUrl(second.tabId), {timeout: 20000});
    const text = await B.until(() => pop.evaluate(() => !document.getElementById('changes').hidden &&
        document.body.innerText), 10000, 'popup changes').catch((e) => e.message);
    check(/^Changed since \d{1,2} [A-Z][a-z]+ \d{4}$/m.test(text), b, 'changed page: popup says "Changed since DATE", first',
        clip(text, 300));
    check(text.indexOf('Changed since') < text.indexOf('What this page says'), b, 'changed page: the changes come first');
    check(/No longer on the page/.test(text) && /A way to opt out/.test(text), b, 'changed page: popup lists removed findings');
    await pop.screenshot({path: path.join(OUT, 'chromium-popup-changed.png'), fullPage: true});
    await pop.close();

    const opts = await ctx.newPage();
    await opts.goto('chrome-extension://' + B.CHROMIUM_ID + '/options/options.html', {timeout: 20000});
    const site = base.toLowerCase();
    const listed = await B.until(() => opts.evaluate(() => document.getElementById('history-sites').innerText), 10000,
        'options history list').catch((e) => e.message);
    check(listed.includes(site) && /\/changing\.html/.test(listed), b, 'options: the remembered site is listed', clip(listed, 300));
    await opts.getByRole('button', {name: 'Forget ' + site}).click({timeout: 5000}).catch(() => {});
    const after = await B.until(async () => {
        const t = await opts.evaluate(() => document.getElementById('history-status').innerText);
        return /No pages are remembered/.test(t) ? t : null;
    }, 10000, 'forgotten').catch((e) => e.message);
    check(/No pages are remembered/.test(after), b, 'options: Forget removes the site', after);
    await opts.screenshot({path: path.join(OUT, 'chromium-options-history.png'), fullPage: true});
    await opts.close();
    await page.close();
}

/* The README's picture: the settings page with a card open, beside the
   popup for that tab, on one canvas. */
async function readmeShot(ctx, page, tabId, base) {
    const m = PAGES.settings.marks[1]; /* the carve-out: its card opens below the warning on the switch */
    await page.evaluate(inpage.readMarks, {focus: {text: m.text, label: nameOf(m.label)}});
    await B.until(() => page.evaluate(inpage.readCard), 5000, 'card for the README');
    await page.evaluate(() => window.scrollTo(0, 0));
    const left = await page.screenshot({clip: {x: 0, y: 0, width: 1100, height: 900}});
    const pop = await ctx.newPage();
    await pop.setViewportSize({width: 400, height: 900});
    await pop.goto(B.popupUrl(tabId));
    await B.until(() => pop.evaluate(() => document.getElementById('answers').children.length > 0), 5000, 'popup');
    const right = await pop.screenshot({clip: {x: 0, y: 0, width: 400, height: 900}});
    await pop.close();
    const canvas = await ctx.newPage();
    await canvas.setViewportSize({width: 1524, height: 924});
    await canvas.goto(base + '/index.html');
    await canvas.evaluate(([l, r]) => {
        document.body.replaceChildren();
        document.body.setAttribute('style', 'margin:0;max-width:none;padding:12px;background:#e8eaed;display:flex;gap:12px;');
        for (const [src, w] of [[l, 1100], [r, 400]]) {
            const img = document.createElement('img');
            img.src = 'data:image/png;base64,' + src;
            img.width = w;
            img.setAttribute('style', 'box-shadow:0 1px 4px rgba(0,0,0,.3);background:#fff;align-self:flex-start;');
            document.body.append(img);
        }
    }, [left.toString('base64'), right.toString('base64')]);
    await canvas.waitForFunction(() => Array.from(document.images).every((i) => i.complete), null, {timeout: 5000});
    await canvas.screenshot({path: path.join(OUT, 'readme.png')});
    await canvas.close();
}

/* -------------------------------------------------------------- Firefox */

async function firefoxRun(base) {
    const b = 'firefox';
    const work = B.fresh(path.join(OUT, 'firefox'));
    let ff;
    try {
        ff = await B.launchFirefox({work, withHost: false});
        const {bidi, context: ctx} = ff;
        check(ff.extension === B.GECKO_ID, b, 'extension installed with its gecko id', ff.extension);
        await bidi.send('script.addPreloadScript', {functionDeclaration: inpage.installTimingProbe.toString()});
        const hook = (request) => B.firefoxHook(bidi, ctx, request);
        const go = (p) => bidi.send('browsingContext.navigate', {context: ctx, url: base + p, wait: 'complete'}, 60000);
        const marks = (opts) => bidi.call(ctx, inpage.readMarks, opts || null, 30000);
        const settled = (what, ms, test, every) => B.until(async () => {
            const st = await hook();
            return st && test(st) ? st : null;
        }, ms || 20000, what, every);
        const finished = (ms) => settled('page read and drawn', ms, (st) => st.status === 'done' &&
            st.findings.every((f) => f.shown));
        /* Firefox opens a card on a pointer (a headless window has no focus) */
        const cardFor = async (text, label) => {
            const v = await marks({focus: {text, label}});
            if (!v.focused)
                return null;
            await bidi.send('input.performActions', {context: ctx, actions: [{type: 'pointer', id: 'mouse',
                parameters: {pointerType: 'mouse'}, actions: [{type: 'pointerMove', x: 1, y: 1},
                    {type: 'pointerMove', x: v.focused.x, y: v.focused.y, duration: 50}]}]});
            return B.until(() => bidi.call(ctx, inpage.readCard), 5000, 'card').catch(() => null);
        };

        /* --- no host, then installed and checked again */
        await go(PAGES.policy.path);
        const miss = await settled('host-missing', 20000, (st) => st.status !== 'reading' && st.status !== 'none');
        check(miss.status === 'host-missing', b, 'missing host noticed', miss.status + ' ' + miss.error);
        check(/not installed/.test(miss.error || '') && /install/.test(miss.error || ''), b,
            'the missing-host message says how to install it', miss.error);
        const mview = await marks();
        check(mview.markers === 0 && mview.highlights === 0, b, 'page left alone without a host', mview);
        B.register({home: ff.home});
        const again = await hook('analyze');
        check(again && again.ok, b, 'checking again after installing is accepted', again);
        const pol = await finished(30000).catch((e) => ({status: 'timeout', error: e.message, findings: []}));
        check(pol.status === 'done' && pol.findings.length > 0, b, 'page read after installing', pol.status);

        /* --- the long policy page */
        const pview = await marks();
        checkMarks(b, 'policy', PAGES.policy, pview, pol);
        checkSummary(b, 'policy', PAGES.policy, pol.summary);
        checkCard(b, 'policy', PAGES.policy, await cardFor(PAGES.policy.card.text, nameOf(PAGES.policy.card.label)));
        await bidi.screenshot(ctx, path.join(OUT, 'firefox-policy.png'));
        const runs = [];
        for (let i = 0; i < 5; i++) {
            await go(PAGES.policy.path);
            await finished();
            runs.push(await B.until(async () => {
                const x = await bidi.call(ctx, inpage.readTiming);
                return x.firstMark !== null ? x : null;
            }, 5000, 'timing'));
        }
        figure('firefox: policy.html: ' + timingLine(runs));

        /* a page with switches or boxes: its kind, marks and warnings */
        const controlsPage = async (name, minWarnings) => {
            await go(PAGES[name].path);
            const st = await finished();
            check(st.kind === PAGES[name].kind, b, name + ': recognised as ' + PAGES[name].kind, st.kind);
            const view = await B.until(async () => {
                const v = await marks();
                return v.warnings.length >= minWarnings ? v : null;
            }, 5000, name + ' warnings').catch(() => marks());
            checkMarks(b, name, PAGES[name], view, st);
            checkWarnings(b, name, PAGES[name], view);
        };

        /* --- settings */
        await controlsPage('settings', 1);
        checkCard(b, 'settings', PAGES.settings, await cardFor(PAGES.settings.card.text, nameOf(PAGES.settings.card.label)));
        await bidi.screenshot(ctx, path.join(OUT, 'firefox-settings.png'), 'document');

        /* --- sign-up */
        await controlsPage('signup', 2);
        await bidi.screenshot(ctx, path.join(OUT, 'firefox-signup.png'), 'document');

        /* --- late text */
        await go(PAGES.dynamic.path);
        const dview = await B.until(async () => {
            const v = await marks();
            return PAGES.dynamic.marks.every((m) => v.marks.some((k) => k.text === m.text)) ? v : null;
        }, 15000, 'late text marked').catch(() => marks());
        checkMarks(b, 'dynamic', PAGES.dynamic, dview, await hook());
        await bidi.screenshot(ctx, path.join(OUT, 'firefox-dynamic.png'), 'document');

        /* --- a page that changed since the last visit: the markers say which findings are new */
        served.changing = 1;
        await go('/changing.html');
        const c1 = await finished();
        served.changing = 2;
        await bidi.send('browsingContext.reload', {context: ctx, wait: 'complete'}, 60000);
        const c2 = await settled('second version read', 20000, (st) => st.page !== c1.page && st.status === 'done' &&
            st.findings.every((f) => f.shown)).catch((e) => ({changes: null, error: e.message}));
        check(c2.changes && c2.changes.answers.some((a) => a.key === 'ai_training'), b,
            'changed page: the host says the AI training answer changed', c2.changes || c2.error);
        const ftags = await bidi.eval(ctx, `JSON.stringify(Array.from(document.querySelectorAll('smallprint-marker'))
            .map((m) => (m.shadowRoot.querySelector('[part=tag]') || {}).textContent).filter(Boolean))`);
        check(ftags.includes('new') && ftags.includes('reworded'), b, 'changed page: markers carry a "new" or "reworded" tag',
            ftags);

        /* --- pages checked on request */
        for (const name of ['neutral', 'german']) {
            await go(PAGES[name].path);
            await settled(name + ' idle', 15000, (st) => st.status === 'idle');
            const asked = await hook('analyze');
            check(asked && asked.ok, b, name + ': checked on request', asked);
            const st = await finished();
            checkNothing(b, name, await marks(), st);
            if (name === 'german')
                check(st.language === 'unknown', b, 'german: not taken for English', st.language);
            await bidi.screenshot(ctx, path.join(OUT, 'firefox-' + name + '.png'), 'document');
        }

        /* --- a 5 MB page */
        const t0 = Date.now();
        await go('/big.html');
        /* polled seldom: each look at the state copies megabytes through three contexts */
        const bst = await settled('the 5 MB page', 150000, (st) => !['reading', 'none', 'idle'].includes(st.status), 2000)
            .catch((e) => ({status: 'timeout', error: e.message, findings: []}));
        check(bst.status === 'done' && bst.findings.length > 5000, b, '5 MB page: read to the end without a dropped port',
            {status: bst.status, error: bst.error, findings: bst.findings.length});
        figure('firefox: 5 MB page: ' + bst.findings.length + ' findings, ' + ((Date.now() - t0) / 1000).toFixed(1) +
            ' s after navigation');
        await bidi.send('session.end', {}).catch(() => {});
    } catch (e) {
        check(false, b, 'stopped: ' + e.message, e.stack.split('\n').slice(1, 4).join(' | '));
    } finally {
        if (ff)
            await ff.close();
    }
}

/* ------------------------------------------------------------------ main */

async function main() {
    const which = process.argv[2] || 'all';
    if (!['chromium', 'firefox', 'all'].includes(which)) {
        console.error('usage: node tests/e2e/e2e.js [chromium|firefox|all]');
        process.exit(2);
    }
    if (!fs.existsSync(B.HOST)) {
        console.error('e2e: build/smallprint-host is missing: run make first');
        process.exit(2);
    }
    const watchdog = setTimeout(() => {
        console.log('FAIL  e2e: stopped after the global deadline of ' + TOTAL_S + ' s (browsers are killed)');
        process.exit(1); /* Playwright and launchFirefox kill their browsers on exit */
    }, TOTAL_S * 1000);
    fs.mkdirSync(OUT, {recursive: true});
    process.env.TMPDIR = B.fresh(path.join(OUT, 'tmp'));
    const big = bigPolicy(BIG_BYTES);
    const {server, base} = await B.serve({'/fixtures/': FIXTURES, '/big.html': () => big,
        '/changing.html': () => ({body: fs.readFileSync(path.join(FIXTURES, 'changing-v' + served.changing + '.html'))})});
    try {
        if (which === 'chromium' || which === 'all')
            await chromiumRun(base);
        if (which === 'firefox' || which === 'all')
            await firefoxRun(base);
    } finally {
        server.close();
        clearTimeout(watchdog);
    }
    console.log('\n=== e2e figures');
    for (const f of figures)
        console.log('  ' + f);
    console.log('=== e2e results');
    for (const [br, n] of Object.entries(passedBy))
        console.log('  ' + br + ': ' + n.pass + ' passed, ' + n.fail + ' failed');
    console.log(failures ? failures + ' check(s) failed' : 'all end-to-end checks passed');
    console.log('screenshots: ' + path.relative(process.cwd(), OUT) + '/');
    process.exit(failures ? 1 : 0);
}

main().catch((e) => {
    console.error('e2e: ' + e.stack);
    process.exit(1);
});
