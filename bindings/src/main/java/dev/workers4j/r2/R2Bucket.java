package dev.workers4j.r2;

import dev.workers4j.http.BodyStream;
import dev.workers4j.http.Utf8;
import java.util.List;

/**
 * An R2 bucket binding ([[r2_buckets]] in wrangler.toml), as Cloudflare's R2 Workers API has it.
 * Calls look blocking: in workerd they suspend the invocation's green thread on the binding's
 * Promise. Keys are 1..1024 bytes of UTF-8; anything else fails with {@link R2InvalidKeyException}.
 */
public interface R2Bucket {
    /** The object with its body, or null when there is no such key. */
    default R2Object get(String key) {
        return get(key, null);
    }

    /**
     * The object with its body (only the range's bytes when options give a range), null when there
     * is no such key, or the object WITHOUT a body ({@code hasBody() == false}) when a precondition
     * of {@code options.onlyIf} does not hold.
     */
    R2Object get(String key, R2GetOptions options);

    /** The object's metadata without its body, or null. */
    R2Object head(String key);

    default R2Object put(String key, byte[] value) {
        return put(key, value, null);
    }

    default R2Object put(String key, String value) {
        return put(key, Utf8.encode(value), null);
    }

    default R2Object put(String key, String value, R2PutOptions options) {
        return put(key, Utf8.encode(value), options);
    }

    /** Stores the value; answers the stored object's metadata, or null when a precondition failed. */
    R2Object put(String key, byte[] value, R2PutOptions options);

    default R2Object put(String key, BodyStream value) {
        return put(key, value, null);
    }

    /**
     * Stores a streamed value without holding it: in workerd a stream Java has not read (a
     * request's {@code bodyStream()}, another object's {@code body()}) goes to R2 as it is. R2
     * needs the length up front, so a stream of unknown length ({@code length() == -1}, e.g. a
     * chunked upload) fails with {@link R2UnknownLengthException}; a stream made in Java is read
     * whole first. Answers as {@link #put(String, byte[], R2PutOptions)}.
     *
     * @throws IllegalStateException when Java has already read part of the stream
     */
    R2Object put(String key, BodyStream value, R2PutOptions options);

    void delete(String key);

    /** Deletes up to 1000 keys in one call; missing keys are ignored. */
    void delete(List<String> keys);

    default R2Objects list() {
        return list(null);
    }

    /** One page, in lexicographic key order; call again with {@link R2Objects#cursor()} while truncated. */
    R2Objects list(R2ListOptions options);

    default R2MultipartUpload createMultipartUpload(String key) {
        return createMultipartUpload(key, null);
    }

    /** Starts a multipart upload; the completed object gets the options' metadata. */
    R2MultipartUpload createMultipartUpload(String key, R2MultipartOptions options);

    /** The upload with this id (from {@link R2MultipartUpload#uploadId()}), e.g. in a later request. Not checked until used. */
    R2MultipartUpload resumeMultipartUpload(String key, String uploadId);
}
