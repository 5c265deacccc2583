package dev.workers4j.http;

import dev.workers4j.env.Env;

/** Turns an exception thrown by a handler or middleware into a response (the last resort; see {@link ErrorTable}). */
@FunctionalInterface
public interface ErrorHandler<E extends Env> {
    Response handle(Throwable error, Context<E> c);
}
