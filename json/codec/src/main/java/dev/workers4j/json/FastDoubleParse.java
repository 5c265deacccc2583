package dev.workers4j.json;

/**
 * Text to double, the same on every runtime. Most JSON numbers (up to 15 digits, small exponent)
 * take the exact fast path: an integer below 2^53 divided or multiplied by an exact power of ten
 * is one correctly rounded IEEE operation. Everything else goes to the engine's parser
 * ({@link JsonEngine#parseDouble}), which must round correctly too.
 */
final class FastDoubleParse {
  private static final double[] POW10 = {
    1e0, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10, 1e11, 1e12, 1e13, 1e14, 1e15, 1e16,
    1e17, 1e18, 1e19, 1e20, 1e21, 1e22
  };

  private FastDoubleParse() {}

  /** buf[start, stop) is a valid JSON number (already scanned). */
  static double parse(char[] buf, int start, int stop) {
    int i = start;
    boolean negative = buf[i] == '-';
    if (negative) i++;
    long mantissa = 0;
    int digits = 0;
    int exp10 = 0;
    for (; i < stop; i++) {
      char c = buf[i];
      if (c >= '0' && c <= '9') {
        if (mantissa != 0 || c != '0') digits++;
        mantissa = mantissa * 10 + (c - '0');
        if (digits > 15) return slow(buf, start, stop);
      } else if (c == '.') {
        int fracStart = i + 1;
        i++;
        for (; i < stop && buf[i] >= '0' && buf[i] <= '9'; i++) {
          if (mantissa != 0 || buf[i] != '0') digits++;
          mantissa = mantissa * 10 + (buf[i] - '0');
          if (digits > 15) return slow(buf, start, stop);
        }
        exp10 -= i - fracStart;
        i--;
      } else {
        return slow(buf, start, stop); // exponent: rare in practice
      }
    }
    double value;
    if (exp10 == 0) value = mantissa;
    else if (exp10 >= -22) value = mantissa / POW10[-exp10];
    else return slow(buf, start, stop);
    return negative ? -value : value;
  }

  private static double slow(char[] buf, int start, int stop) {
    return JsonEngine.current().parseDouble(new String(buf, start, stop - start));
  }
}
