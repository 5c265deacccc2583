package dev.workers4j.runtime.js;

import org.teavm.interop.AsyncCallback;
import org.teavm.jso.JSBody;
import org.teavm.jso.JSExceptions;
import org.teavm.jso.JSFunctor;
import org.teavm.jso.JSObject;
import org.teavm.jso.core.JSPromise;
import org.teavm.runtime.Fiber;

/**
 * The WebAssembly GC bodies of this package's JS-only methods ({@link WasmGcCounterpart}); compiled
 * only by the Wasm build ({@code -Dworker.target=wasm}).
 */
final class WasmGc {
    private WasmGc() {
    }

    /**
     * {@link GreenThreads#start}: TeaVM's Wasm GC fibers, which start(runner, daemon) runs
     * synchronously up to the first suspension, as the JS target's {@code $rt_startThread} does.
     * Daemon: a finished handler must not count as the program's last thread (that stops TeaVM's
     * event queue).
     */
    static void start(GreenThreads.Task task) {
        Fiber.start(() -> GreenThreads.run(task), true);
    }

    /**
     * {@link JsAwait}'s callback half. The rejection reason stays a JSObject: {@code JSPromise.then}
     * hands it over as an Object, and {@code instanceof} on an Object holding a JS value compiles
     * to invalid Wasm in TeaVM 0.15 ("Invalid types for ref.test"; see
     * workers/conformance/wasm-gaps/README.md). A rejection never carries a Java exception object
     * here: Java exceptions reach JS as JS errors, which getJavaException unwraps.
     */
    @SuppressWarnings("unchecked")
    static <T> void await(JSPromise<T> promise, AsyncCallback<T> callback) {
        then(promise, value -> callback.complete((T) value), reason -> callback.error(toJava(reason)));
    }

    /** JsAwait.toJava for a reason that is a JS value on the Java side too. */
    private static Throwable toJava(JSObject error) {
        Throwable java = isError(error) ? JSExceptions.getJavaException(error) : null;
        return java != null ? java : new JsException(JsAwait.messageOf(error), JsAwait.stackOf(error));
    }

    @JSBody(params = "e", script = "return e instanceof Error;")
    private static native boolean isError(JSObject e);

    @JSFunctor
    interface Settled extends JSObject {
        void settle(JSObject value);
    }

    @JSBody(params = {"p", "ok", "failed"}, script = "p.then(ok, failed);")
    private static native void then(JSObject promise, Settled ok, Settled failed);
}
