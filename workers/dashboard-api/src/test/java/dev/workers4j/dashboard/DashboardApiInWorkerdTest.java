package dev.workers4j.dashboard;

import dev.workers4j.testing.WorkerClient;
import dev.workers4j.testing.WorkerdExtension;
import dev.workers4j.testing.sql.LocalPostgres;
import org.junit.jupiter.api.extension.RegisterExtension;

class DashboardApiInWorkerdTest extends DashboardApiScenarios {
    @RegisterExtension
    // ingest too: it is the target of dashboard-api's INGEST service binding. Both Workers'
    // HYPERDRIVE bindings point at the local PostgreSQL the JVM side uses.
    static final WorkerdExtension WORKERD = WorkerdExtension.servingWith(
            () -> LocalPostgres.get().workerdEnvironment("HYPERDRIVE"),
            "workers/dashboard-api/wrangler.toml", "workers/ingest/wrangler.toml");

    @Override
    WorkerClient api() {
        return WORKERD.worker("dashboard-api");
    }
}
