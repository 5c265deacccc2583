package dev.workers4j.conformance;

import dev.workers4j.testing.WorkerClient;
import dev.workers4j.testing.WorkerExtension;
import org.junit.jupiter.api.extension.RegisterExtension;

class JsonRoundTripOnJvmTest extends JsonRoundTripScenarios {
    @RegisterExtension
    static final WorkerExtension WORKER = WorkerExtension.of(() -> new ConformanceWorker(new JvmRuntimeProbe()));

    @Override
    WorkerClient worker() {
        return WORKER.harness();
    }
}
