'use strict';
const test = require('node:test');
const assert = require('node:assert/strict');
const {dom, lib} = require('./helpers.js');
const textmap = lib('textmap');
const controls = lib('controls');

function read(body) {
    const doc = dom(body);
    const {blocks, nodeBlock} = textmap.extractBlocks(doc);
    const text = new Map(blocks.map((b) => [b.id, b.text]));
    return {doc, list: controls.readControls(doc, nodeBlock), text};
}

test('controls are read with their state and the words that label them', () => {
    const {list, text} = read(`
      <label><input type="checkbox" checked> Send me offers from partners</label>
      <input type="checkbox" id="x"><label for="x">Share my data</label>
      <span id="l">Use my chats to train models</span><div role="switch" aria-checked="false" aria-labelledby="l"></div>
      <button role="switch" aria-checked="true" aria-label="Personalised ads"></button>
      <div><input type="radio" name="r"> Yes, sell it</div>
      <input type="checkbox">`);
    assert.equal(list.length, 5); /* the last box says nothing: left out */
    const words = list.map((c) => c.synthetic || c.blockIds.map((id) => text.get(id)).join(' | '));
    assert.deepEqual(words, ['Send me offers from partners', 'Share my data', 'Use my chats to train models',
        'Personalised ads', 'Yes, sell it']);
    assert.deepEqual(list.map((c) => c.kind), ['checkbox', 'checkbox', 'switch', 'switch', 'radio']);
    assert.deepEqual(list.map((c) => c.checked), [true, false, false, true, false]);
});

test('an ON switch that allows training on a settings page is warned', () => {
    const w = controls.judgeControl({kind: 'switch', checked: true}, ['ai_training'], {settingsPage: true});
    assert.deepEqual(w.map((x) => x.kind), ['on']);
    assert.match(w[0].text, /^On: what you write or upload is used to train AI models/);
    assert.deepEqual(controls.judgeControl({kind: 'switch', checked: false}, ['ai_training'], {settingsPage: true}), []);
    assert.deepEqual(controls.judgeControl({kind: 'switch', checked: true}, ['ai_training'], {}), []);
});

test('an opt-out switch shows what survives it', () => {
    const w = controls.judgeControl({kind: 'switch', checked: false}, ['ai_training'],
        {settingsPage: true, exceptions: ['Flagged chats may still be used.']});
    assert.equal(w.length, 1);
    assert.equal(w[0].kind, 'survives');
    assert.match(w[0].text, /^Off, but the page says: “Flagged chats may still be used\.”/);
    const o = controls.judgeControl({kind: 'checkbox', checked: true}, ['opt_out'], {exceptions: ['x']});
    assert.equal(o[0].kind, 'survives');
});

test('a pre-ticked box on a sign-up form is flagged until the person changes it', () => {
    const ctl = {kind: 'checkbox', checked: true};
    const ctx = {signupForm: true, initiallyChecked: true, changedByPerson: false};
    assert.deepEqual(controls.judgeControl(ctl, ['marketing'], ctx).map((x) => x.kind), ['preticked']);
    assert.deepEqual(controls.judgeControl(ctl, ['marketing'], Object.assign({}, ctx, {changedByPerson: true})), []);
    assert.deepEqual(controls.judgeControl(ctl, ['marketing'], Object.assign({}, ctx, {initiallyChecked: false})), []);
    assert.deepEqual(controls.judgeControl({kind: 'checkbox', checked: false}, ['marketing'], ctx), []);
    assert.deepEqual(controls.judgeControl(ctl, ['retention'], ctx), []); /* not a grant */
});

test('one box bundling several agreements is pointed out', () => {
    const w = controls.judgeControl({kind: 'checkbox', checked: false}, ['consent_by_use', 'marketing', 'sharing'], {});
    assert.equal(w.length, 1);
    assert.equal(w[0].kind, 'bundled');
    assert.match(w[0].text, /One box, several agreements: .*marketing.*and agreeing by using/i);
    /* a box that accepts the terms and also grants something */
    const both = (text, found) => controls.judgeControl({kind: 'checkbox', checked: false}, found, {text})
        .filter((x) => x.kind === 'bundled').map((x) => x.text);
    assert.deepEqual(both('I accept the Conditions of Use and want partner offers by post.', ['marketing']),
        ['One box, several agreements: the terms and marketing']);
    assert.deepEqual(both('I have read and agree to the privacy notice; pass my address to partners.', ['sharing']),
        ['One box, several agreements: the terms and sharing with others']);
    /* the terms alone, or a grant alone, is one agreement */
    assert.deepEqual(both('I agree to the Terms of Use.', []), []);
    assert.deepEqual(both('Send me the monthly newsletter.', ['marketing']), []);
    /* "terms" in another sense */
    assert.deepEqual(both('Email me when the payment terms of my plan change.', ['marketing']), []);
});

test('the submit button a consent sentence is about', () => {
    const doc = dom('<form><p id="t">By clicking Sign up, you agree.</p><button type="submit">Sign up</button></form>' +
        '<div><p id="u">By continuing you agree.</p><div><a role="button">Continue</a></div></div>');
    assert.equal(controls.nearestSubmit(doc.getElementById('t')).textContent, 'Sign up');
    assert.equal(controls.nearestSubmit(doc.getElementById('u')).textContent, 'Continue');
});
