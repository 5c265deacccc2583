package dev.workers4j.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.workers4j.http.Request;
import dev.workers4j.http.Response;
import dev.workers4j.testing.QueueOutcome;
import dev.workers4j.testing.TestMessage;
import dev.workers4j.testing.BothRuntimes;
import dev.workers4j.testing.Scenario;
import dev.workers4j.testing.WorkerClient;
import java.io.IOException;
import java.util.List;
import org.junit.jupiter.api.extension.RegisterExtension;

/** ingest's behaviour, asserted the same way on the JVM and in workerd. */
class IngestScenarios {
    static final String QUEUE = "ingest-queue";

    @RegisterExtension
    static final BothRuntimes RUNTIMES = BothRuntimes.of(IngestWorker::new);

    @Scenario
    void everyKnownJobTypeIsAcked(WorkerClient ingest) {
        QueueOutcome outcome = ingest.queue(QUEUE, List.of(
                TestMessage.json("1", "{\"job_type\":\"SHOPIFY_BULK_SYNC_START\",\"run_id\":1}"),
                TestMessage.json("2", "{\"asset_id\":2,\"job_type\":\"ASSET_INGEST\",\"source_url\":\"https://cdn.example/a.png\",\"extra\":{\"nested\":[1]}}"),
                TestMessage.json("3", "{\"job_type\":\"MART_REFRESH\"}"),
                TestMessage.json("4", "{\"job_type\":\"CSV_EXPORT\",\"export_id\":4}"),
                TestMessage.json("5", "{\"job_type\":\"CREATIVE_ACT_REPORT_IMPORT\",\"import_id\":5}")));
        assertFalse(outcome.handlerThrew());
        assertEquals(List.of("1", "2", "3", "4", "5"), outcome.acked());
        assertTrue(outcome.retried().isEmpty());
    }

    @Scenario
    void unknownJobTypeIsRetriedTowardTheDeadLetterQueueAndLogged(WorkerClient ingest) {
        QueueOutcome outcome = ingest.queue(QUEUE, List.of(
                TestMessage.json("good", "{\"job_type\":\"MART_REFRESH\"}"),
                TestMessage.json("odd", "{\"job_type\":\"TIME_TRAVEL\"}")));
        assertEquals(List.of("good"), outcome.acked());
        assertTrue(outcome.redelivers("odd"));
        assertTrue(ingest.awaitLog(l -> l.contains("odd") && l.contains("unknown job_type")),
                () -> String.join("\n", ingest.logs()));
    }

    @Scenario
    void malformedMessagesAreRetriedNotCrashed(WorkerClient ingest) {
        QueueOutcome outcome = ingest.queue(QUEUE, List.of(
                TestMessage.text("text", "{not json"),
                TestMessage.json("array", "[1,2]"),
                TestMessage.json("no-type", "{\"run_id\":\"r\"}"),
                TestMessage.json("wrong-field", "{\"job_type\":\"CSV_EXPORT\",\"export_id\":\"42\"}"),
                TestMessage.json("ok", "{\"job_type\":\"CSV_EXPORT\",\"export_id\":42}")));
        assertFalse(outcome.handlerThrew(), "one bad message must not fail the batch");
        assertEquals(List.of("ok"), outcome.acked());
        assertTrue(outcome.redelivers("text"));
        assertTrue(outcome.redelivers("array"));
        assertTrue(outcome.redelivers("no-type"));
        assertTrue(outcome.redelivers("wrong-field"));
        assertTrue(ingest.awaitLog(l -> l.contains("wrong-field") && l.contains("$.export_id")),
                () -> String.join("\n", ingest.logs()));
    }

    @Scenario
    void healthChecksTheDatabaseThroughHyperdrive(WorkerClient ingest) throws IOException {
        Response response = ingest.fetch(Request.get("/internal/health"));
        assertEquals(200, response.status(), response.text());
        JsonNode body = new ObjectMapper().readTree(response.text());
        assertEquals("ok", body.get("status").asText());
        assertEquals("ingest", body.get("service").asText());
        assertEquals("ok", body.get("database").get("status").asText());
        assertTrue(body.get("database").get("latency_ms").asInt(-1) >= 0, response.text());
    }

    @Scenario
    void bothCronsRun(WorkerClient ingest) {
        assertFalse(ingest.scheduled(IngestWorker.DAILY_BULK_SYNC_CRON).handlerThrew());
        assertFalse(ingest.scheduled(IngestWorker.HOURLY_MART_REFRESH_CRON).handlerThrew());
        assertTrue(ingest.awaitLog(l -> l.contains("daily Shopify bulk sync due")),
                () -> String.join("\n", ingest.logs()));
        assertTrue(ingest.awaitLog(l -> l.contains("hourly mart refresh due")),
                () -> String.join("\n", ingest.logs()));
    }
}
