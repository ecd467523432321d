'use strict';
const test = require('node:test');
const assert = require('node:assert/strict');
const {dom, checkMap, lib} = require('./helpers.js');
const textmap = lib('textmap');

function texts(doc, opts) {
    return textmap.extractBlocks(doc, opts).blocks.map((b) => b.text);
}

test('paragraphs, list items, headings, cells, labels and buttons are blocks', () => {
    const doc = dom(`
      <h1>Your  data</h1>
      <p>We keep
         your logs <b>for 18</b> months.</p>
      <ul><li>First item</li><li>Second <a href="#">item</a></li></ul>
      <table><tr><td>Cell one</td><th>Cell two</th></tr></table>
      <form><label><input type="checkbox"> Send me offers</label><button>Sign up</button></form>`);
    assert.deepEqual(texts(doc), ['Your data', 'We keep your logs for 18 months.', 'First item', 'Second item',
        'Cell one', 'Cell two', 'Send me offers', 'Sign up']);
});

test('scripts, styles, hidden elements and our own elements are left out', () => {
    const doc = dom(`<p>Shown</p><script>var secret = 1;</script><style>p{}</style>
      <p hidden>Hidden attribute</p><div style="display:none">No display</div>
      <p>Kept <span style="visibility:hidden">invisible</span>text</p>
      <noscript>no script</noscript><template><p>template</p></template>
      <p>Text<smallprint-marker>!!</smallprint-marker> end</p>`);
    assert.deepEqual(texts(doc), ['Shown', 'Kept text', 'Text end']);
});

test('the caller decides visibility (the browser checks layout)', () => {
    const doc = dom('<p class="a">One</p><p class="b">Two</p>');
    const out = texts(doc, {isHidden: (el) => el.classList.contains('b')});
    assert.deepEqual(out, ['One']);
});

test('the map is exact across inline elements, collapsed whitespace and entities', () => {
    const doc = dom(`<div>  Lead text <em>with   emphasis</em>,
        and a&nbsp;non-breaking space.<p>Inner   paragraph</p> tail   words </div>
        <p>Emoji 😀 and é and 中文 stay <i>exact</i>.</p>`);
    const {blocks} = textmap.extractBlocks(doc);
    assert.deepEqual(blocks.map((b) => b.text), ['Lead text with emphasis, and a\u00a0non-breaking space.',
        'Inner paragraph', 'tail words', 'Emoji 😀 and é and 中文 stay exact.']);
    let checked = 0;
    for (const b of blocks)
        checked += checkMap(b);
    assert.ok(checked > 80);
});

test('a single text node keeps one segment for words separated by single spaces', () => {
    const doc = dom('<p>We may use your chats to train our models.</p>');
    const [b] = textmap.extractBlocks(doc).blocks;
    assert.equal(b.segments.length, 1);
});

test('br becomes a newline, pre keeps its text as is', () => {
    const doc = dom('<p>Line one<br>Line two</p><pre>  a\n  b  </pre>');
    const {blocks} = textmap.extractBlocks(doc);
    assert.equal(blocks[0].text, 'Line one\nLine two');
    assert.equal(blocks[1].text, 'a\n  b');
    blocks.forEach(checkMap);
});

test('locate maps block offsets to text nodes and snaps over separators', () => {
    const doc = dom('<p>We may <a href="#">use your</a>   chats.</p>');
    const [b] = textmap.extractBlocks(doc).blocks;
    assert.equal(b.text, 'We may use your chats.');
    const loc = textmap.locate(b, 7, 15); /* "use your" */
    assert.equal(loc.startNode.data, 'use your');
    assert.equal(loc.startOffset, 0);
    assert.equal(loc.endNode.data, 'use your');
    assert.equal(loc.endOffset, 8);
    /* the whole sentence spans three nodes */
    const all = textmap.locate(b, 0, b.text.length);
    assert.equal(all.startNode.data, 'We may ');
    assert.equal(all.endNode.data, '   chats.');
    assert.equal(all.endNode.data.slice(all.endOffset), '');
    /* a start on the collapsed separator moves forward */
    const sep = textmap.locate(b, 15, 22);
    assert.equal(sep.startNode.data.slice(sep.startOffset, sep.startOffset + 6), 'chats.');
    assert.equal(textmap.locate(b, 5, 3), null);
    assert.equal(textmap.locate(b, 0, 999), null);
    assert.equal(textmap.locate(b, -1, 3), null);
});

test('offsets are UTF-16 units like the host reports', () => {
    const doc = dom('<p>😀 We sell data.</p>');
    const [b] = textmap.extractBlocks(doc).blocks;
    const start = b.text.indexOf('We');
    assert.equal(start, 3); /* the emoji is two units, then a space */
    const loc = textmap.locate(b, start, b.text.length);
    assert.equal(loc.startNode.data.slice(loc.startOffset, loc.endOffset), 'We sell data.');
});

test('ids stay the same for the same elements across readings', () => {
    const doc = dom('<p id="a">One</p><p id="b">Two</p>');
    const idFor = textmap.makeIdAllocator('b');
    const first = textmap.extractBlocks(doc, {idFor}).blocks;
    doc.getElementById('b').textContent = 'Two changed';
    const p = doc.createElement('p');
    p.textContent = 'Three';
    doc.body.append(p);
    doc.getElementById('a').remove();
    const second = textmap.extractBlocks(doc, {idFor}).blocks;
    assert.equal(first[1].id, second[0].id);
    const sent = new Map(first.map((b) => [b.id, b.text]));
    const {changed, removed} = textmap.diffBlocks(sent, second);
    assert.deepEqual(changed.map((b) => b.text), ['Two changed', 'Three']);
    assert.deepEqual(removed, [first[0].id]);
});

test('text around a child block makes separate parts of its parent', () => {
    const doc = dom('<div>Before<p>Middle</p>After</div>');
    const blocks = textmap.extractBlocks(doc).blocks;
    assert.deepEqual(blocks.map((b) => b.text), ['Before', 'Middle', 'After']);
    assert.equal(new Set(blocks.map((b) => b.id)).size, 3);
});

test('very long blocks are cut at sentence ends with exact maps', () => {
    const sentence = 'We keep your logs for a while. ';
    const doc = dom('<p>' + sentence.repeat(50) + '</p>');
    const blocks = textmap.extractBlocks(doc, {maxBlockChars: 200}).blocks;
    assert.ok(blocks.length >= 8);
    for (const b of blocks) {
        assert.ok(b.text.length <= 200, b.text.length);
        assert.ok(b.text.endsWith('.'), JSON.stringify(b.text.slice(-10)));
        checkMap(b);
    }
    assert.equal(blocks.map((b) => b.text).join(' '), sentence.repeat(50).trim());
    assert.equal(new Set(blocks.map((b) => b.id)).size, blocks.length);
});

test('cutPoint never splits a surrogate pair', () => {
    const s = 'x'.repeat(9) + '😀' + 'y'.repeat(10);
    const cut = textmap.cutPoint(s, 10);
    assert.equal(cut, 9);
});
