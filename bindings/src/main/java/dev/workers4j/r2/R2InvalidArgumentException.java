package dev.workers4j.r2;

/**
 * A call workerd's R2 binding refuses before sending any request, with a TypeError, RangeError or
 * Error and no R2 code: a negative range, a checksum of the wrong length or not hex, two
 * checksums in one put, a part number outside 1..10,000, a malformed SSE-C key, a conditional
 * header it cannot parse. The message is workerd's (without the JS error name); on the JVM the
 * fake says the same. {@link #code()} is 0.
 */
public final class R2InvalidArgumentException extends R2Exception {
    public R2InvalidArgumentException(String message) {
        super(0, message);
    }
}
