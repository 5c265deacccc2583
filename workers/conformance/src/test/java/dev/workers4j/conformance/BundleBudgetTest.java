package dev.workers4j.conformance;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.workers4j.testing.RepositoryRoot;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The bundle budget check every Worker build runs (build/tools/BundleReport.java), on this
 * Worker's real TeaVM output: within budget one line; over it the build fails naming the weight.
 */
class BundleBudgetTest {
    private static final Path ROOT = RepositoryRoot.find();

    @Test
    void withinItsBudgetTheReportIsOneLine() throws Exception {
        Result result = report(150);
        assertEquals(0, result.exitCode, result.output);
        assertEquals(1, result.output.lines().count(), result.output);
        assertTrue(result.output.matches("\\[bundle\\] conformance: [0-9.]+ KB raw, [0-9.]+ KB gzip of a 150 KB gzip "
                + "budget \\([0-9]+%\\)\\s*"), result.output);
    }

    @Test
    void overItsBudgetTheBuildFailsAndSaysWhatPulledTheWeightIn() throws Exception {
        Result result = report(40);
        assertEquals(1, result.exitCode, result.output);
        assertTrue(result.output.contains("conformance is over its budget by"), result.output);
        assertTrue(result.output.contains("Raise worker.bundleBudgetKb"), result.output);
        // The round trips decode money into BigDecimal and dates into java.time: both are named.
        assertTrue(result.output.matches("(?s).*biggest packages.*java\\.math.*biggest classes.*java\\.math\\.BigDecimal.*"),
                result.output);
        assertTrue(result.output.contains("present: java.math"), result.output);
        assertTrue(result.output.contains("present: java.time"), result.output);
        assertTrue(result.output.contains("dev.workers4j.json.fixtures.Order_JsonCodec"), result.output);
    }

    /** The call sites the TeaVM build recorded (WeightSourcesPlugin) are listed under the feature they pull in. */
    @Test
    void overItsBudgetTheCallsThatPulledAFeatureInAreNamed(@TempDir Path copy) throws Exception {
        Path worker = ROOT.resolve("workers/conformance/target/worker");
        for (String file : List.of("worker.js", "worker.js.map", "index.mjs")) {
            Files.copy(worker.resolve(file), copy.resolve(file));
        }
        Files.writeString(copy.resolve("weight-sources.txt"),
                "java.math\tBigDecimal.<init>\tdev.workers4j.shop.Prices.total (Prices.java:12)\n");
        Result result = report(40, copy);
        assertEquals(1, result.exitCode, result.output);
        assertTrue(result.output.matches("(?s).*present: java\\.math[^\n]*\n\\[bundle\\]     pulled in by BigDecimal\\.<init> in "
                + "dev\\.workers4j\\.shop\\.Prices\\.total \\(Prices\\.java:12\\)\n.*"), result.output);
    }

    private static Result report(int budgetKb) throws IOException, InterruptedException {
        return report(budgetKb, ROOT.resolve("workers/conformance/target/worker"));
    }

    private static Result report(int budgetKb, Path worker) throws IOException, InterruptedException {
        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        Process process = new ProcessBuilder(List.of(java.toString(), ROOT.resolve("build/tools/BundleReport.java").toString(),
                "conformance", worker.toString(), "-", "true", String.valueOf(budgetKb), "false"))
                .redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        return new Result(process.waitFor(), output);
    }

    private static final class Result {
        final int exitCode;
        final String output;

        Result(int exitCode, String output) {
            this.exitCode = exitCode;
            this.output = output;
        }
    }
}
