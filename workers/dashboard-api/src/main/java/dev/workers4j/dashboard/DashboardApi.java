package dev.workers4j.dashboard;

import dev.workers4j.env.Env;
import dev.workers4j.http.Request;
import dev.workers4j.http.RequestId;
import dev.workers4j.http.Response;
import dev.workers4j.http.Router;
import dev.workers4j.worker.ExecutionContext;
import dev.workers4j.worker.Worker;
import dev.workers4j.worker.WorkerEntry;

/** The staff dashboard's HTTP API: every route under /api, each response carrying a request id. */
@WorkerEntry
public final class DashboardApi implements Worker {
    private final Router router = new Router()
            .use(RequestId.middleware())
            .route("/api", ApiRoutes.create());

    @Override
    public Response fetch(Request request, Env env, ExecutionContext ctx) {
        return router.handle(request, env, ctx);
    }
}
