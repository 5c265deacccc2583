package dev.workers4j.sql;

import java.math.BigDecimal;
import java.math.BigInteger;

/**
 * PostgreSQL's text forms, shared by both runtimes so their results match exactly: parameters
 * to text, {@code timestamptz} text to ISO-8601 UTC, {@code bytea} hex, type OIDs to names.
 * Small and free of java.time (which would cost the Worker bundle ~125 KB).
 */
public final class PgText {
    private static final char[] HEX = "0123456789abcdef".toCharArray();

    private PgText() {
    }

    /** A parameter value as the text the server gets (null stays null). */
    public static String param(Object value) {
        if (value == null) {
            return null;
        }
        if (value instanceof String) {
            return (String) value;
        }
        if (value instanceof Long) {
            long whole = (Long) value;
            return whole > -EXACT_LIMIT && whole < EXACT_LIMIT ? wholeText((double) whole) : value.toString();
        }
        if (value instanceof Integer || value instanceof Short) {
            return wholeText(((Number) value).intValue());
        }
        if (value instanceof BigInteger) {
            return value.toString();
        }
        if (value instanceof BigDecimal) {
            return ((BigDecimal) value).toPlainString();
        }
        if (value instanceof Boolean) {
            return ((Boolean) value) ? "true" : "false";
        }
        if (value instanceof byte[]) {
            return byteaHex((byte[]) value);
        }
        throw new IllegalArgumentException("unsupported SQL parameter type (use String, Long, Integer, Short,"
                + " Boolean, BigDecimal, BigInteger or byte[]): " + value.getClass().getSimpleName());
    }

    /** 2^53: every whole number of smaller magnitude is exact as a double. */
    private static final long EXACT_LIMIT = 1L << 53;

    /**
     * A whole number (magnitude below 2^53) in decimal, as Long.toString writes it, by double
     * arithmetic, exact there. In TeaVM's JS, Long.toString is a StringBuilder of BigInt
     * operations per digit: a bulk upsert's ids spent most of their time there.
     */
    static String wholeText(double value) {
        char[] out = new char[17];
        int at = out.length;
        double rest = value < 0 ? -value : value;
        do {
            double digit = rest % 10;
            out[--at] = (char) ('0' + (int) digit);
            rest = (rest - digit) / 10;
        } while (rest != 0);
        if (value < 0) {
            out[--at] = '-';
        }
        return new String(out, at, out.length - at);
    }

    static String[] params(Object[] values) {
        String[] text = new String[values == null ? 0 : values.length];
        for (int i = 0; i < text.length; i++) {
            text[i] = param(values[i]);
        }
        return text;
    }

    public static String byteaHex(byte[] bytes) {
        char[] out = new char[2 + bytes.length * 2];
        out[0] = '\\';
        out[1] = 'x';
        for (int i = 0; i < bytes.length; i++) {
            out[2 + 2 * i] = HEX[(bytes[i] >> 4) & 0xf];
            out[3 + 2 * i] = HEX[bytes[i] & 0xf];
        }
        return new String(out);
    }

    public static byte[] byteaFromHex(String text) {
        if (!text.startsWith("\\x")) {
            throw new IllegalStateException("bytea not in hex form (bytea_output must be 'hex')");
        }
        int n = (text.length() - 2) / 2;
        byte[] out = new byte[n];
        for (int i = 0; i < n; i++) {
            out[i] = (byte) (Character.digit(text.charAt(2 + 2 * i), 16) << 4
                    | Character.digit(text.charAt(3 + 2 * i), 16));
        }
        return out;
    }

    /** PostgreSQL type name of a built-in type OID ("oid:N" for others). */
    public static String typeName(int oid) {
        switch (oid) {
            case 16: return "bool";
            case 17: return "bytea";
            case 18: return "char";
            case 19: return "name";
            case 20: return "int8";
            case 21: return "int2";
            case 23: return "int4";
            case 25: return "text";
            case 26: return "oid";
            case 114: return "json";
            case 700: return "float4";
            case 701: return "float8";
            case 1042: return "bpchar";
            case 1043: return "varchar";
            case 1082: return "date";
            case 1083: return "time";
            case 1114: return "timestamp";
            case 1184: return "timestamptz";
            case 1186: return "interval";
            case 1700: return "numeric";
            case 2278: return "void";
            case 2950: return "uuid";
            case 3802: return "jsonb";
            default: return "oid:" + oid;
        }
    }

