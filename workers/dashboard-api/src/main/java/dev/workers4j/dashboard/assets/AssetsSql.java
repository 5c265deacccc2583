package dev.workers4j.dashboard.assets;

import dev.workers4j.sql.Sql;
import java.util.List;

/** The assets' SQL. A DUPLICATE asset shows the stored object of the asset it duplicates. */
final class AssetsSql {
    static final String COLUMNS = "a.id, a.status, a.source_url, coalesce(a.content_hash, d.content_hash),"
            + " coalesce(a.size_bytes, d.size_bytes), coalesce(a.content_type, d.content_type),"
            + " coalesce(a.file_name, d.file_name), coalesce(a.r2_key, d.r2_key), a.duplicate_of, a.failure_reason,"
            + " ARRAY(SELECT p.product_id FROM asset_products p WHERE p.asset_id = a.id ORDER BY 1)::text,"
            + " a.requested_by, a.created_at, a.updated_at";
    private static final String FROM = " FROM assets a LEFT JOIN assets d ON d.id = a.duplicate_of";

    private AssetsSql() {
    }

    static boolean productExists(Sql sql, long productId) {
        return sql.first("SELECT 1 FROM products WHERE id = $1::bigint", row -> Boolean.TRUE, productId) != null;
    }

    /** Records a PENDING asset linked to its product; answers its id. */
    static long insertPending(Sql tx, String sourceUrl, long productId, String who) {
        long id = tx.first("INSERT INTO assets (source_url, status, requested_by) VALUES ($1, 'PENDING', $2) RETURNING id",
                row -> row.getLong(0), sourceUrl, who);
        tx.execute("INSERT INTO asset_products (asset_id, product_id) VALUES ($1::bigint, $2::bigint)", id, productId);
        return id;
    }

    static void failUnqueued(Sql sql, long id) {
        sql.execute("UPDATE assets SET status = 'FAILED', failure_reason = 'the ingest job could not be queued',"
                + " updated_at = now() WHERE id = $1::bigint", id);
    }

    static Asset find(Sql sql, long id, String publicOrigin) {
        return sql.first("SELECT " + COLUMNS + FROM + " WHERE a.id = $1::bigint", row -> Asset.of(row, publicOrigin), id);
    }

    /** Newest first, after id {@code beforeId}; optionally one status. */
    static List<Asset> list(Sql sql, String status, Long beforeId, int limit, String publicOrigin) {
        return sql.query("SELECT " + COLUMNS + FROM + " WHERE ($1::text IS NULL OR a.status = $1::text)"
                + " AND ($2::bigint IS NULL OR a.id < $2::bigint) ORDER BY a.id DESC LIMIT $3::int",
                row -> Asset.of(row, publicOrigin), status, beforeId, limit + 1);
    }
}
