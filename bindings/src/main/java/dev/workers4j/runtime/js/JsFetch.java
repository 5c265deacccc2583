package dev.workers4j.runtime.js;

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

    /** Through the global fetch. */
    static Response global(Request request) {
        return exchange(null, request);
    }

    /** Through a binding object's fetch (a service binding). */
    static Response via(JSObject binding, Request request) {
        return exchange(binding, request);
    }

    private static Response exchange(JSObject binding, Request request) {
        JSArray<JSString> headers = JSArray.create();
        request.headers().forEach((name, value) -> {
            headers.push(JSString.valueOf(name));
            headers.push(JSString.valueOf(value));
        });
        boolean hasBody = !request.method().equals("GET") && !request.method().equals("HEAD");
        Int8Array body = hasBody ? Int8Array.copyFromJavaArray(request.bytes()) : null;
        JSObject response = JsAwait.await(send(binding, request.method(), request.url(), headers, body));
        ArrayBuffer bytes = JsAwait.await(arrayBuffer(response));
        MutableHeaders responseHeaders = new MutableHeaders();
        eachHeader(response, responseHeaders::append);
        return Response.of(status(response), responseHeaders, new Int8Array(bytes).copyToJavaArray());
    }

    @JSBody(params = {"binding", "method", "url", "flat", "body"}, script = "const h = new Headers();"
            + "for (let i = 0; i < flat.length; i += 2) h.append(flat[i], flat[i + 1]);"
            + "const init = { method: method, headers: h, redirect: 'manual' };"
            + "if (body !== null) init.body = new Uint8Array(body.buffer, body.byteOffset, body.length);"
            + "return binding === null ? fetch(url, init) : binding.fetch(url, init);")
    private static native JSPromise<JSObject> send(JSObject binding, String method, String url,
            JSArray<JSString> flat, Int8Array body);

    @JSBody(params = "response", script = "return response.arrayBuffer();")
    private static native JSPromise<ArrayBuffer> arrayBuffer(JSObject response);

    @JSBody(params = "response", script = "return response.status;")
    private static native int status(JSObject response);

    @JSBody(params = {"response", "callback"}, script = "response.headers.forEach(function(v, n) { callback(n, v); });")
    private static native void eachHeader(JSObject response, JsRequestHeaders.PairCallback callback);
}
