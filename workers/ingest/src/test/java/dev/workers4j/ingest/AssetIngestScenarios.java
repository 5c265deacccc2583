package dev.workers4j.ingest;

import static dev.workers4j.ingest.IngestRuntimes.ASSETS;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.workers4j.sql.Row;
import dev.workers4j.testing.BothRuntimes;
import dev.workers4j.testing.QueueOutcome;
import dev.workers4j.testing.Scenario;
import dev.workers4j.testing.TestMessage;
import dev.workers4j.testing.WorkerClient;
import dev.workers4j.testing.sql.LocalPostgres;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Random;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.extension.RegisterExtension;

/** ASSET_INGEST on both runtimes: stored by content hash, deduplicated, and every way a download fails. */
class AssetIngestScenarios {
    static final String QUEUE = "ingest-queue";
    static final String BUCKET = "R2_BUCKET";
    static final long PRODUCT = 7001;
    static final long OTHER_PRODUCT = 7002;
    private static final AtomicInteger PATHS = new AtomicInteger();

    @RegisterExtension
    static final BothRuntimes RUNTIMES = IngestRuntimes.ingest();

    @BeforeEach
    void emptyDatabase() {
        IngestRuntimes.emptyDatabase();
        LocalPostgres.get().execute("INSERT INTO products (id, title, normalized_title) VALUES"
                + " (" + PRODUCT + ", 'Glow Serum', 'glow serum'), (" + OTHER_PRODUCT + ", 'Night Cream', 'night cream')");
    }

    @Scenario
    void anAssetIsStoredUnderItsContentHashWithItsTypeAndLinkedToItsProduct(WorkerClient ingest) {
        byte[] photo = bytes(40_000);
        String path = unique("/files/", "hero shot.jpg");
        ASSETS.file(path, photo, "image/jpeg");
        long asset = ingest(ingest, ASSETS.url(path), PRODUCT);
        Row row = awaitStatus(ingest, asset, "READY");
        String hash = sha256(photo);
        String key = "assets/" + hash.substring(0, 2) + "/" + hash + "/hero-shot.jpg";
        assertEquals(hash, row.getString("content_hash"));
        assertEquals(key, row.getString("r2_key"));
        assertEquals("image/jpeg", row.getString("content_type"));
        assertEquals(photo.length, row.getLong("size_bytes"));
        assertNull(row.getString("failure_reason"));
        assertArrayEquals(photo, ingest.storedObject(BUCKET, key));
        assertEquals(List.of(key), ingest.storedKeys(BUCKET, "assets/" + hash.substring(0, 2) + "/" + hash + "/"));
        assertEquals(List.of(PRODUCT), productsOf(asset));
    }

    @Scenario
    void redirectsAreFollowedAndTheExtensionGivesTheTypeWhenTheSourceSaysOnlyBytes(WorkerClient ingest) {
        byte[] clip = bytes(30_000);
        String blob = unique("/blobs/", "b");
        String share = unique("/share/", "launch clip.mp4");
        ASSETS.file(blob, clip, "application/octet-stream").redirect(share, blob);
        long asset = ingest(ingest, ASSETS.url(share), PRODUCT);
        Row row = awaitStatus(ingest, asset, "READY");
        assertEquals("video/mp4", row.getString("content_type"));
        assertEquals("launch-clip.mp4", row.getString("file_name"));
        assertEquals(1, ASSETS.requests(blob));
    }

    @Scenario
    void theNameAContentDispositionGivesWinsOverTheUrls(WorkerClient ingest) {
        byte[] pdf = bytes(5_000);
        String path = unique("/download/", "12345");
        ASSETS.file(path, pdf, "application/pdf", "attachment; filename=\"Brand Book.pdf\"; filename*=UTF-8''Brand%20Book%202026.pdf");
        long asset = ingest(ingest, ASSETS.url(path), PRODUCT);
        Row row = awaitStatus(ingest, asset, "READY");
        assertEquals("Brand-Book-2026.pdf", row.getString("file_name"));
        assertTrue(row.getString("r2_key").endsWith("/Brand-Book-2026.pdf"), row.getString("r2_key"));
    }

