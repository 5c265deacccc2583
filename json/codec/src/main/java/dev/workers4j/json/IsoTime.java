package dev.workers4j.json;

/**
 * ISO-8601 text for the java.time codecs, without DateTimeFormatter (which is large in a TeaVM
 * bundle and formats differently across runtimes). Only reached when a time type is used.
 *
 * <p>Output: {@code 2024-03-05T07:08:09Z}, fraction in groups of 3 digits as Instant.toString
 * does ({@code .120}, {@code .123456}), seconds always present. Input: any 1 to 9 fraction
 * digits, optional seconds, offset {@code Z} or {@code ±HH:MM[:SS]}.
 */
final class IsoTime {
  private IsoTime() {}

  /** Fields parsed from text; offsetSeconds is Integer.MIN_VALUE when absent. */
  static final class Parsed {
    int year, month, day, hour, minute, second, nano;
    int offsetSeconds = Integer.MIN_VALUE;
  }

  // ------------------------------------------------------------ calendar arithmetic

  /** Instant's years reach one further than LocalDate's (Year.MAX_VALUE, 999,999,999). */
  static final int MAX_INSTANT_YEAR = 1_000_000_000;
  static final int MAX_LOCAL_YEAR = 999_999_999;

  /** Years within which smallEpochDay fits an int. */
  static final int MAX_INT_YEAR = 1_000_000;

  /**
   * Days since 1970-01-01 of a proleptic Gregorian date, for any int year: the calendar repeats
   * every 400 years (146097 days), so the year's place in its cycle goes through smallEpochDay.
   */
  static long epochDay(int year, int month, int day) {
    int cycles = Math.floorDiv(year, 400);
    return smallEpochDay(year - cycles * 400, month, day) + cycles * 146097L;
  }

  /** Days since 1970-01-01 for |year| <= MAX_INT_YEAR, in int arithmetic (H. Hinnant's days_from_civil). */
  static int smallEpochDay(int year, int month, int day) {
    int y = month <= 2 ? year - 1 : year;
    int era = Math.floorDiv(y, 400);
    int yoe = y - era * 400;
    int doy = (153 * (month + (month > 2 ? -3 : 9)) + 2) / 5 + day - 1;
    int doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    return era * 146097 + doe - 719468;
  }

  /** {year, month, day} of any epoch day: its place in a 400-year cycle goes through smallCivil. */
  static int[] civil(long epochDay) {
    long cycles = Math.floorDiv(epochDay, 146097L);
    int[] ymd = smallCivil((int) (epochDay - cycles * 146097L));
    ymd[0] += (int) (cycles * 400);
    return ymd;
  }

  /** {year, month, day} of an epoch day within an int, in int arithmetic (civil_from_days). */
  static int[] smallCivil(int epochDay) {
    int z = epochDay + 719468;
    int era = Math.floorDiv(z, 146097);
    int doe = z - era * 146097;
    int yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
    int doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    int mp = (5 * doy + 2) / 153;
    int day = doy - (153 * mp + 2) / 5 + 1;
    int month = mp < 10 ? mp + 3 : mp - 9;
    return new int[] {yoe + era * 400 + (month <= 2 ? 1 : 0), month, day};
  }

  static boolean validDate(int year, int month, int day) {
    if (month < 1 || month > 12 || day < 1) return false;
    int max;
    if (month == 2) {
      boolean leap = (year % 4 == 0 && year % 100 != 0) || year % 400 == 0;
      max = leap ? 29 : 28;
    } else {
      max = (month == 4 || month == 6 || month == 9 || month == 11) ? 30 : 31;
    }
    return day <= max;
  }

  // ------------------------------------------------------------ formatting

  /** The text {@link JsonWriter#isoDateTime} writes. */
  static String format(int year, int month, int day, int hour, int minute, int second, int nano, int offsetSeconds) {
    StringBuilder sb = new StringBuilder(32);
    appendDate(sb, year, month, day);
    if (hour != JsonWriter.NO_TIME) {
      sb.append('T');
      appendTime(sb, hour, minute, second, nano);
      if (offsetSeconds != JsonWriter.NO_OFFSET) appendOffset(sb, offsetSeconds);
    }
    return sb.toString();
  }

  static void appendDate(StringBuilder sb, int year, int month, int day) {
    if (year > 9999) sb.append('+');
    if (year < 0) {
      sb.append('-');
      pad(sb, -year, 4);
    } else {
      pad(sb, year, 4);
    }
    sb.append('-');
    pad(sb, month, 2);
    sb.append('-');
    pad(sb, day, 2);
  }

  static void appendTime(StringBuilder sb, int hour, int minute, int second, int nano) {
    pad(sb, hour, 2);
    sb.append(':');
    pad(sb, minute, 2);
    sb.append(':');
    pad(sb, second, 2);
    if (nano == 0) return;
    sb.append('.');
    if (nano % 1_000_000 == 0) pad(sb, nano / 1_000_000, 3);
    else if (nano % 1000 == 0) pad(sb, nano / 1000, 6);
    else pad(sb, nano, 9);
  }

