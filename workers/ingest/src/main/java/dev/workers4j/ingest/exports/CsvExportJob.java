package dev.workers4j.ingest.exports;

import dev.workers4j.ingest.dispatch.JobOutcome;
import dev.workers4j.ingest.env.IngestEnv;
import dev.workers4j.ingest.jobs.CsvExport;
import dev.workers4j.log.Log;
import dev.workers4j.r2.R2Exception;
import dev.workers4j.sql.Sql;
import dev.workers4j.sql.SqlException;
import dev.workers4j.worker.Attempt;

/**
 * CSV_EXPORT: writes the export recorded as csv_exports {@code export_id} to R2 at
 * {@code exports/csv/{id}.csv} ({@link ExportRun} does the writing), then marks it COMPLETED with its
 * row count and size.
 *
 * <ul>
 * <li>No such export: dead-lettered (nothing could ever write it).</li>
 * <li>COMPLETED (a redelivery) or FAILED: done, nothing written.</li>
 * <li>An unknown type or a filter that is wrong: the export is marked FAILED with the reason (what
 *     staff see on GET /api/csv-exports/:id) and the message is dead-lettered, so it is also on
 *     the operators' list. Replaying it changes nothing: FAILED is final, a new export is one POST.</li>
 * <li>A database or R2 failure: retried after {@link #RETRY_DELAY_SECONDS}; the next delivery resumes
 *     at the last part recorded. After max_retries the platform dead-letters it; the export stays
 *     RUNNING with its checkpoint, so a replay resumes it.</li>
 * </ul>
 */
public final class CsvExportJob {
    static final int RETRY_DELAY_SECONDS = 15;

    private CsvExportJob() {
    }

    public static JobOutcome handle(CsvExport job, IngestEnv env) {
        long id = job.exportId();
        JobOutcome[] outcome = new JobOutcome[1];
        RuntimeException failure = Attempt.run(() -> outcome[0] = export(id, env));
        if (failure == null) {
            return outcome[0];
        }
        if (failure instanceof SqlException || failure instanceof R2Exception) {
            Log.warn("CSV export " + id + ": " + failure.getMessage() + "; resuming in " + RETRY_DELAY_SECONDS + " s");
            return JobOutcome.retryLater(RETRY_DELAY_SECONDS, "CSV export " + id + ": " + failure.getMessage());
        }
        throw failure;
    }

    private static JobOutcome export(long id, IngestEnv env) {
        try (Sql sql = env.database().connect()) {
            ExportRecord export = CsvExports.load(sql, id);
            if (export == null) {
                return JobOutcome.deadLetter("no CSV export " + id);
            }
            if ("COMPLETED".equals(export.status())) {
                Log.info("CSV export " + id + " is already COMPLETED; nothing to do");
                return JobOutcome.done();
            }
            if ("FAILED".equals(export.status())) {
                Log.info("CSV export " + id + " FAILED earlier (" + export.error() + "); nothing to do");
                return JobOutcome.done();
            }
            ExportQuery[] query = new ExportQuery[1];
            RuntimeException invalid = Attempt.run(() -> query[0] = ExportQueries.of(export.exportType(), export.filters()));
            if (invalid instanceof InvalidExport) {
                String reason = "CSV export " + id + " (" + export.exportType() + ") cannot be written: " + invalid.getMessage();
                CsvExports.fail(sql, id, reason);
                return JobOutcome.deadLetter(reason);
            }
            if (invalid != null) {
                throw invalid;
            }
            CsvExports.start(sql, id);
            return new ExportRun(sql, env, export, query[0], partsPerMessage(env)).run();
        }
    }

    /** CSV_EXPORT_PARTS_PER_MESSAGE, or {@link ExportRun#DEFAULT_PARTS_PER_MESSAGE} when unset or not a positive number. */
    private static int partsPerMessage(IngestEnv env) {
        String configured = env.csvExportPartsPerMessage();
        int value = 0;
        for (int i = 0; configured != null && i < configured.length() && i < 6; i++) {
            char ch = configured.charAt(i);
            if (ch < '0' || ch > '9') {
                return ExportRun.DEFAULT_PARTS_PER_MESSAGE;
            }
            value = value * 10 + (ch - '0');
        }
        return value > 0 ? value : ExportRun.DEFAULT_PARTS_PER_MESSAGE;
    }
}
