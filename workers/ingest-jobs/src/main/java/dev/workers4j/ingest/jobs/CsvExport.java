package dev.workers4j.ingest.jobs;

import com.fasterxml.jackson.annotation.JsonProperty;

/** Write the CSV export recorded as {@code export_id} (csv_exports) to R2 at exports/csv/{export_id}.csv. */
public record CsvExport(@JsonProperty("export_id") long exportId) implements IngestJob {
}
