package dev.workers4j.ingest.jobs;

import com.fasterxml.jackson.annotation.JsonProperty;

/** Ask Shopify how a run's bulk operation stands; re-enqueued with a growing delay until it ends. */
public record ShopifyBulkSyncPoll(@JsonProperty("run_id") long runId, int attempt) implements IngestJob {
}
