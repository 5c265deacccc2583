package dev.workers4j.ingest.dispatch;

import com.fasterxml.jackson.annotation.JsonProperty;
import dev.workers4j.json.JsonCodecType;

/** The fields a dead letter is filed by, read from any job body (all else ignored). */
@JsonCodecType
record JobPeek(@JsonProperty("job_type") String jobType, @JsonProperty("run_id") Long runId,
        @JsonProperty("asset_id") Long assetId) {
}
