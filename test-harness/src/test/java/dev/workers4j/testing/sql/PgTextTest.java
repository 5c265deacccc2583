package dev.workers4j.testing.sql;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.workers4j.sql.PgText;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * PgText.timestamptzToIso writes into a char array (its StringBuilder and Integer.toString were
 * most of a CSV export's CPU in workerd): it must answer exactly as the version before did, kept
 * here as the reference, for PostgreSQL's forms and for odd text alike.
 */
class PgTextTest {
    @Test
    void answersAsTheReferenceForGeneratedText() {
        Random random = new Random(42);
        String[] offsets = {"+00", "-00", "+02", "-05:30", "+05:45", "-01", "+14", "-12", "+00:00:30", "+0", "+x", "", "Z",
            "+00 ", "+1:2:3:4"};
        String[] fractions = {"", ".", ".1", ".12", ".123", ".1234", ".12345", ".123456", ".1234567", ".000", ".000100",
            ".5x", ".\u0661\u0662"};
        for (int n = 0; n < 50_000; n++) {
            StringBuilder s = new StringBuilder();
            s.append(pad(random.nextInt(10_000), 4)).append('-').append(pad(random.nextInt(14), 2)).append('-')
                    .append(pad(random.nextInt(33), 2)).append(random.nextInt(8) == 0 ? 'T' : ' ')
                    .append(pad(random.nextInt(n % 50 == 0 ? 100 : 25), 2)).append(':')
                    .append(pad(random.nextInt(n % 50 == 1 ? 100 : 60), 2)).append(':')
                    .append(pad(random.nextInt(n % 50 == 2 ? 100 : 60), 2))
                    .append(fractions[random.nextInt(fractions.length)]).append(offsets[random.nextInt(offsets.length)]);
            String text = s.toString();
            assertEquals(Reference.timestamptzToIso(text), PgText.timestamptzToIso(text), text);
        }
        for (String text : new String[] {"infinity", "-infinity", "2024-02-29 12:34:56+02 BC", "0001-01-01 00:00:00+00",
            "0000-01-01 00:30:00+01", "9999-12-31 23:59:59.999999-14", "2024-02-29 12:34:56.789+02", "short"}) {
            assertEquals(Reference.timestamptzToIso(text), PgText.timestamptzToIso(text), text);
        }
    }

    @Test
    void wholeNumbersAreWrittenAsToStringWritesThem() {
        Random random = new Random(7);
        long[] edges = {0, 1, -1, 9, 10, -10, 99, 100, Integer.MAX_VALUE, Integer.MIN_VALUE, (1L << 53) - 1, -(1L << 53) + 1,
            1L << 53, -(1L << 53), Long.MAX_VALUE, Long.MIN_VALUE, 5_000_000_001L, 7_000_000_002L, 999_999_999_999_999L};
        for (long value : edges) {
            assertEquals(Long.toString(value), PgText.param(value));
        }
        for (int n = 0; n < 50_000; n++) {
            long value = random.nextLong() >> random.nextInt(64);
            assertEquals(Long.toString(value), PgText.param(value));
            int small = random.nextInt() >> random.nextInt(32);
            assertEquals(Integer.toString(small), PgText.param(small));
            assertEquals(Short.toString((short) small), PgText.param((short) small));
        }
    }

    private static String pad(int value, int width) {
        String text = Integer.toString(value);
        return "0".repeat(Math.max(0, width - text.length())) + text;
    }

    /** PgText's conversion as it was before it wrote into a char array. */
    private static final class Reference {
    static String timestamptzToIso(String text) {
        try {
            return toIso(text);
        } catch (RuntimeException e) {
            return text;
        }
    }

    private static String toIso(String s) {
        if (s.length() < 22 || s.charAt(4) != '-' || s.charAt(7) != '-' || (s.charAt(10) != ' ' && s.charAt(10) != 'T')
                || s.charAt(13) != ':' || s.charAt(16) != ':') {
            return s;
        }
        int year = digits(s, 0, 4);
        int month = digits(s, 5, 7);
        int day = digits(s, 8, 10);
        int hour = digits(s, 11, 13);
        int minute = digits(s, 14, 16);
        int second = digits(s, 17, 19);
        int i = 19;
        int micros = 0;
        if (i < s.length() && s.charAt(i) == '.') {
            int start = ++i;
            while (i < s.length() && Character.isDigit(s.charAt(i))) {
                i++;
            }
            String fraction = (s.substring(start, i) + "000000").substring(0, 6);
            micros = digits(fraction, 0, 6);
        }
        if (i >= s.length()) {
            return s;
        }
        char sign = s.charAt(i);
        if (sign != '+' && sign != '-') {
            return s;
        }
        int offset = 0;
        int unit = 3600;
        // hh[:mm[:ss]] by hand: String.split is a regex in TeaVM, and its engine is ~40 KB of bundle.
        for (int from = i + 1; from <= s.length() && unit >= 1; unit /= 60) {
            int colon = s.indexOf(':', from);
            int to = colon < 0 ? s.length() : colon;
            offset += Integer.parseInt(s.substring(from, to)) * unit;
            from = to + 1;
        }
        int[] ymd = {year, month, day};
        int secs = hour * 3600 + minute * 60 + second;
        if (offset != 0) {
            // Only a session outside UTC pays for the epoch arithmetic (long: a BigInt in TeaVM's JS).
            long epochSeconds = daysFromCivil(year, month, day) * 86400L + hour * 3600L + minute * 60L + second
                    - (sign == '+' ? offset : -offset);
            ymd = civilFromDays(Math.floorDiv(epochSeconds, 86400L));
            secs = (int) Math.floorMod(epochSeconds, 86400L);
        }
        StringBuilder out = new StringBuilder(30);
        pad(out, ymd[0], 4).append('-');
        pad(out, ymd[1], 2).append('-');
        pad(out, ymd[2], 2).append('T');
        pad(out, secs / 3600, 2).append(':');
        pad(out, secs / 60 % 60, 2).append(':');
        pad(out, secs % 60, 2);
        if (micros != 0) {
            out.append('.');
            if (micros % 1000 == 0) {
                pad(out, micros / 1000, 3);
            } else {
                pad(out, micros, 6);
            }
        }
        return out.append('Z').toString();
    }

    private static int digits(String s, int from, int to) {
        int value = 0;
        for (int i = from; i < to; i++) {
            char c = s.charAt(i);
            if (c < '0' || c > '9') {
                throw new NumberFormatException(s);
            }
            value = value * 10 + (c - '0');
        }
        return value;
    }

    private static StringBuilder pad(StringBuilder out, int value, int width) {
        String text = Integer.toString(value);
        for (int i = text.length(); i < width; i++) {
            out.append('0');
        }
        return out.append(text);
    }

    static long daysFromCivil(int y, int m, int d) {
        y -= m <= 2 ? 1 : 0;
        long era = Math.floorDiv(y, 400);
        long yoe = y - era * 400;
        long doy = (153L * (m + (m > 2 ? -3 : 9)) + 2) / 5 + d - 1;
        long doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
        return era * 146097 + doe - 719468;
    }

    static int[] civilFromDays(long z) {
        z += 719468;
        long era = Math.floorDiv(z, 146097);
        long doe = z - era * 146097;
        long yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
        long y = yoe + era * 400;
        long doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
        long mp = (5 * doy + 2) / 153;
        long d = doy - (153 * mp + 2) / 5 + 1;
        long m = mp + (mp < 10 ? 3 : -9);
        return new int[] {(int) (y + (m <= 2 ? 1 : 0)), (int) m, (int) d};
    }
    }
}
