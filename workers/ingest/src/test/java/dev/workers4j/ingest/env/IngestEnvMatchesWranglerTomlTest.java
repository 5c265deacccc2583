package dev.workers4j.ingest.env;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.workers4j.entry.WorkerEnvCheck;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The compiler checks IngestEnv against wrangler.toml when it compiles IngestEnv; this runs the
 * same check on every test run, so an edit to wrangler.toml or .dev.vars.example alone (which
 * makes Maven recompile nothing) still fails the build.
 */
class IngestEnvMatchesWranglerTomlTest {
    @Test
    void ingestEnvMatchesWranglerToml() {
        assertEquals(List.of(), WorkerEnvCheck.problems(IngestEnv.class, Path.of("wrangler.toml")));
    }
}
