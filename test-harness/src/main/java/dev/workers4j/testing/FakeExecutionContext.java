package dev.workers4j.testing;

import dev.workers4j.log.Log;
import dev.workers4j.worker.ExecutionContext;
import java.util.ArrayList;
import java.util.List;

/** Collects waitUntil tasks; the harness runs them once the handler has returned, as workerd would after the response. */
final class FakeExecutionContext implements ExecutionContext {
    private final List<Runnable> tasks = new ArrayList<>();
    private boolean passThrough;

    @Override
    public void waitUntil(Runnable task) {
        tasks.add(task);
    }

    @Override
    public void passThroughOnException() {
        passThrough = true;
    }

    boolean passThrough() {
        return passThrough;
    }

    /** Runs the tasks in order, tasks they add included; a failing task is logged, as in workerd. */
    void runPendingTasks() {
        for (int i = 0; i < tasks.size(); i++) {
            try {
                tasks.get(i).run();
            } catch (RuntimeException | Error error) {
                Log.error("a waitUntil task failed", error);
            }
        }
        tasks.clear();
    }
}
