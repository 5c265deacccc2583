package __PACKAGE__;

import __PACKAGE__.env.__CLASS__Env;
import __PACKAGE__.env.__CLASS__Env_Bindings;
import dev.workers4j.env.Env;
import dev.workers4j.http.Request;
import dev.workers4j.http.Response;
import dev.workers4j.http.Router;
import dev.workers4j.worker.ExecutionContext;
import dev.workers4j.worker.Worker;
import dev.workers4j.worker.WorkerEntry;

/**
 * __NAME__. GET /hello?name=Ada answers {"name":"Ada","message":"Hello, Ada"}; POST /greetings
 * with {"name":"Ada"} answers the same with 201. Errors are JSON (a body without a name is 400).
 */
@WorkerEntry // generates __CLASS__Main, the class TeaVM compiles (worker.main in pom.xml)
public final class __CLASS__ implements Worker {
    // Handlers get the typed env from the context: c.env().greeting().
    private final Router<__CLASS__Env> router = Router.withEnv(__CLASS__Env_Bindings::of)
            .get("/hello", c -> {
                String name = c.query("name") != null ? c.query("name") : "world";
                return c.json(Greeting_JsonCodec.INSTANCE, Greeting.of(c.env().greeting(), name));
            })
            .post("/greetings", c -> {
                Greeting posted = c.req().json(Greeting_JsonCodec.INSTANCE);
                return c.json(201, Greeting_JsonCodec.INSTANCE, Greeting.of(c.env().greeting(), posted.name()));
            });

    @Override
    public Response fetch(Request request, Env env, ExecutionContext ctx) {
        return router.handle(request, env, ctx);
    }
}
