/*
 * tests/e2e/inpage.js - functions that run inside a demo page (Playwright's
 * page.evaluate in Chromium, script.evaluate over BiDi in Firefox) and read
 * what smallprint drew from the page itself, not from the test hook: the
 * ranges registered in CSS.highlights, the markers after them, the card,
 * the inline warnings. Each function is self-contained (it is serialised).
 */
'use strict';

/*
 * What is marked on the page: {marks: [{text, severity, label, title}],
 * unpaired, highlights, markers, warnings: [{texts, after}], elements}.
 * Each highlighted range is paired with its marker: a marker sits right
 * after the text node (or the link, button or label) where its range ends,
 * and markers after one anchor come in the order of their ranges' starts.
 * opts.focus = {text, title}: also focus that mark's marker (which opens its
 * card) and return where it is, for a pointer to hover in Firefox.
 */
function readMarks(opts) {
    const o = opts || {};
    const norm = (s) => String(s).replace(/\s+/g, ' ').trim();
    const ours = (n) => n && n.nodeType === 1 && n.localName.startsWith('smallprint-');
    const ranges = [];
    const live = (r) => {
        const x = document.createRange(); /* a highlight may hold StaticRanges: no text, no comparing */
        x.setStart(r.startContainer, r.startOffset);
        x.setEnd(r.endContainer, r.endOffset);
        return x;
    };
    if (typeof CSS !== 'undefined' && CSS.highlights)
        for (const severity of ['high', 'medium', 'low', 'info']) {
            const h = CSS.highlights.get('smallprint-' + severity);
            if (h)
                for (const r of h)
                    ranges.push({r: live(r), severity});
        }
    const groups = new Map(); /* anchor node -> {markers, ranges} */
    const markers = Array.from(document.querySelectorAll('smallprint-marker'));
    for (const m of markers) {
        let a = m.previousSibling;
        while (ours(a))
            a = a.previousSibling;
        if (!groups.has(a))
            groups.set(a, {markers: [], ranges: []});
        groups.get(a).markers.push(m);
    }
    let unpaired = 0;
    for (const x of ranges) {
        let n = x.r.endContainer, g = null;
        for (; n && !g; n = n.parentNode)
            g = groups.get(n) || null;
        if (g)
            g.ranges.push(x);
        else
            unpaired++;
    }
    const marks = [];
    for (const g of groups.values()) {
        g.ranges.sort((a, b) => a.r.compareBoundaryPoints(Range.START_TO_START, b.r));
        if (g.ranges.length !== g.markers.length)
            unpaired += Math.abs(g.ranges.length - g.markers.length);
        for (let i = 0; i < Math.min(g.ranges.length, g.markers.length); i++) {
            const button = g.markers[i].shadowRoot && g.markers[i].shadowRoot.querySelector('button');
            const title = button ? button.title : '';
            const m = /^smallprint: (.*?) \(([^)]*)\)(?:, .*)?$/.exec(title) || []; /* ", new since …" may follow */
            marks.push({text: norm(g.ranges[i].r.toString()), severity: g.ranges[i].severity, label: m[1] || '',
                severityWords: m[2] || '', button});
        }
    }
    const warnings = Array.from(document.querySelectorAll('smallprint-warning')).map((w) => {
        let a = w.previousSibling;
        while (ours(a))
            a = a.previousSibling;
        return {
            texts: Array.from(w.shadowRoot ? w.shadowRoot.querySelectorAll('[part~=warning]') : []).map((s) => norm(s.textContent)),
            after: a ? {id: a.id || '', tag: a.localName || '#text', text: norm(a.textContent).slice(0, 200),
                ids: a.nodeType === 1 ? [a.id].concat(Array.from(a.querySelectorAll('[id]'), (e) => e.id)).filter(Boolean) : []}
                : null,
        };
    });
    let focused = null;
    if (o.focus) {
        const hit = marks.find((k) => k.text === o.focus.text && (!o.focus.label || k.label === o.focus.label));
        if (hit) {
            hit.button.scrollIntoView({block: 'center'});
            hit.button.focus();
            const r = hit.button.getBoundingClientRect();
            focused = {x: Math.round(r.left + r.width / 2), y: Math.round(r.top + r.height / 2)};
        }
    }
    /* elements that are not ours: markup-looking text must not add any */
    let elements = 0;
    for (const e of document.querySelectorAll('*'))
        if (!ours(e) && !e.closest('smallprint-marker, smallprint-card, smallprint-warning'))
            elements++;
    return {
        marks: marks.map((k) => ({text: k.text, severity: k.severity, label: k.label, severityWords: k.severityWords})),
        unpaired, highlights: ranges.length, markers: markers.length, warnings, focused, elements,
    };
}

/* The open card's lines (each part of it), or null when no card is open.
   Also counts elements in it that text should never become. */
function readCard() {
    const c = document.querySelector('smallprint-card');
    if (!c || c.hidden || !c.shadowRoot)
        return null;
    const box = c.shadowRoot.querySelector('[part~=card]');
    const lines = [];
    const walk = (el) => {
        for (const k of el.children) {
            if (k.children.length && !/^(P|LI|BUTTON)$/.test(k.tagName))
                walk(k);
            else
                lines.push(k.textContent.replace(/\s+/g, ' ').trim());
        }
    };
    walk(box);
    return {lines, foreign: c.shadowRoot.querySelectorAll('img, svg, iframe, script, object, a[href]').length};
}

/* A timing probe, installed before the page's own scripts: when did the
   first smallprint marker appear, and when did the page say its late text
   arrived. Read back as window.__smallprintTiming. */
function installTimingProbe() {
    const t = {firstMark: null, lastMark: null};
    Object.defineProperty(window, '__smallprintTiming', {value: t});
    new MutationObserver((records) => {
        for (const r of records)
            for (const n of r.addedNodes)
                if (n.nodeType === 1 && n.localName === 'smallprint-marker') {
                    const now = performance.now();
                    if (t.firstMark === null)
                        t.firstMark = now;
                    t.lastMark = now;
                    return;
                }
    }).observe(document, {childList: true, subtree: true});
}

/* The probe's figures with the page's own milestones (ms since navigation start). */
function readTiming() {
    const nav = performance.getEntriesByType('navigation')[0] || {};
    const t = window.__smallprintTiming || {};
    return {domContentLoaded: nav.domContentLoadedEventEnd || null, load: nav.loadEventStart || null,
        firstMark: t.firstMark === undefined ? null : t.firstMark, lastMark: t.lastMark === undefined ? null : t.lastMark,
        arrived: document.body.dataset.arrived ? Number(document.body.dataset.arrived) : null,
        notice: document.body.dataset.notice ? Number(document.body.dataset.notice) : null};
}

module.exports = {readMarks, readCard, installTimingProbe, readTiming};
