package dev.workers4j.http;

import dev.workers4j.json.Json;
import dev.workers4j.json.JsonCodec;

/**
 * An HTTP response: status, headers, and a body that is empty, text or bytes. Headers stay
 * mutable so middleware can add to them after {@code next}.
 */
public final class Response {
    private final int status;
    private final MutableHeaders headers;
    private final String textBody;
    private final byte[] bytesBody;

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
        return textBody != null || bytesBody != null;
    }

    /** The body as text (UTF-8); empty when there is none. */
    public String text() {
        if (textBody != null) {
            return textBody;
        }
        return bytesBody == null ? "" : Utf8.decode(bytesBody);
    }

    public byte[] bytes() {
        if (bytesBody != null) {
            return bytesBody;
        }
        return textBody == null ? new byte[0] : Utf8.encode(textBody);
    }

    /** The text body as given, or null when the body is bytes or absent (lets runtimes skip a copy). */
    public String textBodyOrNull() {
        return textBody;
    }

    /** The bytes body as given, or null when the body is text or absent. */
    public byte[] bytesBodyOrNull() {
        return bytesBody;
    }

    /** The same response without its body, as HEAD answers. */
    public Response withoutBody() {
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
