package dev.workers4j.http;

/** Turns an exception thrown by a handler or middleware into a response. */
@FunctionalInterface
public interface ErrorHandler {
    Response handle(Throwable error, Context c);
}
