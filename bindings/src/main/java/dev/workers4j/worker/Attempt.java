package dev.workers4j.worker;

/**
 * Runs an action and answers what it threw, or null, so the caller tests the failure outside
 * any {@code try}. Why not a plain try/catch: TeaVM 0.15 in strict mode mis-compiles a catch block
 * that uses a method parameter first dereferenced inside the try; the catch reads the copy that
 * strict mode's null check made inside the try, unassigned when the try threw before it
 * (workers/conformance SuspendingCatch reproduces it). This catch uses nothing but its exception.
 */
public final class Attempt {
    private Attempt() {
    }

    public static RuntimeException run(Runnable action) {
        try {
            action.run();
            return null;
        } catch (RuntimeException e) {
            return e;
        }
    }
}
