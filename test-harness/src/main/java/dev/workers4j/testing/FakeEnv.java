package dev.workers4j.testing;

import dev.workers4j.env.Env;
import dev.workers4j.env.Secret;
import java.util.LinkedHashMap;
import java.util.Map;

/** Vars and secrets for a Worker on the JVM: read from its wrangler.toml, changed by tests. */
public final class FakeEnv implements Env {
    private final Map<String, String> vars = new LinkedHashMap<>();
    private final Map<String, String> secrets = new LinkedHashMap<>();

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
