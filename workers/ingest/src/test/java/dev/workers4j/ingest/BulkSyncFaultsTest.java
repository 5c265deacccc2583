package dev.workers4j.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.workers4j.sql.Row;
import dev.workers4j.sql.SqlException;
import dev.workers4j.testing.WorkerExtension;
import dev.workers4j.testing.WorkerHarness;
import dev.workers4j.testing.queue.SendingTwiceQueue;
import dev.workers4j.testing.shopify.ShopifyDataset;
import dev.workers4j.testing.shopify.ShopifyStandIn;
import dev.workers4j.testing.sql.LocalPostgres;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The bulk sync under faults, on the JVM's virtual clock: whatever breaks and wherever, the run
 * completes and the database equals what a clean run produces (a checksum over the rows), with
 * nothing lost and nothing duplicated.
 */
class BulkSyncFaultsTest {
    static final ShopifyStandIn SHOP = IngestRuntimes.SHOP;
    static final FaultyHyperdrive DATABASE = new FaultyHyperdrive(LocalPostgres.get().hyperdrive());

    @RegisterExtension
    static final WorkerExtension INGEST = WorkerExtension.of(IngestWorker::new)
            .env(env -> env.var("SHOPIFY_ADMIN_URL", SHOP.origin()).var("SHOPIFY_SYNC_CHUNK_BYTES", "4096")
                    .secret("SHOPIFY_ACCESS_TOKEN", ShopifyStandIn.ACCESS_TOKEN).hyperdrive("HYPERDRIVE", DATABASE))
            .outbound(SHOP::answer);

    private static String cleanChecksum;
    private static int cleanStatements;

    @BeforeEach
    void cleanShop() {
        IngestRuntimes.emptyDatabase();
        SHOP.pollsUntilDone(1).failWith(null).dataset(ShopifyDataset.of(11, 120));
        SHOP.throttleNext(0).http429Next(0).operationInProgressNext(0).cutDownloadsNext(0);
        if (cleanChecksum == null) {
            startSync(INGEST.harness());
            int before = DATABASE.statements();
            INGEST.queues().drain();
            cleanStatements = DATABASE.statements() - before;
            cleanChecksum = SyncDatabase.checksum();
            IngestRuntimes.emptyDatabase();
        }
    }

    private static Row syncToCompletion(WorkerHarness ingest) {
        startSync(ingest);
        INGEST.queues().drain();
        return SyncDatabase.lastRun();
    }

    private static void startSync(WorkerHarness ingest) {
        assertFalse(ingest.scheduled(IngestWorker.DAILY_BULK_SYNC_CRON).handlerThrew());
    }

    private static void assertSameAsACleanRun(Row run) {
        assertEquals("COMPLETED", run.getString("status"), run.toString());
        assertEquals(cleanChecksum, SyncDatabase.checksum());
        assertEquals(1, SyncDatabase.count("sync_watermarks"));
    }

    @Test
    void aRunKilledAtAnyStatementResumesAndEndsAsACleanRun(WorkerHarness ingest) {
        // A smaller shop, so that killing the run at each of its statements in turn stays quick.
        SHOP.dataset(ShopifyDataset.of(3, 30));
        startSync(ingest);
        int before = DATABASE.statements();
        INGEST.queues().drain();
        int statements = DATABASE.statements() - before;
        String clean = SyncDatabase.checksum();
        assertTrue(SyncDatabase.lastRun().getLong("chunks_done") >= 3, "several chunks, several boundaries");
        for (int failAt = 1; failAt <= statements; failAt++) {
            IngestRuntimes.emptyDatabase();
            startSync(ingest);
            int statement = failAt;
            DATABASE.failAt(failAt, () -> SqlException.of(null, "connection lost at statement " + statement, null, null));
            INGEST.queues().drain();
            Row run = SyncDatabase.lastRun();
            assertEquals("COMPLETED", run.getString("status"), "killed at statement " + failAt + ": " + run);
            assertEquals(clean, SyncDatabase.checksum(), "killed at statement " + failAt);
        }
    }

