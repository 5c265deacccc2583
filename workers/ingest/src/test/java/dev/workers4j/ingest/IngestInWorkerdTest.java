package dev.workers4j.ingest;

import dev.workers4j.testing.WorkerClient;
import dev.workers4j.testing.WorkerdExtension;
import dev.workers4j.testing.sql.LocalPostgres;
import org.junit.jupiter.api.extension.RegisterExtension;

class IngestInWorkerdTest extends IngestScenarios {
    @RegisterExtension
    // HYPERDRIVE points at the local PostgreSQL the JVM side uses.
    static final WorkerdExtension WORKERD = WorkerdExtension.servingWith(
            () -> LocalPostgres.get().workerdEnvironment("HYPERDRIVE"), "workers/ingest/wrangler.toml");

    @Override
    WorkerClient ingest() {
        return WORKERD.worker("ingest");
    }
}
