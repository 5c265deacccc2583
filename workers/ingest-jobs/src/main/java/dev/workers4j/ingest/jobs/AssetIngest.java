package dev.workers4j.ingest.jobs;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * Download an asset recorded by POST /api/assets/ingest (row {@code asset_id}, PENDING) from its
 * source URL into R2, deduplicated by content hash, and link it to {@code product_id}.
 */
public record AssetIngest(@JsonProperty("asset_id") long assetId, @JsonProperty("product_id") Long productId,
        @JsonProperty("source_url") String sourceUrl) implements IngestJob {
}
