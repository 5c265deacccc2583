package dev.workers4j.queue;

import dev.workers4j.json.JsonCodec;

/** One queue message as a consumer receives it. */
public interface Message {
    String id();

    /** When the message was sent, in epoch milliseconds. */
    long timestampMillis();

    /** How many times it has been delivered, this delivery included (starts at 1). */
    int attempts();

    /** The body as JSON text (a json message), or the text itself (a text message). */
    String bodyText();

    /** The body decoded by a codec from its JSON text. */
    <T> T body(JsonCodec<T> codec);

    /** Marks the message delivered: it is not redelivered, even if the handler throws later. */
    void ack();

    /** Asks for redelivery. */
    void retry();

    /** Asks for redelivery after a delay in seconds (up to 43,200). */
    void retry(int delaySeconds);
}
