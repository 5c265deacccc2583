package dev.workers4j.dashboard;

import static dev.workers4j.dashboard.Api.assertInvalid;
import static dev.workers4j.dashboard.Api.get;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.workers4j.http.Response;
import dev.workers4j.testing.BothRuntimes;
import dev.workers4j.testing.Scenario;
import dev.workers4j.testing.WorkerClient;
import dev.workers4j.testing.sql.LocalPostgres;
import java.math.BigDecimal;
import java.util.HashSet;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.extension.RegisterExtension;

/** /api/performance-metrics over the demo data: answers checked against sums of its raw orders. */
class PerformanceMetricsScenarios {
    @RegisterExtension
    static final BothRuntimes RUNTIMES = StaffAccess.dashboardApi();

    private static final String YEAR = "from=" + DemoFixture.DEMO.firstDay() + "&to=" + DemoFixture.LAST_DAY;

    @BeforeAll
    static void demo() {
        DemoFixture.load();
    }

    @Scenario
    void aYearByDayHasEveryDayAndTheOrdersTotal(WorkerClient api) {
        JsonNode body = get(api, "/api/performance-metrics?" + YEAR, 200);
        assertEquals(365, body.get("periods").size());
        int orders = 0;
        BigDecimal revenue = BigDecimal.ZERO;
        for (JsonNode p : body.get("periods")) {
            orders += p.get("orders").asInt();
            revenue = revenue.add(new BigDecimal(p.get("revenue").asText()));
        }
        assertEquals(3_000, orders);
        assertEquals(new BigDecimal(DemoFixture.scalar("SELECT sum(total_price) FROM orders")), revenue);
    }

    @Scenario
    void weeksAreIsoWeeksAndMonthsCalendarMonths(WorkerClient api) {
        JsonNode weeks = get(api, "/api/performance-metrics?from=2025-01-01&to=2025-01-31&granularity=week", 200)
                .get("periods");
        assertEquals("2025-W01", weeks.get(0).get("period").asText());
        assertEquals("2025-01-01", weeks.get(0).get("period_start").asText());
        assertEquals("2025-01-05", weeks.get(0).get("period_end").asText());
        assertEquals("2025-01-06", weeks.get(1).get("period_start").asText());
        assertEquals(5, weeks.size());
        JsonNode months = get(api, "/api/performance-metrics?granularity=month&product_line=IPH&" + YEAR, 200)
                .get("periods");
        assertEquals(12, months.size());   // 2024-07-01 .. 2025-06-30
        assertEquals("2024-07", months.get(0).get("period").asText());
        int lineOrders = 0;
        for (JsonNode month : months) {
            lineOrders += month.get("orders").asInt();
        }
        assertEquals(Integer.parseInt(DemoFixture.scalar("SELECT count(DISTINCT o.id) FROM orders o"
                + " JOIN order_line_items li ON li.order_id = o.id JOIN products p ON p.id = li.product_id"
                + " WHERE p.product_line = 'IPH' AND o.processed_at >= '" + DemoFixture.DEMO.firstDay()
                + "Z' AND o.processed_at < '" + DemoFixture.LAST_DAY.plusDays(1) + "Z'"
                + " AND coalesce(o.financial_status, '') NOT IN ('REFUNDED', 'VOIDED')")), lineOrders,
                "a product line's orders count each order once");
    }

    @Scenario
    void summaryComparesWithThePreviousRange(WorkerClient api) {
        JsonNode body = get(api, "/api/performance-metrics/summary?from=2025-06-01&to=2025-06-30", 200);
        assertEquals("2025-05-02", body.get("previous_from").asText());
        assertEquals("2025-05-31", body.get("previous_to").asText());
        int current = Integer.parseInt(DemoFixture.scalar("SELECT count(*) FROM orders WHERE processed_at >= '2025-06-01Z'"
                + " AND processed_at < '2025-07-01Z'"));
        int previous = Integer.parseInt(DemoFixture.scalar("SELECT count(*) FROM orders WHERE processed_at >= '2025-05-02Z'"
                + " AND processed_at < '2025-06-01Z'"));
        assertEquals(current, body.get("current").get("orders").asInt());
        assertEquals(previous, body.get("previous").get("orders").asInt());
        BigDecimal change = BigDecimal.valueOf((current - previous) * 100.0 / previous).setScale(1, java.math.RoundingMode.HALF_UP);
        assertEquals(change, new BigDecimal(body.get("change_percent").get("orders").asText()));
        assertTrue(body.get("current").get("average_order_value").isTextual(), "decimals are exact strings: " + body);
    }

    @Scenario
    void topProductsPageByCursorInRankOrder(WorkerClient api) {
        Set<Long> seen = new HashSet<>();
        BigDecimal last = null;
        String cursor = "";
        int pages = 0;
        do {
            JsonNode body = get(api, "/api/performance-metrics/top-products?limit=7&" + YEAR + cursor, 200);
            for (JsonNode item : body.get("items")) {
                assertTrue(seen.add(item.get("product_id").asLong()), "a product twice: " + item);
                BigDecimal revenue = new BigDecimal(item.get("revenue").asText());
                assertTrue(last == null || revenue.compareTo(last) <= 0, "not ranked: " + body);
                last = revenue;
            }
            cursor = body.get("next_cursor").isNull() ? null : "&cursor=" + body.get("next_cursor").asText();
            pages++;
        } while (cursor != null);
        assertEquals(34, seen.size());
        assertEquals(5, pages);
    }

    @Scenario
    void badParametersAreListedBeforeAnyQuery(WorkerClient api) {
        assertInvalid(api.fetch(StaffAccess.staffGet("/api/performance-metrics?from=2025-13-01&granularity=year")),
                "from", "to", "granularity");
        assertInvalid(api.fetch(StaffAccess.staffGet("/api/performance-metrics?from=2020-01-01&to=2025-01-01")), "to");
        assertInvalid(api.fetch(StaffAccess.staffGet("/api/performance-metrics/top-products?" + YEAR
                + "&limit=201&cursor=nope&by=margin")), "limit", "cursor", "by");
        assertInvalid(api.fetch(StaffAccess.staffGet("/api/performance-metrics/summary?" + YEAR
                + "&product_id=1&product_line=IPH")), "product_line");
    }

    @Scenario
    void twoConcurrentSyncsStartOneRun(WorkerClient api) {
        LocalPostgres.get().execute("UPDATE ingest_runs SET status = 'COMPLETED' WHERE status = 'RUNNING'");
        CompletableFuture<Response> a = CompletableFuture.supplyAsync(() -> Api.send(api, "POST", "/api/performance-metrics/sync", ""));
        CompletableFuture<Response> b = CompletableFuture.supplyAsync(() -> Api.send(api, "POST", "/api/performance-metrics/sync", ""));
        Response first = a.join();
        Response second = b.join();
        Response started = first.status() == 202 ? first : second;
        Response refused = first.status() == 202 ? second : first;
        assertEquals(202, started.status(), started.text());
        assertEquals(409, refused.status(), refused.text());
        long runId = Api.json(started).get("run_id").asLong();
        assertEquals(runId, Api.json(refused).get("error").get("run_id").asLong(), refused.text());
        JsonNode run = get(api, "/api/ingest/runs/" + runId, 200);
        assertEquals("SHOPIFY_BULK_SYNC", run.get("run_type").asText());
        assertEquals(StaffAccess.STAFF, run.get("triggered_by").asText());
        LocalPostgres.get().execute("UPDATE ingest_runs SET status = 'COMPLETED' WHERE status = 'RUNNING'");
    }
}
