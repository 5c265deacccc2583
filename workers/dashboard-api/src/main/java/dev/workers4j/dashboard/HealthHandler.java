package dev.workers4j.dashboard;

import dev.workers4j.http.Context;
import dev.workers4j.http.HttpException;
import dev.workers4j.http.Response;
import dev.workers4j.json.JsonWriter;

/**
 * GET /api/health: that this Worker is up. GET /api/health/:component: one component's health
 * ("api" for now; the ingest Worker and the database join with their bindings).
 */
final class HealthHandler {
    static final String SERVICE = "dashboard-api";

    private HealthHandler() {
    }

    static Response overall(Context c) {
        String json = new JsonWriter().beginObject()
                .name("status").value("ok")
                .name("service").value(SERVICE)
                .endObject().toString();
        return Response.json(200, json);
    }

    static Response component(Context c) {
        String component = c.param("component");
        if (!component.equals("api")) {
            throw HttpException.notFound("no health check for component " + component);
        }
        String json = new JsonWriter().beginObject()
                .name("component").value(component)
                .name("status").value("ok")
                .endObject().toString();
        return Response.json(200, json);
    }
}
