package dev.workers4j.testing;

import dev.workers4j.http.Request;
import dev.workers4j.http.Response;
import java.util.List;
import java.util.function.Predicate;

/**
 * One Worker as a test drives it: the same calls on the JVM ({@link WorkerHarness}) and in real
 * workerd ({@link WorkerdServer}), so one list of assertions checks both.
 */
public interface WorkerClient {
    /** Sends a request to the Worker's fetch handler. Origin-relative URLs get http://localhost. */
    Response fetch(Request request);

    /** Delivers one batch to the Worker's queue handler and reports what it did with each message. */
    QueueOutcome queue(String queueName, List<TestMessage> messages);

    /** Fires the Worker's scheduled handler for a cron expression. */
    ScheduledOutcome scheduled(String cron);

    /** The log lines the Worker has written so far (console output in workerd). */
    List<String> logs();

    /**
     * An object of one of the Worker's R2 buckets as the test sees it, outside the Worker: its
     * bytes, or null when there is no such key (the in-memory bucket on the JVM, miniflare's
     * local bucket in workerd).
     */
    byte[] storedObject(String bucketBinding, String key);

    /**
     * Puts an object into one of the Worker's R2 buckets, as another Worker sharing the bucket
     * would (a file a job reads).
     */
    void storeObject(String bucketBinding, String key, byte[] value);

    /** The keys in one of the Worker's R2 buckets that start with the prefix, in key order. */
    List<String> storedKeys(String bucketBinding, String prefix);

    /**
     * Whether a log line matching the predicate appears within a few seconds. workerd's console
     * output reaches the test from another process, possibly after the call that wrote it has
     * returned; on the JVM the answer is immediate.
     */
    default boolean awaitLog(Predicate<String> line) {
        long deadline = System.nanoTime() + LOG_WAIT_NANOS;
        while (true) {
            if (logs().stream().anyMatch(line)) {
                return true;
            }
            if (System.nanoTime() > deadline) {
                return false;
            }
            try {
                Thread.sleep(20);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return false;
            }
        }
    }

    /**
     * Lets the messages the Workers have queued reach their consumers, then checks
     * {@code assertion}. On the JVM the fake queues drain on their virtual clock (delays and
     * retries cost no real time) and the assertion runs once. In workerd miniflare delivers on
     * its own schedule (up to a consumer's max_batch_timeout), so the assertion is retried every
     * 100 ms until it passes or {@link #DELIVERY_WAIT_NANOS} have gone by; then its last failure is thrown.
     */
    default void awaitDelivered(Runnable assertion) {
        long deadline = System.nanoTime() + DELIVERY_WAIT_NANOS;
        while (true) {
            try {
                assertion.run();
                return;
            } catch (AssertionError notYet) {
                if (System.nanoTime() > deadline) {
                    throw notYet;
                }
            }
            try {
                Thread.sleep(100);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
    }

    /** How long {@link #awaitDelivered} retries in workerd. */
    long DELIVERY_WAIT_NANOS = 30_000_000_000L;

    /** How long {@link #awaitLog} waits. */
    long LOG_WAIT_NANOS = 5_000_000_000L;
}
