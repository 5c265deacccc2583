package dev.workers4j.ingest.exports;

import dev.workers4j.crypto.Encoding;
import dev.workers4j.csv.CsvWriter;
import dev.workers4j.ingest.dispatch.JobOutcome;
import dev.workers4j.ingest.env.IngestEnv;
import dev.workers4j.ingest.jobs.CsvExport;
import dev.workers4j.ingest.jobs.IngestJob;
import dev.workers4j.ingest.jobs.IngestJob_JsonCodec;
import dev.workers4j.json.Json;
import dev.workers4j.log.Log;
import dev.workers4j.queue.OutgoingMessage;
import dev.workers4j.r2.R2Exception;
import dev.workers4j.r2.R2UploadedPart;
import dev.workers4j.sql.Row;
import dev.workers4j.sql.Sql;
import dev.workers4j.worker.Attempt;
import java.util.ArrayList;
import java.util.List;

/**
 * One message's share of an export: resumes at the checkpoint (its pending bytes, then the rows
 * after its cursor), pages through the query {@link #PAGE_ROWS} rows at a time, writes each row as
 * RFC 4180 CSV into {@link CsvParts}, and records a checkpoint with every part that lands. After
 * {@code partsPerMessage} parts or {@link #BUDGET_MILLIS}, checked when a checkpoint is recorded so
 * no work is lost, it hands the export to a new message (the same job; the checkpoint says where
 * it is). A delivery that finds the checkpoint moved under it (a duplicate working the same
 * export) stops and leaves the export to the other.
 */
final class ExportRun {
    static final int PART_BYTES = 8 * 1024 * 1024;
    static final int PAGE_ROWS = 2000;
    static final long BUDGET_MILLIS = 15_000;
    static final int DEFAULT_PARTS_PER_MESSAGE = 16;

    private final Sql sql;
    private final IngestEnv env;
    private final ExportRecord export;
    private final ExportQuery query;
    private final int partsPerMessage;
    private final double started = System.currentTimeMillis();
    /** The checkpoint as last recorded: every guarded write compares with it. */
    private String uploadIdBefore;
    private int partsBefore;

    ExportRun(Sql sql, IngestEnv env, ExportRecord export, ExportQuery query, int partsPerMessage) {
        this.sql = sql;
        this.env = env;
        this.export = export;
        this.query = query;
        this.partsPerMessage = partsPerMessage;
    }

    JobOutcome run() {
        ExportCheckpoint checkpoint = export.checkpoint() == null ? null
                : Json.fromJson(ExportCheckpoint_JsonCodec.INSTANCE, export.checkpoint());
        boolean fresh = checkpoint == null || checkpoint.partCount() == 0;
        uploadIdBefore = fresh ? null : checkpoint.uploadId();
        partsBefore = fresh ? 0 : checkpoint.partCount();
        JobOutcome[] outcome = new JobOutcome[1];
        RuntimeException failure = Attempt.run(() -> outcome[0] = write(fresh ? null : checkpoint));
        if (failure instanceof R2Exception gone && (gone.code() == R2Exception.NO_SUCH_UPLOAD
                || gone.code() == R2Exception.INVALID_PART)) {
            // The upload expired, was completed by a delivery that died before recording it, or a
            // duplicate delivery replaced one of its parts: write the file again from the start.
            Log.warn("CSV export " + export.id() + ": the upload cannot be completed (" + gone.getMessage()
                    + "); starting the file over");
            if (CsvExports.restart(sql, export.id(), uploadIdBefore, partsBefore)) {
                continueLater();
            }
            return JobOutcome.done();
        }
        if (failure != null) {
            throw failure;
        }
        return outcome[0];
    }

    private JobOutcome write(ExportCheckpoint checkpoint) {
        List<R2UploadedPart> uploaded = new ArrayList<>();
        if (checkpoint != null) {
            for (ExportCheckpoint.Part part : checkpoint.parts()) {
                uploaded.add(new R2UploadedPart(part.partNumber(), part.etag()));
            }
        }
        CsvParts out = new CsvParts(env.bucket(), export.key(), PART_BYTES, uploadIdBefore, uploaded);
        StringBuilder line = new StringBuilder(512);
        CsvWriter csv = new CsvWriter(line);
        ExportCursor after;
        long rows;
        if (checkpoint == null) {
            csv.row(query.columns());
            out.append(line);
            after = null;
            rows = 0;
        } else {
            out.append(Encoding.fromBase64(checkpoint.pending() == null ? "" : checkpoint.pending()));
            after = new ExportCursor(checkpoint.afterKey(), checkpoint.afterId());
            rows = checkpoint.rows();
        }
        int columns = query.columns().length;
        int partsThisMessage = 0;
        int rowsThisMessage = 0;
        while (true) {
            List<Row> page = query.page(sql, after, PAGE_ROWS);
            for (Row row : page) {
                line.setLength(0);
                for (int i = 0; i < columns; i++) {
                    csv.field(row.getString(i));
                }
                csv.endRow();
                out.append(line);
                rowsThisMessage++;
                int landed = out.takePartsUploaded();
                if (landed == 0) {
                    continue;
                }
                // A part landed while this row was written: the rest of the row is pending.
                if (!recordCheckpoint(out, query.cursorOf(row), rows + rowsThisMessage)) {
                    out.abandon();
                    return JobOutcome.done();
                }
                partsThisMessage += landed;
                if (partsThisMessage >= partsPerMessage || System.currentTimeMillis() - started > BUDGET_MILLIS) {
                    Log.info("CSV export " + export.id() + ": " + out.parts().size() + " parts, "
                            + (rows + rowsThisMessage) + " rows so far; continued in a new message");
                    continueLater();
                    return JobOutcome.done();
                }
            }
            if (page.size() < PAGE_ROWS) {
                break;
            }
            after = query.cursorOf(page.get(page.size() - 1));
        }
        long total = rows + rowsThisMessage;
        long size = out.size();
        out.finish();
        if (CsvExports.complete(sql, export.id(), uploadIdBefore, partsBefore, export.key(), total, size)) {
            Log.info("CSV export " + export.id() + " (" + export.exportType() + ") COMPLETED: " + total + " rows, "
                    + size + " bytes at " + export.key());
        }
        return JobOutcome.done();
    }

    private boolean recordCheckpoint(CsvParts out, ExportCursor cursor, long rows) {
        List<ExportCheckpoint.Part> parts = new ArrayList<>();
        for (R2UploadedPart part : out.parts()) {
            parts.add(new ExportCheckpoint.Part(part.partNumber(), part.etag()));
        }
        ExportCheckpoint next = new ExportCheckpoint(out.uploadId(), parts, cursor.key(), cursor.id(), rows, out.size(),
                Encoding.base64(out.pending()));
        if (!CsvExports.checkpoint(sql, export.id(), uploadIdBefore, partsBefore,
                Json.toJson(ExportCheckpoint_JsonCodec.INSTANCE, next))) {
            Log.info("CSV export " + export.id() + ": another delivery recorded part " + (partsBefore + 1)
                    + " first; this one stops");
            return false;
        }
        uploadIdBefore = out.uploadId();
        partsBefore = parts.size();
        return true;
    }

    private void continueLater() {
        env.jobs().send(OutgoingMessage.jsonText(Json.toJson(IngestJob_JsonCodec.INSTANCE,
                (IngestJob) new CsvExport(export.id()))));
    }
}
