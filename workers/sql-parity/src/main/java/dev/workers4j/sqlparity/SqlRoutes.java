package dev.workers4j.sqlparity;

import dev.workers4j.http.Context;
import dev.workers4j.http.Handler;
import dev.workers4j.http.Response;
import dev.workers4j.http.Router;
import dev.workers4j.json.JsonWriter;
import dev.workers4j.sql.Hyperdrive;
import dev.workers4j.sql.Isolation;
import dev.workers4j.sql.Row;
import dev.workers4j.sql.SerializationFailureException;
import dev.workers4j.sql.Sql;
import dev.workers4j.sql.SqlException;
import dev.workers4j.sql.StatementTimeoutException;
import dev.workers4j.sql.UniqueViolationException;
import dev.workers4j.sql.Upsert;
import java.math.BigDecimal;
import java.util.List;
import dev.workers4j.worker.Attempt;

/** The SQL scenarios, one route each. Tables: db/test-migrations (parity_items, parity_metrics, ingest_checkpoints). */
final class SqlRoutes {
    private SqlRoutes() {
    }

    /** A row of parity_items, mapped by a RowMapper. */
    static final class Item {
        final long id;
        final String sku;
        final String name;
        final BigDecimal price;
        final int qty;
        final boolean active;
        final String note;
        final byte[] payload;
        final String createdAt;

        Item(Row row) {
            id = row.getLong("id");
            sku = row.getString("sku");
            name = row.getString("name");
            price = row.getBigDecimal("price");
            qty = row.getInt("qty");
            active = row.getBoolean("active");
            note = row.getString("note");
            payload = row.getBytes("payload");
            createdAt = row.getString("created_at");
        }
    }

    interface Scenario {
        void run(Sql sql, Context c, JsonWriter out);
    }

    static Router create() {
        return new Router()
                .get("/types", scenario(SqlRoutes::types))
                .get("/items", scenario(SqlRoutes::items))
                .post("/execute", scenario(SqlRoutes::execute))
                .post("/tx/commit", scenario(SqlRoutes::commit))
                .post("/tx/rollback", scenario(SqlRoutes::rollback))
                .post("/unique", scenario(SqlRoutes::unique))
                .post("/timeout", scenario(SqlRoutes::timeout))
                .post("/serialization", scenario(SqlRoutes::serialization))
                .post("/upsert", scenario(SqlRoutes::upsert))
                .post("/injection", scenario(SqlRoutes::injection))
                .post("/checkpoint", scenario(SqlRoutes::checkpoint))
                .post("/bench", scenario(SqlRoutes::bench));
    }

    /** Opens a session, runs the scenario into a JSON object, closes the session; SQL errors become JSON too. */
    private static Handler scenario(Scenario scenario) {
        return c -> {
            JsonWriter out = JsonWriter.create().beginObject();
            try (Sql sql = hyperdrive(c).connect()) {
                scenario.run(sql, c, out);
            } catch (SqlException e) {
                out.name("error");
                error(out, e);
            }
            return Response.json(200, out.endObject().toString());
        };
    }

    /** Rethrows an unexpected failure from {@link Attempt#run}; nothing when there was none. */
    private static void rethrow(RuntimeException failure) {
        if (failure != null) {
            throw failure;
        }
    }

    private static Hyperdrive hyperdrive(Context c) {
        return c.env().hyperdrive("HYPERDRIVE");
    }

    static void error(JsonWriter out, SqlException e) {
        String kind = e instanceof UniqueViolationException ? "unique_violation"
                : e instanceof SerializationFailureException ? "serialization_failure"
                : e instanceof StatementTimeoutException ? "statement_timeout" : "sql";
        out.beginObject().name("kind").value(kind).name("sqlState").value(e.sqlState())
                .name("message").value(e.getMessage()).name("constraint").value(e.constraint())
                .name("retryable").value(e.retryable()).endObject();
    }

