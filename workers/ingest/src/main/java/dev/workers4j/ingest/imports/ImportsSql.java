package dev.workers4j.ingest.imports;

import dev.workers4j.sql.Sql;

/** The SQL of an import's csv_imports row; every value a parameter. */
final class ImportsSql {
    private ImportsSql() {
    }

    /**
     * The row, refusing to wait when another session holds it (lock_not_available): another
     * delivery is writing a chunk of this import right now, so this one retries later.
     */
    static CsvImport load(Sql sql, long id) {
        return sql.first("SELECT " + CsvImport.COLUMNS + " FROM csv_imports WHERE id = $1::bigint FOR UPDATE NOWAIT",
                CsvImport::of, id);
    }

    /** QUEUED to RUNNING with the checkpoint after the header; false when another delivery got there first. */
    static boolean start(Sql sql, long id, String checkpoint) {
        return sql.execute("UPDATE csv_imports SET status = 'RUNNING', checkpoint = $2::jsonb"
                + " WHERE id = $1::bigint AND status = 'QUEUED'", id, checkpoint) == 1;
    }

    /** Ends an import that can never complete, keeping what its chunks committed. */
    static void fail(Sql sql, long id, String error) {
        sql.execute("UPDATE csv_imports SET status = 'FAILED', error = $2, completed_at = now()"
                + " WHERE id = $1::bigint AND status IN ('QUEUED', 'RUNNING')", id, error);
    }

    /**
     * Records a chunk, in its transaction: only if the checkpoint still stands at {@code from}, so
     * a duplicate delivery's chunk changes nothing. The last chunk completes the import.
     */
    static boolean chunkDone(Sql tx, long id, long from, String checkpoint, int total, int imported, int rejected,
            boolean last) {
        return tx.execute("UPDATE csv_imports SET checkpoint = $3::jsonb, rows_total = rows_total + $4::int,"
                + " rows_imported = rows_imported + $5::int, rows_rejected = rows_rejected + $6::int,"
                + " status = CASE WHEN $7::boolean THEN 'COMPLETED' ELSE status END,"
                + " completed_at = CASE WHEN $7::boolean THEN now() END"
                + " WHERE id = $1::bigint AND status = 'RUNNING' AND (checkpoint->>'offset')::bigint = $2::bigint",
                id, from, checkpoint, total, imported, rejected, last) == 1;
    }
}
