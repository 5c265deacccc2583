package dev.workers4j.queue;

/**
 * A send the platform would refuse, refused in Java before anything is sent: a message or batch
 * over the size limits, a batch with too many messages, or a delay out of range. Nothing of the
 * message (or of any message of the batch) has been sent.
 */
public final class QueueLimitException extends IllegalArgumentException {
    /** Which limit was broken. */
    public enum Limit {
        /** One message's body over {@link QueueLimits#MAX_MESSAGE_BYTES}. */
        MESSAGE_SIZE,
        /** A batch with more than {@link QueueLimits#MAX_BATCH_MESSAGES} messages (or none). */
        BATCH_COUNT,
        /** A batch whose bodies add up to more than {@link QueueLimits#MAX_BATCH_BYTES}. */
        BATCH_SIZE,
        /** A delay outside 0..{@link QueueLimits#MAX_DELAY_SECONDS} seconds. */
        DELAY
    }

    private final Limit limit;
    private final long actual;
    private final long max;

    public QueueLimitException(Limit limit, long actual, long max, String message) {
        super(message);
        this.limit = limit;
        this.actual = actual;
        this.max = max;
    }

    public Limit limit() {
        return limit;
    }

    /** The offending value (bytes, messages or seconds). */
    public long actual() {
        return actual;
    }

    /** The platform's bound for it. */
    public long max() {
        return max;
    }
}
