package dev.workers4j.sql;

/**
 * SQLSTATE 57014 (query_canceled): the statement ran past its statement timeout (see
 * {@link Sql#statementTimeout(long)}) or was cancelled.
 */
public final class StatementTimeoutException extends SqlException {
    public static final String SQLSTATE = "57014";

    public StatementTimeoutException(String serverMessage, String detail) {
        super(SQLSTATE, serverMessage, detail, null);
    }
}
