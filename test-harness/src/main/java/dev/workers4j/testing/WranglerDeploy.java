package dev.workers4j.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

/** `wrangler deploy --dry-run`: the deployable script wrangler would upload, built offline. */
public final class WranglerDeploy {
    private WranglerDeploy() {
    }

    /**
     * Runs the dry run for a Worker's config (relative to the repository root) and returns the
     * bundled script it wrote.
     *
     * @throws AssertionError with wrangler's output when wrangler refuses the bundle
     */
    public static Path dryRun(String wranglerToml, Path outDir) {
        Path root = RepositoryRoot.find();
        try {
            Process process = new ProcessBuilder("npx", "--no-install", "wrangler", "deploy", "--dry-run",
                    "--outdir", outDir.toAbsolutePath().toString(), "-c", wranglerToml)
                    .directory(root.toFile()).redirectErrorStream(true).start();
            process.getOutputStream().close();
            String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            if (!process.waitFor(120, TimeUnit.SECONDS) || process.exitValue() != 0) {
                throw new AssertionError("wrangler deploy --dry-run refused " + wranglerToml + ":\n" + output);
            }
            Path script = outDir.resolve("index.js");
            if (!Files.exists(script)) {
                throw new AssertionError("wrangler wrote no index.js for " + wranglerToml + ":\n" + output);
            }
            return script;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
