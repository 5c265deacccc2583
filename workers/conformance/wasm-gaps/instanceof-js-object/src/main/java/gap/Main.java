package gap;

import org.teavm.jso.JSBody;
import org.teavm.jso.JSObject;

/** TeaVM 0.15 Wasm GC: `instanceof` on an Object that holds a JS value makes invalid Wasm. */
public final class Main {
    private Main() {
    }

    @JSBody(script = "return new TypeError('a JS value');")
    private static native JSObject jsValue();

    public static void main(String[] args) {
        Object value = jsValue(); // what JSPromise.then's rejection callback hands Java
        System.out.println(value instanceof Throwable ? "a Java exception" : "a JS value");
    }
}
