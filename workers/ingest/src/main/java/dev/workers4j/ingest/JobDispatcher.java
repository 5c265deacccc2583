package dev.workers4j.ingest;

import dev.workers4j.ingest.assets.AssetIngestJob;
import dev.workers4j.ingest.dispatch.DeadLetters;
import dev.workers4j.ingest.dispatch.JobOutcome;
import dev.workers4j.ingest.env.IngestEnv;
import dev.workers4j.ingest.exports.CsvExportJob;
import dev.workers4j.ingest.imports.ImportJob;
import dev.workers4j.ingest.jobs.AssetIngest;
import dev.workers4j.ingest.jobs.CreativeActReportImport;
import dev.workers4j.ingest.jobs.CsvExport;
import dev.workers4j.ingest.jobs.IngestJob;
import dev.workers4j.ingest.jobs.IngestJob_JsonCodec;
import dev.workers4j.ingest.jobs.MartRefresh;
import dev.workers4j.ingest.jobs.ShopifyBulkSyncArchive;
import dev.workers4j.ingest.jobs.ShopifyBulkSyncChunk;
import dev.workers4j.ingest.jobs.ShopifyBulkSyncFinish;
import dev.workers4j.ingest.jobs.ShopifyBulkSyncPoll;
import dev.workers4j.ingest.jobs.ShopifyBulkSyncStart;
import dev.workers4j.ingest.marts.MartRefreshJob;
import dev.workers4j.ingest.sync.ArchiveStep;
import dev.workers4j.ingest.sync.ChunkStep;
import dev.workers4j.ingest.sync.FinishStep;
import dev.workers4j.ingest.sync.PollStep;
import dev.workers4j.ingest.sync.StartStep;
import dev.workers4j.json.JsonException;
import dev.workers4j.log.Log;
import dev.workers4j.queue.Message;
import dev.workers4j.worker.Attempt;

/**
 * Decodes one message of ingest-queue into its job, hands it to the job's handler and settles the
 * message by the outcome: done is acked (a later failure in the batch cannot redeliver it), a
 * transient failure is retried with a delay, and a job that can never succeed (malformed, an
 * unknown job_type, or its handler says so) goes to the dead-letter queue at once with its reason,
 * instead of looping. An exception a handler did not expect is taken as transient: retried, and
 * after max_retries the platform dead-letters it.
 */
final class JobDispatcher {
    /** Delay before a message whose handler threw is delivered again. */
    static final int UNEXPECTED_FAILURE_DELAY_SECONDS = 10;

    void dispatch(String queue, Message message, IngestEnv env) {
        IngestJob[] decoded = new IngestJob[1];
        RuntimeException malformed = Attempt.run(() -> decoded[0] = message.body(IngestJob_JsonCodec.INSTANCE));
        if (malformed != null) {
            String reason = malformed instanceof JsonException ? "not a valid job: " + malformed.getMessage()
                    : "unreadable message: " + malformed;
            Log.warn("queue " + queue + ": message " + message.id() + " " + reason + "; dead-lettered");
            DeadLetters.send(env, message, null, reason);
            message.ack();
            return;
        }
        IngestJob job = decoded[0];
        String name = JobNames.of(job);
        JobOutcome[] result = new JobOutcome[1];
        RuntimeException failure = Attempt.run(() -> result[0] = handle(job, env));
        if (failure != null) {
            Log.error("queue " + queue + ": job " + name + " (message " + message.id() + ", attempt " + message.attempts()
                    + ") failed; retried in " + UNEXPECTED_FAILURE_DELAY_SECONDS + " s", failure);
            message.retry(UNEXPECTED_FAILURE_DELAY_SECONDS);
            return;
        }
        JobOutcome outcome = result[0];
        switch (outcome.kind()) {
            case DONE:
                Log.info("queue " + queue + ": job " + name + " (message " + message.id() + ", attempt "
                        + message.attempts() + ") done");
                message.ack();
                break;
            case RETRY_LATER:
                Log.warn("queue " + queue + ": job " + name + " (message " + message.id() + ") retried in "
                        + outcome.delaySeconds() + " s: " + outcome.reason());
                message.retry(outcome.delaySeconds());
                break;
            default:
                Log.warn("queue " + queue + ": job " + name + " (message " + message.id() + ") dead-lettered: "
                        + outcome.reason());
                DeadLetters.send(env, message, name, outcome.reason());
                message.ack();
        }
    }

    private static JobOutcome handle(IngestJob job, IngestEnv env) {
        if (job instanceof ShopifyBulkSyncStart start) {
            return StartStep.handle(start, env);
        }
        if (job instanceof ShopifyBulkSyncPoll poll) {
            return PollStep.handle(poll, env);
        }
        if (job instanceof ShopifyBulkSyncArchive archive) {
            return ArchiveStep.handle(archive, env);
        }
        if (job instanceof ShopifyBulkSyncChunk chunk) {
            return ChunkStep.handle(chunk, env);
        }
        if (job instanceof ShopifyBulkSyncFinish finish) {
            return FinishStep.handle(finish, env);
        }
        if (job instanceof MartRefresh refresh) {
            return MartRefreshJob.handle(refresh, env);
        }
        if (job instanceof AssetIngest asset) {
            return AssetIngestJob.handle(asset, env);
        }
        if (job instanceof CreativeActReportImport report) {
            return ImportJob.handle(report, env);
        }
        if (job instanceof CsvExport export) {
            return CsvExportJob.handle(export, env);
        }
        return JobOutcome.deadLetter("no handler for " + JobNames.of(job));
    }
}
