package dev.workers4j.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.workers4j.env.Env;
import dev.workers4j.fetch.Outbound;
import dev.workers4j.http.Request;
import dev.workers4j.http.Response;
import dev.workers4j.worker.ExecutionContext;
import dev.workers4j.worker.Worker;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class OutboundRulesTest {
    /** A Worker that proxies every request to a fixed upstream through the outbound fetch. */
    static final class Proxy implements Worker {
        @Override
        public Response fetch(Request request, Env env, ExecutionContext ctx) {
            Response upstream = Outbound.fetch(Request.builder("GET", "https://upstream.example" + request.path()).build());
            return Response.text(upstream.status(), "upstream said: " + upstream.text());
        }
    }

    @RegisterExtension
    static final WorkerExtension PROXY = WorkerExtension.of(Proxy::new);

    @Test
    void aMatchingRuleAnswersAndIsRecorded(WorkerHarness worker, OutboundRules outbound) {
        outbound.on("GET", "https://upstream.example/a").respond(Response.text(200, "hello"))
                .on("*", "https://upstream.example/").respond(req -> Response.text(201, "fallback " + req.path()));
        assertEquals("upstream said: hello", worker.fetch(Request.get("/a/b")).text());
        Response second = worker.fetch(Request.get("/z"));
        assertEquals(201, second.status());
        assertEquals("upstream said: fallback /z", second.text());
        assertEquals(List.of("https://upstream.example/a/b", "https://upstream.example/z"),
                outbound.requests().stream().map(Request::url).toList());
    }

    @Test
    void anUnexpectedRequestThrowsWithTheRequestShown() {
        OutboundRules rules = new OutboundRules().on("GET", "https://known.example/").respond(Response.empty(204));
        OutboundRules.UnexpectedOutboundRequest error = assertThrows(OutboundRules.UnexpectedOutboundRequest.class,
                () -> rules.fetch(Request.builder("POST", "https://shop.example/admin/api/graphql.json")
                        .header("X-Shopify-Access-Token", "redacted-in-tests").body("{}").build()));
        assertTrue(error.getMessage().contains("POST https://shop.example/admin/api/graphql.json"), error.getMessage());
        assertEquals(1, rules.unmatched().size());
    }
}
