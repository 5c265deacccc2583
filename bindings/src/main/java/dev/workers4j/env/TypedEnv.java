package dev.workers4j.env;

import dev.workers4j.queue.Queue;
import dev.workers4j.r2.R2Bucket;
import dev.workers4j.service.Fetcher;
import dev.workers4j.sql.Hyperdrive;

/**
 * The base of every generated {@code <Env>_Bindings} class: a typed env is also the raw
 * {@link Env} it wraps, so a {@code @WorkerEnv} interface that extends {@code Env} can be handed to
 * handlers as their only env ({@code Router.withEnv(MyEnv_Bindings::of)}) and code that looks a
 * binding up by name still works.
 */
public abstract class TypedEnv implements Env {
    private final Env raw;

    protected TypedEnv(Env raw) {
        if (raw == null) {
            throw new NullPointerException("raw env");
        }
        this.raw = raw;
    }

    /** The env workerd (or the test harness) handed the Worker. */
    public final Env raw() {
        return raw;
    }

    @Override
    public String var(String name) {
        return raw.var(name);
    }

    @Override
    public Secret secret(String name) {
        return raw.secret(name);
    }

    @Override
    public Hyperdrive hyperdrive(String name) {
        return raw.hyperdrive(name);
    }

    @Override
    public R2Bucket r2(String name) {
        return raw.r2(name);
    }

    @Override
    public Queue queue(String name) {
        return raw.queue(name);
    }

    @Override
    public Fetcher service(String name) {
        return raw.service(name);
    }
}
