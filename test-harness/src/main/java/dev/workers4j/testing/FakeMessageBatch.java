package dev.workers4j.testing;

import dev.workers4j.queue.Message;
import dev.workers4j.queue.MessageBatch;
import dev.workers4j.testing.queue.BatchSettlement;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/** A batch on the JVM that records what the handler does with it (see {@link BatchSettlement}). */
final class FakeMessageBatch implements MessageBatch {
    private final String queue;
    private final List<Message> messages;
    private final BatchSettlement settlement = new BatchSettlement();

    FakeMessageBatch(String queue, List<TestMessage> delivered) {
        this.queue = queue;
        List<Message> list = new ArrayList<>();
        for (TestMessage message : delivered) {
            list.add(new FakeMessage(message, settlement));
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
        settlement.ackAll();
    }

    @Override
    public void retryAll() {
        settlement.retryAll(null);
    }

    @Override
    public void retryAll(int delaySeconds) {
        settlement.retryAll(delaySeconds);
    }

    QueueOutcome outcome(boolean handlerThrew) {
        return new QueueOutcome(handlerThrew, settlement.ackAllCalled(), settlement.retryAllCalled(),
                settlement.retryAllDelay(), settlement.acked(), settlement.retried());
    }
}
