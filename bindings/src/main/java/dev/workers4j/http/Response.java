package dev.workers4j.http;

import dev.workers4j.json.Json;
import dev.workers4j.json.JsonCodec;

/**
 * An HTTP response: status, headers, and a body that is empty, text, bytes or a
 * {@link BodyStream}. Headers stay mutable so middleware can add to them after {@code next}.
 */
public final class Response {
    private final int status;
    private final MutableHeaders headers;
    private final String textBody;
    private byte[] bytesBody;
    private BodyStream streamBody;

    private Response(int status, MutableHeaders headers, String textBody, byte[] bytesBody) {
        if (status < 200 || status > 599) {
            throw new IllegalArgumentException("status must be within 200..599, was " + status);
        }
        this.status = status;
        this.headers = headers;
        this.textBody = textBody;
        this.bytesBody = bytesBody;
    }

    public static Response empty(int status) {
        return new Response(status, new MutableHeaders(), null, null);
    }

    public static Response text(int status, String text) {
        MutableHeaders headers = new MutableHeaders().set("content-type", "text/plain; charset=UTF-8");
        return new Response(status, headers, text, null);
    }

    public static Response bytes(int status, byte[] bytes, String contentType) {
        MutableHeaders headers = new MutableHeaders().set("content-type", contentType);
        return new Response(status, headers, null, bytes);
    }

    /**
     * A streamed body, e.g. an R2 object's {@code body()}: in workerd a stream Java has not read
     * goes to the client as it is (the platform's ReadableStream, no copy into Java); a stream made
     * in Java of known length is read whole first (it gets a Content-Length), one of unknown length
     * ({@code length() == -1}) is read a chunk at a time as the client takes it, so a body produced
     * piecewise (a CSV export) is never held whole. Without a content type (null), none is set.
     *
     * @throws IllegalStateException when Java has already read part of the stream
     */
    public static Response stream(int status, BodyStream body, String contentType) {
        MutableHeaders headers = new MutableHeaders();
        if (contentType != null) {
            headers.set("content-type", contentType);
        }
        return of(status, headers, body);
    }

    /** {@link #stream(int, BodyStream, String)} with headers of its own (e.g. an R2 object's writeHttpMetadata). */
    public static Response of(int status, MutableHeaders headers, BodyStream body) {
        body.requireUnread("Response");
        Response response = new Response(status, headers, null, null);
        response.streamBody = body;
        return response;
    }

    /** A body that is already JSON text. */
    public static Response json(int status, String json) {
        MutableHeaders headers = new MutableHeaders().set("content-type", "application/json");
        return new Response(status, headers, json, null);
    }

    public static <T> Response json(int status, JsonCodec<T> codec, T value) {
        return json(status, Json.toJson(codec, value));
    }

    /** A redirect (301, 302, 303, 307 or 308) to an absolute or origin-relative location. */
    public static Response redirect(String location, int status) {
        if (status != 301 && status != 302 && status != 303 && status != 307 && status != 308) {
            throw new IllegalArgumentException("not a redirect status: " + status);
        }
        Response response = empty(status);
        response.headers.set("location", location);
        return response;
    }

    public static Response redirect(String location) {
        return redirect(location, 302);
    }

    /** Builds a response from parts, e.g. one read back from a JS Response or a service binding. */
    public static Response of(int status, MutableHeaders headers, byte[] body) {
        return new Response(status, headers, null, body);
    }

    public int status() {
        return status;
    }

    public MutableHeaders headers() {
        return headers;
    }

    public String header(String name) {
        return headers.get(name);
    }

    public boolean hasBody() {
        return textBody != null || bytesBody != null || streamBody != null;
    }

    /** The body as text (UTF-8); empty when there is none. A streamed body is read whole. */
    public String text() {
        if (textBody != null) {
            return textBody;
        }
        byte[] bytes = bytes();
        return bytes.length == 0 ? "" : Utf8.decode(bytes);
    }

    /** The body's bytes; a streamed body is read whole (once: tests on the JVM read it here). */
    public byte[] bytes() {
        if (bytesBody == null && streamBody != null) {
            bytesBody = streamBody.handOverBytes("Response.bytes()");
            streamBody = null;
        }
        if (bytesBody != null) {
            return bytesBody;
        }
        return textBody == null ? new byte[0] : Utf8.encode(textBody);
    }

    /** The text body as given, or null when the body is bytes or absent (lets runtimes skip a copy). */
    public String textBodyOrNull() {
        return textBody;
    }

    /** The bytes body as given, or null when the body is text, a stream or absent. */
    public byte[] bytesBodyOrNull() {
        return bytesBody;
    }

    /** The streamed body not read yet, or null (lets runtimes pass a native stream through). */
    public BodyStream streamBodyOrNull() {
        return streamBody;
    }

    /** The same response without its body, as HEAD answers. */
    public Response withoutBody() {
        if (streamBody != null) {
            streamBody.close();   // in workerd: cancels the stream nobody will read
        }
        return new Response(status, headers, null, null);
    }

    public <T> T json(JsonCodec<T> codec) {
        return Json.fromJson(codec, text());
    }

    @Override
    public String toString() {
        return status + " " + headers;
    }
}
