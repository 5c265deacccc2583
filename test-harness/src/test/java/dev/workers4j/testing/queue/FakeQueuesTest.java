package dev.workers4j.testing.queue;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.workers4j.json.JsonException;
import dev.workers4j.queue.Message;
import dev.workers4j.queue.OutgoingMessage;
import dev.workers4j.queue.Queue;
import dev.workers4j.queue.QueueLimitException;
import dev.workers4j.queue.QueueLimits;
import dev.workers4j.queue.QueueSendMetrics;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The fake queues' delivery semantics (DESIGN.md "Queue semantics the fake must reproduce"), on the virtual clock. */
class FakeQueuesTest {
    private final FakeQueues queues = new FakeQueues();
    private final Queue jobs = queues.producer("jobs");
    /** Each delivery as "body@attempt", in order. */
    private final List<String> seen = new ArrayList<>();

    private void consume(ConsumerSettings settings, FakeQueues.BatchHandler handler) {
        queues.consumer(settings, batch -> {
            for (Message m : batch.messages()) {
                seen.add(m.bodyText() + "@" + m.attempts());
            }
            handler.handle(batch);
        });
    }

    private String idOf(String body) {
        for (QueuedMessage m : queues.inspector().messages()) {
            if (body.equals(m.text())) {
                return m.id();
            }
        }
        throw new AssertionError("no message " + body);
    }

    @Test
    void ackWinsOverALaterThrowWhichRetriesTheOthers() {
        consume(ConsumerSettings.defaults("jobs").withMaxBatchSize(2), batch -> {
            if (batch.messages().get(0).attempts() == 1) {
                batch.messages().get(0).ack();
                throw new IllegalStateException("boom");
            }
        });
        jobs.sendText("a");
        jobs.sendText("b");
        queues.drain();
        assertEquals(List.of("a@1", "b@1", "b@2"), seen);
        QueueInspector inspector = queues.inspector();
        assertEquals(List.of(idOf("a"), idOf("b")), inspector.acked());
        Fate first = inspector.message(idOf("b")).fates().get(0);
        assertEquals(Fate.Kind.RETRIED, first.kind());
        assertTrue(first.reason().startsWith("handler threw: java.lang.IllegalStateException: boom"), first.reason());
        assertEquals("ack()", inspector.message(idOf("a")).lastFate().reason());
        assertEquals("handler returned", inspector.message(idOf("b")).lastFate().reason());
    }

    @Test
    void retryWithDelayWaitsOnTheVirtualClockOnly() {
        consume(ConsumerSettings.defaults("jobs").withMaxBatchTimeout(0), batch -> {
            Message m = batch.messages().get(0);
            if (m.attempts() == 1) {
                m.retry(600);
            }
        });
        long started = System.nanoTime();
        jobs.sendText("later");
        queues.deliverDue();
        assertEquals(List.of("later@1"), seen);
        queues.advanceSeconds(599);
        assertEquals(List.of("later@1"), seen);
        queues.advanceSeconds(1);
        assertEquals(List.of("later@1", "later@2"), seen);
        assertEquals(600.0, queues.clock().elapsedSeconds());
        assertEquals(Map.of(idOf("later"), List.of(600)), queues.inspector().retries());
        assertTrue(System.nanoTime() - started < 2_000_000_000L, "ten virtual minutes cost no real time");
    }

    @Test
    void retryWithoutDelayUsesTheConsumersRetryDelay() {
        consume(ConsumerSettings.defaults("jobs").withMaxBatchTimeout(0).withRetryDelay(30), batch -> {
            if (batch.messages().get(0).attempts() == 1) {
                batch.messages().get(0).retry();
            }
        });
        jobs.sendText("x");
        queues.drain();
        assertEquals(List.of("x@1", "x@2"), seen);
        assertEquals(30.0, queues.clock().elapsedSeconds());
    }

