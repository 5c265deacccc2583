package dev.workers4j.ingest.sync;

import dev.workers4j.sql.Sql;

/** The SQL of a bulk sync's run row and the sync watermark; every value a parameter. */
final class SyncRuns {
    static final String WATERMARK_SOURCE = "shopify_orders";
    /** How far back the first sync reaches. */
    static final int FIRST_WINDOW_DAYS = 128;

    private SyncRuns() {
    }

    static SyncRun load(Sql sql, long runId) {
        return sql.first("SELECT " + SyncRun.COLUMNS + " FROM ingest_runs WHERE id = $1 AND run_type = 'SHOPIFY_BULK_SYNC'",
                SyncRun::of, runId);
    }

    /** Fixes the run's window once: from the watermark (or 128 days back) to the run's start. */
    static SyncRun fixWindow(Sql sql, long runId) {
        return sql.first("UPDATE ingest_runs SET"
                + " window_start = coalesce(window_start, (SELECT watermark FROM sync_watermarks WHERE source = $2),"
                + "   started_at - make_interval(days => $3)),"
                + " window_end = coalesce(window_end, started_at), updated_at = now()"
                + " WHERE id = $1 RETURNING " + SyncRun.COLUMNS, SyncRun::of, runId, WATERMARK_SOURCE, FIRST_WINDOW_DAYS);
    }

    /** Moves the run from one step to the next; false when it was not at {@code from} (a duplicate message). */
    static boolean advance(Sql sql, long runId, String from, String to) {
        return sql.execute("UPDATE ingest_runs SET step = $3, updated_at = now()"
                + " WHERE id = $1 AND status = 'RUNNING' AND step = $2", runId, from, to) == 1;
    }

    static boolean started(Sql sql, long runId, String operationId) {
        return sql.execute("UPDATE ingest_runs SET step = 'POLL', bulk_operation_id = $2, updated_at = now()"
                + " WHERE id = $1 AND status = 'RUNNING' AND step = 'START'", runId, operationId) == 1;
    }

    static boolean completed(Sql sql, long runId, String url, long fileSize) {
        return sql.execute("UPDATE ingest_runs SET step = 'ARCHIVE', result_url = $2,"
                + " bytes_total = CASE WHEN $3::bigint >= 0 THEN $3::bigint END, updated_at = now()"
                + " WHERE id = $1 AND status = 'RUNNING' AND step = 'POLL'", runId, url, fileSize) == 1;
    }

    static void checkpoint(Sql sql, long runId, String checkpointJson) {
        sql.execute("UPDATE ingest_runs SET checkpoint = $2::jsonb, updated_at = now() WHERE id = $1", runId,
                checkpointJson);
    }

    static boolean archived(Sql sql, long runId, long size) {
        return sql.execute("UPDATE ingest_runs SET step = 'CHUNKS', bytes_total = $2, bytes_done = 0,"
                + " checkpoint = '{}'::jsonb, updated_at = now()"
                + " WHERE id = $1 AND status = 'RUNNING' AND step = 'ARCHIVE'", runId, size) == 1;
    }

    /**
     * Records a chunk done, in the chunk's transaction: only if the run's checkpoint is still
     * {@code from}, so a replayed chunk changes nothing.
     */
    static boolean chunkDone(Sql sql, long runId, long from, long to, int lines, int orders) {
        return sql.execute("UPDATE ingest_runs SET bytes_done = $3, lines_done = lines_done + $4,"
                + " chunks_done = chunks_done + 1, orders_upserted = orders_upserted + $5, updated_at = now()"
                + " WHERE id = $1 AND status = 'RUNNING' AND step = 'CHUNKS' AND bytes_done = $2",
                runId, from, to, lines, orders) == 1;
    }

    /** The watermark moves to the window's end and the run completes, in one transaction. */
    static boolean finish(Sql sql, long runId) {
        return sql.transaction(tx -> {
            long done = tx.execute("UPDATE ingest_runs SET status = 'COMPLETED', step = 'DONE', finished_at = now(),"
                    + " updated_at = now() WHERE id = $1 AND status = 'RUNNING' AND step = 'FINISH'", runId);
            if (done != 1) {
                return false;
            }
            tx.execute("INSERT INTO sync_watermarks (source, watermark, run_id, updated_at)"
                    + " SELECT $2, window_end, id, now() FROM ingest_runs WHERE id = $1"
                    + " ON CONFLICT (source) DO UPDATE SET watermark = EXCLUDED.watermark, run_id = EXCLUDED.run_id,"
                    + " updated_at = now() WHERE sync_watermarks.watermark <= EXCLUDED.watermark", runId, WATERMARK_SOURCE);
            return true;
        });
    }

    /** Ends a run that can never complete; the watermark stays where it was. */
    static void fail(Sql sql, long runId, String errorCode, String error) {
        sql.execute("UPDATE ingest_runs SET status = 'FAILED', error_code = $2, error = $3, finished_at = now(),"
                + " updated_at = now() WHERE id = $1 AND status = 'RUNNING'", runId, errorCode, error);
    }
}
