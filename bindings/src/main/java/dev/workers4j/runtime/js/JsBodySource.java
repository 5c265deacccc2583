package dev.workers4j.runtime.js;

import dev.workers4j.http.BodySource;
import dev.workers4j.http.BodyStream;
import dev.workers4j.http.PayloadTooLargeException;
import org.teavm.jso.JSBody;
import org.teavm.jso.typedarrays.ArrayBuffer;
import org.teavm.jso.typedarrays.Int8Array;

/** A request body read from the Fetch API, suspending the green thread while it arrives. */
final class JsBodySource implements BodySource {
    private final JsRequest request;

    JsBodySource(JsRequest request) {
        this.request = request;
    }

    @Override
    public byte[] readBytes(long limit) {
        return new Int8Array(read(limit)).copyToJavaArray();
    }

    @Override
    public String readText(long limit) {
        return decodeUtf8(read(limit));
    }

    /** The request's own ReadableStream; its length is the Content-Length, -1 without one (chunked). */
    @Override
    public BodyStream stream() {
        if (request.getBody() == null) {
            return BodyStream.empty();
        }
        return new JsBodyStream(request.getBody(), (long) declaredLength(request.getHeaders()));
    }

    private ArrayBuffer read(long limit) {
        if (request.getBody() == null) {
            return new ArrayBuffer(0);
        }
        ArrayBuffer buffer = JsAwait.await(request.arrayBuffer());
        if (buffer.getByteLength() > limit) {
            throw new PayloadTooLargeException(limit);
        }
        return buffer;
    }

    @JSBody(params = "headers", script = "var v = headers.get('content-length');"
            + " var n = v === null ? NaN : Number(v); return isFinite(n) && n >= 0 ? n : -1;")
    private static native double declaredLength(JsHeaders headers);

    @JSBody(params = "buffer", script = "return new TextDecoder().decode(buffer);")
    private static native String decodeUtf8(ArrayBuffer buffer);
}