    @Test
    void afterMaxRetriesAMessageGoesToTheDeadLetterQueueWithTheReason() {
        consume(ConsumerSettings.defaults("jobs").withMaxBatchTimeout(0).withDeadLetterQueue("jobs-dlq"), batch -> {
            throw new IllegalStateException("always");
        });
        List<String> dlq = new ArrayList<>();
        queues.consumer(ConsumerSettings.defaults("jobs-dlq"), batch -> batch.messages()
                .forEach(m -> dlq.add(m.bodyText() + "@" + m.attempts())));
        jobs.sendText("poison");
        queues.drain();
        assertEquals(List.of("poison@1", "poison@2", "poison@3", "poison@4"), seen);
        assertEquals(List.of("poison@1"), dlq);
        QueueInspector inspector = queues.inspector();
        String id = idOf("poison");
        assertEquals(List.of(id), inspector.deadLettered());
        assertEquals(List.of(id), inspector.acked(), "acked by the dead-letter queue's consumer");
        assertEquals(List.of("jobs", "jobs-dlq"), inspector.message(id).queues());
        assertTrue(inspector.whyGivenUp(id).contains("max_retries (3) reached after 4 deliveries, moved to jobs-dlq"),
                inspector.whyGivenUp(id));
    }

    @Test
    void withoutADeadLetterQueueAnExhaustedMessageIsDropped() {
        consume(ConsumerSettings.defaults("jobs").withMaxBatchTimeout(0).withMaxRetries(1),
                batch -> batch.retryAll());
        jobs.sendText("doomed");
        queues.drain();
        assertEquals(List.of("doomed@1", "doomed@2"), seen);
        String id = idOf("doomed");
        assertEquals(List.of(id), queues.inspector().dropped());
        assertEquals(List.of(), queues.inspector().pending());
        assertTrue(queues.inspector().whyGivenUp(id).contains("has no dead_letter_queue"));
        assertTrue(queues.inspector().whyGivenUp(id).startsWith("retryAll()"));
    }

    @Test
    void deadLetteredMessagesWaitOnTheDeadLetterQueueWhenNothingConsumesIt() {
        consume(ConsumerSettings.defaults("jobs").withMaxBatchTimeout(0).withMaxRetries(0).withDeadLetterQueue("dlq"),
                batch -> batch.messages().forEach(Message::retry));
        jobs.sendText("m");
        queues.drain();
        assertEquals(1, queues.waiting("dlq").size());
        assertEquals(List.of(idOf("m")), queues.inspector().pending());
    }

    @Test
    void batchesFillUpToMaxBatchSizeAndTheRestWaitsForTheTimeout() {
        consume(ConsumerSettings.defaults("jobs").withMaxBatchSize(10).withMaxBatchTimeout(5), batch -> { });
        for (int i = 0; i < 25; i++) {
            jobs.sendText("m" + i);
        }
        assertEquals(2, queues.deliverDue(), "two full batches at once");
        assertEquals(List.of(10, 10), queues.inspector().batchSizes());
        queues.advanceSeconds(4);
        assertEquals(List.of(10, 10), queues.inspector().batchSizes());
        queues.advanceSeconds(1);
        assertEquals(List.of(10, 10, 5), queues.inspector().batchSizes());
        assertEquals(25, queues.inspector().acked().size());
    }

    @Test
    void aPartialBatchIsDeliveredWhenItsOldestMessageHasWaitedMaxBatchTimeout() {
        consume(ConsumerSettings.defaults("jobs").withMaxBatchTimeout(5), batch -> { });
        jobs.sendText("first");
        queues.advanceSeconds(3);
        jobs.sendText("second");
        assertEquals(0, queues.deliverDue());
        queues.advanceSeconds(2);
        assertEquals(List.of(2), queues.inspector().batchSizes());
        assertEquals(5.0, queues.clock().elapsedSeconds());
    }

