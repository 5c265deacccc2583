package dev.workers4j.ingest.sync;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import dev.workers4j.json.JsonCodecType;
import java.util.List;

/**
 * How far a multipart archive got: the R2 upload and the parts stored so far, each
 * {@link ArchiveStep#PART_SIZE} bytes of the result, so a broken download resumes at the first
 * byte not yet stored.
 */
@JsonCodecType
@JsonInclude(JsonInclude.Include.NON_NULL)
record ArchiveCheckpoint(@JsonProperty("upload_id") String uploadId, List<Part> parts) {
    @JsonCodecType
    record Part(@JsonProperty("part_number") int partNumber, String etag) {
    }
}
