package dev.workers4j.ingest.jobs;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * Upsert the archive's lines from byte {@code offset} on, chunk by chunk, each chunk in one
 * transaction with the run's checkpoint. A message whose offset is not the run's checkpoint is a
 * duplicate (the chunk is done) and changes nothing.
 */
public record ShopifyBulkSyncChunk(@JsonProperty("run_id") long runId, long offset) implements IngestJob {
}
