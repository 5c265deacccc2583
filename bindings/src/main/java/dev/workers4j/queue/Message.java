package dev.workers4j.queue;

import dev.workers4j.json.JsonCodec;

/** One queue message as a consumer receives it. */
public interface Message {
    String id();

    /** When the message was sent, in epoch milliseconds. */
    long timestampMillis();

    /** How many times it has been delivered, this delivery included (starts at 1). */
    int attempts();

    /**
     * The body as JSON text (a json or v8 message: JSON.stringify of the value, as workerd gives
     * it), or the text itself (a text message, or a json message whose value is a string). A bytes
     * message reads "{}" here, as JSON.stringify of an ArrayBuffer does: use {@link #bodyBytes()}.
     */
    String bodyText();

    /** The body's bytes when it is binary (a bytes message), else null. */
    byte[] bodyBytes();

    /** The body decoded by a codec from its JSON text. */
    <T> T body(JsonCodec<T> codec);

    /** Marks the message delivered: it is not redelivered, even if the handler throws later. */
    void ack();

    /** Asks for redelivery. */
    void retry();

    /**
     * Asks for redelivery after a delay in seconds. Not checked at call time, as workerd does not
     * check it: a negative delay redelivers at once (as miniflare does), and one over the
     * documented 86,400 is taken as given by the JVM fake.
     */
    void retry(int delaySeconds);
}
