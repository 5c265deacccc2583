package dev.workers4j.ingest.sync;

import dev.workers4j.ingest.dispatch.JobOutcome;
import dev.workers4j.ingest.env.IngestEnv;
import dev.workers4j.ingest.jobs.ShopifyBulkSyncPoll;
import dev.workers4j.ingest.jobs.ShopifyBulkSyncStart;
import dev.workers4j.ingest.shopify.BulkOperations;
import dev.workers4j.ingest.shopify.ShopifyAdmin;
import dev.workers4j.ingest.shopify.ShopifyException;
import dev.workers4j.log.Log;
import dev.workers4j.sql.Sql;
import dev.workers4j.worker.Attempt;

/**
 * Step 1: asks Shopify for a bulk operation over the run's window (from the watermark, or 128 days
 * back, to the run's start). Another operation holding the slot (OPERATION_IN_PROGRESS,
 * LIMIT_REACHED) or throttling makes it try again later, as a new delayed message (so waiting
 * never counts toward max_retries); a refusal ends the run.
 */
public final class StartStep {
    /** How long to wait while another bulk operation holds the shop's slot. */
    static final int SLOT_WAIT_SECONDS = 60;
    /** The first poll comes this long after the start. */
    static final int FIRST_POLL_DELAY_SECONDS = 2;

    private StartStep() {
    }

    public static JobOutcome handle(ShopifyBulkSyncStart job, IngestEnv env) {
        try (Sql sql = env.database().connect()) {
            SyncRun run = SyncRuns.load(sql, job.runId());
            if (run == null) {
                return JobOutcome.deadLetter("no bulk sync run " + job.runId());
            }
            if (!run.at("START")) {
                return JobOutcome.done(); // a duplicate: the run has moved on
            }
            run = SyncRuns.fixWindow(sql, run.id());
            BulkOperations.Started[] started = new BulkOperations.Started[1];
            String from = run.windowStart();
            String to = run.windowEnd();
            RuntimeException failure = Attempt.run(() -> started[0] = new BulkOperations(ShopifyAdmin.from(env))
                    .start(from, to));
            if (failure != null) {
                return SyncFailures.outcome(sql, env, run.id(), failure, job);
            }
            if (started[0].mustWait()) {
                Log.info("sync run " + run.id() + ": Shopify says " + started[0].userErrorCode() + "; starting again in "
                        + SLOT_WAIT_SECONDS + " s");
                SyncQueue.next(env, job, SLOT_WAIT_SECONDS);
                return JobOutcome.done();
            }
            if (started[0].operationId() == null) {
                SyncRuns.fail(sql, run.id(), started[0].userErrorCode(), "Shopify refused the bulk query: "
                        + started[0].userErrorMessage());
                return JobOutcome.done();
            }
            if (SyncRuns.started(sql, run.id(), started[0].operationId())) {
                Log.info("sync run " + run.id() + ": bulk operation " + started[0].operationId() + " started for "
                        + from + " .. " + to);
                SyncQueue.next(env, new ShopifyBulkSyncPoll(run.id(), 0), FIRST_POLL_DELAY_SECONDS);
            }
            return JobOutcome.done();
        }
    }
}
