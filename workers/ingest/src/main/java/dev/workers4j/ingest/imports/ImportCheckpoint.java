package dev.workers4j.ingest.imports;

import com.fasterxml.jackson.annotation.JsonProperty;
import dev.workers4j.json.JsonCodecType;
import java.util.List;

/**
 * csv_imports.checkpoint of a running import: the byte offset and physical line of the next
 * record, the header as read (so a resumed message needs not re-read it), and how many products
 * each matching rule found so far. Moved in the same transaction as each chunk's rows, and only
 * from the offset the chunk started at.
 */
@JsonCodecType
record ImportCheckpoint(long offset, int line, List<String> header, @JsonProperty("matched_by") MatchCounts matchedBy) {

    /** Products matched by each rule (the summary's "which rule matched"). */
    @JsonCodecType
    record MatchCounts(int id, int sku, int title, @JsonProperty("edit_distance") int editDistance) {
        MatchCounts plus(MatchCounts more) {
            return new MatchCounts(id + more.id, sku + more.sku, title + more.title, editDistance + more.editDistance);
        }
    }
}
