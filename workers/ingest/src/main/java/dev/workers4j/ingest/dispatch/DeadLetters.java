package dev.workers4j.ingest.dispatch;

import dev.workers4j.ingest.env.IngestEnv;
import dev.workers4j.json.Json;
import dev.workers4j.log.Log;
import dev.workers4j.queue.Message;
import dev.workers4j.queue.MessageBatch;
import dev.workers4j.sql.Sql;
import dev.workers4j.worker.Attempt;

/**
 * The dead letters: jobs that failed for good, kept so nothing is lost. {@link #send} puts one on
 * ingest-queue-dlq with its reason; {@link #store} is that queue's consumer and files each message
 * in the dead_letters table (once per message id), where the API lists and replays them. A dead
 * bulk sync step also ends its run as FAILED, so a new sync can start; a dead asset ingest, its
 * asset.
 */
public final class DeadLetters {
    public static final String QUEUE = "ingest-queue-dlq";
    private static final int MAX_ERROR_LENGTH = 2000;

    private DeadLetters() {
    }

    /** Puts the message on the dead-letter queue with the reason; the caller acks it. */
    public static void send(IngestEnv env, Message message, String jobType, String reason) {
        DeadLetter letter = new DeadLetter(true, message.id(), jobType, message.attempts(), truncate(reason),
                message.bodyText());
        env.deadLetters().send(DeadLetter_JsonCodec.INSTANCE, letter);
    }

    /** Files every message of a dead-letter batch, then acks it. */
    public static void store(MessageBatch batch, IngestEnv env) {
        try (Sql sql = env.database().connect()) {
            for (Message message : batch.messages()) {
                DeadLetter letter = read(message);
                JobPeek job = peek(letter.body());
                sql.execute("INSERT INTO dead_letters (message_id, queue, job_type, body, attempts, last_error)"
                        + " VALUES ($1, $2, $3, $4, $5, $6) ON CONFLICT (message_id) DO NOTHING",
                        letter.messageId(), batch.queue(), letter.jobType() != null ? letter.jobType() : job == null
                                ? null : job.jobType(), letter.body(), letter.attempts(), letter.error());
                if (job != null && job.runId() != null && job.jobType() != null
                        && job.jobType().startsWith("SHOPIFY_BULK_SYNC")) {
                    sql.execute("UPDATE ingest_runs SET status = 'FAILED', error_code = 'DEAD_LETTERED', error = $2,"
                            + " finished_at = now(), updated_at = now() WHERE id = $1 AND status = 'RUNNING'",
                            job.runId(), "step " + job.jobType() + " was dead-lettered: " + letter.error());
                }
                if (job != null && job.assetId() != null && "ASSET_INGEST".equals(job.jobType())) {
                    // Retries ran out: the asset that waited PENDING (with the last attempt's reason) has failed.
                    sql.execute("UPDATE assets SET status = 'FAILED', failure_reason = 'gave up after ' || $2::int"
                            + " || ' attempts: ' || coalesce(failure_reason, $3), updated_at = now()"
                            + " WHERE id = $1::bigint AND status = 'PENDING'", job.assetId(), letter.attempts(),
                            letter.error());
                }
                Log.warn("dead letter " + letter.messageId() + " (" + letter.jobType() + ") stored: " + letter.error());
                message.ack();
            }
        }
    }

    /** The envelope {@link #send} wrote, or the original body the platform moved after max_retries. */
    private static DeadLetter read(Message message) {
        String text = message.bodyText();
        DeadLetter[] envelope = new DeadLetter[1];
        RuntimeException notOurs = Attempt.run(() -> envelope[0] = Json.fromJson(DeadLetter_JsonCodec.INSTANCE, text));
        if (notOurs == null && envelope[0].deadLetter() && envelope[0].messageId() != null) {
            return envelope[0];
        }
        return new DeadLetter(false, message.id(), null, message.attempts(),
                "delivered " + message.attempts() + " times without success (max_retries reached; see the logs)", text);
    }

    private static JobPeek peek(String body) {
        JobPeek[] peeked = new JobPeek[1];
        RuntimeException unreadable = Attempt.run(() -> peeked[0] = Json.fromJson(JobPeek_JsonCodec.INSTANCE, body));
        return unreadable == null ? peeked[0] : null;
    }

    private static String truncate(String text) {
        return text == null || text.length() <= MAX_ERROR_LENGTH ? text : text.substring(0, MAX_ERROR_LENGTH) + "...";
    }
}
