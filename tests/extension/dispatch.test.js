'use strict';
const test = require('node:test');
const assert = require('node:assert/strict');
const {lib} = require('./helpers.js');
const dispatch = lib('dispatch');

const SELF = {id: 'me', origin: 'chrome-extension://me/'};
const content = {id: 'me', url: 'https://site.test/', tab: {id: 4}, frameId: 0};
const popup = {id: 'me', url: 'chrome-extension://me/popup/popup.html'};

test('allowed messages from the right sender pass', () => {
    assert.deepEqual(dispatch.check({type: 'frame:blocks', page: 'p', blocks: [], full: true, final: true}, content, SELF),
        {ok: true, from: 'content'});
    assert.deepEqual(dispatch.check({type: 'popup:get', tabId: 4}, popup, SELF), {ok: true, from: 'page'});
    assert.equal(dispatch.check({type: 'test:findings', url: 'https://x.test/'}, popup, SELF).ok, true);
});

test('everything else is dropped with a reason', () => {
    const bad = [
        [{type: 'popup:get', tabId: 4}, content],                      /* a page asking what only the popup may */
        [{type: 'frame:blocks', page: 'p', blocks: [], full: true, final: true}, popup],
        [{type: 'popup:get', tabId: 4}, {id: 'other', url: 'chrome-extension://other/x.html'}], /* another extension */
        [{type: 'popup:get', tabId: 4}, {url: 'https://evil.test/'}],  /* a web page (externally_connectable) */
        [{type: 'nope'}, popup],
        [{type: 'popup:get', tabId: '4'}, popup],                      /* wrong field type */
        [{type: 'popup:feedback', tabId: 1, id: 'f1', verdict: 'delete-everything'}, popup],
        [{type: 'frame:hello'}, content],                              /* missing fields */
        [null, popup],
        ['frame:hello', content],
        [{type: 'frame:shown', page: 'p', shown: [], missing: []}, {id: 'me', url: 'https://x.test/'}], /* no tab */
    ];
    for (const [msg, sender] of bad) {
        const r = dispatch.check(msg, sender, SELF);
        assert.equal(r.ok, false, JSON.stringify(msg));
        assert.ok(r.reason.length > 5);
    }
});
