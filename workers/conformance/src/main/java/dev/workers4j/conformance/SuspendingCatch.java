package dev.workers4j.conformance;

/**
 * The shape TeaVM 0.15 mis-compiles in strict mode: a parameter used in a catch block, after a
 * suspension before the try and one inside it, the exception thrown by Java code that caught the
 * rejected Promise deeper down and rethrew it typed (as a binding facade does).
 * Expected trace: "before,resumed,caught:typed: TypeError: inside the try,after".
 */
final class SuspendingCatch {
    private SuspendingCatch() {
    }

    static void run(RuntimeProbe probe, StringBuilder trace) {
        probe.awaitTimer();
        trace.append(",resumed");
        try {
            awaitAndRethrowTyped(probe, "inside the try");
            trace.append(",not-thrown");
        } catch (IllegalStateException e) {
            trace.append(",caught:").append(e.getMessage());
        }
        trace.append(",after");
    }

    private static void awaitAndRethrowTyped(RuntimeProbe probe, String message) {
        try {
            probe.awaitRejection(message);
        } catch (RuntimeException rejected) {
            throw new IllegalStateException("typed: " + rejected.getMessage());
        }
    }
}
