package dev.workers4j.r2;

/** A key R2 does not accept: empty, or longer than 1024 bytes of UTF-8 (R2 code 10020). */
public final class R2InvalidKeyException extends R2Exception {
    public R2InvalidKeyException(String message) {
        super(INVALID_OBJECT_NAME, message);
    }
}
