package dev.workers4j.http;

/**
 * Where a request's body comes from: a byte array on the JVM, the Fetch API's body stream in
 * workerd. Read once, as a whole, never beyond {@code limit} bytes.
 */
public interface BodySource {
    /** A body-less request. */
    BodySource EMPTY = limit -> new byte[0];

    /**
     * All of the body's bytes.
     *
     * @throws PayloadTooLargeException when the body has more than {@code limit} bytes
     */
    byte[] readBytes(long limit);

    /** The body decoded as UTF-8; implementations may decode natively. */
    default String readText(long limit) {
        return Utf8.decode(readBytes(limit));
    }

    static BodySource of(byte[] bytes) {
        return limit -> {
            if (bytes.length > limit) {
                throw new PayloadTooLargeException(limit);
            }
            return bytes;
        };
    }
}
