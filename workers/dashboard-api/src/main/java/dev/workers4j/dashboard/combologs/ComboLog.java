package dev.workers4j.dashboard.combologs;

import com.fasterxml.jackson.annotation.JsonProperty;
import dev.workers4j.dashboard.common.Lists;
import dev.workers4j.json.JsonCodecType;
import dev.workers4j.sql.Row;
import java.util.List;

/**
 * A combo log as the API shows it; CTR, CPA and ROAS are derived from the stored counts (null where
 * undefined). Decimals are exact strings, as PostgreSQL writes them.
 */
@JsonCodecType
public record ComboLog(String identifier, String type, String audience,
        @JsonProperty("product_lines") List<String> productLines, @JsonProperty("product_ids") List<Long> productIds,
        @JsonProperty("launch_date") String launchDate, String status, String spend, long impressions, long clicks,
        int purchases, String revenue, String ctr, String cpa, String roas, String notes,
        @JsonProperty("created_by") String createdBy, @JsonProperty("created_at") String createdAt,
        @JsonProperty("updated_by") String updatedBy, @JsonProperty("updated_at") String updatedAt) {

    /** Reads the columns of {@link ComboLogsSql#COLUMNS}. */
    static ComboLog of(Row row) {
        return new ComboLog(row.getString(0), row.getString(1), row.getString(2), Lists.pgArray(row.getString(3)),
                Lists.pgLongArray(row.getString(4)), row.getString(5), row.getString(6), row.getString(7),
                row.getLong(8), row.getLong(9), row.getInt(10), row.getString(11), row.getString(12),
                row.getString(13), row.getString(14), row.getString(15), row.getString(16), row.getString(17),
                row.getString(18), row.getString(19));
    }

    /** A page of combo logs; {@code next_cursor} is null on the last. */
    @JsonCodecType
    public record Page(List<ComboLog> items, @JsonProperty("next_cursor") String nextCursor) {
    }
}
