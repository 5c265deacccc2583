package dev.workers4j.ingest.marts;

import dev.workers4j.ingest.dispatch.JobOutcome;
import dev.workers4j.ingest.env.IngestEnv;
import dev.workers4j.ingest.jobs.MartRefresh;
import dev.workers4j.log.Log;
import dev.workers4j.sql.Row;
import dev.workers4j.sql.Sql;
import dev.workers4j.worker.Attempt;
import java.util.ArrayList;
import java.util.List;

/**
 * MART_REFRESH: recomputes the daily marts for the days whose orders were synced since the last
 * refresh, {@link #DAYS_PER_TRANSACTION} days per short transaction (db function
 * refresh_daily_marts), so readers always see whole days. A lease on the mart_refresh_state row
 * lets one refresh do the work while another running at the same time skips; a refresh that dies
 * gives the lease back when it can (so its retry does the work), else leaves it to expire.
 */
public final class MartRefreshJob {
    static final String MART = "daily_sales";
    static final int DAYS_PER_TRANSACTION = 31;
    static final int LEASE_SECONDS = 300;

    private MartRefreshJob() {
    }

    public static JobOutcome handle(MartRefresh job, IngestEnv env) {
        try (Sql sql = env.database().connect()) {
            Row lease = sql.rows("INSERT INTO mart_refresh_state (mart, refreshed_through, lease_until)"
                    + " VALUES ($1, '-infinity', now() + make_interval(secs => $2))"
                    + " ON CONFLICT (mart) DO UPDATE SET lease_until = EXCLUDED.lease_until"
                    + " WHERE mart_refresh_state.lease_until IS NULL OR mart_refresh_state.lease_until < now()"
                    + " RETURNING refreshed_through::text AS since, now()::text AS cutoff", MART, LEASE_SECONDS)
                    .stream().findFirst().orElse(null);
            if (lease == null) {
                Log.info("mart refresh (" + job.requestedBy() + "): another refresh holds the lease; skipped");
                return JobOutcome.done();
            }
            String since = lease.getString("since");
            String cutoff = lease.getString("cutoff");
            int[] recomputed = new int[1];
            RuntimeException failed = Attempt.run(() -> recomputed[0] = refresh(sql, since, cutoff));
            if (failed != null) {
                // Give the lease back, so the retry (not a refresh in five minutes) redoes the days.
                Attempt.run(() -> sql.execute("UPDATE mart_refresh_state SET lease_until = NULL WHERE mart = $1", MART));
                throw failed;
            }
            Log.info("mart refresh (" + job.requestedBy() + "): " + recomputed[0] + " days recomputed");
            return JobOutcome.done();
        }
    }

    /** Recomputes the days synced in (since, cutoff], then records cutoff and lets the lease go; answers the days. */
    private static int refresh(Sql sql, String since, String cutoff) {
        List<String> days = new ArrayList<>();
        for (Row row : sql.rows("SELECT DISTINCT (processed_at AT TIME ZONE 'UTC')::date::text AS day FROM orders"
                + " WHERE synced_at > $1::timestamptz AND synced_at <= $2::timestamptz ORDER BY 1", since, cutoff)) {
            days.add(row.getString("day"));
        }
        for (int i = 0; i < days.size(); i += DAYS_PER_TRANSACTION) {
            String batch = "{" + String.join(",", days.subList(i, Math.min(days.size(), i + DAYS_PER_TRANSACTION))) + "}";
            sql.transaction(tx -> tx.rows("SELECT refresh_daily_marts($1::date[]) AS written", batch));
        }
        sql.execute("UPDATE mart_refresh_state SET refreshed_through = $2::timestamptz, lease_until = NULL,"
                + " updated_at = now() WHERE mart = $1", MART, cutoff);
        return days.size();
    }
}
