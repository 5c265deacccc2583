package dev.workers4j.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.workers4j.env.Env;
import dev.workers4j.env.Secret;
import dev.workers4j.env.TypedEnv;
import dev.workers4j.fetch.OutboundException;
import dev.workers4j.sql.SqlException;
import dev.workers4j.worker.ExecutionContext;
import org.junit.jupiter.api.Test;

/** The router's error table: the framework's defaults for the bindings' exceptions, and a Worker's own entries. */
class ErrorTableTest {
    private static final Env ENV = new Env() {
        @Override
        public String var(String name) {
            return "team".equals(name) ? "https://team.example" : null;
        }

        @Override
        public Secret secret(String name) {
            return new Secret(name, null);
        }
    };
    private static final ExecutionContext CTX = new ExecutionContext() {
        @Override
        public void waitUntil(Runnable task) {
            task.run();
        }

        @Override
        public void passThroughOnException() {
        }
    };

    private static Response failWith(RuntimeException error) {
        Router<Env> router = new Router<Env>().get("/x", c -> {
            throw error;
        });
        return router.handle(Request.get("http://localhost/x"), ENV, CTX);
    }

    private static String code(Response response) {
        String body = response.text();
        int start = body.indexOf("\"code\":\"") + 8;
        return body.substring(start, body.indexOf('"', start));
    }

    @Test
    void aUniqueViolationIsAConflict() {
        Response response = failWith(SqlException.of("23505", "duplicate key value violates unique constraint",
                "Key (email)=(someone@brand.example) already exists.", "staff_email_key"));
        assertEquals(409, response.status());
        assertEquals("conflict", code(response));
        assertFalse(response.text().contains("someone@brand.example"), "the detail quotes row values: " + response.text());
    }

    @Test
    void aStatementTimeoutIsUnavailable() {
        Response response = failWith(SqlException.of("57014", "canceling statement due to statement timeout", null, null));
        assertEquals(503, response.status());
        assertEquals("database_timeout", code(response));
    }

    @Test
    void aLostConnectionIsUnavailableAndAnotherServerErrorIs500() {
        assertEquals("database_unavailable", code(failWith(SqlException.of(null, "connection lost", null, null))));
        Response syntax = failWith(SqlException.of("42601", "syntax error", null, null));
        assertEquals(500, syntax.status());
        assertEquals("internal_error", code(syntax));
    }

    @Test
    void anOutboundTimeoutIs504AndAnotherOutboundFailure502() {
        Response timedOut = failWith(new OutboundException("GET", "https://shop.example/x?token=s3cret", "timed out", true));
        assertEquals(504, timedOut.status());
        assertEquals("upstream_timeout", code(timedOut));
        Response refused = failWith(new OutboundException("GET", "https://shop.example/x?token=s3cret", "refused"));
        assertEquals(502, refused.status());
        assertEquals("upstream_unavailable", code(refused));
        assertFalse(refused.text().contains("s3cret"), refused.text());
    }

    @Test
    void aWorkersOwnEntryWinsOverTheDefaultsAndSubRoutersBringTheirs() {
        Router<Env> feature = new Router<Env>()
                .onError(IllegalStateException.class, e -> new HttpException(422, "state", e.getMessage()))
                .get("/state", c -> {
                    throw new IllegalStateException("not now");
                })
                .get("/conflict", c -> {
                    throw SqlException.of("23505", "duplicate", null, null);
                });
        Router<Env> router = new Router<Env>()
                .onError(SqlException.class, e -> new HttpException(418, "teapot", "mine"))
                .route("/f", feature);
        Response state = router.handle(Request.get("http://localhost/f/state"), ENV, CTX);
        assertEquals(422, state.status());
        assertTrue(state.text().contains("not now"));
        assertEquals(418, router.handle(Request.get("http://localhost/f/conflict"), ENV, CTX).status());
    }

    @Test
    void aMapperReturningNullPassesTheErrorOn() {
        Router<Env> router = new Router<Env>()
                .onError(SqlException.class, e -> null)
                .get("/x", c -> {
                    throw SqlException.of("23505", "duplicate", null, null);
                });
        assertEquals(409, router.handle(Request.get("http://localhost/x"), ENV, CTX).status());
    }

    interface TeamEnv extends Env {
        default String team() {
            return var("team");
        }
    }

    static final class TeamBindings extends TypedEnv implements TeamEnv {
        TeamBindings(Env raw) {
            super(raw);
        }
    }

    @Test
    void handlersSeeTheTypedEnvTheRouterWasBuiltWith() {
        Router<TeamEnv> router = Router.<TeamEnv>withEnv(TeamBindings::new)
                .get("/team", c -> Response.text(200, c.env().team()));
        assertEquals("https://team.example", router.handle(Request.get("http://localhost/team"), ENV, CTX).text());
    }
}
