package dev.workers4j.ingest;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.workers4j.r2.R2Object;
import dev.workers4j.sql.Row;
import dev.workers4j.testing.BothRuntimes;
import dev.workers4j.testing.QueueOutcome;
import dev.workers4j.testing.Scenario;
import dev.workers4j.testing.TestMessage;
import dev.workers4j.testing.WorkerClient;
import dev.workers4j.testing.WorkerHarness;
import dev.workers4j.testing.sql.LocalPostgres;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * CSV_EXPORT on both runtimes: each export type written to R2 and recorded COMPLETED with its rows
 * and size; every file is read back from R2 and parsed with Apache Commons CSV, compared row by
 * row with the database, and must be the expected bytes.
 */
class CsvExportScenarios {
    static final String QUEUE = IngestScenarios.QUEUE;
    static final String[] ORDER_HEADER = {"id", "name", "processed_at", "created_at", "updated_at", "financial_status",
        "total_price", "currency", "line_items", "units"};
    static final String[] METRIC_HEADER = {"period", "period_start", "period_end", "orders", "units", "revenue", "aov"};
    static final String[] COMBO_LOG_HEADER = {"identifier", "type", "audience", "product_lines", "product_ids",
        "launch_date", "status", "spend", "impressions", "clicks", "purchases", "revenue", "ctr", "cpa", "roas", "notes",
        "created_by", "created_at", "updated_by", "updated_at"};

    @RegisterExtension
    static final BothRuntimes RUNTIMES = IngestRuntimes.ingest();

    @BeforeEach
    void emptyDatabase() {
        IngestRuntimes.emptyDatabase();
    }

    @AfterEach
    void tablesBack() {
        LocalPostgres.get().execute("ALTER TABLE IF EXISTS orders_away RENAME TO orders");
    }

    @Scenario
    void anOrdersExportHoldsTheOrdersOfItsDaysQuotedAsRfc4180SaysAndARedeliveryChangesNothing(WorkerClient ingest) {
        ExportData.orders(60, 0);
        long id = ExportData.queuedExport("orders", "{\"from\":\"2025-03-03\",\"to\":\"2025-03-06\"}");
        Row done = export(ingest, id);
        List<List<String>> rows = ExportData.table(ExportData.ORDERS_EXPECTED, "2025-03-03", "2025-03-06");
        assertTrue(rows.size() > 10 && rows.size() < 60, "the filter takes some orders: " + rows.size());
        assertFile(ingest, id, ORDER_HEADER, rows);

        QueueOutcome again = ingest.queue(QUEUE, List.of(TestMessage.json("again", ExportData.job(id))));
        assertEquals(List.of("again"), again.acked());
        ingest.awaitDelivered(() -> assertTrue(ingest.logs().stream().anyMatch(l -> l.contains("CSV export " + id
                + " is already COMPLETED"))));
        Row after = ExportData.export(id);
        assertEquals(done.getString("completed_at"), after.getString("completed_at"), "written once");
        assertFile(ingest, id, ORDER_HEADER, rows);
    }

    @Scenario
    void aComboLogExportKeepsCommasQuotesLineBreaksAndNonAsciiText(WorkerClient ingest) {
        ExportData.comboLogs();
        long id = ExportData.queuedExport("combo_logs", "{\"product_line\":\"IPH\",\"date_from\":\"2025-04-02\"}");
        export(ingest, id);
        List<List<String>> rows = ExportData.table("SELECT identifier, combo_type, audience,"
                + " array_to_string(product_lines, '+'), coalesce((SELECT string_agg(p.product_id::text, '+' ORDER BY"
                + " p.product_id) FROM combo_log_products p WHERE p.combo_log_id = c.id), ''), launch_date::text, status,"
                + " spend::text, impressions::text, clicks::text, purchases::text, revenue::text,"
                + " round(clicks::numeric / nullif(impressions, 0), 4)::text, round(spend / nullif(purchases, 0), 2)::text,"
                + " round(revenue / nullif(spend, 0), 2)::text, notes, created_by, created_at, updated_by, updated_at"
                + " FROM combo_logs c WHERE launch_date >= date '2025-04-02' ORDER BY launch_date, id");
        assertTrue(rows.size() >= 18, "rows: " + rows.size());
        assertTrue(rows.stream().anyMatch(r -> "café — 日本語 😀 #8".equals(r.get(15))), "non-ASCII notes: " + rows);
        assertFile(ingest, id, COMBO_LOG_HEADER, rows);
    }

