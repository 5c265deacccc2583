package dev.workers4j.dashboard.assets;

import com.fasterxml.jackson.annotation.JsonProperty;
import dev.workers4j.dashboard.common.Lists;
import dev.workers4j.json.JsonCodecType;
import dev.workers4j.sql.Row;
import java.util.List;

/** An asset: its ingest state, its stored object (hash, size, type, R2 key, public URL) and its linked products. */
@JsonCodecType
public record Asset(long id, String status, @JsonProperty("source_url") String sourceUrl,
        @JsonProperty("content_hash") String contentHash, @JsonProperty("size_bytes") Long sizeBytes,
        @JsonProperty("content_type") String contentType, @JsonProperty("file_name") String fileName,
        @JsonProperty("r2_key") String r2Key, @JsonProperty("public_url") String publicUrl,
        @JsonProperty("duplicate_of") Long duplicateOf, @JsonProperty("failure_reason") String failureReason,
        @JsonProperty("product_ids") List<Long> productIds, @JsonProperty("requested_by") String requestedBy,
        @JsonProperty("created_at") String createdAt, @JsonProperty("updated_at") String updatedAt) {

    /** Reads {@link AssetsSql#COLUMNS}; the public URL is {@code publicOrigin/r2_key} when stored. */
    static Asset of(Row row, String publicOrigin) {
        String key = row.getString(7);
        return new Asset(row.getLong(0), row.getString(1), row.getString(2), row.getString(3),
                row.isNull(4) ? null : row.getLong(4), row.getString(5), row.getString(6), key,
                key == null || publicOrigin == null ? null : publicOrigin + "/" + key,
                row.isNull(8) ? null : row.getLong(8), row.getString(9), Lists.pgLongArray(row.getString(10)),
                row.getString(11), row.getString(12), row.getString(13));
    }

    /** A page of assets, newest first. */
    @JsonCodecType
    public record Page(List<Asset> items, @JsonProperty("next_cursor") String nextCursor) {
    }

    /** The body of POST /api/assets/ingest. */
    @JsonCodecType
    public record IngestRequest(@JsonProperty("product_id") Long productId, @JsonProperty("source_url") String sourceUrl) {
    }

    /** 202 of POST /api/assets/ingest. */
    @JsonCodecType
    public record Queued(@JsonProperty("asset_id") long assetId, String status) {
    }
}
