package dev.workers4j.dashboard.metrics.objectives;

import dev.workers4j.sql.Sql;
import java.util.List;

/** The objectives' SQL. */
final class ObjectivesSql {
    static final String COLUMNS = "o.id, o.name, o.metric, o.period_start::text, o.period_end::text, o.target,"
            + " o.product_id, o.product_line, o.created_by, o.created_at, o.updated_by, o.updated_at";

    private ObjectivesSql() {
    }

    static boolean productExists(Sql sql, long productId) {
        return sql.first("SELECT 1 FROM products WHERE id = $1::bigint", row -> Boolean.TRUE, productId) != null;
    }

    static Objective insert(Sql sql, ObjectiveInput.Valid in, String who) {
        return sql.first("WITH o AS (INSERT INTO objectives (metric, period_start, period_end, target, product_id,"
                + " product_line, name, created_by, updated_by) VALUES ($1, $2::date, $3::date, $4::numeric, $5::bigint,"
                + " $6, $7, $8, $8) RETURNING *) SELECT " + COLUMNS + " FROM o", Objective::of,
                in.metric(), in.periodStart(), in.periodEnd(), in.target(), in.productId(), in.productLine(), in.name(),
                who);
    }

    /** The updated objective, or null when there is none of that id. */
    static Objective update(Sql sql, long id, ObjectiveInput.Valid in, String who) {
        return sql.first("WITH o AS (UPDATE objectives SET metric = $2, period_start = $3::date, period_end = $4::date,"
                + " target = $5::numeric, product_id = $6::bigint, product_line = $7, name = $8, updated_by = $9,"
                + " updated_at = now() WHERE id = $1::bigint RETURNING *) SELECT " + COLUMNS + " FROM o", Objective::of,
                id, in.metric(), in.periodStart(), in.periodEnd(), in.target(), in.productId(), in.productLine(),
                in.name(), who);
    }

    static boolean delete(Sql sql, long id) {
        return sql.execute("DELETE FROM objectives WHERE id = $1::bigint", id) > 0;
    }

    static Objective find(Sql sql, long id) {
        return sql.first("SELECT " + COLUMNS + " FROM objectives o WHERE o.id = $1::bigint", Objective::of, id);
    }

    /** Objectives after id {@code afterId}, optionally only those whose period holds {@code activeOn}. */
    static List<Objective> list(Sql sql, String activeOn, long afterId, int limit) {
        return sql.query("SELECT " + COLUMNS + " FROM objectives o WHERE o.id > $1::bigint"
                + " AND ($2::date IS NULL OR $2::date BETWEEN o.period_start AND o.period_end)"
                + " ORDER BY o.id LIMIT $3::int", Objective::of, afterId, activeOn, limit + 1);
    }

    /**
     * Objectives with their actual value: the marts summed over the period (days not yet sold
     * count nothing) for the shop, the product or the product line.
     */
    static List<ObjectiveProgress> progress(Sql sql, String activeOn, long afterId, int limit) {
        return sql.query("SELECT " + COLUMNS + ", a.actual,"
                + " CASE WHEN o.target > 0 THEN round(a.actual * 100 / o.target, 1) END AS percent"
                + " FROM objectives o CROSS JOIN LATERAL ("
                + "  SELECT coalesce(sum(CASE o.metric WHEN 'orders' THEN x.orders WHEN 'units' THEN x.units"
                + "   ELSE x.revenue END), 0) AS actual FROM ("
                + "   SELECT d.orders, d.units, d.revenue FROM daily_sales d WHERE o.product_id IS NULL"
                + "    AND o.product_line IS NULL AND d.day BETWEEN o.period_start AND o.period_end"
                + "   UNION ALL SELECT s.orders, s.units, s.revenue FROM daily_product_sales s"
                + "    WHERE s.product_id = o.product_id AND s.day BETWEEN o.period_start AND o.period_end"
                + "   UNION ALL SELECT l.orders, l.units, l.revenue FROM daily_product_line_sales l"
                + "    WHERE l.product_line = o.product_line AND l.day BETWEEN o.period_start AND o.period_end) x) a"
                + " WHERE o.id > $1::bigint AND ($2::date IS NULL OR $2::date BETWEEN o.period_start AND o.period_end)"
                + " ORDER BY o.id LIMIT $3::int",
                row -> new ObjectiveProgress(Objective.of(row), row.getString(12), row.getString(13)),
                afterId, activeOn, limit + 1);
    }
}
