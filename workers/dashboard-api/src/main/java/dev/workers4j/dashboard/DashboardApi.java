package dev.workers4j.dashboard;

import dev.workers4j.env.Env;
import dev.workers4j.http.Request;
import dev.workers4j.dashboard.env.DashboardApiEnv;
import dev.workers4j.dashboard.env.DashboardApiEnv_Bindings;
import dev.workers4j.http.middleware.CloudflareAccess;
import dev.workers4j.http.middleware.RequestId;
import dev.workers4j.http.middleware.RequestLog;
import dev.workers4j.http.Response;
import dev.workers4j.http.Router;
import dev.workers4j.worker.ExecutionContext;
import dev.workers4j.worker.Worker;
import dev.workers4j.worker.WorkerEntry;

/**
 * The staff dashboard's HTTP API: every route under /api, behind Cloudflare Access, each response
 * carrying a request id and each request logged with the staff identity that made it.
 */
@WorkerEntry
public final class DashboardApi implements Worker {
    private final Router<DashboardApiEnv> router = Router.withEnv(DashboardApiEnv_Bindings::of)
            .use(RequestId.middleware())
            .use(RequestLog.middleware())
            .use(CloudflareAccess.middleware())   // every route, /api/health included
            .route("/api", ApiRoutes.create());

    @Override
    public Response fetch(Request request, Env env, ExecutionContext ctx) {
        return router.handle(request, env, ctx);
    }
}
