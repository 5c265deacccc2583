package dev.workers4j.conformance;

/** What only the runtime itself can do, so the conformance routes can check it on each. */
interface RuntimeProbe {
    /** Suspends on a Promise (or its JVM stand-in) that rejects with a JS Error of this message. */
    void awaitRejection(String message);
}
