package dev.workers4j.testing;

import dev.workers4j.http.Request;
import dev.workers4j.http.Response;
import java.util.List;

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
}
