package dev.workers4j.testing.demo;

import dev.workers4j.testing.sql.JdbcHyperdrive;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.time.ZoneOffset;

/**
 * Loads the demo data into the database named by {@code W4J_DEMO_DATABASE_URL} (a postgres://
 * URL, from the environment so no password shows in a process list), unless it already has
 * products (someone's data: left alone). Options: {@code --orders N} (default 20,000),
 * {@code --seed N} (default 42), {@code --last-day YYYY-MM-DD} (default yesterday, UTC),
 * {@code --replace} (empty the demo tables first: for the benchmark's database).
 */
public final class DemoDataMain {
    private DemoDataMain() {
    }

    public static void main(String[] args) throws SQLException {
        int orders = 20_000;
        long seed = 42;
        LocalDate lastDay = LocalDate.now(ZoneOffset.UTC).minusDays(1);
        boolean replace = false;
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--orders" -> orders = Integer.parseInt(args[++i]);
                case "--seed" -> seed = Long.parseLong(args[++i]);
                case "--last-day" -> lastDay = LocalDate.parse(args[++i]);
                case "--replace" -> replace = true;
                default -> throw new IllegalArgumentException("unknown option " + args[i]);
            }
        }
        String url = System.getenv("W4J_DEMO_DATABASE_URL");
        if (url == null || url.isBlank()) {
            throw new IllegalArgumentException("set W4J_DEMO_DATABASE_URL to the postgres:// URL to load into");
        }
        long start = System.nanoTime();
        DemoData demo = DemoData.of(seed, orders, lastDay);
        try (Connection connection = new JdbcHyperdrive(url.trim()).jdbcConnection()) {
            if (!replace && hasProducts(connection)) {
                System.out.println("demo data: the database already has products; left as it is");
                return;
            }
            if (replace) {
                demo.reload(connection);
            } else {
                demo.load(connection);
            }
        }
        System.out.println("demo data: " + orders + " orders from " + demo.firstDay() + " to " + lastDay
                + " (seed " + seed + "), marts, objectives and combo logs loaded in "
                + (System.nanoTime() - start) / 1_000_000 + " ms");
    }

    private static boolean hasProducts(Connection connection) throws SQLException {
        try (Statement statement = connection.createStatement();
                var rows = statement.executeQuery("SELECT EXISTS (SELECT 1 FROM products)")) {
            rows.next();
            return rows.getBoolean(1);
        }
    }
}
