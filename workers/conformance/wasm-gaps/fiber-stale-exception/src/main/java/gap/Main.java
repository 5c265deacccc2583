package gap;

import org.teavm.interop.Async;
import org.teavm.interop.AsyncCallback;
import org.teavm.jso.JSBody;
import org.teavm.jso.JSExport;
import org.teavm.jso.JSFunctor;
import org.teavm.jso.JSObject;
import org.teavm.runtime.Fiber;

/**
 * TeaVM 0.15 Wasm GC: Fiber.suspend rethrows fiber.exception on resumption and never clears it.
 * One fiber awaits twice: a rejected callback, then a fulfilled one. On the JVM (and TeaVM's
 * JavaScript target) the second await returns normally; on Wasm GC it throws the first
 * exception again, outside the try that had caught it.
 */
public final class Main {
    private Main() {
    }

    public static void main(String[] args) {
    }

    /** The Worker's fetch handler (build/entry/index-wasm.mjs): answers the scenario's text. */
    @JSExport
    public static JSObject fetch(JSObject request) {
        return promise(resolve -> Fiber.start(() -> resolve.settle(scenario()), true));
    }

    static String scenario() {
        StringBuilder out = new StringBuilder();
        try {
            settleLater(true);
            out.append("first await (rejected): returned");
        } catch (IllegalStateException e) {
            out.append("first await (rejected): caught ").append(e.getMessage());
        }
        try {
            settleLater(false);
            out.append("; second await (fulfilled): returned");
        } catch (IllegalStateException e) {
            out.append("; second await (fulfilled): threw ").append(e.getMessage()).append(" again");
        }
        return out.toString();
    }

    /** Suspends the fiber until a microtask settles the callback: an error when reject is true. */
    @Async
    static native Void settleLater(boolean reject);

    static void settleLater(boolean reject, AsyncCallback<Void> callback) {
        later(() -> {
            if (reject) {
                callback.error(new IllegalStateException("the first rejection"));
            } else {
                callback.complete(null);
            }
        });
    }

    @JSFunctor
    interface Task extends JSObject {
        void run();
    }

    @JSFunctor
    interface Resolve extends JSObject {
        void settle(String text);
    }

    @JSFunctor
    interface Executor extends JSObject {
        void start(Resolve resolve);
    }

    @JSBody(params = "task", script = "Promise.resolve().then(() => task());")
    static native void later(Task task);

    @JSBody(params = "executor", script = "return new Promise((resolve) => executor((text) => resolve(new Response(text))));")
    static native JSObject promise(Executor executor);
}
