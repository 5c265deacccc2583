package dev.workers4j.json;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;

/**
 * Writes doubles and floats as the shortest decimal that reads back as the same value, laid out
 * like Java's Double.toString ("1.0", "0.001", "1.0E7", "1.234E-5").
 *
 * <p>Why not Double.toString: JDK 17's is not always shortest, and TeaVM's has its own algorithm,
 * so the two runtimes would disagree byte-wise. Everything here is IEEE arithmetic and
 * BigDecimal, which behave the same on both.
 */
final class DoubleFormat {
  private static final double[] POW10 = {
    1e0, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10, 1e11, 1e12, 1e13, 1e14, 1e15, 1e16,
    1e17, 1e18, 1e19, 1e20, 1e21, 1e22
  };
  private static final long MAX_FAST_DIGITS = 1_000_000_000_000_000L; // 10^15, 15 digits

  private DoubleFormat() {}

  static void appendDouble(StringBuilder out, double d) {
    if (d != d || d == Double.POSITIVE_INFINITY || d == Double.NEGATIVE_INFINITY) {
      throw new JsonException("JSON cannot represent " + d, null, -1);
    }
    if (d < 0 || (d == 0 && 1 / d < 0)) {
      out.append('-');
      d = -d;
    }
    if (d == 0) {
      out.append("0.0");
      return;
    }
    if (!appendFast(out, d)) {
      // Normal doubles carry more than 15 digits, so starting at 15 loses nothing; subnormals
      // carry fewer, so they start at 2 (Java's minimum length: 4.9E-324, not 5E-324).
      boolean even = (Double.doubleToLongBits(d) & 1) == 0;
      appendExact(out, boundsOf(d), d >= Double.MIN_NORMAL ? 15 : 2, even);
    }
  }

  static void appendFloat(StringBuilder out, float f) {
    if (f != f || f == Float.POSITIVE_INFINITY || f == Float.NEGATIVE_INFINITY) {
      throw new JsonException("JSON cannot represent " + f, null, -1);
    }
    if (f < 0 || (f == 0 && 1 / f < 0)) {
      out.append('-');
      f = -f;
    }
    if (f == 0) {
      out.append("0.0");
      return;
    }
    boolean even = (Float.floatToIntBits(f) & 1) == 0;
    appendExact(out, boundsOf(f), f >= Float.MIN_NORMAL ? 6 : 2, even);
  }

  /**
   * The common case (at most 15 significant digits, few decimals): find the smallest number of
   * decimals s such that m / 10^s == d, with m = round(d * 10^s). With m below 10^15 and
   * 10^s exact, the division is one correctly-rounded IEEE step, so equality proves that the
   * decimal m * 10^-s reads back as d. This is the same answer the exact path would give.
   */
  private static boolean appendFast(StringBuilder out, double d) {
    for (int s = 0; s <= 17; s++) {
      double scaled = d * POW10[s];
      if (scaled >= MAX_FAST_DIGITS) return false;
      long m = (long) (scaled + 0.5);
      if (m != 0 && m / POW10[s] == d) {
        layout(out, Long.toString(m), -s);
        return true;
      }
    }
    return false;
  }

  /** Half-way points to the neighbouring doubles: any decimal strictly between reads back as d. */
  private static BigDecimal[] boundsOf(double d) {
    BigDecimal exact = new BigDecimal(d);
    BigDecimal below = new BigDecimal(Double.longBitsToDouble(Double.doubleToLongBits(d) - 1));
    double next = Double.longBitsToDouble(Double.doubleToLongBits(d) + 1);
    BigDecimal above =
        next == Double.POSITIVE_INFINITY ? exact.add(exact.subtract(below)) : new BigDecimal(next);
    return halfway(exact, below, above);
  }

  private static BigDecimal[] boundsOf(float f) {
    BigDecimal exact = new BigDecimal(f);
    BigDecimal below = new BigDecimal(Float.intBitsToFloat(Float.floatToIntBits(f) - 1));
    float next = Float.intBitsToFloat(Float.floatToIntBits(f) + 1);
    BigDecimal above =
        next == Float.POSITIVE_INFINITY ? exact.add(exact.subtract(below)) : new BigDecimal(next);
    return halfway(exact, below, above);
  }

  private static BigDecimal[] halfway(BigDecimal exact, BigDecimal below, BigDecimal above) {
    BigDecimal two = BigDecimal.valueOf(2);
    return new BigDecimal[] {
      exact, exact.add(below).divide(two), exact.add(above).divide(two)
    };
  }

  /**
   * Rounds the exact value to p significant digits for p = start, start+1, ... and keeps the
   * first decimal inside the round-trip interval (its ends count when the significand is even:
   * the reader rounds half to even). At each p the nearest decimal and its two neighbours are
   * tried, since the interval is lopsided at powers of two.
   */
  private static void appendExact(StringBuilder out, BigDecimal[] b, int start, boolean even) {
    BigDecimal exact = b[0];
    for (int p = start; ; p++) {
      BigDecimal r = exact.round(new MathContext(p, RoundingMode.HALF_EVEN));
      BigDecimal found = inside(r, b, even) ? r
          : inside(r.subtract(r.ulp()), b, even) ? r.subtract(r.ulp())
          : inside(r.add(r.ulp()), b, even) ? r.add(r.ulp()) : null;
      if (found != null) {
        found = found.stripTrailingZeros();
        layout(out, found.unscaledValue().toString(), -found.scale());
        return;
      }
    }
  }

  private static boolean inside(BigDecimal r, BigDecimal[] b, boolean even) {
    int low = r.compareTo(b[1]);
    int high = r.compareTo(b[2]);
    return even ? low >= 0 && high <= 0 : low > 0 && high < 0;
  }

  /** value = digits * 10^exp10; Java's layout: plain for 1e-3 <= v < 1e7, else d.dddE±n. */
  private static void layout(StringBuilder out, String digits, int exp10) {
    int n = stripZeros(digits);
    exp10 += digits.length() - n;
    digits = digits.substring(0, n);
    int sci = n + exp10 - 1; // exponent of the first digit
    if (sci >= -3 && sci < 7) {
      if (exp10 >= 0) {
        out.append(digits);
        for (int i = 0; i < exp10; i++) out.append('0');
        out.append(".0");
      } else if (sci >= 0) {
        out.append(digits, 0, sci + 1).append('.').append(digits, sci + 1, n);
      } else {
        out.append("0.");
        for (int i = -1; i > sci; i--) out.append('0');
        out.append(digits);
      }
    } else {
      out.append(digits.charAt(0)).append('.');
      if (n > 1) out.append(digits, 1, n);
      else out.append('0');
      out.append('E').append(sci);
    }
  }

  private static int stripZeros(String digits) {
    int n = digits.length();
    while (n > 1 && digits.charAt(n - 1) == '0') n--;
    return n;
  }
}
