package dev.workers4j.r2parity;

import dev.workers4j.testing.WorkerClient;
import dev.workers4j.testing.WorkerExtension;
import dev.workers4j.testing.r2.InMemoryR2Bucket;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The fidelity scenarios on the JVM: the in-memory fake bucket, a fresh one per test. */
class R2FidelityOnJvmTest extends R2FidelityScenarios {
    @RegisterExtension
    static final WorkerExtension WORKER = WorkerExtension.of(R2ParityWorker::new)
            .env(env -> env.r2("BUCKET", new InMemoryR2Bucket()));

    @Override
    WorkerClient worker() {
        return WORKER.harness();
    }

    @Override
    boolean onMiniflare() {
        return false;
    }
}
