/*
 * popup/popup.js - the toolbar popup: the page summary in plain words, the
 * findings grouped by label with "show on page", what changed since the
 * person last saw the page (first, when it did), the switch that turns
 * smallprint off for the site, and a plain message when the host is
 * missing or failing. Opened as popup.html?tab=<id> it shows that tab (the
 * end-to-end tests use this). Text only through textContent.
 */
(function () {
    'use strict';
    const {platform, labels, summary: words, changes: changeWords, ui} = globalThis.smallprint;
    const {el, button} = ui;
    const $ = (id) => document.getElementById(id);
    let tabId = null;

    function clip(s, max) {
        return s.length > max ? s.slice(0, max - 1).trimEnd() + '…' : s;
    }

    async function ask(msg) {
        const r = await platform.send(msg);
        if (r && r.error)
            throw new Error(r.error);
        return r;
    }

    function problem(text, command, script) {
        const box = el('div', 'problem');
        box.append(el('p', '', text));
        if (command) {
            const p = el('p', '', 'To install it, run ');
            p.append(el('code', '', command), document.createTextNode(' in the smallprint clone, or '),
                el('code', '', script), document.createTextNode(', then reload the page.'));
            box.append(p);
        }
        return box;
    }

    function renderStatus(view) {
        const status = $('status');
        status.replaceChildren();
        const st = view.tab;
        const hostBad = ['host-missing', 'host-failed', 'incompatible', 'rules'].includes(view.host.state);
        if (st && ['host-missing', 'host-failed', 'incompatible', 'rules'].includes(st.status) || (!st || st.status !== 'done') && hostBad) {
            const missing = (st && st.status === 'host-missing') || view.host.state === 'host-missing';
            const msg = missing
                ? 'smallprint’s helper program (smallprint-host) is not installed, so this page has not been checked. The page is left as it was.'
                : 'smallprint’s helper program is not working, so this page has not been checked. The page is left as it was.';
            status.append(problem(msg, view.install.command, view.install.script));
            const detail = (st && st.error) || view.host.message;
            if (detail)
                status.append(el('p', 'note', 'Details: ' + detail));
            status.append(button('Try again', analyze));
            return false;
        }
        if (!st) {
            status.append(el('p', 'note', 'smallprint has not read this page. If it was open before smallprint was installed, reload it. smallprint reads web pages only (not browser pages or files).'));
            return false;
        }
        if (st.status === 'off') {
            status.append(el('p', 'note', 'smallprint is off for this site. Use the switch above to turn it back on.'));
            return false;
        }
        if (st.status === 'idle') {
            status.append(el('p', 'note', view.mode === 'click' ? 'smallprint checks pages when you ask.'
                : 'This does not look like a policy, terms, settings or sign-up page, so smallprint has not checked it.'));
            status.append(button('Check this page', analyze, 'primary'));
            return false;
        }
        if (st.status === 'reading' && !st.summary) {
            status.append(el('p', 'note', 'Reading this page…'));
            return false;
        }
        if (st.language && st.language !== 'en') {
            status.append(el('p', 'note', words.ENGLISH_ONLY));
            return false;
        }
        if (st.partial)
            status.append(el('p', 'note', 'Only part of this page was read in time; some sentences may not be marked.'));
        if (st.incomplete)
            status.append(el('p', 'note', 'This page holds more findings than smallprint keeps; only the first ones are marked and counted.'));
        if (st.historyNote)
            status.append(el('p', 'note', 'About smallprint’s page history: ' + st.historyNote));
        if (st.hiddenCount)
            status.append(el('p', 'note', st.hiddenCount + ' hidden (dismissed, marked wrong, or a label you switched off).'));
        return true;
    }

    /* "Changed since DATE": the answers that changed, a line about the
       findings tagged new or reworded, then the findings that are gone
       (they are not on the page any more, so they are described here). */
    function renderChanges(st) {
        const v = changeWords.view(st.changes, st.findings);
        const body = $('changes-body');
        body.replaceChildren();
        $('changes').hidden = !v;
        if (!v)
            return;
        $('changes-title').textContent = v.heading;
        if (v.answers.length) {
            const ul = el('ul', 'changed-answers');
            for (const a of v.answers)
                ul.append(el('li', '', a));
            body.append(ul);
        }
        if (v.marked)
            body.append(el('p', '', v.marked));
        if (v.removed.length) {
            body.append(el('h3', '', 'No longer on the page (' + v.removed.length + ')'));
            const ul = el('ul', 'items removed');
            for (const r of v.removed) {
                const li = el('li');
                const h = el('p', 'removed-name', r.name + ' ');
                h.append(el('span', 'sev sev-' + r.severity, r.severityWords));
                li.append(h);
                if (r.explanation)
                    li.append(el('p', 'quote', r.explanation));
                if (r.values.length)
                    li.append(el('p', 'values', r.values.join(' · ')));
                ul.append(li);
            }
            body.append(ul);
        }
        for (const n of v.notes)
            body.append(el('p', 'note', n));
        if (v.noticed)
            body.append(el('p', 'small', v.noticed));
    }

    function renderSummary(st) {
        const dl = $('answers');
        dl.replaceChildren();
        for (const a of words.answers(st.summary, st.findings)) {
            dl.append(el('dt', '', a.question), el('dd', a.tone, a.answer));
        }
        $('summary').hidden = !dl.childElementCount;
    }

    function renderFindings(st) {
        const groups = $('groups');
        groups.replaceChildren();
        const list = st.findings || [];
        $('findings-title').textContent = list.length ? 'Marked on the page (' + list.length + ')' : 'Nothing marked on this page';
        const changed = changeWords.byFinding(st.changes);
        for (const g of words.groupByLabel(list)) {
            const box = el('section', 'group');
            const h = el('h3', '', g.name);
            h.append(el('span', 'sev sev-' + g.severity, labels.severityWords(g.severity)));
            box.append(h);
            const ul = el('ul', 'items');
            for (const f of g.findings) {
                const li = el('li');
                const ch = changed.get(f.id);
                if (ch)
                    li.append(el('p', 'changed-tag', ch.title));
                li.append(el('p', 'quote', '“' + clip(f.text, 220) + '”'));
                const vals = words.valueLines(f.values);
                if (vals.length)
                    li.append(el('p', 'values', vals.join(' · ')));
                const actions = el('div', 'actions');
                actions.append(
                    button('Show on page', () => show(f.id)),
                    button('Dismiss', () => verdict(f.id, 'dismiss')),
                    button('Wrong', () => verdict(f.id, 'wrong')));
                li.append(actions);
                ul.append(li);
            }
            box.append(ul);
            groups.append(box);
        }
        $('findings').hidden = false;
    }

    async function refresh() {
        let view;
        try {
            view = await ask({type: 'popup:get', tabId});
        } catch (e) {
            $('status').replaceChildren(problem('smallprint could not read its own state: ' + e.message));
            return;
        }
        const sw = $('site-switch');
        $('site-switch-label').hidden = !view.site;
        sw.checked = !!view.siteEnabled;
        $('site-switch-text').textContent = view.site ? 'On for ' + view.site : 'On for this site';
        $('host-version').textContent = view.hostInfo ? view.hostInfo.host + ' ' + view.hostInfo.version : '';
        const ok = renderStatus(view);
        $('changes').hidden = true;
        $('summary').hidden = true;
        $('findings').hidden = true;
        if (ok) {
            renderChanges(view.tab);
            renderSummary(view.tab);
            renderFindings(view.tab);
        }
        if (view.tab && view.tab.status === 'reading')
            setTimeout(refresh, 700);
    }

    async function analyze() {
        try {
            await ask({type: 'popup:analyze', tabId});
        } catch (e) {
            $('status').replaceChildren(el('p', 'problem', e.message));
            return;
        }
        setTimeout(refresh, 300);
    }

    async function show(id) {
        try {
            await ask({type: 'popup:show', tabId, id});
        } catch (e) {
            $('status').replaceChildren(el('p', 'problem', e.message));
        }
    }

    async function verdict(id, v) {
        await ask({type: 'popup:feedback', tabId, id, verdict: v}).catch((e) => $('status').replaceChildren(el('p', 'problem', e.message)));
        refresh();
    }

    async function init() {
        const q = new URLSearchParams(location.search).get('tab');
        tabId = q !== null && /^\d+$/.test(q) ? Number(q) : await platform.activeTabId();
        $('options').addEventListener('click', () => platform.openOptions());
        $('site-switch').addEventListener('change', async (e) => {
            await ask({type: 'popup:site', tabId, enabled: e.target.checked}).catch(() => {});
            refresh();
        });
        if (tabId === null) {
            $('status').replaceChildren(el('p', 'note', 'No tab to show.'));
            return;
        }
        refresh();
    }

    init();
})();
