package dev.workers4j.http;

import dev.workers4j.env.Env;
import dev.workers4j.worker.ExecutionContext;
import java.util.ArrayList;
import java.util.List;

/**
 * A Hono-style router. Middleware ({@link #use}) and routes run in the order they were added;
 * {@link #route} mounts another router under a prefix. An unknown path answers 404, a known path
 * with another method 405 with {@code Allow}, and any exception goes through {@link #onError}
 * (by default {@link ErrorResponses}), so middleware after {@code next} always sees a response.
 * HEAD falls back to the GET route, without the body.
 */
public final class Router {
    private final List<Entry> entries = new ArrayList<>();
    private ErrorHandler errorHandler = ErrorResponses::handle;
    private Handler notFound = c -> ErrorResponses.body(404, "not_found",
            "no route for " + c.req().method() + " " + c.req().path(), c.requestId());
    private long bodyLimit = Request.DEFAULT_BODY_LIMIT;

    /** Middleware for every path. */
    public Router use(Middleware middleware) {
        return use("*", middleware);
    }

    /** Middleware for paths matching a pattern, e.g. "/api/*". */
    public Router use(String path, Middleware middleware) {
        entries.add(new Entry(null, PathPattern.compile(path), middleware, null, this));
        return this;
    }

    public Router get(String path, Handler handler) {
        return on("GET", path, handler);
    }

    public Router post(String path, Handler handler) {
        return on("POST", path, handler);
    }

    public Router put(String path, Handler handler) {
        return on("PUT", path, handler);
    }

    public Router patch(String path, Handler handler) {
        return on("PATCH", path, handler);
    }

    public Router delete(String path, Handler handler) {
        return on("DELETE", path, handler);
    }

    /** A handler for any method. */
    public Router all(String path, Handler handler) {
        return on("*", path, handler);
    }

    public Router on(String method, String path, Handler handler) {
        entries.add(new Entry(method, PathPattern.compile(path), null, handler, this));
        return this;
    }

    /** Mounts another router's middleware and routes under a prefix, as they are now. */
    public Router route(String prefix, Router sub) {
        for (Entry entry : sub.entries) {
            entries.add(new Entry(entry.method, entry.pattern.under(prefix), entry.middleware, entry.handler,
                    entry.owner));
        }
        return this;
    }

    public Router onError(ErrorHandler handler) {
        this.errorHandler = handler;
        return this;
    }

    public Router notFound(Handler handler) {
        this.notFound = handler;
        return this;
    }

    /**
     * The most bytes a request body may have on the routes added to this router, also once it is
     * mounted under another (default 1 MiB); more answers 413.
     */
    public Router bodyLimit(long bytes) {
        this.bodyLimit = bytes;
        return this;
    }

    /** Dispatches one request; never throws. */
    public Response handle(Request request, Env env, ExecutionContext executionContext) {
        request.bodyLimit(bodyLimit);
        Context c = new Context(request, env, executionContext);
        String[] path = PathPattern.split(request.path());
        Response response = new Chain(c, path).next(0);
        return request.method().equals("HEAD") ? response.withoutBody() : response;
    }

    private Response handleSafely(Context c, Handler handler) {
        try {
            return handler.handle(c);
        } catch (Throwable error) {
            return errorResponse(error, c);
        }
    }

    private Response errorResponse(Throwable error, Context c) {
        try {
            return errorHandler.handle(error, c);
        } catch (Throwable secondary) {
            // An error handler that fails must not take the Worker down with it.
            return ErrorResponses.handle(secondary, c);
        }
    }

    /** Walks the entries for one request: each middleware in turn, then the terminal handler. */
    private final class Chain implements Next {
        private final Context c;
        private final String[] path;
        private int position;

        Chain(Context c, String[] path) {
            this.c = c;
            this.path = path;
        }

        @Override
        public Response run() {
            return next(position);
        }

        Response next(int from) {
            for (int i = from; i < entries.size(); i++) {
                Entry entry = entries.get(i);
                if (entry.middleware != null && entry.pattern.matches(path, null)) {
                    position = i + 1;
                    Middleware middleware = entry.middleware;
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

        private Response terminal(Context c) {
            String method = c.req().method();
            Entry route = findRoute(method);
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

        private Entry findRoute(String method) {
            for (Entry entry : entries) {
                if (entry.handler != null && (entry.method.equals(method) || entry.method.equals("*"))
                        && entry.pattern.matches(path, null)) {
                    return entry;
                }
            }
            return null;
        }

        private String allowedMethods() {
            StringBuilder allowed = new StringBuilder();
            for (Entry entry : entries) {
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

    private static final class Entry {
        final String method;
        final PathPattern pattern;
        final Middleware middleware;
        final Handler handler;
        /** The router the entry was added to: its body limit applies to the route. */
        final Router owner;

        Entry(String method, PathPattern pattern, Middleware middleware, Handler handler, Router owner) {
            this.method = method;
            this.pattern = pattern;
            this.middleware = middleware;
            this.handler = handler;
            this.owner = owner;
        }
    }
}
