package dev.workers4j.testing;

import dev.workers4j.http.Request;
import dev.workers4j.http.Response;
import dev.workers4j.log.Log;
import dev.workers4j.queue.ContentType;
import dev.workers4j.env.Env;
import dev.workers4j.scheduled.ScheduledEvent;
import dev.workers4j.scheduled.ScheduledTriggers;
import dev.workers4j.testing.queue.DeliveredBatch;
import dev.workers4j.testing.queue.Delivery;
import dev.workers4j.testing.queue.FakeQueues;
import dev.workers4j.worker.ExecutionContext;
import dev.workers4j.worker.Worker;
import java.util.ArrayList;
import java.util.List;

/**
 * A Worker running in this JVM with fake bindings: requests, batches and crons are plain method
 * calls, so a test takes milliseconds. waitUntil tasks run right after the handler returns.
 */
public final class WorkerHarness implements WorkerClient {
    private final Worker worker;
    private final FakeEnv env;
    private final WranglerConfig config;
    private final CapturingLog log = new CapturingLog();
    private FakeQueues queues;

    public WorkerHarness(Worker worker, FakeEnv env, WranglerConfig config) {
        this.worker = worker;
        this.env = env;
        this.config = config;
        checkBakedCrons();
    }

    /**
     * The crons the generated {@code <Worker>Main} baked in at compile time must be wrangler.toml's
     * now: Maven does not recompile for a wrangler.toml edit, and workerd would refuse the new crons.
     */
    private void checkBakedCrons() {
        if (config == null || !hasScheduledHandler()) {
            return;
        }
        ScheduledTriggers baked;
        try {
            Class<?> main = Class.forName(worker.getClass().getName() + "Main", true, worker.getClass().getClassLoader());
            java.lang.reflect.Field triggers = main.getDeclaredField("TRIGGERS");
            triggers.setAccessible(true);
            baked = (ScheduledTriggers) triggers.get(null);
        } catch (ReflectiveOperationException | LinkageError | ClassCastException notGenerated) {
            return; // no @WorkerEntry main class (a Worker made for one test)
        }
        String[] crons = baked.crons();
        if (crons != null && !List.of(crons).equals(config.crons())) {
            throw new IllegalStateException(worker.getClass().getSimpleName() + "Main was compiled with the crons "
                    + List.of(crons) + " but " + config.path() + " lists " + config.crons()
                    + ": rebuild it (mvn clean package) so workerd fires the crons wrangler.toml lists");
        }
    }

    public FakeEnv env() {
        return env;
    }

    /** The fake queues this Worker's producers send into (set by {@link WorkerExtension}). */
    void queues(FakeQueues queues) {
        this.queues = queues;
    }

    /** Drains the fake queues on their virtual clock, then runs the assertion once. */
    @Override
    public void awaitDelivered(Runnable assertion) {
        if (queues != null) {
            queues.drain();
        }
        assertion.run();
    }

    @Override
    public void r2Put(String binding, String key, byte[] body) {
        env.r2(binding).put(key, body);
    }

    @Override
    public Response fetch(Request request) {
        Log.install(log);
        FakeExecutionContext ctx = new FakeExecutionContext();
        Request absolute = request.url().startsWith("/") ? request.withUrl("http://localhost" + request.url()) : request;
        Response response = worker.fetch(absolute, env, ctx);
        ctx.runPendingTasks();
        return response;
    }

    @Override
    public QueueOutcome queue(String queueName, List<TestMessage> messages) {
        Log.install(log);
        FakeExecutionContext ctx = new FakeExecutionContext();
        List<Delivery> deliveries = new ArrayList<>();
        for (TestMessage m : messages) {
            deliveries.add(new Delivery(m.id(), m.timestampMillis(), m.attempts(),
                    m.json() ? ContentType.JSON : ContentType.TEXT, m.body(), null));
        }
        DeliveredBatch batch = new DeliveredBatch(queueName, deliveries);
        boolean threw = false;
        try {
            worker.queue(batch, env, ctx);
        } catch (RuntimeException error) {
            Log.error("queue handler failed", error);
            threw = true;
        }
        ctx.runPendingTasks();
        return QueueOutcome.of(threw, batch.settlement());
    }

    /**
     * Delivers a batch built elsewhere (by {@code dev.workers4j.testing.queue.FakeQueues}, which
     * reads the handler's ack/retry calls from the batch itself) to the Worker's queue handler;
     * returns whether the handler threw (the exception is logged, as workerd does).
     */
    public boolean queueBatch(dev.workers4j.queue.MessageBatch batch) {
        Log.install(log);
        FakeExecutionContext ctx = new FakeExecutionContext();
        boolean threw = false;
        try {
            worker.queue(batch, env, ctx);
        } catch (RuntimeException error) {
            Log.error("queue handler failed", error);
            threw = true;
        }
        ctx.runPendingTasks();
        return threw;
    }

    /** The Worker's wrangler.toml as the harness read it, or null when it has none. */
    public WranglerConfig config() {
        return config;
    }

    /**
     * Runs the scheduled handler for {@code cron}, which the Worker's wrangler.toml must list
     * (else IllegalArgumentException, as in workerd). A Worker without a scheduled handler refuses
     * every cron, logging why: the outcome is a handler that threw, as in workerd.
     */
    @Override
    public ScheduledOutcome scheduled(String cron) {
        return scheduled(cron, System.currentTimeMillis());
    }

    /** Fires the scheduled handler as for a trigger due at {@code scheduledTimeMillis} (a cron firing twice, say). */
    public ScheduledOutcome scheduled(String cron, long scheduledTimeMillis) {
        if (config != null && !config.crons().contains(cron)) {
            throw new IllegalArgumentException(
                    ScheduledTriggers.notListed(config.name(), cron, config.crons().toArray(new String[0])));
        }
        Log.install(log);
        if (!hasScheduledHandler()) {
            Log.warn(ScheduledTriggers.withoutHandler(config != null ? config.name() : worker.getClass().getSimpleName(),
                    worker.getClass().getSimpleName()).refusal(cron));
            return new ScheduledOutcome(true);
        }
        FakeExecutionContext ctx = new FakeExecutionContext();
        boolean threw = false;
        try {
            worker.scheduled(new ScheduledEvent(cron, scheduledTimeMillis), env, ctx);
        } catch (RuntimeException error) {
            Log.error("scheduled handler failed", error);
            threw = true;
        }
        ctx.runPendingTasks();
        return new ScheduledOutcome(threw);
    }

    /** Whether the Worker overrides Worker.scheduled (the generated main class decides the same at build time). */
    private boolean hasScheduledHandler() {
        try {
            return worker.getClass().getMethod("scheduled", ScheduledEvent.class, Env.class, ExecutionContext.class)
                    .getDeclaringClass() != Worker.class;
        } catch (NoSuchMethodException impossible) {
            throw new IllegalStateException(impossible);
        }
    }

    @Override
    public List<String> logs() {
        return log.lines();
    }

    public void clearLogs() {
        log.clear();
    }
}
