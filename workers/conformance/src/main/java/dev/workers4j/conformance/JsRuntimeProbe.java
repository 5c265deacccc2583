package dev.workers4j.conformance;

import dev.workers4j.runtime.js.JsAwait;
import org.teavm.jso.JSBody;
import org.teavm.jso.core.JSPromise;

/** The probe in workerd: a real Promise rejected by a real JS Error, awaited through the framework. */
final class JsRuntimeProbe implements RuntimeProbe {
    @Override
    public void awaitRejection(String message) {
        JsAwait.await(rejectLater(message));
    }

    @JSBody(params = "message", script = "return new Promise(function(_, reject) {"
            + " setTimeout(function() { reject(new TypeError(message)); }, 1); });")
    private static native JSPromise<Object> rejectLater(String message);
}
