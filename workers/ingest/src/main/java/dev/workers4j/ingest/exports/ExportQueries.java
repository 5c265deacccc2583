package dev.workers4j.ingest.exports;

import dev.workers4j.json.Json;
import dev.workers4j.worker.Attempt;

/**
 * The query of each export type, from its stored filters:
 * <ul>
 * <li>{@code orders}: one row per order processed within [from, to] (UTC days), oldest first, with
 *     its line item count and units;</li>
 * <li>{@code performance_metrics}: one row per day, ISO week or month of [from, to] (empty periods as
 *     zeros) from the daily marts, for the shop, a product ({@code product_id}) or a product line,
 *     as dashboard-api's /api/performance-metrics series reads them;</li>
 * <li>{@code combo_logs}: the ledger with dashboard-api's combo-log CSV columns, filtered by type,
 *     audience, status, product line and launch date, oldest launch first.</li>
 * </ul>
 */
final class ExportQueries {
    static final String[] ORDER_COLUMNS = {"id", "name", "processed_at", "created_at", "updated_at", "financial_status",
        "total_price", "currency", "line_items", "units"};
    static final String[] METRIC_COLUMNS = {"period", "period_start", "period_end", "orders", "units", "revenue", "aov"};
    static final String[] COMBO_LOG_COLUMNS = {"identifier", "type", "audience", "product_lines", "product_ids",
        "launch_date", "status", "spend", "impressions", "clicks", "purchases", "revenue", "ctr", "cpa", "roas", "notes",
        "created_by", "created_at", "updated_by", "updated_at"};

    /** Open ends of a date range bind as infinities, so one statement (and its index plan) serves every range. */
    private static final String NO_START = "-infinity";
    private static final String NO_END = "infinity";

    private static final String ORDERS = "SELECT o.id, o.name, o.processed_at, o.created_at, o.updated_at,"
            + " o.financial_status, o.total_price, o.currency, li.line_items, coalesce(li.units, 0), o.processed_at, o.id"
            + " FROM orders o LEFT JOIN LATERAL (SELECT count(*) AS line_items, sum(i.quantity) AS units"
            + " FROM order_line_items i WHERE i.order_id = o.id) li ON true"
            + " WHERE o.processed_at >= $1::date::timestamp AT TIME ZONE 'UTC'"
            + " AND o.processed_at < ($2::date + 1)::timestamp AT TIME ZONE 'UTC'";

    /** dashboard-api's MetricsSql.series over one scope's (day, orders, units, revenue) rows. */
    private static String metrics(String days) {
        return "SELECT s.* , s.period_start, 0 FROM (SELECT to_char(min(d.day), CASE $3::text WHEN 'week' THEN"
                + " 'IYYY-\"W\"IW' WHEN 'month' THEN 'YYYY-MM' ELSE 'YYYY-MM-DD' END) AS period,"
                + " min(d.day)::text AS period_start, max(d.day)::text AS period_end,"
                + " coalesce(sum(s.orders), 0) AS orders, coalesce(sum(s.units), 0) AS units,"
                + " coalesce(sum(s.revenue), 0) AS revenue, round(sum(s.revenue) / nullif(sum(s.orders), 0), 2) AS aov"
                + " FROM (SELECT g::date AS day FROM generate_series($1::date::timestamp, $2::date::timestamp,"
                + " interval '1 day') AS g) d"
                + " LEFT JOIN (SELECT day, sum(orders) AS orders, sum(units) AS units, sum(revenue) AS revenue"
                + " FROM (" + days + ") x WHERE day BETWEEN $1::date AND $2::date GROUP BY day) s ON s.day = d.day"
                + " GROUP BY CASE $3::text WHEN 'week' THEN date_trunc('week', d.day::timestamp)::date"
                + " WHEN 'month' THEN date_trunc('month', d.day::timestamp)::date ELSE d.day END) s WHERE true";
    }

    private static final String SHOP_DAYS = "SELECT day, orders, units, revenue FROM daily_sales WHERE $4::text IS NULL";
    private static final String PRODUCT_DAYS = "SELECT day, orders, units, revenue FROM daily_product_sales"
            + " WHERE product_id = $4::bigint";
    private static final String PRODUCT_LINE_DAYS = "SELECT s.day, s.orders, s.units, s.revenue FROM daily_product_sales s"
            + " JOIN products p ON p.id = s.product_id WHERE p.product_line = $4::text";

