package dev.workers4j.testing.queue;

import dev.workers4j.queue.ContentType;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * One message the fake queues hold or held: its body, and its history (every delivery's fate).
 * Read it through {@link QueueInspector}.
 */
public final class QueuedMessage {
    private final String id;
    private final ContentType contentType;
    private final String text;
    private final byte[] bytes;
    private final int sizeBytes;
    private final long timestampMillis;
    private String queue;
    private long visibleAtMillis;
    private int attempts;
    private boolean settled;
    private final List<Fate> fates = new ArrayList<>();
    private final List<String> queues = new ArrayList<>();

    QueuedMessage(String id, String queue, ContentType contentType, String text, byte[] bytes, int sizeBytes,
            long timestampMillis, long visibleAtMillis) {
        this.id = id;
        this.sizeBytes = sizeBytes;
        this.queue = queue;
        this.contentType = contentType;
        this.text = text;
        this.bytes = bytes;
        this.timestampMillis = timestampMillis;
        this.visibleAtMillis = visibleAtMillis;
        this.queues.add(queue);
    }

    public String id() {
        return id;
    }

    /** The queue it is on now (the dead-letter queue once dead-lettered). */
    public String queue() {
        return queue;
    }

    /** Every queue it has been on, in order. */
    public List<String> queues() {
        return Collections.unmodifiableList(queues);
    }

    public ContentType contentType() {
        return contentType;
    }

    /** JSON text (json, v8), the text (text), or null (bytes). */
    public String text() {
        return text;
    }

    public byte[] bytes() {
        return bytes == null ? null : bytes.clone();
    }

    /** The body's size as the limits count it (and as the backlog metrics add it up). */
    public int sizeBytes() {
        return sizeBytes;
    }

    public long timestampMillis() {
        return timestampMillis;
    }

    /** When it is (or was) next due for delivery, on the virtual clock. */
    public long visibleAtMillis() {
        return visibleAtMillis;
    }

    /** Deliveries so far on its current queue. */
    public int attempts() {
        return attempts;
    }

    public List<Fate> fates() {
        return Collections.unmodifiableList(fates);
    }

    /** The last fate, or null while it has never been delivered. */
    public Fate lastFate() {
        return fates.isEmpty() ? null : fates.get(fates.size() - 1);
    }

    /**
     * Whether it is still on a queue, waiting for (re)delivery: not acked nor dropped. A
     * dead-lettered message is pending on the dead-letter queue.
     */
    public boolean pending() {
        return !settled;
    }

    String bodyForLog() {
        return text != null ? text : bytes.length + " bytes";
    }

    int nextAttempt() {
        return ++attempts;
    }

    void record(Fate fate) {
        fates.add(fate);
        settled = fate.kind() == Fate.Kind.ACKED || fate.kind() == Fate.Kind.DROPPED;
    }

    void dueAt(long millis) {
        visibleAtMillis = millis;
    }

    void moveTo(String deadLetterQueue, long nowMillis) {
        queue = deadLetterQueue;
        queues.add(deadLetterQueue);
        attempts = 0;
        visibleAtMillis = nowMillis;
    }

    @Override
    public String toString() {
        return "QueuedMessage(" + id + " on " + queue + ", " + contentType.wireName() + " " + bodyForLog()
                + ", attempts " + attempts + ", " + fates + ")";
    }
}
