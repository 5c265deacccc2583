package dev.workers4j.ingest.jobs;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * Recompute the daily marts for the days whose orders changed since the last refresh. The hourly
 * cron and a finished bulk sync enqueue one; {@code idempotency_key} (e.g. derived from the
 * cron's schedule time) makes a duplicate enqueue one run.
 */
public record MartRefresh(@JsonProperty("requested_by") String requestedBy,
        @JsonProperty("idempotency_key") String idempotencyKey) implements IngestJob {
}
