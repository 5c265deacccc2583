package dev.workers4j.conformance;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

import dev.workers4j.http.Request;
import dev.workers4j.testing.WorkerClient;
import dev.workers4j.testing.WorkerdExtension;
import dev.workers4j.testing.WorkerdServer;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The scenarios against the TeaVM bundle in real workerd (built by this module's process-classes phase). */
class ConformanceInWorkerdTest extends ConformanceScenarios {
    @RegisterExtension
    static final WorkerdExtension WORKERD = WorkerdExtension.serving("workers/conformance/wrangler.toml");

    @Override
    WorkerClient worker() {
        return WORKERD.worker("conformance");
    }

    /**
     * The log of a Java exception in workerd reads as a Java stack trace: class and message first,
     * frames mapped to .java lines, none of TeaVM's runtime, and more than V8's default 10.
     */
    @Test
    void javaStackTracesAreMappedToJavaLinesInFull() {
        // The Wasm build's traces are wasm-function[n] offsets: mapping them needs TeaVM's debug
        // information and its deobfuscator module, which the Wasm build does not ship yet.
        assumeFalse(WorkerdServer.wasmTarget(), "Wasm build: stack traces are not mapped to Java lines");
        assertEquals(500, worker().fetch(Request.get("/router/deep-boom?depth=25")).status());
        String header = "java.lang.IllegalArgumentException: bottom of the stack";
        assertTrue(worker().awaitLog(line -> line.endsWith(header)), () -> "logs: " + worker().logs());
        List<String> logs = worker().logs();
        List<String> stack = new ArrayList<>();
        for (int i = logs.indexOf(logs.stream().filter(line -> line.endsWith(header)).findFirst().orElseThrow()) + 1;
                i < logs.size() && logs.get(i).trim().startsWith("at "); i++) {
            stack.add(logs.get(i).trim());
        }
        String frames = String.join("\n", stack);
        assertTrue(stack.get(0).startsWith("at dev.workers4j.conformance.RouterRoutes(RouterRoutes.java:"), frames);
        assertTrue(stack.stream().filter(f -> f.startsWith("at dev.workers4j.conformance.RouterRoutes(")).count() > 25,
                frames);
        assertTrue(stack.stream().anyMatch(f -> f.startsWith("at dev.workers4j.http.Router(Router.java:")), frames);
        assertFalse(frames.contains("worker.js") || frames.contains("teavm-runtime") || frames.contains("Throwable"), frames);
    }

    /** The bundle is TeaVM 0.15 in strict mode (workers/pom.xml). */
    @Override
    boolean strictCatchMiscompiled() {
        return true;
    }

    @Override
    boolean miscompileTraps() {
        return WorkerdServer.wasmTarget();
    }
}
