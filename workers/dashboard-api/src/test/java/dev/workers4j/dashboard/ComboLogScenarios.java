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
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.extension.RegisterExtension;

/** /api/combo-logs: generated identifiers, CRUD, filters, sorting, CSV export and import. */
class ComboLogScenarios {
    @RegisterExtension
    static final BothRuntimes RUNTIMES = StaffAccess.dashboardApi();

    private static final long IPH_1 = 8_000_000_001L;
    private static final long IPH_2 = 8_000_000_002L;
    private static final long SAM_1 = 8_000_000_011L;
    /** Audiences unique to this run, so prefixes start at 001 whatever ran before. */
    private static final AtomicInteger AUDIENCES = new AtomicInteger();
    private static final String RUN = Long.toString(System.nanoTime() % 1_000_000, 36).toUpperCase();

    @BeforeAll
    static void demo() {
        DemoFixture.load();
    }

    private static String audience() {
        return "T" + RUN + "_" + AUDIENCES.incrementAndGet();
    }

    private static String body(String type, String audience, long... products) {
        StringBuilder ids = new StringBuilder();
        for (long p : products) {
            ids.append(ids.length() == 0 ? "" : ",").append(p);
        }
        return "{\"type\":\"" + type + "\",\"audience\":\"" + audience + "\",\"product_ids\":[" + ids
                + "],\"launch_date\":\"2025-03-01\",\"spend\":\"100.00\",\"impressions\":10000,\"clicks\":250,"
                + "\"purchases\":5,\"revenue\":\"400.00\",\"notes\":\"hook, \\\"quoted\\\"\"}";
    }

    @Scenario
    void createReadUpdateDelete(WorkerClient api) {
        String audience = audience();
        Response created = send(api, "POST", "/api/combo-logs", body("SP", audience, IPH_2, IPH_1));
        assertEquals(201, created.status(), created.text());
        JsonNode log = json(created);
        String id = "SP-IPH-2-" + audience + "-001";
        assertEquals(id, log.get("identifier").asText());
        assertEquals(0.025, log.get("ctr").asDouble());
        assertEquals(20.0, log.get("cpa").asDouble());
        assertEquals(4.0, log.get("roas").asDouble());
        assertEquals(StaffAccess.STAFF, log.get("created_by").asText());
        assertEquals("[8000000001,8000000002]", log.get("product_ids").toString());
        Response mixed = send(api, "POST", "/api/combo-logs", body("SP", audience, SAM_1, IPH_1));
        assertEquals("SP-IPH+SAM-2-" + audience + "-001", json(mixed).get("identifier").asText());

        Response updated = send(api, "PUT", "/api/combo-logs/" + id, "{\"status\":\"WINNER\",\"spend\":\"200\"}");
        assertEquals(200, updated.status(), updated.text());
        assertEquals("WINNER", json(updated).get("status").asText());
        assertEquals(2.0, json(updated).get("roas").asDouble());
        assertEquals("WINNER", get(api, "/api/combo-logs/" + id, 200).get("status").asText());
        assertEquals(204, api.fetch(StaffAccess.asStaff("DELETE", "/api/combo-logs/" + id).build()).status());
        get(api, "/api/combo-logs/" + id, 404);
        assertEquals(404, send(api, "PUT", "/api/combo-logs/" + id, "{\"status\":\"LOSER\"}").status());
    }

