package dev.workers4j.ingest.exports;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import dev.workers4j.json.JsonCodecType;
import java.util.List;

/**
 * How far a multipart export got (csv_exports.checkpoint), written in one update with each part
 * that lands: the R2 upload and its parts, the keyset cursor of the last row begun, how many rows
 * and bytes the file has so far, and {@code pending}, the bytes of that last row that did not fit in
 * the parts (base64: a part may end inside a UTF-8 character). A message resumes by writing
 * {@code pending} first, then the rows after the cursor. Empty ({@code {}}) until the first part.
 */
@JsonCodecType
@JsonInclude(JsonInclude.Include.NON_NULL)
record ExportCheckpoint(@JsonProperty("upload_id") String uploadId, List<Part> parts,
        @JsonProperty("after_key") String afterKey, @JsonProperty("after_id") Long afterId, Long rows, Long bytes,
        String pending) {

    @JsonCodecType
    record Part(@JsonProperty("part_number") int partNumber, String etag) {
    }

    int partCount() {
        return parts == null ? 0 : parts.size();
    }
}
