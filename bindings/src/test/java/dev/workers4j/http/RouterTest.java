package dev.workers4j.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.workers4j.env.Env;
import dev.workers4j.env.Secret;
import dev.workers4j.worker.ExecutionContext;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Router rules that the conformance scenarios do not already play on both runtimes. */
class RouterTest {
    private static final Env NO_ENV = new Env() {
        @Override
        public String var(String name) {
            return null;
        }

        @Override
        public Secret secret(String name) {
            return new Secret(name, null);
        }
    };
    private static final ExecutionContext NO_CTX = new ExecutionContext() {
        @Override
        public void waitUntil(Runnable task) {
            task.run();
        }

        @Override
        public void passThroughOnException() {
        }
    };

    private static Response send(Router router, String method, String path) {
        return router.handle(Request.builder(method, "http://localhost" + path).build(), NO_ENV, NO_CTX);
    }

    @Test
    void firstMatchingRouteWins() {
        Router router = new Router()
                .get("/items/new", c -> Response.text(200, "form"))
                .get("/items/:id", c -> Response.text(200, "item " + c.param("id")));
        assertEquals("form", send(router, "GET", "/items/new").text());
        assertEquals("item 7", send(router, "GET", "/items/7").text());
    }

    @Test
    void trailingSlashIsADifferentPathAndEmptyParamsDoNotMatch() {
        Router router = new Router().get("/a", c -> Response.text(200, "a")).get("/b/:id", c -> Response.text(200, "b"));
        assertEquals(404, send(router, "GET", "/a/").status());
        assertEquals(404, send(router, "GET", "/b/").status());
    }

    @Test
    void middlewareRunsInRegistrationOrderAndWrapsErrors() {
        List<String> trail = new ArrayList<>();
        Router router = new Router()
                .use((c, next) -> {
                    trail.add("outer-before");
                    Response response = next.run();
                    trail.add("outer-after " + response.status());
                    return response;
                })
                .use("/api/*", (c, next) -> {
                    trail.add("api-before");
                    return next.run();
                })
                .get("/api/fail", c -> {
                    throw new IllegalStateException("nope");
                });
        assertEquals(500, send(router, "GET", "/api/fail").status());
        assertEquals(List.of("outer-before", "api-before", "outer-after 500"), trail);
    }

    @Test
    void middlewareMayAnswerWithoutCallingNext() {
        Router router = new Router()
                .use((c, next) -> c.req().header("authorization") == null ? Response.text(401, "no") : next.run())
                .get("/x", c -> Response.text(200, "yes"));
        assertEquals(401, send(router, "GET", "/x").status());
    }

    @Test
    void customErrorHandlerAndNotFound() {
        Router router = new Router()
                .onError((error, c) -> Response.text(503, "custom " + error.getMessage()))
                .notFound(c -> Response.text(404, "nothing at " + c.req().path()))
                .get("/x", c -> {
                    throw new IllegalStateException("down");
                });
        assertEquals("custom down", send(router, "GET", "/x").text());
        assertEquals("nothing at /y", send(router, "GET", "/y").text());
    }

    @Test
    void aFailingErrorHandlerStillAnswers500() {
        Router router = new Router()
                .onError((error, c) -> {
                    throw new IllegalStateException("handler broke too");
                })
                .get("/x", c -> {
                    throw new IllegalStateException("first");
                });
        Response response = send(router, "GET", "/x");
        assertEquals(500, response.status());
        assertTrue(response.text().contains("internal_error"));
    }

    @Test
    void allMatchesAnyMethodAndRouteNestsPrefixes() {
        Router inner = new Router().all("/ping", c -> Response.text(200, c.req().method()));
        Router router = new Router().route("/v1", new Router().route("/inner", inner));
        assertEquals("PATCH", send(router, "PATCH", "/v1/inner/ping").text());
    }

    @Test
    void globalWildcardRouteCatchesEverything() {
        Router router = new Router().get("*", c -> Response.text(200, "fallback " + c.req().path()));
        assertEquals("fallback /any/depth", send(router, "GET", "/any/depth").text());
        assertEquals("fallback /", send(router, "GET", "/").text());
    }
}
