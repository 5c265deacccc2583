package dev.workers4j.r2;

/**
 * An R2 operation the bucket refused: an invalid key, a list limit out of range, a checksum
 * mismatch, an unsatisfiable range. {@link #code()} is R2's numeric error code (10020 invalid
 * object name, 10012 metadata too large, 10022 invalid max keys, 10037 bad digest, 10039 invalid
 * range), or 0 when there is none ({@link R2InvalidArgumentException}: workerd refused the call).
 */
public class R2Exception extends RuntimeException {
    public static final int INTERNAL_ERROR = 10001;
    public static final int ENTITY_TOO_SMALL = 10011;
    public static final int METADATA_TOO_LARGE = 10012;
    public static final int INVALID_OBJECT_NAME = 10020;
    public static final int INVALID_MAX_KEYS = 10022;
    public static final int NO_SUCH_UPLOAD = 10024;
    public static final int INVALID_PART = 10025;
    public static final int PRECONDITION_FAILED = 10031;
    public static final int BAD_DIGEST = 10037;
    public static final int INVALID_RANGE = 10039;
    public static final int BAD_UPLOAD = 10048;

    private final int code;

    public R2Exception(int code, String message) {
        super(message);
        this.code = code;
    }

    public int code() {
        return code;
    }
}
