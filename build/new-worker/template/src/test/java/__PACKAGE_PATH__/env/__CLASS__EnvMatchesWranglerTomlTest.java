package __PACKAGE__.env;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.workers4j.entry.WorkerEnvCheck;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The compile-time check of __CLASS__Env against wrangler.toml, again: an edit to wrangler.toml alone recompiles nothing. */
class __CLASS__EnvMatchesWranglerTomlTest {
    @Test
    void envMatchesWranglerToml() {
        assertEquals(List.of(), WorkerEnvCheck.problems(__CLASS__Env.class, Path.of("wrangler.toml")));
    }
}
