package dev.workers4j.r2;

/**
 * Which bytes of an object to read: from an offset (to the end, or for a length), or the last
 * {@code suffix} bytes. On a returned object, the range actually served. Parts not given read as
 * -1; a negative value given is kept as given, and refused before any request
 * ({@link R2Validation#range}), as workerd refuses it.
 */
public final class R2Range {
    private final long offset;
    private final long length;
    private final long suffix;
    private final boolean hasLength;
    private final boolean isSuffix;

    private R2Range(long offset, long length, long suffix, boolean hasLength, boolean isSuffix) {
        this.offset = offset;
        this.length = length;
        this.suffix = suffix;
        this.hasLength = hasLength;
        this.isSuffix = isSuffix;
    }

    public static R2Range from(long offset) {
        return new R2Range(offset, -1, -1, false, false);
    }

    public static R2Range of(long offset, long length) {
        return new R2Range(offset, length, -1, true, false);
    }

    public static R2Range suffix(long suffix) {
        return new R2Range(-1, -1, suffix, false, true);
    }

    /** The first byte, or -1 when this is a suffix range. */
    public long offset() { return offset; }

    /** How many bytes, or -1 for "to the end" (see {@link #hasLength()}). */
    public long length() { return length; }

    /** The last n bytes, or -1 when this is not a suffix range (see {@link #isSuffix()}). */
    public long suffix() { return suffix; }

    /** Whether a length was given (a suffix range has none). */
    public boolean hasLength() { return hasLength; }

    public boolean isSuffix() { return isSuffix; }

    @Override
    public String toString() {
        return isSuffix ? "R2Range(suffix=" + suffix + ")" : "R2Range(offset=" + offset + ", length=" + length + ")";
    }
}
