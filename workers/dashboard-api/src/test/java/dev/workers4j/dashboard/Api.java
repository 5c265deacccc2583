package dev.workers4j.dashboard;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.workers4j.http.Response;
import dev.workers4j.testing.WorkerClient;
import java.io.IOException;

/** Short calls for the feature scenarios: a staff request, its JSON, and the invalid_request shape. */
final class Api {
    static final ObjectMapper JSON = new ObjectMapper();

    private Api() {
    }

    static JsonNode json(Response response) {
        try {
            return JSON.readTree(response.text());
        } catch (IOException e) {
            throw new AssertionError("not JSON: " + response.text(), e);
        }
    }

    /** GET as staff, expecting {@code status}; the body as JSON. */
    static JsonNode get(WorkerClient api, String path, int status) {
        Response response = api.fetch(StaffAccess.staffGet(path));
        assertEquals(status, response.status(), path + ": " + response.text());
        return json(response);
    }

    static Response send(WorkerClient api, String method, String path, String body) {
        return api.fetch(StaffAccess.asStaff(method, path).header("content-type", "application/json").body(body).build());
    }

    /** A 400 invalid_request naming each of {@code fields}. */
    static void assertInvalid(Response response, String... fields) {
        assertEquals(400, response.status(), response.text());
        JsonNode error = json(response).get("error");
        assertEquals("invalid_request", error.get("code").asText(), response.text());
        for (String field : fields) {
            boolean named = false;
            for (JsonNode problem : error.get("fields")) {
                named |= problem.get("field").asText().equals(field) && !problem.get("problem").asText().isEmpty();
            }
            assertTrue(named, field + " is not named in " + response.text());
        }
    }
}
