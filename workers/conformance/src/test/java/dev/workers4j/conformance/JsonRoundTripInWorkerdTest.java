package dev.workers4j.conformance;

import dev.workers4j.testing.WorkerClient;
import dev.workers4j.testing.WorkerdExtension;
import org.junit.jupiter.api.extension.RegisterExtension;

class JsonRoundTripInWorkerdTest extends JsonRoundTripScenarios {
    @RegisterExtension
    static final WorkerdExtension WORKERD = WorkerdExtension.serving("workers/conformance/wrangler.toml");

    @Override
    WorkerClient worker() {
        return WORKERD.worker("conformance");
    }
}
