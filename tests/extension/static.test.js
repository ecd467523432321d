/* Checks over the extension's files as a whole: manifest shape, the files
   it names, the platform wrapper rule, no HTML parsing of text, and every
   permission justified in docs/permissions.md. */
'use strict';
const test = require('node:test');
const assert = require('node:assert/strict');
const fs = require('node:fs');
const path = require('node:path');
const {EXT} = require('./helpers.js');

const manifest = JSON.parse(fs.readFileSync(path.join(EXT, 'manifest.json'), 'utf8'));

function jsFiles(dir) {
    const out = [];
    for (const e of fs.readdirSync(dir, {withFileTypes: true})) {
        const p = path.join(dir, e.name);
        if (e.isDirectory())
            out.push(...jsFiles(p));
        else if (e.name.endsWith('.js'))
            out.push(p);
    }
    return out;
}

test('one manifest for both browsers, with a fixed identity', () => {
    assert.equal(manifest.manifest_version, 3);
    assert.equal(manifest.background.service_worker, 'background.js');
    assert.equal(manifest.background.scripts[manifest.background.scripts.length - 1], 'background.js');
    assert.equal(manifest.browser_specific_settings.gecko.id, 'smallprint@smallprint.org');
    const crypto = require('node:crypto');
    const id = crypto.createHash('sha256').update(Buffer.from(manifest.key, 'base64')).digest('hex').slice(0, 32)
        .replace(/[0-9a-f]/g, (c) => 'abcdefghijklmnop'[parseInt(c, 16)]);
    assert.equal(id, 'cbabilmjaaoiidfcdpdmjgdipnjaapan');
});

test('the Firefox background scripts are what the service worker imports, in order', () => {
    const bg = fs.readFileSync(path.join(EXT, 'background.js'), 'utf8');
    const m = bg.match(/importScripts\(('[^)]*)\)/);
    const imported = m[1].match(/'[^']+'/g).map((s) => s.slice(1, -1));
    assert.deepEqual(imported.concat(['background.js']), manifest.background.scripts);
});

test('every file the manifest and pages name exists', () => {
    const named = [...manifest.background.scripts, manifest.action.default_popup, manifest.options_ui.page,
        ...Object.values(manifest.icons), ...manifest.content_scripts.flatMap((c) => [...c.js, ...c.css])];
    for (const f of named)
        assert.ok(fs.existsSync(path.join(EXT, f)), f);
    for (const page of [manifest.action.default_popup, manifest.options_ui.page]) {
        const html = fs.readFileSync(path.join(EXT, page), 'utf8');
        for (const [, src] of html.matchAll(/(?:src|href)="([^"]+)"/g))
            assert.ok(fs.existsSync(path.join(EXT, path.dirname(page), src)), page + ' -> ' + src);
        assert.ok(!/<script>|on[a-z]+="/.test(html), page + ' has inline script');
    }
});

test('a strict content security policy', () => {
    const csp = manifest.content_security_policy.extension_pages;
    assert.match(csp, /script-src 'self'(;|$)/);
    assert.match(csp, /object-src 'none'/);
    assert.ok(!/unsafe-|https?:|\*/.test(csp), csp);
});

test('lib modules come before the content scripts that use them', () => {
    const js = manifest.content_scripts[0].js;
    const libs = js.filter((f) => f.startsWith('lib/') || f === 'platform.js');
    assert.deepEqual(js.slice(0, libs.length), libs);
    assert.ok(js.indexOf('lib/labels.js') < js.indexOf('lib/controls.js'));
});

test('only platform.js touches chrome.* or browser.*', () => {
    for (const f of jsFiles(EXT)) {
        if (path.basename(f) === 'platform.js')
            continue;
        const src = fs.readFileSync(f, 'utf8').replace(/\/\*[\s\S]*?\*\/|\/\/.*$/gm, '');
        assert.ok(!/\b(?:chrome|browser)\s*\.\s*[a-z]/.test(src), path.relative(EXT, f));
    }
});

test('text is never parsed as HTML', () => {
    for (const f of jsFiles(EXT)) {
        const src = fs.readFileSync(f, 'utf8');
        assert.ok(!/\.(?:innerHTML|outerHTML)\s*=|insertAdjacentHTML|document\.write|DOMParser|createContextualFragment|\beval\(|new Function/.test(src),
            path.relative(EXT, f));
    }
});

test('every permission is justified in docs/permissions.md', () => {
    const doc = fs.readFileSync(path.join(EXT, '..', 'docs', 'permissions.md'), 'utf8');
    for (const p of manifest.permissions.concat(['content_scripts']))
        assert.match(doc, new RegExp('`' + p + '`'), p);
    assert.deepEqual(manifest.permissions.slice().sort(), ['nativeMessaging', 'storage']);
});
