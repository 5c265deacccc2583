package dev.workers4j.sql;

import java.util.ArrayList;
import java.util.List;

/**
 * The runtime-independent part of a {@link Sql} session: parameter checks and conversion,
 * rows, transactions, statement timeouts and upserts. A driver (postgres.js in workerd, JDBC
 * on the JVM) supplies only {@link #run} and {@link #end}, so both runtimes share every rule.
 */
public abstract class SqlSession implements Sql {
    private static final String[] NO_PARAMS = new String[0];

    private boolean inTransaction;
    private boolean closed;
    private long timeoutMillis;

    /**
     * Runs one statement with its parameters as text (null = SQL NULL), in the session's
     * connection, and maps a database error to {@link SqlException#of}.
     */
    protected abstract RawResult run(String sql, String[] params);

    /** Closes the connection. */
    protected abstract void end();

    @Override
    public List<Row> rows(String sql, Object... params) {
        RawResult result = statement(sql, params);
        List<Row> rows = new ArrayList<>(result.rows.size());
        for (String[] values : result.rows) {
            rows.add(new Row(result.columns, result.types, values));
        }
        return rows;
    }

    @Override
    public <T> List<T> query(String sql, RowMapper<T> mapper, Object... params) {
        RawResult result = statement(sql, params);
        List<T> out = new ArrayList<>(result.rows.size());
        for (String[] values : result.rows) {
            out.add(mapper.map(new Row(result.columns, result.types, values)));
        }
        return out;
    }

    @Override
    public <T> T first(String sql, RowMapper<T> mapper, Object... params) {
        RawResult result = statement(sql, params);
        return result.rows.isEmpty() ? null : mapper.map(new Row(result.columns, result.types, result.rows.get(0)));
    }

    @Override
    public long execute(String sql, Object... params) {
        return statement(sql, params).count;
    }

    @Override
    public <T> T transaction(Transaction<T> work) {
        return transaction(null, work);
    }

    @Override
    public <T> T transaction(Isolation isolation, Transaction<T> work) {
        open();
        if (inTransaction) {
            throw new IllegalStateException("a transaction is already open on this session (they do not nest)");
        }
        run(isolation == null ? "BEGIN" : "BEGIN ISOLATION LEVEL " + isolation.sql(), NO_PARAMS);
        inTransaction = true;
        T result;
        try {
            if (timeoutMillis > 0) {
                applyTimeout();
            }
            result = work.run(this);
        } catch (RuntimeException | Error failure) {
            inTransaction = false;
            rollbackAfter(failure);
            throw failure;
        }
        inTransaction = false;
        run("COMMIT", NO_PARAMS);
        return result;
    }

    @Override
    public boolean inTransaction() {
        return inTransaction;
    }

    @Override
    public long upsert(Upsert upsert) {
        List<Upsert.Statement> statements = upsert.statements();
        if (statements.size() > 1 && !inTransaction) {
            return transaction(tx -> runAll(statements));
        }
        return runAll(statements);
    }

    private long runAll(List<Upsert.Statement> statements) {
        long count = 0;
        for (Upsert.Statement statement : statements) {
            count += statement(statement.sql(), statement.params()).count;
        }
        return count;
    }

    @Override
    public Sql statementTimeout(long millis) {
        if (millis < 0) {
            throw new IllegalArgumentException("statement timeout must be >= 0 ms: " + millis);
        }
        open();
        timeoutMillis = millis;
        if (inTransaction) {
            applyTimeout();
        }
        return this;
    }

    @Override
    public void close() {
        if (!closed) {
            closed = true;
            end();
        }
    }

    private RawResult statement(String sql, Object[] params) {
        open();
        Placeholders.parse(sql).check(params == null ? 0 : params.length);
        String[] text = PgText.params(params);
        if (inTransaction || timeoutMillis <= 0) {
            return run(sql, text);
        }
        // A timeout outside a transaction: a short transaction carries it (pooler-safe).
        run("BEGIN", NO_PARAMS);
        RawResult result;
        try {
            applyTimeout();
            result = run(sql, text);
        } catch (RuntimeException | Error failure) {
            rollbackAfter(failure);
            throw failure;
        }
        run("COMMIT", NO_PARAMS);
        return result;
    }

    private void applyTimeout() {
        run("SELECT set_config('statement_timeout', $1, true)", new String[] {Long.toString(timeoutMillis)});
    }

    private void rollbackAfter(Throwable failure) {
        try {
            run("ROLLBACK", NO_PARAMS);
        } catch (RuntimeException rollbackFailure) {
            failure.addSuppressed(rollbackFailure);
        }
    }

    private void open() {
        if (closed) {
            throw new IllegalStateException("this SQL session is closed");
        }
    }
}
