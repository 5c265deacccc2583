package dev.workers4j.queue;

import java.util.List;

/** A batch of messages delivered to a queue consumer. */
public interface MessageBatch {
    /** The name of the queue the batch came from. */
    String queue();

    List<Message> messages();

    /** Acks every message of the batch: none is redelivered. */
    void ackAll();

    /** Redelivers every message of the batch (each counts an attempt). */
    void retryAll();

    /** Redelivers every message after a delay in seconds, not checked at call time (see {@link Message#retry(int)}). */
    void retryAll(int delaySeconds);
}
