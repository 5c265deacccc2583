package dev.workers4j.conformance;

import dev.workers4j.http.Response;
import dev.workers4j.http.Router;
import dev.workers4j.json.JsonReader;
import dev.workers4j.json.JsonWriter;

/** Request bodies: echo as text and bytes, JSON that must parse, and a small limit. */
final class BodyRoutes {
    static final long SMALL_LIMIT = 64;

    private BodyRoutes() {
    }

    static Router create() {
        Router limited = new Router().bodyLimit(SMALL_LIMIT)
                .post("/", c -> Response.text(200, "accepted " + c.req().bytes().length + " bytes"));
        return new Router()
                .post("/echo", c -> Response.text(200, c.req().text()))
                .post("/bytes", c -> Response.bytes(200, reversed(c.req().bytes()), "application/octet-stream"))
                .post("/json", c -> {
                    String name = nameOf(c.req().text());
                    return Response.json(200, JsonWriter.create().beginObject().name("hello").value(name)
                            .endObject().toString());
                })
                .route("/limited", limited);
    }

    /** The "name" string of a JSON object; malformed JSON raises JsonException, answered 400. */
    private static String nameOf(String json) {
        JsonReader reader = JsonReader.of(json);
        String name = null;
        reader.beginObject();
        while (reader.hasNext()) {
            if (reader.nextName().equals("name")) {
                name = reader.nextString();
            } else {
                reader.skipValue();
            }
        }
        reader.endObject();
        return name;
    }

    private static byte[] reversed(byte[] bytes) {
        byte[] out = new byte[bytes.length];
        for (int i = 0; i < bytes.length; i++) {
            out[i] = bytes[bytes.length - 1 - i];
        }
        return out;
    }
}
