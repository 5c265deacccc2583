package dev.workers4j.runtime.js;

import dev.workers4j.http.BodyStream;
import org.teavm.jso.JSBody;
import org.teavm.jso.JSObject;
import org.teavm.jso.core.JSPromise;
import org.teavm.jso.typedarrays.ArrayBuffer;
import org.teavm.jso.typedarrays.Int8Array;

/**
 * A {@link BodyStream} over a Fetch API ReadableStream (a request's body, an R2 object's body).
 * Read in Java, each chunk is one {@code reader.read()}, the green thread suspended until it
 * settles; handed over untouched, the ReadableStream itself goes to R2 or into a Response.
 */
final class JsBodyStream extends BodyStream {
    private final JSObject stream;
    private final long length;
    private JSObject reader;
    // A flag, not a null test on the JSO field: TeaVM may leave a JSO field undefined (see Invocation).
    private boolean reading;

    JsBodyStream(JSObject stream, long length) {
        this.stream = stream;
        this.length = length;
    }

    /** The ReadableStream, for a taker that reads it in JS; this stream is taken from then on. */
    JSObject handOverNative(String taker) {
        handOver(taker);
        return stream;
    }

    /**
     * The ReadableStream for R2, which stores only streams whose length workerd knows. A known
     * length goes through a FixedLengthStream (a native pipe, no Java): workerd knows the length of
     * a body stream only in some cases (a request as the client sent it, an R2 body), not e.g. of a
     * request JS code rebuilt with a Content-Length header. An unknown one goes as it is, for R2 to
     * refuse.
     */
    JSObject handOverSized(String taker) {
        JSObject stream = handOverNative(taker);
        return length >= 0 ? fixedLength(stream, length) : stream;
    }

    @Override
    public long length() {
        return length;
    }

    @Override
    protected byte[] nextChunk() {
        if (!reading) {
            reader = getReader(stream);
            reading = true;
        }
        JSObject result = JsAwait.await(read(reader));
        return isDone(result) ? null : chunkOf(result).copyToJavaArray();
    }

    /** Not read yet: one arrayBuffer() over the whole stream, one copy into Java. */
    @Override
    protected byte[] readWhole() {
        if (reading) {
            return super.readWhole();
        }
        reading = true;
        ArrayBuffer all = JsAwait.await(arrayBuffer(stream));
        return new Int8Array(all).copyToJavaArray();
    }

    @Override
    protected void cancel() {
        cancel(reading ? reader : stream);
    }

    @JSBody(params = {"s", "n"}, script = "return s.pipeThrough(new FixedLengthStream(n));")
    private static native JSObject fixedLength(JSObject stream, double length);

    @JSBody(params = "s", script = "return s.getReader();")
    private static native JSObject getReader(JSObject stream);

    @JSBody(params = "r", script = "try { return r.read(); } catch (e) { return Promise.reject(e); }")
    private static native JSPromise<JSObject> read(JSObject reader);

    @JSBody(params = "result", script = "return !!result.done;")
    private static native boolean isDone(JSObject result);

    @JSBody(params = "result", script = "var v = result.value;"
            + " return new Int8Array(v.buffer, v.byteOffset, v.byteLength);")
    private static native Int8Array chunkOf(JSObject result);

    @JSBody(params = "s", script = "try { return new Response(s).arrayBuffer(); } catch (e) { return Promise.reject(e); }")
    private static native JSPromise<ArrayBuffer> arrayBuffer(JSObject stream);

    // Nobody waits for the cancellation; a failure to cancel (already closed) does not matter.
    @JSBody(params = "s", script = "try { s.cancel().catch(function () {}); } catch (e) { }")
    private static native void cancel(JSObject streamOrReader);
}