    // Literals and parameters of every type the facade reads.
    private static void types(Sql sql, Context c, JsonWriter out) {
        List<Row> rows = sql.rows("SELECT $1::text AS t, $2::bigint AS big, $3::numeric AS money,"
                        + " $4::boolean AS flag, NULL::text AS nothing, $5::timestamptz AS at,"
                        + " $6::int AS small, $7::bytea AS raw, $2::bigint + 1 AS big_plus_one",
                "héllo 'world' \"quoted\" ✓", 9007199254740993L, new BigDecimal("12345678901234.56"), true,
                "2024-02-29T12:34:56.789+02:00", 42, new byte[] {0, 1, (byte) 0xfe, (byte) 0xff});
        Row row = rows.get(0);
        BigDecimal cent = new BigDecimal("0.01");
        out.name("t").value(row.getString("t"))
                .name("big").value(row.getString("big"))
                .name("bigLong").value(Long.toString(row.getLong("big")))
                .name("bigPlusOne").value(Long.toString(row.getLong("big_plus_one")))
                .name("bigPlusOneInJava").value(Long.toString(row.getLong("big") + 1))
                .name("money").value(row.getBigDecimal("money").toPlainString())
                .name("moneyPlusCent").value(row.getBigDecimal("money").add(cent).toPlainString())
                .name("flag").value(row.getBoolean("flag"))
                .name("flagText").value(row.getString("flag"))
                .name("nothingIsNull").value(row.isNull("nothing"))
                .name("nothing").value(row.getString("nothing"))
                .name("at").value(row.getString("at"))
                .name("small").value(row.getInt("small"))
                .name("raw").value(row.getString("raw"))
                .name("rawLength").value(row.getBytes("raw").length)
                .name("rawLast").value(row.getBytes("raw")[3] & 0xff)
                .name("types").beginArray();
        for (String type : row.types()) {
            out.value(type);
        }
        out.endArray();
        // Microsecond timestamps and another offset normalise the same way.
        Row at = sql.rows("SELECT '2024-01-01 00:00:00.123456-05:30'::timestamptz AS micro,"
                + " '2024-01-01 00:00:00+00'::timestamptz AS whole").get(0);
        out.name("atMicros").value(at.getString("micro")).name("atWhole").value(at.getString("whole"));
    }

    private static void items(Sql sql, Context c, JsonWriter out) {
        List<Item> items = sql.query("SELECT * FROM parity_items WHERE id >= $1 ORDER BY id", Item::new, 0L);
        out.name("items").beginArray();
        for (Item item : items) {
            out.beginObject().name("id").value(Long.toString(item.id)).name("sku").value(item.sku)
                    .name("name").value(item.name).name("price").value(item.price.toPlainString())
                    .name("qty").value(item.qty).name("active").value(item.active).name("note").value(item.note)
                    .name("payloadLength").value(item.payload == null ? -1 : item.payload.length)
                    .name("createdAtIso").value(item.createdAt.endsWith("Z") && item.createdAt.indexOf('T') == 10)
                    .endObject();
        }
        out.endArray();
    }

    private static long insertItem(Sql sql, long id, String sku, String name, String price) {
        return sql.execute("INSERT INTO parity_items (id, sku, name, price) VALUES ($1, $2, $3, $4)",
                id, sku, name, new BigDecimal(price));
    }

    private static long count(Sql sql) {
        return sql.rows("SELECT count(*) AS n FROM parity_items").get(0).getLong("n");
    }

    private static void execute(Sql sql, Context c, JsonWriter out) {
        long inserted = sql.execute("INSERT INTO parity_items (id, sku, name, price, qty, note, payload)"
                        + " VALUES ($1, $2, $3, $4, $5, $6, $7), ($8, $9, $10, $11, $5, NULL, NULL),"
                        + " (9223372036854775807, 'max', 'Max id', 0.10, $5, NULL, NULL)",
                1L, "a-1", "Alpha", new BigDecimal("19.99"), 3, "first", new byte[] {1, 2, 3},
                2L, "b-2", "Beta", new BigDecimal("0.30"));
        long updated = sql.execute("UPDATE parity_items SET qty = qty + $1, active = $2 WHERE id IN ($3, $4)",
                2, false, 1L, 2L);
        long deleted = sql.execute("DELETE FROM parity_items WHERE sku = $1", "b-2");
        long none = sql.execute("UPDATE parity_items SET qty = 0 WHERE id = $1", -1L);
        BigDecimal total = sql.rows("SELECT sum(price) AS total FROM parity_items").get(0).getBigDecimal("total");
        out.name("inserted").value(inserted).name("updated").value(updated).name("deleted").value(deleted)
                .name("none").value(none).name("remaining").value(count(sql)).name("total").value(total.toPlainString())
                .name("maxId").value(sql.rows("SELECT max(id) AS m FROM parity_items").get(0).getString("m"));
    }

    private static void commit(Sql sql, Context c, JsonWriter out) {
        String result = sql.transaction(tx -> {
            insertItem(tx, 10, "tx-1", "One", "1.00");
            insertItem(tx, 11, "tx-2", "Two", "2.00");
            return "committed " + tx.inTransaction();
        });
        out.name("result").value(result).name("inTransactionAfter").value(sql.inTransaction())
                .name("count").value(count(sql));
    }

