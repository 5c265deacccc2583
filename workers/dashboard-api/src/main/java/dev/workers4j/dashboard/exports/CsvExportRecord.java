package dev.workers4j.dashboard.exports;

import com.fasterxml.jackson.annotation.JsonProperty;
import dev.workers4j.json.Json;
import dev.workers4j.json.JsonCodecType;
import dev.workers4j.sql.Row;
import java.util.List;

/** A CSV export's state, as GET /api/csv-exports/:id shows it; {@code download_url} once COMPLETED. */
@JsonCodecType
public record CsvExportRecord(long id, @JsonProperty("export_type") String exportType, ExportRequest.Filters filters, String status,
        @JsonProperty("r2_key") String r2Key, @JsonProperty("row_count") long rowCount,
        @JsonProperty("size_bytes") long sizeBytes, String error, @JsonProperty("requested_by") String requestedBy,
        @JsonProperty("created_at") String createdAt, @JsonProperty("started_at") String startedAt,
        @JsonProperty("completed_at") String completedAt, @JsonProperty("download_url") String downloadUrl) {

    /** Reads {@link ExportsSql#COLUMNS}. */
    static CsvExportRecord of(Row row) {
        long id = row.getLong(0);
        String status = row.getString(3);
        return new CsvExportRecord(id, row.getString(1),
                Json.fromJson(ExportRequest_Filters_JsonCodec.INSTANCE, row.getString(2)), status, row.getString(4), row.getLong(5),
                row.getLong(6), row.getString(7), row.getString(8), row.getString(9), row.getString(10),
                row.getString(11), "COMPLETED".equals(status) ? "/api/csv-exports/" + id + "/download" : null);
    }

    /** A page of exports, newest first. */
    @JsonCodecType
    public record Page(List<CsvExportRecord> items, @JsonProperty("next_cursor") String nextCursor) {
    }

    /** 202 of POST /api/csv-exports. */
    @JsonCodecType
    public record Queued(@JsonProperty("export_id") long exportId, String status) {
    }
}
