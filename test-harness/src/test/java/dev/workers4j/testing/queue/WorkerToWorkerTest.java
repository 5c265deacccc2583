package dev.workers4j.testing.queue;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.workers4j.env.Env;
import dev.workers4j.env.MissingBindingException;
import dev.workers4j.http.Request;
import dev.workers4j.http.Response;
import dev.workers4j.queue.Message;
import dev.workers4j.queue.MessageBatch;
import dev.workers4j.testing.FakeEnv;
import dev.workers4j.testing.WorkerHarness;
import dev.workers4j.testing.WranglerConfig;
import dev.workers4j.worker.ExecutionContext;
import dev.workers4j.worker.Worker;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A producer Worker's fetch handler sends through its queue binding; the queue drains into a
 * consumer Worker's queue handler, batched as the consumer's wrangler.toml says.
 */
class WorkerToWorkerTest {
    @TempDir
    Path dir;

    /** Sends ?n= json jobs through JOBS_QUEUE. */
    static final class Api implements Worker {
        @Override
        public Response fetch(Request request, Env env, ExecutionContext ctx) {
            int n = Integer.parseInt(request.parsedUrl().query("n"));
            for (int i = 0; i < n; i++) {
                env.queue("JOBS_QUEUE").sendJson("{\"job\":" + i + "}");
            }
            return Response.text(202, "queued " + n);
        }
    }

    /** Acks even jobs; odd ones throw on their first attempt after acking what came before. */
    static final class Consumer implements Worker {
        final List<String> handled = new ArrayList<>();
        final List<Integer> batchSizes = new ArrayList<>();

        @Override
        public void queue(MessageBatch batch, Env env, ExecutionContext ctx) {
            batchSizes.add(batch.messages().size());
            for (Message m : batch.messages()) {
                handled.add(m.bodyText() + "@" + m.attempts());
                if (m.bodyText().equals("{\"job\":3}") && m.attempts() == 1) {
                    throw new IllegalStateException("job 3 fails once");
                }
                m.ack();
            }
        }
    }

    @Test
    void sendFromOneWorkerDrainIntoAnother() throws IOException {
        Path apiToml = write("api.toml", """
                name = "api"
                [[queues.producers]]
                binding = "JOBS_QUEUE"
                queue = "jobs"
                """);
        Path consumerToml = write("consumer.toml", """
                name = "consumer"
                [[queues.consumers]]
                queue = "jobs"
                max_batch_size = 4
                max_batch_timeout = 3
                dead_letter_queue = "jobs-dlq"
                """);
        FakeQueues queues = new FakeQueues();
        WorkerHarness api = new WorkerHarness(new Api(), FakeEnv.from(WranglerConfig.read(apiToml)),
                WranglerConfig.read(apiToml));
        queues.bindProducers(api.env(), apiToml);
        Consumer consumerWorker = new Consumer();
        WorkerHarness consumer = new WorkerHarness(consumerWorker, new FakeEnv(), WranglerConfig.read(consumerToml));
        queues.consumer(consumer);

        assertEquals(202, api.fetch(Request.get("/jobs?n=6")).status());
        assertEquals(6, queues.waiting("jobs").size());
        queues.drain();

        // 4 at once (full), then job 3 threw: 0..2 acked, 3 retried; 4, 5 and the retried 3 after the timeout.
        assertEquals(List.of(4, 3), consumerWorker.batchSizes);
        assertEquals(List.of("{\"job\":0}@1", "{\"job\":1}@1", "{\"job\":2}@1", "{\"job\":3}@1",
                "{\"job\":4}@1", "{\"job\":5}@1", "{\"job\":3}@2"), consumerWorker.handled);
        assertEquals(6, queues.inspector().acked().size());
        assertEquals(3.0, queues.clock().elapsedSeconds());
        assertTrue(consumer.logs().stream().anyMatch(line -> line.contains("job 3 fails once")), consumer.logs().toString());
    }

    @Test
    void aWorkerWithoutTheBindingGetsATypedError() {
        WorkerHarness api = new WorkerHarness(new Api(), new FakeEnv(), null);
        assertThrows(MissingBindingException.class, () -> api.fetch(Request.get("/jobs?n=1")));
    }

    private Path write(String name, String text) throws IOException {
        Path path = dir.resolve(name);
        Files.writeString(path, text);
        return path;
    }
}
