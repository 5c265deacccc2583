package dev.workers4j.testing.sql;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.workers4j.sql.PgText;
import dev.workers4j.sql.Placeholders;
import dev.workers4j.sql.Row;
import dev.workers4j.sql.Sql;
import dev.workers4j.sql.Upsert;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The shared SQL rules (placeholders, text forms, upsert statements) and one JDBC round trip. */
class SqlFacadeTest {
    @Test
    void placeholdersOutsideLiteralsIdentifiersAndCommentsBecomeQuestionMarks() {
        Placeholders p = Placeholders.parse("SELECT $2, '$1 ?', E'\\' $1', \"$1\", $$ $1 $$, $tag$ ? $tag$ -- $1\n"
                + " /* $1 /* ? */ */ $1, a$1, x ? y, $2");
        assertEquals(2, p.count());
        assertArrayEquals(new int[] {2, 1, 2}, p.order());
        assertEquals("SELECT ?, '$1 ?', E'\\' $1', \"$1\", $$ $1 $$, $tag$ ? $tag$ -- $1\n"
                + " /* $1 /* ? */ */ ?, a$1, x ?? y, ?", p.toJdbc());
    }

    @Test
    void unterminatedQuotesAreRefused() {
        assertThrows(IllegalArgumentException.class, () -> Placeholders.parse("SELECT 'oops"));
        assertThrows(IllegalArgumentException.class, () -> Placeholders.parse("SELECT $$ never closed"));
    }

    @Test
    void timestamptzTextBecomesIsoUtc() {
        assertEquals("2024-02-29T10:34:56.789Z", PgText.timestamptzToIso("2024-02-29 12:34:56.789+02"));
        assertEquals("2024-01-01T05:30:00.123456Z", PgText.timestamptzToIso("2024-01-01 00:00:00.123456-05:30"));
        assertEquals("2000-01-01T00:00:00Z", PgText.timestamptzToIso("1999-12-31 23:00:00-01"));
        assertEquals("infinity", PgText.timestamptzToIso("infinity"));
    }

    @Test
    void parametersBecomeExactText() {
        assertEquals("9007199254740993", PgText.param(9007199254740993L));
        assertEquals("0.000000001", PgText.param(new BigDecimal("1E-9")));
        assertEquals("\\x00ff", PgText.param(new byte[] {0, (byte) 0xff}));
        assertThrows(IllegalArgumentException.class, () -> PgText.param(1.5d));
    }

    @Test
    void upsertChunksAndQuotesIdentifiers() {
        Upsert upsert = Upsert.into("ingest_checkpoints").columns("run_id", "cursor").onConflict("run_id")
                .maxRowsPerStatement(2).row("a", "1").row("b", "2").row("c", "3");
        assertEquals(2, upsert.statements().size());
        assertEquals("INSERT INTO \"ingest_checkpoints\" (\"run_id\", \"cursor\") VALUES ($1, $2), ($3, $4)"
                + " ON CONFLICT (\"run_id\") DO UPDATE SET \"cursor\" = EXCLUDED.\"cursor\"",
                upsert.statements().get(0).sql());
        assertThrows(IllegalArgumentException.class, () -> Upsert.into("t; DROP TABLE x"));
        assertThrows(IllegalArgumentException.class, () -> Upsert.into("t").columns("Robert\""));
    }

    @Test
    void anUnnestUpsertStoresEveryValueExactlyInOneStatement() {
        String hostile = "Robert\"); DROP TABLE parity_items; -- \\ \"x\" {a,b} NULL $1";
        Upsert upsert = Upsert.into("parity_items").columns("id", "sku", "name", "price", "note").onConflict("id")
                .columnTypes("bigint", "text", "text", "numeric", "text")
                .row(9007199254740993L, "sku-unnest-1", hostile, new BigDecimal("12.30"), null)
                .row(2L, "sku-unnest-2", "NULL", new BigDecimal("-12.5"), "");
        assertEquals(1, upsert.statements().size());
        assertEquals("INSERT INTO \"parity_items\" (\"id\", \"sku\", \"name\", \"price\", \"note\") SELECT * FROM"
                + " unnest($1::bigint[], $2::text[], $3::text[], $4::numeric[], $5::text[]) ON CONFLICT (\"id\") DO UPDATE"
                + " SET \"sku\" = EXCLUDED.\"sku\", \"name\" = EXCLUDED.\"name\", \"price\" = EXCLUDED.\"price\","
                + " \"note\" = EXCLUDED.\"note\"", upsert.statements().get(0).sql());
        assertThrows(IllegalArgumentException.class, () -> Upsert.into("t").columns("a").columnTypes("int[]); --"));
        try (Sql sql = LocalPostgres.get().hyperdrive().connect()) {
            sql.execute("DELETE FROM parity_items WHERE sku LIKE 'sku-unnest-%'");
            assertEquals(2, sql.upsert(upsert));
            List<Row> rows = sql.rows("SELECT id::text AS id, name, price::text AS price, note FROM parity_items"
                    + " WHERE sku LIKE 'sku-unnest-%' ORDER BY sku");
            assertEquals("9007199254740993", rows.get(0).getString("id"));
            assertEquals(hostile, rows.get(0).getString("name"));
            assertEquals("12.30", rows.get(0).getString("price"));
            assertTrue(rows.get(0).isNull("note"));
            assertEquals("NULL", rows.get(1).getString("name"), "the string NULL is not SQL NULL");
            assertEquals("", rows.get(1).getString("note"));
            assertEquals("-12.50", rows.get(1).getString("price"));
            assertEquals(1, sql.rows("SELECT 1 FROM parity_items LIMIT 1").size(), "nothing was dropped");
        }
    }

    @Test
    void jdbcSessionChecksParameterCountAndReadsText() {
        try (Sql sql = LocalPostgres.get().hyperdrive().connect()) {
            assertThrows(IllegalArgumentException.class, () -> sql.rows("SELECT $1, $2", "only one"));
            assertEquals("true", sql.rows("SELECT $1::bool AS b", true).get(0).getString("b"));
            assertEquals("t", sql.rows("SELECT $1::bool AS b", "t").get(0).getString("b").substring(0, 1));
            assertEquals(new BigDecimal("0.10"), sql.rows("SELECT 0.10::numeric AS n").get(0).getBigDecimal("n"));
        }
    }
}
