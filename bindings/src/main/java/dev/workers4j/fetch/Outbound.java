package dev.workers4j.fetch;

import dev.workers4j.http.Request;
import dev.workers4j.http.Response;

/**
 * HTTP calls out of a Worker (Shopify, asset sources, Access certs), all through one door: the
 * global fetch in workerd; on the JVM whatever the test harness installed (rules a test
 * declares; a request no rule matches fails the test).
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

    public static Response fetch(Request request) {
        return implementation.fetch(request);
    }
}
