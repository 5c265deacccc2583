package dev.workers4j.testing;

/** How a scheduled handler ended. */
public record ScheduledOutcome(boolean handlerThrew) {
}
