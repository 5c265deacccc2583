package dev.workers4j.ingest;

import dev.workers4j.ingest.jobs.IngestJob;
import dev.workers4j.ingest.jobs.IngestJob_JsonCodec;
import dev.workers4j.json.JsonException;
import dev.workers4j.json.JsonUnknownTypeException;
import dev.workers4j.log.Log;
import dev.workers4j.queue.Message;

/**
 * Decodes one queue message into its job and hands it on. A known job is acked once handled. A
 * message that can never be handled (malformed JSON, no or unknown job_type, a field of the wrong
 * type) is logged and retried, never acked: it loses nothing, and after max_retries the platform
 * moves it to the dead-letter queue instead of looping.
 */
final class JobDispatcher {
    void dispatch(String queue, Message message) {
        IngestJob job;
        try {
            job = message.body(IngestJob_JsonCodec.INSTANCE);
        } catch (JsonUnknownTypeException unknown) {
            Log.warn("queue " + queue + ": message " + message.id() + " has an unknown job_type ("
                    + unknown.getMessage() + "); retried until it is dead-lettered");
            message.retry();
            return;
        } catch (JsonException malformed) {
            Log.warn("queue " + queue + ": message " + message.id() + " is not a valid job ("
                    + malformed.getMessage() + "); retried until it is dead-lettered");
            message.retry();
            return;
        }
        Log.info("queue " + queue + ": job " + JobNames.of(job) + " (message " + message.id() + ", attempt "
                + message.attempts() + ") accepted");
        message.ack();
    }
}
