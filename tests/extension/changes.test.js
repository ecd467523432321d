/* What a changed page says: the popup's "Changed since" section, the tags
   and card lines of new and reworded findings, and the badge's star. */
'use strict';
const test = require('node:test');
const assert = require('node:assert/strict');
const {lib, CHANGES} = require('./helpers.js');
const protocol = lib('protocol');
const changes = lib('changes');
const words = lib('summary');

const clean = () => protocol.cleanChanges(CHANGES);

test('dates in words, in the person\'s own calendar', () => {
    /* midday UTC: the same date in every time zone from -11 to +11 */
    assert.equal(changes.dateWords('2025-01-10T12:00:00Z'), '10 January 2025');
    assert.equal(changes.dateWords('2024-12-31T12:00:00Z'), '31 December 2024');
    assert.equal(changes.dateWords('soon'), '');
    assert.equal(changes.dateWords(null), '');
});

test('new and reworded findings get a tag, a title and card lines', () => {
    const m = changes.byFinding(clean());
    assert.deepEqual(m.get('f1'), {kind: 'added', tag: 'new', title: 'New since 10 January 2025',
        lines: ['This sentence was not on the page then.'], sr: 'new since 10 January 2025'});
    const r = m.get('f0');
    assert.equal(r.kind, 'reworded');
    assert.equal(r.tag, 'reworded');
    assert.equal(r.title, 'Reworded since 10 January 2025');
    assert.deepEqual(r.lines, ['It used to say: Your data may be sold.', 'smallprint rated it “Worth a look” then.']);
    assert.equal(m.size, 2);
    assert.equal(changes.byFinding(null).size, 0);
    /* values say more than the rule's explanation when the earlier finding had them */
    const v = changes.byFinding(protocol.cleanChanges({since: '', reworded: [{id: 'f4', was: {label: 'retention',
        severity: 'low', explanation: 'This says how long your data is kept.', values: {retention: 'for 18 months',
            retention_days: 540}}}]}));
    assert.equal(v.get('f4').title, 'Reworded since your last visit');
    assert.equal(v.get('f4').lines[0], 'It used to say: Kept for 18 months');
});

test('the popup section: changed answers first, tagged findings counted, removed ones described', () => {
    const visible = [{id: 'f0'}, {id: 'f1'}];
    const v = changes.view(clean(), visible);
    assert.equal(v.heading, 'Changed since 10 January 2025');
    assert.deepEqual(v.answers, ['AI training: only with opt-in → by default']);
    assert.equal(v.marked, '1 new finding and 1 reworded finding, tagged below and on the page.');
    assert.deepEqual(v.removed, [{name: 'A way to opt out', severity: 'info', severityWords: 'Good to know',
        explanation: 'You can switch this off.', values: ['Opt out by: settings']}]);
    assert.deepEqual(v.notes, []);
    assert.equal(v.noticed, 'smallprint first noticed the change on 2 March 2025.');
    /* a new finding the person dismissed is not announced as new */
    assert.equal(changes.view(clean(), [{id: 'f0'}]).marked, '1 reworded finding, tagged below and on the page.');
    assert.equal(changes.view(clean(), []).marked, '');
    assert.equal(changes.view(null, visible), null);
});

test('the popup section: answers without the host\'s sentence, other rules, a cut list', () => {
    const c = protocol.cleanChanges({since: '2025-01-10T12:00:00Z', noticed: '2025-01-10T13:00:00Z',
        answers: [{key: 'max_retention_days', title: 'Longest retention', old: 540, new: null}],
        rules_changed: true, truncated: true});
    const v = changes.view(c, []);
    assert.deepEqual(v.answers, ['Longest retention: 540 → not stated']);
    assert.equal(v.notes.length, 2);
    assert.match(v.notes[0], /rules have changed/);
    assert.match(v.notes[1], /more changes than smallprint lists/);
    assert.equal(v.noticed, ''); /* noticed the same day: nothing more to say */
});

test('the badge stars a changed page and says why', () => {
    const st = {status: 'done', language: 'en', findings: [{severity: 'low'}, {severity: 'high'}], changes: clean()};
    const b = words.badge(st);
    assert.equal(b.text, '2*');
    assert.match(b.title, /2 findings, worst: high concern\. The page changed since you last saw it/);
    assert.equal(words.badge(Object.assign({}, st, {findings: []})).text, '*');
    assert.equal(words.badge(Object.assign({}, st, {changes: null})).text, '2');
    assert.equal(words.badge(Object.assign({}, st, {status: 'reading'})).text, '…');
});
