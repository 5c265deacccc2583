package dev.workers4j.testing.stale;

import dev.workers4j.env.Env;
import dev.workers4j.scheduled.ScheduledEvent;
import dev.workers4j.worker.ExecutionContext;
import dev.workers4j.worker.Worker;

/** A Worker with a scheduled handler; NightlyMain stands in for the main class @WorkerEntry would generate. */
public final class Nightly implements Worker {
    @Override
    public void scheduled(ScheduledEvent event, Env env, ExecutionContext ctx) {
    }
}
