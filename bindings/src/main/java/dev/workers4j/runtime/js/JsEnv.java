package dev.workers4j.runtime.js;

import dev.workers4j.env.Env;
import dev.workers4j.env.Secret;
import org.teavm.jso.JSBody;
import org.teavm.jso.JSObject;

/** The env object workerd passes each handler: vars and secrets are string properties. */
final class JsEnv implements Env {
    private final JSObject env;

    JsEnv(JSObject env) {
        this.env = env;
    }

    @Override
    public String var(String name) {
        return stringProperty(env, name);
    }

    @Override
    public Secret secret(String name) {
        return new Secret(name, stringProperty(env, name));
    }

    @Override
    public dev.workers4j.sql.Hyperdrive hyperdrive(String name) {
        JSObject binding = binding(name);
        if (binding == null) {
            throw new dev.workers4j.env.MissingBindingException(name, "hyperdrive binding");
        }
        return new dev.workers4j.runtime.js.sql.JsHyperdrive(binding);
    }

    @Override
    public dev.workers4j.queue.Queue queue(String name) {
        JSObject binding = binding(name);
        if (binding == null) {
            throw new dev.workers4j.env.MissingBindingException(name, "queue binding");
        }
        return new JsQueue(binding);
    }

    @Override
    public dev.workers4j.r2.R2Bucket r2(String name) {
        JSObject binding = binding(name);
        if (binding == null) {
            throw new dev.workers4j.env.MissingBindingException(name, "r2 bucket binding");
        }
        return new JsR2Bucket(binding);
    }

    /** The raw JS binding object, for the binding implementations. */
    JSObject binding(String name) {
        return property(env, name);
    }

    @Override
    public dev.workers4j.service.Fetcher service(String name) {
        JSObject binding = binding(name);
        if (binding == null) {
            throw new dev.workers4j.env.MissingBindingException(name, "service binding");
        }
        return request -> JsFetch.via(binding, request);
    }

    @JSBody(params = {"env", "name"}, script = "const v = env[name]; return typeof v === 'string' ? v : null;")
    private static native String stringProperty(JSObject env, String name);

    @JSBody(params = {"env", "name"}, script = "const v = env[name]; return v === undefined ? null : v;")
    private static native JSObject property(JSObject env, String name);
}
