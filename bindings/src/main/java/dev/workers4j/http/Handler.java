package dev.workers4j.http;

import dev.workers4j.env.Env;

/** Answers a request; {@code E} is the env type handlers see ({@link Router#withEnv}). */
@FunctionalInterface
public interface Handler<E extends Env> {
    Response handle(Context<E> c);
}
