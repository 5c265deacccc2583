package dev.workers4j.testing;

import java.nio.file.Files;
import java.nio.file.Path;

/** Finds the repository's root (the folder with build/workerd) from wherever Maven runs a test. */
public final class RepositoryRoot {
    private RepositoryRoot() {
    }

    public static Path find() {
        Path dir = Path.of("").toAbsolutePath();
        for (Path candidate = dir; candidate != null; candidate = candidate.getParent()) {
            if (Files.exists(candidate.resolve("build/workerd/serve.mjs"))) {
                return candidate;
            }
        }
        throw new IllegalStateException("no build/workerd/serve.mjs above " + dir);
    }
}
