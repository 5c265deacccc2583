package dev.workers4j.ingest.sync;

import dev.workers4j.fetch.Outbound;
import dev.workers4j.fetch.OutboundException;
import dev.workers4j.http.BodyStream;
import dev.workers4j.http.Request;
import dev.workers4j.http.Response;
import dev.workers4j.ingest.dispatch.JobOutcome;
import dev.workers4j.ingest.env.IngestEnv;
import dev.workers4j.ingest.jobs.ShopifyBulkSyncArchive;
import dev.workers4j.ingest.jobs.ShopifyBulkSyncChunk;
import dev.workers4j.json.Json;
import dev.workers4j.log.Log;
import dev.workers4j.r2.R2Bucket;
import dev.workers4j.r2.R2MultipartUpload;
import dev.workers4j.r2.R2UploadedPart;
import dev.workers4j.sql.Sql;
import dev.workers4j.worker.Attempt;
import java.util.ArrayList;
import java.util.List;

/**
 * Step 3: copies the operation's JSONL result from its URL into R2 at
 * {@code archives/shopify/{run_id}.jsonl} without holding it. A result of known size up to
 * {@link #SINGLE_PUT_MAX} bytes streams straight into one put (in workerd the bytes never enter
 * Java); a larger one goes up as a multipart upload in {@link #PART_SIZE} parts, each recorded in
 * the run's checkpoint as it lands, so a download that breaks resumes (HTTP Range) at the first
 * byte not stored rather than starting over.
 */
public final class ArchiveStep {
    static final long SINGLE_PUT_MAX = 16L * 1024 * 1024;
    static final int PART_SIZE = 8 * 1024 * 1024;
    static final long DOWNLOAD_TIMEOUT_MILLIS = 120_000;
    static final int BROKEN_DOWNLOAD_DELAY_SECONDS = 5;

    private ArchiveStep() {
    }

    public static JobOutcome handle(ShopifyBulkSyncArchive job, IngestEnv env) {
        try (Sql sql = env.database().connect()) {
            SyncRun run = SyncRuns.load(sql, job.runId());
            if (run == null) {
                return JobOutcome.deadLetter("no bulk sync run " + job.runId());
            }
            if (!run.at("ARCHIVE")) {
                return JobOutcome.done();
            }
            ArchiveCheckpoint checkpoint = Json.fromJson(ArchiveCheckpoint_JsonCodec.INSTANCE, run.checkpoint());
            boolean small = checkpoint.uploadId() == null && run.bytesTotal() >= 0 && run.bytesTotal() <= SINGLE_PUT_MAX;
            long[] archived = new long[] {-1};
            RuntimeException failure = Attempt.run(() -> archived[0] = small
                    ? putWhole(env.bucket(), run)
                    : putInParts(sql, env.bucket(), run, checkpoint));
            if (failure != null) {
                if (failure instanceof ResultGone) {
                    SyncRuns.fail(sql, run.id(), "RESULT_UNAVAILABLE", failure.getMessage());
                    return JobOutcome.done();
                }
                Log.warn("sync run " + run.id() + ": the result download broke (" + failure.getMessage()
                        + "); resuming in " + BROKEN_DOWNLOAD_DELAY_SECONDS + " s");
                return JobOutcome.retryLater(BROKEN_DOWNLOAD_DELAY_SECONDS, "result download broke: " + failure.getMessage());
            }
            if (SyncRuns.archived(sql, run.id(), archived[0])) {
                Log.info("sync run " + run.id() + ": archived " + archived[0] + " bytes at " + run.archiveKey());
                SyncQueue.next(env, new ShopifyBulkSyncChunk(run.id(), 0));
            }
            return JobOutcome.done();
        }
    }

    /** One streamed put; answers the stored size. */
    private static long putWhole(R2Bucket bucket, SyncRun run) {
        Response response = download(run.resultUrl(), 0);
        BodyStream body = body(response);
        if (body.length() < 0) {
            throw new IllegalStateException("the result came without a length");
        }
        return bucket.put(run.archiveKey(), body).size();
    }

