/*
 * options/options.js - automatic or on-click analysis, which labels are
 * marked, the sites smallprint never runs on, and the export of findings
 * marked wrong. Every change is sent to the background, which normalises
 * and stores it (lib/settings.js). Text only through textContent.
 */
(function () {
    'use strict';
    const {platform, labels, settings: prefs} = globalThis.smallprint;
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

    $('forget').addEventListener('click', async () => {
        await ask({type: 'options:forget'});
        say('Forgotten.');
        load();
    });

    load().catch((e) => say('Could not load the options: ' + e.message));
})();
