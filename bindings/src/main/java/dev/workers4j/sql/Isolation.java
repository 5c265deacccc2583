package dev.workers4j.sql;

/** Transaction isolation levels of PostgreSQL. */
public enum Isolation {
    READ_COMMITTED("READ COMMITTED"),
    REPEATABLE_READ("REPEATABLE READ"),
    SERIALIZABLE("SERIALIZABLE");

    private final String sql;

    Isolation(String sql) {
        this.sql = sql;
    }

    /** The words after {@code ISOLATION LEVEL}. */
    public String sql() {
        return sql;
    }
}
