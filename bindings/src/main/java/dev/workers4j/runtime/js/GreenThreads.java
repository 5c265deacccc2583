package dev.workers4j.runtime.js;

import org.teavm.backend.javascript.spi.GeneratedBy;
import org.teavm.dependency.PluggableDependency;

/**
 * Starts TeaVM green threads. TeaVM's own {@code Thread.start()} (and so
 * {@code JSPromise.callAsync}) waits for a {@code setTimeout(0)} turn before the thread runs;
 * a Worker answering a request should not. {@link #start} runs the task synchronously in a new
 * green thread, up to its first suspension, through TeaVM's internal thread starter, which
 * {@link GreenThreadStarter} writes into the output at compile time.
 *
 * <p>It must not be called while another green thread runs (TeaVM allows one at a time):
 * from a handler, use {@link #startSoon}.
 */
final class GreenThreads {
    private GreenThreads() {
    }

    /** Work to run in a green thread: may suspend, must not throw (nothing would catch it). */
    interface Task {
        void run();
    }

    @GeneratedBy(GreenThreadStarter.class)
    @PluggableDependency(GreenThreadStarter.class)
    @WasmGcCounterpart(WasmGc.class)
    static native void start(Task task);

    /** Starts the task in a green thread on the next microtask, after the current thread yields. */
    static void startSoon(Task task) {
        JsGlobals.queueMicrotask(() -> start(task));
    }

    /** What the generated starter calls inside the new thread. */
    static void run(Task task) {
        task.run();
    }
}
