package dev.workers4j.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.workers4j.ingest.sync.ProductNames;
import dev.workers4j.sql.Row;
import dev.workers4j.sql.Sql;
import dev.workers4j.testing.BothRuntimes;
import dev.workers4j.testing.QueueOutcome;
import dev.workers4j.testing.Scenario;
import dev.workers4j.testing.TestMessage;
import dev.workers4j.testing.WorkerClient;
import dev.workers4j.testing.sql.LocalPostgres;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.extension.RegisterExtension;

/** CREATIVE_ACT_REPORT_IMPORT on both runtimes: a report in R2 becomes combo logs, rejections and a summary. */
class ComboLogImportScenarios {
    static final String QUEUE = "ingest-queue";
    static final String WHO = "ops@example.com";

    @RegisterExtension
    static final BothRuntimes RUNTIMES = IngestRuntimes.ingest();

    @BeforeEach
    void catalog() {
        IngestRuntimes.emptyDatabase();
        product(101, "Clear Case for iPhone 15 Pro", "IPH-15P-CLR");
        product(102, "MagSafe Wallet (Leather)", "IPH-WAL-LTH");
        product(103, "Galaxy S24 Grip Stand", "SAM-S24-GRP");
        product(104, "Screen Protector", null);
        product(105, "Case + Strap Bundle", "GRIPZ-BND");
    }

    @Scenario
    void aReportWithBomCrlfAndQuotedFieldsBecomesComboLogsAndSaysWhichRuleMatchedEachProduct(WorkerClient ingest) {
        String csv = "\uFEFFIdentifier,Type,Audience,Products,Launch Date,Status,Spend,Impressions,Clicks,Purchases,"
                + "Revenue,Notes,Owner\r\n"
                + ",sp,women,IPH-15P-CLR,2026-03-01,testing,\"$1,200.50\",\"10,000\",300,12,2400.00,"
                + "\"Hook: \"\"wait for it\"\", then cut\r\nsecond line\",Ana\r\n"
                + ",CT,MEN,magsafe wallet leather;Galaxy S24 Grip Stand,2026-03-02,,100,,,,,,Bo\r\n"
                + ",UGC,ALL,Galaxy S42 Grip Stand,2026-03-03,WINNER,1,2,3,4,5,,\r\n"
                + ",ST,ALL,Case + Strap Bundle,2026-03-04,,,,,,,,\r\n";
        QueueOutcome outcome = runImport(ingest, 1, csv);
        assertEquals(List.of("m1"), outcome.acked());
        ingest.awaitDelivered(() -> assertEquals("COMPLETED", status(1).getString("status")));
        Row status = status(1);
        assertEquals(4, status.getInt("rows_total"));
        assertEquals(4, status.getInt("rows_imported"));
        assertEquals(0, status.getInt("rows_rejected"));
        assertFalse(status.isNull("completed_at"));
        assertEquals(Map.of("SP-IPH-1-WOMEN-001", "101:SKU", "CT-IPH+SAM-2-MEN-001", "102:TITLE,103:TITLE",
                "UGC-SAM-1-ALL-001", "103:EDIT_DISTANCE", "ST-GRIPZ-1-ALL-001", "105:TITLE"), links());
        Row sp = SyncDatabase.rows("SELECT * FROM combo_logs WHERE identifier = 'SP-IPH-1-WOMEN-001'").get(0);
        assertEquals(0, new BigDecimal("1200.50").compareTo(sp.getBigDecimal("spend")));
        assertEquals(10_000, sp.getLong("impressions"));
        assertEquals("TESTING", sp.getString("status"));
        assertEquals("Hook: \"wait for it\", then cut\r\nsecond line", sp.getString("notes"));
        assertEquals(WHO, sp.getString("created_by"));
        assertEquals(1, sp.getLong("import_id"));
        assertEquals("{IPH,SAM}", SyncDatabase.rows("SELECT product_lines::text AS l FROM combo_logs"
                + " WHERE identifier = 'CT-IPH+SAM-2-MEN-001'").get(0).getString("l"));
        assertEquals("{\"id\": 0, \"sku\": 1, \"title\": 3, \"edit_distance\": 1}",
                SyncDatabase.rows("SELECT checkpoint->'matched_by' AS m FROM csv_imports").get(0).getString("m"));
        assertEquals("Galaxy S42 Grip Stand", SyncDatabase.rows("SELECT matched_as FROM combo_log_products"
                + " WHERE match_rule = 'EDIT_DISTANCE'").get(0).getString("matched_as"));
    }

