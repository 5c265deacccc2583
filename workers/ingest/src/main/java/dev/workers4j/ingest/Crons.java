package dev.workers4j.ingest;

import dev.workers4j.ingest.env.IngestEnv;
import dev.workers4j.ingest.jobs.IngestJob;
import dev.workers4j.ingest.jobs.IngestJob_JsonCodec;
import dev.workers4j.ingest.jobs.MartRefresh;
import dev.workers4j.ingest.jobs.ShopifyBulkSyncStart;
import dev.workers4j.json.Json;
import dev.workers4j.log.Log;
import dev.workers4j.queue.OutgoingMessage;
import dev.workers4j.scheduled.ScheduledEvent;
import dev.workers4j.sql.Row;
import dev.workers4j.sql.Sql;
import dev.workers4j.sql.UniqueViolationException;
import dev.workers4j.worker.Attempt;
import java.util.List;

/**
 * The crons (UTC): 06:00 daily starts a Shopify bulk sync, every hour a mart refresh. Each run is
 * keyed by its schedule time, so a cron that fires twice starts one run.
 */
final class Crons {
    static final String DAILY_BULK_SYNC = "0 6 * * *";
    static final String HOURLY_MART_REFRESH = "0 * * * *";
    /** A sync that has not moved for this long is taken as dead, so it cannot block every later sync. */
    static final int ABANDONED_AFTER_HOURS = 6;

    private Crons() {
    }

    static void run(ScheduledEvent event, IngestEnv env) {
        String key = "@" + event.scheduledTimeMillis();
        switch (event.cron()) {
            case DAILY_BULK_SYNC:
                startSync(env, "SHOPIFY_BULK_SYNC" + key);
                break;
            case HOURLY_MART_REFRESH:
                enqueue(env, new MartRefresh("cron " + event.cron(), "MART_REFRESH" + key));
                Log.info("cron " + event.cron() + ": mart refresh enqueued");
                break;
            default:
                // A trigger in wrangler.toml that no code expects: say so rather than guess.
                Log.warn("cron " + event.cron() + " has no schedule in this Worker; ignored");
        }
    }

    private static void startSync(IngestEnv env, String idempotencyKey) {
        try (Sql sql = env.database().connect()) {
            sql.execute("UPDATE ingest_runs SET status = 'FAILED', error_code = 'ABANDONED',"
                    + " error = 'no progress for ' || $1 || ' hours', finished_at = now(), updated_at = now()"
                    + " WHERE run_type = 'SHOPIFY_BULK_SYNC' AND status = 'RUNNING'"
                    + " AND updated_at < now() - make_interval(hours => $1)", ABANDONED_AFTER_HOURS);
            @SuppressWarnings("unchecked")
            List<Row>[] inserted = new List[1];
            RuntimeException refused = Attempt.run(() -> inserted[0] = sql.rows(
                    "INSERT INTO ingest_runs (run_type, status, step, idempotency_key, triggered_by)"
                            + " VALUES ('SHOPIFY_BULK_SYNC', 'RUNNING', 'START', $1, 'cron')"
                            + " ON CONFLICT (idempotency_key) DO NOTHING RETURNING id", idempotencyKey));
            if (refused instanceof UniqueViolationException) {
                Log.info("cron " + DAILY_BULK_SYNC + ": a bulk sync is already running; none started");
                return;
            }
            if (refused != null) {
                throw refused;
            }
            if (inserted[0].isEmpty()) {
                Log.info("cron " + DAILY_BULK_SYNC + ": run " + idempotencyKey + " exists already; none started");
                return;
            }
            long runId = inserted[0].get(0).getLong("id");
            enqueue(env, new ShopifyBulkSyncStart(runId));
            Log.info("cron " + DAILY_BULK_SYNC + ": bulk sync run " + runId + " started");
        }
    }

    private static void enqueue(IngestEnv env, IngestJob job) {
        env.jobs().send(OutgoingMessage.jsonText(Json.toJson(IngestJob_JsonCodec.INSTANCE, job)));
    }
}
