package dev.workers4j.dashboard.health;

import dev.workers4j.dashboard.env.DashboardApiEnv;
import dev.workers4j.http.Context;
import dev.workers4j.http.HttpException;
import dev.workers4j.http.Response;
import dev.workers4j.http.Router;
import java.util.ArrayList;
import java.util.List;

/**
 * GET /api/health: the database, R2 and the ingest Worker, each with its status and latency;
 * 200 when all are up, 503 naming those down. GET /api/health/:component: one of them ("api" is
 * this Worker alone); 503 when it is down (database_unavailable for the database).
 */
public final class HealthRoutes {
    static final String SERVICE = "dashboard-api";

    private HealthRoutes() {
    }

    public static Router<DashboardApiEnv> create() {
        return new Router<DashboardApiEnv>()
                .get("/", HealthRoutes::overall)
                .get("/:component", HealthRoutes::component);
    }

    static Response overall(Context<DashboardApiEnv> c) {
        DashboardApiEnv env = c.env();
        List<HealthStatus> components = List.of(HealthChecks.database(env), HealthChecks.r2(env), HealthChecks.ingest(env));
        List<String> down = new ArrayList<>();
        for (HealthStatus component : components) {
            if (!component.isUp()) {
                down.add(component.component());
            }
        }
        OverallHealth body = new OverallHealth(down.isEmpty() ? "ok" : "down", SERVICE, components, down);
        return c.json(down.isEmpty() ? 200 : 503, OverallHealth_JsonCodec.INSTANCE, body);
    }

    static Response component(Context<DashboardApiEnv> c) {
        DashboardApiEnv env = c.env();
        String component = c.param("component");
        switch (component) {
            case "api":
                return c.json(HealthStatus_JsonCodec.INSTANCE, HealthStatus.ofComponent(component));
            case "database":
                HealthStatus database = HealthChecks.database(env);
                if (!database.isUp()) {
                    throw new HttpException(503, "database_unavailable",
                            "the database behind HYPERDRIVE did not answer SELECT 1: " + database.problem());
                }
                return c.json(HealthStatus_JsonCodec.INSTANCE, database);
            case "r2":
                return answer(c, HealthChecks.r2(env));
            case "ingest":
                return answer(c, HealthChecks.ingest(env));
            default:
                throw HttpException.notFound("no health check for component " + component);
        }
    }

    private static Response answer(Context<DashboardApiEnv> c, HealthStatus status) {
        return c.json(status.isUp() ? 200 : 503, HealthStatus_JsonCodec.INSTANCE, status);
    }
}
