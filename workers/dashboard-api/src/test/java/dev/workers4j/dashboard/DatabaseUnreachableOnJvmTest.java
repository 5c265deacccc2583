package dev.workers4j.dashboard;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.workers4j.http.Request;
import dev.workers4j.http.Response;
import dev.workers4j.testing.WorkerExtension;
import dev.workers4j.testing.WorkerHarness;
import dev.workers4j.testing.sql.JdbcHyperdrive;
import dev.workers4j.testing.sql.UnreachableDatabase;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Nothing listens where HYPERDRIVE points: the driver's own error. JVM only: in workerd, miniflare's
 * local Hyperdrive proxy dies of a refused connection (see RefusingPostgres).
 */
class DatabaseUnreachableOnJvmTest {
    @RegisterExtension
    static final WorkerExtension WORKER = WorkerExtension.of(DashboardApi::new)
            .env(env -> env.var("CF_ACCESS_TEAM_DOMAIN", StaffAccess.IDP.origin()))
            .outbound(StaffAccess.IDP::answer)
            .env(env -> env.hyperdrive("HYPERDRIVE", new JdbcHyperdrive(UnreachableDatabase.closedPort())));

    @Test
    void healthIs503NamingTheFailedConnection(WorkerHarness worker) {
        Response response = worker.fetch(StaffAccess.staffGet("/api/health/database"));
        assertEquals(503, response.status(), response.text());
        assertTrue(response.text().contains("\"database_unavailable\""), response.text());
        assertTrue(response.text().contains("did not answer SELECT 1: no connection: "), response.text());
        assertFalse(response.text().contains(UnreachableDatabase.PASSWORD), response.text());
    }
}
