package dev.workers4j.fetch;

/**
 * An outbound request that got no HTTP response at all: connection refused, unreachable host,
 * a connection lost while reading the body, too many redirects, its timeout reached. A response with any status,
 * 4xx and 5xx included, is returned by {@link Outbound#fetch}, never thrown.
 */
public final class OutboundException extends RuntimeException {
    private final String method;
    private final String url;
    private final String reason;
    private final boolean timedOut;

    public OutboundException(String method, String url, String reason) {
        this(method, url, reason, false);
    }

    public OutboundException(String method, String url, String reason, boolean timedOut) {
        super("outbound " + method + " " + url + " failed: " + reason);
        this.method = method;
        this.url = url;
        this.reason = reason;
        this.timedOut = timedOut;
    }

    /** Whether the request's own timeout ended it ({@link Outbound#fetch(dev.workers4j.http.Request, long)}). */
    public boolean timedOut() {
        return timedOut;
    }

    /** The method of the request that failed. */
    public String method() {
        return method;
    }

    /** The URL of the request that failed (after redirects: the hop that failed). */
    public String url() {
        return url;
    }

    /** What the runtime said about the failure (workerd's fetch error, or the test's reason on the JVM). */
    public String reason() {
        return reason;
    }
}
