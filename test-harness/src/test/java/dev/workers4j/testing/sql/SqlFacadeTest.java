package dev.workers4j.testing.sql;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.workers4j.sql.PgText;
import dev.workers4j.sql.Placeholders;
import dev.workers4j.sql.Sql;
import dev.workers4j.sql.Upsert;
import java.math.BigDecimal;
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
    void jdbcSessionChecksParameterCountAndReadsText() {
        try (Sql sql = LocalPostgres.get().hyperdrive().connect()) {
            assertThrows(IllegalArgumentException.class, () -> sql.rows("SELECT $1, $2", "only one"));
            assertEquals("true", sql.rows("SELECT $1::bool AS b", true).get(0).getString("b"));
            assertEquals("t", sql.rows("SELECT $1::bool AS b", "t").get(0).getString("b").substring(0, 1));
            assertEquals(new BigDecimal("0.10"), sql.rows("SELECT 0.10::numeric AS n").get(0).getBigDecimal("n"));
        }
    }
}
