package dev.workers4j.testing;

import dev.workers4j.fetch.Outbound;
import dev.workers4j.fetch.OutboundException;
import dev.workers4j.http.MutableHeaders;
import dev.workers4j.http.Request;
import dev.workers4j.http.RequestBuilder;
import dev.workers4j.http.Response;
import dev.workers4j.http.Url;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;

/**
 * What a Worker's outbound HTTP calls get on the JVM: the answers a test declares, matched by
 * method and URL prefix, first match winning. A request that matches no rule throws in the
 * Worker and, through {@link WorkerExtension}, fails the test with the request shown.
 *
 * <p>What the Worker gets back is what workerd's fetch would give it (workers/outbound-parity
 * checks both): redirects are followed (each hop matched against the rules again, 303 and a
 * POST's 301/302 turning into a GET without body but with the same headers, at most 20), response headers read as the
 * Fetch API shows them (sorted, repeated ones joined by ", ", Set-Cookie kept apart), any
 * status returned; an address declared {@link RuleBuilder#unreachable()} throws
 * {@link OutboundException}, as a refused connection does in workerd.
 *
 * <pre>{@code
 * WORKER.outbound().on("POST", "https://shop.myshopify.com/admin/api/")
 *         .respond(req -> Response.json(200, "{\"data\":{}}"))
 *         .on("*", "https://down.example/").unreachable();
 * }</pre>
 */
public final class OutboundRules implements Outbound.Fetch {
    private final List<Rule> rules = new ArrayList<>();
    private final List<Request> seen = new ArrayList<>();
    private final List<Request> unmatched = new ArrayList<>();

    /** A rule for requests with this method ("*" for any) whose URL starts with the prefix. */
    public RuleBuilder on(String method, String urlPrefix) {
        return new RuleBuilder(method, urlPrefix);
    }

    /** The most redirects one fetch follows, as in the Fetch standard and workerd. */
    static final int MAX_REDIRECTS = 20;
    private static final Set<Integer> REDIRECTS = Set.of(301, 302, 303, 307, 308);

    /** A fetch without a timeout of its own, as {@link Outbound#fetch(Request)} makes it. */
    public Response fetch(Request request) {
        return fetch(request, 0);
    }

    /**
     * A fetch as the Worker makes it. Declared delays ({@link RuleBuilder#after}) are not waited
     * for: they add up over the hops and decide against {@code timeoutMillis} (0: none).
     */
    @Override
    public Response fetch(Request request, long timeoutMillis) {
        Request hop = request;
        long elapsed = 0;
        for (int redirects = 0; ; redirects++) {
            Answered answered = answer(hop);
            elapsed += answered.delayMillis;
            if (timeoutMillis > 0 && elapsed >= timeoutMillis) {
                throw new OutboundException(request.method(), request.url(), "timed out after " + timeoutMillis
                        + " ms (the test declared " + elapsed + " ms)", true);
            }
            Response response = answered.response;
            String location = response.header("location");
            if (!REDIRECTS.contains(response.status()) || location == null) {
                return fetchView(response);
            }
            if (redirects == MAX_REDIRECTS) {
                throw new OutboundException(request.method(), request.url(), "too many redirects ("
                        + MAX_REDIRECTS + " followed, the last to " + hop.url() + ")");
            }
            hop = redirected(hop, response.status(), location);
        }
    }

    private record Answered(Response response, long delayMillis) {
    }

    private synchronized Answered answer(Request request) {
        seen.add(request);
        for (Rule rule : rules) {
            if ((rule.method.equals("*") || rule.method.equals(request.method())) && request.url().startsWith(rule.urlPrefix)) {
                return new Answered(rule.answer.apply(request), rule.delayMillis);
            }
        }
        unmatched.add(request);
        throw new UnexpectedOutboundRequest(request);
    }

