package dev.workers4j.sql;

/** Turns one result row into a value (a record, say). */
@FunctionalInterface
public interface RowMapper<T> {
    T map(Row row);
}
