package dev.workers4j.dashboard;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.workers4j.http.Request;
import dev.workers4j.testing.BothRuntimes;
import dev.workers4j.testing.Scenario;
import dev.workers4j.testing.WorkerClient;
import dev.workers4j.testing.access.LocalIdentityProvider;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Key rotation, with a team of its own (and so, in workerd, an isolate of its own whose key cache
 * no other test touched): the new kid is fetched at once, the old one is refused.
 */
class AccessKeyRotationScenarios {
    static final LocalIdentityProvider IDP = LocalIdentityProvider.start(StaffAccess.AUDIENCE);

    @RegisterExtension
    static final BothRuntimes RUNTIMES = StaffAccess.dashboardApi(IDP);

    private static int status(WorkerClient api, String token) {
        return api.fetch(Request.builder("GET", "/api/health").header("Cf-Access-Jwt-Assertion", token).build()).status();
    }

    @Scenario
    void aRotatedKeyIsFetchedAtOnceAndTheOldKidIsRefused(WorkerClient api) {
        String old = IDP.mint("before@brand.example");
        assertEquals(200, status(api, old));
        IDP.rotate();
        int before = IDP.certsRequests();
        assertEquals(200, status(api, IDP.mint("after@brand.example")));
        assertTrue(IDP.certsRequests() > before, "the new kid made the Worker fetch the JWKS again");
        assertEquals(200, status(api, IDP.mint("again@brand.example")));
        IDP.rotate();
        IDP.rotate();
        assertEquals(401, status(api, old), "the old kid is no longer published");
    }
}
