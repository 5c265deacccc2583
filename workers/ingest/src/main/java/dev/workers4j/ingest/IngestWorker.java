package dev.workers4j.ingest;

import dev.workers4j.env.Env;
import dev.workers4j.http.Request;
import dev.workers4j.http.Response;
import dev.workers4j.http.Router;
import dev.workers4j.http.middleware.RequestId;
import dev.workers4j.ingest.dispatch.DeadLetters;
import dev.workers4j.ingest.env.IngestEnv;
import dev.workers4j.ingest.env.IngestEnv_Bindings;
import dev.workers4j.queue.Message;
import dev.workers4j.queue.MessageBatch;
import dev.workers4j.scheduled.ScheduledEvent;
import dev.workers4j.worker.ExecutionContext;
import dev.workers4j.worker.Worker;
import dev.workers4j.worker.WorkerEntry;

/**
 * The queue consumer and cron Worker. Each message of ingest-queue is one job, named by its
 * {@code job_type} ({@link JobDispatcher}); ingest-queue-dlq's messages are filed as dead letters
 * ({@link DeadLetters}); each cron is one schedule ({@link Crons}). It has no public URL: only
 * dashboard-api's service binding reaches its fetch handler.
 */
@WorkerEntry
public final class IngestWorker implements Worker {
    /** Daily Shopify bulk sync, 06:00 UTC. */
    public static final String DAILY_BULK_SYNC_CRON = Crons.DAILY_BULK_SYNC;
    /** Hourly mart refresh. */
    public static final String HOURLY_MART_REFRESH_CRON = Crons.HOURLY_MART_REFRESH;

    private final JobDispatcher jobs = new JobDispatcher();
    private final Router<IngestEnv> router = Router.withEnv(IngestEnv_Bindings::of)
            .use(RequestId.middleware())
            .route("/", InternalRoutes.create());

    @Override
    public Response fetch(Request request, Env env, ExecutionContext ctx) {
        return router.handle(request, env, ctx);
    }

    @Override
    public void queue(MessageBatch batch, Env env, ExecutionContext ctx) {
        IngestEnv typed = IngestEnv_Bindings.of(env);
        if (batch.queue().equals(DeadLetters.QUEUE)) {
            DeadLetters.store(batch, typed);
            return;
        }
        for (Message message : batch.messages()) {
            jobs.dispatch(batch.queue(), message, typed);
        }
    }

    @Override
    public void scheduled(ScheduledEvent event, Env env, ExecutionContext ctx) {
        Crons.run(event, IngestEnv_Bindings.of(env));
    }
}
