package dev.workers4j.worker;

import dev.workers4j.env.Env;
import dev.workers4j.http.Request;
import dev.workers4j.http.Response;
import dev.workers4j.queue.MessageBatch;
import dev.workers4j.scheduled.ScheduledEvent;

/**
 * A Worker's entry points, as workerd calls them. The same instance runs compiled by TeaVM in
 * workerd (each call in its own green thread, binding calls suspending it) and on the JVM under
 * the test harness. Override the handlers the Worker has; the others refuse.
 */
public interface Worker {
    default Response fetch(Request request, Env env, ExecutionContext ctx) {
        throw new UnsupportedOperationException("this Worker has no fetch handler");
    }

    /**
     * Handles a batch. A message acked here is never redelivered, even if this method throws
     * afterwards; an exception retries every message not acked or retried explicitly.
     */
    default void queue(MessageBatch batch, Env env, ExecutionContext ctx) {
        throw new UnsupportedOperationException("this Worker has no queue handler");
    }

    default void scheduled(ScheduledEvent event, Env env, ExecutionContext ctx) {
        throw new UnsupportedOperationException("this Worker has no scheduled handler");
    }
}
