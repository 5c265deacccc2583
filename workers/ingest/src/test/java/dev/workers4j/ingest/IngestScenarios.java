package dev.workers4j.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.workers4j.http.Request;
import dev.workers4j.http.Response;
import dev.workers4j.sql.Row;
import dev.workers4j.testing.BothRuntimes;
import dev.workers4j.testing.QueueOutcome;
import dev.workers4j.testing.Scenario;
import dev.workers4j.testing.TestMessage;
import dev.workers4j.testing.WorkerClient;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.extension.RegisterExtension;

/** ingest's behaviour, asserted the same way on the JVM and in workerd. */
class IngestScenarios {
    static final String QUEUE = "ingest-queue";

    @RegisterExtension
    static final BothRuntimes RUNTIMES = IngestRuntimes.ingest();

    @BeforeEach
    void emptyDatabase() {
        IngestRuntimes.emptyDatabase();
    }

    @Scenario
    void aJobThatCanNeverSucceedIsDeadLetteredAtOnceWithItsReasonNotRetried(WorkerClient ingest) {
        QueueOutcome outcome = ingest.queue(QUEUE, List.of(
                TestMessage.json("odd", "{\"job_type\":\"TIME_TRAVEL\"}"),
                TestMessage.text("text", "{not json"),
                TestMessage.json("array", "[1,2]"),
                TestMessage.json("no-type", "{\"run_id\":\"r\"}"),
                TestMessage.json("wrong-field", "{\"job_type\":\"CSV_EXPORT\",\"export_id\":\"42\"}"),
                TestMessage.json("no-run", "{\"job_type\":\"SHOPIFY_BULK_SYNC_POLL\",\"run_id\":999,\"attempt\":0}")));
        assertFalse(outcome.handlerThrew(), "one bad message must not fail the batch");
        assertEquals(List.of("odd", "text", "array", "no-type", "wrong-field", "no-run"), outcome.acked());
        assertTrue(outcome.retried().isEmpty(), "poison is not retried: " + outcome.retried());
        ingest.awaitDelivered(() -> assertEquals(6, SyncDatabase.count("dead_letters")));
        Map<String, String> errors = SyncDatabase.rows("SELECT message_id, last_error FROM dead_letters").stream()
                .collect(Collectors.toMap(r -> r.getString("message_id"), r -> r.getString("last_error")));
        assertTrue(errors.get("odd").contains("TIME_TRAVEL"), errors.toString());
        assertTrue(errors.get("text").startsWith("not a valid job"), errors.toString());
        assertTrue(errors.get("wrong-field").contains("$.export_id"), errors.toString());
        assertTrue(errors.get("no-run").contains("no bulk sync run 999"), errors.toString());
        Row stored = SyncDatabase.rows("SELECT job_type, body, attempts FROM dead_letters WHERE message_id = 'no-run'").get(0);
        assertEquals("SHOPIFY_BULK_SYNC_POLL", stored.getString("job_type"));
        assertTrue(stored.getString("body").contains("\"run_id\":999"), stored.toString());
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
    void theHourlyCronRefreshesTheMarts(WorkerClient ingest) {
        assertFalse(ingest.scheduled(IngestWorker.HOURLY_MART_REFRESH_CRON).handlerThrew());
        ingest.awaitDelivered(() -> {
            List<Row> state = SyncDatabase.rows("SELECT lease_until FROM mart_refresh_state");
            assertEquals(1, state.size(), "no refresh ran");
            assertTrue(state.get(0).isNull("lease_until"), "the refresh let its lease go");
        });
        assertTrue(ingest.awaitLog(l -> l.contains("mart refresh (cron 0 * * * *)")), () -> String.join("\n", ingest.logs()));
    }
}
