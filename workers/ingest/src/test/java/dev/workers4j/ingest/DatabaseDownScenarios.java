package dev.workers4j.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.workers4j.http.Request;
import dev.workers4j.http.Response;
import dev.workers4j.testing.WorkerClient;
import dev.workers4j.testing.sql.RefusingPostgres;
import dev.workers4j.testing.sql.UnreachableDatabase;
import java.io.IOException;
import org.junit.jupiter.api.Test;

/** ingest with a HYPERDRIVE binding whose database refuses connections, on both runtimes. */
abstract class DatabaseDownScenarios {
    abstract WorkerClient ingest();

    @Test
    void healthIs503WithAClearMessageAndNoConnectionDetails() throws IOException {
        Response response = ingest().fetch(Request.get("/internal/health"));
        assertEquals(503, response.status(), response.text());
        JsonNode error = new ObjectMapper().readTree(response.text()).get("error");
        assertEquals("database_unavailable", error.get("code").asText());
        String message = error.get("message").asText();
        assertTrue(message.startsWith("the database behind HYPERDRIVE did not answer SELECT 1: "), message);
        assertFalse(message.contains(UnreachableDatabase.PASSWORD), message);
        assertFalse(message.contains("://"), message);
    }

    @Test
    void theServersRefusalIsNamed() throws IOException {
        String message = new ObjectMapper().readTree(ingest().fetch(Request.get("/internal/health")).text())
                .get("error").get("message").asText();
        assertTrue(message.endsWith("the server refused: " + RefusingPostgres.MESSAGE + " (SQLSTATE "
                + RefusingPostgres.SQLSTATE + ")"), message);
    }
}
