package dev.workers4j.ingest.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.workers4j.ingest.IngestRuntimes;
import dev.workers4j.ingest.IngestWorker;
import dev.workers4j.sql.Row;
import dev.workers4j.sql.Sql;
import dev.workers4j.testing.TestMessage;
import dev.workers4j.testing.WorkerClient;
import dev.workers4j.testing.WorkerExtension;
import dev.workers4j.testing.WorkerHarness;
import dev.workers4j.testing.WorkerdServer;
import dev.workers4j.testing.sql.LocalPostgres;
import java.io.OutputStream;
import java.sql.Connection;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.LongSupplier;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.postgresql.PGConnection;

/**
 * CSV_EXPORT of {@value #ORDERS_DEFAULT} orders (a year of them) on the JVM path and in workerd,
 * beside PostgreSQL's own {@code COPY (SELECT ...) TO STDOUT (FORMAT csv)} of the same rows as the
 * ceiling; then MART_REFRESH of that year, beside one call of refresh_daily_marts over every day as
 * the floor. Prints rows/s, peak memory and ratios; asserts only that each run completed. Run by
 * `npm run bench:export`; never by the test suite.
 */
@Tag("benchmark")
class ExportBenchmark {
    static final int ORDERS_DEFAULT = 1_000_000;
    static final int ORDERS = Integer.getInteger("bench.orders", ORDERS_DEFAULT);
    static final String QUEUE = "ingest-queue";
    /** The export's query without the keyset, ordered as it pages: what COPY writes as the ceiling. */
    static final String SAME_ROWS = "SELECT o.id, o.name, o.processed_at, o.created_at, o.updated_at, o.financial_status,"
            + " o.total_price, o.currency, li.line_items, coalesce(li.units, 0) FROM orders o LEFT JOIN LATERAL"
            + " (SELECT count(*) AS line_items, sum(i.quantity) AS units FROM order_line_items i WHERE i.order_id = o.id) li"
            + " ON true ORDER BY o.processed_at, o.id";

    @RegisterExtension
    static final WorkerExtension JVM = WorkerExtension.of(IngestWorker::new);

