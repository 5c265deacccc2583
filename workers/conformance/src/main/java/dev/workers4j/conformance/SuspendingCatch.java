package dev.workers4j.conformance;

import dev.workers4j.worker.AllowTeaVmCatchShape;
import dev.workers4j.worker.Attempt;
import java.math.BigDecimal;

/**
 * Catch blocks after suspension points, in the shapes TeaVM 0.15 has to get right.
 *
 * <p>{@link #parameterFirstUsedInTry} is the shape TeaVM 0.15's strict mode mis-compiles (it
 * broke sql-parity's unique-violation and statement-timeout routes): a method parameter that
 * is dereferenced for the first time inside a try block, after a call that throws, and is used
 * again in the catch block. Strict mode puts a null check in front of that first dereference;
 * the null check gives the parameter a new SSA version, and TeaVM's PhiUpdater gives the catch
 * block no phi for it (a parameter's first redefinition in a protected block is not seen as a
 * redefinition), so the catch block reads the checked version, which is unassigned when the
 * call threw before the check. The catch then gets undefined or whatever value the register
 * allocator put in that JS variable (in sql-parity: a string argument of the call). Suspension
 * plays no part: {@link #parameterFirstUsedInTryWithoutSuspension} fails the same way. A correct
 * compiler gives "before,caught:typed: TypeError: duplicate key in INSERT,after".
 *
 * <p>{@link #restructured} is how our code avoids it: the try/catch sits in a helper whose
 * catch block uses only its exception, and the caller tests the returned failure.
 */
final class SuspendingCatch {
    private SuspendingCatch() {
    }

    /** A shape run on a trace, called through this interface so the trace stays a parameter. */
    interface Shape {
        void run(RuntimeProbe probe, StringBuilder trace);
    }

    /**
     * A parameter used in a catch block after a suspending binding call before the try, the
     * (inlined) call inside the try taking several arguments and throwing a typed exception.
     * Compiles correctly: {@code trace} is dereferenced before the try.
     * Expected trace: "before,inserted:4,caught:typed: TypeError: duplicate key in INSERT,after".
     */
    static void run(RuntimeProbe probe, Object unused, StringBuilder trace) {
        trace.append(",inserted:").append(insertItem(probe, 30, "first", "First", "1.00"));
        try {
            insertItem(probe, 31, "dup", "Second", "1.00");
            trace.append(",not-thrown");
        } catch (IllegalStateException e) {
            trace.append(",caught:").append(e.getMessage());
        }
        trace.append(",after");
    }

    /**
     * The mis-compiled shape (sql-parity's {@code unique} route, before it was restructured):
     * {@code trace} is first dereferenced inside the try, after the suspending call. Exempt from
     * the build check that refuses this shape: it is here to pin the bug.
     */
    @AllowTeaVmCatchShape
    static void parameterFirstUsedInTry(RuntimeProbe probe, StringBuilder trace) {
        probe.awaitTimer();
        try {
            insertItem(probe, 31, "dup", "Second", "1.00");
            trace.append(",not-thrown");
        } catch (IllegalStateException e) {
            trace.append(",caught:").append(e.getMessage());
        }
        trace.append(",after");
    }

    /** The same shape in a method that never suspends: the call in the try throws at once. */
    @AllowTeaVmCatchShape
    static void parameterFirstUsedInTryWithoutSuspension(RuntimeProbe probe, StringBuilder trace) {
        try {
            failNow("dup", "Second", "1.00");
            trace.append(",not-thrown");
        } catch (IllegalStateException e) {
            trace.append(",caught:").append(e.getMessage());
        }
        trace.append(",after");
    }

    /** The shape of {@link #parameterFirstUsedInTry} as our code writes it (sql-parity, r2-parity). */
    static void restructured(RuntimeProbe probe, StringBuilder trace) {
        probe.awaitTimer();
        RuntimeException failure = Attempt.run(() -> insertItem(probe, 31, "dup", "Second", "1.00"));
        if (failure instanceof IllegalStateException) {
            trace.append(",caught:").append(failure.getMessage());
        } else if (failure != null) {
            throw failure;
        } else {
            trace.append(",not-thrown");
        }
        trace.append(",after");
    }


    private static long insertItem(RuntimeProbe probe, long id, String sku, String name, String price) {
        return probe.execute("INSERT", id, sku, name, new BigDecimal(price));
    }

    private static long failNow(String sku, String name, String price) {
        if ("dup".equals(sku)) {
            throw new IllegalStateException("typed: at once " + name + " " + price);
        }
        return 1;
    }
}
