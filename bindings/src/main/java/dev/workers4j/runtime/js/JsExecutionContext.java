package dev.workers4j.runtime.js;

import dev.workers4j.log.Log;
import dev.workers4j.worker.ExecutionContext;
import org.teavm.jso.JSObject;
import org.teavm.jso.core.JSPromise;

/** workerd's ExecutionContext; waitUntil runs Java work in its own green thread. */
final class JsExecutionContext implements ExecutionContext {
    private final Native ctx;

    interface Native extends JSObject {
        void waitUntil(JSPromise<?> promise);

        void passThroughOnException();
    }

    JsExecutionContext(JSObject ctx) {
        this.ctx = (Native) ctx;
    }

    @Override
    public void waitUntil(Runnable task) {
        JSPromise<Object> done = new JSPromise<>((resolve, reject) -> GreenThreads.startSoon(() -> {
            try {
                task.run();
            } catch (Throwable error) {
                Log.error("a waitUntil task failed", error);
            }
            resolve.accept(null);
        }));
        ctx.waitUntil(done);
    }

    @Override
    public void passThroughOnException() {
        ctx.passThroughOnException();
    }
}
