package dev.workers4j.ingest;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.workers4j.queue.OutgoingMessage;
import dev.workers4j.sql.Row;
import dev.workers4j.sql.SqlException;
import dev.workers4j.testing.WorkerExtension;
import dev.workers4j.testing.WorkerHarness;
import dev.workers4j.testing.queue.SendingTwiceQueue;
import dev.workers4j.testing.sql.LocalPostgres;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * A multipart CSV export under faults, on the JVM's virtual clock: killed at any statement, or with
 * every message delivered twice, it still ends COMPLETED with exactly the file a clean run writes.
 */
class CsvExportFaultsTest {
    static final FaultyHyperdrive DATABASE = new FaultyHyperdrive(LocalPostgres.get().hyperdrive());
    /** ~2 KB a row: about 17 MiB, three parts, three messages. */
    static final int ORDERS = 8_500;

    @RegisterExtension
    static final WorkerExtension INGEST = WorkerExtension.of(IngestWorker::new)
            .env(env -> env.var("CSV_EXPORT_PARTS_PER_MESSAGE", "1").hyperdrive("HYPERDRIVE", DATABASE));

    private static byte[] expected;

    @BeforeAll
    static void orders() {
        IngestRuntimes.emptyDatabase();
        ExportData.orders(ORDERS, 2000);
        expected = ExportData.expectedFile(CsvExportScenarios.ORDER_HEADER,
                ExportData.table(ExportData.ORDERS_EXPECTED, null, null));
        assertTrue(expected.length > 16 * 1024 * 1024, "three parts: " + expected.length);
    }

    @BeforeEach
    void noExports() {
        LocalPostgres.get().execute("TRUNCATE csv_exports, dead_letters RESTART IDENTITY");
    }

    private static long exportToCompletion(WorkerHarness ingest) {
        long id = ExportData.queuedExport("orders", "{}");
        enqueue(ingest, id);
        INGEST.queues().drain();
        return id;
    }

    /** Through the fake queue, as dashboard-api sends it, so a retried message is delivered again. */
    private static void enqueue(WorkerHarness ingest, long id) {
        ingest.env().queue("INGEST_QUEUE").send(OutgoingMessage.jsonText(ExportData.job(id)));
    }

    private static void assertCleanFile(WorkerHarness ingest, long id, String context) {
        Row export = ExportData.export(id);
        assertEquals("COMPLETED", export.getString("status"), context + ": " + export);
        assertEquals(ORDERS, export.getLong("row_count"), context);
        assertEquals(expected.length, export.getLong("size_bytes"), context);
        assertArrayEquals(expected, ingest.env().r2("R2_BUCKET").get("exports/csv/" + id + ".csv").bytes(), context);
        assertEquals(0, SyncDatabase.count("dead_letters"), context);
    }

    @Test
    void anExportKilledAtAnyStatementResumesAndWritesTheSameFile(WorkerHarness ingest) {
        int before = DATABASE.statements();
        assertCleanFile(ingest, exportToCompletion(ingest), "clean run");
        int statements = DATABASE.statements() - before;
        assertTrue(statements > 10, "several pages and checkpoints: " + statements);
        for (int failAt = 1; failAt <= statements; failAt++) {
            int statement = failAt;
            long id = ExportData.queuedExport("orders", "{}");
            DATABASE.failAt(failAt, () -> SqlException.of(null, "connection lost at statement " + statement, null, null));
            enqueue(ingest, id);
            INGEST.queues().drain();
            assertCleanFile(ingest, id, "killed at statement " + failAt);
        }
        assertTrue(ingest.logs().stream().anyMatch(l -> l.contains("connection lost at statement")
                && l.contains("resuming in " + 15 + " s")), "the failures were retried");
    }

    @Test
    void everyMessageDeliveredTwiceStillWritesOneFileOnce(WorkerHarness ingest) {
        ingest.env().queue("INGEST_QUEUE", new SendingTwiceQueue(ingest.env().queue("INGEST_QUEUE")));
        long id = ExportData.queuedExport("orders", "{}");
        enqueue(ingest, id);
        INGEST.queues().drain();
        assertCleanFile(ingest, id, "every message twice");
    }
}
