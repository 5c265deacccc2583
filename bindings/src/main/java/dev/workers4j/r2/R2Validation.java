package dev.workers4j.r2;

import dev.workers4j.http.Utf8;
import java.util.List;

/**
 * The checks both bucket implementations run before touching storage, so an invalid call fails
 * the same way (same type, same message) on the JVM and in workerd.
 */
public final class R2Validation {
    public static final int MAX_KEY_BYTES = 1024;
    public static final int MAX_LIST_LIMIT = 1000;
    public static final int MAX_DELETE_KEYS = 1000;

    private R2Validation() {
    }

    public static String key(String operation, String key) {
        if (key == null || key.isEmpty()) {
            throw new R2InvalidKeyException(operation + ": the object key must not be empty");
        }
        int bytes = Utf8.encode(key).length;
        if (bytes > MAX_KEY_BYTES) {
            throw new R2InvalidKeyException(operation + ": the object key is " + bytes
                    + " bytes of UTF-8; R2 allows at most " + MAX_KEY_BYTES);
        }
        return key;
    }

    public static List<String> keys(String operation, List<String> keys) {
        if (keys.size() > MAX_DELETE_KEYS) {
            throw new R2Exception(0, operation + ": at most " + MAX_DELETE_KEYS + " keys per call, got " + keys.size());
        }
        for (String key : keys) {
            key(operation, key);
        }
        return keys;
    }

    public static void limit(Integer limit) {
        if (limit != null && (limit < 1 || limit > MAX_LIST_LIMIT)) {
            throw new R2InvalidLimitException("list: limit must be between 1 and " + MAX_LIST_LIMIT + ", got " + limit);
        }
    }

    /** workerd refuses quoted etags in onlyIf (it wants the bare etag, or "*"): refused here first, on both runtimes. */
    public static R2Conditional conditional(String operation, R2Conditional c) {
        if (c != null) {
            quoted(operation, c.etagMatches());
            quoted(operation, c.etagDoesNotMatch());
        }
        return c;
    }

    private static void quoted(String operation, String etag) {
        if (etag != null && etag.length() >= 2 && etag.startsWith("\"") && etag.endsWith("\"")) {
            throw new R2Exception(0, operation + ": Conditional ETag should not be wrapped in quotes (" + etag + ").");
        }
    }
}
