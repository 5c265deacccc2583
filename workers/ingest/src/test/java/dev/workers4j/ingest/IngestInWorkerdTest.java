package dev.workers4j.ingest;

import dev.workers4j.testing.WorkerClient;
import dev.workers4j.testing.WorkerdExtension;
import org.junit.jupiter.api.extension.RegisterExtension;

class IngestInWorkerdTest extends IngestScenarios {
    @RegisterExtension
    static final WorkerdExtension WORKERD = WorkerdExtension.serving("workers/ingest/wrangler.toml");

    @Override
    WorkerClient ingest() {
        return WORKERD.worker("ingest");
    }
}
