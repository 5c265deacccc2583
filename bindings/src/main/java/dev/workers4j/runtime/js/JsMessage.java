package dev.workers4j.runtime.js;

import dev.workers4j.json.Json;
import dev.workers4j.json.JsonCodec;
import dev.workers4j.json.JsonTree;
import dev.workers4j.runtime.js.json.JsJsonEngine;
import dev.workers4j.queue.Message;
import org.teavm.jso.JSBody;
import org.teavm.jso.JSObject;
import org.teavm.jso.JSProperty;
import org.teavm.jso.typedarrays.Int8Array;

/**
 * One workerd queue message. A json message's body arrives already parsed by workerd; codecs
 * read it back from its JSON text.
 */
final class JsMessage implements Message {
    private final Native message;

    interface Native extends JSObject {
        @JSProperty
        String getId();

        @JSProperty
        int getAttempts();

        void ack();

        void retry();
    }

    JsMessage(Native message) {
        this.message = message;
    }

    @Override
    public String id() {
        return message.getId();
    }

    @Override
    public long timestampMillis() {
        return (long) timestamp(message);
    }

    @Override
    public int attempts() {
        return message.getAttempts();
    }

    @Override
    public String bodyText() {
        return bodyText(message);
    }

    @Override
    public byte[] bodyBytes() {
        Int8Array bytes = binaryBody(message);
        return bytes == null ? null : bytes.copyToJavaArray();
    }

    @Override
    public <T> T body(JsonCodec<T> codec) {
        // workerd has parsed a json message already: read that value; the text is only needed
        // (and built) when the exact reader must decide.
        JsonTree parsed = isParsedJson(message) ? JsJsonEngine.parsedTree(body(message)) : null;
        return Json.fromJson(codec, parsed, () -> bodyJson(message));
    }

    @Override
    public void ack() {
        message.ack();
    }

    @Override
    public void retry() {
        message.retry();
    }

    @Override
    public void retry(int delaySeconds) {
        retryWithDelay(message, delaySeconds);
    }

    @JSBody(params = "m", script = "return m.timestamp.getTime();")
    private static native double timestamp(Native m);

    @JSBody(params = "m", script = "return typeof m.body === 'string' ? m.body : JSON.stringify(m.body);")
    private static native String bodyText(Native m);

    /** A binary body (an ArrayBuffer, or a view of one) as bytes; null for any other body. */
    @JSBody(params = "m", script = "var b = m.body; if (b instanceof ArrayBuffer) return new Int8Array(b);"
            + " if (ArrayBuffer.isView(b)) return new Int8Array(b.buffer, b.byteOffset, b.byteLength); return null;")
    private static native Int8Array binaryBody(Native m);

    @JSBody(params = "m", script = "return JSON.stringify(m.body === undefined ? null : m.body);")
    private static native String bodyJson(Native m);

    /** A JSON value (not text, bytes or undefined): what the tree reader can walk. */
    @JSBody(params = "m", script = "var b = m.body; return b === null || typeof b === 'number' || typeof b === 'boolean'"
            + " || (typeof b === 'object' && !ArrayBuffer.isView(b) && !(b instanceof ArrayBuffer));")
    private static native boolean isParsedJson(Native m);

    @JSBody(params = "m", script = "return m.body;")
    private static native JSObject body(Native m);

    @JSBody(params = {"m", "delay"}, script = "m.retry({ delaySeconds: delay });")
    private static native void retryWithDelay(Native m, int delay);
}
