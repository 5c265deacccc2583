package dev.workers4j.http;

import dev.workers4j.env.Env;
import dev.workers4j.json.JsonCodec;
import dev.workers4j.worker.ExecutionContext;
import java.util.IdentityHashMap;
import java.util.Map;

/** One request's context: the request, env, execution context, path params and request-scoped values. */
public final class Context {
    private final Request request;
    private final Env env;
    private final ExecutionContext executionContext;
    private String[] paramNames = NO_PARAMS;
    private String[] paramValues = NO_PARAMS;
    private Map<ContextKey<?>, Object> values;
    private String requestId;

    private static final String[] NO_PARAMS = new String[0];

    public Context(Request request, Env env, ExecutionContext executionContext) {
        this.request = request;
        this.env = env;
        this.executionContext = executionContext;
    }

    public Request req() {
        return request;
    }

    public Env env() {
        return env;
    }

    public ExecutionContext executionContext() {
        return executionContext;
    }

    /** A path parameter (":name" in the route), percent-decoded; null when the route has none of that name. */
    public String param(String name) {
        for (int i = 0; i < paramNames.length; i++) {
            if (paramNames[i].equals(name)) {
                return paramValues[i];
            }
        }
        return null;
    }

    /** A query parameter, decoded, or null. */
    public String query(String name) {
        return request.query(name);
    }

    @SuppressWarnings("unchecked")
    public <T> T get(ContextKey<T> key) {
        return values == null ? null : (T) values.get(key);
    }

    public <T> Context set(ContextKey<T> key, T value) {
        if (values == null) {
            values = new IdentityHashMap<>(4);
        }
        values.put(key, value);
        return this;
    }

    /** This request's id, as the request-id middleware set it (null without that middleware). */
    public String requestId() {
        return requestId;
    }

    public void requestId(String id) {
        this.requestId = id;
    }

    public <T> Response json(int status, JsonCodec<T> codec, T value) {
        return Response.json(status, codec, value);
    }

    public <T> Response json(JsonCodec<T> codec, T value) {
        return Response.json(200, codec, value);
    }

    public Response text(String text) {
        return Response.text(200, text);
    }

    void params(String[] names, String[] values) {
        this.paramNames = names;
        this.paramValues = values;
    }
}
