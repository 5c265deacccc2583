package dev.workers4j.queue;

/**
 * The queue's backlog as the platform reports it with a send or sendBatch (workerd's
 * SendMetrics; Cloudflare's docs do not describe the values): the messages waiting for delivery
 * before this send, their bytes, and when the oldest of them was sent. Messages still delayed and
 * messages out in a batch are not waiting. Measured on miniflare 4.20260426: after a batch of
 * three text and json messages (13 bytes) on an idle queue, the next send reports 3, 13 and the
 * batch's send time.
 */
public final class QueueSendMetrics {
    private final long backlogCount;
    private final long backlogBytes;
    private final long oldestMessageTimestamp;

    /** oldestMessageTimestamp: epoch millis, or -1 when the backlog is empty. */
    public QueueSendMetrics(long backlogCount, long backlogBytes, long oldestMessageTimestamp) {
        this.backlogCount = backlogCount;
        this.backlogBytes = backlogBytes;
        this.oldestMessageTimestamp = oldestMessageTimestamp;
    }

    public long backlogCount() {
        return backlogCount;
    }

    public long backlogBytes() {
        return backlogBytes;
    }

    /** When the oldest waiting message was sent, epoch millis; -1 when none waits. */
    public long oldestMessageTimestamp() {
        return oldestMessageTimestamp;
    }

    @Override
    public String toString() {
        return "QueueSendMetrics(backlogCount=" + backlogCount + ", backlogBytes=" + backlogBytes
                + ", oldestMessageTimestamp=" + oldestMessageTimestamp + ")";
    }
}
