/*
 * options/options.js - automatic or on-click analysis, which labels are
 * marked, the sites smallprint never runs on, the export of findings
 * marked wrong, and page history: on or off, the sites the helper program
 * remembers, forget one, clear all. Every change is sent to the
 * background, which normalises and stores it (lib/settings.js) or asks the
 * host. Text only through textContent.
 */
(function () {
    'use strict';
    const {platform, labels, settings: prefs, changes: changeWords, ui} = globalThis.smallprint;
    const {el, button} = ui;
    const $ = (id) => document.getElementById(id);
    let current = prefs.defaults();

    async function ask(msg) {
        const r = await platform.send(msg);
        if (r && r.error)
            throw new Error(r.error);
        return r;
    }

    function say(text) {
        $('saved').textContent = text;
    }

    async function save(next) {
        try {
            const r = await ask({type: 'options:set', settings: next});
            current = r.settings;
            say('Saved.');
        } catch (e) {
            say('Could not save: ' + e.message);
        }
        draw();
    }

    function draw() {
        for (const r of document.querySelectorAll('input[name=mode]'))
            r.checked = r.value === current.mode;
        const box = $('labels');
        box.replaceChildren();
        for (const l of labels.ORDER) {
            const lab = document.createElement('label');
            const cb = document.createElement('input');
            cb.type = 'checkbox';
            cb.checked = current.labels[l] !== false;
            cb.addEventListener('change', () => {
                const next = JSON.parse(JSON.stringify(current));
                next.labels[l] = cb.checked;
                save(next);
            });
            lab.append(cb, document.createTextNode(' ' + labels.labelName(l)));
            box.append(lab);
        }
        $('never').value = current.neverSites.join('\n');
        $('history-on').checked = current.history !== false;
    }

    /* ---- page history (kept by the host) ---------------------------- */

    /* A history request; {error, reason} answers are returned, not thrown. */
    async function askHistory(msg) {
        try {
            const r = await platform.send(msg);
            return r || {error: 'smallprint’s background did not answer.', reason: 'failed'};
        } catch (e) {
            return {error: e.message, reason: 'failed'};
        }
    }

    function documentLine(d) {
        let t = String(d.path || '/');
        if (d.title)
            t += ' — ' + String(d.title);
        const seen = changeWords.dateWords(d.last_seen);
        if (seen)
            t += ' · last seen ' + seen;
        const changed = changeWords.dateWords(d.changed_since);
        if (changed)
            t += ' · changed since ' + changed;
        return t;
    }

    function drawHistory(r) {
        const status = $('history-status');
        const list = $('history-sites');
        status.replaceChildren();
        list.replaceChildren();
        const ok = r && !r.error;
        $('history-clear').disabled = !ok;
        $('history-on').disabled = ok && r.enabled === false;
        if (!ok) {
            status.append(el('p', 'problem', r ? r.error : 'No answer about the page history.'));
            return;
        }
        if (r.enabled === false)
            status.append(el('p', 'note', 'The helper program’s own history setting is off (history = 0 in its ' +
                'host.conf), so it records nothing whatever you choose here. What it kept before is listed below.'));
        else if (!r.recording)
            status.append(el('p', 'note', 'The helper program is not recording history just now (it has no folder ' +
                'to keep it in).'));
        if (r.note)
            status.append(el('p', 'note', 'About the history file: ' + r.note));
        if (!r.sites.length) {
            status.append(el('p', '', 'No pages are remembered.'));
            return;
        }
        status.append(el('p', '', r.sites.length + (r.sites.length === 1 ? ' site is' : ' sites are') + ' remembered.'));
        for (const site of r.sites) {
            const name = String(site.site || '');
            const docs = Array.isArray(site.documents) ? site.documents : [];
            const li = el('li');
            const head = el('div', 'site-head');
            const seen = changeWords.dateWords(site.last_seen);
            const forget = button('Forget', () => forgetSite(name));
            forget.setAttribute('aria-label', 'Forget ' + name);
            head.append(el('span', 'site-name', name),
                el('span', 'small', docs.length + (docs.length === 1 ? ' page' : ' pages') + (seen ? ', last seen ' + seen : '')),
                forget);
            li.append(head);
            const ul = el('ul', 'documents');
            for (const d of docs)
                ul.append(el('li', '', documentLine(d)));
            li.append(ul);
            list.append(li);
        }
    }

    async function loadHistory() {
        $('history-status').replaceChildren(el('p', '', 'Asking the helper program…'));
        drawHistory(await askHistory({type: 'options:history'}));
    }

    async function forgetSite(site) {
        const r = await askHistory({type: 'options:history-forget', site});
        if (r.error) {
            drawHistory(r);
            return;
        }
        say('Forgot ' + r.forgotten + (r.forgotten === 1 ? ' page' : ' pages') + ' of ' + r.site + '.');
        loadHistory();
    }

    async function load() {
        const r = await ask({type: 'options:get'});
        current = r.settings;
        $('feedback-count').textContent = r.wrong + ' marked wrong, ' + r.dismissed + ' dismissed.';
        draw();
    }

    for (const r of document.querySelectorAll('input[name=mode]'))
        r.addEventListener('change', () => save(Object.assign({}, current, {mode: r.value})));

    $('save-sites').addEventListener('click', () => {
        const lines = $('never').value.split('\n').map((s) => s.trim()).filter(Boolean);
        const bad = lines.filter((s) => !prefs.normalizeSite(s));
        if (bad.length) {
            say('Not a site name: ' + bad.join(', '));
            return;
        }
        save(Object.assign({}, current, {neverSites: lines}));
    });

    $('export').addEventListener('click', async () => {
        const r = await ask({type: 'options:export'});
        if (!r.count) {
            say('Nothing is marked wrong yet.');
            return;
        }
        const url = URL.createObjectURL(new Blob([r.text], {type: 'application/x-ndjson'}));
        const a = document.createElement('a');
        a.href = url;
        a.download = 'smallprint-wrong-' + new Date().toISOString().slice(0, 10) + '.jsonl';
        document.body.append(a);
        a.click();
        a.remove();
        setTimeout(() => URL.revokeObjectURL(url), 10000);
        say('Saved ' + r.count + ' corrections to a file.');
    });

    $('history-on').addEventListener('change', (e) => save(Object.assign({}, current, {history: e.target.checked})));
    $('history-refresh').addEventListener('click', loadHistory);
    $('history-clear').addEventListener('click', async () => {
        const r = await askHistory({type: 'options:history-clear'});
        if (r.error) {
            drawHistory(r);
            return;
        }
        say('Page history cleared.');
        loadHistory();
    });

    $('forget').addEventListener('click', async () => {
        await ask({type: 'options:forget'});
        say('Forgotten.');
        load();
    });

    load().catch((e) => say('Could not load the options: ' + e.message));
    loadHistory();
})();
