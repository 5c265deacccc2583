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

/** /api/performance-metrics/objectives: CRUD, and progress from the marts. */
class ObjectiveScenarios {
    @RegisterExtension
    static final BothRuntimes RUNTIMES = StaffAccess.dashboardApi();

    @BeforeAll
    static void demo() {
        DemoFixture.load();
    }

    @Scenario
    void createListUpdateProgressDelete(WorkerClient api) {
        Response created = send(api, "POST", "/api/performance-metrics/objectives", "{\"metric\":\"orders\","
                + "\"period_start\":\"2025-06-01\",\"period_end\":\"2025-06-30\",\"target\":\"100\",\"product_line\":\"SAM\","
                + "\"name\":\"June SAM\"}");
        assertEquals(201, created.status(), created.text());
        long id = json(created).get("id").asLong();
        assertEquals(StaffAccess.STAFF, json(created).get("created_by").asText());

        Response updated = send(api, "PUT", "/api/performance-metrics/objectives/" + id, "{\"metric\":\"units\","
                + "\"period_start\":\"2025-06-01\",\"period_end\":\"2025-06-30\",\"target\":\"200\",\"product_line\":\"SAM\"}");
        assertEquals(200, updated.status(), updated.text());
        assertEquals("units", json(updated).get("metric").asText());

        String units = DemoFixture.scalar("SELECT sum(li.quantity) FROM orders o JOIN order_line_items li ON li.order_id = o.id"
                + " JOIN products p ON p.id = li.product_id WHERE p.product_line = 'SAM' AND o.processed_at >= '2025-06-01Z'"
                + " AND o.processed_at < '2025-07-01Z' AND coalesce(o.financial_status, '') NOT IN ('REFUNDED', 'VOIDED')");
        boolean found = false;
        String cursor = "";
        while (cursor != null) {
            JsonNode page = get(api, "/api/performance-metrics/objectives/progress?active_on=2025-06-15&limit=2" + cursor, 200);
            for (JsonNode item : page.get("items")) {
                if (item.get("objective").get("id").asLong() == id) {
                    found = true;
                    assertEquals(units, item.get("actual").asText());
                }
            }
            cursor = page.get("next_cursor").isNull() ? null : "&cursor=" + page.get("next_cursor").asText();
        }
        assertTrue(found);
        assertTrue(get(api, "/api/performance-metrics/objectives?limit=200", 200).get("items").size() >= 2);
        assertEquals(204, api.fetch(StaffAccess.asStaff("DELETE", "/api/performance-metrics/objectives/" + id).build()).status());
        get(api, "/api/performance-metrics/objectives/" + id, 404);
    }

    @Scenario
    void badObjectivesAreRefused(WorkerClient api) {
        assertInvalid(send(api, "POST", "/api/performance-metrics/objectives", "{\"metric\":\"profit\","
                + "\"period_start\":\"2025-06-30\",\"period_end\":\"2025-06-01\",\"target\":\"-5\",\"product_id\":1,"
                + "\"product_line\":\"IPH\"}"), "metric", "period_end", "target", "product_line");
        assertInvalid(send(api, "POST", "/api/performance-metrics/objectives", "{}"), "metric", "period_start",
                "period_end", "target");
        assertInvalid(send(api, "POST", "/api/performance-metrics/objectives", "{\"metric\":\"orders\","
                + "\"period_start\":\"2025-06-01\",\"period_end\":\"2025-06-30\",\"target\":\"1\",\"product_id\":5}"),
                "product_id");
        assertEquals(400, send(api, "POST", "/api/performance-metrics/objectives", "{\"metric\":").status());
        assertEquals(404, api.fetch(StaffAccess.asStaff("DELETE", "/api/performance-metrics/objectives/99999999").build()).status());
        assertInvalid(api.fetch(StaffAccess.staffGet("/api/performance-metrics/objectives/abc")), "id");
    }
}
