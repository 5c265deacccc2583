package dev.workers4j.ingest.exports;

import dev.workers4j.sql.Sql;

/**
 * The SQL of a csv_exports row; every value a parameter. Each write of a RUNNING export is guarded
 * by the checkpoint it started from (its upload id and part count), so of two deliveries working on
 * one export only the first to record a part goes on, and a replayed part changes nothing.
 */
final class CsvExports {
    /** The checkpoint's upload id and part count, compared with what the caller last saw. */
    private static final String AT_CHECKPOINT = " AND status = 'RUNNING' AND coalesce(checkpoint->>'upload_id', '') = $2"
            + " AND coalesce(jsonb_array_length(checkpoint->'parts'), 0) = $3::int";

    private CsvExports() {
    }

    /** The row, or null when there is none. */
    static ExportRecord load(Sql sql, long id) {
        return sql.first("SELECT id, export_type, filters::text, status, checkpoint::text, error FROM csv_exports"
                + " WHERE id = $1::bigint", row -> new ExportRecord(row.getLong(0), row.getString(1), row.getString(2),
                        row.getString(3), row.getString(4), row.getString(5)), id);
    }

    /** QUEUED becomes RUNNING (a RUNNING one stays so: a continuation or a redelivery). */
    static void start(Sql sql, long id) {
        sql.execute("UPDATE csv_exports SET status = 'RUNNING', started_at = now() WHERE id = $1::bigint"
                + " AND status = 'QUEUED'", id);
    }

    /** Records a part landed; false when the checkpoint moved under the caller (another delivery's). */
    static boolean checkpoint(Sql sql, long id, String uploadIdBefore, int partsBefore, String checkpointJson) {
        return sql.execute("UPDATE csv_exports SET checkpoint = $4::jsonb WHERE id = $1::bigint" + AT_CHECKPOINT,
                id, uploadIdBefore == null ? "" : uploadIdBefore, partsBefore, checkpointJson) == 1;
    }

    /** Starts the file over (its upload is gone); false when the checkpoint moved under the caller. */
    static boolean restart(Sql sql, long id, String uploadIdBefore, int partsBefore) {
        return checkpoint(sql, id, uploadIdBefore, partsBefore, "{}");
    }

    /** The file is in R2: COMPLETED with its key, rows and size; false when the checkpoint moved. */
    static boolean complete(Sql sql, long id, String uploadIdBefore, int partsBefore, String key, long rows, long bytes) {
        return sql.execute("UPDATE csv_exports SET status = 'COMPLETED', r2_key = $4, row_count = $5::bigint,"
                + " size_bytes = $6::bigint, checkpoint = '{}'::jsonb, error = NULL, completed_at = now()"
                + " WHERE id = $1::bigint" + AT_CHECKPOINT, id, uploadIdBefore == null ? "" : uploadIdBefore, partsBefore,
                key, rows, bytes) == 1;
    }

    /** Ends an export that can never be written, with the reason staff will see. */
    static void fail(Sql sql, long id, String error) {
        sql.execute("UPDATE csv_exports SET status = 'FAILED', error = $2, checkpoint = '{}'::jsonb, completed_at = now()"
                + " WHERE id = $1::bigint AND status IN ('QUEUED', 'RUNNING')", id, error);
    }
}
