'use strict';
const test = require('node:test');
const assert = require('node:assert/strict');
const {lib} = require('./helpers.js');
const prefs = lib('settings');

test('defaults and normalising what storage holds', () => {
    const d = prefs.defaults();
    assert.equal(d.mode, 'auto');
    assert.equal(Object.keys(d.labels).length, 17);
    const n = prefs.normalize({mode: 'nonsense', labels: {sale: false, ai_training: 'no'}, neverSites: ['Www.Example.com',
        'https://shop.test/cart', 'not a site!', 'example.com']});
    assert.equal(n.mode, 'auto');
    assert.equal(n.labels.sale, false);
    assert.equal(n.labels.ai_training, true);
    assert.deepEqual(n.neverSites, ['example.com', 'shop.test']);
    assert.deepEqual(prefs.normalize(null), prefs.defaults());
});

test('never-run sites cover their subdomains only', () => {
    const s = prefs.normalize({neverSites: ['example.com']});
    assert.equal(prefs.siteListed(s.neverSites, 'https://help.example.com/privacy'), true);
    assert.equal(prefs.siteListed(s.neverSites, 'https://badexample.com/'), false);
    assert.deepEqual(prefs.decide(s, 'https://example.com/terms', 'terms'), {allowed: false, auto: false});
    assert.deepEqual(prefs.decide(s, 'https://other.test/terms', 'terms'), {allowed: true, auto: true});
    assert.deepEqual(prefs.decide(s, 'https://other.test/blog', 'other'), {allowed: true, auto: false});
    assert.deepEqual(prefs.decide(prefs.normalize({mode: 'click'}), 'https://x.test/privacy', 'policy'),
        {allowed: true, auto: false});
    assert.deepEqual(prefs.decide(s, 'file:///tmp/x.html', 'policy'), {allowed: false, auto: false});
});

test('feedback is remembered per site, rule and words, and exported as JSON Lines', () => {
    const f = {rule: 'sale.sell_data', label: 'sale', severity: 'high', text: 'We may sell your data.', phrase: 'sell'};
    let list = prefs.addFeedback([], prefs.makeFeedback('wrong', 'shop.test', f, 0));
    list = prefs.addFeedback(list, prefs.makeFeedback('dismiss', 'shop.test', Object.assign({}, f, {text: 'Other.'}), 0));
    list = prefs.addFeedback(list, prefs.makeFeedback('wrong', 'shop.test', f, 1000)); /* same key: replaced */
    assert.equal(list.length, 2);
    assert.equal(prefs.feedbackKey('shop.test', f), list[1].key);
    const lines = prefs.exportWrong(list).trim().split('\n').map((l) => JSON.parse(l));
    assert.deepEqual(lines, [{rule: 'sale.sell_data', label: 'sale', severity: 'high', text: 'We may sell your data.',
        phrase: 'sell', site: 'shop.test', at: '1970-01-01T00:00:01.000Z'}]);
});
