package dev.workers4j.testing.queue;

import dev.workers4j.queue.OutgoingMessage;
import dev.workers4j.queue.Queue;
import dev.workers4j.queue.QueueSendMetrics;
import java.util.List;

/**
 * A producer that sends every message twice, as a queue that delivers at least once may: bind it
 * in place of the real one ({@code env.queue(NAME, new SendingTwiceQueue(env.queue(NAME)))}) to
 * show a consumer is idempotent.
 */
public final class SendingTwiceQueue implements Queue {
    private final Queue real;

    public SendingTwiceQueue(Queue real) {
        this.real = real;
    }

    @Override
    public QueueSendMetrics send(OutgoingMessage message) {
        real.send(message);
        return real.send(message);
    }

    @Override
    public QueueSendMetrics sendBatch(List<OutgoingMessage> messages, int delaySeconds) {
        real.sendBatch(messages, delaySeconds);
        return real.sendBatch(messages, delaySeconds);
    }

    @Override
    public QueueSendMetrics sendBatch(List<OutgoingMessage> messages) {
        real.sendBatch(messages);
        return real.sendBatch(messages);
    }
}
