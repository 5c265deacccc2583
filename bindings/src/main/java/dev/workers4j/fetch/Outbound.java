package dev.workers4j.fetch;

import dev.workers4j.http.Request;
import dev.workers4j.http.Response;

/**
 * HTTP calls out of a Worker (Shopify, asset sources, Access certs), all through one door: the
 * global fetch in workerd; on the JVM whatever the test harness installed (rules a test
 * declares; a request no rule matches fails the test).
 *
 * <p>Both runtimes behave as the Fetch API does by default: redirects (301, 302, 303, 307, 308)
 * are followed, up to 20; a response of any status, 4xx and 5xx included, is returned; a request
 * that gets no response at all throws {@link OutboundException}. Headers read back are the
 * Fetch API's view: lower-case names, repeated headers joined by ", " (Set-Cookie kept apart).
 * Without a timeout a call waits as long as the platform lets it; with one, a response (body
 * included) that takes longer throws {@link OutboundException} with {@code timedOut()} true.
 * {@code workers/outbound-parity} checks all of this on both runtimes.
 */
public final class Outbound {
    private static Fetch implementation = (request, timeoutMillis) -> {
        throw new IllegalStateException("no outbound fetch is installed on this runtime: " + request);
    };

    private Outbound() {
    }

    /** One HTTP exchange, redirects followed; {@code timeoutMillis} 0 for no timeout of its own. */
    @FunctionalInterface
    public interface Fetch {
        Response fetch(Request request, long timeoutMillis);
    }

    /** Called by the runtime (workerd) or the test harness (JVM) before handlers run. */
    public static void install(Fetch fetch) {
        implementation = fetch;
    }

    /**
     * One exchange, redirects followed.
     *
     * @throws OutboundException when no response came back
     */
    public static Response fetch(Request request) {
        return implementation.fetch(request, 0);
    }

    /**
     * One exchange, redirects followed, given at most {@code timeoutMillis} for the response and
     * its body.
     *
     * @throws OutboundException when no response came back in time ({@code timedOut()}) or at all
     */
    public static Response fetch(Request request, long timeoutMillis) {
        if (timeoutMillis <= 0) {
            throw new IllegalArgumentException("outbound timeout must be > 0 ms: " + timeoutMillis);
        }
        return implementation.fetch(request, timeoutMillis);
    }
}