    @Scenario
    void theSameContentTwiceIsStoredOnceAndTheSecondAssetIsItsDuplicate(WorkerClient ingest) {
        byte[] photo = bytes(20_000);
        String first = unique("/files/", "a.png");
        String second = unique("/mirror/", "copy.png");
        ASSETS.file(first, photo, "image/png").file(second, photo, "image/png");
        long original = ingest(ingest, ASSETS.url(first), PRODUCT);
        awaitStatus(ingest, original, "READY");
        long copy = ingest(ingest, ASSETS.url(second), OTHER_PRODUCT);
        Row row = awaitStatus(ingest, copy, "DUPLICATE");
        assertEquals(original, row.getLong("duplicate_of"));
        assertEquals(sha256(photo), row.getString("content_hash"));
        assertNull(row.getString("r2_key"), "a duplicate keeps no object of its own");
        String hash = sha256(photo);
        assertEquals(1, ingest.storedKeys(BUCKET, "assets/" + hash.substring(0, 2) + "/" + hash + "/").size(),
                "one object for one content");
        assertEquals(List.of(PRODUCT, OTHER_PRODUCT), productsOf(original), "the stored asset is reused for the product");
        assertEquals(List.of(OTHER_PRODUCT), productsOf(copy));
    }

    @Scenario
    void aRedeliveredJobDownloadsNothingAgain(WorkerClient ingest) {
        byte[] photo = bytes(10_000);
        String path = unique("/files/", "again.jpg");
        ASSETS.file(path, photo, "image/jpeg");
        long asset = insertPending(ASSETS.url(path), PRODUCT);
        String body = job(asset, ASSETS.url(path), PRODUCT);
        assertEquals(List.of("first"), ingest.queue(QUEUE, List.of(TestMessage.json("first", body))).acked());
        QueueOutcome again = ingest.queue(QUEUE, List.of(TestMessage.json("again", body).attempt(2)));
        assertEquals(List.of("again"), again.acked());
        assertEquals("READY", asset(asset).getString("status"));
        assertEquals(1, ASSETS.requests(path));
        String hash = sha256(photo);
        assertEquals(1, ingest.storedKeys(BUCKET, "assets/" + hash.substring(0, 2) + "/" + hash + "/").size());
        assertEquals(List.of(PRODUCT), productsOf(asset));
    }

    @Scenario
    void aFileOfSeveralPartsWithoutLengthIsHashedWhileStreamingAndStoredWhole(WorkerClient ingest) {
        byte[] video = bytes(9 * 1024 * 1024 + 12_345);
        String path = unique("/files/", "long-take.mov");
        ASSETS.fileWithoutLength(path, video, "video/quicktime");
        long asset = ingest(ingest, ASSETS.url(path), PRODUCT);
        Row row = awaitStatus(ingest, asset, "READY");
        assertEquals(sha256(video), row.getString("content_hash"));
        assertEquals(video.length, row.getLong("size_bytes"));
        assertArrayEquals(video, ingest.storedObject(BUCKET, row.getString("r2_key")));
        assertEquals(List.of(), ingest.storedKeys(BUCKET, "assets/incoming/"), "the staged upload is gone");
    }

