package dev.workers4j.http;

import dev.workers4j.json.Json;
import dev.workers4j.json.JsonCodec;

/**
 * An incoming (or outgoing) HTTP request. The body is read at most once, as text, bytes, JSON or
 * a {@link BodyStream}, and never beyond the body limit (by default {@value #DEFAULT_BODY_LIMIT} bytes; a router may
 * set another): a larger body raises {@link PayloadTooLargeException}, which answers 413.
 */
public final class Request {
    public static final long DEFAULT_BODY_LIMIT = 1024 * 1024;

    private final String method;
    private final String url;
    private final Headers headers;
    private final BodySource body;
    private Url parsedUrl;
    private long bodyLimit = DEFAULT_BODY_LIMIT;
    private byte[] bodyBytes;
    private String bodyText;
    private BodyStream bodyStream;

    public Request(String method, String url, Headers headers, BodySource body) {
        this.method = method;
        this.url = url;
        this.headers = headers;
        this.body = body == null ? BodySource.EMPTY : body;
    }

    /** A builder for requests made in tests or sent through a Fetcher. */
    public static RequestBuilder builder(String method, String url) {
        return new RequestBuilder(method, url);
    }

    public static Request get(String url) {
        return builder("GET", url).build();
    }

    /** The same request (headers and unread body shared) at another URL. */
    public Request withUrl(String newUrl) {
        return new Request(method, newUrl, headers, body);
    }

    public String method() {
        return method;
    }

    public String url() {
        return url;
    }

    public Url parsedUrl() {
        if (parsedUrl == null) {
            parsedUrl = Url.parse(url);
        }
        return parsedUrl;
    }

    /** The path, still percent-encoded. */
    public String path() {
        return parsedUrl().path();
    }

    /** The first value of a query parameter, decoded, or null. */
    public String query(String name) {
        return parsedUrl().query(name);
    }

    public Headers headers() {
        return headers;
    }

    /** The first value of a header, or null. */
    public String header(String name) {
        return headers.get(name);
    }

    public long bodyLimit() {
        return bodyLimit;
    }

    /** Sets the most bytes this request's body may have; routers call it before handlers run. */
    public Request bodyLimit(long limit) {
        this.bodyLimit = limit;
        return this;
    }

    public byte[] bytes() {
        if (bodyBytes == null) {
            checkDeclaredLength();
            if (bodyText != null) {
                bodyBytes = Utf8.encode(bodyText);
            } else if (bodyStream != null) {
                bodyBytes = bodyStream.handOverBytes("Request.bytes()");
            } else {
                bodyBytes = body.readBytes(bodyLimit);
            }
        }
        return bodyBytes;
    }

    public String text() {
        if (bodyText == null) {
            checkDeclaredLength();
            bodyText = bodyBytes != null || bodyStream != null ? Utf8.decode(bytes()) : body.readText(bodyLimit);
        }
        return bodyText;
    }

    /**
     * The body as a stream, for bodies too big to hold: hand it to {@code R2Bucket.put} (in
     * workerd the request's own ReadableStream goes to R2, no byte through Java) or read it chunk
     * by chunk. The body limit still holds: a larger Content-Length is refused at once, and reading
     * in Java stops past the limit; raise it with {@code Router.bodyLimit} for big uploads.
     * Its {@link BodyStream#length()} is the Content-Length, or -1 for a chunked upload.
     */
    public BodyStream bodyStream() {
        if (bodyStream == null) {
            checkDeclaredLength();
            if (bodyBytes != null || bodyText != null) {
                return BodyStream.of(bytes());
            }
            bodyStream = body.stream().limit(bodyLimit);
        }
        return bodyStream;
    }

    /**
     * The body decoded by a JSON codec.
     *
     * @throws dev.workers4j.json.JsonException on malformed JSON or a value of the wrong shape (answered 400)
     */
    public <T> T json(JsonCodec<T> codec) {
        return Json.fromJson(codec, text());
    }

    /** A declared Content-Length over the limit is refused before a byte is read. */
    private void checkDeclaredLength() {
        String declared = headers.get("content-length");
        if (declared != null) {
            long length;
            try {
                length = Long.parseLong(declared.trim());
            } catch (NumberFormatException e) {
                throw HttpException.badRequest("invalid Content-Length: " + declared);
            }
            if (length > bodyLimit) {
                throw new PayloadTooLargeException(bodyLimit);
            }
        }
    }

    @Override
    public String toString() {
        return method + " " + url;
    }
}
