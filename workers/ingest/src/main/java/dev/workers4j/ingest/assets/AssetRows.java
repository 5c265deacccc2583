package dev.workers4j.ingest.assets;

import dev.workers4j.sql.Sql;

/** The asset ingest's SQL: its asset row and product links. */
final class AssetRows {
    private AssetRows() {
    }

    /** A stored asset with this content (READY; at most one per hash). */
    record Stored(long id, String r2Key) {
    }

    static AssetRow load(Sql sql, long id) {
        return sql.first("SELECT id, source_url, status FROM assets WHERE id = $1::bigint",
                row -> new AssetRow(row.getLong("id"), row.getString("source_url"), row.getString("status")), id);
    }

    static Stored storedWithHash(Sql sql, String hash) {
        return sql.first("SELECT id, r2_key FROM assets WHERE content_hash = $1 AND status = 'READY'",
                row -> new Stored(row.getLong("id"), row.getString("r2_key")), hash);
    }

    /** The asset is stored at {@code key}; linked to its product. Throws UniqueViolationException when another asset with this hash became READY first. */
    static void ready(Sql sql, long id, Downloaded content, String key, String contentType, String fileName,
            Long productId) {
        sql.transaction(tx -> {
            tx.execute("UPDATE assets SET status = 'READY', content_hash = $2, r2_key = $3, file_name = $4,"
                    + " content_type = $5, size_bytes = $6::bigint, duplicate_of = NULL, failure_reason = NULL,"
                    + " updated_at = now() WHERE id = $1::bigint", id, content.sha256(), key, fileName, contentType,
                    content.size());
            link(tx, id, productId);
            return null;
        });
    }

    /** The asset's content is {@code original}'s: reuse it (its product is linked to the original too). */
    static void duplicate(Sql sql, long id, Stored original, Downloaded content, String contentType, String fileName,
            Long productId) {
        sql.transaction(tx -> {
            tx.execute("UPDATE assets SET status = 'DUPLICATE', duplicate_of = $2::bigint, content_hash = $3,"
                    + " r2_key = NULL, file_name = $4, content_type = $5, size_bytes = $6::bigint, failure_reason = NULL,"
                    + " updated_at = now() WHERE id = $1::bigint", id, original.id(), content.sha256(), fileName,
                    contentType, content.size());
            link(tx, id, productId);
            link(tx, original.id(), productId);
            return null;
        });
    }

    /** The product link, once (the API made it already; a redelivered job must not fail on it). */
    static void link(Sql sql, long assetId, Long productId) {
        if (productId != null) {
            sql.execute("INSERT INTO asset_products (asset_id, product_id) SELECT $1::bigint, id FROM products"
                    + " WHERE id = $2::bigint ON CONFLICT DO NOTHING", assetId, productId);
        }
    }

    /** Retrying cannot help: FAILED, with the reason staff see on the asset. */
    static void fail(Sql sql, long id, String reason) {
        sql.execute("UPDATE assets SET status = 'FAILED', failure_reason = $2, updated_at = now()"
                + " WHERE id = $1::bigint AND status NOT IN ('READY', 'DUPLICATE')", id, reason);
    }

    /** A failed attempt that will be retried: the asset stays PENDING, the reason shows why it waits. */
    static void attemptFailed(Sql sql, long id, String reason) {
        sql.execute("UPDATE assets SET status = 'PENDING', failure_reason = $2, updated_at = now()"
                + " WHERE id = $1::bigint AND status NOT IN ('READY', 'DUPLICATE')", id, reason);
    }
}
