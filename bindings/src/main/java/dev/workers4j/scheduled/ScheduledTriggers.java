package dev.workers4j.scheduled;

/**
 * Which crons may fire a Worker: the {@code [triggers] crons} of its wrangler.toml, and whether it
 * has a scheduled handler at all. The generated {@code <Worker>Main} bakes them in at build time;
 * a cron firing outside them (a hand-made {@code /__scheduled?cron=...} in {@code wrangler dev},
 * a test) is refused with the same words on both runtimes instead of running, or hanging.
 */
public final class ScheduledTriggers {
    private final String workerName;
    private final String missingHandlerOf;
    private final String[] crons;

    private ScheduledTriggers(String workerName, String missingHandlerOf, String[] crons) {
        this.workerName = workerName;
        this.missingHandlerOf = missingHandlerOf;
        this.crons = crons == null ? null : crons.clone();
    }

    /** A Worker with a scheduled handler; {@code crons} null when its wrangler.toml was not found (any cron). */
    public static ScheduledTriggers of(String workerName, String[] crons) {
        return new ScheduledTriggers(workerName, null, crons);
    }

    /** A Worker whose class {@code workerClass} does not override Worker.scheduled. */
    public static ScheduledTriggers withoutHandler(String workerName, String workerClass) {
        return new ScheduledTriggers(workerName, workerClass, new String[0]);
    }

    /** The crons baked in (none without a handler), or null when wrangler.toml was not found. */
    public String[] crons() {
        return crons == null ? null : crons.clone();
    }

    /** Why {@code cron} may not fire this Worker, or null when it may. */
    public String refusal(String cron) {
        if (missingHandlerOf != null) {
            return workerName + " has no scheduled handler: override Worker.scheduled(ScheduledEvent, Env, "
                    + "ExecutionContext) in " + missingHandlerOf + " and list its crons under [triggers] in wrangler.toml";
        }
        if (crons == null) {
            return null;
        }
        for (String listed : crons) {
            if (listed.equals(cron)) {
                return null;
            }
        }
        return notListed(workerName, cron, crons);
    }

    /** The refusal of a cron wrangler.toml does not list; the JVM harness and the test runner say the same. */
    public static String notListed(String workerName, String cron, String[] crons) {
        if (crons.length == 0) {
            return "cron \"" + cron + "\" cannot fire " + workerName + ": its wrangler.toml has no [triggers] crons";
        }
        StringBuilder listed = new StringBuilder();
        for (String c : crons) {
            listed.append(listed.length() == 0 ? "" : ", ").append('"').append(c).append('"');
        }
        return "cron \"" + cron + "\" cannot fire " + workerName + ": its wrangler.toml's [triggers] crons are "
                + listed;
    }
}
