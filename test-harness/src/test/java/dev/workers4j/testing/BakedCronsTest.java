package dev.workers4j.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.workers4j.testing.stale.Nightly;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A main class compiled before wrangler.toml's crons changed fails the JVM tests, not the deployed Worker. */
class BakedCronsTest {
    @TempDir
    Path dir;

    @Test
    void cronsBakedIntoTheMainClassMustBeWranglerTomls() throws Exception {
        Path toml = Files.writeString(dir.resolve("wrangler.toml"), "name = \"nightly\"\n[triggers]\ncrons = [\"0 2 * * *\"]\n");
        IllegalStateException stale = assertThrows(IllegalStateException.class,
                () -> new WorkerHarness(new Nightly(), new FakeEnv(), WranglerConfig.read(toml)));
        assertEquals("NightlyMain was compiled with the crons [0 1 * * *] but " + toml.toAbsolutePath() + " lists [0 2 * * *]: "
                + "rebuild it (mvn clean package) so workerd fires the crons wrangler.toml lists", stale.getMessage());

        Files.writeString(toml, "name = \"nightly\"\n[triggers]\ncrons = [\"0 1 * * *\"]\n");
        new WorkerHarness(new Nightly(), new FakeEnv(), WranglerConfig.read(toml)); // the same crons: fine
    }
}
