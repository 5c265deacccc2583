package dev.workers4j.sql;

/** SQLSTATE 23505: an insert or update would duplicate a unique key. */
public final class UniqueViolationException extends SqlException {
    public static final String SQLSTATE = "23505";

    public UniqueViolationException(String serverMessage, String detail, String constraint) {
        super(SQLSTATE, serverMessage, detail, constraint);
    }
}
