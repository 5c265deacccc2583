package dev.workers4j.dashboard;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.workers4j.http.Response;
import dev.workers4j.sql.Sql;
import dev.workers4j.testing.BothRuntimes;
import dev.workers4j.testing.Scenario;
import dev.workers4j.testing.WorkerClient;
import dev.workers4j.testing.sql.LocalPostgres;
import java.io.IOException;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.extension.RegisterExtension;

/** /api/ingest/dead-letters: the list, and a replay that ingest then runs, on both runtimes. */
class DeadLetterScenarios {
    private static final ObjectMapper JSON = new ObjectMapper();

    @RegisterExtension
    static final BothRuntimes RUNTIMES = StaffAccess.dashboardApi();

    @BeforeEach
    void twoDeadLetters() {
        LocalPostgres.get().execute("TRUNCATE dead_letters, mart_refresh_state RESTART IDENTITY");
        try (Sql sql = LocalPostgres.get().hyperdrive().connect()) {
            String insert = "INSERT INTO dead_letters (message_id, queue, job_type, body, attempts, last_error)"
                    + " VALUES ($1, 'ingest-queue-dlq', $2, $3, $4, $5)";
            sql.execute(insert, "m-refresh", "MART_REFRESH", "{\"job_type\":\"MART_REFRESH\",\"requested_by\":\"test\"}", 4,
                    "database unavailable");
            sql.execute(insert, "m-poison", null, "{not json", 1, "not a valid job");
        }
    }

    private static JsonNode json(Response response) throws IOException {
        return JSON.readTree(response.text());
    }

    @Scenario
    void theListIsNewestFirstAndPages(WorkerClient api) throws IOException {
        JsonNode first = json(api.fetch(StaffAccess.staffGet("/api/ingest/dead-letters?limit=1")));
        assertEquals("m-poison", first.get("items").get(0).get("message_id").asText());
        assertEquals("{not json", first.get("items").get(0).get("body").asText());
        String cursor = first.get("next_cursor").asText();
        JsonNode second = json(api.fetch(StaffAccess.staffGet("/api/ingest/dead-letters?limit=1&cursor=" + cursor)));
        assertEquals("m-refresh", second.get("items").get(0).get("message_id").asText());
        assertEquals("database unavailable", second.get("items").get(0).get("last_error").asText());
        assertTrue(second.get("next_cursor").isNull());
        JsonNode filtered = json(api.fetch(StaffAccess.staffGet("/api/ingest/dead-letters?job_type=MART_REFRESH")));
        assertEquals(1, filtered.get("items").size());
        assertEquals(400, api.fetch(StaffAccess.staffGet("/api/ingest/dead-letters?job_type=drop;table")).status());
    }

    @Scenario
    void aReplayedJobGoesBackToIngestWhichRunsIt(WorkerClient api) throws IOException {
        long id = json(api.fetch(StaffAccess.staffGet("/api/ingest/dead-letters?job_type=MART_REFRESH")))
                .get("items").get(0).get("id").asLong();
        Response replayed = api.fetch(StaffAccess.asStaff("POST", "/api/ingest/dead-letters/" + id + "/replay").build());
        assertEquals(202, replayed.status(), replayed.text());
        assertEquals(1, json(replayed).get("replay_count").asInt());
        api.awaitDelivered(() -> {
            try (Sql sql = LocalPostgres.get().hyperdrive().connect()) {
                assertEquals(1, sql.rows("SELECT 1 FROM mart_refresh_state WHERE lease_until IS NULL").size(),
                        "ingest ran the replayed MART_REFRESH");
            }
        });
        assertEquals(404, api.fetch(StaffAccess.asStaff("POST", "/api/ingest/dead-letters/999999/replay").build()).status());
        assertEquals(400, api.fetch(StaffAccess.asStaff("POST", "/api/ingest/dead-letters/x/replay").build()).status());
    }
}
