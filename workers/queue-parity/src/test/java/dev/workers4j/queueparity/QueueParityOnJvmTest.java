package dev.workers4j.queueparity;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.workers4j.http.Request;
import dev.workers4j.queue.ContentType;
import dev.workers4j.testing.WorkerClient;
import dev.workers4j.testing.WorkerExtension;
import dev.workers4j.testing.queue.FakeQueues;
import dev.workers4j.testing.queue.QueuedMessage;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The scenarios on the JVM: the Worker's PARITY_QUEUE is a fake queue it also consumes, on a virtual clock. */
class QueueParityOnJvmTest extends QueueParityScenarios {
    private static FakeQueues queues;

    @RegisterExtension
    static final WorkerExtension WORKER = WorkerExtension.of(QueueParityWorker::new).env(env -> {
        queues = new FakeQueues();
        queues.bindProducers(env, Path.of("wrangler.toml"));
    });

    @BeforeEach
    void consumeWithTheWorkersQueueHandler() {
        queues.consumer(WORKER.harness());
    }

    @Override
    WorkerClient worker() {
        return WORKER.harness();
    }

    @Override
    void tick() {
        queues.advanceSeconds(1);
    }

    @Override
    double secondsPerTick() {
        return 1;
    }

    @Override
    boolean onMiniflare() {
        return false;
    }

    @Override
    int maxTicks() {
        return 60;
    }

    // ---- JVM only: what the inspector and the virtual clock add ----

    @Test
    void theDelayRunsOnTheVirtualClockWithTheBatchTimeout() {
        worker().fetch(Request.builder("POST", "/send?type=text&delay=2").body("d".getBytes(StandardCharsets.UTF_8)).build());
        awaitReceived(b -> b.equals("d"), 1);
        assertEquals(3.0, queues.clock().elapsedSeconds(), "2 s of delay, then max_batch_timeout = 1");
    }

    @Test
    void theInspectorSeesContentTypesAndBodies() {
        worker().fetch(Request.builder("POST", "/send?type=bytes").body(new byte[] {7, 8}).build());
        worker().fetch(Request.builder("POST", "/send?type=json").body("[1, 2]".getBytes(StandardCharsets.UTF_8)).build());
        queues.drain();
        List<QueuedMessage> sent = queues.inspector().sentTo("parity-jobs");
        assertEquals(List.of(ContentType.BYTES, ContentType.JSON), sent.stream().map(QueuedMessage::contentType).toList());
        assertEquals(2, sent.get(0).bytes().length);
        assertEquals(2, queues.inspector().acked().size());
        assertEquals(List.of(2), queues.inspector().batchSizes());
    }
}
