package dev.workers4j.queueparity;

import dev.workers4j.queue.Message;
import dev.workers4j.queue.MessageBatch;
import dev.workers4j.worker.Attempt;

/**
 * The queue handler's behaviour on parity-consumer and parity-defaults, chosen by each message's
 * body ("command:tag[:argument]"), so scenarios can make a handler ack, retry or throw:
 * <ul>
 * <li>{@code ack-then-throw}: ack() the message, then the handler throws;</li>
 * <li>{@code ackall-then-throw}: ackAll(), then the handler throws;</li>
 * <li>{@code ack-then-retryall}: ack() the message, then retryAll();</li>
 * <li>{@code retry-delay:T:N} / {@code retryall-delay:T:N}: on the first delivery, retry(N) or
 * retryAll(N), noting whether the call threw; later deliveries are acked;</li>
 * <li>{@code always-retry}: retry() on every delivery;</li>
 * <li>anything else: ack().</li>
 * </ul>
 */
final class ConsumerCommands {
    private ConsumerCommands() {
    }

    /** Thrown by a handler told to throw. */
    static final class Told extends RuntimeException {
        Told() {
            super("the scenario told the handler to throw");
        }
    }

    static void handle(MessageBatch batch, Received received) {
        boolean throwAfter = false;
        boolean ackAll = false;
        boolean retryAll = false;
        int size = batch.messages().size();
        for (Message m : batch.messages()) {
            int index = received.record(batch.queue(), m, size);
            String body = m.bodyText();
            String command = body.substring(0, Math.max(body.indexOf(':'), 0));
            if (command.equals("ack-then-throw")) {
                m.ack();
                throwAfter = true;
            } else if (command.equals("ackall-then-throw")) {
                ackAll = true;
                throwAfter = true;
            } else if (command.equals("ack-then-retryall")) {
                m.ack();
                retryAll = true;
            } else if (command.equals("retry-delay") && m.attempts() == 1) {
                int delay = Integer.parseInt(body.substring(body.lastIndexOf(':') + 1));
                received.note(index, outcome(Attempt.run(() -> m.retry(delay))));
            } else if (command.equals("retryall-delay") && m.attempts() == 1) {
                int delay = Integer.parseInt(body.substring(body.lastIndexOf(':') + 1));
                received.note(index, outcome(Attempt.run(() -> batch.retryAll(delay))));
            } else if (command.equals("always-retry")) {
                m.retry();
            } else {
                m.ack();
            }
        }
        if (ackAll) {
            batch.ackAll();
        }
        if (retryAll) {
            batch.retryAll();
        }
        if (throwAfter) {
            throw new Told();
        }
    }

    private static String outcome(RuntimeException thrown) {
        return thrown == null ? "accepted" : "threw " + thrown.getClass().getSimpleName() + ": " + thrown.getMessage();
    }
}
