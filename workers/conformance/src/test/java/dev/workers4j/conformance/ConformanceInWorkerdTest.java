package dev.workers4j.conformance;

import dev.workers4j.testing.WorkerClient;
import dev.workers4j.testing.WorkerdServer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;

/** The scenarios against the TeaVM bundle in real workerd (built by this module's process-classes phase). */
class ConformanceInWorkerdTest extends ConformanceScenarios {
    private static WorkerdServer workerd;

    @BeforeAll
    static void startWorkerd() {
        workerd = WorkerdServer.start("workers/conformance/wrangler.toml");
    }

    @AfterAll
    static void stopWorkerd() {
        if (workerd != null) {
            workerd.close();
        }
    }

    @Override
    WorkerClient worker() {
        return workerd.worker("conformance");
    }
}
