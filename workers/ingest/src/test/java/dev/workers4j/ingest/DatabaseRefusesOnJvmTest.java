package dev.workers4j.ingest;

import dev.workers4j.testing.WorkerClient;
import dev.workers4j.testing.WorkerExtension;
import dev.workers4j.testing.sql.JdbcHyperdrive;
import dev.workers4j.testing.sql.RefusingPostgres;
import dev.workers4j.testing.sql.UnreachableDatabase;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.extension.RegisterExtension;

class DatabaseRefusesOnJvmTest extends DatabaseDownScenarios {
    static final RefusingPostgres DATABASE = RefusingPostgres.start();

    @RegisterExtension
    static final WorkerExtension WORKER = WorkerExtension.of(IngestWorker::new)
            .env(env -> env.hyperdrive("HYPERDRIVE",
                    new JdbcHyperdrive(DATABASE.connectionString(UnreachableDatabase.PASSWORD))));

    @AfterAll
    static void stopDatabase() {
        DATABASE.close();
    }

    @Override
    WorkerClient ingest() {
        return WORKER.harness();
    }
}
