package dev.workers4j.testing;

import dev.workers4j.env.Env;
import dev.workers4j.env.Secret;
import java.util.LinkedHashMap;
import java.util.Map;

/** Vars and secrets for a Worker on the JVM: read from its wrangler.toml, changed by tests. */
public final class FakeEnv implements Env {
    private final Map<String, String> vars = new LinkedHashMap<>();
    private final Map<String, String> secrets = new LinkedHashMap<>();
    private final Map<String, dev.workers4j.sql.Hyperdrive> hyperdrives = new LinkedHashMap<>();

    public static FakeEnv from(WranglerConfig config) {
        FakeEnv env = new FakeEnv();
        env.vars.putAll(config.vars());
        return env;
    }

    public FakeEnv var(String name, String value) {
        vars.put(name, value);
        return this;
    }

    public FakeEnv secret(String name, String value) {
        secrets.put(name, value);
        return this;
    }

    /** Binds a Hyperdrive (e.g. {@code dev.workers4j.testing.sql.LocalPostgres.get().hyperdrive()}). */
    public FakeEnv hyperdrive(String name, dev.workers4j.sql.Hyperdrive binding) {
        hyperdrives.put(name, binding);
        return this;
    }

    @Override
    public dev.workers4j.sql.Hyperdrive hyperdrive(String name) {
        dev.workers4j.sql.Hyperdrive binding = hyperdrives.get(name);
        if (binding == null) {
            throw new dev.workers4j.env.MissingBindingException(name, "hyperdrive binding");
        }
        return binding;
    }

    private final Map<String, dev.workers4j.queue.Queue> queues = new LinkedHashMap<>();

    /** Binds a queue producer (e.g. {@code new dev.workers4j.testing.queue.FakeQueues().producer("jobs")}). */
    public FakeEnv queue(String name, dev.workers4j.queue.Queue binding) {
        queues.put(name, binding);
        return this;
    }

    @Override
    public dev.workers4j.queue.Queue queue(String name) {
        dev.workers4j.queue.Queue binding = queues.get(name);
        if (binding == null) {
            throw new dev.workers4j.env.MissingBindingException(name, "queue binding");
        }
        return binding;
    }

    private final Map<String, dev.workers4j.r2.R2Bucket> r2Buckets = new LinkedHashMap<>();

    /** Binds an R2 bucket (e.g. {@code new dev.workers4j.testing.r2.InMemoryR2Bucket()}). */
    public FakeEnv r2(String name, dev.workers4j.r2.R2Bucket bucket) {
        r2Buckets.put(name, bucket);
        return this;
    }

    @Override
    public dev.workers4j.r2.R2Bucket r2(String name) {
        dev.workers4j.r2.R2Bucket bucket = r2Buckets.get(name);
        if (bucket == null) {
            throw new dev.workers4j.env.MissingBindingException(name, "r2 bucket binding");
        }
        return bucket;
    }

    @Override
    public String var(String name) {
        return vars.get(name);
    }

    @Override
    public Secret secret(String name) {
        return new Secret(name, secrets.get(name));
    }

    @Override
    public String toString() {
        return "FakeEnv(vars=" + vars + ", secrets=" + secrets.keySet() + ")";
    }

    private final Map<String, dev.workers4j.service.Fetcher> services = new LinkedHashMap<>();

    /** Binds a service binding (e.g. another Worker's harness: {@code other::fetch}). */
    public FakeEnv service(String name, dev.workers4j.service.Fetcher fetcher) {
        services.put(name, fetcher);
        return this;
    }

    @Override
    public dev.workers4j.service.Fetcher service(String name) {
        dev.workers4j.service.Fetcher binding = services.get(name);
        if (binding == null) {
            throw new dev.workers4j.env.MissingBindingException(name, "service binding");
        }
        return binding;
    }
}
