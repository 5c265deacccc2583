package dev.workers4j.dashboard;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.workers4j.testing.RepositoryRoot;
import dev.workers4j.testing.WranglerDeploy;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Both Workers' bundles pass `wrangler deploy --dry-run` offline, with the handlers workerd looks for. */
class DeployableBundlesTest {
    // A tripwire, far under the platform's 10 MB: the staff API (BigDecimal, LocalDate, ~25 routes) took
    // dashboard-api from ~100 KB to ~160 KB gzip with the postgres driver.
    private static final int MAX_GZIP_BYTES = 256 * 1024;

    @ParameterizedTest
    @ValueSource(strings = {"workers/dashboard-api/wrangler.toml", "workers/ingest/wrangler.toml"})
    void wranglerAcceptsTheBundle(String config, @TempDir Path out) throws IOException {
        Path script = WranglerDeploy.dryRun(config, out);
        String code = Files.readString(script);
        assertTrue(code.contains("export") && code.contains("default"), "the bundle has a default export");
        int gzip = gzipSize(Files.readAllBytes(script));
        assertTrue(gzip < MAX_GZIP_BYTES, config + " bundle is " + gzip + " bytes gzip");
    }

    /**
     * TeaVM's regex engine is ~40 KB of a bundle, and one String.split(":") pulls it in (TeaVM's
     * split is always a regex). The source map names every Java source that was compiled in.
     */
    @ParameterizedTest
    @ValueSource(strings = {"workers/dashboard-api", "workers/ingest"})
    void noRegexEngineInTheBundle(String worker) throws IOException {
        Path map = RepositoryRoot.find().resolve(worker).resolve("target/worker/worker.js.map");
        String sources = Files.readString(map);
        assertFalse(sources.contains("/util/regex/"), worker + ": something calls String.split/matches/replaceAll or Pattern");
    }

    private static int gzipSize(byte[] bytes) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (GZIPOutputStream gzip = new GZIPOutputStream(out)) {
            gzip.write(bytes);
        }
        return out.size();
    }
}