    @Scenario
    void twentyConcurrentCreatesTakeTwentyConsecutiveNumbers(WorkerClient api) {
        String audience = audience();
        List<CompletableFuture<Response>> all = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            all.add(CompletableFuture.supplyAsync(() -> send(api, "POST", "/api/combo-logs", body("UGC", audience, SAM_1))));
        }
        Set<String> identifiers = new TreeSet<>();
        for (CompletableFuture<Response> one : all) {
            Response response = one.join();
            assertEquals(201, response.status(), response.text());
            identifiers.add(json(response).get("identifier").asText());
        }
        Set<String> expected = new TreeSet<>();
        for (int i = 1; i <= 20; i++) {
            expected.add("UGC-SAM-1-" + audience + "-" + String.format("%03d", i));
        }
        assertEquals(expected, identifiers);
    }

    @Scenario
    void listFiltersSortsAndPages(WorkerClient api) {
        String query = "/api/combo-logs?type=SP&product_line=IPH&date_from=2024-07-01&date_to=2025-06-30&limit=5";
        int expected = Integer.parseInt(DemoFixture.scalar("SELECT count(*) FROM combo_logs WHERE combo_type = 'SP'"
                + " AND 'IPH' = ANY(product_lines) AND launch_date BETWEEN '2024-07-01' AND '2025-06-30'"));
        List<String> seen = new ArrayList<>();
        String last = null;
        String cursor = "";
        while (cursor != null) {
            JsonNode body = get(api, query + cursor, 200);
            for (JsonNode item : body.get("items")) {
                assertEquals("SP", item.get("type").asText());
                String launch = item.get("launch_date").asText();
                assertTrue(last == null || launch.compareTo(last) <= 0, "not newest first");
                last = launch;
                seen.add(item.get("identifier").asText());
            }
            cursor = body.get("next_cursor").isNull() ? null : "&cursor=" + body.get("next_cursor").asText();
        }
        assertEquals(expected, seen.size());
        assertEquals(expected, new TreeSet<>(seen).size());
        JsonNode byRoas = get(api, "/api/combo-logs?sort=roas&limit=50", 200).get("items");
        for (int i = 1; i < byRoas.size(); i++) {
            double before = byRoas.get(i - 1).get("roas").isNull() ? -1 : byRoas.get(i - 1).get("roas").asDouble();
            double now = byRoas.get(i).get("roas").isNull() ? -1 : byRoas.get(i).get("roas").asDouble();
            assertTrue(now <= before + 0.01, "not best ROAS first");
        }
    }

    @Scenario
    void exportStreamsTheFilteredLedgerAsCsv(WorkerClient api) {
        Response response = api.fetch(StaffAccess.staffGet("/api/combo-logs/export?status=WINNER"));
        assertEquals(200, response.status(), response.text());
        assertTrue(response.header("content-type").startsWith("text/csv"));
        String[] lines = response.text().split("\r\n");
        int expected = Integer.parseInt(DemoFixture.scalar("SELECT count(*) FROM combo_logs WHERE status = 'WINNER'"));
        assertEquals(expected + 1, lines.length);
        assertTrue(lines[0].startsWith("identifier,type,audience,product_lines"));

        // Unfiltered: several chunks of keyset pages, every log once.
        String[] all = api.fetch(StaffAccess.staffGet("/api/combo-logs/export")).text().split("\r\n");
        int total = Integer.parseInt(DemoFixture.scalar("SELECT count(*) FROM combo_logs"));
        assertTrue(total > 400, "the demo has a few hundred logs");
        Set<String> identifiers = new TreeSet<>();
        for (int i = 1; i < all.length; i++) {
            identifiers.add(all[i].substring(0, all[i].indexOf(',')));
        }
        assertEquals(total, identifiers.size());
        assertEquals(total + 1, all.length);
    }

    @Scenario
    void importStoresTheFileAndQueuesTheJob(WorkerClient api) {
        Response started = api.fetch(StaffAccess.asStaff("POST", "/api/combo-logs/import?file_name=report.csv")
                .header("content-type", "text/csv").body("ad name,spend\nSP test,10.00\n").build());
        assertEquals(202, started.status(), started.text());
        long id = json(started).get("import_id").asLong();
        assertEquals("imports/" + id + ".csv", json(started).get("r2_key").asText());
        JsonNode status = get(api, "/api/combo-logs/imports/" + id, 200);
        assertEquals("report.csv", status.get("file_name").asText());
        assertEquals(28, status.get("size_bytes").asInt());
        assertEquals(0, status.get("rejections").size());
        get(api, "/api/combo-logs/imports/999999999", 404);
    }

    @Scenario
    void anUploadedReportIsImportedByIngestAndItsStatusSaysHowEachProductWasMatched(WorkerClient api) {
        String report = "type,audience,products,launch_date,spend,notes\r\n"
                + "SP,WOMEN,IPH-001,2025-05-01,10.00,by sku\r\n"
                + "CT,MEN,Samsung case Black,2025-05-02,\"1,234.50\",\"by title, with a comma\"\r\n"
                + "NT,ALL,iPhone case Clera,2025-05-03,5,\"a typo:\r\nmatched by edit distance\"\r\n"
                + "SP,WOMEN,No Such Thing,2025-05-04,1,unmatched\r\n";
        Response started = api.fetch(StaffAccess.asStaff("POST", "/api/combo-logs/import?file_name=weekly.csv")
                .header("content-type", "text/csv").body(report).build());
        assertEquals(202, started.status(), started.text());
        long id = json(started).get("import_id").asLong();
        try {
            api.awaitDelivered(() -> assertEquals("COMPLETED", get(api, "/api/combo-logs/imports/" + id, 200)
                    .get("status").asText()));
            JsonNode status = get(api, "/api/combo-logs/imports/" + id, 200);
            assertEquals(4, status.get("rows_total").asInt(), status.toString());
            assertEquals(3, status.get("rows_imported").asInt(), status.toString());
            assertEquals(1, status.get("rows_rejected").asInt(), status.toString());
            assertEquals("{\"id\":0,\"sku\":1,\"title\":1,\"edit_distance\":1}", status.get("matched_by").toString());
            JsonNode rejected = status.get("rejections").get(0);
            assertEquals(6, rejected.get("line_number").asInt(), "the quoted line break makes the last row line 6");
            assertTrue(rejected.get("reason").asText().contains("No Such Thing"), rejected.toString());
            JsonNode logs = get(api, "/api/combo-logs?type=CT&audience=MEN&date_from=2025-05-02&date_to=2025-05-02", 200);
            assertTrue(logs.toString().contains("by title, with a comma"), logs.toString());
        } finally {
            DemoFixture.scalar("WITH gone AS (DELETE FROM combo_logs WHERE import_id = " + id + " RETURNING 1)"
                    + " SELECT count(*) FROM gone");
        }
    }

    @Scenario
    void badInputIsRefusedWithEveryProblem(WorkerClient api) {
        assertInvalid(send(api, "POST", "/api/combo-logs", "{\"type\":\"XX\",\"audience\":\"women\",\"product_ids\":[],"
                + "\"launch_date\":\"soon\",\"spend\":\"-1\"}"), "type", "audience", "product_ids", "launch_date", "spend");
        assertInvalid(send(api, "POST", "/api/combo-logs", body("SP", "ALL", 42)), "product_ids");
        assertInvalid(api.fetch(StaffAccess.staffGet("/api/combo-logs?sort=ctr&date_from=x&status=won")),
                "sort", "date_from", "status");
        assertInvalid(api.fetch(StaffAccess.staffGet("/api/combo-logs/sp%20iph")), "identifier");
        String forged = java.util.Base64.getUrlEncoder().withoutPadding()
                .encodeToString("c1|launch_date|yesterday|5".getBytes(java.nio.charset.StandardCharsets.UTF_8));
        assertInvalid(api.fetch(StaffAccess.staffGet("/api/combo-logs?cursor=" + forged)), "cursor");
        get(api, "/api/combo-logs/SP-IPH-1-NOBODY-999", 404);
    }
}
