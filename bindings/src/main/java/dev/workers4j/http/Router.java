package dev.workers4j.http;

import dev.workers4j.env.Env;
import dev.workers4j.worker.ExecutionContext;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * A Hono-style router. Middleware ({@link #use}) and routes run in the order they were added;
 * {@link #route} mounts another router under a prefix. An unknown path answers 404, a known path
 * with another method 405 with {@code Allow}, and any exception becomes the JSON error its
 * {@link ErrorTable} entry says ({@link #onError(Class, ErrorMapper)}, then the framework's
 * defaults, else 500), so middleware after {@code next} always sees a response. HEAD falls back
 * to the GET route, without the body.
 *
 * <p>{@code E} is the env type handlers see. The Worker's top router is built with the typed
 * view of its env, {@code Router.withEnv(MyEnv_Bindings::of)}; routers mounted under it are plain
 * {@code new Router<MyEnv>()}.
 */
public final class Router<E extends Env> {
    private final Function<Env, E> envView;
    private final List<Entry<E>> entries = new ArrayList<>();
    private final ErrorTable errors = new ErrorTable();
    private ErrorHandler<E> errorHandler = this::mapError;
    private Handler<E> notFound = c -> ErrorResponses.body(404, "not_found",
            "no route for " + c.req().method() + " " + c.req().path(), c.requestId());
    private long bodyLimit = Request.DEFAULT_BODY_LIMIT;

    /**
     * A router whose handlers see the env as workerd gives it (when {@code E} is {@link Env}), or
     * one to mount under a router built with {@link #withEnv}.
     */
    public Router() {
        this.envView = null;
    }

    private Router(Function<Env, E> envView) {
        this.envView = envView;
    }

    /**
     * The Worker's top router: each request's env is turned into {@code E} once, by
     * {@code view} (the generated {@code <Env>_Bindings::of}), and handlers read it with
     * {@code c.env()}.
     */
    public static <E extends Env> Router<E> withEnv(Function<Env, E> view) {
        if (view == null) {
            throw new NullPointerException("env view");
        }
        return new Router<>(view);
    }

    /** Middleware for every path. */
    public Router<E> use(Middleware<E> middleware) {
        return use("*", middleware);
    }

    /** Middleware for paths matching a pattern, e.g. "/api/*". */
    public Router<E> use(String path, Middleware<E> middleware) {
        entries.add(new Entry<>(null, PathPattern.compile(path), middleware, null, this));
        return this;
    }

    public Router<E> get(String path, Handler<E> handler) {
        return on("GET", path, handler);
    }

    public Router<E> post(String path, Handler<E> handler) {
        return on("POST", path, handler);
    }

    public Router<E> put(String path, Handler<E> handler) {
        return on("PUT", path, handler);
    }

    public Router<E> patch(String path, Handler<E> handler) {
        return on("PATCH", path, handler);
    }

    public Router<E> delete(String path, Handler<E> handler) {
        return on("DELETE", path, handler);
    }

    /** A handler for any method. */
    public Router<E> all(String path, Handler<E> handler) {
        return on("*", path, handler);
    }

    public Router<E> on(String method, String path, Handler<E> handler) {
        entries.add(new Entry<>(method, PathPattern.compile(path), null, handler, this));
        return this;
    }

    /**
     * Mounts another router's middleware, routes and error mappings under a prefix, as they are
     * now (its mappings join this router's, after those already here).
     */
    public Router<E> route(String prefix, Router<E> sub) {
        for (Entry<E> entry : sub.entries) {
            entries.add(new Entry<>(entry.method, entry.pattern.under(prefix), entry.middleware, entry.handler,
                    entry.owner));
        }
        errors.mapAll(sub.errors);
        return this;
    }

    /**
     * Maps exceptions of a type (and its subtypes) to an HTTP error, before the framework's
     * defaults; the first mapping added that matches wins. A mapper may return null to pass the
     * exception on to the next entry.
     */
    public <T extends Throwable> Router<E> onError(Class<T> type, ErrorMapper<? super T> mapper) {
        errors.map(type, mapper);
        return this;
    }

    /** Replaces the error mapping altogether: every exception goes to {@code handler}. */
    public Router<E> onError(ErrorHandler<E> handler) {
        this.errorHandler = handler;
        return this;
    }

    public Router<E> notFound(Handler<E> handler) {
        this.notFound = handler;
        return this;
    }

    /**
     * The most bytes a request body may have on the routes added to this router, also once it is
     * mounted under another (default 1 MiB); more answers 413.
     */
    public Router<E> bodyLimit(long bytes) {
        this.bodyLimit = bytes;
        return this;
    }

    /** Dispatches one request; never throws. */
    @SuppressWarnings("unchecked")
    public Response handle(Request request, Env env, ExecutionContext executionContext) {
        request.bodyLimit(bodyLimit);
        // Without a view, E is Env itself (the constructor's contract).
        E typed = envView == null ? (E) env : envView.apply(env);
        Context<E> c = new Context<>(request, typed, executionContext);
        String[] path = PathPattern.split(request.path());
        Response response = new Chain(c, path).next(0);
        return request.method().equals("HEAD") ? response.withoutBody() : response;
    }

    private Response mapError(Throwable error, Context<E> c) {
        return ErrorResponses.handle(error, c, errors);
    }

    private Response handleSafely(Context<E> c, Handler<E> handler) {
        try {
            return handler.handle(c);
        } catch (Throwable error) {
            return errorResponse(error, c);
        }
    }

    private Response errorResponse(Throwable error, Context<E> c) {
        try {
            return errorHandler.handle(error, c);
        } catch (Throwable secondary) {
            // An error handler that fails must not take the Worker down with it.
            return ErrorResponses.handle(secondary, c);
        }
    }

    /** Walks the entries for one request: each middleware in turn, then the terminal handler. */
    private final class Chain implements Next {
        private final Context<E> c;
        private final String[] path;
        private int position;

        Chain(Context<E> c, String[] path) {
            this.c = c;
            this.path = path;
        }

        @Override
        public Response run() {
            return next(position);
        }

        Response next(int from) {
            for (int i = from; i < entries.size(); i++) {
                Entry<E> entry = entries.get(i);
                if (entry.middleware != null && entry.pattern.matches(path, null)) {
                    position = i + 1;
                    Middleware<E> middleware = entry.middleware;
                    try {
                        return middleware.handle(c, this);
                    } catch (Throwable error) {
                        return errorResponse(error, c);
                    }
                }
            }
            position = entries.size();
            return handleSafely(c, this::terminal);
        }

        private Response terminal(Context<E> c) {
            String method = c.req().method();
            Entry<E> route = findRoute(method);
            if (route == null && method.equals("HEAD")) {
                route = findRoute("GET");
            }
            if (route != null) {
                c.req().bodyLimit(route.owner.bodyLimit);
                String[] names = route.pattern.paramNames();
                if (names.length > 0) {
                    String[] values = new String[names.length];
                    route.pattern.matches(path, values);
                    for (int i = 0; i < values.length; i++) {
                        values[i] = PercentDecoder.decodePath(values[i]);
                    }
                    c.params(names, values);
                }
                return route.handler.handle(c);
            }
            String allowed = allowedMethods();
            if (allowed.isEmpty()) {
                return notFound.handle(c);
            }
            Response response = ErrorResponses.body(405, "method_not_allowed",
                    "method " + method + " is not allowed on " + c.req().path(), c.requestId());
            response.headers().set("allow", allowed);
            return response;
        }

        private Entry<E> findRoute(String method) {
            for (Entry<E> entry : entries) {
                if (entry.handler != null && (entry.method.equals(method) || entry.method.equals("*"))
                        && entry.pattern.matches(path, null)) {
                    return entry;
                }
            }
            return null;
        }

        private String allowedMethods() {
            StringBuilder allowed = new StringBuilder();
            for (Entry<E> entry : entries) {
                if (entry.handler != null && entry.pattern.matches(path, null)) {
                    appendMethod(allowed, entry.method);
                    if (entry.method.equals("GET")) {
                        appendMethod(allowed, "HEAD");
                    }
                }
            }
            return allowed.toString();
        }

        private void appendMethod(StringBuilder allowed, String method) {
            String list = ", " + allowed + ", ";
            if (!list.contains(", " + method + ", ")) {
                allowed.append(allowed.length() == 0 ? "" : ", ").append(method);
            }
        }
    }

    private static final class Entry<E extends Env> {
        final String method;
        final PathPattern pattern;
        final Middleware<E> middleware;
        final Handler<E> handler;
        /** The router the entry was added to: its body limit applies to the route. */
        final Router<E> owner;

        Entry(String method, PathPattern pattern, Middleware<E> middleware, Handler<E> handler, Router<E> owner) {
            this.method = method;
            this.pattern = pattern;
            this.middleware = middleware;
            this.handler = handler;
            this.owner = owner;
        }
    }
}
