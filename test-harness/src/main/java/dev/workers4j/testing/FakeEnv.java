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
}
