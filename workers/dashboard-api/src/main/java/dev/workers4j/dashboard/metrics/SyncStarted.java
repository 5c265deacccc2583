package dev.workers4j.dashboard.metrics;

import com.fasterxml.jackson.annotation.JsonProperty;
import dev.workers4j.json.JsonCodecType;

/** 202 of POST /api/performance-metrics/sync: the run to follow at /api/ingest/runs/{run_id}. */
@JsonCodecType
public record SyncStarted(@JsonProperty("run_id") long runId, String status) {
}
