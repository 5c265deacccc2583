package dev.workers4j.ingest.dispatch;

/**
 * What a job handler says became of its message: {@link #done} (ack: a later failure in the batch
 * cannot redeliver it), {@link #retryLater} (a transient failure: redeliver after a delay, counted
 * against max_retries), or {@link #deadLetter} (it can never succeed: to the dead-letter queue at
 * once, with the reason).
 */
public record JobOutcome(Kind kind, int delaySeconds, String reason) {
    public enum Kind { DONE, RETRY_LATER, DEAD_LETTER }

    public static JobOutcome done() {
        return new JobOutcome(Kind.DONE, 0, null);
    }

    public static JobOutcome retryLater(int delaySeconds, String reason) {
        return new JobOutcome(Kind.RETRY_LATER, delaySeconds, reason);
    }

    public static JobOutcome deadLetter(String reason) {
        return new JobOutcome(Kind.DEAD_LETTER, 0, reason);
    }
}
