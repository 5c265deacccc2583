package dev.workers4j.dashboard;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.workers4j.http.Request;
import dev.workers4j.http.Response;
import dev.workers4j.testing.WorkerClient;
import java.io.IOException;
import org.junit.jupiter.api.Test;

/** dashboard-api's behaviour, asserted the same way on the JVM and in workerd. */
abstract class DashboardApiScenarios {
    private static final ObjectMapper JSON = new ObjectMapper();

    abstract WorkerClient api();

    @Test
    void healthAnswersJson() throws IOException {
        Response response = api().fetch(Request.get("/api/health"));
        assertEquals(200, response.status());
        assertEquals("application/json", response.header("content-type"));
        JsonNode body = JSON.readTree(response.text());
        assertEquals("ok", body.get("status").asText());
        assertEquals("dashboard-api", body.get("service").asText());
        assertNotNull(response.header("x-request-id"));
    }

    @Test
    void componentHealthEchoesTheRequestId() throws IOException {
        Response response = api().fetch(Request.builder("GET", "/api/health/api").header("X-Request-Id", "abc-1").build());
        assertEquals(200, response.status());
        assertEquals("abc-1", response.header("x-request-id"));
        assertEquals("{\"component\":\"api\",\"status\":\"ok\"}", response.text());
    }

    @Test
    void ingestHealthCrossesTheServiceBinding() {
        Response response = api().fetch(Request.get("/api/health/ingest"));
        assertEquals(200, response.status(), response.text());
        assertEquals("{\"component\":\"ingest\",\"status\":\"ok\"}", response.text());
    }

    @Test
    void databaseHealthRunsSelectOneThroughHyperdrive() throws IOException {
        Response response = api().fetch(Request.get("/api/health/database"));
        assertEquals(200, response.status(), response.text());
        JsonNode body = JSON.readTree(response.text());
        assertEquals("database", body.get("component").asText());
        assertEquals("ok", body.get("status").asText());
        assertTrue(body.get("latency_ms").isInt() && body.get("latency_ms").asInt() >= 0, response.text());
    }

    @Test
    void unknownComponentIs404() throws IOException {
        Response response = api().fetch(Request.builder("GET", "/api/health/flux-capacitor").header("X-Request-Id", "r9").build());
        assertEquals(404, response.status());
        JsonNode error = JSON.readTree(response.text()).get("error");
        assertEquals("not_found", error.get("code").asText());
        assertEquals("r9", error.get("request_id").asText());
    }

    @Test
    void wrongMethodIs405() {
        Response response = api().fetch(Request.builder("DELETE", "/api/health").build());
        assertEquals(405, response.status());
        assertEquals("GET, HEAD", response.header("allow"));
    }

    @Test
    void pathOutsideTheApiIs404() {
        assertEquals(404, api().fetch(Request.get("/")).status());
        assertEquals(404, api().fetch(Request.get("/api/healthz")).status());
    }
}
