/*
 * lib/labels.js - the 17 labels and four severities as a person reads them.
 *
 * Browser-neutral, like everything in lib/: loaded as a plain script (content
 * scripts, popup, options, background) where it registers itself on the
 * shared namespace `globalThis.smallprint`, and by Node's test runner through
 * require(). No browser API is touched here.
 */
if (typeof module === 'object')
    require('./define.js'); /* Node: the shared registration (see define.js) */
(typeof module === 'object' ? module : {}).exports = globalThis.smallprint.define('labels', function (need) {
    'use strict';

    /* Label -> short name and a plain phrase for cards and warnings. Order is
       the order the popup groups findings in: what costs people most first. */
    const LABELS = Object.freeze({
        ai_training: {name: 'AI training', on: 'what you write or upload is used to train AI models'},
        sale: {name: 'Sale of your data', on: 'your data may be sold'},
        sharing: {name: 'Sharing with others', on: 'your data is shared with other companies'},
        marketing: {name: 'Marketing', on: 'you agree to marketing messages'},
        opt_out_exception: {name: 'Exception to an opt-out', on: 'some use continues after you opt out'},
        consent_by_use: {name: 'Agreeing by using', on: 'using or clicking counts as agreeing'},
        arbitration: {name: 'Arbitration', on: 'disputes go to arbitration, not a court'},
        content_license: {name: 'Licence to your content', on: 'you give a broad licence to your content'},
        human_review: {name: 'People may read it', on: 'people may read what you write'},
        retention: {name: 'How long data is kept', on: 'your data is kept for a time'},
        unilateral_change: {name: 'Terms can change', on: 'the terms can change without asking you'},
        opt_out: {name: 'A way to opt out', on: 'you can refuse this use'},
        opt_in: {name: 'Asks you first', on: 'you are asked before this happens'},
        deletion: {name: 'Deleting your data', on: 'you can delete your data'},
        no_ai_training: {name: 'No AI training', on: 'your content is not used to train AI'},
        no_sale: {name: 'No sale', on: 'your data is not sold'},
        no_sharing: {name: 'No sharing', on: 'your data is not shared'},
    });

    const ORDER = Object.freeze(Object.keys(LABELS));

    /* Labels whose ON state grants something a person may not want: these
       make a pre-ticked box or an ON switch worth a warning. */
    const GRANTS = Object.freeze(['ai_training', 'sharing', 'sale', 'marketing']);

    /* Labels that are an agreement when they sit on one tick box; two or more
       on a single box is a bundled consent. */
    const CONSENTS = Object.freeze(['ai_training', 'sharing', 'sale', 'marketing', 'consent_by_use',
        'arbitration', 'content_license', 'unilateral_change', 'human_review']);

    const SEVERITIES = Object.freeze(['high', 'medium', 'low', 'info']);
    const RANK = Object.freeze({high: 3, medium: 2, low: 1, info: 0, none: -1});
    const SEVERITY_WORDS = Object.freeze({
        high: 'High concern', medium: 'Worth a look', low: 'Minor', info: 'Good to know', none: 'Nothing found',
    });

    function isLabel(label) {
        return typeof label === 'string' && Object.prototype.hasOwnProperty.call(LABELS, label);
    }

    /* Short display name; an unknown label (a newer host) shows as itself. */
    function labelName(label) {
        return isLabel(label) ? LABELS[label].name : String(label).replace(/_/g, ' ');
    }

    function labelOn(label) {
        return isLabel(label) ? LABELS[label].on : labelName(label);
    }

    function isSeverity(s) {
        return typeof s === 'string' && Object.prototype.hasOwnProperty.call(RANK, s) && s !== 'none';
    }

    function rank(severity) {
        return Object.prototype.hasOwnProperty.call(RANK, severity) ? RANK[severity] : -1;
    }

    /* The worst of a list of severities, or 'none' for an empty list. */
    function worst(severities) {
        let best = 'none';
        for (const s of severities)
            if (rank(s) > rank(best))
                best = s;
        return best;
    }

    function severityWords(s) {
        return SEVERITY_WORDS[s] || String(s);
    }

    /* Order for grouping: known labels in LABELS order, unknown ones last. */
    function labelOrder(label) {
        const i = ORDER.indexOf(label);
        return i < 0 ? ORDER.length : i;
    }

    return {LABELS, ORDER, GRANTS, CONSENTS, SEVERITIES, isLabel, labelName, labelOn, isSeverity, rank, worst,
        severityWords, labelOrder};
});
