package dev.workers4j.sqlparity;

import dev.workers4j.testing.WorkerClient;
import dev.workers4j.testing.WorkerExtension;
import dev.workers4j.testing.sql.LocalPostgres;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The SQL scenarios on the JVM: JDBC sessions against the local PostgreSQL. */
class SqlParityOnJvmTest extends SqlParityScenarios {
    @RegisterExtension
    static final WorkerExtension WORKER = WorkerExtension.of(SqlParityWorker::new)
            .env(env -> env.hyperdrive("HYPERDRIVE", LocalPostgres.get().hyperdrive()));

    @Override
    WorkerClient worker() {
        return WORKER.harness();
    }

    @Override
    String runtime() {
        return "JVM (pgjdbc)";
    }
}