    @Scenario
    void aPerformanceMetricsExportHasOnePeriodPerRowEmptyOnesAsZeros(WorkerClient ingest) {
        ExportData.marts();
        long daily = ExportData.queuedExport("performance_metrics", "{\"from\":\"2025-03-01\",\"to\":\"2025-03-31\"}");
        long weekly = ExportData.queuedExport("performance_metrics",
                "{\"from\":\"2025-03-01\",\"to\":\"2025-03-31\",\"granularity\":\"week\",\"product_line\":\"GRIPZ\"}");
        export(ingest, daily);
        export(ingest, weekly);
        List<List<String>> days = ExportData.table("SELECT d::date::text, d::date::text, d::date::text,"
                + " coalesce(s.orders, 0)::text, coalesce(s.units, 0)::text, coalesce(s.revenue, 0)::text,"
                + " round(s.revenue / nullif(s.orders, 0), 2)::text FROM generate_series(date '2025-03-01',"
                + " date '2025-03-31', interval '1 day') d LEFT JOIN daily_sales s ON s.day = d::date ORDER BY d");
        assertEquals(31, days.size());
        assertFile(ingest, daily, METRIC_HEADER, days);
        // GRIPZ is product 8100000001: 1 + day % 3 orders, 2 units and 19.98 a day.
        List<List<String>> weeks = ExportData.table("SELECT to_char(min(day), 'IYYY-\"W\"IW'), min(day)::text,"
                + " max(day)::text, sum(orders)::text, sum(units)::text, sum(revenue)::text,"
                + " round(sum(revenue) / sum(orders), 2)::text FROM daily_product_sales WHERE product_id = 8100000001"
                + " GROUP BY date_trunc('week', day::timestamp) ORDER BY min(day)");
        assertEquals("2025-W09", weeks.get(0).get(0));
        assertEquals(6, weeks.size(), "March 2025 touches six ISO weeks");
        assertFile(ingest, weekly, METRIC_HEADER, weeks);
    }

    @Scenario
    void anExportWithNoRowsIsAHeaderOnlyFile(WorkerClient ingest) {
        ExportData.orders(10, 0);
        long id = ExportData.queuedExport("orders", "{\"from\":\"2030-01-01\"}");
        export(ingest, id);
        assertFile(ingest, id, ORDER_HEADER, List.of());
        assertEquals(String.join(",", ORDER_HEADER).length() + 2, ExportData.export(id).getLong("size_bytes"));
    }

    @Scenario
    void aLargeExportGoesUpInPartsOverSeveralMessages(WorkerClient ingest) {
        // ~1 KB a row: ~19 MiB, three 8 MiB parts at one part per message (IngestRuntimes).
        ExportData.orders(18_000, 1000);
        long id = ExportData.queuedExport("orders", "{}");
        export(ingest, id);
        List<List<String>> rows = ExportData.table(ExportData.ORDERS_EXPECTED, null, null);
        assertEquals(18_000, rows.size());
        assertFile(ingest, id, ORDER_HEADER, rows);
        assertTrue(ExportData.export(id).getLong("size_bytes") > 16L * 1024 * 1024, "three parts");
        assertTrue(ingest.awaitLog(l -> l.contains("CSV export " + id + ": 2 parts, ")),
                () -> "handed over after each part:\n" + String.join("\n", ingest.logs()));
        assertTrue(ingest.logs().stream().anyMatch(l -> l.contains("CSV export " + id + ": 1 parts, ")));
    }

