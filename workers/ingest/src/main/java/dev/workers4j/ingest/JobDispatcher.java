package dev.workers4j.ingest;

import dev.workers4j.json.JsonException;
import dev.workers4j.log.Log;
import dev.workers4j.queue.Message;

/**
 * Routes one queue message by its {@code job_type}. A known job is acked once handled. A
 * message that can never be handled (malformed JSON, no or unknown job_type) is logged and
 * retried, never acked: it loses nothing, and after max_retries the platform moves it to the
 * dead-letter queue instead of dropping it.
 */
final class JobDispatcher {
    void dispatch(String queue, Message message) {
        JobType type;
        try {
            type = JobType.byName(JobEnvelope.jobType(message.bodyText()));
        } catch (JsonException malformed) {
            Log.warn("queue " + queue + ": message " + message.id() + " is not a job ("
                    + malformed.getMessage() + "); retried until it is dead-lettered");
            message.retry();
            return;
        }
        if (type == null) {
            Log.warn("queue " + queue + ": message " + message.id() + " has an unknown job_type; retried until it"
                    + " is dead-lettered");
            message.retry();
            return;
        }
        Log.info("queue " + queue + ": job " + type + " (message " + message.id() + ", attempt "
                + message.attempts() + ") accepted");
        message.ack();
    }
}
