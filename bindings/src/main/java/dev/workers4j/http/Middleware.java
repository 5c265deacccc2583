package dev.workers4j.http;

import dev.workers4j.env.Env;

/**
 * Code around the rest of the chain: work before {@code next.run()}, then on the response it
 * returns. {@code next.run()} never throws: errors below come back as the error handler's response.
 * The framework's own middleware (package {@code dev.workers4j.http.middleware}) works with any env type.
 */
@FunctionalInterface
public interface Middleware<E extends Env> {
    Response handle(Context<E> c, Next next);
}
