package dev.workers4j.testing.demo;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyManager;

/**
 * The demo data set: a deterministic shop (same seed, size and last day: same rows) of a few
 * dozen products, {@code orders} orders over the 365 days ending {@code lastDay} with 1 to 3
 * line items each, the daily marts computed from them, objectives and a few hundred combo logs.
 * Loaded with COPY, so 100,000 orders take seconds. It writes into empty tables: callers
 * truncate first ({@link #TABLES}) or load only into a fresh database.
 */
public final class DemoData {
    /** Every table the demo fills, in an order TRUNCATE accepts together. */
    public static final String[] TABLES = {"combo_log_products", "combo_logs", "combo_log_sequences", "objectives",
        "daily_product_line_sales", "daily_product_sales", "daily_sales", "order_line_items", "orders", "asset_products", "assets", "products"};
    public static final long FIRST_ORDER_ID = 6_000_000_001L;
    public static final long FIRST_LINE_ITEM_ID = 14_000_000_001L;

    private final long seed;
    private final int orders;
    private final LocalDate lastDay;
    private final int comboLogs;

    private DemoData(long seed, int orders, LocalDate lastDay, int comboLogs) {
        this.seed = seed;
        this.orders = orders;
        this.lastDay = lastDay;
        this.comboLogs = comboLogs;
    }

    /** {@code orders} orders over the year ending {@code lastDay}, with 300 combo logs. */
    public static DemoData of(long seed, int orders, LocalDate lastDay) {
        return new DemoData(seed, orders, lastDay, 300);
    }

    public DemoData comboLogs(int count) {
        return new DemoData(seed, orders, lastDay, count);
    }

    public LocalDate firstDay() {
        return lastDay.minusDays(364);
    }

    public LocalDate lastDay() {
        return lastDay;
    }

    /** Empties the demo tables, then loads. */
    public void reload(Connection connection) {
        StringBuilder truncate = new StringBuilder("TRUNCATE ");
        for (int i = 0; i < TABLES.length; i++) {
            truncate.append(i == 0 ? "" : ", ").append(TABLES[i]);
        }
        run(connection, truncate.append(" CASCADE").toString());
        load(connection);
    }

    /** Loads into empty tables, in one transaction. */
    public void load(Connection connection) {
        try {
            boolean autoCommit = connection.getAutoCommit();
            connection.setAutoCommit(false);
            CopyManager copy = connection.unwrap(PGConnection.class).getCopyAPI();
            List<DemoCatalog.Product> products = DemoCatalog.products();
            copyProducts(copy, products);
            copyOrders(copy, products);
            run(connection, MARTS);
            run(connection, MARTS_REFRESHED);
            copyObjectives(copy, products);
            copyComboLogs(copy, products);
            run(connection, "INSERT INTO combo_log_sequences (prefix, last_seq) SELECT prefix, max(seq) FROM combo_logs"
                    + " GROUP BY prefix");
            // The combo logs came with their ids: the next one the API creates follows them.
            run(connection, "SELECT setval(pg_get_serial_sequence('combo_logs', 'id'), (SELECT max(id) FROM combo_logs))");
            connection.commit();
            connection.setAutoCommit(autoCommit);
            run(connection, "ANALYZE");
        } catch (SQLException e) {
            throw new IllegalStateException("demo data did not load: " + e.getMessage(), e);
        }
    }

    /** The marts, through the same SQL function as ingest's MART_REFRESH (one definition of a sale). */
    private static final String MARTS = "SELECT refresh_daily_marts(ARRAY(SELECT DISTINCT"
            + " (processed_at AT TIME ZONE 'UTC')::date FROM orders))";
    /** ...and the refresh's own state, so the first hourly refresh does not redo the year. */
    private static final String MARTS_REFRESHED = "INSERT INTO mart_refresh_state (mart, refreshed_through)"
            + " VALUES ('daily_sales', now()) ON CONFLICT (mart) DO UPDATE SET refreshed_through = now(), lease_until = NULL";

    private void copyProducts(CopyManager copy, List<DemoCatalog.Product> products) throws SQLException {
        StringBuilder csv = new StringBuilder();
        for (DemoCatalog.Product p : products) {
            csv.append(p.id()).append(',').append(p.title()).append(',').append(p.title().toLowerCase()).append(',')
                    .append(p.sku()).append(',').append(p.line()).append('\n');
        }
        copy(copy, "COPY products (id, title, normalized_title, sku, product_line) FROM STDIN (FORMAT csv)", csv);
    }

