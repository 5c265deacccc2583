package dev.workers4j.dashboard.health;

import dev.workers4j.dashboard.env.DashboardApiEnv;
import dev.workers4j.http.Request;
import dev.workers4j.http.Response;
import dev.workers4j.log.Log;
import dev.workers4j.sql.DatabaseCheck;
import dev.workers4j.worker.Attempt;

/** One check per component, each timed; a failure is a "down" status saying why, never a thrown error. */
final class HealthChecks {
    /** A key no object has: a HEAD of it proves R2 answers without reading anything. */
    static final String R2_PROBE_KEY = "health/probe";

    private HealthChecks() {
    }

    /** SELECT 1 through HYPERDRIVE. */
    static HealthStatus database(DashboardApiEnv env) {
        DatabaseCheck check = DatabaseCheck.run(env.database());
        if (!check.ok()) {
            Log.warn("health: database check failed after " + check.latencyMillis() + " ms: " + check.problem());
            return HealthStatus.down("database", check.latencyMillis(), check.problem());
        }
        return HealthStatus.up("database", check.latencyMillis());
    }

    /** A HEAD on R2. */
    static HealthStatus r2(DashboardApiEnv env) {
        long start = System.currentTimeMillis();
        RuntimeException failed = Attempt.run(() -> env.bucket().head(R2_PROBE_KEY));
        int latency = (int) (System.currentTimeMillis() - start);
        if (failed != null) {
            Log.warn("health: R2 check failed after " + latency + " ms: " + failed.getMessage());
            return HealthStatus.down("r2", latency, "R2 did not answer a HEAD request");
        }
        return HealthStatus.up("r2", latency);
    }

    /** The ingest Worker, asked directly through the INGEST service binding (it checks its own database path). */
    static HealthStatus ingest(DashboardApiEnv env) {
        long start = System.currentTimeMillis();
        Response[] answer = new Response[1];
        RuntimeException failed = Attempt.run(
                () -> answer[0] = env.ingest().fetch(Request.get("https://ingest.internal/internal/health")));
        int latency = (int) (System.currentTimeMillis() - start);
        if (failed != null) {
            return HealthStatus.down("ingest", latency, "the ingest Worker did not answer");
        }
        if (answer[0].status() != 200) {
            return HealthStatus.down("ingest", latency, "the ingest Worker answered " + answer[0].status());
        }
        return HealthStatus.up("ingest", latency);
    }
}
