package dev.workers4j.r2;

/**
 * Which bytes of an object to read: from an offset (to the end, or for a length), or the last
 * {@code suffix} bytes. Unset parts are -1. On a returned object, the range actually served.
 */
public final class R2Range {
    private final long offset;
    private final long length;
    private final long suffix;

    private R2Range(long offset, long length, long suffix) {
        this.offset = offset;
        this.length = length;
        this.suffix = suffix;
    }

    public static R2Range from(long offset) {
        return new R2Range(offset, -1, -1);
    }

    public static R2Range of(long offset, long length) {
        return new R2Range(offset, length, -1);
    }

    public static R2Range suffix(long suffix) {
        return new R2Range(-1, -1, suffix);
    }

    /** The first byte, or -1 when this is a suffix range. */
    public long offset() { return offset; }

    /** How many bytes, or -1 for "to the end". */
    public long length() { return length; }

    /** The last n bytes, or -1 when this is not a suffix range. */
    public long suffix() { return suffix; }

    @Override
    public String toString() {
        return suffix >= 0 ? "R2Range(suffix=" + suffix + ")" : "R2Range(offset=" + offset + ", length=" + length + ")";
    }
}
