package dev.workers4j.runtime.js;

import org.teavm.interop.Async;
import org.teavm.interop.AsyncCallback;
import org.teavm.jso.JSBody;
import org.teavm.jso.JSExceptions;
import org.teavm.jso.JSFunctor;
import org.teavm.jso.JSObject;
import org.teavm.jso.core.JSPromise;

/**
 * Suspends the current green thread until a JS Promise settles. Unlike
 * {@code JSPromise.await()}, a rejection becomes a {@link JsException} carrying the JS error's
 * message and stack (or the Java exception itself, when the rejection came from Java code).
 */
public final class JsAwait {
    private JsAwait() {
    }

    @Async
    public static native <T> T await(JSPromise<T> promise);

    @SuppressWarnings("unchecked")
    private static <T> void await(JSPromise<T> promise, AsyncCallback<T> callback) {
        if (Target.isWebAssemblyGC()) {
            // The reason stays a JSObject: JSPromise.then hands it over as an Object, and TeaVM's
            // Wasm GC target compiles `instanceof` on such a value to invalid Wasm (see
            // workers/conformance/wasm-gaps/instanceof-js-object).
            then(promise, value -> callback.complete((T) value),
                    reason -> callback.error(jsReasonToJava(reason)));
            return;
        }
        promise.then(value -> {
            callback.complete(value);
            return null;
        }, reason -> {
            callback.error(toJava(reason));
            return null;
        });
    }

    static Throwable toJava(Object reason) {
        if (reason instanceof Throwable) {
            return (Throwable) reason;
        }
        JSObject error = (JSObject) reason;
        Throwable java = isError(error) ? JSExceptions.getJavaException(error) : null;
        return java != null ? java : new JsException(messageOf(error), stackOf(error));
    }

    /** toJava for a reason that never was a Java object on the Java side (the Wasm GC path). */
    static Throwable jsReasonToJava(JSObject error) {
        Throwable java = isError(error) ? JSExceptions.getJavaException(error) : null;
        return java != null ? java : new JsException(messageOf(error), stackOf(error));
    }

    @JSFunctor
    interface Settled extends JSObject {
        void settle(JSObject value);
    }

    @JSBody(params = {"p", "ok", "failed"}, script = "p.then(ok, failed);")
    private static native void then(JSObject promise, Settled ok, Settled failed);

    @JSBody(params = "e", script = "return e instanceof Error;")
    private static native boolean isError(JSObject e);

    @JSBody(params = "e", script = "return e instanceof Error ? (e.name + ': ' + e.message) : String(e);")
    static native String messageOf(JSObject e);

    @JSBody(params = "e", script = "return e instanceof Error && e.stack ? String(e.stack) : null;")
    static native String stackOf(JSObject e);
}
