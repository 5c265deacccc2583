package dev.workers4j.sql;

/**
 * A database error, the same on both runtimes: the SQLSTATE the server sent (null for a
 * client-side error such as a lost connection), the server's primary message, and its detail
 * and constraint when it gave them. The message never includes the detail, which may quote
 * row values: read {@link #detail()} where that is safe.
 *
 * <p>Typed subclasses: {@link UniqueViolationException} (23505),
 * {@link SerializationFailureException} (40001), {@link StatementTimeoutException} (57014).
 * Errors are told apart with {@code instanceof} (in TeaVM a class name may be unavailable).
 */
public class SqlException extends RuntimeException {
    private final String sqlState;
    private final String serverMessage;
    private final String detail;
    private final String constraint;

    public SqlException(String sqlState, String serverMessage, String detail, String constraint) {
        super(format(sqlState, serverMessage));
        this.sqlState = sqlState;
        this.serverMessage = serverMessage;
        this.detail = detail;
        this.constraint = constraint;
    }

    /** The typed exception for this SQLSTATE. */
    public static SqlException of(String sqlState, String serverMessage, String detail, String constraint) {
        if (sqlState != null) {
            switch (sqlState) {
                case UniqueViolationException.SQLSTATE:
                    return new UniqueViolationException(serverMessage, detail, constraint);
                case SerializationFailureException.SQLSTATE:
                    return new SerializationFailureException(serverMessage, detail);
                case StatementTimeoutException.SQLSTATE:
                    return new StatementTimeoutException(serverMessage, detail);
                default:
                    break;
            }
        }
        return new SqlException(sqlState, serverMessage, detail, constraint);
    }

    private static String format(String sqlState, String message) {
        String text = message == null || message.isEmpty() ? "database error" : message;
        return sqlState == null ? text : text + " (SQLSTATE " + sqlState + ")";
    }

    /** The five-character SQLSTATE, or null when the error did not come from the server. */
    public String sqlState() {
        return sqlState;
    }

    /** The server's primary message, without the SQLSTATE suffix. */
    public String serverMessage() {
        return serverMessage;
    }

    /** The server's detail line (may quote values), or null. */
    public String detail() {
        return detail;
    }

    /** The violated constraint's name, or null. */
    public String constraint() {
        return constraint;
    }

    /** Whether running the whole transaction again may succeed (serialization failure, deadlock). */
    public boolean retryable() {
        return "40001".equals(sqlState) || "40P01".equals(sqlState);
    }
}
