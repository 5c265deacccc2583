package dev.workers4j.ingest.exports;

import com.fasterxml.jackson.annotation.JsonProperty;
import dev.workers4j.json.JsonCodecType;

/**
 * An export's stored filters (csv_exports.filters), as dashboard-api's ExportRequest wrote them.
 * The API checked them; they are checked again here because the row is what the job trusts, and a
 * bad value must fail the export with a clear reason rather than as a database error on every retry.
 */
@JsonCodecType
record ExportFilters(String from, String to, String granularity, @JsonProperty("product_id") Long productId,
        @JsonProperty("product_line") String productLine, String type, String audience, String status,
        @JsonProperty("date_from") String dateFrom, @JsonProperty("date_to") String dateTo) {

    static final ExportFilters NONE = new ExportFilters(null, null, null, null, null, null, null, null, null, null);

    /** Throws {@link InvalidExport} naming the first filter that is wrong. */
    static String checkDate(String name, String value) {
        if (value != null && !isDate(value)) {
            throw new InvalidExport("filters." + name + " is not a date (YYYY-MM-DD): " + value);
        }
        return value;
    }

    static void checkRange(String fromName, String from, String toName, String to) {
        if (from != null && to != null && to.compareTo(from) < 0) {
            throw new InvalidExport("filters." + toName + " (" + to + ") is before filters." + fromName + " (" + from + ")");
        }
    }

    /** YYYY-MM-DD naming a real calendar day (without java.time, which would weigh on the bundle). */
    static boolean isDate(String text) {
        if (text.length() != 10 || text.charAt(4) != '-' || text.charAt(7) != '-') {
            return false;
        }
        int year = digits(text, 0, 4);
        int month = digits(text, 5, 7);
        int day = digits(text, 8, 10);
        if (year < 1 || month < 1 || month > 12 || day < 1) {
            return false;
        }
        boolean leap = year % 4 == 0 && (year % 100 != 0 || year % 400 == 0);
        int[] lengths = {31, leap ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
        return day <= lengths[month - 1];
    }

    /** The number in text[from, to), or -1 when a character is not a digit. */
    private static int digits(String text, int from, int to) {
        int value = 0;
        for (int i = from; i < to; i++) {
            char ch = text.charAt(i);
            if (ch < '0' || ch > '9') {
                return -1;
            }
            value = value * 10 + (ch - '0');
        }
        return value;
    }
}