    @Test
    void exportAYearOfOrdersAndRefreshItsMarts(WorkerHarness ingest) throws Exception {
        IngestRuntimes.emptyDatabase();
        double seeded = seconds(ExportBenchmark::seed);
        print(String.format("%,d orders over 365 days (%,d line items) seeded in %.1f s", ORDERS,
                count("order_line_items"), seeded));

        double copySeconds = copyCeiling();
        print(String.format("COPY ceiling:   %,d rows in %.2f s = %,.0f rows/s", ORDERS, copySeconds, ORDERS / copySeconds));

        // The JVM path: the job on the fake queue and in-memory R2, which holds the finished file in this heap.
        long jvmId = queuedExport();
        Runtime runtime = Runtime.getRuntime();
        System.gc();
        long heapBefore = runtime.totalMemory() - runtime.freeMemory();
        AtomicLong heapPeak = new AtomicLong();
        Sampler heap = Sampler.start(() -> runtime.totalMemory() - runtime.freeMemory(), heapPeak);
        long start = System.nanoTime();
        ingest.queue(QUEUE, List.of(TestMessage.json("bench-jvm", job(jvmId))));
        JVM.queues().drain();
        double jvmSeconds = (System.nanoTime() - start) / 1e9;
        heap.stop();
        Row jvm = export(jvmId);
        assertEquals("COMPLETED", jvm.getString("status"), jvm.toString());
        long size = jvm.getLong("size_bytes");
        print(String.format("JVM path:       %,d rows, %,d bytes in %.2f s = %,.0f rows/s; heap used peak %,d MB"
                        + " (sampled every 20 ms; %,d MB before; the in-memory R2 holds the %,d MB file in it too)",
                jvm.getLong("row_count"), size, jvmSeconds, ORDERS / jvmSeconds, heapPeak.get() >> 20, heapBefore >> 20,
                size >> 20));

        double workerdSeconds;
        long rssPeakKb;
        Row workerd;
        Map<String, String> environment = Map.of(
                "CLOUDFLARE_HYPERDRIVE_LOCAL_CONNECTION_STRING_HYPERDRIVE", LocalPostgres.get().connectionString(),
                "W4J_MAX_BATCH_TIMEOUT", "1");
        try (WorkerdServer server = WorkerdServer.start(environment, "workers/ingest/wrangler.toml")) {
            WorkerClient worker = server.worker("ingest");
            long idleKb = WorkerdMemory.residentKb(server);
            long id = queuedExport();
            start = System.nanoTime();
            CompletableFuture<?> first = CompletableFuture.runAsync(
                    () -> worker.queue(QUEUE, List.of(TestMessage.json("bench-workerd", job(id)))));
            rssPeakKb = 0;
            while (!"COMPLETED".equals(export(id).getString("status")) && !"FAILED".equals(export(id).getString("status"))) {
                rssPeakKb = Math.max(rssPeakKb, WorkerdMemory.residentKb(server));
                Thread.sleep(100);
            }
            workerdSeconds = (System.nanoTime() - start) / 1e9;
            first.join();
            rssPeakKb = Math.max(rssPeakKb, WorkerdMemory.peakKb(server));
            workerd = export(id);
            assertEquals("COMPLETED", workerd.getString("status"), workerd + "\n" + String.join("\n", server.output()));
            assertEquals(size, workerd.getLong("size_bytes"), "the same file on both runtimes");
            print(String.format("workerd path:   %,d rows, %,d bytes in %.2f s = %,.0f rows/s; workerd peak RSS %,d MB"
                            + " (%,d MB idle; the whole process: runtime, isolate and miniflare's local R2)",
                    workerd.getLong("row_count"), workerd.getLong("size_bytes"), workerdSeconds,
                    ORDERS / workerdSeconds, rssPeakKb >> 10, idleKb >> 10));
            print(String.format("export ratio to COPY: JVM %.2f, workerd %.2f", copySeconds / jvmSeconds,
                    copySeconds / workerdSeconds));

            double martFloor = martFloor();
            print(String.format("mart floor:     refresh_daily_marts over all 365 days in one call: %.2f s", martFloor));
            resetMarts();
            start = System.nanoTime();
            ingest.queue(QUEUE, List.of(TestMessage.json("mart-jvm", "{\"job_type\":\"MART_REFRESH\",\"requested_by\":\"bench\"}")));
            JVM.queues().drain();
            double martJvm = (System.nanoTime() - start) / 1e9;
            print(String.format("MART_REFRESH:   JVM path %.2f s for %d days (%,d orders); ratio to the floor %.2f",
                    martJvm, count("daily_sales"), ORDERS, martJvm / martFloor));
            resetMarts();
            start = System.nanoTime();
            // Longer than the test client's request timeout: delivered on another thread, its end read from the lease.
            CompletableFuture<?> refresh = CompletableFuture.runAsync(() -> worker.queue(QUEUE,
                    List.of(TestMessage.json("mart-workerd", "{\"job_type\":\"MART_REFRESH\",\"requested_by\":\"bench\"}"))));
            while (count("mart_refresh_state WHERE lease_until IS NULL") == 0) {
                Thread.sleep(100);
            }
            double martWorkerd = (System.nanoTime() - start) / 1e9;
            refresh.exceptionally(timedOut -> null).join();
            print(String.format("MART_REFRESH:   workerd path %.2f s for %d days; ratio to the floor %.2f", martWorkerd,
                    count("daily_sales"), martWorkerd / martFloor));
        }
    }

