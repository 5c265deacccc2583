package dev.workers4j.http;

/**
 * Where a request's body comes from: a byte array on the JVM, the Fetch API's body stream in
 * workerd. Read once: as a whole, never beyond {@code limit} bytes, or as a {@link BodyStream}.
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

    /** The body as a stream, not read yet. By default over the whole body, read at once. */
    default BodyStream stream() {
        return BodyStream.of(readBytes(Long.MAX_VALUE));
    }

    /** A body that streams in (a test's chunked upload); its length is the stream's, maybe unknown. */
    static BodySource of(BodyStream stream) {
        return new BodySource() {
            @Override
            public byte[] readBytes(long limit) {
                byte[] bytes = stream.handOverBytes("Request.bytes()");
                if (bytes.length > limit) {
                    throw new PayloadTooLargeException(limit);
                }
                return bytes;
            }

            @Override
            public BodyStream stream() {
                return stream;
            }
        };
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