  static void appendOffset(StringBuilder sb, int totalSeconds) {
    if (totalSeconds == 0) {
      sb.append('Z');
      return;
    }
    int abs = Math.abs(totalSeconds);
    sb.append(totalSeconds < 0 ? '-' : '+');
    pad(sb, abs / 3600, 2);
    sb.append(':');
    pad(sb, (abs / 60) % 60, 2);
    if (abs % 60 != 0) {
      sb.append(':');
      pad(sb, abs % 60, 2);
    }
  }

  /** Zero-padded digits without an intermediate String (hot when writing timestamps). */
  private static void pad(StringBuilder sb, int value, int width) {
    if (value >= 1_000_000_000 || width > 9) {
      String s = Integer.toString(value);
      for (int i = s.length(); i < width; i++) sb.append('0');
      sb.append(s);
      return;
    }
    int digits = 1;
    for (int v = value; v >= 10; v /= 10) digits++;
    for (int i = digits; i < width; i++) sb.append('0');
    int divisor = 1;
    for (int i = 1; i < digits; i++) divisor *= 10;
    for (; divisor > 0; divisor /= 10) sb.append((char) ('0' + (value / divisor) % 10));
  }

  // ------------------------------------------------------------ parsing (null on failure)

  /** Parses a date, and when withTime a 'T' time and, when withOffset, an offset. */
  static Parsed parse(String s, boolean withTime, boolean withOffset) {
    Parsed p = new Parsed();
    int[] at = {0};
    if (!parseDate(s, at, p)) return null;
    if (withTime) {
      if (at[0] >= s.length() || (s.charAt(at[0]) != 'T' && s.charAt(at[0]) != 't')) return null;
      at[0]++;
      if (!parseTime(s, at, p)) return null;
      if (withOffset && !parseOffset(s, at, p)) return null;
    }
    return at[0] == s.length() ? p : null;
  }

  private static boolean parseDate(String s, int[] at, Parsed p) {
    int i = 0;
    boolean negative = false;
    if (i < s.length() && (s.charAt(i) == '+' || s.charAt(i) == '-')) {
      negative = s.charAt(i) == '-';
      i++;
    }
    int start = i;
    long year = 0;
    while (i < s.length() && isDigit(s.charAt(i)) && i - start < 10) year = year * 10 + (s.charAt(i++) - '0');
    if (i - start < 4 || year > MAX_INSTANT_YEAR) return false; // each codec checks its own type's range
    p.year = (int) (negative ? -year : year);
    if (!expect(s, i, '-')) return false;
    p.month = digits2(s, i + 1);
    if (p.month < 0 || !expect(s, i + 3, '-')) return false;
    p.day = digits2(s, i + 4);
    if (p.day < 0 || !validDate(p.year, p.month, p.day)) return false;
    at[0] = i + 6;
    return true;
  }

  private static boolean parseTime(String s, int[] at, Parsed p) {
    int i = at[0];
    p.hour = digits2(s, i);
    if (p.hour < 0 || p.hour > 23 || !expect(s, i + 2, ':')) return false;
    p.minute = digits2(s, i + 3);
    if (p.minute < 0 || p.minute > 59) return false;
    i += 5;
    if (expect(s, i, ':')) {
      p.second = digits2(s, i + 1);
      if (p.second < 0 || p.second > 59) return false;
      i += 3;
      if (expect(s, i, '.')) {
        i++;
        int start = i;
        int nano = 0;
        while (i < s.length() && isDigit(s.charAt(i)) && i - start < 9) nano = nano * 10 + (s.charAt(i++) - '0');
        if (i == start || (i < s.length() && isDigit(s.charAt(i)))) return false;
        for (int k = i - start; k < 9; k++) nano *= 10;
        p.nano = nano;
      }
    }
    at[0] = i;
    return true;
  }

  private static boolean parseOffset(String s, int[] at, Parsed p) {
    int i = at[0];
    if (i >= s.length()) return false;
    char c = s.charAt(i);
    if (c == 'Z' || c == 'z') {
      p.offsetSeconds = 0;
      at[0] = i + 1;
      return true;
    }
    if (c != '+' && c != '-') return false;
    int h = digits2(s, i + 1);
    if (h < 0 || h > 18 || !expect(s, i + 3, ':')) return false;
    int m = digits2(s, i + 4);
    if (m < 0 || m > 59) return false;
    int sec = 0;
    i += 6;
    if (expect(s, i, ':')) {
      sec = digits2(s, i + 1);
      if (sec < 0 || sec > 59) return false;
      i += 3;
    }
    int total = h * 3600 + m * 60 + sec;
    if (total > 18 * 3600) return false;
    p.offsetSeconds = c == '-' ? -total : total;
    at[0] = i;
    return true;
  }

  private static boolean expect(String s, int i, char c) {
    return i < s.length() && s.charAt(i) == c;
  }

  private static int digits2(String s, int i) {
    if (i + 1 >= s.length() || !isDigit(s.charAt(i)) || !isDigit(s.charAt(i + 1))) return -1;
    return (s.charAt(i) - '0') * 10 + (s.charAt(i + 1) - '0');
  }

  private static boolean isDigit(char c) {
    return c >= '0' && c <= '9';
  }
}
