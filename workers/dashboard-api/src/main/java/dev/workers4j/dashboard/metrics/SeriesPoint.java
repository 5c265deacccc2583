package dev.workers4j.dashboard.metrics;

import com.fasterxml.jackson.annotation.JsonProperty;
import dev.workers4j.json.JsonCodecType;

/**
 * One period of a series (money as exact decimal strings, PostgreSQL's own text: no BigDecimal on
 * the hot path, where TeaVM's long arithmetic is slow): its label (2024-03-05, 2024-W10, 2024-03), its days within the range, its totals. */
@JsonCodecType
public record SeriesPoint(String period, @JsonProperty("period_start") String periodStart,
        @JsonProperty("period_end") String periodEnd, int orders, int units, String revenue,
        @JsonProperty("average_order_value") String averageOrderValue) {
}
