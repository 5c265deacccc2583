package dev.workers4j.ingest.dispatch;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import dev.workers4j.json.JsonCodecType;

/**
 * What ingest puts on its dead-letter queue for a job that can never succeed: the original
 * message's body and id, its job type when known, how often it was delivered, and why.
 * (A message the platform moved there after max_retries arrives as its original body instead.)
 */
@JsonCodecType
@JsonInclude(JsonInclude.Include.NON_NULL)
public record DeadLetter(@JsonProperty("dead_letter") boolean deadLetter, @JsonProperty("message_id") String messageId,
        @JsonProperty("job_type") String jobType, int attempts, String error, String body) {
}
