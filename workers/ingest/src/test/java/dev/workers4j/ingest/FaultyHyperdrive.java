package dev.workers4j.ingest;

import dev.workers4j.sql.Hyperdrive;
import dev.workers4j.sql.Isolation;
import dev.workers4j.sql.RowMapper;
import dev.workers4j.sql.Row;
import dev.workers4j.sql.Sql;
import dev.workers4j.sql.SqlException;
import dev.workers4j.sql.Transaction;
import dev.workers4j.sql.Upsert;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;

/**
 * A Hyperdrive whose sessions fail once, at the Nth statement of the test (counting every query,
 * execute and upsert, inside transactions too): the invocation dies there, as when a Worker is
 * killed, a connection drops or a transaction times out.
 */
final class FaultyHyperdrive implements Hyperdrive {
    private final Hyperdrive real;
    private final AtomicInteger statements = new AtomicInteger();
    private volatile int failAt = -1;
    private volatile Supplier<SqlException> failure;

    FaultyHyperdrive(Hyperdrive real) {
        this.real = real;
    }

    /** The {@code n}th statement from now (1 = the next) throws {@code failure} instead of running. */
    void failAt(int n, Supplier<SqlException> failure) {
        this.failure = failure;
        this.failAt = statements.get() + n;
    }

    int statements() {
        return statements.get();
    }

    @Override
    public String connectionString() {
        return real.connectionString();
    }

    @Override
    public String host() {
        return real.host();
    }

    @Override
    public int port() {
        return real.port();
    }

    @Override
    public String user() {
        return real.user();
    }

    @Override
    public String password() {
        return real.password();
    }

    @Override
    public String database() {
        return real.database();
    }

    @Override
    public Sql connect() {
        return new Counting(real.connect());
    }

    private void tick() {
        if (statements.incrementAndGet() == failAt) {
            throw failure.get();
        }
    }

    private final class Counting implements Sql {
        private final Sql sql;

        Counting(Sql sql) {
            this.sql = sql;
        }

        @Override
        public List<Row> rows(String query, Object... params) {
            tick();
            return sql.rows(query, params);
        }

        @Override
        public <T> List<T> query(String query, RowMapper<T> mapper, Object... params) {
            tick();
            return sql.query(query, mapper, params);
        }

        @Override
        public <T> T first(String query, RowMapper<T> mapper, Object... params) {
            tick();
            return sql.first(query, mapper, params);
        }

        @Override
        public long execute(String query, Object... params) {
            tick();
            return sql.execute(query, params);
        }

        @Override
        public <T> T transaction(Transaction<T> work) {
            return sql.transaction(tx -> work.run(new Counting(tx)));
        }

        @Override
        public <T> T transaction(Isolation isolation, Transaction<T> work) {
            return sql.transaction(isolation, tx -> work.run(new Counting(tx)));
        }

        @Override
        public boolean inTransaction() {
            return sql.inTransaction();
        }

        @Override
        public long upsert(Upsert upsert) {
            tick();
            return sql.upsert(upsert);
        }

        @Override
        public Sql statementTimeout(long millis) {
            sql.statementTimeout(millis);
            return this;
        }

        @Override
        public void close() {
            sql.close();
        }
    }
}
