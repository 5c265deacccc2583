package dev.workers4j.dashboard;

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

/** dashboard-api with a HYPERDRIVE binding whose database refuses connections, on both runtimes. */
class DatabaseRefusesScenarios {
    private static final ObjectMapper JSON = new ObjectMapper();

    /**
     * The database answers and refuses (a closed port would kill miniflare's local Hyperdrive
     * proxy, see {@link RefusingPostgres}).
     */
    static final RefusingPostgres DATABASE = RefusingPostgres.start();

    @RegisterExtension
    static final BothRuntimes RUNTIMES = StaffAccess.dashboardApi()
            .jvmEnv(env -> env.hyperdrive("HYPERDRIVE",
                    new JdbcHyperdrive(DATABASE.connectionString(UnreachableDatabase.PASSWORD))))
            .workerdEnvironment(() -> Map.of("CLOUDFLARE_HYPERDRIVE_LOCAL_CONNECTION_STRING_HYPERDRIVE",
                    DATABASE.connectionString(UnreachableDatabase.PASSWORD)));

    @Scenario
    void databaseHealthIs503WithAClearMessageAndNoConnectionDetails(WorkerClient api) throws IOException {
        Response response = api.fetch(StaffAccess.asStaff("GET", "/api/health/database").header("X-Request-Id", "db-1").build());
        assertEquals(503, response.status(), response.text());
        assertEquals("application/json", response.header("content-type"));
        JsonNode error = JSON.readTree(response.text()).get("error");
        assertEquals("database_unavailable", error.get("code").asText());
        assertEquals("db-1", error.get("request_id").asText());
        String message = error.get("message").asText();
        assertTrue(message.startsWith("the database behind HYPERDRIVE did not answer SELECT 1: "), message);
        assertFalse(message.contains(UnreachableDatabase.PASSWORD), message);
        assertFalse(message.contains("://"), message);
        assertTrue(api.awaitLog(l -> l.contains("database check failed")), () -> String.join("\n", api.logs()));
        assertFalse(api.logs().stream().anyMatch(l -> l.contains(UnreachableDatabase.PASSWORD)),
                () -> String.join("\n", api.logs()));
    }

    @Scenario
    void theRestOfTheApiStillAnswers(WorkerClient api) {
        Response overall = api.fetch(StaffAccess.staffGet("/api/health"));
        assertEquals(503, overall.status(), overall.text());   // the overall check names the part down
        // ingest shares the refusing database, so in workerd it is down too.
        assertTrue(overall.text().contains("\"down\":[\"database\""), overall.text());
        assertEquals(200, api.fetch(StaffAccess.staffGet("/api/health/api")).status());
    }

    @Scenario
    void theServersRefusalIsNamed(WorkerClient api) throws IOException {
        String message = new ObjectMapper().readTree(api.fetch(StaffAccess.staffGet("/api/health/database")).text())
                .get("error").get("message").asText();
        assertTrue(message.endsWith("the server refused: " + RefusingPostgres.MESSAGE + " (SQLSTATE "
                + RefusingPostgres.SQLSTATE + ")"), message);
    }
}
