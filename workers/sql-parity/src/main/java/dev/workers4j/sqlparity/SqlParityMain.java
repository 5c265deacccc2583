package dev.workers4j.sqlparity;

import dev.workers4j.runtime.js.WorkerBridge;
import dev.workers4j.worker.Worker;
import org.teavm.jso.JSExport;
import org.teavm.jso.JSObject;

/** TeaVM's entry: the handlers workerd calls, exported to build/entry/index.mjs. */
public final class SqlParityMain {
    private static final Worker WORKER = new SqlParityWorker();

    private SqlParityMain() {
    }

    @JSExport
    public static JSObject fetch(JSObject request, JSObject env, JSObject ctx) {
        return WorkerBridge.fetch(WORKER, request, env, ctx);
    }

    @JSExport
    public static JSObject queue(JSObject batch, JSObject env, JSObject ctx) {
        return WorkerBridge.queue(WORKER, batch, env, ctx);
    }

    @JSExport
    public static JSObject scheduled(JSObject controller, JSObject env, JSObject ctx) {
        return WorkerBridge.scheduled(WORKER, controller, env, ctx);
    }
}
