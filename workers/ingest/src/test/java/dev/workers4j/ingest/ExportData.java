package dev.workers4j.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.workers4j.csv.CsvWriter;
import dev.workers4j.sql.Row;
import dev.workers4j.testing.sql.LocalPostgres;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * CSV exports as the tests see them: data with every kind of text CSV must quote, export rows to
 * queue, what each export should hold (read from the database by queries of the tests' own), and
 * a written file read back with Apache Commons CSV.
 */
public final class ExportData {
    /** Text that needs each of RFC 4180's rules: commas, quotes, CR, LF, CRLF, and UTF-8 of 2, 3 and 4 bytes. */
    static final String[] HARD_TEXT = {"plain", "comma, inside", "say \"hi\"", "two\nlines", "cr\ronly", "crlf\r\nend",
        "\"", ",", "café — 日本語 😀", " spaced ", "", "=SUM(A1)"};

    static final String ORDERS_EXPECTED = "SELECT o.id::text, o.name, o.processed_at, o.created_at, o.updated_at,"
            + " o.financial_status, o.total_price::text, o.currency,"
            + " (SELECT count(*) FROM order_line_items i WHERE i.order_id = o.id)::text,"
            + " (SELECT coalesce(sum(i.quantity), 0) FROM order_line_items i WHERE i.order_id = o.id)::text"
            + " FROM orders o WHERE ($1::date IS NULL OR (o.processed_at AT TIME ZONE 'UTC')::date >= $1::date)"
            + " AND ($2::date IS NULL OR (o.processed_at AT TIME ZONE 'UTC')::date <= $2::date)"
            + " ORDER BY o.processed_at, o.id";

    private ExportData() {
    }

    /**
     * {@code count} orders over days from 2025-03-01, some at the same instant (the keyset's id
     * tie-break), names from {@link #HARD_TEXT} padded by {@code nameLength}, each with 0..2 line items.
     */
    public static void orders(int count, int nameLength) {
        LocalPostgres.get().execute("INSERT INTO products (id, title, normalized_title, sku, product_line) VALUES"
                + " (8100000001, 'Grip, \"Pro\"', 'grip pro', 'GR-1', 'GRIPZ'), (8100000002, 'Case', 'case', NULL, 'IPH')"
                + " ON CONFLICT DO NOTHING");
        StringBuilder names = new StringBuilder("ARRAY[");
        for (int i = 0; i < HARD_TEXT.length; i++) {
            names.append(i == 0 ? "" : ",").append(literal(HARD_TEXT[i]));
        }
        names.append(']');
        LocalPostgres.get().execute("INSERT INTO orders (id, name, created_at, updated_at, processed_at, financial_status,"
                + " total_price, currency)"
                + " SELECT 5000000000 + g, (" + names + ")[1 + g % " + HARD_TEXT.length + "] || repeat('x', " + nameLength
                + "), timestamptz '2025-03-01 00:00:00+00' + (g / 2) * interval '7 hours 11.123456 seconds',"
                + " timestamptz '2025-03-02 00:00:00+00' + g * interval '1 second',"
                + " timestamptz '2025-03-01 00:00:00+00' + (g / 2) * interval '7 hours 11.123456 seconds',"
                + " CASE g % 4 WHEN 0 THEN 'PAID' WHEN 1 THEN 'REFUNDED' WHEN 2 THEN NULL ELSE 'PARTIALLY_PAID' END,"
                + " (g % 1000) * 1.37 + 0.05, CASE WHEN g % 3 = 0 THEN 'EUR' ELSE 'USD' END"
                + " FROM generate_series(1, " + count + ") g");
        LocalPostgres.get().execute("INSERT INTO order_line_items (id, order_id, product_id, title, sku, quantity, unit_price,"
                + " currency) SELECT 7000000000 + g * 2 + k, 5000000000 + g, 8100000001 + k, 'item', NULL, 1 + g % 3 + k,"
                + " 9.99, 'USD' FROM generate_series(1, " + count + ") g, generate_series(0, 1) k WHERE (g + k) % 3 <> 0");
    }

    /** Combo logs whose notes, creators and audiences hold {@link #HARD_TEXT}, with product links. */
    static void comboLogs() {
        LocalPostgres.get().execute("INSERT INTO products (id, title, normalized_title, sku, product_line) VALUES"
                + " (8100000001, 'Grip', 'grip', 'GR-1', 'GRIPZ'), (8100000002, 'Case', 'case', NULL, 'IPH')"
                + " ON CONFLICT DO NOTHING");
        for (int i = 0; i < HARD_TEXT.length * 2; i++) {
            String type = i % 3 == 0 ? "SP" : "UGC";
            String lines = i % 2 == 0 ? "{GRIPZ,IPH}" : "{IPH}";
            String prefix = type + "-" + (i % 2 == 0 ? "GRIPZ+IPH-2" : "IPH-1") + "-BROAD";
            int seq = i + 1;
            LocalPostgres.get().execute("INSERT INTO combo_logs (identifier, prefix, seq, combo_type, audience, product_lines,"
                    + " launch_date, status, spend, impressions, clicks, purchases, revenue, notes, created_by, created_at,"
                    + " updated_by, updated_at) VALUES (" + literal(prefix + "-" + String.format("%03d", seq)) + ", "
                    + literal(prefix) + ", " + seq + ", '" + type + "', 'BROAD', '" + lines + "', date '2025-04-01' + "
                    + (i / 3) + ", '" + (i % 4 == 0 ? "WINNER" : "TESTING") + "', " + (i % 5 == 0 ? "0" : i + ".50") + ", "
                    + i * 1000 + ", " + i * 17 + ", " + i % 4 + ", " + i * 3 + ".25, "
                    + (i % 7 == 6 ? "NULL" : literal(HARD_TEXT[i % HARD_TEXT.length] + " #" + i)) + ", "
                    + literal("staff+" + i + "@brand.example") + ", timestamptz '2025-04-01 08:00:00.5+00' + interval '"
                    + i + " hours', 'editor, \"senior\"', timestamptz '2025-04-02 09:30:00+00')");
            if (i % 2 == 0) {
                LocalPostgres.get().execute("INSERT INTO combo_log_products (combo_log_id, product_id)"
                        + " SELECT id, p FROM combo_logs, unnest(ARRAY[8100000002, 8100000001]) p WHERE seq = " + seq
                        + " AND prefix = " + literal(prefix));
            }
        }
    }

    /** The daily marts for March 2025, as a refresh would leave them: the shop's and two products'. */
    static void marts() {
        LocalPostgres.get().execute("INSERT INTO products (id, title, normalized_title, sku, product_line) VALUES"
                + " (8100000001, 'Grip', 'grip', 'GR-1', 'GRIPZ'), (8100000002, 'Case', 'case', NULL, 'IPH')"
                + " ON CONFLICT DO NOTHING");
        LocalPostgres.get().execute("INSERT INTO daily_sales (day, orders, units, revenue)"
                + " SELECT d, 3 + extract(day FROM d)::int % 5, 7 + extract(day FROM d)::int, 100.10 * extract(day FROM d)"
                + " FROM generate_series(date '2025-03-01', date '2025-03-31', interval '1 day') d"
                + " WHERE extract(day FROM d)::int % 6 <> 0");
        LocalPostgres.get().execute("INSERT INTO daily_product_sales (day, product_id, orders, units, revenue)"
                + " SELECT d, p, 1 + extract(day FROM d)::int % 3, 2, 19.98 FROM generate_series(date '2025-03-01',"
                + " date '2025-03-31', interval '1 day') d, unnest(ARRAY[8100000001, 8100000002]) p");
    }

    /** Records a QUEUED export as dashboard-api does; answers its id. */
    static long queuedExport(String type, String filtersJson) {
        return SyncDatabase.rows("INSERT INTO csv_exports (export_type, filters, status, requested_by)"
                + " VALUES ($1, $2::jsonb, 'QUEUED', 'staff@brand.example') RETURNING id", type, filtersJson).get(0).getLong("id");
    }

    static String job(long exportId) {
        return "{\"job_type\":\"CSV_EXPORT\",\"export_id\":" + exportId + "}";
    }

    static Row export(long id) {
        return SyncDatabase.rows("SELECT status, r2_key, row_count, size_bytes, error, checkpoint::text AS checkpoint,"
                + " started_at, completed_at FROM csv_exports WHERE id = $1::bigint", id).get(0);
    }

    /** Every row of a query, each column as text (SQL NULL as null). */
    static List<List<String>> table(String query, Object... params) {
        List<List<String>> table = new ArrayList<>();
        for (Row row : SyncDatabase.rows(query, params)) {
            List<String> values = new ArrayList<>();
            for (int i = 0; i < row.columns().size(); i++) {
                values.add(row.getString(i));
            }
            table.add(values);
        }
        return table;
    }

    /** The file an export of these rows must be, byte for byte (the framework's writer; the parser checks it independently). */
    static byte[] expectedFile(String[] header, List<List<String>> rows) {
        StringBuilder out = new StringBuilder();
        CsvWriter csv = new CsvWriter(out);
        csv.row(header);
        for (List<String> row : rows) {
            csv.row(row.toArray(new String[0]));
        }
        return out.toString().getBytes(StandardCharsets.UTF_8);
    }

    /**
     * Parses a written export with Commons CSV (RFC 4180, header required) and asserts it holds
     * exactly {@code header} and {@code rows}, in order (SQL NULL reads back as an empty field).
     */
    static void assertHolds(byte[] file, String[] header, List<List<String>> rows) {
        String text = new String(file, StandardCharsets.UTF_8);
        try (CSVParser parser = CSVParser.parse(new StringReader(text), CSVFormat.RFC4180)) {
            List<CSVRecord> records = parser.getRecords();
            assertEquals(List.of(header), records.get(0).toList(), "header");
            assertEquals(rows.size(), records.size() - 1, "data rows");
            for (int i = 0; i < rows.size(); i++) {
                List<String> expected = new ArrayList<>();
                for (String value : rows.get(i)) {
                    expected.add(value == null ? "" : value);
                }
                assertEquals(expected, records.get(i + 1).toList(), "row " + (i + 1));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String literal(String text) {
        return "'" + text.replace("'", "''") + "'";
    }
}
