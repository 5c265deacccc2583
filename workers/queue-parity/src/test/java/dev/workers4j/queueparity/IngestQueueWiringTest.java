package dev.workers4j.queueparity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.workers4j.ingest.IngestWorker;
import dev.workers4j.testing.FakeEnv;
import dev.workers4j.testing.WorkerHarness;
import dev.workers4j.testing.WranglerConfig;
import dev.workers4j.testing.queue.Fate;
import dev.workers4j.testing.queue.FakeQueues;
import dev.workers4j.testing.queue.QueueInspector;
import dev.workers4j.testing.queue.QueuedMessage;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * JVM only: the system's real wiring. dashboard-api's INGEST_QUEUE binding (from its
 * wrangler.toml) sends; the queue drains into the real ingest Worker's queue handler with the
 * consumer settings of ingest's wrangler.toml (batch 10, timeout 5 s, max_retries 3,
 * dead_letter_queue ingest-queue-dlq), on the virtual clock.
 */
class IngestQueueWiringTest {
    private static final Path API_TOML = Path.of("../dashboard-api/wrangler.toml");
    private static final Path INGEST_TOML = Path.of("../ingest/wrangler.toml");

    @Test
    void jobsSentThroughDashboardApisBindingReachIngestAndAnUnknownOneIsDeadLettered() {
        FakeQueues queues = new FakeQueues();
        FakeEnv apiEnv = FakeEnv.from(WranglerConfig.read(API_TOML));
        queues.bindProducers(apiEnv, API_TOML);
        WranglerConfig ingestConfig = WranglerConfig.read(INGEST_TOML);
        WorkerHarness ingest = new WorkerHarness(new IngestWorker(), FakeEnv.from(ingestConfig), ingestConfig);
        queues.consumer(ingest);

        // What a dashboard-api handler does with env.queue("INGEST_QUEUE").
        apiEnv.queue("INGEST_QUEUE").sendJson("{\"job_type\":\"MART_REFRESH\"}");
        apiEnv.queue("INGEST_QUEUE").sendJson("{\"job_type\":\"TIME_TRAVEL\"}");
        queues.drain();

        QueueInspector inspector = queues.inspector();
        List<QueuedMessage> sent = inspector.sentTo("ingest-queue");
        String good = sent.get(0).id();
        String odd = sent.get(1).id();
        assertEquals(List.of(good), inspector.acked());
        assertEquals(List.of(odd), inspector.deadLettered());
        assertEquals(List.of(2, 1, 1, 1), inspector.batchSizes(), "one batch after the 5 s timeout, then 3 retries");
        assertEquals(List.of(0, 0, 0), inspector.retries().get(odd));
        assertEquals(20.0, queues.clock().elapsedSeconds());
        assertEquals(Fate.Kind.DEAD_LETTERED, inspector.message(odd).lastFate().kind());
        assertTrue(inspector.whyGivenUp(odd).startsWith("retry(); max_retries (3) reached after 4 deliveries, moved to ingest-queue-dlq"),
                inspector.whyGivenUp(odd));
        assertEquals(1, queues.waiting("ingest-queue-dlq").size(), "nothing consumes the dead-letter queue here");
        assertTrue(ingest.logs().stream().anyMatch(l -> l.contains("attempt 1") && l.contains("accepted")), ingest.logs().toString());
    }
}