    @Test
    void delayedSendAndBatchDelayMakeMessagesDueLater() {
        consume(ConsumerSettings.defaults("jobs").withMaxBatchTimeout(0), batch -> { });
        jobs.send(OutgoingMessage.text("in-an-hour").delay(3600));
        jobs.sendBatch(List.of(OutgoingMessage.text("batch-60"), OutgoingMessage.text("own-10").delay(10)), 60);
        queues.advanceSeconds(9);
        assertEquals(List.of(), seen);
        queues.advanceSeconds(1);
        assertEquals(List.of("own-10@1"), seen);
        queues.advanceSeconds(50);
        assertEquals(List.of("own-10@1", "batch-60@1"), seen);
        queues.drain();
        assertEquals(List.of("own-10@1", "batch-60@1", "in-an-hour@1"), seen);
        assertEquals(3600.0, queues.clock().elapsedSeconds());
    }

    @Test
    void retryAllWithDelayAndAckAllFirstCallWins() {
        consume(ConsumerSettings.defaults("jobs").withMaxBatchTimeout(0).withMaxBatchSize(2), batch -> {
            if (batch.messages().get(0).attempts() == 1) {
                batch.retryAll(120);
                batch.ackAll();                      // ignored: retryAll came first
                batch.messages().get(0).ack();       // ignored too, as in workerd
            } else {
                batch.ackAll();
                batch.retryAll();                    // ignored
            }
        });
        jobs.sendBatch(List.of(OutgoingMessage.text("p"), OutgoingMessage.text("q")));
        queues.drain();
        assertEquals(List.of("p@1", "q@1", "p@2", "q@2"), seen);
        assertEquals(120.0, queues.clock().elapsedSeconds());
        assertEquals(Map.of(idOf("p"), List.of(120), idOf("q"), List.of(120)), queues.inspector().retries());
        assertEquals("ackAll()", queues.inspector().message(idOf("p")).lastFate().reason());
    }

    @Test
    void firstOfAckAndRetryWinsPerMessage() {
        consume(ConsumerSettings.defaults("jobs").withMaxBatchTimeout(0).withMaxRetries(0), batch -> {
            Message m = batch.messages().get(0);
            m.retry(5);
            m.ack();
        });
        jobs.sendText("r");
        queues.drain();
        assertEquals(List.of(idOf("r")), queues.inspector().dropped());
        assertTrue(queues.inspector().whyGivenUp(idOf("r")).startsWith("retry()"));
    }

    @Test
    void jsonBodiesReachTheConsumerAsTheirValue() {
        List<String> bodies = new ArrayList<>();
        queues.consumer(ConsumerSettings.defaults("jobs").withMaxBatchTimeout(0),
                batch -> batch.messages().forEach(m -> bodies.add(m.bodyText())));
        jobs.sendJson("{\"job_type\":\"MART_REFRESH\"}");
        jobs.sendJson("\"a json string\"");
        jobs.sendText("plain text");
        queues.drain();
        assertEquals(List.of("{\"job_type\":\"MART_REFRESH\"}", "a json string", "plain text"), bodies);
        assertThrows(JsonException.class, () -> jobs.sendJson("{not json"));
    }

