package dev.workers4j.r2;

/** A list limit outside 1..1000 (R2 code 10022). */
public final class R2InvalidLimitException extends R2Exception {
    public R2InvalidLimitException(String message) {
        super(INVALID_MAX_KEYS, message);
    }
}
