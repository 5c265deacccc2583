package dev.workers4j.r2;

import dev.workers4j.http.Utf8;
import java.util.List;
import java.util.Map;

/**
 * The checks both bucket implementations run before touching storage, so an invalid call fails
 * the same way (same type, same message) on the JVM and in workerd.
 */
public final class R2Validation {
    public static final int MAX_KEY_BYTES = 1024;
    public static final int MAX_LIST_LIMIT = 1000;
    public static final int MAX_DELETE_KEYS = 1000;
    public static final int MAX_PART_NUMBER = 10_000;
    /**
     * Custom metadata production accepts: 8,192 bytes (Cloudflare's R2 limits, "Object metadata
     * size"), counted here as the UTF-8 bytes of every key and value. miniflare refuses above
     * 2,048 of its own count (characters, doubled when a string holds one at or above U+0100),
     * so in `wrangler dev` metadata between the two limits fails where production stores it.
     * Only the JVM fake checks it; in workerd the platform does.
     */
    public static final int MAX_CUSTOM_METADATA_BYTES = 8192;

    /** The checksums a put can carry, in the order workerd checks them. */
    static final String[] CHECKSUM_FIELDS = {"md5", "sha1", "sha256", "sha384", "sha512"};
    private static final String[] CHECKSUM_NAMES = {"MD5", "SHA-1", "SHA-256", "SHA-384", "SHA-512"};
    private static final int[] CHECKSUM_HEX_LENGTHS = {32, 40, 64, 96, 128};

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

    /** workerd's range checks (RangeErrors, before any request): no part may be negative. */
    public static R2Range range(R2Range range) {
        if (range == null) {
            return null;
        }
        if (range.isSuffix()) {
            if (range.suffix() < 0) {
                throw new R2InvalidArgumentException("Invalid suffix. Suffix (" + range.suffix()
                        + ") must be greater than or equal to 0.");
            }
            return range;
        }
        if (range.offset() < 0) {
            throw new R2InvalidArgumentException("Invalid range. Starting offset (" + range.offset()
                    + ") must be greater than or equal to 0.");
        }
        if (range.hasLength() && range.length() < 0) {
            throw new R2InvalidArgumentException("Invalid range. Length (" + range.length()
                    + ") must be greater than or equal to 0.");
        }
        return range;
    }

    /**
     * workerd's checksum checks (TypeErrors, before any request), in its order: one algorithm at
     * most, each given as hex of the algorithm's length (either case).
     */
    public static void checksums(Map<String, String> checksums) {
        boolean seen = false;
        for (int i = 0; i < CHECKSUM_FIELDS.length; i++) {
            String hex = checksums.get(CHECKSUM_FIELDS[i]);
            if (hex == null) {
                continue;
            }
            if (seen) {
                throw new R2InvalidArgumentException("You cannot specify multiple hashing algorithms.");
            }
            seen = true;
            if (hex.length() != CHECKSUM_HEX_LENGTHS[i]) {
                throw new R2InvalidArgumentException(CHECKSUM_NAMES[i] + " is " + CHECKSUM_HEX_LENGTHS[i]
                        + " hex characters, not " + hex.length());
            }
            if (!isHex(hex, true)) {
                throw new R2InvalidArgumentException("Provided " + CHECKSUM_NAMES[i] + " wasn't a valid hex string");
            }
        }
    }

    /** The display name R2's messages use for a checksum field ("sha256" is "SHA-256"). */
    public static String checksumName(String field) {
        for (int i = 0; i < CHECKSUM_FIELDS.length; i++) {
            if (CHECKSUM_FIELDS[i].equals(field)) {
                return CHECKSUM_NAMES[i];
            }
        }
        throw new IllegalArgumentException("not an R2 checksum: " + field);
    }

    /** workerd's SSE-C key check (Errors, before any request): 64 lower-case hex digits. */
    public static String ssecKey(String key) {
        if (key == null) {
            return null;
        }
        if (key.isEmpty() || !isHex(key, false)) {
            throw new R2InvalidArgumentException("SSE-C Key has invalid format");
        }
        if (key.length() != 64) {
            throw new R2InvalidArgumentException("SSE-C Key must be 32 bytes in length");
        }
        return key;
    }

    /** workerd's part number check (a TypeError, before any request). */
    public static int partNumber(int partNumber) {
        if (partNumber < 1 || partNumber > MAX_PART_NUMBER) {
            throw new R2InvalidArgumentException("Part number must be between 1 and " + MAX_PART_NUMBER
                    + " (inclusive). Actual value was: " + partNumber);
        }
        return partNumber;
    }

    /** Custom metadata's size as {@link #MAX_CUSTOM_METADATA_BYTES} counts it. */
    public static int customMetadataBytes(Map<String, String> metadata) {
        int bytes = 0;
        for (Map.Entry<String, String> e : metadata.entrySet()) {
            bytes += Utf8.encode(e.getKey()).length + Utf8.encode(e.getValue()).length;
        }
        return bytes;
    }

    private static boolean isHex(String text, boolean upperToo) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            boolean hex = (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f') || (upperToo && c >= 'A' && c <= 'F');
            if (!hex) {
                return false;
            }
        }
        return true;
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