    @Test
    void limitsAreEnforcedBeforeAnythingIsSent() {
        String max = "x".repeat(QueueLimits.MAX_MESSAGE_BYTES);
        jobs.sendText(max);                                        // exactly at the limit: accepted
        QueueLimitException big = assertThrows(QueueLimitException.class, () -> jobs.sendText(max + "x"));
        assertEquals(QueueLimitException.Limit.MESSAGE_SIZE, big.limit());
        assertEquals(128_001, big.actual());
        // UTF-8 bytes count: 64,001 two-byte characters are 128,002 bytes.
        assertEquals(QueueLimitException.Limit.MESSAGE_SIZE, assertThrows(QueueLimitException.class,
                () -> jobs.sendText("é".repeat(64_001))).limit());
        assertEquals(QueueLimitException.Limit.MESSAGE_SIZE, assertThrows(QueueLimitException.class,
                () -> jobs.sendBytes(new byte[QueueLimits.MAX_MESSAGE_BYTES + 1])).limit());

        List<OutgoingMessage> tooMany = new ArrayList<>();
        for (int i = 0; i < 101; i++) {
            tooMany.add(OutgoingMessage.text("m" + i));
        }
        assertEquals(QueueLimitException.Limit.BATCH_COUNT,
                assertThrows(QueueLimitException.class, () -> jobs.sendBatch(tooMany)).limit());
        jobs.sendBatch(tooMany.subList(0, 100));                    // 100 is fine

        OutgoingMessage hundredK = OutgoingMessage.text("y".repeat(100_000));
        QueueLimitException heavy = assertThrows(QueueLimitException.class,
                () -> jobs.sendBatch(List.of(hundredK, hundredK, OutgoingMessage.text("z".repeat(56_001)))));
        assertEquals(QueueLimitException.Limit.BATCH_SIZE, heavy.limit());
        assertEquals(256_001, heavy.actual());
        jobs.sendBatch(List.of(hundredK, hundredK, OutgoingMessage.text("z".repeat(56_000))));

        assertEquals(QueueLimitException.Limit.DELAY, assertThrows(QueueLimitException.class,
                () -> OutgoingMessage.text("t").delay(86_401)).limit());
        assertEquals(QueueLimitException.Limit.DELAY, assertThrows(QueueLimitException.class,
                () -> jobs.sendBatch(List.of(OutgoingMessage.text("t")), 86_401)).limit());
        assertEquals(1 + 100 + 3, queues.inspector().messages().size(), "nothing of a refused send was queued");
    }

    @Test
    void aHandlerMaySendAgainWithADelayAsAPollingJobDoes() {
        consume(ConsumerSettings.defaults("jobs").withMaxBatchTimeout(0), batch -> {
            for (Message m : batch.messages()) {
                int poll = Integer.parseInt(m.bodyText());
                if (poll < 3) {
                    jobs.send(OutgoingMessage.jsonText(String.valueOf(poll + 1)).delay(60));
                }
            }
        });
        jobs.sendJson("0");
        queues.drain();
        assertEquals(List.of("0@1", "1@1", "2@1", "3@1"), seen);
        assertEquals(180.0, queues.clock().elapsedSeconds(), "three polls a minute apart, in no real time");
        assertEquals(4, queues.inspector().acked().size());
    }

    @Test
    void aHandlerThatReturnsAcksWhatItDidNotTouch() {
        queues.consumer(ConsumerSettings.defaults("jobs").withMaxBatchTimeout(0), batch -> { });
        jobs.sendText("quiet");
        queues.drain();
        assertEquals("handler returned", queues.inspector().message(idOf("quiet")).lastFate().reason());
        assertNull(queues.inspector().whyGivenUp(idOf("quiet")));
    }

    @Test
    void aSendReportsTheBacklogWaitingBeforeIt() {
        consume(ConsumerSettings.defaults("jobs").withMaxBatchTimeout(5), batch -> { });
        QueueSendMetrics empty = jobs.sendText("later");
        assertEquals("QueueSendMetrics(backlogCount=0, backlogBytes=0, oldestMessageTimestamp=-1)", empty.toString());
        jobs.send(OutgoingMessage.text("delayed").delay(60));
        QueueSendMetrics oneWaiting = jobs.sendText("ab");
        assertEquals(1, oneWaiting.backlogCount(), "the delayed message is not waiting yet");
        assertEquals(5, oneWaiting.backlogBytes());
        assertEquals(queues.clock().nowMillis(), oneWaiting.oldestMessageTimestamp());
        queues.advanceSeconds(5);
        assertEquals(0, jobs.sendText("c").backlogCount(), "delivered messages left the backlog");
    }
}
