package dev.workers4j.sql;

/**
 * A Hyperdrive binding ([[hyperdrive]] in wrangler.toml): the connection details of the
 * database behind it, and {@link #connect()} for a {@link Sql} session over it.
 *
 * <p>In workerd the session drives the npm {@code postgres} driver over
 * {@link #connectionString()}; on the JVM (tests, local runs) it drives JDBC against a real
 * PostgreSQL. Open one session per invocation and close it before the invocation ends:
 * <pre>{@code
 * try (Sql sql = env.hyperdrive("HYPERDRIVE").connect()) {
 *     long n = sql.execute("UPDATE t SET x = $1 WHERE id = $2", x, id);
 * }
 * }</pre>
 */
public interface Hyperdrive {
    /** {@code postgres://user:password@host:port/database}, what a driver connects to. */
    String connectionString();

    String host();

    int port();

    String user();

    String password();

    String database();

    /** Opens a session (one database connection). Close it when done. */
    Sql connect();
}
