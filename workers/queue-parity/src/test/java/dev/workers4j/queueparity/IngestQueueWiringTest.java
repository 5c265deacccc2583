package dev.workers4j.queueparity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.workers4j.ingest.IngestWorker;
import dev.workers4j.testing.FakeEnv;
import dev.workers4j.testing.WorkerHarness;
import dev.workers4j.testing.WranglerConfig;
import dev.workers4j.testing.queue.FakeQueues;
import dev.workers4j.testing.queue.QueueInspector;
import dev.workers4j.testing.queue.QueuedMessage;
import dev.workers4j.sql.Row;
import dev.workers4j.sql.Sql;
import dev.workers4j.testing.sql.LocalPostgres;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * JVM only: the system's real wiring. dashboard-api's INGEST_QUEUE binding (from its
 * wrangler.toml) sends; the queue drains into the real ingest Worker's queue handler with the
 * consumer settings of ingest's wrangler.toml (batch 10, timeout 5 s), on the virtual clock. A job
 * that can never succeed goes to ingest-queue-dlq at once, whose consumer (ingest too) files it.
 */
class IngestQueueWiringTest {
    private static final Path API_TOML = Path.of("../dashboard-api/wrangler.toml");
    private static final Path INGEST_TOML = Path.of("../ingest/wrangler.toml");

    @Test
    void jobsSentThroughDashboardApisBindingReachIngestAndAnUnknownOneIsDeadLetteredAtOnce() {
        LocalPostgres.get().execute("TRUNCATE dead_letters, mart_refresh_state");
        FakeQueues queues = new FakeQueues();
        FakeEnv apiEnv = FakeEnv.from(WranglerConfig.read(API_TOML));
        queues.bindProducers(apiEnv, API_TOML);
        WranglerConfig ingestConfig = WranglerConfig.read(INGEST_TOML);
        FakeEnv ingestEnv = FakeEnv.from(ingestConfig).hyperdrive("HYPERDRIVE", LocalPostgres.get().hyperdrive());
        queues.bindProducers(ingestEnv, INGEST_TOML);
        WorkerHarness ingest = new WorkerHarness(new IngestWorker(), ingestEnv, ingestConfig);
        queues.consumer(ingest);

        // What a dashboard-api handler does with env.queue("INGEST_QUEUE").
        apiEnv.queue("INGEST_QUEUE").sendJson("{\"job_type\":\"MART_REFRESH\"}");
        apiEnv.queue("INGEST_QUEUE").sendJson("{\"job_type\":\"TIME_TRAVEL\"}");
        queues.drain();

        QueueInspector inspector = queues.inspector();
        List<QueuedMessage> sent = inspector.sentTo("ingest-queue");
        String good = sent.get(0).id();
        String odd = sent.get(1).id();
        assertTrue(inspector.acked().containsAll(List.of(good, odd)), inspector.acked().toString());
        assertEquals(2, inspector.batchSizes().get(0), "one batch of both after the 5 s timeout");
        assertTrue(inspector.deadLettered().isEmpty(), "nothing waited for max_retries");
        assertEquals(1, inspector.sentTo("ingest-queue-dlq").size(), "the unknown job, at once");
        assertEquals(List.of(), queues.waiting("ingest-queue-dlq"), "and ingest consumed it");
        try (Sql sql = LocalPostgres.get().hyperdrive().connect()) {
            Row letter = sql.rows("SELECT last_error FROM dead_letters WHERE message_id = $1", odd).get(0);
            assertTrue(letter.getString("last_error").contains("TIME_TRAVEL"), letter.toString());
            assertEquals(1, sql.rows("SELECT 1 FROM mart_refresh_state").size(), "MART_REFRESH ran");
        }
    }
}
