package dev.workers4j.ingest.sync;

import dev.workers4j.ingest.dispatch.JobOutcome;
import dev.workers4j.ingest.env.IngestEnv;
import dev.workers4j.ingest.jobs.IngestJob;
import dev.workers4j.ingest.shopify.ShopifyException;
import dev.workers4j.log.Log;
import dev.workers4j.sql.Sql;

/** How a step answers a failure talking to Shopify. */
final class SyncFailures {
    private SyncFailures() {
    }

    /**
     * Throttled: the same step again after the throttle status's wait, as a new message. Transient:
     * the message is retried with a delay. Refused for good: the run ends FAILED. Anything else is
     * rethrown (the dispatcher retries it).
     */
    static JobOutcome outcome(Sql sql, IngestEnv env, long runId, RuntimeException failure, IngestJob step) {
        if (!(failure instanceof ShopifyException)) {
            throw failure;
        }
        ShopifyException shopify = (ShopifyException) failure;
        if (shopify.isThrottled()) {
            Log.info("sync run " + runId + ": throttled by Shopify; again in " + shopify.retryAfterSeconds() + " s");
            SyncQueue.next(env, step, shopify.retryAfterSeconds());
            return JobOutcome.done();
        }
        if (shopify.isTransient()) {
            return JobOutcome.retryLater(shopify.retryAfterSeconds(), shopify.getMessage());
        }
        SyncRuns.fail(sql, runId, "SHOPIFY_REFUSED", shopify.getMessage());
        Log.warn("sync run " + runId + " failed: " + shopify.getMessage());
        return JobOutcome.done();
    }
}
