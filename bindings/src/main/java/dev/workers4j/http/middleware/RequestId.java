package dev.workers4j.http.middleware;

import dev.workers4j.crypto.RandomIds;
import dev.workers4j.env.Env;
import dev.workers4j.http.Context;
import dev.workers4j.http.Middleware;
import dev.workers4j.http.Next;
import dev.workers4j.http.Response;

/**
 * Middleware giving every request an id: the caller's {@code X-Request-Id} when it is a sane
 * token, else a random UUID. The id is on the context (for logs and error bodies) and on the
 * response's {@code X-Request-Id}.
 */
public final class RequestId<E extends Env> implements Middleware<E> {
    public static final String HEADER = "x-request-id";
    private static final int MAX_LENGTH = 200;

    public static <E extends Env> RequestId<E> middleware() {
        return new RequestId<>();
    }

    @Override
    public Response handle(Context<E> c, Next next) {
        String incoming = c.req().header(HEADER);
        c.requestId(isAcceptable(incoming) ? incoming : RandomIds.uuid());
        Response response = next.run();
        response.headers().set(HEADER, c.requestId());
        return response;
    }

    /** Printable ASCII, no spaces, bounded: anything else could smuggle text into logs. */
    static boolean isAcceptable(String id) {
        if (id == null || id.isEmpty() || id.length() > MAX_LENGTH) {
            return false;
        }
        for (int i = 0; i < id.length(); i++) {
            char ch = id.charAt(i);
            if (ch <= ' ' || ch >= 127) {
                return false;
            }
        }
        return true;
    }
}
