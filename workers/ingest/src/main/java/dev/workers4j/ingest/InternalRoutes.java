package dev.workers4j.ingest;

import com.fasterxml.jackson.annotation.JsonInclude;
import dev.workers4j.http.Router;
import dev.workers4j.json.JsonCodecType;

/**
 * What ingest answers over HTTP: only other Workers reach it (dashboard-api through its INGEST
 * service binding), for health and, later, coordination.
 */
final class InternalRoutes {
    private InternalRoutes() {
    }

    @JsonCodecType
    @JsonInclude(JsonInclude.Include.NON_NULL)
    record ServiceHealth(String status, String service) {
    }

    static Router create() {
        return new Router()
                .get("/internal/health", c -> c.json(InternalRoutes_ServiceHealth_JsonCodec.INSTANCE,
                        new ServiceHealth("ok", "ingest")));
    }
}
