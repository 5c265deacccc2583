package dev.workers4j.dashboard;

import static dev.workers4j.dashboard.Api.assertInvalid;
import static dev.workers4j.dashboard.Api.get;
import static dev.workers4j.dashboard.Api.json;
import static dev.workers4j.dashboard.Api.send;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.workers4j.http.Response;
import dev.workers4j.testing.BothRuntimes;
import dev.workers4j.testing.Scenario;
import dev.workers4j.testing.WorkerClient;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The routes that record a job and queue it (assets, CSV exports), the runs list, and the overall health. */
class BackgroundJobScenarios {
    @RegisterExtension
    static final BothRuntimes RUNTIMES = StaffAccess.dashboardApi();

    @BeforeAll
    static void demo() {
        DemoFixture.load();
    }

    @Scenario
    void assetIngestIsRecordedAndQueued(WorkerClient api) {
        Response queued = send(api, "POST", "/api/assets/ingest",
                "{\"product_id\":8000000003,\"source_url\":\"https://cdn.brand.example/a.jpg\"}");
        assertEquals(202, queued.status(), queued.text());
        long id = json(queued).get("asset_id").asLong();
        JsonNode asset = get(api, "/api/assets/" + id, 200);
        assertEquals("PENDING", asset.get("status").asText());
        assertEquals("[8000000003]", asset.get("product_ids").toString());
        assertEquals(StaffAccess.STAFF, asset.get("requested_by").asText());
        assertTrue(get(api, "/api/assets?limit=1", 200).get("items").size() == 1);
        get(api, "/api/assets/999999999", 404);
        assertInvalid(send(api, "POST", "/api/assets/ingest", "{\"product_id\":-1,\"source_url\":\"file:///etc\"}"),
                "product_id", "source_url");
        assertInvalid(send(api, "POST", "/api/assets/ingest", "{\"product_id\":5,\"source_url\":\"https://x.example/\"}"),
                "product_id");
    }

    @Scenario
    void csvExportIsRecordedQueuedAndNotDownloadableYet(WorkerClient api) {
        Response queued = send(api, "POST", "/api/csv-exports",
                "{\"export_type\":\"combo_logs\",\"filters\":{\"type\":\"SP\",\"date_from\":\"2025-01-01\"}}");
        assertEquals(202, queued.status(), queued.text());
        long id = json(queued).get("export_id").asLong();
        JsonNode export = get(api, "/api/csv-exports/" + id, 200);
        assertEquals("combo_logs", export.get("export_type").asText());
        assertEquals("SP", export.get("filters").get("type").asText());
        Response early = api.fetch(StaffAccess.staffGet("/api/csv-exports/" + id + "/download"));
        assertTrue(early.status() == 409 || early.status() == 200, early.text());
        get(api, "/api/csv-exports/999999999", 404);
        assertInvalid(send(api, "POST", "/api/csv-exports", "{\"export_type\":\"performance_metrics\",\"filters\":"
                + "{\"granularity\":\"hour\"}}"), "filters.from", "filters.to", "filters.granularity");
    }

    @Scenario
    void ingestRunsListNewestFirst(WorkerClient api) {
        JsonNode runs = get(api, "/api/ingest/runs?limit=200", 200);
        String previous = null;
        for (JsonNode run : runs.get("items")) {
            String started = run.get("started_at").asText();
            assertTrue(previous == null || started.compareTo(previous) <= 0);
            previous = started;
        }
        get(api, "/api/ingest/runs/999999999", 404);
        assertInvalid(api.fetch(StaffAccess.staffGet("/api/ingest/runs?run_type=NAP&limit=0")), "run_type", "limit");
    }

    @Scenario
    void overallHealthNamesEachComponent(WorkerClient api) {
        JsonNode health = get(api, "/api/health", 200);
        assertEquals("ok", health.get("status").asText());
        assertEquals(3, health.get("components").size());
        for (JsonNode component : health.get("components")) {
            assertEquals("ok", component.get("status").asText(), health.toString());
            assertTrue(component.get("latency_ms").asInt() >= 0);
        }
        assertEquals(200, api.fetch(StaffAccess.staffGet("/api/health/r2")).status());
    }
}
