package dev.workers4j.dashboard.common;

import dev.workers4j.dashboard.env.DashboardApiEnv;
import dev.workers4j.http.Context;
import dev.workers4j.sql.Sql;
import dev.workers4j.sql.Transaction;
import dev.workers4j.worker.Attempt;

/**
 * One database session around a handler's work. The session closes after the response has gone
 * (waitUntil): a polite close waits for the server to hang up, a round trip the client need not
 * wait for. Not try-with-resources: its generated catch reads the session variable, the shape
 * TeaVM 0.15's strict mode has mis-compiled (see Attempt); here the failure is tested outside any try.
 */
public final class Database {
    private Database() {
    }

    @SuppressWarnings("unchecked")
    public static <T> T session(Context<DashboardApiEnv> c, Transaction<T> work) {
        Sql sql = c.env().database().connect();
        Object[] result = new Object[1];
        RuntimeException failed = Attempt.run(() -> result[0] = work.run(sql));
        c.executionContext().waitUntil(() -> Attempt.run(sql::close));
        if (failed != null) {
            throw failed;
        }
        return (T) result[0];
    }
}
