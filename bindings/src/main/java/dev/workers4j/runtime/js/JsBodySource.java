package dev.workers4j.runtime.js;

import dev.workers4j.http.BodySource;
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

    @JSBody(params = "buffer", script = "return new TextDecoder().decode(buffer);")
    private static native String decodeUtf8(ArrayBuffer buffer);
}
