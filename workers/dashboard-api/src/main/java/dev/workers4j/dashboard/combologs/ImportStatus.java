package dev.workers4j.dashboard.combologs;

import com.fasterxml.jackson.annotation.JsonProperty;
import dev.workers4j.json.JsonCodecType;
import java.util.List;

/**
 * GET /api/combo-logs/imports/:id: an import's state, counts, how its rows' products were
 * matched (by id, SKU, title or edit distance: each product once per row), and a page of its
 * rejected rows.
 */
@JsonCodecType
public record ImportStatus(long id, @JsonProperty("import_type") String importType, @JsonProperty("r2_key") String r2Key,
        @JsonProperty("file_name") String fileName, @JsonProperty("size_bytes") long sizeBytes, String status,
        @JsonProperty("rows_total") int rowsTotal, @JsonProperty("rows_imported") int rowsImported,
        @JsonProperty("rows_rejected") int rowsRejected, @JsonProperty("matched_by") MatchedBy matchedBy, String error,
        @JsonProperty("requested_by") String requestedBy, @JsonProperty("created_at") String createdAt,
        @JsonProperty("completed_at") String completedAt, List<Rejection> rejections,
        @JsonProperty("next_cursor") String nextCursor) {

    ImportStatus withRejections(List<Rejection> page, String next) {
        return new ImportStatus(id, importType, r2Key, fileName, sizeBytes, status, rowsTotal, rowsImported,
                rowsRejected, matchedBy, error, requestedBy, createdAt, completedAt, page, next);
    }

    /** How many products of the imported rows each matching rule found (ingest's checkpoint counts them). */
    @JsonCodecType
    public record MatchedBy(int id, int sku, int title, @JsonProperty("edit_distance") int editDistance) {
    }

    /** A row the import could not take: its line in the file, why, and the line as it was. */
    @JsonCodecType
    public record Rejection(@JsonProperty("line_number") int lineNumber, String reason, String raw) {
    }

    /** 202 of POST /api/combo-logs/import. */
    @JsonCodecType
    public record Started(@JsonProperty("import_id") long importId, String status, @JsonProperty("r2_key") String r2Key,
            @JsonProperty("size_bytes") long sizeBytes) {
    }
}
