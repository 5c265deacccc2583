package dev.workers4j.dashboard.metrics;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import dev.workers4j.json.JsonCodecType;
import java.util.List;

/** GET /api/performance-metrics: the periods of [from, to] at a granularity, for the shop, a product or a product line. */
@JsonCodecType
public record Series(String from, String to, String granularity,
        @JsonInclude(JsonInclude.Include.NON_NULL) @JsonProperty("product_id") Long productId,
        @JsonInclude(JsonInclude.Include.NON_NULL) @JsonProperty("product_line") String productLine,
        List<SeriesPoint> periods) {
}
