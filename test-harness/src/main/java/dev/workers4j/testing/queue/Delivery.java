package dev.workers4j.testing.queue;

import dev.workers4j.queue.ContentType;

/**
 * One message as a batch hands it to a consumer on the JVM.
 *
 * @param text JSON text (json), the text (text), or null (bytes)
 * @param attempts the delivery count, starting at 1
 */
public record Delivery(String id, long timestampMillis, int attempts, ContentType contentType, String text) {}
