package dev.workers4j.dashboard.env;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.workers4j.entry.WorkerEnvCheck;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The compiler checks DashboardApiEnv against wrangler.toml when it compiles DashboardApiEnv; this
 * runs the same check on every test run, so an edit to wrangler.toml alone (which makes Maven
 * recompile nothing) still fails the build.
 */
class DashboardApiEnvMatchesWranglerTomlTest {
    @Test
    void dashboardApiEnvMatchesWranglerToml() {
        assertEquals(List.of(), WorkerEnvCheck.problems(DashboardApiEnv.class, Path.of("wrangler.toml")));
    }
}
