package dev.workers4j.runtime.js;

import dev.workers4j.http.BodyStream;
import dev.workers4j.http.Response;
import org.teavm.jso.JSBody;
import org.teavm.jso.JSObject;
import org.teavm.jso.core.JSArray;
import org.teavm.jso.core.JSString;
import org.teavm.jso.typedarrays.Int8Array;

/**
 * Turns a Java {@link Response} into a Fetch API Response. A streamed body that is a platform
 * ReadableStream nobody read (an R2 object's, a request's) becomes the Response's body as it is;
 * one made in Java of unknown length is pulled chunk by chunk ({@link JsPullStream}).
 */
final class JsResponses {
    private JsResponses() {
    }

    static JSObject toJs(Response response) {
        JSArray<JSString> headers = JSArray.create();
        response.headers().forEach((name, value) -> {
            headers.push(JSString.valueOf(name));
            headers.push(JSString.valueOf(value));
        });
        String text = response.textBodyOrNull();
        if (text != null) {
            return newTextResponse(text, response.status(), headers);
        }
        BodyStream stream = response.streamBodyOrNull();
        if (stream instanceof JsBodyStream) {
            return newStreamResponse(((JsBodyStream) stream).handOverNative("Response"), response.status(), headers);
        }
        if (stream != null && stream.length() < 0) {
            // Made in Java, of unknown length (e.g. produced page by page): pulled chunk by chunk.
            return newStreamResponse(JsPullStream.of(stream), response.status(), headers);
        }
        // A stream made in Java of known length is read whole: one copy, and a Content-Length.
        byte[] bytes = stream != null ? response.bytes() : response.bytesBodyOrNull();
        if (bytes != null) {
            return newBytesResponse(Int8Array.copyFromJavaArray(bytes), response.status(), headers);
        }
        return newTextResponse(null, response.status(), headers);
    }

    // Headers travel as one flat [name, value, ...] array: cheaper to build than nested pairs.
    @JSBody(params = {"body", "status", "flat"}, script = "const h = new Headers();"
            + "for (let i = 0; i < flat.length; i += 2) h.append(flat[i], flat[i + 1]);"
            + "return new Response(body, { status: status, headers: h });")
    private static native JSObject newTextResponse(String body, int status, JSArray<JSString> flat);

    @JSBody(params = {"body", "status", "flat"}, script = "const h = new Headers();"
            + "for (let i = 0; i < flat.length; i += 2) h.append(flat[i], flat[i + 1]);"
            + "return new Response(body, { status: status, headers: h });")
    private static native JSObject newStreamResponse(JSObject body, int status, JSArray<JSString> flat);

    @JSBody(params = {"body", "status", "flat"}, script = "const h = new Headers();"
            + "for (let i = 0; i < flat.length; i += 2) h.append(flat[i], flat[i + 1]);"
            + "return new Response(new Uint8Array(body.buffer, body.byteOffset, body.length),"
            + " { status: status, headers: h });")
    private static native JSObject newBytesResponse(Int8Array body, int status, JSArray<JSString> flat);
}
