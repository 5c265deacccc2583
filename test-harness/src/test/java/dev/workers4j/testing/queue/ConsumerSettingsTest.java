package dev.workers4j.testing.queue;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ConsumerSettingsTest {
    @TempDir
    Path dir;

    @Test
    void readsConsumersWithDefaultsAndProducers() throws IOException {
        Path toml = dir.resolve("wrangler.toml");
        Files.writeString(toml, """
                name = "w"
                [[queues.producers]]
                binding = "JOBS"
                queue = "jobs"

                [[queues.consumers]]
                queue = "jobs"
                max_batch_size = 25
                max_batch_timeout = 2
                max_retries = 5
                dead_letter_queue = "jobs-dlq"
                retry_delay = 7

                [[queues.consumers]]
                queue = "other"
                """);
        assertEquals(List.of(new ConsumerSettings("jobs", 25, 2, 5, "jobs-dlq", 7),
                ConsumerSettings.defaults("other")), ConsumerSettings.readAll(toml));
        assertEquals(new ConsumerSettings("other", 10, 5, 3, null, 0), ConsumerSettings.read(toml, "other"));
        assertEquals(Map.of("JOBS", "jobs"), ConsumerSettings.producers(toml));
    }

    @Test
    void refusesABatchSizeOverOneHundred() {
        assertThrows(IllegalArgumentException.class, () -> ConsumerSettings.defaults("q").withMaxBatchSize(101));
    }

    @Test
    void readsTheIngestWorkersConsumer() {
        ConsumerSettings ingest = ConsumerSettings.read(Path.of("../workers/ingest/wrangler.toml"), "ingest-queue");
        assertEquals(new ConsumerSettings("ingest-queue", 10, 5, 3, "ingest-queue-dlq", 0), ingest);
    }
}
