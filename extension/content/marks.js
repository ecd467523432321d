/*
 * content/marks.js - draw findings on the page: a highlight on each exact
 * span (CSS Custom Highlight API, one highlight per severity), a small
 * focusable marker after it (keyboard and screen-reader reachable, label and
 * severity as text), and one card, in a shadow root, that the marker opens.
 *
 * Everything is built with createElement/textContent: page and host text is
 * never parsed as HTML. Styles come from content/page.css (injected by the
 * browser, so a page's CSP does not block it) through ::part() selectors.
 * Registers smallprint.marks.
 */
(function (root) {
    'use strict';
    const sp = root.smallprint;
    const {textmap, labels, summary: words} = sp;

    const HAS_HIGHLIGHTS = typeof CSS !== 'undefined' && !!CSS.highlights && typeof Highlight === 'function';
    const SYMBOL = {high: '!!', medium: '!', low: 'i', info: 'i'};
    const FLASH_MS = 1800;
    const CLOSE_DELAY_MS = 350;

    const highlights = {};      /* severity (and 'flash') -> Highlight */
    const current = new Map();  /* finding id -> {finding, range, marker, button} */
    let handlers = {feedback() {}};
    let card = null;            /* {host, box, forId, pinned} */
    let closeTimer = 0;

    function el(tag, part, text) {
        const e = document.createElement(tag);
        if (part)
            e.setAttribute('part', part);
        if (text !== undefined)
            e.textContent = text;
        return e;
    }

    function highlightFor(name, priority) {
        if (!HAS_HIGHLIGHTS)
            return null;
        if (!highlights[name]) {
            const h = new Highlight();
            h.priority = priority;
            highlights[name] = h;
            CSS.highlights.set('smallprint-' + name, h);
        }
        return highlights[name];
    }

    /* Markers may not sit inside a link, button or label: a click there would
       follow the link or flip the box. Put them after such an element. */
    function markerAnchor(textNode) {
        const parent = textNode.parentElement;
        const inter = parent && parent.closest('a, button, label, summary, [role=button], [role=link], select, option');
        return inter || textNode;
    }

    function makeMarker(f) {
        const host = document.createElement('smallprint-marker');
        const shadow = host.attachShadow({mode: 'open'});
        const b = el('button', 'marker marker-' + f.severity);
        b.type = 'button';
        b.setAttribute('aria-haspopup', 'dialog');
        b.setAttribute('aria-expanded', 'false');
        const name = labels.labelName(f.label);
        b.title = 'smallprint: ' + name + ' (' + labels.severityWords(f.severity).toLowerCase() + ')';
        const sym = el('span', 'symbol', SYMBOL[f.severity] || 'i');
        sym.setAttribute('aria-hidden', 'true');
        b.append(sym, el('span', 'sr', 'smallprint: ' + name + ', ' + labels.severityWords(f.severity).toLowerCase()));
        shadow.append(b);
        b.addEventListener('mouseenter', () => openCard(f.id, false));
        b.addEventListener('mouseleave', scheduleClose);
        b.addEventListener('focus', () => openCard(f.id, false));
        b.addEventListener('blur', (e) => {
            if (!card || !card.host.contains(e.relatedTarget) && e.relatedTarget !== card.host)
                scheduleClose();
        });
        b.addEventListener('click', (e) => {
            e.preventDefault();
            e.stopPropagation();
            openCard(f.id, true);
        });
        b.addEventListener('keydown', (e) => {
            if (e.key === 'Escape' && card && card.forId === f.id) {
                e.stopPropagation();
                closeCard(false);
            }
        });
        return {host, button: b};
    }

    /* ---- the card ------------------------------------------------------ */

    function ensureCard() {
        if (card && card.host.isConnected)
            return card;
        const host = document.createElement('smallprint-card');
        const shadow = host.attachShadow({mode: 'open'});
        const box = el('div', 'card');
        box.setAttribute('role', 'dialog');
        box.setAttribute('aria-modal', 'false');
        box.tabIndex = -1;
        shadow.append(box);
        host.hidden = true;
        (document.body || document.documentElement).append(host);
        box.addEventListener('mouseenter', () => clearTimeout(closeTimer));
        box.addEventListener('mouseleave', () => {
            if (!card.pinned)
                scheduleClose();
        });
        box.addEventListener('keydown', (e) => {
            if (e.key === 'Escape') {
                e.stopPropagation();
                closeCard(true);
            }
        });
        box.addEventListener('focusout', (e) => {
            const to = e.relatedTarget;
            const entry = current.get(card.forId);
            if (to && (box.contains(to) || (entry && to === entry.button)))
                return;
            if (!to || !shadow.contains(to))
                scheduleClose();
        });
        card = {host, box, shadow, forId: null, pinned: false};
        return card;
    }

    function fillCard(box, f) {
        box.replaceChildren();
        const name = labels.labelName(f.label);
        box.setAttribute('aria-label', 'smallprint: ' + name);
        const head = el('div', 'card-head');
        head.append(el('span', 'card-title', name),
            el('span', 'card-sev card-sev-' + f.severity, labels.severityWords(f.severity)));
        const close = el('button', 'card-close', '×');
        close.type = 'button';
        close.setAttribute('aria-label', 'Close');
        close.addEventListener('click', () => closeCard(true));
        head.append(close);
        box.append(head);
        if (f.explanation)
            box.append(el('p', 'card-text', f.explanation));
        if (f.phrase && f.phrase !== f.text)
            box.append(el('p', 'card-phrase', 'Words that matter: “' + f.phrase + '”'));
        const values = words.valueLines(f.values);
        if (values.length) {
            const ul = el('ul', 'card-values');
            for (const v of values)
                ul.append(el('li', 'card-value', v));
            box.append(ul);
        }
        for (const r of f.related || []) {
            const p = el('p', 'card-related');
            const rname = labels.labelName(r.label);
            if (r.here && current.has(r.id)) {
                const a = el('button', 'card-link', 'Related: ' + rname + ' — show it');
                a.type = 'button';
                a.addEventListener('click', () => show(r.id));
                p.append(a);
            } else {
                p.textContent = 'Related: ' + rname + ' (elsewhere on this page)';
            }
            box.append(p);
        }
        const actions = el('div', 'card-actions');
        const dismiss = el('button', 'card-button', 'Dismiss');
        dismiss.type = 'button';
        dismiss.addEventListener('click', () => {
            closeCard(false);
            handlers.feedback(f.id, 'dismiss');
        });
        const wrong = el('button', 'card-button', 'This is wrong');
        wrong.type = 'button';
        wrong.title = 'Hide it and keep it in the list you can export for the rule writers';
        wrong.addEventListener('click', () => {
            closeCard(false);
            handlers.feedback(f.id, 'wrong');
        });
        actions.append(dismiss, wrong);
        box.append(actions);
    }

    function placeCard(c, anchorEl) {
        const r = anchorEl.getBoundingClientRect();
        const vw = document.documentElement.clientWidth || window.innerWidth;
        const width = Math.min(340, vw - 16);
        let left = r.left + window.scrollX;
        left = Math.max(window.scrollX + 8, Math.min(left, window.scrollX + vw - width - 8));
        const top = r.bottom + window.scrollY + 6;
        /* CSSOM, not a style attribute: a page's CSP cannot block it */
        c.host.style.setProperty('left', left + 'px', 'important');
        c.host.style.setProperty('top', top + 'px', 'important');
        c.host.style.setProperty('width', width + 'px', 'important');
    }

    function openCard(id, pin) {
        const entry = current.get(id);
        if (!entry)
            return;
        clearTimeout(closeTimer);
        const c = ensureCard();
        if (c.forId !== id) {
            if (c.forId && current.has(c.forId))
                current.get(c.forId).button.setAttribute('aria-expanded', 'false');
            fillCard(c.box, entry.finding);
            c.forId = id;
            c.pinned = false;
        }
        c.pinned = c.pinned || pin;
        c.host.hidden = false;
        placeCard(c, entry.marker);
        entry.button.setAttribute('aria-expanded', 'true');
        if (pin) {
            const first = c.shadow.querySelector('button');
            (first || c.box).focus({preventScroll: true});
        }
    }

    function scheduleClose() {
        clearTimeout(closeTimer);
        closeTimer = setTimeout(() => {
            if (card && !card.pinned)
                closeCard(false);
        }, CLOSE_DELAY_MS);
    }

    function closeCard(returnFocus) {
        clearTimeout(closeTimer);
        if (!card || card.forId === null)
            return;
        const entry = current.get(card.forId);
        card.host.hidden = true;
        card.pinned = false;
        card.forId = null;
        if (entry) {
            entry.button.setAttribute('aria-expanded', 'false');
            if (returnFocus)
                entry.button.focus({preventScroll: true});
        }
    }

    /* ---- drawing ------------------------------------------------------- */

    function clear() {
        closeCard(false);
        for (const entry of current.values())
            entry.marker.remove();
        current.clear();
        for (const h of Object.values(highlights))
            h.clear();
    }

    /*
     * Draw findings ({id, block, start, end, label, severity, ...}; block
     * is this frame's block id) over blocks (Map id -> textmap block).
     * Replaces whatever was drawn. Returns {shown, missing}: ids drawn, and
     * ids whose text is no longer where the host saw it.
     */
    function render(findings, blocks, opts) {
        handlers = (opts && opts.handlers) || handlers;
        const openId = card && !card.host.hidden ? card.forId : null;
        clear();
        const shown = [], missing = [];
        const lastAfter = new Map(); /* anchor -> last marker placed after it, to keep page order */
        const sorted = findings.slice().sort((a, b) => (a.block === b.block ? a.start - b.start : 0));
        for (const f of sorted) {
            const block = blocks.get(f.block);
            const loc = block && textmap.locate(block, f.start, f.end);
            if (!loc || !loc.startNode.isConnected || !loc.endNode.isConnected) {
                missing.push(f.id);
                continue;
            }
            let range;
            try {
                range = document.createRange();
                range.setStart(loc.startNode, loc.startOffset);
                range.setEnd(loc.endNode, loc.endOffset);
            } catch (e) {
                missing.push(f.id);
                continue;
            }
            const h = highlightFor(labels.isSeverity(f.severity) ? f.severity : 'info', labels.rank(f.severity) + 1);
            if (h)
                h.add(range);
            const m = makeMarker(f);
            const anchor = markerAnchor(loc.endNode);
            (lastAfter.get(anchor) || anchor).after(m.host);
            lastAfter.set(anchor, m.host);
            current.set(f.id, {finding: f, range, marker: m.host, button: m.button});
            shown.push(f.id);
        }
        if (openId && current.has(openId))
            openCard(openId, false);
        return {shown, missing};
    }

    /* Scroll to a finding, flash it, and put keyboard focus on its marker
       (which opens its card). false when it is not drawn here. */
    function show(id) {
        const entry = current.get(id);
        if (!entry)
            return false;
        const target = entry.range.startContainer.parentElement || entry.marker;
        target.scrollIntoView({block: 'center', inline: 'nearest'});
        const flash = highlightFor('flash', 10);
        if (flash) {
            flash.add(entry.range);
            setTimeout(() => flash.delete(entry.range), FLASH_MS);
        }
        entry.button.focus({preventScroll: true});
        openCard(id, false);
        return true;
    }

    function isOurs(node) {
        return !!node && node.nodeType === 1 && node.localName.startsWith('smallprint-');
    }

    sp.marks = {render, show, clear, isOurs, HAS_HIGHLIGHTS, count: () => current.size};
})(globalThis);
