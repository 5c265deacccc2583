package dev.workers4j.ingest;

import dev.workers4j.testing.BothRuntimes;
import dev.workers4j.testing.assets.AssetSource;
import dev.workers4j.testing.shopify.ShopifyStandIn;
import dev.workers4j.testing.sql.LocalPostgres;
import java.util.Map;

/**
 * ingest as its tests run it: its shop is a Shopify stand-in and its assets come from a local file
 * host (one each per test JVM, so every scenario class shares one workerd), its chunks small
 * enough that a few hundred orders take several, and in workerd its consumers wait at most a
 * second for a batch.
 */
public final class IngestRuntimes {
    static final ShopifyStandIn SHOP = ShopifyStandIn.start();
    static final String CHUNK_BYTES = "16384";
    /** Where the asset ingest's test files come from. */
    static final AssetSource ASSETS = AssetSource.start();
    /** Small enough that a test file goes over it, big enough for a file of two parts. */
    static final long ASSET_MAX_BYTES = 12_000_000;
    /** Shorter than the asset source's slow answers. */
    static final String ASSET_TIMEOUT_SECONDS = "3";
    /** Small enough that a report of a few KB takes several chunk transactions. */
    static final String IMPORT_CHUNK_BYTES = "512";
    /** One 8 MiB part per CSV_EXPORT message, so an export of a few parts spans as many messages. */
    static final String EXPORT_PARTS_PER_MESSAGE = "1";

    private IngestRuntimes() {
    }

    static BothRuntimes ingest() {
        return BothRuntimes.of(IngestWorker::new)
                .vars(() -> Map.of("SHOPIFY_ADMIN_URL", SHOP.origin(), "SHOPIFY_SYNC_CHUNK_BYTES", CHUNK_BYTES,
                        "SHOPIFY_ACCESS_TOKEN", ShopifyStandIn.ACCESS_TOKEN, "ASSET_MAX_BYTES",
                        String.valueOf(ASSET_MAX_BYTES), "ASSET_DOWNLOAD_TIMEOUT_SECONDS", ASSET_TIMEOUT_SECONDS,
                        "COMBO_IMPORT_CHUNK_BYTES", IMPORT_CHUNK_BYTES, "CSV_EXPORT_PARTS_PER_MESSAGE",
                        EXPORT_PARTS_PER_MESSAGE))
                .jvmEnv(env -> env.secret("SHOPIFY_ACCESS_TOKEN", ShopifyStandIn.ACCESS_TOKEN))
                .jvmOutbound(rules -> ASSETS.answer(SHOP.answer(rules)))
                .workerdEnvironment(() -> Map.of("W4J_MAX_BATCH_TIMEOUT", "1"));
    }

    /** Empties what the jobs write, so each test starts from a clean database. */
    public static void emptyDatabase() {
        LocalPostgres.get().execute("TRUNCATE orders, order_line_items, products, ingest_runs, sync_watermarks,"
                + " daily_sales, daily_product_sales, daily_product_line_sales, mart_refresh_state, dead_letters, assets,"
                + " asset_products, csv_imports, csv_import_rejections, csv_exports, combo_logs, combo_log_products,"
                + " combo_log_sequences RESTART IDENTITY CASCADE");
    }
}