    @Scenario
    void badRowsAreRejectedWithTheirLineAndReasonWhileTheGoodOnesImport(WorkerClient ingest) {
        String csv = "type,audience,products,launch_date,spend\n"
                + "SP,WOMEN,IPH-15P-CLR,2026-03-01,10\n"
                + "XX,WOMEN,IPH-15P-CLR,2026-03-01,10\n"
                + "SP,WOMEN,Foo,2026-03-01,10\n"
                + "SP,WOMEN,IPH-15P-CLR,2026-13-01,10\n"
                + "SP,WOMEN,\"Screen\nProtector\",2026-03-01,\n"
                + "SP,WOMEN,bad\"quote,2026-03-01,1\n"
                + "SP,Wo men,IPH-15P-CLR,2026-03-01,1\n"
                + "\n"
                + "SP,WOMEN,IPH-15P-CLR,2026-03-01,abc\n"
                + "CT,MEN,Galaxy S24 Grip Stand,2026-03-09,5\n";
        runImport(ingest, 2, csv);
        ingest.awaitDelivered(() -> assertEquals("COMPLETED", status(2).getString("status")));
        Row status = status(2);
        assertEquals(9, status.getInt("rows_total"), "the empty line is not a row");
        assertEquals(2, status.getInt("rows_imported"));
        assertEquals(7, status.getInt("rows_rejected"));
        Map<Integer, String> reasons = new LinkedHashMap<>();
        SyncDatabase.rows("SELECT line_number, reason FROM csv_import_rejections WHERE import_id = 2 ORDER BY 1")
                .forEach(r -> reasons.put(r.getInt("line_number"), r.getString("reason")));
        assertEquals(Map.of(
                3, "type \"XX\" is not one of SP, CT, NT, UGC, ST",
                4, "no product matches \"Foo\"",
                5, "launch_date \"2026-13-01\" is not a date (YYYY-MM-DD)",
                6, "product \"Screen Protector\" (id 104) has no product line",
                8, "a quote inside an unquoted field (quote the whole field and double the quote)",
                9, "audience \"WO MEN\" must be 1 to 24 of A-Z, 0-9 and _, starting with a letter",
                11, "spend \"abc\" is not an amount (e.g. 1234.50, at most 2 decimals)"), reasons);
        assertEquals("SP,WOMEN,Foo,2026-03-01,10", SyncDatabase.rows("SELECT raw FROM csv_import_rejections"
                + " WHERE line_number = 4").get(0).getString("raw"));
        assertEquals(List.of("CT-SAM-1-MEN-001", "SP-IPH-1-WOMEN-001"), identifiers());
    }

    @Scenario
    void aRedeliveredImportImportsNothingTwiceAndAnExportedFileUpdatesWhatItNames(WorkerClient ingest) {
        String csv = "type,audience,skus,launch_date,spend\nSP,WOMEN,IPH-15P-CLR,2026-03-01,10\nSP,WOMEN,IPH-15P-CLR,"
                + "2026-03-02,20\nSP,WOMEN,nope,2026-03-02,20\n";
        runImport(ingest, 3, csv);
        ingest.awaitDelivered(() -> assertEquals("COMPLETED", status(3).getString("status")));
        QueueOutcome again = ingest.queue(QUEUE, List.of(message("again", 3)));
        assertEquals(List.of("again"), again.acked());
        ingest.awaitDelivered(() -> assertEquals(List.of("SP-IPH-1-WOMEN-001", "SP-IPH-1-WOMEN-002"), identifiers()));
        Row status = status(3);
        assertEquals(3, status.getInt("rows_total"));
        assertEquals(1, status.getInt("rows_rejected"));
        assertEquals(1, SyncDatabase.count("csv_import_rejections"));

        // The export's own columns (product_ids joined by +, derived columns ignored) update the log it names.
        String export = "identifier,type,audience,product_lines,product_ids,launch_date,status,spend,impressions,"
                + "clicks,purchases,revenue,ctr,cpa,roas,notes\r\n"
                + "SP-IPH-1-WOMEN-002,SP,WOMEN,IPH,101,2026-03-05,WINNER,99.99,5,1,1,300.00,0.2,99.99,3.00,kept\r\n"
                + "SP-IPH-1-WOMEN-007,SP,WOMEN,IPH,101,2026-03-06,,1,,,,,,,,restored under its number\r\n"
                + "SP-SAM-1-WOMEN-001,SP,WOMEN,SAM,101,2026-03-06,,1,,,,,,,,wrong prefix\r\n";
        runImport(ingest, 4, export);
        ingest.awaitDelivered(() -> assertEquals("COMPLETED", status(4).getString("status")));
        assertEquals(List.of("SP-IPH-1-WOMEN-001", "SP-IPH-1-WOMEN-002", "SP-IPH-1-WOMEN-007"), identifiers());
        Row updated = SyncDatabase.rows("SELECT * FROM combo_logs WHERE identifier = 'SP-IPH-1-WOMEN-002'").get(0);
        assertEquals("WINNER", updated.getString("status"));
        assertEquals(0, new BigDecimal("99.99").compareTo(updated.getBigDecimal("spend")));
        assertEquals(3, updated.getLong("import_id"), "an update keeps the import that created the log");
        assertTrue(SyncDatabase.rows("SELECT reason FROM csv_import_rejections WHERE import_id = 4").get(0)
                .getString("reason").startsWith("identifier \"SP-SAM-1-WOMEN-001\" does not fit the row"));
        assertEquals(7, SyncDatabase.rows("SELECT last_seq FROM combo_log_sequences WHERE prefix = 'SP-IPH-1-WOMEN'")
                .get(0).getInt("last_seq"), "a restored number is not handed out again");
    }

