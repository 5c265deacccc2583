package dev.workers4j.dashboard;

import dev.workers4j.http.Context;
import dev.workers4j.http.HttpException;
import dev.workers4j.http.Request;
import dev.workers4j.http.Response;

/**
 * GET /api/health: that this Worker is up. GET /api/health/:component: one component's health
 * ("api" for now; the ingest Worker and the database join with their bindings).
 */
final class HealthHandler {
    static final String SERVICE = "dashboard-api";

    private HealthHandler() {
    }

    static Response overall(Context c) {
        return c.json(HealthStatus_JsonCodec.INSTANCE, HealthStatus.ofService(SERVICE));
    }

    static Response component(Context c) {
        String component = c.param("component");
        if (component.equals("ingest")) {
            return ingest(c);
        }
        if (!component.equals("api")) {
            throw HttpException.notFound("no health check for component " + component);
        }
        return c.json(HealthStatus_JsonCodec.INSTANCE, HealthStatus.ofComponent(component));
    }

    /** The ingest Worker, asked directly through the INGEST service binding. */
    private static Response ingest(Context c) {
        Response answer = c.env().service("INGEST").fetch(Request.get("https://ingest.internal/internal/health"));
        boolean up = answer.status() == 200;
        return Response.json(up ? 200 : 503, HealthStatus_JsonCodec.INSTANCE,
                new HealthStatus("ingest", up ? "ok" : "unreachable", null));
    }
}
