package dev.workers4j.dashboard.combologs;

import dev.workers4j.sql.Sql;
import java.util.List;

/** The combo logs' SQL (and their imports'). */
final class ComboLogsSql {
    /** Columns read by {@link ComboLog#of}; then the sort key (21st) and the id (22nd) for the cursor. */
    static final String COLUMNS = "c.identifier, c.combo_type, c.audience, c.product_lines::text,"
            + " ARRAY(SELECT p.product_id FROM combo_log_products p WHERE p.combo_log_id = c.id ORDER BY 1)::text,"
            + " c.launch_date::text, c.status, c.spend, c.impressions, c.clicks, c.purchases, c.revenue,"
            + " round(c.clicks::numeric / nullif(c.impressions, 0), 4), round(c.spend / nullif(c.purchases, 0), 2),"
            + " round(c.revenue / nullif(c.spend, 0), 2), c.notes, c.created_by, c.created_at, c.updated_by, c.updated_at";

    /** ROAS as sorted: undefined (no spend) after every defined value. */
    private static final String ROAS_KEY = "coalesce(CASE WHEN c.spend > 0 THEN c.revenue / c.spend END, -1)";

    private static final String FILTER = " WHERE ($1::text IS NULL OR c.combo_type = $1::text)"
            + " AND ($2::text IS NULL OR c.audience = $2::text)"
            + " AND ($3::text IS NULL OR c.product_lines @> ARRAY[$3::text])"
            + " AND ($4::text IS NULL OR c.status = $4::text)"
            + " AND ($5::date IS NULL OR c.launch_date >= $5::date)"
            + " AND ($6::date IS NULL OR c.launch_date <= $6::date)";

    private static final String BY_LAUNCH = "SELECT " + COLUMNS + ", c.launch_date::text, c.id FROM combo_logs c" + FILTER
            + " AND ($7::date IS NULL OR (c.launch_date, c.id) < ($7::date, $8::bigint))"
            + " ORDER BY c.launch_date DESC, c.id DESC LIMIT $9::int";

    private static final String BY_ROAS = "SELECT " + COLUMNS + ", " + ROAS_KEY + "::text, c.id FROM combo_logs c" + FILTER
            + " AND ($7::numeric IS NULL OR (" + ROAS_KEY + ", c.id) < ($7::numeric, $8::bigint))"
            + " ORDER BY " + ROAS_KEY + " DESC, c.id DESC LIMIT $9::int";

    private ComboLogsSql() {
    }

    /** One listed row: the combo log and its cursor key. */
    record Listed(ComboLog log, String key, long id) {
    }

    /** Up to {@code rows} rows after the filter's cursor. */
    static List<Listed> list(Sql sql, ComboLogFilter f, int rows) {
        return sql.query(f.byRoas() ? BY_ROAS : BY_LAUNCH,
                row -> new Listed(ComboLog.of(row), row.getString(20), row.getLong(21)),
                f.type(), f.audience(), f.productLine(), f.status(), f.dateFrom(), f.dateTo(), f.afterKey(), f.afterId(),
                rows);
    }

    static ComboLog find(Sql sql, String identifier) {
        return sql.first("SELECT " + COLUMNS + " FROM combo_logs c WHERE c.identifier = $1", ComboLog::of, identifier);
    }

    /** Each product's line (null when it has none), for the ids that exist. */
    static List<String[]> productLines(Sql sql, List<Long> ids) {
        return sql.query("SELECT id::text, product_line FROM products WHERE id = ANY($1::bigint[])",
                row -> new String[] {row.getString(0), row.getString(1)}, pgArray(ids));
    }

    /**
     * The next number for a prefix. The upsert locks the prefix's row until the transaction ends, so
     * concurrent creates take consecutive numbers, and a rolled-back create gives its number back.
     */
    static int nextSeq(Sql tx, String prefix) {
        return tx.first("INSERT INTO combo_log_sequences (prefix, last_seq) VALUES ($1, 1)"
                + " ON CONFLICT (prefix) DO UPDATE SET last_seq = combo_log_sequences.last_seq + 1 RETURNING last_seq",
                row -> row.getInt(0), prefix);
    }

