package dev.workers4j.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.workers4j.testing.BothRuntimes;
import dev.workers4j.testing.QueueOutcome;
import dev.workers4j.testing.Scenario;
import dev.workers4j.testing.TestMessage;
import dev.workers4j.testing.WorkerClient;
import dev.workers4j.testing.sql.LocalPostgres;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.extension.RegisterExtension;

/** MART_REFRESH on both runtimes: the marts equal the orders, once, whatever is redelivered or fails. */
class MartRefreshScenarios {
    static final String QUEUE = "ingest-queue";
    static final String REFRESH = "{\"job_type\":\"MART_REFRESH\",\"requested_by\":\"test\"}";
    /** The marts as the orders say they should be, computed here without the refresh's SQL function. */
    static final String EXPECTED_DAYS = "SELECT string_agg(concat_ws('|', day, orders, units, revenue), ',' ORDER BY day) AS marts"
            + " FROM (SELECT (o.processed_at AT TIME ZONE 'UTC')::date AS day, count(*) AS orders,"
            + " sum((SELECT coalesce(sum(quantity), 0) FROM order_line_items li WHERE li.order_id = o.id)) AS units,"
            + " sum(o.total_price) AS revenue FROM orders o WHERE coalesce(o.financial_status, '') NOT IN ('REFUNDED', 'VOIDED')"
            + " GROUP BY 1) expected";
    static final String ACTUAL_DAYS = "SELECT string_agg(concat_ws('|', day, orders, units, revenue), ',' ORDER BY day) AS marts"
            + " FROM daily_sales";
    static final String EXPECTED_PRODUCTS = "SELECT string_agg(concat_ws('|', day, product_id, orders, units, revenue), ','"
            + " ORDER BY day, product_id) AS marts FROM (SELECT (o.processed_at AT TIME ZONE 'UTC')::date AS day, li.product_id,"
            + " count(DISTINCT o.id) AS orders, sum(li.quantity) AS units, sum(li.quantity * li.unit_price) AS revenue"
            + " FROM orders o JOIN order_line_items li ON li.order_id = o.id"
            + " WHERE coalesce(o.financial_status, '') NOT IN ('REFUNDED', 'VOIDED') GROUP BY 1, 2) expected";
    static final String ACTUAL_PRODUCTS = "SELECT string_agg(concat_ws('|', day, product_id, orders, units, revenue), ','"
            + " ORDER BY day, product_id) AS marts FROM daily_product_sales";

    static final String EXPECTED_LINES = "SELECT string_agg(concat_ws('|', day, product_line, orders, units, revenue), ','"
            + " ORDER BY day, product_line) AS marts FROM (SELECT (o.processed_at AT TIME ZONE 'UTC')::date AS day,"
            + " p.product_line, count(DISTINCT o.id) AS orders, sum(li.quantity) AS units,"
            + " sum(li.quantity * li.unit_price) AS revenue FROM orders o JOIN order_line_items li ON li.order_id = o.id"
            + " JOIN products p ON p.id = li.product_id"
            + " WHERE coalesce(o.financial_status, '') NOT IN ('REFUNDED', 'VOIDED') GROUP BY 1, 2) expected";
    static final String ACTUAL_LINES = "SELECT string_agg(concat_ws('|', day, product_line, orders, units, revenue), ','"
            + " ORDER BY day, product_line) AS marts FROM daily_product_line_sales";

    @RegisterExtension
    static final BothRuntimes RUNTIMES = IngestRuntimes.ingest();

    @BeforeEach
    void ordersOverThreeDays() {
        IngestRuntimes.emptyDatabase();
        LocalPostgres.get().execute("INSERT INTO products (id, title, normalized_title, product_line) VALUES (1, 'Serum', 'serum', 'SKN'),"
                + " (2, 'Cream', 'cream', 'SKN');"
                + " INSERT INTO orders (id, name, created_at, updated_at, processed_at, financial_status, total_price, currency)"
                + " VALUES (10, '#10', '2026-03-01T10:00Z', '2026-03-01T10:00Z', '2026-03-01T10:00Z', 'PAID', 50.00, 'EUR'),"
                + " (11, '#11', '2026-03-01T23:30Z', '2026-03-01T23:30Z', '2026-03-01T23:30Z', 'PAID', 20.50, 'EUR'),"
                + " (12, '#12', '2026-03-02T08:00Z', '2026-03-02T08:00Z', '2026-03-02T08:00Z', 'REFUNDED', 99.00, 'EUR'),"
                + " (13, '#13', '2026-03-03T12:00Z', '2026-03-03T12:00Z', '2026-03-03T12:00Z', 'PARTIALLY_PAID', 35.25, 'EUR');"
                + " INSERT INTO order_line_items (id, order_id, product_id, title, quantity, unit_price, currency) VALUES"
                + " (100, 10, 1, 'Serum', 2, 20.00, 'EUR'), (101, 10, 2, 'Cream', 1, 10.00, 'EUR'),"
                + " (102, 11, 1, 'Serum', 1, 20.50, 'EUR'), (103, 12, 2, 'Cream', 9, 11.00, 'EUR'),"
                + " (104, 13, 2, 'Cream', 3, 11.75, 'EUR')");
    }

