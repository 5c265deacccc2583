package dev.workers4j.testing.queue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * What the fake queues did, message by message: a snapshot of every message ever sent, and the
 * batches delivered (message ids, in delivery order).
 */
public final class QueueInspector {
    private final List<QueuedMessage> messages;
    private final List<List<String>> batches;

    QueueInspector(List<QueuedMessage> messages, List<List<String>> batches) {
        this.messages = List.copyOf(messages);
        this.batches = List.copyOf(batches);
    }

    /** Every message sent, in send order. */
    public List<QueuedMessage> messages() {
        return messages;
    }

    /** A message by id. */
    public QueuedMessage message(String id) {
        for (QueuedMessage m : messages) {
            if (m.id().equals(id)) {
                return m;
            }
        }
        throw new IllegalArgumentException("no message " + id + " was sent");
    }

    /** Messages sent to a queue (its dead-letter arrivals included), in send order. */
    public List<QueuedMessage> sentTo(String queue) {
        List<QueuedMessage> out = new ArrayList<>();
        for (QueuedMessage m : messages) {
            if (m.queues().contains(queue)) {
                out.add(m);
            }
        }
        return out;
    }

    /** The batches delivered, each as its message ids. */
    public List<List<String>> batches() {
        return batches;
    }

    /** Batch sizes, in delivery order. */
    public List<Integer> batchSizes() {
        List<Integer> sizes = new ArrayList<>();
        for (List<String> batch : batches) {
            sizes.add(batch.size());
        }
        return sizes;
    }

    /** Ids of the messages acked (finally settled as delivered). */
    public List<String> acked() {
        return lastFate(Fate.Kind.ACKED);
    }

    /** Ids of the messages dropped after max_retries with no dead-letter queue. */
    public List<String> dropped() {
        return lastFate(Fate.Kind.DROPPED);
    }

    /** Ids of the messages ever moved to a dead-letter queue. */
    public List<String> deadLettered() {
        List<String> ids = new ArrayList<>();
        for (QueuedMessage m : messages) {
            for (Fate fate : m.fates()) {
                if (fate.kind() == Fate.Kind.DEAD_LETTERED) {
                    ids.add(m.id());
                    break;
                }
            }
        }
        return ids;
    }

    /** Why a message was dead-lettered or dropped (null if it was not). */
    public String whyGivenUp(String id) {
        for (Fate fate : message(id).fates()) {
            if (fate.kind() == Fate.Kind.DEAD_LETTERED || fate.kind() == Fate.Kind.DROPPED) {
                return fate.reason();
            }
        }
        return null;
    }

    /** Every retry, per message id: the delays asked, in order. */
    public Map<String, List<Integer>> retries() {
        Map<String, List<Integer>> out = new TreeMap<>();
        for (QueuedMessage m : messages) {
            for (Fate fate : m.fates()) {
                if (fate.kind() == Fate.Kind.RETRIED) {
                    out.computeIfAbsent(m.id(), k -> new ArrayList<>()).add(fate.delaySeconds());
                }
            }
        }
        return out;
    }

    /** Ids of the messages still waiting on some queue. */
    public List<String> pending() {
        List<String> ids = new ArrayList<>();
        for (QueuedMessage m : messages) {
            if (m.pending()) {
                ids.add(m.id());
            }
        }
        return ids;
    }

    private List<String> lastFate(Fate.Kind kind) {
        List<String> ids = new ArrayList<>();
        for (QueuedMessage m : messages) {
            Fate last = m.lastFate();
            if (last != null && last.kind() == kind) {
                ids.add(m.id());
            }
        }
        return ids;
    }
}
