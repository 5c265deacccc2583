package dev.workers4j.dashboard.metrics;

import dev.workers4j.sql.Row;
import dev.workers4j.sql.Sql;
import java.util.List;

/** The performance metrics' SQL: reads of the daily marts, and the sync run's insert. */
final class MetricsSql {
    private MetricsSql() {
    }

    /**
     * One row per period of [from, to], empty periods included (zeros). Days come from
     * generate_series over timestamps without time zone and weeks from date_trunc on them, so
     * periods are UTC calendar days and ISO weeks (Monday first) whatever the session's time zone.
     */
    static List<SeriesPoint> series(Sql sql, String from, String to, String granularity, Scope scope) {
        String text = "SELECT to_char(min(d.day), CASE $3::text WHEN 'week' THEN 'IYYY-\"W\"IW' WHEN 'month' THEN 'YYYY-MM'"
                + " ELSE 'YYYY-MM-DD' END) AS period, min(d.day)::text AS period_start, max(d.day)::text AS period_end,"
                + " coalesce(sum(s.orders), 0) AS orders, coalesce(sum(s.units), 0) AS units,"
                + " coalesce(sum(s.revenue), 0) AS revenue, round(sum(s.revenue) / nullif(sum(s.orders), 0), 2) AS aov"
                + " FROM (SELECT g::date AS day FROM generate_series($1::date::timestamp, $2::date::timestamp,"
                + " interval '1 day') AS g) d"
                + " LEFT JOIN (SELECT day, sum(orders) AS orders, sum(units) AS units, sum(revenue) AS revenue"
                + " FROM (" + scope.daysSql(4) + ") x WHERE day BETWEEN $1::date AND $2::date GROUP BY day) s"
                + " ON s.day = d.day"
                + " GROUP BY CASE $3::text WHEN 'week' THEN date_trunc('week', d.day::timestamp)::date"
                + " WHEN 'month' THEN date_trunc('month', d.day::timestamp)::date ELSE d.day END"
                + " ORDER BY 2";
        return sql.query(text, row -> new SeriesPoint(row.getString(0), row.getString(1), row.getString(2),
                row.getInt(3), row.getInt(4), row.getString(5), row.getString(6)),
                params(new Object[] {from, to, granularity}, scope));
    }

    /** Totals of [from, to] and of [previousFrom, previousTo], in one scan of the marts. */
    static Totals[] totals(Sql sql, String from, String to, String previousFrom, String previousTo, Scope scope) {
        String text = "SELECT"
                + " coalesce(sum(orders) FILTER (WHERE day >= $1::date), 0) AS orders,"
                + " coalesce(sum(units) FILTER (WHERE day >= $1::date), 0) AS units,"
                + " coalesce(sum(revenue) FILTER (WHERE day >= $1::date), 0) AS revenue,"
                + " coalesce(sum(orders) FILTER (WHERE day <= $4::date), 0) AS p_orders,"
                + " coalesce(sum(units) FILTER (WHERE day <= $4::date), 0) AS p_units,"
                + " coalesce(sum(revenue) FILTER (WHERE day <= $4::date), 0) AS p_revenue"
                + " FROM (" + scope.daysSql(5) + ") x WHERE day BETWEEN $3::date AND $2::date";
        Row row = sql.rows(text, params(new Object[] {from, to, previousFrom, previousTo}, scope)).get(0);
        return new Totals[] {
            Totals.of(row.getInt(0), row.getInt(1), row.getBigDecimal(2)),
            Totals.of(row.getInt(3), row.getInt(4), row.getBigDecimal(5))
        };
    }

    private static final String TOP_PRODUCTS = "SELECT p.id, p.title, p.sku, p.product_line, sum(s.orders) AS orders,"
            + " sum(s.units) AS units, sum(s.revenue) AS revenue"
            + " FROM daily_product_sales s JOIN products p ON p.id = s.product_id"
            + " WHERE s.day BETWEEN $1::date AND $2::date AND ($3::text IS NULL OR p.product_line = $3::text)"
            + " GROUP BY p.id";

    /** Products ranked by revenue (or units), then by id; keyset after (value, id) of the cursor. */
    static List<TopProduct> topProducts(Sql sql, String from, String to, String productLine, boolean byUnits,
            String afterValue, Long afterId, int limit) {
        String measure = byUnits ? "sum(s.units)" : "sum(s.revenue)";
        String text = TOP_PRODUCTS
                + " HAVING $4::numeric IS NULL OR " + measure + " < $4::numeric"
                + " OR (" + measure + " = $4::numeric AND p.id > $5::bigint)"
                + " ORDER BY " + measure + " DESC, p.id LIMIT $6::int";
        return sql.query(text, row -> new TopProduct(row.getLong(0), row.getString(1), row.getString(2),
                row.getString(3), row.getInt(4), row.getInt(5), row.getString(6)),
                from, to, productLine, afterValue, afterId, limit + 1);
    }

    /**
     * Records a RUNNING bulk sync and answers its id, or null when one is running already (the
     * partial unique index allows one; ON CONFLICT on it makes the loser a null, not an error).
     */
    static Long startSync(Sql sql, String triggeredBy) {
        return sql.first("INSERT INTO ingest_runs (run_type, status, step, triggered_by)"
                + " VALUES ('SHOPIFY_BULK_SYNC', 'RUNNING', 'START', $1)"
                + " ON CONFLICT (run_type) WHERE status = 'RUNNING' AND run_type = 'SHOPIFY_BULK_SYNC' DO NOTHING"
                + " RETURNING id", row -> row.getLong(0), triggeredBy);
    }

    static Long runningSync(Sql sql) {
        return sql.first("SELECT id FROM ingest_runs WHERE run_type = 'SHOPIFY_BULK_SYNC' AND status = 'RUNNING'",
                row -> row.getLong(0));
    }

    /** A run whose job could not be enqueued never started: it must not block the next sync. */
    static void failUnqueuedSync(Sql sql, long runId) {
        sql.execute("UPDATE ingest_runs SET status = 'FAILED', error_code = 'enqueue_failed',"
                + " error = 'the job could not be queued', finished_at = now(), updated_at = now() WHERE id = $1",
                runId);
    }

    private static Object[] params(Object[] first, Scope scope) {
        Object[] extra = scope.params();
        Object[] all = new Object[first.length + extra.length];
        System.arraycopy(first, 0, all, 0, first.length);
        System.arraycopy(extra, 0, all, first.length, extra.length);
        return all;
    }
}