    @Scenario
    void aReportSpanningManyChunksIsImportedWholeWithRecordsAcrossChunkBorders(WorkerClient ingest) {
        StringBuilder csv = new StringBuilder("type,audience,products,launch_date,impressions,notes\r\n");
        List<Integer> rejectedLines = new ArrayList<>();
        int line = 2;
        for (int i = 1; i <= 60; i++) {
            boolean bad = i % 13 == 0;
            if (bad) {
                rejectedLines.add(line);
            }
            csv.append(i % 2 == 0 ? "SP" : "CT").append(",AUD").append(i % 3).append(',')
                    .append(bad ? "Unknown Gadget" : i % 4 == 0 ? "Galaxy S24 Grip Stand" : "IPH-15P-CLR").append(",2026-04-")
                    .append(String.format("%02d", 1 + i % 28)).append(',').append(i * 100)
                    .append(",\"row ").append(i).append(", a note\r\nthat spans \"\"two\"\" lines\"\r\n");
            line += 2;
        }
        byte[] body = csv.toString().getBytes(StandardCharsets.UTF_8);
        assertTrue(body.length > 8 * Integer.parseInt(IngestRuntimes.IMPORT_CHUNK_BYTES), "several chunks");
        runImport(ingest, 5, csv.toString());
        ingest.awaitDelivered(() -> assertEquals("COMPLETED", status(5).getString("status")));
        Row status = status(5);
        assertEquals(60, status.getInt("rows_total"));
        assertEquals(60 - rejectedLines.size(), status.getInt("rows_imported"));
        assertEquals(60 - rejectedLines.size(), SyncDatabase.count("combo_logs"));
        List<Integer> lines = new ArrayList<>();
        SyncDatabase.rows("SELECT line_number FROM csv_import_rejections ORDER BY 1").forEach(r -> lines.add(r.getInt(0)));
        assertEquals(rejectedLines, lines);
        assertEquals(String.valueOf(body.length), SyncDatabase.rows("SELECT checkpoint->>'offset' AS o FROM csv_imports")
                .get(0).getString("o"));
        assertEquals(SyncDatabase.sum("SELECT sum(impressions) FROM combo_logs").longValue(),
                SyncDatabase.sum("SELECT sum(g * 100) FROM generate_series(1, 60) g WHERE g % 13 <> 0").longValue(),
                "every row once, none twice");
        assertEquals(0, SyncDatabase.count("combo_logs WHERE notes NOT LIKE 'row %, a note' || chr(13) || chr(10)"
                + " || 'that spans \"two\" lines'"));
        ingest.awaitDelivered(() -> assertTrue(ingest.logs().stream().filter(l -> l.contains("import 5: chunk at byte"))
                .count() >= 8, "one transaction per chunk: " + ingest.logs()));
    }

    @Scenario
    void aTransientDatabaseFailureIsRetriedLaterAndTheRetrySucceeds(WorkerClient ingest) {
        String csv = "type,audience,products,launch_date\nSP,WOMEN,IPH-15P-CLR,2026-03-01\n";
        ingest.storeObject("R2_BUCKET", "imports/6.csv", csv.getBytes(StandardCharsets.UTF_8));
        insertImport(6, csv.getBytes(StandardCharsets.UTF_8).length);
        try (Sql locker = LocalPostgres.get().hyperdrive().connect()) {
            locker.transaction(tx -> {
                // Another session holds the import's row: the database cannot serve the job now.
                tx.rows("SELECT id FROM csv_imports WHERE id = 6 FOR UPDATE");
                QueueOutcome busy = ingest.queue(QUEUE, List.of(message("m6", 6)));
                assertTrue(busy.retried().containsKey("m6"), busy.toString());
                assertEquals(30, busy.retried().get("m6"));
                assertTrue(busy.acked().isEmpty());
                return null;
            });
        }
        assertEquals("QUEUED", status(6).getString("status"));
        QueueOutcome retried = ingest.queue(QUEUE, List.of(message("m6", 6).attempt(2)));
        assertEquals(List.of("m6"), retried.acked());
        ingest.awaitDelivered(() -> assertEquals("COMPLETED", status(6).getString("status")));
        assertEquals(1, SyncDatabase.count("combo_logs"));
        assertEquals(0, SyncDatabase.count("dead_letters"));
    }

