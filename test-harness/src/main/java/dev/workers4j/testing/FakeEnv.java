package dev.workers4j.testing;

import dev.workers4j.env.Env;
import dev.workers4j.env.MissingBindingException;
import dev.workers4j.env.Secret;
import dev.workers4j.queue.Queue;
import dev.workers4j.r2.R2Bucket;
import dev.workers4j.service.Fetcher;
import dev.workers4j.sql.Hyperdrive;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A Worker's env on the JVM: vars from its wrangler.toml, and whatever bindings the harness or a
 * test gives it (in-memory R2, fake queues, a JDBC Hyperdrive, another Worker as a service).
 */
public final class FakeEnv implements Env {
    private final Map<String, String> vars = new LinkedHashMap<>();
    private final Map<String, String> secrets = new LinkedHashMap<>();
    /** Bindings by name; a name holds one binding of one kind, as in wrangler.toml. */
    private final Map<String, Object> bindings = new LinkedHashMap<>();

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

    /** Binds a Hyperdrive (e.g. {@code LocalPostgres.get().hyperdrive()}). */
    public FakeEnv hyperdrive(String name, Hyperdrive binding) {
        return bind(name, binding);
    }

    /** Binds a queue producer (e.g. {@code new FakeQueues().producer("jobs")}). */
    public FakeEnv queue(String name, Queue binding) {
        return bind(name, binding);
    }

    /** Binds an R2 bucket (e.g. {@code new InMemoryR2Bucket()}). */
    public FakeEnv r2(String name, R2Bucket bucket) {
        return bind(name, bucket);
    }

    /** Binds a service binding (e.g. another Worker's harness: {@code other::fetch}). */
    public FakeEnv service(String name, Fetcher fetcher) {
        return bind(name, fetcher);
    }

    @Override
    public Hyperdrive hyperdrive(String name) {
        return lookup(name, Hyperdrive.class, "hyperdrive binding");
    }

    @Override
    public Queue queue(String name) {
        return lookup(name, Queue.class, "queue binding");
    }

    @Override
    public R2Bucket r2(String name) {
        return lookup(name, R2Bucket.class, "r2 bucket binding");
    }

    @Override
    public Fetcher service(String name) {
        return lookup(name, Fetcher.class, "service binding");
    }

    @Override
    public String var(String name) {
        return vars.get(name);
    }

    @Override
    public Secret secret(String name) {
        return new Secret(name, secrets.get(name));
    }

    private FakeEnv bind(String name, Object binding) {
        bindings.put(name, binding);
        return this;
    }

    /** The binding of that name if it is of that kind; otherwise missing, as workerd would see it. */
    private <T> T lookup(String name, Class<T> kind, String description) {
        Object binding = bindings.get(name);
        if (!kind.isInstance(binding)) {
            throw new MissingBindingException(name, description);
        }
        return kind.cast(binding);
    }

    @Override
    public String toString() {
        return "FakeEnv(vars=" + vars + ", secrets=" + secrets.keySet() + ", bindings=" + bindings.keySet() + ")";
    }
}
