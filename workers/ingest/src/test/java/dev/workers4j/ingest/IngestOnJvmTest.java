package dev.workers4j.ingest;

import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.workers4j.testing.WorkerExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** What only the JVM harness does: it refuses a cron wrangler.toml does not declare. */
class IngestOnJvmTest {
    @RegisterExtension
    static final WorkerExtension INGEST = WorkerExtension.of(IngestWorker::new);

    @Test
    void theHarnessRefusesACronThatWranglerTomlDoesNotDeclare() {
        assertThrows(IllegalArgumentException.class, () -> INGEST.harness().scheduled("0 7 * * *"));
    }
}
