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
import dev.workers4j.testing.BothRuntimes;
import dev.workers4j.testing.Scenario;
import dev.workers4j.testing.sql.JdbcHyperdrive;
import java.util.Map;
import org.junit.jupiter.api.extension.RegisterExtension;

/** ingest with a HYPERDRIVE binding whose database refuses connections, on both runtimes. */
class DatabaseRefusesScenarios {
    /**
     * The database answers and refuses (a closed port would kill miniflare's local Hyperdrive
     * proxy, see {@link RefusingPostgres}).
     */
    static final RefusingPostgres DATABASE = RefusingPostgres.start();

    @RegisterExtension
    static final BothRuntimes RUNTIMES = BothRuntimes.of(IngestWorker::new)
            .jvmEnv(env -> env.hyperdrive("HYPERDRIVE",
                    new JdbcHyperdrive(DATABASE.connectionString(UnreachableDatabase.PASSWORD))))
            .workerdEnvironment(() -> Map.of("CLOUDFLARE_HYPERDRIVE_LOCAL_CONNECTION_STRING_HYPERDRIVE",
                    DATABASE.connectionString(UnreachableDatabase.PASSWORD)));

    @Scenario
    void healthIs503WithAClearMessageAndNoConnectionDetails(WorkerClient ingest) throws IOException {
        Response response = ingest.fetch(Request.get("/internal/health"));
        assertEquals(503, response.status(), response.text());
        JsonNode error = new ObjectMapper().readTree(response.text()).get("error");
        assertEquals("database_unavailable", error.get("code").asText());
        String message = error.get("message").asText();
        assertTrue(message.startsWith("the database behind HYPERDRIVE did not answer SELECT 1: "), message);
        assertFalse(message.contains(UnreachableDatabase.PASSWORD), message);
        assertFalse(message.contains("://"), message);
    }

    @Scenario
    void theServersRefusalIsNamed(WorkerClient ingest) throws IOException {
        String message = new ObjectMapper().readTree(ingest.fetch(Request.get("/internal/health")).text())
                .get("error").get("message").asText();
        assertTrue(message.endsWith("the server refused: " + RefusingPostgres.MESSAGE + " (SQLSTATE "
                + RefusingPostgres.SQLSTATE + ")"), message);
    }
}
