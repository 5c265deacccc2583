package dev.workers4j.dashboard;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.workers4j.http.Request;
import dev.workers4j.http.Response;
import dev.workers4j.testing.BothRuntimes;
import dev.workers4j.testing.Scenario;
import dev.workers4j.testing.WorkerClient;
import dev.workers4j.testing.access.LocalIdentityProvider;
import org.junit.jupiter.api.extension.RegisterExtension;

/** A team whose JWKS does not answer: 503 access_keys_unavailable, never a pass. */
class AccessKeysUnavailableScenarios {
    static final LocalIdentityProvider IDP = LocalIdentityProvider.start(StaffAccess.AUDIENCE);

    static {
        IDP.unreachable(true);
    }

    @RegisterExtension
    static final BothRuntimes RUNTIMES = StaffAccess.dashboardApi(IDP);

    @Scenario
    void anUnreachableJwksIs503NeverAPass(WorkerClient api) {
        Response response = api.fetch(Request.builder("GET", "/api/health")
                .header("Cf-Access-Jwt-Assertion", IDP.mint("staff@brand.example")).build());
        assertEquals(503, response.status(), response.text());
        assertTrue(response.text().contains("\"access_keys_unavailable\""), response.text());
        assertEquals(401, api.fetch(Request.get("/api/health")).status(), "no token is still 401");
    }
}
