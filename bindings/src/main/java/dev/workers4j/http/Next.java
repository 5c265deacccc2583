package dev.workers4j.http;

/** The rest of the middleware chain and the route handler. */
@FunctionalInterface
public interface Next {
    Response run();
}