    @Scenario
    void theMartsOfEveryChangedDayEqualItsOrders(WorkerClient ingest) {
        QueueOutcome outcome = ingest.queue(QUEUE, List.of(TestMessage.json("refresh", REFRESH)));
        assertEquals(List.of("refresh"), outcome.acked());
        assertMartsMatchTheOrders();
        assertEquals("2026-03-01|2|4|70.50,2026-03-03|1|3|35.25", one(ACTUAL_DAYS), "refunded orders are no sales");
        assertEquals("2026-03-01|SKN|2|4|70.50,2026-03-03|SKN|1|3|35.25", one(ACTUAL_LINES),
                "an order with two products of a line is one order of the line");
        assertTrue(ingest.awaitLog(l -> l.contains("mart refresh (test): 3 days recomputed")), () -> String.join("\n", ingest.logs()));
    }

    @Scenario
    void aRedeliveredRefreshFindsNothingNewAndLeavesTheMartsAsTheyAre(WorkerClient ingest) {
        ingest.queue(QUEUE, List.of(TestMessage.json("refresh", REFRESH)));
        String marts = one(ACTUAL_DAYS) + one(ACTUAL_PRODUCTS) + one(ACTUAL_LINES);
        assertEquals(List.of("refresh"), ingest.queue(QUEUE, List.of(TestMessage.json("refresh", REFRESH).attempt(2))).acked());
        assertEquals(marts, one(ACTUAL_DAYS) + one(ACTUAL_PRODUCTS) + one(ACTUAL_LINES));
        assertTrue(ingest.awaitLog(l -> l.contains("mart refresh (test): 0 days recomputed")), () -> String.join("\n", ingest.logs()));
        LocalPostgres.get().execute("UPDATE orders SET total_price = 60.00, synced_at = now() WHERE id = 10");
        ingest.queue(QUEUE, List.of(TestMessage.json("after-sync", REFRESH)));
        assertMartsMatchTheOrders();
        assertTrue(ingest.awaitLog(l -> l.contains("mart refresh (test): 1 days recomputed")), "only the changed day");
    }

    @Scenario
    void aRefreshWhileAnotherHoldsTheLeaseSkips(WorkerClient ingest) {
        LocalPostgres.get().execute("INSERT INTO mart_refresh_state (mart, refreshed_through, lease_until)"
                + " VALUES ('daily_sales', '-infinity', now() + interval '1 minute')");
        assertEquals(List.of("second"), ingest.queue(QUEUE, List.of(TestMessage.json("second", REFRESH))).acked());
        assertEquals(0, SyncDatabase.count("daily_sales"), "the lease holder does the work, not this one");
        assertTrue(ingest.awaitLog(l -> l.contains("another refresh holds the lease; skipped")));
    }

    @Scenario
    void aTransientDatabaseFailureIsRetriedAndTheRetryDoesTheWork(WorkerClient ingest) {
        // The first write to the mart fails as a serialization failure would (a sequence, not a
        // table, counts the calls: it does not roll back with the failed transaction).
        LocalPostgres.get().execute("CREATE SEQUENCE mart_fault_calls;"
                + " CREATE FUNCTION fail_first_mart_write() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN"
                + " IF nextval('mart_fault_calls') = 1 THEN"
                + " RAISE EXCEPTION 'could not serialize access (injected by the test)' USING ERRCODE = '40001'; END IF;"
                + " RETURN NULL; END $$;"
                + " CREATE TRIGGER fail_first_mart_write BEFORE INSERT ON daily_sales FOR EACH STATEMENT"
                + " EXECUTE FUNCTION fail_first_mart_write()");
        try {
            QueueOutcome first = ingest.queue(QUEUE, List.of(TestMessage.json("refresh", REFRESH)));
            assertFalse(first.acked().contains("refresh"), first.toString());
            assertTrue(first.retried().containsKey("refresh"), "retried: " + first);
            assertEquals(0, SyncDatabase.count("daily_sales"));
            assertTrue(SyncDatabase.rows("SELECT 1 FROM mart_refresh_state WHERE lease_until IS NOT NULL").isEmpty(),
                    "the failed refresh gave its lease back");
            assertEquals(List.of("refresh"), ingest.queue(QUEUE, List.of(TestMessage.json("refresh", REFRESH).attempt(2))).acked());
            assertMartsMatchTheOrders();
        } finally {
            LocalPostgres.get().execute("DROP TRIGGER fail_first_mart_write ON daily_sales;"
                    + " DROP FUNCTION fail_first_mart_write(); DROP SEQUENCE mart_fault_calls");
        }
    }

    @Scenario
    void aRefreshThatIsNotAValidJobIsDeadLettered(WorkerClient ingest) {
        QueueOutcome outcome = ingest.queue(QUEUE, List.of(TestMessage.json("bad",
                "{\"job_type\":\"MART_REFRESH\",\"requested_by\":[\"cron\"]}")));
        assertEquals(List.of("bad"), outcome.acked());
        ingest.awaitDelivered(() -> assertEquals(List.of("MART_REFRESH"), SyncDatabase.rows(
                "SELECT job_type FROM dead_letters WHERE message_id = 'bad'").stream().map(r -> r.getString("job_type"))
                .collect(Collectors.toList())));
        assertEquals(0, SyncDatabase.count("daily_sales"));
    }

    private static void assertMartsMatchTheOrders() {
        assertEquals(one(EXPECTED_DAYS), one(ACTUAL_DAYS));
        assertEquals(one(EXPECTED_PRODUCTS), one(ACTUAL_PRODUCTS));
        assertEquals(one(EXPECTED_LINES), one(ACTUAL_LINES));
    }

    private static String one(String query) {
        return SyncDatabase.rows(query).get(0).getString("marts");
    }
}
