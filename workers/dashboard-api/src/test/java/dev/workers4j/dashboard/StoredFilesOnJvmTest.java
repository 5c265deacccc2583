package dev.workers4j.dashboard;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.workers4j.http.Response;
import dev.workers4j.r2.R2HttpMetadata;
import dev.workers4j.r2.R2PutOptions;
import dev.workers4j.testing.WorkerExtension;
import dev.workers4j.testing.WorkerHarness;
import dev.workers4j.testing.queue.QueuedMessage;
import dev.workers4j.testing.sql.LocalPostgres;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * What needs objects in R2 or a look into the queue, which only the JVM harness gives a test:
 * asset content with Range and If-None-Match, an export's download, an oversized import, and the
 * job messages the write routes queue.
 */
class StoredFilesOnJvmTest {
    @RegisterExtension
    static final WorkerExtension WORKER = WorkerExtension.of(DashboardApi::new)
            .env(env -> env.var("CF_ACCESS_TEAM_DOMAIN", StaffAccess.IDP.origin()))
            .outbound(StaffAccess.IDP::answer);

    private static final String HASH = "ab" + "0".repeat(62);
    private static final byte[] CONTENT = new byte[1000];

    @BeforeAll
    static void demo() {
        DemoFixture.load();
        for (int i = 0; i < CONTENT.length; i++) {
            CONTENT[i] = (byte) i;
        }
    }

    private static long readyAsset(WorkerHarness worker) {
        String key = "assets/ab/" + HASH + "/case.jpg";
        worker.env().r2("R2_BUCKET").put(key, CONTENT, R2PutOptions.create().httpMetadata(R2HttpMetadata.contentType("image/jpeg")));
        LocalPostgres.get().execute("DELETE FROM assets WHERE content_hash = '" + HASH + "'");
        LocalPostgres.get().execute("INSERT INTO assets (source_url, status, content_hash, r2_key, file_name, content_type,"
                + " size_bytes, requested_by) VALUES ('https://cdn.example/case.jpg', 'READY', '" + HASH + "', '" + key
                + "', 'case.jpg', 'image/jpeg', 1000, 'test')");
        return Long.parseLong(DemoFixture.scalar("SELECT id FROM assets WHERE content_hash = '" + HASH + "'"));
    }

    private static Response content(WorkerHarness worker, long id, String header, String value) {
        var request = StaffAccess.asStaff("GET", "/api/assets/" + id + "/content");
        return worker.fetch(header == null ? request.build() : request.header(header, value).build());
    }

    @Test
    void assetContentHonoursRangeAndIfNoneMatch(WorkerHarness worker) {
        long id = readyAsset(worker);
        Response whole = content(worker, id, null, null);
        assertEquals(200, whole.status(), whole.text());
        assertEquals("image/jpeg", whole.header("content-type"));
        assertArrayEquals(CONTENT, whole.bytes());

        Response part = content(worker, id, "Range", "bytes=10-19");
        assertEquals(206, part.status());
        assertEquals("bytes 10-19/1000", part.header("content-range"));
        assertArrayEquals(Arrays.copyOfRange(CONTENT, 10, 20), part.bytes());
        Response tail = content(worker, id, "Range", "bytes=-5");
        assertEquals("bytes 995-999/1000", tail.header("content-range"));
        assertEquals(5, tail.bytes().length);
        assertEquals(416, content(worker, id, "Range", "bytes=1000-").status());

        Response unchanged = content(worker, id, "If-None-Match", whole.header("etag"));
        assertEquals(304, unchanged.status());
        assertEquals(200, content(worker, id, "If-None-Match", "\"other\"").status());
        String publicUrl = Api.json(worker.fetch(StaffAccess.staffGet("/api/assets/" + id))).get("public_url").asText();
        assertEquals("https://assets.brand.example/assets/ab/" + HASH + "/case.jpg", publicUrl);
    }

    @Test
    void aPendingAssetHasNoContent(WorkerHarness worker) {
        Response queued = Api.send(worker, "POST", "/api/assets/ingest",
                "{\"product_id\":8000000001,\"source_url\":\"https://cdn.example/b.jpg\"}");
        long id = Api.json(queued).get("asset_id").asLong();
        assertEquals(404, content(worker, id, null, null).status());
        List<QueuedMessage> sent = WORKER.queues().inspector().sentTo("ingest-queue");
        String last = sent.get(sent.size() - 1).text();
        assertEquals("{\"job_type\":\"ASSET_INGEST\",\"asset_id\":" + id
                + ",\"product_id\":8000000001,\"source_url\":\"https://cdn.example/b.jpg\"}", last);
    }

    @Test
    void aCompletedExportDownloadsAsAnAttachment(WorkerHarness worker) {
        Response queued = Api.send(worker, "POST", "/api/csv-exports", "{\"export_type\":\"orders\"}");
        long id = Api.json(queued).get("export_id").asLong();
        List<QueuedMessage> sent = WORKER.queues().inspector().sentTo("ingest-queue");
        assertEquals("{\"job_type\":\"CSV_EXPORT\",\"export_id\":" + id + "}", sent.get(sent.size() - 1).text());
        assertEquals(409, worker.fetch(StaffAccess.staffGet("/api/csv-exports/" + id + "/download")).status());

        String key = "exports/csv/" + id + ".csv";
        worker.env().r2("R2_BUCKET").put(key, "id,total\r\n1,10.00\r\n");
        LocalPostgres.get().execute("UPDATE csv_exports SET status = 'COMPLETED', r2_key = '" + key + "', row_count = 1"
                + " WHERE id = " + id);
        Response file = worker.fetch(StaffAccess.staffGet("/api/csv-exports/" + id + "/download"));
        assertEquals(200, file.status(), file.text());
        assertEquals("attachment; filename=\"orders-" + id + ".csv\"", file.header("content-disposition"));
        assertEquals("id,total\r\n1,10.00\r\n", file.text());
        assertEquals("/api/csv-exports/" + id + "/download",
                Api.json(worker.fetch(StaffAccess.staffGet("/api/csv-exports/" + id))).get("download_url").asText());
    }

    @Test
    void anImportOver20MiBIs413AndStoresNothing(WorkerHarness worker) {
        String before = DemoFixture.scalar("SELECT count(*) FROM csv_imports");
        Response response = worker.fetch(StaffAccess.asStaff("POST", "/api/combo-logs/import")
                .header("content-type", "text/csv").body(new byte[20 * 1024 * 1024 + 1]).build());
        assertEquals(413, response.status(), response.text());
        assertEquals(before, DemoFixture.scalar("SELECT count(*) FROM csv_imports"));
        Response empty = worker.fetch(StaffAccess.asStaff("POST", "/api/combo-logs/import").body(new byte[0]).build());
        Api.assertInvalid(empty, "body");
    }

    @Test
    void theSyncQueuesItsStartMessage(WorkerHarness worker) {
        LocalPostgres.get().execute("UPDATE ingest_runs SET status = 'COMPLETED' WHERE status = 'RUNNING'");
        Response started = worker.fetch(StaffAccess.asStaff("POST", "/api/performance-metrics/sync").build());
        long runId = Api.json(started).get("run_id").asLong();
        List<QueuedMessage> sent = WORKER.queues().inspector().sentTo("ingest-queue");
        assertEquals("{\"job_type\":\"SHOPIFY_BULK_SYNC_START\",\"run_id\":" + runId + "}", sent.get(sent.size() - 1).text());
        LocalPostgres.get().execute("UPDATE ingest_runs SET status = 'COMPLETED' WHERE status = 'RUNNING'");
        assertTrue(runId > 0);
    }
}
