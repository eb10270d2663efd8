// Relais payload sandbox: evaluated once per engine, before any user script.
// It removes what could escape the time limit, defines the helpers user
// scripts may call, and returns the private helpers compiled scripts use.
// Documented for users in PayloadEngine.h.
(function (global, limits) {
    "use strict";

    // A promise reaction runs later, from the event loop, outside the
    // watchdog's time limit; Atomics.wait blocks the thread.
    delete global.Promise;
    delete global.Atomics;
    delete global.SharedArrayBuffer;

    function relaisError(kind, message) {
        var e = new Error(message);
        e.relaisKind = kind;
        return e;
    }
    function tooLarge(size) {
        var e = relaisError("TooLarge", "output too large");
        e.relaisSize = size;
        return e;
    }

    // Native calls that build a huge string in one step cannot be
    // interrupted: refuse them before they start. (Fixed parameters, no
    // `arguments`: these run often and should not allocate.)
    function checkSize(size) {
        if (size > limits.chars)
            throw tooLarge(size);
    }
    function guard(proto, name, wrapper) {
        Object.defineProperty(proto, name, {
            value: wrapper, writable: true, configurable: true, enumerable: false
        });
    }
    var repeat = String.prototype.repeat, padStart = String.prototype.padStart,
        padEnd = String.prototype.padEnd, join = Array.prototype.join,
        concat = String.prototype.concat;
    guard(String.prototype, "repeat", function repeat_(count) {
        checkSize(String(this).length * Number(count));
        return repeat.call(this, count);
    });
    guard(String.prototype, "padStart", function padStart_(length, filler) {
        checkSize(Number(length));
        return padStart.call(this, length, filler);
    });
    guard(String.prototype, "padEnd", function padEnd_(length, filler) {
        checkSize(Number(length));
        return padEnd.call(this, length, filler);
    });
    guard(Array.prototype, "join", function join_(separator) {
        checkSize(this.length * (separator === undefined ? 1 : String(separator).length));
        return join.call(this, separator);
    });

    // ---- Helpers for users -------------------------------------------------

    function json(value, indent) {
        var text = JSON.stringify(value, null, indent);
        return text === undefined ? "null" : text;
    }

    function isoDate(value) {
        var date;
        if (value === undefined)
            date = new Date();
        else if (value instanceof Date)
            date = value;
        else if (typeof value === "number")
            date = new Date(Math.abs(value) < 1e11 ? value * 1000 : value); // seconds or ms
        else {
            var text = String(value);
            // Frappe writes "2024-05-02 10:15:00".
            if (/^\d{4}-\d{2}-\d{2} \d/.test(text))
                text = text.replace(" ", "T");
            date = new Date(text);
        }
        if (isNaN(date.getTime()))
            throw new TypeError("isoDate: \"" + value + "\" is not a date");
        return date.toISOString();
    }

    var alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
    function base64(value) {
        var bytes = unescape(encodeURIComponent(text(value))); // UTF-8, one char per byte
        var out = "";
        for (var i = 0; i < bytes.length; i += 3) {
            var a = bytes.charCodeAt(i), b = bytes.charCodeAt(i + 1), c = bytes.charCodeAt(i + 2);
            var n = (a << 16) | ((b || 0) << 8) | (c || 0);
            out += alphabet.charAt(n >> 18) + alphabet.charAt((n >> 12) & 63) +
                   (i + 1 < bytes.length ? alphabet.charAt((n >> 6) & 63) : "=") +
                   (i + 2 < bytes.length ? alphabet.charAt(n & 63) : "=");
        }
        return out;
    }

    function urlencode(value) {
        // RFC 3986: only letters, digits and -._~ stay as they are.
        return encodeURIComponent(text(value)).replace(/[!'()*]/g, function (c) {
            return "%" + c.charCodeAt(0).toString(16).toUpperCase();
        });
    }

    [["json", json], ["isoDate", isoDate], ["base64", base64], ["urlencode", urlencode]]
        .forEach(function (helper) {
            Object.defineProperty(global, helper[0], {
                value: helper[1], writable: false, configurable: false, enumerable: false
            });
        });

    // ---- Private helpers of compiled scripts -------------------------------

    // A placeholder in text (raw bodies, URLs, headers, form values).
    function text(value) {
        if (typeof value === "string")
            return value;
        if (value === undefined || value === null)
            return "";
        if (value instanceof Date)
            return value.toISOString();
        if (typeof value === "object")
            return json(value);
        return String(value);
    }

    // A placeholder inside a JSON string: its text, escaped. (A RegExp test
    // is the fastest way to find that most texts need no escape: a loop on
    // charCodeAt() is fifty times slower in QV4.)
    var needsEscape = /["\\\u0000-\u001f]/;
    function inString(value) {
        var s = text(value);
        return needsEscape.test(s) ? JSON.stringify(s).slice(1, -1) : s;
    }

    function cap(s) {
        if (s.length > limits.chars)
            throw tooLarge(s.length);
        return s;
    }

    function body(value) {
        if (value === undefined || value === null)
            throw relaisError("NoBody", "transform returned nothing");
        return cap(typeof value === "string" ? value : json(value));
    }

    function noTransform() {
        return relaisError("NoTransform", "no transform function");
    }

    // Records which placeholder failed; thrown non-errors become errors.
    function fail(e, placeholder) {
        if (!(e instanceof Error))
            e = new Error(String(e));
        if (e.relaisKind === undefined && Object.isExtensible(e))
            e.relaisPlaceholder = placeholder;
        return e;
    }

    function freeze(value) {
        if (value !== null && typeof value === "object" && !Object.isFrozen(value)) {
            Object.freeze(value);
            var keys = Object.keys(value);
            for (var i = 0; i < keys.length; ++i)
                freeze(value[keys[i]]);
        }
        return value;
    }

    return Object.freeze({
        t: text, s: inString, v: json, cap: cap, body: body, noTransform: noTransform,
        fail: fail, freeze: freeze, concat: concat
    });
})
