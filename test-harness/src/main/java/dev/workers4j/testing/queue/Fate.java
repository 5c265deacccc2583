package dev.workers4j.testing.queue;

/**
 * What became of one delivery of a message.
 *
 * @param attempt which delivery (1 for the first)
 * @param atMillis when the batch was delivered, on the virtual clock
 * @param kind the outcome
 * @param delaySeconds for a retry, the delay before the message is due again (else 0)
 * @param reason why: "ack()", "ackAll()", "handler returned", "retry()", "retryAll()", "handler threw: ...",
 *     and for dead-lettered/dropped messages which limit was reached
 */
public record Fate(int attempt, long atMillis, Kind kind, int delaySeconds, String reason) {
    public enum Kind {
        ACKED, RETRIED, DEAD_LETTERED, DROPPED
    }
}
