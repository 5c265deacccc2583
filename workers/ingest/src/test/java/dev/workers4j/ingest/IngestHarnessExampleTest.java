package dev.workers4j.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.workers4j.sql.Sql;
import dev.workers4j.testing.WorkerExtension;
import dev.workers4j.testing.WorkerHarness;
import dev.workers4j.testing.queue.QueueInspector;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The README's example: one Worker on the JVM with every fake the harness builds from wrangler.toml. */
class IngestHarnessExampleTest {
    @RegisterExtension   // HYPERDRIVE comes from wrangler.toml's [[hyperdrive]]: a real local PostgreSQL
    static final WorkerExtension INGEST = WorkerExtension.of(IngestWorker::new);

    @Test
    void queueCronR2AndSql(WorkerHarness ingest) {
        ingest.env().queue("INGEST_QUEUE").sendJson("{\"job_type\":\"MART_REFRESH\"}");
        ingest.env().queue("INGEST_QUEUE").sendJson("{\"job_type\":\"NO_SUCH_JOB\"}");
        INGEST.queues().drain();                          // batches, retries, delays on a virtual clock
        QueueInspector queue = INGEST.queues().inspector();
        assertEquals(1, queue.sentTo("ingest-queue-dlq").size());  // the poison job, at once, with its reason
        assertTrue(queue.deadLettered().isEmpty());       // nothing had to wait for max_retries
        assertFalse(ingest.scheduled("0 6 * * *").handlerThrew());
        ingest.env().r2("R2_BUCKET").put("exports/csv/e1.csv", "sku,qty\n");
        assertEquals("sku,qty\n", ingest.env().r2("R2_BUCKET").get("exports/csv/e1.csv").text());
        try (Sql sql = ingest.env().hyperdrive("HYPERDRIVE").connect()) {
            assertEquals(1, sql.rows("SELECT $1::int AS n", 1).get(0).getInt("n"));
        }
    }
}