    private static void rollback(Sql sql, Context c, JsonWriter out) {
        RuntimeException failure = Attempt.run(() -> sql.transaction(tx -> {
            insertItem(tx, 20, "rb-1", "Doomed", "5.00");
            out.name("seenInside").value(count(tx));
            throw new IllegalStateException("changed my mind");
        }));
        if (failure instanceof IllegalStateException) {
            out.name("threw").value(true).name("message").value(failure.getMessage());
        } else {
            rethrow(failure);
            out.name("threw").value(false);
        }
        out.name("inTransactionAfter").value(sql.inTransaction()).name("countAfter").value(count(sql));
        // A failing statement inside a transaction rolls back the statements before it too.
        failure = Attempt.run(() -> sql.transaction(tx -> {
            insertItem(tx, 21, "rb-2", "Also doomed", "5.00");
            insertItem(tx, 22, "rb-2", "Duplicate sku", "5.00");
            return null;
        }));
        if (failure instanceof UniqueViolationException) {
            out.name("sqlFailure").value(((UniqueViolationException) failure).sqlState());
        } else {
            rethrow(failure);
        }
        out.name("countAfterSqlFailure").value(count(sql));
        // The session is usable afterwards.
        out.name("usableAfter").value(sql.rows("SELECT 1 AS one").get(0).getInt("one"));
    }

    private static void unique(Sql sql, Context c, JsonWriter out) {
        insertItem(sql, 30, "dup", "First", "1.00");
        RuntimeException failure = Attempt.run(() -> insertItem(sql, 31, "dup", "Second", "1.00"));
        if (failure instanceof UniqueViolationException) {
            UniqueViolationException e = (UniqueViolationException) failure;
            out.name("threw").value(true).name("error");
            error(out, e);
            out.name("detailMentionsKey").value(e.detail() != null && e.detail().contains("(sku)=(dup)"));
        } else {
            rethrow(failure);
            out.name("threw").value(false);
        }
        out.name("count").value(count(sql));
    }

    private static void timeout(Sql sql, Context c, JsonWriter out) {
        sql.statementTimeout(100);
        RuntimeException failure = Attempt.run(() -> sql.execute("SELECT pg_sleep(2)"));
        if (failure instanceof StatementTimeoutException) {
            out.name("threw").value(true).name("error");
            error(out, (StatementTimeoutException) failure);
        } else {
            rethrow(failure);
            out.name("threw").value(false);
        }
        // The same inside a transaction, which then rolls back.
        failure = Attempt.run(() -> sql.transaction(tx -> {
            insertItem(tx, 40, "slow", "Slow", "1.00");
            return tx.execute("SELECT pg_sleep(2)");
        }));
        if (failure instanceof StatementTimeoutException) {
            out.name("txTimeout").value(((StatementTimeoutException) failure).sqlState());
        } else {
            rethrow(failure);
        }
        out.name("countAfter").value(count(sql));
        // Fast statements still run under the timeout, and lifting it works.
        out.name("fastUnderTimeout").value(sql.rows("SELECT 7 AS seven").get(0).getInt("seven"));
        sql.statementTimeout(0);
        out.name("sleptWithout").value(sql.execute("SELECT pg_sleep(0.15)"));
        out.name("sessionTimeout").value(sql.rows("SHOW statement_timeout").get(0).getString(0));
    }

    private static void serialization(Sql sql, Context c, JsonWriter out) {
        insertItem(sql, 50, "contended", "Contended", "1.00");
        RuntimeException failure;
        try (Sql other = hyperdrive(c).connect()) {
            failure = Attempt.run(() -> sql.transaction(Isolation.SERIALIZABLE, tx -> {
                long before = tx.rows("SELECT qty FROM parity_items WHERE id = $1", 50L).get(0).getLong("qty");
                other.execute("UPDATE parity_items SET qty = qty + 1 WHERE id = $1", 50L);
                return tx.execute("UPDATE parity_items SET qty = $1 WHERE id = $2", before + 10, 50L);
            }));
        }
        if (failure instanceof SerializationFailureException) {
            out.name("threw").value(true).name("error");
            error(out, (SerializationFailureException) failure);
        } else {
            rethrow(failure);
            out.name("threw").value(false);
        }
        out.name("qty").value(sql.rows("SELECT qty FROM parity_items WHERE id = $1", 50L).get(0).getInt("qty"));
    }

