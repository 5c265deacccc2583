package dev.workers4j.dashboard.deadletters;

import com.fasterxml.jackson.annotation.JsonProperty;
import dev.workers4j.json.JsonCodecType;
import java.util.List;

/** A job that failed for good, as ingest filed it (dead_letters), and how often it was replayed. */
@JsonCodecType
public record DeadLetter(long id, @JsonProperty("message_id") String messageId, String queue,
        @JsonProperty("job_type") String jobType, String body, int attempts, @JsonProperty("last_error") String lastError,
        @JsonProperty("received_at") String receivedAt, @JsonProperty("replayed_at") String replayedAt,
        @JsonProperty("replay_count") int replayCount) {

    @JsonCodecType
    public record Page(List<DeadLetter> items, @JsonProperty("next_cursor") String nextCursor) {
    }

    @JsonCodecType
    public record Replayed(long id, @JsonProperty("replay_count") int replayCount, String status) {
    }
}
