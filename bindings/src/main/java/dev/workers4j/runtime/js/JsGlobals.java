package dev.workers4j.runtime.js;

import org.teavm.jso.JSBody;
import org.teavm.jso.JSFunctor;
import org.teavm.jso.JSObject;

/** The few workerd globals the runtime calls directly. */
final class JsGlobals {
    private JsGlobals() {
    }

    /** A callback from JS into Java that never suspends. */
    @JSFunctor
    interface Callback extends JSObject {
        void call();
    }

    @JSBody(params = "callback", script = "queueMicrotask(callback);")
    static native void queueMicrotask(Callback callback);

    @JSBody(script = "return crypto.randomUUID();")
    static native String randomUuid();

    @JSBody(params = "message", script = "console.log(message);")
    static native void consoleLog(String message);

    @JSBody(params = "message", script = "console.warn(message);")
    static native void consoleWarn(String message);

    @JSBody(params = {"message", "error"}, script = "console.error(error && error.stack ? message + '\\n' + error.stack : message);")
    static native void consoleError(String message, JSObject error);

    @JSBody(params = "message", script = "return new Error(message);")
    static native JSObject newError(String message);
}