    @Test
    void aTransactionThatTimesOutMidChunkIsRolledBackAndRedone(WorkerHarness ingest) {
        for (int failAt = cleanStatements / 2; failAt < cleanStatements / 2 + 6; failAt++) {
            IngestRuntimes.emptyDatabase();
            startSync(ingest);
            DATABASE.failAt(failAt, () -> SqlException.of("57014", "canceling statement due to statement timeout",
                    null, null));
            INGEST.queues().drain();
            assertSameAsACleanRun(SyncDatabase.lastRun());
        }
    }

    @Test
    void everyMessageDeliveredTwiceChangesNothing(WorkerHarness ingest) {
        ingest.env().queue("INGEST_QUEUE", new SendingTwiceQueue(ingest.env().queue("INGEST_QUEUE")));
        Row run = syncToCompletion(ingest);
        assertSameAsACleanRun(run);
        assertEquals(SHOP.lastTotals().lines(), run.getLong("lines_done"), "no chunk counted twice");
    }

    @Test
    void aDownloadThatBreaksMidwayIsResumed(WorkerHarness ingest) {
        SHOP.cutDownloadsNext(2);
        assertSameAsACleanRun(syncToCompletion(ingest));
    }

    @Test
    void throttlingAndABusySlotAreWaitedOutNotFailed(WorkerHarness ingest) {
        SHOP.throttleNext(2).http429Next(1).operationInProgressNext(1);
        assertSameAsACleanRun(syncToCompletion(ingest));
        assertTrue(INGEST.queues().inspector().deadLettered().isEmpty());
    }

    @Test
    void twoSyncsStartedAtOnceMakeOneRunAndACronFiringTwiceStartsOne(WorkerHarness ingest) {
        long due = 1_764_741_600_000L;
        assertFalse(ingest.scheduled(IngestWorker.DAILY_BULK_SYNC_CRON, due).handlerThrew());
        assertFalse(ingest.scheduled(IngestWorker.DAILY_BULK_SYNC_CRON, due).handlerThrew());
        assertFalse(ingest.scheduled(IngestWorker.DAILY_BULK_SYNC_CRON, due + 60_000).handlerThrew());
        assertEquals(1, SyncDatabase.count("ingest_runs"));
        INGEST.queues().drain();
        assertSameAsACleanRun(SyncDatabase.lastRun());
        assertEquals(1, SHOP.operationsCreated() - operationsBefore(), "one bulk operation");
    }

    private static int operationsBeforeThisTest;

    private static int operationsBefore() {
        return operationsBeforeThisTest;
    }

    @BeforeEach
    void countOperations() {
        operationsBeforeThisTest = SHOP.operationsCreated();
    }

    @Test
    void theNextSyncStartsAtTheWatermark(WorkerHarness ingest) {
        Row first = syncToCompletion(ingest);
        assertSameAsACleanRun(first);
        Row second = syncToCompletion(ingest);
        assertEquals("COMPLETED", second.getString("status"));
        assertEquals(first.getString("window_end"), second.getString("window_start"));
        assertEquals(cleanChecksum, SyncDatabase.checksum(), "re-syncing the same orders changes nothing");
    }

    @Test
    void aLargeResultIsArchivedInPartsAndABrokenDownloadResumesFromTheLastPart(WorkerHarness ingest) {
        SHOP.dataset(ShopifyDataset.of(5, 70_000)).cutDownloadsNext(1, 0.7);
        ingest.env().var("SHOPIFY_SYNC_CHUNK_BYTES", "4194304");
        Row run = syncToCompletion(ingest);
        assertEquals("COMPLETED", run.getString("status"), run.toString());
        assertTrue(run.getLong("bytes_total") > 16L * 1024 * 1024, "big enough for parts: " + run);
        assertEquals(SHOP.lastTotals().orders(), SyncDatabase.count("orders"));
        assertEquals(SHOP.lastTotals().lineItems(), SyncDatabase.count("order_line_items"));
        assertEquals(run.getLong("bytes_total"), ingest.env().r2("R2_BUCKET").head("archives/shopify/" + run.getLong("id")
                + ".jsonl").size());
        assertTrue(INGEST.harness().logs().stream().anyMatch(l -> l.contains("result download broke")),
                "the cut download was retried");
    }
}
