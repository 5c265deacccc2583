package dev.workers4j.worker;

/** The invocation's context: work that may outlive the response. */
public interface ExecutionContext {
    /**
     * Runs {@code task} after (or beside) the response without delaying it; the invocation stays
     * alive until the task ends. In workerd the task runs in its own green thread and may call
     * bindings; an exception from it is logged, not answered.
     */
    void waitUntil(Runnable task);

    /** Lets the request fall through to the origin if this Worker throws (a no-op without one). */
    void passThroughOnException();
}