    static Upsert metrics(int rows, String revenueSuffix) {
        Upsert upsert = Upsert.into("parity_metrics").columns("shop", "day", "orders", "revenue")
                .onConflict("shop", "day").maxRowsPerStatement(250);
        for (int i = 0; i < rows; i++) {
            int day = 1 + i % 28;
            upsert.row("shop-" + (i / 28), "2024-02-" + (day < 10 ? "0" : "") + day,
                    9007199254740000L + i, new BigDecimal(i + "." + revenueSuffix));
        }
        return upsert;
    }

    private static void upsert(Sql sql, Context c, JsonWriter out) {
        int rows = 700;
        long first = sql.upsert(metrics(rows, "25"));
        String afterFirst = digest(sql);
        long replay = sql.upsert(metrics(rows, "25"));
        String afterReplay = digest(sql);
        long changed = sql.upsert(metrics(rows, "75"));
        out.name("statements").value(metrics(rows, "25").statements().size())
                .name("first").value(first).name("replay").value(replay).name("changed").value(changed)
                .name("sameAfterReplay").value(afterFirst.equals(afterReplay)).name("digest").value(afterReplay)
                .name("rows").value(sql.rows("SELECT count(*) AS n FROM parity_metrics").get(0).getLong("n"))
                .name("revenue").value(sql.rows("SELECT sum(revenue) AS r FROM parity_metrics").get(0).getString("r"))
                .name("maxOrders").value(sql.rows("SELECT max(orders) AS m FROM parity_metrics").get(0).getString("m"));
        // DO NOTHING keeps existing rows.
        long ignored = sql.upsert(Upsert.into("parity_metrics").columns("shop", "day", "orders", "revenue")
                .onConflict("shop", "day").doNothing().row("shop-0", "2024-02-01", 1L, BigDecimal.ONE));
        out.name("ignored").value(ignored);
    }

    private static String digest(Sql sql) {
        return sql.rows("SELECT md5(string_agg(shop || day || orders || revenue, ',' ORDER BY shop, day)) AS d"
                + " FROM parity_metrics").get(0).getString("d");
    }

    private static void injection(Sql sql, Context c, JsonWriter out) {
        String hostile = c.req().text();
        insertItem(sql, 60, hostile, hostile, "1.00");
        Item item = sql.first("SELECT * FROM parity_items WHERE name = $1", Item::new, hostile);
        out.name("stored").value(item == null ? null : item.name)
                .name("same").value(item != null && hostile.equals(item.name) && hostile.equals(item.sku))
                .name("tableStillThere").value(count(sql))
                .name("placeholderInLiteral").value(sql.rows("SELECT '$1 and ?' AS s, $1 AS p", hostile)
                        .get(0).getString("s"));
    }

    private static void checkpoint(Sql sql, Context c, JsonWriter out) {
        String run = "run-" + c.query("n");
        sql.transaction(tx -> tx.upsert(Upsert.into("ingest_checkpoints").columns("run_id", "cursor")
                .onConflict("run_id").row(run, "cursor-1")));
        sql.transaction(tx -> tx.upsert(Upsert.into("ingest_checkpoints").columns("run_id", "cursor")
                .onConflict("run_id").row(run, "cursor-2")));
        Row row = sql.rows("SELECT cursor, updated_at FROM ingest_checkpoints WHERE run_id = $1", run).get(0);
        out.name("cursor").value(row.getString("cursor")).name("updatedAtIso").value(row.getString("updated_at").endsWith("Z"));
    }

    /** Batched upsert rate: batches x rows (10 x 1000 by default), timed in the handler. */
    private static void bench(Sql sql, Context c, JsonWriter out) {
        int rows = c.query("rows") == null ? 1000 : Integer.parseInt(c.query("rows"));
        int batches = c.query("batches") == null ? 10 : Integer.parseInt(c.query("batches"));
        long total = 0;
        long start = System.currentTimeMillis();
        for (int b = 0; b < batches; b++) {
            Upsert upsert = Upsert.into("parity_metrics").columns("shop", "day", "orders", "revenue")
                    .onConflict("shop", "day").maxRowsPerStatement(rows);
            for (int i = 0; i < rows; i++) {
                int n = b * rows + i;
                upsert.row("bench-" + (n / 28), "2023-02-" + (1 + n % 28 < 10 ? "0" : "") + (1 + n % 28),
                        (long) n, new BigDecimal(n + ".50"));
            }
            total += sql.upsert(upsert);
        }
        long millis = Math.max(1, System.currentTimeMillis() - start);
        out.name("rows").value(total).name("millis").value(millis).name("rowsPerSecond").value(total * 1000 / millis);
    }
}
