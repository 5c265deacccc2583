package dev.workers4j.runtime.js;

import dev.workers4j.fetch.OutboundException;
import dev.workers4j.http.MutableHeaders;
import dev.workers4j.http.Request;
import dev.workers4j.http.Response;
import org.teavm.jso.JSBody;
import org.teavm.jso.JSObject;
import org.teavm.jso.core.JSArray;
import org.teavm.jso.core.JSPromise;
import org.teavm.jso.core.JSString;
import org.teavm.jso.typedarrays.ArrayBuffer;
import org.teavm.jso.typedarrays.Int8Array;

/**
 * Java requests out through a JS fetch function (the global fetch, or a service binding's), and
 * the JS Response back into Java, body read whole. Suspends the green thread while it waits.
 */
final class JsFetch {
    private JsFetch() {
    }

    /**
     * Through the global fetch, as fetch does by default: redirects followed, any status
     * returned. A request that gets no response (connection refused, unreachable, too many
     * redirects, body cut off) throws {@link OutboundException}. The Promises are settled into
     * values in JS rather than caught in Java: no catch block after the suspension.
     */
    static Response global(Request request, long timeoutMillis) {
        String method = request.method();
        String url = request.url();
        JSObject sent = JsAwait.await(settle(send(null, method, url, headers(request), body(request), true,
                (double) timeoutMillis)));
        if (!fulfilled(sent)) {
            throw failure(method, url, sent, timeoutMillis, "");
        }
        JSObject response = value(sent);
        JSObject read = JsAwait.await(settle(arrayBuffer(response)));
        if (!fulfilled(read)) {
            throw failure(method, url, read, timeoutMillis, "the response body could not be read: ");
        }
        return toJava(response, bufferValue(read));
    }

    /** The AbortSignal.timeout of the request ended it: a TimeoutError. */
    private static OutboundException failure(String method, String url, JSObject settled, long timeoutMillis,
            String what) {
        if (timeoutMillis > 0 && timedOut(settled)) {
            return new OutboundException(method, url, what + "timed out after " + timeoutMillis + " ms", true);
        }
        return new OutboundException(method, url, what + reason(settled));
    }

    /** Through a binding object's fetch (a service binding): redirects handed back; a rejection is a {@link JsException}. */
    static Response via(JSObject binding, Request request) {
        JSObject response = JsAwait.await(send(binding, request.method(), request.url(), headers(request),
                body(request), false, 0));
        ArrayBuffer bytes = JsAwait.await(arrayBuffer(response));
        return toJava(response, bytes);
    }

    private static JSArray<JSString> headers(Request request) {
        JSArray<JSString> headers = JSArray.create();
        request.headers().forEach((name, value) -> {
            headers.push(JSString.valueOf(name));
            headers.push(JSString.valueOf(value));
        });
        return headers;
    }

    private static Int8Array body(Request request) {
        boolean hasBody = !request.method().equals("GET") && !request.method().equals("HEAD");
        return hasBody ? Int8Array.copyFromJavaArray(request.bytes()) : null;
    }

    private static Response toJava(JSObject response, ArrayBuffer bytes) {
        MutableHeaders responseHeaders = new MutableHeaders();
        eachHeader(response, responseHeaders::append);
        return Response.of(status(response), responseHeaders, new Int8Array(bytes).copyToJavaArray());
    }

    // Script locals have long names: TeaVM renames the parameters to short ones when it minifies,
    // and a local named like one (it was "h") breaks the module.
    @JSBody(params = {"binding", "method", "url", "flat", "body", "follow", "timeout"}, script = "var outHeaders = new Headers();"
            + "for (var pairIndex = 0; pairIndex < flat.length; pairIndex += 2) {"
            + " outHeaders.append(flat[pairIndex], flat[pairIndex + 1]); }"
            + "var outInit = { method: method, headers: outHeaders, redirect: follow ? 'follow' : 'manual' };"
            + "if (timeout > 0) outInit.signal = AbortSignal.timeout(timeout);"
            + "if (body !== null) outInit.body = new Uint8Array(body.buffer, body.byteOffset, body.length);"
            + "try { return binding === null ? fetch(url, outInit) : binding.fetch(url, outInit); }"
            + " catch (sendError) { return Promise.reject(sendError); }")
    private static native JSPromise<JSObject> send(JSObject binding, String method, String url,
            JSArray<JSString> flat, Int8Array body, boolean follow, double timeout);

    /** Resolves to {ok: true, value} or {ok: false, error}: never rejects. */
    @JSBody(params = "promise", script = "return promise.then(function (v) { return {ok: true, value: v}; },"
            + " function (e) { return {ok: false, error: e}; });")
    private static native JSPromise<JSObject> settle(JSPromise<? extends JSObject> promise);

    @JSBody(params = "settled", script = "return settled.ok === true;")
    private static native boolean fulfilled(JSObject settled);

    @JSBody(params = "settled", script = "return settled.value;")
    private static native JSObject value(JSObject settled);

    @JSBody(params = "settled", script = "return settled.value;")
    private static native ArrayBuffer bufferValue(JSObject settled);

    @JSBody(params = "settled", script = "var e = settled.error;"
            + " return !!e && (e.name === 'TimeoutError' || (e.name === 'AbortError' && /timeout/i.test(String(e.message))));")
    private static native boolean timedOut(JSObject settled);

    @JSBody(params = "settled", script = "var e = settled.error;"
            + " return e instanceof Error ? (e.name + ': ' + e.message) : String(e);")
    private static native String reason(JSObject settled);

    @JSBody(params = "response", script = "return response.arrayBuffer();")
    private static native JSPromise<ArrayBuffer> arrayBuffer(JSObject response);

    @JSBody(params = "response", script = "return response.status;")
    private static native int status(JSObject response);

    @JSBody(params = {"response", "callback"}, script = "response.headers.forEach(function(v, n) { callback(n, v); });")
    private static native void eachHeader(JSObject response, JsRequestHeaders.PairCallback callback);
}
