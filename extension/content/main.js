/*
 * content/main.js - the content script's life on one page (or one
 * same-origin frame): say hello, read the blocks when told to, send them,
 * draw the findings that come back, watch the page for new or changed text
 * and for flipped switches, and answer the background's messages.
 *
 * Cross-origin frames do nothing at all. Messages are only taken from our
 * own background (runtime messages carry no tab then); nothing from the page
 * is listened to but DOM changes and `change` events.
 */
(function (root) {
    'use strict';
    const sp = root.smallprint;
    if (!sp || sp.contentStarted)
        return;
    sp.contentStarted = true;
    const {platform, textmap, pagekind, controls, marks, warnings} = sp;

    const DEBOUNCE_MS = 500;      /* quiet time after the last change before re-reading */
    const MAX_WAIT_MS = 2000;     /* re-read at least this often while a page keeps changing */
    const KIND_WATCH_MS = 30000;  /* how long a page that looked ordinary is watched for a form */

    /* window, not globalThis: in Firefox a content script's global is a
       sandbox whose prototype is the window, so it never equals window.top */
    const isTop = window.top === window;
    let sameOrigin = isTop;
    if (!isTop) {
        try {
            sameOrigin = typeof window.top.location.href === 'string';
        } catch (e) {
            sameOrigin = false;
        }
    }
    if (!sameOrigin)
        return; /* cross-origin frames are not read (docs/permissions.md) */

    const page = {
        id: null,
        running: false,
        blocks: new Map(),       /* id -> textmap block (this reading) */
        sent: new Map(),         /* id -> text the host has */
        controls: [],
        initial: new WeakMap(),  /* control -> checked when first seen */
        changed: new WeakSet(),  /* controls the person flipped */
        findings: [],
        exceptions: [],
        kinds: [],
        observer: null,
        timer: 0,
        firstChange: 0,
    };
    const blockId = textmap.makeIdAllocator('b');
    const controlId = textmap.makeIdAllocator('c');

    /* ---- reading -------------------------------------------------------- */

    function style(el) {
        return window.getComputedStyle(el);
    }

    function isHidden(el) {
        const cs = style(el);
        if (cs.display === 'contents')
            return false; /* no box of its own, but its children show */
        if (cs.display === 'none' || cs.visibility === 'hidden' || cs.visibility === 'collapse' || cs.opacity === '0')
            return true;
        if (typeof el.checkVisibility === 'function' &&
            !el.checkVisibility({contentVisibilityAuto: false, opacityProperty: true, visibilityProperty: true}))
            return true;
        /* "visually hidden" text for screen readers: a 1px clipped box */
        if (cs.position === 'absolute' && el.clientWidth <= 1 && el.clientHeight <= 1 && cs.overflow === 'hidden')
            return true;
        return false;
    }

    function isBlock(el) {
        const d = style(el).display;
        if (d === 'contents')
            return false;
        if (textmap.BLOCK.has(el.localName))
            return !(d === 'inline' && (el.localName === 'div' || el.localName === 'p'));
        return !(d.startsWith('inline') || d.startsWith('ruby') || d === 'none');
    }

    function isPre(el) {
        const ws = style(el).whiteSpace || '';
        return ws.startsWith('pre') || ws === 'break-spaces';
    }

    function readPage() {
        const {blocks, nodeBlock} = textmap.extractBlocks(document, {isHidden, isBlock, isPre, idFor: blockId,
            skip: marks.isOurs});
        const ctls = controls.readControls(document, nodeBlock);
        for (const c of ctls) {
            if (!page.initial.has(c.element))
                page.initial.set(c.element, c.checked);
            if (c.synthetic) {
                const id = controlId(c.element, 0);
                blocks.push({id, element: c.element, text: c.synthetic, segments: []});
                c.blockIds = [id];
            }
        }
        page.blocks = new Map(blocks.map((b) => [b.id, b]));
        page.controls = ctls;
        return blocks;
    }

    /* ---- talking to the background ---------------------------------------- */

    async function sendBlocks(list, full, final) {
        if (!list.length && !full)
            return;
        const msg = {type: 'frame:blocks', page: page.id, full, final,
            blocks: list.map((b) => ({id: b.id, text: b.text, kind: textmap.blockKind(b.element)}))};
        for (let attempt = 0; attempt < 2; attempt++) {
            try {
                return await platform.send(msg);
            } catch (e) {
                /* the background was stopped mid-request: it is started again by this retry */
                if (attempt === 1)
                    console.warn('smallprint: could not send the page text:', e.message);
                await new Promise((r) => setTimeout(r, 300));
            }
        }
        return undefined;
    }

    function fullSend() {
        const blocks = readPage();
        page.sent = new Map(blocks.map((b) => [b.id, b.text]));
        judgeControls();
        sendBlocks(blocks, true, true);
    }

    function deltaSend() {
        page.timer = 0;
        page.firstChange = 0;
        if (!page.running)
            return;
        const blocks = readPage();
        const {changed, removed} = textmap.diffBlocks(page.sent, blocks);
        for (const b of changed)
            page.sent.set(b.id, b.text);
        for (const id of removed)
            page.sent.delete(id);
        if (changed.length || removed.length)
            draw(); /* blocks moved: redraw what is still valid from the new map */
        judgeControls();
        if (changed.length || removed.length)
            sendBlocks(changed.concat(removed.map((id) => ({id, text: ''}))), false, false);
    }

    function report(res) {
        platform.send({type: 'frame:shown', page: page.id, shown: res.shown, missing: res.missing})
            .catch(() => {});
    }

    function feedback(id, verdict) {
        platform.send({type: 'frame:feedback', page: page.id, id, verdict}).catch(() => {});
    }

    function draw() {
        const res = marks.render(page.findings, page.blocks, {handlers: {feedback}});
        report(res);
    }

    /* ---- switches and tick boxes ------------------------------------------- */

    function judgeControls() {
        const byBlock = new Map();
        for (const f of page.findings) {
            if (!byBlock.has(f.block))
                byBlock.set(f.block, []);
            byBlock.get(f.block).push(f);
        }
        const settingsPage = page.kinds.includes('settings');
        const signupPage = page.kinds.includes('signup') || page.kinds.includes('checkout');
        /* A carve-out the host did not link to a control still counts for it
           when its sentence is about what the control grants (a carve-out of
           AI training says nothing about an offers switch); one about
           nothing else in particular counts for every control. */
        const unlinked = (found) => page.exceptions.filter((e) => !Array.isArray(e.labels) || !e.labels.length ||
            e.labels.some((l) => found.includes(l))).map((e) => e.text);
        warnings.begin();
        for (const c of page.controls) {
            if (!c.element.isConnected)
                continue;
            const found = [];
            const related = new Set();
            for (const id of c.blockIds)
                for (const f of byBlock.get(id) || []) {
                    found.push(f.label);
                    for (const r of f.related || [])
                        related.add(r.id);
                }
            if (!found.length)
                continue;
            const formKind = c.form ? pagekind.formKind(pagekind.describeForm(c.form)) : null;
            const own = page.exceptions.filter((e) => related.has(e.id)).map((e) => e.text);
            c.checked = controls.controlState(c.element);
            const list = controls.judgeControl(c, found, {
                settingsPage,
                signupForm: !!formKind || (signupPage && !c.form),
                initiallyChecked: page.initial.get(c.element) === true,
                changedByPerson: page.changed.has(c.element),
                exceptions: own.length ? own : unlinked(found),
                text: c.synthetic || c.blockIds.map((id) => (page.blocks.has(id) ? page.blocks.get(id).text : '')).join(' '),
            });
            warnings.set(c.element, list);
        }
        /* "By clicking Sign up you agree…": point at the button it is about */
        for (const f of page.findings) {
            if (f.label !== 'consent_by_use')
                continue;
            const b = page.blocks.get(f.block);
            const button = b && b.element && controls.nearestSubmit(b.element);
            if (!button)
                continue;
            const name = (button.localName === 'input' ? button.value : button.textContent).replace(/\s+/g, ' ').trim();
            warnings.set(button, [{kind: 'consent-click', severity: f.severity,
                text: 'Clicking ' + (name ? '“' + name.slice(0, 40) + '”' : 'this') + ' counts as agreeing (see the marked sentence)'}]);
        }
        warnings.commit();
    }

    function onControlChange(e) {
        const t = e.target;
        if (!(t instanceof Element) || !t.matches(controls.SELECTOR))
            return;
        page.changed.add(t);
        if (page.running)
            setTimeout(judgeControls, 0);
    }

    /* ---- watching the page --------------------------------------------------- */

    function relevant(records) {
        for (const r of records) {
            if (marks.isOurs(r.target) || (r.target.parentElement && r.target.parentElement.closest &&
                r.target.parentElement.closest('smallprint-marker, smallprint-card, smallprint-warning')))
                continue;
            if (r.type === 'childList') {
                const nodes = Array.from(r.addedNodes).concat(Array.from(r.removedNodes));
                if (nodes.length && nodes.every((n) => marks.isOurs(n)))
                    continue;
            }
            return true;
        }
        return false;
    }

    function onMutations(records) {
        if (!relevant(records))
            return;
        if (records.some((r) => r.type === 'attributes' && (r.attributeName === 'aria-checked' ||
            r.attributeName === 'checked')))
            for (const r of records)
                if (r.type === 'attributes' && r.target.matches && r.target.matches(controls.SELECTOR))
                    page.changed.add(r.target);
        const now = Date.now();
        if (!page.firstChange)
            page.firstChange = now;
        clearTimeout(page.timer);
        const wait = Math.max(0, Math.min(DEBOUNCE_MS, page.firstChange + MAX_WAIT_MS - now));
        page.timer = setTimeout(deltaSend, wait);
    }

    function observe() {
        if (page.observer)
            return;
        page.observer = new MutationObserver(onMutations);
        page.observer.observe(document.documentElement, {subtree: true, childList: true, characterData: true,
            attributes: true, attributeFilter: ['class', 'style', 'hidden', 'open', 'aria-hidden', 'aria-checked',
                'aria-expanded', 'checked']});
        document.addEventListener('change', onControlChange, true);
    }

    function stop() {
        page.running = false;
        if (page.observer)
            page.observer.disconnect();
        page.observer = null;
        clearTimeout(page.timer);
        document.removeEventListener('change', onControlChange, true);
        marks.clear();
        warnings.clear();
        page.findings = [];
    }

    function start(pageId) {
        if (page.running && page.id === pageId)
            return;
        page.id = pageId;
        page.running = true;
        fullSend();
        observe();
    }

    /* ---- messages from our background ------------------------------------------ */

    platform.onMessage((msg, sender) => {
        if (!sender || sender.id !== platform.id || sender.tab || !msg || typeof msg.type !== 'string')
            return undefined;
        switch (msg.type) {
        case 'frame:start':
            if (typeof msg.page !== 'string')
                return undefined;
            if (msg.again === true && page.running && page.id === msg.page)
                fullSend(); /* asked to check again: read everything once more */
            else
                start(msg.page);
            return {ok: true};
        case 'frame:findings':
            if (msg.page !== page.id || !Array.isArray(msg.findings))
                return undefined;
            page.findings = msg.findings;
            page.exceptions = Array.isArray(msg.exceptions) ? msg.exceptions : [];
            page.kinds = Array.isArray(msg.kinds) ? msg.kinds : page.kinds;
            draw();
            judgeControls();
            return {ok: true, drawn: marks.count(), warnings: warnings.list()};
        case 'frame:show':
            if (msg.page !== page.id)
                return undefined;
            return marks.show(msg.id) ? {ok: true} : undefined;
        case 'frame:clear':
            if (msg.page === page.id)
                stop();
            return {ok: true};
        case 'frame:resend':
            if (msg.page === page.id && page.running)
                fullSend();
            return {ok: true};
        default:
            return undefined;
        }
    });

    /* ---- hello ------------------------------------------------------------------ */

    let kindWatch = null;

    async function hello() {
        let kind = {kind: 'other', kinds: []};
        if (isTop)
            kind = pagekind.pageKind(pagekind.describePage(document));
        page.kinds = kind.kinds;
        let reply;
        try {
            reply = await platform.send({type: 'frame:hello', top: isTop, url: String(location.href),
                title: String(document.title || ''), kind: kind.kind, kinds: kind.kinds, sameOrigin});
        } catch (e) {
            return; /* the extension was reloaded or removed under us */
        }
        if (!reply || !reply.page)
            return;
        page.id = reply.page;
        if (reply.analyze)
            start(reply.page);
        else if (isTop && !reply.off && kind.kind === 'other')
            watchKind();
    }

    /* A sign-up form or settings panel drawn by script after load: look
       again while the page changes, for a while, and start if it now fits. */
    function watchKind() {
        if (kindWatch)
            return;
        const until = Date.now() + KIND_WATCH_MS;
        let t = 0;
        kindWatch = new MutationObserver(() => {
            if (t)
                return;
            t = setTimeout(() => {
                t = 0;
                if (page.running || Date.now() > until) {
                    kindWatch.disconnect();
                    return;
                }
                const k = pagekind.pageKind(pagekind.describePage(document));
                if (k.kind !== 'other') {
                    kindWatch.disconnect();
                    hello();
                }
            }, 1000);
        });
        kindWatch.observe(document.documentElement, {subtree: true, childList: true});
        setTimeout(() => kindWatch.disconnect(), KIND_WATCH_MS);
    }

    /* ---- test hook (docs/TESTING.md) -------------------------------------------
       Off unless managed storage says testHook: true. Then a page script
       dispatches "smallprint-test-request" on document and gets
       "smallprint-test-response" with detail = JSON of what the person
       sees (the background's test:findings for this tab). A request whose
       detail is "analyze" checks the page as the popup's "Check this page"
       button does, and answers {ok} or {error}. */
    async function testHook() {
        if (!isTop || !(await platform.testHookEnabled()))
            return;
        document.addEventListener('smallprint-test-request', async (e) => {
            const type = e.detail === 'analyze' ? 'test:analyze' : 'test:page';
            let out;
            try {
                out = await platform.send({type});
            } catch (e) {
                out = {error: e.message};
            }
            if (out && out.findings) {
                out.markers = marks.count();
                out.warnings = warnings.list();
            }
            document.dispatchEvent(new CustomEvent('smallprint-test-response', {detail: JSON.stringify(out)}));
        });
    }

    testHook();
    hello();
})(globalThis);
