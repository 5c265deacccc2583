package dev.workers4j.json;

import java.math.BigDecimal;

/**
 * Text to BigDecimal. Money ("112.30") has few digits: those become an unscaled int and a scale,
 * skipping BigDecimal's general parser, which under TeaVM (long = BigInt) was a quarter of the
 * decode time. Anything else goes to {@code new BigDecimal(text)}, so results are the same.
 */
public final class Decimals {
  private static final int MAX_FAST_DIGITS = 9; // fits an int

  private Decimals() {}

  /** As {@code new BigDecimal(text)}, including its NumberFormatException. */
  public static BigDecimal parse(String text) {
    int n = text.length();
    int i = 0;
    boolean negative = n > 0 && text.charAt(0) == '-';
    if (negative) i++;
    int unscaled = 0;
    int digits = 0;
    int scale = 0;
    boolean point = false;
    for (; i < n; i++) {
      char c = text.charAt(i);
      if (c >= '0' && c <= '9') {
        if (++digits > MAX_FAST_DIGITS) return general(text);
        unscaled = unscaled * 10 + (c - '0');
        if (point) scale++;
      } else if (c == '.' && !point && digits > 0) {
        point = true;
      } else {
        return general(text); // exponent, sign, or not a number: the general parser decides
      }
    }
    if (digits == 0 || (point && scale == 0)) return general(text);
    return BigDecimal.valueOf(negative ? -unscaled : unscaled, scale);
  }

  /**
   * BigDecimal's own parser, rebuilt from its unscaled value and scale: TeaVM's parser records a
   * precision that counts leading zeros ("0.0000000001" gets 11, the JVM 1), which MathContext
   * arithmetic would then round by. A rebuilt decimal computes its precision as the JVM does.
   */
  private static BigDecimal general(String text) {
    BigDecimal parsed = new BigDecimal(text);
    return new BigDecimal(parsed.unscaledValue(), parsed.scale());
  }
}
