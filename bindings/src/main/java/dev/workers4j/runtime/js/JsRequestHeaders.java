package dev.workers4j.runtime.js;

import dev.workers4j.http.Headers;
import java.util.ArrayList;
import java.util.List;
import org.teavm.jso.JSBody;
import org.teavm.jso.JSFunctor;
import org.teavm.jso.JSObject;

/**
 * A request's headers read straight from the JS Headers object: nothing is copied unless the
 * code walks them all.
 */
final class JsRequestHeaders implements Headers {
    private final JsHeaders headers;

    JsRequestHeaders(JsHeaders headers) {
        this.headers = headers;
    }

    @Override
    public String get(String name) {
        return headers.get(name);
    }

    @Override
    public List<String> getAll(String name) {
        List<String> all = new ArrayList<>(1);
        forEach((n, v) -> {
            if (n.equalsIgnoreCase(name)) {
                all.add(v);
            }
        });
        return all;
    }

    @Override
    public boolean has(String name) {
        return headers.has(name);
    }

    @Override
    public void forEach(HeaderVisitor visitor) {
        eachHeader(headers, visitor::visit);
    }

    @JSFunctor
    interface PairCallback extends JSObject {
        void accept(String name, String value);
    }

    // Fetch Headers iterate with lower-case names, combined values (set-cookie excepted).
    @JSBody(params = {"headers", "callback"}, script = "headers.forEach(function(v, n) { callback(n, v); });")
    private static native void eachHeader(JsHeaders headers, PairCallback callback);
}
