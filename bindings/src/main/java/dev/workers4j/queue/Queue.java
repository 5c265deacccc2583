package dev.workers4j.queue;

import dev.workers4j.json.JsonCodec;
import java.util.List;

/**
 * A queue producer binding ([[queues.producers]] in wrangler.toml), from
 * {@code env.queue("INGEST_QUEUE")}. Sends block (suspend, in workerd) until the platform has
 * accepted the message. Limits ({@link QueueLimits}) are checked before anything is sent and
 * broken ones throw {@link QueueLimitException}; a batch is all or nothing.
 */
public interface Queue {
    /** Sends one message; answers the queue's backlog as the platform reports it (null when it reports none). */
    QueueSendMetrics send(OutgoingMessage message);

    /**
     * Sends a batch of 1..100 messages. {@code delaySeconds} applies to every message that has
     * no delay of its own.
     */
    QueueSendMetrics sendBatch(List<OutgoingMessage> messages, int delaySeconds);

    /** Sends a batch of 1..100 messages, each with its own delay or none. */
    QueueSendMetrics sendBatch(List<OutgoingMessage> messages);

    /** Sends a json message encoded by a codec. */
    default <T> QueueSendMetrics send(JsonCodec<T> codec, T value) {
        return send(OutgoingMessage.json(codec, value));
    }

    /** Sends a json message given as JSON text. */
    default QueueSendMetrics sendJson(String json) {
        return send(OutgoingMessage.jsonText(json));
    }

    /** Sends a text message. */
    default QueueSendMetrics sendText(String text) {
        return send(OutgoingMessage.text(text));
    }

    /** Sends a bytes message. */
    default QueueSendMetrics sendBytes(byte[] bytes) {
        return send(OutgoingMessage.bytes(bytes));
    }
}
