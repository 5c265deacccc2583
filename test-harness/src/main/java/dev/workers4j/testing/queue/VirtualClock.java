package dev.workers4j.testing.queue;

import java.time.Duration;

/** Time as the fake queues see it: it moves only when a test moves it. */
public final class VirtualClock {
    /** 2026-01-01T00:00:00Z. */
    public static final long START_MILLIS = 1_767_225_600_000L;
    private long nowMillis;

    public VirtualClock() {
        this(START_MILLIS);
    }

    public VirtualClock(long startMillis) {
        this.nowMillis = startMillis;
    }

    public long nowMillis() {
        return nowMillis;
    }

    /** Seconds since the clock started at {@link #START_MILLIS} (for assertions). */
    public double elapsedSeconds() {
        return (nowMillis - START_MILLIS) / 1000.0;
    }

    void setMillis(long millis) {
        if (millis < nowMillis) {
            throw new IllegalArgumentException("the clock does not go back");
        }
        nowMillis = millis;
    }

    @Override
    public String toString() {
        return "VirtualClock(" + Duration.ofMillis(nowMillis - START_MILLIS) + " after start)";
    }
}
