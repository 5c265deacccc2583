package dev.workers4j.sql;

/**
 * SQLSTATE 40001: a concurrent transaction changed what this one read or wrote. The
 * transaction rolled back; running it again from the start may succeed.
 */
public final class SerializationFailureException extends SqlException {
    public static final String SQLSTATE = "40001";

    public SerializationFailureException(String serverMessage, String detail) {
        super(SQLSTATE, serverMessage, detail, null);
    }
}
