package dev.workers4j.runtime.js;

import dev.workers4j.log.LogSink;
import org.teavm.jso.JSExceptions;

/** Log lines to workerd's console; an error passes its JS Error so the stack is source-mapped. */
final class JsLogSink implements LogSink {
    @Override
    public void info(String message) {
        JsGlobals.consoleLog(message);
    }

    @Override
    public void warn(String message) {
        JsGlobals.consoleWarn(message);
    }

    /**
     * The message, then the exception as Java prints it: class and message, its frames (workerd's,
     * which wrangler and the test runner map to .java lines), and each cause the same way.
     */
    @Override
    public void error(String message, Throwable error) {
        if (error == null) {
            JsGlobals.consoleError(message, null);
            return;
        }
        StringBuilder text = new StringBuilder(message).append(": ");
        Throwable current = error;
        for (int depth = 0; current != null && depth < 8; depth++) {
            if (depth > 0) {
                text.append("\nCaused by: ");
            }
            text.append(describe(current));
            String frames = current instanceof JsException ? jsFrames((JsException) current)
                    : JsGlobals.stackFrames(JSExceptions.getJSException(current));
            if (!frames.isEmpty()) {
                text.append('\n').append(frames);
            }
            current = current.getCause() == current ? null : current.getCause();
        }
        JsGlobals.consoleError(text.toString(), null);
    }

    /** {@code java.lang.IllegalStateException: message}, as Throwable.toString on the JVM. */
    static String describe(Throwable error) {
        String name = error instanceof JsException ? "JS error" : error.getClass().getName();
        String message = error.getMessage();
        if (name == null) {
            return message == null ? "exception" : message;
        }
        return message == null ? name : name + ": " + message;
    }

    private static String jsFrames(JsException error) {
        String stack = error.jsStack();
        if (stack == null) {
            return "";
        }
        int firstFrame = stack.indexOf("\n    at ");
        return firstFrame < 0 ? "" : stack.substring(firstFrame + 1);
    }
}
