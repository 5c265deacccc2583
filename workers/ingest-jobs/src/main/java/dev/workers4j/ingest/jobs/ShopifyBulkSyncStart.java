package dev.workers4j.ingest.jobs;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * Start the bulk sync of an ingest run already recorded (by POST /api/performance-metrics/sync or
 * the daily cron): ask Shopify for a bulk operation over the run's window.
 */
public record ShopifyBulkSyncStart(@JsonProperty("run_id") long runId) implements IngestJob {
}
