package dev.workers4j.runtime.js;

import dev.workers4j.crypto.RandomIds;
import dev.workers4j.fetch.Outbound;
import dev.workers4j.http.ErrorResponses;
import dev.workers4j.http.Request;
import dev.workers4j.http.Utf8;
import dev.workers4j.json.JsonEngine;
import dev.workers4j.log.Log;
import dev.workers4j.runtime.js.json.JsJsonEngine;
import dev.workers4j.scheduled.ScheduledEvent;
import dev.workers4j.scheduled.ScheduledTriggers;
import dev.workers4j.worker.Worker;
import org.teavm.jso.JSBody;
import org.teavm.jso.JSObject;
import org.teavm.jso.core.JSPromise;

/**
 * What a Worker's generated entry module calls: each workerd entry point becomes a Java call on
 * the {@link Worker}, in its own green thread, with the JS arguments wrapped in the Java API.
 */
public final class WorkerBridge {
    private static boolean installed;

    private WorkerBridge() {
    }

    public static JSObject fetch(Worker worker, JSObject request, JSObject env, JSObject ctx) {
        installRuntimeServices();
        Invocation invocation = new Invocation();
        GreenThreads.start(() -> {
            JSObject response;
            try {
                JsRequest jsRequest = (JsRequest) request;
                Request javaRequest = new Request(jsRequest.getMethod(), jsRequest.getUrl(),
                        new JsRequestHeaders(jsRequest.getHeaders()), new JsBodySource(jsRequest));
                // Converted inside the try: a streamed body can fail here (a stream already read).
                response = JsResponses.toJs(worker.fetch(javaRequest, new JsEnv(env), new JsExecutionContext(ctx)));
            } catch (Throwable error) {
                Log.error("fetch handler failed", error);
                response = JsResponses.toJs(ErrorResponses.body(500, "internal_error", "internal server error", null));
            }
            invocation.succeed(response);
        });
        return invocation.result();
    }

    public static JSObject queue(Worker worker, JSObject batch, JSObject env, JSObject ctx) {
        installRuntimeServices();
        Invocation invocation = new Invocation();
        GreenThreads.start(() -> {
            // Settled after the try, never inside its catch: TeaVM 0.15 (strict) compiles a catch
            // that uses a parameter first dereferenced in the try (here the lambda's captured
            // invocation) with an unassigned copy, and the call would never settle.
            JSObject failure = null;
            try {
                worker.queue(new JsMessageBatch(batch), new JsEnv(env), new JsExecutionContext(ctx));
            } catch (Throwable error) {
                // Rejecting makes workerd retry every message not acked: the platform's semantics.
                Log.error("queue handler failed", error);
                failure = toJsError(error);
            }
            settle(invocation, failure);
        });
        return invocation.result();
    }

    /**
     * Runs the scheduled handler for a cron {@code triggers} allows; any other is refused (the
     * returned Promise rejects with the reason, which {@code wrangler dev}'s /__scheduled shows).
     */
    public static JSObject scheduled(Worker worker, ScheduledTriggers triggers, JSObject controller, JSObject env,
            JSObject ctx) {
        installRuntimeServices();
        String refusal = triggers.refusal(cron(controller));
        if (refusal != null) {
            Log.warn(refusal);
            return JSPromise.reject(JsGlobals.newError(refusal));
        }
        Invocation invocation = new Invocation();
        GreenThreads.start(() -> {
            JSObject failure = null; // settled after the try: see queue
            try {
                ScheduledEvent event = new ScheduledEvent(cron(controller), (long) scheduledTime(controller));
                worker.scheduled(event, new JsEnv(env), new JsExecutionContext(ctx));
            } catch (Throwable error) {
                Log.error("scheduled handler failed", error);
                failure = toJsError(error);
            }
            settle(invocation, failure);
        });
        return invocation.result();
    }

    private static void settle(Invocation invocation, JSObject failure) {
        if (failure == null) {
            invocation.succeed(null);
        } else {
            invocation.fail(failure);
        }
    }

    private static void installRuntimeServices() {
        if (!installed) {
            installed = true;
            JsGlobals.raiseStackTraceLimit();
            Log.install(new JsLogSink());
            RandomIds.install(JsGlobals::randomUuid);
            JsonEngine.install(new JsJsonEngine());
            Utf8.install(JsJsonEngine::utf8);
            Outbound.install(JsFetch::global);
        }
    }

    /** What a rejected handler hands workerd: an Error saying the Java class and message. */
    static JSObject toJsError(Throwable error) {
        return JsGlobals.newError(JsLogSink.describe(error));
    }

    @JSBody(params = "c", script = "return c.cron;")
    private static native String cron(JSObject controller);

    @JSBody(params = "c", script = "return c.scheduledTime;")
    private static native double scheduledTime(JSObject controller);
}
