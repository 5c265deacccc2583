package dev.workers4j.dashboard.common;

import dev.workers4j.sql.Hyperdrive;
import dev.workers4j.sql.Sql;
import dev.workers4j.sql.Transaction;
import dev.workers4j.worker.Attempt;

/**
 * One database session around a handler's work, closed whatever happens. Not try-with-resources:
 * its generated catch reads the session variable, the shape TeaVM 0.15's strict mode has
 * mis-compiled (see Attempt); here the failure is tested outside any try.
 */
public final class Database {
    private Database() {
    }

    @SuppressWarnings("unchecked")
    public static <T> T session(Hyperdrive database, Transaction<T> work) {
        Sql sql = database.connect();
        Object[] result = new Object[1];
        RuntimeException failed = Attempt.run(() -> result[0] = work.run(sql));
        RuntimeException closeFailed = Attempt.run(sql::close);
        if (failed != null) {
            throw failed;
        }
        if (closeFailed != null) {
            throw closeFailed;
        }
        return (T) result[0];
    }
}
