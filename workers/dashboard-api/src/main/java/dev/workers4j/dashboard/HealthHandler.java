package dev.workers4j.dashboard;

import dev.workers4j.http.Context;
import dev.workers4j.http.Response;
import dev.workers4j.json.JsonWriter;

/** GET /api/health: that this Worker is up, and which one it is. */
final class HealthHandler {
    static final String SERVICE = "dashboard-api";

    private HealthHandler() {
    }

    static Response handle(Context c) {
        String json = new JsonWriter().beginObject()
                .name("status").value("ok")
                .name("service").value(SERVICE)
                .endObject().toString();
        return Response.json(200, json);
    }
}
