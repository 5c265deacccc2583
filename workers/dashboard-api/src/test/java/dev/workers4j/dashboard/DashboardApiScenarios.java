package dev.workers4j.dashboard;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.workers4j.http.Request;
import dev.workers4j.http.Response;
import dev.workers4j.testing.BothRuntimes;
import dev.workers4j.testing.Scenario;
import dev.workers4j.testing.WorkerClient;
import java.io.IOException;
import org.junit.jupiter.api.extension.RegisterExtension;

/** dashboard-api's behaviour, asserted the same way on the JVM and in workerd. */
class DashboardApiScenarios {
    private static final ObjectMapper JSON = new ObjectMapper();

    @RegisterExtension
    static final BothRuntimes RUNTIMES = StaffAccess.dashboardApi();

    @Scenario
    void healthAnswersJson(WorkerClient api) throws IOException {
        Response response = api.fetch(StaffAccess.staffGet("/api/health"));
        assertEquals(200, response.status());
        assertEquals("application/json", response.header("content-type"));
        JsonNode body = JSON.readTree(response.text());
        assertEquals("ok", body.get("status").asText());
        assertEquals("dashboard-api", body.get("service").asText());
        assertNotNull(response.header("x-request-id"));
    }

    @Scenario
    void componentHealthEchoesTheRequestId(WorkerClient api) throws IOException {
        Response response = api.fetch(StaffAccess.asStaff("GET", "/api/health/api").header("X-Request-Id", "abc-1").build());
        assertEquals(200, response.status());
        assertEquals("abc-1", response.header("x-request-id"));
        assertEquals("{\"component\":\"api\",\"status\":\"ok\"}", response.text());
    }

    @Scenario
    void ingestHealthCrossesTheServiceBinding(WorkerClient api) {
        Response response = api.fetch(StaffAccess.staffGet("/api/health/ingest"));
        assertEquals(200, response.status(), response.text());
        assertTrue(response.text().startsWith("{\"component\":\"ingest\",\"status\":\"ok\",\"latency_ms\":"), response.text());
    }

    @Scenario
    void databaseHealthRunsSelectOneThroughHyperdrive(WorkerClient api) throws IOException {
        Response response = api.fetch(StaffAccess.staffGet("/api/health/database"));
        assertEquals(200, response.status(), response.text());
        JsonNode body = JSON.readTree(response.text());
        assertEquals("database", body.get("component").asText());
        assertEquals("ok", body.get("status").asText());
        assertTrue(body.get("latency_ms").isInt() && body.get("latency_ms").asInt() >= 0, response.text());
    }

    @Scenario
    void unknownComponentIs404(WorkerClient api) throws IOException {
        Response response = api.fetch(StaffAccess.asStaff("GET", "/api/health/flux-capacitor").header("X-Request-Id", "r9").build());
        assertEquals(404, response.status());
        JsonNode error = JSON.readTree(response.text()).get("error");
        assertEquals("not_found", error.get("code").asText());
        assertEquals("r9", error.get("request_id").asText());
    }

    @Scenario
    void wrongMethodIs405(WorkerClient api) {
        Response response = api.fetch(StaffAccess.asStaff("DELETE", "/api/health").build());
        assertEquals(405, response.status());
        assertEquals("GET, HEAD", response.header("allow"));
    }

    @Scenario
    void pathOutsideTheApiIs404(WorkerClient api) {
        assertEquals(404, api.fetch(StaffAccess.staffGet("/")).status());
        assertEquals(404, api.fetch(StaffAccess.staffGet("/api/healthz")).status());
    }
}
