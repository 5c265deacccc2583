package dev.workers4j.conformance;

/** What only the runtime itself can do, so the conformance routes can check it on each. */
interface RuntimeProbe {
    /** Suspends on a Promise (or its JVM stand-in) that rejects with a JS Error of this message. */
    void awaitRejection(String message);

    /** Suspends on a Promise (or its JVM stand-in) that resolves after a timer. */
    void awaitTimer();

    /**
     * A stand-in for a binding call such as Sql.execute: suspends, then fails with a typed
     * IllegalStateException (rethrown from a rejected Promise in workerd) when a parameter is "dup".
     */
    long execute(String statement, Object... params);

    /** Parses the JSON text {@code times} times with the runtime's own parser (JSON.parse in workerd). */
    int nativeJsonParse(String json, int times);

    /** Parses once, then stringifies {@code times} times (JSON.stringify in workerd); the total length. */
    long nativeJsonStringify(String json, int times);
}
