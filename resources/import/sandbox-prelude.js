// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: The Charte developers
// Runs before a consent library's configuration script inside Charte's JavaScript
// sandbox (model/import/jsconfigsandbox). It gives the script the names it hands its
// configuration to, and records what it hands them; nothing here reaches the network,
// a page or the disk.
(function (global) {
    'use strict';
    var calls = [];
    var loadHandlers = [];
    function capture(target, value) {
        calls.push([target, value]);
    }
    function hidden(name, value) {
        Object.defineProperty(global, name, { value: value, writable: false, enumerable: false });
    }
    hidden('__charteCalls', calls);
    hidden('__charteCapture', capture);
    hidden('__charteLoadHandlers', loadHandlers);

    // Built-ins that allocate a large block in one native call, which the watchdog
    // could not interrupt half-way: removed, or bounded to what a configuration needs.
    ['ArrayBuffer', 'SharedArrayBuffer', 'DataView', 'Int8Array', 'Uint8Array',
     'Uint8ClampedArray', 'Int16Array', 'Uint16Array', 'Int32Array', 'Uint32Array',
     'Float32Array', 'Float64Array', 'BigInt64Array', 'BigUint64Array', 'Atomics',
     'WebAssembly'].forEach(function (name) { delete global[name]; });
    var largest = 1 << 22;
    function bounded(owner, name, size) {
        var original = owner[name];
        Object.defineProperty(owner, name, {
            value: function () {
                if (!(size(this, arguments) <= largest))
                    throw new RangeError('CHARTE_MEMORY ' + name);
                return original.apply(this, arguments);
            },
            writable: true, configurable: true
        });
    }
    bounded(String.prototype, 'repeat', function (text, args) { return String(text).length * Number(args[0]); });
    bounded(String.prototype, 'padStart', function (text, args) { return Number(args[0]) || 0; });
    bounded(String.prototype, 'padEnd', function (text, args) { return Number(args[0]) || 0; });
    bounded(Array.prototype, 'fill', function (array) { return array.length; });
    bounded(Array.prototype, 'join', function (array, args) {
        return array.length * (args[0] === undefined ? 1 : String(args[0]).length + 1);
    });
    bounded(Array, 'from', function (self, args) { return args[0] && args[0].length !== undefined ? args[0].length : 0; });
    var NativeArray = Array;
    var BoundedArray = function () {
        if (arguments.length === 1 && typeof arguments[0] === 'number' && !(arguments[0] <= largest))
            throw new RangeError('CHARTE_MEMORY Array');
        return NativeArray.apply(this, arguments);
    };
    BoundedArray.prototype = NativeArray.prototype;
    Object.getOwnPropertyNames(NativeArray).forEach(function (name) {
        if (!(name in BoundedArray))
            BoundedArray[name] = NativeArray[name];
    });
    BoundedArray.isArray = NativeArray.isArray;
    BoundedArray.of = NativeArray.of;
    BoundedArray.from = NativeArray.from;
    global.Array = BoundedArray;

    function blocked(what) {
        return function () { throw new Error('CHARTE_BLOCKED ' + what); };
    }
    global.XMLHttpRequest = blocked('XMLHttpRequest');
    global.fetch = blocked('fetch');
    global.WebSocket = blocked('WebSocket');
    global.EventSource = blocked('EventSource');
    global.importScripts = blocked('importScripts');

    // What a configuration touches of the page (document.head.appendChild, a cookie
    // read, navigator.language) gets an inert stand-in that absorbs every use, so a
    // script written for a browser still runs to the call that matters.
    var inert = new Proxy(function () {}, {
        get: function (target, key) {
            if (key === Symbol.toPrimitive)
                return function () { return ''; };
            if (key === 'then' || key === 'length')
                return undefined;
            return inert;
        },
        set: function () { return true; },
        apply: function () { return inert; },
        construct: function () { return inert; },
        has: function () { return false; },
        deleteProperty: function () { return true; }
    });
    function listen(type, handler) {
        if ((type === 'load' || type === 'DOMContentLoaded') && typeof handler === 'function')
            loadHandlers.push(handler);
    }
    global.window = global;
    global.self = global;
    global.top = global;
    global.parent = global;
    global.addEventListener = listen;
    global.removeEventListener = function () {};
    global.document = new Proxy({ addEventListener: listen, readyState: 'loading', cookie: '' }, {
        get: function (target, key) { return key in target ? target[key] : inert; }
    });
    global.navigator = { language: 'en', languages: ['en'], userAgent: '', doNotTrack: null };
    global.location = { href: '', hostname: '', pathname: '/', protocol: 'https:', host: '', origin: '', search: '', hash: '' };
    global.localStorage = inert;
    global.sessionStorage = inert;
    global.console = { log: function () {}, info: function () {}, warn: function () {},
                       error: function () {}, debug: function () {} };
    global.setTimeout = function () { return 0; };
    global.setInterval = function () { return 0; };
    global.clearTimeout = function () {};
    global.clearInterval = function () {};
    global.gtag = function () {};
    global.dataLayer = [];

    var promise = { then: function () { return promise; }, catch: function () { return promise; },
                    finally: function () { return promise; } };
    global.CookieConsent = {
        run: function (config) { capture('CookieConsent.run', config); return promise; },
        show: function () {}, hide: function () {}, showPreferences: function () {},
        hidePreferences: function () {}, acceptCategory: function () {},
        acceptedCategory: function () { return false; }, acceptedService: function () { return false; },
        validConsent: function () { return false; }, validCookie: function () { return false; },
        eraseCookies: function () {}, loadScript: function () { return promise; },
        getCookie: function () { return {}; }, getConfig: function () { return {}; },
        getUserPreferences: function () { return { acceptedCategories: [], rejectedCategories: [] }; },
        setLanguage: function () { return promise; }, reset: function () {}
    };
    global.initCookieConsent = function () {
        return { run: function (config) { capture('cookieconsent2.run', config); },
                 showSettings: function () {}, show: function () {}, hide: function () {},
                 accept: function () {}, allowedCategory: function () { return false; } };
    };
    global.klaro = {
        setup: function (config) { capture('klaro.setup', config); },
        show: function () {}, render: function () {}, getManager: function () { return inert; },
        language: function () { return 'en'; }
    };
    global.tarteaucitron = {
        init: function (config) { capture('tarteaucitron.init', config); },
        user: {}, services: {}, lang: {}, parameters: {}, job: undefined,
        getLanguage: function () { return 'en'; }, getLocale: function () { return 'en'; },
        addScript: function () {}, addInternalScript: function () {}, fallback: function () {},
        engage: function () {}, triggerJobsAfterAjaxCall: function () {},
        cookie: { create: function () {}, read: function () { return ''; }, purge: function () {},
                  owner: {}, checkCount: function () {}, crossIndexOf: function () { return false; },
                  number: function () {} },
        userInterface: inert, events: {}
    };
})(this);
