package dev.workers4j.ingest.sync;

import dev.workers4j.ingest.env.IngestEnv;
import dev.workers4j.ingest.jobs.IngestJob;
import dev.workers4j.ingest.jobs.IngestJob_JsonCodec;
import dev.workers4j.json.Json;
import dev.workers4j.queue.OutgoingMessage;

/** Hands a sync's next step to the queue, optionally after a delay. */
final class SyncQueue {
    private SyncQueue() {
    }

    static void next(IngestEnv env, IngestJob job) {
        next(env, job, 0);
    }

    static void next(IngestEnv env, IngestJob job, int delaySeconds) {
        OutgoingMessage message = OutgoingMessage.jsonText(Json.toJson(IngestJob_JsonCodec.INSTANCE, job));
        env.jobs().send(delaySeconds > 0 ? message.delay(delaySeconds) : message);
    }
}
