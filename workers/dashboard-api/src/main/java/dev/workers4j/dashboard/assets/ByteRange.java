package dev.workers4j.dashboard.assets;

import dev.workers4j.http.HttpException;
import dev.workers4j.http.Validation;

/**
 * One byte range of a {@code Range: bytes=...} header ({@code a-b}, {@code a-}, {@code -n}),
 * resolved against the object's size. Several ranges are not served: the whole object answers
 * them (RFC 9110 lets a server ignore Range).
 */
record ByteRange(long offset, long length) {

    /** The range asked for, null for the whole object; 416 when it starts beyond the end. */
    static ByteRange parse(String header, long size) {
        if (header == null || !header.startsWith("bytes=") || header.indexOf(',') >= 0) {
            return null;
        }
        String spec = header.substring(6).trim();
        int dash = spec.indexOf('-');
        if (dash < 0) {
            return null;
        }
        Long first = dash == 0 ? null : Validation.parseLong(spec.substring(0, dash));
        Long last = dash == spec.length() - 1 ? null : Validation.parseLong(spec.substring(dash + 1));
        if (first == null && last == null || first != null && first < 0 || last != null && last < 0) {
            return null;
        }
        if (first == null) {   // the last n bytes
            long n = Math.min(last, size);
            return n == 0 ? unsatisfiable(size) : new ByteRange(size - n, n);
        }
        if (first >= size) {
            return unsatisfiable(size);
        }
        long end = last == null ? size - 1 : Math.min(last, size - 1);
        return end < first ? null : new ByteRange(first, end - first + 1);
    }

    String contentRange(long size) {
        return "bytes " + offset + "-" + (offset + length - 1) + "/" + size;
    }

    private static ByteRange unsatisfiable(long size) {
        throw new HttpException(416, "range_not_satisfiable", "the range starts beyond the asset's " + size + " bytes");
    }
}
