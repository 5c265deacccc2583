package dev.workers4j.runtime.js;

import dev.workers4j.crypto.RandomIds;
import dev.workers4j.fetch.Outbound;
import dev.workers4j.http.ErrorResponses;
import dev.workers4j.http.Request;
import dev.workers4j.json.JsonEngine;
import dev.workers4j.log.Log;
import dev.workers4j.runtime.js.json.JsJsonEngine;
import dev.workers4j.scheduled.ScheduledEvent;
import dev.workers4j.worker.Worker;
import org.teavm.jso.JSBody;
import org.teavm.jso.JSExceptions;
import org.teavm.jso.JSObject;

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
            try {
                worker.queue(new JsMessageBatch(batch), new JsEnv(env), new JsExecutionContext(ctx));
                invocation.succeed(null);
            } catch (Throwable error) {
                // Rejecting makes workerd retry every message not acked: the platform's semantics.
                Log.error("queue handler failed", error);
                invocation.fail(toJsError(error));
            }
        });
        return invocation.result();
    }

    public static JSObject scheduled(Worker worker, JSObject controller, JSObject env, JSObject ctx) {
        installRuntimeServices();
        Invocation invocation = new Invocation();
        GreenThreads.start(() -> {
            try {
                ScheduledEvent event = new ScheduledEvent(cron(controller), (long) scheduledTime(controller));
                worker.scheduled(event, new JsEnv(env), new JsExecutionContext(ctx));
                invocation.succeed(null);
            } catch (Throwable error) {
                Log.error("scheduled handler failed", error);
                invocation.fail(toJsError(error));
            }
        });
        return invocation.result();
    }

    private static void installRuntimeServices() {
        if (!installed) {
            installed = true;
            Log.install(new JsLogSink());
            RandomIds.install(JsGlobals::randomUuid);
            JsonEngine.install(new JsJsonEngine());
            Outbound.install(JsFetch::global);
        }
    }

    static JSObject toJsError(Throwable error) {
        if (error instanceof JsException) {
            return JsGlobals.newError(error.getMessage());
        }
        JSObject jsError = JSExceptions.getJSException(error);
        return jsError != null ? jsError : JsGlobals.newError(String.valueOf(error.getMessage()));
    }

    @JSBody(params = "c", script = "return c.cron;")
    private static native String cron(JSObject controller);

    @JSBody(params = "c", script = "return c.scheduledTime;")
    private static native double scheduledTime(JSObject controller);
}
