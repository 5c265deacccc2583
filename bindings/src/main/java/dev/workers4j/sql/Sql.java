package dev.workers4j.sql;

import java.util.List;

/**
 * A session with PostgreSQL (one connection): parameterized statements, typed rows,
 * transactions and batched upserts. The same calls and the same results on both runtimes.
 *
 * <p>SQL text is written in code; values only ever bind as parameters, {@code $1}, {@code $2},
 * ... in the text (a placeholder may repeat). Parameters may be {@code null}, {@link String},
 * {@link Long}, {@link Integer}, {@link Short}, {@link Boolean}, {@link java.math.BigDecimal},
 * {@link java.math.BigInteger} or {@code byte[]}; every value goes to the server as text of
 * unspecified type, so the server types it from its context, exactly (a {@code bigint} beyond
 * 2^53 or a {@code numeric} keeps every digit). Add a cast ({@code $1::bigint}) where the
 * context does not say.
 *
 * <p>Errors are {@link SqlException}s, typed by SQLSTATE.
 */
public interface Sql extends AutoCloseable {
    /** Runs a query and returns every row. */
    List<Row> rows(String sql, Object... params);

    /** Runs a query and maps every row. */
    <T> List<T> query(String sql, RowMapper<T> mapper, Object... params);

    /** The first row mapped, or null when the query returned none. */
    <T> T first(String sql, RowMapper<T> mapper, Object... params);

    /** Runs a statement and returns its row count (rows inserted, updated, deleted or returned). */
    long execute(String sql, Object... params);

    /**
     * Runs {@code work} in a transaction: COMMIT when it returns, ROLLBACK when it throws (the
     * exception is then rethrown). Transactions do not nest.
     */
    <T> T transaction(Transaction<T> work);

    /** {@link #transaction(Transaction)} at an isolation level. */
    <T> T transaction(Isolation isolation, Transaction<T> work);

    /** Whether a transaction is open on this session. */
    boolean inTransaction();

    /**
     * Runs a batched multi-row upsert: one statement per chunk of rows (each
     * {@code INSERT ... VALUES ($1,$2),($3,$4) ... ON CONFLICT ...}), parameters bound. Several
     * chunks run in one transaction (the caller's, or one opened here). Returns the rows
     * inserted or updated.
     */
    long upsert(Upsert upsert);

    /**
     * Sets the statement timeout, in milliseconds, for the statements that follow on this
     * session (0 turns it off). A statement that runs longer is cancelled by the server and
     * throws {@link StatementTimeoutException}.
     *
     * <p>It is set transaction-locally ({@code set_config('statement_timeout', ..., true)}), so
     * it never leaks into a pooled connection: inside a transaction it applies at once; outside
     * one, each statement runs in its own short transaction that carries it.
     */
    Sql statementTimeout(long millis);

    /** Ends the session (its connection). Further calls throw IllegalStateException. */
    @Override
    void close();
}
