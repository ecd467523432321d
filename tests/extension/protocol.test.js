'use strict';
const test = require('node:test');
const assert = require('node:assert/strict');
const {lib} = require('./helpers.js');
const protocol = lib('protocol');

test('wellFormed replaces lone surrogates one unit for one unit', () => {
    const s = 'a\ud800b\udc00c😀';
    const out = protocol.wellFormed(s);
    assert.equal(out, 'a\ufffdb\ufffdc😀');
    assert.equal(out.length, s.length);
    /* the fallback for engines without toWellFormed gives the same */
    const fake = {toWellFormed: undefined, replace: String.prototype.replace.bind(s)};
    assert.equal(protocol.wellFormed(fake), out);
});

test('hello: the right protocol passes, another one is refused with a clear message', () => {
    const ok = protocol.checkHello({type: 'hello', id: 1, protocol: 1, host: 'smallprint-host', version: '0.1.0',
        labels: ['ai_training'], rules_error: null});
    assert.equal(ok.ok, true);
    const v2 = protocol.checkHello({type: 'hello', id: 1, protocol: 2});
    assert.equal(v2.ok, false);
    assert.equal(v2.status, 'incompatible');
    assert.match(v2.message, /speaks protocol 2 and this extension speaks protocol 1/);
    const e14 = protocol.checkHello({type: 'error', id: 1, code: 14, message: 'protocol 1 is not spoken here'});
    assert.equal(e14.status, 'incompatible');
    assert.equal(protocol.checkHello({type: 'error', id: 1, code: 5, message: 'x'}).status, 'failed');
    assert.equal(protocol.checkHello(null).ok, false);
    const noRules = protocol.checkHello({type: 'hello', protocol: 1, rules_error: 'pack tampered'});
    assert.equal(noRules.rulesError, 'pack tampered');
});

test('batches keep order and respect both limits', () => {
    const blocks = Array.from({length: 10}, (_, i) => ({id: 'b' + i, text: 'x'.repeat(i === 5 ? 50 : 10)}));
    const b = protocol.makeBatches(blocks, {maxBlocks: 3, maxUnits: 40});
    assert.deepEqual(b.flat().map((x) => x.id), blocks.map((x) => x.id));
    assert.ok(b.every((batch) => batch.length <= 3));
    assert.ok(b.some((batch) => batch.length === 1 && batch[0].id === 'b5')); /* too big: alone */
    assert.deepEqual(protocol.makeBatches([]), []);
});

test('split results are put back together in order', () => {
    const a = new protocol.ReplyAssembler();
    const f = (id) => ({id, block: 'b0', start: 0, end: 1, label: 'sale', severity: 'high'});
    assert.equal(a.add({type: 'result', id: 7, part: 1, parts: 3, findings: [f('f0'), f('f1')], summary: null}), null);
    assert.equal(a.add({type: 'result', id: 7, part: 2, parts: 3, findings: [f('f2')], summary: null}), null);
    const whole = a.add({type: 'result', id: 7, part: 3, parts: 3, findings: [f('f3')], summary: {findings: 4}});
    assert.deepEqual(whole.findings.map((x) => x.id), ['f0', 'f1', 'f2', 'f3']);
    assert.deepEqual(whole.summary, {findings: 4});
    /* a single-part result comes straight through */
    assert.equal(a.add({type: 'result', id: 8, part: 1, parts: 1, findings: []}).id, 8);
});

test('parts out of order or inconsistent are errors, not half results', () => {
    const a = new protocol.ReplyAssembler();
    assert.throws(() => a.add({type: 'result', id: 1, part: 2, parts: 2, findings: []}), /before part 1/);
    a.add({type: 'result', id: 2, part: 1, parts: 3, findings: []});
    assert.throws(() => a.add({type: 'result', id: 2, part: 3, parts: 3, findings: []}), /expected part 2/);
    assert.throws(() => a.add({type: 'result', id: 3, part: 0, parts: 1, findings: []}), /bad part/);
    assert.throws(() => a.add({type: 'result', id: 4, part: 1, parts: 1, findings: 'x'}), /not a list/);
    /* after a failure the same id can start over */
    assert.equal(a.add({type: 'result', id: 2, part: 1, parts: 1, findings: []}).id, 2);
});

test('applyResult replaces the findings of re-sent blocks and keeps the rest', () => {
    const st = protocol.newPageState({page: 'p'});
    const text0 = 'We may sell your data. We keep logs for 2 years.';
    protocol.applyResult(st, {language: 'en', summary: {findings: 2}, findings: [
        {id: 'f0', block: '0:b0', start: 0, end: 22, phrase_start: 7, phrase_end: 11, label: 'sale', severity: 'high',
            rule: 'sale.x', explanation: 'e', values: {}, related: []},
        {id: 'f1', block: '0:b0', start: 23, end: 48, label: 'retention', severity: 'low', values: {retention_days: 730}},
    ]}, new Map([['0:b0', text0], ['0:b1', 'Hello.']]));
    assert.equal(st.findings.length, 2);
    assert.equal(st.findings[0].text, 'We may sell your data.');
    assert.equal(st.findings[0].phrase, 'sell');
    assert.equal(st.findings[1].phrase, st.findings[1].text); /* no phrase: the sentence */
    /* block b0 sent again with new text: its old findings go */
    protocol.applyResult(st, {language: 'unknown', summary: {findings: 0}, findings: []}, new Map([['0:b0', 'Bonjour.']]));
    assert.equal(st.findings.length, 0);
    assert.equal(st.language, 'en'); /* a small later batch does not unmake an English page */
    assert.deepEqual(st.summary, {findings: 0});
});

test('applyResult drops findings that do not fit their block', () => {
    const st = protocol.newPageState();
    protocol.applyResult(st, {language: 'en', findings: [
        {id: 'a', block: 'x', start: 0, end: 3, label: 'sale', severity: 'high'},        /* unknown block */
        {id: 'b', block: 'b', start: 0, end: 99, label: 'sale', severity: 'high'},       /* past the end */
        {id: 'c', block: 'b', start: 0, end: 3, label: 'sale', severity: 'extreme'},     /* bad severity */
        {id: 'd', block: 'b', start: 0, end: 3, label: 'sale', severity: 'high', partial: 1},
    ], partial: true}, new Map([['b', 'abcdef']]));
    assert.deepEqual(st.findings.map((f) => f.id), ['d']);
    assert.equal(st.rejected, 3);
    assert.equal(st.partial, true);
    assert.equal(st.language, 'en');
});

test('a page past the host\'s findings limit is marked incomplete', () => {
    const st = protocol.newPageState();
    protocol.applyResult(st, {language: 'en', findings: [], complete: true}, new Map());
    assert.equal(st.incomplete, false);
    protocol.applyResult(st, {language: 'en', findings: [], complete: false}, new Map());
    assert.equal(st.incomplete, true);
});

test('a page that starts as not English says so', () => {
    const st = protocol.newPageState();
    protocol.applyResult(st, {language: 'unknown', findings: []}, new Map());
    assert.equal(st.language, 'unknown');
});
