package dev.workers4j.http;

import dev.workers4j.env.Env;
import dev.workers4j.json.JsonCodec;
import dev.workers4j.worker.ExecutionContext;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

/**
 * One request's context: the request, the env (typed as the router's {@code E}: handlers read
 * {@code c.env().database()}, never a binding by name), the execution context, path params,
 * request-scoped values and the attributes of the request's log line.
 */
public final class Context<E extends Env> {
    private final Request request;
    private final E env;
    private final ExecutionContext executionContext;
    private String[] paramNames = NO_PARAMS;
    private String[] paramValues = NO_PARAMS;
    private Map<ContextKey<?>, Object> values;
    private List<String> logAttributes;
    private String requestId;

    private static final String[] NO_PARAMS = new String[0];

    public Context(Request request, E env, ExecutionContext executionContext) {
        this.request = request;
        this.env = env;
        this.executionContext = executionContext;
    }

    public Request req() {
        return request;
    }

    /** The Worker's env, as the type the router was built for. */
    public E env() {
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

    public <T> Context<E> set(ContextKey<T> key, T value) {
        if (values == null) {
            values = new IdentityHashMap<>(4);
        }
        values.put(key, value);
        return this;
    }

    /**
     * Adds {@code name=value} to this request's log line ({@code RequestLog}); e.g. the Access
     * middleware adds the verified identity. Never put a secret or a token here.
     */
    public Context<E> logAttribute(String name, String value) {
        if (logAttributes == null) {
            logAttributes = new ArrayList<>(4);
        }
        logAttributes.add(name + "=" + value);
        return this;
    }

    /** The attributes added so far, each {@code name=value}. */
    public List<String> logAttributes() {
        return logAttributes == null ? List.of() : logAttributes;
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
