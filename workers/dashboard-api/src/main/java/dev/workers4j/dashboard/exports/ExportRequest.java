package dev.workers4j.dashboard.exports;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import dev.workers4j.http.Validation;
import dev.workers4j.json.Json;
import dev.workers4j.json.JsonCodecType;
import java.time.LocalDate;

/**
 * The body of POST /api/csv-exports: what to export and its filters, checked here and stored as
 * the export's {@code filters} (jsonb) for ingest's CSV_EXPORT job to apply.
 */
@JsonCodecType
public record ExportRequest(@JsonProperty("export_type") String exportType, Filters filters) {
    static final String[] TYPES = {"orders", "performance_metrics", "combo_logs"};

    /** Every filter any export takes; each export type reads its own. */
    @JsonCodecType
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Filters(String from, String to, String granularity, @JsonProperty("product_id") Long productId,
            @JsonProperty("product_line") String productLine, String type, String audience, String status,
            @JsonProperty("date_from") String dateFrom, @JsonProperty("date_to") String dateTo) {
    }

    /** The export type and its filters as JSON text; throws 400 invalid_request listing each problem. */
    String[] validate() {
        Validation v = new Validation();
        String type = v.require("export_type", v.oneOf("export_type", exportType, null, TYPES));
        Filters f = filters == null ? new Filters(null, null, null, null, null, null, null, null, null, null) : filters;
        LocalDate from = v.date("filters.from", f.from(), null);
        LocalDate to = v.date("filters.to", f.to(), null);
        v.check(from == null || to == null || !to.isBefore(from), "filters.to", "must not be before filters.from");
        if ("performance_metrics".equals(type)) {
            v.require("filters.from", from);
            v.require("filters.to", to);
        }
        v.oneOf("filters.granularity", f.granularity(), null, "day", "week", "month");
        v.check(f.productId() == null || f.productId() > 0, "filters.product_id", "must be a positive whole number");
        v.code("filters.product_line", f.productLine(), 2, 12);
        v.oneOf("filters.type", f.type(), null, "SP", "CT", "NT", "UGC", "ST");
        v.code("filters.audience", f.audience(), 1, 24);
        v.text("filters.status", f.status(), 40);
        LocalDate dateFrom = v.date("filters.date_from", f.dateFrom(), null);
        LocalDate dateTo = v.date("filters.date_to", f.dateTo(), null);
        v.check(dateFrom == null || dateTo == null || !dateTo.isBefore(dateFrom), "filters.date_to",
                "must not be before filters.date_from");
        v.throwIfInvalid();
        return new String[] {type, Json.toJson(ExportRequest_Filters_JsonCodec.INSTANCE, f)};
    }
}
