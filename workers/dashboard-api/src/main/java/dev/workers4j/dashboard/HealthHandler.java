package dev.workers4j.dashboard;

import dev.workers4j.dashboard.env.DashboardApiEnv;
import dev.workers4j.http.Context;
import dev.workers4j.http.HttpException;
import dev.workers4j.http.Request;
import dev.workers4j.http.Response;
import dev.workers4j.log.Log;
import dev.workers4j.sql.DatabaseCheck;

/**
 * GET /api/health: that this Worker is up. GET /api/health/:component: one component's health:
 * "api", "database" (SELECT 1 through HYPERDRIVE) or "ingest" (the ingest Worker, through the
 * INGEST service binding; it checks its own database path too).
 */
final class HealthHandler {
    static final String SERVICE = "dashboard-api";

    private HealthHandler() {
    }

    static Response overall(Context<DashboardApiEnv> c) {
        return c.json(HealthStatus_JsonCodec.INSTANCE, HealthStatus.ofService(SERVICE));
    }

    static Response component(Context<DashboardApiEnv> c) {
        DashboardApiEnv env = c.env();
        String component = c.param("component");
        switch (component) {
            case "api":
                return c.json(HealthStatus_JsonCodec.INSTANCE, HealthStatus.ofComponent(component));
            case "database":
                return database(c, env);
            case "ingest":
                return ingest(env);
            default:
                throw HttpException.notFound("no health check for component " + component);
        }
    }

    /** SELECT 1 through HYPERDRIVE: 200 with the latency, or 503 database_unavailable saying why. */
    private static Response database(Context<DashboardApiEnv> c, DashboardApiEnv env) {
        DatabaseCheck check = DatabaseCheck.run(env.database());
        if (!check.ok()) {
            Log.warn("health: database check failed after " + check.latencyMillis() + " ms: " + check.problem());
            throw new HttpException(503, "database_unavailable",
                    "the database behind HYPERDRIVE did not answer SELECT 1: " + check.problem());
        }
        return c.json(HealthStatus_JsonCodec.INSTANCE,
                new HealthStatus("database", "ok", null, check.latencyMillis()));
    }

    /** The ingest Worker, asked directly through the INGEST service binding. */
    private static Response ingest(DashboardApiEnv env) {
        Response answer = env.ingest().fetch(Request.get("https://ingest.internal/internal/health"));
        boolean up = answer.status() == 200;
        return Response.json(up ? 200 : 503, HealthStatus_JsonCodec.INSTANCE,
                HealthStatus.of("ingest", up ? "ok" : "unhealthy"));
    }
}