    @Scenario
    void whatCanNeverBeDownloadedFailsTheAssetWithItsReasonAndIsDeadLettered(WorkerClient ingest) {
        String missing = unique("/files/", "gone.jpg");
        String html = unique("/share/", "preview");
        String disguised = unique("/files/", "page.jpg");
        String big = unique("/files/", "huge.mov");
        String bigUnsized = unique("/files/", "huge-stream.mov");
        String privateLink = unique("/files/", "private.jpg");
        ASSETS.status(missing, 404).htmlPage(html, "text/html; charset=utf-8").htmlPage(disguised, "application/octet-stream")
                .file(big, new byte[(int) IngestRuntimes.ASSET_MAX_BYTES + 1], "video/quicktime")
                .fileWithoutLength(bigUnsized, new byte[(int) IngestRuntimes.ASSET_MAX_BYTES + 1], "video/quicktime")
                .status(privateLink, 403);
        long notFound = ingest(ingest, ASSETS.url(missing), PRODUCT);
        long page = ingest(ingest, ASSETS.url(html), PRODUCT);
        long sniffed = ingest(ingest, ASSETS.url(disguised), PRODUCT);
        long tooBig = ingest(ingest, ASSETS.url(big), PRODUCT);
        long tooBigStreamed = ingest(ingest, ASSETS.url(bigUnsized), PRODUCT);
        long forbidden = ingest(ingest, ASSETS.url(privateLink), PRODUCT);
        assertTrue(awaitStatus(ingest, notFound, "FAILED").getString("failure_reason").contains("404"));
        assertTrue(awaitStatus(ingest, page, "FAILED").getString("failure_reason").contains("HTML page"));
        assertTrue(awaitStatus(ingest, sniffed, "FAILED").getString("failure_reason").contains("HTML page"));
        assertTrue(awaitStatus(ingest, tooBig, "FAILED").getString("failure_reason").contains("larger than the limit of 12000000 bytes"));
        assertTrue(awaitStatus(ingest, tooBigStreamed, "FAILED").getString("failure_reason").contains("larger than the limit"));
        assertTrue(awaitStatus(ingest, forbidden, "FAILED").getString("failure_reason").contains("private"));
        for (String path : List.of(missing, html, disguised, big, bigUnsized, privateLink)) {
            ingest.awaitDelivered(() -> assertEquals(1, SyncDatabase.rows("SELECT 1 FROM dead_letters"
                    + " WHERE job_type = 'ASSET_INGEST' AND strpos(body, $1) > 0", path).size(), path + " is dead-lettered"));
        }
        assertEquals(List.of(), ingest.storedKeys(BUCKET, "assets/incoming/"), "nothing of a failed download is kept");
    }

    @Scenario
    void aSourceSlowerThanTheTimeoutFailsTheAsset(WorkerClient ingest) {
        String path = unique("/slow/", "clip.mp4");
        ASSETS.file(path, bytes(1000), "video/mp4");
        long asset = ingest(ingest, ASSETS.url(path), PRODUCT);
        Row row = awaitStatus(ingest, asset, "FAILED");
        assertEquals("the download timed out after " + IngestRuntimes.ASSET_TIMEOUT_SECONDS + " s",
                row.getString("failure_reason"));
    }

    @Scenario
    void aTransientFailureIsRetriedWithItsReasonOnTheAssetThenSucceeds(WorkerClient ingest) {
        byte[] photo = bytes(8_000);
        String path = unique("/files/", "flaky.jpg");
        ASSETS.file(path, photo, "image/jpeg").failFirst(path, 1, 503);
        long asset = insertPending(ASSETS.url(path), PRODUCT);
        String body = job(asset, ASSETS.url(path), PRODUCT);
        QueueOutcome first = ingest.queue(QUEUE, List.of(TestMessage.json("m", body)));
        assertEquals(Integer.valueOf(30), first.retried().get("m"), "retried with a delay: " + first);
        Row waiting = asset(asset);
        assertEquals("PENDING", waiting.getString("status"));
        assertTrue(waiting.getString("failure_reason").contains("503"), waiting.toString());
        assertEquals(List.of("m"), ingest.queue(QUEUE, List.of(TestMessage.json("m", body).attempt(2))).acked());
        Row done = asset(asset);
        assertEquals("READY", done.getString("status"));
        assertNull(done.getString("failure_reason"));
    }

