package dev.workers4j.ingest.exports;

import com.fasterxml.jackson.annotation.JsonProperty;
import dev.workers4j.json.JsonCodecType;
import dev.workers4j.text.IsoDates;

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
        if (value != null && !IsoDates.isDate(value)) {
            throw new InvalidExport("filters." + name + " is not a date (YYYY-MM-DD): " + value);
        }
        return value;
    }

    static void checkRange(String fromName, String from, String toName, String to) {
        if (from != null && to != null && to.compareTo(from) < 0) {
            throw new InvalidExport("filters." + toName + " (" + to + ") is before filters." + fromName + " (" + from + ")");
        }
    }
}
