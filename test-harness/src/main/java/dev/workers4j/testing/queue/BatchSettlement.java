package dev.workers4j.testing.queue;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What a queue handler did with one batch, recorded as workerd records it: per message the first
 * of ack()/retry() wins, and ackAll()/retryAll() exclude each other, first call winning. Shared by
 * every JVM batch fake so they cannot disagree. A retry's delay is recorded as given: workerd does
 * not check it at call time (the queue applies it when the batch is settled).
 */
public final class BatchSettlement {
    private final Set<String> acked = new LinkedHashSet<>();
    private final Map<String, Integer> retried = new LinkedHashMap<>();
    private boolean ackAll;
    private boolean retryAll;
    private Integer retryAllDelay;

    public void ack(String id) {
        if (!retryAll && !retried.containsKey(id)) {
            acked.add(id);
        }
    }

    /** A retry, with a delay in seconds or null for none. */
    public void retry(String id, Integer delaySeconds) {
        if (!ackAll && !acked.contains(id) && !retried.containsKey(id)) {
            retried.put(id, delaySeconds);
        }
    }

    public void ackAll() {
        if (!retryAll) {
            ackAll = true;
        }
    }

    /** A retryAll, with a delay in seconds or null for none. */
    public void retryAll(Integer delaySeconds) {
        if (!ackAll) {
            retryAll = true;
            retryAllDelay = delaySeconds;
        }
    }

    public boolean isAcked(String id) {
        return acked.contains(id);
    }

    public boolean isRetried(String id) {
        return retried.containsKey(id);
    }

    /** The delay given to this message's retry (null when none was given). */
    public Integer retryDelay(String id) {
        return retried.get(id);
    }

    /** Ids acked one by one, in order. */
    public List<String> acked() {
        return List.copyOf(new ArrayList<>(acked));
    }

    /** Ids retried one by one, with their delay (null when none), in order. */
    public Map<String, Integer> retried() {
        return Collections.unmodifiableMap(new LinkedHashMap<>(retried));
    }

    public boolean ackAllCalled() {
        return ackAll;
    }

    public boolean retryAllCalled() {
        return retryAll;
    }

    public Integer retryAllDelay() {
        return retryAllDelay;
    }
}
