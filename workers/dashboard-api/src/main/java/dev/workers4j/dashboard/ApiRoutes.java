package dev.workers4j.dashboard;

import dev.workers4j.dashboard.env.DashboardApiEnv;
import dev.workers4j.http.Router;

/** The /api routes. The feature routes (metrics, combo logs, assets, exports, ingest) join here. */
final class ApiRoutes {
    private ApiRoutes() {
    }

    static Router<DashboardApiEnv> create() {
        return new Router<DashboardApiEnv>()
                .get("/health", HealthHandler::overall)
                .get("/health/:component", HealthHandler::component);
    }
}
