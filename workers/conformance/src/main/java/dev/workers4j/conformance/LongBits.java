package dev.workers4j.conformance;

import java.math.BigDecimal;

/**
 * Long.numberOfLeadingZeros, whose body the TeaVM build replaces with native JS
 * (NativeLongBitsPlugin), and what depends on it: BigDecimal's bit length decides between its
 * long and BigInteger arithmetic, so a wrong answer shows in sums and products.
 */
final class LongBits {
    private LongBits() {
    }

    /** One line per input long: its leading zeros, then that long as cents added to and multiplied by itself. */
    static String describe(String longsOnLines) {
        StringBuilder out = new StringBuilder();
        int start = 0;
        while (start < longsOnLines.length()) {
            int end = longsOnLines.indexOf('\n', start);
            if (end < 0) end = longsOnLines.length();
            long value = Long.parseLong(longsOnLines.substring(start, end));
            BigDecimal cents = BigDecimal.valueOf(value, 2);
            out.append(Long.numberOfLeadingZeros(value)).append(' ')
                    .append(cents.add(cents)).append(' ')
                    .append(cents.multiply(cents)).append(' ')
                    .append(cents.precision()).append('\n');
            start = end + 1;
        }
        return out.toString();
    }
}
