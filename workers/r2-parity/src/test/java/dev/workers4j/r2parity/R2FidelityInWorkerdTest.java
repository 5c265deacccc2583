package dev.workers4j.r2parity;

import dev.workers4j.testing.WorkerClient;
import dev.workers4j.testing.WorkerdExtension;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The fidelity scenarios against the TeaVM bundle in real workerd, over miniflare's local R2. */
class R2FidelityInWorkerdTest extends R2FidelityScenarios {
    @RegisterExtension
    static final WorkerdExtension WORKERD = WorkerdExtension.serving("workers/r2-parity/wrangler.toml");

    @Override
    WorkerClient worker() {
        return WORKERD.worker("r2-parity");
    }

    @Override
    boolean onMiniflare() {
        return true;
    }
}
