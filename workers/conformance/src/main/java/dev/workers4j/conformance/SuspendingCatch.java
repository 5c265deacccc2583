package dev.workers4j.conformance;

/**
 * The shape reported miscompiled by TeaVM 0.15 in strict mode: a parameter used in a catch block,
 * after a suspension before the try and one inside it, the exception arriving from a rejected
 * Promise. Expected trace: "before,resumed,caught:TypeError: inside the try,after".
 */
final class SuspendingCatch {
    private SuspendingCatch() {
    }

    static void run(RuntimeProbe probe, StringBuilder trace) {
        probe.awaitTimer();
        trace.append(",resumed");
        try {
            probe.awaitRejection("inside the try");
            trace.append(",not-thrown");
        } catch (RuntimeException e) {
            trace.append(",caught:").append(e.getMessage());
        }
        trace.append(",after");
    }
}