    static long insert(Sql tx, String identifier, String prefix, int seq, ComboLogInput.Valid in, List<String> lines,
            String who) {
        ComboLogInput.Counts n = in.counts();
        long id = tx.first("INSERT INTO combo_logs (identifier, prefix, seq, combo_type, audience, product_lines,"
                + " launch_date, status, spend, impressions, clicks, purchases, revenue, notes, created_by, updated_by)"
                + " VALUES ($1, $2, $3::int, $4, $5, $6::text[], $7::date, $8, coalesce($9::numeric, 0),"
                + " coalesce($10::bigint, 0), coalesce($11::bigint, 0), coalesce($12::int, 0), coalesce($13::numeric, 0),"
                + " $14, $15, $15) RETURNING id", row -> row.getLong(0),
                identifier, prefix, seq, in.type(), in.audience(), pgTextArray(lines), in.launchDate(), in.status(),
                n.spend(), n.impressions(), n.clicks(), n.purchases(), n.revenue(), in.notes(), who);
        tx.execute("INSERT INTO combo_log_products (combo_log_id, product_id)"
                + " SELECT $1::bigint, unnest($2::bigint[])", id, pgArray(in.productIds()));
        return id;
    }

    /** Whether a combo log of that identifier was updated. */
    static boolean update(Sql sql, String identifier, ComboLogUpdate.Valid in, String who) {
        ComboLogInput.Counts n = in.counts();
        return sql.execute("UPDATE combo_logs SET launch_date = coalesce($2::date, launch_date),"
                + " status = coalesce($3, status), spend = coalesce($4::numeric, spend),"
                + " impressions = coalesce($5::bigint, impressions), clicks = coalesce($6::bigint, clicks),"
                + " purchases = coalesce($7::int, purchases), revenue = coalesce($8::numeric, revenue),"
                + " notes = coalesce($9, notes), updated_by = $10, updated_at = now() WHERE identifier = $1",
                identifier, in.launchDate(), in.status(), n.spend(), n.impressions(), n.clicks(), n.purchases(),
                n.revenue(), in.notes(), who) > 0;
    }

    static boolean delete(Sql sql, String identifier) {
        return sql.execute("DELETE FROM combo_logs WHERE identifier = $1", identifier) > 0;
    }

    // ---- imports ---------------------------------------------------------------------------

    static long nextImportId(Sql sql) {
        return sql.first("SELECT nextval(pg_get_serial_sequence('csv_imports', 'id'))", row -> row.getLong(0));
    }

    static void insertImport(Sql sql, long id, String key, String fileName, long size, String who) {
        sql.execute("INSERT INTO csv_imports (id, r2_key, file_name, size_bytes, status, requested_by)"
                + " VALUES ($1::bigint, $2, $3, $4::bigint, 'QUEUED', $5)", id, key, fileName, size, who);
    }

    static void failUnqueuedImport(Sql sql, long id) {
        sql.execute("UPDATE csv_imports SET status = 'FAILED', error = 'the import job could not be queued',"
                + " completed_at = now() WHERE id = $1::bigint", id);
    }

    static ImportStatus findImport(Sql sql, long id) {
        return sql.first("SELECT id, import_type, r2_key, file_name, size_bytes, status, rows_total, rows_imported,"
                + " rows_rejected, coalesce((checkpoint->'matched_by'->>'id')::int, 0),"
                + " coalesce((checkpoint->'matched_by'->>'sku')::int, 0), coalesce((checkpoint->'matched_by'->>'title')::int, 0),"
                + " coalesce((checkpoint->'matched_by'->>'edit_distance')::int, 0), error, requested_by, created_at,"
                + " completed_at FROM csv_imports WHERE id = $1::bigint",
                row -> new ImportStatus(row.getLong(0), row.getString(1), row.getString(2), row.getString(3),
                        row.getLong(4), row.getString(5), row.getInt(6), row.getInt(7), row.getInt(8),
                        new ImportStatus.MatchedBy(row.getInt(9), row.getInt(10), row.getInt(11), row.getInt(12)),
                        row.getString(13), row.getString(14), row.getString(15), row.getString(16), null, null), id);
    }

    static List<ImportStatus.Rejection> rejections(Sql sql, long importId, int afterLine, int limit) {
        return sql.query("SELECT line_number, reason, raw FROM csv_import_rejections WHERE import_id = $1::bigint"
                + " AND line_number > $2::int ORDER BY line_number LIMIT $3::int",
                row -> new ImportStatus.Rejection(row.getInt(0), row.getString(1), row.getString(2)),
                importId, afterLine, limit + 1);
    }

    /** {1,2,3}: a bigint[] parameter. */
    static String pgArray(List<Long> ids) {
        StringBuilder out = new StringBuilder("{");
        for (int i = 0; i < ids.size(); i++) {
            out.append(i == 0 ? "" : ",").append(ids.get(i));
        }
        return out.append('}').toString();
    }

    /** {IPH,SAM}: a text[] of codes checked to hold only A-Z, 0-9 and _. */
    static String pgTextArray(List<String> codes) {
        return "{" + String.join(",", codes) + "}";
    }
}
