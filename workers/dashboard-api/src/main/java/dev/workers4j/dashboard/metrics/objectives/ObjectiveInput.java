package dev.workers4j.dashboard.metrics.objectives;

import com.fasterxml.jackson.annotation.JsonProperty;
import dev.workers4j.http.Validation;
import dev.workers4j.json.JsonCodecType;
import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * The body of POST and PUT /api/performance-metrics/objectives. Every property is optional to the
 * codec so that {@link #validate} can list every problem at once (a missing one included).
 */
@JsonCodecType
public record ObjectiveInput(String metric, @JsonProperty("period_start") String periodStart,
        @JsonProperty("period_end") String periodEnd, BigDecimal target, @JsonProperty("product_id") Long productId,
        @JsonProperty("product_line") String productLine, String name) {

    static final BigDecimal MAX_TARGET = new BigDecimal("99999999999999.99");

    /** The input checked; throws 400 invalid_request listing each problem. */
    Valid validate() {
        Validation v = new Validation();
        v.require("metric", v.oneOf("metric", metric, null, "orders", "units", "revenue"));
        LocalDate start = v.require("period_start", v.date("period_start", periodStart, null));
        LocalDate end = v.require("period_end", v.date("period_end", periodEnd, null));
        if (start != null && end != null) {
            v.check(!end.isBefore(start), "period_end", "must not be before period_start");
            v.check(!end.isAfter(start.plusYears(5)), "period_end", "must be at most 5 years after period_start");
        }
        v.require("target", v.nonNegative("target", target, MAX_TARGET, 2));
        if (productId != null) {
            v.check(productId > 0, "product_id", "must be a positive whole number");
        }
        v.code("product_line", productLine, 2, 12);
        v.check(productId == null || productLine == null, "product_line", "give product_id or product_line, not both");
        v.text("name", name, 200);
        v.throwIfInvalid();
        return new Valid(metric, start.toString(), end.toString(), target, productId, productLine, name);
    }

    /** A checked input, ready to bind. */
    record Valid(String metric, String periodStart, String periodEnd, BigDecimal target, Long productId,
            String productLine, String name) {
    }
}