    private static final String COMBO_LOGS = "SELECT c.identifier, c.combo_type, c.audience,"
            + " array_to_string(c.product_lines, '+'),"
            + " array_to_string(ARRAY(SELECT p.product_id FROM combo_log_products p WHERE p.combo_log_id = c.id ORDER BY 1), '+'),"
            + " c.launch_date::text, c.status, c.spend, c.impressions, c.clicks, c.purchases, c.revenue,"
            + " round(c.clicks::numeric / nullif(c.impressions, 0), 4), round(c.spend / nullif(c.purchases, 0), 2),"
            + " round(c.revenue / nullif(c.spend, 0), 2), c.notes, c.created_by, c.created_at, c.updated_by, c.updated_at,"
            + " c.launch_date::text, c.id"
            + " FROM combo_logs c WHERE ($1::text IS NULL OR c.combo_type = $1::text)"
            + " AND ($2::text IS NULL OR c.audience = $2::text)"
            + " AND ($3::text IS NULL OR c.product_lines @> ARRAY[$3::text])"
            + " AND ($4::text IS NULL OR c.status = $4::text)"
            + " AND c.launch_date >= $5::date AND c.launch_date <= $6::date";

    private ExportQueries() {
    }

    /** The export's query; throws {@link InvalidExport} for an unknown type or a filter that is wrong. */
    static ExportQuery of(String exportType, String filtersJson) {
        ExportFilters[] read = new ExportFilters[1];
        RuntimeException unreadable = Attempt.run(() -> read[0] = filtersJson == null || filtersJson.isEmpty()
                ? ExportFilters.NONE : Json.fromJson(ExportFilters_JsonCodec.INSTANCE, filtersJson));
        if (unreadable != null) {
            throw new InvalidExport("its filters are not readable: " + unreadable.getMessage());
        }
        ExportFilters f = read[0];
        if ("orders".equals(exportType)) {
            return orders(f);
        }
        if ("performance_metrics".equals(exportType)) {
            return performanceMetrics(f);
        }
        if ("combo_logs".equals(exportType)) {
            return comboLogs(f);
        }
        throw new InvalidExport("no export type " + exportType + " (orders, performance_metrics, combo_logs)");
    }

    private static ExportQuery orders(ExportFilters f) {
        String from = ExportFilters.checkDate("from", f.from());
        String to = ExportFilters.checkDate("to", f.to());
        ExportFilters.checkRange("from", from, "to", to);
        return new ExportQuery(ORDER_COLUMNS, ORDERS, "(o.processed_at, o.id) > ($3::timestamptz, $4::bigint)",
                "o.processed_at, o.id", from == null ? NO_START : from, to == null ? NO_END : to);
    }

    private static ExportQuery performanceMetrics(ExportFilters f) {
        String from = ExportFilters.checkDate("from", f.from());
        String to = ExportFilters.checkDate("to", f.to());
        if (from == null || to == null) {
            throw new InvalidExport("a performance_metrics export needs filters.from and filters.to");
        }
        ExportFilters.checkRange("from", from, "to", to);
        String granularity = f.granularity() == null ? "day" : f.granularity();
        if (!"day".equals(granularity) && !"week".equals(granularity) && !"month".equals(granularity)) {
            throw new InvalidExport("filters.granularity is not day, week or month: " + granularity);
        }
        if (f.productId() != null && f.productId() <= 0) {
            throw new InvalidExport("filters.product_id is not a product id: " + f.productId());
        }
        String days = f.productId() != null ? PRODUCT_DAYS : f.productLine() != null ? PRODUCT_LINE_DAYS : SHOP_DAYS;
        Object scope = f.productId() != null ? f.productId() : f.productLine();
        return new ExportQuery(METRIC_COLUMNS, metrics(days), "(s.period_start, 0::bigint) > ($5::text, $6::bigint)",
                "s.period_start",
                from, to, granularity, scope);
    }

    private static ExportQuery comboLogs(ExportFilters f) {
        String from = ExportFilters.checkDate("date_from", f.dateFrom());
        String to = ExportFilters.checkDate("date_to", f.dateTo());
        ExportFilters.checkRange("date_from", from, "date_to", to);
        return new ExportQuery(COMBO_LOG_COLUMNS, COMBO_LOGS, "(c.launch_date, c.id) > ($7::date, $8::bigint)",
                "c.launch_date, c.id", f.type(), f.audience(), f.productLine(), f.status(),
                from == null ? NO_START : from, to == null ? NO_END : to);
    }
}
