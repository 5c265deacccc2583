package dev.workers4j.ingest.jobs;

import com.fasterxml.jackson.annotation.JsonProperty;

/** Import the uploaded creative activity report recorded as {@code import_id} (csv_imports, imports/{id}.csv in R2) into combo logs. */
public record CreativeActReportImport(@JsonProperty("import_id") long importId) implements IngestJob {
}
