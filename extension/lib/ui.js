/*
 * lib/ui.js - the few DOM helpers the popup and the options page share.
 * Text only ever goes in through textContent.
 */
if (typeof module === 'object')
    require('./define.js'); /* Node: the shared registration (see define.js) */
(typeof module === 'object' ? module : {}).exports = globalThis.smallprint.define('ui', function () {
    'use strict';

    /* <tag class=cls>text</tag> in the current document. */
    function el(tag, cls, text) {
        const e = document.createElement(tag);
        if (cls)
            e.className = cls;
        if (text !== undefined)
            e.textContent = text;
        return e;
    }

    /* A type=button button that calls onClick. */
    function button(text, onClick, cls) {
        const b = el('button', cls, text);
        b.type = 'button';
        b.addEventListener('click', onClick);
        return b;
    }

    return {el, button};
});
