package dev.workers4j.conformance;

import dev.workers4j.testing.WorkerClient;
import dev.workers4j.testing.WorkerdExtension;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The scenarios against the TeaVM bundle in real workerd (built by this module's process-classes phase). */
class ConformanceInWorkerdTest extends ConformanceScenarios {
    @RegisterExtension
    static final WorkerdExtension WORKERD = WorkerdExtension.serving("workers/conformance/wrangler.toml");

    @Override
    WorkerClient worker() {
        return WORKERD.worker("conformance");
    }

    /** The bundle is TeaVM 0.15 in strict mode (workers/pom.xml). */
    @Override
    boolean strictCatchMiscompiled() {
        return true;
    }
}
