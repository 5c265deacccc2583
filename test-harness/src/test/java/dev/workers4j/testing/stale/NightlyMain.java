package dev.workers4j.testing.stale;

import dev.workers4j.scheduled.ScheduledTriggers;

/** What the entry processor would have generated when wrangler.toml listed only "0 1 * * *". */
public final class NightlyMain {
    private static final ScheduledTriggers TRIGGERS = ScheduledTriggers.of("nightly", new String[] {"0 1 * * *"});

    private NightlyMain() {
    }
}
