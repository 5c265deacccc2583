package dev.workers4j.testing.sql;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Map;
import org.flywaydb.core.Flyway;

/**
 * The local database of tests and local runs: a real PostgreSQL, migrated by Flyway from the
 * repository's {@code db/migrations} (tests also get {@code db/test-migrations}). One per JVM,
 * started on first use.
 *
 * <p>By default an embedded PostgreSQL (zonky; PostgreSQL 17, as root it runs the server under
 * {@code unshare -U}); when the environment variable {@value #URL_ENV} holds a connection string
 * ({@code postgres://user:password@host:port/database}) that server is used instead. Tests
 * truncate tables there: give it a database of its own.
 *
 * <p>The same server is the local target of workerd's Hyperdrive binding: pass
 * {@link #workerdEnvironment(String)} to {@code WorkerdExtension.servingWith}.
 */
public final class LocalPostgres {
    /** A connection string naming the server to use instead of the embedded one. */
    public static final String URL_ENV = "W4J_DATABASE_URL";

    private static LocalPostgres instance;

    private final EmbeddedPostgres embedded;
    private final JdbcHyperdrive hyperdrive;

    private LocalPostgres(EmbeddedPostgres embedded, String connectionString) {
        this.embedded = embedded;
        this.hyperdrive = new JdbcHyperdrive(connectionString);
    }

    /**
     * The database of this JVM's tests, started on first call and migrated with the product
     * schema (db/migrations) and the test-only tables (db/test-migrations).
     */
    public static synchronized LocalPostgres get() {
        if (instance == null) {
            instance = startMigrated();
            instance.migrateTestTables();
        }
        return instance;
    }

    /** The database of a local run ({@code build/dev.sh}): the product schema only. */
    public static synchronized LocalPostgres forLocalRun() {
        if (instance == null) {
            instance = startMigrated();
        }
        return instance;
    }

    private static LocalPostgres startMigrated() {
        LocalPostgres database = start();
        database.migrate();
        Runtime.getRuntime().addShutdownHook(new Thread(database::stop, "local-postgres-stop"));
        return database;
    }

    private static LocalPostgres start() {
        String url = System.getenv(URL_ENV);
        if (url != null && !url.isBlank()) {
            return new LocalPostgres(null, url.trim());
        }
        try {
            EmbeddedPostgres embedded = EmbeddedPostgres.builder()
                    .setServerConfig("max_connections", "100")
                    .start();
            // The embedded server trusts local connections, so the password is never asked for;
            // it is there because miniflare refuses a Hyperdrive connection string without one.
            return new LocalPostgres(embedded, "postgres://postgres:postgres@127.0.0.1:" + embedded.getPort()
                    + "/postgres");
        } catch (IOException e) {
            throw new UncheckedIOException("embedded PostgreSQL did not start (as root it needs `unshare -U`;"
                    + " where that is blocked run as an unprivileged user or set " + URL_ENV + ")", e);
        }
    }

    /** Applies db/migrations (Flyway); already-applied migrations are skipped. */
    public void migrate() {
        Flyway.configure()
                .dataSource(hyperdrive.jdbcUrl(), hyperdrive.user(), hyperdrive.password())
                .locations("filesystem:" + migrations())
                .load()
                .migrate();
    }

    /**
     * Applies db/test-migrations: tables only tests use (the SQL parity scenarios'), with a
     * Flyway history of their own, so the product's migration history never names them.
     */
    public void migrateTestTables() {
        Flyway.configure()
                .dataSource(hyperdrive.jdbcUrl(), hyperdrive.user(), hyperdrive.password())
                .locations("filesystem:" + repositoryFolder("db/test-migrations"))
                .table("flyway_test_tables_history")
                .baselineOnMigrate(true)
                .baselineVersion("0")
                .load()
                .migrate();
    }

    static Path migrations() {
        return repositoryFolder("db/migrations");
    }

    private static Path repositoryFolder(String folder) {
        for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
            Path candidate = dir.resolve(folder);
            if (Files.isDirectory(candidate) && Files.exists(dir.resolve("build/workerd/serve.mjs"))) {
                return candidate;
            }
        }
        throw new IllegalStateException("no " + folder + " above " + Path.of("").toAbsolutePath());
    }

    /** {@code postgres://...}: what postgres.js, wrangler and Hyperdrive's local mode connect to. */
    public String connectionString() {
        return hyperdrive.connectionString();
    }

    /** A Hyperdrive binding over this database, for {@code FakeEnv.hyperdrive(name, ...)}. */
    public JdbcHyperdrive hyperdrive() {
        return hyperdrive;
    }

    /**
     * The environment that makes wrangler/miniflare point the Hyperdrive binding {@code binding}
     * at this database: {@code CLOUDFLARE_HYPERDRIVE_LOCAL_CONNECTION_STRING_<BINDING>}.
     */
    public Map<String, String> workerdEnvironment(String binding) {
        return Map.of("CLOUDFLARE_HYPERDRIVE_LOCAL_CONNECTION_STRING_" + binding, connectionString());
    }

    /** Empties tables (test set-up). Names are code constants, checked as plain identifiers. */
    public void truncate(String... tables) {
        StringBuilder sql = new StringBuilder("TRUNCATE ");
        for (int i = 0; i < tables.length; i++) {
            if (!tables[i].matches("[a-z_][a-z0-9_]*")) {
                throw new IllegalArgumentException("not a plain table name: " + tables[i]);
            }
            sql.append(i == 0 ? "" : ", ").append('"').append(tables[i]).append('"');
        }
        execute(sql.append(" RESTART IDENTITY").toString());
    }

    /** Runs fixed SQL through JDBC (test set-up). */
    public void execute(String sql) {
        try (Connection connection = hyperdrive.jdbcConnection(); Statement statement = connection.createStatement()) {
            statement.execute(sql);
        } catch (SQLException e) {
            throw JdbcSession.translate(e);
        }
    }

    private void stop() {
        if (embedded != null) {
            try {
                embedded.close();
            } catch (IOException e) {
                // the JVM is going away; nothing to do
            }
        }
    }
}