    /**
     * The request fetch makes for a redirect: 303, and 301/302 after a POST, become a GET without
     * body. The request's headers all go along, Content-Type too: workerd's fetch keeps them
     * (the Fetch standard would drop the body's headers; parity with workerd wins).
     */
    private static Request redirected(Request from, int status, String location) {
        String url = resolve(from.url(), location);
        boolean toGet = (status == 303 && !from.method().equals("HEAD"))
                || ((status == 301 || status == 302) && from.method().equals("POST"));
        String method = toGet ? "GET" : from.method();
        RequestBuilder next = Request.builder(method, url);
        from.headers().forEach(next::header);
        if (!toGet && !method.equals("GET") && !method.equals("HEAD")) {
            next.body(from.bytes());
        }
        return next.build();
    }

    /** A Location against the URL it came from: absolute, origin-relative or path-relative. */
    static String resolve(String base, String location) {
        if (location.startsWith("http://") || location.startsWith("https://")) {
            return location;
        }
        Url url = Url.parse(base);
        if (location.startsWith("//")) {
            return url.origin().substring(0, url.origin().indexOf("//")) + location;
        }
        if (location.startsWith("/")) {
            return url.origin() + location;
        }
        String path = url.path();
        return url.origin() + path.substring(0, path.lastIndexOf('/') + 1) + location;
    }

    /** The response as a Fetch API Response shows it: names sorted, repeats joined by ", " (Set-Cookie apart). */
    private static Response fetchView(Response response) {
        Map<String, List<String>> byName = new TreeMap<>();
        response.headers().forEach((name, value) -> byName.computeIfAbsent(name, n -> new ArrayList<>()).add(value));
        MutableHeaders headers = new MutableHeaders();
        byName.forEach((name, values) -> {
            if (name.equals("set-cookie")) {
                values.forEach(value -> headers.append(name, value));
            } else {
                headers.append(name, String.join(", ", values));
            }
        });
        return Response.of(response.status(), headers, response.bytes());
    }

    /** Every outbound request so far, in order. */
    public synchronized List<Request> requests() {
        return List.copyOf(seen);
    }

    /** Requests no rule matched (the extension fails the test when there are any). */
    public synchronized List<Request> unmatched() {
        return List.copyOf(unmatched);
    }

    /** Completes a rule with its answer. */
    public final class RuleBuilder {
        private final String method;
        private final String urlPrefix;
        private long delayMillis;

        private RuleBuilder(String method, String urlPrefix) {
            this.method = method;
            this.urlPrefix = urlPrefix;
        }

        /**
         * The answer takes this long: not waited for, but a fetch with a shorter timeout throws
         * {@link OutboundException} ({@code timedOut()}), as a slow upstream does in workerd.
         */
        public RuleBuilder after(long millis) {
            this.delayMillis = millis;
            return this;
        }

        public OutboundRules respond(Function<Request, Response> answer) {
            synchronized (OutboundRules.this) {
                rules.add(new Rule(method, urlPrefix, answer, delayMillis));
            }
            return OutboundRules.this;
        }

        public OutboundRules respond(Response response) {
            return respond(request -> response);
        }

        /** No response at all: the Worker's fetch throws {@link OutboundException}, as for a refused connection. */
        public OutboundRules unreachable() {
            return unreachable("connection refused (declared unreachable by the test)");
        }

        /** {@link #unreachable()} with the reason the exception carries. */
        public OutboundRules unreachable(String reason) {
            return respond(request -> {
                throw new OutboundException(request.method(), request.url(), reason);
            });
        }
    }

    private record Rule(String method, String urlPrefix, Function<Request, Response> answer, long delayMillis) {
    }

    /** An outbound request the test did not expect. */
    public static final class UnexpectedOutboundRequest extends RuntimeException {
        UnexpectedOutboundRequest(Request request) {
            super("unexpected outbound request: " + request.method() + " " + request.url() + " " + request.headers()
                    + " (declare it with WorkerExtension.outbound().on(method, urlPrefix).respond(...))");
        }
    }
}
