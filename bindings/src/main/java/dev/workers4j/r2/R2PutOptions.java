package dev.workers4j.r2;

import dev.workers4j.http.Headers;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Options of a put: HTTP metadata, custom metadata, one checksum (md5, sha1, sha256, sha384 or
 * sha512, as hex) the bytes must match, preconditions (a failed one makes put return null; given
 * as values or as request headers, see {@link R2GetOptions}), a storage class
 * ({@link R2StorageClass}) and an SSE-C key.
 */
public final class R2PutOptions {
    private R2HttpMetadata httpMetadata;
    private final Map<String, String> customMetadata = new LinkedHashMap<>();
    private final Map<String, String> checksums = new LinkedHashMap<>();
    private R2Conditional onlyIf;
    private Headers onlyIfHeaders;
    private String storageClass;
    private String ssecKey;

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

    /** The MD5 of the value as 32 hex digits; a mismatch fails with {@link R2ChecksumMismatchException}. */
    public R2PutOptions md5(String hex) {
        return checksum("md5", hex);
    }

    /** The SHA-1 of the value as 40 hex digits. */
    public R2PutOptions sha1(String hex) {
        return checksum("sha1", hex);
    }

    /** The SHA-256 of the value as 64 hex digits; a mismatch fails with {@link R2ChecksumMismatchException}. */
    public R2PutOptions sha256(String hex) {
        return checksum("sha256", hex);
    }

    /** The SHA-384 of the value as 96 hex digits. */
    public R2PutOptions sha384(String hex) {
        return checksum("sha384", hex);
    }

    /** The SHA-512 of the value as 128 hex digits. */
    public R2PutOptions sha512(String hex) {
        return checksum("sha512", hex);
    }

    private R2PutOptions checksum(String field, String hex) {
        if (hex == null) {
            checksums.remove(field);
        } else {
            checksums.put(field, hex);
        }
        return this;
    }

    public R2PutOptions onlyIf(R2Conditional onlyIf) {
        this.onlyIf = onlyIf;
        this.onlyIfHeaders = null;
        return this;
    }

    /** Preconditions from If-Match, If-None-Match, If-Modified-Since, If-Unmodified-Since. */
    public R2PutOptions onlyIf(Headers headers) {
        this.onlyIfHeaders = headers;
        this.onlyIf = null;
        return this;
    }

    public R2PutOptions storageClass(String storageClass) {
        this.storageClass = storageClass;
        return this;
    }

    /** Encrypts the object with this SSE-C key (64 hex digits); reads must give it again. */
    public R2PutOptions ssecKey(String hexKey) {
        this.ssecKey = hexKey;
        return this;
    }

    public R2HttpMetadata httpMetadata() { return httpMetadata; }
    public Map<String, String> customMetadata() { return Collections.unmodifiableMap(customMetadata); }
    /** The checksums given, by field name (md5, sha1, sha256, sha384, sha512), as given. */
    public Map<String, String> checksums() { return Collections.unmodifiableMap(checksums); }
    public String sha256() { return checksums.get("sha256"); }
    public R2Conditional onlyIf() { return onlyIf; }
    public Headers onlyIfHeaders() { return onlyIfHeaders; }
    public String storageClass() { return storageClass; }
    public String ssecKey() { return ssecKey; }
}
