'use strict';
const test = require('node:test');
const assert = require('node:assert/strict');
const {JSDOM} = require('jsdom');
const {lib} = require('./helpers.js');
const pk = lib('pagekind');

function kindOf(url, html) {
    const d = new JSDOM(html, {url}).window.document;
    return pk.pageKind(pk.describePage(d));
}

test('policies and terms by title, address and headings', () => {
    assert.equal(kindOf('https://a.test/legal/privacy', '<title>Privacy Policy</title><h1>Privacy Policy</h1>').kind, 'policy');
    assert.equal(kindOf('https://a.test/about', '<title>Acme</title><h1>Terms of Service</h1>').kind, 'terms');
    assert.equal(kindOf('https://a.test/tos', '<title>Acme</title><p>hi</p>').kind, 'terms');
});

test('a settings page needs switches, not just the word', () => {
    const withSwitch = '<title>Privacy settings</title><div role="switch" aria-checked="true">x</div>';
    assert.equal(kindOf('https://a.test/settings/privacy', withSwitch).kind, 'settings');
    assert.equal(kindOf('https://a.test/home', '<title>Home</title><nav>Settings</nav>').kind, 'other');
});

test('sign-up and checkout forms', () => {
    const signup = `<title>Welcome</title><form><input type="email" name="email"><input type="password">
        <button>Create account</button></form>`;
    assert.equal(kindOf('https://a.test/', signup).kind, 'signup');
    const login = `<title>Welcome back</title><form><input type="email"><input type="password"><button>Log in</button></form>`;
    assert.equal(kindOf('https://a.test/', login).kind, 'other');
    const checkout = `<title>Your basket</title><form><input autocomplete="cc-number"><button>Place order</button></form>`;
    assert.equal(kindOf('https://a.test/', checkout).kind, 'checkout');
});

test('an ordinary page is other', () => {
    const r = kindOf('https://news.test/2024/story', '<title>A story</title><h1>Rain expected</h1><p>Text.</p>');
    assert.equal(r.kind, 'other');
    assert.deepEqual(r.kinds, []);
});
