package dev.workers4j.http;

/**
 * Code around the rest of the chain: work before {@code next.run()}, then on the response it
 * returns. {@code next.run()} never throws: errors below come back as the error handler's response.
 */
@FunctionalInterface
public interface Middleware {
    Response handle(Context c, Next next);
}
