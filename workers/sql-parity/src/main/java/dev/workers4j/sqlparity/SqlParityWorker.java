package dev.workers4j.sqlparity;

import dev.workers4j.env.Env;
import dev.workers4j.http.Request;
import dev.workers4j.http.Response;
import dev.workers4j.http.Router;
import dev.workers4j.worker.ExecutionContext;
import dev.workers4j.worker.Worker;
import dev.workers4j.worker.WorkerEntry;

/**
 * A test-only Worker (never deployed): each route runs one SQL scenario over the HYPERDRIVE
 * binding and answers what it saw as JSON, so one list of assertions checks the JVM (JDBC) and
 * workerd (postgres.js) against the same PostgreSQL.
 */
@WorkerEntry
public final class SqlParityWorker implements Worker {
    private final Router router = new Router().route("/sql", SqlRoutes.create());

    @Override
    public Response fetch(Request request, Env env, ExecutionContext ctx) {
        return router.handle(request, env, ctx);
    }
}
