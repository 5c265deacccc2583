package dev.workers4j.runtime.js.sql;

import dev.workers4j.sql.Hyperdrive;
import dev.workers4j.sql.Sql;
import org.teavm.jso.JSBody;
import org.teavm.jso.JSObject;

/** The workerd Hyperdrive binding: its connection fields, and postgres.js sessions over it. */
public final class JsHyperdrive implements Hyperdrive {
    private final JSObject binding;

    public JsHyperdrive(JSObject binding) {
        this.binding = binding;
    }

    @Override
    public String connectionString() {
        return string(binding, "connectionString");
    }

    @Override
    public String host() {
        return string(binding, "host");
    }

    @Override
    public int port() {
        return port(binding);
    }

    @Override
    public String user() {
        return string(binding, "user");
    }

    @Override
    public String password() {
        return string(binding, "password");
    }

    @Override
    public String database() {
        return string(binding, "database");
    }

    @Override
    public Sql connect() {
        return new PostgresJsSession(connectionString());
    }

    @JSBody(params = {"b", "name"}, script = "var v = b[name]; return v === undefined || v === null ? null : String(v);")
    private static native String string(JSObject binding, String name);

    @JSBody(params = "b", script = "return Number(b.port) | 0;")
    private static native int port(JSObject binding);
}
