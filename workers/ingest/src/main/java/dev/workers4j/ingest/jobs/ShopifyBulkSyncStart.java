package dev.workers4j.ingest.jobs;

import com.fasterxml.jackson.annotation.JsonProperty;

/** Start a Shopify bulk operation for a sync run (the daily cron enqueues one). */
public record ShopifyBulkSyncStart(@JsonProperty("run_id") String runId) implements IngestJob {
}
