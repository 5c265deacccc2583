package dev.workers4j.ingest.jobs;

import com.fasterxml.jackson.annotation.JsonProperty;

/** Poll a running bulk operation; re-enqueued with a delay until it completes. */
public record ShopifyBulkSyncPoll(@JsonProperty("run_id") String runId,
        @JsonProperty("bulk_operation_id") String bulkOperationId) implements IngestJob {
}
