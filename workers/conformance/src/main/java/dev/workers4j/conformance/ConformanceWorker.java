package dev.workers4j.conformance;

import dev.workers4j.env.Env;
import dev.workers4j.http.Handler;
import dev.workers4j.http.Request;
import dev.workers4j.http.middleware.RequestId;
import dev.workers4j.http.Response;
import dev.workers4j.http.Router;
import dev.workers4j.log.Log;
import dev.workers4j.queue.Message;
import dev.workers4j.queue.MessageBatch;
import dev.workers4j.scheduled.ScheduledEvent;
import dev.workers4j.worker.Attempt;
import dev.workers4j.worker.ExecutionContext;
import dev.workers4j.worker.Worker;
import dev.workers4j.worker.WorkerEntry;

/**
 * A test-only Worker (never deployed) whose handlers exercise the framework: the router and its
 * error mapping, the Java constructs TeaVM has mis-compiled, body limits, waitUntil, queue
 * ack/retry and crons. Its tests play one scenario list on the JVM and in workerd.
 */
@WorkerEntry
public final class ConformanceWorker implements Worker {
    private final Router router;

    /** The Worker as its bundle runs it, in workerd. */
    public ConformanceWorker() {
        this(new JsRuntimeProbe());
    }

    /** @param probe what the runtime under test does natively (a JS Promise in workerd) */
    public ConformanceWorker(RuntimeProbe probe) {
        router = new Router()
                .use(RequestId.middleware())
                .route("/router", RouterRoutes.create())
                .route("/teavm", TeaVmRoutes.create())
                .route("/body", BodyRoutes.create())
                .route("/background", BackgroundRoutes.create())
                .route("/json", JsonRoutes.create(probe))
                .get("/runtime/catch-after-suspension", c -> {
                    StringBuilder trace = new StringBuilder("before");
                    SuspendingCatch.run(probe, c, trace);
                    return Response.text(200, trace.toString());
                })
                .get("/runtime/catch-after-suspension/parameter-first-used-in-try",
                        traced(probe, SuspendingCatch::parameterFirstUsedInTry))
                .get("/runtime/catch-after-suspension/parameter-first-used-in-try/sync-throw",
                        traced(probe, SuspendingCatch::parameterFirstUsedInTryWithoutSuspension))
                .get("/runtime/catch-after-suspension/restructured", traced(probe, SuspendingCatch::restructured))
                .get("/runtime/await-rejection", c -> {
                    try {
                        probe.awaitRejection("rejected on purpose");
                        return Response.text(200, "not rejected");
                    } catch (RuntimeException e) {
                        return Response.text(200, "caught: " + e.getMessage());
                    }
                })
                // One rejected await, then one that fulfils: the second returns (TeaVM's Wasm GC
                // fibers threw the first rejection again there: wasm-gaps, gap 9).
                .get("/runtime/await-after-rejection", c -> {
                    RuntimeException first = Attempt.run(() -> probe.awaitRejection("rejected first"));
                    probe.awaitTimer();
                    return Response.text(200, "first: " + (first == null ? "not rejected" : first.getMessage())
                            + "; the next await returned");
                });
    }

    /**
     * Calls the shape through an interface, as sql-parity's routes are called: compiled on its
     * own (not inlined into a caller that knows the trace is a fresh, non-null object), the
     * trace stays a parameter.
     */
    private static Handler traced(RuntimeProbe probe, SuspendingCatch.Shape shape) {
        return c -> {
            StringBuilder trace = new StringBuilder("before");
            shape.run(probe, trace);
            return Response.text(200, trace.toString());
        };
    }

    @Override
    public Response fetch(Request request, Env env, ExecutionContext ctx) {
        return router.handle(request, env, ctx);
    }

    /**
     * Each message's text says what to do with it: "ack", "retry", "retry-later" (60 s delay),
     * "throw" (the handler throws there, after acting on the messages before it), anything else
     * is left alone.
     */
    @Override
    public void queue(MessageBatch batch, Env env, ExecutionContext ctx) {
        for (Message message : batch.messages()) {
            switch (message.bodyText()) {
                case "ack":
                    message.ack();
                    break;
                case "retry":
                    message.retry();
                    break;
                case "retry-later":
                    message.retry(60);
                    break;
                case "retry-all-later":
                    batch.retryAll(30);
                    break;
                case "ack-all":
                    batch.ackAll();
                    break;
                case "throw":
                    throw new IllegalStateException("message " + message.id() + " asked the handler to throw");
                default:
                    break;
            }
        }
    }

    @Override
    public void scheduled(ScheduledEvent event, Env env, ExecutionContext ctx) {
        if (event.cron().equals("13 13 * * *")) {
            throw new IllegalStateException("the unlucky cron fails on purpose");
        }
        Log.info("scheduled ran for cron " + event.cron());
    }
}
