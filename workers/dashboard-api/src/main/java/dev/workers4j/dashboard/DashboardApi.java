package dev.workers4j.dashboard;

import dev.workers4j.env.Env;
import dev.workers4j.http.Request;
import dev.workers4j.dashboard.env.DashboardApiEnv;
import dev.workers4j.dashboard.env.DashboardApiEnv_Bindings;
import dev.workers4j.http.middleware.RequestId;
import dev.workers4j.http.Response;
import dev.workers4j.http.Router;
import dev.workers4j.worker.ExecutionContext;
import dev.workers4j.worker.Worker;
import dev.workers4j.worker.WorkerEntry;

/** The staff dashboard's HTTP API: every route under /api, each response carrying a request id. */
@WorkerEntry
public final class DashboardApi implements Worker {
    private final Router<DashboardApiEnv> router = Router.withEnv(DashboardApiEnv_Bindings::of)
            .use(RequestId.middleware())
            .route("/api", ApiRoutes.create());

    @Override
    public Response fetch(Request request, Env env, ExecutionContext ctx) {
        return router.handle(request, env, ctx);
    }
}
