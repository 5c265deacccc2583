package dev.workers4j.ingest.imports;

import dev.workers4j.sql.Row;

/** An import's csv_imports row as the job reads it. */
record CsvImport(long id, String status, String r2Key, String requestedBy, String checkpoint) {
    static final String COLUMNS = "id, status, r2_key, requested_by, checkpoint::text";

    static CsvImport of(Row row) {
        return new CsvImport(row.getLong(0), row.getString(1), row.getString(2), row.getString(3), row.getString(4));
    }

    boolean finished() {
        return "COMPLETED".equals(status) || "FAILED".equals(status);
    }
}
