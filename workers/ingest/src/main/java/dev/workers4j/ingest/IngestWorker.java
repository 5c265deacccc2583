package dev.workers4j.ingest;

import dev.workers4j.env.Env;
import dev.workers4j.http.Request;
import dev.workers4j.http.middleware.RequestId;
import dev.workers4j.ingest.env.IngestEnv;
import dev.workers4j.ingest.env.IngestEnv_Bindings;
import dev.workers4j.http.Response;
import dev.workers4j.http.Router;
import dev.workers4j.log.Log;
import dev.workers4j.queue.Message;
import dev.workers4j.queue.MessageBatch;
import dev.workers4j.scheduled.ScheduledEvent;
import dev.workers4j.worker.ExecutionContext;
import dev.workers4j.worker.Worker;
import dev.workers4j.worker.WorkerEntry;

/**
 * The queue consumer and cron Worker. Each message is one job, named by its {@code job_type};
 * each cron is one schedule.
 */
@WorkerEntry
public final class IngestWorker implements Worker {
    /** Daily Shopify bulk sync, 06:00 UTC. */
    public static final String DAILY_BULK_SYNC_CRON = "0 6 * * *";
    /** Hourly mart refresh. */
    public static final String HOURLY_MART_REFRESH_CRON = "0 * * * *";

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
        for (Message message : batch.messages()) {
            jobs.dispatch(batch.queue(), message);
        }
    }

    @Override
    public void scheduled(ScheduledEvent event, Env env, ExecutionContext ctx) {
        switch (event.cron()) {
            case DAILY_BULK_SYNC_CRON:
                Log.info("cron " + event.cron() + ": daily Shopify bulk sync due");
                break;
            case HOURLY_MART_REFRESH_CRON:
                Log.info("cron " + event.cron() + ": hourly mart refresh due");
                break;
            default:
                // A trigger in wrangler.toml that no code expects: say so rather than guess.
                Log.warn("cron " + event.cron() + " has no schedule in this Worker; ignored");
        }
    }
}
