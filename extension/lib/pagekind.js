/*
 * lib/pagekind.js - does this page look like a policy, terms, a privacy
 * settings page, a sign-up or a checkout? Automatic analysis runs only on
 * those (any page can still be checked on click), and the kind decides which
 * checks apply to switches and tick boxes.
 *
 * describePage(doc) reads what the decision needs (URL, title, first
 * headings, forms) from a Document; pageKind(info) decides from that plain
 * object, so both run under Node. Nothing here changes the page.
 */
if (typeof module === 'object')
    require('./define.js'); /* Node: the shared registration (see define.js) */
(typeof module === 'object' ? module : {}).exports = globalThis.smallprint.define('pagekind', function (need) {
    'use strict';

    const URL_HINTS = {
        policy: /privacy|datenschutz|data-?(?:policy|protection)|cookie-?(?:policy|notice)|gdpr|ccpa/i,
        terms: /terms|\btos\b|conditions|eula|user-?agreement|legal/i,
        settings: /settings|preferences|privacy-?(?:controls|choices|center|centre|hub)|data-?controls|consent|\/account\b/i,
        signup: /sign-?up|register|registration|create-?account|join\b|onboarding|get-?started/i,
        checkout: /checkout|\bcart\b|basket|payment|billing|\border\b/i,
    };
    const TEXT_HINTS = {
        policy: /\bprivacy (?:policy|notice|statement)\b|\bdata (?:policy|protection (?:policy|notice))\b|\bcookie (?:policy|notice)\b|\bhow we use your (?:data|information)\b/i,
        terms: /\bterms (?:of (?:service|use)|and conditions|& conditions)\b|\buser agreement\b|\bconditions of use\b|\bend user licen[cs]e\b/i,
        settings: /\b(?:privacy|data|account|ad|personali[sz]ation) (?:settings|controls|preferences|choices)\b|\bsettings\b|\bpreferences\b|\bdata controls\b|\bmanage consent\b/i,
        signup: /\bsign ?up\b|\bcreate (?:an |your |a free )?account\b|\bregist(?:er|ration)\b|\bjoin (?:now|free|us)\b|\bget started\b/i,
        checkout: /\bcheckout\b|\bplace (?:your )?order\b|\bpayment (?:details|method)\b|\bcomplete (?:your )?purchase\b|\bpay now\b|\bbilling address\b/i,
    };
    const SUBMIT_SIGNUP = /sign ?up|create (?:an |my |your )?account|register|join|get started|continue|start (?:free )?trial|subscribe/i;
    const SUBMIT_CHECKOUT = /place (?:my |your )?order|pay\b|buy|purchase|checkout|complete order|confirm order/i;

    function textOf(el, max) {
        const t = (el && el.textContent ? el.textContent : '').replace(/\s+/g, ' ').trim();
        return t.length > max ? t.slice(0, max) : t;
    }

    function buttonText(b) {
        if (b.localName === 'input')
            return (b.value || b.getAttribute('aria-label') || '').trim();
        return (textOf(b, 80) || b.getAttribute('aria-label') || '').trim();
    }

    /* What one form asks for; plain data for formKind. */
    function describeForm(form) {
        const q = (sel) => form.querySelectorAll(sel).length;
        const submits = [];
        for (const b of form.querySelectorAll('button, input[type=submit], input[type=button], [role=button]')) {
            const t = buttonText(b);
            if (t)
                submits.push(t);
        }
        return {
            password: q('input[type=password]'),
            email: q('input[type=email], input[autocomplete~=email], input[name*=email i]'),
            name: q('input[autocomplete~=name], input[autocomplete~=given-name], input[autocomplete~=username], input[name*=name i]'),
            card: q('input[autocomplete^=cc-], input[name*=card i], input[autocomplete~=cc-number]'),
            address: q('input[autocomplete~=street-address], input[autocomplete~=address-line1], input[autocomplete~=postal-code]'),
            toggles: q('input[type=checkbox], [role=switch], [role=checkbox]'),
            submits: submits.slice(0, 6),
        };
    }

    /* 'signup', 'checkout' or null for one form's description. */
    function formKind(f) {
        if (!f)
            return null;
        const submit = f.submits.join(' | ');
        if (f.card > 0 || (SUBMIT_CHECKOUT.test(submit) && f.email + f.address > 0))
            return 'checkout';
        if ((f.password > 0 && (f.email > 0 || f.name > 0) && !/^(?:log|sign) ?in\b/i.test(submit)) ||
            (f.email > 0 && SUBMIT_SIGNUP.test(submit) && !/\b(?:log|sign) ?in\b/i.test(submit)))
            return 'signup';
        return null;
    }

    /* Everything pageKind needs, read from a Document. */
    function describePage(doc) {
        const headings = [];
        for (const h of doc.querySelectorAll('h1, h2, h3, [role=heading]')) {
            const t = textOf(h, 120);
            if (t)
                headings.push(t);
            if (headings.length >= 12)
                break;
        }
        const forms = [];
        for (const f of doc.querySelectorAll('form')) {
            forms.push(describeForm(f));
            if (forms.length >= 20)
                break;
        }
        const loc = doc.location;
        return {
            url: loc ? String(loc.href) : '',
            title: String(doc.title || ''),
            headings,
            forms,
            toggles: doc.querySelectorAll('input[type=checkbox], [role=switch], [role=checkbox]').length,
            switches: doc.querySelectorAll('[role=switch], input[switch]').length,
            passwordFields: doc.querySelectorAll('input[type=password]').length,
        };
    }

    /*
     * Decide the page's kind from describePage's object: {kind, kinds,
     * reasons}. kind is the strongest of 'signup', 'checkout', 'settings',
     * 'terms', 'policy', or 'other'; kinds lists every one that matched;
     * reasons says why, in words, for the popup and for debugging.
     */
    function pageKind(info) {
        const reasons = [];
        const score = {policy: 0, terms: 0, settings: 0, signup: 0, checkout: 0};
        let path = '';
        try {
            const u = new URL(info.url || '', 'http://invalid/');
            path = u.hostname.split('.').slice(0, -2).join('.') + ' ' + u.pathname + ' ' + u.search + ' ' + u.hash;
        } catch (e) {
            path = String(info.url || '');
        }
        for (const k of Object.keys(score)) {
            if (URL_HINTS[k].test(path)) {
                score[k] += 1;
                reasons.push(k + ': address');
            }
            if (TEXT_HINTS[k].test(info.title || '')) {
                score[k] += 2;
                reasons.push(k + ': title');
            }
            if ((info.headings || []).some((h) => TEXT_HINTS[k].test(h))) {
                score[k] += 1;
                reasons.push(k + ': heading');
            }
        }
        for (const f of info.forms || []) {
            const fk = formKind(f);
            if (fk) {
                score[fk] += 3;
                reasons.push(fk + ': form');
            }
        }
        /* a settings page has switches; words alone ("Settings" in a nav bar) are not enough */
        if (score.settings > 0 && (info.toggles || 0) + (info.switches || 0) === 0)
            score.settings = 0;
        if ((info.switches || 0) >= 2 && score.settings === 0 && /privacy|data|personali[sz]/i.test(
            [info.title].concat(info.headings || []).join(' '))) {
            score.settings = 2;
            reasons.push('settings: switches');
        }
        const order = ['signup', 'checkout', 'settings', 'terms', 'policy'];
        const kinds = order.filter((k) => score[k] >= 2 || (k === 'signup' || k === 'checkout') && score[k] >= 3);
        /* a single URL hint (score 1) is weak; let it count for policy/terms paths only */
        for (const k of ['policy', 'terms'])
            if (score[k] === 1 && !kinds.includes(k))
                kinds.push(k);
        const kind = kinds.length ? kinds.slice().sort((a, b) => score[b] - score[a] || order.indexOf(a) - order.indexOf(b))[0] : 'other';
        return {kind, kinds, reasons};
    }

    return {describePage, describeForm, formKind, pageKind};
});
