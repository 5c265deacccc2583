package dev.workers4j.dashboard.ingestruns;

import dev.workers4j.sql.Sql;
import java.util.List;

/** The ingest runs' SQL (read only: ingest writes them). */
final class IngestRunsSql {
    static final String COLUMNS = "id, run_type, status, step, triggered_by, window_start, window_end, chunks_done,"
            + " lines_done, bytes_done, bytes_total,"
            + " CASE WHEN bytes_total > 0 THEN round(bytes_done * 100.0 / bytes_total, 1) END,"
            + " orders_upserted, error_code, error, started_at, updated_at, finished_at,"
            + " (extract(epoch FROM (coalesce(finished_at, now()) - started_at)) * 1000)::bigint";

    private IngestRunsSql() {
    }

    static IngestRun find(Sql sql, long id) {
        return sql.first("SELECT " + COLUMNS + " FROM ingest_runs WHERE id = $1::bigint", IngestRun::of, id);
    }

    /** Newest first ((started_at, id) descending), after the cursor's run; optionally one type and status. */
    static List<IngestRun> list(Sql sql, String runType, String status, String beforeStarted, Long beforeId, int limit) {
        return sql.query("SELECT " + COLUMNS + " FROM ingest_runs"
                + " WHERE ($1::text IS NULL OR run_type = $1::text) AND ($2::text IS NULL OR status = $2::text)"
                + " AND ($3::timestamptz IS NULL OR (started_at, id) < ($3::timestamptz, $4::bigint))"
                + " ORDER BY started_at DESC, id DESC LIMIT $5::int", IngestRun::of,
                runType, status, beforeStarted, beforeId, limit + 1);
    }
}
