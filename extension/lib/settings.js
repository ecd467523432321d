/*
 * lib/settings.js - the person's choices (options page) and their feedback
 * on findings (dismissed, marked wrong), as plain data with defaults, checks
 * and the export file. The background stores them in storage.local.
 */
if (typeof module === 'object')
    require('./define.js'); /* Node: the shared registration (see define.js) */
(typeof module === 'object' ? module : {}).exports = globalThis.smallprint.define('settings', function (need) {
    'use strict';
    const labels = need('labels');

    const MODES = ['auto', 'click'];
    const MAX_SITES = 5000;
    const MAX_FEEDBACK = 5000;

    function defaults() {
        const on = {};
        for (const l of labels.ORDER)
            on[l] = true;
        return {mode: 'auto', labels: on, neverSites: []};
    }

    /* A site as the person types it ("https://Www.Example.com/x", "example.com")
       -> "example.com", or null when it is not a host name. */
    function normalizeSite(input) {
        let s = String(input || '').trim().toLowerCase();
        if (!s)
            return null;
        if (!/^[a-z][a-z0-9+.-]*:\/\//.test(s))
            s = 'http://' + s;
        let host;
        try {
            host = new URL(s).hostname;
        } catch (e) {
            return null;
        }
        host = host.replace(/^www\./, '').replace(/\.$/, '');
        if (!host || !/^[a-z0-9.-]+$|^\[[0-9a-f:.]+\]$/.test(host))
            return null;
        return host;
    }

    /* Settings read back from storage, with anything missing or malformed
       replaced by its default (a corrupt value never blocks the extension). */
    function normalize(raw) {
        const d = defaults();
        const r = raw && typeof raw === 'object' ? raw : {};
        const out = {mode: MODES.includes(r.mode) ? r.mode : d.mode, labels: d.labels, neverSites: []};
        if (r.labels && typeof r.labels === 'object')
            for (const l of labels.ORDER)
                if (typeof r.labels[l] === 'boolean')
                    out.labels[l] = r.labels[l];
        if (Array.isArray(r.neverSites))
            for (const s of r.neverSites) {
                const n = normalizeSite(s);
                if (n && !out.neverSites.includes(n) && out.neverSites.length < MAX_SITES)
                    out.neverSites.push(n);
            }
        return out;
    }

    /* The site of a page URL, or null for pages smallprint never reads. */
    function siteOf(url) {
        let u;
        try {
            u = new URL(url);
        } catch (e) {
            return null;
        }
        if (u.protocol !== 'http:' && u.protocol !== 'https:')
            return null;
        return u.hostname.toLowerCase().replace(/^www\./, '');
    }

    /* true when a listed site (or a parent domain of it) covers url. */
    function siteListed(list, url) {
        const host = siteOf(url);
        if (!host)
            return false;
        return list.some((s) => host === s || host.endsWith('.' + s));
    }

    /* Whether smallprint may run on url at all, and whether it starts by
       itself there: {allowed, auto}. */
    function decide(settings, url, pageKind) {
        if (!siteOf(url) || siteListed(settings.neverSites, url))
            return {allowed: false, auto: false};
        return {allowed: true, auto: settings.mode === 'auto' && pageKind !== 'other'};
    }

    /* The key under which a person's verdict on a finding is remembered:
       the same rule on the same words on the same site. */
    function feedbackKey(site, finding) {
        return [site || '', finding.rule || finding.label, String(finding.text || '').slice(0, 500)].join('\u0001');
    }

    /* Add one verdict to the stored list (newest kept when full). */
    function addFeedback(list, entry) {
        const out = (Array.isArray(list) ? list : []).filter((e) => e && e.key !== entry.key);
        out.push(entry);
        return out.length > MAX_FEEDBACK ? out.slice(out.length - MAX_FEEDBACK) : out;
    }

    function makeFeedback(kind, site, finding, when) {
        return {key: feedbackKey(site, finding), kind, site: site || '', rule: String(finding.rule || ''),
            label: String(finding.label || ''), severity: String(finding.severity || ''),
            text: String(finding.text || '').slice(0, 2000), phrase: String(finding.phrase || '').slice(0, 500),
            at: new Date(when).toISOString()};
    }

    /* The "marked wrong" entries as a JSON Lines file for the rule writers
       (one object a line: rule, label, severity, text, phrase, site, at). */
    function exportWrong(list) {
        return (Array.isArray(list) ? list : []).filter((e) => e && e.kind === 'wrong').map((e) => JSON.stringify({
            rule: e.rule, label: e.label, severity: e.severity, text: e.text, phrase: e.phrase, site: e.site, at: e.at,
        })).join('\n') + '\n';
    }

    return {MODES, defaults, normalize, normalizeSite, siteOf, siteListed, decide, feedbackKey, addFeedback,
        makeFeedback, exportWrong};
});