    /** A year of orders from 2025-01-01, two of three with line items of two products, as COPY-fast SQL. */
    private static void seed() {
        LocalPostgres.get().execute("INSERT INTO products (id, title, normalized_title, sku, product_line) VALUES"
                + " (8100000001, 'Grip', 'grip', 'GR-1', 'GRIPZ'), (8100000002, 'Case, \"clear\"', 'case clear', NULL, 'IPH')");
        LocalPostgres.get().execute("INSERT INTO orders (id, name, created_at, updated_at, processed_at, financial_status,"
                + " total_price, currency) SELECT 5000000000 + g, '#' || (1000 + g),"
                + " timestamptz '2025-01-01 00:00:00+00' + (g * 365.0 / " + ORDERS + ") * interval '1 day',"
                + " timestamptz '2025-01-01 00:00:00+00' + (g * 365.0 / " + ORDERS + ") * interval '1 day',"
                + " timestamptz '2025-01-01 00:00:00+00' + (g * 365.0 / " + ORDERS + ") * interval '1 day',"
                + " CASE g % 10 WHEN 0 THEN 'REFUNDED' ELSE 'PAID' END, (g % 997) * 1.31 + 5, 'USD'"
                + " FROM generate_series(1, " + ORDERS + ") g");
        LocalPostgres.get().execute("INSERT INTO order_line_items (id, order_id, product_id, title, sku, quantity, unit_price,"
                + " currency) SELECT 7000000000 + g * 2 + k, 5000000000 + g, 8100000001 + k, 'item', NULL, 1 + g % 3, 9.99,"
                + " 'USD' FROM generate_series(1, " + ORDERS + ") g, generate_series(0, 1) k WHERE (g + k) % 3 <> 0");
        LocalPostgres.get().execute("ANALYZE orders, order_line_items");
    }

    private static double copyCeiling() throws Exception {
        long start = System.nanoTime();
        try (Connection connection = LocalPostgres.get().hyperdrive().jdbcConnection()) {
            PGConnection pg = connection.unwrap(PGConnection.class);
            pg.getCopyAPI().copyOut("COPY (" + SAME_ROWS + ") TO STDOUT (FORMAT csv, HEADER)", OutputStream.nullOutputStream());
        }
        return (System.nanoTime() - start) / 1e9;
    }

    private static double martFloor() {
        resetMarts();
        return seconds(() -> {
            try (Sql sql = LocalPostgres.get().hyperdrive().connect()) {
                sql.transaction(tx -> tx.rows("SELECT refresh_daily_marts(ARRAY(SELECT DISTINCT"
                        + " (processed_at AT TIME ZONE 'UTC')::date FROM orders))"));
            }
        });
    }

    private static void resetMarts() {
        LocalPostgres.get().execute("TRUNCATE daily_sales, daily_product_sales, mart_refresh_state");
    }

    private static long queuedExport() {
        try (Sql sql = LocalPostgres.get().hyperdrive().connect()) {
            return sql.first("INSERT INTO csv_exports (export_type, filters, status, requested_by)"
                    + " VALUES ('orders', '{}', 'QUEUED', 'bench') RETURNING id", row -> row.getLong(0));
        }
    }

    private static String job(long id) {
        return "{\"job_type\":\"CSV_EXPORT\",\"export_id\":" + id + "}";
    }

    private static Row export(long id) {
        try (Sql sql = LocalPostgres.get().hyperdrive().connect()) {
            return sql.rows("SELECT status, row_count, size_bytes, error FROM csv_exports WHERE id = $1::bigint", id).get(0);
        }
    }

    private static long count(String table) {
        try (Sql sql = LocalPostgres.get().hyperdrive().connect()) {
            return sql.rows("SELECT count(*) FROM " + table).get(0).getLong(0);
        }
    }

    private static double seconds(Runnable work) {
        long start = System.nanoTime();
        work.run();
        return (System.nanoTime() - start) / 1e9;
    }

    /** Samples a value every 20 ms on a daemon thread, keeping the largest. */
    private static final class Sampler {
        private final Thread thread;
        private volatile boolean running = true;

        private Sampler(LongSupplier value, AtomicLong peak) {
            thread = new Thread(() -> {
                while (running) {
                    peak.accumulateAndGet(value.getAsLong(), Math::max);
                    try {
                        Thread.sleep(20);
                    } catch (InterruptedException e) {
                        return;
                    }
                }
            }, "bench-sampler");
            thread.setDaemon(true);
        }

        static Sampler start(LongSupplier value, AtomicLong peak) {
            Sampler sampler = new Sampler(value, peak);
            sampler.thread.start();
            return sampler;
        }

        void stop() throws InterruptedException {
            running = false;
            thread.join();
        }
    }

    private static void print(String line) {
        System.out.println("[bench:export] " + line);
        System.out.flush();
    }
}
