package dev.workers4j.ingest;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import dev.workers4j.http.Context;
import dev.workers4j.http.HttpException;
import dev.workers4j.http.Response;
import dev.workers4j.http.Router;
import dev.workers4j.ingest.env.IngestEnv;
import dev.workers4j.json.JsonCodecType;
import dev.workers4j.log.Log;
import dev.workers4j.sql.DatabaseCheck;

/**
 * What ingest answers over HTTP: only other Workers reach it (dashboard-api through its INGEST
 * service binding), for health and, later, coordination.
 */
final class InternalRoutes {
    private InternalRoutes() {
    }

    @JsonCodecType
    @JsonInclude(JsonInclude.Include.NON_NULL)
    record ServiceHealth(String status, String service, DatabaseHealth database) {
    }

    @JsonCodecType
    record DatabaseHealth(String status, @JsonProperty("latency_ms") int latencyMillis) {
    }

    static Router<IngestEnv> create() {
        return new Router<IngestEnv>().get("/internal/health", InternalRoutes::health);
    }

    /**
     * 200 when this Worker runs and its database answers SELECT 1 through HYPERDRIVE (every job
     * needs it); 503 database_unavailable, saying why, when it does not.
     */
    private static Response health(Context<IngestEnv> c) {
        IngestEnv env = c.env();
        DatabaseCheck check = DatabaseCheck.run(env.database());
        if (!check.ok()) {
            Log.warn("health: database check failed after " + check.latencyMillis() + " ms: " + check.problem());
            throw new HttpException(503, "database_unavailable",
                    "the database behind HYPERDRIVE did not answer SELECT 1: " + check.problem());
        }
        return c.json(InternalRoutes_ServiceHealth_JsonCodec.INSTANCE,
                new ServiceHealth("ok", "ingest", new DatabaseHealth("ok", check.latencyMillis())));
    }
}
