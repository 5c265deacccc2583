package dev.workers4j.ingest.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.workers4j.ingest.IngestRuntimes;
import dev.workers4j.ingest.IngestWorker;
import dev.workers4j.sql.Row;
import dev.workers4j.sql.Sql;
import dev.workers4j.testing.WorkerExtension;
import dev.workers4j.testing.WorkerHarness;
import dev.workers4j.testing.WorkerdServer;
import dev.workers4j.testing.shopify.ShopifyDataset;
import dev.workers4j.testing.shopify.ShopifyStandIn;
import dev.workers4j.testing.sql.LocalPostgres;
import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.postgresql.PGConnection;

/**
 * The bulk sync of a generated result of {@value #LINES} JSONL lines, end to end, once on the JVM
 * path and once in workerd against the same local PostgreSQL, and PostgreSQL's own COPY of the
 * same rows as the ceiling, in one run: lines/s, the slowest chunk transaction, workerd's peak
 * memory, and the ratio to COPY. Run by `npm run bench:sync`; never by the test suite.
 */
@Tag("benchmark")
class SyncBenchmark {
    static final int LINES = Integer.getInteger("bench.lines", 1_000_000);
    static final ShopifyStandIn SHOP = ShopifyStandIn.start();
    static final Pattern CHUNK = Pattern.compile("chunk at byte \\d+, (\\d+) lines, transaction (\\d+) ms");

    @RegisterExtension
    static final WorkerExtension JVM = WorkerExtension.of(IngestWorker::new)
            .env(env -> env.var("SHOPIFY_ADMIN_URL", SHOP.origin())
                    .secret("SHOPIFY_ACCESS_TOKEN", ShopifyStandIn.ACCESS_TOKEN))
            .outbound(SHOP::answer);

    @Test
    void syncAMillionLines(WorkerHarness ingest) throws Exception {
        int orders = LINES / 3; // the generator averages two line items an order
        SHOP.pollsUntilDone(0).dataset(ShopifyDataset.of(99, orders));
        print("bulk sync benchmark: " + orders + " orders generated (~" + LINES + " JSONL lines)");

        empty();
        long start = System.nanoTime();
        ingest.scheduled(IngestWorker.DAILY_BULK_SYNC_CRON);
        JVM.queues().drain();
        double jvmSeconds = (System.nanoTime() - start) / 1e9;
        Row jvmRun = lastRun();
        assertEquals("COMPLETED", jvmRun.getString("status"), jvmRun.toString());
        long lines = jvmRun.getLong("lines_done");
        int jvmSlowest = slowest(ingest.logs());
        print(String.format("JVM path:      %,d lines in %.1f s = %,.0f lines/s; slowest chunk transaction %d ms; archive %,d bytes",
                lines, jvmSeconds, lines / jvmSeconds, jvmSlowest, jvmRun.getLong("bytes_total")));

        empty();
        double workerdSeconds;
        long peakKb;
        Row workerdRun;
        int workerdSlowest;
        Map<String, String> environment = Map.of(
                "CLOUDFLARE_HYPERDRIVE_LOCAL_CONNECTION_STRING_HYPERDRIVE", LocalPostgres.get().connectionString(),
                "W4J_VARS", "{\"ingest\":{\"SHOPIFY_ADMIN_URL\":\"" + SHOP.origin() + "\",\"SHOPIFY_ACCESS_TOKEN\":\""
                        + ShopifyStandIn.ACCESS_TOKEN + "\"}}",
                "W4J_MAX_BATCH_TIMEOUT", "1");
        try (WorkerdServer server = WorkerdServer.start(environment, "workers/ingest/wrangler.toml")) {
            start = System.nanoTime();
            server.worker("ingest").scheduled(IngestWorker.DAILY_BULK_SYNC_CRON);
            peakKb = 0;
            while (true) {
                Row run = lastRun();
                if (run != null && !"RUNNING".equals(run.getString("status"))) {
                    break;
                }
                peakKb = Math.max(peakKb, WorkerdMemory.residentKb(server));
                Thread.sleep(200);
            }
            workerdSeconds = (System.nanoTime() - start) / 1e9;
            peakKb = Math.max(peakKb, WorkerdMemory.peakKb(server));
            workerdRun = lastRun();
            workerdSlowest = slowest(server.output());
        }
        assertEquals("COMPLETED", workerdRun.getString("status"), workerdRun.toString());
        print(String.format("workerd path:  %,d lines in %.1f s = %,.0f lines/s; slowest chunk transaction %d ms;"
                        + " workerd peak RSS %,d KB (the whole process: runtime, isolate and local R2)",
                workerdRun.getLong("lines_done"), workerdSeconds, workerdRun.getLong("lines_done") / workerdSeconds,
                workerdSlowest, peakKb));

        double copySeconds = copyCeiling();
        print(String.format("COPY ceiling:  %,d rows in %.1f s = %,.0f rows/s", lines, copySeconds, lines / copySeconds));
        print(String.format("ratio to COPY: JVM %.2f, workerd %.2f (target: at least 0.5)",
                (lines / jvmSeconds) / (lines / copySeconds), (lines / workerdSeconds) / (lines / copySeconds)));
    }

