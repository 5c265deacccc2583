package dev.workers4j.r2parity;

import dev.workers4j.env.Env;
import dev.workers4j.http.Request;
import dev.workers4j.http.Response;
import dev.workers4j.http.Router;
import dev.workers4j.worker.ExecutionContext;
import dev.workers4j.worker.Worker;
import dev.workers4j.worker.WorkerEntry;

/**
 * A test-only Worker (never deployed): each route plays one R2 scenario on the BUCKET binding and
 * answers what it saw as JSON, so one list of assertions checks the JVM fake and miniflare's R2.
 */
@WorkerEntry
public final class R2ParityWorker implements Worker {
    private final Router router = new Router()
            .route("/r2", R2Routes.create())
            .route("/streams", R2StreamRoutes.create())
            .route("/fidelity", R2FidelityRoutes.create());

    @Override
    public Response fetch(Request request, Env env, ExecutionContext ctx) {
        return router.handle(request, env, ctx);
    }
}
