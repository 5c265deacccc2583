package dev.workers4j.ingest.sync;

import dev.workers4j.ingest.dispatch.JobOutcome;
import dev.workers4j.ingest.env.IngestEnv;
import dev.workers4j.ingest.jobs.MartRefresh;
import dev.workers4j.ingest.jobs.ShopifyBulkSyncFinish;
import dev.workers4j.log.Log;
import dev.workers4j.sql.Sql;

/**
 * Step 5: only now does the watermark advance (to the window's end) and the run complete, in one
 * transaction; the mart refresh it enqueues first carries an idempotency key of the run, so a
 * replay enqueues nothing new that matters.
 */
public final class FinishStep {
    private FinishStep() {
    }

    public static JobOutcome handle(ShopifyBulkSyncFinish job, IngestEnv env) {
        try (Sql sql = env.database().connect()) {
            SyncRun run = SyncRuns.load(sql, job.runId());
            if (run == null) {
                return JobOutcome.deadLetter("no bulk sync run " + job.runId());
            }
            if (!run.at("FINISH")) {
                return JobOutcome.done();
            }
            SyncQueue.next(env, new MartRefresh("sync run " + run.id(), "SHOPIFY_BULK_SYNC:" + run.id()));
            if (SyncRuns.finish(sql, run.id())) {
                Log.info("sync run " + run.id() + " completed: " + run.linesDone() + " lines; watermark " + run.windowEnd());
            }
            return JobOutcome.done();
        }
    }
}
