package dev.workers4j.r2;

/**
 * A streamed put or uploadPart whose length is not known up front (a chunked request body, a
 * stream made with length -1). R2 stores only streams of known length; workerd refuses the rest
 * with a TypeError, which this exception carries on both runtimes.
 */
public final class R2UnknownLengthException extends R2Exception {
    /** workerd's words, kept so the JVM fake says the same. */
    public static final String MESSAGE = "Provided readable stream must have a known length"
            + " (request/response body or readable half of FixedLengthStream)";

    public R2UnknownLengthException(String message) {
        super(0, message);
    }
}
