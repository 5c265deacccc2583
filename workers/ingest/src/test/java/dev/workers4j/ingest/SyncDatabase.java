package dev.workers4j.ingest;

import dev.workers4j.sql.Row;
import dev.workers4j.sql.Sql;
import dev.workers4j.testing.sql.LocalPostgres;
import java.math.BigDecimal;
import java.util.List;

/** What a sync left in the database, read by the tests over JDBC. */
final class SyncDatabase {
    private SyncDatabase() {
    }

    static List<Row> rows(String query, Object... params) {
        try (Sql sql = LocalPostgres.get().hyperdrive().connect()) {
            return sql.rows(query, params);
        }
    }

    static long count(String table) {
        return rows("SELECT count(*) AS n FROM " + table).get(0).getLong("n");
    }

    static BigDecimal sum(String query) {
        Row row = rows(query).get(0);
        return row.isNull(0) ? BigDecimal.ZERO : row.getBigDecimal(0);
    }

    /** A checksum over every synced row, to compare a run with faults against a clean one. */
    static String checksum() {
        return rows("SELECT md5(coalesce((SELECT string_agg(concat_ws('|', id, name, created_at, updated_at, processed_at,"
                + " financial_status, total_price, currency), ',' ORDER BY id) FROM orders), '')"
                + " || coalesce((SELECT string_agg(concat_ws('|', id, order_id, product_id, title, sku, quantity, unit_price,"
                + " currency), ',' ORDER BY id) FROM order_line_items), '')"
                + " || coalesce((SELECT string_agg(concat_ws('|', id, title, normalized_title, sku, product_line), ','"
                + " ORDER BY id) FROM products), '')) AS sum").get(0).getString("sum");
    }

    /** The one sync run's status, step, error, lines and chunks: "COMPLETED DONE null 1234 7". */
    static Row lastRun() {
        List<Row> runs = rows("SELECT id, status, step, error_code, error, lines_done, chunks_done, bytes_done, bytes_total,"
                + " window_start::text AS window_start, window_end::text AS window_end FROM ingest_runs"
                + " WHERE run_type = 'SHOPIFY_BULK_SYNC' ORDER BY id DESC LIMIT 1");
        return runs.isEmpty() ? null : runs.get(0);
    }
}
