package dev.workers4j.testing;

import dev.workers4j.fetch.Outbound;
import dev.workers4j.http.Request;
import dev.workers4j.http.Response;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * What a Worker's outbound HTTP calls get on the JVM: the answers a test declares, matched by
 * method and URL prefix, first match winning. A request that matches no rule throws in the
 * Worker and, through {@link WorkerExtension}, fails the test with the request shown.
 *
 * <pre>{@code
 * WORKER.outbound().on("POST", "https://shop.myshopify.com/admin/api/")
 *         .respond(req -> Response.json(200, "{\"data\":{}}"));
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

    @Override
    public synchronized Response fetch(Request request) {
        seen.add(request);
        for (Rule rule : rules) {
            if ((rule.method.equals("*") || rule.method.equals(request.method())) && request.url().startsWith(rule.urlPrefix)) {
                return rule.answer.apply(request);
            }
        }
        unmatched.add(request);
        throw new UnexpectedOutboundRequest(request);
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

        private RuleBuilder(String method, String urlPrefix) {
            this.method = method;
            this.urlPrefix = urlPrefix;
        }

        public OutboundRules respond(Function<Request, Response> answer) {
            synchronized (OutboundRules.this) {
                rules.add(new Rule(method, urlPrefix, answer));
            }
            return OutboundRules.this;
        }

        public OutboundRules respond(Response response) {
            return respond(request -> response);
        }
    }

    private record Rule(String method, String urlPrefix, Function<Request, Response> answer) {
    }

    /** An outbound request the test did not expect. */
    public static final class UnexpectedOutboundRequest extends RuntimeException {
        UnexpectedOutboundRequest(Request request) {
            super("unexpected outbound request: " + request.method() + " " + request.url() + " " + request.headers()
                    + " (declare it with WorkerExtension.outbound().on(method, urlPrefix).respond(...))");
        }
    }
}
