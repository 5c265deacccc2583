package dev.workers4j.sql;

import java.util.List;

/**
 * Whether the database behind a Hyperdrive binding answers: one session, {@code SELECT 1}, the
 * time it took. For health routes:
 * <pre>{@code
 * DatabaseCheck check = DatabaseCheck.run(env.database());
 * if (!check.ok()) { ... 503 with check.problem() ... }
 * }</pre>
 *
 * <p>{@link #problem()} says what went wrong in words safe to show: the server's message and
 * SQLSTATE, or the driver's for a connection that failed. It never holds the connection string:
 * a message that contains a URL or quotes the binding's password is replaced by a generic one.
 */
public final class DatabaseCheck {
    private final boolean ok;
    private final int latencyMillis;
    private final String problem;

    private DatabaseCheck(boolean ok, int latencyMillis, String problem) {
        this.ok = ok;
        this.latencyMillis = latencyMillis;
        this.problem = problem;
    }

    /** Opens a session, runs {@code SELECT 1}, closes it. SQL errors become a failed check; nothing throws them. */
    // No try-with-resources and no variable shared between a try block and its catch: each catch
    // reads only its exception and values from before the try (TeaVM 0.15 strict mode has
    // mis-compiled handlers that read a variable assigned after a suspending call in the try; see
    // workers/sql-parity/pom.xml).
    public static DatabaseCheck run(Hyperdrive database) {
        long start = System.currentTimeMillis();
        Sql sql;
        try {
            sql = database.connect();
        } catch (SqlException e) {
            return failed(start, describe(e, database));
        }
        String problem = selectOne(sql, database);
        int latency = elapsed(start);
        closeQuietly(sql);
        return new DatabaseCheck(problem == null, latency, problem);
    }

    private static DatabaseCheck failed(long start, String problem) {
        return new DatabaseCheck(false, elapsed(start), problem);
    }

    private static int elapsed(long start) {
        return (int) (System.currentTimeMillis() - start);
    }

    /** Whether the database answered {@code SELECT 1} with its one row. */
    public boolean ok() {
        return ok;
    }

    /** Milliseconds from opening the session to the answer (or the failure); closing it is not counted. */
    public int latencyMillis() {
        return latencyMillis;
    }

    /** Why the check failed, safe to show; null when it passed. */
    public String problem() {
        return problem;
    }

    private static String selectOne(Sql sql, Hyperdrive database) {
        try {
            List<Row> rows = sql.rows("SELECT 1 AS ok");
            return rows.size() == 1 && rows.get(0).getInt("ok") == 1 ? null
                    : "SELECT 1 answered " + rows.size() + " rows";
        } catch (SqlException e) {
            return describe(e, database);
        }
    }

    private static void closeQuietly(Sql sql) {
        try {
            sql.close();
        } catch (SqlException e) {
            // the answer is in; a failed goodbye does not change it
        }
    }

    private static String describe(SqlException e, Hyperdrive database) {
        String message = e.serverMessage() == null || e.serverMessage().isEmpty() ? "no message" : e.serverMessage();
        if (leaks(message, database)) {
            message = "the driver's message is withheld (it quotes connection details)";
        }
        return e.sqlState() == null ? "no connection: " + message
                : "the server refused: " + message + " (SQLSTATE " + e.sqlState() + ")";
    }

    private static boolean leaks(String message, Hyperdrive database) {
        if (message.contains("://")) {
            return true;
        }
        // A real password is long; a short local one ("postgres") would hide every message naming
        // the user or database of the same name.
        String password = safePassword(database);
        return password != null && password.length() >= 8 && message.contains(password);
    }

    private static String safePassword(Hyperdrive database) {
        try {
            return database.password();
        } catch (RuntimeException e) {
            return null;
        }
    }
}
