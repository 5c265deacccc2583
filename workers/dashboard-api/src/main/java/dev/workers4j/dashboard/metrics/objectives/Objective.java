package dev.workers4j.dashboard.metrics.objectives;

import com.fasterxml.jackson.annotation.JsonProperty;
import dev.workers4j.json.JsonCodecType;
import dev.workers4j.sql.Row;

/** An objective: a target for a metric over a period, for the shop, a product or a product line. */
@JsonCodecType
public record Objective(long id, String name, String metric, @JsonProperty("period_start") String periodStart,
        @JsonProperty("period_end") String periodEnd, String target, @JsonProperty("product_id") Long productId,
        @JsonProperty("product_line") String productLine, @JsonProperty("created_by") String createdBy,
        @JsonProperty("created_at") String createdAt, @JsonProperty("updated_by") String updatedBy,
        @JsonProperty("updated_at") String updatedAt) {

    /** Reads the columns of {@link ObjectivesSql#COLUMNS}. */
    static Objective of(Row row) {
        return new Objective(row.getLong(0), row.getString(1), row.getString(2), row.getString(3), row.getString(4),
                row.getString(5), row.isNull(6) ? null : row.getLong(6), row.getString(7), row.getString(8),
                row.getString(9), row.getString(10), row.getString(11));
    }
}
