package dev.workers4j.runtime.js;

import org.teavm.jso.JSObject;

/** The Fetch API Headers. */
interface JsHeaders extends JSObject {
    String get(String name);

    boolean has(String name);
}
