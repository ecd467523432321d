/*
 * lib/define.js - how every lib file registers itself. A lib file is a
 * plain script (content scripts cannot be ES modules) that calls
 * smallprint.define(name, factory): the factory gets need(dep) for its
 * dependencies and returns the module's API, which is stored as
 * smallprint[name]. In a browser the files are listed in dependency order
 * after this one (manifest, HTML pages, importScripts); under Node each lib
 * file requires this one first and exports what define returns, so tests
 * require() the very files the browser runs.
 */
(function (root) {
    'use strict';
    const sp = (root.smallprint = root.smallprint || {});
    const node = typeof module === 'object' && module && module.exports;

    sp.define = function define(name, factory) {
        const api = factory((dep) => (node ? require('./' + dep + '.js') : sp[dep]));
        sp[name] = api;
        return api;
    };
})(globalThis);
