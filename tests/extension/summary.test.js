'use strict';
const test = require('node:test');
const assert = require('node:assert/strict');
const {lib} = require('./helpers.js');
const words = lib('summary');
const labels = lib('labels');

test('days in words', () => {
    assert.equal(words.daysWords(540), '18 months');
    assert.equal(words.daysWords(1825), '5 years');
    assert.equal(words.daysWords(365), '1 year');
    assert.equal(words.daysWords(14), '2 weeks');
    assert.equal(words.daysWords(45), '45 days');
    assert.equal(words.daysWords(-1), null);
});

test('the summary as plain questions and answers', () => {
    const a = words.answers({ai_training: 'default', opt_out: true, opt_out_exception: true, max_retention_days: 1825,
        sale: 'no', sharing: 'yes', consent_by_use: false, arbitration: true, severity: 'high', findings: 5});
    const by = Object.fromEntries(a.map((x) => [x.key, x]));
    assert.equal(by.ai_training.answer, 'Yes, by default');
    assert.equal(by.ai_training.tone, 'bad');
    assert.equal(by.max_retention_days.answer, 'Up to 5 years');
    assert.equal(by.max_retention_days.tone, 'bad');
    assert.equal(by.sale.tone, 'good');
    assert.match(by.arbitration.answer, /court/);
    assert.equal(a.length, 8);
    const none = words.answers({ai_training: 'not_stated', opt_out: false, opt_out_exception: false,
        max_retention_days: null, sale: 'not_stated'});
    assert.equal(none.find((x) => x.key === 'max_retention_days').answer, 'No period is stated');
    assert.ok(!none.some((x) => x.key === 'opt_out_exception')); /* no opt-out: no question about its exceptions */
    assert.equal(words.answers({max_retention_days: -1})[0].tone, 'bad');
    assert.deepEqual(words.answers(null), []);
});

test('training by default: the answer says whether an opt-out covers it', () => {
    const s = {ai_training: 'default', opt_out: true};
    const training = {label: 'opt_out', values: {covers: ['ai_training']}};
    const email = {label: 'opt_out', values: {covers: ['marketing']}};
    const ai = (sum, f) => words.answers(sum, f).find((x) => x.key === 'ai_training');
    assert.equal(ai(s, [training]).answer, 'Yes, unless you opt out');
    /* an opt-out of marketing e-mail is not a way out of training */
    assert.equal(ai(s, [email]).answer, 'Yes, and no way to opt out of it was found');
    assert.equal(ai({ai_training: 'default', opt_out: false}).answer, 'Yes, and no way to opt out of it was found');
    assert.equal(ai(s).answer, 'Yes, by default'); /* findings unknown: no claim either way */
    assert.equal(ai(s, [email]).tone, 'bad');
});

test('card values read like the page', () => {
    assert.deepEqual(words.valueLines({retention: 'up to 5 years', retention_days: 1825}), ['Kept for up to 5 years']);
    assert.deepEqual(words.valueLines({retention: 'for 18 months', retention_days: 540}), ['Kept for 18 months']);
    assert.deepEqual(words.valueLines({retention: 'within 30 days', retention_days: 30}), ['Kept within 30 days']);
    assert.deepEqual(words.valueLines({retention_days: -1}), ['Kept indefinitely, or until you delete it']);
    assert.deepEqual(words.valueLines({retention: 'for a period of 18 months'}), ['Kept for a period of 18 months']);
    assert.deepEqual(words.valueLines({opt_out_where: 'Settings > Privacy', covers: ['ai_training']}),
        ['Opt out: Settings › Privacy', 'Covers: AI training']);
    assert.deepEqual(words.valueLines({opt_out_window_days: 30}), ['Opt-out window: 1 month']);
    assert.deepEqual(words.valueLines(undefined), []);
});

test('findings grouped by label, worst first', () => {
    const g = words.groupByLabel([
        {id: 'a', label: 'retention', severity: 'low'},
        {id: 'b', label: 'sale', severity: 'high'},
        {id: 'c', label: 'retention', severity: 'medium'},
        {id: 'd', label: 'no_sale', severity: 'info'},
    ]);
    assert.deepEqual(g.map((x) => x.label), ['sale', 'retention', 'no_sale']);
    assert.equal(g[1].severity, 'medium');
    assert.deepEqual(g[1].findings.map((f) => f.id), ['a', 'c']);
});

test('badge: count and worst severity, or a plain state', () => {
    const st = {status: 'done', language: 'en', findings: [{severity: 'low'}, {severity: 'high'}]};
    const b = words.badge(st);
    assert.equal(b.text, '2');
    assert.equal(b.colour, words.BADGE_COLOURS.high);
    assert.match(b.title, /2 findings, worst: high concern/);
    assert.equal(words.badge({status: 'done', language: 'unknown', findings: []}).text, 'EN?');
    assert.equal(words.badge({status: 'host-missing', findings: []}).text, '!');
    assert.equal(words.badge({status: 'done', language: 'en', findings: []}).text, '');
    assert.equal(words.badge(st, [{severity: 'info'}]).text, '1'); /* what is visible counts */
});

test('labels: names, ranks and the worst', () => {
    assert.equal(labels.ORDER.length, 17);
    assert.equal(labels.labelName('ai_training'), 'AI training');
    assert.equal(labels.labelName('future_label'), 'future label');
    assert.equal(labels.worst(['info', 'medium', 'low']), 'medium');
    assert.equal(labels.worst([]), 'none');
});
