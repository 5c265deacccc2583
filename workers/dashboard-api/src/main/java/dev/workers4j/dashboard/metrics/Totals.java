package dev.workers4j.dashboard.metrics;

import com.fasterxml.jackson.annotation.JsonFormat;
import com.fasterxml.jackson.annotation.JsonProperty;
import dev.workers4j.json.JsonCodecType;
import java.math.BigDecimal;
import java.math.RoundingMode;

/** Orders, units, revenue and average order value of a range. */
@JsonCodecType
public record Totals(int orders, int units, @JsonFormat(shape = JsonFormat.Shape.STRING) BigDecimal revenue,
        @JsonFormat(shape = JsonFormat.Shape.STRING) @JsonProperty("average_order_value") BigDecimal averageOrderValue) {
    static Totals of(int orders, int units, BigDecimal revenue) {
        BigDecimal aov = orders == 0 ? null : revenue.divide(BigDecimal.valueOf(orders), 2, RoundingMode.HALF_UP);
        return new Totals(orders, units, revenue, aov);
    }
}