    /** Parts of PART_SIZE from the first byte not yet stored; answers the archive's size. */
    private static long putInParts(Sql sql, R2Bucket bucket, SyncRun run, ArchiveCheckpoint checkpoint) {
        List<R2UploadedPart> parts = new ArrayList<>();
        R2MultipartUpload upload;
        if (checkpoint.uploadId() == null) {
            upload = bucket.createMultipartUpload(run.archiveKey());
            SyncRuns.checkpoint(sql, run.id(), json(upload.uploadId(), parts));
        } else {
            upload = bucket.resumeMultipartUpload(run.archiveKey(), checkpoint.uploadId());
            for (ArchiveCheckpoint.Part part : checkpoint.parts()) {
                parts.add(new R2UploadedPart(part.partNumber(), part.etag()));
            }
        }
        long from = (long) parts.size() * PART_SIZE;
        Response response = download(run.resultUrl(), from);
        if (from > 0 && response.status() == 200) {
            // The server ignored Range: start the upload over rather than guess.
            upload.abort();
            upload = bucket.createMultipartUpload(run.archiveKey());
            parts.clear();
            SyncRuns.checkpoint(sql, run.id(), json(upload.uploadId(), parts));
            from = 0;
        }
        BodyStream body = body(response);
        byte[] buffer = new byte[PART_SIZE];
        int filled = 0;
        long size = from;
        for (byte[] chunk = body.readChunk(); chunk != null; chunk = body.readChunk()) {
            int at = 0;
            while (at < chunk.length) {
                int n = Math.min(chunk.length - at, PART_SIZE - filled);
                System.arraycopy(chunk, at, buffer, filled, n);
                filled += n;
                at += n;
                size += n;
                if (filled == PART_SIZE) {
                    storePart(sql, run, upload, parts, buffer, filled);
                    filled = 0;
                }
            }
        }
        if (filled > 0 || parts.isEmpty()) {
            storePart(sql, run, upload, parts, buffer, filled);
        }
        upload.complete(parts);
        return size;
    }

    private static void storePart(Sql sql, SyncRun run, R2MultipartUpload upload, List<R2UploadedPart> parts,
            byte[] buffer, int length) {
        byte[] bytes = length == buffer.length ? buffer : java.util.Arrays.copyOf(buffer, length);
        parts.add(upload.uploadPart(parts.size() + 1, bytes));
        SyncRuns.checkpoint(sql, run.id(), json(upload.uploadId(), parts));
    }

    private static String json(String uploadId, List<R2UploadedPart> parts) {
        List<ArchiveCheckpoint.Part> recorded = new ArrayList<>();
        for (R2UploadedPart part : parts) {
            recorded.add(new ArchiveCheckpoint.Part(part.partNumber(), part.etag()));
        }
        return Json.toJson(ArchiveCheckpoint_JsonCodec.INSTANCE, new ArchiveCheckpoint(uploadId, recorded));
    }

    private static Response download(String url, long from) {
        dev.workers4j.http.RequestBuilder request = Request.builder("GET", url);
        if (from > 0) {
            request.header("range", "bytes=" + from + "-");
        }
        Response response;
        try {
            response = Outbound.fetch(request.build(), DOWNLOAD_TIMEOUT_MILLIS);
        } catch (OutboundException unreachable) {
            throw new IllegalStateException("no answer from the result URL: " + unreachable.reason());
        }
        int status = response.status();
        if (status == 403 || status == 404 || status == 410) {
            throw new ResultGone("the result URL answered " + status + " (results expire after seven days)");
        }
        if (status != 200 && status != 206) {
            throw new IllegalStateException("the result URL answered " + status);
        }
        return response;
    }

    private static BodyStream body(Response response) {
        BodyStream stream = response.streamBodyOrNull();
        return stream != null ? stream : BodyStream.of(response.bytes());
    }

    /** The result can no longer be had: retrying cannot help. */
    private static final class ResultGone extends RuntimeException {
        ResultGone(String message) {
            super(message);
        }
    }
}
