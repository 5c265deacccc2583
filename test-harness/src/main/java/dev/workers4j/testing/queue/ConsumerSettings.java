package dev.workers4j.testing.queue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.tomlj.Toml;
import org.tomlj.TomlArray;
import org.tomlj.TomlParseResult;
import org.tomlj.TomlTable;

/**
 * One [[queues.consumers]] entry of a wrangler.toml, with the platform's defaults for what it
 * leaves out.
 *
 * @param queue the queue consumed
 * @param maxBatchSize max_batch_size (default 10, at most 100)
 * @param maxBatchTimeoutSeconds max_batch_timeout (default 5, at most 60)
 * @param maxRetries max_retries (default 3): a message is delivered at most maxRetries + 1 times
 * @param deadLetterQueue dead_letter_queue, or null (then an exhausted message is dropped)
 * @param retryDelaySeconds retry_delay (default 0): the delay of a retry that names none
 */
public record ConsumerSettings(String queue, int maxBatchSize, int maxBatchTimeoutSeconds, int maxRetries,
        String deadLetterQueue, int retryDelaySeconds) {
    public static final int DEFAULT_MAX_BATCH_SIZE = 10;
    public static final int MAX_MAX_BATCH_SIZE = 100;
    public static final int DEFAULT_MAX_BATCH_TIMEOUT_SECONDS = 5;
    public static final int DEFAULT_MAX_RETRIES = 3;

    public ConsumerSettings {
        if (maxBatchSize < 1 || maxBatchSize > MAX_MAX_BATCH_SIZE) {
            throw new IllegalArgumentException("max_batch_size of " + queue + " must be within 1.."
                    + MAX_MAX_BATCH_SIZE + ", was " + maxBatchSize);
        }
        if (maxBatchTimeoutSeconds < 0 || maxBatchTimeoutSeconds > 60) {
            throw new IllegalArgumentException("max_batch_timeout of " + queue + " must be within 0..60, was "
                    + maxBatchTimeoutSeconds);
        }
        if (maxRetries < 0 || maxRetries > 100) {
            throw new IllegalArgumentException("max_retries of " + queue + " must be within 0..100, was " + maxRetries);
        }
    }

    /** The platform's defaults. */
    public static ConsumerSettings defaults(String queue) {
        return new ConsumerSettings(queue, DEFAULT_MAX_BATCH_SIZE, DEFAULT_MAX_BATCH_TIMEOUT_SECONDS,
                DEFAULT_MAX_RETRIES, null, 0);
    }

    public ConsumerSettings withMaxBatchSize(int size) {
        return new ConsumerSettings(queue, size, maxBatchTimeoutSeconds, maxRetries, deadLetterQueue, retryDelaySeconds);
    }

    public ConsumerSettings withMaxBatchTimeout(int seconds) {
        return new ConsumerSettings(queue, maxBatchSize, seconds, maxRetries, deadLetterQueue, retryDelaySeconds);
    }

    public ConsumerSettings withMaxRetries(int retries) {
        return new ConsumerSettings(queue, maxBatchSize, maxBatchTimeoutSeconds, retries, deadLetterQueue, retryDelaySeconds);
    }

    public ConsumerSettings withDeadLetterQueue(String dlq) {
        return new ConsumerSettings(queue, maxBatchSize, maxBatchTimeoutSeconds, maxRetries, dlq, retryDelaySeconds);
    }

    public ConsumerSettings withRetryDelay(int seconds) {
        return new ConsumerSettings(queue, maxBatchSize, maxBatchTimeoutSeconds, maxRetries, deadLetterQueue, seconds);
    }

    /** Every [[queues.consumers]] of a wrangler.toml. */
    public static List<ConsumerSettings> readAll(Path wranglerToml) {
        List<ConsumerSettings> all = new ArrayList<>();
        TomlArray consumers = parse(wranglerToml).getArray("queues.consumers");
        if (consumers != null) {
            for (int i = 0; i < consumers.size(); i++) {
                TomlTable t = consumers.getTable(i);
                String queue = t.getString("queue");
                all.add(new ConsumerSettings(queue,
                        intOr(t, "max_batch_size", DEFAULT_MAX_BATCH_SIZE),
                        intOr(t, "max_batch_timeout", DEFAULT_MAX_BATCH_TIMEOUT_SECONDS),
                        intOr(t, "max_retries", DEFAULT_MAX_RETRIES),
                        t.getString("dead_letter_queue"),
                        intOr(t, "retry_delay", 0)));
            }
        }
        return all;
    }

    /** The [[queues.consumers]] entry for one queue. */
    public static ConsumerSettings read(Path wranglerToml, String queue) {
        for (ConsumerSettings settings : readAll(wranglerToml)) {
            if (settings.queue().equals(queue)) {
                return settings;
            }
        }
        throw new IllegalArgumentException(wranglerToml + " has no [[queues.consumers]] for queue " + queue);
    }

    /** [[queues.producers]]: binding name to queue name. */
    public static Map<String, String> producers(Path wranglerToml) {
        Map<String, String> producers = new LinkedHashMap<>();
        TomlArray array = parse(wranglerToml).getArray("queues.producers");
        if (array != null) {
            for (int i = 0; i < array.size(); i++) {
                TomlTable t = array.getTable(i);
                producers.put(t.getString("binding"), t.getString("queue"));
            }
        }
        return producers;
    }

    private static int intOr(TomlTable table, String key, int fallback) {
        Long value = table.getLong(key);
        return value == null ? fallback : Math.toIntExact(value);
    }

    private static TomlParseResult parse(Path path) {
        try {
            TomlParseResult toml = Toml.parse(Files.readString(path));
            if (toml.hasErrors()) {
                throw new IllegalArgumentException(path + " is not valid TOML: " + toml.errors());
            }
            return toml;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + path, e);
        }
    }
}
