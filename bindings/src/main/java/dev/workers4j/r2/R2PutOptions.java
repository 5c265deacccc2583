package dev.workers4j.r2;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Options of a put: HTTP metadata, custom metadata, a SHA-256 checksum (hex) the bytes must
 * match, and preconditions (a failed one makes put return null).
 */
public final class R2PutOptions {
    private R2HttpMetadata httpMetadata;
    private final Map<String, String> customMetadata = new LinkedHashMap<>();
    private String sha256;
    private R2Conditional onlyIf;

    public static R2PutOptions create() {
        return new R2PutOptions();
    }

    public R2PutOptions httpMetadata(R2HttpMetadata httpMetadata) {
        this.httpMetadata = httpMetadata;
        return this;
    }

    public R2PutOptions customMetadata(String name, String value) {
        customMetadata.put(name, value);
        return this;
    }

    public R2PutOptions customMetadata(Map<String, String> values) {
        customMetadata.putAll(values);
        return this;
    }

    /** The SHA-256 of the value as 64 hex digits; a mismatch fails with {@link R2ChecksumMismatchException}. */
    public R2PutOptions sha256(String hex) {
        this.sha256 = hex;
        return this;
    }

    public R2PutOptions onlyIf(R2Conditional onlyIf) {
        this.onlyIf = onlyIf;
        return this;
    }

    public R2HttpMetadata httpMetadata() { return httpMetadata; }
    public Map<String, String> customMetadata() { return Collections.unmodifiableMap(customMetadata); }
    public String sha256() { return sha256; }
    public R2Conditional onlyIf() { return onlyIf; }
}
