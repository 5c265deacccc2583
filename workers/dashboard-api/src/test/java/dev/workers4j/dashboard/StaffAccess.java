package dev.workers4j.dashboard;

import dev.workers4j.http.Request;
import dev.workers4j.http.RequestBuilder;
import dev.workers4j.ingest.IngestWorker;
import dev.workers4j.testing.BothRuntimes;
import dev.workers4j.testing.access.LocalIdentityProvider;
import java.nio.file.Path;
import java.util.Map;

/**
 * dashboard-api as its tests run it: behind the test run's own Access team (one identity
 * provider per JVM, so every scenario class shares one workerd), with ingest behind its service
 * binding, and requests carrying a staff member's token.
 */
final class StaffAccess {
    /** The aud dashboard-api's wrangler.toml expects (CF_ACCESS_AUD). */
    static final String AUDIENCE = "local-dev-audience";
    static final String STAFF = "staff@brand.example";
    static final LocalIdentityProvider IDP = LocalIdentityProvider.start(AUDIENCE);

    private StaffAccess() {
    }

    /** dashboard-api on both runtimes, trusting {@code idp}. */
    static BothRuntimes dashboardApi(LocalIdentityProvider idp) {
        return BothRuntimes.of(DashboardApi::new)
                .service("INGEST", IngestWorker::new, Path.of("../ingest/wrangler.toml"))
                .vars(() -> Map.of("CF_ACCESS_TEAM_DOMAIN", idp.origin()))
                .jvmOutbound(idp::answer);
    }

    /** dashboard-api on both runtimes, trusting the shared {@link #IDP}. */
    static BothRuntimes dashboardApi() {
        return dashboardApi(IDP);
    }

    /** A request by {@link #STAFF}, with a fresh valid token. */
    static RequestBuilder asStaff(String method, String path) {
        return Request.builder(method, path).header("Cf-Access-Jwt-Assertion", IDP.mint(STAFF));
    }

    static Request staffGet(String path) {
        return asStaff("GET", path).build();
    }
}
