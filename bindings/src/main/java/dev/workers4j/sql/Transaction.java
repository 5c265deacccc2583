package dev.workers4j.sql;

/**
 * The work of one transaction: it commits when this returns and rolls back when it throws.
 * {@code tx} is the same session, in the transaction.
 */
@FunctionalInterface
public interface Transaction<T> {
    T run(Sql tx);
}
