package dev.workers4j.testing.queue;

import dev.workers4j.queue.ContentType;

/**
 * One message as a batch hands it to a consumer on the JVM.
 *
 * @param text JSON text (json, v8), the text (text), or null (bytes)
 * @param attempts the delivery count, starting at 1
 * @param bytes the body of a bytes message, else null
 */
public record Delivery(String id, long timestampMillis, int attempts, ContentType contentType, String text,
        byte[] bytes) {
    /** A text, json or v8 message. */
    public Delivery(String id, long timestampMillis, int attempts, ContentType contentType, String text) {
        this(id, timestampMillis, attempts, contentType, text, null);
    }
}
