package dev.workers4j.sqlparity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.workers4j.http.Request;
import dev.workers4j.http.Response;
import dev.workers4j.testing.WorkerClient;
import dev.workers4j.testing.sql.LocalPostgres;
import java.io.IOException;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The SQL scenarios, played on the JVM (JDBC, {@link SqlParityOnJvmTest}) and in workerd
 * (postgres.js, {@link SqlParityInWorkerdTest}) against the same PostgreSQL, with the same
 * assertions.
 */
abstract class SqlParityScenarios {
    private static final ObjectMapper JSON = new ObjectMapper();

    abstract WorkerClient worker();

    /** Which runtime, for the printed numbers. */
    abstract String runtime();

    @BeforeEach
    void emptyTables() {
        LocalPostgres.get().truncate("parity_items", "parity_metrics", "ingest_checkpoints");
    }

    @Test
    void selectWithParametersReadsTypedColumns() {
        JsonNode body = call("GET", "/sql/types", null);
        assertEquals("héllo 'world' \"quoted\" ✓", body.get("t").asText());
        assertEquals("9007199254740993", body.get("big").asText());
        assertEquals("9007199254740993", body.get("bigLong").asText());
        assertEquals("9007199254740994", body.get("bigPlusOne").asText());
        assertEquals("9007199254740994", body.get("bigPlusOneInJava").asText());
        assertEquals("12345678901234.56", body.get("money").asText());
        assertEquals("12345678901234.57", body.get("moneyPlusCent").asText());
        assertTrue(body.get("flag").asBoolean());
        assertEquals("true", body.get("flagText").asText());
        assertTrue(body.get("nothingIsNull").asBoolean());
        assertTrue(body.get("nothing").isNull());
        assertEquals("2024-02-29T10:34:56.789Z", body.get("at").asText());
        assertEquals(42, body.get("small").asInt());
        assertEquals("\\x0001feff", body.get("raw").asText());
        assertEquals(4, body.get("rawLength").asInt());
        assertEquals(255, body.get("rawLast").asInt());
        assertEquals("[\"text\",\"int8\",\"numeric\",\"bool\",\"text\",\"timestamptz\",\"int4\",\"bytea\",\"int8\"]",
                body.get("types").toString());
        assertEquals("2024-01-01T05:30:00.123456Z", body.get("atMicros").asText());
        assertEquals("2024-01-01T00:00:00Z", body.get("atWhole").asText());
    }

    @Test
    void executeReturnsRowCounts() {
        JsonNode body = call("POST", "/sql/execute", "");
        assertEquals(3, body.get("inserted").asLong());
        assertEquals(2, body.get("updated").asLong());
        assertEquals(1, body.get("deleted").asLong());
        assertEquals(0, body.get("none").asLong());
        assertEquals(2, body.get("remaining").asLong());
        assertEquals("20.09", body.get("total").asText());
        assertEquals("9223372036854775807", body.get("maxId").asText());
        JsonNode items = call("GET", "/sql/items", null).get("items");
        assertEquals(2, items.size());
        JsonNode alpha = items.get(0);
        assertEquals("1", alpha.get("id").asText());
        assertEquals("19.99", alpha.get("price").asText());
        assertEquals(5, alpha.get("qty").asInt());
        assertFalse(alpha.get("active").asBoolean());
        assertEquals("first", alpha.get("note").asText());
        assertEquals(3, alpha.get("payloadLength").asInt());
        assertTrue(alpha.get("createdAtIso").asBoolean());
        assertTrue(items.get(1).get("note").isNull());
        assertEquals(-1, items.get(1).get("payloadLength").asInt());
    }

    @Test
    void transactionCommitsOnReturn() {
        JsonNode body = call("POST", "/sql/tx/commit", "");
        assertEquals("committed true", body.get("result").asText());
        assertFalse(body.get("inTransactionAfter").asBoolean());
        assertEquals(2, body.get("count").asLong());
    }

    @Test
    void transactionRollsBackOnException() {
        JsonNode body = call("POST", "/sql/tx/rollback", "");
        assertEquals(1, body.get("seenInside").asLong());
        assertTrue(body.get("threw").asBoolean());
        assertEquals("changed my mind", body.get("message").asText());
        assertFalse(body.get("inTransactionAfter").asBoolean());
        assertEquals(0, body.get("countAfter").asLong(), "nothing written");
        assertEquals("23505", body.get("sqlFailure").asText());
        assertEquals(0, body.get("countAfterSqlFailure").asLong());
        assertEquals(1, body.get("usableAfter").asInt());
    }

