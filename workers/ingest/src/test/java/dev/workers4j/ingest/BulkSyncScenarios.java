package dev.workers4j.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.workers4j.sql.Row;
import dev.workers4j.testing.BothRuntimes;
import dev.workers4j.testing.Scenario;
import dev.workers4j.testing.WorkerClient;
import dev.workers4j.testing.shopify.ShopifyDataset;
import java.math.BigDecimal;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The Shopify bulk sync end to end, started by the daily cron, on both runtimes. */
class BulkSyncScenarios {
    @RegisterExtension
    static final BothRuntimes RUNTIMES = IngestRuntimes.ingest();

    @BeforeEach
    void cleanShop() {
        IngestRuntimes.emptyDatabase();
        IngestRuntimes.SHOP.pollsUntilDone(1).failWith(null).dataset(ShopifyDataset.of(7, 300));
    }

    @Scenario
    void aCronStartedSyncStoresEveryOrderShopifyExportedAndRefreshesTheMarts(WorkerClient ingest) {
        assertFalse(ingest.scheduled(IngestWorker.DAILY_BULK_SYNC_CRON).handlerThrew());
        ingest.awaitDelivered(() -> {
            Row run = SyncDatabase.lastRun();
            assertNotNull(run, "the cron recorded no run");
            assertEquals("COMPLETED", run.getString("status"), run.toString());
            assertTrue(SyncDatabase.count("daily_sales") > 0, "the marts were not refreshed");
        });
        ShopifyDataset.Totals totals = IngestRuntimes.SHOP.lastTotals();
        Row run = SyncDatabase.lastRun();
        assertEquals(totals.orders(), SyncDatabase.count("orders"));
        assertEquals(totals.lineItems(), SyncDatabase.count("order_line_items"));
        assertEquals(totals.products(), SyncDatabase.count("products"));
        assertEquals(totals.lines(), run.getLong("lines_done"));
        assertEquals(totals.bytes(), run.getLong("bytes_done"));
        assertTrue(run.getLong("chunks_done") > 3, "small chunks: " + run);
        assertEquals(0, totals.revenue().compareTo(SyncDatabase.sum("SELECT sum(total_price) FROM orders")));
        assertEquals(BigDecimal.valueOf(totals.units()), SyncDatabase.sum("SELECT sum(quantity) FROM order_line_items"));
        assertEquals(0, SyncDatabase.sum("SELECT sum(total_price) FROM orders WHERE financial_status <> 'REFUNDED'")
                .compareTo(SyncDatabase.sum("SELECT sum(revenue) FROM daily_sales")), "the marts hold every sale");
        assertEquals(run.getString("window_end"),
                SyncDatabase.rows("SELECT watermark::text AS w FROM sync_watermarks").get(0).getString("w"));
        assertTrue(SyncDatabase.count("products WHERE product_line IN ('IPH','SAM','GRIPZ','AIR','AIRMAX')") > 0);
    }

    @Scenario
    void aFailedBulkOperationEndsTheRunWithShopifysErrorCode(WorkerClient ingest) {
        IngestRuntimes.SHOP.failWith("ACCESS_DENIED");
        assertFalse(ingest.scheduled(IngestWorker.DAILY_BULK_SYNC_CRON).handlerThrew());
        ingest.awaitDelivered(() -> {
            Row run = SyncDatabase.lastRun();
            assertNotNull(run);
            assertEquals("FAILED", run.getString("status"), run.toString());
            assertEquals("ACCESS_DENIED", run.getString("error_code"));
        });
        assertEquals(0, SyncDatabase.count("sync_watermarks"), "a failed run leaves the watermark alone");
        assertEquals(0, SyncDatabase.count("orders"));
    }
}
