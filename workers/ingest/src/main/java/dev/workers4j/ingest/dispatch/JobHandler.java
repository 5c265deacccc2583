package dev.workers4j.ingest.dispatch;

import dev.workers4j.ingest.env.IngestEnv;
import dev.workers4j.ingest.jobs.IngestJob;

/** Does one kind of job. Must be idempotent: a message may be delivered more than once. */
@FunctionalInterface
public interface JobHandler<J extends IngestJob> {
    JobOutcome handle(J job, IngestEnv env);
}
