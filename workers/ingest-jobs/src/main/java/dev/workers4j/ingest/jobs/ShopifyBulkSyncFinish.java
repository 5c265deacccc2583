package dev.workers4j.ingest.jobs;

import com.fasterxml.jackson.annotation.JsonProperty;

/** Advance the sync watermark, mark the run complete with its counts, and enqueue MART_REFRESH. */
public record ShopifyBulkSyncFinish(@JsonProperty("run_id") long runId) implements IngestJob {
}
