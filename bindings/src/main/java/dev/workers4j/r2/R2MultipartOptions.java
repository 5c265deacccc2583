package dev.workers4j.r2;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Options of createMultipartUpload: the metadata and storage class the completed object will
 * carry, and the SSE-C key its parts are encrypted with (every uploadPart must give it too).
 */
public final class R2MultipartOptions {
    private R2HttpMetadata httpMetadata;
    private final Map<String, String> customMetadata = new LinkedHashMap<>();
    private String storageClass;
    private String ssecKey;

    public static R2MultipartOptions create() {
        return new R2MultipartOptions();
    }

    public R2MultipartOptions httpMetadata(R2HttpMetadata httpMetadata) {
        this.httpMetadata = httpMetadata;
        return this;
    }

    public R2MultipartOptions customMetadata(String name, String value) {
        customMetadata.put(name, value);
        return this;
    }

    public R2MultipartOptions storageClass(String storageClass) {
        this.storageClass = storageClass;
        return this;
    }

    public R2MultipartOptions ssecKey(String hexKey) {
        this.ssecKey = hexKey;
        return this;
    }

    public R2HttpMetadata httpMetadata() { return httpMetadata; }
    public Map<String, String> customMetadata() { return Collections.unmodifiableMap(customMetadata); }
    public String storageClass() { return storageClass; }
    public String ssecKey() { return ssecKey; }
}
