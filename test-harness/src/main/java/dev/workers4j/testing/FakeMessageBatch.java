package dev.workers4j.testing;

import dev.workers4j.queue.Message;
import dev.workers4j.queue.MessageBatch;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** A batch on the JVM that records what the handler does, first call per message winning as in workerd. */
final class FakeMessageBatch implements MessageBatch {
    private final String queue;
    private final List<Message> messages;
    private final List<String> acked = new ArrayList<>();
    private final Map<String, Integer> retried = new LinkedHashMap<>();
    private boolean ackAll;
    private boolean retryAll;
    private Integer retryAllDelay;

    FakeMessageBatch(String queue, List<TestMessage> delivered) {
        this.queue = queue;
        List<Message> list = new ArrayList<>();
        for (TestMessage message : delivered) {
            list.add(new FakeMessage(message, this));
        }
        this.messages = Collections.unmodifiableList(list);
    }

    @Override
    public String queue() {
        return queue;
    }

    @Override
    public List<Message> messages() {
        return messages;
    }

    @Override
    public void ackAll() {
        if (!retryAll) {
            ackAll = true;
        }
    }

    @Override
    public void retryAll() {
        if (!ackAll) {
            retryAll = true;
        }
    }

    @Override
    public void retryAll(int delaySeconds) {
        if (!ackAll) {
            retryAll = true;
            retryAllDelay = RetryDelay.check(delaySeconds);
        }
    }

    void ack(String id) {
        if (!retried.containsKey(id) && !acked.contains(id)) {
            acked.add(id);
        }
    }

    void retry(String id, Integer delaySeconds) {
        if (!acked.contains(id) && !retried.containsKey(id)) {
            retried.put(id, delaySeconds);
        }
    }

    QueueOutcome outcome(boolean handlerThrew) {
        return new QueueOutcome(handlerThrew, ackAll, retryAll, retryAllDelay, List.copyOf(acked),
                Collections.unmodifiableMap(new LinkedHashMap<>(retried)));
    }
}
