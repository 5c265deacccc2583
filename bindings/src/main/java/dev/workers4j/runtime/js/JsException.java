package dev.workers4j.runtime.js;

/** A JS error (a rejected Promise or a thrown JS value) seen from Java, message and stack kept. */
public final class JsException extends RuntimeException {
    private final String jsStack;

    public JsException(String message, String jsStack) {
        super(message);
        this.jsStack = jsStack;
    }

    /** The JS stack, or null when the error had none. */
    public String jsStack() {
        return jsStack;
    }
}
