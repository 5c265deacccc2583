package dev.workers4j.conformance;

import java.math.BigDecimal;

/**
 * The shape TeaVM 0.15 mis-compiles in strict mode, found in the SQL facade's callers: a
 * parameter used in a catch block after a suspending binding call before the try, the (inlined)
 * call inside the try taking several arguments and throwing a typed exception.
 * Expected trace: "before,inserted:4,caught:typed: TypeError: duplicate key in INSERT,after".
 */
final class SuspendingCatch {
    private SuspendingCatch() {
    }

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

    private static long insertItem(RuntimeProbe probe, long id, String sku, String name, String price) {
        return probe.execute("INSERT", id, sku, name, new BigDecimal(price));
    }
}