    private void copyOrders(CopyManager copy, List<DemoCatalog.Product> products) throws SQLException {
        Random random = new Random(seed);
        double[] cumulative = cumulativePopularity(products);
        long firstEpochSecond = firstDay().atStartOfDay(ZoneOffset.UTC).toEpochSecond();
        StringBuilder orderCsv = new StringBuilder(orders * 110);
        StringBuilder itemCsv = new StringBuilder(orders * 2 * 90);
        long itemId = FIRST_LINE_ITEM_ID;
        for (int i = 0; i < orders; i++) {
            long orderId = FIRST_ORDER_ID + i;
            int day = dayOfYear(random);
            long processed = firstEpochSecond + day * 86_400L + random.nextInt(86_400);
            int lines = 1 + (random.nextDouble() < 0.3 ? 1 : 0) + (random.nextDouble() < 0.1 ? 1 : 0);
            BigDecimal total = BigDecimal.ZERO;
            for (int l = 0; l < lines; l++) {
                DemoCatalog.Product p = products.get(pick(cumulative, random.nextDouble()));
                int quantity = random.nextDouble() < 0.85 ? 1 : 2 + random.nextInt(2);
                total = total.add(p.price().multiply(BigDecimal.valueOf(quantity)));
                itemCsv.append(itemId++).append(',').append(orderId).append(',').append(p.id()).append(',')
                        .append(p.title()).append(',').append(p.sku()).append(',').append(quantity).append(',')
                        .append(p.price().toPlainString()).append(",USD\n");
            }
            String at = java.time.Instant.ofEpochSecond(processed).toString();
            orderCsv.append(orderId).append(",#").append(1001 + i).append(',').append(at).append(',').append(at)
                    .append(',').append(at).append(",paid,").append(total.toPlainString()).append(",USD\n");
        }
        copy(copy, "COPY orders (id, name, created_at, updated_at, processed_at, financial_status, total_price, currency)"
                + " FROM STDIN (FORMAT csv)", orderCsv);
        copy(copy, "COPY order_line_items (id, order_id, product_id, title, sku, quantity, unit_price, currency)"
                + " FROM STDIN (FORMAT csv)", itemCsv);
    }

    /** A day 0..364, busier towards the end of the year and on weekends. */
    private int dayOfYear(Random random) {
        while (true) {
            int day = random.nextInt(365);
            double weight = 0.6 + 0.4 * day / 364.0;
            int weekday = firstDay().plusDays(day).getDayOfWeek().getValue();
            if (weekday >= 6) {
                weight *= 1.25;
            }
            if (random.nextDouble() * 1.25 < weight) {
                return day;
            }
        }
    }

    private void copyObjectives(CopyManager copy, List<DemoCatalog.Product> products) throws SQLException {
        StringBuilder csv = new StringBuilder();
        LocalDate month = lastDay.withDayOfMonth(1);
        double perDay = orders / 365.0;
        for (int m = 0; m < 3; m++) {
            LocalDate start = month.minusMonths(m);
            LocalDate end = start.plusMonths(1).minusDays(1);
            long target = Math.round(perDay * 31 * 1.1);
            objective(csv, "orders", start, end, BigDecimal.valueOf(target), null, null, "Monthly orders " + start);
            objective(csv, "revenue", start, end, BigDecimal.valueOf(target * 40), null, "IPH", "IPH revenue " + start);
        }
        objective(csv, "units", firstDay(), lastDay, BigDecimal.valueOf(Math.round(perDay * 365 * 0.2)),
                products.get(0).id(), null, "Top product units this year");
        copy(copy, "COPY objectives (metric, period_start, period_end, target, product_id, product_line, name,"
                + " created_by, updated_by) FROM STDIN (FORMAT csv)", csv);
    }

    private static void objective(StringBuilder csv, String metric, LocalDate start, LocalDate end, BigDecimal target,
            Long productId, String line, String name) {
        csv.append(metric).append(',').append(start).append(',').append(end).append(',').append(target.toPlainString())
                .append(',').append(productId == null ? "" : productId.toString()).append(',')
                .append(line == null ? "" : line).append(',').append(name).append(",demo@brand.example,demo@brand.example\n");
    }

