package dev.workers4j.dashboard.metrics;

import com.fasterxml.jackson.annotation.JsonFormat;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import dev.workers4j.json.JsonCodecType;
import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * GET /api/performance-metrics/summary: the range's totals, the previous range of equal length
 * (the days just before), and the change in percent (null where the previous value is 0).
 */
@JsonCodecType
public record Summary(String from, String to, @JsonProperty("previous_from") String previousFrom,
        @JsonProperty("previous_to") String previousTo,
        @JsonInclude(JsonInclude.Include.NON_NULL) @JsonProperty("product_id") Long productId,
        @JsonInclude(JsonInclude.Include.NON_NULL) @JsonProperty("product_line") String productLine,
        Totals current, Totals previous, @JsonProperty("change_percent") Change changePercent) {

    /** Change in percent, one decimal. */
    @JsonCodecType
    public record Change(@JsonFormat(shape = JsonFormat.Shape.STRING) BigDecimal orders,
            @JsonFormat(shape = JsonFormat.Shape.STRING) BigDecimal units,
            @JsonFormat(shape = JsonFormat.Shape.STRING) BigDecimal revenue,
            @JsonFormat(shape = JsonFormat.Shape.STRING) @JsonProperty("average_order_value") BigDecimal averageOrderValue) {
        static Change between(Totals previous, Totals current) {
            return new Change(percent(BigDecimal.valueOf(previous.orders()), BigDecimal.valueOf(current.orders())),
                    percent(BigDecimal.valueOf(previous.units()), BigDecimal.valueOf(current.units())),
                    percent(previous.revenue(), current.revenue()),
                    percent(previous.averageOrderValue(), current.averageOrderValue()));
        }

        private static BigDecimal percent(BigDecimal before, BigDecimal now) {
            if (before == null || now == null || before.signum() == 0) {
                return null;
            }
            return now.subtract(before).multiply(BigDecimal.valueOf(100)).divide(before, 1, RoundingMode.HALF_UP);
        }
    }
}
