/*
 * lib/changes.js - what changed on a page since the person last saw it, in
 * plain words: the "Changed since" section of the popup, the tag and card
 * lines of a new or reworded finding. Works on the `changes` that
 * lib/protocol.js checked and kept (cleanChanges); pure functions of plain
 * data. The host decides what changed (docs/PROTOCOL.md, "History").
 */
if (typeof module === 'object')
    require('./define.js'); /* Node: the shared registration (see define.js) */
(typeof module === 'object' ? module : {}).exports = globalThis.smallprint.define('changes', function (need) {
    'use strict';
    const labels = need('labels');
    const words = need('summary');

    const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October',
        'November', 'December'];

    /* "2025-01-10T08:00:00Z" -> "10 January 2025" (the person's local date),
       or '' when it is not a time. */
    function dateWords(iso) {
        const d = typeof iso === 'string' && iso ? new Date(iso) : null;
        if (!d || Number.isNaN(d.getTime()))
            return '';
        return d.getDate() + ' ' + MONTHS[d.getMonth()] + ' ' + d.getFullYear();
    }

    function sinceWords(changes) {
        const d = dateWords(changes.since);
        return d ? 'since ' + d : 'since your last visit';
    }

    function plural(n, word) {
        return n + ' ' + word + (n === 1 ? '' : 's');
    }

    /* One answer that changed, as the host wrote it, else from its parts. */
    function answerText(a) {
        if (a.text)
            return a.text;
        const show = (v) => (v === null || v === undefined ? 'not stated' : String(v).replace(/_/g, ' '));
        return (a.title || labels.labelName(a.key)) + ': ' + show(a.old) + ' → ' + show(a.new);
    }

    /* A finding as the earlier version had it (removed, or what a reworded
       one was): {name, severity, severityWords, explanation, values}. */
    function describeOld(w) {
        return {name: labels.labelName(w.label), severity: w.severity, severityWords: labels.severityWords(w.severity),
            explanation: w.explanation, values: words.valueLines(w.values)};
    }

    /*
     * Per finding id, how it changed, ready to show: {kind: 'added' |
     * 'reworded', tag ('new' | 'reworded', shown next to the marker),
     * title ('New since 10 January 2025'), lines (more for the card), sr
     * (what a screen reader hears on the marker)}. An empty Map without
     * changes.
     */
    function byFinding(changes) {
        const out = new Map();
        if (!changes)
            return out;
        const since = sinceWords(changes);
        for (const id of changes.added)
            out.set(id, {kind: 'added', tag: 'new', title: 'New ' + since,
                lines: ['This sentence was not on the page then.'], sr: 'new ' + since});
        for (const r of changes.reworded) {
            const was = describeOld(r.was);
            const lines = [];
            const before = was.values.length ? was.values.join('; ') : was.explanation;
            if (before)
                lines.push('It used to say: ' + before);
            lines.push('smallprint rated it “' + was.severityWords + '” then.');
            out.set(r.id, {kind: 'reworded', tag: 'reworded', title: 'Reworded ' + since, lines,
                sr: 'reworded ' + since});
        }
        return out;
    }

    /*
     * The popup's "Changed since" section, or null when there is nothing to
     * tell. visible: the findings the person sees (dismissed ones and
     * switched-off labels are not counted as new). Returns {heading,
     * noticed, answers: [text], marked (a line about tagged findings, or
     * ''), removed: [describeOld], notes: [text]}.
     */
    function view(changes, visible) {
        if (!changes)
            return null;
        const ids = new Set((visible || []).map((f) => f.id));
        const added = changes.added.filter((id) => ids.has(id)).length;
        const reworded = changes.reworded.filter((r) => ids.has(r.id)).length;
        const since = dateWords(changes.since);
        const noticed = dateWords(changes.noticed);
        const parts = [];
        if (added)
            parts.push(plural(added, 'new finding'));
        if (reworded)
            parts.push(plural(reworded, 'reworded finding'));
        const notes = [];
        if (changes.rulesChanged)
            notes.push('smallprint’s rules have changed since then, so only sentences whose words changed are ' +
                'compared, not the answers.');
        if (changes.truncated)
            notes.push('There were more changes than smallprint lists; only the first ones are shown.');
        return {
            heading: 'Changed ' + sinceWords(changes),
            noticed: noticed && noticed !== since ? 'smallprint first noticed the change on ' + noticed + '.' : '',
            answers: changes.answers.map(answerText),
            marked: parts.length ? parts.join(' and ') + ', tagged below and on the page.' : '',
            removed: changes.removed.map(describeOld),
            notes,
        };
    }

    return {dateWords, byFinding, view};
});
