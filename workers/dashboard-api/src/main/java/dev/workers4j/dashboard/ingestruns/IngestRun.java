package dev.workers4j.dashboard.ingestruns;

import com.fasterxml.jackson.annotation.JsonProperty;
import dev.workers4j.json.JsonCodecType;
import dev.workers4j.sql.Row;
import java.util.List;

/**
 * A background run: its type, state and step, its progress (chunks, lines and bytes done, bytes
 * in all and the percent they make when known, orders upserted), timings and error.
 */
@JsonCodecType
public record IngestRun(long id, @JsonProperty("run_type") String runType, String status, String step,
        @JsonProperty("triggered_by") String triggeredBy, @JsonProperty("window_start") String windowStart,
        @JsonProperty("window_end") String windowEnd, @JsonProperty("chunks_done") int chunksDone,
        @JsonProperty("lines_done") long linesDone, @JsonProperty("bytes_done") long bytesDone,
        @JsonProperty("bytes_total") Long bytesTotal, @JsonProperty("progress_percent") String progressPercent,
        @JsonProperty("orders_upserted") long ordersUpserted, @JsonProperty("error_code") String errorCode,
        String error, @JsonProperty("started_at") String startedAt, @JsonProperty("updated_at") String updatedAt,
        @JsonProperty("finished_at") String finishedAt, @JsonProperty("duration_ms") Long durationMillis) {

    /** Reads {@link IngestRunsSql#COLUMNS}. */
    static IngestRun of(Row row) {
        return new IngestRun(row.getLong(0), row.getString(1), row.getString(2), row.getString(3), row.getString(4),
                row.getString(5), row.getString(6), row.getInt(7), row.getLong(8), row.getLong(9),
                row.isNull(10) ? null : row.getLong(10), row.getString(11), row.getLong(12), row.getString(13),
                row.getString(14), row.getString(15), row.getString(16), row.getString(17),
                row.isNull(18) ? null : row.getLong(18));
    }

    /** A page of runs, newest first. */
    @JsonCodecType
    public record Page(List<IngestRun> items, @JsonProperty("next_cursor") String nextCursor) {
    }
}
