package dev.workers4j.testing.queue;

import dev.workers4j.queue.ContentType;
import dev.workers4j.queue.MessageBatch;
import dev.workers4j.queue.OutgoingMessage;
import dev.workers4j.queue.Queue;
import dev.workers4j.queue.QueueLimits;
import dev.workers4j.queue.QueueSendMetrics;
import dev.workers4j.testing.FakeEnv;
import dev.workers4j.testing.WorkerHarness;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Cloudflare Queues on the JVM, on a {@link VirtualClock}: producers (the {@link Queue} binding a
 * Worker sends through), consumers (a Worker's queue handler, or any {@link BatchHandler}) with
 * the settings of their [[queues.consumers]], and the platform's delivery rules (DESIGN.md
 * "Queue semantics"):
 * <ul>
 * <li>a consumer gets batches of up to max_batch_size messages; a batch smaller than that is
 * delivered once its oldest message has waited max_batch_timeout seconds;</li>
 * <li>after the handler, each message is settled: ack()/ackAll() win (even over a later throw),
 * then retry()/retryAll() (with their delay, else retry_delay), then a throw from the handler
 * retries every message not acked; a handler that returns acks the rest;</li>
 * <li>a retried message that has been delivered max_retries + 1 times goes to the
 * dead_letter_queue if there is one (attempts start again at 1 there), else it is dropped;</li>
 * <li>send/sendBatch delays and retry delays make a message due later on the virtual clock (a
 * retry delay is not checked when the handler calls retry, as in workerd; a negative one
 * redelivers at once, as miniflare does);</li>
 * <li>a send answers the backlog before it: the messages due and waiting, their bytes, the oldest's
 * send time ({@link QueueSendMetrics}).</li>
 * </ul>
 * The consumer defaults, retry and ack rules are Cloudflare's documented ones, where miniflare
 * differs (README, "Where miniflare and the documentation differ").
 * Nothing happens by itself: {@link #deliverDue()} delivers what is due now,
 * {@link #advance(Duration)} moves the clock event by event delivering as it goes, and
 * {@link #drain()} advances until every queue with a consumer is empty. {@link #inspector()}
 * tells each message's history.
 *
 * <pre>{@code
 * FakeQueues queues = new FakeQueues();
 * queues.bindProducers(api.env(), Path.of("../dashboard-api/wrangler.toml"));   // INGEST_QUEUE
 * queues.consumer(ingest, Path.of("wrangler.toml"));                             // ingest's queue handler
 * api.fetch(Request.post("/api/jobs", ...));                                     // sends
 * queues.drain();
 * assertEquals(1, queues.inspector().acked().size());
 * }</pre>
 */
public final class FakeQueues {
    /** A consumer of batches; an exception it throws is the handler throwing. */
    @FunctionalInterface
    public interface BatchHandler {
        void handle(MessageBatch batch);
    }

    private final VirtualClock clock;
    private final Map<String, List<QueuedMessage>> waiting = new LinkedHashMap<>();
    private final Map<String, Consumer> consumers = new LinkedHashMap<>();
    private final List<QueuedMessage> all = new ArrayList<>();
    private final List<List<String>> batches = new ArrayList<>();
    private final Map<String, Long> batchWindowStart = new LinkedHashMap<>();
    private long nextId = 1;

    private record Consumer(ConsumerSettings settings, BatchHandler handler) {
    }

    public FakeQueues() {
        this(new VirtualClock());
    }

    public FakeQueues(VirtualClock clock) {
        this.clock = clock;
    }

    public VirtualClock clock() {
        return clock;
    }

    public QueueInspector inspector() {
        return new QueueInspector(all, batches);
    }

    // ---- producers ----

    /** A producer binding sending to a queue. */
    public Queue producer(String queueName) {
        return new Producer(queueName);
    }

    /** Binds every [[queues.producers]] of a wrangler.toml into a Worker's env. */
    public FakeQueues bindProducers(FakeEnv env, Path wranglerToml) {
        ConsumerSettings.producers(wranglerToml).forEach((binding, queue) -> env.queue(binding, producer(queue)));
        return this;
    }

    // ---- consumers ----

    /** A consumer with explicit settings. */
    public FakeQueues consumer(ConsumerSettings settings, BatchHandler handler) {
        consumers.put(settings.queue(), new Consumer(settings, handler));
        return this;
    }

    /** A Worker's queue handler as the consumer of every [[queues.consumers]] in its wrangler.toml. */
    public FakeQueues consumer(WorkerHarness worker, Path wranglerToml) {
        List<ConsumerSettings> all = ConsumerSettings.readAll(wranglerToml);
        if (all.isEmpty()) {
            throw new IllegalArgumentException(wranglerToml + " has no [[queues.consumers]]");
        }
        for (ConsumerSettings settings : all) {
            consumer(settings, batch -> {
                if (worker.queueBatch(batch)) {
                    throw new HandlerFailed();
                }
            });
        }
        return this;
    }

    /** The harness's own wrangler.toml (the one {@code WorkerExtension} read). */
    public FakeQueues consumer(WorkerHarness worker) {
        if (worker.config() == null) {
            throw new IllegalArgumentException("the Worker has no wrangler.toml; name it with consumer(worker, path)");
        }
        return consumer(worker, worker.config().path());
    }

    /** Thrown for a Worker handler that threw (already logged by the harness). */
    private static final class HandlerFailed extends RuntimeException {
        HandlerFailed() {
            super("the queue handler threw (see the Worker's logs)", null, false, false);
        }
    }

    // ---- time and delivery ----

    /** Delivers every batch due now (full batches, and batches whose timeout has run out); returns how many. */
    public int deliverDue() {
        int delivered = 0;
        boolean progress = true;
        while (progress) {
            progress = false;
            for (String queue : new ArrayList<>(consumers.keySet())) {
                if (deliverOne(queue)) {
                    delivered++;
                    progress = true;
                }
            }
        }
        return delivered;
    }

    /** Moves the clock forward, delivering every batch that falls due on the way, in time order. */
    public int advance(Duration duration) {
        long target = clock.nowMillis() + duration.toMillis();
        int delivered = deliverDue();
        while (true) {
            long next = nextEventMillis();
            if (next < 0 || next > target) {
                break;
            }
            clock.setMillis(Math.max(next, clock.nowMillis()));
            delivered += deliverDue();
        }
        clock.setMillis(target);
        return delivered + deliverDue();
    }

    public int advanceSeconds(long seconds) {
        return advance(Duration.ofSeconds(seconds));
    }

    /**
     * Advances the clock until no queue with a consumer holds a message (at most a simulated
     * week, a guard against a handler that retries forever); returns how many batches it delivered.
     */
    public int drain() {
        long limit = clock.nowMillis() + Duration.ofDays(7).toMillis();
        int delivered = deliverDue();
        while (true) {
            long next = nextEventMillis();
            if (next < 0) {
                return delivered;
            }
            if (next > limit) {
                throw new IllegalStateException("queues still hold messages after a simulated week: " + waiting);
            }
            clock.setMillis(Math.max(next, clock.nowMillis()));
            delivered += deliverDue();
        }
    }

    /** Messages waiting on a queue (due or not). */
    public List<QueuedMessage> waiting(String queue) {
        return List.copyOf(waiting.getOrDefault(queue, List.of()));
    }

    /** When something next can happen on a consumed queue: a message falls due or a batch window closes; -1 if never. */
    private long nextEventMillis() {
        long now = clock.nowMillis();
        long next = -1;
        for (Map.Entry<String, Consumer> entry : consumers.entrySet()) {
            String queue = entry.getKey();
            ConsumerSettings settings = entry.getValue().settings();
            List<QueuedMessage> due = due(queue);
            if (!due.isEmpty()) {
                long at = due.size() >= settings.maxBatchSize() ? now
                        : windowOpened(queue, due) + settings.maxBatchTimeoutSeconds() * 1000L;
                next = next < 0 ? at : Math.min(next, at);
            }
            for (QueuedMessage m : waiting.getOrDefault(queue, List.of())) {
                if (m.visibleAtMillis() > now) {
                    next = next < 0 ? m.visibleAtMillis() : Math.min(next, m.visibleAtMillis());
                }
            }
        }
        return next;
    }

    private List<QueuedMessage> due(String queue) {
        long now = clock.nowMillis();
        List<QueuedMessage> due = new ArrayList<>();
        for (QueuedMessage m : waiting.getOrDefault(queue, List.of())) {
            if (m.visibleAtMillis() <= now) {
                due.add(m);
            }
        }
        return due;
    }

    /** The batch window opens when the first message becomes available to an empty window. */
    private long windowOpened(String queue, List<QueuedMessage> due) {
        Long start = batchWindowStart.get(queue);
        if (start != null) {
            return start;
        }
        long first = Long.MAX_VALUE;
        for (QueuedMessage m : due) {
            first = Math.min(first, m.visibleAtMillis());
        }
        return first;
    }

    private boolean deliverOne(String queue) {
        Consumer consumer = consumers.get(queue);
        List<QueuedMessage> due = due(queue);
        if (due.isEmpty()) {
            batchWindowStart.remove(queue);
            return false;
        }
        ConsumerSettings settings = consumer.settings();
        long opened = windowOpened(queue, due);
        batchWindowStart.put(queue, opened);
        boolean full = due.size() >= settings.maxBatchSize();
        boolean timedOut = clock.nowMillis() >= opened + settings.maxBatchTimeoutSeconds() * 1000L;
        if (!full && !timedOut) {
            return false;
        }
        List<QueuedMessage> batch = new ArrayList<>(due.subList(0, Math.min(due.size(), settings.maxBatchSize())));
        waiting.get(queue).removeAll(batch);
        // What is left waits a window of its own, opened now.
        batchWindowStart.remove(queue);
        if (due.size() > batch.size()) {
            batchWindowStart.put(queue, clock.nowMillis());
        }
        deliver(queue, consumer, batch);
        return true;
    }

    private void deliver(String queue, Consumer consumer, List<QueuedMessage> messages) {
        List<Integer> attempts = new ArrayList<>();
        List<String> ids = new ArrayList<>();
        List<Delivery> deliveries = new ArrayList<>();
        for (QueuedMessage m : messages) {
            int attempt = m.nextAttempt();
            attempts.add(attempt);
            ids.add(m.id());
            deliveries.add(new Delivery(m.id(), m.timestampMillis(), attempt, m.contentType(), m.text(), m.bytes()));
        }
        batches.add(List.copyOf(ids));
        DeliveredBatch batch = new DeliveredBatch(queue, deliveries);
        boolean threw = false;
        String thrown = null;
        try {
            consumer.handler().handle(batch);
        } catch (RuntimeException error) {
            threw = true;
            thrown = error instanceof HandlerFailed ? "see the Worker's logs" : String.valueOf(error);
        }
        long now = clock.nowMillis();
        ConsumerSettings settings = consumer.settings();
        for (int i = 0; i < messages.size(); i++) {
            QueuedMessage m = messages.get(i);
            int attempt = attempts.get(i);
            Object[] retry = batch.retryOf(m.id(), threw, thrown);
            if (retry == null) {
                m.record(new Fate(attempt, now, Fate.Kind.ACKED, 0, batch.ackReason(m.id())));
                continue;
            }
            String reason = (String) retry[0];
            if (attempt <= settings.maxRetries()) {
                int delay = Math.max(0, retry[1] != null ? (Integer) retry[1] : settings.retryDelaySeconds());
                m.record(new Fate(attempt, now, Fate.Kind.RETRIED, delay, reason));
                m.dueAt(now + delay * 1000L);
                waiting.computeIfAbsent(queue, q -> new ArrayList<>()).add(m);
            } else if (settings.deadLetterQueue() != null) {
                m.record(new Fate(attempt, now, Fate.Kind.DEAD_LETTERED, 0, reason + "; max_retries ("
                        + settings.maxRetries() + ") reached after " + attempt + " deliveries, moved to "
                        + settings.deadLetterQueue()));
                m.moveTo(settings.deadLetterQueue(), now);
                waiting.computeIfAbsent(settings.deadLetterQueue(), q -> new ArrayList<>()).add(m);
            } else {
                m.record(new Fate(attempt, now, Fate.Kind.DROPPED, 0, reason + "; max_retries ("
                        + settings.maxRetries() + ") reached after " + attempt + " deliveries and "
                        + queue + " has no dead_letter_queue"));
            }
        }
    }

    /** The backlog a send reports: messages due and waiting (not delayed ones, nor those out in a batch). */
    private QueueSendMetrics backlog(String queue) {
        List<QueuedMessage> due = due(queue);
        long bytes = 0;
        for (QueuedMessage m : due) {
            bytes += m.sizeBytes();
        }
        return new QueueSendMetrics(due.size(), bytes, due.isEmpty() ? -1 : due.get(0).timestampMillis());
    }

    private void enqueue(String queue, OutgoingMessage message, int defaultDelay) {
        int delay = message.hasDelay() ? message.delaySeconds() : Math.max(defaultDelay, 0);
        long now = clock.nowMillis();
        String id = String.format("%032x", nextId++);
        QueuedMessage queued = new QueuedMessage(id, queue, message.contentType(), message.text(),
                message.contentType() == ContentType.BYTES ? message.bytes() : null, message.sizeBytes(), now,
                now + delay * 1000L);
        all.add(queued);
        waiting.computeIfAbsent(queue, q -> new ArrayList<>()).add(queued);
    }

    private final class Producer implements Queue {
        private final String queue;

        Producer(String queue) {
            this.queue = queue;
        }

        @Override
        public QueueSendMetrics send(OutgoingMessage message) {
            QueueLimits.checkMessage(message);
            QueueSendMetrics before = backlog(queue);
            enqueue(queue, message, -1);
            return before;
        }

        @Override
        public QueueSendMetrics sendBatch(List<OutgoingMessage> messages) {
            return enqueueBatch(messages, -1);
        }

        @Override
        public QueueSendMetrics sendBatch(List<OutgoingMessage> messages, int delaySeconds) {
            return enqueueBatch(messages, QueueLimits.checkDelay(delaySeconds));
        }

        private QueueSendMetrics enqueueBatch(List<OutgoingMessage> messages, int delaySeconds) {
            QueueLimits.checkBatch(messages);
            QueueSendMetrics before = backlog(queue);
            for (OutgoingMessage message : messages) {
                enqueue(queue, message, delaySeconds);
            }
            return before;
        }

        @Override
        public String toString() {
            return "FakeQueues.producer(" + queue + ")";
        }
    }

    @Override
    public String toString() {
        return "FakeQueues(" + clock + ", consumers " + consumers.keySet() + ")";
    }
}
