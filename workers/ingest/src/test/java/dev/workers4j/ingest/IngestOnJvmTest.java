package dev.workers4j.ingest;

import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.workers4j.testing.WorkerClient;
import dev.workers4j.testing.WorkerExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class IngestOnJvmTest extends IngestScenarios {
    @RegisterExtension
    static final WorkerExtension INGEST = WorkerExtension.of(IngestWorker::new);

    @Override
    WorkerClient ingest() {
        return INGEST.harness();
    }

    @Test
    void theHarnessRefusesACronThatWranglerTomlDoesNotDeclare() {
        assertThrows(IllegalArgumentException.class, () -> INGEST.harness().scheduled("0 7 * * *"));
    }
}
