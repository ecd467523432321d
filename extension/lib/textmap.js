/*
 * lib/textmap.js - read a document's visible text as blocks, with a map from
 * every block offset back to the DOM text node it came from.
 *
 * A block is the text of one paragraph, list item, heading, table cell, form
 * label, button... (block-level elements cut blocks; inline ones do not).
 * Whitespace is collapsed the way a browser renders it, so the host sees
 * "We may use your chats" and not the indentation of the HTML source; the
 * collapsing happens while the map is built, so every character the host
 * sees either maps to one character of one text node (same UTF-16 length)
 * or is a separator we added (one space, or "\n" for <br>) that maps to none.
 * Offsets are UTF-16 code units, as String indexes them and as the host
 * reports them.
 *
 * Visibility needs layout, so the caller passes isHidden (the content script
 * asks the browser; the Node tests use the `hidden` attribute and inline
 * styles). Ownership: blocks hold references to the DOM nodes; nothing here
 * changes the DOM.
 */
if (typeof module === 'object')
    require('./define.js'); /* Node: the shared registration (see define.js) */
(typeof module === 'object' ? module : {}).exports = globalThis.smallprint.define('textmap', function (need) {
    'use strict';

    const TEXT_NODE = 3;
    const ELEMENT_NODE = 1;

    /* Elements whose content is never page text a person reads as prose. */
    const SKIP = new Set(['script', 'style', 'noscript', 'template', 'textarea', 'select', 'option', 'datalist',
        'iframe', 'frame', 'frameset', 'object', 'embed', 'canvas', 'head', 'title', 'meta', 'link', 'svg', 'math',
        'input', 'video', 'audio', 'picture', 'img', 'map', 'slot']);

    /* Elements that start and end a block when no layout is at hand. */
    const BLOCK = new Set(['address', 'article', 'aside', 'blockquote', 'body', 'button', 'caption', 'dd',
        'details', 'dialog', 'div', 'dl', 'dt', 'fieldset', 'figcaption', 'figure', 'footer', 'form', 'h1', 'h2',
        'h3', 'h4', 'h5', 'h6', 'header', 'hgroup', 'hr', 'html', 'label', 'legend', 'li', 'main', 'menu', 'nav',
        'ol', 'p', 'pre', 'section', 'search', 'summary', 'table', 'tbody', 'td', 'tfoot', 'th', 'thead', 'tr',
        'ul']);

    const DEFAULT_MAX_BLOCK = 100000; /* UTF-16 units; longer blocks are cut at a sentence end */
    const MAX_DEPTH = 2000;           /* DOM depth we follow; deeper is abuse, not a page */

    function isCollapsible(c) {
        return c === 32 || c === 9 || c === 10 || c === 13 || c === 12;
    }

    function defaultHidden(el) {
        if (el.hidden)
            return true;
        const st = el.style;
        return !!st && (st.display === 'none' || st.visibility === 'hidden');
    }

    function defaultIsBlock(el) {
        return BLOCK.has(el.localName);
    }

    function defaultIsPre(el) {
        return el.localName === 'pre';
    }

    /* Ids that stay the same for the same element across readings of a
       changing page, so a re-read sends only what changed. */
    function makeIdAllocator(prefix) {
        const ids = new WeakMap();
        let next = 0;
        return function idFor(el, part) {
            let base = ids.get(el);
            if (base === undefined) {
                base = (prefix || 'b') + (next++).toString(36);
                ids.set(el, base);
            }
            return part ? base + '.' + part : base;
        };
    }

    /* The part of a segment list that covers block offsets [from, to),
       rebased so `from` becomes 0; segments crossing an edge are cut. */
    function sliceSegments(segments, from, to) {
        const out = [];
        for (const s of segments) {
            const s0 = Math.max(s.blockStart, from), s1 = Math.min(s.blockStart + s.length, to);
            if (s1 > s0)
                out.push({node: s.node, nodeStart: s.nodeStart + (s0 - s.blockStart), blockStart: s0 - from,
                    length: s1 - s0});
        }
        return out;
    }

    /* Drop leading and trailing whitespace of a finished block, keeping the
       map exact (segments shrink or shift; empty ones go). */
    function trimBlock(b) {
        let lead = 0;
        while (lead < b.text.length && isCollapsible(b.text.charCodeAt(lead)))
            lead++;
        let end = b.text.length;
        while (end > lead && isCollapsible(b.text.charCodeAt(end - 1)))
            end--;
        if (lead === 0 && end === b.text.length)
            return b;
        b.text = b.text.slice(lead, end);
        b.segments = sliceSegments(b.segments, lead, end);
        return b;
    }

    /* Where to cut a long text at or before `max`: after a sentence end if
       there is one in the last quarter, else at a space, else at `max`
       (never inside a surrogate pair). */
    function cutPoint(text, max) {
        if (text.length <= max)
            return text.length;
        const floor = Math.floor(max * 0.75);
        for (let i = max; i > floor; i--) {
            const c = text[i - 1];
            if ((c === '.' || c === '!' || c === '?' || c === '\n') && isCollapsible(text.charCodeAt(i)))
                return i;
        }
        for (let i = max; i > floor; i--)
            if (isCollapsible(text.charCodeAt(i)))
                return i;
        const c = text.charCodeAt(max - 1);
        return c >= 0xd800 && c <= 0xdbff ? max - 1 : max;
    }

    /* Split one block into pieces of at most `max` units; piece k > 0 gets id
       "<id>~k". Segments crossing a cut are split too. */
    function splitBlock(b, max) {
        if (b.text.length <= max)
            return [b];
        const out = [];
        let from = 0, k = 0;
        while (from < b.text.length) {
            const rest = b.text.slice(from);
            const cut = from + cutPoint(rest, max);
            const piece = {id: k === 0 ? b.id : b.id + '~' + k, element: b.element, text: b.text.slice(from, cut),
                segments: sliceSegments(b.segments, from, cut)};
            trimBlock(piece);
            if (piece.text.length)
                out.push(piece);
            from = cut;
            k++;
        }
        return out;
    }

    /*
     * Read the visible text under `root` (a Document or an Element) as blocks.
     *
     * opts (all optional): isHidden(el), isBlock(el), isPre(el), skip(el)
     * (our own elements), idFor(el, part) (see makeIdAllocator), maxBlockChars.
     * Returns {blocks: [{id, element, text, segments}], nodeBlock: Map(text
     * node -> block id)}. segments are {node, nodeStart, blockStart, length},
     * sorted by blockStart, never overlapping.
     */
    function extractBlocks(rootNode, opts) {
        const o = opts || {};
        const isHidden = o.isHidden || defaultHidden;
        const isBlock = o.isBlock || defaultIsBlock;
        const isPre = o.isPre || defaultIsPre;
        const skip = o.skip || ((el) => el.localName.startsWith('smallprint-'));
        const idFor = o.idFor || makeIdAllocator('b');
        const max = o.maxBlockChars || DEFAULT_MAX_BLOCK;
        const blocks = [];
        const nodeBlock = new Map();
        const parts = new Map(); /* element -> next part number */
        let cur = null;          /* the block being filled */

        function open(container) {
            const part = parts.get(container) || 0;
            parts.set(container, part + 1);
            cur = {id: idFor(container, part), element: container, text: '', segments: [], pending: false,
                seg: null};
        }

        function flush() {
            if (!cur)
                return;
            const b = trimBlock({id: cur.id, element: cur.element, text: cur.text, segments: cur.segments});
            cur = null;
            if (!b.text.length)
                return;
            for (const piece of splitBlock(b, max)) {
                blocks.push(piece);
                for (const s of piece.segments)
                    if (!nodeBlock.has(s.node))
                        nodeBlock.set(s.node, piece.id);
            }
        }

        function addSegment(textNode, nodeStart, length) {
            const last = cur.seg;
            if (last && last.node === textNode && last.nodeStart + last.length === nodeStart &&
                last.blockStart + last.length === cur.text.length) {
                last.length += length;
            } else {
                cur.seg = {node: textNode, nodeStart, blockStart: cur.text.length, length};
                cur.segments.push(cur.seg);
            }
        }

        function appendText(textNode, container, pre) {
            const s = textNode.data;
            if (!s)
                return;
            if (pre) {
                if (!cur)
                    open(container);
                if (cur.pending && cur.text.length)
                    cur.text += ' ';
                cur.pending = false;
                addSegment(textNode, 0, s.length);
                cur.text += s;
                return;
            }
            let i = 0;
            while (i < s.length) {
                let j = i;
                while (j < s.length && isCollapsible(s.charCodeAt(j)))
                    j++;
                if (j > i) {
                    /* one plain space between two words of one node stays in
                       the segment; any other run becomes a pending separator */
                    if (j - i === 1 && s.charCodeAt(i) === 32 && cur && cur.seg && cur.seg.node === textNode &&
                        cur.seg.blockStart + cur.seg.length === cur.text.length && i > 0 && j < s.length) {
                        addSegment(textNode, i, 1);
                        cur.text += ' ';
                    } else if (cur && cur.text.length) {
                        cur.pending = true;
                        cur.seg = null;
                    }
                    i = j;
                    continue;
                }
                let k = i;
                while (k < s.length && !isCollapsible(s.charCodeAt(k)))
                    k++;
                if (!cur)
                    open(container);
                if (cur.pending && cur.text.length && !cur.text.endsWith('\n')) {
                    cur.text += ' ';
                    cur.seg = null;
                }
                cur.pending = false;
                addSegment(textNode, i, k - i);
                cur.text += s.slice(i, k);
                i = k;
            }
        }

        function visit(n, container, pre, depth) {
            if (n.nodeType === TEXT_NODE) {
                appendText(n, container, pre);
                return;
            }
            if (n.nodeType !== ELEMENT_NODE || depth > MAX_DEPTH)
                return;
            const tag = n.localName;
            if (SKIP.has(tag) || skip(n) || isHidden(n))
                return;
            if (tag === 'br') {
                if (cur && cur.text.length) {
                    cur.text += '\n';
                    cur.pending = false;
                    cur.seg = null;
                }
                return;
            }
            const block = isBlock(n);
            if (block)
                flush();
            const c = block ? n : container;
            const p = pre || isPre(n);
            for (let ch = n.firstChild; ch; ch = ch.nextSibling)
                visit(ch, c, p, depth + 1);
            if (block)
                flush();
        }

        let start = rootNode;
        if (rootNode && rootNode.nodeType === 9)
            start = rootNode.body || rootNode.documentElement;
        if (start)
            visit(start, start, false, 0);
        flush();
        return {blocks, nodeBlock};
    }

    /* Index of the last segment whose blockStart <= offset, or -1. */
    function segmentAt(segments, offset) {
        let lo = 0, hi = segments.length - 1, found = -1;
        while (lo <= hi) {
            const mid = (lo + hi) >> 1;
            if (segments[mid].blockStart <= offset) {
                found = mid;
                lo = mid + 1;
            } else {
                hi = mid - 1;
            }
        }
        return found;
    }

    /*
     * DOM positions for the block offsets [start, end): {startNode,
     * startOffset, endNode, endOffset}, or null when the span covers no
     * mapped text or the offsets are out of range. A start that falls on a
     * separator moves forward to the next mapped character, an end on one
     * moves back, so a range never includes text that is not in the span.
     */
    function locate(block, start, end) {
        if (!block || !Number.isInteger(start) || !Number.isInteger(end) || start < 0 || end > block.text.length ||
            start >= end)
            return null;
        const segs = block.segments;
        let i = segmentAt(segs, start);
        let startNode, startOffset;
        if (i >= 0 && start < segs[i].blockStart + segs[i].length) {
            startNode = segs[i].node;
            startOffset = segs[i].nodeStart + (start - segs[i].blockStart);
        } else {
            i++;
            if (i >= segs.length || segs[i].blockStart >= end)
                return null;
            startNode = segs[i].node;
            startOffset = segs[i].nodeStart;
        }
        let j = segmentAt(segs, end - 1);
        if (j < 0)
            return null;
        const s = segs[j];
        const endNode = s.node;
        const endOffset = s.nodeStart + Math.min(end - s.blockStart, s.length);
        if (j < i)
            return null;
        return {startNode, startOffset, endNode, endOffset};
    }

    /*
     * What to send after a re-read: blocks that are new or whose text
     * changed, and ids that are gone (sent with empty text so the host drops
     * their findings). `sent` is a Map id -> text of what the host has.
     */
    function diffBlocks(sent, blocks) {
        const changed = [];
        const seen = new Set();
        for (const b of blocks) {
            seen.add(b.id);
            if (sent.get(b.id) !== b.text)
                changed.push(b);
        }
        const removed = [];
        for (const id of sent.keys())
            if (!seen.has(id))
                removed.push(id);
        return {changed, removed};
    }

    return {extractBlocks, locate, diffBlocks, splitBlock, cutPoint, trimBlock, makeIdAllocator, BLOCK, SKIP,
        DEFAULT_MAX_BLOCK};
});
