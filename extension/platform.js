/*
 * platform.js - the only file that touches chrome.* / browser.*.
 *
 * Loaded as a plain script everywhere (background, content scripts, popup,
 * options); it registers `smallprint.platform`. Firefox has `browser` with
 * promises, Chromium has `chrome` with promises in Manifest V3; where they
 * differ (the error of a native port, async replies to runtime messages)
 * the difference is handled here and nowhere else. APIs a context lacks
 * (content scripts have no tabs or action) are only looked up when called.
 */
(function (root) {
    'use strict';
    const sp = (root.smallprint = root.smallprint || {});
    const api = root.browser && root.browser.runtime ? root.browser : root.chrome;
    const isFirefox = !!(root.browser && root.browser.runtime) && api.runtime.getURL('').startsWith('moz-extension:');

    /* Errors a message to a tab can meet that mean "nobody is listening
       there (any more)": the tab closed or navigated, or never ran us. */
    const NO_RECEIVER = /Receiving end does not exist|Could not establish connection|No tab with id|Invalid tab ID|message channel closed|Missing host permission|frame|port closed/i;

    /* get / set / remove of one storage area, looked up when called (a
       content script has no storage.session). */
    function storageArea(name) {
        return {
            get: async (keys) => api.storage[name].get(keys),
            set: async (items) => api.storage[name].set(items),
            remove: async (keys) => api.storage[name].remove(keys),
        };
    }

    function errText(e) {
        return e && e.message ? e.message : String(e);
    }

    const platform = {
        browser: isFirefox ? 'firefox' : 'chromium',
        id: api.runtime.id,
        origin: api.runtime.getURL(''),

        url(path) {
            return api.runtime.getURL(path);
        },

        /* One listener for runtime messages. handler(msg, sender) returns a
           value or a promise; its result (or {error}) is the reply. Kept
           synchronous so it can be registered at the top of a script. */
        onMessage(handler) {
            api.runtime.onMessage.addListener((msg, sender, sendResponse) => {
                let out;
                try {
                    out = handler(msg, sender);
                } catch (e) {
                    sendResponse({error: errText(e)});
                    return false;
                }
                if (out && typeof out.then === 'function') {
                    out.then((v) => sendResponse(v === undefined ? null : v),
                        (e) => sendResponse({error: errText(e)}));
                    return true;
                }
                if (out !== undefined)
                    sendResponse(out);
                return false;
            });
        },

        /* Messages from other extensions: handler only sees them to log and
           drop them (we answer nothing). */
        onMessageExternal(handler) {
            if (api.runtime.onMessageExternal)
                api.runtime.onMessageExternal.addListener((msg, sender) => {
                    handler(msg, sender);
                    return false;
                });
        },

        send(msg) {
            return api.runtime.sendMessage(msg);
        },

        /* Send to a tab (all its frames, or one frame). Resolves undefined
           when no content script is there to answer. */
        async sendToTab(tabId, msg, frameId) {
            try {
                return await (frameId === undefined ? api.tabs.sendMessage(tabId, msg)
                    : api.tabs.sendMessage(tabId, msg, {frameId}));
            } catch (e) {
                if (NO_RECEIVER.test(errText(e)))
                    return undefined;
                throw e;
            }
        },

        /*
         * Open a native messaging port. handlers: onMessage(msg),
         * onDisconnect(reason) with the browser's own words ("Specified
         * native messaging host not found.", "Native host has exited.", ...).
         * Returns {post(msg), close()}; post throws when the port is gone or
         * the message is too large for the browser.
         */
        connectNative(name, handlers) {
            const port = api.runtime.connectNative(name);
            port.onMessage.addListener((m) => handlers.onMessage(m));
            port.onDisconnect.addListener((p) => {
                const e = (p && p.error) || (api.runtime.lastError) || null;
                handlers.onDisconnect(e && e.message ? e.message : 'The native host closed the connection.');
            });
            return {
                post(msg) {
                    port.postMessage(msg);
                },
                close() {
                    port.disconnect();
                },
            };
        },

        session: storageArea('session'),
        local: storageArea('local'),

        /* handler(changes) for changes in storage.local. */
        onLocalChanged(handler) {
            api.storage.onChanged.addListener((changes, area) => {
                if (area === 'local')
                    handler(changes);
            });
        },

        onTabRemoved(handler) {
            api.tabs.onRemoved.addListener((tabId) => handler(tabId));
        },

        async getTab(tabId) {
            try {
                return await api.tabs.get(tabId);
            } catch (e) {
                return null;
            }
        },

        async activeTabId() {
            const tabs = await api.tabs.query({active: true, currentWindow: true});
            return tabs.length ? tabs[0].id : null;
        },

        /* The toolbar badge of one tab; a closed tab is not an error. */
        async setBadge(tabId, b) {
            try {
                await api.action.setBadgeText({tabId, text: b.text});
                await api.action.setBadgeBackgroundColor({tabId, color: b.colour});
                await api.action.setTitle({tabId, title: b.title});
            } catch (e) {
                if (!/tab/i.test(errText(e)))
                    throw e;
            }
        },

        openOptions() {
            return api.runtime.openOptionsPage();
        },

        /* true when the machine's administrator (or a test profile) set
           testHook in managed storage (Firefox: ~/.mozilla/managed-storage/
           <id>.json). A web page cannot set it. */
        async testHookEnabled() {
            try {
                const r = await api.storage.managed.get('testHook');
                return !!r && r.testHook === true;
            } catch (e) {
                return false; /* no managed storage here */
            }
        },

        /* true in a private (incognito) window's content script. */
        inPrivateContext() {
            return !!(api.extension && api.extension.inIncognitoContext);
        },
    };

    sp.platform = platform;
})(globalThis);
