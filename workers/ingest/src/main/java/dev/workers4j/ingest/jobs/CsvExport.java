package dev.workers4j.ingest.jobs;

import com.fasterxml.jackson.annotation.JsonProperty;

/** Write a CSV export to R2 under exports/csv/{export_id}.csv. */
public record CsvExport(@JsonProperty("export_id") String exportId, String report) implements IngestJob {
}