    /** COPY of the same orders, line items and products as CSV (generated from the synced rows). */
    private static double copyCeiling() throws Exception {
        String orders;
        String items;
        String products;
        try (Sql sql = LocalPostgres.get().hyperdrive().connect()) {
            orders = csv(sql, "SELECT id, name, created_at, updated_at, processed_at, financial_status, total_price, currency FROM orders");
            items = csv(sql, "SELECT id, order_id, product_id, title, sku, quantity, unit_price, currency FROM order_line_items");
            products = csv(sql, "SELECT id, title, normalized_title, sku, product_line FROM products");
        }
        empty();
        long start = System.nanoTime();
        try (Connection connection = LocalPostgres.get().hyperdrive().jdbcConnection()) {
            PGConnection pg = connection.unwrap(PGConnection.class);
            pg.getCopyAPI().copyIn("COPY products (id, title, normalized_title, sku, product_line) FROM STDIN (FORMAT csv)",
                    new StringReader(products));
            pg.getCopyAPI().copyIn("COPY orders (id, name, created_at, updated_at, processed_at, financial_status, total_price,"
                    + " currency) FROM STDIN (FORMAT csv)", new StringReader(orders));
            pg.getCopyAPI().copyIn("COPY order_line_items (id, order_id, product_id, title, sku, quantity, unit_price, currency)"
                    + " FROM STDIN (FORMAT csv)", new StringReader(items));
        }
        return (System.nanoTime() - start) / 1e9;
    }

    private static String csv(Sql sql, String query) throws IOException {
        Path file = Files.createTempFile("copy", ".csv");
        try (Connection connection = LocalPostgres.get().hyperdrive().jdbcConnection()) {
            PGConnection pg = connection.unwrap(PGConnection.class);
            try (var out = Files.newOutputStream(file)) {
                pg.getCopyAPI().copyOut("COPY (" + query + ") TO STDOUT (FORMAT csv)", out);
            }
        } catch (java.sql.SQLException e) {
            throw new IOException(e);
        }
        String text = Files.readString(file, StandardCharsets.UTF_8);
        Files.delete(file);
        return text;
    }

    private static int slowest(List<String> logs) {
        int slowest = 0;
        for (String line : logs) {
            Matcher m = CHUNK.matcher(line);
            if (m.find()) {
                slowest = Math.max(slowest, Integer.parseInt(m.group(2)));
            }
        }
        return slowest;
    }

    private static Row lastRun() {
        try (Sql sql = LocalPostgres.get().hyperdrive().connect()) {
            List<Row> rows = sql.rows("SELECT status, lines_done, bytes_total, error FROM ingest_runs ORDER BY id DESC LIMIT 1");
            return rows.isEmpty() ? null : rows.get(0);
        }
    }

    private static void empty() {
        IngestRuntimes.emptyDatabase();
    }

    private static void print(String line) {
        System.out.println("[bench:sync] " + line);
        System.out.flush();
    }
}
