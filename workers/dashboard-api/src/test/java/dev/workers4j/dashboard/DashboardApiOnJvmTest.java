package dev.workers4j.dashboard;

import dev.workers4j.ingest.IngestWorker;
import dev.workers4j.testing.WorkerClient;
import java.nio.file.Path;
import dev.workers4j.testing.WorkerExtension;
import org.junit.jupiter.api.extension.RegisterExtension;

class DashboardApiOnJvmTest extends DashboardApiScenarios {
    @RegisterExtension
    static final WorkerExtension API = WorkerExtension.of(DashboardApi::new)
            .service("INGEST", IngestWorker::new, Path.of("../ingest/wrangler.toml"));

    @Override
    WorkerClient api() {
        return API.harness();
    }
}
