package dev.workers4j.http;

import dev.workers4j.json.Json;
import dev.workers4j.json.JsonCodec;

/** Builds a {@link Request}: in tests, and for calls through a service binding or outbound fetch. */
public final class RequestBuilder {
    private final String method;
    private final String url;
    private final MutableHeaders headers = new MutableHeaders();
    private byte[] body;

    RequestBuilder(String method, String url) {
        this.method = method;
        this.url = url;
    }

    public RequestBuilder header(String name, String value) {
        headers.append(name, value);
        return this;
    }

    public RequestBuilder body(byte[] bytes) {
        this.body = bytes;
        return this;
    }

    public RequestBuilder body(String text) {
        return body(Utf8.encode(text));
    }

    /** A JSON body with its content type. */
    public <T> RequestBuilder json(JsonCodec<T> codec, T value) {
        if (!headers.has("content-type")) {
            headers.set("content-type", "application/json");
        }
        return body(Json.toJsonBytes(codec, value));
    }

    public Request build() {
        return new Request(method, url, headers, body == null ? BodySource.EMPTY : BodySource.of(body));
    }
}
