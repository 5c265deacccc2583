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

    @Override
    public void error(String message, Throwable error) {
        if (error == null) {
            JsGlobals.consoleError(message, null);
        } else if (error instanceof JsException) {
            JsException js = (JsException) error;
            JsGlobals.consoleError(message + ": " + js.getMessage() + (js.jsStack() == null ? "" : "\n" + js.jsStack()), null);
        } else {
            JsGlobals.consoleError(message + ": " + error.getMessage(), JSExceptions.getJSException(error));
        }
    }
}
