package dev.workers4j.dashboard;

import dev.workers4j.testing.demo.DemoData;
import dev.workers4j.testing.sql.LocalPostgres;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;

/**
 * The demo data set the feature scenarios read, loaded once per test JVM (small: 3,000 orders over
 * the year ending 2025-06-30), and exact answers computed from its raw orders with JDBC.
 */
final class DemoFixture {
    static final LocalDate LAST_DAY = LocalDate.of(2025, 6, 30);
    static final DemoData DEMO = DemoData.of(7, 3_000, LAST_DAY).comboLogs(450);
    private static boolean loaded;

    private DemoFixture() {
    }

    static synchronized void load() {
        if (!loaded) {
            try (Connection connection = LocalPostgres.get().hyperdrive().jdbcConnection()) {
                DEMO.reload(connection);
            } catch (SQLException e) {
                throw new IllegalStateException(e);
            }
            loaded = true;
        }
    }

    /** One value of a fixed query. */
    static String scalar(String sql) {
        try (Connection connection = LocalPostgres.get().hyperdrive().jdbcConnection();
                Statement statement = connection.createStatement(); ResultSet rows = statement.executeQuery(sql)) {
            rows.next();
            return rows.getString(1);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}
