package dev.workers4j.conformance;

import dev.workers4j.runtime.js.JsAwait;
import org.teavm.jso.JSBody;
import org.teavm.jso.core.JSPromise;

/** The probe in workerd: real Promises and the engine's own JSON. */
final class JsRuntimeProbe implements RuntimeProbe {
    @Override
    public void awaitRejection(String message) {
        JsAwait.await(rejectLater(message));
    }

    @Override
    public void awaitTimer() {
        JsAwait.await(resolveLater());
    }

    @Override
    public long execute(String statement, Object... params) {
        for (Object param : params) {
            if ("dup".equals(param)) {
                try {
                    awaitRejection("duplicate key in " + statement);
                } catch (RuntimeException rejected) {
                    throw new IllegalStateException("typed: " + rejected.getMessage());
                }
            }
        }
        awaitTimer();
        return params.length;
    }

    @Override
    public int nativeJsonParse(String json, int times) {
        return parseTimes(json, times);
    }

    @Override
    public long nativeJsonStringify(String json, int times) {
        return (long) stringifyTimes(json, times);
    }

    @JSBody(params = "message", script = "return new Promise(function(_, reject) {"
            + " setTimeout(function() { reject(new TypeError(message)); }, 1); });")
    private static native JSPromise<Object> rejectLater(String message);

    @JSBody(script = "return new Promise(function(resolve) { setTimeout(function() { resolve(null); }, 1); });")
    private static native JSPromise<Object> resolveLater();

    @JSBody(params = {"json", "times"}, script = "var total = 0;"
            + " for (var i = 0; i < times; i++) { total += JSON.parse(json).line_items.length; } return total;")
    private static native int parseTimes(String json, int times);

    @JSBody(params = {"json", "times"}, script = "var value = JSON.parse(json); var total = 0;"
            + " for (var i = 0; i < times; i++) { total += JSON.stringify(value).length; } return total;")
    private static native double stringifyTimes(String json, int times);
}
