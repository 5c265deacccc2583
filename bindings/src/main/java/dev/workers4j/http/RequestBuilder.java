package dev.workers4j.http;

import dev.workers4j.json.Json;
import dev.workers4j.json.JsonCodec;

/** Builds a {@link Request}: in tests, and for calls through a service binding or outbound fetch. */
public final class RequestBuilder {
    private final String method;
    private final String url;
    private final MutableHeaders headers = new MutableHeaders();
    private byte[] body;
    private BodyStream stream;

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
        this.stream = null;
        return this;
    }

    /** A streamed body; with an unknown length (-1) it goes to workerd chunked, without a Content-Length. */
    public RequestBuilder body(BodyStream stream) {
        this.stream = stream;
        this.body = null;
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
        BodySource source = stream != null ? BodySource.of(stream)
                : body == null ? BodySource.EMPTY : BodySource.of(body);
        return new Request(method, url, headers, source);
    }
}
