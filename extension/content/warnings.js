/*
 * content/warnings.js - inline warnings on switches, tick boxes and submit
 * buttons ("On: what you write or upload is used to train AI models",
 * "Ticked for you: ...", "One box, several agreements: ..."). What to say is
 * decided by lib/controls.js; this file only draws it, right after the
 * control (after its label when the control sits inside one, so a click on
 * the warning never flips the box). Text only through textContent.
 * Registers smallprint.warnings.
 */
(function (root) {
    'use strict';
    const sp = root.smallprint;

    const drawn = new Map(); /* element -> {host, key} */
    let round = null;        /* elements given warnings in the round being built */

    function anchorOf(el) {
        return el.closest('label, button, a') || el;
    }

    function build(list) {
        const host = document.createElement('smallprint-warning');
        const shadow = host.attachShadow({mode: 'open'});
        for (const w of list) {
            const s = document.createElement('span');
            s.setAttribute('part', 'warning warning-' + w.severity + ' warning-' + w.kind);
            s.setAttribute('role', 'note');
            s.textContent = w.text;
            shadow.append(s);
        }
        return host;
    }

    /* Start a round: every element set() in it keeps (or gets) its warning;
       commit() removes the warnings of elements not set this round. */
    function begin() {
        round = new Map();
    }

    /* Add warnings [{kind, severity, text}] for an element this round. */
    function set(element, list) {
        if (!list || !list.length)
            return;
        const prev = round.get(element) || [];
        round.set(element, prev.concat(list));
    }

    function commit() {
        for (const [element, entry] of drawn)
            if (!round.has(element) || !element.isConnected) {
                entry.host.remove();
                drawn.delete(element);
            }
        for (const [element, list] of round) {
            const key = JSON.stringify(list);
            const old = drawn.get(element);
            if (old && old.key === key && old.host.isConnected)
                continue;
            if (old)
                old.host.remove();
            const host = build(list);
            anchorOf(element).after(host);
            drawn.set(element, {host, key});
        }
        round = null;
    }

    function clear() {
        for (const entry of drawn.values())
            entry.host.remove();
        drawn.clear();
    }

    /* What is drawn, for the test hook and the frame's report. */
    function list() {
        const out = [];
        for (const entry of drawn.values())
            for (const s of entry.host.shadowRoot.querySelectorAll('[part~=warning]'))
                out.push(s.textContent);
        return out;
    }

    sp.warnings = {begin, set, commit, clear, list};
})(globalThis);