    @Scenario
    void aDatabaseFailureIsRetriedAndTheRedeliveryWritesTheFile(WorkerClient ingest) {
        ExportData.orders(30, 0);
        long id = ExportData.queuedExport("orders", "{}");
        LocalPostgres.get().execute("ALTER TABLE orders RENAME TO orders_away");
        QueueOutcome failed = ingest.queue(QUEUE, List.of(TestMessage.json("first", ExportData.job(id))));
        assertFalse(failed.handlerThrew());
        assertEquals(15, failed.retried().get("first"), "retried after a delay: " + failed);
        assertEquals("RUNNING", ExportData.export(id).getString("status"));
        LocalPostgres.get().execute("ALTER TABLE orders_away RENAME TO orders");
        QueueOutcome redelivered = ingest.queue(QUEUE, List.of(new TestMessage("first", ExportData.job(id), true, 2,
                System.currentTimeMillis())));
        assertEquals(List.of("first"), redelivered.acked());
        ingest.awaitDelivered(() -> assertEquals("COMPLETED", ExportData.export(id).getString("status")));
        assertFile(ingest, id, ORDER_HEADER, ExportData.table(ExportData.ORDERS_EXPECTED, null, null));
    }

    @Scenario
    void anExportThatCanNeverBeWrittenFailsWithItsReasonAndIsDeadLettered(WorkerClient ingest) {
        long badDate = ExportData.queuedExport("orders", "{\"from\":\"2025-02-30\"}");
        long badGranularity = ExportData.queuedExport("performance_metrics",
                "{\"from\":\"2025-03-01\",\"to\":\"2025-03-31\",\"granularity\":\"hour\"}");
        QueueOutcome outcome = ingest.queue(QUEUE, List.of(TestMessage.json("bad-date", ExportData.job(badDate)),
                TestMessage.json("bad-granularity", ExportData.job(badGranularity)),
                TestMessage.json("missing", ExportData.job(999_999))));
        assertEquals(List.of("bad-date", "bad-granularity", "missing"), outcome.acked());
        assertTrue(outcome.retried().isEmpty(), outcome.toString());
        Row failed = ExportData.export(badDate);
        assertEquals("FAILED", failed.getString("status"));
        assertEquals("CSV export " + badDate + " (orders) cannot be written: filters.from is not a date (YYYY-MM-DD):"
                + " 2025-02-30", failed.getString("error"));
        assertNotNull(failed.getString("completed_at"));
        assertTrue(ExportData.export(badGranularity).getString("error").contains("filters.granularity is not day, week"
                + " or month: hour"));
        ingest.awaitDelivered(() -> assertEquals(3, SyncDatabase.count("dead_letters WHERE job_type = 'CSV_EXPORT'")));
        assertEquals(failed.getString("error"), SyncDatabase.rows("SELECT last_error FROM dead_letters"
                + " WHERE message_id = 'bad-date'").get(0).getString("last_error"));
        assertEquals("no CSV export 999999", SyncDatabase.rows("SELECT last_error FROM dead_letters"
                + " WHERE message_id = 'missing'").get(0).getString("last_error"));
    }

    /** Delivers the export's job and waits until the export is COMPLETED. */
    private static Row export(WorkerClient ingest, long id) {
        QueueOutcome outcome = ingest.queue(QUEUE, List.of(TestMessage.json("export-" + id, ExportData.job(id))));
        assertFalse(outcome.handlerThrew(), outcome.toString());
        ingest.awaitDelivered(() -> assertEquals("COMPLETED", ExportData.export(id).getString("status"),
                () -> ExportData.export(id) + "\n" + String.join("\n", ingest.logs())));
        return ExportData.export(id);
    }

    /**
     * The export is recorded with its key, rows and exact size; its file, read from R2, must parse
     * (Commons CSV) to exactly these rows and be the expected bytes.
     */
    private static void assertFile(WorkerClient ingest, long id, String[] header, List<List<String>> rows) {
        Row export = ExportData.export(id);
        byte[] expected = ExportData.expectedFile(header, rows);
        assertEquals("exports/csv/" + id + ".csv", export.getString("r2_key"));
        assertEquals(rows.size(), export.getLong("row_count"));
        assertEquals(expected.length, export.getLong("size_bytes"), "the file's size");
        assertEquals("{}", export.getString("checkpoint"));
        byte[] file = ingest.storedObject("R2_BUCKET", "exports/csv/" + id + ".csv");
        assertNotNull(file, "no file in R2");
        ExportData.assertHolds(file, header, rows);
        assertArrayEquals(expected, file);
        if (ingest instanceof WorkerHarness jvm) {
            R2Object object = jvm.env().r2("R2_BUCKET").get("exports/csv/" + id + ".csv");
            assertEquals("text/csv; charset=utf-8", object.httpMetadata().contentType());
        }
    }
}
