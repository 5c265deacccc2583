package dev.workers4j.runtime.js;

import org.teavm.interop.Async;
import org.teavm.interop.AsyncCallback;
import org.teavm.jso.JSBody;
import org.teavm.jso.JSExceptions;
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

    @WasmGcCounterpart(WasmGc.class)
    private static <T> void await(JSPromise<T> promise, AsyncCallback<T> callback) {
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

    @JSBody(params = "e", script = "return e instanceof Error;")
    private static native boolean isError(JSObject e);

    @JSBody(params = "e", script = "return e instanceof Error ? (e.name + ': ' + e.message) : String(e);")
    static native String messageOf(JSObject e);

    @JSBody(params = "e", script = "return e instanceof Error && e.stack ? String(e.stack) : null;")
    static native String stackOf(JSObject e);
}
