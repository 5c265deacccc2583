package dev.workers4j.ingest.jobs;

import com.fasterxml.jackson.annotation.JsonProperty;

/** Copy a completed bulk operation's JSONL result into R2 (archives/shopify/{run_id}.jsonl), resuming where a broken download stopped. */
public record ShopifyBulkSyncArchive(@JsonProperty("run_id") long runId) implements IngestJob {
}
