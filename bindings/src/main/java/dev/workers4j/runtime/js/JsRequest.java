package dev.workers4j.runtime.js;

import org.teavm.jso.JSObject;
import org.teavm.jso.JSProperty;
import org.teavm.jso.core.JSPromise;
import org.teavm.jso.typedarrays.ArrayBuffer;

/** The Fetch API Request workerd hands the fetch handler. */
interface JsRequest extends JSObject {
    @JSProperty
    String getMethod();

    @JSProperty
    String getUrl();

    @JSProperty
    JsHeaders getHeaders();

    @JSProperty
    JSObject getBody();

    JSPromise<ArrayBuffer> arrayBuffer();
}
