package dev.workers4j.runtime.js;

import org.teavm.jso.JSObject;
import org.teavm.jso.core.JSPromise;
import org.teavm.jso.function.JSConsumer;

/**
 * The outcome of one handler call running in a green thread. If the thread finishes before it
 * first suspends, workerd gets the value itself (no Promise, no extra turn of the event loop);
 * otherwise it gets a Promise that the thread settles later.
 */
final class Invocation {
    private boolean settled;
    // Whether workerd holds a Promise for this call. A flag, not a null test on the JSO fields:
    // TeaVM may leave a JSO field undefined rather than null until it is assigned.
    private boolean promised;
    private JSObject value;
    private JSObject error;
    private JSConsumer<JSObject> resolve;
    private JSConsumer<Object> reject;

    void succeed(JSObject result) {
        if (promised) {
            resolve.accept(result);
        } else {
            settled = true;
            value = result;
        }
    }

    void fail(JSObject jsError) {
        if (promised) {
            reject.accept(jsError);
        } else {
            settled = true;
            error = jsError;
        }
    }

    /**
     * What the exported handler returns to workerd, right after the thread first yields or ends.
     * Typed JSObject, not Object: an Object would make TeaVM wrap the value in a JSWrapper (a
     * WeakRef and a registry entry per request) only to unwrap it at the export.
     */
    JSObject result() {
        if (settled) {
            return error == null ? value : JSPromise.reject(error);
        }
        return new JSPromise<JSObject>((res, rej) -> {
            resolve = res;
            reject = rej;
            promised = true;
        });
    }
}
