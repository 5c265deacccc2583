package dev.workers4j.http;

/** Answers a request. */
@FunctionalInterface
public interface Handler {
    Response handle(Context c);
}
