package dev.workers4j.http.middleware;

import dev.workers4j.env.Env;
import dev.workers4j.http.Context;
import dev.workers4j.http.Middleware;
import dev.workers4j.http.Next;
import dev.workers4j.http.Response;
import dev.workers4j.log.Log;

/**
 * One log line per request, after it is answered: method, path, status, milliseconds, request
 * id, and what later middleware added ({@code Context.logAttribute}, e.g. the Access identity).
 * The query string is left out: it may carry tokens.
 */
public final class RequestLog<E extends Env> implements Middleware<E> {
    private RequestLog() {
    }

    public static <E extends Env> RequestLog<E> middleware() {
        return new RequestLog<>();
    }

    @Override
    public Response handle(Context<E> c, Next next) {
        double started = now();
        Response response = next.run();
        StringBuilder line = new StringBuilder("request ").append(c.req().method()).append(' ').append(c.req().path())
                .append(' ').append(response.status()).append(' ').append((int) (now() - started)).append("ms");
        if (c.requestId() != null) {
            line.append(" request_id=").append(c.requestId());
        }
        for (String attribute : c.logAttributes()) {
            line.append(' ').append(attribute);
        }
        Log.info(line.toString());
        return response;
    }

    /** Milliseconds as a double: a long is a BigInt in TeaVM's JavaScript. */
    private static double now() {
        return System.currentTimeMillis();
    }
}
