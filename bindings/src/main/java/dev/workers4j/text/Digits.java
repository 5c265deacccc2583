package dev.workers4j.text;

/**
 * Whole numbers read from text that may be anything (headers, vars, ids in strings): digits only,
 * at most a given count of them, and null instead of an exception for anything else, so a caller
 * needs no try/catch (see {@link dev.workers4j.worker.Attempt} on TeaVM's) and no regex.
 */
public final class Digits {
    /** The most digits a {@code long} always holds. */
    public static final int MAX_LONG_DIGITS = 18;

    private Digits() {
    }

    /** {@code text} whole as an unsigned number of 1..maxDigits digits, else null (null text too). */
    public static Long parse(String text, int maxDigits) {
        return text == null ? null : parse(text, 0, text.length(), maxDigits);
    }

    /** {@code text[from, to)} as an unsigned number of 1..maxDigits digits, else null. */
    public static Long parse(String text, int from, int to, int maxDigits) {
        if (to <= from || to - from > Math.min(maxDigits, MAX_LONG_DIGITS)) {
            return null;
        }
        long value = 0;
        for (int i = from; i < to; i++) {
            char ch = text.charAt(i);
            if (ch < '0' || ch > '9') {
                return null;
            }
            value = value * 10 + (ch - '0');
        }
        return value;
    }

    /**
     * The digits at {@code text[from]} up to the first other character ("2.0" gives 2,
     * "3600, must-revalidate" gives 3600): null when there are none or more than maxDigits.
     */
    public static Long leading(String text, int from, int maxDigits) {
        if (text == null) {
            return null;
        }
        int end = from;
        while (end < text.length() && text.charAt(end) >= '0' && text.charAt(end) <= '9') {
            end++;
        }
        return parse(text, from, end, maxDigits);
    }
}