    @Scenario
    void whenRetriesRunOutTheDeadLetterConsumerFailsTheAsset(WorkerClient ingest) {
        long asset = insertPending(ASSETS.url("/files/never.jpg"), PRODUCT);
        LocalPostgres.get().execute("UPDATE assets SET failure_reason = 'the source answered 503; trying again later'"
                + " WHERE id = " + asset);
        QueueOutcome stored = ingest.queue("ingest-queue-dlq", List.of(TestMessage.json("dead",
                job(asset, ASSETS.url("/files/never.jpg"), PRODUCT)).attempt(4)));
        assertEquals(List.of("dead"), stored.acked());
        Row row = asset(asset);
        assertEquals("FAILED", row.getString("status"));
        assertEquals("gave up after 4 attempts: the source answered 503; trying again later", row.getString("failure_reason"));
    }

    @Scenario
    void aJobForAnAssetThatDoesNotExistIsDeadLettered(WorkerClient ingest) {
        QueueOutcome outcome = ingest.queue(QUEUE, List.of(TestMessage.json("ghost", job(424242, ASSETS.url("/x.jpg"), PRODUCT))));
        assertFalse(outcome.handlerThrew());
        assertEquals(List.of("ghost"), outcome.acked());
        ingest.awaitDelivered(() -> assertEquals(List.of("no asset 424242"), SyncDatabase.rows(
                "SELECT last_error FROM dead_letters WHERE message_id = 'ghost'").stream()
                .map(r -> r.getString("last_error")).toList()));
    }

    // ---- helpers ----------------------------------------------------------------------------

    /** Records a PENDING asset as POST /api/assets/ingest does, queues its job, answers its id. */
    private static long ingest(WorkerClient ingest, String url, long product) {
        long asset = insertPending(url, product);
        QueueOutcome outcome = ingest.queue(QUEUE, List.of(TestMessage.json("asset-" + asset, job(asset, url, product))));
        assertFalse(outcome.handlerThrew(), outcome.toString());
        return asset;
    }

    private static long insertPending(String url, long product) {
        long id = SyncDatabase.rows("INSERT INTO assets (source_url, status, requested_by) VALUES ($1, 'PENDING', 'staff@brand.example')"
                + " RETURNING id", url).get(0).getLong("id");
        LocalPostgres.get().execute("INSERT INTO asset_products (asset_id, product_id) VALUES (" + id + ", " + product + ")");
        return id;
    }

    private static String job(long asset, String url, long product) {
        return "{\"job_type\":\"ASSET_INGEST\",\"asset_id\":" + asset + ",\"product_id\":" + product + ",\"source_url\":\""
                + url + "\"}";
    }

    private static Row awaitStatus(WorkerClient ingest, long asset, String status) {
        ingest.awaitDelivered(() -> assertEquals(status, asset(asset).getString("status"), () -> asset(asset).toString()));
        return asset(asset);
    }

    private static Row asset(long id) {
        return SyncDatabase.rows("SELECT status, content_hash, r2_key, file_name, content_type, size_bytes, duplicate_of,"
                + " failure_reason FROM assets WHERE id = $1::bigint", id).get(0);
    }

    private static List<Long> productsOf(long asset) {
        return SyncDatabase.rows("SELECT product_id FROM asset_products WHERE asset_id = $1::bigint ORDER BY 1", asset).stream()
                .map(r -> r.getLong("product_id")).toList();
    }

    /** A path no other test (or runtime) used, so request counts and answers are this test's own. */
    private static String unique(String directory, String fileName) {
        return directory + PATHS.incrementAndGet() + "-" + System.nanoTime() + "/" + fileName.replace(" ", "%20");
    }

    /** Random bytes, other in every call: content (and so keys) never repeat across tests and runtimes. */
    private static byte[] bytes(int length) {
        byte[] bytes = new byte[length];
        new Random(System.nanoTime()).nextBytes(bytes);
        bytes[0] = (byte) 0x89; // never mistaken for an HTML page
        return bytes;
    }

    private static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
