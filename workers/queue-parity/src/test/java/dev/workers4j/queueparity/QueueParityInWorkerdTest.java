package dev.workers4j.queueparity;

import dev.workers4j.testing.WorkerClient;
import dev.workers4j.testing.WorkerdExtension;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The scenarios against the TeaVM bundle in real workerd, its PARITY_QUEUE one of miniflare's
 * local queues that the same Worker consumes (max_batch_timeout = 1): delivery is asynchronous,
 * so reads are polled, 100 ms apart, for at most 20 s.
 */
class QueueParityInWorkerdTest extends QueueParityScenarios {
    @RegisterExtension
    static final WorkerdExtension WORKERD = WorkerdExtension.serving("workers/queue-parity/wrangler.toml");

    @Override
    WorkerClient worker() {
        return WORKERD.worker("queue-parity");
    }

    @Override
    void tick() {
        try {
            Thread.sleep(100);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    @Override
    double secondsPerTick() {
        return 0.1;
    }

    @Override
    boolean onMiniflare() {
        return true;
    }

    @Override
    int maxTicks() {
        return 200;
    }
}
