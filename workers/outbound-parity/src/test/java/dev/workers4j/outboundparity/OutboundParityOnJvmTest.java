package dev.workers4j.outboundparity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.workers4j.http.Request;
import dev.workers4j.testing.OutboundRules;
import dev.workers4j.testing.WorkerClient;
import dev.workers4j.testing.WorkerExtension;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The scenarios on the JVM: OutboundRules answer with {@link Upstream}; the refusing address is declared unreachable. */
class OutboundParityOnJvmTest extends OutboundParityScenarios {
    private static final String UPSTREAM = "http://upstream.test:8080";
    private static final String REFUSING = "http://127.0.0.1:9";

    @RegisterExtension
    static final WorkerExtension WORKER = WorkerExtension.of(OutboundParityWorker::new);

    @BeforeEach
    void rules() {
        WORKER.outbound().on("*", UPSTREAM + "/slow").after(Upstream.SLOW_MILLIS).respond(Upstream::answer)
                .on("*", UPSTREAM + "/").respond(Upstream::answer)
                .on("*", REFUSING + "/").unreachable()
                .on("*", UNRESOLVABLE + "/").unreachable("DNS lookup failed (declared by the test)");
    }

    @Override
    WorkerClient worker() {
        return WORKER.harness();
    }

    @Override
    String upstream() {
        return UPSTREAM;
    }

    @Override
    String refusing() {
        return REFUSING;
    }

    /** Each redirect hop is a request of its own, matched against the rules again. */
    @Test
    void everyHopIsRecorded(OutboundRules outbound) {
        worker().fetch(Request.get("/relay?url=" + UPSTREAM + "/hops/2"));
        assertEquals(List.of(UPSTREAM + "/hops/2", UPSTREAM + "/hops/1", UPSTREAM + "/hops/0"),
                outbound.requests().stream().map(Request::url).toList());
    }

    /** A hop no rule expects fails the test like any unexpected request (here: checked, then forgiven). */
    @Test
    void aRedirectToAnUndeclaredHostIsUnexpected(OutboundRules outbound) {
        OutboundRules rules = new OutboundRules().on("GET", "https://a.example/").respond(
                dev.workers4j.http.Response.redirect("https://b.example/x", 302));
        OutboundRules.UnexpectedOutboundRequest error = assertThrows(OutboundRules.UnexpectedOutboundRequest.class,
                () -> rules.fetch(Request.get("https://a.example/start")));
        assertTrue(error.getMessage().contains("GET https://b.example/x"), error.getMessage());
    }
}