    @Test
    void uniqueViolationIsTyped() {
        JsonNode body = call("POST", "/sql/unique", "");
        assertTrue(body.get("threw").asBoolean());
        JsonNode error = body.get("error");
        assertEquals("unique_violation", error.get("kind").asText());
        assertEquals("23505", error.get("sqlState").asText());
        assertEquals("parity_items_sku_key", error.get("constraint").asText());
        assertEquals("duplicate key value violates unique constraint \"parity_items_sku_key\" (SQLSTATE 23505)",
                error.get("message").asText());
        assertFalse(error.get("retryable").asBoolean());
        assertTrue(body.get("detailMentionsKey").asBoolean());
        assertEquals(1, body.get("count").asLong());
    }

    @Test
    void statementTimeoutIsTyped() {
        JsonNode body = call("POST", "/sql/timeout", "");
        assertTrue(body.get("threw").asBoolean(), body.toString());
        JsonNode error = body.get("error");
        assertEquals("statement_timeout", error.get("kind").asText());
        assertEquals("57014", error.get("sqlState").asText());
        assertEquals("canceling statement due to statement timeout (SQLSTATE 57014)", error.get("message").asText());
        assertEquals("57014", body.get("txTimeout").asText());
        assertEquals(0, body.get("countAfter").asLong());
        assertEquals(7, body.get("fastUnderTimeout").asInt());
        assertEquals(1, body.get("sleptWithout").asLong());
        assertEquals("0", body.get("sessionTimeout").asText(), "the timeout never leaks into the session");
    }

    @Test
    void serializationFailureIsTypedAndRetryable() {
        JsonNode body = call("POST", "/sql/serialization", "");
        assertTrue(body.get("threw").asBoolean(), body.toString());
        JsonNode error = body.get("error");
        assertEquals("serialization_failure", error.get("kind").asText());
        assertEquals("40001", error.get("sqlState").asText());
        assertTrue(error.get("retryable").asBoolean());
        assertEquals(1, body.get("qty").asInt(), "the other session's update stands, ours rolled back");
    }

    @Test
    void batchedUpsertIsIdempotentWhenReplayed() {
        JsonNode body = call("POST", "/sql/upsert", "");
        assertEquals(3, body.get("statements").asInt());
        assertEquals(700, body.get("first").asLong());
        assertEquals(700, body.get("replay").asLong());
        assertEquals(700, body.get("changed").asLong());
        assertTrue(body.get("sameAfterReplay").asBoolean());
        assertEquals(700, body.get("rows").asLong());
        // sum(i + 0.75) for i < 700 = 244650 + 525
        assertEquals("245175.00", body.get("revenue").asText());
        assertEquals("9007199254740699", body.get("maxOrders").asText());
        assertEquals(0, body.get("ignored").asLong());
    }

    @Test
    void sqlInjectionAttemptIsStoredAsAPlainValue() {
        String hostile = "Robert'); DROP TABLE parity_items; -- $1 ? \\ \"x\" $$";
        JsonNode body = call("POST", "/sql/injection", hostile);
        assertEquals(hostile, body.get("stored").asText());
        assertTrue(body.get("same").asBoolean());
        assertEquals(1, body.get("tableStillThere").asLong());
        assertEquals("$1 and ?", body.get("placeholderInLiteral").asText());
    }

    @Test
    void checkpointUpsertInTransaction() {
        JsonNode body = call("POST", "/sql/checkpoint?n=7", "");
        assertEquals("cursor-2", body.get("cursor").asText());
        assertTrue(body.get("updatedAtIso").asBoolean());
    }

    @Test
    void batchedUpsertRate() {
        JsonNode body = call("POST", "/sql/bench?rows=1000&batches=10", "");
        assertEquals(10_000, body.get("rows").asLong(), body.toString());
        System.out.printf("[sql-parity] %s: batched upsert of 10 x 1000 rows (4 columns) in %d ms = %d rows/s%n",
                runtime(), body.get("millis").asLong(), body.get("rowsPerSecond").asLong());
    }

    private JsonNode call(String method, String path, String body) {
        Request request = body == null ? Request.get(path) : Request.builder(method, path).body(body).build();
        Response response = worker().fetch(request);
        assertEquals(200, response.status(), response.text());
        try {
            JsonNode json = JSON.readTree(response.text());
            if (json.has("error") && !path.contains("unique") && !path.contains("timeout")
                    && !path.contains("serialization")) {
                throw new AssertionError("scenario failed: " + json);
            }
            return json;
        } catch (IOException e) {
            throw new AssertionError("not JSON: " + response.text(), e);
        }
    }
}
