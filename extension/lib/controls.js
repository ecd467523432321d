/*
 * lib/controls.js - switches and tick boxes, with the words that label them,
 * and what their state means once the host has classified those words.
 *
 * readControls(root, nodeBlock) finds native checkboxes and radio buttons
 * and ARIA role=switch / checkbox / radio widgets, reads their state, and
 * ties each to the blocks that hold its label (label[for], a wrapping
 * label, aria-labelledby, aria-describedby, or the text beside it). A
 * control labelled only by an attribute (aria-label) gets its own synthetic
 * block, since no text node on the page carries those words.
 *
 * judgeControl(...) combines the labels the host found with the state:
 * an ON switch that allows training/sharing/sale/marketing on a settings
 * page, a pre-ticked box on a sign-up or checkout form, one box bundling
 * several agreements, and what the page says survives an opt-out. Pure
 * logic; the content script draws the warnings.
 */
if (typeof module === 'object')
    require('./define.js'); /* Node: the shared registration (see define.js) */
(typeof module === 'object' ? module : {}).exports = globalThis.smallprint.define('controls', function (need) {
    'use strict';
    const labels = need('labels');

    const SELECTOR = 'input[type=checkbox], input[type=radio], [role=switch], [role=checkbox], ' +
        '[role=menuitemcheckbox], [role=radio], [role=menuitemradio]';
    const MAX_LABEL_CHARS = 600; /* a label is a sentence or two; more is the page around it */

    function controlKind(el) {
        const role = (el.getAttribute('role') || '').toLowerCase();
        if (role === 'switch' || el.hasAttribute('switch'))
            return 'switch';
        if (role === 'radio' || role === 'menuitemradio' || (el.localName === 'input' && el.type === 'radio'))
            return 'radio';
        return 'checkbox';
    }

    /* true / false, or null when the state is unknown or mixed. */
    function controlState(el) {
        if (el.localName === 'input' && (el.type === 'checkbox' || el.type === 'radio'))
            return el.indeterminate ? null : !!el.checked;
        const a = (el.getAttribute('aria-checked') || el.getAttribute('aria-pressed') || '').toLowerCase();
        if (a === 'true')
            return true;
        if (a === 'false')
            return false;
        return null;
    }

    function byIds(doc, list) {
        const out = [];
        for (const id of (list || '').split(/\s+/)) {
            const el = id && doc.getElementById(id);
            if (el)
                out.push(el);
        }
        return out;
    }

    function textNodesIn(el, fn) {
        if (el.nodeType === 3) {
            fn(el);
            return;
        }
        const doc = el.ownerDocument;
        const w = doc.createTreeWalker(el, 4 /* NodeFilter.SHOW_TEXT */);
        for (let n = w.nextNode(); n; n = w.nextNode())
            fn(n);
    }

    function hasText(n) {
        return /\S/.test(n.textContent || '');
    }

    /* The text beside a control with no label: its next siblings, else the
       previous ones, else the nearest ancestor (up to 3 up) with other text. */
    function besideElements(el) {
        for (const dir of ['nextSibling', 'previousSibling']) {
            const found = [];
            for (let s = el[dir]; s && found.length < 3; s = s[dir]) {
                if (s.nodeType === 1 && (s.matches(SELECTOR) || s.querySelector(SELECTOR)))
                    break; /* another control's words */
                if ((s.nodeType === 3 || s.nodeType === 1) && hasText(s))
                    found.push(s);
            }
            if (found.length)
                return found;
        }
        let p = el.parentElement;
        for (let up = 0; p && up < 3; up++, p = p.parentElement) {
            if (p.querySelectorAll(SELECTOR).length > 1)
                break; /* a container of several controls labels none of them */
            if (hasText(p))
                return [p];
        }
        return [];
    }

    /*
     * Every control under root: [{element, kind, checked, blockIds,
     * synthetic, form}]. blockIds are the blocks (from textmap's nodeBlock)
     * that hold its label and description; synthetic is the aria-label text
     * when nothing on the page spells the label out, else null.
     */
    function readControls(rootNode, nodeBlock) {
        const doc = rootNode.nodeType === 9 ? rootNode : rootNode.ownerDocument;
        const out = [];
        for (const el of rootNode.querySelectorAll(SELECTOR)) {
            if (el.localName.startsWith('smallprint-'))
                continue;
            const sources = [];
            if (el.labels && el.labels.length)
                sources.push(...el.labels);
            else if (el.closest('label'))
                sources.push(el.closest('label'));
            sources.push(...byIds(doc, el.getAttribute('aria-labelledby')));
            const own = el.localName === 'input' ? [] : [el]; /* a role=switch div may hold its own words */
            if (!sources.length && own.length && hasText(el))
                sources.push(el);
            const ariaLabel = (el.getAttribute('aria-label') || '').trim();
            if (!sources.length && !ariaLabel)
                sources.push(...besideElements(el));
            sources.push(...byIds(doc, el.getAttribute('aria-describedby')));
            const blockIds = [];
            for (const s of sources)
                textNodesIn(s, (t) => {
                    const id = nodeBlock.get(t);
                    if (id && !blockIds.includes(id))
                        blockIds.push(id);
                });
            const synthetic = !blockIds.length && ariaLabel ? ariaLabel.slice(0, MAX_LABEL_CHARS) : null;
            if (!blockIds.length && !synthetic)
                continue; /* nothing says what it does */
            out.push({element: el, kind: controlKind(el), checked: controlState(el), blockIds, synthetic,
                form: el.closest('form')});
        }
        return out;
    }

    function joinWords(list) {
        if (list.length <= 1)
            return list.join('');
        return list.slice(0, -1).join(', ') + ' and ' + list[list.length - 1];
    }

    function clip(s, max) {
        const t = String(s).replace(/\s+/g, ' ').trim();
        return t.length > max ? t.slice(0, max - 1).trimEnd() + '…' : t;
    }

    /* A box whose own words accept the terms or a policy ("I agree to the
       Terms of Service and to ..."). No label names that agreement (it is
       the form's, not a data practice), so it is recognised here: a box
       that also grants something bundles the two. */
    const ACCEPTS_TERMS = /\b(?:agree|accept|consent)\w*\b[^.;]{0,60}?\b(?:terms|conditions|privacy (?:policy|notice|statement)|user agreement|EULA)\b/i;

    /*
     * Warnings for one control. found: the labels the host gave its label
     * text (array of strings). ctx: {settingsPage, signupForm,
     * initiallyChecked, changedByPerson, exceptions: [sentence texts that
     * say what survives an opt-out], text: the words that label it}.
     * Returns [{kind, severity, text}], kind one of 'on', 'preticked',
     * 'bundled', 'survives'.
     */
    function judgeControl(ctl, found, ctx) {
        const c = ctx || {};
        const uniq = Array.from(new Set(found || []));
        const grants = labels.GRANTS.filter((l) => uniq.includes(l));
        const consents = labels.CONSENTS.filter((l) => uniq.includes(l));
        const tickable = ctl.kind === 'checkbox' || ctl.kind === 'switch';
        const out = [];
        if (c.settingsPage && tickable && ctl.checked === true && grants.length)
            out.push({kind: 'on', severity: grants.includes('ai_training') || grants.includes('sale') ? 'high' : 'medium',
                text: 'On: ' + joinWords(grants.map(labels.labelOn))});
        if (c.signupForm && tickable && ctl.checked === true && c.initiallyChecked && !c.changedByPerson && grants.length)
            out.push({kind: 'preticked', severity: 'high',
                text: 'Ticked for you: this box means ' + joinWords(grants.map(labels.labelOn))});
        const agreements = consents.map((l) => labels.labelName(l).toLowerCase());
        if (typeof c.text === 'string' && ACCEPTS_TERMS.test(c.text))
            agreements.unshift('the terms');
        if (tickable && agreements.length >= 2)
            out.push({kind: 'bundled', severity: 'medium', text: 'One box, several agreements: ' + joinWords(agreements)});
        const isOptOut = uniq.includes('opt_out') || (c.settingsPage && tickable && grants.length > 0);
        if (isOptOut && (c.exceptions || []).length)
            out.push({kind: 'survives', severity: 'medium',
                text: (ctl.checked === false ? 'Off, but the page says: “' : 'Even if you turn this off, the page says: “') +
                    clip(c.exceptions[0], 160) + '”'});
        return out;
    }

    /* The button that submits the form (or the group of fields) holding el:
       where "By clicking Sign up you agree…" takes effect. */
    function nearestSubmit(el) {
        const form = el.closest('form');
        const scopes = [];
        if (form)
            scopes.push(form);
        let p = el.parentElement;
        for (let up = 0; p && up < 3; up++, p = p.parentElement)
            scopes.push(p);
        for (const s of scopes) {
            const b = s.querySelector('button[type=submit], input[type=submit], button:not([type]), [role=button], button');
            if (b)
                return b;
        }
        return null;
    }

    return {SELECTOR, readControls, judgeControl, controlKind, controlState, nearestSubmit};
});
