package dev.workers4j.ingest.jobs;

import com.fasterxml.jackson.annotation.JsonProperty;

/** Refresh the reporting marts (the hourly cron enqueues one). */
public record MartRefresh(@JsonProperty("requested_by") String requestedBy) implements IngestJob {
}
