package dev.workers4j.testing.r2;

import dev.workers4j.r2.R2Range;

/**
 * A Range header as R2 reads it (workerd passes it through; miniflare's parseRanges decides):
 * {@code bytes=a-b}, {@code bytes=a-}, {@code bytes=-n}, spaces allowed around the parts. Exactly
 * one satisfiable range is served; anything else (another unit, several ranges, a start past the
 * end, a malformed range) serves the whole object rather than failing.
 */
final class RangeHeader {
    private RangeHeader() {
    }

    /** The range to serve, or null for the whole object. */
    static R2Range resolve(String header, long size) {
        if (header == null) {
            return null;
        }
        String rest = stripUnit(header);
        if (rest == null || rest.isBlank()) {
            return null;
        }
        String[] parts = rest.split(",", -1);
        R2Range only = null;
        int count = 0;
        for (String part : parts) {
            int dash = part.indexOf('-');
            if (dash < 0) {
                return null;
            }
            String start = part.substring(0, dash).trim();
            String end = part.substring(dash + 1).trim();
            if (!digitsOrEmpty(start) || !digitsOrEmpty(end) || !onlySpacesAround(part, dash)) {
                return null;
            }
            if (!start.isEmpty()) {
                long first = number(start);
                long last = end.isEmpty() ? size - 1 : number(end);
                if (first > last || first >= size) {
                    return null;
                }
                last = Math.min(last, size - 1);
                only = R2Range.of(first, last - first + 1);
                count++;
            } else if (!end.isEmpty()) {
                long suffix = number(end);
                if (suffix >= size) {
                    return null;
                }
                if (suffix == 0) {
                    continue;
                }
                only = R2Range.of(size - suffix, suffix);
                count++;
            } else {
                return null;
            }
        }
        return count == 1 ? only : null;
    }

    /** A run of digits as a number; past Long's range it is still larger than any object. */
    private static long number(String digits) {
        return digits.length() > 18 ? Long.MAX_VALUE : Long.parseLong(digits);
    }

    /** The text after "bytes=" (case-insensitive, spaces allowed before and around "="), or null. */
    private static String stripUnit(String header) {
        int i = 0;
        while (i < header.length() && header.charAt(i) == ' ') {
            i++;
        }
        if (!header.regionMatches(true, i, "bytes", 0, 5)) {
            return null;
        }
        i += 5;
        while (i < header.length() && header.charAt(i) == ' ') {
            i++;
        }
        if (i >= header.length() || header.charAt(i) != '=') {
            return null;
        }
        return header.substring(i + 1);
    }

    private static boolean digitsOrEmpty(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (s.charAt(i) < '0' || s.charAt(i) > '9') {
                return false;
            }
        }
        return true;
    }

    /** Only spaces may surround the numbers (trim() would also take tabs, which R2 does not). */
    private static boolean onlySpacesAround(String part, int dash) {
        for (int i = 0; i < part.length(); i++) {
            char c = part.charAt(i);
            if (c != ' ' && c != '-' && (c < '0' || c > '9')) {
                return false;
            }
            if (c == '-' && i != dash) {
                return false;
            }
        }
        return true;
    }
}
