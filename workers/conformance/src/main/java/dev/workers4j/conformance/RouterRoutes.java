package dev.workers4j.conformance;

import dev.workers4j.http.ContextKey;
import dev.workers4j.http.HttpException;
import dev.workers4j.http.Response;
import dev.workers4j.http.Router;
import dev.workers4j.json.JsonWriter;

/** Routes that show the router's matching, params, sub-routers, middleware order and errors. */
final class RouterRoutes {
    private static final ContextKey<String> TRAIL = ContextKey.named("trail");

    private RouterRoutes() {
    }

    static Router create() {
        Router items = new Router()
                .get("/", c -> Response.text(200, "all items"))
                .get("/:id", c -> json("item", c.param("id"), "q", c.query("q")))
                .put("/:id", c -> json("updated", c.param("id"), "q", null))
                .delete("/:id", c -> Response.empty(204));
        return new Router()
                .use("/ordered/*", (c, next) -> {
                    c.set(TRAIL, "before");
                    Response response = next.run();
                    response.headers().set("x-trail", c.get(TRAIL) + ",after");
                    return response;
                })
                .get("/ordered/step", c -> {
                    c.set(TRAIL, c.get(TRAIL) + ",handler");
                    return Response.text(200, "ok");
                })
                .route("/items", items)
                .get("/files/*", c -> Response.text(200, "file " + c.req().path()))
                .get("/users/:user/posts/:post", c -> json("user", c.param("user"), "post", c.param("post")))
                .get("/teapot", c -> {
                    throw new HttpException(418, "teapot", "short and stout");
                })
                .get("/redirect", c -> Response.redirect("/router/items", 302))
                .get("/boom", c -> {
                    throw new IllegalStateException("secret-detail-that-must-not-leak");
                })
                .get("/deep-boom", c -> Response.text(200, String.valueOf(descend(Integer.parseInt(c.query("depth"))))));
    }

    /** Throws from {@code depth} frames down: a stack longer than V8's default 10 frames. */
    static int descend(int depth) {
        if (depth == 0) {
            throw new IllegalArgumentException("bottom of the stack");
        }
        return descend(depth - 1) + 1;
    }

    private static Response json(String k1, String v1, String k2, String v2) {
        JsonWriter json = JsonWriter.create().beginObject().name(k1).value(v1).name(k2);
        if (v2 == null) {
            json.nullValue();
        } else {
            json.value(v2);
        }
        return Response.json(200, json.endObject().toString());
    }
}
