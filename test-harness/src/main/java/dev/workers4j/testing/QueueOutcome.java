package dev.workers4j.testing;

import dev.workers4j.testing.queue.BatchSettlement;
import java.util.List;
import java.util.Map;

/**
 * What a queue handler did with a batch, in the shape workerd reports it.
 *
 * @param handlerThrew whether the handler ended with an exception
 * @param ackAll whether it called ackAll()
 * @param retryAll whether it called retryAll()
 * @param retryAllDelaySeconds the delay it gave retryAll, or null
 * @param acked the ids acked one by one, in order
 * @param retried the ids retried one by one, with their delay (null when none)
 */
public record QueueOutcome(boolean handlerThrew, boolean ackAll, boolean retryAll, Integer retryAllDelaySeconds,
        List<String> acked, Map<String, Integer> retried) {

    /** The outcome of a batch the handler settled as {@code settlement} records. */
    static QueueOutcome of(boolean handlerThrew, BatchSettlement settlement) {
        return new QueueOutcome(handlerThrew, settlement.ackAllCalled(), settlement.retryAllCalled(),
                settlement.retryAllDelay(), settlement.acked(), settlement.retried());
    }

    /**
     * Whether the platform would deliver this message again: an explicit ack (or ackAll) wins,
     * then an explicit retry (or retryAll), else an exception from the handler retries it.
     */
    public boolean redelivers(String id) {
        if (acked.contains(id) || ackAll) {
            return false;
        }
        if (retried.containsKey(id) || retryAll) {
            return true;
        }
        return handlerThrew;
    }
}