    /**
     * {@code timestamptz} text ({@code 2024-02-29 12:34:56.789+02}, any session time zone) to
     * ISO-8601 in UTC as {@code Instant.toString()} writes it. Text it cannot read (infinity,
     * BC, a non-ISO DateStyle) comes back unchanged.
     */
    public static String timestamptzToIso(String text) {
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
            while (i < s.length() && isDigit(s.charAt(i))) {
                i++;
            }
            // The first six digits, right-padded with zeros: microseconds.
            for (int k = 0; k < 6; k++) {
                int at = start + k;
                micros = micros * 10 + (at < i ? digit(s, at) : 0);
            }
        }
        if (i >= s.length()) {
            return s;
        }
        char sign = s.charAt(i);
        if (sign != '+' && sign != '-') {
            return s;
        }
        int offset = 0;
        if (s.length() != i + 3 || s.charAt(i + 1) != '0' || s.charAt(i + 2) != '0') {
            int unit = 3600;
            // hh[:mm[:ss]] by hand: String.split is a regex in TeaVM, and its engine is ~40 KB of bundle.
            for (int from = i + 1; from <= s.length() && unit >= 1; unit /= 60) {
                int colon = s.indexOf(':', from);
                int to = colon < 0 ? s.length() : colon;
                offset += Integer.parseInt(s.substring(from, to)) * unit;
                from = to + 1;
            }
        }
        int secs = hour * 3600 + minute * 60 + second;
        if (offset != 0) {
            // Only a session outside UTC pays for the epoch arithmetic (long: a BigInt in TeaVM's JS).
            long epochSeconds = daysFromCivil(year, month, day) * 86400L + hour * 3600L + minute * 60L + second
                    - (sign == '+' ? offset : -offset);
            int[] ymd = civilFromDays(Math.floorDiv(epochSeconds, 86400L));
            year = ymd[0];
            month = ymd[1];
            day = ymd[2];
            secs = (int) Math.floorMod(epochSeconds, 86400L);
        }
        // Written into one char array, one String made of it: in TeaVM's JS every Integer.toString
        // and StringBuilder.toString builds a string from a char array, a hot cost per row.
        char[] out = new char[40];
        int n = pad(out, 0, year, 4);
        out[n++] = '-';
        n = pad(out, n, month, 2);
        out[n++] = '-';
        n = pad(out, n, day, 2);
        out[n++] = 'T';
        n = pad(out, n, secs / 3600, 2);
        out[n++] = ':';
        n = pad(out, n, secs / 60 % 60, 2);
        out[n++] = ':';
        n = pad(out, n, secs % 60, 2);
        if (micros != 0) {
            out[n++] = '.';
            n = micros % 1000 == 0 ? pad(out, n, micros / 1000, 3) : pad(out, n, micros, 6);
        }
        out[n++] = 'Z';
        return new String(out, 0, n);
    }

    /** Character.isDigit, its Unicode tables consulted only past ASCII (they are a slow lookup in TeaVM's JS). */
    private static boolean isDigit(char c) {
        return c < 0x80 ? c >= '0' && c <= '9' : Character.isDigit(c);
    }

    private static int digit(String s, int at) {
        char c = s.charAt(at);
        if (c < '0' || c > '9') {
            throw new NumberFormatException(s);
        }
        return c - '0';
    }

    /**
     * Writes {@code value} at {@code at}, left-padded with zeros to {@code width}, as
     * Integer.toString would (a negative value: zeros, then its sign and digits); returns the end.
     */
    private static int pad(char[] out, int at, int value, int width) {
        if (value < 0) {
            String text = Integer.toString(value);
            for (int i = text.length(); i < width; i++) {
                out[at++] = '0';
            }
            for (int i = 0; i < text.length(); i++) {
                out[at++] = text.charAt(i);
            }
            return at;
        }
        int length = 1;
        for (int rest = value / 10; rest != 0; rest /= 10) {
            length++;
        }
        for (int i = length; i < width; i++) {
            out[at++] = '0';
        }
        int end = at + length;
        for (int i = end - 1; i >= at; i--) {
            out[i] = (char) ('0' + value % 10);
            value /= 10;
        }
        return end;
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

    // Howard Hinnant's civil calendar algorithms (proleptic Gregorian).
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
