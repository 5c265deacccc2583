package dev.workers4j.scheduled;

/** A cron trigger firing. */
public final class ScheduledEvent {
    private final String cron;
    private final long scheduledTimeMillis;

    public ScheduledEvent(String cron, long scheduledTimeMillis) {
        this.cron = cron;
        this.scheduledTimeMillis = scheduledTimeMillis;
    }

    /** The cron expression that fired, exactly as written in wrangler.toml, e.g. "0 6 * * *". */
    public String cron() {
        return cron;
    }

    /** When it was scheduled to fire, in epoch milliseconds (UTC). */
    public long scheduledTimeMillis() {
        return scheduledTimeMillis;
    }

    @Override
    public String toString() {
        return "ScheduledEvent(" + cron + " at " + scheduledTimeMillis + ")";
    }
}
