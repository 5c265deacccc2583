package dev.workers4j.queue;

import java.util.List;

/**
 * The platform's producer limits, checked by every {@link Queue} implementation before it sends.
 *
 * <p>How size is counted (as workerd measures the body it uploads; the broker's limits are
 * decimal kilobytes, as miniflare's local broker enforces them): a json body counts the UTF-8
 * bytes of its JSON text, a text body its UTF-8 bytes, a bytes body its length. A message may
 * have up to {@value #MAX_MESSAGE_BYTES} bytes; a batch up to {@value #MAX_BATCH_MESSAGES}
 * messages whose sizes add up to at most {@value #MAX_BATCH_BYTES} bytes. The platform's own
 * per-message metadata (~100 bytes) is not counted: the broker allows for it on top.
 *
 * <p>A json body given as JSON text counts that text as given; workerd measures the
 * {@code JSON.stringify} of the parsed value, which is never longer once whitespace is gone, so
 * this rule refuses nothing the platform would take, except text padded with whitespace at
 * the very limit. Checked in workerd too (miniflare's broker: 128,000 bytes a message, 100
 * messages a batch): a text message of exactly 128,000 bytes is accepted there, 128,001 refused
 * here first (workers/queue-parity). miniflare's broker takes batches up to 288,000 bytes; the
 * documented limit, checked here on both runtimes, is 256 KB. A v8 body counts its JSON text, an
 * approximation of the V8 serialization workerd measures.
 */
public final class QueueLimits {
    /** 128 KB. */
    public static final int MAX_MESSAGE_BYTES = 128_000;
    public static final int MAX_BATCH_MESSAGES = 100;
    /** 256 KB. */
    public static final int MAX_BATCH_BYTES = 256_000;
    /** 24 hours: Cloudflare's Queues limits, "delaySeconds (when sending or retrying)"; miniflare's too. */
    public static final int MAX_DELAY_SECONDS = 86_400;

    private QueueLimits() {
    }

    public static int checkDelay(int delaySeconds) {
        if (delaySeconds < 0 || delaySeconds > MAX_DELAY_SECONDS) {
            throw new QueueLimitException(QueueLimitException.Limit.DELAY, delaySeconds, MAX_DELAY_SECONDS,
                    "delaySeconds must be within 0.." + MAX_DELAY_SECONDS + ", was " + delaySeconds);
        }
        return delaySeconds;
    }

    public static void checkMessage(OutgoingMessage message) {
        int size = message.sizeBytes();
        if (size > MAX_MESSAGE_BYTES) {
            throw new QueueLimitException(QueueLimitException.Limit.MESSAGE_SIZE, size, MAX_MESSAGE_BYTES,
                    "queue message of " + size + " bytes exceeds the limit of " + MAX_MESSAGE_BYTES + " bytes");
        }
    }

    public static void checkBatch(List<OutgoingMessage> messages) {
        int count = messages.size();
        if (count == 0 || count > MAX_BATCH_MESSAGES) {
            throw new QueueLimitException(QueueLimitException.Limit.BATCH_COUNT, count, MAX_BATCH_MESSAGES,
                    "a queue batch holds 1.." + MAX_BATCH_MESSAGES + " messages, was " + count);
        }
        long total = 0;
        for (int i = 0; i < count; i++) {
            OutgoingMessage message = messages.get(i);
            int size = message.sizeBytes();
            if (size > MAX_MESSAGE_BYTES) {
                throw new QueueLimitException(QueueLimitException.Limit.MESSAGE_SIZE, size, MAX_MESSAGE_BYTES,
                        "message " + i + " of the batch has " + size + " bytes, over the limit of "
                                + MAX_MESSAGE_BYTES + " bytes");
            }
            total += size;
        }
        if (total > MAX_BATCH_BYTES) {
            throw new QueueLimitException(QueueLimitException.Limit.BATCH_SIZE, total, MAX_BATCH_BYTES,
                    "queue batch of " + total + " bytes exceeds the limit of " + MAX_BATCH_BYTES + " bytes");
        }
    }

    /** UTF-8 length of a string, without encoding it (an unpaired surrogate counts 3, as its U+FFFD). */
    static int utf8Length(String text) {
        int length = 0;
        int n = text.length();
        for (int i = 0; i < n; i++) {
            char c = text.charAt(i);
            if (c < 0x80) {
                length += 1;
            } else if (c < 0x800) {
                length += 2;
            } else if (Character.isHighSurrogate(c) && i + 1 < n && Character.isLowSurrogate(text.charAt(i + 1))) {
                length += 4;
                i++;
            } else {
                length += 3;
            }
        }
        return length;
    }
}
