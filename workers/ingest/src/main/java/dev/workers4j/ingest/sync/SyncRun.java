package dev.workers4j.ingest.sync;

import dev.workers4j.sql.Row;

/**
 * A bulk sync's row in ingest_runs, as the steps read it. {@code step} is START, POLL, ARCHIVE,
 * CHUNKS, FINISH or DONE; times are ISO-8601 UTC text.
 */
record SyncRun(long id, String status, String step, String windowStart, String windowEnd, String operationId,
        String resultUrl, long bytesDone, long bytesTotal, long linesDone, String checkpoint) {
    static final String COLUMNS = "id, status, step,"
            + " to_char(window_start AT TIME ZONE 'UTC', 'YYYY-MM-DD\"T\"HH24:MI:SS\"Z\"') AS window_start,"
            + " to_char(window_end AT TIME ZONE 'UTC', 'YYYY-MM-DD\"T\"HH24:MI:SS\"Z\"') AS window_end,"
            + " bulk_operation_id, result_url, bytes_done, coalesce(bytes_total, -1) AS bytes_total, lines_done,"
            + " checkpoint::text AS checkpoint";

    static SyncRun of(Row row) {
        return new SyncRun(row.getLong("id"), row.getString("status"), row.getString("step"),
                row.getString("window_start"), row.getString("window_end"), row.getString("bulk_operation_id"),
                row.getString("result_url"), row.getLong("bytes_done"), row.getLong("bytes_total"),
                row.getLong("lines_done"), row.getString("checkpoint"));
    }

    /** Whether the run is still running and waiting for this step (else a message for it is a duplicate). */
    boolean at(String expectedStep) {
        return "RUNNING".equals(status) && expectedStep.equals(step);
    }

    /** Where the run's archive lives in R2. */
    String archiveKey() {
        return "archives/shopify/" + id + ".jsonl";
    }
}
