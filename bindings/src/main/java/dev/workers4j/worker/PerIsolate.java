package dev.workers4j.worker;

import java.util.function.Function;

/**
 * An app-wide service (a token verifier with its key cache, a repository) built once per isolate
 * from the first env that asks for it, then shared by every request the isolate serves. Keep
 * one as a field of the Worker, or a static: workerd builds the Worker once per isolate, the test
 * harness once per test.
 *
 * <pre>{@code
 * static final PerIsolate<MyEnv, Verifier> VERIFIER = PerIsolate.of(env -> new Verifier(env.teamDomain()));
 * ... VERIFIER.get(c.env()).verify(token) ...
 * }</pre>
 */
public final class PerIsolate<E, T> {
    private final Function<? super E, ? extends T> create;
    private T value;

    private PerIsolate(Function<? super E, ? extends T> create) {
        this.create = create;
    }

    public static <E, T> PerIsolate<E, T> of(Function<? super E, ? extends T> create) {
        if (create == null) {
            throw new NullPointerException("create");
        }
        return new PerIsolate<>(create);
    }

    /** The service, built from {@code env} on the first call. */
    public synchronized T get(E env) {
        if (value == null) {
            value = create.apply(env);
        }
        return value;
    }
}
