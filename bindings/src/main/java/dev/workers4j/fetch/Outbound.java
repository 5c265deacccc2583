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
 * There is no timeout of its own: a call waits as long as the platform lets it.
 * {@code workers/outbound-parity} checks all of this on both runtimes.
 */
public final class Outbound {
    private static Fetch implementation = request -> {
        throw new IllegalStateException("no outbound fetch is installed on this runtime: " + request);
    };

    private Outbound() {
    }

    /** One HTTP exchange. */
    @FunctionalInterface
    public interface Fetch {
        Response fetch(Request request);
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
        return implementation.fetch(request);
    }
}
