package dev.workers4j.dashboard.exports;

import dev.workers4j.sql.Sql;
import java.util.List;

/** The CSV exports' SQL. */
final class ExportsSql {
    static final String COLUMNS = "id, export_type, filters::text, status, r2_key, row_count, size_bytes, error,"
            + " requested_by, created_at, started_at, completed_at";

    private ExportsSql() {
    }

    static long insertQueued(Sql sql, String type, String filtersJson, String who) {
        return sql.first("INSERT INTO csv_exports (export_type, filters, status, requested_by)"
                + " VALUES ($1, $2::jsonb, 'QUEUED', $3) RETURNING id", row -> row.getLong(0), type, filtersJson, who);
    }

    static void failUnqueued(Sql sql, long id) {
        sql.execute("UPDATE csv_exports SET status = 'FAILED', error = 'the export job could not be queued',"
                + " completed_at = now() WHERE id = $1::bigint", id);
    }

    static CsvExportRecord find(Sql sql, long id) {
        return sql.first("SELECT " + COLUMNS + " FROM csv_exports WHERE id = $1::bigint", CsvExportRecord::of, id);
    }

    static List<CsvExportRecord> list(Sql sql, Long beforeId, int limit) {
        return sql.query("SELECT " + COLUMNS + " FROM csv_exports WHERE ($1::bigint IS NULL OR id < $1::bigint)"
                + " ORDER BY id DESC LIMIT $2::int", CsvExportRecord::of, beforeId, limit + 1);
    }
}
