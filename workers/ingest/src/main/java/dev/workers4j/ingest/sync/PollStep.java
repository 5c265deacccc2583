package dev.workers4j.ingest.sync;

import dev.workers4j.ingest.dispatch.JobOutcome;
import dev.workers4j.ingest.env.IngestEnv;
import dev.workers4j.ingest.jobs.ShopifyBulkSyncArchive;
import dev.workers4j.ingest.jobs.ShopifyBulkSyncFinish;
import dev.workers4j.ingest.jobs.ShopifyBulkSyncPoll;
import dev.workers4j.ingest.shopify.BulkOperation;
import dev.workers4j.ingest.shopify.BulkOperations;
import dev.workers4j.ingest.shopify.ShopifyAdmin;
import dev.workers4j.log.Log;
import dev.workers4j.sql.Sql;
import dev.workers4j.worker.Attempt;

/**
 * Step 2: asks Shopify how the run's bulk operation stands, by its id, until it ends; while it
 * runs, the next poll is a delayed message, each wait twice the last (2 s up to a minute). A
 * COMPLETED operation moves the run to the archive step (straight to finish when the result is
 * empty); FAILED, CANCELED or EXPIRED ends the run with Shopify's errorCode.
 */
public final class PollStep {
    static final int MAX_POLL_DELAY_SECONDS = 60;

    private PollStep() {
    }

    public static JobOutcome handle(ShopifyBulkSyncPoll job, IngestEnv env) {
        try (Sql sql = env.database().connect()) {
            SyncRun run = SyncRuns.load(sql, job.runId());
            if (run == null) {
                return JobOutcome.deadLetter("no bulk sync run " + job.runId());
            }
            if (!run.at("POLL")) {
                return JobOutcome.done();
            }
            BulkOperation[] polled = new BulkOperation[1];
            String operationId = run.operationId();
            RuntimeException failure = Attempt.run(() -> polled[0] = new BulkOperations(ShopifyAdmin.from(env))
                    .poll(operationId));
            if (failure != null) {
                return SyncFailures.outcome(sql, env, run.id(), failure, job);
            }
            BulkOperation operation = polled[0];
            if (operation == null) {
                SyncRuns.fail(sql, run.id(), "NOT_FOUND", "Shopify does not know bulk operation " + operationId);
                return JobOutcome.done();
            }
            if (operation.isRunning()) {
                SyncQueue.next(env, new ShopifyBulkSyncPoll(run.id(), job.attempt() + 1), delay(job.attempt()));
                return JobOutcome.done();
            }
            if (!operation.isCompleted()) {
                String code = operation.errorCode() != null ? operation.errorCode() : operation.status();
                SyncRuns.fail(sql, run.id(), code, "the bulk operation ended " + operation.status()
                        + (operation.errorCode() == null ? "" : " with " + operation.errorCode()));
                Log.warn("sync run " + run.id() + ": bulk operation " + operationId + " ended " + operation.status());
                return JobOutcome.done();
            }
            if (operation.url() == null) {
                // Nothing changed in the window: Shopify gives no file.
                if (SyncRuns.completed(sql, run.id(), null, 0) && SyncRuns.advance(sql, run.id(), "ARCHIVE", "FINISH")) {
                    SyncQueue.next(env, new ShopifyBulkSyncFinish(run.id()));
                }
                return JobOutcome.done();
            }
            if (SyncRuns.completed(sql, run.id(), operation.url(), operation.fileSize())) {
                Log.info("sync run " + run.id() + ": bulk operation completed, " + operation.objectCount() + " objects, "
                        + operation.fileSize() + " bytes");
                SyncQueue.next(env, new ShopifyBulkSyncArchive(run.id()));
            }
            return JobOutcome.done();
        }
    }

    /** 2, 4, 8 ... seconds, at most a minute. */
    static int delay(int attempt) {
        return attempt >= 5 ? MAX_POLL_DELAY_SECONDS : Math.min(MAX_POLL_DELAY_SECONDS, 2 << attempt);
    }
}
