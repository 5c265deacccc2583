package dev.workers4j.r2;

/** A put whose checksum option (e.g. sha256) did not match the bytes received (R2 code 10037). */
public final class R2ChecksumMismatchException extends R2Exception {
    public R2ChecksumMismatchException(String message) {
        super(BAD_DIGEST, message);
    }
}
