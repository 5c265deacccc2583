package dev.workers4j.r2;

import dev.workers4j.http.Headers;

/**
 * Options of {@link R2Bucket#get(String, R2GetOptions)}: a byte range and preconditions, each
 * given as values or as a request's HTTP headers, and the SSE-C key of an encrypted object.
 *
 * <p>Headers let a Worker pass a client's conditional request straight through, as the JS API's
 * {@code get(key, {onlyIf: request.headers, range: request.headers})} does: If-Match and
 * If-None-Match (lists of quoted etags, W/ weak ones, or *), If-Modified-Since and
 * If-Unmodified-Since (compared to the second), and Range ({@code bytes=a-b}, {@code a-},
 * {@code -n}). Only those headers are read.
 */
public final class R2GetOptions {
    private R2Range range;
    private Headers rangeHeaders;
    private R2Conditional onlyIf;
    private Headers onlyIfHeaders;
    private String ssecKey;

    public static R2GetOptions create() {
        return new R2GetOptions();
    }

    public R2GetOptions range(R2Range range) {
        this.range = range;
        this.rangeHeaders = null;
        return this;
    }

    /** The range of a Range header (one range; anything else reads the whole object, as R2 does). */
    public R2GetOptions range(Headers headers) {
        this.rangeHeaders = headers;
        this.range = null;
        return this;
    }

    public R2GetOptions onlyIf(R2Conditional onlyIf) {
        this.onlyIf = onlyIf;
        this.onlyIfHeaders = null;
        return this;
    }

    /** Preconditions from If-Match, If-None-Match, If-Modified-Since, If-Unmodified-Since. */
    public R2GetOptions onlyIf(Headers headers) {
        this.onlyIfHeaders = headers;
        this.onlyIf = null;
        return this;
    }

    /** The SSE-C key (64 hex digits) the object was stored with. */
    public R2GetOptions ssecKey(String hexKey) {
        this.ssecKey = hexKey;
        return this;
    }

    public R2Range range() { return range; }
    public Headers rangeHeaders() { return rangeHeaders; }
    public R2Conditional onlyIf() { return onlyIf; }
    public Headers onlyIfHeaders() { return onlyIfHeaders; }
    public String ssecKey() { return ssecKey; }
}
