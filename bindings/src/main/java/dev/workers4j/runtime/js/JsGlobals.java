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

    /**
     * The stack frames of a JS error (its stack without the first line, "Error" for the errors
     * TeaVM attaches to Java exceptions), or "" when it has none.
     */
    @JSBody(params = "error", script = "var s = error && error.stack ? String(error.stack) : '';"
            + " var firstFrame = s.indexOf('\\n    at '); return firstFrame < 0 ? '' : s.substring(firstFrame + 1);")
    static native String stackFrames(JSObject error);

    /** V8 keeps 10 frames by default; a Java stack through the router and green threads has more. */
    @JSBody(script = "Error.stackTraceLimit = 100;")
    static native void raiseStackTraceLimit();

    @JSBody(params = "message", script = "return new Error(message);")
    static native JSObject newError(String message);
}
