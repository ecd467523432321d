/*
 * lib/summary.js - what the popup, the cards and the badge say, in plain
 * words, from the host's summary and findings. Pure functions of plain data.
 */
if (typeof module === 'object')
    require('./define.js'); /* Node: the shared registration (see define.js) */
(typeof module === 'object' ? module : {}).exports = globalThis.smallprint.define('summary', function (need) {
    'use strict';
    const labels = need('labels');

    const ENGLISH_ONLY = 'English only for now: this page does not look like English, so smallprint has not judged it.';

    function plural(n, word) {
        return n + ' ' + word + (n === 1 ? '' : 's');
    }

    /* 540 -> "18 months", 1825 -> "5 years", 45 -> "45 days"; -1 -> null. */
    function daysWords(days) {
        if (!Number.isInteger(days) || days < 0)
            return null;
        if (days >= 365 && days % 365 === 0)
            return plural(days / 365, 'year');
        if (days >= 30 && days % 30 === 0)
            return plural(days / 30, 'month');
        if (days >= 7 && days % 7 === 0 && days < 30)
            return plural(days / 7, 'week');
        return plural(days, 'day');
    }

    const YES_NO = {yes: 'bad', no: 'good', not_stated: 'neutral'};

    /* Does an opt-out on the page cover AI training (its values name it)?
     * An opt-out of marketing e-mail does not. null when the findings are
     * not known. */
    function aiOptOut(findings) {
        if (!Array.isArray(findings))
            return null;
        return findings.some((f) => f && f.label === 'opt_out' && f.values && Array.isArray(f.values.covers) &&
            f.values.covers.includes('ai_training'));
    }

    /*
     * The page summary as questions and answers: [{key, question, answer,
     * tone}], tone 'bad', 'good' or 'neutral'. Keys the host did not send
     * are left out. Returns [] for a missing summary. findings (optional)
     * tell whether training by default comes with a way to opt out of it.
     */
    function answers(s, findings) {
        if (!s || typeof s !== 'object')
            return [];
        const out = [];
        const add = (key, question, answer, tone) => out.push({key, question, answer, tone});
        if ('ai_training' in s) {
            const canRefuse = aiOptOut(findings);
            const a = {
                default: [canRefuse === true ? 'Yes, unless you opt out' :
                    canRefuse === false || !s.opt_out ? 'Yes, and no way to opt out of it was found' :
                        'Yes, by default', 'bad'],
                opt_in: ['Only if you agree to it', 'neutral'],
                no: ['No, the page says it is not', 'good'],
                not_stated: ['The page does not say', 'neutral'],
            }[s.ai_training] || [String(s.ai_training), 'neutral'];
            add('ai_training', 'Is what I write or upload used to train AI?', a[0], a[1]);
        }
        if ('opt_out' in s)
            add('opt_out', 'Can I refuse some uses of my data?',
                s.opt_out ? 'Yes, the page offers a way to opt out' : 'No way to opt out found on this page',
                s.opt_out ? 'good' : 'neutral');
        if ('opt_out_exception' in s && (s.opt_out || s.opt_out_exception))
            add('opt_out_exception', 'Does anything go on after I opt out?',
                s.opt_out_exception ? 'Yes, some use continues despite an opt-out' : 'Nothing found that continues',
                s.opt_out_exception ? 'bad' : 'neutral');
        if ('max_retention_days' in s) {
            const d = s.max_retention_days;
            let a, tone = 'neutral';
            if (d === -1) {
                a = 'Some data is kept indefinitely, or until you delete it';
                tone = 'bad';
            } else if (Number.isInteger(d) && d >= 0) {
                a = 'Up to ' + daysWords(d);
                tone = d > 3 * 365 ? 'bad' : 'neutral';
            } else {
                a = 'No period is stated';
            }
            add('max_retention_days', 'How long is my data kept, at the longest?', a, tone);
        }
        if ('sale' in s)
            add('sale', 'Is my data sold?', {
                yes: 'Yes, it may be sold or shared for targeted ads',
                no: 'No, the page says it is not sold',
                not_stated: 'The page does not say',
            }[s.sale] || String(s.sale), YES_NO[s.sale] || 'neutral');
        if ('sharing' in s)
            add('sharing', 'Is my data shared with other companies?', {
                yes: 'Yes, it is shared with others',
                no: 'No, the page says it is not shared',
                not_stated: 'The page does not say',
            }[s.sharing] || String(s.sharing), YES_NO[s.sharing] || 'neutral');
        if ('consent_by_use' in s)
            add('consent_by_use', 'Does using the site or signing up count as agreeing?',
                s.consent_by_use ? 'Yes, using it or clicking counts as agreeing' : 'Not that we found',
                s.consent_by_use ? 'bad' : 'neutral');
        if ('arbitration' in s)
            add('arbitration', 'Must disputes go to private arbitration?',
                s.arbitration ? 'Yes, you may give up going to court or joining a class action' : 'Not that we found',
                s.arbitration ? 'bad' : 'neutral');
        return out;
    }

    const PERIOD_START = /^(?:for|within|until|till|no longer|indefinitely|forever|while|during|after|before)\b/i;

    /* The extracted values of a finding as short lines for its card. */
    function valueLines(values) {
        const v = values || {};
        const out = [];
        if (typeof v.retention === 'string' && v.retention)
            /* the host gives the page's words: "up to 5 years", or with their
               preposition ("for 18 months", "within 30 days") */
            out.push((PERIOD_START.test(v.retention) ? 'Kept ' : 'Kept for ') + v.retention);
        else if (v.retention_days === -1)
            out.push('Kept indefinitely, or until you delete it');
        else if (Number.isInteger(v.retention_days))
            out.push('Kept for up to ' + daysWords(v.retention_days));
        if (typeof v.opt_out_where === 'string' && v.opt_out_where)
            out.push('Opt out: ' + v.opt_out_where.replace(/\s*>\s*/g, ' › '));
        else if (typeof v.opt_out_how === 'string' && v.opt_out_how)
            out.push('Opt out by: ' + v.opt_out_how);
        if (Number.isInteger(v.opt_out_window_days))
            out.push('Opt-out window: ' + daysWords(v.opt_out_window_days));
        if (Array.isArray(v.covers) && v.covers.length)
            out.push('Covers: ' + v.covers.map((l) => labels.labelName(l)).join(', '));
        return out;
    }

    /* Findings grouped by label, most costly labels first, each group worst
       severity first then in page order: [{label, name, severity, findings}]. */
    function groupByLabel(findings) {
        const groups = new Map();
        for (const f of findings) {
            if (!groups.has(f.label))
                groups.set(f.label, []);
            groups.get(f.label).push(f);
        }
        const out = [];
        for (const [label, list] of groups) {
            out.push({label, name: labels.labelName(label), severity: labels.worst(list.map((f) => f.severity)),
                findings: list});
        }
        out.sort((a, b) => labels.rank(b.severity) - labels.rank(a.severity) ||
            labels.labelOrder(a.label) - labels.labelOrder(b.label));
        return out;
    }

    const BADGE_COLOURS = {high: '#b3261e', medium: '#b85c00', low: '#7a6a00', info: '#3c6e9f', none: '#5f6368'};

    /* The toolbar badge for a tab's state: {text, colour, title}. A star
       after the count ("5*") says the page changed since the person last
       saw it (state.changes); the popup says what changed. */
    function badge(state, visible) {
        if (!state)
            return {text: '', colour: BADGE_COLOURS.none, title: 'smallprint'};
        if (state.status === 'host-missing' || state.status === 'host-failed' || state.status === 'incompatible')
            return {text: '!', colour: BADGE_COLOURS.none, title: 'smallprint: the helper program is not working'};
        if (state.status === 'reading')
            return {text: '…', colour: BADGE_COLOURS.none, title: 'smallprint: reading this page'};
        if (state.status !== 'done')
            return {text: '', colour: BADGE_COLOURS.none, title: 'smallprint'};
        if (state.language && state.language !== 'en')
            return {text: 'EN?', colour: BADGE_COLOURS.none, title: 'smallprint: English only for now'};
        const list = visible || state.findings;
        const worst = labels.worst(list.map((f) => f.severity));
        const n = list.length;
        const changed = !!state.changes;
        return {text: (n ? String(n > 999 ? '999+' : n) : '') + (changed ? '*' : ''),
            colour: BADGE_COLOURS[worst] || BADGE_COLOURS.none,
            title: (n ? 'smallprint: ' + plural(n, 'finding') + ', worst: ' + labels.severityWords(worst).toLowerCase()
                : 'smallprint: nothing found on this page') +
                (changed ? '. The page changed since you last saw it: the popup says what changed.' : '')};
    }

    return {ENGLISH_ONLY, daysWords, answers, valueLines, groupByLabel, badge, BADGE_COLOURS};
});
