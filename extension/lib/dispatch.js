/*
 * lib/dispatch.js - which messages the background accepts, from whom, with
 * which fields. The background's one dispatcher calls check() on every
 * runtime message and drops (and logs) whatever does not pass: unknown
 * types, a content-script type from an extension page or the reverse,
 * messages from other extensions or web pages, missing or mistyped fields.
 */
if (typeof module === 'object')
    require('./define.js'); /* Node: the shared registration (see define.js) */
(typeof module === 'object' ? module : {}).exports = globalThis.smallprint.define('dispatch', function (need) {
    'use strict';

    /* type -> who may send it ('content': our content script in a tab;
       'page': our own popup / options page) and its fields. A field type
       ending in '?' may be absent. */
    const ALLOW = Object.freeze({
        'frame:hello': {from: 'content', fields: {top: 'boolean', url: 'string', title: 'string', kind: 'string',
            kinds: 'array', sameOrigin: 'boolean'}},
        'frame:blocks': {from: 'content', fields: {page: 'string', blocks: 'array', full: 'boolean', final: 'boolean'}},
        'frame:shown': {from: 'content', fields: {page: 'string', shown: 'array', missing: 'array'}},
        'frame:feedback': {from: 'content', fields: {page: 'string', id: 'string', verdict: 'string'}},
        'popup:get': {from: 'page', fields: {tabId: 'number'}},
        'popup:analyze': {from: 'page', fields: {tabId: 'number'}},
        'popup:show': {from: 'page', fields: {tabId: 'number', id: 'string'}},
        'popup:site': {from: 'page', fields: {tabId: 'number', enabled: 'boolean'}},
        'popup:feedback': {from: 'page', fields: {tabId: 'number', id: 'string', verdict: 'string'}},
        'options:get': {from: 'page', fields: {}},
        'options:set': {from: 'page', fields: {settings: 'object'}},
        'options:export': {from: 'page', fields: {}},
        'options:forget': {from: 'page', fields: {}},
        'test:findings': {from: 'page', fields: {tabId: 'number?', url: 'string?'}},
        'test:page': {from: 'content', fields: {}},
    });

    const VERDICTS = Object.freeze(['dismiss', 'wrong', 'undo']);

    function typeOk(v, t) {
        const optional = t.endsWith('?');
        const base = optional ? t.slice(0, -1) : t;
        if (v === undefined)
            return optional;
        if (base === 'array')
            return Array.isArray(v);
        if (base === 'object')
            return v !== null && typeof v === 'object' && !Array.isArray(v);
        if (base === 'number')
            return typeof v === 'number' && Number.isFinite(v);
        return typeof v === base;
    }

    /*
     * Who sent this: 'content' (our content script, in a tab), 'page' (an
     * extension page of ours), or null (another extension, a web page, or
     * something we cannot place). self: {id, origin} of this extension,
     * origin with its trailing slash ("chrome-extension://<id>/").
     */
    function senderKind(sender, self) {
        if (!sender || sender.id !== self.id)
            return null;
        const url = typeof sender.url === 'string' ? sender.url : '';
        if (url.startsWith(self.origin))
            return 'page';
        if (sender.tab && Number.isInteger(sender.tab.id) && sender.tab.id >= 0 && Number.isInteger(sender.frameId))
            return 'content';
        return null;
    }

    /* {ok: true, from} for an allowed message, else {ok: false, reason}. */
    function check(msg, sender, self) {
        if (!msg || typeof msg !== 'object' || typeof msg.type !== 'string')
            return {ok: false, reason: 'not a message object with a type'};
        if (!Object.prototype.hasOwnProperty.call(ALLOW, msg.type))
            return {ok: false, reason: 'unknown type ' + JSON.stringify(msg.type.slice(0, 40))};
        const from = senderKind(sender, self);
        if (!from)
            return {ok: false, reason: msg.type + ' from an unknown sender'};
        const rule = ALLOW[msg.type];
        if (rule.from !== from)
            return {ok: false, reason: msg.type + ' is not accepted from ' + from};
        for (const [k, t] of Object.entries(rule.fields))
            if (!typeOk(msg[k], t))
                return {ok: false, reason: msg.type + ': field ' + k + ' must be ' + t};
        if ('verdict' in rule.fields && !VERDICTS.includes(msg.verdict))
            return {ok: false, reason: msg.type + ': verdict must be one of ' + VERDICTS.join(', ')};
        return {ok: true, from};
    }

    return {ALLOW, VERDICTS, check, senderKind};
});
