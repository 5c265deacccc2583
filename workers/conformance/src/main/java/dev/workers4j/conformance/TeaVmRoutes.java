package dev.workers4j.conformance;

import dev.workers4j.http.Response;
import dev.workers4j.http.Router;

/**
 * The Java constructs TeaVM is known to get wrong, each answering what it observed, so the same
 * assertion checks the JVM and the compiled code.
 */
final class TeaVmRoutes {
    private TeaVmRoutes() {
    }

    static Router create() {
        return new Router()
                .get("/catch-finally", c -> Response.text(200, throwFromCatchWithFinally()))
                .get("/null-dereference", c -> Response.text(200, catchNullDereference()))
                .get("/bad-cast", c -> Response.text(200, catchBadCast()))
                .get("/uncaught-null", c -> Response.text(200, String.valueOf(lengthOf(nothing()))));
    }

    /**
     * TeaVM 0.16.0 lets the IllegalArgumentException escape the outer try here. Expected:
     * "catch,finally,outer:second".
     */
    static String throwFromCatchWithFinally() {
        StringBuilder trace = new StringBuilder();
        try {
            try {
                trace.append(Integer.parseInt(nothingNumeric()));
            } catch (NumberFormatException first) {
                trace.append("catch");
                throw new IllegalArgumentException("second");
            } finally {
                trace.append(",finally");
            }
        } catch (IllegalArgumentException outer) {
            trace.append(",outer:").append(outer.getMessage());
        }
        return trace.toString();
    }

    /** Expected: "NullPointerException caught" (strict mode makes it a Java exception). */
    static String catchNullDereference() {
        try {
            return "length " + lengthOf(nothing());
        } catch (NullPointerException e) {
            return "NullPointerException caught";
        }
    }

    /** Expected: "ClassCastException caught" (without strict mode TeaVM lets the cast pass). */
    static String catchBadCast() {
        Object number = Integer.valueOf(42);
        try {
            String text = (String) number;
            return "cast passed: " + text;
        } catch (ClassCastException e) {
            return "ClassCastException caught";
        }
    }

    // Values hidden behind calls so neither javac nor TeaVM can fold the constructs away.
    private static String nothing() {
        return System.currentTimeMillis() > 0 ? null : "never";
    }

    private static String nothingNumeric() {
        return System.currentTimeMillis() > 0 ? "not a number" : "1";
    }

    private static int lengthOf(String text) {
        return text.length();
    }
}