    private void copyComboLogs(CopyManager copy, List<DemoCatalog.Product> products) throws SQLException {
        Random random = new Random(seed * 31 + 7);
        String[] types = {"SP", "CT", "NT", "UGC", "ST"};
        String[] audiences = {"WOMEN", "MEN", "ALL", "GENZ"};
        String[] statuses = {"PLANNED", "TESTING", "WINNER", "LOSER", "PAUSED", "ARCHIVED"};
        java.util.Map<String, Integer> seqs = new java.util.HashMap<>();
        StringBuilder logs = new StringBuilder();
        StringBuilder links = new StringBuilder();
        for (int i = 0; i < comboLogs; i++) {
            String type = types[random.nextInt(types.length)];
            String audience = audiences[random.nextInt(audiences.length)];
            int count = 1 + random.nextInt(3);
            List<DemoCatalog.Product> picked = new ArrayList<>();
            while (picked.size() < count) {
                DemoCatalog.Product p = products.get(random.nextInt(products.size()));
                if (!picked.contains(p)) {
                    picked.add(p);
                }
            }
            java.util.TreeSet<String> lines = new java.util.TreeSet<>();
            for (DemoCatalog.Product p : picked) {
                lines.add(p.line());
            }
            String prefix = type + "-" + String.join("+", lines) + "-" + count + "-" + audience;
            int seq = seqs.merge(prefix, 1, Integer::sum);
            long id = i + 1;
            LocalDate launch = firstDay().plusDays(random.nextInt(365));
            int spendCents = random.nextDouble() < 0.1 ? 0 : 5_000 + random.nextInt(500_000);
            long impressions = spendCents == 0 ? 0 : spendCents * (2 + random.nextInt(6)) / 10L;
            long clicks = impressions * (5 + random.nextInt(30)) / 1000;
            int purchases = (int) (clicks * random.nextInt(6) / 100);
            long revenueCents = purchases * (2_500L + random.nextInt(4_000));
            logs.append(id).append(',').append(prefix).append('-').append(String.format("%03d", seq)).append(',')
                    .append(prefix).append(',').append(seq).append(',').append(type).append(',').append(audience)
                    .append(",\"{").append(String.join(",", lines)).append("}\",").append(launch).append(',')
                    .append(statuses[random.nextInt(statuses.length)]).append(',').append(cents(spendCents)).append(',')
                    .append(impressions).append(',').append(clicks).append(',').append(purchases).append(',')
                    .append(cents(revenueCents)).append(",demo combo ").append(id)
                    .append(",demo@brand.example,demo@brand.example\n");
            for (DemoCatalog.Product p : picked) {
                links.append(id).append(',').append(p.id()).append('\n');
            }
        }
        copy(copy, "COPY combo_logs (id, identifier, prefix, seq, combo_type, audience, product_lines, launch_date,"
                + " status, spend, impressions, clicks, purchases, revenue, notes, created_by, updated_by)"
                + " FROM STDIN (FORMAT csv)", logs);
        copy(copy, "COPY combo_log_products (combo_log_id, product_id) FROM STDIN (FORMAT csv)", links);
    }

    private static String cents(long cents) {
        return BigDecimal.valueOf(cents, 2).toPlainString();
    }

    private static double[] cumulativePopularity(List<DemoCatalog.Product> products) {
        double[] out = new double[products.size()];
        double sum = 0;
        for (int i = 0; i < out.length; i++) {
            sum += products.get(i).popularity();
            out[i] = sum;
        }
        for (int i = 0; i < out.length; i++) {
            out[i] /= sum;
        }
        return out;
    }

    private static int pick(double[] cumulative, double r) {
        for (int i = 0; i < cumulative.length; i++) {
            if (r < cumulative[i]) {
                return i;
            }
        }
        return cumulative.length - 1;
    }

    private static void copy(CopyManager copy, String sql, StringBuilder csv) throws SQLException {
        if (csv == null) {
            return;
        }
        try {
            copy.copyIn(sql, new StringReader(csv.toString()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void run(Connection connection, String sql) {
        try (Statement statement = connection.createStatement()) {
            statement.execute(sql);
        } catch (SQLException e) {
            throw new IllegalStateException("demo data: " + e.getMessage(), e);
        }
    }
}
