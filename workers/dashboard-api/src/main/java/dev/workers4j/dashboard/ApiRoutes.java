package dev.workers4j.dashboard;

import dev.workers4j.http.Router;

/** The /api routes. The feature routes (metrics, combo logs, assets, exports, ingest) join here. */
final class ApiRoutes {
    private ApiRoutes() {
    }

    static Router create() {
        return new Router()
                .get("/health", HealthHandler::overall)
                .get("/health/:component", HealthHandler::component);
    }
}
