package dev.workers4j.http;

/**
 * Epoch millis as an HTTP date (IMF-fixdate, "Tue, 14 Nov 2023 22:13:20 GMT"), as JS's
 * {@code Date.toUTCString()} writes it. Plain arithmetic: java.time and SimpleDateFormat would
 * add hundreds of KB to a Worker bundle.
 */
public final class HttpDate {
    private static final String[] DAYS = {"Thu", "Fri", "Sat", "Sun", "Mon", "Tue", "Wed"};
    private static final String[] MONTHS = {"Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct",
        "Nov", "Dec"};

    private HttpDate() {
    }

    public static String format(long epochMillis) {
        long seconds = Math.floorDiv(epochMillis, 1000L);
        int days = (int) Math.floorDiv(seconds, 86_400L);
        int secondOfDay = (int) (seconds - days * 86_400L);
        // Civil date from days since 1970-01-01 (Howard Hinnant's days_from_civil, inverted).
        int z = days + 719_468;
        int era = Math.floorDiv(z, 146_097);
        int dayOfEra = z - era * 146_097;
        int yearOfEra = (dayOfEra - dayOfEra / 1460 + dayOfEra / 36_524 - dayOfEra / 146_096) / 365;
        int dayOfYear = dayOfEra - (365 * yearOfEra + yearOfEra / 4 - yearOfEra / 100);
        int mp = (5 * dayOfYear + 2) / 153;
        int day = dayOfYear - (153 * mp + 2) / 5 + 1;
        int month = mp < 10 ? mp + 3 : mp - 9;
        int year = yearOfEra + era * 400 + (month <= 2 ? 1 : 0);
        StringBuilder out = new StringBuilder(29)
                .append(DAYS[Math.floorMod(days, 7)]).append(", ");
        two(out, day).append(' ').append(MONTHS[month - 1]).append(' ');
        if (year >= 0 && year < 1000) {
            out.append(year < 10 ? "000" : year < 100 ? "00" : "0");
        }
        out.append(year).append(' ');
        two(out, secondOfDay / 3600).append(':');
        two(out, secondOfDay / 60 % 60).append(':');
        return two(out, secondOfDay % 60).append(" GMT").toString();
    }

    private static StringBuilder two(StringBuilder out, int value) {
        return out.append(value < 10 ? "0" : "").append(value);
    }
}
