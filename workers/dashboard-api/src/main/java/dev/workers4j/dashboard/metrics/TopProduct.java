package dev.workers4j.dashboard.metrics;

import com.fasterxml.jackson.annotation.JsonProperty;
import dev.workers4j.json.JsonCodecType;

/** A product's totals over a range, as ranked by GET /api/performance-metrics/top-products. */
@JsonCodecType
public record TopProduct(@JsonProperty("product_id") long productId, String title, String sku,
        @JsonProperty("product_line") String productLine, int orders, int units, String revenue) {
}
