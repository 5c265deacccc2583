package dev.workers4j.r2;

import dev.workers4j.http.BodyStream;
import dev.workers4j.http.Utf8;
import java.util.Collections;
import java.util.Map;

/**
 * An object's metadata, and its body when it came from a get that succeeded
 * ({@link #hasBody()}). head, put, list and a get whose precondition failed give no body.
 *
 * <p>The body is read once, either whole ({@link #bytes()}, {@link #text()}, which keep the bytes)
 * or as a stream ({@link #body()}), which in workerd reads R2's stream chunk by chunk, or goes
 * untouched into {@code Response.of(status, headers, object.body())} or another put.
 */
public final class R2Object {
    private final String key;
    private final String version;
    private final long size;
    private final String etag;
    private final long uploaded;
    private final R2HttpMetadata httpMetadata;
    private final Map<String, String> customMetadata;
    private final Map<String, String> checksums;
    private final R2Range range;
    private final String storageClass;
    private final String ssecKeyMd5;
    private byte[] body;
    private BodyStream stream;

    /** The platform's description of an object beside its body: storage class and SSE-C key MD5 (null when none). */
    public static final class Extra {
        final String storageClass;
        final String ssecKeyMd5;

        public Extra(String storageClass, String ssecKeyMd5) {
            this.storageClass = storageClass;
            this.ssecKeyMd5 = ssecKeyMd5;
        }
    }

    public R2Object(String key, String version, long size, String etag, long uploaded, R2HttpMetadata httpMetadata,
            Map<String, String> customMetadata, Map<String, String> checksums, R2Range range, Extra extra,
            byte[] body) {
        // Held as a stream all the same, so a body is used once in the same ways on both runtimes.
        this(key, version, size, etag, uploaded, httpMetadata, customMetadata, checksums, range, extra, null,
                body == null ? null : BodyStream.of(body));
    }

    /** An object whose body is a stream not read yet (a workerd get); null for none. */
    public R2Object(String key, String version, long size, String etag, long uploaded, R2HttpMetadata httpMetadata,
            Map<String, String> customMetadata, Map<String, String> checksums, R2Range range, Extra extra,
            BodyStream body) {
        this(key, version, size, etag, uploaded, httpMetadata, customMetadata, checksums, range, extra, null, body);
    }

    private R2Object(String key, String version, long size, String etag, long uploaded, R2HttpMetadata httpMetadata,
            Map<String, String> customMetadata, Map<String, String> checksums, R2Range range, Extra extra,
            byte[] body, BodyStream stream) {
        this.key = key;
        this.version = version;
        this.size = size;
        this.etag = etag;
        this.uploaded = uploaded;
        this.httpMetadata = httpMetadata == null ? R2HttpMetadata.EMPTY : httpMetadata;
        this.customMetadata = Collections.unmodifiableMap(customMetadata);
        this.checksums = Collections.unmodifiableMap(checksums);
        this.range = range;
        this.storageClass = extra == null ? null : extra.storageClass;
        this.ssecKeyMd5 = extra == null ? null : extra.ssecKeyMd5;
        this.body = body;
        this.stream = stream;
    }

    public String key() { return key; }
    public String version() { return version; }
    /** The whole object's size in bytes (not the range's). */
    public long size() { return size; }
    /** The etag, unquoted (md5 hex for single-part uploads). */
    public String etag() { return etag; }
    /** The etag quoted, as an HTTP ETag header wants it. */
    public String httpEtag() { return "\"" + etag + "\""; }
    /** Upload time, epoch millis. */
    public long uploaded() { return uploaded; }
    public R2HttpMetadata httpMetadata() { return httpMetadata; }
    public Map<String, String> customMetadata() { return customMetadata; }
    /** Checksums R2 holds, by algorithm (md5, sha1, sha256, sha384, sha512), as hex. */
    public Map<String, String> checksums() { return checksums; }
    /** The range served by a get (null elsewhere). */
    public R2Range range() { return range; }
    /**
     * The storage class ({@link R2StorageClass}) as the platform reports it. miniflare keeps none
     * and reports "" for every object; production (and the JVM fake) report Standard by default.
     */
    public String storageClass() { return storageClass; }
    /** The MD5 of the SSE-C key an encrypted object was stored with, or null (never on miniflare). */
    public String ssecKeyMd5() { return ssecKeyMd5; }

    /**
     * Sets the stored HTTP metadata as response headers (Content-Type, Content-Disposition,
     * Content-Encoding, Content-Language, Cache-Control, Expires from cacheExpiry), like the JS API's writeHttpMetadata, and
     * answers the headers.
     */
    public dev.workers4j.http.MutableHeaders writeHttpMetadata(dev.workers4j.http.MutableHeaders headers) {
        setIfPresent(headers, "content-type", httpMetadata.contentType());
        setIfPresent(headers, "content-disposition", httpMetadata.contentDisposition());
        setIfPresent(headers, "content-encoding", httpMetadata.contentEncoding());
        setIfPresent(headers, "content-language", httpMetadata.contentLanguage());
        setIfPresent(headers, "cache-control", httpMetadata.cacheControl());
        if (httpMetadata.cacheExpiry() != null) {
            headers.set("expires", dev.workers4j.http.HttpDate.format(httpMetadata.cacheExpiry()));
        }
        return headers;
    }

    private static void setIfPresent(dev.workers4j.http.MutableHeaders headers, String name, String value) {
        if (value != null) {
            headers.set(name, value);
        }
    }

    public boolean hasBody() {
        return body != null || stream != null;
    }

    /** The body's bytes (the range's, when a range was asked for), read whole on the first call. */
    public byte[] bytes() {
        if (body == null) {
            requireBody();
            body = stream.handOverBytes("R2Object.bytes()");
            stream = null;
        }
        return body.clone();
    }

    /**
     * The body (the range's, when a range was asked for) as a stream of {@link #bodyLength()} bytes,
     * to hand to a Response or a put, or to read chunk by chunk without holding the object. After
     * {@link #bytes()}, a stream over the bytes read.
     */
    public BodyStream body() {
        requireBody();
        return stream != null ? stream : BodyStream.of(body);
    }

    /** How many bytes the body has: the range's length, else the object's size. */
    public long bodyLength() {
        return range != null ? range.length() : size;
    }

    private void requireBody() {
        if (!hasBody()) {
            throw new IllegalStateException("R2 object " + key + " has no body (head, put, list, or a failed onlyIf)");
        }
    }

    public String text() {
        return Utf8.decode(bytes());
    }

    @Override
    public String toString() {
        return "R2Object(key=" + key + ", size=" + size + ", etag=" + etag + ", hasBody=" + hasBody() + ")";
    }
}