    @Scenario
    void whatCanNeverSucceedFailsTheImportWithAReasonAndIsDeadLetteredOrAcked(WorkerClient ingest) {
        insertImport(7, 100); // recorded, but its file never reached R2
        runImport(ingest, 8, "\u0089PNG\r\n\u001a\n\u0000\u0000binary");
        runImport(ingest, 9, "");
        QueueOutcome outcome = ingest.queue(QUEUE, List.of(message("gone", 7), message("none", 999)));
        assertEquals(List.of("gone", "none"), outcome.acked());
        ingest.awaitDelivered(() -> assertEquals(2, SyncDatabase.count("dead_letters")));
        Map<String, String> errors = new LinkedHashMap<>();
        SyncDatabase.rows("SELECT message_id, job_type, last_error FROM dead_letters ORDER BY message_id").forEach(r -> {
            assertEquals("CREATIVE_ACT_REPORT_IMPORT", r.getString("job_type"));
            errors.put(r.getString("message_id"), r.getString("last_error"));
        });
        assertEquals("import 7: the uploaded file imports/7.csv is missing from R2", errors.get("gone"));
        assertEquals("no csv import 999", errors.get("none"));
        assertEquals("FAILED", status(7).getString("status"));
        assertEquals("the uploaded file imports/7.csv is missing from R2", status(7).getString("error"));
        assertEquals("FAILED", status(8).getString("status"));
        assertTrue(status(8).getString("error").startsWith("the first line is not a creative activity report header:"
                + " it lacks type, audience, launch_date, one of products, skus, product_ids"), status(8).toString());
        assertEquals("the file is empty: expected a header line and rows", status(9).getString("error"));
        assertEquals(0, SyncDatabase.count("combo_logs"));
    }

    // ---- helpers ----

    private static QueueOutcome runImport(WorkerClient ingest, long id, String csv) {
        byte[] body = csv.getBytes(StandardCharsets.UTF_8);
        ingest.storeObject("R2_BUCKET", "imports/" + id + ".csv", body);
        insertImport(id, body.length);
        QueueOutcome outcome = ingest.queue(QUEUE, List.of(message("m" + id, id)));
        assertFalse(outcome.handlerThrew());
        return outcome;
    }

    private static TestMessage message(String id, long importId) {
        return TestMessage.json(id, "{\"job_type\":\"CREATIVE_ACT_REPORT_IMPORT\",\"import_id\":" + importId + "}");
    }

    static void product(long id, String title, String sku) {
        execute("INSERT INTO products (id, title, normalized_title, sku, product_line) VALUES ($1::bigint, $2, $3, $4, $5)",
                id, title, ProductNames.normalize(title), sku, ProductNames.productLine(sku));
    }

    static void insertImport(long id, long size) {
        execute("INSERT INTO csv_imports (id, r2_key, file_name, size_bytes, status, requested_by)"
                + " VALUES ($1::bigint, $2, 'report.csv', $3::bigint, 'QUEUED', $4)", id, "imports/" + id + ".csv", size, WHO);
    }

    private static void execute(String query, Object... params) {
        try (Sql sql = LocalPostgres.get().hyperdrive().connect()) {
            sql.execute(query, params);
        }
    }

    static Row status(long id) {
        List<Row> rows = SyncDatabase.rows("SELECT status, rows_total, rows_imported, rows_rejected, error,"
                + " completed_at::text AS completed_at FROM csv_imports WHERE id = $1::bigint", id);
        assertNotNull(rows.isEmpty() ? null : rows.get(0), "no csv import " + id);
        return rows.get(0);
    }

    static List<String> identifiers() {
        List<String> out = new ArrayList<>();
        SyncDatabase.rows("SELECT identifier FROM combo_logs ORDER BY identifier").forEach(r -> out.add(r.getString(0)));
        return out;
    }

    /** identifier: product:rule,... for every combo log. */
    static Map<String, String> links() {
        Map<String, String> out = new LinkedHashMap<>();
        SyncDatabase.rows("SELECT c.identifier, string_agg(p.product_id || ':' || p.match_rule, ',' ORDER BY p.product_id)"
                + " AS l FROM combo_logs c JOIN combo_log_products p ON p.combo_log_id = c.id GROUP BY 1")
                .forEach(r -> out.put(r.getString(0), r.getString(1)));
        return out;
    }
}
