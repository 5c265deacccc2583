package dev.workers4j.testing.queue;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;

/**
 * ECMAScript's Number::toString(x) for a finite double, as JSON.stringify writes numbers: the
 * shortest decimal digits that read back as x (the one nearest x when several are as short),
 * written plainly when the decimal exponent n is in -5..21 ("0.0005", "100", "1e+21" beyond), in
 * exponent form otherwise ("5e-7", "1.5e+300"). Negative zero is "0". Java's Double.toString
 * writes other forms ("5.0E-4", "1.0E21") and, on JDK 17, not always the shortest digits.
 */
final class JsNumber {
    private JsNumber() {
    }

    static String toString(double x) {
        if (Double.isNaN(x) || Double.isInfinite(x)) {
            return "null";   // JSON.stringify writes these as null; JSON text never holds them
        }
        if (x == 0) {
            return "0";
        }
        if (x < 0) {
            return "-" + toString(-x);
        }
        BigDecimal shortest = shortest(x);
        String digits = shortest.unscaledValue().toString();
        int k = digits.length();
        int n = k - shortest.scale();          // x = 0.digits × 10^n
        if (k <= n && n <= 21) {
            return digits + "0".repeat(n - k);
        }
        if (0 < n && n <= 21) {
            return digits.substring(0, n) + "." + digits.substring(n);
        }
        if (-6 < n && n <= 0) {
            return "0." + "0".repeat(-n) + digits;
        }
        String exponent = (n - 1 < 0 ? "-" : "+") + Math.abs(n - 1);
        return k == 1 ? digits + "e" + exponent : digits.charAt(0) + "." + digits.substring(1) + "e" + exponent;
    }

    /** The fewest significant digits that round-trip, correctly rounded from x's exact value; no trailing zeros. */
    private static BigDecimal shortest(double x) {
        BigDecimal exact = new BigDecimal(x);
        for (int precision = 1; precision <= 17; precision++) {
            BigDecimal candidate = exact.round(new MathContext(precision, RoundingMode.HALF_EVEN));
            if (candidate.doubleValue() == x) {
                return strip(candidate);
            }
        }
        return strip(exact.round(new MathContext(17, RoundingMode.HALF_EVEN)));
    }

    private static BigDecimal strip(BigDecimal d) {
        BigDecimal stripped = d.stripTrailingZeros();
        return stripped;
    }
}
